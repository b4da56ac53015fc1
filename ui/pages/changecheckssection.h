#pragma once

#include "stores/changecheckstore.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace rmdesk {

class Vault;

// Identity changes waiting for a second person's check (specification 2.2), a section of the
// Approvals page for supervisors (their branch) and compliance officers (every branch): oldest
// first, each with its fields (masked, old → new), the proof it was made with, who made it and
// how long it has waited. Confirm closes the check; Reject… asks why and restores the old values.
// Show values… asks why and shows the selected edit's values in the clear (an "unmask" audit row).
// Object names: changeChecksSection, changeChecksView, changeChecksEmpty, changeChecksCount,
// showChangeValuesButton, confirmChangeButton, rejectChangeButton.
class ChangeChecksSection : public QWidget
{
    Q_OBJECT
public:
    explicit ChangeChecksSection(Vault& vault, QWidget* parent = nullptr);

    void refresh(); // masks again whatever was shown in the clear
    int pendingCount() const { return m_total; }
    int lateCount() const { return m_late; }
    void showValues();      // asks why, then shows the selected edit's values in the clear
    void confirmSelected(); // asks first, naming the customer and the fields
    void rejectSelected();  // asks why

signals:
    void decided(); // a check was confirmed or rejected: counts elsewhere change

private:
    void load(qint64 select); // the rows again; selects the check numbered `select`, if listed
    int selected() const;
    void updateButtons();

    Vault& m_vault;
    QTableWidget* m_table;
    QStackedWidget* m_stack;
    QLabel* m_count;
    QPushButton* m_show;
    QPushButton* m_confirm;
    QPushButton* m_reject;
    QList<ChangeCheck> m_rows;
    QHash<qint64, ChangeCheck> m_revealed; // shown in the clear until the next refresh
    int m_total = 0;
    int m_late = 0;
};

} // namespace rmdesk
