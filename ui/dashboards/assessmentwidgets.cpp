#include "assessmentwidgets.h"

#include "dashboardwidgets.h"
#include "domain/retention.h"
#include "stores/csvtable.h"

#include "domain/satisfaction.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QHeaderView>
#include <QLineSeries>
#include <QLocale>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

#include <cmath>

namespace rmdesk {

namespace {

const QString retentionRate = QStringLiteral("retention_rate");
const QString netNew = QStringLiteral("net_new");
const QString aumGrowth = QStringLiteral("aum_growth");
const QString nps = QStringLiteral("nps");
const QString complaintOnTime = QStringLiteral("complaint_on_time");
const QString reviewCompletion = QStringLiteral("review_completion");
const QString interactions = QStringLiteral("interactions_per_customer");

QString signedText(double v, int decimals)
{
    const QString text = QLocale().toString(std::abs(v), 'f', decimals);
    if (std::abs(v) < 0.5 * std::pow(10.0, -decimals))
        return QLocale().toString(0.0, 'f', decimals);
    return (v > 0 ? QStringLiteral("+") : QStringLiteral("−")) + text;
}

// A table item that sorts by a number (UserRole); items without one sort after every number.
class NumberItem : public QTableWidgetItem
{
public:
    NumberItem(const QString& text, std::optional<double> value)
        : QTableWidgetItem(text)
    {
        if (value)
            setData(Qt::UserRole, *value);
        setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }

    bool operator<(const QTableWidgetItem& other) const override
    {
        const QVariant a = data(Qt::UserRole);
        const QVariant b = other.data(Qt::UserRole);
        if (!a.isValid() || !b.isValid()) {
            // No value sorts last in either order: Qt sorts descending with the arguments
            // swapped, so the answer depends on the order the header shows.
            if (a.isValid() == b.isValid())
                return false;
            const bool ascending =
                !tableWidget() ||
                tableWidget()->horizontalHeader()->sortIndicatorOrder() == Qt::AscendingOrder;
            return ascending ? a.isValid() : !a.isValid();
        }
        return a.toDouble() < b.toDouble();
    }
};

QString csvNumber(std::optional<double> v, int decimals = 2)
{
    return v ? QString::number(*v, 'f', decimals) : QString();
}

} // namespace

QString KpiText::label(const QString& kpi)
{
    if (kpi == retentionRate)
        return tr("Retention rate");
    if (kpi == netNew)
        return tr("Net new customers");
    if (kpi == aumGrowth)
        return tr("AUM growth");
    if (kpi == nps)
        return tr("NPS");
    if (kpi == complaintOnTime)
        return tr("Complaints decided on time");
    if (kpi == reviewCompletion)
        return tr("Reviews up to date");
    if (kpi == interactions)
        return tr("Interactions per customer");
    return kpi;
}

QString KpiText::shortLabel(const QString& kpi)
{
    if (kpi == retentionRate)
        return tr("Retention");
    if (kpi == netNew)
        return tr("Net new");
    if (kpi == aumGrowth)
        return tr("AUM growth");
    if (kpi == nps)
        return tr("NPS");
    if (kpi == complaintOnTime)
        return tr("Complaints on time");
    if (kpi == reviewCompletion)
        return tr("Reviews");
    if (kpi == interactions)
        return tr("Contacts");
    return kpi;
}

QString KpiText::value(const QString& kpi, std::optional<double> v)
{
    if (!v)
        return QStringLiteral("—");
    if (kpi == netNew)
        return tr("%1 customers").arg(signedText(*v, 0));
    if (kpi == nps)
        return tr("%1 points").arg(QLocale().toString(*v, 'f', 1));
    if (kpi == interactions)
        return tr("%1 per customer").arg(QLocale().toString(*v, 'f', 2));
    if (kpi == aumGrowth)
        return signedText(*v, 2) + QLatin1Char('%');
    return QLocale().toString(*v, 'f', 1) + QLatin1Char('%');
}

QString KpiText::trend(std::optional<double> delta)
{
    switch (KpiScoring::trendDirection(delta)) {
    case KpiTrend::None:
        return QStringLiteral("—");
    case KpiTrend::Up:
        return QStringLiteral("▲ ") + signedText(*delta, 2);
    case KpiTrend::Down:
        return QStringLiteral("▼ ") + signedText(*delta, 2);
    case KpiTrend::Flat:
        break;
    }
    return QStringLiteral("● ") + signedText(*delta, 2);
}

QString KpiText::rate(std::optional<double> percent)
{
    return percent ? QLocale().toString(*percent, 'f', 1) + QLatin1Char('%') : QStringLiteral("—");
}

QString KpiText::points(std::optional<double> v, int decimals)
{
    return v ? QLocale().toString(*v, 'f', decimals) : QStringLiteral("—");
}

QString KpiText::weight(double percent)
{
    return QLocale().toString(percent, 'g', 4) + QLatin1Char('%');
}

ScorecardTable::ScorecardTable(QWidget* parent)
    : QTableWidget(parent)
{
    setObjectName(QStringLiteral("scorecardTable"));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    horizontalHeader()->setStretchLastSection(true);
    connect(this, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (QTableWidgetItem* branch = item(row, 1))
            emit rmActivated(rmAt(row), branch->text());
    });
}

int ScorecardTable::kpiColumn(const QString& kpi) const
{
    const qsizetype i = m_kpis.indexOf(kpi);
    return i < 0 ? -1 : 2 + int(i);
}

QString ScorecardTable::rmAt(int row) const
{
    const QTableWidgetItem* rm = item(row, 0);
    return rm ? rm->data(Qt::UserRole).toString() : QString();
}

void ScorecardTable::setScorecards(const ScorecardSet& set)
{
    setSortingEnabled(false);
    clearContents();
    m_kpis.clear();
    QStringList headers = {tr("RM"), tr("Branch")};
    for (const KpiTarget& t : set.standards.targets) {
        m_kpis << t.kpi;
        headers << KpiText::shortLabel(t.kpi);
    }
    headers << tr("Total") << tr("Rank") << tr("Trend");
    setColumnCount(int(headers.size()));
    setHorizontalHeaderLabels(headers);
    for (int i = 0; i < m_kpis.size(); ++i) {
        const KpiTarget& t = set.standards.targets.at(i);
        horizontalHeaderItem(2 + i)->setToolTip(tr("%1: score 0–100 (weight %2%, target %3)")
                                                    .arg(KpiText::label(t.kpi),
                                                         QLocale().toString(t.weight, 'f', 0),
                                                         KpiText::value(t.kpi, t.target)));
    }
    horizontalHeaderItem(tailColumn(Total))
        ->setToolTip(tr("Weighted total of the KPI scores, 0–100"));
    horizontalHeaderItem(tailColumn(Rank))->setToolTip(tr("Rank within the branch"));
    horizontalHeaderItem(tailColumn(Trend))
        ->setToolTip(tr("Change of the total against the previous period, in points"));
    setRowCount(int(set.cards.size()));
    for (int r = 0; r < set.cards.size(); ++r) {
        const Scorecard& c = set.cards.at(r);
        auto* rm = new QTableWidgetItem(
            c.fullName.isEmpty() ? c.rm : QStringLiteral("%1 (%2)").arg(c.fullName, c.rm));
        rm->setData(Qt::UserRole, c.rm);
        setItem(r, 0, rm);
        setItem(r, 1, new QTableWidgetItem(c.branch));
        for (const KpiScore& s : c.kpis) {
            const int col = kpiColumn(s.kpi);
            if (col < 0)
                continue;
            auto* cell = new NumberItem(KpiText::points(s.score), s.score);
            cell->setToolTip(tr("%1\nActual: %2\nTarget: %3 (%4)\nAttainment: %5\nWeight: %6%")
                                 .arg(KpiText::label(s.kpi), KpiText::value(s.kpi, s.actual),
                                      KpiText::value(s.kpi, s.target),
                                      s.direction == KpiDirection::Higher ? tr("higher is better")
                                                                          : tr("lower is better"),
                                      DashboardStyle::percent(s.attainment),
                                      QLocale().toString(s.weight, 'f', 0)));
            setItem(r, col, cell);
        }
        auto* total = new NumberItem(KpiText::points(c.total, 2), c.total);
        QFont bold = total->font();
        bold.setBold(true);
        total->setFont(bold);
        setItem(r, tailColumn(Total), total);
        auto* rank = new NumberItem(c.rank > 0 ? QLocale().toString(c.rank) : QStringLiteral("—"),
                                    c.rank > 0 ? std::optional<double>(c.rank) : std::nullopt);
        rank->setTextAlignment(Qt::AlignCenter);
        rank->setToolTip(
            c.rankOverall > 0
                ? tr("Rank %1 in the branch, %2 among all shown").arg(c.rank).arg(c.rankOverall)
                : tr("No total: not ranked"));
        setItem(r, tailColumn(Rank), rank);
        auto* trend = new NumberItem(KpiText::trend(c.trend), c.trend);
        trend->setTextAlignment(Qt::AlignCenter);
        const KpiTrend dir = KpiScoring::trendDirection(c.trend);
        if (dir == KpiTrend::Up)
            trend->setForeground(QColor(0x2e, 0x7d, 0x32));
        else if (dir == KpiTrend::Down)
            trend->setForeground(QColor(0xb0, 0x1c, 0x1c));
        trend->setToolTip(c.previousTotal
                              ? tr("Previous period: %1").arg(KpiText::points(c.previousTotal, 2))
                              : tr("No total in the previous period"));
        setItem(r, tailColumn(Trend), trend);
    }
    setSortingEnabled(true);
    resizeColumnsToContents();
}

QString AssessmentCsv::text(const AssessmentDashboardData& d)
{
    QStringList lines;
    auto row = [&lines](const QStringList& fields) {
        QStringList quoted;
        for (const QString& f : fields)
            quoted << CsvTable::field(f);
        lines << quoted.join(QLatin1Char(','));
    };
    const AssessmentTiles& t = d.tiles;
    row({tr("Assessment dashboard"), d.filter.period.code()});
    row({tr("Branch"), d.filter.branch, tr("RM"), d.filter.rm});
    row({tr("Trend"), monthName(d.filter.trendFrom), monthName(d.trendTo())});
    row({tr("Figures of"), d.builtAt});
    row({tr("Standards version"), QString::number(d.scorecards.standards.version)});
    row({});
    row({tr("Figure"), tr("Value")});
    row({tr("RMs scored"), QString::number(t.rmsScored)});
    row({tr("Average total"), csvNumber(t.averageTotal)});
    row({tr("Complaints due"), QString::number(t.complaintsDue)});
    row({tr("Complaints decided on time"), QString::number(t.complaintsOnTime)});
    row({tr("Complaints late"), QString::number(t.complaintsLate)});
    row({tr("On-time rate (%)"), csvNumber(t.onTimeRate)});
    row({tr("NPS"), csvNumber(t.nps, 1)});
    row({tr("NPS responses"), QString::number(t.npsResponses)});
    row({tr("Evaluations signed off"), QString::number(t.evaluationsSignedOff)});
    row({tr("Evaluations in draft"), QString::number(t.evaluationsDraft)});
    row({tr("Improvement measures open"), QString::number(t.measuresOpen)});
    row({tr("Improvement measures overdue"), QString::number(t.measuresOverdue)});
    if (t.checksWaiting) {
        row({tr("Identity changes awaiting a check"), QString::number(*t.checksWaiting)});
        row({tr("Identity changes late for their check"), QString::number(t.checksLate)});
    }
    row({});
    row({tr("RM"), tr("Branch"), tr("KPI"), tr("Actual"), tr("Target"), tr("Weight (%)"),
         tr("Attainment (%)"), tr("Score")});
    for (const Scorecard& c : d.scorecards.cards)
        for (const KpiScore& s : c.kpis)
            row({c.rm, c.branch, s.kpi, csvNumber(s.actual), csvNumber(s.target),
                 csvNumber(s.weight),
                 csvNumber(s.attainment ? *s.attainment * 100.0 : s.attainment),
                 csvNumber(s.score)});
    row({});
    row({tr("RM"), tr("Branch"), tr("Total"), tr("Rank"), tr("Overall rank"), tr("Previous total"),
         tr("Trend (points)")});
    for (const Scorecard& c : d.scorecards.cards)
        row({c.rm, c.branch, csvNumber(c.total), c.rank > 0 ? QString::number(c.rank) : QString(),
             c.rankOverall > 0 ? QString::number(c.rankOverall) : QString(),
             csvNumber(c.previousTotal), csvNumber(c.trend)});
    row({});
    row({tr("Branch"), tr("RMs"), tr("Average total")});
    for (const BranchScore& b : d.scorecards.branches)
        row({b.branch, QString::number(b.rms), csvNumber(b.averageTotal)});
    row({});
    row({tr("Month"), tr("Complaints due"), tr("On time"), tr("Late"), tr("On-time rate (%)")});
    for (const OnTimeMonth& m : d.onTime)
        row({monthName(m.month), QString::number(m.due), QString::number(m.onTime),
             QString::number(m.late), csvNumber(m.rate)});
    row({});
    row({tr("Month"), tr("Survey responses"), tr("NPS responses"), tr("NPS"), tr("CSAT (%)")});
    for (const SurveyMonth& m : d.surveys)
        row({monthName(m.month), QString::number(m.responses), QString::number(m.npsResponses),
             csvNumber(m.nps, 1), csvNumber(m.csat)});
    return lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
}

namespace {

QColor onTimeColour()
{
    return QColor(0x3a, 0x9a, 0x5b);
}

// A line of points at the categories that have a value (a month without one leaves a gap in
// the labels, not a fake zero).
QLineSeries* lineOf(const QString& name, const QColor& colour)
{
    auto* line = new QLineSeries;
    line->setName(name);
    QPen pen(colour);
    pen.setWidthF(2.5);
    line->setPen(pen);
    line->setPointsVisible(true);
    return line;
}

QBarCategoryAxis* monthAxis(const QStringList& months)
{
    auto* x = new QBarCategoryAxis;
    x->append(months);
    x->setTitleText(AssessmentCharts::tr("Month"));
    x->setLabelsAngle(months.size() > 12 ? -45 : 0);
    x->setTruncateLabels(false);
    return x;
}

} // namespace

void AssessmentCharts::showBranches(QChartView* view, const AssessmentDashboardData& data)
{
    QChart* chart = DashboardCharts::reset(view);
    const bool byBranch = data.scorecards.branches.size() > 1;
    auto* set = new QBarSet(byBranch ? tr("Average total") : tr("Total"));
    set->setColor(DashboardStyle::accentColour());
    QStringList labels;
    QStringList tips;
    if (byBranch) {
        for (const BranchScore& b : data.scorecards.branches) {
            labels << b.branch;
            *set << b.averageTotal.value_or(0.0);
            tips << tr("%1: average total %2 over %n RM(s)", nullptr, b.rms)
                        .arg(b.branch, KpiText::points(b.averageTotal, 2));
        }
    } else {
        for (const Scorecard& c : data.scorecards.cards) {
            QString label = c.fullName.isEmpty() ? c.rm : c.fullName;
            if (labels.contains(label)) // categories must differ
                label = QStringLiteral("%1 (%2)").arg(label, c.rm);
            labels << label;
            *set << c.total.value_or(0.0);
            tips << tr("%1: total %2, rank %3")
                        .arg(label, KpiText::points(c.total, 2),
                             c.rank > 0 ? QString::number(c.rank) : QStringLiteral("—"));
        }
    }
    chart->setTitle(byBranch ? tr("Average total by branch")
                    : data.scorecards.cards.size() == 1
                        ? tr("Total")
                        : tr("Totals of the RMs of %1").arg(data.scorecards.cards.first().branch));
    auto* series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(3);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(labels);
    x->setLabelsAngle(labels.size() > 12 ? -60 : 0); // a branch's forty RMs: names slanted
    x->setTruncateLabels(false);
    auto* y = new QValueAxis;
    y->setRange(0, 100);
    y->setTitleText(tr("Points"));
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    DashboardCharts::tooltips(set, [tips](int i) { return tips.value(i); });
    chart->legend()->setVisible(false);
}

void AssessmentCharts::showOnTime(QChartView* view, const QList<OnTimeMonth>& months)
{
    QChart* chart = DashboardCharts::reset(view);
    QStringList labels;
    auto* onTime = new QBarSet(tr("On time"));
    auto* late = new QBarSet(tr("Late"));
    onTime->setColor(onTimeColour());
    late->setColor(DashboardStyle::churnedColour());
    QLineSeries* rate = lineOf(tr("On-time rate (%)"), DashboardStyle::accentColour());
    double top = 0;
    for (int i = 0; i < months.size(); ++i) {
        const OnTimeMonth& m = months[i];
        labels << monthName(m.month);
        *onTime << m.onTime;
        *late << m.late;
        if (m.rate)
            rate->append(i, *m.rate);
        top = std::max(top, double(m.due));
    }
    auto* bars = new QStackedBarSeries;
    bars->append({onTime, late});
    chart->addSeries(bars);
    chart->addSeries(rate);
    auto* x = monthAxis(labels);
    auto* left = DashboardCharts::valueAxis(tr("Complaints due"), top);
    auto* right = new QValueAxis;
    right->setRange(0, 100);
    right->setTitleText(tr("On time (%)"));
    right->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(left, Qt::AlignLeft);
    chart->addAxis(right, Qt::AlignRight);
    bars->attachAxis(x);
    bars->attachAxis(left);
    rate->attachAxis(x);
    rate->attachAxis(right);
    const QList<OnTimeMonth> data = months;
    auto tip = [data](int i) {
        return tr("%1: %L2 due, %L3 on time, %L4 late (%5)")
            .arg(monthName(data[i].month))
            .arg(data[i].due)
            .arg(data[i].onTime)
            .arg(data[i].late)
            .arg(KpiText::rate(data[i].rate));
    };
    DashboardCharts::tooltips(onTime, tip);
    DashboardCharts::tooltips(late, tip);
    QObject::connect(rate, &QLineSeries::hovered, rate, [tip, data](const QPointF& p, bool on) {
        const int i = qRound(p.x());
        if (on && i >= 0 && i < data.size())
            QToolTip::showText(QCursor::pos(), tip(i));
    });
    chart->legend()->setVisible(true);
}

void AssessmentCharts::showSurveys(QChartView* view, const QList<SurveyMonth>& months)
{
    QChart* chart = DashboardCharts::reset(view);
    QStringList labels;
    auto* responses = new QBarSet(tr("Responses"));
    responses->setColor(DashboardStyle::accentColour().lighter(160));
    QLineSeries* nps = lineOf(tr("NPS"), DashboardStyle::segmentColour(QStringLiteral("affluent")));
    double top = 0;
    for (int i = 0; i < months.size(); ++i) {
        const SurveyMonth& m = months[i];
        labels << monthName(m.month);
        *responses << m.responses;
        if (m.nps)
            nps->append(i, *m.nps);
        top = std::max(top, double(m.responses));
    }
    auto* bars = new QBarSeries;
    bars->append(responses);
    chart->addSeries(bars);
    chart->addSeries(nps);
    auto* x = monthAxis(labels);
    auto* left = new QValueAxis;
    left->setRange(-100, 100);
    left->setTickCount(5);
    left->setTitleText(tr("NPS"));
    left->setLabelFormat(QStringLiteral("%.0f"));
    auto* right = DashboardCharts::valueAxis(tr("Responses"), top);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(left, Qt::AlignLeft);
    chart->addAxis(right, Qt::AlignRight);
    bars->attachAxis(x);
    bars->attachAxis(right);
    nps->attachAxis(x);
    nps->attachAxis(left);
    const QList<SurveyMonth> data = months;
    auto tip = [data](int i) {
        const SurveyMonth& m = data[i];
        QString text = tr("%1: %Ln response(s), NPS %2, CSAT %3", nullptr, m.responses)
                           .arg(monthName(m.month),
                                m.nps ? QLocale().toString(*m.nps, 'f', 1) : QStringLiteral("—"),
                                KpiText::rate(m.csat));
        const QString caution = Satisfaction::caution(m.npsResponses);
        return caution.isEmpty() || m.npsResponses == 0 ? text : text + QLatin1Char('\n') + caution;
    };
    DashboardCharts::tooltips(responses, tip);
    QObject::connect(nps, &QLineSeries::hovered, nps, [tip, data](const QPointF& p, bool on) {
        const int i = qRound(p.x());
        if (on && i >= 0 && i < data.size())
            QToolTip::showText(QCursor::pos(), tip(i));
    });
    chart->legend()->setVisible(true);
}

} // namespace rmdesk
