#include "exportdialog.h"

#include "backgroundtask.h"
#include "customerui.h"
#include "dialogs.h"
#include "passwordpair.h"
#include "security/masking.h"
#include "security/permissions.h"
#include "security/vault.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace rmdesk {

namespace {

QString suffixOf(ExportFormat format)
{
    return CustomerExport::formatName(format);
}

} // namespace

ExportDialog::ExportDialog(Vault& vault, const CustomerListQuery& query, QWidget* parent)
    : QDialog(parent)
    , m_vault(vault)
    , m_query(query)
    , m_format(new QComboBox)
    , m_file(new QLineEdit)
    , m_fileProblem(makeProblemLabel(QStringLiteral("exportFileProblem")))
    , m_filtered(new QRadioButton(tr("The &list as filtered, in its order")))
    , m_all(new QRadioButton(tr("&All customers I may see")))
    , m_unmasked(new QCheckBox(tr("&Unmasked: names, ID numbers, phone numbers and addresses in "
                                  "full")))
    , m_reason(new QLineEdit)
    , m_reasonProblem(makeProblemLabel(QStringLiteral("exportReasonProblem")))
    , m_progress(new QProgressBar)
    , m_result(new QLabel)
    , m_task(new BackgroundTask(vault.database(), QStringLiteral("customer export"), this))
    , m_stop(std::make_shared<std::atomic_bool>(false))
    , m_outcome(std::make_shared<std::optional<CustomerExportResult>>())
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export customers"));
    const Session& session = vault.session();

    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->addItem(tr("Excel workbook (XLSX)"), int(ExportFormat::Xlsx));
    m_format->addItem(tr("CSV, UTF-8 (for other programs and import)"), int(ExportFormat::Csv));
    m_file->setObjectName(QStringLiteral("exportFile"));
    m_file->setText(QDir::toNativeSeparators(QDir::home().filePath(
        QStringLiteral("customers-%1.xlsx").arg(QDate::currentDate().toString(Qt::ISODate)))));
    m_file->setMinimumWidth(fontMetrics().averageCharWidth() * 48);
    auto* browse = new QToolButton;
    browse->setObjectName(QStringLiteral("exportBrowse"));
    browse->setText(tr("C&hoose…"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);

    m_filtered->setObjectName(QStringLiteral("exportFiltered"));
    m_all->setObjectName(QStringLiteral("exportAll"));
    m_filtered->setChecked(true);
    auto* which = new QVBoxLayout;
    which->addWidget(m_filtered);
    which->addWidget(m_all);

    m_unmasked->setObjectName(QStringLiteral("exportUnmasked"));
    m_reason->setObjectName(QStringLiteral("exportReason"));
    m_reason->setPlaceholderText(tr("Why you need the data in full; kept in the audit trail"));
    m_reason->setEnabled(false);
    auto* masking = new QLabel(tr("Without it, sensitive fields are masked as on screen "
                                  "(138****5678)."));
    masking->setObjectName(QStringLiteral("exportMaskingNote"));
    masking->setWordWrap(true);
    masking->setForegroundRole(QPalette::PlaceholderText);
    const bool mayUnmask = CustomerExport::mayUnmask(session);

    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setVisible(false);
    m_progress->setFormat(tr("%v of %m"));
    m_result->setObjectName(QStringLiteral("exportResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setVisible(false);

    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->addRow(tr("F&ormat:"), m_format);
    form->addRow(tr("&File: *"), withProblem(fileRow, m_fileProblem));
    form->addRow(tr("Customers:"), which);
    if (mayUnmask) {
        auto* unmaskBox = new QVBoxLayout;
        unmaskBox->addWidget(m_unmasked);
        unmaskBox->addWidget(masking);
        form->addRow(tr("Sensitive fields:"), unmaskBox);
        form->addRow(tr("&Reason:"), withProblem(m_reason, m_reasonProblem));
    } else {
        // Not offered: kept out of the layout and hidden.
        m_unmasked->setParent(this);
        m_unmasked->hide();
        m_reason->setParent(this);
        m_reason->hide();
        m_reasonProblem->setParent(this);
        m_reasonProblem->hide();
        form->addRow(tr("Sensitive fields:"), masking);
    }
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(fileRow->parentWidget())))
        label->setBuddy(m_file);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addStretch(1);
    auto* buttons = new QDialogButtonBox;
    m_export = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setDefault(true);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    layout->addWidget(buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(browse, &QToolButton::clicked, this, &ExportDialog::browse);
    connect(m_file, &QLineEdit::textChanged, this, [this] {
        // A typed .csv or .xlsx chooses the format.
        const auto format = CustomerExport::formatFor(m_file->text().trimmed());
        const int index = format ? m_format->findData(int(*format)) : -1;
        if (index >= 0 && index != m_format->currentIndex()) {
            const QSignalBlocker block(m_format);
            m_format->setCurrentIndex(index);
        }
        validate();
    });
    connect(m_unmasked, &QCheckBox::toggled, this, [this](bool on) {
        m_reason->setEnabled(on);
        if (on)
            m_reason->setFocus();
        validate();
    });
    connect(m_reason, &QLineEdit::textChanged, this, &ExportDialog::validate);

    if (!CustomerExport::mayExport(session)) {
        m_result->setText(Permissions::refusal(session, Action::CustomerExport));
        m_result->setVisible(true);
    }
    validate();
}

ExportDialog::~ExportDialog()
{
    // Stops a running export (its partial file is removed) and waits for the worker to end
    // before anything it reports to is gone.
    m_stop->store(true);
    delete m_task;
    m_task = nullptr;
}

void ExportDialog::formatChanged()
{
    const auto format = ExportFormat(m_format->currentData().toInt());
    const QString text = m_file->text().trimmed();
    if (text.isEmpty())
        return;
    const QFileInfo info(text);
    const QString base = CustomerExport::formatFor(text) || info.suffix().isEmpty()
                             ? info.completeBaseName()
                             : info.fileName();
    const QString dir = text.left(text.size() - info.fileName().size());
    m_file->setText(dir + base + QLatin1Char('.') + suffixOf(format));
}

void ExportDialog::browse()
{
    const auto format = ExportFormat(m_format->currentData().toInt());
    const QString filter =
        format == ExportFormat::Xlsx ? tr("Excel workbooks (*.xlsx)") : tr("CSV files (*.csv)");
    const QString name =
        Dialogs::saveFileName(this, tr("Export customers"),
                              QDir::fromNativeSeparators(m_file->text()), filter, suffixOf(format));
    if (!name.isEmpty())
        m_file->setText(QDir::toNativeSeparators(name));
}

void ExportDialog::validate()
{
    const QString file = m_file->text().trimmed();
    QString fileProblem;
    if (file.isEmpty())
        fileProblem = tr("Choose the file to write.");
    else if (!CustomerExport::formatFor(file))
        fileProblem = tr("The file name must end in .csv or .xlsx.");
    QString reasonProblem;
    if (m_unmasked->isChecked() &&
        m_reason->text().trimmed().size() < UnmaskRecorder::MinimumReasonLength)
        reasonProblem = tr("Say why you need the data in full (at least %1 characters).")
                            .arg(UnmaskRecorder::MinimumReasonLength);
    showProblem(m_fileProblem, fileProblem);
    showProblem(m_reasonProblem, reasonProblem);
    QString blocked = fileProblem.isEmpty() ? reasonProblem : fileProblem;
    if (!CustomerExport::mayExport(m_vault.session()))
        blocked = Permissions::refusal(m_vault.session(), Action::CustomerExport);
    m_export->setEnabled(!m_running && blocked.isEmpty());
    m_export->setToolTip(blocked);
}

void ExportDialog::setRunning(bool running)
{
    m_running = running;
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_format, m_file, m_filtered, m_all, m_unmasked, m_reason})
        w->setEnabled(!running);
    if (auto* browse = findChild<QToolButton*>(QStringLiteral("exportBrowse")))
        browse->setEnabled(!running);
    if (!running)
        m_reason->setEnabled(m_unmasked->isChecked());
    m_progress->setVisible(running);
    m_cancel->setEnabled(true);
    validate();
}

void ExportDialog::accept()
{
    validate();
    if (m_running || !m_export->isEnabled())
        return;
    const QString file =
        QFileInfo(QDir::fromNativeSeparators(m_file->text().trimmed())).absoluteFilePath();
    if (QFileInfo::exists(file) &&
        !Dialogs::confirm(this, tr("Export customers"),
                          tr("%1 exists already. Replace it with the export?")
                              .arg(QDir::toNativeSeparators(file)),
                          tr("&Replace")))
        return;
    CustomerExportOptions options;
    options.fileName = file;
    if (m_filtered->isChecked())
        options.query = m_query;
    options.unmasked = m_unmasked->isChecked();
    options.reason = options.unmasked ? m_reason->text().trimmed() : QString();

    m_stop->store(false);
    m_outcome->reset();
    m_result->setVisible(false);
    m_progress->setRange(0, 0); // busy until the list is counted
    m_progress->setValue(0);
    setRunning(true);
    const Session session = m_vault.session();
    auto stop = m_stop;
    auto outcome = m_outcome;
    m_task->run(
        [this, session, options, stop, outcome](QSqlDatabase db, StoreError* error) {
            const auto progress = [this, stop](int done, int total) {
                QMetaObject::invokeMethod(
                    this,
                    [this, done, total] {
                        m_progress->setRange(0, std::max(total, 1));
                        m_progress->setValue(done);
                    },
                    Qt::QueuedConnection);
                return !stop->load();
            };
            *outcome = CustomerExport(db).run(session, options, error, progress);
        },
        [this](const StoreError& error) { finished(error); });
}

void ExportDialog::reject()
{
    if (m_running) {
        m_stop->store(true);
        m_cancel->setEnabled(false); // until the worker has stopped and removed the file
        m_result->setText(tr("Cancelling…"));
        m_result->setVisible(true);
        return;
    }
    QDialog::reject();
}

void ExportDialog::finished(const StoreError& error)
{
    setRunning(false);
    m_result->setVisible(true);
    const auto& outcome = *m_outcome;
    if (!outcome) {
        m_result->setText(error.message);
        CustomerUi::setTextColour(m_result, CustomerUi::breachedColour());
        return;
    }
    CustomerUi::setTextColour(m_result, QColor());
    if (outcome->cancelled) {
        m_result->setText(tr("The export was cancelled; no file was written."));
        return;
    }
    m_result->setText(
        tr("Exported %1 customers to %2.")
            .arg(QLocale().toString(outcome->rows), QDir::toNativeSeparators(outcome->fileName)));
    m_cancel->setText(tr("Close"));
    emit exported(*outcome);
}

} // namespace rmdesk
