// RetentionStore::CubeBuilder: retention_cube and retention_months from one pass over the book.
#include "retentionstore.h"

#include "stores/lifecyclestore.h"
#include "stores/retentionsums.h"

#include <algorithm>
#include <tuple>
#include <unordered_map>

namespace rmdesk {

using retention::Sums;

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
    // Per group, the sums of the months from its cohort on (index 0: the cohort's month). A
    // cohort's customers stay with the RM who had them in that month.
    std::unordered_map<CubeGroup, std::vector<Sums>, CubeGroupHash> groups;
    // retention_months: per branch, segment and RM (cohort 0) the months, each customer's
    // month under the RM in charge at its end.
    std::unordered_map<CubeGroup, retention::MonthRun<Sums>, CubeGroupHash> months;
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
    group.rm = c.rmIn(first);
    std::vector<Sums>& cohort = d->groups[group];
    const std::size_t span = std::size_t(last + 12 - first + 1);
    if (cohort.size() < span)
        cohort.resize(span);
    CubeGroup monthly = group;
    monthly.cohort = 0;
    retention::MonthRun<Sums>* run = nullptr;
    for (int m = first; m <= last + 12; ++m) {
        const qint64 now = c.totalIn(m);
        const qint64 before = c.totalIn(m - 1);
        const qint64 then = c.totalIn(m - 12);
        Sums s;
        s.active = now > 0;
        s.newCustomers = now > 0 && m == first;
        s.wonBack = now > 0 && m != first && before == 0;
        s.churned = now == 0 && before > 0;
        s.activeBefore = before > 0;
        s.aum = now;
        if (then > 0) {
            s.base12 = 1;
            s.kept12 = now > 0;
            s.aumThen = then;
            s.aumNow = now;
        }
        if (s.empty())
            continue;
        cohort[std::size_t(m - first)] += s;
        if (!run || c.rmIn(m) != monthly.rm) {
            monthly.rm = c.rmIn(m);
            run = &d->months[monthly];
        }
        run->at(m, last + 12) += s;
    }
}

bool RetentionStore::CubeBuilder::write(const QSqlDatabase& db, const QString& builtAt,
                                        QString* error) const
{
    RawStatement clear(db, "DELETE FROM retention_cube");
    RawStatement clearMonths(db, "DELETE FROM retention_months");
    RawStatement insertMonth(db, "INSERT INTO retention_months (month, branch_code, rm_user_id, "
                                 "segment, active, new_customers, won_back, churned, "
                                 "active_before, base12, kept12, aum_then_fen, aum_now_fen, "
                                 "aum_fen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
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
    }
    // The months by the RM in charge at their end, in retention_months' key order.
    rows.clear();
    for (const auto& [group, run] : d->months)
        for (std::size_t i = 0; i < run.values.size(); ++i)
            if (!run.values[i].empty())
                rows.push_back({&group, &run.values[i], run.first + int(i)});
    std::sort(rows.begin(), rows.end(), [&](const Row& a, const Row& b) {
        return std::make_tuple(a.month, branchRank[a.group->branch], a.group->rm,
                               segmentRank[a.group->segment]) <
               std::make_tuple(b.month, branchRank[b.group->branch], b.group->rm,
                               segmentRank[b.group->segment]);
    });
    for (const Row& row : rows) {
        const Sums& s = *row.sums;
        insertMonth.bind(1, qint64(row.month));
        insertMonth.bind(2, d->branches[row.group->branch]);
        insertMonth.bind(3, row.group->rm);
        insertMonth.bind(4, d->segments[row.group->segment]);
        const qint64 values[] = {s.active, s.newCustomers, s.wonBack, s.churned, s.activeBefore,
                                 s.base12, s.kept12,       s.aumThen, s.aumNow,  s.aum};
        for (int i = 0; i < 10; ++i)
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

} // namespace rmdesk
