#include "retentiondashboard.h"

#include "domain/lifecyclerules.h"
#include "security/permissions.h"
#include "stores/retentionstore.h"
#include "stores/surveystore.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace rmdesk {

namespace {

bool run(QSqlQuery& q, const QString& sql, const QVariantList& binds, StoreError* error)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        fail(error, StoreError::Failed, q.lastError().text());
        return false;
    }
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec()) {
        fail(error, StoreError::Failed, q.lastError().text());
        return false;
    }
    return true;
}

// customers.tier as the customers_tier_rank indexes spell it (schema 6), so a branch's customers
// of one tier are read from the index alone.
const QString tierRank = QStringLiteral(
    "(CASE tier WHEN 'mass' THEN 1 WHEN 'affluent' THEN 2 WHEN 'private' THEN 3 ELSE 0 END)");

// The session's scope and the filter as a WHERE clause over a table with the columns
// branch_code, rm_user_id and `segmentColumn`. The branch and RM were checked by RetentionStore
// already (its series is read first).
QString scopeClause(const QSqlDatabase& db, const Session& session,
                    const RetentionDashboardFilter& filter, const QString& segmentColumn,
                    QVariantList* binds, StoreError* error)
{
    QStringList clauses;
    switch (Permissions::scope(session.role, Action::DashboardRead)) {
    case Scope::None:
        fail(error, StoreError::Forbidden, Permissions::refusal(session, Action::DashboardRead));
        return QString();
    case Scope::Own:
        clauses << QStringLiteral("rm_user_id = ?");
        binds->append(session.userId);
        break;
    case Scope::Branch:
        clauses << QStringLiteral("branch_code = ?");
        binds->append(session.branch);
        break;
    case Scope::All:
        break;
    }
    if (!filter.branch.isEmpty()) {
        clauses << QStringLiteral("branch_code = ?");
        binds->append(filter.branch);
    }
    if (!filter.rm.isEmpty()) {
        QSqlQuery q(db);
        if (!run(q, QStringLiteral("SELECT id FROM users WHERE name = ?"), {filter.rm}, error))
            return QString();
        clauses << QStringLiteral("rm_user_id = ?");
        binds->append(q.next() ? q.value(0).toLongLong() : qint64(-1));
    }
    if (!filter.segment.isEmpty()) {
        clauses << segmentColumn + QStringLiteral(" = ?");
        binds->append(segmentColumn == tierRank
                          ? QVariant(RetentionDashboard::segments().indexOf(filter.segment) + 1)
                          : QVariant(filter.segment));
    }
    return clauses.isEmpty() ? QStringLiteral("1") : clauses.join(QStringLiteral(" AND "));
}

// AUM at the end of `month` over the scope: retention_months keeps it under the RM in charge at
// that month's end (schema 24).
bool aumAt(const QSqlDatabase& db, const QString& clause, const QVariantList& binds, int month,
           qint64* fen, StoreError* error)
{
    QSqlQuery q(db);
    if (!run(q,
             QStringLiteral("SELECT coalesce(sum(aum_fen), 0) FROM retention_months WHERE %1 AND "
                            "month = ?")
                 .arg(clause),
             binds + QVariantList{month}, error))
        return false;
    *fen = q.next() ? q.value(0).toLongLong() : 0;
    return true;
}

bool cohortsOf(const QSqlDatabase& db, const QString& clause, const QVariantList& binds, int from,
               int to, QList<CohortRow>* rows, StoreError* error)
{
    QSqlQuery q(db);
    if (!run(q,
             QStringLiteral("SELECT cohort, month, sum(active) FROM retention_cube WHERE %1 AND "
                            "cohort BETWEEN ? AND ? AND month BETWEEN cohort AND ? GROUP BY 1, 2 "
                            "ORDER BY 1, 2")
                 .arg(clause),
             binds + QVariantList{from, to, to}, error))
        return false;
    QMap<int, QMap<int, qint64>> active;
    while (q.next())
        active[q.value(0).toInt()].insert(q.value(1).toInt(), q.value(2).toLongLong());
    for (auto it = active.cbegin(); it != active.cend(); ++it) {
        CohortRow row;
        row.cohort = it.key();
        row.size = int(it->value(row.cohort));
        if (row.size == 0)
            continue;
        for (int m = row.cohort; m <= to; ++m)
            row.retained.append(double(it->value(m)) / double(row.size));
        rows->append(row);
    }
    return true;
}

bool funnelOf(const QSqlDatabase& db, const QString& clause, const QVariantList& binds,
              QList<FunnelStage>* funnel, StoreError* error)
{
    // An RM's book is small: its rows are read. A branch (tens of thousands of customers) is
    // not: reading its rows took 3.7 s on the demo database. Its customer numbers come from the
    // branch indexes instead, and the stages from customers_stage, both without a row read.
    const bool small = clause.contains(QLatin1String("rm_user_id"));
    const QString sql =
        small || clause == QLatin1String("1")
            ? QStringLiteral("SELECT lifecycle_stage, count(*) FROM customers WHERE %1 GROUP BY 1")
            : QStringLiteral("SELECT lifecycle_stage, count(*) FROM customers INDEXED BY "
                             "customers_stage WHERE id IN (SELECT id FROM customers WHERE %1) "
                             "GROUP BY 1");
    QSqlQuery q(db);
    if (!run(q, sql.arg(clause), binds, error))
        return false;
    QHash<QString, int> counts;
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toInt());
    for (const QString& stage : LifecycleRules::stages())
        funnel->append({stage, counts.value(stage)});
    return true;
}

bool reasonsOf(const QSqlDatabase& db, const QString& clause, const QVariantList& binds, int from,
               int to, QList<ChurnReason>* reasons, StoreError* error)
{
    QSqlQuery q(db);
    const QString first = monthStart(from).toString(Qt::ISODate);
    const QString last = monthStart(to + 1).addDays(-1).toString(Qt::ISODate);
    if (!run(q,
             QStringLiteral("SELECT trim(coalesce(end_reason, '')), count(*) FROM customers WHERE "
                            "%1 AND status = 'ended' AND relationship_ended_on BETWEEN ? AND ? "
                            "GROUP BY 1")
                 .arg(clause),
             binds + QVariantList{first, last}, error))
        return false;
    QList<ChurnReason> all;
    while (q.next())
        all.append({q.value(0).toString(), q.value(1).toInt(), false});
    // Most first; equal counts by reason, so the order never depends on the database.
    std::sort(all.begin(), all.end(), [](const ChurnReason& a, const ChurnReason& b) {
        return a.customers != b.customers ? a.customers > b.customers : a.reason < b.reason;
    });
    ChurnReason other{QString(), 0, true};
    for (int i = 0; i < all.size(); ++i) {
        if (i < RetentionDashboard::TopReasons || all.size() == RetentionDashboard::TopReasons + 1)
            reasons->append(all[i]);
        else
            other.customers += all[i].customers;
    }
    if (other.customers > 0)
        reasons->append(other);
    return true;
}

} // namespace

bool RetentionDashboardData::empty() const
{
    const bool anyMonth = std::any_of(months.cbegin(), months.cend(), [](const RetentionMonth& m) {
        return m.active > 0 || m.churned > 0;
    });
    const bool anyStage = std::any_of(funnel.cbegin(), funnel.cend(),
                                      [](const FunnelStage& s) { return s.customers > 0; });
    return !anyMonth && !anyStage;
}

QStringList RetentionDashboard::segments()
{
    return {QStringLiteral("mass"), QStringLiteral("affluent"), QStringLiteral("private")};
}

RetentionDashboardData RetentionDashboard::compute(QSqlDatabase db, const Session& session,
                                                   const RetentionDashboardFilter& filter,
                                                   StoreError* error, const QDateTime& now)
{
    RetentionDashboardData data;
    StoreError local;
    StoreError* e = error ? error : &local;
    *e = StoreError{};
    if (!Permissions::allows(session, Action::DashboardRead)) {
        fail(e, StoreError::Forbidden, Permissions::refusal(session, Action::DashboardRead));
        return data;
    }
    if (!filter.segment.isEmpty() && !segments().contains(filter.segment)) {
        fail(e, StoreError::Invalid, tr("There is no segment %1.").arg(filter.segment));
        return data;
    }

    RetentionStore store(db, now);
    RetentionFilter months;
    months.from = filter.from;
    months.to = filter.to;
    months.branch = filter.branch;
    months.rm = filter.rm;
    months = store.resolved(months);
    if (months.from > months.to) {
        fail(e, StoreError::Invalid,
             tr("The period must not start after it ends (%1 to %2).")
                 .arg(monthName(months.from), monthName(months.to)));
        return data;
    }
    data.filter = filter;
    data.filter.from = months.from;
    data.filter.to = months.to;
    data.builtAt = store.builtAt();
    if (!data.cubeBuilt())
        return data; // never built: the dashboard asks for a stage run instead of building it

    // The whole scope's months (also checks the branch and RM against the session's scope).
    const QList<RetentionMonth> all = store.series(session, months, e);
    if (!e->ok())
        return data;
    const auto bySegment = store.seriesBy(session, months, RetentionGroup::Segment, e);
    if (!e->ok())
        return data;
    QStringList order = segments();
    for (const QString& s : bySegment.keys())
        if (!order.contains(s))
            order.append(s);
    for (const QString& s : order)
        if (bySegment.contains(s) && (filter.segment.isEmpty() || s == filter.segment))
            data.segments.append({s, bySegment.value(s)});
    if (filter.segment.isEmpty()) {
        data.months = all;
    } else if (!data.segments.isEmpty()) {
        data.months = data.segments.first().months;
    } else { // nobody of that segment ever active
        for (const RetentionMonth& m : all) {
            RetentionMonth none;
            none.month = m.month;
            data.months.append(none);
        }
    }
    QVariantList binds;
    const QString cube = scopeClause(db, session, filter, QStringLiteral("segment"), &binds, e);
    if (cube.isEmpty())
        return data;
    if (filter.segment.isEmpty()) {
        data.cohorts = store.cohorts(session, months, e);
        if (!e->ok())
            return data;
    } else if (!cohortsOf(db, cube, binds, months.from, months.to, &data.cohorts, e)) {
        return data;
    }
    RetentionTiles& t = data.tiles;
    if (!data.months.isEmpty()) {
        const RetentionMonth& last = data.months.last();
        t.active = last.active;
        t.retention12 = last.retention12;
        t.churnRate = last.churnRate;
        for (const RetentionMonth& m : data.months)
            t.netNew += m.netNew;
    }
    if (!aumAt(db, cube, binds, months.to, &t.aumFen, e) ||
        !aumAt(db, cube, binds, months.from - 1, &t.aumStartFen, e))
        return data;
    if (t.aumStartFen > 0)
        t.aumGrowth = double(t.aumFen) / double(t.aumStartFen) - 1.0;
    if (Permissions::allows(session, Action::SurveyRead)) {
        SurveyFilter f;
        f.from = monthStart(months.from);
        f.to = monthStart(months.to + 1).addDays(-1);
        f.branch = filter.branch;
        f.rm = filter.rm;
        f.segment = filter.segment;
        const SurveyStats stats = SurveyStore(db, now).stats(session, f, SurveyGroupBy::None, e);
        if (!e->ok())
            return data;
        t.nps = stats.total.nps.nps;
        t.npsResponses = stats.total.nps.responses;
        t.npsReliable = stats.total.reliable;
    }
    QVariantList customerBinds;
    const QString customers = scopeClause(db, session, filter, tierRank, &customerBinds, e);
    if (customers.isEmpty() || !funnelOf(db, customers, customerBinds, &data.funnel, e) ||
        !reasonsOf(db, customers, customerBinds, months.from, months.to, &data.churnReasons, e))
        return data;
    return data;
}

} // namespace rmdesk
