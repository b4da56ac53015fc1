#pragma once

// KPI scoring for the assessment of relationship managers (specification 7.2, 7.3), as pure
// functions over the actual values the stores read (models/stores/assessmentstore.cpp).
//
// Periods
//   A period is a month ('2026-10'), a quarter ('2026-Q3') or a year ('2026'), from its first to
//   its last day. The previous period is the one of the same kind just before it.
//
// Attainment
//   How far the actual value reaches the target, as a fraction (1 = on target):
//   - higher is better: actual / target;
//   - lower is better: target / actual; an actual of 0 or below reaches the cap.
//   Attainment is floored at 0 (a negative actual, e.g. net new customers lost, attains nothing)
//   and capped at 120 % (AttainmentCap) so that one outlier does not dominate a chart.
//   Targets are always above zero (the store refuses others).
// Score
//   0–100 points: 100 × attainment, at most 100. Over-achievement shows in the attainment (up to
//   120 %) but earns no more than full marks, so one KPI cannot hide another's shortfall.
//   A KPI without an actual value (nothing to count: no survey answered, no complaint due, no
//   customer) has no attainment and no score.
// Weighted total
//   Σ weight × score / Σ weight over the KPIs that have a score (the weights of the KPIs without
//   one are left out, not counted as 0): 0–100. No KPI with a score: no total.
// Rank
//   Within a group (e.g. the RMs of a branch), by total, highest first; equal totals (to 0.01
//   point) share a rank and the next rank skips ("1, 2, 2, 4"). Without a total: unranked (0).
// Trend
//   The total minus the previous period's total, in points; no trend without both. Up when
//   above +0.005, down below −0.005, flat otherwise.

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rmdesk {

struct KpiPeriod
{
    enum Kind { Month, Quarter, Year };
    Kind kind = Month;
    int year = 0;
    int number = 0; // month 1–12, quarter 1–4, 0 for a year

    // "2026-10", "2026-Q3", "2026"; nullopt when not one of these.
    static std::optional<KpiPeriod> parse(const QString& text);
    // The month of `day`.
    static KpiPeriod monthOf(const QDate& day);
    QString code() const;
    QString kindName() const; // "month", "quarter", "year"
    QDate first() const;
    QDate last() const;
    int months() const; // 1, 3, 12
    KpiPeriod previous() const;
    bool operator==(const KpiPeriod&) const = default;
};

enum class KpiDirection { Higher, Lower };

struct KpiTarget
{
    QString kpi;
    double weight = 0; // percent
    double target = 0; // > 0
    KpiDirection direction = KpiDirection::Higher;
};

struct KpiScore
{
    QString kpi;
    std::optional<double> actual;
    double target = 0;
    double weight = 0;
    KpiDirection direction = KpiDirection::Higher;
    std::optional<double> attainment; // 0 … AttainmentCap
    std::optional<double> score;      // 0 … 100
};

enum class KpiTrend { None, Up, Flat, Down };

class KpiScoring
{
public:
    static constexpr double AttainmentCap = 1.2;

    // The KPI codes, in display order.
    static QStringList kpis();
    static QString directionName(KpiDirection d); // "higher", "lower"
    static std::optional<KpiDirection> directionFromName(const QString& name);

    static std::optional<double> attainment(std::optional<double> actual, double target,
                                            KpiDirection direction);
    static std::optional<double> score(std::optional<double> attainment);
    static KpiScore evaluate(const KpiTarget& target, std::optional<double> actual);
    static std::optional<double> weightedTotal(const QList<KpiScore>& scores);
    // Competition ranks ("1, 2, 2, 4") of the totals in the order given; 0 for no total.
    static QList<int> ranks(const QList<std::optional<double>>& totals);
    static std::optional<double> trend(std::optional<double> total, std::optional<double> previous);
    static KpiTrend trendDirection(std::optional<double> delta);
    static QString trendName(KpiTrend t); // "", "up", "flat", "down"
};

} // namespace rmdesk
