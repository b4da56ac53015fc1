// KPI scoring (models/domain/kpiscore.h) with examples worked by hand; the comments show the sums.
#include "common/testsupport.h"
#include "domain/kpiscore.h"

using namespace rmdesk;
namespace tt = boost::test_tools;

namespace {

KpiTarget target(const char* kpi, double weight, double value,
                 KpiDirection direction = KpiDirection::Higher)
{
    return {QString::fromLatin1(kpi), weight, value, direction};
}

} // namespace

BOOST_AUTO_TEST_SUITE(kpiscore)

BOOST_AUTO_TEST_CASE(periods_parse_and_step_back)
{
    const auto month = KpiPeriod::parse(QStringLiteral("2026-10"));
    BOOST_REQUIRE(month);
    BOOST_TEST(month->kindName() == QStringLiteral("month"));
    BOOST_TEST((month->first() == QDate(2026, 10, 1)));
    BOOST_TEST((month->last() == QDate(2026, 10, 31)));
    BOOST_TEST(month->previous().code() == QStringLiteral("2026-09"));
    BOOST_TEST(KpiPeriod::parse(QStringLiteral("2026-01"))->previous().code() ==
               QStringLiteral("2025-12"));

    const auto quarter = KpiPeriod::parse(QStringLiteral("2026-Q1"));
    BOOST_REQUIRE(quarter);
    BOOST_TEST(quarter->months() == 3);
    BOOST_TEST((quarter->first() == QDate(2026, 1, 1)));
    BOOST_TEST((quarter->last() == QDate(2026, 3, 31)));
    BOOST_TEST(quarter->previous().code() == QStringLiteral("2025-Q4"));
    BOOST_TEST((KpiPeriod::parse(QStringLiteral("2026-Q4"))->last() == QDate(2026, 12, 31)));

    const auto year = KpiPeriod::parse(QStringLiteral("2025"));
    BOOST_REQUIRE(year);
    BOOST_TEST((year->last() == QDate(2025, 12, 31)));
    BOOST_TEST(year->previous().code() == QStringLiteral("2024"));
    BOOST_TEST(KpiPeriod::monthOf(QDate(2026, 2, 28)).code() == QStringLiteral("2026-02"));

    for (const char* bad :
         {"2026-13", "2026-00", "2026-Q5", "2026-Q0", "26-10", "2026/10", "", "2026-1", "abcd"})
        BOOST_TEST(!KpiPeriod::parse(QString::fromLatin1(bad)), bad);
}

BOOST_AUTO_TEST_CASE(attainment_higher_and_lower_is_better_capped)
{
    // Higher is better: 81 of 90 = 0.9; 108 of 90 = 1.2 (the cap); 117 of 90 = 1.3 → 1.2.
    BOOST_TEST(*KpiScoring::attainment(81.0, 90, KpiDirection::Higher) == 0.9,
               tt::tolerance(1e-12));
    BOOST_TEST(*KpiScoring::attainment(108.0, 90, KpiDirection::Higher) == 1.2,
               tt::tolerance(1e-12));
    BOOST_TEST(*KpiScoring::attainment(117.0, 90, KpiDirection::Higher) == 1.2,
               tt::tolerance(1e-12));
    // A negative actual (net new −3) attains nothing.
    BOOST_TEST(*KpiScoring::attainment(-3.0, 2, KpiDirection::Higher) == 0.0);
    // Lower is better: target 4, actual 5 → 4/5 = 0.8; actual 2 → 2.0 → 1.2; actual 0 → 1.2.
    BOOST_TEST(*KpiScoring::attainment(5.0, 4, KpiDirection::Lower) == 0.8, tt::tolerance(1e-12));
    BOOST_TEST(*KpiScoring::attainment(2.0, 4, KpiDirection::Lower) == 1.2, tt::tolerance(1e-12));
    BOOST_TEST(*KpiScoring::attainment(0.0, 4, KpiDirection::Lower) == 1.2, tt::tolerance(1e-12));
    // No actual or no usable target: no attainment.
    BOOST_TEST(!KpiScoring::attainment(std::nullopt, 90, KpiDirection::Higher));
    BOOST_TEST(!KpiScoring::attainment(50.0, 0, KpiDirection::Higher));
}

BOOST_AUTO_TEST_CASE(score_is_attainment_in_points_at_most_100)
{
    BOOST_TEST(*KpiScoring::score(0.9) == 90.0, tt::tolerance(1e-12));
    BOOST_TEST(*KpiScoring::score(1.2) == 100.0);
    BOOST_TEST(*KpiScoring::score(0.0) == 0.0);
    BOOST_TEST(!KpiScoring::score(std::nullopt));

    const KpiScore s = KpiScoring::evaluate(target("nps", 15, 30), 24.0);
    BOOST_TEST(s.kpi == QStringLiteral("nps"));
    BOOST_TEST(*s.attainment == 0.8, tt::tolerance(1e-12)); // 24 / 30
    BOOST_TEST(*s.score == 80.0, tt::tolerance(1e-12));
    BOOST_TEST(s.weight == 15.0);
}

BOOST_AUTO_TEST_CASE(weighted_total_leaves_out_kpis_without_a_value)
{
    // retention 81/90 → 90 pts × 20; net new 3/2 → 100 pts × 15; aum −1 % → 0 pts × 20;
    // nps no answers → left out (weight 15); complaints 1/1 = 100 % of 95 → 100 pts × 10;
    // reviews 76/95 → 80 pts × 10; interactions 0.25/0.5 → 50 pts × 10.
    // Σ w·s = 1800 + 1500 + 0 + 1000 + 800 + 500 = 5600; Σ w = 85; total = 65.882352…
    const QList<KpiScore> scores = {
        KpiScoring::evaluate(target("retention_rate", 20, 90), 81.0),
        KpiScoring::evaluate(target("net_new", 15, 2), 3.0),
        KpiScoring::evaluate(target("aum_growth", 20, 0.5), -1.0),
        KpiScoring::evaluate(target("nps", 15, 30), std::nullopt),
        KpiScoring::evaluate(target("complaint_on_time", 10, 95), 100.0),
        KpiScoring::evaluate(target("review_completion", 10, 95), 76.0),
        KpiScoring::evaluate(target("interactions_per_customer", 10, 0.5), 0.25),
    };
    BOOST_TEST(*KpiScoring::weightedTotal(scores) == 5600.0 / 85.0, tt::tolerance(1e-12));
    BOOST_TEST(
        !KpiScoring::weightedTotal({KpiScoring::evaluate(target("nps", 15, 30), std::nullopt)}));
    BOOST_TEST(!KpiScoring::weightedTotal({}));
}

BOOST_AUTO_TEST_CASE(ties_share_a_rank_and_the_next_skips)
{
    // 80, 92.5, 80.004 (= 80.00 to the hundredth), none, 95 → 3, 2, 3, 0, 1.
    const QList<int> r = KpiScoring::ranks({80.0, 92.5, 80.004, std::nullopt, 95.0});
    BOOST_TEST(r == (QList<int>{3, 2, 3, 0, 1}), tt::per_element());
    // 70, 70, 60 → 1, 1, 3.
    BOOST_TEST(KpiScoring::ranks({70.0, 70.0, 60.0}) == (QList<int>{1, 1, 3}), tt::per_element());
    BOOST_TEST(KpiScoring::ranks({}).isEmpty());
}

BOOST_AUTO_TEST_CASE(trend_against_the_previous_period)
{
    BOOST_TEST(*KpiScoring::trend(72.5, 70.0) == 2.5);
    BOOST_TEST(KpiScoring::trendName(KpiScoring::trendDirection(KpiScoring::trend(72.5, 70.0))) ==
               QStringLiteral("up"));
    BOOST_TEST(KpiScoring::trendName(KpiScoring::trendDirection(KpiScoring::trend(70.0, 72.5))) ==
               QStringLiteral("down"));
    BOOST_TEST(KpiScoring::trendName(KpiScoring::trendDirection(KpiScoring::trend(70.004, 70.0))) ==
               QStringLiteral("flat"));
    BOOST_TEST(!KpiScoring::trend(70.0, std::nullopt));
    BOOST_TEST(KpiScoring::trendName(KpiScoring::trendDirection(std::nullopt)).isEmpty());
}

BOOST_AUTO_TEST_CASE(kpi_codes_and_directions)
{
    BOOST_TEST(KpiScoring::kpis().size() == 7);
    BOOST_TEST(KpiScoring::kpis().first() == QStringLiteral("retention_rate"));
    BOOST_TEST((KpiScoring::directionFromName(QStringLiteral("lower")) == KpiDirection::Lower));
    BOOST_TEST(!KpiScoring::directionFromName(QStringLiteral("sideways")));
}

BOOST_AUTO_TEST_SUITE_END()
