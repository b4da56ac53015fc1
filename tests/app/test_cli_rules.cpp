// rmdesk-cli rules as the built binary: the rules in force on a day, a new version published by
// the administrator (checked, dated, audited), a set's history, and the refusals with their codes.
#include "common/clifixture.h"

#include <QDate>

using namespace rmdesk;
using namespace rmdesk::test;

namespace {

struct RulesCli : CliFixture
{
    RulesCli() { init(); }
    Result run(const char* user, const QStringList& args)
    {
        return as(QString::fromLatin1(user), QByteArray(user) + "-password\n", args);
    }
    static QString valueIn(const QString& listJson, const QString& set, const QString& key)
    {
        for (const QJsonValue& v : QJsonDocument::fromJson(listJson.toUtf8()).array()) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("rule_set")).toString() == set &&
                o.value(QStringLiteral("key")).toString() == key)
                return o.value(QStringLiteral("value")).toString();
        }
        return {};
    }
};

const QString tomorrow = QDate::currentDate().addDays(1).toString(Qt::ISODate);

} // namespace

BOOST_FIXTURE_TEST_SUITE(cli_rules, RulesCli)

BOOST_AUTO_TEST_CASE(an_administrator_publishes_a_version)
{
    const QString set = QStringLiteral("review_cadence");
    Result r = run("root", {QStringLiteral("rules"), QStringLiteral("set"), set,
                            QStringLiteral("other_months=4"), QStringLiteral("--from"), tomorrow,
                            QStringLiteral("--reason"), QStringLiteral("Branch audit finding 12")});
    BOOST_REQUIRE_MESSAGE(r.code == 0, r.err);
    BOOST_TEST(r.json.value(QStringLiteral("version")).toInt() == 2);
    BOOST_TEST(r.json.value(QStringLiteral("effective_from")).toString() == tomorrow);
    // Today the shipped 6 months hold; from tomorrow 4, read by anyone.
    r = run("rm1", {QStringLiteral("rules"), QStringLiteral("list")});
    BOOST_REQUIRE_MESSAGE(r.code == 0, r.err);
    BOOST_TEST(valueIn(r.out, set, QStringLiteral("other_months")) == QStringLiteral("6"));
    r = run("rm1",
            {QStringLiteral("rules"), QStringLiteral("list"), QStringLiteral("--on"), tomorrow});
    BOOST_TEST(valueIn(r.out, set, QStringLiteral("other_months")) == QStringLiteral("4"));
    BOOST_TEST(valueIn(r.out, set, QStringLiteral("high_risk_months")) == QStringLiteral("3"));
    // The history names who, when and why.
    r = run("comp1", {QStringLiteral("rules"), QStringLiteral("history"), set});
    BOOST_REQUIRE_MESSAGE(r.code == 0, r.err);
    const QJsonArray versions = QJsonDocument::fromJson(r.out.toUtf8()).array();
    BOOST_REQUIRE(versions.size() == 2);
    const QJsonObject newest = versions.first().toObject();
    BOOST_TEST(newest.value(QStringLiteral("changed_by")).toString() == QStringLiteral("root"));
    BOOST_TEST(newest.value(QStringLiteral("reason")).toString() ==
               QStringLiteral("Branch audit finding 12"));
    BOOST_TEST(newest.value(QStringLiteral("values"))
                   .toObject()
                   .value(QStringLiteral("other_months"))
                   .toString() == QStringLiteral("4"));
    // And the audit trail has it.
    r = run("comp1", {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--action"),
                      QStringLiteral("rules.publish")});
    BOOST_REQUIRE_MESSAGE(r.code == 0, r.err);
    BOOST_TEST(r.out.contains(QStringLiteral("Branch audit finding 12")), r.out);
}

BOOST_AUTO_TEST_CASE(refusals_have_their_exit_codes)
{
    const QStringList looser = {
        QStringLiteral("rules"),           QStringLiteral("set"),
        QStringLiteral("complaint_clock"), QStringLiteral("decision_days=20"),
        QStringLiteral("--from"),          tomorrow,
        QStringLiteral("--reason"),        QStringLiteral("Faster is not allowed")};
    // Only an administrator publishes.
    Result r = run("sup1", looser);
    BOOST_TEST(r.code == 5);
    // Looser than the regulation: the answer is no, with the rule named.
    r = run("root", looser);
    BOOST_TEST(r.code == 1);
    BOOST_TEST(r.err.startsWith(QStringLiteral("rmdesk-cli: ")), r.err);
    BOOST_TEST(r.err.contains(QStringLiteral("decision_days")), r.err);
    // Usage: no reason, no date, not KEY=VALUE.
    BOOST_TEST(run("root", {QStringLiteral("rules"), QStringLiteral("set"),
                            QStringLiteral("complaint_clock"), QStringLiteral("decision_days=10"),
                            QStringLiteral("--from"), tomorrow})
                   .code == 2);
    BOOST_TEST(run("root", {QStringLiteral("rules"), QStringLiteral("set"),
                            QStringLiteral("complaint_clock"), QStringLiteral("decision_days"),
                            QStringLiteral("--from"), tomorrow, QStringLiteral("--reason"),
                            QStringLiteral("Head office")})
                   .code == 2);
    BOOST_TEST(run("root", {QStringLiteral("rules"), QStringLiteral("history")}).code == 2);
    // No such set.
    r = run("root",
            {QStringLiteral("rules"), QStringLiteral("history"), QStringLiteral("interest_rates")});
    BOOST_TEST(r.code == 1);
    // Nothing was published by any of these.
    r = run("root", {QStringLiteral("rules"), QStringLiteral("history"),
                     QStringLiteral("complaint_clock")});
    BOOST_TEST(QJsonDocument::fromJson(r.out.toUtf8()).array().size() == 1);
}

BOOST_AUTO_TEST_SUITE_END()
