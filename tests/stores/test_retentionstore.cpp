// Retention figures from holdings on a real encrypted database: the cube the dashboards read gives
// the same numbers as the pure metrics over the customers' months, worked by hand on the book of
// stagefixture.h plus o (rm2, SH01, affluent): active in Oct 2025 (AUM 2000) and Oct 2026 (3000).
#include "dashboards/retentiondashboard.h"
#include "stores/stagefixture.h"

#include <algorithm>

using namespace rmdesk;
using namespace rmdesk::test;
namespace tt = boost::test_tools;

namespace {

struct RetentionFixture : StageFixture
{
    RetentionFixture()
    {
        o = addCustomer("rm2", {{QStringLiteral("name"), QStringLiteral("欧老客")}});
        hold(o, jan - 3, 2000);
        hold(o, jan + 9, 3000);
        execOrFail(db(),
                   QStringLiteral("UPDATE customers SET tier = 'affluent' WHERE id = %1").arg(o));
    }
    RetentionStore store(const char* who)
    {
        return RetentionStore(as(who).database().connection(), now);
    }

    const QDateTime now{QDate(2026, 11, 27), QTime(10, 0)};
    qint64 o = 0;
};

void sameMonth(const RetentionMonth& a, const RetentionMonth& b)
{
    BOOST_TEST_CONTEXT("month " << monthName(a.month).toStdString())
    {
        BOOST_TEST(a.month == b.month);
        BOOST_TEST(a.active == b.active);
        BOOST_TEST(a.newCustomers == b.newCustomers);
        BOOST_TEST(a.wonBack == b.wonBack);
        BOOST_TEST(a.churned == b.churned);
        BOOST_TEST(a.netNew == b.netNew);
        BOOST_TEST(a.churnRate.has_value() == b.churnRate.has_value());
        BOOST_TEST(a.churnRate.value_or(-1) == b.churnRate.value_or(-1), tt::tolerance(1e-12));
        BOOST_TEST(a.retention12.value_or(-1) == b.retention12.value_or(-1), tt::tolerance(1e-12));
        BOOST_TEST(a.aumRetention12.value_or(-1) == b.aumRetention12.value_or(-1),
                   tt::tolerance(1e-12));
    }
}

} // namespace

BOOST_FIXTURE_TEST_SUITE(retention_store, RetentionFixture)

BOOST_AUTO_TEST_CASE(the_months_of_each_customer_come_from_holdings)
{
    StoreError e;
    const QList<CustomerMonths> all = store("comp1").customerMonths(session("comp1"), {}, &e);
    BOOST_REQUIRE(e.ok());
    BOOST_REQUIRE(all.size() == 6); // p too, never active
    const CustomerMonths& gm = all[0];
    BOOST_TEST(gm.customerId == g);
    BOOST_TEST(gm.branch == QStringLiteral("BJ01"));
    BOOST_TEST(gm.rm == QStringLiteral("rm1"));
    BOOST_TEST(gm.segment == QStringLiteral("mass"));
    BOOST_TEST(gm.active.size() == 10);
    BOOST_TEST(gm.aumIn(jan) == 1000); // 600 + 400
    const CustomerMonths& cm = all[3];
    BOOST_TEST((cm.active == QList<int>{jan, jan + 1, jan + 6, jan + 7, jan + 8, jan + 9}));
    BOOST_TEST(all[4].active.isEmpty());
    // An RM sees their own book only.
    BOOST_TEST(store("rm2").customerMonths(session("rm2"), {}, &e).size() == 2);
}

BOOST_AUTO_TEST_CASE(hand_worked_months)
{
    StoreError e;
    RetentionStore r = store("comp1");
    const auto s = r.series(session("comp1"), {jan - 3, jan + 10, {}, {}}, &e);
    BOOST_REQUIRE_MESSAGE(e.ok(), e.message.toStdString());
    BOOST_REQUIRE(s.size() == 14);
    // Oct 2025: o is new. Nov 2025: o churns.
    BOOST_TEST(s[0].active == 1);
    BOOST_TEST(s[0].newCustomers == 1);
    BOOST_TEST(!s[0].churnRate.has_value());
    BOOST_TEST(s[1].churned == 1);
    BOOST_TEST(*s[1].churnRate == 1.0);
    // Dec 2025: nobody; nobody the month before either.
    BOOST_TEST(s[2].active == 0);
    BOOST_TEST(!s[2].churnRate.has_value());
    // Jan 2026: g, d, s, c new.
    const RetentionMonth& jan26 = s[3];
    BOOST_TEST(jan26.active == 4);
    BOOST_TEST(jan26.newCustomers == 4);
    BOOST_TEST(jan26.netNew == 4);
    // Mar: c sold out.
    BOOST_TEST(s[5].active == 3);
    BOOST_TEST(s[5].churned == 1);
    BOOST_TEST(*s[5].churnRate == 0.25, tt::tolerance(1e-12));
    // Jul: c is back.
    BOOST_TEST(s[9].active == 4);
    BOOST_TEST(s[9].wonBack == 1);
    BOOST_TEST(*s[9].churnRate == 0.0);
    // Oct 2026: o is back; 12-month retention over Oct 2025's base (o alone), AUM 3000 / 2000.
    const RetentionMonth& oct26 = s[12];
    BOOST_TEST(oct26.active == 5);
    BOOST_TEST(oct26.wonBack == 1);
    BOOST_TEST(oct26.netNew == 1);
    BOOST_TEST(*oct26.retention12 == 1.0);
    BOOST_TEST(*oct26.aumRetention12 == 1.5, tt::tolerance(1e-12));
    BOOST_TEST(!s[11].retention12.has_value()); // Sep 2026: nobody was active in Sep 2025
    // Nov 2026: everyone churns.
    BOOST_TEST(s[13].active == 0);
    BOOST_TEST(s[13].churned == 5);
    BOOST_TEST(*s[13].churnRate == 1.0);
    BOOST_TEST(!r.builtAt().isEmpty());
}

BOOST_AUTO_TEST_CASE(the_cube_equals_the_pure_metrics_in_every_scope)
{
    const int from = jan - 4, to = jan + 23;
    for (const char* who : {"comp1", "sup1", "sup3", "rm1", "rm2"}) {
        BOOST_TEST_CONTEXT("as " << who)
        {
            StoreError e;
            RetentionStore r = store(who);
            const RetentionFilter f{from, to, {}, {}};
            const auto months = r.customerMonths(session(who), f, &e);
            const auto cube = r.series(session(who), f, &e);
            BOOST_REQUIRE(e.ok());
            const auto pure = RetentionMetrics::series(months, from, to);
            BOOST_REQUIRE(cube.size() == pure.size());
            for (int i = 0; i < cube.size(); ++i)
                sameMonth(cube[i], pure[i]);
            const auto cubeCohorts = r.cohorts(session(who), f, &e);
            const auto pureCohorts = RetentionMetrics::cohorts(months, from, to);
            BOOST_REQUIRE(cubeCohorts.size() == pureCohorts.size());
            for (int i = 0; i < cubeCohorts.size(); ++i) {
                BOOST_TEST(cubeCohorts[i].cohort == pureCohorts[i].cohort);
                BOOST_TEST(cubeCohorts[i].size == pureCohorts[i].size);
                BOOST_TEST((cubeCohorts[i].retained == pureCohorts[i].retained));
            }
            for (const auto& [group, fn] :
                 {std::pair{RetentionGroup::Branch, &RetentionMetrics::byBranch},
                  std::pair{RetentionGroup::Rm, &RetentionMetrics::byRm},
                  std::pair{RetentionGroup::Segment, &RetentionMetrics::bySegment}}) {
                const auto cubeGroups = r.seriesBy(session(who), f, group, &e);
                auto pureGroups = RetentionMetrics::seriesBy(months, fn, from, to);
                // Groups whose customers were never active are not in the cube.
                for (auto it = pureGroups.begin(); it != pureGroups.end();)
                    it = std::all_of(it->cbegin(), it->cend(),
                                     [](const RetentionMonth& m) { return m.active == 0; })
                             ? pureGroups.erase(it)
                             : std::next(it);
                BOOST_REQUIRE((cubeGroups.keys() == pureGroups.keys()));
                for (auto it = cubeGroups.cbegin(); it != cubeGroups.cend(); ++it)
                    for (int i = 0; i < it->size(); ++i)
                        sameMonth(it->at(i), pureGroups[it.key()][i]);
            }
        }
    }
}

BOOST_AUTO_TEST_CASE(cohorts_groups_and_filters)
{
    StoreError e;
    RetentionStore r = store("comp1");
    const RetentionFilter f{jan, jan + 9, {}, {}};
    const auto rows = r.cohorts(session("comp1"), f, &e);
    BOOST_REQUIRE(rows.size() == 1); // o's cohort (Oct 2025) is before the range
    BOOST_TEST(rows[0].cohort == jan);
    BOOST_TEST(rows[0].size == 4);
    BOOST_TEST((rows[0].retained == QList<double>{1, 1, 0.75, 0.75, 0.75, 0.75, 1, 1, 1, 1}));
    const auto byBranch = r.seriesBy(session("comp1"), f, RetentionGroup::Branch, &e);
    BOOST_TEST((byBranch.keys() == QStringList{QStringLiteral("BJ01"), QStringLiteral("SH01")}));
    BOOST_TEST(byBranch[QStringLiteral("BJ01")].last().active == 3);
    BOOST_TEST(byBranch[QStringLiteral("SH01")].last().active == 2);
    BOOST_TEST(byBranch[QStringLiteral("SH01")].last().wonBack == 1);
    const auto byRm = r.seriesBy(session("comp1"), f, RetentionGroup::Rm, &e);
    BOOST_TEST(byRm[QStringLiteral("rm1")].last().active == 3);
    const auto bySegment = r.seriesBy(session("comp1"), f, RetentionGroup::Segment, &e);
    BOOST_TEST(bySegment[QStringLiteral("mass")].last().active == 4);
    BOOST_TEST(bySegment[QStringLiteral("affluent")].last().active == 1);
    // Filters: a branch, an RM.
    BOOST_TEST(
        r.series(session("comp1"), {jan, jan + 9, QStringLiteral("SH01"), {}}, &e).last().active ==
        2);
    BOOST_TEST(
        r.series(session("comp1"), {jan, jan + 9, {}, QStringLiteral("rm1")}, &e).first().active ==
        3);
    // A supervisor reads their own branch only; an RM their own book.
    BOOST_TEST(store("sup1").series(session("sup1"), f, &e).last().active == 3);
    BOOST_TEST(store("sup1")
                   .series(session("sup1"), {jan, jan + 9, QStringLiteral("SH01"), {}}, &e)
                   .isEmpty());
    BOOST_TEST(e.kind == StoreError::Forbidden);
    e = {};
    BOOST_TEST(store("rm1")
                   .series(session("rm1"), {jan, jan + 9, {}, QStringLiteral("rm2")}, &e)
                   .isEmpty());
    BOOST_TEST(e.kind == StoreError::Forbidden);
    e = {};
    BOOST_TEST(
        r.series(session("comp1"), {jan, jan + 9, {}, QStringLiteral("nobody")}, &e).isEmpty());
    BOOST_TEST(e.kind == StoreError::NotFound);
    // Administrators do not read customer figures.
    e = {};
    BOOST_TEST(RetentionStore(db(), now).series(admin->session(), f, &e).isEmpty());
    BOOST_TEST(e.kind == StoreError::Forbidden);
}

BOOST_AUTO_TEST_CASE(each_month_counts_for_the_rm_in_charge_at_its_end)
{
    // g passes from rm1 to rm3 on 15 June and back to rm1 on 3 September (two customer_changes
    // rows, as an edit writes them; the customer row holds rm1 again). So g's months Jan-May and
    // Sep-Oct are rm1's, Jun-Aug rm3's: rm1 has s and c besides (c sold out Mar-Jun).
    StoreError e;
    BOOST_REQUIRE_MESSAGE(
        admin->addUser({QStringLiteral("rm3"), QString(), Role::Rm, QStringLiteral("BJ01")},
                       passwordOf(QStringLiteral("rm3")), KdfProfile::Interactive, &e),
        e.message);
    RetentionStore r = store("comp1");
    const auto cohortsBefore = r.cohorts(session("comp1"), {jan, jan + 9, {}, "rm1"}, &e);
    BOOST_REQUIRE(!cohortsBefore.isEmpty());
    for (const auto& [at, from, to] : {std::tuple{"2026-06-15T02:00:00.000Z", "rm1", "rm3"},
                                       std::tuple{"2026-09-03T02:00:00.000Z", "rm3", "rm1"}})
        execOrFail(db(), QStringLiteral("INSERT INTO customer_changes (customer_id, at, "
                                        "user_name, field, old_value, new_value, reason) VALUES "
                                        "(%1, '%2', 'sup1', 'rm', '%3', '%4', '客户经理调整')")
                             .arg(g)
                             .arg(QLatin1String(at), QLatin1String(from), QLatin1String(to)));
    BOOST_REQUIRE_MESSAGE(r.rebuild(session("comp1"), &e), e.message);
    const auto byRm = r.seriesBy(session("comp1"), {jan, jan + 9, {}, {}}, RetentionGroup::Rm, &e);
    BOOST_REQUIRE_MESSAGE(e.ok(), e.message);
    const auto active = [&byRm](const char* rm) {
        QList<int> months(10, 0);
        for (const RetentionMonth& m : byRm.value(QLatin1String(rm)))
            if (m.month >= jan && m.month <= jan + 9)
                months[m.month - jan] = m.active;
        return months;
    };
    BOOST_TEST(active("rm1") == (QList<int>{3, 3, 2, 2, 2, 1, 2, 2, 3, 3}));
    BOOST_TEST(active("rm3") == (QList<int>{0, 0, 0, 0, 0, 1, 1, 1, 0, 0}));
    // A hand-over is neither a loss for one RM nor a gain for the other.
    for (const RetentionMonth& m : byRm.value(QStringLiteral("rm3")))
        BOOST_TEST_CONTEXT(monthName(m.month).toStdString())
        {
            BOOST_TEST(m.newCustomers == 0);
            BOOST_TEST(m.wonBack == 0);
        }
    for (const RetentionMonth& m : byRm.value(QStringLiteral("rm1")))
        if (m.month == jan + 5 || m.month == jan + 8)
            BOOST_TEST(m.churned == 0);
    // The scorecards' AUM by RM and month follows the same rule: June is rm3's 1300.
    QSqlQuery q(db());
    BOOST_REQUIRE(q.exec(QStringLiteral(
        "SELECT group_concat(month || ':' || aum_fen || ':' || customers) FROM (SELECT * FROM "
        "assessment_aum WHERE rm_user_id = (SELECT id FROM users WHERE name = 'rm3') ORDER BY "
        "month)")));
    BOOST_REQUIRE(q.next());
    BOOST_TEST(q.value(0).toString() ==
               QStringLiteral("2026-06:1300:1,2026-07:1400:1,2026-08:1500:1"));
    // A cohort stays with the RM who had its customers in their first month: rm1's January
    // cohort keeps g all along, and rm3 has no cohort.
    const auto cohortsAfter = r.cohorts(session("comp1"), {jan, jan + 9, {}, "rm1"}, &e);
    BOOST_REQUIRE(cohortsAfter.size() == cohortsBefore.size());
    for (qsizetype i = 0; i < cohortsAfter.size(); ++i) {
        BOOST_TEST(cohortsAfter[i].size == cohortsBefore[i].size);
        BOOST_TEST(cohortsAfter[i].retained == cohortsBefore[i].retained);
    }
    BOOST_TEST(r.cohorts(session("comp1"), {jan, jan + 9, {}, "rm3"}, &e).isEmpty());
    // The dashboard's AUM tiles: rm3 held g (1500) at the end of August and nothing at the end
    // of May; rm1 s and c (500 + 410) and, in May, g too (1210 + 500; c had sold out).
    const auto tiles = [&](const char* rm) {
        const RetentionDashboardData d = RetentionDashboard::compute(
            db(), session("comp1"), {jan + 5, jan + 7, {}, QLatin1String(rm), {}}, &e, now);
        BOOST_REQUIRE_MESSAGE(e.ok(), e.message);
        return std::pair{d.tiles.aumStartFen, d.tiles.aumFen};
    };
    BOOST_TEST((tiles("rm3") == std::pair<qint64, qint64>{0, 1500}));
    BOOST_TEST((tiles("rm1") == std::pair<qint64, qint64>{1710, 910}));
}

BOOST_AUTO_TEST_CASE(the_stage_run_rebuilds_the_cube)
{
    StoreError e;
    RetentionStore r = store("comp1");
    BOOST_TEST(r.series(session("comp1"), {jan + 9, jan + 9, {}, {}}, &e).first().active == 5);
    hold(p, jan + 9, 50); // p buys something in October
    BOOST_TEST(r.series(session("comp1"), {jan + 9, jan + 9, {}, {}}, &e).first().active == 5);
    runThrough(jan + 9);
    BOOST_TEST(r.series(session("comp1"), {jan + 9, jan + 9, {}, {}}, &e).first().active == 6);
    BOOST_TEST(r.series(session("comp1"), {jan + 9, jan + 9, {}, {}}, &e).first().newCustomers ==
               1);
}

BOOST_AUTO_TEST_SUITE_END()
