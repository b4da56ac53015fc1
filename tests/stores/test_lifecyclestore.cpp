// The monthly lifecycle run, overrides and the transition history on a real encrypted database,
// with the hand-worked book of stagefixture.h.
#include "stores/customermerge.h"
#include "stores/customerretention.h"
#include "stores/customerstore.h"
#include "stores/stagefixture.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace rmdesk;
using namespace rmdesk::test;

BOOST_FIXTURE_TEST_SUITE(lifecycle_store, StageFixture)

BOOST_AUTO_TEST_CASE(new_customers_start_as_prospects)
{
    for (const qint64 id : {g, d, s, c, p})
        BOOST_TEST(stageOf(id) == QStringLiteral("prospect"));
}

BOOST_AUTO_TEST_CASE(month_by_month_the_rules_assign_each_stage)
{
    const QList<QStringList> expected = {
        // g, d, s, c after each month's run
        {"onboarding", "onboarding", "onboarding", "onboarding"}, // Jan
        {"onboarding", "onboarding", "onboarding", "onboarding"}, // Feb
        {"onboarding", "onboarding", "dormant", "onboarding"},    // Mar
        {"growing", "declining", "dormant", "declining"},         // Apr
        {"growing", "declining", "dormant", "dormant"},           // May
        {"growing", "declining", "mature", "churned"},            // Jun
        {"growing", "declining", "mature", "won_back"},           // Jul
        {"growing", "declining", "dormant", "won_back"},          // Aug
        {"growing", "declining", "dormant", "won_back"},          // Sep
        {"growing", "declining", "dormant", "mature"},            // Oct
    };
    const QList<int> changed = {4, 0, 1, 3, 1, 2, 1, 1, 0, 1};
    for (int i = 0; i < expected.size(); ++i) {
        BOOST_TEST_CONTEXT("month " << monthName(jan + i).toStdString())
        {
            const StageRunResult r = run(jan + i);
            BOOST_TEST(r.month == monthName(jan + i));
            BOOST_TEST(r.customers == 5);
            BOOST_TEST(r.changed == changed[i]);
            BOOST_TEST(!r.repeated);
            const QList<qint64> ids = {g, d, s, c};
            for (int k = 0; k < ids.size(); ++k)
                BOOST_TEST(stageOf(ids[k]) == expected[i][k]);
            BOOST_TEST(stageOf(p) == QStringLiteral("prospect"));
            BOOST_TEST(r.counts.value(QStringLiteral("prospect")) == 1);
        }
    }
    BOOST_TEST(transitionsOf(g) == QStringLiteral("01:onboarding 04:growing"));
    BOOST_TEST(transitionsOf(d) == QStringLiteral("01:onboarding 04:declining"));
    BOOST_TEST(transitionsOf(s) == QStringLiteral("01:onboarding 03:dormant 06:mature 08:dormant"));
    BOOST_TEST(transitionsOf(c) ==
               QStringLiteral("01:onboarding 04:declining 05:dormant 06:churned "
                              "07:won_back 10:mature"));
    BOOST_TEST(transitionsOf(p).isEmpty());
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM stage_transitions")) == 14);
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM stage_runs")) == 10);

    // One audit row per run, with the counts per stage after it.
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'stage.run'")) ==
               10);
    const QJsonObject details =
        QJsonDocument::fromJson(text(QStringLiteral("SELECT details FROM audit_log WHERE action = "
                                                    "'stage.run' AND entity_id = '2026-10'"))
                                    .toUtf8())
            .object();
    BOOST_TEST(details.value(QStringLiteral("changed")).toInt() == 1);
    const QJsonObject counts = details.value(QStringLiteral("counts")).toObject();
    BOOST_TEST(counts.value(QStringLiteral("growing")).toInt() == 1);
    BOOST_TEST(counts.value(QStringLiteral("declining")).toInt() == 1);
    BOOST_TEST(counts.value(QStringLiteral("dormant")).toInt() == 1);
    BOOST_TEST(counts.value(QStringLiteral("mature")).toInt() == 1);
    BOOST_TEST(counts.value(QStringLiteral("prospect")).toInt() == 1);

    // The history, newest first, as the customer's RM reads it.
    StoreError e;
    const auto history = stages("rm1", runDay(jan + 10)).history(session("rm1"), c, &e);
    BOOST_REQUIRE(history.size() == 6);
    BOOST_TEST(history[0].month == QStringLiteral("2026-10"));
    BOOST_TEST(history[0].effectiveOn == QStringLiteral("2026-10-31"));
    BOOST_TEST(history[0].fromStage == QStringLiteral("won_back"));
    BOOST_TEST(history[0].toStage == QStringLiteral("mature"));
    BOOST_TEST(history[0].source == QStringLiteral("rules"));
    BOOST_TEST(history[0].userName == QStringLiteral("root"));
    BOOST_TEST(history[1].fromStage == QStringLiteral("churned")); // Jul: won back
    BOOST_TEST(history[5].fromStage == QStringLiteral("prospect"));
    // Another RM's customer is out of reach.
    BOOST_TEST(stages("rm2", runDay(jan + 10)).history(session("rm2"), c, &e).isEmpty());
    BOOST_TEST(e.kind == StoreError::Forbidden);
}

BOOST_AUTO_TEST_CASE(running_a_month_again_changes_nothing)
{
    runThrough(jan + 6);
    const int transitions = count(QStringLiteral("SELECT count(*) FROM stage_transitions"));
    const int audits = count(QStringLiteral("SELECT count(*) FROM audit_log"));
    const QString runs = text(QStringLiteral("SELECT group_concat(run_at) FROM stage_runs"));
    const StageRunResult again = run(jan + 6);
    BOOST_TEST(again.repeated);
    BOOST_TEST(again.changed == 0);
    BOOST_TEST(again.customers == 5);
    BOOST_TEST(again.counts.value(QStringLiteral("won_back")) == 1);
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM stage_transitions")) == transitions);
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM audit_log")) == audits);
    BOOST_TEST(text(QStringLiteral("SELECT group_concat(run_at) FROM stage_runs")) == runs);
    BOOST_TEST(stageOf(c) == QStringLiteral("won_back"));
    // Runs go forward: an earlier month is refused, and so is a month not yet over.
    StageRunResult r;
    StoreError e;
    BOOST_TEST(!stages(nullptr, runDay(jan + 6)).run(admin->session(), jan + 5, &r, &e));
    BOOST_TEST(e.kind == StoreError::Invalid);
    BOOST_TEST(e.message.contains(QStringLiteral("2026-07")));
    BOOST_TEST(!stages(nullptr, runDay(jan + 6)).run(admin->session(), jan + 7, &r, &e));
    BOOST_TEST(e.kind == StoreError::Invalid);
    // The run is an administrator's batch job.
    BOOST_TEST(!stages("sup1", runDay(jan + 7)).run(session("sup1"), jan + 7, &r, &e));
    BOOST_TEST(e.kind == StoreError::Forbidden);
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM stage_transitions")) == transitions);
}

BOOST_AUTO_TEST_CASE(the_default_month_is_the_last_complete_one)
{
    runThrough(jan + 8); // through September
    StageRunResult r;
    StoreError e;
    BOOST_REQUIRE_MESSAGE(stages(nullptr, QDateTime(QDate(2026, 11, 5), QTime(9, 0)))
                              .run(admin->session(), std::nullopt, &r, &e),
                          e.message);
    BOOST_TEST(r.month == QStringLiteral("2026-10"));
    BOOST_TEST(stageOf(c) == QStringLiteral("mature"));
}

BOOST_AUTO_TEST_CASE(an_override_holds_for_its_months_and_is_audited)
{
    runThrough(jan + 2); // through March: g onboarding
    const QDateTime april10(QDate(2026, 4, 10), QTime(11, 0));
    StageTransition t;
    StoreError e;
    BOOST_REQUIRE_MESSAGE(stages("rm1", april10)
                              .setStage(session("rm1"), g, QStringLiteral("mature"),
                                        QStringLiteral("客户已签署长期委托，资产稳定"), &t, &e),
                          e.message);
    BOOST_TEST(t.fromStage == QStringLiteral("onboarding"));
    BOOST_TEST(t.toStage == QStringLiteral("mature"));
    BOOST_TEST(t.month == QStringLiteral("2026-04"));
    BOOST_TEST(t.effectiveOn == QStringLiteral("2026-04-10"));
    BOOST_TEST(stageOf(g) == QStringLiteral("mature"));
    const auto pinned = stages("rm1", april10).overrideOf(session("rm1"), g, &e);
    BOOST_REQUIRE(pinned.has_value());
    BOOST_TEST(pinned->untilMonth == QStringLiteral("2026-06")); // April + 3 months - 1
    BOOST_TEST(pinned->setBy == QStringLiteral("rm1"));
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                    "'stage.override' AND entity_id = '%1' AND reason = "
                                    "'客户已签署长期委托，资产稳定'")
                         .arg(g)) == 1);

    // April to June: the rules would say growing; the override is kept.
    for (int m = jan + 3; m <= jan + 5; ++m) {
        const StageRunResult r = run(m);
        BOOST_TEST(r.overridden == 1);
        BOOST_TEST(stageOf(g) == QStringLiteral("mature"));
    }
    // July: the rules again, from the overridden stage.
    run(jan + 6);
    BOOST_TEST(stageOf(g) == QStringLiteral("growing"));
    BOOST_TEST(transitionsOf(g) == QStringLiteral("01:onboarding 04:mature* 07:growing"));
    const auto history = stages("rm1", runDay(jan + 6)).history(session("rm1"), g, &e);
    BOOST_REQUIRE(history.size() == 3);
    BOOST_TEST(history[1].source == QStringLiteral("override"));
    BOOST_TEST(history[1].reason == QStringLiteral("客户已签署长期委托，资产稳定"));
    BOOST_TEST(history[0].fromStage == QStringLiteral("mature"));
    BOOST_TEST(!stages("rm1", runDay(jan + 6)).overrideOf(session("rm1"), g, &e).has_value());
}

BOOST_AUTO_TEST_CASE(an_override_without_a_reason_or_out_of_scope_changes_nothing)
{
    runThrough(jan);
    const QDateTime at(QDate(2026, 2, 10), QTime(11, 0));
    auto snapshot = [this] {
        return text(QStringLiteral("SELECT group_concat(x, ';') FROM (SELECT id || lifecycle_stage "
                                   "AS x FROM customers ORDER BY id)")) +
               QString::number(count(QStringLiteral("SELECT count(*) FROM stage_transitions"))) +
               QString::number(count(QStringLiteral("SELECT count(*) FROM stage_overrides"))) +
               QString::number(count(QStringLiteral("SELECT count(*) FROM audit_log")));
    };
    const QString before = snapshot();
    StageTransition t;
    StoreError e;
    BOOST_TEST(!stages("rm1", at).setStage(session("rm1"), g, QStringLiteral("mature"),
                                           QStringLiteral("  "), &t, &e));
    BOOST_TEST(e.kind == StoreError::Invalid);
    BOOST_TEST(e.message.contains(QStringLiteral("why")));
    BOOST_TEST(!stages("rm1", at).setStage(session("rm1"), g, QStringLiteral("vip"),
                                           QStringLiteral("大客户"), &t, &e));
    BOOST_TEST(e.kind == StoreError::Invalid);
    // Another RM's customer; compliance changes nothing; a supervisor of another branch.
    BOOST_TEST(!stages("rm2", at).setStage(session("rm2"), g, QStringLiteral("mature"),
                                           QStringLiteral("客户资产稳定"), &t, &e));
    BOOST_TEST(e.kind == StoreError::Forbidden);
    BOOST_TEST(!stages("comp1", at)
                    .setStage(session("comp1"), g, QStringLiteral("mature"),
                              QStringLiteral("客户资产稳定"), &t, &e));
    BOOST_TEST(e.kind == StoreError::Forbidden);
    BOOST_TEST(!stages("sup3", at)
                    .setStage(session("sup3"), g, QStringLiteral("mature"),
                              QStringLiteral("客户资产稳定"), &t, &e));
    BOOST_TEST(e.kind == StoreError::Forbidden);
    BOOST_TEST(!stages("rm1", at).setStage(session("rm1"), 999999, QStringLiteral("mature"),
                                           QStringLiteral("客户资产稳定"), &t, &e));
    BOOST_TEST(e.kind == StoreError::NotFound);
    BOOST_TEST(snapshot() == before);
    BOOST_TEST(!stages("rm1", at).maySet(session("rm2"), g));
    BOOST_TEST(stages("rm1", at).maySet(session("rm1"), g));
    // The branch supervisor may.
    BOOST_TEST(stages("sup1", at)
                   .setStage(session("sup1"), g, QStringLiteral("mature"),
                             QStringLiteral("客户资产稳定"), &t, &e));
}

BOOST_AUTO_TEST_CASE(merges_keep_and_purges_remove_the_stage_history)
{
    runThrough(jan + 3); // through April: s dormant, g growing
    StageTransition t;
    StoreError e;
    const QDateTime may5(QDate(2026, 5, 5), QTime(9, 30));
    BOOST_REQUIRE_MESSAGE(stages("rm1", may5)
                              .setStage(session("rm1"), g, QStringLiteral("mature"),
                                        QStringLiteral("长期委托"), &t, &e),
                          e.message);
    // s absorbs g: g's three transitions join s's history; g's override ends with it.
    qint64 request = 0;
    BOOST_REQUIRE_MESSAGE(
        CustomerMerge(as("sup1").database().connection(), lifecycleToday)
            .request(session("sup1"), s, g, {}, QStringLiteral("Same person"), &request, &e),
        e.message);
    BOOST_REQUIRE_MESSAGE(CustomerMerge(as("sup2").database().connection(), lifecycleToday)
                              .approve(session("sup2"), request, QString(), &e),
                          e.message);
    BOOST_TEST(transitionsOf(g).isEmpty());
    BOOST_TEST(transitionsOf(s) ==
               QStringLiteral("01:onboarding 01:onboarding 03:dormant 04:growing 05:mature*"));
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM stage_overrides")) == 0);

    // Ending d's relationship long ago, then purging it, removes its transitions and override.
    BOOST_REQUIRE_MESSAGE(stages("rm2", may5)
                              .setStage(session("rm2"), d, QStringLiteral("dormant"),
                                        QStringLiteral("联系不上"), &t, &e),
                          e.message);
    BOOST_REQUIRE(!transitionsOf(d).isEmpty());
    BOOST_REQUIRE_MESSAGE(CustomerRetention(as("rm2").database().connection(), lifecycleToday)
                              .endRelationship(session("rm2"), d, QDate(2012, 3, 31),
                                               QStringLiteral("Moved abroad"), &e),
                          e.message);
    BOOST_REQUIRE_MESSAGE(
        CustomerRetention(as("sup3").database().connection(), lifecycleToday)
            .requestPurge(session("sup3"), d, QStringLiteral("Ten years past"), &request, &e),
        e.message);
    BOOST_REQUIRE_MESSAGE(CustomerRetention(as("comp1").database().connection(), lifecycleToday)
                              .approvePurge(session("comp1"), request, &e),
                          e.message);
    BOOST_TEST(transitionsOf(d).isEmpty());
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM stage_overrides WHERE customer_id = %1")
                         .arg(d)) == 0);
    BOOST_TEST(AuditTrail::verify(db()).ok);
}

BOOST_AUTO_TEST_CASE(a_profile_edit_does_not_change_the_stage)
{
    StoreError e;
    QList<FieldError> errors;
    BOOST_TEST(!CustomerStore(as("rm1").database().connection(), lifecycleToday)
                    .update(session("rm1"), g,
                            {{QStringLiteral("lifecycle_stage"), QStringLiteral("mature")}},
                            QStringLiteral("客户要求"), QString(), QString(), &e, &errors));
    BOOST_REQUIRE(errors.size() == 1);
    BOOST_TEST(errors.first().field == QStringLiteral("lifecycle_stage"));
    BOOST_TEST(stageOf(g) == QStringLiteral("prospect"));
    BOOST_TEST(transitionsOf(g).isEmpty());
}

BOOST_AUTO_TEST_SUITE_END()
