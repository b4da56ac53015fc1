#pragma once

#include "dashboards/retentiondashboard.h"
#include "domain/retention.h"

#include <QColor>
#include <QCoreApplication>
#include <QFrame>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class QBarSet;
class QChart;
class QChartView;
class QLabel;
class QTableWidget;
class QValueAxis;

namespace rmdesk {

// Colours and number formats shared by every dashboard, so a segment has the same colour on
// every chart.
namespace DashboardStyle {
QColor segmentColour(const QString& segment); // mass, affluent, private; grey otherwise
QColor activeColour();
QColor churnedColour();
QColor newColour();
QColor accentColour();
// The heatmap's scale: white (0 %) to deep blue (100 %).
QColor heat(double share);
// "75.0%" from a share 0 … 1; "—" when none.
QString percent(std::optional<double> share, int decimals = 1);
} // namespace DashboardStyle

// Qt Charts pieces every dashboard chart is made of.
namespace DashboardCharts {
// A titled chart in a view named `objectName`, legend at the bottom, no animation.
QChartView* makeChart(const QString& objectName, const QString& title);
// Empties a chart for new figures (its axes go with its series).
QChart* reset(QChartView* view);
// A value axis from 0 to a round number above `top`, titled with its unit; whole-number ticks
// when that is 10 or less.
QValueAxis* valueAxis(const QString& title, double top);
// Shows text(index) as a tooltip while the pointer is over a bar of `set`.
void tooltips(QBarSet* set, const std::function<QString(int)>& text);
} // namespace DashboardCharts

// Every number of the retention dashboard as CSV rows (CRLF; the caller adds the byte-order mark
// Excel needs): the filter, the tiles, the months, the segments, the cohorts, the funnel and the
// churn reasons. Shares are percentages with two decimals; codes (stage, segment) as stored.
class RetentionCsv
{
    Q_DECLARE_TR_FUNCTIONS(RetentionCsv)
public:
    static QString text(const RetentionDashboardData& data);
};

// A figure on a dashboard: a caption, the value in large type and a small line under it (a
// change, or a caution about the figure). Its labels are named <objectName>Value and
// <objectName>Note.
class DashboardTile : public QFrame
{
    Q_OBJECT
public:
    DashboardTile(const QString& objectName, const QString& caption, QWidget* parent = nullptr);

    void setValue(const QString& value, const QString& note = QString(),
                  const QColor& noteColour = QColor());
    QString value() const;
    QString note() const;

private:
    QLabel* m_caption;
    QLabel* m_value;
    QLabel* m_note;
};

// Cohorts as a table: a row per cohort (first active month and size), a column per month since,
// each cell the share still active in the heatmap colour with its percentage; a legend of the
// scale underneath.
class CohortHeatmap : public QWidget
{
    Q_OBJECT
public:
    explicit CohortHeatmap(QWidget* parent = nullptr);

    void setCohorts(const QList<CohortRow>& cohorts);
    QTableWidget* table() const { return m_table; }

private:
    QTableWidget* m_table;
};

} // namespace rmdesk
