#pragma once

#include "domain/retention.h"
#include "security/session.h"
#include "stores/storeerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace rmdesk {

// What the retention dashboard shows: the period (month indexes, domain/retention.h; 0 means the
// default of RetentionStore::resolved: the twelve months up to the last complete one) and the
// customers (branch code, RM user name, segment = tier code; empty: all in the session's scope).
struct RetentionDashboardFilter
{
    int from = 0;
    int to = 0;
    QString branch;
    QString rm;
    QString segment;

    bool operator==(const RetentionDashboardFilter&) const = default;
};

struct RetentionTiles
{
    int active = 0;                    // customers active in the last month
    std::optional<double> retention12; // 12-month retention of the last month, 0 … 1
    std::optional<double> churnRate;   // monthly churn rate of the last month, 0 … 1
    int netNew = 0;                    // over the period: active(to) - active(from - 1)
    qint64 aumFen = 0;                 // AUM at the end of the last month
    qint64 aumStartFen = 0;            // AUM at the end of the month before the period
    std::optional<double> aumGrowth;   // aumFen / aumStartFen - 1; none without a start
    std::optional<double> nps;         // NPS of the answers given in the period, -100 … 100
    int npsResponses = 0;              // answers with an NPS score in the period
    bool npsReliable = false;          // enough answers (Satisfaction::ReliableResponses)
};

// One segment's months, in the order of RetentionDashboard::segments().
struct SegmentSeries
{
    QString segment; // tier code
    QList<RetentionMonth> months;
};

struct FunnelStage
{
    QString stage; // LifecycleRules::stages() code
    int customers = 0;
};

// Ended relationships of the period by the reason given; `other` sums the reasons after the top
// RetentionDashboard::TopReasons (its `reason` is empty then).
struct ChurnReason
{
    QString reason; // as recorded (trimmed); empty with `other` false: no reason given
    int customers = 0;
    bool other = false;
};

struct RetentionDashboardData
{
    RetentionDashboardFilter filter; // with the default months filled in
    QString builtAt;                 // when the retention cube was built; empty: never
    RetentionTiles tiles;
    QList<RetentionMonth> months;  // from … to
    QList<SegmentSeries> segments; // every segment with customers in scope (one when filtered)
    QList<CohortRow> cohorts;      // cohorts starting in the period
    QList<FunnelStage> funnel;     // every stage, in LifecycleRules::stages() order
    QList<ChurnReason> churnReasons;

    bool cubeBuilt() const { return !builtAt.isEmpty(); }
    // Nobody in scope was ever active in the period and no customer is in the funnel.
    bool empty() const;
};

// The retention dashboard's figures (ARCHITECTURE decision 7: numbers here, pictures in
// ui/dashboards). Needs DashboardRead: an RM their own book, a supervisor their branch, compliance
// every branch; administrators are refused.
//
// Everything comes from tables a dashboard can read in well under a second on a million customers:
// - months, segments, cohorts and the retention tiles: RetentionStore's `retention_months` and
//   `retention_cube` (the snapshot every `stage run` rebuilds). compute() never builds it: when
//   it was never built the data says so (cubeBuilt() false) and holds nothing else;
// - AUM at a month end: retention_months.aum_fen, under the RM in charge at that month's end;
// - NPS: SurveyStore::stats over the answers given in the period;
// - the funnel: the customers' stored lifecycle stage;
// - churn reasons: customers whose relationship ended (relationship_ended_on) in the period.
class RetentionDashboard
{
    Q_DECLARE_TR_FUNCTIONS(RetentionDashboard)

public:
    static constexpr int TopReasons = 5;

    static RetentionDashboardData compute(QSqlDatabase db, const Session& session,
                                          const RetentionDashboardFilter& filter, StoreError* error,
                                          const QDateTime& now = QDateTime::currentDateTime());

    // Segment (tier) codes in display order.
    static QStringList segments();
};

} // namespace rmdesk
