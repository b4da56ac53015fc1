#pragma once

#include "stores/complaintstore.h"

#include "recordtabs.h"

#include <QWidget>

class QButtonGroup;
class QLabel;
class QStackedWidget;
class QTableWidget;

namespace rmdesk {

class ComplaintView;
class Vault;

// The complaints the signed-in person may see, most urgent first: an RM's own, a supervisor's
// whole branch (the supervisor queue), everything for compliance. Filters: open, overdue, due
// soon, all. Each row shows its deadline in the one palette with an icon and text ("3 days
// left", "overdue by 2 days"). A complaint opens in a tab of its own (ComplaintView).
// Object names: complaintsPage, complaintTabs, complaintsTitle, complaintsCount,
// filterOpen, filterOverdue, filterDueSoon, filterAll, newComplaintButton, complaintsView,
// complaintsEmpty.
class ComplaintsPage : public QWidget
{
    Q_OBJECT
public:
    enum Filter { Open, Overdue, DueSoon, All };
    static constexpr int PageSize = 500;

    explicit ComplaintsPage(Vault& vault, QWidget* parent = nullptr);

    void refresh();
    void setFilter(Filter filter);
    Filter filter() const;
    // Opens (or brings forward) a complaint's tab; false when refused (told via Dialogs::warn).
    bool openComplaint(qint64 complaintId);
    void newComplaint();
    ComplaintView* complaintView(qint64 complaintId) const;
    QTabWidget* tabs() const { return m_tabs; }
    QTableWidget* table() const { return m_table; }
    const QList<Complaint>& rows() const { return m_rows; }

signals:
    // The person wants to see the complaint's customer (MainWindow shows the 360 view).
    void customerChosen(qint64 customerId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildList();

    // A store of today (the page lives past midnight).
    ComplaintStore store() const;

    Vault& m_vault;
    RecordTabs* m_tabs = nullptr;
    QButtonGroup* m_filters = nullptr;
    QTableWidget* m_table = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_count = nullptr;
    QList<Complaint> m_rows;
};

} // namespace rmdesk
