#pragma once

#include "stores/agenda.h"

#include <QWidget>

class QGroupBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;
class QVBoxLayout;

namespace rmdesk {

class Vault;

// "My day", the start page of relationship managers and supervisors: their open tasks (overdue,
// due today, the next days), periodic reviews and identity documents coming due in their book,
// their service numbers against the service standards (a supervisor also sees the branch's RMs),
// and the actions on a task: done, snooze, reassign, open the customer, log an interaction
// (Ctrl+I; with a follow-up selected it continues that matter and completes the follow-up).
// Supervisors and compliance officers also see how many identity changes wait for a check, and
// open them on the Approvals page from there.
// Object names: myDayPage, myDayDate, myDayChecksButton, myDayLogButton, myDayTasks,
// myDayTasksEmpty, myDayCustomers, myDayCustomersEmpty, onTimeRate, firstContactRate, teamView,
// complaintSlot, doneButton, snoozeButton, reassignButton, openCustomerButton.
class MyDayPage : public QWidget
{
    Q_OBJECT
public:
    explicit MyDayPage(Vault& vault, QWidget* parent = nullptr);

    void refresh();
    // Puts the panel of complaints near their deadline (ComplaintDeadlines) at the top of the
    // right-hand column, above reviews and documents.
    void setComplaintPanel(QWidget* panel);

    QTreeWidget* tasksView() const { return m_tasks; }
    QTreeWidget* customersView() const { return m_customers; }
    // The agenda item of the current row of either list (null on a section title).
    const AgendaItem* currentItem() const;

    void logInteraction();
    void completeTask();
    void snoozeTask();
    void reassignTask();
    void openCustomer();

signals:
    // The person asked to see this customer's 360 view.
    void customerChosen(qint64 customerId);
    // The person asked to see the identity changes that wait for a check.
    void changeChecksRequested();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildHeader();
    QWidget* buildTasks();
    QWidget* buildCustomers();
    QWidget* buildNumbers();
    void fillTasks();
    void fillCustomers();
    void fillNumbers();
    void fillChecks();
    void updateActions();
    QTreeWidgetItem* addSection(QTreeWidget* tree, const QString& title, int count);
    void addRow(QTreeWidgetItem* section, int index, const QStringList& texts, int stateColumn,
                const QColor& colour);
    const AgendaItem* itemOf(const QTreeWidgetItem* row) const;

    Vault& m_vault;
    QList<AgendaItem> m_items;
    AgendaCounts m_counts;
    QTreeWidget* m_lastFocused = nullptr;
    QLabel* m_date = nullptr;
    QPushButton* m_checks = nullptr;
    QTreeWidget* m_tasks = nullptr;
    QStackedWidget* m_tasksStack = nullptr;
    QTreeWidget* m_customers = nullptr;
    QStackedWidget* m_customersStack = nullptr;
    QWidget* m_complaintSlot = nullptr;
    QVBoxLayout* m_complaintLayout = nullptr;
    QGroupBox* m_numbersBox = nullptr;
    QLabel* m_onTime = nullptr;
    QLabel* m_firstContact = nullptr;
    QTableWidget* m_team = nullptr;
    QPushButton* m_done = nullptr;
    QPushButton* m_snooze = nullptr;
    QPushButton* m_reassign = nullptr;
    QPushButton* m_open = nullptr;
};

} // namespace rmdesk
