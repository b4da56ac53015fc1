// Publishing a new version of a rule set: an administrator's change, checked, dated, explained and
// audited; refused changes write nothing.
#include "common/vaultfixture.h"
#include "stores/complaintstore.h"
#include "stores/customerstore.h"
#include "stores/lifecyclestore.h"
#include "stores/rulestore.h"

#include <QSqlQuery>

using namespace rmdesk;
using namespace rmdesk::test;

namespace {

const QDate today(2026, 11, 27);

qint64 count(QSqlDatabase db, const QString& sql)
{
    QSqlQuery q(db);
    BOOST_REQUIRE_MESSAGE(q.exec(sql) && q.next(), sql.toStdString());
    return q.value(0).toLongLong();
}

QString valueOf(const QList<Rule>& rules, const QString& set, const QString& key)
{
    for (const Rule& r : rules)
        if (r.ruleSet == set && r.key == key)
            return r.value;
    return QString();
}

struct PublishFixture : VaultFixture
{
    PublishFixture() { addStaff(); }
    QSqlDatabase db() { return admin->database().connection(); }
    RuleStore store() { return RuleStore(db(), today); }
    // The newest version's rules with some values changed.
    QList<RuleEntry> changed(const QString& set, const QList<RuleEntry>& changes)
    {
        QList<RuleEntry> entries = store().history(set).first().entries;
        for (const RuleEntry& c : changes) {
            bool found = false;
            for (RuleEntry& e : entries)
                if (e.key == c.key) {
                    e.value = c.value;
                    found = true;
                }
            if (!found)
                entries.append(c);
        }
        return entries;
    }
};

const QString clockSet = QStringLiteral("complaint_clock");

} // namespace

BOOST_FIXTURE_TEST_SUITE(rule_publish, PublishFixture)

BOOST_AUTO_TEST_CASE(a_new_version_takes_effect_on_its_day)
{
    StoreError e;
    QList<RuleProblem> problems;
    const auto version = store().publish(
        admin->session(), clockSet,
        changed(clockSet, {{QStringLiteral("decision_days"), QStringLiteral("10")}}),
        QDate(2027, 1, 1), QStringLiteral("Head office policy 2027/3"), &problems, &e);
    BOOST_REQUIRE_MESSAGE(version, e.message);
    BOOST_TEST(*version == 2);
    BOOST_TEST(problems.isEmpty());
    // Before its day version 1 holds; from it, version 2 with every rule (not only the changed).
    const auto before = store().rulesInForce(QDate(2026, 12, 31));
    const auto after = store().rulesInForce(QDate(2027, 1, 1));
    BOOST_TEST(valueOf(before, clockSet, QStringLiteral("decision_days")) == QStringLiteral("15"));
    BOOST_TEST(valueOf(after, clockSet, QStringLiteral("decision_days")) == QStringLiteral("10"));
    BOOST_TEST(valueOf(after, clockSet, QStringLiteral("extended_days")) == QStringLiteral("30"));
    // The complaint clock reads it: a complaint received in 2027 is decided within 10 days.
    ComplaintStore complaints(db(), today);
    BOOST_TEST(complaints.clockRules(QDate(2026, 12, 31)).decisionDays == 15);
    BOOST_TEST(complaints.clockRules(QDate(2027, 1, 2)).decisionDays == 10);
    // The set keeps its place among the others.
    BOOST_TEST(after.first().ruleSet == clockSet);

    const QList<RuleSetVersion> history = store().history(clockSet);
    BOOST_REQUIRE(history.size() == 2);
    BOOST_TEST(history[0].version == 2);
    BOOST_TEST(history[0].changedBy == QStringLiteral("root"));
    BOOST_TEST(history[0].reason == QStringLiteral("Head office policy 2027/3"));
    BOOST_TEST(history[0].source == history[1].source);
    BOOST_TEST(history[1].reason.isEmpty());
    // Published ids stay clear of the ones schema versions ship.
    BOOST_TEST(count(db(), QStringLiteral("SELECT min(id) FROM rule_sets WHERE version = 2 AND "
                                          "name = 'complaint_clock'")) >= 1000);
    // Audited with what changed and why.
    QSqlQuery q(db());
    BOOST_REQUIRE(q.exec(QStringLiteral("SELECT entity_id, details, reason FROM audit_log "
                                        "WHERE action = 'rules.publish'")) &&
                  q.next());
    BOOST_TEST(q.value(0).toString() == clockSet);
    const QString details = q.value(1).toString();
    BOOST_TEST(details.contains(QStringLiteral("\"key\":\"decision_days\"")), details);
    BOOST_TEST(details.contains(QStringLiteral("\"old\":\"15\"")), details);
    BOOST_TEST(details.contains(QStringLiteral("\"new\":\"10\"")), details);
    BOOST_TEST(!details.contains(QStringLiteral("extended_days")), details);
    BOOST_TEST(q.value(2).toString() == QStringLiteral("Head office policy 2027/3"));
}

BOOST_AUTO_TEST_CASE(refused_changes_write_nothing)
{
    const qint64 sets = count(db(), QStringLiteral("SELECT count(*) FROM rule_sets"));
    const auto tighter =
        changed(clockSet, {{QStringLiteral("decision_days"), QStringLiteral("10")}});
    const QString reason = QStringLiteral("Head office policy");
    struct Case
    {
        const char* why;
        const Session& session;
        QString set;
        QList<RuleEntry> entries;
        QDate from;
        QString reason;
        StoreError::Kind kind;
    };
    auto rm = login(QStringLiteral("rm1"));
    auto comp = login(QStringLiteral("comp1"));
    BOOST_REQUIRE(rm && comp);
    const qint64 audit = count(db(), QStringLiteral("SELECT count(*) FROM audit_log"));
    const Case cases[] = {
        {"an RM", rm->session(), clockSet, tighter, today, reason, StoreError::Forbidden},
        {"compliance", comp->session(), clockSet, tighter, today, reason, StoreError::Forbidden},
        {"no reason", admin->session(), clockSet, tighter, today, QStringLiteral("  x "),
         StoreError::Invalid},
        {"yesterday", admin->session(), clockSet, tighter, today.addDays(-1), reason,
         StoreError::Invalid},
        {"looser than the regulation", admin->session(), clockSet,
         changed(clockSet, {{QStringLiteral("decision_days"), QStringLiteral("20")}}), today,
         reason, StoreError::Invalid},
        {"nothing changes", admin->session(), clockSet, store().history(clockSet).first().entries,
         today, reason, StoreError::Invalid},
        {"no such set", admin->session(), QStringLiteral("interest_rates"), tighter, today, reason,
         StoreError::NotFound},
    };
    for (const Case& c : cases) {
        StoreError e;
        BOOST_TEST(!store().publish(c.session, c.set, c.entries, c.from, c.reason, nullptr, &e),
                   c.why);
        BOOST_TEST(e.kind == c.kind, c.why);
        BOOST_TEST(!e.message.isEmpty(), c.why);
    }
    // The problems of a refused version name their rules.
    QList<RuleProblem> problems;
    StoreError e;
    BOOST_TEST(!store().publish(
        admin->session(), clockSet,
        changed(clockSet, {{QStringLiteral("approved_extended_days"), QStringLiteral("90")}}),
        today, reason, &problems, &e));
    BOOST_REQUIRE(problems.size() == 1);
    BOOST_TEST(problems.first().key == QStringLiteral("approved_extended_days"));
    BOOST_TEST(count(db(), QStringLiteral("SELECT count(*) FROM rule_sets")) == sets);
    BOOST_TEST(count(db(), QStringLiteral("SELECT count(*) FROM audit_log")) == audit);
}

BOOST_AUTO_TEST_CASE(versions_follow_each_other_in_time)
{
    StoreError e;
    const QString reason = QStringLiteral("Head office policy");
    BOOST_REQUIRE(store().publish(
        admin->session(), clockSet,
        changed(clockSet, {{QStringLiteral("decision_days"), QStringLiteral("12")}}),
        QDate(2027, 3, 1), reason, nullptr, &e));
    // Not before the newest version; on its day, it replaces it.
    BOOST_TEST(!store().publish(
        admin->session(), clockSet,
        changed(clockSet, {{QStringLiteral("decision_days"), QStringLiteral("11")}}),
        QDate(2027, 2, 1), reason, nullptr, &e));
    BOOST_TEST(e.message.contains(QStringLiteral("2027-03-01")), e.message);
    const auto v3 = store().publish(
        admin->session(), clockSet,
        changed(clockSet, {{QStringLiteral("decision_days"), QStringLiteral("11")}}),
        QDate(2027, 3, 1), reason, nullptr, &e);
    BOOST_REQUIRE_MESSAGE(v3, e.message);
    BOOST_TEST(*v3 == 3);
    BOOST_TEST(valueOf(store().rulesInForce(QDate(2027, 3, 1)), clockSet,
                       QStringLiteral("decision_days")) == QStringLiteral("11"));
}

BOOST_AUTO_TEST_CASE(a_complaint_category_is_added)
{
    const QString set = QStringLiteral("complaint_categories");
    StoreError e;
    BOOST_REQUIRE_MESSAGE(
        store().publish(admin->session(), set,
                        changed(set, {{QStringLiteral("pension"), QStringLiteral("养老金业务")}}),
                        today, QStringLiteral("New pension accounts"), nullptr, &e),
        e.message);
    const QList<ComplaintChoice> choices =
        ComplaintStore(db(), today).choices(QStringLiteral("category"));
    BOOST_REQUIRE(!choices.isEmpty());
    BOOST_TEST(choices.last().key == QStringLiteral("pension"));
    BOOST_TEST(choices.last().label == QStringLiteral("养老金业务"));
    BOOST_TEST(choices.size() == 13);
}

BOOST_AUTO_TEST_SUITE_END()

// New tier thresholds move the stored tiers (schema 22, TierUpkeep): at once when published for
// today, else by the first monthly stage run on or after their day.
BOOST_FIXTURE_TEST_SUITE(tier_upkeep, PublishFixture)

BOOST_AUTO_TEST_CASE(tiers_follow_the_thresholds_in_force)
{
    auto rm1 = login(QStringLiteral("rm1"));
    BOOST_REQUIRE(rm1);
    // 550,000, 5,500,000 and 7,000,000 yuan under the shipped 500,000 / 6,000,000.
    QList<qint64> ids;
    for (const qint64 yuan : {550000LL, 5500000LL, 7000000LL}) {
        qint64 id = 0;
        StoreError e;
        BOOST_REQUIRE_MESSAGE(
            CustomerStore(rm1->database().connection(), today)
                .add(rm1->session(), CustomerType::Individual,
                     {{QStringLiteral("name"), QStringLiteral("客户%1").arg(yuan)}}, &id, &e),
            e.message);
        QSqlQuery q(db());
        q.prepare(QStringLiteral("UPDATE customers SET aum_fen = ?, tier = ? WHERE id = ?"));
        q.addBindValue(yuan * 100);
        q.addBindValue(CustomerFields::tierFor(yuan * 100, 500000, 6000000));
        q.addBindValue(id);
        BOOST_REQUIRE(q.exec());
        ids << id;
    }
    auto tiers = [&] {
        QStringList out;
        for (const qint64 id : ids)
            out << QString::number(count(db(), QStringLiteral("SELECT CASE tier WHEN 'mass' THEN 1 "
                                                              "WHEN 'affluent' THEN 2 ELSE 3 END "
                                                              "FROM customers WHERE id = %1")
                                                   .arg(id)));
        return out.join(QLatin1Char(','));
    };
    BOOST_TEST(tiers() == QStringLiteral("2,2,3"));
    const QString set = QStringLiteral("customer_tiers");
    const QDate tomorrow = today.addDays(1);
    StoreError e;
    // Published for tomorrow: nothing moves today.
    BOOST_REQUIRE_MESSAGE(
        store().publish(
            admin->session(), set,
            changed(set, {{QStringLiteral("affluent_min_aum"), QStringLiteral("600000")}}),
            tomorrow, QStringLiteral("Head office tiering"), nullptr, &e),
        e.message);
    BOOST_TEST(tiers() == QStringLiteral("2,2,3"));
    // The stage run of a day on which it is in force applies it, once.
    StageRunResult run;
    BOOST_REQUIRE_MESSAGE(LifecycleStore(db(), QDateTime(tomorrow, QTime(9, 0)))
                              .run(admin->session(), std::nullopt, &run, &e),
                          e.message);
    BOOST_TEST(run.tiersChanged == 1);
    BOOST_TEST(tiers() == QStringLiteral("1,2,3"));
    BOOST_REQUIRE(LifecycleStore(db(), QDateTime(tomorrow, QTime(10, 0)))
                      .run(admin->session(), std::nullopt, &run, &e));
    BOOST_TEST(run.tiersChanged == 0);
    // Published for the day it is: the tiers move with the publication.
    BOOST_REQUIRE_MESSAGE(
        RuleStore(db(), tomorrow)
            .publish(admin->session(), set,
                     changed(set, {{QStringLiteral("private_min_aum"), QStringLiteral("5000000")}}),
                     tomorrow, QStringLiteral("Private banking from 5 million"), nullptr, &e),
        e.message);
    BOOST_TEST(tiers() == QStringLiteral("1,3,3"));
    BOOST_TEST(count(db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                          "'customer.tiers'")) == 2);
    BOOST_TEST(count(db(), QStringLiteral("SELECT version FROM rule_applications WHERE "
                                          "rule_set = 'customer_tiers'")) ==
               store().history(set).first().version);
}

BOOST_AUTO_TEST_SUITE_END()
