// The monthly lifecycle stage with the shipped thresholds, case by case.
#include "common/testsupport.h"
#include "domain/lifecyclerules.h"

#include <boost/test/unit_test.hpp>

using namespace rmdesk;

namespace {

// A customer of two years with steady assets, seen last month.
LifecycleFacts steady()
{
    LifecycleFacts f;
    f.everHeld = true;
    f.monthsSinceOnboarding = 24;
    f.aumNowFen = 100000;
    f.aumThenFen = 100000;
    f.monthsSinceActivity = 1;
    f.previousStage = QStringLiteral("mature");
    f.monthsInPreviousStage = 10;
    return f;
}

} // namespace

BOOST_AUTO_TEST_SUITE(lifecycle_rules)

BOOST_AUTO_TEST_CASE(prospects_and_onboarding)
{
    BOOST_TEST(LifecycleRules::stageFor(LifecycleFacts{}) == QStringLiteral("prospect"));
    LifecycleFacts talking;
    talking.monthsSinceActivity = 0; // met, nothing bought yet
    BOOST_TEST(LifecycleRules::stageFor(talking) == QStringLiteral("prospect"));
    LifecycleFacts fresh = steady();
    fresh.monthsSinceOnboarding = 2;
    fresh.aumThenFen.reset();
    BOOST_TEST(LifecycleRules::stageFor(fresh) == QStringLiteral("onboarding"));
    fresh.monthsSinceOnboarding = 3; // the third month is no longer onboarding
    BOOST_TEST(LifecycleRules::stageFor(fresh) == QStringLiteral("mature"));
}

BOOST_AUTO_TEST_CASE(the_aum_trend_decides_growing_mature_declining)
{
    LifecycleFacts f = steady();
    f.aumNowFen = 110000; // +10.0 %: the threshold itself counts
    BOOST_TEST(LifecycleRules::stageFor(f) == QStringLiteral("growing"));
    f.aumNowFen = 109999; // +9.999 %
    BOOST_TEST(LifecycleRules::stageFor(f) == QStringLiteral("mature"));
    f.aumNowFen = 90000; // -10 %
    BOOST_TEST(LifecycleRules::stageFor(f) == QStringLiteral("declining"));
    f.aumThenFen = 0; // nothing to compare with
    BOOST_TEST(LifecycleRules::stageFor(f) == QStringLiteral("mature"));
    BOOST_TEST(!LifecycleRules::trendPct(5, std::nullopt).has_value());
    BOOST_TEST(*LifecycleRules::trendPct(150, 100) == 50.0);
}

BOOST_AUTO_TEST_CASE(silence_makes_dormant_then_churned)
{
    LifecycleFacts f = steady();
    f.monthsSinceActivity = 5;
    BOOST_TEST(LifecycleRules::stageFor(f) == QStringLiteral("mature"));
    f.monthsSinceActivity = 6;
    BOOST_TEST(LifecycleRules::stageFor(f) == QStringLiteral("dormant"));
    f.monthsSinceActivity = 30; // silent, but still holding assets: dormant, not churned
    BOOST_TEST(LifecycleRules::stageFor(f) == QStringLiteral("dormant"));
    f.aumNowFen = 0;
    f.monthsSinceActivity = 11;
    BOOST_TEST(LifecycleRules::stageFor(f) == QStringLiteral("dormant"));
    f.monthsSinceActivity = 12;
    BOOST_TEST(LifecycleRules::stageFor(f) == QStringLiteral("churned"));
}

BOOST_AUTO_TEST_CASE(a_churned_customer_comes_back)
{
    LifecycleFacts f = steady();
    f.previousStage = QStringLiteral("churned");
    f.monthsInPreviousStage = 8;
    f.aumNowFen = 5000;
    f.aumThenFen = 0;
    BOOST_TEST(LifecycleRules::stageFor(f) == QStringLiteral("won_back"));
    f.previousStage = QStringLiteral("won_back");
    f.monthsInPreviousStage = 2;
    BOOST_TEST(LifecycleRules::stageFor(f) == QStringLiteral("won_back"));
    f.monthsInPreviousStage = 3; // then the usual rules again
    f.aumThenFen = 5000;
    BOOST_TEST(LifecycleRules::stageFor(f) == QStringLiteral("mature"));
    // Still gone: stays churned.
    LifecycleFacts gone = steady();
    gone.previousStage = QStringLiteral("churned");
    gone.aumNowFen = 0;
    gone.monthsSinceActivity = 20;
    BOOST_TEST(LifecycleRules::stageFor(gone) == QStringLiteral("churned"));
}

BOOST_AUTO_TEST_CASE(thresholds_are_configuration)
{
    LifecycleThresholds quick;
    quick.dormantMonths = 2;
    LifecycleFacts f = steady();
    f.monthsSinceActivity = 2;
    BOOST_TEST(LifecycleRules::stageFor(f, quick) == QStringLiteral("dormant"));
    BOOST_TEST(LifecycleRules::stageFor(f) == QStringLiteral("mature"));
}

BOOST_AUTO_TEST_CASE(thresholds_come_from_the_rule_values)
{
    const LifecycleThresholds t = LifecycleThresholds::fromValues(
        {{QStringLiteral("dormant_months"), QStringLiteral("4")},
         {QStringLiteral("growing_pct"), QStringLiteral("12.5")},
         {QStringLiteral("trend_months"), QStringLiteral("0")}, // below its minimum: default
         {QStringLiteral("override_months"), QStringLiteral("six")}});
    BOOST_TEST(t.dormantMonths == 4);
    BOOST_TEST(t.growingPct == 12.5);
    BOOST_TEST(t.trendMonths == 3);
    BOOST_TEST(t.overrideMonths == 3);
    BOOST_TEST(t.churnedMonths == 12);
}

BOOST_AUTO_TEST_CASE(overrides_need_a_stage_and_a_reason)
{
    QString problem;
    BOOST_TEST(LifecycleRules::validOverride(QStringLiteral("growing"),
                                             QStringLiteral("new mandate signed"), &problem));
    BOOST_TEST(
        !LifecycleRules::validOverride(QStringLiteral("vip"), QStringLiteral("because"), &problem));
    BOOST_TEST(problem.contains(QStringLiteral("vip")));
    BOOST_TEST(
        !LifecycleRules::validOverride(QStringLiteral("growing"), QStringLiteral(" "), &problem));
    BOOST_TEST(LifecycleRules::stages().size() == 8);
}

BOOST_AUTO_TEST_SUITE_END()
