#pragma once

#include "domain/lifecyclerules.h"
#include "security/session.h"
#include "stores/storeerror.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <string>

struct sqlite3;
struct sqlite3_stmt;

namespace rmdesk {

// One change of a customer's lifecycle stage (table stage_transitions).
struct StageTransition
{
    qint64 id = 0;
    qint64 customerId = 0;
    QString month;       // "2026-10": the month assessed, or the month of an override
    QString effectiveOn; // the month's last day (rules) or the day it was set (override)
    QString fromStage;
    QString toStage;
    QString source; // "rules" or "override"
    QString reason; // overrides only
    QString userName;
    QString recordedAt; // UTC, ISO 8601
};

// The override in force for a customer (table stage_overrides).
struct StageOverride
{
    QString stage;
    QString reason;
    QString setBy;
    QString setAt;
    QString fromMonth;
    QString untilMonth; // the last month whose run keeps it
};

struct StageRunResult
{
    QString month;              // "2026-10"
    int customers = 0;          // customers assessed
    int changed = 0;            // transitions written
    int overridden = 0;         // customers kept at an override in force
    QMap<QString, int> counts;  // stage → customers in it after the run
    QMap<QString, int> entered; // stage → customers that moved into it
    bool repeated = false;      // the month had been run before
    int tiersChanged = 0; // tiers set again under thresholds that came into force (TierUpkeep)
    double seconds = 0;
};

// Lifecycle stages (specification 4.4): the monthly assignment by LifecycleRules, overrides by
// hand, and every transition with its date.
//
// The monthly run (stage run): for a month M (default: the last complete month) every customer's
// facts are read in one streaming pass in customer order (RetentionStore::scan over holding_series,
// merged with interactions and the stored transitions):
// - holdings: a customer held something in a month when its month-end balances add up to more
//   than zero; AUM is that total;
// - activity: an interaction that month, or a month-end total that differs from the month before
//   (money moved: a transaction); months since activity count from the latest such month;
// - the stage before M: the to_stage of the latest transition before M, else the from_stage of
//   the earliest one in or after M, else the stored stage; its months: since that transition.
// The stage is then LifecycleRules::stageFor with the thresholds of the `lifecycle` rule set,
// or the override in force. Each customer whose stage differs from the stored one gets a
// transition (month M, effective the month's last day) and customers.lifecycle_stage is updated;
// all in one transaction with one audit row (stage.run: counts per stage) and the rebuilt
// retention cube (RetentionStore). Running a month again changes nothing unless its data
// changed (no transition, no audit row); a month before the latest one run is refused: runs go
// forward. The run is a batch job over every customer and shows no customer data: it needs
// SettingsEdit (administrators, like other configured jobs). It also brings the tiers in line
// with customer_tiers thresholds that came into force since they were last applied (TierUpkeep).
//
// Overrides (stage set): an RM for their own book, a supervisor for their branch
// (CustomerUpdate on the customer) sets a stage with a reason (LifecycleRules::validOverride). It
// is stored as a transition with source "override" and as the override in force, audited
// (stage.override). It holds for the runs of the month before it was set (a late run of the month
// just completed does not undo it) through override_months (rule value, default 3) months from
// the month it was set; then the rules take over again, starting from the overridden stage.
class LifecycleStore
{
    Q_DECLARE_TR_FUNCTIONS(LifecycleStore)

public:
    explicit LifecycleStore(QSqlDatabase db, QDateTime now = QDateTime::currentDateTime());

    // month: a month index (domain/retention.h); none: the last complete month.
    bool run(const Session& session, std::optional<int> month, StageRunResult* result,
             StoreError* error);
    bool setStage(const Session& session, qint64 customerId, const QString& stage,
                  const QString& reason, StageTransition* saved, StoreError* error);
    // Newest first (CustomerRead).
    QList<StageTransition> history(const Session& session, qint64 customerId, StoreError* error);
    // The override that the next run keeps, if any (CustomerRead).
    std::optional<StageOverride> overrideOf(const Session& session, qint64 customerId,
                                            StoreError* error);
    // The stored stage (CustomerRead).
    QString currentStage(const Session& session, qint64 customerId, StoreError* error) const;
    // Whether the session may set the customer's stage by hand.
    bool maySet(const Session& session, qint64 customerId) const;
    // The latest month run ("" when none).
    QString lastRunMonth() const;

    LifecycleThresholds thresholds() const;
    static LifecycleThresholds thresholds(const QSqlDatabase& db, const QDate& day);

private:
    bool pass(const Session& session, int month, const LifecycleThresholds& t,
              StageRunResult* result, QString* why);

    QSqlDatabase m_db;
    QDateTime m_now;
    QDate m_today;
};

// A prepared statement on the connection's own handle, for passes over millions of rows without
// a QVariant per value (as the demo generator writes them).
class RawStatement
{
public:
    RawStatement(const QSqlDatabase& db, const char* sql);
    ~RawStatement();
    RawStatement(const RawStatement&) = delete;
    RawStatement& operator=(const RawStatement&) = delete;

    bool ok() const { return m_stmt != nullptr; }
    bool failed() const { return m_failed; } // a step ended in an error
    QString error() const;
    void bind(int i, qint64 v);
    void bind(int i, const std::string& text); // the text must live until the step
    void bindNull(int i);
    bool step(); // true while there is a row
    bool run();  // one statement to its end, then reset
    qint64 integer(int column) const;
    const char* text(int column) const; // never null
    int textSize(int column) const;

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    bool m_failed = false;
};

// A larger page cache on a connection for the life of the object (a batch pass that rewrites
// hundreds of thousands of rows: the default 2 MB makes SQLCipher decrypt and re-encrypt the same
// pages over and over). The previous size comes back afterwards.
class BatchCache
{
public:
    explicit BatchCache(const QSqlDatabase& db, int megabytes = 128);
    ~BatchCache();
    BatchCache(const BatchCache&) = delete;
    BatchCache& operator=(const BatchCache&) = delete;

private:
    const QSqlDatabase& m_db;
    qint64 m_previous = 0;
};

// 'YYYY-MM' text (as in holdings) to a month index; -1 when it is not one.
int monthIndexOf(const char* text, int size);

} // namespace rmdesk
