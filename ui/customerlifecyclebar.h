#pragma once

#include "stores/customerstore.h"

#include <QDialog>
#include <QWidget>

class QDateEdit;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;

namespace rmdesk {

class Vault;

// The band under a 360 view's header about the customer's place in the records' lifecycle: a
// banner when the customer looks like a duplicate of another (with "Compare and merge…") or a
// merge is waiting, the relationship's status (ended on …), an AML hold for those who act on it,
// and the actions Change stage… (StageDialog: the lifecycle stage by hand and its history, for
// those who may update the customer), End relationship…, Reopen… (supervisors) and AML hold…
// (compliance).
// Object names: duplicateBanner, duplicateText, compareButton, relationshipStatus, amlHoldState,
// changeStageButton, endRelationshipButton, reopenButton, amlHoldButton.
class CustomerLifecycleBar : public QWidget
{
    Q_OBJECT
public:
    CustomerLifecycleBar(Vault& vault, QWidget* parent = nullptr);

    // Reads the customer's state, likely duplicates and pending merges (no view is recorded).
    void setCustomer(const CustomerView& view);
    QList<qint64> duplicates() const { return m_duplicates; }

    void compare();         // opens the merge view with the first likely duplicate
    void changeStage();     // opens StageDialog
    void endRelationship(); // opens EndRelationshipDialog
    void reopen();          // asks for a reason (Dialogs::askText)
    void toggleAmlHold();   // asks for a reason (Dialogs::askText)

signals:
    // The customer's record changed here: the view should read it again.
    void changed();

private:
    Vault& m_vault;
    CustomerView m_view;
    QList<qint64> m_duplicates;
    qint64 m_pendingRequest = 0;
    bool m_ended = false;
    bool m_held = false;
    QFrame* m_banner;
    QLabel* m_bannerText;
    QPushButton* m_compare;
    QLabel* m_status;
    QLabel* m_hold;
    QPushButton* m_stage;
    QPushButton* m_end;
    QPushButton* m_reopen;
    QPushButton* m_holdButton;
};

// Records the end of a relationship: the date (not in the future) and why.
// Object names: endRelationshipDialog, endedOn, endReason, endProblem, okButton.
class EndRelationshipDialog : public QDialog
{
    Q_OBJECT
public:
    EndRelationshipDialog(Vault& vault, qint64 customerId, QWidget* parent = nullptr);
    void accept() override;

private:
    void validate();

    Vault& m_vault;
    qint64 m_customerId;
    QDateEdit* m_on;
    QLineEdit* m_reason;
    QLabel* m_problem;
    QPushButton* m_ok;
};

} // namespace rmdesk
