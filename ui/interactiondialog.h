#pragma once

#include "domain/suitability.h"

#include "stores/interactionstore.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QPushButton;
class QStackedWidget;

namespace rmdesk {

class GlobalSearch;
class Vault;

// Quick entry of an interaction, keyboard first: every field in reading order by Tab, Enter saves
// (Shift+Enter starts a new line in the summary), Esc cancels. Defaults: now, by phone, a new
// matter, resolved; an outcome that is not "resolved" sets the next follow-up by the service
// standard, for the customer's RM. Without a customer it starts with a customer search. Closed
// unsaved (Cancel, the idle lock), the entry is kept as a draft and offered back (FormDraft).
// Object names: interactionDialog, interactionCustomerSearch, interactionCustomer,
// interactionAt, interactionChannel, interactionPurpose, interactionMatter, interactionSummary,
// interactionOutcome, interactionProducts, interactionProductNames, interactionProductProblem,
// interactionFollowUp,
// interactionFollowUpOn, interactionFollowUpTo, interactionProblem, marketingConsentNote,
// suitabilityNote, suitabilityInsisted, suitabilityDeclined, okButton, cancelButton.
class InteractionDialog : public QDialog
{
    Q_OBJECT
public:
    // customerId 0: the person chooses the customer in the dialog; with customerFixed false a
    // given customer may be changed too.
    InteractionDialog(Vault& vault, qint64 customerId, QWidget* parent = nullptr,
                      bool customerFixed = true);
    ~InteractionDialog() override;

    // Continues the matter of this interaction (from a follow-up task).
    void setMatter(qint64 matterId);
    qint64 customerId() const { return m_customer.id; }
    void accept() override;

signals:
    void recorded(qint64 customerId, const InteractionSaved& saved);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void chooseCustomer(qint64 customerId);
    void outcomeChanged();
    void productsChanged();
    void validate();
    void showConsentNote();
    void showSuitabilityNote();
    const ServiceProduct* product(const QString& code) const; // null when there is none

    Vault& m_vault;
    ServiceCustomer m_customer;
    QList<ServiceProduct> m_products;
    bool m_followUpByStandard = false;
    QStackedWidget* m_customerStack;
    GlobalSearch* m_search;
    QLabel* m_customerLabel;
    QDateTimeEdit* m_at;
    QComboBox* m_channel;
    QComboBox* m_purpose;
    QComboBox* m_matter;
    QPlainTextEdit* m_summary;
    QComboBox* m_outcome;
    QLineEdit* m_productCodes;
    QLabel* m_productNames;
    QLabel* m_productProblem;
    QStringList m_unknownProducts;
    QCheckBox* m_followUp;
    QDateEdit* m_followUpOn;
    QLabel* m_followUpTo;
    QLabel* m_problem;
    QLabel* m_consentNote;     // product advice without consent to marketing contact
    QLabel* m_suitabilityNote; // products advised on above the customer's risk level
    QWidget* m_handling;       // how that was handled: one of the two below
    QRadioButton* m_insisted;
    QRadioButton* m_declined;
    SuitabilityVerdict m_verdict = SuitabilityVerdict::Suitable;
    QString m_suitabilityKey; // customer, verdict and products the choice above was made for
    QPushButton* m_ok = nullptr;
};

} // namespace rmdesk
