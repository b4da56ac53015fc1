#pragma once

#include "recordtabs.h"
#include "stores/customerlisting.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTableView;

namespace rmdesk {

class Customer360;
class CustomerFilterBar;
class CustomerListModel;
class Vault;

// The customers the signed-in person may see (masked), a page at a time, and a tab per opened
// customer (the 360 view). The first tab is the list and cannot be closed.
class CustomersPage : public QWidget
{
    Q_OBJECT
public:
    explicit CustomersPage(Vault& vault, QWidget* parent = nullptr);

    // Reads the list again with the current filters and order (after a change elsewhere).
    void refresh();
    // Opens (or brings forward) the customer's 360 view; false when the store refuses (the reason
    // is shown through Dialogs::warn).
    bool openCustomer(qint64 customerId);
    void addCustomer();
    // The import wizard (CSV) and the export dialog for the list as filtered (CSV or XLSX).
    void importCustomers();
    void importHoldings(); // month-end balances
    void exportCustomers();
    // Shows the list tab with the filters of `query` (a chart of a dashboard leads here).
    void showQuery(const CustomerListQuery& query);
    Customer360* customerView(qint64 customerId) const;
    CustomerListModel* model() const { return m_model; }
    QTabWidget* tabs() const { return m_tabs; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildList();
    void saveColumns();
    void sortBy(int column, Qt::SortOrder order);
    void showState();
    void fitColumns();

    Vault& m_vault;
    CustomerListModel* m_model;
    RecordTabs* m_tabs = nullptr;
    CustomerFilterBar* m_filters = nullptr;
    QTableView* m_view = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_count = nullptr;
    bool m_columnsRestored = false;
};

} // namespace rmdesk
