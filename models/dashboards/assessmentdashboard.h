#pragma once

#include "domain/kpiscore.h"
#include "domain/satisfaction.h"
#include "security/session.h"
#include "stores/assessmentstore.h"
#include "stores/storeerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace rmdesk {

// What the assessment dashboard shows: the period (invalid / year 0: the last complete month,
// AssessmentStore::defaultPeriod), the first month of the trends (a month index of
// domain/retention.h; 0: the 11 months before the period's last month, i.e. twelve months), the
// branch (code; empty: the session's scope) and the RM (user name; empty: every RM in scope).
struct AssessmentDashboardFilter
{
    KpiPeriod period;
    int trendFrom = 0;
    QString branch;
    QString rm;

    bool operator==(const AssessmentDashboardFilter&) const = default;
};

struct AssessmentTiles
{
    int rmsScored = 0;                  // scorecards with a total
    std::optional<double> averageTotal; // mean of those totals, 0 … 100
    // Complaints due in the period with a known outcome (the complaint_on_time KPI's rule).
    int complaintsDue = 0;
    int complaintsOnTime = 0;
    int complaintsLate = 0;
    std::optional<double> onTimeRate; // percent; none when nothing was due
    std::optional<double> nps;        // of the answers given in the period, -100 … 100
    int npsResponses = 0;
    bool npsReliable = false;
    int evaluationsSignedOff = 0; // evaluations of the period, by state
    int evaluationsDraft = 0;
    int measuresOpen = 0;    // improvement measures not yet done (today, in scope)
    int measuresOverdue = 0; // of those, past their due date
    // Identity changes waiting for a second person's check (today, in scope; specification
    // 2.2), for those who may decide them (CustomerChangeCheck); none for the others.
    std::optional<int> checksWaiting;
    int checksLate = 0; // of those, past their day
};

// One month of the complaint on-time trend.
struct OnTimeMonth
{
    int month = 0; // month index
    int due = 0;   // onTime + late
    int onTime = 0;
    int late = 0;
    std::optional<double> rate; // percent; none when nothing was due
};

// One month of the survey trend.
struct SurveyMonth
{
    int month = 0;
    int responses = 0; // answer sheets given that month
    std::optional<double> nps;
    std::optional<double> csat;
    int npsResponses = 0;
    bool reliable = false;
};

struct AssessmentDashboardData
{
    AssessmentDashboardFilter filter; // with the defaults filled in
    QString builtAt;                  // when the retention cube was built; empty: never
    ScorecardSet scorecards;          // only the filtered RM's card when filter.rm is set
    AssessmentTiles tiles;
    QList<OnTimeMonth> onTime;  // filter.trendFrom … the period's last month
    QList<SurveyMonth> surveys; // the same months
    int trendTo() const;        // the period's last month (month index)

    bool cubeBuilt() const { return !builtAt.isEmpty(); }
    // No RM in scope has a scorecard with a value, and there is nothing in the trends.
    bool empty() const;
};

// The assessment dashboard's figures (specification 7.2; ARCHITECTURE decision 7: numbers here,
// pictures in ui/dashboards). Needs DashboardRead with the scope of the scorecards: an RM their own
// card, a supervisor their branch, compliance every branch (or one); administrators are refused.
//
// Read from tables a dashboard can read in well under a second on a million customers: the
// scorecards from AssessmentStore (retention cube, assessment_aum and indexed tables), the
// complaint trend from AssessmentStore::complaintOnTime (the same rule as the KPI), the survey
// trend from SurveyStore::stats grouped by month, evaluations and measures from their tables.
class AssessmentDashboard
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentDashboard)

public:
    static AssessmentDashboardData compute(QSqlDatabase db, const Session& session,
                                           const AssessmentDashboardFilter& filter,
                                           StoreError* error,
                                           const QDateTime& now = QDateTime::currentDateTime());
};

} // namespace rmdesk
