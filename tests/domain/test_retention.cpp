// Retention metrics with a hand-worked book of four customers over thirteen months:
//   A  active Jan 2026 – Jan 2027, AUM 100 a month, 200 in Jan 2027       (branch X)
//   B  active Jan – Mar 2026, gone Apr – Jun, won back Jul 2026 – Jan 2027;
//      AUM 50 in Jan 2026, 40 after, 30 in Jan 2027                          (branch X)
//   C  active Feb 2026 – Jan 2027, AUM 10                                   (branch Y)
//   D  active Jan 2026 only, AUM 20                                         (branch Y)
//   E  never active                                                         (branch Y)
#include "domain/retention.h"

#include "common/testsupport.h"

#include <boost/test/unit_test.hpp>

using namespace rmdesk;
namespace tt = boost::test_tools;

namespace {

const int jan26 = monthIndex(2026, 1);

CustomerMonths customer(qint64 id, const QString& branch, QList<int> months, qint64 aum)
{
    CustomerMonths c;
    c.customerId = id;
    c.branch = branch;
    c.rm = branch + QStringLiteral(".rm");
    c.segment = id % 2 ? QStringLiteral("mass") : QStringLiteral("affluent");
    c.active = months;
    for (const int m : months)
        c.aumFen.insert(m, aum);
    return c;
}

QList<int> range(int from, int to)
{
    QList<int> r;
    for (int m = from; m <= to; ++m)
        r << m;
    return r;
}

QList<CustomerMonths> book()
{
    CustomerMonths a = customer(1, QStringLiteral("X"), range(jan26, jan26 + 12), 100);
    a.aumFen[jan26 + 12] = 200;
    CustomerMonths b = customer(2, QStringLiteral("X"),
                                range(jan26, jan26 + 2) + range(jan26 + 6, jan26 + 12), 40);
    b.aumFen[jan26] = 50;
    b.aumFen[jan26 + 12] = 30;
    return {a, b, customer(3, QStringLiteral("Y"), range(jan26 + 1, jan26 + 12), 10),
            customer(4, QStringLiteral("Y"), {jan26}, 20), customer(5, QStringLiteral("Y"), {}, 0)};
}

} // namespace

BOOST_AUTO_TEST_SUITE(retention)

BOOST_AUTO_TEST_CASE(months_are_whole_numbers)
{
    BOOST_TEST(monthIndex(2026, 12) + 1 == monthIndex(2027, 1));
    BOOST_TEST(monthIndex(QDate(2028, 2, 29)) == monthIndex(2028, 2));
    BOOST_TEST(monthName(monthIndex(2027, 1)) == QStringLiteral("2027-01"));
    BOOST_TEST((monthStart(monthIndex(2026, 11)) == QDate(2026, 11, 1)));
}

BOOST_AUTO_TEST_CASE(new_churned_and_net_new_in_february)
{
    // Jan: A, B, D. Feb: A, B, C. C is new, D churned.
    const RetentionMonth feb = RetentionMetrics::month(book(), jan26 + 1);
    BOOST_TEST(feb.active == 3);
    BOOST_TEST(feb.newCustomers == 1);
    BOOST_TEST(feb.wonBack == 0);
    BOOST_TEST(feb.churned == 1);
    BOOST_TEST(feb.netNew == 0);
    BOOST_TEST(*feb.churnRate == 1.0 / 3.0, tt::tolerance(1e-12));
    BOOST_TEST(!feb.retention12.has_value()); // nobody was active in Feb 2025
}

BOOST_AUTO_TEST_CASE(a_customer_won_back_after_churning)
{
    // Apr: B churns (Mar: A, B, C). Jul: B is back (Jun: A, C).
    const RetentionMonth apr = RetentionMetrics::month(book(), jan26 + 3);
    BOOST_TEST(apr.active == 2);
    BOOST_TEST(apr.churned == 1);
    BOOST_TEST(apr.netNew == -1);
    BOOST_TEST(*apr.churnRate == 1.0 / 3.0, tt::tolerance(1e-12));
    const RetentionMonth jul = RetentionMetrics::month(book(), jan26 + 6);
    BOOST_TEST(jul.active == 3);
    BOOST_TEST(jul.wonBack == 1);
    BOOST_TEST(jul.newCustomers == 0);
    BOOST_TEST(jul.churned == 0);
    BOOST_TEST(jul.netNew == 1);
    BOOST_TEST(*jul.churnRate == 0.0);
}

BOOST_AUTO_TEST_CASE(twelve_month_and_aum_retention)
{
    // Base: active in Jan 2026 = A, B, D (AUM 100 + 50 + 20 = 170). Jan 2027: A and B stay,
    // with AUM 200 + 30 = 230.
    const RetentionMonth jan27 = RetentionMetrics::month(book(), jan26 + 12);
    BOOST_TEST(jan27.active == 3);
    BOOST_TEST(*jan27.retention12 == 2.0 / 3.0, tt::tolerance(1e-12));
    BOOST_TEST(*jan27.aumRetention12 == 230.0 / 170.0, tt::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(a_month_with_no_activity)
{
    const RetentionMonth empty = RetentionMetrics::month(book(), jan26 - 6);
    BOOST_TEST(empty.active == 0);
    BOOST_TEST(empty.churned == 0);
    BOOST_TEST(empty.netNew == 0);
    BOOST_TEST(!empty.churnRate.has_value());
    BOOST_TEST(!empty.retention12.has_value());
    BOOST_TEST(!empty.aumRetention12.has_value());
    // The month after the last one: everyone churns.
    const RetentionMonth after = RetentionMetrics::month(book(), jan26 + 13);
    BOOST_TEST(after.active == 0);
    BOOST_TEST(after.churned == 3);
    BOOST_TEST(*after.churnRate == 1.0);
}

BOOST_AUTO_TEST_CASE(net_new_always_equals_the_change_in_the_active_base)
{
    const auto s = RetentionMetrics::series(book(), jan26 - 1, jan26 + 13);
    BOOST_REQUIRE(s.size() == 15);
    for (int i = 1; i < s.size(); ++i)
        BOOST_TEST(s[i].netNew == s[i].active - s[i - 1].active);
}

BOOST_AUTO_TEST_CASE(cohorts_by_first_active_month_and_an_empty_one)
{
    const auto rows = RetentionMetrics::cohorts(book(), jan26, jan26 + 3);
    BOOST_REQUIRE(rows.size() == 2); // Mar and Apr 2026 had nobody new: no rows
    BOOST_TEST(rows[0].cohort == jan26);
    BOOST_TEST(rows[0].size == 3); // A, B, D
    BOOST_REQUIRE(rows[0].retained.size() == 4);
    BOOST_TEST(rows[0].retained[0] == 1.0);
    BOOST_TEST(rows[0].retained[1] == 2.0 / 3.0, tt::tolerance(1e-12));
    BOOST_TEST(rows[0].retained[2] == 2.0 / 3.0, tt::tolerance(1e-12));
    BOOST_TEST(rows[0].retained[3] == 1.0 / 3.0, tt::tolerance(1e-12)); // Apr: A only
    BOOST_TEST(rows[1].cohort == jan26 + 1);
    BOOST_TEST(rows[1].size == 1); // C
    BOOST_TEST((rows[1].retained == QList<double>{1.0, 1.0, 1.0}));
    BOOST_TEST(RetentionMetrics::cohorts({}, jan26, jan26 + 3).isEmpty());
}

BOOST_AUTO_TEST_CASE(by_branch_rm_and_segment)
{
    const auto byBranch =
        RetentionMetrics::seriesBy(book(), RetentionMetrics::byBranch, jan26 + 1, jan26 + 1);
    BOOST_REQUIRE(byBranch.size() == 2);
    BOOST_TEST(byBranch[QStringLiteral("X")].first().active == 2);
    BOOST_TEST(byBranch[QStringLiteral("X")].first().churned == 0);
    BOOST_TEST(byBranch[QStringLiteral("Y")].first().active == 1);
    BOOST_TEST(byBranch[QStringLiteral("Y")].first().newCustomers == 1);
    BOOST_TEST(byBranch[QStringLiteral("Y")].first().churned == 1);
    const auto byRm = RetentionMetrics::seriesBy(book(), RetentionMetrics::byRm, jan26, jan26);
    BOOST_TEST(byRm[QStringLiteral("X.rm")].first().active == 2);
    const auto bySegment =
        RetentionMetrics::seriesBy(book(), RetentionMetrics::bySegment, jan26, jan26);
    // Odd numbers are mass (A, C, E), even affluent (B, D); in Jan 2026 A, B and D are active.
    BOOST_TEST(bySegment[QStringLiteral("mass")].first().active == 1);
    BOOST_TEST(bySegment[QStringLiteral("affluent")].first().active == 2);
}

BOOST_AUTO_TEST_SUITE_END()
