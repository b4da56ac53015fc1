#include "retentionstore.h"

#include "assessmentstore.h"
#include "security/permissions.h"
#include "storage/sqlcipherdriver.h"
#include "stores/holdingseries.h"
#include "stores/lifecyclesupport.h"

#include <QSqlError>
#include <QSqlQuery>

#include <sqlcipher/sqlite3.h>

#include <algorithm>
#include <map>
#include <tuple>
#include <unordered_map>

namespace rmdesk {

using lifecycle::Support;

namespace {

// What one customer adds to one cube row (RetentionMetrics::month, counted per customer).
struct Sums
{
    qint64 active = 0;
    qint64 newCustomers = 0;
    qint64 wonBack = 0;
    qint64 churned = 0;
    qint64 activeBefore = 0;
    qint64 base12 = 0;
    qint64 kept12 = 0;
    qint64 aumThen = 0;
    qint64 aumNow = 0;

    bool empty() const { return !(active || churned || activeBefore || base12); }
    void operator+=(const Sums& o)
    {
        active += o.active;
        newCustomers += o.newCustomers;
        wonBack += o.wonBack;
        churned += o.churned;
        activeBefore += o.activeBefore;
        base12 += o.base12;
        kept12 += o.kept12;
        aumThen += o.aumThen;
        aumNow += o.aumNow;
    }
};

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

// --- the cube --------------------------------------------------------------------------------

namespace {

// The cube row's columns but the month: what one customer adds to is one such group, at
// consecutive months from its cohort on.
struct CubeGroup
{
    int cohort = 0;
    std::uint32_t branch = 0; // index into CubeBuilder::Data::branches
    std::uint32_t segment = 0;
    qint64 rm = 0;
    bool operator==(const CubeGroup& o) const
    {
        return cohort == o.cohort && branch == o.branch && segment == o.segment && rm == o.rm;
    }
};

struct CubeGroupHash
{
    std::size_t operator()(const CubeGroup& k) const
    {
        std::uint64_t h = std::uint64_t(k.cohort) * 0x9E3779B97F4A7C15ULL;
        h ^= std::uint64_t(k.branch) + 0x7F4A7C15ULL + (h << 6) + (h >> 2);
        h ^= std::uint64_t(k.segment) + (h << 6) + (h >> 2);
        h ^= std::uint64_t(k.rm) + (h << 6) + (h >> 2);
        return std::size_t(h);
    }
};

} // namespace

struct RetentionStore::CubeBuilder::Data
{
    // Per group, the sums of the months from its cohort on (index 0: the cohort's month).
    std::unordered_map<CubeGroup, std::vector<Sums>, CubeGroupHash> groups;
    std::vector<std::string> branches;
    std::vector<std::string> segments;
    std::unordered_map<std::string, std::uint32_t> branchIndex;
    std::unordered_map<std::string, std::uint32_t> segmentIndex;

    static std::uint32_t intern(const std::string& s, std::vector<std::string>* list,
                                std::unordered_map<std::string, std::uint32_t>* index)
    {
        const auto it = index->find(s);
        if (it != index->end())
            return it->second;
        list->push_back(s);
        return index->emplace(s, std::uint32_t(list->size() - 1)).first->second;
    }
};

RetentionStore::CubeBuilder::CubeBuilder()
    : d(std::make_unique<Data>())
{}

RetentionStore::CubeBuilder::~CubeBuilder() = default;

void RetentionStore::CubeBuilder::add(const CustomerScan& c)
{
    int first = -1;
    int last = -1;
    for (std::size_t i = 0; i < c.totals->size(); ++i)
        if ((*c.totals)[i] > 0) {
            if (first < 0)
                first = c.firstMonth + int(i);
            last = c.firstMonth + int(i);
        }
    if (first < 0)
        return; // never active: counted nowhere
    CubeGroup group;
    group.cohort = first;
    group.branch = d->intern(c.branch, &d->branches, &d->branchIndex);
    group.segment = d->intern(c.tier, &d->segments, &d->segmentIndex);
    const std::size_t span = std::size_t(last + 12 - first + 1);
    // Each month under the RM in charge at its end: one group per RM the customer had.
    std::vector<Sums>* months = nullptr;
    for (int m = first; m <= last + 12; ++m) {
        const qint64 rm = c.rmIn(m);
        if (!months || rm != group.rm) {
            group.rm = rm;
            months = &d->groups[group];
            if (months->size() < span)
                months->resize(span);
        }
        const qint64 now = c.totalIn(m);
        const qint64 before = c.totalIn(m - 1);
        const qint64 then = c.totalIn(m - 12);
        Sums s;
        s.active = now > 0;
        s.newCustomers = now > 0 && m == first;
        s.wonBack = now > 0 && m != first && before == 0;
        s.churned = now == 0 && before > 0;
        s.activeBefore = before > 0;
        if (then > 0) {
            s.base12 = 1;
            s.kept12 = now > 0;
            s.aumThen = then;
            s.aumNow = now;
        }
        if (!s.empty())
            (*months)[std::size_t(m - first)] += s;
    }
}

bool RetentionStore::CubeBuilder::write(const QSqlDatabase& db, const QString& builtAt,
                                        QString* error) const
{
    RawStatement clear(db, "DELETE FROM retention_cube");
    RawStatement clearMonths(db, "DELETE FROM retention_months");
    RawStatement insertMonth(db, "INSERT INTO retention_months (month, branch_code, rm_user_id, "
                                 "segment, active, new_customers, won_back, churned, "
                                 "active_before, base12, kept12, aum_then_fen, aum_now_fen) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!clearMonths.ok() || !insertMonth.ok() || !clearMonths.run()) {
        *error = clearMonths.ok() ? clearMonths.error() : insertMonth.error();
        return false;
    }
    RawStatement insert(db, "INSERT INTO retention_cube (month, cohort, branch_code, rm_user_id, "
                            "segment, active, new_customers, won_back, churned, active_before, "
                            "base12, kept12, aum_then_fen, aum_now_fen) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    RawStatement state(db, "INSERT INTO retention_cube_state (id, built_at, customers) "
                           "VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                           "built_at = excluded.built_at, customers = excluded.customers");
    if (!clear.ok() || !insert.ok() || !state.ok() || !clear.run()) {
        *error = clear.error();
        return false;
    }
    // In the order of the table's primary key (month, cohort, branch, RM, segment): the table
    // is written from end to end, full pages, instead of at random places.
    const auto ranks = [](const std::vector<std::string>& names) {
        std::vector<std::uint32_t> byName(names.size());
        for (std::uint32_t i = 0; i < byName.size(); ++i)
            byName[i] = i;
        std::sort(byName.begin(), byName.end(),
                  [&names](std::uint32_t a, std::uint32_t b) { return names[a] < names[b]; });
        std::vector<std::uint32_t> rank(names.size());
        for (std::uint32_t r = 0; r < byName.size(); ++r)
            rank[byName[r]] = r;
        return rank;
    };
    const std::vector<std::uint32_t> branchRank = ranks(d->branches);
    const std::vector<std::uint32_t> segmentRank = ranks(d->segments);
    struct Row
    {
        const CubeGroup* group;
        const Sums* sums;
        int month;
    };
    std::vector<Row> rows;
    for (const auto& [group, months] : d->groups)
        for (std::size_t i = 0; i < months.size(); ++i)
            if (!months[i].empty())
                rows.push_back({&group, &months[i], group.cohort + int(i)});
    std::sort(rows.begin(), rows.end(), [&](const Row& a, const Row& b) {
        return std::make_tuple(a.month, a.group->cohort, branchRank[a.group->branch], a.group->rm,
                               segmentRank[a.group->segment]) <
               std::make_tuple(b.month, b.group->cohort, branchRank[b.group->branch], b.group->rm,
                               segmentRank[b.group->segment]);
    });
    // The same sums without the cohort, in retention_months' key order.
    std::map<std::tuple<int, std::uint32_t, qint64, std::uint32_t>,
             std::pair<const CubeGroup*, Sums>>
        months;
    qint64 customers = 0;
    for (const Row& row : rows) {
        const CubeGroup& key = *row.group;
        const Sums& s = *row.sums;
        insert.bind(1, qint64(row.month));
        insert.bind(2, qint64(key.cohort));
        insert.bind(3, d->branches[key.branch]);
        insert.bind(4, key.rm);
        insert.bind(5, d->segments[key.segment]);
        const qint64 values[] = {s.active, s.newCustomers, s.wonBack, s.churned, s.activeBefore,
                                 s.base12, s.kept12,       s.aumThen, s.aumNow};
        for (int i = 0; i < 9; ++i)
            insert.bind(6 + i, values[i]);
        if (!insert.run()) {
            *error = insert.error();
            return false;
        }
        if (row.month == key.cohort)
            customers += s.newCustomers;
        auto& month = months[std::make_tuple(row.month, branchRank[key.branch], key.rm,
                                             segmentRank[key.segment])];
        month.first = &key;
        month.second += s;
    }
    for (const auto& [order, month] : months) {
        const Sums& s = month.second;
        insertMonth.bind(1, qint64(std::get<0>(order)));
        insertMonth.bind(2, d->branches[month.first->branch]);
        insertMonth.bind(3, month.first->rm);
        insertMonth.bind(4, d->segments[month.first->segment]);
        const qint64 values[] = {s.active, s.newCustomers, s.wonBack, s.churned, s.activeBefore,
                                 s.base12, s.kept12,       s.aumThen, s.aumNow};
        for (int i = 0; i < 9; ++i)
            insertMonth.bind(5 + i, values[i]);
        if (!insertMonth.run()) {
            *error = insertMonth.error();
            return false;
        }
    }
    const std::string at = builtAt.toStdString();
    state.bind(1, at);
    state.bind(2, customers);
    if (!state.run()) {
        *error = state.error();
        return false;
    }
    return true;
}

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
