#include "retentionstore.h"

#include "assessmentstore.h"
#include "security/permissions.h"
#include "storage/sqlcipherdriver.h"
#include "stores/holdingseries.h"
#include "stores/lifecyclesupport.h"
#include "stores/retentionsums.h"

#include <QSqlError>
#include <QSqlQuery>

#include <sqlcipher/sqlite3.h>

#include <algorithm>
#include <map>
#include <tuple>
#include <unordered_map>

namespace rmdesk {

using lifecycle::Support;
using retention::Sums;

namespace {

RetentionMonth monthFrom(int month, const Sums& s)
{
    RetentionMonth r;
    r.month = month;
    r.active = int(s.active);
    r.newCustomers = int(s.newCustomers);
    r.wonBack = int(s.wonBack);
    r.churned = int(s.churned);
    r.netNew = r.newCustomers + r.wonBack - r.churned;
    if (s.activeBefore > 0)
        r.churnRate = double(s.churned) / double(s.activeBefore);
    if (s.base12 > 0)
        r.retention12 = double(s.kept12) / double(s.base12);
    if (s.aumThen > 0)
        r.aumRetention12 = double(s.aumNow) / double(s.aumThen);
    return r;
}

const char* const sumColumns =
    "sum(active), sum(new_customers), sum(won_back), sum(churned), sum(active_before), "
    "sum(base12), sum(kept12), sum(aum_then_fen), sum(aum_now_fen)";

Sums sumsAt(const QSqlQuery& q, int first)
{
    Sums s;
    s.active = q.value(first).toLongLong();
    s.newCustomers = q.value(first + 1).toLongLong();
    s.wonBack = q.value(first + 2).toLongLong();
    s.churned = q.value(first + 3).toLongLong();
    s.activeBefore = q.value(first + 4).toLongLong();
    s.base12 = q.value(first + 5).toLongLong();
    s.kept12 = q.value(first + 6).toLongLong();
    s.aumThen = q.value(first + 7).toLongLong();
    s.aumNow = q.value(first + 8).toLongLong();
    return s;
}

} // namespace

// --- the store -------------------------------------------------------------------------------

RetentionStore::RetentionStore(QSqlDatabase db, QDateTime now)
    : m_db(std::move(db))
    , m_now(std::move(now))
{}

RetentionFilter RetentionStore::resolved(const RetentionFilter& filter) const
{
    RetentionFilter f = filter;
    if (f.to == 0)
        f.to = monthIndex(m_now.toLocalTime().date()) - 1;
    if (f.from == 0)
        f.from = f.to - 11;
    return f;
}

QString RetentionStore::builtAt() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT built_at FROM retention_cube_state WHERE id = 1")) &&
        q.next())
        return q.value(0).toString();
    return QString();
}

bool RetentionStore::rebuild(const Session& session, StoreError* error)
{
    if (!Permissions::allows(session, Action::DashboardRead))
        return fail(error, StoreError::Forbidden,
                    Permissions::refusal(session, Action::DashboardRead));
    const BatchCache cache(m_db);
    if (!m_db.transaction())
        return fail(error, StoreError::Failed, m_db.lastError().text());
    CubeBuilder cube;
    AumAccumulator aum; // the scorecards' month-end AUM per RM, from the same pass
    QString why;
    const QString builtAt = m_now.toUTC().toString(Qt::ISODateWithMs);
    if (!scan(
            m_db,
            [&cube, &aum](const CustomerScan& c) {
                cube.add(c);
                aum.add(c);
                return true;
            },
            &why) ||
        !cube.write(m_db, builtAt, &why) ||
        !aum.write(m_db, builtAt, builtAt, monthIndex(m_now.date()), &why) || !m_db.commit()) {
        m_db.rollback();
        return fail(error, StoreError::Failed,
                    tr("The retention figures could not be rebuilt: %1")
                        .arg(why.isEmpty() ? m_db.lastError().text() : why));
    }
    return true;
}

bool RetentionStore::ensureCube(const Session& session, StoreError* error)
{
    return !builtAt().isEmpty() || rebuild(session, error);
}

QString RetentionStore::where(const Session& session, const RetentionFilter& filter,
                              QVariantList* binds, StoreError* error) const
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
        if (!filter.branch.isEmpty() && filter.branch != session.branch) {
            fail(error, StoreError::Forbidden,
                 tr("You may read the figures of your own branch (%1) only.").arg(session.branch));
            return QString();
        }
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
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT id FROM users WHERE name = ?"));
        q.addBindValue(filter.rm);
        if (!q.exec() || !q.next()) {
            fail(error, StoreError::NotFound, tr("There is no user named %1.").arg(filter.rm));
            return QString();
        }
        const qint64 rmId = q.value(0).toLongLong();
        if (session.role == Role::Rm && rmId != session.userId) {
            fail(error, StoreError::Forbidden,
                 tr("You may read the figures of your own book of customers only."));
            return QString();
        }
        clauses << QStringLiteral("rm_user_id = ?");
        binds->append(rmId);
    }
    return clauses.isEmpty() ? QStringLiteral("1") : clauses.join(QStringLiteral(" AND "));
}

QList<RetentionMonth> RetentionStore::series(const Session& session, const RetentionFilter& filter,
                                             StoreError* error)
{
    const auto all = grouped(session, filter, QStringLiteral("''"), error);
    if (error && !error->ok())
        return {};
    if (all.isEmpty()) { // nobody active ever: every month empty
        const RetentionFilter f = resolved(filter);
        QList<RetentionMonth> empty;
        for (int m = f.from; m <= f.to; ++m)
            empty.append(monthFrom(m, Sums{}));
        return empty;
    }
    return all.first();
}

QMap<QString, QList<RetentionMonth>> RetentionStore::seriesBy(const Session& session,
                                                              const RetentionFilter& filter,
                                                              RetentionGroup group,
                                                              StoreError* error)
{
    switch (group) {
    case RetentionGroup::Branch:
        return grouped(session, filter, QStringLiteral("branch_code"), error);
    case RetentionGroup::Segment:
        return grouped(session, filter, QStringLiteral("segment"), error);
    case RetentionGroup::Rm:
        break;
    }
    const auto byId = grouped(session, filter, QStringLiteral("rm_user_id"), error);
    QMap<QString, QList<RetentionMonth>> byName;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT name FROM users WHERE id = ?"));
    for (auto it = byId.cbegin(); it != byId.cend(); ++it) {
        QString name;
        q.addBindValue(it.key().toLongLong());
        if (q.exec() && q.next())
            name = q.value(0).toString();
        byName.insert(name, *it);
    }
    return byName;
}

QMap<QString, QList<RetentionMonth>> RetentionStore::grouped(const Session& session,
                                                             const RetentionFilter& filter,
                                                             const QString& groupColumn,
                                                             StoreError* error)
{
    QMap<QString, QList<RetentionMonth>> out;
    QVariantList binds;
    const QString clause = where(session, filter, &binds, error);
    if (clause.isEmpty() || !ensureCube(session, error))
        return out;
    const RetentionFilter f = resolved(filter);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Every group with any active month (the whole scope: its first row is enough), then the
    // sums of the months asked for.
    q.prepare(
        QStringLiteral("SELECT DISTINCT %1 FROM retention_months WHERE %2%3")
            .arg(groupColumn, clause,
                 groupColumn == QLatin1String("''") ? QStringLiteral(" LIMIT 1") : QString()));
    QString why;
    if (!Support::exec(q, binds, &why)) {
        fail(error, StoreError::Failed, why);
        return out;
    }
    QMap<QString, QMap<int, Sums>> sums;
    while (q.next())
        sums.insert(q.value(0).toString(), {});
    q.prepare(QStringLiteral("SELECT %1, month, %2 FROM retention_months WHERE %3 AND month "
                             "BETWEEN ? AND ? GROUP BY 1, 2")
                  .arg(groupColumn, QLatin1String(sumColumns), clause));
    if (!Support::exec(q, binds + QVariantList{f.from, f.to}, &why)) {
        fail(error, StoreError::Failed, why);
        return out;
    }
    while (q.next())
        sums[q.value(0).toString()].insert(q.value(1).toInt(), sumsAt(q, 2));
    for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
        QList<RetentionMonth> months;
        for (int m = f.from; m <= f.to; ++m)
            months.append(monthFrom(m, it->value(m)));
        out.insert(it.key(), months);
    }
    return out;
}

QList<CohortRow> RetentionStore::cohorts(const Session& session, const RetentionFilter& filter,
                                         StoreError* error)
{
    QList<CohortRow> rows;
    QVariantList binds;
    const QString clause = where(session, filter, &binds, error);
    if (clause.isEmpty() || !ensureCube(session, error))
        return rows;
    const RetentionFilter f = resolved(filter);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT cohort, month, sum(active) FROM retention_cube WHERE %1 "
                             "AND cohort BETWEEN ? AND ? AND month BETWEEN cohort AND ? "
                             "GROUP BY 1, 2 ORDER BY 1, 2")
                  .arg(clause));
    QString why;
    if (!Support::exec(q, binds + QVariantList{f.from, f.to, f.to}, &why)) {
        fail(error, StoreError::Failed, why);
        return rows;
    }
    QMap<int, QMap<int, qint64>> active;
    while (q.next())
        active[q.value(0).toInt()].insert(q.value(1).toInt(), q.value(2).toLongLong());
    for (auto it = active.cbegin(); it != active.cend(); ++it) {
        CohortRow row;
        row.cohort = it.key();
        row.size = int(it->value(row.cohort));
        if (row.size == 0)
            continue;
        for (int m = row.cohort; m <= f.to; ++m)
            row.retained.append(double(it->value(m)) / double(row.size));
        rows.append(row);
    }
    return rows;
}

QList<CustomerMonths> RetentionStore::customerMonths(const Session& session,
                                                     const RetentionFilter& filter,
                                                     StoreError* error) const
{
    QList<CustomerMonths> list;
    QVariantList binds;
    QString clause = where(session, filter, &binds, error);
    if (clause.isEmpty())
        return list;
    clause.replace(QStringLiteral("rm_user_id"), QStringLiteral("c.rm_user_id"))
        .replace(QStringLiteral("branch_code"), QStringLiteral("c.branch_code"));
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT c.id, c.branch_code, coalesce(u.name, ''), c.tier, "
                             "s.balances FROM customers c LEFT JOIN users u ON u.id = "
                             "c.rm_user_id LEFT JOIN holding_series s ON s.customer_id = c.id "
                             "WHERE %1 ORDER BY c.id")
                  .arg(clause));
    QString why;
    if (!Support::exec(q, binds, &why)) {
        fail(error, StoreError::Failed, why);
        return list;
    }
    std::map<int, qint64> totals; // of the customer being read
    std::vector<MonthBalance> product;
    const auto finish = [&list, &totals] {
        for (const auto& [month, total] : totals)
            if (total > 0) {
                list.last().active.append(month);
                list.last().aumFen.insert(month, total);
            }
        totals.clear();
    };
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (list.isEmpty() || list.last().customerId != id) {
            if (!list.isEmpty())
                finish();
            CustomerMonths c;
            c.customerId = id;
            c.branch = q.value(1).toString();
            c.rm = q.value(2).toString();
            c.segment = q.value(3).toString();
            list.append(c);
        }
        if (q.value(4).isNull())
            continue;
        const QByteArray text = q.value(4).toString().toUtf8();
        if (!HoldingSeries::decode(std::string_view(text.constData(), std::size_t(text.size())),
                                   &product)) {
            fail(error, StoreError::Failed,
                 tr("The month-end balances of customer %1 are not a series of months and "
                    "whole amounts in fen. Correct them and try again.")
                     .arg(id));
            return {};
        }
        for (const MonthBalance& b : product)
            totals[b.month] += b.fen;
    }
    if (!list.isEmpty())
        finish();
    return list;
}

} // namespace rmdesk
