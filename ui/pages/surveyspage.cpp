#include "surveyspage.h"

#include "backgroundtask.h"
#include "customerui.h"
#include "dialogs.h"
#include "security/permissions.h"
#include "security/vault.h"
#include "stores/customerlisting.h"
#include "surveydialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rmdesk {

namespace {

QString signedNumber(double value)
{
    const int rounded = qRound(value);
    if (rounded > 0)
        return QStringLiteral("+%1").arg(rounded);
    if (rounded < 0)
        return QStringLiteral("−%1").arg(-rounded); // a real minus sign
    return QStringLiteral("0");
}

QLabel* tileValue(const QString& objectName)
{
    auto* label = new QLabel(QStringLiteral("—"));
    label->setObjectName(objectName);
    QFont big = label->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    label->setFont(big);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

SurveysPage::SurveysPage(Vault& vault, QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_task(new BackgroundTask(vault.database(), QStringLiteral("surveyStats"), this))
{
    setObjectName(QStringLiteral("surveysPage"));
    const Session& session = vault.session();
    auto* layout = new QVBoxLayout(this);
    auto* titleRow = new QHBoxLayout;
    const Scope scope = Permissions::scope(session.role, Action::SurveyRead);
    auto* title = new QLabel(scope == Scope::Branch
                                 ? tr("Customer satisfaction — branch %1").arg(session.branch)
                             : scope == Scope::Own ? tr("My customers' satisfaction")
                                                   : tr("Customer satisfaction — all branches"));
    title->setObjectName(QStringLiteral("surveysTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* record = new QPushButton(tr("&Record response…"));
    record->setObjectName(QStringLiteral("recordResponseButton"));
    record->setToolTip(tr("Enter a customer's answers to a survey at the desk"));
    auto* import = new QPushButton(tr("&Import responses…"));
    import->setObjectName(QStringLiteral("importResponsesButton"));
    import->setToolTip(tr("Read answers collected elsewhere from a CSV file"));
    const bool mayWrite = Permissions::allows(session, Action::SurveyWrite);
    record->setVisible(mayWrite);
    import->setVisible(mayWrite);
    titleRow->addWidget(title);
    titleRow->addStretch(1);
    titleRow->addWidget(record);
    titleRow->addWidget(import);
    layout->addLayout(titleRow);
    layout->addWidget(buildFilters());
    layout->addWidget(buildTiles());

    m_table = CustomerUi::makeTable(
        QStringLiteral("surveyGroupsView"),
        {tr("Group"), tr("Responses"), tr("NPS"), tr("CSAT"), tr("CES (1–7, lower is easier)")});
    for (int column : {ResponsesColumn, NpsColumn, CsatColumn, CesColumn})
        m_table->horizontalHeaderItem(column)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // Numbers beside their group, in columns of one width; the spare room stays on the right.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setMinimumSectionSize(
        fontMetrics().horizontalAdvance(QStringLiteral("M")) * 7);
    m_empty = CustomerUi::makeEmptyLabel(QStringLiteral("surveysEmpty"), QString());
    m_stack = new QStackedWidget;
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);
    const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize);
    auto* legend = new QWidget;
    auto* legendRow = new QHBoxLayout(legend);
    legendRow->setContentsMargins(0, 0, 0, 0);
    auto* legendIcon = new QLabel;
    legendIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(icon, icon));
    m_legend = new QLabel(tr("Scores in grey rest on fewer than %1 responses: a few more answers "
                             "can move them a lot, so read them with care.")
                              .arg(Satisfaction::ReliableResponses));
    m_legend->setObjectName(QStringLiteral("cautionLegend"));
    m_legend->setWordWrap(true);
    m_legend->setForegroundRole(QPalette::PlaceholderText);
    legendRow->addWidget(legendIcon, 0, Qt::AlignTop);
    legendRow->addWidget(m_legend, 1);
    legend->setVisible(false);
    layout->addWidget(legend);

    connect(record, &QPushButton::clicked, this, &SurveysPage::recordResponse);
    connect(import, &QPushButton::clicked, this, &SurveysPage::importResponses);
}

SurveysPage::~SurveysPage() = default;

bool SurveysPage::isBusy() const
{
    return m_task->isRunning();
}

QWidget* SurveysPage::buildFilters()
{
    const Session& session = m_vault.session();
    auto* bar = new QWidget;
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    auto addLabelled = [row, this](const QString& text, QWidget* field) {
        auto* label = new QLabel(text);
        label->setBuddy(field);
        row->addWidget(label);
        row->addWidget(field);
        row->addSpacing(fontMetrics().horizontalAdvance(QLatin1Char('M')));
        return label;
    };
    const QDate today = QDate::currentDate();
    auto dateEdit = [this](const char* name, const QDate& date) {
        auto* edit = new QDateEdit(date);
        edit->setObjectName(QLatin1String(name));
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setCalendarPopup(true);
        edit->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("2026-12-31")) +
                              fontMetrics().height() * 3);
        connect(edit, &QDateEdit::dateChanged, this, &SurveysPage::refresh);
        return edit;
    };
    // The last twelve months, whole months.
    m_from = dateEdit("surveyFrom", QDate(today.year(), today.month(), 1).addMonths(-11));
    m_to = dateEdit("surveyTo", today);
    addLabelled(tr("Fro&m:"), m_from);
    addLabelled(tr("&To:"), m_to);

    m_template = new QComboBox;
    m_template->setObjectName(QStringLiteral("surveyTemplateFilter"));
    m_template->addItem(tr("All surveys"), QString());
    StoreError error;
    for (const SurveyTemplate& t : SurveyStore(m_vault.database().connection()).templates(&error))
        m_template->addItem(t.title(SurveyDialog::language()), t.name);
    addLabelled(tr("&Survey:"), m_template);

    m_branch = new QComboBox(this); // owned even when the role has no branch choice
    m_branch->setObjectName(QStringLiteral("surveyBranchFilter"));
    m_branch->addItem(tr("All branches"), QString());
    if (Permissions::scope(session.role, Action::SurveyRead) == Scope::All) {
        for (const auto& [code, name] :
             CustomerListing(m_vault.database().connection(), session).branchChoices())
            m_branch->addItem(QStringLiteral("%1 %2").arg(code, name), code);
        addLabelled(tr("Br&anch:"), m_branch);
    } else {
        m_branch->setVisible(false);
    }

    m_groupBy = new QComboBox;
    m_groupBy->setObjectName(QStringLiteral("surveyGroupBy"));
    m_groupBy->addItem(tr("Relationship manager"), int(SurveyGroupBy::Rm));
    m_groupBy->addItem(tr("Branch"), int(SurveyGroupBy::Branch));
    m_groupBy->addItem(tr("Segment"), int(SurveyGroupBy::Segment));
    m_groupBy->addItem(tr("Channel"), int(SurveyGroupBy::Channel));
    m_groupBy->addItem(tr("Month"), int(SurveyGroupBy::Month));
    const Scope scope = Permissions::scope(session.role, Action::SurveyRead);
    const SurveyGroupBy start = scope == Scope::All      ? SurveyGroupBy::Branch
                                : scope == Scope::Branch ? SurveyGroupBy::Rm
                                                         : SurveyGroupBy::Month;
    m_groupBy->setCurrentIndex(m_groupBy->findData(int(start)));
    addLabelled(tr("Group &by:"), m_groupBy);
    row->addStretch(1);

    connect(m_template, &QComboBox::currentIndexChanged, this, &SurveysPage::refresh);
    connect(m_branch, &QComboBox::currentIndexChanged, this, &SurveysPage::refresh);
    connect(m_groupBy, &QComboBox::currentIndexChanged, this, &SurveysPage::refresh);
    return bar;
}

QWidget* SurveysPage::buildTiles()
{
    auto* box = new QWidget;
    auto* outer = new QVBoxLayout(box);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* tiles = new QHBoxLayout;
    auto addTile = [tiles](const QString& caption, QLabel* value, const QString& tip) {
        auto* frame = new QFrame;
        frame->setFrameShape(QFrame::StyledPanel);
        frame->setAutoFillBackground(true);
        frame->setBackgroundRole(QPalette::AlternateBase);
        frame->setToolTip(tip);
        auto* layout = new QVBoxLayout(frame);
        auto* label = new QLabel(caption);
        label->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(label);
        layout->addWidget(value);
        tiles->addWidget(frame, 1);
    };
    m_responses = tileValue(QStringLiteral("totalResponses"));
    m_nps = tileValue(QStringLiteral("totalNps"));
    m_csat = tileValue(QStringLiteral("totalCsat"));
    m_ces = tileValue(QStringLiteral("totalCes"));
    addTile(tr("Responses"), m_responses, tr("Survey answers matching the filters"));
    addTile(tr("NPS"), m_nps,
            tr("Net promoter score: the share answering 9–10 minus the share answering 0–6, "
               "from −100 to +100"));
    addTile(tr("CSAT"), m_csat, tr("Customer satisfaction: the share answering 4 or 5 of 5"));
    addTile(tr("CES"), m_ces, tr("Customer effort: the mean answer from 1 to 7; lower is easier"));
    outer->addLayout(tiles);
    auto* status = new QHBoxLayout;
    m_totalCaution = new QLabel;
    m_totalCaution->setObjectName(QStringLiteral("totalCaution"));
    CustomerUi::setTextColour(m_totalCaution, CustomerUi::warningColour());
    m_busy = new QLabel(tr("Working out the scores…"));
    m_busy->setObjectName(QStringLiteral("surveysBusy"));
    m_busy->setForegroundRole(QPalette::PlaceholderText);
    m_busy->setVisible(false);
    status->addWidget(m_totalCaution, 1);
    status->addWidget(m_busy);
    outer->addLayout(status);
    return box;
}

void SurveysPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh(); // answers may have been recorded elsewhere meanwhile; no work for unseen pages
}

SurveyFilter SurveysPage::filter() const
{
    SurveyFilter f;
    f.from = m_from->date();
    f.to = m_to->date();
    f.templateName = m_template->currentData().toString();
    f.branch = m_branch->currentData().toString();
    return f;
}

SurveyGroupBy SurveysPage::groupBy() const
{
    return SurveyGroupBy(m_groupBy->currentData().toInt());
}

void SurveysPage::setPeriod(const QDate& from, const QDate& to)
{
    const QSignalBlocker a(m_from), b(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    refresh();
}

void SurveysPage::setGroupBy(SurveyGroupBy by)
{
    m_groupBy->setCurrentIndex(m_groupBy->findData(int(by))); // refreshes
}

void SurveysPage::setTemplate(const QString& name)
{
    m_template->setCurrentIndex(qMax(0, m_template->findData(name)));
}

void SurveysPage::setBranch(const QString& code)
{
    m_branch->setCurrentIndex(qMax(0, m_branch->findData(code)));
}

void SurveysPage::refresh()
{
    m_busy->setVisible(true);
    auto stats = std::make_shared<SurveyStats>();
    const Session session = m_vault.session();
    const SurveyFilter f = filter();
    const SurveyGroupBy by = groupBy();
    m_task->run(
        [session, f, by, stats](QSqlDatabase db, StoreError* error) {
            *stats = SurveyStore(db).stats(session, f, by, error);
        },
        [this, stats](const StoreError& error) {
            m_busy->setVisible(false);
            displayStats(*stats, error);
        });
}

QString SurveysPage::npsText(const NpsScore& score)
{
    return score.nps ? signedNumber(*score.nps) : QStringLiteral("—");
}

QString SurveysPage::csatText(const CsatScore& score)
{
    return score.csat ? tr("%1%").arg(qRound(*score.csat)) : QStringLiteral("—");
}

QString SurveysPage::cesText(const CesScore& score)
{
    return score.ces ? QString::number(*score.ces, 'f', 1) : QStringLiteral("—");
}

QString SurveysPage::npsDetails(const NpsScore& score)
{
    return tr("promoters %1, passives %2, detractors %3")
        .arg(score.promoters)
        .arg(score.passives)
        .arg(score.detractors);
}

QString SurveysPage::csatDetails(const CsatScore& score)
{
    return tr("%1 of %2 satisfied").arg(score.satisfied).arg(score.responses);
}

QString SurveysPage::cesDetails(const CesScore& score)
{
    return tr("%n answer(s)", nullptr, score.responses);
}

void SurveysPage::displayStats(const SurveyStats& stats, const StoreError& error)
{
    m_stats = stats;
    const SurveyGroupStats& t = stats.total;
    m_responses->setText(QString::number(t.responses));
    m_nps->setText(npsText(t.nps));
    m_nps->setToolTip(npsDetails(t.nps));
    m_csat->setText(csatText(t.csat));
    m_csat->setToolTip(csatDetails(t.csat));
    m_ces->setText(cesText(t.ces));
    m_ces->setToolTip(cesDetails(t.ces));
    const bool reliable = t.reliable || t.responses == 0;
    m_totalCaution->setText(reliable ? QString()
                                     : tr("⚠ %1").arg(Satisfaction::caution(t.responses)));
    for (QLabel* tile : {m_nps, m_csat, m_ces})
        CustomerUi::setTextColour(tile,
                                  reliable ? QColor() : palette().color(QPalette::PlaceholderText));

    m_table->setRowCount(0);
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    bool anyCaution = false;
    for (const SurveyGroupStats& g : stats.groups) {
        CustomerUi::appendRow(m_table,
                              {g.label.isEmpty() ? tr("(none)") : g.label,
                               QString::number(g.responses), npsText(g.nps), csatText(g.csat),
                               cesText(g.ces)},
                              {ResponsesColumn, NpsColumn, CsatColumn, CesColumn});
        const int row = m_table->rowCount() - 1;
        m_table->item(row, GroupColumn)->setData(Qt::UserRole, g.group);
        const QStringList details{QString(), QString(), npsDetails(g.nps), csatDetails(g.csat),
                                  cesDetails(g.ces)};
        const QString caution = Satisfaction::caution(g.responses);
        if (!g.reliable) {
            anyCaution = true;
            m_table->item(row, GroupColumn)->setIcon(warning);
        }
        for (int column = GroupColumn; column <= CesColumn; ++column) {
            QTableWidgetItem* item = m_table->item(row, column);
            const QStringList tip{caution, details.at(column)};
            item->setToolTip(g.reliable && column < NpsColumn ? item->text()
                                                              : tip.join(u'\n').trimmed());
            if (!g.reliable && column >= NpsColumn)
                item->setForeground(palette().color(QPalette::PlaceholderText));
        }
    }
    CustomerUi::fitColumns(m_table);
    m_table->setColumnWidth(GroupColumn,
                            qMax(m_table->columnWidth(GroupColumn),
                                 fontMetrics().horizontalAdvance(QLatin1Char('M')) * 16));
    // The legend explains the grey scores, when there are any.
    m_legend->parentWidget()->setVisible(anyCaution || !reliable);
    if (!error.message.isEmpty())
        m_empty->setText(error.message);
    else
        m_empty->setText(tr("No survey responses for these filters. They appear here once "
                            "answers are recorded at the desk (Record response…, or Record "
                            "survey… on a customer) or imported from a CSV file. Try a longer "
                            "period or another survey."));
    m_stack->setCurrentIndex(t.responses == 0 || !error.message.isEmpty() ? 1 : 0);
    emit statsShown();
}

void SurveysPage::recordResponse()
{
    auto* dialog = new SurveyDialog(m_vault, 0, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SurveyDialog::recorded, this, &SurveysPage::refresh);
    dialog->open();
}

void SurveysPage::importResponses()
{
    auto* dialog = new SurveyImportDialog(m_vault, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SurveyImportDialog::imported, this, &SurveysPage::refresh);
    dialog->open();
}

// ---- SurveyImportDialog --------------------------------------------------------------------

SurveyImportDialog::SurveyImportDialog(Vault& vault, QWidget* parent)
    : QDialog(parent)
    , m_vault(vault)
    , m_file(new QLineEdit)
    , m_allOrNothing(new QRadioButton(tr("&All or nothing: one bad row imports nothing")))
    , m_skipBad(new QRadioButton(tr("S&kip bad rows and import the others")))
    , m_dryRun(new QCheckBox(tr("&Check only (dry run): write nothing")))
    , m_summary(new QLabel)
    , m_errors(CustomerUi::makeTable(QStringLiteral("importErrorsView"),
                                     {tr("Line"), tr("Column"), tr("Problem")}))
    , m_import(new QPushButton(tr("&Import")))
{
    setObjectName(QStringLiteral("surveyImportDialog"));
    setWindowTitle(tr("Import survey responses"));
    m_file->setObjectName(QStringLiteral("importFile"));
    m_file->setPlaceholderText(tr("A UTF-8 CSV file with a header row"));
    auto* browse = new QPushButton(tr("&Browse…"));
    browse->setObjectName(QStringLiteral("browseButton"));
    m_allOrNothing->setObjectName(QStringLiteral("importAllOrNothing"));
    m_skipBad->setObjectName(QStringLiteral("importSkipBad"));
    m_dryRun->setObjectName(QStringLiteral("importDryRun"));
    m_allOrNothing->setChecked(true);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_errors->horizontalHeaderItem(0)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_errors->setVisible(false);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    auto* columns = new QLabel(
        tr("Columns: customer_id, template, answered_on (YYYY-MM-DD), channel, optional "
           "interaction_id and complaint_id, then one column per question of the survey (e.g. "
           "nps, csat, ces). Each row is checked like an answer entered at the desk."));
    columns->setWordWrap(true);
    columns->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(columns);
    auto* form = new QFormLayout;
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto* fileLabel = new QLabel(tr("&File:"));
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    auto* modes = new QVBoxLayout;
    modes->addWidget(m_allOrNothing);
    modes->addWidget(m_skipBad);
    modes->addWidget(m_dryRun);
    form->addRow(tr("Bad rows:"), modes);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_errors, 1);
    auto* buttons = new QDialogButtonBox;
    buttons->addButton(m_import, QDialogButtonBox::ActionRole);
    QPushButton* close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    layout->addWidget(buttons);
    connect(browse, &QPushButton::clicked, this, &SurveyImportDialog::browse);
    connect(m_import, &QPushButton::clicked, this, &SurveyImportDialog::run);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_file, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_import->setEnabled(!text.trimmed().isEmpty()); });
    m_import->setEnabled(false);
    resize(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 56, sizeHint().height());
}

void SurveyImportDialog::browse()
{
    const QString file = Dialogs::openFileName(this, tr("Import survey responses"), QString(),
                                               tr("CSV files (*.csv);;All files (*)"));
    if (!file.isEmpty())
        m_file->setText(file);
}

bool SurveyImportDialog::run()
{
    m_errors->setRowCount(0);
    m_errors->setVisible(false);
    QFile file(m_file->text().trimmed());
    if (!file.open(QIODevice::ReadOnly)) {
        m_summary->setText(tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
        CustomerUi::setTextColour(m_summary, CustomerUi::breachedColour());
        return false;
    }
    SurveyImportOptions options;
    options.skipBadRows = m_skipBad->isChecked();
    options.dryRun = m_dryRun->isChecked();
    m_result = SurveyImportResult();
    StoreError error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = SurveyStore(m_vault.database().connection())
                        .importCsv(m_vault.session(), &file, options, &m_result, &error);
    QApplication::restoreOverrideCursor();
    for (const SurveyImportRowError& e : std::as_const(m_result.errors)) {
        // The column has its own cell: no "nps: " in front of the reason.
        const QString prefix = e.column + QStringLiteral(": ");
        const QString reason = !e.column.isEmpty() && e.reason.startsWith(prefix)
                                   ? e.reason.mid(prefix.size())
                                   : e.reason;
        CustomerUi::appendRow(
            m_errors,
            {QString::number(e.line), e.column.isEmpty() ? tr("(row)") : e.column, reason}, {0});
    }
    CustomerUi::fitColumns(m_errors);
    m_errors->setVisible(!m_result.errors.isEmpty());
    const SurveyImportResult& r = m_result;
    QString text;
    if (!ok && r.errors.isEmpty())
        text = error.message;
    else if (options.dryRun)
        text = tr("Checked %n row(s): ", nullptr, r.rows) +
               tr("%1 could be imported, %2 have problems. Nothing was written.")
                   .arg(r.rows - r.rejected)
                   .arg(r.rejected);
    else if (r.imported == 0 && r.rejected > 0 && !options.skipBadRows)
        text = tr("Nothing was imported: %n row(s) have problems. Correct them, or choose to skip "
                  "bad rows.",
                  nullptr, r.rejected);
    else
        text = tr("Read %n row(s): ", nullptr, r.rows) +
               tr("%1 imported, %2 skipped, %3 callback task(s) created.")
                   .arg(r.imported)
                   .arg(r.rejected)
                   .arg(r.followUps);
    m_summary->setText(text);
    CustomerUi::setTextColour(m_summary,
                              r.rejected || !ok ? CustomerUi::warningColour() : QColor());
    // Room for the summary and the list of refused rows.
    resize(width(), qMax(height(), sizeHint().height()));
    if (r.imported > 0)
        emit imported(r.imported);
    return ok;
}

} // namespace rmdesk
