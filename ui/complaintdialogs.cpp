// The complaint intake dialog. The step dialogs are in complaintstepdialog.cpp.
#include "complaintdialogs.h"

#include "formdraft.h"
#include "passwordpair.h"
#include "security/vault.h"
#include "stores/customermerge.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rmdesk {

namespace {

QComboBox* choiceCombo(const QString& objectName, const QList<ComplaintChoice>& choices)
{
    auto* combo = new QComboBox;
    combo->setObjectName(objectName);
    for (const ComplaintChoice& c : choices)
        combo->addItem(c.label, c.key);
    return combo;
}

QStringList splitNames(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[,，、;；]"));
    QStringList out;
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    return out;
}

} // namespace

ComplaintIntakeDialog::ComplaintIntakeDialog(Vault& vault, qint64 customerId, QWidget* parent)
    : QDialog(parent)
    , m_vault(vault)
    , m_store(vault.database().connection())
    , m_isCustomer(new QRadioButton(tr("A &customer")))
    , m_notCustomer(new QRadioButton(tr("&Not a customer")))
    , m_customer(new QLineEdit)
    , m_customerName(new QLabel)
    , m_name(new QLineEdit)
    , m_contact(new QLineEdit)
    , m_channel(
          choiceCombo(QStringLiteral("intakeChannel"), m_store.choices(QStringLiteral("channel"))))
    , m_category(choiceCombo(QStringLiteral("intakeCategory"),
                             m_store.choices(QStringLiteral("category"))))
    , m_severity(new QComboBox)
    , m_amount(new QDoubleSpinBox)
    , m_received(new QDateTimeEdit(QDateTime::currentDateTime()))
    , m_summary(new QPlainTextEdit)
    , m_group(new QCheckBox(tr("A &group complaint")))
    , m_groupSize(new QSpinBox)
    , m_representatives(new QLineEdit)
    , m_customerProblem(makeProblemLabel(QStringLiteral("intakeCustomerProblem")))
    , m_summaryProblem(makeProblemLabel(QStringLiteral("intakeSummaryProblem")))
    , m_groupProblem(makeProblemLabel(QStringLiteral("intakeGroupProblem")))
    , m_problem(makeProblemLabel(QStringLiteral("intakeProblem")))
{
    setObjectName(QStringLiteral("complaintIntakeDialog"));
    setWindowTitle(tr("New complaint"));
    m_isCustomer->setObjectName(QStringLiteral("intakeIsCustomer"));
    m_notCustomer->setObjectName(QStringLiteral("intakeNotCustomer"));
    auto* who = new QButtonGroup(this);
    who->addButton(m_isCustomer);
    who->addButton(m_notCustomer);
    m_isCustomer->setChecked(true);
    m_customer->setObjectName(QStringLiteral("intakeCustomer"));
    m_customer->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("\\d{0,18}")), m_customer));
    m_customer->setPlaceholderText(tr("Customer number"));
    if (customerId > 0)
        m_customer->setText(QString::number(customerId));
    m_customerName->setObjectName(QStringLiteral("intakeCustomerName"));
    m_name->setObjectName(QStringLiteral("intakeComplainantName"));
    m_contact->setObjectName(QStringLiteral("intakeContact"));
    m_contact->setPlaceholderText(tr("Mobile, phone or address"));
    m_severity->setObjectName(QStringLiteral("intakeSeverity"));
    for (const QString& s : ComplaintFlow::severities())
        m_severity->addItem(ComplaintFlow::severityLabel(s), s);
    m_severity->setCurrentIndex(1);
    m_amount->setObjectName(QStringLiteral("intakeAmount"));
    m_amount->setRange(0, 1e11);
    m_amount->setDecimals(2);
    m_amount->setGroupSeparatorShown(true);
    m_amount->setSuffix(tr(" yuan"));
    m_amount->setAlignment(Qt::AlignRight);
    m_received->setObjectName(QStringLiteral("intakeReceived"));
    m_received->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_received->setCalendarPopup(true);
    m_received->setMaximumDate(QDate::currentDate());
    m_summary->setObjectName(QStringLiteral("intakeSummary"));
    m_summary->setTabChangesFocus(true);
    m_summary->setPlaceholderText(tr("What happened, what the complainant asks for"));
    m_summary->setFixedHeight(fontMetrics().lineSpacing() * 4 + fontMetrics().height());
    m_summary->installEventFilter(this);
    m_group->setObjectName(QStringLiteral("intakeGroup"));
    m_groupSize->setObjectName(QStringLiteral("intakeGroupSize"));
    m_groupSize->setRange(2, 100000);
    m_groupSize->setSuffix(tr(" people"));
    m_representatives->setObjectName(QStringLiteral("intakeRepresentatives"));
    const int maxReps = m_store.maxRepresentatives(QDate::currentDate());
    m_representatives->setPlaceholderText(
        tr("Names, separated by commas (at most %1 in person)").arg(maxReps));

    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    auto* whoRow = new QHBoxLayout;
    whoRow->addWidget(m_isCustomer);
    whoRow->addWidget(m_notCustomer);
    whoRow->addStretch(1);
    form->addRow(tr("From:"), whoRow);
    auto* customerRow = new QHBoxLayout;
    customerRow->addWidget(m_customer, 1);
    customerRow->addWidget(m_customerName, 2);
    form->addRow(tr("C&ustomer No.: *"), withProblem(customerRow, m_customerProblem));
    form->addRow(tr("Complainant's na&me: *"), m_name);
    form->addRow(tr("C&ontact: *"), m_contact);
    form->addRow(tr("C&hannel:"), m_channel);
    form->addRow(tr("C&ategory:"), m_category);
    form->addRow(tr("Se&verity:"), m_severity);
    form->addRow(tr("Amount &involved:"), m_amount);
    form->addRow(tr("&Received at:"), m_received);
    form->addRow(tr("&Summary: *"), withProblem(m_summary, m_summaryProblem));
    form->addRow(QString(), m_group);
    form->addRow(tr("Group si&ze:"), m_groupSize);
    form->addRow(tr("Re&presentatives: *"), withProblem(m_representatives, m_groupProblem));
    layout->addLayout(form);
    auto* rule = new QLabel(tr("The decision is due %n calendar day(s) after the day of receipt.",
                               nullptr, m_store.clockRules(QDate::currentDate()).decisionDays));
    rule->setWordWrap(true);
    layout->addWidget(rule);
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Save"));
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addStretch(1);
    layout->addWidget(buttons);

    auto showRows = [this, form] {
        const bool customer = m_isCustomer->isChecked();
        form->setRowVisible(1, customer);
        form->setRowVisible(2, !customer);
        form->setRowVisible(3, !customer);
        form->setRowVisible(11, m_group->isChecked());
        form->setRowVisible(12, m_group->isChecked());
        validate();
    };
    connect(m_isCustomer, &QRadioButton::toggled, this, showRows);
    connect(m_group, &QCheckBox::toggled, this, showRows);
    connect(m_customer, &QLineEdit::textChanged, this, &ComplaintIntakeDialog::lookUpCustomer);
    for (QLineEdit* edit : {m_name, m_contact, m_representatives})
        connect(edit, &QLineEdit::textChanged, this, &ComplaintIntakeDialog::validate);
    connect(m_summary, &QPlainTextEdit::textChanged, this, &ComplaintIntakeDialog::validate);
    connect(m_groupSize, &QSpinBox::valueChanged, this, &ComplaintIntakeDialog::validate);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &ComplaintIntakeDialog::validate);
    lookUpCustomer();
    showRows();
    FormDraft::Hooks hooks;
    hooks.customer = [this] {
        return m_isCustomer->isChecked() && m_customerFound ? m_customer->text().toLongLong() : 0;
    };
    hooks.problem = [this](const QString& why) { showProblem(m_problem, why); };
    new FormDraft(vault, this, {QStringLiteral("complaint"), customerId}, std::move(hooks));
    resize(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 48, sizeHint().height());
    (customerId > 0 ? static_cast<QWidget*>(m_channel) : m_customer)->setFocus();
}

bool ComplaintIntakeDialog::eventFilter(QObject* watched, QEvent* event)
{
    // Enter saves from the summary too; Shift+Enter starts a new line.
    if (watched == m_summary && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            !(key->modifiers() & Qt::ShiftModifier)) {
            if (m_ok->isEnabled())
                accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ComplaintIntakeDialog::lookUpCustomer()
{
    // The masked name, read without recording a view of the profile.
    const qint64 id = m_customer->text().toLongLong();
    const QHash<qint64, QString> names =
        id > 0 ? CustomerMerge(m_vault.database().connection()).maskedNames(m_vault.session(), {id})
               : QHash<qint64, QString>();
    m_customerFound = names.contains(id);
    m_customerName->setText(m_customerFound ? names.value(id) : QString());
    validate();
}

void ComplaintIntakeDialog::validate()
{
    QString customer;
    if (m_isCustomer->isChecked() && !m_customer->text().isEmpty() && !m_customerFound)
        customer = tr("No customer %1 among yours.").arg(m_customer->text());
    showProblem(m_customerProblem, customer);
    QString group;
    const int maxReps = m_store.maxRepresentatives(QDate::currentDate());
    const QStringList reps = splitNames(m_representatives->text());
    const bool inPerson = ComplaintFlow::inPerson(m_channel->currentData().toString());
    if (m_group->isChecked() && inPerson && reps.size() > maxReps)
        group =
            tr("At most %1 representatives in person; %2 are named.").arg(maxReps).arg(reps.size());
    else if (m_group->isChecked() && reps.size() > m_groupSize->value())
        group = tr("More representatives than people in the group.");
    showProblem(m_groupProblem, group);

    QString reason;
    if (m_isCustomer->isChecked() && !m_customerFound)
        reason = tr("Give the number of the customer who complains.");
    else if (m_notCustomer->isChecked() && m_name->text().trimmed().isEmpty())
        reason = tr("Give the complainant's name.");
    else if (m_notCustomer->isChecked() && m_contact->text().trimmed().isEmpty())
        reason = tr("Give a way to reach the complainant.");
    else if (m_summary->toPlainText().trimmed().isEmpty())
        reason = tr("Say what the complaint is about.");
    else if (m_group->isChecked() && reps.isEmpty())
        reason = tr("Name the group's representatives.");
    else if (!group.isEmpty())
        reason = group;
    m_ok->setEnabled(reason.isEmpty());
    m_ok->setToolTip(reason);
}

void ComplaintIntakeDialog::accept()
{
    ComplaintIntake in;
    if (m_isCustomer->isChecked()) {
        in.customerId = m_customer->text().toLongLong();
    } else {
        in.complainantName = m_name->text();
        in.complainantContact = m_contact->text();
    }
    in.channel = m_channel->currentData().toString();
    in.category = m_category->currentData().toString();
    in.severity = m_severity->currentData().toString();
    in.amountFen = qRound64(m_amount->value() * 100);
    in.receivedOn = m_received->date();
    in.receivedTime = QTime(m_received->time().hour(), m_received->time().minute());
    in.summary = m_summary->toPlainText();
    if (m_group->isChecked()) {
        in.groupSize = m_groupSize->value();
        in.representatives = splitNames(m_representatives->text());
    }
    StoreError error;
    QList<FieldError> fields;
    qint64 id = 0;
    if (!m_store.open(m_vault.session(), in, &id, &error, &fields)) {
        QStringList general;
        for (const FieldError& f : std::as_const(fields)) {
            if (f.field == QLatin1String("customer"))
                showProblem(m_customerProblem, f.message);
            else if (f.field == QLatin1String("summary"))
                showProblem(m_summaryProblem, f.message);
            else if (f.field == QLatin1String("representatives"))
                showProblem(m_groupProblem, f.message);
            else
                general << f.message;
        }
        showProblem(m_problem, fields.isEmpty() ? error.message : general.join(u'\n'));
        return;
    }
    emit saved(id);
    QDialog::accept();
}

} // namespace rmdesk
