// The assessment dashboard's figures on the hand-worked month of assessmentfixture.h (today
// 2026-11-27, period 2026-10, trends 2025-11 … 2026-10), plus two evaluations and three measures:
//   evaluations of 2026-10 by sup1: rm1 signed off, rm3 draft; of 2026-09: rm4 draft (not counted);
//   measures of BJ01 by sup1: m1 owner rm3 due 2026-11-30, m2 owner rm1 due 2026-12-15, m3 owner
//   rm1 due 2026-12-20 completed (not open). On 2026-12-05 m1 is overdue.
//
// Tiles and series worked by hand from the fixture's comment:
//   scorecards: rm1 44.1374…, rm3 67.6470…, rm2 38.8888…, rm4 0, rm5 0 (all five have a total,
//   net new 0 scores 0). Average: all (44.1374 + 67.6470 + 38.8888) / 5 = 30.1346…; BJ01
//   (44.1374 + 67.6470) / 4 = 27.9461…; SH01 38.8888….
//   complaint on time (taken by the RMs in scope, due in the month, outcome known on 11-27):
//   October: k1 on time (rm1), k2 late (rm1, undecided past 10-19), k5 late (rm3, decided 10-12
//   after 10-10); k3 is due in November, k4 withdrawn. All / BJ01: 3 due, 1 on time, 2 late,
//   33.33 %; rm1: 2, 1, 1, 50 %; SH01: nothing due (no rate). Every other trend month: 0, no rate.
//   With period 2026-11 and the trend from 2026-10: November k3 (decided 10-25, due 11-03) on time:
//   1 due, 100 %; October as above.
//   surveys (NPS answers): October rm1 10, 9, 5, 8 and rm2 10: 5 responses, promoters 3,
//   detractors 1 → (3 − 1) / 5 = 40; BJ01 / rm1 (2 − 1) / 4 = 25; SH01 100 over 1. No CSAT asked
//   (none). November: rm1's 0 → −100 over 1. Every other month: 0 responses, no NPS.
#include "common/testsupport.h"
#include "dashboards/assessmentdashboard.h"
#include "stores/assessmentfixture.h"

using namespace rmdesk;
using namespace rmdesk::test;
namespace tt = boost::test_tools;

namespace {

const double rm1Total = (10000.0 / 9.0 + 1250.0 + 20000.0 / 19.0 + 1000.0) / 100.0;
const double rm3Total = 5750.0 / 85.0;
const double rm2Total = 3500.0 / 90.0;

struct DashboardFixture : AssessmentFixture
{
    DashboardFixture()
    {
        StoreError e;
        BOOST_REQUIRE_MESSAGE(RetentionStore(db(), assessmentNow).rebuild(session("comp1"), &e),
                              e.message);
        qint64 id = 0;
        BOOST_REQUIRE_MESSAGE(evaluations("sup1").create(session("sup1"), QStringLiteral("rm1"),
                                                         QStringLiteral("2026-10"), &id, &e),
                              e.message);
        BOOST_REQUIRE_MESSAGE(
            evaluations("sup1").rate(session("sup1"), id, 3, QStringLiteral("按期完成"), &e),
            e.message);
        BOOST_REQUIRE_MESSAGE(evaluations("sup1").signOff(session("sup1"), id, &e), e.message);
        BOOST_REQUIRE_MESSAGE(evaluations("sup1").create(session("sup1"), QStringLiteral("rm3"),
                                                         QStringLiteral("2026-10"), &id, &e),
                              e.message);
        BOOST_REQUIRE_MESSAGE(evaluations("sup1").create(session("sup1"), QStringLiteral("rm4"),
                                                         QStringLiteral("2026-09"), &id, &e),
                              e.message);
        for (const auto& [owner, due, done] : {std::tuple{"rm3", QDate(2026, 11, 30), false},
                                               {"rm1", QDate(2026, 12, 15), false},
                                               {"rm1", QDate(2026, 12, 20), true}}) {
            NewMeasure m;
            m.title = QStringLiteral("加强回访");
            m.owner = QString::fromLatin1(owner);
            m.due = due;
            BOOST_REQUIRE_MESSAGE(supervision("sup1").addMeasure(session("sup1"), m, &id, &e),
                                  e.message);
            if (done)
                BOOST_REQUIRE_MESSAGE(supervision("sup1").completeMeasure(
                                          session("sup1"), id, QStringLiteral("已完成"), &e),
                                      e.message);
        }
    }

    AssessmentDashboardData compute(const char* who, const AssessmentDashboardFilter& f,
                                    StoreError* e, const QDateTime& at = assessmentNow)
    {
        return AssessmentDashboard::compute(as(who).database().connection(), session(who), f, e,
                                            at);
    }

    static AssessmentDashboardFilter filter(const QString& branch = QString(),
                                            const QString& rm = QString())
    {
        AssessmentDashboardFilter f;
        f.branch = branch;
        f.rm = rm;
        return f;
    }
};

// Every month of a trend but `except` is empty.
void checkQuietMonths(const AssessmentDashboardData& d, const QList<int>& except)
{
    for (const OnTimeMonth& m : d.onTime)
        if (!except.contains(m.month)) {
            BOOST_TEST(m.due == 0, monthName(m.month).toStdString());
            BOOST_TEST(!m.rate.has_value());
        }
    for (const SurveyMonth& m : d.surveys)
        if (!except.contains(m.month)) {
            BOOST_TEST(m.responses == 0, monthName(m.month).toStdString());
            BOOST_TEST(!m.nps.has_value());
        }
}

} // namespace

BOOST_FIXTURE_TEST_SUITE(assessment_dashboard, DashboardFixture)

BOOST_AUTO_TEST_CASE(every_tile_and_series_value_worked_by_hand)
{
    StoreError e;
    const AssessmentDashboardData d = compute("comp1", filter(), &e);
    BOOST_REQUIRE_MESSAGE(e.ok(), e.message);
    // Defaults: the last complete month and twelve months of trend.
    BOOST_TEST(d.filter.period.code() == QStringLiteral("2026-10"));
    BOOST_TEST(d.filter.trendFrom == monthIndex(2025, 11));
    BOOST_TEST(d.trendTo() == monthIndex(2026, 10));
    BOOST_TEST(d.cubeBuilt());
    BOOST_TEST(!d.empty());
    BOOST_TEST(d.scorecards.cards.size() == 5);
    BOOST_TEST(d.scorecards.branches.size() == 2);
    BOOST_TEST(*AssessmentFixture::card(d.scorecards, "rm1").total == rm1Total,
               tt::tolerance(1e-9));

    const AssessmentTiles& t = d.tiles;
    BOOST_TEST(t.rmsScored == 5);
    BOOST_TEST(*t.averageTotal == (rm1Total + rm3Total + rm2Total) / 5.0, tt::tolerance(1e-9));
    BOOST_TEST(*t.averageTotal == 30.1346749, tt::tolerance(1e-7));
    BOOST_TEST(t.complaintsDue == 3);
    BOOST_TEST(t.complaintsOnTime == 1);
    BOOST_TEST(t.complaintsLate == 2);
    BOOST_TEST(*t.onTimeRate == 100.0 / 3.0, tt::tolerance(1e-9));
    BOOST_TEST(*t.nps == 40.0, tt::tolerance(1e-9));
    BOOST_TEST(t.npsResponses == 5);
    BOOST_TEST(!t.npsReliable);
    BOOST_TEST(t.evaluationsSignedOff == 1);
    BOOST_TEST(t.evaluationsDraft == 1);
    BOOST_TEST(t.measuresOpen == 2);
    BOOST_TEST(t.measuresOverdue == 0);

    BOOST_REQUIRE(d.onTime.size() == 12);
    BOOST_REQUIRE(d.surveys.size() == 12);
    BOOST_TEST(d.onTime.first().month == monthIndex(2025, 11));
    const OnTimeMonth& october = d.onTime.last();
    BOOST_TEST(october.month == monthIndex(2026, 10));
    BOOST_TEST(october.due == 3);
    BOOST_TEST(october.onTime == 1);
    BOOST_TEST(october.late == 2);
    BOOST_TEST(*october.rate == 100.0 / 3.0, tt::tolerance(1e-9));
    const SurveyMonth& answers = d.surveys.last();
    BOOST_TEST(answers.month == monthIndex(2026, 10));
    BOOST_TEST(answers.responses == 5);
    BOOST_TEST(answers.npsResponses == 5);
    BOOST_TEST(*answers.nps == 40.0, tt::tolerance(1e-9));
    BOOST_TEST(!answers.csat.has_value());
    checkQuietMonths(d, {monthIndex(2026, 10)});

    // The same rule as the KPI: the October rate of rm1's card is that of rm1's complaints.
    BOOST_TEST(*AssessmentFixture::actual(AssessmentFixture::card(d.scorecards, "rm1"),
                                          "complaint_on_time") == 50.0,
               tt::tolerance(1e-9));
}

BOOST_AUTO_TEST_CASE(a_later_period_and_a_shorter_trend)
{
    StoreError e;
    AssessmentDashboardFilter f = filter();
    f.period = *KpiPeriod::parse(QStringLiteral("2026-11"));
    f.trendFrom = monthIndex(2026, 10);
    const AssessmentDashboardData d = compute("comp1", f, &e);
    BOOST_REQUIRE_MESSAGE(e.ok(), e.message);
    BOOST_REQUIRE(d.onTime.size() == 2);
    BOOST_TEST(d.onTime[0].due == 3);
    BOOST_TEST(d.onTime[1].month == monthIndex(2026, 11));
    BOOST_TEST(d.onTime[1].due == 1);
    BOOST_TEST(d.onTime[1].onTime == 1);
    BOOST_TEST(*d.onTime[1].rate == 100.0, tt::tolerance(1e-9));
    BOOST_TEST(d.tiles.complaintsDue == 1);
    BOOST_TEST(*d.tiles.onTimeRate == 100.0, tt::tolerance(1e-9));
    BOOST_REQUIRE(d.surveys.size() == 2);
    BOOST_TEST(*d.surveys[0].nps == 40.0, tt::tolerance(1e-9));
    BOOST_TEST(d.surveys[1].responses == 1);
    BOOST_TEST(*d.surveys[1].nps == -100.0, tt::tolerance(1e-9));
    BOOST_TEST(*d.tiles.nps == -100.0, tt::tolerance(1e-9));
    BOOST_TEST(d.tiles.npsResponses == 1);
    BOOST_TEST(d.tiles.evaluationsSignedOff + d.tiles.evaluationsDraft == 0);

    // A quarter: its three months count in the tiles, the trend still ends with its last month.
    f.period = *KpiPeriod::parse(QStringLiteral("2026-Q3"));
    f.trendFrom = 0;
    const AssessmentDashboardData q = compute("comp1", f, &e);
    BOOST_REQUIRE_MESSAGE(e.ok(), e.message);
    BOOST_TEST(q.filter.trendFrom == monthIndex(2025, 10));
    BOOST_TEST(q.onTime.last().month == monthIndex(2026, 9));
    BOOST_TEST(q.tiles.complaintsDue == 0);
    BOOST_TEST(!q.tiles.onTimeRate.has_value());
    BOOST_TEST(!q.tiles.nps.has_value());
    checkQuietMonths(q, {});
}

BOOST_AUTO_TEST_CASE(overdue_measures_follow_the_clock)
{
    StoreError e;
    const QDateTime december(QDate(2026, 12, 5), QTime(10, 0));
    AssessmentDashboardFilter f = filter();
    f.period = october();
    const AssessmentDashboardData d = compute("sup1", f, &e, december);
    BOOST_REQUIRE_MESSAGE(e.ok(), e.message);
    BOOST_TEST(d.tiles.measuresOpen == 2);
    BOOST_TEST(d.tiles.measuresOverdue == 1);
    f.rm = QStringLiteral("rm1");
    const AssessmentDashboardData rm1 = compute("sup1", f, &e, december);
    BOOST_TEST(rm1.tiles.measuresOpen == 1);
    BOOST_TEST(rm1.tiles.measuresOverdue == 0);
}

BOOST_AUTO_TEST_CASE(identity_changes_waiting_for_a_check)
{
    // rm1 renames a1 (BJ01) and rm2 renames c1 (SH01); c1's change was made on 2026-11-10, past
    // its five days on 11-27; a1's today. Both wait for a supervisor or compliance.
    StoreError e;
    for (const auto& [who, customer, name] :
         {std::tuple{"rm1", a1, "安壹"}, std::tuple{"rm2", c1, "陈壹"}}) {
        QList<FieldError> errors;
        BOOST_REQUIRE_MESSAGE(store(who).update(session(who), customer,
                                                {{QStringLiteral("name"), QString::fromUtf8(name)}},
                                                QStringLiteral("户口本更名"),
                                                QStringLiteral("resident_id_card"),
                                                QStringLiteral("扫描件 17"), &e, &errors),
                              e.message);
    }
    exec(QStringLiteral("UPDATE change_checks SET changed_at = '2026-11-10T02:00:00.000Z' "
                        "WHERE customer_id = %1")
             .arg(c1));
    const auto tiles = [&](const char* who, const QString& branch, const QString& rm) {
        const AssessmentDashboardData d = compute(who, filter(branch, rm), &e);
        BOOST_REQUIRE_MESSAGE(e.ok(), e.message);
        return d.tiles;
    };
    AssessmentTiles t = tiles("comp1", QString(), QString());
    BOOST_TEST(t.checksWaiting.value_or(-1) == 2);
    BOOST_TEST(t.checksLate == 1);
    t = tiles("comp1", QStringLiteral("SH01"), QString());
    BOOST_TEST(t.checksWaiting.value_or(-1) == 1);
    BOOST_TEST(t.checksLate == 1);
    t = tiles("comp1", QString(), QStringLiteral("rm1")); // the RM's customers
    BOOST_TEST(t.checksWaiting.value_or(-1) == 1);
    BOOST_TEST(t.checksLate == 0);
    t = tiles("sup1", QString(), QStringLiteral("rm3"));
    BOOST_TEST(t.checksWaiting.value_or(-1) == 0);
    t = tiles("sup1", QString(), QString()); // BJ01 only
    BOOST_TEST(t.checksWaiting.value_or(-1) == 1);
    BOOST_TEST(t.checksLate == 0);
    // An RM decides no checks: no figure.
    t = tiles("rm1", QString(), QString());
    BOOST_TEST(!t.checksWaiting.has_value());
    BOOST_TEST(t.checksLate == 0);
}

BOOST_AUTO_TEST_CASE(scope_per_role)
{
    StoreError e;
    // A supervisor: their branch's four RMs.
    AssessmentDashboardData d = compute("sup1", filter(), &e);
    BOOST_REQUIRE_MESSAGE(e.ok(), e.message);
    BOOST_TEST(d.scorecards.cards.size() == 4);
    BOOST_TEST(*d.tiles.averageTotal == (rm1Total + rm3Total) / 4.0, tt::tolerance(1e-9));
    BOOST_TEST(d.tiles.complaintsDue == 3);
    BOOST_TEST(*d.tiles.nps == 25.0, tt::tolerance(1e-9));
    BOOST_TEST(d.tiles.npsResponses == 4);
    BOOST_TEST(d.tiles.measuresOpen == 2);
    // … another branch is refused and changes nothing.
    const QByteArray before = assessmentDigest();
    d = compute("sup1", filter(QStringLiteral("SH01")), &e);
    BOOST_TEST(e.kind == StoreError::Forbidden);
    BOOST_TEST(d.scorecards.cards.isEmpty());
    BOOST_TEST(assessmentDigest() == before);

    // Compliance, one branch.
    d = compute("comp1", filter(QStringLiteral("SH01")), &e);
    BOOST_REQUIRE_MESSAGE(e.ok(), e.message);
    BOOST_REQUIRE(d.scorecards.cards.size() == 1);
    BOOST_TEST(d.scorecards.cards.first().rm == QStringLiteral("rm2"));
    BOOST_TEST(d.tiles.rmsScored == 1);
    BOOST_TEST(*d.tiles.averageTotal == rm2Total, tt::tolerance(1e-9));
    BOOST_TEST(d.tiles.complaintsDue == 0);
    BOOST_TEST(!d.tiles.onTimeRate.has_value());
    BOOST_TEST(*d.tiles.nps == 100.0, tt::tolerance(1e-9));
    BOOST_TEST(d.tiles.npsResponses == 1);
    BOOST_TEST(d.tiles.evaluationsSignedOff + d.tiles.evaluationsDraft == 0);
    BOOST_TEST(d.tiles.measuresOpen == 0);
    checkQuietMonths(d, {monthIndex(2026, 10)});
    BOOST_TEST(d.surveys.last().responses == 1);

    // Compliance, one RM: only that RM's figures.
    d = compute("comp1", filter(QString(), QStringLiteral("rm1")), &e);
    BOOST_REQUIRE_MESSAGE(e.ok(), e.message);
    BOOST_REQUIRE(d.scorecards.cards.size() == 1);
    BOOST_TEST(d.tiles.complaintsDue == 2);
    BOOST_TEST(*d.tiles.onTimeRate == 50.0, tt::tolerance(1e-9));
    BOOST_TEST(*d.onTime.last().rate == 50.0, tt::tolerance(1e-9));
    BOOST_TEST(*d.tiles.nps == 25.0, tt::tolerance(1e-9));
    BOOST_TEST(d.tiles.evaluationsSignedOff == 1);
    BOOST_TEST(d.tiles.evaluationsDraft == 0);
    BOOST_TEST(d.tiles.measuresOpen == 1);

    // An RM: their own card and figures, whatever the filter asks for.
    d = compute("rm3", filter(), &e);
    BOOST_REQUIRE_MESSAGE(e.ok(), e.message);
    BOOST_REQUIRE(d.scorecards.cards.size() == 1);
    BOOST_TEST(d.scorecards.cards.first().rm == QStringLiteral("rm3"));
    BOOST_TEST(d.scorecards.cards.first().rank == 1);
    BOOST_TEST(d.scorecards.branches.isEmpty());
    BOOST_TEST(*d.tiles.averageTotal == rm3Total, tt::tolerance(1e-9));
    BOOST_TEST(d.tiles.complaintsDue == 1);
    BOOST_TEST(d.tiles.complaintsLate == 1);
    BOOST_TEST(*d.tiles.onTimeRate == 0.0, tt::tolerance(1e-9));
    BOOST_TEST(d.tiles.npsResponses == 0);
    BOOST_TEST(d.tiles.evaluationsDraft == 1);
    BOOST_TEST(d.tiles.measuresOpen == 1);
    d = compute("rm3", filter(QString(), QStringLiteral("rm1")), &e);
    BOOST_TEST(e.kind == StoreError::Forbidden);

    // Administrators are refused.
    d = AssessmentDashboard::compute(db(), admin->session(), filter(), &e, assessmentNow);
    BOOST_TEST(e.kind == StoreError::Forbidden);
    BOOST_TEST(d.scorecards.cards.isEmpty());
    BOOST_TEST(assessmentDigest() == before);
}

BOOST_AUTO_TEST_CASE(bad_filters_are_refused)
{
    StoreError e;
    compute("comp1", filter(QString(), QStringLiteral("nobody")), &e);
    BOOST_TEST(e.kind == StoreError::Invalid);
    BOOST_TEST(e.message.contains(QStringLiteral("nobody")));
    compute("comp1", filter(QStringLiteral("SH01"), QStringLiteral("rm1")), &e);
    BOOST_TEST(e.kind == StoreError::Invalid);
    compute("comp1", filter(QString(), QStringLiteral("sup1")), &e); // not an RM
    BOOST_TEST(e.kind == StoreError::Invalid);
    AssessmentDashboardFilter f = filter();
    f.period = october();
    f.trendFrom = monthIndex(2026, 11);
    compute("comp1", f, &e);
    BOOST_TEST(e.kind == StoreError::Invalid);
}

BOOST_AUTO_TEST_SUITE_END()

// Without a retention cube the dashboard says so instead of building it (that is a stage run's
// work, minutes on a large book).
BOOST_FIXTURE_TEST_CASE(without_a_cube_nothing_is_computed, AssessmentFixture)
{
    StoreError e;
    const AssessmentDashboardData d = AssessmentDashboard::compute(
        as("comp1").database().connection(), session("comp1"), {}, &e, assessmentNow);
    BOOST_REQUIRE_MESSAGE(e.ok(), e.message);
    BOOST_TEST(!d.cubeBuilt());
    BOOST_TEST(d.scorecards.cards.isEmpty());
    BOOST_TEST(d.filter.period.code() == QStringLiteral("2026-10"));
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM retention_cube_state")) == 0);
}
