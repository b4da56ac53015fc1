#include "retentionview.h"

#include "backgroundtask.h"
#include "customerlistmodel.h"
#include "customerui.h"
#include "dashboardwidgets.h"
#include "dialogs.h"
#include "domain/satisfaction.h"
#include "security/permissions.h"
#include "security/vault.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QDir>
#include <QFile>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTableWidget>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

namespace rmdesk {

namespace {

constexpr int MonthsOffered = 36;

QString number(qint64 n)
{
    return QLocale().toString(n);
}

QString signedNumber(qint64 n)
{
    return n > 0 ? QStringLiteral("+") + number(n) : number(n);
}

QString stageLabel(const QString& stage)
{
    return CustomerListModel::valueLabel(QStringLiteral("lifecycle_stage"), stage);
}

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
    row->addWidget(m_png);
    row->addWidget(m_csv);

    for (QComboBox* combo : {m_from, m_to, m_rm, m_segment})
        connect(combo, &QComboBox::currentIndexChanged, this, &RetentionView::refresh);
    connect(m_branch, &QComboBox::currentIndexChanged, this, [this] {
        fillRms();
        refresh();
    });
    connect(m_png, &QPushButton::clicked, this, &RetentionView::exportPng);
    connect(m_csv, &QPushButton::clicked, this, &RetentionView::exportCsv);
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
    auto* tiles = new QHBoxLayout;
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
    layout->addLayout(tiles);
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
    m_png->setEnabled(false);
    m_csv->setEnabled(false);
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

void RetentionView::display()
{
    const bool shown = m_error.ok() && m_data.cubeBuilt() && !m_data.empty();
    m_png->setEnabled(shown);
    m_csv->setEnabled(shown);
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

void RetentionView::showTiles()
{
    const RetentionTiles& t = m_data.tiles;
    const QString last = monthName(m_data.filter.to);
    m_tiles[0]->setValue(number(t.active), tr("at the end of %1").arg(last));
    m_tiles[1]->setValue(DashboardStyle::percent(t.retention12),
                         t.retention12 ? tr("of those active 12 months before %1").arg(last)
                                       : tr("nobody was active 12 months before"));
    m_tiles[2]->setValue(DashboardStyle::percent(t.churnRate, 2), tr("in %1").arg(last));
    m_tiles[3]->setValue(signedNumber(t.netNew),
                         tr("%1 to %2").arg(monthName(m_data.filter.from), last),
                         t.netNew < 0 ? CustomerUi::breachedColour() : QColor());
    const QString growth =
        t.aumGrowth
            ? tr("%1%2 since the end of %3")
                  .arg(*t.aumGrowth > 0 ? QStringLiteral("+") : QString(),
                       DashboardStyle::percent(t.aumGrowth), monthName(m_data.filter.from - 1))
            : tr("no assets at the end of %1").arg(monthName(m_data.filter.from - 1));
    m_tiles[4]->setValue(CustomerUi::money(t.aumFen), growth,
                         t.aumGrowth && *t.aumGrowth < 0 ? CustomerUi::breachedColour() : QColor());
    const QString caution = Satisfaction::caution(t.npsResponses);
    m_tiles[5]->setValue(t.nps ? QLocale().toString(*t.nps, 'f', 1) : QStringLiteral("—"),
                         caution.isEmpty() ? tr("%Ln response(s)", nullptr, t.npsResponses)
                                           : caution,
                         caution.isEmpty() ? QColor() : CustomerUi::warningColour());
}

void RetentionView::showMonths()
{
    QChart* chart = DashboardCharts::reset(m_monthsChart);
    QStringList months;
    auto* line = new QLineSeries;
    line->setName(tr("Active customers"));
    QPen pen(DashboardStyle::activeColour());
    pen.setWidthF(2.5);
    line->setPen(pen);
    auto* newSet = new QBarSet(tr("New"));
    auto* wonSet = new QBarSet(tr("Won back"));
    auto* churnSet = new QBarSet(tr("Churned"));
    newSet->setColor(DashboardStyle::newColour());
    wonSet->setColor(DashboardStyle::newColour().lighter(140));
    churnSet->setColor(DashboardStyle::churnedColour());
    double top = 0, topBars = 0;
    for (int i = 0; i < m_data.months.size(); ++i) {
        const RetentionMonth& m = m_data.months[i];
        months << monthName(m.month);
        line->append(i, m.active);
        *newSet << m.newCustomers;
        *wonSet << m.wonBack;
        *churnSet << m.churned;
        top = std::max(top, double(m.active));
        topBars = std::max({topBars, double(m.newCustomers), double(m.wonBack), double(m.churned)});
    }
    auto* bars = new QBarSeries;
    bars->append({newSet, wonSet, churnSet});
    chart->addSeries(bars);
    chart->addSeries(line);
    auto* x = new QBarCategoryAxis;
    x->append(months);
    x->setTitleText(tr("Month"));
    x->setLabelsAngle(-45);
    x->setTruncateLabels(false);
    auto* left = DashboardCharts::valueAxis(tr("Active customers"), top);
    auto* right = DashboardCharts::valueAxis(tr("Per month"), topBars);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(left, Qt::AlignLeft);
    chart->addAxis(right, Qt::AlignRight);
    line->attachAxis(x);
    line->attachAxis(left);
    bars->attachAxis(x);
    bars->attachAxis(right);
    const QList<RetentionMonth> data = m_data.months;
    connect(line, &QLineSeries::hovered, line, [data](const QPointF& p, bool on) {
        const int i = qRound(p.x());
        if (on && i >= 0 && i < data.size())
            QToolTip::showText(
                QCursor::pos(),
                tr("%1: %L2 active customers").arg(monthName(data[i].month)).arg(data[i].active));
    });
    for (const auto& [set, stage] : {std::pair{newSet, QStringLiteral("onboarding")},
                                     {wonSet, QStringLiteral("won_back")},
                                     {churnSet, QStringLiteral("churned")}}) {
        DashboardCharts::tooltips(set, [data, set](int i) {
            return tr("%1, %2: %L3").arg(monthName(data[i].month), set->label()).arg(set->at(i));
        });
        // The list cannot select a month: the customers in the stage the bar leads to.
        connect(set, &QBarSet::clicked, this,
                [this, stage] { emit customersRequested(listQuery(stage)); });
    }
    chart->legend()->setVisible(true);
}

void RetentionView::showSegments()
{
    QChart* chart = DashboardCharts::reset(m_segmentChart);
    auto* series = new QBarSeries;
    QStringList months;
    for (const RetentionMonth& m : m_data.months)
        months << monthName(m.month);
    for (const SegmentSeries& s : m_data.segments) {
        auto* set = new QBarSet(tierLabel(s.segment));
        set->setColor(DashboardStyle::segmentColour(s.segment));
        for (const RetentionMonth& m : s.months)
            *set << (m.retention12 ? *m.retention12 * 100.0 : 0.0);
        const QList<RetentionMonth> list = s.months;
        DashboardCharts::tooltips(set, [list, set](int i) {
            return tr("%1, %2: %3 retained over 12 months (%L4 active)")
                .arg(set->label(), monthName(list[i].month),
                     DashboardStyle::percent(list[i].retention12))
                .arg(list[i].active);
        });
        const QString tier = s.segment;
        connect(set, &QBarSet::clicked, this,
                [this, tier] { emit customersRequested(listQuery({}, {}, tier)); });
        series->append(set);
    }
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(months);
    x->setTitleText(tr("Month"));
    x->setLabelsAngle(-45);
    x->setTruncateLabels(false);
    auto* y = new QValueAxis;
    y->setRange(0, 100);
    y->setTitleText(tr("Retained (%)"));
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setVisible(m_data.segments.size() > 1);
}

void RetentionView::showFunnel()
{
    QChart* chart = DashboardCharts::reset(m_funnelChart);
    auto* set = new QBarSet(tr("Customers"));
    set->setColor(DashboardStyle::accentColour());
    QStringList stages;
    double top = 0;
    // The first stage on top: categories run from the bottom up.
    for (qsizetype i = m_data.funnel.size() - 1; i >= 0; --i) {
        stages << stageLabel(m_data.funnel[i].stage);
        *set << m_data.funnel[i].customers;
        top = std::max(top, double(m_data.funnel[i].customers));
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(stages);
    auto* x = DashboardCharts::valueAxis(tr("Customers"), top);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    const QList<FunnelStage> funnel = m_data.funnel;
    auto stageAt = [funnel](int i) { return funnel[funnel.size() - 1 - i]; };
    DashboardCharts::tooltips(set, [stageAt](int i) {
        return tr("%1: %L2 customers").arg(stageLabel(stageAt(i).stage)).arg(stageAt(i).customers);
    });
    connect(set, &QBarSet::clicked, this,
            [this, stageAt](int i) { emit customersRequested(listQuery(stageAt(i).stage)); });
    chart->legend()->setVisible(false);
}

void RetentionView::showReasons()
{
    QChart* chart = DashboardCharts::reset(m_reasonsChart);
    auto* set = new QBarSet(tr("Ended relationships"));
    set->setColor(DashboardStyle::churnedColour());
    QStringList labels;
    double top = 0;
    for (qsizetype i = m_data.churnReasons.size() - 1; i >= 0; --i) {
        const ChurnReason& r = m_data.churnReasons[i];
        QString label = r.other              ? tr("Other reasons")
                        : r.reason.isEmpty() ? tr("No reason given")
                                             : r.reason;
        if (labels.contains(label)) // categories must differ
            label += QLatin1Char(' ');
        labels << label;
        *set << r.customers;
        top = std::max(top, double(r.customers));
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(labels);
    auto* x = DashboardCharts::valueAxis(tr("Relationships ended in the period"), top);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    DashboardCharts::tooltips(
        set, [labels, set](int i) { return tr("%1: %L2").arg(labels[i]).arg(set->at(i)); });
    connect(set, &QBarSet::clicked, this,
            [this] { emit customersRequested(listQuery({}, QStringLiteral("ended"))); });
    chart->legend()->setVisible(false);
    chart->setTitle(m_data.churnReasons.isEmpty()
                        ? tr("Why relationships ended: none ended in this period")
                        : tr("Why relationships ended"));
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

} // namespace rmdesk
