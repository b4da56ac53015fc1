// Investor suitability: Cn may be offered R1…Rn; above that only at the investor's insistence;
// never to C1; nothing without a valid assessment. Each line below is a case worked by hand.
#include "common/testsupport.h"
#include "domain/suitability.h"

using namespace rmdesk;

namespace {

const QDate day(2026, 11, 27);
const QDate valid(2027, 6, 30);

} // namespace

BOOST_AUTO_TEST_SUITE(suitability)

BOOST_AUTO_TEST_CASE(levels_are_read_from_their_codes)
{
    BOOST_TEST(Suitability::level(QStringLiteral("C1")) == 1);
    BOOST_TEST(Suitability::level(QStringLiteral("R5")) == 5);
    for (const char* bad : {"", "C", "C0", "C6", "R10", "X3", "c3"})
        BOOST_TEST(Suitability::level(QString::fromLatin1(bad)) == 0, bad);
}

BOOST_AUTO_TEST_CASE(cn_may_be_offered_r1_to_rn)
{
    // C3: R1, R2, R3 suit; R4, R5 only at the investor's insistence.
    for (const char* product : {"R1", "R2", "R3"})
        BOOST_TEST(
            (Suitability::check(QStringLiteral("C3"), valid, day, QString::fromLatin1(product)) ==
             SuitabilityVerdict::Suitable),
            product);
    for (const char* product : {"R4", "R5"})
        BOOST_TEST(
            (Suitability::check(QStringLiteral("C3"), valid, day, QString::fromLatin1(product)) ==
             SuitabilityVerdict::AboveLevel),
            product);
    // C5 may be offered everything; an unknown R level counts as R5.
    BOOST_TEST((Suitability::check(QStringLiteral("C5"), valid, day, QStringLiteral("R5")) ==
                SuitabilityVerdict::Suitable));
    BOOST_TEST((Suitability::check(QStringLiteral("C4"), valid, day, QString()) ==
                SuitabilityVerdict::AboveLevel));
}

BOOST_AUTO_TEST_CASE(a_c1_investor_is_offered_r1_only)
{
    BOOST_TEST((Suitability::check(QStringLiteral("C1"), valid, day, QStringLiteral("R1")) ==
                SuitabilityVerdict::Suitable));
    BOOST_TEST((Suitability::check(QStringLiteral("C1"), valid, day, QStringLiteral("R2")) ==
                SuitabilityVerdict::NeverForC1));
}

BOOST_AUTO_TEST_CASE(no_valid_assessment_no_offer)
{
    BOOST_TEST((Suitability::check(QString(), valid, day, QStringLiteral("R1")) ==
                SuitabilityVerdict::NotAssessed));
    // Valid through its last day; the day after, expired (even for R1).
    BOOST_TEST((Suitability::check(QStringLiteral("C3"), day, day, QStringLiteral("R1")) ==
                SuitabilityVerdict::Suitable));
    BOOST_TEST((Suitability::check(QStringLiteral("C3"), day.addDays(-1), day,
                                   QStringLiteral("R1")) == SuitabilityVerdict::Expired));
    // No end recorded: the level stands.
    BOOST_TEST((Suitability::check(QStringLiteral("C2"), QDate(), day, QStringLiteral("R2")) ==
                SuitabilityVerdict::Suitable));
}

BOOST_AUTO_TEST_CASE(a_set_of_products_gets_the_worst_verdict_and_names_those_that_do_not_suit)
{
    // C2: P1 (R2) suits, P4 (R4) and P5 (R5) do not.
    const SuitabilityFinding above =
        Suitability::assess(QStringLiteral("C2"), valid, day,
                            {{QStringLiteral("P1"), QStringLiteral("R2")},
                             {QStringLiteral("P4"), QStringLiteral("R4")},
                             {QStringLiteral("P5"), QStringLiteral("R5")}});
    BOOST_TEST((above.verdict == SuitabilityVerdict::AboveLevel));
    BOOST_TEST(above.codes == (QStringList{QStringLiteral("P4"), QStringLiteral("P5")}));
    BOOST_TEST(above.products ==
               (QStringList{QStringLiteral("P4 (R4)"), QStringLiteral("P5 (R5)")}));
    // All suit, or none was advised on: nothing to say.
    BOOST_TEST((Suitability::assess(QStringLiteral("C2"), valid, day,
                                    {{QStringLiteral("P1"), QStringLiteral("R2")}})
                    .verdict == SuitabilityVerdict::Suitable));
    BOOST_TEST(Suitability::assess(QString(), valid, day, {}).codes.isEmpty());
    // Not assessed: every product is named.
    BOOST_TEST(Suitability::assess(QString(), valid, day,
                                   {{QStringLiteral("P2"), QStringLiteral("R1")},
                                    {QStringLiteral("P1"), QStringLiteral("R2")}})
                   .codes.size() == 2);
}

BOOST_AUTO_TEST_CASE(the_explanation_names_the_products_and_the_level)
{
    const QString above =
        Suitability::explain(SuitabilityVerdict::AboveLevel, QStringLiteral("C2"), valid,
                             {QStringLiteral("P5 (R4)"), QStringLiteral("P7 (R3)")});
    BOOST_TEST(above.contains(QStringLiteral("C2")));
    BOOST_TEST(above.contains(QStringLiteral("P5 (R4), P7 (R3)")));
    BOOST_TEST(above.contains(QStringLiteral("insistence")));
    BOOST_TEST(Suitability::explain(SuitabilityVerdict::Expired, QStringLiteral("C2"),
                                    QDate(2026, 1, 31), {QStringLiteral("P1 (R1)")})
                   .contains(QStringLiteral("2026-01-31")));
    BOOST_TEST(Suitability::explain(SuitabilityVerdict::Suitable, QStringLiteral("C2"), valid, {})
                   .isEmpty());
    BOOST_TEST(Suitability::name(SuitabilityVerdict::NeverForC1) == QStringLiteral("never_for_c1"));
}

BOOST_AUTO_TEST_CASE(an_exception_says_how_it_was_handled)
{
    using H = SuitabilityHandling;
    using V = SuitabilityVerdict;
    // Advice that suits records nothing; advice that does not must say how it was handled.
    BOOST_TEST(Suitability::handlingProblem(V::Suitable, H::None).isEmpty());
    BOOST_TEST(!Suitability::handlingProblem(V::Suitable, H::Declined).isEmpty());
    for (const V v : {V::AboveLevel, V::NeverForC1, V::NotAssessed, V::Expired}) {
        BOOST_TEST(!Suitability::handlingProblem(v, H::None).isEmpty());
        BOOST_TEST(Suitability::handlingProblem(v, H::Declined).isEmpty());
    }
    // At the investor's insistence: above a C2-C5 level only; never to C1, never unassessed.
    BOOST_TEST(Suitability::handlingProblem(V::AboveLevel, H::Insisted).isEmpty());
    for (const V v : {V::NeverForC1, V::NotAssessed, V::Expired})
        BOOST_TEST(!Suitability::handlingProblem(v, H::Insisted).isEmpty());
    // Names, both ways.
    BOOST_TEST(Suitability::handlingName(H::Insisted) == QStringLiteral("insisted"));
    BOOST_TEST((Suitability::handlingFromName(QStringLiteral("declined")) == H::Declined));
    BOOST_TEST((Suitability::handlingFromName(QString()) == H::None));
    BOOST_TEST(!Suitability::handlingFromName(QStringLiteral("forced")).has_value());
}

BOOST_AUTO_TEST_SUITE_END()
