#include "customereditdialog.h"

#include "customerlistmodel.h"
#include "customerui.h"
#include "domain/changecheck.h"
#include "formdraft.h"
#include "passwordpair.h"
#include "security/vault.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QShortcut>
#include <QVBoxLayout>

#include <utility>

namespace rmdesk {

CustomerEditDialog::CustomerEditDialog(Vault& vault, std::optional<CustomerView> existing,
                                       QWidget* parent)
    : QDialog(parent)
    , m_vault(vault)
    , m_store(std::make_unique<CustomerStore>(vault.database().connection()))
    , m_existing(std::move(existing))
    , m_notesWarning(new QLabel)
    , m_error(makeProblemLabel(QStringLiteral("saveError")))
    , m_save(new QPushButton(tr("&Save")))
    , m_discard(new QPushButton(tr("&Discard edit")))
{
    setObjectName(QStringLiteral("customerEditDialog"));
    m_restoring = true; // no validation until the form is complete
    if (m_existing) {
        m_type = m_existing->type;
        m_id = m_existing->id;
        setWindowTitle(tr("Edit customer %1").arg(m_id));
    } else {
        setWindowTitle(tr("Add customer"));
    }
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        m_existing
            ? tr("Fields marked * are required. Masked values stay as they are unless you "
                 "replace them completely. Every change is kept with its reason.")
            : tr("Fields marked * are required. The customer joins your branch%1.")
                  .arg(m_vault.session().role == Role::Rm ? tr(" and your book") : QString()));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    if (!m_existing) {
        m_typeCombo = new QComboBox;
        m_typeCombo->setObjectName(QStringLiteral("customerType"));
        m_typeCombo->addItem(tr("Individual"), customerTypeName(CustomerType::Individual));
        m_typeCombo->addItem(tr("Institution"), customerTypeName(CustomerType::Institution));
        auto* top = new QFormLayout;
        top->addRow(tr("Customer &type:"), m_typeCombo);
        if (m_vault.session().role != Role::Rm) {
            m_rm = new QLineEdit;
            m_rm->setObjectName(QStringLiteral("rmField"));
            m_rm->setPlaceholderText(tr("User name of the relationship manager (optional)"));
            top->addRow(tr("&Relationship manager:"), m_rm);
            connect(m_rm, &QLineEdit::textChanged, this, &CustomerEditDialog::edited);
        }
        layout->addLayout(top);
        connect(m_typeCombo, &QComboBox::activated, this, &CustomerEditDialog::changeType);
    }
    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("formScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_formHost = new QWidget;
    m_groups = new QGridLayout(m_formHost);
    m_groups->setContentsMargins(0, 0, 0, 0);
    scroll->setWidget(m_formHost);
    layout->addWidget(scroll, 1);
    buildForm(m_type);

    if (m_existing) {
        auto* box = new QGroupBox(tr("Change record"));
        m_changeForm = new QFormLayout(box);
        m_reason = new QLineEdit;
        m_reason->setObjectName(QStringLiteral("changeReason"));
        m_reason->setPlaceholderText(tr("e.g. customer moved; new ID card issued"));
        m_reasonProblem = makeProblemLabel(QStringLiteral("reasonProblem"));
        m_proofType = new QComboBox;
        m_proofType->setObjectName(QStringLiteral("proofType"));
        m_proofType->setEditable(true);
        m_proofType->setInsertPolicy(QComboBox::NoInsert);
        m_proofType->addItems({tr("Resident ID card"), tr("Passport"), tr("Household register"),
                               tr("Name change certificate"), tr("Business licence")});
        m_proofType->setCurrentIndex(-1);
        m_proofRef = new QLineEdit;
        m_proofRef->setObjectName(QStringLiteral("proofRef"));
        m_proofRef->setPlaceholderText(tr("Document number or scan reference"));
        m_proofProblem = makeProblemLabel(QStringLiteral("proofProblem"));
        m_changeForm->addRow(tr("Reason for the c&hange: *"),
                             withProblem(m_reason, m_reasonProblem));
        m_changeForm->addRow(tr("Proof document t&ype: *"), m_proofType);
        m_changeForm->addRow(tr("Re&ference: *"), withProblem(m_proofRef, m_proofProblem));
        m_checkNote = new QLabel(tr("A supervisor or a compliance officer then checks the change "
                                    "against this proof; a rejected change is undone."));
        m_checkNote->setObjectName(QStringLiteral("changeCheckNote"));
        m_checkNote->setWordWrap(true);
        m_changeForm->addRow(QString(), m_checkNote);
        layout->addWidget(box);
        connect(m_reason, &QLineEdit::textChanged, this, [this] {
            if (m_restoring)
                return;
            m_touched.insert(QStringLiteral("reason"));
            edited();
        });
        connect(m_proofType, &QComboBox::currentTextChanged, this, &CustomerEditDialog::edited);
        connect(m_proofRef, &QLineEdit::textChanged, this, &CustomerEditDialog::edited);
    }
    m_notesWarning->setObjectName(QStringLiteral("notesWarning"));
    m_notesWarning->setWordWrap(true);
    m_notesWarning->setVisible(false);
    CustomerUi::setTextColour(m_notesWarning, CustomerUi::warningColour());
    layout->addWidget(m_notesWarning);
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox;
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    m_discard->setObjectName(QStringLiteral("discardButton"));
    m_discard->setToolTip(tr("Throw this edit away, including its kept draft."));
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_discard, QDialogButtonBox::DestructiveRole);
    buttons->addButton(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CustomerEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CustomerEditDialog::reject);
    connect(m_discard, &QPushButton::clicked, this, &CustomerEditDialog::discard);
    layout->addWidget(buttons);
    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, [this] {
        if (m_save->isEnabled())
            accept();
    });

    m_restoring = false;
    validate();
    FormDraft::Hooks hooks;
    hooks.capture = [this] { return form(); };
    hooks.restore = [this](const QJsonObject& o) { restore(o); };
    hooks.customer = [this] { return m_existing ? m_existing->id : 0; };
    hooks.problem = [this](const QString& why) { showProblem(m_error, why); };
    m_draft =
        new FormDraft(vault, this, {QStringLiteral("customer"), m_existing ? m_existing->id : 0},
                      std::move(hooks));
    m_draft->skip(this); // the form is what form() says: the fields change with the type

    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    QSize size(em * 84, layout->sizeHint().height() + m_formHost->sizeHint().height());
    if (const QScreen* screen = this->screen())
        size = size.boundedTo(screen->availableSize() * 0.9);
    resize(size);
}

CustomerEditDialog::~CustomerEditDialog() = default;

void CustomerEditDialog::buildForm(CustomerType type)
{
    const bool wasRestoring = std::exchange(m_restoring, true);
    m_type = type;
    for (const FieldEditor& f : std::as_const(m_fields))
        delete f.row;
    m_fields.clear();
    m_initial.clear();
    while (QLayoutItem* item = m_groups->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QFormLayout* forms[CustomerUi::GroupCount] = {};
    for (int g = 0; g < CustomerUi::GroupCount; ++g) {
        auto* box = new QGroupBox(CustomerUi::groupTitle(CustomerUi::Group(g)));
        forms[g] = new QFormLayout(box);
        // Identity and contact on the left, KYC and service on the right.
        m_groups->addWidget(box, g % 2, g / 2, Qt::AlignTop);
    }
    for (const FieldDef& def : CustomerFields::forType(type)) {
        const QString name = QString::fromLatin1(def.name);
        FieldEditor f = makeFieldEditor(type, def, [this, name] {
            if (m_restoring)
                return;
            m_touched.insert(name);
            edited();
        });
        QString initial;
        if (m_existing)
            initial = m_existing->values.value(name);
        else if (name == QLatin1String("aml_risk"))
            initial = QStringLiteral("low");
        else if (name == QLatin1String("lifecycle_stage"))
            initial = QStringLiteral("prospect"); // nothing held yet; the monthly run moves it on
        f.setText(initial);
        m_initial.insert(name, f.text());
        if (m_existing && name == QLatin1String("lifecycle_stage")) {
            f.editor->setEnabled(false); // a transition with a reason: Change stage… on the bar
            f.editor->setToolTip(tr("Change the stage with Change stage… on the customer view; "
                                    "the reason is kept with the transition."));
        }
        if (m_existing && m_existing->maskedFields.contains(name))
            f.editor->setToolTip(tr("Shown masked. Replace the whole value to change it."));
        const QString label = CustomerFields::label(name);
        auto* caption = new QLabel(def.required ? tr("%1: *").arg(label) : tr("%1:").arg(label));
        if (def.required)
            caption->setToolTip(tr("Required"));
        caption->setBuddy(f.editor);
        forms[CustomerUi::groupOf(name)]->addRow(caption, f.row);
        m_fields.insert(name, f);
    }
    m_groups->setRowStretch(2, 1);
    m_restoring = wasRestoring;
}

void CustomerEditDialog::changeType()
{
    const auto type = customerTypeFromName(m_typeCombo->currentData().toString());
    if (!type || *type == m_type)
        return;
    const QHash<QString, QString> kept = texts();
    buildForm(*type);
    m_restoring = true;
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it)
        if (it.key() != QLatin1String("id_type") && kept.contains(it.key()))
            it->setText(kept.value(it.key()));
    m_restoring = false;
    edited();
}

void CustomerEditDialog::edited()
{
    if (m_restoring)
        return;
    showProblem(m_error, QString());
    validate();
}

QHash<QString, QString> CustomerEditDialog::texts() const
{
    QHash<QString, QString> values;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        values.insert(it.key(), it->text());
    return values;
}

QHash<QString, QString> CustomerEditDialog::changes() const
{
    QHash<QString, QString> changed;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        if (it->text().trimmed() != m_initial.value(it.key()).trimmed())
            changed.insert(it.key(), it->text());
    return changed;
}

bool CustomerEditDialog::identityChanged(const QHash<QString, QString>& changes) const
{
    return ChangeCheckRules::needsCheck(m_type, changes.keys());
}

void CustomerEditDialog::validate()
{
    if (m_restoring)
        return;
    QHash<QString, QString> values;
    QList<FieldError> errors;
    const QDate today = QDate::currentDate();
    if (!m_existing) {
        const QHash<QString, QString> all = texts();
        for (auto it = all.cbegin(); it != all.cend(); ++it)
            if (!it.value().trimmed().isEmpty())
                values.insert(it.key(), it.value());
        errors = CustomerFields::normalise(m_type, &values, true, today);
    } else {
        values = changes();
        if (values.contains(QStringLiteral("id_number")) &&
            !values.contains(QStringLiteral("id_type")))
            values.insert(QStringLiteral("id_type"),
                          m_fields.value(QStringLiteral("id_type")).text());
        errors = CustomerFields::normalise(m_type, &values, false, today);
    }
    showErrors(errors, m_attempted);
    QString problem = errors.isEmpty() ? QString() : errors.first().message;
    if (m_existing) {
        const QHash<QString, QString> changed = changes();
        const bool identity = identityChanged(changed);
        m_changeForm->setRowVisible(m_proofType, identity);
        m_changeForm->setRowVisible(m_proofRef->parentWidget(), identity);
        m_changeForm->setRowVisible(m_checkNote, identity);
        QString proof;
        if (identity && (m_proofType->currentText().trimmed().isEmpty() ||
                         m_proofRef->text().trimmed().isEmpty()))
            proof = tr("Identity fields change only with a proof document: give its type and "
                       "reference.");
        showProblem(m_proofProblem, proof);
        const QString reason = m_reason->text().trimmed().size() < 2
                                   ? tr("Say why the profile changes; the reason is kept with "
                                        "the change.")
                                   : QString();
        showProblem(m_reasonProblem, m_attempted || m_touched.contains(QStringLiteral("reason"))
                                         ? reason
                                         : QString());
        if (problem.isEmpty())
            problem = changed.isEmpty() ? tr("Nothing has changed yet.")
                                        : (!proof.isEmpty() ? proof : reason);
    }
    showNotesWarning();
    m_problem = problem;
    m_save->setEnabled(problem.isEmpty());
    m_save->setToolTip(problem.isEmpty() ? tr("Save (Enter or Ctrl+S)") : problem);
}

void CustomerEditDialog::showErrors(const QList<FieldError>& errors, bool all)
{
    QStringList elsewhere;
    for (const FieldError& e : errors)
        if (!m_fields.contains(e.field) && e.field != QLatin1String("proof"))
            elsewhere << e.message;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        QString message;
        for (const FieldError& e : errors)
            if (e.field == it.key()) {
                message = e.message;
                break;
            }
        showProblem(it->problem, all || m_touched.contains(it.key()) ? message : QString());
    }
    for (const FieldError& e : errors)
        if (e.field == QLatin1String("proof") && m_proofProblem)
            showProblem(m_proofProblem, e.message);
    if (all)
        showProblem(m_error, elsewhere.join(QLatin1Char('\n')));
}

void CustomerEditDialog::showNotesWarning()
{
    const auto notes = m_fields.constFind(QStringLiteral("notes"));
    const QStringList found =
        CustomerFields::sensitiveLooking(notes == m_fields.cend() ? QString() : notes->text());
    QStringList shown;
    for (const QString& number : found)
        shown << number.left(4) + QStringLiteral("…") + number.right(4);
    m_notesWarning->setText(
        found.isEmpty()
            ? QString()
            : tr("⚠ Notes contain what looks like an ID or bank card number (%1). Notes are not "
                 "masked: keep such numbers in their own fields.")
                  .arg(shown.join(QStringLiteral(", "))));
    m_notesWarning->setVisible(!found.isEmpty());
}

QJsonObject CustomerEditDialog::form() const
{
    QJsonObject values;
    const QHash<QString, QString> all = texts();
    for (auto it = all.cbegin(); it != all.cend(); ++it)
        values.insert(it.key(), it.value());
    QJsonObject form{{QStringLiteral("type"), customerTypeName(m_type)},
                     {QStringLiteral("values"), values}};
    if (m_rm)
        form.insert(QStringLiteral("rm"), m_rm->text());
    if (m_existing) {
        form.insert(QStringLiteral("reason"), m_reason->text());
        form.insert(QStringLiteral("proofType"), m_proofType->currentText());
        form.insert(QStringLiteral("proofRef"), m_proofRef->text());
    }
    return form;
}

void CustomerEditDialog::restore(const QJsonObject& form)
{
    m_restoring = true;
    const auto type = customerTypeFromName(form.value(QStringLiteral("type")).toString());
    if (m_typeCombo && type && *type != m_type) {
        m_typeCombo->setCurrentIndex(m_typeCombo->findData(customerTypeName(*type)));
        buildForm(*type);
    }
    const QJsonObject values = form.value(QStringLiteral("values")).toObject();
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
        if (values.contains(it.key()))
            it->setText(values.value(it.key()).toString());
        if (it->text() != m_initial.value(it.key()))
            m_touched.insert(it.key());
    }
    if (m_rm)
        m_rm->setText(form.value(QStringLiteral("rm")).toString());
    if (m_existing) {
        m_reason->setText(form.value(QStringLiteral("reason")).toString());
        m_proofType->setCurrentText(form.value(QStringLiteral("proofType")).toString());
        m_proofRef->setText(form.value(QStringLiteral("proofRef")).toString());
        if (!m_reason->text().isEmpty())
            m_touched.insert(QStringLiteral("reason"));
    }
    m_restoring = false;
    validate();
}

void CustomerEditDialog::accept()
{
    m_attempted = true;
    validate();
    if (!m_problem.isEmpty())
        return;
    StoreError error;
    QList<FieldError> fieldErrors;
    bool ok = false;
    if (!m_existing) {
        QHash<QString, QString> values;
        const QHash<QString, QString> all = texts();
        for (auto it = all.cbegin(); it != all.cend(); ++it)
            if (!it.value().trimmed().isEmpty())
                values.insert(it.key(), it.value());
        if (m_rm && !m_rm->text().trimmed().isEmpty())
            values.insert(QStringLiteral("rm"), m_rm->text().trimmed());
        ok = m_store->add(m_vault.session(), m_type, values, &m_id, &error, &fieldErrors);
    } else {
        ok = m_store->update(m_vault.session(), m_id, changes(), m_reason->text(),
                             m_proofType->currentText(), m_proofRef->text(), &error, &fieldErrors);
    }
    if (!ok) {
        if (!fieldErrors.isEmpty())
            showErrors(fieldErrors, true);
        else
            showProblem(m_error, error.message);
        return;
    }
    emit saved(m_id);
    QDialog::accept();
}

void CustomerEditDialog::discard()
{
    m_draft->discard();
    QDialog::reject();
}

} // namespace rmdesk
