#pragma once

#include "domain/retention.h"
#include "security/session.h"
#include "stores/lifecyclestore.h"
#include "stores/storeerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace rmdesk {

// Which customers and months a retention figure covers. Months are month indexes
// (domain/retention.h); 0 means the default: `to` the last complete month, `from` eleven months
// before `to`.
struct RetentionFilter
{
    int from = 0;
    int to = 0;
    QString branch; // a branch code; empty: every branch in the session's scope
    QString rm;     // an RM's user name; empty: every RM in the scope
};

enum class RetentionGroup { Branch, Rm, Segment };

// One customer as the monthly pass over `holding_series` sees it (customers in id order): the
// stored row's codes and the month-end total balance (over its products) of every month from
// `firstMonth` (the customer's earliest month on file) to its latest; `totals` is empty for a
// customer with no holdings. Months outside that range count as 0 (totalIn).
struct CustomerScan
{
    qint64 id = 0;
    std::string stage;
    std::string branch;
    qint64 rmUserId = 0; // 0: no RM
    std::string tier;
    int firstMonth = 0;
    const std::vector<qint64>* totals = nullptr;
    // When the RM changed (customer_changes, field 'rm'): from which month (the month of the
    // change, in local time: the RM in charge at a month's end) which RM, in month order, the
    // first from the earliest month on. Empty: rmUserId all along.
    const std::vector<std::pair<int, qint64>>* rmFrom = nullptr;

    qint64 totalIn(int month) const
    {
        const int i = month - firstMonth;
        return i >= 0 && i < int(totals->size()) ? (*totals)[std::size_t(i)] : 0;
    }
    // The RM in charge at the end of the month.
    qint64 rmIn(int month) const
    {
        if (!rmFrom || rmFrom->empty())
            return rmUserId;
        qint64 rm = rmFrom->front().second;
        for (const auto& [from, who] : *rmFrom) {
            if (from > month)
                break;
            rm = who;
        }
        return rm;
    }
};

// Retention metrics (RetentionMetrics, specification 4.4) of the customers in a session's scope:
// DashboardRead — an RM their own book, a supervisor their branch, compliance every branch.
//
// The data: a customer is active in a month when the total of its month-end balances in
// `holding_series` (schema 13) that month is above zero, and its AUM that month is that total.
// Branch, RM and segment (= tier) are the customer's current ones.
//
// Two ways to the same numbers:
// - customerMonths() loads CustomerMonths per customer (one row per customer and month with
//   holdings) for RetentionMetrics to compute: exact and simple, but about twelve million rows for
//   a million customers over a year — seconds, too slow for a dashboard.
// - the snapshot: `retention_cube` holds, for every month, cohort (first
//   active month), branch, RM and segment, the sums of exactly what RetentionMetrics::month and
//   ::cohorts count per customer (active, new, won back, churned, active the month before, active
//   twelve months before and still active, and the AUM of that base then and now). Adding the
//   rows of a scope gives the same figures as the pure metrics over the same customers (tested on
//   a fixture); a dashboard reads some thousand rows. series() and seriesBy() read the same
//   sums without the cohort (`retention_months`, schema 13), cohorts() the cube itself. Each
//   month of retention_months is counted under the RM in charge at its end (CustomerScan::rmIn,
//   schema 24), with the month-end AUM of the active customers (aum_fen); a cohort of the cube
//   stays with the RM who had its customers in their first month. Both are
//   a snapshot: every `stage run` rebuilds them (one streaming pass over holding_series, in the
//   run's transaction), rebuild() does it on demand, and a query finds them built the first time
//   (builtAt() says when).
// Measured (Release, 2 cores shared with other jobs) on a demo of 1,000,000 customers with 36
// months (2.0 million series, 48 million month-end balances): a stage run that changes nothing
// takes about 14 s (before schema 13 and the ordered, cached cube writes: 3 minutes). On the
// 12-month copy (20.5 million balances) about 6 s.
class RetentionStore
{
    Q_DECLARE_TR_FUNCTIONS(RetentionStore)

public:
    explicit RetentionStore(QSqlDatabase db, QDateTime now = QDateTime::currentDateTime());

    QList<CustomerMonths> customerMonths(const Session& session, const RetentionFilter& filter,
                                         StoreError* error) const;
    QList<RetentionMonth> series(const Session& session, const RetentionFilter& filter,
                                 StoreError* error);
    QList<CohortRow> cohorts(const Session& session, const RetentionFilter& filter,
                             StoreError* error);
    QMap<QString, QList<RetentionMonth>> seriesBy(const Session& session,
                                                  const RetentionFilter& filter,
                                                  RetentionGroup group, StoreError* error);
    // The filter with its default months filled in.
    RetentionFilter resolved(const RetentionFilter& filter) const;
    // When the cube was built (UTC, ISO 8601); empty when never.
    QString builtAt() const;
    // Rebuilds the cube in a transaction of its own (DashboardRead; derived figures only).
    bool rebuild(const Session& session, StoreError* error);

    // Streams every customer with its monthly totals, in id order; `visit` returns false to stop.
    static bool scan(const QSqlDatabase& db, const std::function<bool(const CustomerScan&)>& visit,
                     QString* error);

    // Accumulates the cube from a scan; write() replaces the table's rows (inside the caller's
    // transaction).
    class CubeBuilder
    {
    public:
        CubeBuilder();
        ~CubeBuilder();
        void add(const CustomerScan& customer);
        bool write(const QSqlDatabase& db, const QString& builtAt, QString* error) const;

    private:
        struct Data;
        std::unique_ptr<Data> d;
    };

private:
    bool ensureCube(const Session& session, StoreError* error);
    // The WHERE clause (on retention_cube or retention_months) of the session's scope and the
    // filter.
    QString where(const Session& session, const RetentionFilter& filter, QVariantList* binds,
                  StoreError* error) const;
    QMap<QString, QList<RetentionMonth>> grouped(const Session& session,
                                                 const RetentionFilter& filter,
                                                 const QString& groupColumn, StoreError* error);

    QSqlDatabase m_db;
    QDateTime m_now;
};

} // namespace rmdesk
