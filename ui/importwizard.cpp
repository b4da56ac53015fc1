// The customer import wizard: reading the file and its preview off the GUI thread, the import on
// a worker with its own connection, Cancel, and the report. The pages are in
// importwizardpages.cpp.
#include "importwizard.h"

#include "backgroundtask.h"
#include "customerui.h"
#include "dialogs.h"
#include "passwordpair.h"
#include "security/vault.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>

#include <atomic>

namespace rmdesk {

struct ImportWizard::RunControl
{
    std::atomic<bool> cancel{false};
    ProgressHook hook;
};

ImportWizard::ImportWizard(Vault& vault, QWidget* parent)
    : QWizard(parent)
    , m_vault(vault)
    , m_previewTask(new BackgroundTask(vault.database(), QStringLiteral("importPreview"), this))
    , m_runTask(new BackgroundTask(vault.database(), QStringLiteral("customerImport"), this))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import customers"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(FilePageId, buildFilePage());
    setPage(MappingPageId, buildMappingPage());
    setPage(PreviewPageId, buildPreviewPage());
    setPage(ImportPageId, buildImportPage());
    setPage(ResultPageId, buildResultPage());
    button(QWizard::NextButton)->setObjectName(QStringLiteral("nextButton"));
    button(QWizard::BackButton)->setObjectName(QStringLiteral("backButton"));
    button(QWizard::CommitButton)->setObjectName(QStringLiteral("importButton"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("finishButton"));
    button(QWizard::CancelButton)->setObjectName(QStringLiteral("cancelButton"));
    const QFontMetrics fm = fontMetrics();
    resize(fm.horizontalAdvance(QLatin1Char('M')) * 72, fm.height() * 34);
}

ImportWizard::~ImportWizard()
{
    // Stop a running import and wait for the workers while this object is still whole.
    if (m_control)
        m_control->cancel = true;
    delete m_runTask;
    m_runTask = nullptr;
    delete m_previewTask;
    m_previewTask = nullptr;
}

QString ImportWizard::fieldLabel(const QString& field)
{
    if (field == QLatin1String("type"))
        return tr("Customer type");
    return CustomerFields::label(field);
}

QString ImportWizard::fileName() const
{
    return QDir::fromNativeSeparators(m_file->text().trimmed());
}

CustomerImportOptions ImportWizard::options() const
{
    CustomerImportOptions o;
    o.encoding = m_encoding->currentData().toString();
    o.mapping = chosenMapping();
    o.duplicates = m_updateDuplicates->isChecked() ? CustomerImportOptions::Duplicates::Update
                                                   : CustomerImportOptions::Duplicates::Skip;
    o.allOrNothing = m_allOrNothing->isChecked();
    o.dryRun = m_dryRun->isChecked();
    return o;
}

QHash<QString, int> ImportWizard::chosenMapping() const
{
    QHash<QString, int> mapping;
    for (auto it = m_mapCombos.cbegin(); it != m_mapCombos.cend(); ++it) {
        const int column = it.value()->currentData().toInt();
        if (column >= 0)
            mapping.insert(it.key(), column);
    }
    return mapping;
}

// What a preview was read from: the file as it is on disk now, and the encoding asked for.
QString ImportWizard::fileKey() const
{
    const QFileInfo info(fileName());
    return QStringLiteral("%1|%2|%3|%4")
        .arg(info.absoluteFilePath(), m_encoding->currentData().toString())
        .arg(info.size())
        .arg(info.lastModified().toMSecsSinceEpoch());
}

QString ImportWizard::mappingKey() const
{
    QStringList pairs;
    const QHash<QString, int> mapping = chosenMapping();
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
        pairs << QStringLiteral("%1=%2").arg(it.key()).arg(it.value());
    pairs.sort();
    return fileKey() + QLatin1Char('|') + pairs.join(QLatin1Char(','));
}

QStringList ImportWizard::requiredFields() const
{
    QStringList required;
    for (const QString& field : CustomerImport::targetFields()) {
        bool needed = m_extraRequired.contains(field);
        for (const CustomerType type : {CustomerType::Individual, CustomerType::Institution}) {
            const FieldDef* def = CustomerFields::find(type, field);
            needed = needed || (def && def->required);
        }
        if (needed)
            required << field;
    }
    return required;
}

QString ImportWizard::mappingProblem() const
{
    const QHash<QString, int> mapping = chosenMapping();
    QStringList missing;
    for (const QString& field : requiredFields())
        if (!mapping.contains(field))
            missing << fieldLabel(field);
    if (missing.isEmpty())
        return QString();
    return tr("Choose the column that holds %1: it is required.")
        .arg(QLocale().createSeparatedList(missing));
}

void ImportWizard::browse()
{
    QString folder = QFileInfo(fileName()).absolutePath();
    if (fileName().isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    const QString chosen = Dialogs::openFileName(this, tr("Import customers from"), folder,
                                                 tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!chosen.isEmpty())
        m_file->setText(QDir::toNativeSeparators(chosen));
}

// The file page's Next: reads the file on a worker, then goes on by itself.
bool ImportWizard::fileValidated()
{
    if (m_loading)
        return false;
    if (m_recognised && m_recognisedKey == fileKey())
        return true;
    const QFileInfo info(fileName());
    if (!info.isFile()) {
        showProblem(m_fileProblem, tr("There is no file %1. Choose the CSV file to import.")
                                       .arg(QDir::toNativeSeparators(fileName())));
        return false;
    }
    if (!info.isReadable()) {
        showProblem(m_fileProblem, tr("The file %1 cannot be read: check its permissions.")
                                       .arg(QDir::toNativeSeparators(fileName())));
        return false;
    }
    showProblem(m_fileProblem, QString());
    requestPreview(FilePageId);
    return false;
}

// The mapping page's Next: checks the first rows with the chosen columns, then goes on.
bool ImportWizard::mappingValidated()
{
    if (m_loading || !mappingProblem().isEmpty())
        return false;
    if (m_preview && m_previewKey == mappingKey())
        return true;
    requestPreview(MappingPageId);
    return false;
}

void ImportWizard::requestPreview(PageId stage)
{
    CustomerImportOptions o = options();
    if (stage == FilePageId)
        o.mapping.clear(); // recognise the columns from the header row
    const QString file = fileName();
    const QString key = stage == FilePageId ? fileKey() : mappingKey();
    const Session session = m_vault.session();
    auto out = std::make_shared<std::optional<ImportPreview>>();
    const int request = ++m_previewRequest;
    m_loading = true;
    QLabel* status = stage == FilePageId ? m_fileStatus : m_mappingStatus;
    status->setText(tr("Reading the file…"));
    (stage == FilePageId ? m_filePage : m_mappingPage)->changed();
    m_previewTask->run(
        [out, session, file, o](QSqlDatabase db, StoreError* error) {
            *out = CustomerImport(db).preview(session, file, o, PreviewRows, error);
        },
        [this, out, request, stage, key](const StoreError& error) {
            if (request == m_previewRequest)
                previewLoaded(stage, std::move(*out), key, error);
        });
}

void ImportWizard::previewLoaded(PageId stage, std::optional<ImportPreview> preview,
                                 const QString& key, const StoreError& error)
{
    m_loading = false;
    for (ImportWizardPage* p : {m_filePage, m_mappingPage, m_previewPage})
        p->changed(); // Next waited for the reading on whichever page is shown now
    ImportWizardPage* page = stage == FilePageId ? m_filePage : m_mappingPage;
    QLabel* problem = stage == FilePageId ? m_fileProblem : m_mappingProblem;
    (stage == FilePageId ? m_fileStatus : m_mappingStatus)->clear();
    if (!preview) {
        showProblem(problem, error.message.isEmpty()
                                 ? tr("The file could not be read. Check that it is a CSV file.")
                                 : error.message);
        page->changed();
        return;
    }
    showProblem(problem, QString());
    if (stage == FilePageId) {
        for (const QString& field : preview->missingRequired)
            if (!m_extraRequired.contains(field))
                m_extraRequired << field;
        m_recognised = std::move(preview);
        m_recognisedKey = key;
        fillMapping(*m_recognised);
        // The columns as recognised are the ones chosen until someone changes them.
        m_preview = m_recognised;
        m_previewKey = mappingKey();
        fillPreview(*m_preview);
    } else {
        if (!preview->missingRequired.isEmpty()) {
            QStringList labels;
            for (const QString& field : preview->missingRequired) {
                labels << fieldLabel(field);
                if (!m_extraRequired.contains(field))
                    m_extraRequired << field;
            }
            showProblem(problem, tr("Choose the column that holds %1: it is required.")
                                     .arg(QLocale().createSeparatedList(labels)));
            updateMappingState();
            return;
        }
        m_preview = std::move(preview);
        m_previewKey = key;
        fillPreview(*m_preview);
    }
    page->changed();
    if (currentId() == stage)
        next();
}

void ImportWizard::startRun()
{
    m_runOptions = options();
    m_result.reset();
    m_runError = StoreError();
    m_running = true;
    m_cancelRequested = false;
    auto control = std::make_shared<RunControl>();
    control->hook = m_hook;
    m_control = control;
    const int run = ++m_runCount;
    const bool dryRun = m_runOptions.dryRun;
    m_importPage->setTitle(dryRun ? tr("Checking every row") : tr("Importing customers"));
    m_importPage->setSubTitle(dryRun ? tr("Nothing is written: this only checks the file.")
                                     : tr("Cancel stops the import; then nothing of it is kept."));
    m_runStatus->setText(dryRun ? tr("Checking the file…") : tr("Importing…"));
    m_progress->setRange(0, 0);
    button(QWizard::CancelButton)->setEnabled(true);
    m_importPage->changed();

    auto out = std::make_shared<std::optional<ImportResult>>();
    const Session session = m_vault.session();
    const QString file = fileName();
    const CustomerImportOptions options = m_runOptions;
    m_runTask->run(
        [this, control, out, session, file, options, run](QSqlDatabase db, StoreError* error) {
            QElapsedTimer clock;
            clock.start();
            qint64 reported = -1;
            // At most one progress event every 50 ms reaches the window, and the last one.
            const CustomerImport::Progress progress = [&](int done, int total) {
                if (control->hook)
                    control->hook(done, total);
                const qint64 now = clock.elapsed();
                if (reported < 0 || now - reported >= 50 || done >= total) {
                    reported = now;
                    QMetaObject::invokeMethod(
                        this, [this, run, done, total] { showProgress(run, done, total); },
                        Qt::QueuedConnection);
                }
                return !control->cancel.load();
            };
            *out = CustomerImport(db).run(session, file, options, error, progress);
        },
        [this, out, run](const StoreError& error) { finishRun(run, std::move(*out), error); });
}

void ImportWizard::showProgress(int run, int done, int total)
{
    if (run != m_runCount || !m_running)
        return;
    m_progress->setRange(0, qMax(total, 1));
    m_progress->setValue(qBound(0, done, qMax(total, 1)));
    if (!m_cancelRequested) {
        const QLocale locale;
        m_runStatus->setText(
            (m_runOptions.dryRun ? tr("Checked %1 of %2 rows…") : tr("%1 of %2 rows done…"))
                .arg(locale.toString(done), locale.toString(total)));
    }
    emit progressed(done, total);
}

void ImportWizard::finishRun(int run, std::optional<ImportResult> result, const StoreError& error)
{
    if (run != m_runCount)
        return;
    m_running = false;
    m_result = std::move(result);
    m_runError = error;
    if (!m_result && m_runError.ok())
        m_runError = StoreError{StoreError::Failed, tr("The import stopped without a result.")};
    fillResult();
    if (m_result && m_result->written)
        emit imported(m_result->imported + m_result->updated);
    m_importPage->changed();
    if (currentId() == ImportPageId)
        next();
}

void ImportWizard::cancelRun()
{
    if (!m_control || m_cancelRequested)
        return;
    m_control->cancel = true;
    m_cancelRequested = true;
    m_runStatus->setText(tr("Cancelling… nothing of this import will be kept."));
    button(QWizard::CancelButton)->setEnabled(false);
}

void ImportWizard::reject()
{
    if (m_running) {
        cancelRun();
        return;
    }
    QWizard::reject();
}

void ImportWizard::saveReport()
{
    if (!m_result)
        return;
    const QFileInfo source(fileName());
    const QString suggested =
        source.dir().filePath(source.completeBaseName() + QStringLiteral("-rejected.csv"));
    const QString target =
        Dialogs::saveFileName(this, tr("Save the report of rejected rows"), suggested,
                              tr("CSV files (*.csv)"), QStringLiteral("csv"));
    if (target.isEmpty())
        return;
    QString why;
    const QStringList keep =
        CustomerImport::protectedFiles(m_vault.database().connection(), fileName());
    if (!CustomerImport::writeReport(*m_result, target, keep, &why)) {
        CustomerUi::setTextColour(m_reportStatus, CustomerUi::breachedColour());
        m_reportStatus->setText(tr("The report was not saved: %1").arg(why));
        return;
    }
    CustomerUi::setTextColour(m_reportStatus, QColor());
    m_reportStatus->setText(
        tr("The report was saved to %1.").arg(QDir::toNativeSeparators(target)));
}

// After a check, a cancel or a refusal: back to the options, to change them and go again.
void ImportWizard::backToOptions()
{
    if (m_running || (m_result && m_result->written))
        return;
    back(); // to the import page
    back(); // to the preview and its options
}

} // namespace rmdesk
