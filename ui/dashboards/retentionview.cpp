#include "retentionview.h"

#include "backgroundtask.h"
#include "customerlistmodel.h"
#include "customerui.h"
#include "dashboardframe.h"
#include "dashboardwidgets.h"
#include "security/permissions.h"
#include "security/vault.h"

#include <QChartView>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <tuple>

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
    m_frame = new DashboardFrame(this, QStringLiteral("retention"), vault);
    buildFilters();
    m_frame->setContent(buildContent());
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

void RetentionView::buildFilters()
{
    auto addCombo = [this](const char* name, const QString& caption) {
        return m_frame->addCombo(QLatin1String(name), caption);
    };
    m_from = addCombo("retentionFrom", tr("&From:")).second;
    m_to = addCombo("retentionTo", tr("&To:")).second;
    fillMonths();
    std::tie(m_branch, m_rm) = m_frame->addScopeFilters();
    m_segment = addCombo("retentionSegment", tr("&Segment:")).second;
    m_segment->addItem(tr("All segments"), QString());
    for (const QString& s : RetentionDashboard::segments())
        m_segment->addItem(tierLabel(s), s);

    m_frame->finishFilters(
        [this] { return tr("retention-%1").arg(monthName(m_data.filter.to)); },
        [this](DashboardFrame::Format format) -> DashboardFrame::Writer {
            switch (format) {
            case DashboardFrame::Png:
                return [this](const QString& name, QString*) { return savePng(name); };
            case DashboardFrame::Csv:
                return [this](const QString& name, QString*) { return saveCsv(name); };
            case DashboardFrame::Pdf:
                break;
            }
            return [this](const QString& name, QString* error) { return savePdf(name, error); };
        });

    for (QComboBox* combo : {m_from, m_to, m_rm, m_segment})
        connect(combo, &QComboBox::currentIndexChanged, this, &RetentionView::refresh);
    connect(m_branch, &QComboBox::currentIndexChanged, this, [this] {
        m_frame->fillRms();
        refresh();
    });
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
    m_frame->fillRms();
    m_rm->setCurrentIndex(qMax(0, m_rm->findData(f.rm)));
    m_segment->setCurrentIndex(qMax(0, m_segment->findData(f.segment)));
    for (QComboBox* combo : {m_from, m_to, m_branch, m_rm, m_segment})
        combo->blockSignals(false);
    refresh();
}

void RetentionView::refresh()
{
    m_shown = true;
    m_frame->setBusy();
    auto data = std::make_shared<RetentionDashboardData>();
    const Session session = m_vault.session();
    const RetentionDashboardFilter f = filter();
    const QDateTime at = now();
    m_task->run(
        [session, f, at, data](QSqlDatabase db, StoreError* error) {
            *data = RetentionDashboard::compute(db, session, f, error, at);
        },
        [this, data](const StoreError& error) {
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
    if (!m_error.ok()) {
        m_frame->showEmpty(m_error.message);
        return;
    }
    if (!m_data.cubeBuilt()) {
        m_frame->showEmpty(tr("No retention figures yet. Run the monthly stage assessment first "
                              "(rmdesk-cli stage run, by an administrator): it works out the "
                              "figures this dashboard shows."));
        return;
    }
    if (m_data.empty()) {
        m_frame->showEmpty(tr("Nobody in this scope held assets from %1 to %2. Choose a longer "
                              "period, or \"All\" in a filter.")
                               .arg(monthName(m_data.filter.from), monthName(m_data.filter.to)));
        return;
    }
    m_frame->showFigures();
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
    return DashboardFrame::writePng(fileName, m_content);
}

QString RetentionView::csvText() const
{
    return RetentionCsv::text(m_data);
}

bool RetentionView::saveCsv(const QString& fileName)
{
    return DashboardFrame::writeCsv(fileName, csvText());
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
            *error = m_error.ok() ? m_frame->emptyText() : m_error.message;
        return false;
    }
    return DashboardReport::writePdf(reportContent(), fileName, m_vault.session().userName,
                                     QDateTime::currentDateTime(), error);
}

} // namespace rmdesk
