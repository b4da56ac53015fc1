#pragma once

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace rmdesk {

class Vault;

// Records a periodic review of a customer's profile (what was checked, the result, the proof).
// Object names: reviewDialog, reviewChecked, reviewResult, reviewOn, reviewProofType,
// reviewProofRef, reviewProblem, okButton.
class ReviewDialog : public QDialog
{
    Q_OBJECT
public:
    ReviewDialog(Vault& vault, qint64 customerId, QWidget* parent = nullptr);
    void accept() override;

private:
    void validate();

    Vault& m_vault;
    qint64 m_customerId;
    QLineEdit* m_checked;
    QComboBox* m_result;
    QDateEdit* m_on;
    QComboBox* m_proofType;
    QLineEdit* m_proofRef;
    QLabel* m_problem;
    QPushButton* m_ok;
};

// Records a consent the customer gave (purpose, date, channel, evidence).
// Object names: consentDialog, consentPurpose, consentOn, consentChannel, consentEvidence,
// consentProblem, okButton.
class ConsentDialog : public QDialog
{
    Q_OBJECT
public:
    ConsentDialog(Vault& vault, qint64 customerId, QWidget* parent = nullptr);
    void accept() override;

private:
    void validate();

    Vault& m_vault;
    qint64 m_customerId;
    QComboBox* m_purpose;
    QDateEdit* m_on;
    QComboBox* m_channel;
    QLineEdit* m_evidence;
    QLabel* m_problem;
    QPushButton* m_ok;
};

} // namespace rmdesk
