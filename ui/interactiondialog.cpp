#include "interactiondialog.h"

#include "customerui.h"
#include "domain/servicecodes.h"
#include "domain/suitability.h"
#include "formdraft.h"
#include "globalsearch.h"
#include "passwordpair.h"
#include "security/vault.h"
#include "stores/taskstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QToolButton>
#include <QVBoxLayout>

namespace rmdesk {

namespace {

constexpr int FutureToleranceSeconds = 300;
constexpr int PurposeRole = Qt::UserRole + 1; // a matter's purpose, in the matter list

// Completes the last of several comma-separated product codes, matching codes and names.
class ProductCompleter : public QCompleter
{
public:
    using QCompleter::QCompleter;

    QStringList splitPath(const QString& path) const override
    {
        return {path.section(QLatin1Char(','), -1).trimmed()};
    }
    QString pathFromIndex(const QModelIndex& index) const override
    {
        const QString text = static_cast<QLineEdit*>(widget())->text();
        const int comma = int(text.lastIndexOf(QLatin1Char(',')));
        const QString head = comma >= 0 ? text.left(comma + 1) + QLatin1Char(' ') : QString();
        return head + index.data(Qt::UserRole).toString() + QStringLiteral(", ");
    }
};

QComboBox* codeCombo(const QString& objectName, const QString& what, const QStringList& codes)
{
    auto* combo = new QComboBox;
    combo->setObjectName(objectName);
    for (const QString& code : codes)
        combo->addItem(ServiceCodes::label(what, code), code);
    return combo;
}

QStringList codesIn(const QString& text)
{
    QStringList codes;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty() && !codes.contains(part.trimmed()))
            codes << part.trimmed();
    return codes;
}

} // namespace

InteractionDialog::InteractionDialog(Vault& vault, qint64 customerId, QWidget* parent,
                                     bool customerFixed)
    : QDialog(parent)
    , m_vault(vault)
    , m_customerStack(new QStackedWidget)
    , m_search(new GlobalSearch(vault))
    , m_customerLabel(new QLabel)
    , m_at(new QDateTimeEdit(QDateTime::currentDateTime()))
    , m_channel(codeCombo(QStringLiteral("interactionChannel"), QStringLiteral("channel"),
                          ServiceCodes::channels()))
    , m_purpose(codeCombo(QStringLiteral("interactionPurpose"), QStringLiteral("purpose"),
                          ServiceCodes::purposes()))
    , m_matter(new QComboBox)
    , m_summary(new QPlainTextEdit)
    , m_outcome(codeCombo(QStringLiteral("interactionOutcome"), QStringLiteral("outcome"),
                          ServiceCodes::outcomes()))
    , m_productCodes(new QLineEdit)
    , m_productNames(new QLabel)
    , m_productProblem(makeProblemLabel(QStringLiteral("interactionProductProblem")))
    , m_followUp(new QCheckBox(tr("&Follow up on")))
    , m_followUpOn(new QDateEdit(QDate::currentDate()))
    , m_followUpTo(new QLabel)
    , m_problem(makeProblemLabel(QStringLiteral("interactionProblem")))
    , m_consentNote(new QLabel)
    , m_suitabilityNote(new QLabel)
    , m_handling(new QWidget)
    , m_insisted(new QRadioButton(
          tr("The customer insisted after a special risk warning, which they confirmed")))
    , m_declined(
          new QRadioButton(tr("Declined: the customer was told these products do not suit them")))
{
    setObjectName(QStringLiteral("interactionDialog"));
    setWindowTitle(tr("Log interaction"));
    m_search->setObjectName(QStringLiteral("interactionCustomerSearch"));
    m_customerLabel->setObjectName(QStringLiteral("interactionCustomer"));
    QFont bold = m_customerLabel->font();
    bold.setBold(true);
    m_customerLabel->setFont(bold);
    auto* chosen = new QWidget;
    auto* chosenRow = new QHBoxLayout(chosen);
    chosenRow->setContentsMargins(0, 0, 0, 0);
    chosenRow->addWidget(m_customerLabel, 1);
    if (customerId == 0 || !customerFixed) {
        auto* change = new QToolButton;
        change->setObjectName(QStringLiteral("changeCustomerButton"));
        change->setText(tr("Chan&ge…"));
        chosenRow->addWidget(change);
        connect(change, &QToolButton::clicked, this, [this] {
            m_customer = ServiceCustomer();
            m_customerStack->setCurrentIndex(0);
            m_search->focusSearch();
            validate();
        });
    }
    m_customerStack->addWidget(m_search);
    m_customerStack->addWidget(chosen);

    m_at->setObjectName(QStringLiteral("interactionAt"));
    m_at->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_at->setCalendarPopup(true);
    m_channel->setCurrentIndex(int(ServiceCodes::channels().indexOf(QStringLiteral("phone"))));
    m_matter->setObjectName(QStringLiteral("interactionMatter"));
    m_matter->setToolTip(tr("A new request or issue starts a new matter; a contact about an "
                            "earlier one continues it and completes its open follow-ups."));
    m_summary->setObjectName(QStringLiteral("interactionSummary"));
    m_summary->setTabChangesFocus(true);
    m_summary->setPlaceholderText(tr("What the customer asked or said, and what you agreed. "
                                     "Enter saves; Shift+Enter starts a new line."));
    m_summary->setMinimumHeight(fontMetrics().lineSpacing() * 4);
    m_summary->installEventFilter(this);
    m_productCodes->setObjectName(QStringLiteral("interactionProducts"));
    m_productCodes->setPlaceholderText(tr("Product codes, comma-separated; type a code or name"));
    m_productNames->setObjectName(QStringLiteral("interactionProductNames"));
    m_productNames->setWordWrap(true);
    m_productNames->setForegroundRole(QPalette::PlaceholderText);
    m_productNames->setVisible(false);
    m_followUp->setObjectName(QStringLiteral("interactionFollowUp"));
    m_followUpOn->setObjectName(QStringLiteral("interactionFollowUpOn"));
    m_followUpOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_followUpOn->setCalendarPopup(true);
    m_followUpOn->setMinimumDate(QDate::currentDate());
    // Room for the whole date beside the calendar button, whatever the style.
    m_followUpOn->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("2026-12-31")) +
                                  fontMetrics().height() * 3);
    m_followUpTo->setObjectName(QStringLiteral("interactionFollowUpTo"));
    m_followUpTo->setWordWrap(true);
    m_followUpTo->setForegroundRole(QPalette::PlaceholderText);

    // Products: codes with their names, completed as you type.
    m_products = InteractionStore(vault.database().connection()).products();
    auto* productModel = new QStandardItemModel(this);
    for (const ServiceProduct& p : std::as_const(m_products)) {
        auto* item = new QStandardItem(QStringLiteral("%1  %2").arg(p.code, p.name));
        item->setData(p.code, Qt::UserRole);
        productModel->appendRow(item);
    }
    auto* completer = new ProductCompleter(productModel, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_productCodes->setCompleter(completer);

    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->addRow(tr("C&ustomer: *"), m_customerStack);
    form->addRow(tr("&When:"), m_at);
    form->addRow(tr("C&hannel:"), m_channel);
    m_consentNote->setObjectName(QStringLiteral("marketingConsentNote"));
    m_consentNote->setWordWrap(true);
    m_consentNote->setTextFormat(Qt::PlainText);
    CustomerUi::setTextColour(m_consentNote, CustomerUi::warningColour());
    m_consentNote->hide();
    m_suitabilityNote->setObjectName(QStringLiteral("suitabilityNote"));
    m_suitabilityNote->setWordWrap(true);
    m_suitabilityNote->setTextFormat(Qt::PlainText);
    CustomerUi::setTextColour(m_suitabilityNote, CustomerUi::warningColour());
    m_suitabilityNote->hide();
    auto* purposeBox = new QVBoxLayout;
    purposeBox->setSpacing(2);
    purposeBox->addWidget(m_purpose);
    purposeBox->addWidget(m_consentNote);
    form->addRow(tr("&Purpose:"), purposeBox);
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(purposeBox)))
        label->setBuddy(m_purpose);
    form->addRow(tr("&Matter:"), m_matter);
    form->addRow(tr("Summar&y: *"), m_summary);
    form->addRow(tr("&Outcome:"), m_outcome);
    auto* products = new QVBoxLayout;
    products->addWidget(m_productCodes);
    products->addWidget(m_productNames);
    products->addWidget(m_suitabilityNote);
    // The regulation asks for the special risk warning and its confirmation to be recorded.
    auto* handling = new QVBoxLayout(m_handling);
    handling->setContentsMargins(0, 0, 0, 0);
    handling->setSpacing(0);
    m_insisted->setObjectName(QStringLiteral("suitabilityInsisted"));
    m_declined->setObjectName(QStringLiteral("suitabilityDeclined"));
    handling->addWidget(m_insisted);
    handling->addWidget(m_declined);
    m_handling->hide();
    products->addWidget(m_handling);
    form->addRow(tr("P&roducts discussed:"), withProblem(products, m_productProblem));
    auto* followUpRow = new QHBoxLayout;
    followUpRow->addWidget(m_followUp);
    followUpRow->addWidget(m_followUpOn);
    followUpRow->addWidget(m_followUpTo, 1);
    form->addRow(tr("Next step:"), followUpRow);
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(m_customerStack)))
        label->setBuddy(m_search->field());
    layout->addLayout(form);
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Save);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &InteractionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_search, &GlobalSearch::customerChosen, this, &InteractionDialog::chooseCustomer);
    // Continuing a matter: the purpose is the matter's, unless the person changes it.
    connect(m_matter, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QString purpose = m_matter->itemData(index, PurposeRole).toString();
        if (!purpose.isEmpty())
            m_purpose->setCurrentIndex(m_purpose->findData(purpose));
    });
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &InteractionDialog::outcomeChanged);
    connect(m_purpose, &QComboBox::currentIndexChanged, this, [this] {
        showConsentNote();
        showSuitabilityNote();
    });
    connect(m_at, &QDateTimeEdit::dateTimeChanged, this, [this] {
        outcomeChanged();
        showSuitabilityNote(); // the assessment as it stood on the day of the contact
        validate();
    });
    connect(m_summary, &QPlainTextEdit::textChanged, this, &InteractionDialog::validate);
    connect(m_insisted, &QRadioButton::toggled, this, &InteractionDialog::validate);
    connect(m_declined, &QRadioButton::toggled, this, &InteractionDialog::validate);
    connect(m_productCodes, &QLineEdit::textChanged, this, &InteractionDialog::productsChanged);
    connect(m_followUp, &QCheckBox::toggled, this, [this](bool on) {
        m_followUpByStandard = false;
        m_followUpOn->setEnabled(on);
        validate();
    });
    connect(m_followUpOn, &QDateEdit::dateChanged, this, &InteractionDialog::validate);
    m_followUpOn->setEnabled(false);

    if (customerId != 0)
        chooseCustomer(customerId);
    else
        m_customerStack->setCurrentIndex(0);
    productsChanged();
    auto hooks = FormDraft::chosenCustomer(
        [this] { return m_customer.id; }, [this](qint64 id) { chooseCustomer(id); },
        [this](const QString& why) { showProblem(m_problem, why); });
    auto* draft =
        new FormDraft(vault, this, {QStringLiteral("interaction"), customerId}, std::move(hooks));
    draft->skip(m_search);
    resize(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 52, sizeHint().height());
    (customerId != 0 ? static_cast<QWidget*>(m_channel) : m_search->field())->setFocus();
}

InteractionDialog::~InteractionDialog() = default;

void InteractionDialog::chooseCustomer(qint64 customerId)
{
    StoreError error;
    const auto customer = InteractionStore(m_vault.database().connection())
                              .customer(m_vault.session(), customerId, &error);
    if (!customer || !customer->mayRecord) {
        showProblem(m_problem, customer
                                   ? tr("You may look at this customer's record but not add to it: "
                                        "only their relationship manager or a supervisor of the "
                                        "branch records interactions.")
                                   : error.message);
        validate();
        return;
    }
    m_customer = *customer;
    m_customerLabel->setText(tr("%1 (No. %2)").arg(m_customer.name).arg(m_customer.id));
    m_customerStack->setCurrentIndex(1);
    m_followUpTo->setText(m_customer.rm.isEmpty()
                              ? tr("task for you")
                              : tr("task for %1, the customer's manager").arg(m_customer.rm));
    m_matter->clear();
    m_matter->addItem(tr("New matter"), 0);
    for (const ServiceMatter& m : InteractionStore(m_vault.database().connection())
                                      .matters(m_vault.session(), customerId, &error)) {
        m_matter->addItem(tr("Continues %1 %2 (%3): %4")
                              .arg(CustomerUi::localTime(m.startedAt).left(10),
                                   ServiceCodes::label(QStringLiteral("purpose"), m.purpose),
                                   ServiceCodes::label(QStringLiteral("channel"), m.channel),
                                   ServiceCodes::label(QStringLiteral("outcome"), m.lastOutcome)),
                          m.id);
        m_matter->setItemData(m_matter->count() - 1, m.purpose, PurposeRole);
    }
    showProblem(m_problem, QString());
    if (m_search->field()->hasFocus())
        m_at->setFocus();
    showConsentNote();
    showSuitabilityNote();
    validate();
}

void InteractionDialog::showConsentNote()
{
    const bool advice = ServiceCodes::isMarketing(m_purpose->currentData().toString());
    const bool show = advice && m_customer.id != 0 && !m_customer.marketingConsent;
    if (show)
        m_consentNote->setText(
            m_customer.marketingWithdrawnOn.isEmpty()
                ? tr("No consent to marketing contact is on file for this customer. Advise on "
                     "products only when they ask for it, and say so in the summary.")
                : tr("The customer withdrew consent to marketing contact on %1. Advise on "
                     "products only when they ask for it, and say so in the summary.")
                      .arg(m_customer.marketingWithdrawnOn));
    m_consentNote->setVisible(show);
}

void InteractionDialog::setMatter(qint64 matterId)
{
    const int index = m_matter->findData(matterId);
    if (index >= 0)
        m_matter->setCurrentIndex(index);
}

void InteractionDialog::outcomeChanged()
{
    const QString outcome = m_outcome->currentData().toString();
    if (outcome == QLatin1String("resolved")) {
        if (m_followUpByStandard)
            m_followUp->setChecked(false);
        return;
    }
    if (m_followUp->isChecked() && !m_followUpByStandard)
        return; // a date the person chose stays
    const ServiceStandards standards =
        TaskStore::standards(m_vault.database().connection(), QDate::currentDate());
    const QDateTime at = m_at->dateTime();
    const QDate due = outcome == QLatin1String("not_reached")
                          ? at.addSecs(qint64(standards.callbackHours) * 3600).date()
                          : at.date().addDays(standards.followUpDays);
    m_followUp->setChecked(true);
    m_followUpByStandard = true;
    m_followUpOn->setDate(qMax(QDate::currentDate(), due));
    m_followUpOn->setToolTip(tr("Set by the service standard; change it if the customer asked "
                                "for another day."));
}

void InteractionDialog::productsChanged()
{
    QStringList names;
    QStringList unknown;
    for (const QString& code : codesIn(m_productCodes->text())) {
        if (const ServiceProduct* p = product(code))
            names << tr("%1 (%2)").arg(p->name, p->riskLevel);
        else
            unknown << code;
    }
    m_unknownProducts = unknown;
    showProblem(m_productProblem,
                unknown.isEmpty()
                    ? QString()
                    : tr("No such product: %1").arg(unknown.join(QStringLiteral(", "))));
    m_productNames->setText(names.join(QStringLiteral(", ")));
    m_productNames->setVisible(!names.isEmpty());
    showSuitabilityNote();
    validate();
}

void InteractionDialog::showSuitabilityNote()
{
    // As the store will judge it when the interaction is saved (and audit it).
    QList<std::pair<QString, QString>> advised;
    if (m_customer.id != 0 && ServiceCodes::isMarketing(m_purpose->currentData().toString()))
        for (const QString& code : codesIn(m_productCodes->text()))
            if (const ServiceProduct* p = product(code); p && Suitability::applies(p->type))
                advised.append({p->code, p->riskLevel});
    const SuitabilityFinding finding =
        Suitability::assess(m_customer.riskLevel, m_customer.riskExpiresOn, m_at->date(), advised);
    m_suitabilityNote->setText(
        Suitability::explain(finding, m_customer.riskLevel, m_customer.riskExpiresOn));
    const bool exception = finding.verdict != SuitabilityVerdict::Suitable;
    m_suitabilityNote->setVisible(exception);
    // Another customer, other products or another verdict ask the question again: a
    // confirmation holds for what it was given for only.
    const QString key = QStringLiteral("%1/%2/%3")
                            .arg(m_customer.id)
                            .arg(int(finding.verdict))
                            .arg(finding.codes.join(QLatin1Char(',')));
    if (key != m_suitabilityKey) {
        m_suitabilityKey = key;
        for (QRadioButton* b : {m_insisted, m_declined}) {
            b->setAutoExclusive(false);
            b->setChecked(false);
            b->setAutoExclusive(true);
        }
    }
    m_verdict = finding.verdict;
    m_handling->setVisible(exception);
    const bool insistence = Suitability::insistenceAllowed(finding.verdict);
    m_insisted->setEnabled(insistence);
    m_insisted->setToolTip(
        insistence ? QString()
                   : Suitability::handlingProblem(finding.verdict, SuitabilityHandling::Insisted));
    if (m_ok)
        validate();
}

const ServiceProduct* InteractionDialog::product(const QString& code) const
{
    const auto it =
        std::find_if(m_products.cbegin(), m_products.cend(), [&code](const ServiceProduct& p) {
            return p.code.compare(code, Qt::CaseInsensitive) == 0;
        });
    return it == m_products.cend() ? nullptr : &*it;
}

void InteractionDialog::validate()
{
    QString reason;
    if (m_customer.id == 0)
        reason = tr("Choose the customer first: type a name, pinyin or mobile digits and press "
                    "Enter.");
    else if (m_summary->toPlainText().trimmed().isEmpty())
        reason = tr("Say in the summary what was discussed.");
    else if (m_summary->toPlainText().trimmed().size() > InteractionStore::MaximumSummaryLength)
        reason = tr("The summary is longer than %1 characters.")
                     .arg(InteractionStore::MaximumSummaryLength);
    else if (m_at->dateTime() > QDateTime::currentDateTime().addSecs(FutureToleranceSeconds))
        reason = tr("The contact cannot be in the future.");
    else if (!m_unknownProducts.isEmpty())
        reason = tr("No such product: %1").arg(m_unknownProducts.join(QStringLiteral(", ")));
    else if (m_verdict != SuitabilityVerdict::Suitable && !m_insisted->isChecked() &&
             !m_declined->isChecked())
        reason = tr("Say how the products that do not suit the customer were handled.");
    m_ok->setEnabled(reason.isEmpty());
    m_ok->setToolTip(reason);
}

bool InteractionDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_summary && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            !(key->modifiers() & Qt::ShiftModifier)) {
            if (m_ok->isEnabled())
                accept();
            else
                showProblem(m_problem, m_ok->toolTip());
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void InteractionDialog::accept()
{
    validate();
    if (!m_ok->isEnabled()) {
        showProblem(m_problem, m_ok->toolTip());
        return;
    }
    NewInteraction in;
    in.customerId = m_customer.id;
    in.at = m_at->dateTime();
    in.channel = m_channel->currentData().toString();
    in.purpose = m_purpose->currentData().toString();
    in.summary = m_summary->toPlainText();
    in.outcome = m_outcome->currentData().toString();
    for (const QString& code : codesIn(m_productCodes->text()))
        for (const ServiceProduct& p : std::as_const(m_products))
            if (p.code.compare(code, Qt::CaseInsensitive) == 0)
                in.products << p.code;
    if (m_followUp->isChecked())
        in.nextFollowUp = m_followUpOn->date();
    in.continues = m_matter->currentData().toLongLong();
    if (m_verdict != SuitabilityVerdict::Suitable)
        in.suitability =
            m_insisted->isChecked() ? SuitabilityHandling::Insisted : SuitabilityHandling::Declined;
    InteractionSaved saved;
    StoreError error;
    QList<FieldError> fieldErrors;
    if (!InteractionStore(m_vault.database().connection())
             .add(m_vault.session(), in, &saved, &error, &fieldErrors)) {
        QStringList messages;
        for (const FieldError& f : std::as_const(fieldErrors))
            messages << f.message;
        showProblem(m_problem,
                    messages.isEmpty() ? error.message : messages.join(QLatin1Char('\n')));
        return;
    }
    emit recorded(m_customer.id, saved);
    QDialog::accept();
}

} // namespace rmdesk
