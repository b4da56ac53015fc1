#pragma once

#include "dashboards/assessmentdashboard.h"

#include <QCoreApplication>
#include <QString>
#include <QTableWidget>

#include <optional>

class QChartView;

namespace rmdesk {

// The KPIs as people read them (KpiScoring::kpis() codes): one place for every view, report and
// the CSV.
class KpiText
{
    Q_DECLARE_TR_FUNCTIONS(KpiText)
public:
    // "Retention rate"; the code itself for an unknown KPI.
    static QString label(const QString& kpi);
    // A short column title: "Retention".
    static QString shortLabel(const QString& kpi);
    // An actual or target with its unit: "50.0%", "−1 customers", "0.50 per customer"; "—" when
    // none.
    static QString value(const QString& kpi, std::optional<double> value);
    // "▲ +2.35", "▼ −1.20", "● 0.00" (flat); "—" without a trend.
    static QString trend(std::optional<double> points);
    // A percentage 0 … 100 as "33.3%"; "—" when none.
    static QString rate(std::optional<double> percent);
    // "55.6"; "—" when none.
    static QString points(std::optional<double> points, int decimals = 1);
    // A KPI's weight in the standards: "20%".
    static QString weight(double percent);
};

// The scorecards as a sortable table: RM (full name and user name), branch, one column per KPI of
// the standards with its score (the tooltip gives actual, target, attainment and weight), the
// weighted total, the rank in the branch and the trend against the previous period. Numbers sort
// as numbers; "—" (no value) sorts last. Double-clicking a row emits rmActivated.
class ScorecardTable : public QTableWidget
{
    Q_OBJECT
public:
    // Columns after the KPIs.
    enum Tail { Total, Rank, Trend, TailCount };

    explicit ScorecardTable(QWidget* parent = nullptr);

    void setScorecards(const ScorecardSet& set);
    // The column of a KPI (-1: not shown), of the total, of the rank and of the trend.
    int kpiColumn(const QString& kpi) const;
    int tailColumn(Tail tail) const { return 2 + int(m_kpis.size()) + int(tail); }
    // The RM (user name) of a row as shown (after sorting).
    QString rmAt(int row) const;

signals:
    void rmActivated(const QString& rm, const QString& branch);

private:
    QStringList m_kpis;
};

// The assessment dashboard's charts, drawn into views made by DashboardCharts::makeChart:
// - branches: the average total per branch when several are in scope, else the totals of the
//   RMs shown (one bar set, 0–100 points);
// - on time: stacked bars "On time" / "Late" per month and the on-time rate (percent, right
//   axis) as a line over the months that had complaints due;
// - surveys: responses per month as bars (right axis) and the NPS (−100 … 100) as a line over
//   the months with NPS answers.
// Months are labelled upright while twelve fit, slanted when there are more.
class AssessmentCharts
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentCharts)
public:
    static void showBranches(QChartView* view, const AssessmentDashboardData& data);
    static void showOnTime(QChartView* view, const QList<OnTimeMonth>& months);
    static void showSurveys(QChartView* view, const QList<SurveyMonth>& months);
};

// Every number of the assessment dashboard as CSV rows (CRLF; the caller adds the byte-order mark
// Excel needs): the filter, the tiles, the scorecards (each KPI's actual, target, attainment and
// score), the branch averages and the two monthly trends. Percentages with two decimals, dot as
// separator; codes (KPI, branch, user name) as stored; an empty field where there is no value.
class AssessmentCsv
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentCsv)
public:
    static QString text(const AssessmentDashboardData& data);
};

} // namespace rmdesk
