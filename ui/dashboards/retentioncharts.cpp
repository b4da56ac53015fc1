// RetentionView's tiles and charts: they draw RetentionDashboard's figures and ask for the
// customer list a click on a bar stands for.
#include "retentionview.h"

#include "customerlistmodel.h"
#include "customerui.h"
#include "dashboardwidgets.h"
#include "domain/satisfaction.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace rmdesk {

namespace {

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

// A count axis up to a small number: a tick on every whole number, so no label repeats
// ("0 0 0 1 1 1" when nothing is counted).

} // namespace

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

} // namespace rmdesk
