#pragma once

#include "stores/taskstore.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace rmdesk {

class Vault;

// Snoozes a task to a later day with a reason (the due date, and so the on-time measure, stays).
// Object names: snoozeDialog, snoozeUntil, snoozeReason, snoozeProblem, okButton.
class SnoozeDialog : public QDialog
{
    Q_OBJECT
public:
    SnoozeDialog(Vault& vault, const Task& task, QWidget* parent = nullptr);
    void accept() override;

private:
    void validate();

    Vault& m_vault;
    Task m_task;
    QDateEdit* m_until;
    QLineEdit* m_reason;
    QLabel* m_problem;
    QPushButton* m_ok;
};

// Hands a task to someone who can work it (TaskStore::candidates).
// Object names: reassignDialog, reassignTo, reassignProblem, okButton.
class ReassignDialog : public QDialog
{
    Q_OBJECT
public:
    ReassignDialog(Vault& vault, const Task& task, QWidget* parent = nullptr);
    void accept() override;

private:
    Vault& m_vault;
    Task m_task;
    QComboBox* m_to;
    QLabel* m_problem;
    QPushButton* m_ok;
};

} // namespace rmdesk
