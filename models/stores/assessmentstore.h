#pragma once

#include "domain/kpiscore.h"
#include "security/session.h"
#include "stores/retentionsums.h"
#include "stores/storeerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

namespace rmdesk {

struct CustomerScan;

// The KPI standards of a role and period kind in force for a period: one version of
// kpi_standards (schema 12), weights summing to 100.
struct KpiStandardSet
{
    QString role;       // "rm"
    QString periodKind; // "month", "quarter", "year"
    int version = 0;
    QDate effectiveFrom;
    QString changedBy;
    QString changedAt;
    QList<KpiTarget> targets; // in display order
};

// One relationship manager's scorecard for a period, as a dashboard draws it.
struct Scorecard
{
    qint64 rmUserId = 0;
    QString rm; // user name
    QString fullName;
    QString branch;
    QList<KpiScore> kpis; // in the order of the standards
    std::optional<double> total;
    int rank = 0;        // within the branch (ties share a rank; 0: no total)
    int rankOverall = 0; // among every card computed for the call
    std::optional<double> previousTotal;
    std::optional<double> trend; // total − previousTotal, points
};

// Per-branch averages over its RMs' scorecards (RMs without a value are left out).
struct BranchScore
{
    QString branch;
    int rms = 0;
    std::optional<double> averageTotal;
    QMap<QString, double> averageScore;  // kpi → mean score of the RMs that have one
    QMap<QString, double> averageActual; // kpi → mean actual of the RMs that have one
};

// Complaints of one RM whose due date falls in one month and whose outcome is known (the
// complaint_on_time KPI's rule, AssessmentStore::complaintOnTime).
struct ComplaintOnTime
{
    qint64 rmUserId = 0;
    int month = 0; // month index (domain/retention.h) of the due date
    int onTime = 0;
    int late = 0;
};

struct ScorecardSet
{
    KpiPeriod period;
    KpiStandardSet standards;
    QList<Scorecard> cards;      // by branch, then rank, then user name
    QList<BranchScore> branches; // by branch code
};

// Month-end AUM and active customers per month, branch and RM from one streaming pass over
// holding_series (RetentionStore::scan), written to assessment_aum. The stage run's cube pass can
// feed it too (add() per customer), so that the scorecards find it built.
class AumAccumulator
{
public:
    void add(const CustomerScan& customer);
    // Replaces assessment_aum with the months before `beforeMonth` (a month index; the current,
    // incomplete month is never cached), stamped with the cube's built_at. Inside the caller's
    // transaction.
    bool write(const QSqlDatabase& db, const QString& cubeBuiltAt, const QString& now,
               int beforeMonth, QString* error) const;

private:
    // Per branch and RM: AUM and active customers of consecutive months.
    std::map<std::pair<std::string, qint64>, retention::MonthRun<std::pair<qint64, qint64>>> m_sums;
    int m_first = 0;
    int m_last = -1;
};

// KPI standards (configuration, versioned like rule sets) and RM scorecards (specification 7.2).
//
// KPI actuals of an RM for a period (first … last day; "the month" of a figure is a calendar
// month, month-end figures are those of the period's last month):
//   retention_rate     the 12-month retention of the RM's book in the period's last month, in %
//                      (retention_months: kept12 / base12, RetentionMetrics::month).
//   net_new            Σ over the period's months of new + won back − churned customers
//                      (retention_months).
//   aum_growth         (AUM at the end of the last month − AUM at the end of the month before the
//                      period) / AUM before × 100; AUM = Σ month-end holdings of the RM's
//                      customers (the RM in charge at that month's end: CustomerScan::rmIn).
//                      No value when the AUM before is 0.
//   nps                NPS of the survey responses answered in the period attributed to the RM
//                      (%promoters − %detractors, points); none answered: no value.
//   complaint_on_time  complaints taken by the RM whose due date falls in the period and whose
//                      outcome is known: decided (on time when decided on or before the due
//                      date), or still undecided after the due date (late). Withdrawn and merged
//                      complaints do not count. In %; none: no value.
//   review_completion  the share (%) of the RM's active customers whose periodic verification is
//                      not overdue (next_review_due on or after the period's last day, or today
//                      when that is earlier), as the book stood that day: the review dates, the
//                      relationships ended and the RM in charge then (schemas 18 and 24).
//   interactions_per_customer  interactions the RM recorded in the period / the RM's customers
//                      with a positive month-end balance in the period's last month.
//
// Scope (DashboardRead): a supervisor the RMs of their branch; compliance every branch (or one);
// an RM their own card (ranked within their branch). Reading the standards needs DashboardRead
// too; changing them SettingsEdit (an administrator, like every rule set).
//
// Month-end AUM per RM of every complete month is summed from holding_series in one pass into
// assessment_aum (AumAccumulator), again after the retention cube was rebuilt (a stage run);
// the retention figures read the cube.
class AssessmentStore
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentStore)

public:
    explicit AssessmentStore(QSqlDatabase db, QDateTime now = QDateTime::currentDateTime());

    // The last complete month before today.
    KpiPeriod defaultPeriod() const;

    std::optional<KpiStandardSet> standards(const Session& session, const QString& role,
                                            const QString& periodKind, const QDate& day,
                                            StoreError* error) const;
    // Every version, newest first, of a role's standards for a period kind.
    QList<KpiStandardSet> standardsHistory(const Session& session, const QString& role,
                                           const QString& periodKind, StoreError* error) const;
    // A new version from `effectiveFrom` (today or later, not before the newest version's date).
    // Every KPI once, weights above 0 summing to 100, targets above 0. Audited.
    bool setStandards(const Session& session, const KpiStandardSet& set, int* version,
                      StoreError* error);

    // branch: a branch code; empty: the session's scope. rmUserId: only that RM's card (the
    // ranks are still those within the branch); 0: every RM in scope.
    std::optional<ScorecardSet> scorecards(const Session& session, const KpiPeriod& period,
                                           const QString& branch, StoreError* error,
                                           qint64 rmUserId = 0);

    // The complaint_on_time KPI's counts per RM and month of the due date: complaints taken by
    // one of `rmUserIds` due from `first` to `last` (days) that are not withdrawn or merged and
    // whose outcome is known on `today`: decided (on time when decided on or before the due
    // date, else late) or still undecided after the due date (late). Used by the scorecards and
    // by the assessment dashboard's monthly trend, so both count alike.
    static bool complaintOnTime(const QSqlDatabase& db, const QList<qint64>& rmUserIds,
                                const QDate& first, const QDate& last, const QDate& today,
                                QList<ComplaintOnTime>* out, QString* error);

private:
    struct RmRow
    {
        qint64 id = 0;
        QString name;
        QString fullName;
        QString branch;
    };
    using Actuals = QHash<qint64, QHash<QString, std::optional<double>>>;

    std::optional<KpiStandardSet> standardsFor(const QString& role, const QString& periodKind,
                                               const QDate& day, QString* error) const;
    bool actuals(const KpiPeriod& period, const QList<RmRow>& rms, const QString& branch,
                 Actuals* out, StoreError* error);
    // Month-end AUM and active customers per RM id for "YYYY-MM" (branch empty: all).
    bool aumOf(const QString& month, const QString& branch,
               QHash<qint64, QPair<qint64, qint64>>* out, StoreError* error);
    // The same for the current month, read from holding_series as it is now.
    bool liveAum(const QString& month, const QString& branch,
                 QHash<qint64, QPair<qint64, qint64>>* out, StoreError* error);
    bool ensureCube(const Session& session, StoreError* error);
    // Fills assessment_aum when it is missing or older than the retention cube.
    bool ensureAum(StoreError* error);

    QSqlDatabase m_db;
    QDateTime m_now;
    QDate m_today;
};

} // namespace rmdesk
