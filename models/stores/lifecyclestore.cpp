#include "lifecyclestore.h"

#include "assessmentstore.h"
#include "domain/retention.h"
#include "security/permissions.h"
#include "storage/sqlcipherdriver.h"
#include "stores/audittrail.h"
#include "stores/lifecyclesupport.h"
#include "stores/retentionstore.h"
#include "stores/rulestore.h"
#include "stores/tierupkeep.h"

#include <sqlcipher/sqlite3.h>

#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <vector>

namespace rmdesk {

using lifecycle::Support;

namespace {

sqlite3* handleOf(const QSqlDatabase& db)
{
    auto* driver = qobject_cast<SqlCipherDriver*>(db.driver());
    return driver ? driver->connection() : nullptr;
}

// Months since anything, for a stage whose start is not known.
constexpr int LongAgo = 1 << 20;

struct Change
{
    qint64 customerId = 0;
    int from = -1; // index into the stage list; -1: a code that is no longer a stage
    int to = 0;
    bool pinned = false;
};

QJsonObject countsJson(const QMap<QString, int>& counts)
{
    QJsonObject o;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

} // namespace

LifecycleStore::LifecycleStore(QSqlDatabase db, QDateTime now)
    : m_db(std::move(db))
    , m_now(std::move(now))
    , m_today(m_now.toLocalTime().date())
{}

LifecycleThresholds LifecycleStore::thresholds(const QSqlDatabase& db, const QDate& day)
{
    QHash<QString, QString> values;
    for (const Rule& r : RuleStore(db).rulesInForce(day))
        if (r.ruleSet == QLatin1String("lifecycle"))
            values.insert(r.key, r.value);
    return LifecycleThresholds::fromValues(values);
}

LifecycleThresholds LifecycleStore::thresholds() const
{
    return thresholds(m_db, m_today);
}

QString LifecycleStore::lastRunMonth() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT max(month) FROM stage_runs")) && q.next())
        return q.value(0).toString();
    return QString();
}

bool LifecycleStore::run(const Session& session, std::optional<int> month, StageRunResult* result,
                         StoreError* error)
{
    if (!Permissions::allows(session, Action::SettingsEdit))
        return fail(error, StoreError::Forbidden,
                    tr("The monthly stage run is a batch job for administrators: %1")
                        .arg(Permissions::refusal(session, Action::SettingsEdit)));
    const int lastComplete = monthIndex(m_today) - 1;
    const int m = month.value_or(lastComplete);
    if (m > lastComplete)
        return fail(error, StoreError::Invalid,
                    tr("%1 has not ended yet: stages are assigned for complete months, up to %2.")
                        .arg(monthName(m), monthName(lastComplete)));
    const QString latest = lastRunMonth();
    if (!latest.isEmpty() && monthName(m) < latest)
        return fail(error, StoreError::Invalid,
                    tr("Stages are assigned month by month and %1 has been run already: run %1 "
                       "again or a later month.")
                        .arg(latest));
    QElapsedTimer timer;
    timer.start();
    StageRunResult r;
    r.month = monthName(m);
    r.repeated = latest == r.month;
    const BatchCache cache(m_db);
    if (!m_db.transaction())
        return fail(error, StoreError::Failed, m_db.lastError().text());
    QString why;
    bool ok = pass(session, m, thresholds(), &r, &why);
    if (ok) {
        r.tiersChanged = TierUpkeep::applyDue(m_db, session, m_today, &why);
        ok = r.tiersChanged >= 0;
    }
    if (!ok || !m_db.commit()) {
        m_db.rollback();
        return fail(error, StoreError::Failed,
                    tr("The stages of %1 were not assigned: %2")
                        .arg(r.month, why.isEmpty() ? m_db.lastError().text() : why));
    }
    r.seconds = double(timer.elapsed()) / 1000.0;
    if (result)
        *result = r;
    return true;
}

bool LifecycleStore::pass(const Session& session, int month, const LifecycleThresholds& t,
                          StageRunResult* r, QString* why)
{
    const QStringList stageList = LifecycleRules::stages();
    std::vector<std::string> stageCodes;
    QHash<QString, int> stageIndex;
    for (const QString& s : stageList) {
        stageIndex.insert(s, int(stageCodes.size()));
        stageCodes.push_back(s.toStdString());
    }
    const std::string monthText = r->month.toStdString();

    // Overrides in force for this month's run.
    QHash<qint64, QString> overrides;
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT customer_id, stage FROM stage_overrides "
                                 "WHERE until_month >= ? AND from_month <= ?"));
        if (!Support::exec(q, {r->month, monthName(month + 1)}, why))
            return false;
        while (q.next())
            overrides.insert(q.value(0).toLongLong(), q.value(1).toString());
    }
    RawStatement interactions(m_db, "SELECT customer_id, substr(at, 1, 7) FROM interactions "
                                    "ORDER BY customer_id, at");
    RawStatement transitions(m_db, "SELECT customer_id, month, from_stage, to_stage "
                                   "FROM stage_transitions ORDER BY customer_id, month, id");
    if (!interactions.ok() || !transitions.ok()) {
        *why = interactions.ok() ? transitions.error() : interactions.error();
        return false;
    }
    bool moreInteractions = interactions.step();
    bool moreTransitions = transitions.step();
    std::vector<Change> changes;
    RetentionStore::CubeBuilder cube;
    AumAccumulator aum;        // the scorecards' month-end AUM per RM, from the same pass
    QMap<QString, int> counts; // every stage, so the summary always names all eight
    for (const QString& stage : stageList)
        counts.insert(stage, 0);
    const bool scanned = RetentionStore::scan(
        m_db,
        [&](const CustomerScan& c) {
            cube.add(c);
            aum.add(c);
            // The latest interaction up to the month.
            int lastContact = -1;
            while (moreInteractions && interactions.integer(0) < c.id)
                moreInteractions = interactions.step();
            while (moreInteractions && interactions.integer(0) == c.id) {
                const int im = monthIndexOf(interactions.text(1), interactions.textSize(1));
                if (im <= month)
                    lastContact = std::max(lastContact, im);
                moreInteractions = interactions.step();
            }
            // The stage before the month and since when.
            QString previous;
            int previousSince = -1;
            bool knownAfter = false;
            while (moreTransitions && transitions.integer(0) < c.id)
                moreTransitions = transitions.step();
            while (moreTransitions && transitions.integer(0) == c.id) {
                const int tm = monthIndexOf(transitions.text(1), transitions.textSize(1));
                if (tm < month) {
                    previous = QString::fromUtf8(transitions.text(3));
                    previousSince = tm;
                } else if (!knownAfter && previousSince < 0) {
                    previous = QString::fromUtf8(transitions.text(2));
                    knownAfter = true;
                }
                moreTransitions = transitions.step();
            }
            if (previous.isEmpty())
                previous = QString::fromStdString(c.stage);

            // The facts at the month's end.
            LifecycleFacts facts;
            int firstHeld = -1;
            int lastChange = -1;
            const int end = std::min(month, c.firstMonth + int(c.totals->size()));
            for (int m = c.firstMonth; m <= end; ++m) {
                const qint64 now = c.totalIn(m);
                if (now > 0 && firstHeld < 0)
                    firstHeld = m;
                if (now != c.totalIn(m - 1))
                    lastChange = m;
            }
            facts.everHeld = firstHeld >= 0;
            facts.monthsSinceOnboarding = firstHeld >= 0 ? month - firstHeld : 0;
            facts.aumNowFen = c.totalIn(month);
            if (firstHeld >= 0 && month - t.trendMonths >= firstHeld)
                facts.aumThenFen = c.totalIn(month - t.trendMonths);
            const int lastActivity = std::max(lastChange, lastContact);
            if (lastActivity >= 0)
                facts.monthsSinceActivity = month - lastActivity;
            facts.previousStage = previous;
            facts.monthsInPreviousStage = previousSince >= 0 ? month - previousSince : LongAgo;

            const auto pinned = overrides.constFind(c.id);
            const bool overridden = pinned != overrides.cend();
            const QString stage = overridden ? *pinned : LifecycleRules::stageFor(facts, t);
            r->overridden += overridden ? 1 : 0;
            ++r->customers;
            ++counts[stage];
            if (stage.toStdString() != c.stage) {
                const QString stored = QString::fromStdString(c.stage);
                changes.push_back({c.id, int(stageIndex.value(stored, -1)),
                                   int(stageIndex.value(stage)), overridden});
                ++r->entered[stage];
            }
            return true;
        },
        why);
    if (!scanned)
        return false;
    if (interactions.failed() || transitions.failed()) {
        *why = interactions.failed() ? interactions.error() : transitions.error();
        return false;
    }

    // The changes, in customer order.
    const std::string effective =
        monthStart(month + 1).addDays(-1).toString(Qt::ISODate).toStdString();
    const std::string user = session.userName.toStdString();
    const std::string at = m_now.toUTC().toString(Qt::ISODateWithMs).toStdString();
    const std::string rules = "rules", overrideSource = "override";
    const std::string pinnedReason = tr("kept: override in force").toStdString();
    RawStatement insert(m_db, "INSERT INTO stage_transitions (customer_id, month, effective_on, "
                              "from_stage, to_stage, source, reason, user_name, recorded_at) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    RawStatement update(m_db, "UPDATE customers SET lifecycle_stage = ? WHERE id = ?");
    if (!insert.ok() || !update.ok()) {
        *why = insert.ok() ? update.error() : insert.error();
        return false;
    }
    // A code that is no longer a stage (none after schema 11) is read back for the record.
    QHash<qint64, std::string> oddCodes;
    for (const Change& ch : changes)
        if (ch.from < 0) {
            QSqlQuery q(m_db);
            q.prepare(QStringLiteral("SELECT lifecycle_stage FROM customers WHERE id = ?"));
            if (Support::exec(q, {ch.customerId}, why) && q.next())
                oddCodes.insert(ch.customerId, q.value(0).toString().toStdString());
        }
    for (const Change& ch : changes) {
        insert.bind(1, ch.customerId);
        insert.bind(2, monthText);
        insert.bind(3, effective);
        insert.bind(4, ch.from >= 0 ? stageCodes[std::size_t(ch.from)] : oddCodes[ch.customerId]);
        insert.bind(5, stageCodes[std::size_t(ch.to)]);
        insert.bind(6, ch.pinned ? overrideSource : rules);
        if (ch.pinned)
            insert.bind(7, pinnedReason);
        else
            insert.bindNull(7);
        insert.bind(8, user);
        insert.bind(9, at);
        update.bind(1, stageCodes[std::size_t(ch.to)]);
        update.bind(2, ch.customerId);
        if (!insert.run() || !update.run()) {
            *why = insert.error();
            return false;
        }
    }
    r->changed = int(changes.size());
    r->counts = counts;
    const QString builtAt = QString::fromStdString(at);
    if (!cube.write(m_db, builtAt, why) ||
        !aum.write(m_db, builtAt, builtAt, monthIndex(m_today), why))
        return false;
    if (r->repeated && r->changed == 0)
        return true; // nothing changed: no run record, no audit row
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO stage_runs (month, run_at, run_by, customers, changed, counts) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (month) DO UPDATE SET run_at = excluded.run_at, "
        "run_by = excluded.run_by, customers = excluded.customers, "
        "changed = stage_runs.changed + excluded.changed, counts = excluded.counts"));
    const QJsonObject countObject = countsJson(counts);
    if (!Support::exec(
            q,
            {r->month, QString::fromStdString(at), session.userName, r->customers, r->changed,
             QString::fromUtf8(QJsonDocument(countObject).toJson(QJsonDocument::Compact))},
            why))
        return false;
    return AuditTrail::record(m_db, session,
                              {QStringLiteral("stage.run"), QStringLiteral("lifecycle"), r->month,
                               QJsonObject{{QStringLiteral("month"), r->month},
                                           {QStringLiteral("customers"), r->customers},
                                           {QStringLiteral("changed"), r->changed},
                                           {QStringLiteral("overridden"), r->overridden},
                                           {QStringLiteral("counts"), countObject},
                                           {QStringLiteral("entered"), countsJson(r->entered)}},
                               QString()},
                              why);
}

bool LifecycleStore::setStage(const Session& session, qint64 customerId, const QString& stage,
                              const QString& reason, StageTransition* saved, StoreError* error)
{
    const auto c = Support::load(m_db, customerId, error);
    if (!c || !Support::permitted(session, Action::CustomerUpdate, *c, error))
        return false;
    QString problem;
    if (!LifecycleRules::validOverride(stage, reason, &problem))
        return fail(error, StoreError::Invalid, problem);
    const LifecycleThresholds t = thresholds();
    StageTransition rec;
    rec.customerId = customerId;
    rec.month = monthName(monthIndex(m_today));
    rec.effectiveOn = m_today.toString(Qt::ISODate);
    rec.fromStage = c->value("lifecycle_stage");
    rec.toStage = stage;
    rec.source = QStringLiteral("override");
    rec.reason = reason.trimmed();
    rec.userName = session.userName;
    rec.recordedAt = m_now.toUTC().toString(Qt::ISODateWithMs);
    const QString until = monthName(monthIndex(m_today) + t.overrideMonths - 1);

    if (!m_db.transaction())
        return fail(error, StoreError::Failed, m_db.lastError().text());
    QString why;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO stage_transitions (customer_id, month, effective_on, "
                             "from_stage, to_stage, source, reason, user_name, recorded_at) "
                             "VALUES (?, ?, ?, ?, ?, 'override', ?, ?, ?)"));
    bool ok = Support::exec(q,
                            {customerId, rec.month, rec.effectiveOn, rec.fromStage, rec.toStage,
                             rec.reason, rec.userName, rec.recordedAt},
                            &why);
    if (ok) {
        rec.id = q.lastInsertId().toLongLong();
        q.prepare(QStringLiteral(
            "INSERT INTO stage_overrides (customer_id, stage, reason, set_by, set_at, "
            "from_month, until_month, transition_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (customer_id) DO UPDATE SET stage = excluded.stage, "
            "reason = excluded.reason, set_by = excluded.set_by, set_at = excluded.set_at, "
            "from_month = excluded.from_month, until_month = excluded.until_month, "
            "transition_id = excluded.transition_id"));
        ok = Support::exec(
            q,
            {customerId, stage, rec.reason, rec.userName, rec.recordedAt, rec.month, until, rec.id},
            &why);
    }
    if (ok) {
        q.prepare(QStringLiteral("UPDATE customers SET lifecycle_stage = ? WHERE id = ?"));
        ok = Support::exec(q, {stage, customerId}, &why);
    }
    ok = ok && AuditTrail::record(m_db, session,
                                  {QStringLiteral("stage.override"), QStringLiteral("customer"),
                                   QString::number(customerId),
                                   QJsonObject{{QStringLiteral("from"), rec.fromStage},
                                               {QStringLiteral("to"), stage},
                                               {QStringLiteral("until"), until},
                                               {QStringLiteral("transition"), rec.id}},
                                   rec.reason},
                                  &why);
    if (!ok || !m_db.commit()) {
        m_db.rollback();
        return fail(
            error, StoreError::Failed,
            tr("The stage was not set: %1").arg(why.isEmpty() ? m_db.lastError().text() : why));
    }
    if (saved)
        *saved = rec;
    return true;
}

QList<StageTransition> LifecycleStore::history(const Session& session, qint64 customerId,
                                               StoreError* error)
{
    QList<StageTransition> list;
    const auto c = Support::load(m_db, customerId, error);
    if (!c || !Support::permitted(session, Action::CustomerRead, *c, error))
        return list;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, month, effective_on, from_stage, to_stage, source, "
                             "coalesce(reason, ''), user_name, recorded_at FROM stage_transitions "
                             "WHERE customer_id = ? ORDER BY month DESC, id DESC"));
    QString why;
    if (!Support::exec(q, {customerId}, &why)) {
        fail(error, StoreError::Failed, why);
        return list;
    }
    while (q.next()) {
        StageTransition t;
        t.id = q.value(0).toLongLong();
        t.customerId = customerId;
        t.month = q.value(1).toString();
        t.effectiveOn = q.value(2).toString();
        t.fromStage = q.value(3).toString();
        t.toStage = q.value(4).toString();
        t.source = q.value(5).toString();
        t.reason = q.value(6).toString();
        t.userName = q.value(7).toString();
        t.recordedAt = q.value(8).toString();
        list.append(t);
    }
    return list;
}

std::optional<StageOverride> LifecycleStore::overrideOf(const Session& session, qint64 customerId,
                                                        StoreError* error)
{
    const auto c = Support::load(m_db, customerId, error);
    if (!c || !Support::permitted(session, Action::CustomerRead, *c, error))
        return std::nullopt;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT stage, reason, set_by, set_at, from_month, until_month "
                             "FROM stage_overrides WHERE customer_id = ? AND until_month >= ?"));
    QString why;
    if (!Support::exec(q, {customerId, monthName(monthIndex(m_today) - 1)}, &why)) {
        fail(error, StoreError::Failed, why);
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return StageOverride{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                         q.value(3).toString(), q.value(4).toString(), q.value(5).toString()};
}

QString LifecycleStore::currentStage(const Session& session, qint64 customerId,
                                     StoreError* error) const
{
    const auto c = Support::load(m_db, customerId, error);
    if (!c || !Support::permitted(session, Action::CustomerRead, *c, error))
        return QString();
    return c->value("lifecycle_stage");
}

bool LifecycleStore::maySet(const Session& session, qint64 customerId) const
{
    const auto c = Support::load(m_db, customerId, nullptr);
    return c && Permissions::allows(session, Action::CustomerUpdate, c->target());
}

int monthIndexOf(const char* t, int size)
{
    if (size != 7 || t[4] != '-')
        return -1;
    int year = 0;
    for (int i = 0; i < 4; ++i) {
        if (t[i] < '0' || t[i] > '9')
            return -1;
        year = year * 10 + (t[i] - '0');
    }
    if (t[5] < '0' || t[5] > '1' || t[6] < '0' || t[6] > '9')
        return -1;
    const int month = (t[5] - '0') * 10 + (t[6] - '0');
    return month >= 1 && month <= 12 ? monthIndex(year, month) : -1;
}

BatchCache::BatchCache(const QSqlDatabase& db, int megabytes)
    : m_db(db)
{
    RawStatement size(m_db, "PRAGMA cache_size");
    if (size.ok() && size.step())
        m_previous = size.integer(0);
    const std::string set = "PRAGMA cache_size = -" + std::to_string(qint64(megabytes) * 1024);
    if (m_previous != 0)
        RawStatement(m_db, set.c_str()).step();
}

BatchCache::~BatchCache()
{
    if (m_previous == 0)
        return;
    const std::string set = "PRAGMA cache_size = " + std::to_string(m_previous);
    RawStatement(m_db, set.c_str()).step();
}

RawStatement::RawStatement(const QSqlDatabase& db, const char* sql)
    : m_db(handleOf(db))
{
    if (!m_db || sqlite3_prepare_v2(m_db, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
        m_stmt = nullptr;
}

RawStatement::~RawStatement()
{
    sqlite3_finalize(m_stmt);
}

QString RawStatement::error() const
{
    return m_db ? sqliteMessage(m_db, sqlite3_extended_errcode(m_db))
                : QStringLiteral("not an RM Desk database connection");
}

void RawStatement::bind(int i, qint64 v)
{
    sqlite3_bind_int64(m_stmt, i, v);
}

void RawStatement::bind(int i, const std::string& text)
{
    sqlite3_bind_text(m_stmt, i, text.data(), int(text.size()), SQLITE_STATIC);
}

void RawStatement::bindNull(int i)
{
    sqlite3_bind_null(m_stmt, i);
}

bool RawStatement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        m_failed = true;
    return rc == SQLITE_ROW;
}

bool RawStatement::run()
{
    const int rc = sqlite3_step(m_stmt);
    sqlite3_reset(m_stmt);
    return rc == SQLITE_DONE;
}

qint64 RawStatement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

const char* RawStatement::text(int column) const
{
    const auto* t = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return t ? t : "";
}

int RawStatement::textSize(int column) const
{
    return sqlite3_column_bytes(m_stmt, column);
}

} // namespace rmdesk
