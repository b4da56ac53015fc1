#include "supervisiondialogs.h"

#include "evaluationdialogs.h"
#include "passwordpair.h"
#include "security/vault.h"
#include "stores/customerlisting.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rmdesk {

namespace {

constexpr int DefaultSampleSize = 10;
constexpr int MaximumTitleLength = 200;

QDialogButtonBox* addButtons(QDialog* dialog, QVBoxLayout* layout, QPushButton** ok,
                             const QString& okText)
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    *ok = buttons->button(QDialogButtonBox::Ok);
    (*ok)->setObjectName(QStringLiteral("okButton"));
    (*ok)->setText(okText);
    (*ok)->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    return buttons;
}

QPlainTextEdit* noteEdit(const QString& objectName, const QString& placeholder, int lines)
{
    auto* edit = new QPlainTextEdit;
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    edit->setPlaceholderText(placeholder);
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * lines);
    return edit;
}

void fitWidth(QDialog* dialog, int ems)
{
    const int em = dialog->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    dialog->resize(em * ems, dialog->sizeHint().height());
}

} // namespace

// ---- DrawSampleDialog ----------------------------------------------------------------------

DrawSampleDialog::DrawSampleDialog(Vault& vault, const QDateTime& now, QWidget* parent)
    : QDialog(parent)
    , m_vault(vault)
    , m_now(now.isValid() ? now : QDateTime::currentDateTime())
    , m_period(new QComboBox)
    , m_size(new QSpinBox)
    , m_seedGiven(new QCheckBox(tr("Use the &seed")))
    , m_seed(new QLineEdit)
    , m_seedProblem(makeProblemLabel(QStringLiteral("sampleSeedProblem")))
    , m_problem(makeProblemLabel(QStringLiteral("sampleProblem")))
{
    setObjectName(QStringLiteral("drawSampleDialog"));
    setWindowTitle(tr("Draw spot-check sample"));
    m_period->setObjectName(QStringLiteral("samplePeriod"));
    for (const QString& code : SupervisionUi::periodChoices(m_now.date(), true))
        m_period->addItem(code, code);
    // The last complete month first: the usual one to check.
    m_period->setCurrentIndex(1);
    m_size->setObjectName(QStringLiteral("sampleSize"));
    m_size->setRange(1, SupervisionStore::MaximumSampleSize);
    m_size->setValue(DefaultSampleSize);
    m_size->setToolTip(tr("Up to this many interactions and this many complaints (1 to %1 "
                          "each); fewer when the period has fewer.")
                           .arg(SupervisionStore::MaximumSampleSize));
    m_seedGiven->setObjectName(QStringLiteral("sampleSeedGiven"));
    m_seed->setObjectName(QStringLiteral("sampleSeed"));
    m_seed->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{1,18}")), m_seed));
    m_seed->setPlaceholderText(tr("A number of 0 or more"));
    m_seed->setEnabled(false);
    m_seed->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("9223372036854775807")) +
                            fontMetrics().height());

    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Picks interactions and complaints of branch %1 at random. The "
                                "seed is kept with the sample: the same seed over the same "
                                "records draws the same items, so anyone can repeat the draw.")
                                 .arg(vault.session().branch));
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    form->addRow(tr("&Period: *"), m_period);
    form->addRow(tr("Si&ze per kind: *"), m_size);
    auto* seedRow = new QHBoxLayout;
    seedRow->addWidget(m_seedGiven);
    seedRow->addWidget(m_seed, 1);
    form->addRow(tr("Seed:"), withProblem(seedRow, m_seedProblem));
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    addButtons(this, layout, &m_ok, tr("Draw"));

    connect(m_seedGiven, &QCheckBox::toggled, this, [this](bool on) {
        m_seed->setEnabled(on);
        if (on)
            m_seed->setFocus();
        validate();
    });
    connect(m_seed, &QLineEdit::textChanged, this, &DrawSampleDialog::validate);
    validate();
    fitWidth(this, 46);
    m_period->setFocus();
}

void DrawSampleDialog::validate()
{
    QString reason;
    if (m_seedGiven->isChecked() && m_seed->text().isEmpty())
        reason = tr("Type the seed, or clear the box for a random draw.");
    showProblem(m_seedProblem, reason);
    m_ok->setEnabled(reason.isEmpty());
    m_ok->setToolTip(reason);
}

void DrawSampleDialog::accept()
{
    validate();
    if (!m_ok->isEnabled())
        return;
    std::optional<qint64> seed;
    if (m_seedGiven->isChecked())
        seed = m_seed->text().toLongLong();
    qint64 id = 0;
    StoreError error;
    if (!SupervisionStore(m_vault.database().connection(), m_now)
             .drawSample(m_vault.session(), m_period->currentData().toString(), m_size->value(),
                         seed, &id, &error)) {
        showProblem(m_problem, error.message);
        return;
    }
    emit drawn(id);
    QDialog::accept();
}

// ---- FindingDialog -------------------------------------------------------------------------

FindingDialog::FindingDialog(Vault& vault, qint64 sampleId, int item, const QString& record,
                             const QDateTime& now, QWidget* parent)
    : QDialog(parent)
    , m_vault(vault)
    , m_now(now.isValid() ? now : QDateTime::currentDateTime())
    , m_sampleId(sampleId)
    , m_item(item)
    , m_ok(new QRadioButton(tr("&OK: nothing to correct")))
    , m_issue(new QRadioButton(tr("&Issue: something must be corrected")))
    , m_note(noteEdit(QStringLiteral("findingNote"),
                      tr("What is wrong or missing, and what should be done."), 4))
    , m_noteProblem(makeProblemLabel(QStringLiteral("findingNoteProblem")))
    , m_problem(makeProblemLabel(QStringLiteral("findingProblem")))
{
    setObjectName(QStringLiteral("findingDialog"));
    setWindowTitle(tr("Finding for item %1 of spot check %2").arg(item).arg(sampleId));
    auto* what = new QLabel(record);
    what->setObjectName(QStringLiteral("findingRecord"));
    what->setWordWrap(true);
    QFont bold = what->font();
    bold.setBold(true);
    what->setFont(bold);
    m_ok->setObjectName(QStringLiteral("findingOk"));
    m_issue->setObjectName(QStringLiteral("findingIssue"));
    auto* group = new QButtonGroup(this);
    group->addButton(m_ok);
    group->addButton(m_issue);
    m_ok->setChecked(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(what);
    auto* form = new QFormLayout;
    auto* choice = new QVBoxLayout;
    choice->addWidget(m_ok);
    choice->addWidget(m_issue);
    form->addRow(tr("Finding: *"), choice);
    form->addRow(tr("&Note:"), withProblem(m_note, m_noteProblem));
    layout->addLayout(form);
    auto* stands = new QLabel(tr("A finding stands once recorded; it cannot be changed."));
    stands->setWordWrap(true);
    stands->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(stands);
    layout->addWidget(m_problem);
    addButtons(this, layout, &m_save, tr("Record finding"));
    connect(m_ok, &QRadioButton::toggled, this, &FindingDialog::validate);
    connect(m_issue, &QRadioButton::toggled, this, &FindingDialog::validate);
    connect(m_note, &QPlainTextEdit::textChanged, this, &FindingDialog::validate);
    validate();
    fitWidth(this, 46);
    m_ok->setFocus();
}

void FindingDialog::validate()
{
    const QString note = m_note->toPlainText().trimmed();
    QString reason;
    if (m_issue->isChecked() && note.isEmpty())
        reason = tr("An issue needs a note: say what must be corrected.");
    else if (note.size() > SupervisionStore::MaximumTextLength)
        reason =
            tr("The note is longer than %1 characters.").arg(SupervisionStore::MaximumTextLength);
    showProblem(m_noteProblem, reason);
    m_save->setEnabled(reason.isEmpty());
    m_save->setToolTip(reason);
}

void FindingDialog::accept()
{
    validate();
    if (!m_save->isEnabled())
        return;
    StoreError error;
    if (!SupervisionStore(m_vault.database().connection(), m_now)
             .recordFinding(m_vault.session(), m_sampleId, m_item,
                            m_issue->isChecked() ? QStringLiteral("issue") : QStringLiteral("ok"),
                            m_note->toPlainText(), &error)) {
        showProblem(m_problem, error.message);
        return;
    }
    emit recorded(m_sampleId, m_item);
    QDialog::accept();
}

// ---- MeasureDialog -------------------------------------------------------------------------

MeasureDialog::MeasureDialog(Vault& vault, const NewMeasure& preset, const QString& sourceText,
                             const QDateTime& now, QWidget* parent)
    : QDialog(parent)
    , m_vault(vault)
    , m_now(now.isValid() ? now : QDateTime::currentDateTime())
    , m_preset(preset)
    , m_title(new QLineEdit(preset.title))
    , m_titleProblem(makeProblemLabel(QStringLiteral("measureTitleProblem")))
    , m_description(noteEdit(QStringLiteral("measureDescription"),
                             tr("What is to be done, by whom, and how it will be checked."), 4))
    , m_owner(new QComboBox)
    , m_due(new QDateEdit)
    , m_problem(makeProblemLabel(QStringLiteral("measureProblem")))
{
    setObjectName(QStringLiteral("measureDialog"));
    setWindowTitle(tr("Add improvement measure"));
    auto* source = new QLabel(sourceText);
    source->setObjectName(QStringLiteral("measureSource"));
    source->setWordWrap(true);
    m_title->setObjectName(QStringLiteral("measureTitle"));
    m_title->setMaxLength(MaximumTitleLength);
    m_title->setPlaceholderText(tr("e.g. Record the customer's feedback after every call"));
    m_description->setPlainText(preset.description);
    m_owner->setObjectName(QStringLiteral("measureOwner"));
    const Session& session = vault.session();
    const QStringList rms =
        CustomerListing(vault.database().connection(), session).rmChoices(session.branch);
    for (const QString& name : rms)
        m_owner->addItem(name, name);
    m_owner->addItem(tr("%1 (you)").arg(session.userName), session.userName);
    const int presetOwner = m_owner->findData(preset.owner);
    m_owner->setCurrentIndex(presetOwner >= 0 ? presetOwner : 0);
    m_owner->setToolTip(
        tr("An active relationship manager or supervisor of branch %1.").arg(session.branch));
    m_due->setObjectName(QStringLiteral("measureDue"));
    m_due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_due->setCalendarPopup(true);
    m_due->setMinimumDate(m_now.date());
    m_due->setDate(preset.due.isValid() ? preset.due : m_now.date().addDays(30));
    m_due->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("2026-12-31")) +
                           fontMetrics().height() * 3);

    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->addRow(tr("Source:"), source);
    form->addRow(tr("&Title: *"), withProblem(m_title, m_titleProblem));
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Owner: *"), m_owner);
    form->addRow(tr("D&ue: *"), m_due);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    addButtons(this, layout, &m_ok, tr("Add measure"));
    connect(m_title, &QLineEdit::textChanged, this, &MeasureDialog::validate);
    connect(m_description, &QPlainTextEdit::textChanged, this, &MeasureDialog::validate);
    validate();
    fitWidth(this, 48);
    m_title->setFocus();
}

void MeasureDialog::validate()
{
    QString reason;
    if (m_title->text().trimmed().isEmpty())
        reason = tr("Give the measure a title.");
    else if (m_description->toPlainText().trimmed().size() > SupervisionStore::MaximumTextLength)
        reason = tr("The description may have at most %1 characters.")
                     .arg(SupervisionStore::MaximumTextLength);
    // Under the title once something was typed; the tooltip says it from the start.
    showProblem(m_titleProblem, m_title->isModified() ? reason : QString());
    m_ok->setEnabled(reason.isEmpty());
    m_ok->setToolTip(reason);
}

void MeasureDialog::accept()
{
    validate();
    if (!m_ok->isEnabled())
        return;
    NewMeasure m = m_preset;
    m.title = m_title->text().trimmed();
    m.description = m_description->toPlainText().trimmed();
    m.owner = m_owner->currentData().toString();
    m.due = m_due->date();
    qint64 id = 0;
    StoreError error;
    if (!SupervisionStore(m_vault.database().connection(), m_now)
             .addMeasure(m_vault.session(), m, &id, &error)) {
        showProblem(m_problem, error.message);
        return;
    }
    emit added(id);
    QDialog::accept();
}

// ---- CompleteMeasureDialog -----------------------------------------------------------------

CompleteMeasureDialog::CompleteMeasureDialog(Vault& vault, const ImprovementMeasure& measure,
                                             const QDateTime& now, QWidget* parent)
    : QDialog(parent)
    , m_vault(vault)
    , m_now(now.isValid() ? now : QDateTime::currentDateTime())
    , m_id(measure.id)
    , m_note(noteEdit(QStringLiteral("measureDoneNote"),
                      tr("What was done, and where the evidence is."), 4))
    , m_problem(makeProblemLabel(QStringLiteral("measureDoneProblem")))
{
    setObjectName(QStringLiteral("completeMeasureDialog"));
    setWindowTitle(tr("Complete measure %1").arg(measure.id));
    auto* what = new QLabel(
        tr("%1 (owner %2, due %3). Once complete the measure is closed.")
            .arg(measure.title, measure.owner, measure.due.toString(QStringLiteral("yyyy-MM-dd"))));
    what->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(what);
    auto* form = new QFormLayout;
    form->addRow(tr("&What was done: *"), withProblem(m_note, m_problem));
    layout->addLayout(form);
    addButtons(this, layout, &m_ok, tr("Complete"));
    connect(m_note, &QPlainTextEdit::textChanged, this, &CompleteMeasureDialog::validate);
    validate();
    fitWidth(this, 46);
    m_note->setFocus();
}

void CompleteMeasureDialog::validate()
{
    const QString note = m_note->toPlainText().trimmed();
    QString reason;
    if (note.isEmpty())
        reason = tr("Say what was done.");
    else if (note.size() > SupervisionStore::MaximumTextLength)
        reason =
            tr("The note is longer than %1 characters.").arg(SupervisionStore::MaximumTextLength);
    m_ok->setEnabled(reason.isEmpty());
    m_ok->setToolTip(reason);
    if (!note.isEmpty() || reason.isEmpty())
        showProblem(m_problem, reason);
}

void CompleteMeasureDialog::accept()
{
    validate();
    if (!m_ok->isEnabled()) {
        showProblem(m_problem, m_ok->toolTip());
        return;
    }
    StoreError error;
    if (!SupervisionStore(m_vault.database().connection(), m_now)
             .completeMeasure(m_vault.session(), m_id, m_note->toPlainText(), &error)) {
        showProblem(m_problem, error.message);
        return;
    }
    emit completed(m_id);
    QDialog::accept();
}

} // namespace rmdesk
