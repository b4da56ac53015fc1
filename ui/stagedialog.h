#pragma once

#include "stores/lifecyclestore.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace rmdesk {

class Vault;

// A customer's lifecycle stage: sets it by hand with a reason (an RM for their own book, a
// supervisor for their branch; the monthly run keeps it for the override period) and lists every
// transition, newest first (read-only). Keyboard first: the stage combo has the focus, Tab goes
// to the reason, Enter sets the stage, Esc closes. Problems show under the form, not in a box.
// Without the right to change the customer the dialog only shows the history.
// Object names: stageDialog, stageCurrent, stageCombo, stageReason, stageProblem, stageHistory,
// okButton, cancelButton.
class StageDialog : public QDialog
{
    Q_OBJECT
public:
    StageDialog(Vault& vault, qint64 customerId, QWidget* parent = nullptr);

    // Reads the stage, the override in force and the history; false (with *error) when the
    // customer cannot be read.
    bool load(StoreError* error);
    bool editable() const { return m_editable; }
    void accept() override;

signals:
    void stageSet(qint64 customerId, const StageTransition& transition);

private:
    void validate();

    Vault& m_vault;
    qint64 m_customerId;
    bool m_editable = false;
    QLabel* m_current;
    QComboBox* m_stage;
    QLineEdit* m_reason;
    QLabel* m_problem;
    QTreeWidget* m_history;
    QPushButton* m_ok = nullptr;
};

} // namespace rmdesk
