#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

#include <functional>
#include <optional>

namespace rmdesk {

// Months as whole numbers (year * 12 + month - 1), so "the month before" is m - 1.
int monthIndex(const QDate& date);
int monthIndex(int year, int month);
QDate monthStart(int index);
QString monthName(int index); // "2026-11"

// One customer's history as the retention metrics see it: in which months the relationship was
// active, and assets under management at each month end. "Active" is the caller's definition
// (e.g. relationship open and holdings above zero, or a transaction that month); the metrics only
// count months.
struct CustomerMonths
{
    qint64 customerId = 0;
    QString branch;
    QString rm;
    QString segment;
    QList<int> active;         // month indexes, ascending, no duplicates
    QHash<int, qint64> aumFen; // month index → AUM at month end; absent means 0
    bool activeIn(int month) const;
    qint64 aumIn(int month) const { return aumFen.value(month, 0); }
    std::optional<int> firstActive() const;
};

// The retention figures of one month, over a set of customers (ARCHITECTURE decision 7: pure and
// tested here; dashboards only draw them). Definitions, for month m:
// - active: customers active in m;
// - new: customers whose first active month is m;
// - won back: active in m, not in m - 1, but in some month before m - 1;
// - churned: active in m - 1 and not in m;
// - net new = new + won back - churned (= active(m) - active(m - 1));
// - churn rate = churned / active(m - 1); none when nobody was active in m - 1;
// - 12-month retention = customers active in both m - 12 and m / customers active in m - 12;
// - AUM retention = AUM in m / AUM in m - 12, both over the customers active in m - 12 (the
//   net retention of their assets; above 100% when they grew). None when the base is empty.
struct RetentionMonth
{
    int month = 0;
    int active = 0;
    int newCustomers = 0;
    int wonBack = 0;
    int churned = 0;
    int netNew = 0;
    std::optional<double> churnRate;
    std::optional<double> retention12;
    std::optional<double> aumRetention12;
};

// Cohorts by first active month: for each cohort, its size and the share of it active k months
// later (k = 0 … up to the last month given). A cohort with nobody in it has no row.
struct CohortRow
{
    int cohort = 0; // month index
    int size = 0;
    QList<double> retained; // retained[k]: share active in cohort + k, 0 … 1
};

class RetentionMetrics
{
public:
    static RetentionMonth month(const QList<CustomerMonths>& customers, int month);
    static QList<RetentionMonth> series(const QList<CustomerMonths>& customers, int from, int to);
    static QList<CohortRow> cohorts(const QList<CustomerMonths>& customers, int from, int to);

    // The same per group (branch, RM or segment): group name → series.
    using GroupOf = std::function<QString(const CustomerMonths&)>;
    static QMap<QString, QList<RetentionMonth>> seriesBy(const QList<CustomerMonths>& customers,
                                                         const GroupOf& group, int from, int to);
    static QString byBranch(const CustomerMonths& c) { return c.branch; }
    static QString byRm(const CustomerMonths& c) { return c.rm; }
    static QString bySegment(const CustomerMonths& c) { return c.segment; }
};

} // namespace rmdesk
