#pragma once

#include "security/session.h"
#include "stores/customerlisting.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QSet>

#include <memory>
#include <optional>

namespace rmdesk {

class CustomerListLoader;
class Database;

// The customers a session may see, masked, as one list of exact length however long it is
// (ARCHITECTURE decision 4). Rows are read a page at a time on a loader thread, on demand, into a
// bounded cache; a row not read yet shows as loading and is filled in when its page arrives, so
// scrolling anywhere (a scrollbar dragged to the end too) never waits for the database. Sorting by
// a sortable column and the filters are done in SQL against indexes.
class CustomerListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        NameColumn,
        MobileColumn,
        IdNumberColumn,
        BranchColumn,
        RmColumn,
        RiskLevelColumn,
        TierColumn,
        AumColumn,
        LifecycleColumn,
        NextReviewColumn,
        CreatedColumn,
        ColumnCount
    };
    // How the next periodic review stands, for colours and icons in views.
    enum ReviewState { ReviewNormal, ReviewDueSoon, ReviewOverdue };
    enum Roles { CustomerIdRole = Qt::UserRole + 1, ReviewStateRole, LoadedRole };
    static constexpr int DueSoonDays = 30;
    static constexpr int DefaultPageSize = 100;
    static constexpr int DefaultCachePages = 30;

    explicit CustomerListModel(QObject* parent = nullptr);
    ~CustomerListModel() override;

    // Where to read and as whom; nothing is read until refresh().
    void setSource(Database& database, const Session& session,
                   const QDate& today = QDate::currentDate());
    void setQuery(const CustomerListQuery& query) { m_query = query; }
    CustomerListQuery query() const { return m_query; }
    void setPageSize(int rows) { m_pageSize = rows > 0 ? rows : DefaultPageSize; }
    int pageSize() const { return m_pageSize; }
    // At most this many pages are kept; the least recently shown go first.
    void setCachePages(int pages) { m_cachePages = pages > 1 ? pages : 2; }
    int cachedPages() const { return int(m_cache.size()); }

    // Starts reading the list again (counting it, then its first page). False at once when the
    // session may not read customers; other failures arrive through failed().
    bool refresh() { return reload(true); }
    bool isCounting() const { return m_counting; }
    bool isRowLoaded(int row) const;
    // How many customers match (exact, once counted).
    int total() const { return m_total; }
    StoreError lastError() const { return m_error; }
    qint64 customerId(int row) const;

    // The order a column sorts by, or nullopt when it cannot be sorted.
    static std::optional<CustomerSort> sortFor(int column);
    static int columnFor(CustomerSort sort);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    ReviewState reviewState(const QString& nextReviewDue) const
    {
        return reviewStateOn(nextReviewDue, m_today);
    }
    static ReviewState reviewStateOn(const QString& nextReviewDue, const QDate& today);
    // A stored code shown to people: lifecycle stages, tiers, AML ratings, genders, ID types,
    // consent purposes, review results (translated); other values as they are.
    static QString valueLabel(const QString& field, const QString& value);
    // Fen as yuan with thousands separators, e.g. 1,234,567.89.
    static QString yuan(qint64 fen);

signals:
    void counted(int total);   // the list's length is known
    void pageLoaded(int page); // rows arrived
    void failed(const StoreError& error);

private:
    struct Page
    {
        QList<CustomerView> rows;
        quint64 used = 0;
    };
    bool reload(bool recount);
    const CustomerView* row(int row) const;
    void want(int page) const;
    void onCounted(int generation, int total, const StoreError& error);
    void onPage(int generation, int page, const QList<CustomerView>& rows, const StoreError& error);
    void evict();

    Database* m_database = nullptr;
    Session m_session;
    QDate m_today;
    CustomerListQuery m_query;
    int m_pageSize = DefaultPageSize;
    int m_cachePages = DefaultCachePages;
    std::unique_ptr<CustomerListLoader> m_loader;
    int m_generation = 0;
    int m_total = 0;
    bool m_counting = false;
    StoreError m_error;
    mutable QHash<int, Page> m_cache;
    mutable QSet<int> m_pending;
    mutable quint64 m_clock = 0;
};

} // namespace rmdesk
