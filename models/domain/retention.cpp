#include "retention.h"

#include <algorithm>

namespace rmdesk {

int monthIndex(int year, int month)
{
    return year * 12 + month - 1;
}

int monthIndex(const QDate& date)
{
    return monthIndex(date.year(), date.month());
}

QDate monthStart(int index)
{
    return QDate(index / 12, index % 12 + 1, 1);
}

QString monthName(int index)
{
    return monthStart(index).toString(QStringLiteral("yyyy-MM"));
}

bool CustomerMonths::activeIn(int month) const
{
    return std::binary_search(active.cbegin(), active.cend(), month);
}

std::optional<int> CustomerMonths::firstActive() const
{
    if (active.isEmpty())
        return std::nullopt;
    return active.first();
}

RetentionMonth RetentionMetrics::month(const QList<CustomerMonths>& customers, int m)
{
    RetentionMonth r;
    r.month = m;
    int activeBefore = 0;
    int base12 = 0;
    int kept12 = 0;
    qint64 aumThen = 0;
    qint64 aumNow = 0;
    for (const CustomerMonths& c : customers) {
        const bool now = c.activeIn(m);
        const bool before = c.activeIn(m - 1);
        activeBefore += before ? 1 : 0;
        if (now) {
            ++r.active;
            if (c.firstActive() == m)
                ++r.newCustomers;
            else if (!before)
                ++r.wonBack; // first active earlier than m - 1, since not in m - 1
        } else if (before) {
            ++r.churned;
        }
        if (c.activeIn(m - 12)) {
            ++base12;
            kept12 += now ? 1 : 0;
            aumThen += c.aumIn(m - 12);
            aumNow += c.aumIn(m);
        }
    }
    r.netNew = r.newCustomers + r.wonBack - r.churned;
    if (activeBefore > 0)
        r.churnRate = double(r.churned) / double(activeBefore);
    if (base12 > 0)
        r.retention12 = double(kept12) / double(base12);
    if (aumThen > 0)
        r.aumRetention12 = double(aumNow) / double(aumThen);
    return r;
}

QList<RetentionMonth> RetentionMetrics::series(const QList<CustomerMonths>& customers, int from,
                                               int to)
{
    QList<RetentionMonth> out;
    for (int m = from; m <= to; ++m)
        out.append(month(customers, m));
    return out;
}

QList<CohortRow> RetentionMetrics::cohorts(const QList<CustomerMonths>& customers, int from, int to)
{
    QMap<int, QList<const CustomerMonths*>> members;
    for (const CustomerMonths& c : customers) {
        const auto first = c.firstActive();
        if (first && *first >= from && *first <= to)
            members[*first].append(&c);
    }
    QList<CohortRow> rows;
    for (auto it = members.cbegin(); it != members.cend(); ++it) {
        CohortRow row;
        row.cohort = it.key();
        row.size = int(it->size());
        for (int m = row.cohort; m <= to; ++m) {
            int kept = 0;
            for (const CustomerMonths* c : *it)
                kept += c->activeIn(m) ? 1 : 0;
            row.retained.append(double(kept) / double(row.size));
        }
        rows.append(row);
    }
    return rows;
}

QMap<QString, QList<RetentionMonth>>
RetentionMetrics::seriesBy(const QList<CustomerMonths>& customers, const GroupOf& group, int from,
                           int to)
{
    QMap<QString, QList<CustomerMonths>> groups;
    for (const CustomerMonths& c : customers)
        groups[group(c)].append(c);
    QMap<QString, QList<RetentionMonth>> out;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it)
        out.insert(it.key(), series(*it, from, to));
    return out;
}

} // namespace rmdesk
