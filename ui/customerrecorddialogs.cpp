#include "customerrecorddialogs.h"

#include "customerlistmodel.h"
#include "passwordpair.h"
#include "security/vault.h"
#include "stores/customerstore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rmdesk {

namespace {

QDateEdit* makeDateEdit(const QString& objectName)
{
    auto* edit = new QDateEdit(QDate::currentDate());
    edit->setObjectName(objectName);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setCalendarPopup(true);
    edit->setMaximumDate(QDate::currentDate());
    return edit;
}

QComboBox* makeEditableCombo(const QString& objectName, const QStringList& items)
{
    auto* combo = new QComboBox;
    combo->setObjectName(objectName);
    combo->setEditable(true);
    combo->addItems(items);
    combo->setCurrentIndex(-1);
    combo->setInsertPolicy(QComboBox::NoInsert);
    return combo;
}

QPushButton* finishDialog(QDialog* dialog, QVBoxLayout* layout, QFormLayout* form, QLabel* problem)
{
    layout->addLayout(form);
    layout->addWidget(problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("okButton"));
    ok->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addStretch(1);
    layout->addWidget(buttons);
    dialog->resize(dialog->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 40,
                   dialog->sizeHint().height());
    return ok;
}

} // namespace

ReviewDialog::ReviewDialog(Vault& vault, qint64 customerId, QWidget* parent)
    : QDialog(parent)
    , m_vault(vault)
    , m_customerId(customerId)
    , m_checked(new QLineEdit)
    , m_result(new QComboBox)
    , m_on(makeDateEdit(QStringLiteral("reviewOn")))
    , m_proofType(makeEditableCombo(QStringLiteral("reviewProofType"),
                                    {tr("Identity document seen"), tr("Phone call"),
                                     tr("Signed review form"), tr("Branch visit")}))
    , m_proofRef(new QLineEdit)
    , m_problem(makeProblemLabel(QStringLiteral("reviewProblem")))
{
    setObjectName(QStringLiteral("reviewDialog"));
    setWindowTitle(tr("Record review"));
    m_checked->setObjectName(QStringLiteral("reviewChecked"));
    m_checked->setPlaceholderText(tr("e.g. ID document, mobile, address, occupation"));
    m_result->setObjectName(QStringLiteral("reviewResult"));
    for (const char* r : {"confirmed", "updated", "unreachable"})
        m_result->addItem(
            CustomerListModel::valueLabel(QStringLiteral("result"), QString::fromLatin1(r)),
            QString::fromLatin1(r));
    m_proofRef->setObjectName(QStringLiteral("reviewProofRef"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The next review is scheduled from the review date by the "
                                "customer's AML risk rating."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    form->addRow(tr("What was &checked: *"), m_checked);
    form->addRow(tr("&Result:"), m_result);
    form->addRow(tr("Reviewed &on:"), m_on);
    form->addRow(tr("Proof &type:"), m_proofType);
    form->addRow(tr("Proof r&eference:"), m_proofRef);
    m_ok = finishDialog(this, layout, form, m_problem);
    connect(m_checked, &QLineEdit::textChanged, this, &ReviewDialog::validate);
    validate();
}

void ReviewDialog::validate()
{
    const bool ok = !m_checked->text().trimmed().isEmpty();
    m_ok->setEnabled(ok);
    m_ok->setToolTip(ok ? QString() : tr("Say what was checked in the review."));
}

void ReviewDialog::accept()
{
    CustomerReview review;
    review.reviewedOn = m_on->date().toString(Qt::ISODate);
    review.checked = m_checked->text();
    review.result = m_result->currentData().toString();
    review.proofType = m_proofType->currentText();
    review.proofRef = m_proofRef->text();
    StoreError error;
    if (!CustomerStore(m_vault.database().connection())
             .recordReview(m_vault.session(), m_customerId, review, &error)) {
        showProblem(m_problem, error.message);
        return;
    }
    QDialog::accept();
}

ConsentDialog::ConsentDialog(Vault& vault, qint64 customerId, QWidget* parent)
    : QDialog(parent)
    , m_vault(vault)
    , m_customerId(customerId)
    , m_purpose(new QComboBox)
    , m_on(makeDateEdit(QStringLiteral("consentOn")))
    , m_channel(makeEditableCombo(QStringLiteral("consentChannel"),
                                  {tr("Branch counter"), tr("Mobile banking"),
                                   tr("Recorded phone call"), tr("Online banking")}))
    , m_evidence(new QLineEdit)
    , m_problem(makeProblemLabel(QStringLiteral("consentProblem")))
{
    setObjectName(QStringLiteral("consentDialog"));
    setWindowTitle(tr("Record consent"));
    m_purpose->setObjectName(QStringLiteral("consentPurpose"));
    for (const char* p :
         {"marketing_contact", "data_sharing", "cross_border_transfer", "profiling"})
        m_purpose->addItem(
            CustomerListModel::valueLabel(QStringLiteral("purpose"), QString::fromLatin1(p)),
            QString::fromLatin1(p));
    m_evidence->setObjectName(QStringLiteral("consentEvidence"));
    m_evidence->setPlaceholderText(tr("Signed form number, recording ID, …"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->addRow(tr("&Purpose:"), m_purpose);
    form->addRow(tr("&Given on:"), m_on);
    form->addRow(tr("&Channel: *"), m_channel);
    form->addRow(tr("&Evidence: *"), m_evidence);
    m_ok = finishDialog(this, layout, form, m_problem);
    connect(m_channel, &QComboBox::currentTextChanged, this, &ConsentDialog::validate);
    connect(m_evidence, &QLineEdit::textChanged, this, &ConsentDialog::validate);
    validate();
}

void ConsentDialog::validate()
{
    QString reason;
    if (m_channel->currentText().trimmed().isEmpty())
        reason = tr("Say through which channel the consent was given.");
    else if (m_evidence->text().trimmed().isEmpty())
        reason = tr("Give a reference to the evidence (signed form, recording).");
    m_ok->setEnabled(reason.isEmpty());
    m_ok->setToolTip(reason);
}

void ConsentDialog::accept()
{
    Consent consent;
    consent.purpose = m_purpose->currentData().toString();
    consent.grantedOn = m_on->date().toString(Qt::ISODate);
    consent.channel = m_channel->currentText();
    consent.evidenceRef = m_evidence->text();
    StoreError error;
    if (!CustomerStore(m_vault.database().connection())
             .grantConsent(m_vault.session(), m_customerId, consent, &error)) {
        showProblem(m_problem, error.message);
        return;
    }
    QDialog::accept();
}

} // namespace rmdesk
