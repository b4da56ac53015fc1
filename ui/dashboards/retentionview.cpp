#include "retentionview.h"

#include "backgroundtask.h"
#include "customerlistmodel.h"
#include "customerui.h"
#include "dashboardwidgets.h"
#include "dialogs.h"
#include "security/permissions.h"
#include "security/vault.h"

#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace rmdesk {

namespace {

constexpr int MonthsOffered = 36;

QString tierLabel(const QString& tier)
{
    return CustomerListModel::valueLabel(QStringLiteral("tier"), tier);
}

} // namespace

RetentionView::RetentionView(Vault& vault, const QDateTime& now, QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_now(now)
    , m_task(new BackgroundTask(vault.database(), QStringLiteral("retentionDashboard"), this))
{
    setObjectName(QStringLiteral("retentionView"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildFilters());
    m_stack = new QStackedWidget;
    m_stack->setObjectName(QStringLiteral("retentionStack"));
    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("retentionScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(buildContent());
    m_empty = CustomerUi::makeEmptyLabel(QStringLiteral("retentionEmpty"), QString());
    m_stack->addWidget(scroll);
    m_stack->addWidget(m_empty);
    m_stack->setCurrentIndex(1);
    layout->addWidget(m_stack, 1);
}

RetentionView::~RetentionView() = default;

bool RetentionView::isBusy() const
{
    return m_task->isRunning();
}

QDateTime RetentionView::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTime();
}

QWidget* RetentionView::buildFilters()
{
    const Scope scope = Permissions::scope(m_vault.session().role, Action::DashboardRead);
    auto* bar = new QWidget;
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    auto addCombo = [&](const char* name, const QString& caption) {
        auto* label = new QLabel(caption);
        auto* combo = new QComboBox;
        combo->setObjectName(QLatin1String(name));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        label->setBuddy(combo);
        row->addWidget(label);
        row->addWidget(combo);
        return std::pair{label, combo};
    };
    m_from = addCombo("retentionFrom", tr("&From:")).second;
    m_to = addCombo("retentionTo", tr("&To:")).second;
    fillMonths();
    const auto [branchLabel, branch] = addCombo("retentionBranch", tr("&Branch:"));
    m_branch = branch;
    m_branch->addItem(tr("All branches"), QString());
    CustomerListing listing(m_vault.database().connection(), m_vault.session());
    for (const auto& [code, name] : listing.branchChoices())
        m_branch->addItem(QStringLiteral("%1 %2").arg(code, name), code);
    branchLabel->setVisible(scope == Scope::All);
    m_branch->setVisible(scope == Scope::All);
    const auto [rmLabel, rm] = addCombo("retentionRm", tr("&RM:"));
    m_rm = rm;
    fillRms();
    rmLabel->setVisible(scope != Scope::Own);
    m_rm->setVisible(scope != Scope::Own);
    m_segment = addCombo("retentionSegment", tr("&Segment:")).second;
    m_segment->addItem(tr("All segments"), QString());
    for (const QString& s : RetentionDashboard::segments())
        m_segment->addItem(tierLabel(s), s);

    m_busy = new QProgressBar;
    m_busy->setObjectName(QStringLiteral("retentionBusy"));
    m_busy->setRange(0, 0); // no steps to count: it moves while the figures are worked out
    m_busy->setFormat(tr("Working out the figures…"));
    m_busy->setTextVisible(true);
    m_busy->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 14);
    m_busy->setVisible(false);
    row->addStretch(1);
    row->addWidget(m_busy);
    m_png = new QPushButton(tr("Save as &PNG…"));
    m_png->setObjectName(QStringLiteral("retentionSavePng"));
    m_png->setToolTip(tr("Save a picture of the dashboard as it is shown"));
    m_csv = new QPushButton(tr("Save numbers as &CSV…"));
    m_csv->setObjectName(QStringLiteral("retentionSaveCsv"));
    m_csv->setToolTip(tr("Save every number of the dashboard as a table for Excel"));
    m_pdf = new QPushButton(tr("Save as P&DF…"));
    m_pdf->setObjectName(QStringLiteral("retentionSavePdf"));
    m_pdf->setToolTip(tr("Save the dashboard as a PDF report with its period and filters on "
                         "every page"));
    row->addWidget(m_png);
    row->addWidget(m_csv);
    row->addWidget(m_pdf);

    for (QComboBox* combo : {m_from, m_to, m_rm, m_segment})
        connect(combo, &QComboBox::currentIndexChanged, this, &RetentionView::refresh);
    connect(m_branch, &QComboBox::currentIndexChanged, this, [this] {
        fillRms();
        refresh();
    });
    connect(m_png, &QPushButton::clicked, this, &RetentionView::exportPng);
    connect(m_csv, &QPushButton::clicked, this, &RetentionView::exportCsv);
    connect(m_pdf, &QPushButton::clicked, this, &RetentionView::exportPdf);
    return bar;
}

void RetentionView::fillMonths()
{
    const int last = monthIndex(now().toLocalTime().date()) - 1;
    for (QComboBox* combo : {m_from, m_to}) {
        const QSignalBlocker block(combo);
        combo->clear();
        for (int m = last; m > last - MonthsOffered; --m)
            combo->addItem(monthName(m), m);
    }
    m_to->setCurrentIndex(0);
    m_from->setCurrentIndex(11);
}

void RetentionView::fillRms()
{
    const QSignalBlocker block(m_rm);
    const QString current = m_rm->currentData().toString();
    m_rm->clear();
    m_rm->addItem(tr("All RMs"), QString());
    CustomerListing listing(m_vault.database().connection(), m_vault.session());
    for (const QString& name : listing.rmChoices(m_branch->currentData().toString()))
        m_rm->addItem(name, name);
    m_rm->setCurrentIndex(qMax(0, m_rm->findData(current)));
}

QWidget* RetentionView::buildContent()
{
    m_content = new QWidget;
    m_content->setObjectName(QStringLiteral("retentionContent"));
    m_content->setAutoFillBackground(true);
    auto* layout = new QVBoxLayout(m_content);
    m_asOf = new QLabel;
    m_asOf->setObjectName(QStringLiteral("retentionAsOf"));
    m_asOf->setForegroundRole(QPalette::PlaceholderText);
    m_asOf->setWordWrap(true);
    layout->addWidget(m_asOf);
    m_tileRow = new QWidget;
    m_tileRow->setObjectName(QStringLiteral("retentionTiles"));
    auto* tiles = new QHBoxLayout(m_tileRow);
    tiles->setContentsMargins(0, 0, 0, 0);
    for (const auto& [name, caption] : {std::pair{"tileActive", tr("Active customers")},
                                        {"tileRetention", tr("12-month retention")},
                                        {"tileChurn", tr("Monthly churn rate")},
                                        {"tileNetNew", tr("Net new customers")},
                                        {"tileAum", tr("AUM (yuan)")},
                                        {"tileNps", tr("NPS")}}) {
        auto* tile = new DashboardTile(QLatin1String(name), caption);
        tiles->addWidget(tile);
        m_tiles << tile;
    }
    layout->addWidget(m_tileRow);
    auto* grid = new QGridLayout;
    m_monthsChart = DashboardCharts::makeChart(QStringLiteral("monthsChart"),
                                               tr("Active and churned customers"));
    m_segmentChart = DashboardCharts::makeChart(QStringLiteral("segmentChart"),
                                                tr("12-month retention by segment"));
    m_funnelChart =
        DashboardCharts::makeChart(QStringLiteral("funnelChart"), tr("Lifecycle stages"));
    m_reasonsChart =
        DashboardCharts::makeChart(QStringLiteral("reasonsChart"), tr("Why relationships ended"));
    m_heatmap = new CohortHeatmap;
    m_heatmap->setMinimumHeight(fontMetrics().height() * 18);
    grid->addWidget(m_monthsChart, 0, 0);
    grid->addWidget(m_segmentChart, 0, 1);
    grid->addWidget(m_heatmap, 1, 0);
    grid->addWidget(m_funnelChart, 1, 1);
    grid->addWidget(m_reasonsChart, 2, 0, 1, 2);
    layout->addLayout(grid, 1);
    return m_content;
}

void RetentionView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_shown) { // the first time it is seen; later on demand or when a filter changes
        m_shown = true;
        refresh();
    }
}

RetentionDashboardFilter RetentionView::filter() const
{
    RetentionDashboardFilter f;
    f.from = m_from->currentData().toInt();
    f.to = m_to->currentData().toInt();
    f.branch = m_branch->currentData().toString();
    f.rm = m_rm->currentData().toString();
    f.segment = m_segment->currentData().toString();
    return f;
}

void RetentionView::setFilter(const RetentionDashboardFilter& f)
{
    for (QComboBox* combo : {m_from, m_to, m_branch, m_rm, m_segment})
        combo->blockSignals(true);
    if (f.from)
        m_from->setCurrentIndex(qMax(0, m_from->findData(f.from)));
    if (f.to)
        m_to->setCurrentIndex(qMax(0, m_to->findData(f.to)));
    m_branch->setCurrentIndex(qMax(0, m_branch->findData(f.branch)));
    fillRms();
    m_rm->setCurrentIndex(qMax(0, m_rm->findData(f.rm)));
    m_segment->setCurrentIndex(qMax(0, m_segment->findData(f.segment)));
    for (QComboBox* combo : {m_from, m_to, m_branch, m_rm, m_segment})
        combo->blockSignals(false);
    refresh();
}

void RetentionView::refresh()
{
    m_shown = true;
    m_busy->setVisible(true);
    for (QPushButton* button : {m_png, m_csv, m_pdf})
        button->setEnabled(false);
    auto data = std::make_shared<RetentionDashboardData>();
    const Session session = m_vault.session();
    const RetentionDashboardFilter f = filter();
    const QDateTime at = now();
    m_task->run(
        [session, f, at, data](QSqlDatabase db, StoreError* error) {
            *data = RetentionDashboard::compute(db, session, f, error, at);
        },
        [this, data](const StoreError& error) {
            m_busy->setVisible(false);
            m_data = *data;
            m_error = error;
            display();
            emit computed();
        });
}

CustomerListQuery RetentionView::listQuery(const QString& stage, const QString& status,
                                           const QString& tier) const
{
    CustomerListQuery q;
    q.branch = m_data.filter.branch;
    q.rmName = m_data.filter.rm;
    q.tier = tier.isEmpty() ? m_data.filter.segment : tier;
    q.stage = stage;
    q.status = status;
    return q;
}

bool RetentionView::figuresShown() const
{
    return m_error.ok() && m_data.cubeBuilt() && !m_data.empty();
}

void RetentionView::display()
{
    const bool shown = figuresShown();
    for (QPushButton* button : {m_png, m_csv, m_pdf})
        button->setEnabled(shown);
    if (!m_error.ok()) {
        m_empty->setText(m_error.message);
    } else if (!m_data.cubeBuilt()) {
        m_empty->setText(tr("No retention figures yet. Run the monthly stage assessment first "
                            "(rmdesk-cli stage run, by an administrator): it works out the "
                            "figures this dashboard shows."));
    } else if (m_data.empty()) {
        m_empty->setText(tr("Nobody in this scope held assets from %1 to %2. Choose a longer "
                            "period, or \"All\" in a filter.")
                             .arg(monthName(m_data.filter.from), monthName(m_data.filter.to)));
    }
    m_stack->setCurrentIndex(shown ? 0 : 1);
    if (!shown)
        return;
    m_asOf->setText(tr("%1 to %2 · figures of the monthly stage run of %3")
                        .arg(monthName(m_data.filter.from), monthName(m_data.filter.to),
                             CustomerUi::localTime(m_data.builtAt)));
    showTiles();
    showMonths();
    showSegments();
    m_heatmap->setCohorts(m_data.cohorts);
    showFunnel();
    showReasons();
}

bool RetentionView::savePng(const QString& fileName)
{
    return m_content->grab().save(fileName, "PNG");
}

QString RetentionView::csvText() const
{
    return RetentionCsv::text(m_data);
}

bool RetentionView::saveCsv(const QString& fileName)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write("\xEF\xBB\xBF"); // Excel reads UTF-8 only with the byte-order mark
    file.write(csvText().toUtf8());
    return file.commit();
}

void RetentionView::exportPng()
{
    const QString name = Dialogs::saveFileName(
        this, tr("Save the dashboard as a picture"),
        QDir::home().filePath(tr("retention-%1.png").arg(monthName(m_data.filter.to))),
        tr("PNG pictures (*.png)"), QStringLiteral("png"));
    if (!name.isEmpty() && !savePng(name))
        Dialogs::warn(this, tr("Save as PNG"), tr("%1 could not be written.").arg(name));
}

void RetentionView::exportCsv()
{
    const QString name = Dialogs::saveFileName(
        this, tr("Save the dashboard's numbers"),
        QDir::home().filePath(tr("retention-%1.csv").arg(monthName(m_data.filter.to))),
        tr("CSV files (*.csv)"), QStringLiteral("csv"));
    if (!name.isEmpty() && !saveCsv(name))
        Dialogs::warn(this, tr("Save numbers as CSV"), tr("%1 could not be written.").arg(name));
}

DashboardReportContent RetentionView::reportContent() const
{
    const RetentionDashboardFilter& f = m_data.filter;
    const Scope scope = Permissions::scope(m_vault.session().role, Action::DashboardRead);
    // A filter as chosen, the scope the role fixes (an RM's own book, a supervisor's branch), or
    // the combo's "All …".
    auto chosen = [](const QComboBox* combo, const QString& value, const QString& fixed) {
        if (!value.isEmpty()) {
            const int i = combo->findData(value);
            return i >= 0 ? combo->itemText(i) : value;
        }
        return fixed.isEmpty() ? combo->itemText(0) : fixed;
    };
    const Session& session = m_vault.session();
    DashboardReportContent content;
    content.title = tr("Retention dashboard");
    content.header
        << tr("Period: %1 to %2").arg(monthName(f.from), monthName(f.to))
        << tr("Branch: %1")
               .arg(chosen(m_branch, f.branch, scope == Scope::All ? QString() : session.branch))
        << tr("RM: %1").arg(chosen(m_rm, f.rm, scope == Scope::Own ? session.userName : QString()))
        << tr("Segment: %1").arg(chosen(m_segment, f.segment, QString()));
    if (m_data.cubeBuilt())
        content.header << tr("Figures of the monthly stage run of %1")
                              .arg(CustomerUi::localTime(m_data.builtAt));
    content.sections = {m_tileRow, m_monthsChart, m_segmentChart,
                        m_heatmap, m_funnelChart, m_reasonsChart};
    return content;
}

bool RetentionView::savePdf(const QString& fileName, QString* error)
{
    if (!figuresShown()) {
        if (error)
            *error = m_error.ok() ? m_empty->text() : m_error.message;
        return false;
    }
    return DashboardReport::writePdf(reportContent(), fileName, m_vault.session().userName,
                                     QDateTime::currentDateTime(), error);
}

void RetentionView::exportPdf()
{
    const QString name = Dialogs::saveFileName(
        this, tr("Save the dashboard as a PDF report"),
        QDir::home().filePath(tr("retention-%1.pdf").arg(monthName(m_data.filter.to))),
        tr("PDF documents (*.pdf)"), QStringLiteral("pdf"));
    QString error;
    if (!name.isEmpty() && !savePdf(name, &error))
        Dialogs::warn(this, tr("Save as PDF"), error);
}

} // namespace rmdesk
