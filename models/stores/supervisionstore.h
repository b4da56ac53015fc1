#pragma once

#include "security/session.h"
#include "stores/storeerror.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace rmdesk {

struct SpotCheckItem
{
    qint64 id = 0;
    int item = 0;       // 1 … within the sample
    QString recordKind; // "interaction", "complaint"
    qint64 recordId = 0;
    qint64 customerId = 0; // 0: none (an anonymous complaint, a purged customer)
    QString finding;       // "", "ok", "issue"
    QString note;
    QString checkedBy;
    QString checkedAt;
};

struct SpotCheckSample
{
    qint64 id = 0;
    QString branch;
    QString period;
    qint64 seed = 0;
    int size = 0; // asked for per kind
    QString drawnBy;
    QString drawnAt;
    QList<SpotCheckItem> items; // by item number
    int checked() const;
    int issues() const;
};

struct NewMeasure
{
    QString title;
    QString description;
    QString source =
        QStringLiteral("other"); // spot_check (an item id), complaint, evaluation, other
    qint64 sourceId = 0;         // 0: none
    QString owner;               // user name
    QDate due;
};

struct ImprovementMeasure
{
    qint64 id = 0;
    QString branch;
    QString title;
    QString description;
    QString source;
    qint64 sourceId = 0;
    qint64 ownerId = 0;
    QString owner;
    QDate due;
    QString status; // "open", "in_progress", "done"
    QString doneAt;
    QString doneNote;
    QString createdBy;
    QString createdAt;
    bool overdue = false; // not done and due before today
};

struct MeasureFilter
{
    bool openOnly = false;    // open or in progress
    bool overdueOnly = false; // not done, due before today
};

// Supervision (specification 7.1) and improvement measures (3.4, 7.4).
//
// Spot checks: a supervisor (EvaluationWrite, their branch) draws a sample of up to N interactions
// (recorded in the period with a customer of the branch) and up to N complaints (received by the
// branch in the period). The draw is random but reproducible: candidates in id order, a partial
// Fisher–Yates shuffle driven by std::mt19937_64 seeded with the stored seed (given, or random),
// so the same seed over the same records draws the same items. Each item gets one finding, ok or
// issue (an issue needs a note); a finding stands once recorded. Samples are read by supervisors
// (branch) and compliance (all).
//
// Measures: a supervisor adds them for their branch with an owner (an active RM or supervisor of
// the branch) and a due date; the owner or a supervisor of the branch moves them to in progress
// and completes them with a note; done, they are closed. Owners read their own, supervisors their
// branch, compliance every branch. Every write is audited in its transaction.
class SupervisionStore
{
    Q_DECLARE_TR_FUNCTIONS(SupervisionStore)

public:
    static constexpr int MaximumSampleSize = 100;
    static constexpr int MaximumTextLength = 4000;

    explicit SupervisionStore(QSqlDatabase db, QDateTime now = QDateTime::currentDateTime());

    // The indexes (0 … population − 1) drawn for `count` items, in draw order.
    static QList<int> draw(qint64 seed, int population, int count);

    bool drawSample(const Session& session, const QString& period, int size,
                    std::optional<qint64> seed, qint64* sampleId, StoreError* error);
    std::optional<SpotCheckSample> sample(const Session& session, qint64 id,
                                          StoreError* error) const;
    QList<SpotCheckSample> samples(const Session& session, StoreError* error) const;
    bool recordFinding(const Session& session, qint64 sampleId, int item, const QString& finding,
                       const QString& note, StoreError* error);

    bool addMeasure(const Session& session, const NewMeasure& measure, qint64* id,
                    StoreError* error);
    bool startMeasure(const Session& session, qint64 id, StoreError* error);
    bool completeMeasure(const Session& session, qint64 id, const QString& note, StoreError* error);
    std::optional<ImprovementMeasure> measure(const Session& session, qint64 id,
                                              StoreError* error) const;
    QList<ImprovementMeasure> measures(const Session& session, const MeasureFilter& filter,
                                       StoreError* error) const;

private:
    bool mayReadSamples(const Session& session, const QString& branch, StoreError* error) const;
    std::optional<ImprovementMeasure> loadMeasure(qint64 id, StoreError* error) const;
    bool mayChangeMeasure(const Session& session, const ImprovementMeasure& m,
                          StoreError* error) const;
    bool changeMeasure(const Session& session, const ImprovementMeasure& m, const QString& action,
                       const QString& sql, const QVariantList& binds, const QJsonObject& details,
                       StoreError* error);

    QSqlDatabase m_db;
    QDateTime m_now;
    QDate m_today;
};

} // namespace rmdesk
