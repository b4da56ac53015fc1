#pragma once

#include "security/session.h"
#include "stores/customerstore.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QSqlDatabase>

namespace rmdesk {

// The customers a session may see, masked as CustomerStore::list returns them, read a page at a
// time (keyset paging on the id): canFetchMore()/fetchMore() load the next page.
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
        LifecycleColumn,
        NextReviewColumn,
        ColumnCount
    };
    // How the next periodic review stands, for colours and icons in views.
    enum ReviewState { ReviewNormal, ReviewDueSoon, ReviewOverdue };
    enum Roles { CustomerIdRole = Qt::UserRole + 1, ReviewStateRole };
    static constexpr int DueSoonDays = 30;

    explicit CustomerListModel(QObject* parent = nullptr);

    // Where to read and as whom; nothing is read until refresh().
    void setSource(const QSqlDatabase& db, const Session& session,
                   const QDate& today = QDate::currentDate());
    void setFilter(const CustomerFilter& filter);
    CustomerFilter filter() const { return m_filter; }
    void setPageSize(int rows) { m_filter.limit = rows > 0 ? rows : 100; }
    // Reads the first page again; false (with *error) when refused or failed.
    bool refresh(StoreError* error = nullptr);
    // How many customers match the filter (not only the rows loaded so far).
    int total() const { return m_total; }
    StoreError lastError() const { return m_error; }
    qint64 customerId(int row) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent = QModelIndex()) const override;
    void fetchMore(const QModelIndex& parent = QModelIndex()) override;

    ReviewState reviewState(const QString& nextReviewDue) const
    {
        return reviewStateOn(nextReviewDue, m_today);
    }
    static ReviewState reviewStateOn(const QString& nextReviewDue, const QDate& today);
    // A stored code shown to people: lifecycle stages, tiers, AML ratings, genders, ID types,
    // consent purposes, review results (translated); other values as they are.
    static QString valueLabel(const QString& field, const QString& value);

private:
    QList<CustomerView> load(qint64 afterId);

    QSqlDatabase m_db;
    Session m_session;
    QDate m_today;
    CustomerFilter m_filter;
    QList<CustomerView> m_rows;
    int m_total = 0;
    StoreError m_error;
};

} // namespace rmdesk
