#pragma once

#include "stores/complaintstore.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace rmdesk {

class Vault;

// Takes a complaint in, keyboard first: from a customer (by number, shown masked) or from someone
// who is not a customer (name and contact); channel, category, severity, amount, the time it was
// received and a summary; a group complaint with its representatives (at most the rule's
// maximum). Problems show under their field as they are typed; Save stays disabled, with the
// reason in its tooltip, until the form is complete. Enter saves (Shift+Enter: a new line in the
// summary).
// Object names: complaintIntakeDialog, intakeIsCustomer, intakeNotCustomer, intakeCustomer,
// intakeCustomerName, intakeComplainantName, intakeContact, intakeChannel, intakeCategory,
// intakeSeverity, intakeAmount, intakeReceived, intakeSummary, intakeGroup, intakeGroupSize,
// intakeRepresentatives, intakeProblem, okButton.
class ComplaintIntakeDialog : public QDialog
{
    Q_OBJECT
public:
    // customerId > 0: a complaint from that customer, preselected.
    explicit ComplaintIntakeDialog(Vault& vault, qint64 customerId = 0, QWidget* parent = nullptr);
    void accept() override;

signals:
    void saved(qint64 complaintId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void validate();
    void lookUpCustomer();

    Vault& m_vault;
    ComplaintStore m_store;
    QRadioButton* m_isCustomer;
    QRadioButton* m_notCustomer;
    QLineEdit* m_customer;
    QLabel* m_customerName;
    QLineEdit* m_name;
    QLineEdit* m_contact;
    QComboBox* m_channel;
    QComboBox* m_category;
    QComboBox* m_severity;
    QDoubleSpinBox* m_amount;
    QDateTimeEdit* m_received;
    QPlainTextEdit* m_summary;
    QCheckBox* m_group;
    QSpinBox* m_groupSize;
    QLineEdit* m_representatives;
    QLabel* m_customerProblem;
    QLabel* m_summaryProblem;
    QLabel* m_groupProblem;
    QLabel* m_problem;
    QPushButton* m_ok;
    bool m_customerFound = false;
};

// One step on a complaint that needs details: extend, pause, resume, new facts, decide, notify,
// respond, dispute, withdraw, merge, reopen, root cause, improvement action. Only the rows the
// step needs are shown; the store's refusal is shown under the form and nothing is changed.
// Object names: complaintStepDialog, stepDate, stepText, stepChoice, stepNoticeGiven,
// stepNoticeDate, stepNoticeChannel, stepOwner, stepProblem, okButton.
class ComplaintStepDialog : public QDialog
{
    Q_OBJECT
public:
    ComplaintStepDialog(Vault& vault, const Complaint& complaint, ComplaintStep step,
                        QWidget* parent = nullptr);
    void accept() override;
    ComplaintStep step() const { return m_step; }

signals:
    void done(qint64 complaintId);

private:
    void validate();
    bool needsNotice() const;

    Vault& m_vault;
    ComplaintStore m_store;
    Complaint m_complaint;
    ComplaintStep m_step;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_text = nullptr;
    QComboBox* m_choice = nullptr;
    QCheckBox* m_noticeGiven = nullptr;
    QDateEdit* m_noticeDate = nullptr;
    QComboBox* m_noticeChannel = nullptr;
    QLineEdit* m_owner = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_ok = nullptr;
    int m_minimumText = 0;
};

} // namespace rmdesk
