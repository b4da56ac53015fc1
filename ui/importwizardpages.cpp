// The pages of the customer import wizard and what they show: the file, the column mapping, the
// preview with its options, the progress and the result.
#include "customerui.h"
#include "importwizard.h"
#include "passwordpair.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rmdesk {

namespace {

constexpr int ShownProblems = 1000;

QColor invalidCellBackground()
{
    return QColor(0xff, 0xf1, 0xc9); // pale amber, with the warning icon and the reason
}

QLabel* wrappedLabel(const QString& objectName, const QString& text = QString())
{
    auto* label = new QLabel(text);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

QWizardPage* ImportWizard::buildFilePage()
{
    auto* page = new ImportWizardPage;
    m_filePage = page;
    page->setObjectName(QStringLiteral("importFilePage"));
    page->setTitle(tr("Which file to import"));
    page->setSubTitle(tr("A CSV file with one customer per row and the column headings in its "
                         "first row."));

    m_file = new QLineEdit;
    m_file->setObjectName(QStringLiteral("importFile"));
    auto* browse = new QPushButton(tr("Browse…"));
    browse->setObjectName(QStringLiteral("browseButton"));
    browse->setAutoDefault(false);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    m_fileProblem = makeProblemLabel(QStringLiteral("fileProblem"));

    m_encoding = new QComboBox;
    m_encoding->setObjectName(QStringLiteral("encodingCombo"));
    m_encoding->addItem(tr("Detect automatically"), QString());
    m_encoding->addItem(QStringLiteral("UTF-8"), QStringLiteral("UTF-8"));
    m_encoding->addItem(tr("GB18030 (Chinese Windows)"), QStringLiteral("GB18030"));

    auto* form = new QFormLayout(page);
    auto* fileLabel = new QLabel(tr("&File:"));
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, withProblem(fileRow, m_fileProblem));
    auto* encodingLabel = new QLabel(tr("&Encoding:"));
    encodingLabel->setBuddy(m_encoding);
    form->addRow(encodingLabel, m_encoding);
    form->addRow(wrappedLabel(
        QStringLiteral("fileHint"),
        tr("The file that Export customers writes is recognised as it is, and so are common "
           "Chinese or English headings such as 姓名, 证件号码 and 手机号码. You choose or "
           "correct the columns on the next page. Nothing is written before the last step.")));
    m_fileStatus = wrappedLabel(QStringLiteral("fileStatus"));
    form->addRow(m_fileStatus);

    page->complete = [this] { return !m_loading && !fileName().isEmpty(); };
    page->validate = [this] { return fileValidated(); };
    connect(browse, &QPushButton::clicked, this, &ImportWizard::browse);
    connect(m_file, &QLineEdit::textChanged, page, [this, page] {
        showProblem(m_fileProblem, QString());
        page->changed();
    });
    return page;
}

QWizardPage* ImportWizard::buildMappingPage()
{
    auto* page = new ImportWizardPage;
    m_mappingPage = page;
    page->setObjectName(QStringLiteral("importMappingPage"));
    page->setTitle(tr("Which column fills which field"));
    page->setSubTitle(tr("Fields marked * are required. Columns that no field takes are not "
                         "imported."));
    auto* layout = new QVBoxLayout(page);
    m_detected = wrappedLabel(QStringLiteral("detectedEncoding"));
    layout->addWidget(m_detected);
    m_mappingTable = CustomerUi::makeTable(QStringLiteral("mappingTable"),
                                           {tr("Field"), tr("Column in the file")});
    m_mappingTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_mappingTable->setFocusPolicy(Qt::NoFocus); // Tab goes from combo to combo
    m_mappingTable->verticalHeader()->setDefaultSectionSize(QComboBox().sizeHint().height());
    layout->addWidget(m_mappingTable, 1);
    m_unmapped = wrappedLabel(QStringLiteral("unmappedHeadings"));
    layout->addWidget(m_unmapped);
    m_mappingProblem = makeProblemLabel(QStringLiteral("mappingProblem"));
    layout->addWidget(m_mappingProblem);
    m_mappingStatus = wrappedLabel(QStringLiteral("mappingStatus"));
    layout->addWidget(m_mappingStatus);
    page->complete = [this] { return !m_loading && m_recognised && mappingProblem().isEmpty(); };
    page->validate = [this] { return mappingValidated(); };
    return page;
}

QWizardPage* ImportWizard::buildPreviewPage()
{
    auto* page = new ImportWizardPage;
    m_previewPage = page;
    page->setObjectName(QStringLiteral("importPreviewPage"));
    page->setTitle(tr("Check the first rows and choose how to import"));
    page->setSubTitle(tr("Invalid cells are marked; point at one to see what is wrong."));
    page->setCommitPage(true);
    auto* layout = new QVBoxLayout(page);
    m_previewCounts = wrappedLabel(QStringLiteral("previewCounts"));
    layout->addWidget(m_previewCounts);
    m_previewTable = CustomerUi::makeTable(QStringLiteral("previewTable"), {});
    m_previewTable->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_previewTable->horizontalHeader()->setStretchLastSection(false);
    layout->addWidget(m_previewTable, 1);

    auto* duplicates = new QGroupBox(tr("Customers already on file (same ID number)"));
    m_skipDuplicates = new QRadioButton(tr("&Skip them"));
    m_skipDuplicates->setObjectName(QStringLiteral("skipDuplicates"));
    m_skipDuplicates->setChecked(true);
    m_updateDuplicates = new QRadioButton(tr("&Update them with the file's values"));
    m_updateDuplicates->setObjectName(QStringLiteral("updateDuplicates"));
    auto* duplicatesLayout = new QVBoxLayout(duplicates);
    duplicatesLayout->addWidget(m_skipDuplicates);
    duplicatesLayout->addWidget(m_updateDuplicates);

    auto* invalid = new QGroupBox(tr("Invalid rows"));
    m_skipBadRows = new QRadioButton(tr("Import the valid rows and &report the others"));
    m_skipBadRows->setObjectName(QStringLiteral("skipBadRows"));
    m_skipBadRows->setChecked(true);
    m_allOrNothing = new QRadioButton(tr("Import &nothing unless every row is valid"));
    m_allOrNothing->setObjectName(QStringLiteral("allOrNothing"));
    auto* invalidLayout = new QVBoxLayout(invalid);
    invalidLayout->addWidget(m_skipBadRows);
    invalidLayout->addWidget(m_allOrNothing);

    auto* options = new QHBoxLayout;
    options->addWidget(duplicates, 1);
    options->addWidget(invalid, 1);
    layout->addLayout(options);
    m_dryRun = new QCheckBox(tr("Check &only (dry run): check every row, write nothing"));
    m_dryRun->setObjectName(QStringLiteral("dryRunCheck"));
    layout->addWidget(m_dryRun);

    page->complete = [this] { return !m_loading && m_preview && m_preview->dataRows > 0; };
    page->initialize = [this] { updateCommitText(); };
    connect(m_dryRun, &QCheckBox::toggled, this, &ImportWizard::updateCommitText);
    updateCommitText();
    return page;
}

QWizardPage* ImportWizard::buildImportPage()
{
    auto* page = new ImportWizardPage;
    m_importPage = page;
    page->setObjectName(QStringLiteral("importRunPage"));
    page->setTitle(tr("Importing customers"));
    page->setCommitPage(true); // the result cannot go back to a finished run
    page->setButtonText(QWizard::CommitButton, tr("Show the result"));
    auto* layout = new QVBoxLayout(page);
    layout->addStretch(1);
    m_runStatus = wrappedLabel(QStringLiteral("importStatus"));
    layout->addWidget(m_runStatus);
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 0);
    layout->addWidget(m_progress);
    layout->addWidget(wrappedLabel(
        QStringLiteral("importHint"),
        tr("The rows go in together at the end: until then nothing is changed, and Cancel leaves "
           "the customers exactly as they were.")));
    layout->addStretch(2);
    page->complete = [this] { return !m_running; };
    page->initialize = [this] { startRun(); };
    return page;
}

QWizardPage* ImportWizard::buildResultPage()
{
    auto* page = new ImportWizardPage;
    page->setObjectName(QStringLiteral("importResultPage"));
    page->setTitle(tr("Result"));
    page->setSubTitle(tr("What was imported, and every row that was not."));
    page->setFinalPage(true);
    auto* layout = new QVBoxLayout(page);
    m_summary = wrappedLabel(QStringLiteral("resultSummary"));
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    layout->addWidget(m_summary);

    m_counts = new QFormLayout;
    for (const char* name : {"rowsCount", "importedCount", "updatedCount", "skippedCount",
                             "rejectedCount", "elapsedTime"}) {
        auto* value = new QLabel;
        value->setObjectName(QLatin1String(name));
        m_counts->addRow(new QLabel, value);
    }
    layout->addLayout(m_counts);

    m_problemsNote = wrappedLabel(QStringLiteral("problemsNote"));
    layout->addWidget(m_problemsNote);
    m_problems = CustomerUi::makeTable(QStringLiteral("problemsTable"),
                                       {tr("Line"), tr("Column"), tr("Reason")});
    layout->addWidget(m_problems, 1);

    m_saveReport = new QPushButton(tr("Save the &report of rejected rows…"));
    m_saveReport->setObjectName(QStringLiteral("saveReportButton"));
    m_saveReport->setAutoDefault(false);
    m_backToOptions = new QPushButton(tr("&Change the options…"));
    m_backToOptions->setObjectName(QStringLiteral("backToOptionsButton"));
    m_backToOptions->setAutoDefault(false);
    m_backToOptions->setToolTip(tr("Back to the preview and its options, to import again."));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_saveReport);
    buttons->addWidget(m_backToOptions);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_reportStatus = wrappedLabel(QStringLiteral("reportStatus"));
    layout->addWidget(m_reportStatus);
    layout->addStretch(0); // takes the space only while the problems table is hidden
    connect(m_saveReport, &QPushButton::clicked, this, &ImportWizard::saveReport);
    connect(m_backToOptions, &QPushButton::clicked, this, &ImportWizard::backToOptions);
    return page;
}

// One row per target field, each with a combo of the file's headings, as recognised.
void ImportWizard::fillMapping(const ImportPreview& recognised)
{
    const QLocale locale;
    m_detected->setText(
        tr("Read as %1: %Ln customer row(s) below the header row.", nullptr, recognised.dataRows)
            .arg(recognised.encoding));
    const QStringList fields = CustomerImport::targetFields();
    const QStringList required = requiredFields();
    m_mapCombos.clear();
    m_mappingTable->clearContents();
    m_mappingTable->setRowCount(int(fields.size()));
    for (int row = 0; row < fields.size(); ++row) {
        const QString& field = fields.at(row);
        const bool needed = required.contains(field);
        auto* item =
            new QTableWidgetItem(needed ? tr("%1 *").arg(fieldLabel(field)) : fieldLabel(field));
        if (needed) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
            item->setToolTip(tr("Required"));
        }
        m_mappingTable->setItem(row, 0, item);
        auto* combo = new QComboBox;
        combo->setObjectName(QStringLiteral("map_") + field);
        combo->addItem(tr("— not imported —"), -1);
        for (int column = 0; column < recognised.headings.size(); ++column) {
            const QString heading = recognised.headings.at(column).trimmed();
            combo->addItem(heading.isEmpty() ? tr("(column %1, no heading)").arg(column + 1)
                                             : heading,
                           column);
        }
        combo->setCurrentIndex(qMax(0, combo->findData(recognised.mapping.value(field, -1))));
        m_mappingTable->setCellWidget(row, 1, combo);
        m_mapCombos.insert(field, combo);
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportWizard::updateMappingState);
    }
    m_mappingTable->resizeColumnToContents(0);
    updateMappingState();
}

void ImportWizard::updateMappingState()
{
    if (!m_recognised)
        return;
    QList<int> used;
    for (const QComboBox* combo : std::as_const(m_mapCombos))
        used << combo->currentData().toInt();
    QStringList unmapped;
    for (int column = 0; column < m_recognised->headings.size(); ++column) {
        const QString heading = m_recognised->headings.at(column).trimmed();
        if (!used.contains(column) && !heading.isEmpty())
            unmapped << heading;
    }
    m_unmapped->setText(unmapped.isEmpty() ? tr("Every column of the file is used.")
                                           : tr("Not imported (no field takes them): %1")
                                                 .arg(unmapped.join(QStringLiteral(", "))));
    showProblem(m_mappingProblem, mappingProblem());
    m_mappingPage->changed();
}

// The first rows, one column per field, with each invalid cell marked and its reason.
void ImportWizard::fillPreview(const ImportPreview& preview)
{
    const QLocale locale;
    m_previewTable->clear();
    m_previewTable->setRowCount(0);
    QStringList headers{tr("Line")};
    for (const QString& field : preview.fields)
        headers << fieldLabel(field);
    m_previewTable->setColumnCount(int(headers.size()));
    m_previewTable->setHorizontalHeaderLabels(headers);
    m_previewTable->setRowCount(int(preview.rows.size()));
    const QIcon warning = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    int badRows = 0;
    for (int row = 0; row < preview.rows.size(); ++row) {
        const int line = row < preview.lines.size() ? preview.lines.at(row) : 0;
        auto* lineItem = new QTableWidgetItem(locale.toString(line));
        lineItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_previewTable->setItem(row, 0, lineItem);
        bool bad = false;
        const QList<ImportPreviewCell>& cells = preview.rows.at(row);
        for (int c = 0; c < cells.size() && c + 1 < headers.size(); ++c) {
            const ImportPreviewCell& cell = cells.at(c);
            auto* item = new QTableWidgetItem(cell.text);
            if (cell.error.isEmpty()) {
                item->setToolTip(cell.text);
            } else {
                bad = true;
                item->setIcon(warning);
                item->setBackground(invalidCellBackground());
                item->setForeground(CustomerUi::warningColour());
                item->setToolTip(cell.error);
                item->setData(Qt::AccessibleDescriptionRole, cell.error);
            }
            m_previewTable->setItem(row, c + 1, item);
        }
        if (bad) {
            ++badRows;
            lineItem->setIcon(warning);
            lineItem->setForeground(CustomerUi::warningColour());
        }
    }
    CustomerUi::fitColumns(m_previewTable);
    if (preview.dataRows == 0) {
        m_previewCounts->setText(tr("The file has no customer rows below its header row."));
        return;
    }
    m_previewCounts->setText(
        tr("%Ln customer row(s) in the file.", nullptr, preview.dataRows) + QLatin1Char(' ') +
        tr("Of the first %Ln shown, rows with problems (marked ⚠): %1. Every row is checked "
           "again when you import or check.",
           nullptr, int(preview.rows.size()))
            .arg(locale.toString(badRows)));
}

void ImportWizard::updateCommitText()
{
    const bool dryRun = m_dryRun->isChecked();
    m_previewPage->setButtonText(QWizard::CommitButton, dryRun ? tr("&Check") : tr("&Import"));
    m_previewPage->setSubTitle(dryRun ? tr("Check goes through every row and writes nothing.")
                                      : tr("Invalid cells are marked; point at one to see what is "
                                           "wrong. Import writes the customers."));
}

void ImportWizard::setCount(const char* name, const QString& caption, int value)
{
    auto* field = findChild<QLabel*>(QLatin1String(name));
    if (!field)
        return;
    field->setText(QLocale().toString(value));
    if (auto* label = qobject_cast<QLabel*>(m_counts->labelForField(field)))
        label->setText(caption);
}

void ImportWizard::fillResult()
{
    const QLocale locale;
    const bool dryRun = m_runOptions.dryRun;
    const ImportResult r = m_result.value_or(ImportResult());
    QString summary;
    bool bad = true;
    if (!m_result) {
        // The import's own refusals say so already ("Nothing was imported: …").
        const QString said = CustomerImport::tr("Nothing was imported: %1").arg(QString());
        summary = m_runError.message.startsWith(said)
                      ? m_runError.message
                      : tr("Nothing was imported. %1").arg(m_runError.message);
    } else if (r.cancelled || (m_cancelRequested && !r.written)) {
        summary = tr("The import was cancelled. Nothing was imported.");
    } else if (dryRun) {
        bad = false;
        summary = tr("Checked: nothing was written. With these options: new customers %1, "
                     "updated %2, rejected rows %3.")
                      .arg(locale.toString(r.imported), locale.toString(r.updated),
                           locale.toString(r.rejected));
    } else if (!r.written && !(m_runOptions.allOrNothing && r.rejected > 0)) {
        bad = r.rejected > 0;
        summary = tr("Nothing was imported: no row holds a new customer or a change.");
    } else if (!r.written) {
        summary = tr("Nothing was imported: %Ln row(s) are invalid, and you chose to import "
                     "all rows or none. Save the report, correct them and import again.",
                     nullptr, r.rejected);
    } else {
        bad = false;
        summary = r.rejected > 0 ? tr("The import is done, but %Ln row(s) were rejected: save "
                                      "the report to correct them.",
                                      nullptr, r.rejected)
                                 : tr("The import is done.");
    }
    // After a cancel or a failure the counts say nothing: only the message is shown.
    const bool counted = m_result && !(r.cancelled || (m_cancelRequested && !r.written));
    for (int row = 0; row < m_counts->rowCount(); ++row)
        m_counts->setRowVisible(row, counted);
    m_summary->setText(summary);
    CustomerUi::setTextColour(m_summary, bad ? CustomerUi::breachedColour() : QColor());

    setCount("rowsCount", tr("Rows read:"), r.rows);
    setCount("importedCount", dryRun ? tr("New customers (would be):") : tr("New customers:"),
             r.imported);
    setCount("updatedCount", dryRun ? tr("Updated (would be):") : tr("Updated:"), r.updated);
    setCount("skippedCount", tr("Already on file, skipped:"), r.skipped);
    setCount("rejectedCount", tr("Rejected rows:"), r.rejected);
    if (auto* time = findChild<QLabel*>(QStringLiteral("elapsedTime"))) {
        time->setText(tr("%1 s").arg(locale.toString(r.elapsedMs / 1000.0, 'f', 1)));
        if (auto* label = qobject_cast<QLabel*>(m_counts->labelForField(time)))
            label->setText(tr("Time:"));
    }

    m_problems->setRowCount(0);
    const int shown = int(qMin<qsizetype>(r.problems.size(), ShownProblems));
    for (int i = 0; i < shown; ++i) {
        const ImportProblem& p = r.problems.at(i);
        CustomerUi::appendRow(m_problems, {locale.toString(p.line), p.column, p.reason}, {0});
    }
    CustomerUi::fitColumns(m_problems);
    if (r.problems.isEmpty())
        m_problemsNote->setText(counted ? tr("No row was rejected.") : QString());
    else if (r.problems.size() > ShownProblems)
        m_problemsNote->setText(
            tr("The first %1 of %2 problems are shown; the report lists "
               "them all.")
                .arg(locale.toString(ShownProblems), locale.toString(r.problems.size())));
    else
        m_problemsNote->setText(tr("Problems found:"));
    m_problems->setVisible(!r.problems.isEmpty());
    m_saveReport->setEnabled(!r.problems.isEmpty());
    m_reportStatus->clear();
    m_backToOptions->setVisible(!r.written);
}

} // namespace rmdesk
