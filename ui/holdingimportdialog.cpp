#include "holdingimportdialog.h"

#include "backgroundtask.h"
#include "customerui.h"
#include "dialogs.h"
#include "security/vault.h"
#include "stores/customerimport.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rmdesk {

HoldingImportDialog::HoldingImportDialog(Vault& vault, Kind kind, QWidget* parent)
    : QDialog(parent)
    , m_vault(vault)
    , m_kind(kind)
    , m_file(new QLineEdit)
    , m_allOrNothing(new QCheckBox(tr("All or nothing: import only if every row is valid")))
    , m_progress(new QProgressBar)
    , m_result(new QLabel)
    , m_problems(CustomerUi::makeTable(QStringLiteral("holdingProblems"),
                                       {tr("Line"), tr("Column"), tr("Reason")}))
    , m_saveReport(new QPushButton(tr("Save report…")))
    , m_task(new BackgroundTask(vault.database(), QStringLiteral("holding import"), this))
    , m_stop(std::make_shared<std::atomic_bool>(false))
    , m_outcome(std::make_shared<Outcome>())
{
    setObjectName(QStringLiteral("holdingImportDialog"));
    const bool holdings = m_kind == Kind::Holdings;
    setWindowTitle(holdings ? tr("Import month-end balances") : tr("Import the product catalogue"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        holdings ? tr("A CSV file (UTF-8 or GB18030) with one row per customer, product and "
                      "month: customer_id (or id_number), product_code, month (YYYY-MM) and "
                      "balance in yuan; 0 for a product sold out that month. A month already on "
                      "file is corrected. Afterwards each customer's AUM and tier are those of "
                      "their latest month.")
                 : tr("A CSV file (UTF-8 or GB18030) with the columns code, name, type (deposit, "
                      "wealth, fund, insurance, bond, loan, other) and risk_level (R1 to R5). "
                      "New codes are added, known ones updated; a changed risk level is named in "
                      "the audit trail, as it decides which customers a product suits."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* fileRow = new QHBoxLayout;
    m_file->setObjectName(QStringLiteral("holdingFile"));
    m_file->setPlaceholderText(tr("Choose a CSV file"));
    auto* browse = new QPushButton(tr("Choose…"));
    browse->setObjectName(QStringLiteral("holdingBrowse"));
    fileRow->addWidget(new QLabel(tr("File:")));
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    layout->addLayout(fileRow);
    m_allOrNothing->setObjectName(QStringLiteral("holdingAllOrNothing"));
    layout->addWidget(m_allOrNothing);

    m_progress->setObjectName(QStringLiteral("holdingProgress"));
    m_progress->setVisible(false);
    layout->addWidget(m_progress);
    m_result->setObjectName(QStringLiteral("holdingResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);
    layout->addWidget(m_problems, 1);
    m_saveReport->setObjectName(QStringLiteral("holdingSaveReport"));
    m_saveReport->setToolTip(
        tr("The rejected rows with their reasons, as CSV readable by you only"));
    auto* reportRow = new QHBoxLayout;
    reportRow->addStretch(1);
    reportRow->addWidget(m_saveReport);
    layout->addLayout(reportRow);

    auto* buttons = new QDialogButtonBox;
    m_check = buttons->addButton(tr("Check"), QDialogButtonBox::ActionRole);
    m_check->setObjectName(QStringLiteral("holdingCheck"));
    m_check->setToolTip(tr("Read every row and list the problems; nothing is written"));
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("holdingImport"));
    m_cancel = buttons->addButton(QDialogButtonBox::Close);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, &HoldingImportDialog::browse);
    connect(m_check, &QPushButton::clicked, this, &HoldingImportDialog::check);
    connect(buttons, &QDialogButtonBox::accepted, this, &HoldingImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &HoldingImportDialog::reject);
    connect(m_saveReport, &QPushButton::clicked, this, &HoldingImportDialog::saveReport);
    connect(m_file, &QLineEdit::textChanged, this, [this] {
        if (!m_running)
            setRunning(false); // the buttons follow the file
    });

    const QFontMetrics fm = fontMetrics();
    resize(fm.averageCharWidth() * 100, fm.height() * 30);
    setRunning(false);
}

HoldingImportDialog::~HoldingImportDialog()
{
    // Stop the worker and wait for it while this dialog is still whole: its progress callback
    // posts to this object.
    m_stop->store(true);
    delete m_task;
    m_task = nullptr;
}

void HoldingImportDialog::setFile(const QString& fileName)
{
    if (!m_running)
        m_file->setText(QDir::toNativeSeparators(fileName));
}

void HoldingImportDialog::browse()
{
    const QString name = Dialogs::openFileName(this, tr("Choose a CSV file"), QDir::homePath(),
                                               tr("CSV files (*.csv);;All files (*)"));
    if (!name.isEmpty())
        setFile(name);
}

void HoldingImportDialog::setRunning(bool running)
{
    m_running = running;
    const bool haveFile = !m_file->text().trimmed().isEmpty();
    m_check->setEnabled(!running && haveFile);
    m_import->setEnabled(!running && haveFile);
    m_import->setToolTip(haveFile ? QString() : tr("Choose a CSV file first"));
    m_file->setEnabled(!running);
    m_allOrNothing->setEnabled(!running);
    m_progress->setVisible(running);
    m_cancel->setText(running ? tr("Cancel") : tr("Close"));
    m_cancel->setEnabled(true);
    m_saveReport->setEnabled(!running && !m_lastProblems.isEmpty());
    m_problems->setVisible(!m_lastProblems.isEmpty());
}

void HoldingImportDialog::check()
{
    start(true);
}

void HoldingImportDialog::accept()
{
    start(false);
}

void HoldingImportDialog::start(bool dryRun)
{
    if (m_running || m_file->text().trimmed().isEmpty())
        return;
    HoldingImportOptions options;
    options.dryRun = dryRun;
    options.allOrNothing = m_allOrNothing->isChecked();
    const QString fileName = QDir::fromNativeSeparators(m_file->text().trimmed());
    const Session session = m_vault.session();
    const Kind kind = m_kind;
    m_stop->store(false);
    *m_outcome = Outcome{};
    m_outcome->dryRun = dryRun;
    m_lastProblems.clear();
    m_problems->setRowCount(0);
    m_result->setText(dryRun ? tr("Checking…") : tr("Importing…"));
    CustomerUi::setTextColour(m_result, QColor());
    m_progress->setRange(0, 0);
    setRunning(true);
    const auto stop = m_stop;
    const auto outcome = m_outcome;
    options.progress = [this, stop](int done, int total) {
        if (stop->load())
            return false;
        QMetaObject::invokeMethod(
            this,
            [this, done, total] {
                m_progress->setRange(0, std::max(total, 1));
                m_progress->setValue(done);
            },
            Qt::QueuedConnection);
        return !stop->load();
    };
    m_task->run(
        [=](QSqlDatabase db, StoreError* error) {
            HoldingImport import(db);
            outcome->ok =
                kind == Kind::Holdings
                    ? import.importHoldings(session, fileName, options, &outcome->holdings, error)
                    : import.importProducts(session, fileName, options, &outcome->products, error);
        },
        [this](const StoreError& error) { finished(error); });
}

void HoldingImportDialog::reject()
{
    if (m_running) {
        m_stop->store(true);
        m_cancel->setEnabled(false); // until the worker has stopped and rolled back
        m_result->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

void HoldingImportDialog::finished(const StoreError& error)
{
    const Outcome& o = *m_outcome;
    QString text;
    if (m_kind == Kind::Holdings) {
        m_lastProblems = o.holdings.problems;
        text = HoldingImport::summary(o.holdings, o.dryRun);
    } else {
        m_lastProblems = o.products.problems;
        text = HoldingImport::summary(o.products, o.dryRun);
    }
    if (!o.ok)
        text = error.message + (m_lastProblems.isEmpty() ? QString() : QLatin1Char('\n') + text);
    m_result->setText(text);
    CustomerUi::setTextColour(m_result, o.ok ? QColor() : CustomerUi::breachedColour());
    for (const ImportProblem& p : std::as_const(m_lastProblems))
        CustomerUi::appendRow(m_problems, {QString::number(p.line), p.column, p.reason}, {0});
    CustomerUi::fitColumns(m_problems);
    setRunning(false);
    if (o.ok && !o.dryRun)
        emit imported();
}

void HoldingImportDialog::saveReport()
{
    const QString name = Dialogs::saveFileName(this, tr("Save the report"), QDir::homePath(),
                                               tr("CSV files (*.csv)"), QStringLiteral("csv"));
    if (name.isEmpty())
        return;
    ImportResult report;
    report.problems = m_lastProblems;
    QString why;
    const QString source = QDir::fromNativeSeparators(m_file->text().trimmed());
    if (!CustomerImport::writeReport(
            report, name, CustomerImport::protectedFiles(m_vault.database().connection(), source),
            &why)) {
        m_result->setText(why);
        CustomerUi::setTextColour(m_result, CustomerUi::breachedColour());
        return;
    }
    m_result->setText(m_result->text() + QLatin1Char('\n') +
                      tr("Report saved: %1").arg(QDir::toNativeSeparators(name)));
}

} // namespace rmdesk
