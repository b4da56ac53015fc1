#pragma once

#include "security/session.h"
#include "stores/customerstore.h"
#include "stores/storeerror.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QVariant>

#include <memory>
#include <optional>

namespace rmdesk {

// The orders a customer list can be read in; each has an index (schema 6).
enum class CustomerSort { Number, Name, Created, Tier, Aum, NextReview };

// What a customer list shows: filters on top of the session's scope, and the order.
struct CustomerListQuery
{
    QString branch;    // branch code
    QString rmName;    // the RM's user name
    QString tier;      // mass, affluent, private
    QString stage;     // lifecycle stage
    QString riskLevel; // C1–C5
    QString status;    // active, ended
    bool reviewOverdue = false;
    int expiringWithinDays = -1; // >= 0: identity documents expiring within so many days
    CustomerSort sort = CustomerSort::Number;
    bool descending = false;

    bool operator==(const CustomerListQuery&) const = default;
};

// Where a row stands in the order: its sort value and its customer number (the tie-breaker).
struct CustomerKey
{
    QVariant value;
    qint64 id = 0;
};

// Reads one customer list in pages, for a list of any length (ARCHITECTURE decision 4). prepare()
// counts the rows exactly; pages are then read by keyset (right after or before a known row), or
// by position from the nearer end when the list is entered in the middle. Every page is masked
// and limited to the session's scope as CustomerStore::list is. Not thread-safe: one per thread.
class CustomerListing
{
    Q_DECLARE_TR_FUNCTIONS(CustomerListing)

public:
    CustomerListing(QSqlDatabase db, const Session& session,
                    const QDate& today = QDate::currentDate());
    ~CustomerListing();

    // Checks the scope, resolves the RM, counts. With IfFiltersChanged, a new order of the rows
    // counted by the last prepare() is not counted again; with Later, a list whose plan does not
    // depend on its length is counted only by countNow(), so its first page can be read first.
    // False with *error when refused or failed.
    enum class Count { Always, IfFiltersChanged, Later };
    bool prepare(const CustomerListQuery& query, StoreError* error, Count count = Count::Always);
    bool isCounted() const { return m_counted; }
    bool countNow(StoreError* error);
    int total() const { return m_total; } // -1 until counted

    // Up to `limit` rows right after `key` (from the start when null), in list order.
    QList<CustomerView> after(const CustomerKey* key, int limit, StoreError* error);
    // Up to `limit` rows right before `key` (up to the end when null), in list order.
    QList<CustomerView> before(const CustomerKey* key, int limit, StoreError* error);
    // Up to `limit` rows from position `offset` (0-based), read from whichever end is nearer.
    QList<CustomerView> at(int offset, int limit, StoreError* error);

    // Choices for the filters, within the session's scope: (code, name) of branches, and the
    // user names of relationship managers (of one branch when given).
    QList<std::pair<QString, QString>> branchChoices();
    QStringList rmChoices(const QString& branch);

    static CustomerKey keyOf(const CustomerView& row) { return {row.sortValue, row.id}; }
    // The SQL expression a sort orders by (it matches the index's expression).
    static QString sortExpression(CustomerSort sort);
    // The statement a page is read with, for the benchmark's query plans.
    QString pageSql(bool backwards, bool keyed) const;

private:
    QList<CustomerView> read(const CustomerKey* key, bool backwards, int offset, int limit,
                             StoreError* error);
    std::optional<CustomerKey> keyAt(bool backwards, int offset, StoreError* error);
    bool count(const QString& where, const QVariantList& binds, int* result, StoreError* error);

    QSqlDatabase m_db;
    Session m_session;
    QDate m_today;
    std::unique_ptr<CustomerStore> m_store;
    CustomerListQuery m_query;
    QString m_where; // for pages: extra filters made unindexable when the sort index is better
    QVariantList m_binds;
    QString m_countSql;
    QVariantList m_countBinds;
    int m_total = 0;
    int m_inScope = 0;
    bool m_counted = false;
};

} // namespace rmdesk
