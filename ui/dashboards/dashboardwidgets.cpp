#include "dashboardwidgets.h"

#include "stores/csvtable.h"

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QCursor>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLinearGradient>
#include <QPainter>
#include <QTableWidget>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace rmdesk {

namespace DashboardStyle {

QColor segmentColour(const QString& segment)
{
    if (segment == QLatin1String("mass"))
        return QColor(0x4e, 0x79, 0xa7);
    if (segment == QLatin1String("affluent"))
        return QColor(0xf2, 0x8e, 0x2b);
    if (segment == QLatin1String("private"))
        return QColor(0x76, 0x4b, 0x9e);
    return QColor(0x9a, 0x9a, 0x9a);
}

QColor activeColour()
{
    return QColor(0x2f, 0x6f, 0xb3);
}

QColor churnedColour()
{
    return QColor(0xc8, 0x3e, 0x3e);
}

QColor newColour()
{
    return QColor(0x3a, 0x9a, 0x5b);
}

QColor accentColour()
{
    return QColor(0x2f, 0x6f, 0xb3);
}

QColor heat(double share)
{
    const double s = std::clamp(share, 0.0, 1.0);
    const QColor lo(0xf7, 0xfb, 0xff);
    const QColor hi(0x08, 0x45, 0x94);
    return QColor(int(lo.red() + (hi.red() - lo.red()) * s),
                  int(lo.green() + (hi.green() - lo.green()) * s),
                  int(lo.blue() + (hi.blue() - lo.blue()) * s));
}

QString percent(std::optional<double> share, int decimals)
{
    if (!share)
        return QStringLiteral("—");
    return QLocale().toString(*share * 100.0, 'f', decimals) + QLatin1Char('%');
}

} // namespace DashboardStyle

namespace DashboardCharts {

QChartView* makeChart(const QString& objectName, const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto* view = new QChartView(chart);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(view->fontMetrics().height() * 18);
    return view;
}

// Empties a chart for new figures (its axes go with its series).
QChart* reset(QChartView* view)
{
    QChart* chart = view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    return chart;
}

// A value axis from 0 to a round number above `top`, titled with its unit.
QValueAxis* valueAxis(const QString& title, double top)
{
    auto* axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setRange(0, top > 0 ? top * 1.1 : 1);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->applyNiceNumbers();
    // Small counts tick on whole numbers ("0 1 2 3"), not "0 0 1 1 1" under the %.0f format.
    const double max = axis->max();
    if (max <= 10 && max == std::floor(max))
        axis->setTickCount(int(max) + 1);
    return axis;
}

void tooltips(QBarSet* set, const std::function<QString(int)>& text)
{
    QObject::connect(set, &QBarSet::hovered, set, [text](bool on, int index) {
        if (on)
            QToolTip::showText(QCursor::pos(), text(index));
        else
            QToolTip::hideText();
    });
}

} // namespace DashboardCharts

namespace {

// Shares in CSV: percentages with two decimals, dot as separator; empty when none.
QString csvPercent(std::optional<double> share)
{
    return share ? QString::number(*share * 100.0, 'f', 2) : QString();
}

// The heatmap's legend: the colour scale from 0 % to 100 %.
class HeatLegend : public QWidget
{
public:
    HeatLegend()
    {
        setObjectName(QStringLiteral("cohortLegend"));
        setMinimumHeight(fontMetrics().height() * 2);
        setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 16);
        setToolTip(QCoreApplication::translate(
            "CohortHeatmap",
            "Share of the cohort still active: lighter is fewer, darker is more."));
    }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter p(this);
        const int h = fontMetrics().height();
        const QRect bar(0, 0, width() - 1, h - 2);
        QLinearGradient g(bar.topLeft(), bar.topRight());
        g.setColorAt(0, DashboardStyle::heat(0));
        g.setColorAt(1, DashboardStyle::heat(1));
        p.fillRect(bar, g);
        p.setPen(palette().color(QPalette::Mid));
        p.drawRect(bar);
        p.setPen(palette().color(QPalette::WindowText));
        const QRect text(0, h, width(), h);
        p.drawText(text, Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("0%"));
        p.drawText(text, Qt::AlignHCenter | Qt::AlignVCenter, QStringLiteral("50%"));
        p.drawText(text, Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("100%"));
    }
};

} // namespace

DashboardTile::DashboardTile(const QString& objectName, const QString& caption, QWidget* parent)
    : QFrame(parent)
    , m_caption(new QLabel(caption))
    , m_value(new QLabel(QStringLiteral("—")))
    , m_note(new QLabel)
{
    setObjectName(objectName);
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    m_value->setObjectName(objectName + QStringLiteral("Value"));
    m_note->setObjectName(objectName + QStringLiteral("Note"));
    m_caption->setWordWrap(true);
    m_note->setWordWrap(true);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_value->setFont(big);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont small = m_note->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_note->setFont(small);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    layout->addWidget(m_note);
    layout->addStretch(1);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 11);
}

void DashboardTile::setValue(const QString& value, const QString& note, const QColor& noteColour)
{
    m_value->setText(value);
    m_note->setText(note);
    QPalette p = m_note->palette();
    p.setColor(QPalette::WindowText,
               noteColour.isValid() ? noteColour : palette().color(QPalette::PlaceholderText));
    m_note->setPalette(p);
}

QString DashboardTile::value() const
{
    return m_value->text();
}

QString DashboardTile::note() const
{
    return m_note->text();
}

CohortHeatmap::CohortHeatmap(QWidget* parent)
    : QWidget(parent)
    , m_table(new QTableWidget)
{
    setObjectName(QStringLiteral("cohortHeatmap"));
    m_table->setObjectName(QStringLiteral("cohortTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* title = new QLabel(tr("Cohort retention: share of each month's new customers still "
                                "active, by months since their first month"));
    title->setWordWrap(true);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    layout->addWidget(title);
    layout->addWidget(m_table, 1);
    auto* legendRow = new QHBoxLayout;
    legendRow->addWidget(new QLabel(tr("Scale:")));
    legendRow->addWidget(new HeatLegend);
    legendRow->addStretch(1);
    layout->addLayout(legendRow);
}

void CohortHeatmap::setCohorts(const QList<CohortRow>& cohorts)
{
    int columns = 0;
    for (const CohortRow& row : cohorts)
        columns = std::max(columns, int(row.retained.size()));
    m_table->clear();
    m_table->setRowCount(int(cohorts.size()));
    m_table->setColumnCount(columns);
    QStringList headers;
    for (int k = 0; k < columns; ++k)
        headers << tr("+%1 mo.").arg(k);
    m_table->setHorizontalHeaderLabels(headers);
    QStringList rows;
    for (int r = 0; r < cohorts.size(); ++r) {
        const CohortRow& row = cohorts[r];
        rows << tr("%1 (%L2)").arg(monthName(row.cohort)).arg(row.size);
        for (int k = 0; k < row.retained.size(); ++k) {
            const double share = row.retained[k];
            auto* item = new QTableWidgetItem(DashboardStyle::percent(share, 0));
            item->setData(Qt::UserRole, share);
            item->setTextAlignment(Qt::AlignCenter);
            item->setBackground(DashboardStyle::heat(share));
            item->setForeground(share > 0.55 ? QColor(Qt::white) : QColor(Qt::black));
            item->setToolTip(tr("Cohort %1 (%L2 customers): %3 active %4 month(s) later")
                                 .arg(monthName(row.cohort))
                                 .arg(row.size)
                                 .arg(DashboardStyle::percent(share, 2))
                                 .arg(k));
            m_table->setItem(r, k, item);
        }
    }
    m_table->setVerticalHeaderLabels(rows);
}

QString RetentionCsv::text(const RetentionDashboardData& d)
{
    QStringList lines;
    auto row = [&lines](const QStringList& fields) {
        QStringList quoted;
        for (const QString& f : fields)
            quoted << CsvTable::field(f);
        lines << quoted.join(QLatin1Char(','));
    };
    const RetentionTiles& t = d.tiles;
    row({tr("Retention dashboard"), monthName(d.filter.from), monthName(d.filter.to)});
    row({tr("Branch"), d.filter.branch, tr("RM"), d.filter.rm, tr("Segment"), d.filter.segment});
    row({tr("Figures of"), d.builtAt});
    row({});
    row({tr("Figure"), tr("Value")});
    row({tr("Active customers"), QString::number(t.active)});
    row({tr("12-month retention (%)"), csvPercent(t.retention12)});
    row({tr("Monthly churn rate (%)"), csvPercent(t.churnRate)});
    row({tr("Net new customers"), QString::number(t.netNew)});
    row({tr("AUM at the end (yuan)"), QString::number(double(t.aumFen) / 100.0, 'f', 2)});
    row({tr("AUM at the start (yuan)"), QString::number(double(t.aumStartFen) / 100.0, 'f', 2)});
    row({tr("AUM growth (%)"), csvPercent(t.aumGrowth)});
    row({tr("NPS"), t.nps ? QString::number(*t.nps, 'f', 1) : QString()});
    row({tr("NPS responses"), QString::number(t.npsResponses)});
    row({});
    row({tr("Month"), tr("Active"), tr("New"), tr("Won back"), tr("Churned"), tr("Net new"),
         tr("Churn rate (%)"), tr("12-month retention (%)")});
    for (const RetentionMonth& m : d.months)
        row({monthName(m.month), QString::number(m.active), QString::number(m.newCustomers),
             QString::number(m.wonBack), QString::number(m.churned), QString::number(m.netNew),
             csvPercent(m.churnRate), csvPercent(m.retention12)});
    row({});
    row({tr("Segment"), tr("Month"), tr("Active"), tr("12-month retention (%)")});
    for (const SegmentSeries& s : d.segments)
        for (const RetentionMonth& m : s.months)
            row({s.segment, monthName(m.month), QString::number(m.active),
                 csvPercent(m.retention12)});
    row({});
    QStringList header = {tr("Cohort"), tr("Size")};
    int columns = 0;
    for (const CohortRow& c : d.cohorts)
        columns = std::max(columns, int(c.retained.size()));
    for (int k = 0; k < columns; ++k)
        header << tr("+%1 mo. (%)").arg(k);
    row(header);
    for (const CohortRow& c : d.cohorts) {
        QStringList fields = {monthName(c.cohort), QString::number(c.size)};
        for (double share : c.retained)
            fields << csvPercent(share);
        row(fields);
    }
    row({});
    row({tr("Lifecycle stage"), tr("Customers")});
    for (const FunnelStage& s : d.funnel)
        row({s.stage, QString::number(s.customers)});
    row({});
    row({tr("Reason the relationship ended"), tr("Customers")});
    for (const ChurnReason& r : d.churnReasons)
        row({r.other ? tr("Other reasons") : r.reason, QString::number(r.customers)});
    return lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
}

} // namespace rmdesk
