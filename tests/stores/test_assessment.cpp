// KPI standards and scorecards (AssessmentStore) on the hand-worked month of assessmentfixture.h.
#include "common/testsupport.h"
#include "stores/assessmentfixture.h"
#include "stores/customerretention.h"

using namespace rmdesk;
using namespace rmdesk::test;
namespace tt = boost::test_tools;

BOOST_FIXTURE_TEST_SUITE(assessment_store, AssessmentFixture)

BOOST_AUTO_TEST_CASE(shipped_standards_weigh_seven_kpis_to_100)
{
    StoreError e;
    const auto month = assessment("sup1").standards(
        session("sup1"), QStringLiteral("rm"), QStringLiteral("month"), QDate(2026, 10, 1), &e);
    BOOST_REQUIRE_MESSAGE(month, e.message);
    BOOST_TEST(month->version == 1);
    BOOST_TEST(month->targets.size() == 7);
    double weights = 0;
    for (const KpiTarget& t : month->targets)
        weights += t.weight;
    BOOST_TEST(weights == 100.0);
    BOOST_TEST(month->targets.at(0).kpi == QStringLiteral("retention_rate"));
    BOOST_TEST(month->targets.at(0).target == 90.0);
    BOOST_TEST(month->targets.at(1).target == 2.0); // net new per month
    const auto year = assessment("comp1").standards(session("comp1"), QStringLiteral("rm"),
                                                    QStringLiteral("year"), QDate(2026, 1, 1), &e);
    BOOST_REQUIRE_MESSAGE(year, e.message);
    BOOST_TEST(year->targets.at(1).target == 24.0); // 2 × 12
    BOOST_TEST(year->targets.at(2).target == 6.0);  // AUM growth 0.5 % × 12
    BOOST_TEST(year->targets.at(3).target == 30.0); // NPS does not scale
}

BOOST_AUTO_TEST_CASE(october_scorecards_worked_by_hand)
{
    StoreError e;
    const auto set = assessment("comp1").scorecards(session("comp1"), october(), QString(), &e);
    BOOST_REQUIRE_MESSAGE(set, e.message);
    BOOST_TEST(set->period.code() == QStringLiteral("2026-10"));
    BOOST_TEST(set->standards.version == 1);
    BOOST_REQUIRE(set->cards.size() == 5);

    const Scorecard& rm1 = card(*set, "rm1");
    BOOST_TEST(*actual(rm1, "retention_rate") == 50.0, tt::tolerance(1e-9));
    BOOST_TEST(*actual(rm1, "net_new") == -1.0);
    BOOST_TEST(*actual(rm1, "aum_growth") == -400.0 / 15.0, tt::tolerance(1e-9));
    BOOST_TEST(*actual(rm1, "nps") == 25.0, tt::tolerance(1e-9));
    BOOST_TEST(*actual(rm1, "complaint_on_time") == 50.0, tt::tolerance(1e-9));
    BOOST_TEST(*actual(rm1, "review_completion") == 50.0, tt::tolerance(1e-9));
    BOOST_TEST(*actual(rm1, "interactions_per_customer") == 1.0, tt::tolerance(1e-9));
    BOOST_TEST(*score(rm1, "retention_rate") == 500.0 / 9.0, tt::tolerance(1e-9));
    BOOST_TEST(*score(rm1, "net_new") == 0.0);
    BOOST_TEST(*score(rm1, "nps") == 250.0 / 3.0, tt::tolerance(1e-9));
    BOOST_TEST(*score(rm1, "complaint_on_time") == 1000.0 / 19.0, tt::tolerance(1e-9));
    BOOST_TEST(*score(rm1, "interactions_per_customer") == 100.0, tt::tolerance(1e-9));
    BOOST_TEST(*rm1.total == (10000.0 / 9.0 + 1250.0 + 20000.0 / 19.0 + 1000.0) / 100.0,
               tt::tolerance(1e-9));

    const Scorecard& rm3 = card(*set, "rm3");
    BOOST_TEST(*actual(rm3, "retention_rate") == 100.0, tt::tolerance(1e-9));
    BOOST_TEST(*actual(rm3, "net_new") == 1.0);
    BOOST_TEST(*actual(rm3, "aum_growth") == 50.0, tt::tolerance(1e-9));
    BOOST_TEST(!actual(rm3, "nps"));
    BOOST_TEST(*actual(rm3, "complaint_on_time") == 0.0);
    BOOST_TEST(*actual(rm3, "review_completion") == 100.0, tt::tolerance(1e-9));
    BOOST_TEST(*actual(rm3, "interactions_per_customer") == 0.0);
    BOOST_TEST(*score(rm3, "aum_growth") == 100.0); // attainment capped at 120 %, score at 100
    BOOST_TEST(*rm3.total == 5750.0 / 85.0, tt::tolerance(1e-9));

    const Scorecard& rm2 = card(*set, "rm2");
    BOOST_TEST(*actual(rm2, "nps") == 100.0, tt::tolerance(1e-9));
    BOOST_TEST(!actual(rm2, "complaint_on_time"));
    BOOST_TEST(*actual(rm2, "review_completion") == 0.0);
    BOOST_TEST(*actual(rm2, "aum_growth") == 0.0);
    BOOST_TEST(*rm2.total == 3500.0 / 90.0, tt::tolerance(1e-9));

    // rm4 and rm5 have no customers: net new 0 scores 0, nothing else has a value.
    BOOST_TEST(*card(*set, "rm4").total == 0.0);
    BOOST_TEST(!actual(card(*set, "rm4"), "retention_rate"));
}

BOOST_AUTO_TEST_CASE(ranks_ties_trend_and_branch_averages)
{
    StoreError e;
    const auto set = assessment("comp1").scorecards(session("comp1"), october(), QString(), &e);
    BOOST_REQUIRE_MESSAGE(set, e.message);
    // Cards by branch, then rank: BJ01 rm3 1, rm1 2, rm4 3, rm5 3; SH01 rm2 1.
    QStringList order;
    for (const Scorecard& c : set->cards)
        order << QStringLiteral("%1:%2:%3").arg(c.rm).arg(c.rank).arg(c.rankOverall);
    BOOST_TEST(order.join(u' ') == QStringLiteral("rm3:1:1 rm1:2:2 rm4:3:4 rm5:3:4 rm2:1:3"));

    // September: 100 × 10 / 55 for rm1, rm2 and rm3; nothing for rm4 and rm5 but net new 0.
    const Scorecard& rm1 = card(*set, "rm1");
    BOOST_TEST(*rm1.previousTotal == 1000.0 / 55.0, tt::tolerance(1e-9));
    BOOST_TEST(*rm1.trend == *rm1.total - 1000.0 / 55.0, tt::tolerance(1e-9));
    BOOST_TEST(*card(*set, "rm2").previousTotal == 1000.0 / 55.0, tt::tolerance(1e-9));
    BOOST_TEST(*card(*set, "rm4").trend == 0.0);

    BOOST_REQUIRE(set->branches.size() == 2);
    const BranchScore& bj = set->branches.at(0);
    BOOST_TEST(bj.branch == QStringLiteral("BJ01"));
    BOOST_TEST(bj.rms == 4);
    BOOST_TEST(*bj.averageTotal == (*rm1.total + 5750.0 / 85.0) / 4.0, tt::tolerance(1e-9));
    // Retention: rm1 500/9 and rm3 100 points (rm4 and rm5 have none).
    BOOST_TEST(bj.averageScore.value(QStringLiteral("retention_rate")) ==
                   (500.0 / 9.0 + 100.0) / 2.0,
               tt::tolerance(1e-9));
    BOOST_TEST(bj.averageActual.value(QStringLiteral("net_new")) == 0.0); // (−1 + 1 + 0 + 0) / 4
    BOOST_TEST(set->branches.at(1).branch == QStringLiteral("SH01"));
    BOOST_TEST(*set->branches.at(1).averageTotal == 3500.0 / 90.0, tt::tolerance(1e-9));
}

BOOST_AUTO_TEST_CASE(a_past_period_counts_reviews_as_they_stood_on_its_last_day)
{
    auto reviews = [&](const char* rm) {
        StoreError e;
        const auto set = assessment("comp1").scorecards(session("comp1"), october(), QString(), &e);
        BOOST_REQUIRE_MESSAGE(set, e.message);
        return actual(card(*set, rm), "review_completion");
    };
    const auto review = [&](const char* rm, qint64 id) {
        StoreError e;
        BOOST_REQUIRE_MESSAGE(
            store(rm).recordReview(session(rm), id,
                                   {QString(), QString(), QStringLiteral("ID card and mobile"),
                                    QStringLiteral("confirmed"), QString(), QString(), QString()},
                                   &e),
            e.message);
    };
    const auto end = [&](const char* rm, qint64 id, QDate on) {
        StoreError e;
        BOOST_REQUIRE_MESSAGE(
            CustomerRetention(as(rm).database().connection(), lifecycleToday)
                .endRelationship(session(rm), id, on, QStringLiteral("moved to another bank"), &e),
            e.message);
    };
    // On 10-31: rm1 1 of 2 (a2 due 10-15), rm2 0 of 1 (c1 due 10-20), rm3 2 of 2.
    BOOST_TEST(*reviews("rm1") == 50.0, tt::tolerance(1e-9));

    // Since then a2 was reviewed (due now in 2027) and rm1 took on a customer: October stays.
    review("rm1", a2);
    BOOST_TEST(text(QStringLiteral("SELECT next_review_due FROM customers WHERE id = %1").arg(a2)) >
               QStringLiteral("2027"));
    const qint64 added = addCustomer("rm1", {{QStringLiteral("name"), QStringLiteral("安三")}});
    BOOST_TEST(*reviews("rm1") == 50.0, tt::tolerance(1e-9));
    // Added after October and overdue now, it still is not October's.
    exec(QStringLiteral("UPDATE customers SET next_review_due = '2026-11-01' WHERE id = %1")
             .arg(added));
    BOOST_TEST(*reviews("rm1") == 50.0, tt::tolerance(1e-9));

    // c1's relationship ended on 11-02, after October: it still counts there, overdue.
    end("rm2", c1, QDate(2026, 11, 2));
    BOOST_REQUIRE(reviews("rm2").has_value());
    BOOST_TEST(*reviews("rm2") == 0.0);

    // a1's ended on 10-25, inside October: by 10-31 rm1 had a2 alone, then overdue.
    end("rm1", a1, QDate(2026, 10, 25));
    BOOST_TEST(*reviews("rm1") == 0.0);

    // A change of risk moves b1's date (made today, after October): October keeps 2027-01-01.
    StoreError e;
    BOOST_REQUIRE_MESSAGE(
        store("rm3").update(session("rm3"), b1,
                            {{QStringLiteral("aml_risk"), QStringLiteral("high")}},
                            QStringLiteral("new adverse media"), QString(), QString(), &e),
        e.message);
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM review_due_changes WHERE customer_id = "
                                    "%1 AND old_due = '2027-01-01'")
                         .arg(b1)) == 1);
    BOOST_TEST(*reviews("rm3") == 100.0, tt::tolerance(1e-9));
}

BOOST_AUTO_TEST_CASE(a_customer_handed_over_after_the_period_stays_with_its_rm_there)
{
    // In November sup1 gives a2 (rm1's, sold out and overdue in October) to rm3. October's
    // figures are those worked by hand for the book as it stood: a2 is still rm1's there.
    StoreError e;
    QList<FieldError> errors;
    BOOST_REQUIRE_MESSAGE(
        store("sup1").update(session("sup1"), a2, {{QStringLiteral("rm"), QStringLiteral("rm3")}},
                             QStringLiteral("客户经理调整"), QString(), QString(), &e, &errors),
        e.message);
    BOOST_REQUIRE(count(QStringLiteral("SELECT count(*) FROM customers WHERE id = %1 AND "
                                       "rm_user_id = %2")
                            .arg(a2)
                            .arg(userId("rm3"))) == 1);
    // On 20 November, before the fixture's today (the clock's today is later).
    exec(QStringLiteral("UPDATE customer_changes SET at = '2026-11-20T02:00:00.000Z' WHERE "
                        "customer_id = %1 AND field = 'rm'")
             .arg(a2));
    const auto set = assessment("comp1").scorecards(session("comp1"), october(), QString(), &e);
    BOOST_REQUIRE_MESSAGE(set, e.message);
    const Scorecard& rm1 = card(*set, "rm1");
    BOOST_TEST(*actual(rm1, "retention_rate") == 50.0, tt::tolerance(1e-9));
    BOOST_TEST(*actual(rm1, "net_new") == -1.0);
    BOOST_TEST(*actual(rm1, "aum_growth") == -400.0 / 15.0, tt::tolerance(1e-9));
    BOOST_TEST(*actual(rm1, "review_completion") == 50.0, tt::tolerance(1e-9));
    BOOST_TEST(*actual(rm1, "interactions_per_customer") == 1.0, tt::tolerance(1e-9));
    const Scorecard& rm3 = card(*set, "rm3");
    BOOST_TEST(*actual(rm3, "retention_rate") == 100.0, tt::tolerance(1e-9));
    BOOST_TEST(*actual(rm3, "net_new") == 1.0);
    BOOST_TEST(*actual(rm3, "aum_growth") == 50.0, tt::tolerance(1e-9));
    BOOST_TEST(*actual(rm3, "review_completion") == 100.0, tt::tolerance(1e-9));
    // November, the month of the change, is rm3's: a2 is one of its customers, overdue.
    const auto november =
        assessment("comp1").scorecards(session("comp1"), *KpiPeriod::parse("2026-11"), {}, &e);
    BOOST_REQUIRE_MESSAGE(november, e.message);
    BOOST_TEST(*actual(card(*november, "rm3"), "review_completion") == 200.0 / 3.0,
               tt::tolerance(1e-9));
    BOOST_TEST(*actual(card(*november, "rm1"), "review_completion") == 100.0, tt::tolerance(1e-9));
}

BOOST_AUTO_TEST_CASE(scope_per_role)
{
    StoreError e;
    // A supervisor: their branch, asked or not.
    auto sup = assessment("sup1").scorecards(session("sup1"), october(), QString(), &e);
    BOOST_REQUIRE_MESSAGE(sup, e.message);
    BOOST_TEST(sup->cards.size() == 4);
    BOOST_TEST(sup->branches.size() == 1);
    BOOST_TEST(
        !assessment("sup3").scorecards(session("sup3"), october(), QStringLiteral("BJ01"), &e));
    BOOST_TEST(e.kind == StoreError::Forbidden);

    // An RM: their own card, ranked within the branch, without the branch's averages.
    const auto own = assessment("rm1").scorecards(session("rm1"), october(), QString(), &e);
    BOOST_REQUIRE_MESSAGE(own, e.message);
    BOOST_REQUIRE(own->cards.size() == 1);
    BOOST_TEST(own->cards.first().rm == QStringLiteral("rm1"));
    BOOST_TEST(own->cards.first().rank == 2);
    BOOST_TEST(own->branches.isEmpty());
    e = {};
    BOOST_TEST(
        !assessment("rm1").scorecards(session("rm1"), october(), QString(), &e, userId("rm3")));
    BOOST_TEST(e.kind == StoreError::Forbidden);

    // Compliance: one branch on request.
    const auto sh =
        assessment("comp1").scorecards(session("comp1"), october(), QStringLiteral("SH01"), &e);
    BOOST_REQUIRE_MESSAGE(sh, e.message);
    BOOST_TEST(sh->cards.size() == 1);

    // An administrator configures the standards but reads no scorecards.
    e = {};
    BOOST_TEST(!adminAssessment().scorecards(admin->session(), october(), QString(), &e));
    BOOST_TEST(e.kind == StoreError::Forbidden);
}

BOOST_AUTO_TEST_CASE(new_standards_are_a_version_set_by_an_administrator)
{
    KpiStandardSet set;
    set.role = QStringLiteral("rm");
    set.periodKind = QStringLiteral("month");
    set.effectiveFrom = QDate(2026, 12, 1);
    set.targets = {{QStringLiteral("retention_rate"), 60, 95, KpiDirection::Higher},
                   {QStringLiteral("nps"), 40, 40, KpiDirection::Higher}};
    const QByteArray before = assessmentDigest();
    StoreError e;
    // Not a supervisor's to change.
    BOOST_TEST(!assessment("sup1").setStandards(session("sup1"), set, nullptr, &e));
    BOOST_TEST(e.kind == StoreError::Forbidden);
    // Weights must add up to 100, KPIs be known and once, targets above 0, dates not past.
    auto refused = [&](KpiStandardSet bad, const char* why) {
        StoreError err;
        BOOST_TEST(!adminAssessment().setStandards(admin->session(), bad, nullptr, &err), why);
        BOOST_TEST(err.kind == StoreError::Invalid, why);
    };
    KpiStandardSet bad = set;
    bad.targets[1].weight = 30;
    refused(bad, "weights 90");
    bad = set;
    bad.targets[1].kpi = QStringLiteral("smiles");
    refused(bad, "unknown KPI");
    bad = set;
    bad.targets[1].kpi = QStringLiteral("retention_rate");
    refused(bad, "twice");
    bad = set;
    bad.targets[0].target = 0;
    refused(bad, "target 0");
    bad = set;
    bad.effectiveFrom = QDate(2026, 11, 26);
    refused(bad, "yesterday");
    BOOST_TEST(assessmentDigest() == before);

    int version = 0;
    BOOST_REQUIRE_MESSAGE(adminAssessment().setStandards(admin->session(), set, &version, &e),
                          e.message);
    BOOST_TEST(version == 2);
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'kpi.set' AND "
                                    "entity_id = 'rm/month'")) == 1);
    // October keeps version 1; December uses version 2.
    BOOST_TEST(assessment("sup1")
                   .standards(session("sup1"), QStringLiteral("rm"), QStringLiteral("month"),
                              QDate(2026, 10, 1), &e)
                   ->version == 1);
    const auto december =
        assessment("sup1", QDateTime(QDate(2027, 1, 5), QTime(9, 0)))
            .scorecards(session("sup1"), *KpiPeriod::parse(QStringLiteral("2026-12")), QString(),
                        &e);
    BOOST_REQUIRE_MESSAGE(december, e.message);
    BOOST_TEST(december->standards.version == 2);
    BOOST_TEST(december->cards.first().kpis.size() == 2);
    const auto history = assessment("sup1").standardsHistory(session("sup1"), QStringLiteral("rm"),
                                                             QStringLiteral("month"), &e);
    BOOST_TEST(history.size() == 2);
    BOOST_TEST(history.first().version == 2);
}

BOOST_AUTO_TEST_CASE(the_aum_cache_follows_the_retention_cube)
{
    StoreError e;
    BOOST_REQUIRE(assessment("comp1").scorecards(session("comp1"), october(), QString(), &e));
    // One pass over holdings sums every complete month: 2025-10 … 2026-10.
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM assessment_aum_months")) == 13);
    BOOST_TEST(count(QStringLiteral("SELECT customers FROM assessment_aum WHERE month = '2026-10' "
                                    "AND rm_user_id = %1")
                         .arg(userId("rm3"))) == 2);
    BOOST_TEST(count(QStringLiteral("SELECT aum_fen FROM assessment_aum WHERE month = '2026-10' "
                                    "AND rm_user_id = %1")
                         .arg(userId("rm3"))) == 3000);
    // A later holding changes nothing until the cube is rebuilt (a stage run); then it counts.
    exec(QStringLiteral("INSERT INTO holdings (customer_id, product_code, month, balance_fen) "
                        "VALUES (%1, 'P2', '2026-10', 900)")
             .arg(a1));
    auto set = assessment("comp1").scorecards(session("comp1"), october(), QString(), &e);
    BOOST_TEST(*actual(card(*set, "rm1"), "aum_growth") == -400.0 / 15.0, tt::tolerance(1e-9));
    BOOST_REQUIRE_MESSAGE(
        RetentionStore(db(), assessmentNow.addSecs(60)).rebuild(session("comp1"), &e), e.message);
    // The rebuild refilled the AUM cache in its own pass, stamped with the new cube.
    BOOST_TEST(
        count(QStringLiteral("SELECT count(*) FROM assessment_aum_months WHERE "
                             "cube_built_at = (SELECT built_at FROM retention_cube_state)")) == 13);
    BOOST_TEST(count(QStringLiteral("SELECT aum_fen FROM assessment_aum WHERE month = '2026-10' "
                                    "AND rm_user_id = %1")
                         .arg(userId("rm1"))) == 2000);
    set = assessment("comp1").scorecards(session("comp1"), october(), QString(), &e);
    // 1500 → 2000: +33.3 %.
    BOOST_TEST(*actual(card(*set, "rm1"), "aum_growth") == 100.0 / 3.0, tt::tolerance(1e-9));
}

BOOST_AUTO_TEST_SUITE_END()
