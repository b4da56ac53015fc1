// Satisfaction scores with hand-worked answers (specification README, "Satisfaction").
#include "domain/satisfaction.h"

#include "common/testsupport.h"

#include <boost/test/unit_test.hpp>

using namespace rmdesk;

BOOST_AUTO_TEST_SUITE(satisfaction)

BOOST_AUTO_TEST_CASE(nps_is_promoters_minus_detractors_in_points)
{
    // Promoters 10, 9, 10; passives 8, 7; detractors 6, 0; 11 and -1 are not answers.
    const NpsScore s = Satisfaction::nps({10, 9, 8, 7, 6, 0, 10, 11, -1});
    BOOST_TEST(s.responses == 7);
    BOOST_TEST(s.promoters == 3);
    BOOST_TEST(s.passives == 2);
    BOOST_TEST(s.detractors == 2);
    BOOST_TEST(s.ignored == 2);
    BOOST_REQUIRE(s.nps.has_value());
    BOOST_TEST(*s.nps == 100.0 / 7.0, boost::test_tools::tolerance(1e-9)); // (3 - 2) / 7
    BOOST_TEST(*Satisfaction::nps({0, 0, 6}).nps == -100.0);
    BOOST_TEST(*Satisfaction::nps({9, 10}).nps == 100.0);
    BOOST_TEST(*Satisfaction::nps({7, 8}).nps == 0.0);
    BOOST_TEST(!Satisfaction::nps({}).nps.has_value());
    // Thresholds come from the rules.
    SatisfactionRules strict;
    strict.npsPromoterMin = 10;
    BOOST_TEST(*Satisfaction::nps({9, 10}, strict).nps == 50.0);
    BOOST_TEST(Satisfaction::isDetractor(6));
    BOOST_TEST(!Satisfaction::isDetractor(7));
}

BOOST_AUTO_TEST_CASE(csat_is_the_share_of_fours_and_fives)
{
    const CsatScore s = Satisfaction::csat({5, 4, 3, 2, 1, 4, 6, 0});
    BOOST_TEST(s.responses == 6);
    BOOST_TEST(s.satisfied == 3);
    BOOST_TEST(s.ignored == 2);
    BOOST_TEST(*s.csat == 50.0);
    BOOST_TEST(!Satisfaction::csat({}).csat.has_value());
}

BOOST_AUTO_TEST_CASE(ces_is_the_mean_effort)
{
    const CesScore s = Satisfaction::ces({1, 7, 4, 4, 0, 8});
    BOOST_TEST(s.responses == 4);
    BOOST_TEST(s.ignored == 2);
    BOOST_TEST(*s.ces == 4.0);
    BOOST_TEST(*Satisfaction::ces({2, 3}).ces == 2.5);
    BOOST_TEST(!Satisfaction::ces({}).ces.has_value());
}

BOOST_AUTO_TEST_CASE(small_groups_carry_a_caution)
{
    BOOST_TEST(!Satisfaction::isReliable(29));
    BOOST_TEST(Satisfaction::isReliable(30));
    BOOST_TEST(Satisfaction::caution(12).contains(QStringLiteral("12")));
    BOOST_TEST(Satisfaction::caution(30).isEmpty());
    // Not "based on 0 responses": there is nothing to read with care.
    BOOST_TEST(Satisfaction::caution(0) == QStringLiteral("No answers yet: nothing to compare."));
}

BOOST_AUTO_TEST_SUITE_END()
