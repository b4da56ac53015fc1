#pragma once

#include "domain/rulechecks.h"
#include "stores/storeerror.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace rmdesk {

struct Session;

struct Rule
{
    QString ruleSet;
    int version = 0;
    QDate effectiveFrom;
    QString source;
    QString key;
    QString value;
};

// One version of a rule set, with who published it, when and why.
struct RuleSetVersion
{
    QString name;
    int version = 0;
    QDate effectiveFrom;
    QString changedBy;
    QString changedAt; // UTC, ISO 8601
    QString source;
    QString reason; // empty for the shipped versions
    QList<RuleEntry> entries;
};

// The versioned regulatory rule sets (complaint clocks, review cadence, retention, masking, …).
// A change is a new version that takes effect on a day, never an edit of an old one, so that
// past decisions are explained by the rules of their day (specification ch. 8).
class RuleStore
{
    Q_DECLARE_TR_FUNCTIONS(RuleStore)

public:
    static constexpr int MinimumReasonLength = 4;
    static constexpr int FirstPublishedId = 1000; // below: ids that schema versions ship

    explicit RuleStore(QSqlDatabase db, QDate today = QDate::currentDate())
        : m_db(std::move(db))
        , m_today(today)
    {}
    // For every rule set, the values of its newest version in force on `day`.
    QList<Rule> rulesInForce(const QDate& day, QString* error = nullptr) const;
    // The names of the rule sets, in the order they are shown.
    QStringList names(QString* error = nullptr) const;
    // Every version of a rule set, newest first; empty when there is no such set.
    QList<RuleSetVersion> history(const QString& name, QString* error = nullptr) const;
    // The versions that take effect after today, soonest first (without their rules).
    QList<RuleSetVersion> upcoming(QString* error = nullptr) const;

    // A new version of `name` holding `entries` (every rule of the set), in force from
    // `effectiveFrom` (today or later, and not before the newest version). Needs SettingsEdit and
    // a reason; checked by RuleChecks; audited as "rules.publish" with the changed values.
    // Returns the new version number.
    std::optional<int> publish(const Session& session, const QString& name,
                               const QList<RuleEntry>& entries, const QDate& effectiveFrom,
                               const QString& reason, QList<RuleProblem>* problems,
                               StoreError* error);

private:
    QSqlDatabase m_db;
    QDate m_today;
};

} // namespace rmdesk
