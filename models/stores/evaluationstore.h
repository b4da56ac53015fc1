#pragma once

#include "domain/kpiscore.h"
#include "security/session.h"
#include "stores/storeerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace rmdesk {

// A performance evaluation of a relationship manager for a period (specification 7.3).
struct Evaluation
{
    qint64 id = 0;
    qint64 rmUserId = 0;
    QString rm;
    QString branch;
    QString period; // "2026-10", "2026-Q3", "2026"
    int standardsVersion = 0;
    std::optional<double> score; // the weighted total when it was created
    int rank = 0;                // within the branch then (0: unranked)
    int ranked = 0;              // how many RMs of the branch were ranked
    QJsonArray kpis; // [{"kpi", "actual", "target", "weight", "direction", "attainment", "score"}]
    std::optional<int> rating; // 1 does not meet, 2 partly meets, 3 meets, 4 exceeds, 5 outstanding
    QString comment;
    QString status; // "draft", "signed_off"
    QString createdBy;
    QString createdAt;
    QString updatedAt;
    QString signedBy;
    QString signedAt;
    bool signedOff() const { return status == QLatin1String("signed_off"); }
};

struct EvaluationFilter
{
    QString period; // empty: every period
    QString rm;     // user name; empty: everyone in scope
    QString status; // empty, "draft" or "signed_off"
};

// Evaluations: a supervisor of the RM's branch (EvaluationWrite) creates one from the RM's
// scorecard (AssessmentStore; the snapshot is kept and never recomputed), rates it 1–5 with a
// comment and signs it off; signed off, it is locked (refused here, and by a trigger for any
// other writer). Every write is audited in its transaction. Reading: the RM their own,
// a supervisor their branch, compliance every branch (DashboardRead scope).
class EvaluationStore
{
    Q_DECLARE_TR_FUNCTIONS(EvaluationStore)

public:
    static constexpr int MaximumCommentLength = 4000;

    explicit EvaluationStore(QSqlDatabase db, QDateTime now = QDateTime::currentDateTime());

    bool create(const Session& session, const QString& rmName, const QString& period, qint64* id,
                StoreError* error);
    bool rate(const Session& session, qint64 id, int rating, const QString& comment,
              StoreError* error);
    bool signOff(const Session& session, qint64 id, StoreError* error);
    std::optional<Evaluation> find(const Session& session, qint64 id, StoreError* error) const;
    QList<Evaluation> list(const Session& session, const EvaluationFilter& filter,
                           StoreError* error) const;

    static QString ratingLabel(int rating);

private:
    std::optional<Evaluation> load(qint64 id, StoreError* error) const;
    bool mayRead(const Session& session, const Evaluation& e) const;
    // Loads the evaluation and checks that the session may change it and that it is a draft.
    std::optional<Evaluation> forChange(const Session& session, qint64 id, StoreError* error) const;
    bool update(const Session& session, const Evaluation& e, const QString& action,
                const QString& sql, const QVariantList& binds, const QJsonObject& details,
                StoreError* error);

    QSqlDatabase m_db;
    QDateTime m_now;
};

} // namespace rmdesk
