// rmdesk-cli's lifecycle stage and retention commands as the built binary: stage run (and again),
// stage set, stage history and retention stats, with their JSON shapes and exit codes.
// Customer A holds 1000, 1001, 1002, 1003 and 1200 fen in the five months up to the last complete
// one (L): in L it has been a customer for four months and its AUM grew 19.9 % on L - 3, so the
// rules make it "growing". Customer B holds nothing: a prospect.
#include "common/clifixture.h"
#include "common/vaultfixture.h"
#include "domain/retention.h"

#include <QDate>
#include <QSqlQuery>

using namespace rmdesk;
using namespace rmdesk::test;

namespace {

QByteArray pw(const char* user)
{
    return QByteArray(user) + "-password\n";
}

struct StageCli : CliFixture
{
    StageCli()
    {
        init(); // rm1 and sup1 in BJ01, comp1
        for (const char* name : {"张伟", "李娜"}) {
            const Result r = run("rm1", {QStringLiteral("customer"), QStringLiteral("add"),
                                         QStringLiteral("--type"), QStringLiteral("individual"),
                                         QStringLiteral("--name"), QString::fromUtf8(name)});
            BOOST_REQUIRE_MESSAGE(r.code == 0, r.err);
            ids << QString::number(r.json.value(QStringLiteral("id")).toInteger());
        }
        StoreError error;
        auto root = Vault::login(db, QStringLiteral("root"), secret("root-password"), &error);
        BOOST_REQUIRE_MESSAGE(root, error.message);
        QSqlQuery q(root->database().connection());
        BOOST_REQUIRE(q.exec(QStringLiteral("INSERT INTO products (code, name, type, risk_level) "
                                            "VALUES ('P1', '稳健理财1号', 'wealth', 'R2')")));
        const QList<qint64> totals = {1000, 1001, 1002, 1003, 1200};
        for (int i = 0; i < totals.size(); ++i) {
            q.prepare(QStringLiteral("INSERT INTO holdings (customer_id, product_code, month, "
                                     "balance_fen) VALUES (?, 'P1', ?, ?)"));
            q.addBindValue(ids[0].toLongLong());
            q.addBindValue(monthName(last - 4 + i));
            q.addBindValue(totals[i]);
            BOOST_REQUIRE(q.exec());
        }
        root->logout();
    }
    Result run(const char* user, const QStringList& args)
    {
        return as(QString::fromLatin1(user), pw(user), args);
    }
    Result stage(const char* user, const QStringList& args)
    {
        return run(user, QStringList{QStringLiteral("stage")} + args);
    }
    Result retention(const char* user, const QStringList& args)
    {
        return run(user, QStringList{QStringLiteral("retention"), QStringLiteral("stats")} + args);
    }
    Result runMonth(const QStringList& extra = {})
    {
        return as(QStringLiteral("root"), "root-password\n",
                  QStringList{QStringLiteral("stage"), QStringLiteral("run")} + extra);
    }

    const int last = monthIndex(QDate::currentDate()) - 1;
    QStringList ids;
};

} // namespace

BOOST_FIXTURE_TEST_SUITE(cli_stages, StageCli)

BOOST_AUTO_TEST_CASE(the_monthly_run_prints_counts_and_runs_again_without_change)
{
    const Result r = runMonth();
    BOOST_REQUIRE_MESSAGE(r.code == 0, r.err);
    BOOST_TEST(r.json.value(QStringLiteral("month")).toString() == monthName(last));
    BOOST_TEST(r.json.value(QStringLiteral("customers")).toInt() == 2);
    BOOST_TEST(r.json.value(QStringLiteral("changed")).toInt() == 1);
    BOOST_TEST(!r.json.value(QStringLiteral("repeated")).toBool());
    const QJsonObject counts = r.json.value(QStringLiteral("counts")).toObject();
    BOOST_TEST(counts.value(QStringLiteral("growing")).toInt() == 1);
    BOOST_TEST(counts.value(QStringLiteral("prospect")).toInt() == 1);
    BOOST_TEST(r.json.value(QStringLiteral("entered"))
                   .toObject()
                   .value(QStringLiteral("growing"))
                   .toInt() == 1);

    const Result again = runMonth({QStringLiteral("--month"), monthName(last)});
    BOOST_REQUIRE_MESSAGE(again.code == 0, again.err);
    BOOST_TEST(again.json.value(QStringLiteral("repeated")).toBool());
    BOOST_TEST(again.json.value(QStringLiteral("changed")).toInt() == 0);

    const Result show = run("rm1", {QStringLiteral("customer"), QStringLiteral("show"), ids[0]});
    BOOST_TEST(show.json.value(QStringLiteral("lifecycle_stage")).toString() ==
               QStringLiteral("growing"));
    // Refusals: a month not over, an earlier one, a malformed one, a role that may not.
    BOOST_TEST(runMonth({QStringLiteral("--month"), monthName(last + 1)}).code == 1);
    BOOST_TEST(runMonth({QStringLiteral("--month"), monthName(last - 1)}).code == 1);
    BOOST_TEST(runMonth({QStringLiteral("--month"), QStringLiteral("2026-13")}).code == 2);
    BOOST_TEST(stage("rm1", {QStringLiteral("run")}).code == 5);
    BOOST_TEST(stage("rm1", {QStringLiteral("walk")}).code == 2);
}

BOOST_AUTO_TEST_CASE(an_override_and_the_history)
{
    BOOST_REQUIRE(runMonth().code == 0);
    const Result set = stage("rm1", {QStringLiteral("set"), ids[0], QStringLiteral("--stage"),
                                     QStringLiteral("mature"), QStringLiteral("--reason"),
                                     QStringLiteral("客户已签署长期委托")});
    BOOST_REQUIRE_MESSAGE(set.code == 0, set.err);
    BOOST_TEST(set.json.value(QStringLiteral("from")).toString() == QStringLiteral("growing"));
    BOOST_TEST(set.json.value(QStringLiteral("to")).toString() == QStringLiteral("mature"));
    BOOST_TEST(set.json.value(QStringLiteral("source")).toString() == QStringLiteral("override"));
    BOOST_TEST(set.json.value(QStringLiteral("until")).toString() == monthName(last + 3));
    BOOST_TEST(set.json.value(QStringLiteral("effective_on")).toString() ==
               QDate::currentDate().toString(Qt::ISODate));

    // Refused: no reason (usage), a blank reason, no such stage, another role's customer.
    BOOST_TEST(stage("rm1", {QStringLiteral("set"), ids[0], QStringLiteral("--stage"),
                             QStringLiteral("mature")})
                   .code == 2);
    BOOST_TEST(
        stage("rm1", {QStringLiteral("set"), ids[0], QStringLiteral("--stage"),
                      QStringLiteral("growing"), QStringLiteral("--reason"), QStringLiteral(" ")})
            .code == 1);
    BOOST_TEST(stage("rm1", {QStringLiteral("set"), ids[0], QStringLiteral("--stage"),
                             QStringLiteral("vip"), QStringLiteral("--reason"),
                             QStringLiteral("大客户升级")})
                   .code == 1);
    BOOST_TEST(stage("comp1", {QStringLiteral("set"), ids[0], QStringLiteral("--stage"),
                               QStringLiteral("growing"), QStringLiteral("--reason"),
                               QStringLiteral("大客户升级")})
                   .code == 5);

    const Result history = stage("rm1", {QStringLiteral("history"), ids[0]});
    BOOST_REQUIRE_MESSAGE(history.code == 0, history.err);
    const QJsonArray list = QJsonDocument::fromJson(history.out.toUtf8()).array();
    BOOST_REQUIRE(list.size() == 2); // newest first: the override, then the rules
    const QJsonObject newest = list[0].toObject();
    for (const char* key : {"id", "customer", "month", "effective_on", "from", "to", "source",
                            "reason", "user", "recorded_at"})
        BOOST_TEST_CONTEXT(key)
        {
            BOOST_TEST(newest.contains(QLatin1String(key)));
        }
    BOOST_TEST(newest.value(QStringLiteral("reason")).toString() ==
               QStringLiteral("客户已签署长期委托"));
    BOOST_TEST(newest.value(QStringLiteral("user")).toString() == QStringLiteral("rm1"));
    const QJsonObject oldest = list[1].toObject();
    BOOST_TEST(oldest.value(QStringLiteral("source")).toString() == QStringLiteral("rules"));
    BOOST_TEST(oldest.value(QStringLiteral("month")).toString() == monthName(last));
    BOOST_TEST(oldest.value(QStringLiteral("reason")).isNull());
    BOOST_TEST(oldest.value(QStringLiteral("user")).toString() == QStringLiteral("root"));
    // B has none; the run again keeps the override.
    const Result none = stage("rm1", {QStringLiteral("history"), ids[1]});
    BOOST_TEST(none.code == 0);
    BOOST_TEST(QJsonDocument::fromJson(none.out.toUtf8()).array().isEmpty());
    const Result again = runMonth();
    BOOST_TEST(again.json.value(QStringLiteral("overridden")).toInt() == 1);
    BOOST_TEST(again.json.value(QStringLiteral("changed")).toInt() == 0);
}

BOOST_AUTO_TEST_CASE(retention_stats_per_month_group_and_cohort)
{
    const Result r =
        retention("comp1", {QStringLiteral("--from"), monthName(last - 4), QStringLiteral("--to"),
                            monthName(last), QStringLiteral("--by"), QStringLiteral("branch"),
                            QStringLiteral("--cohorts")});
    BOOST_REQUIRE_MESSAGE(r.code == 0, r.err);
    const QJsonArray months = r.json.value(QStringLiteral("months")).toArray();
    BOOST_REQUIRE(months.size() == 5);
    const QJsonObject first = months[0].toObject();
    BOOST_TEST(first.value(QStringLiteral("month")).toString() == monthName(last - 4));
    BOOST_TEST(first.value(QStringLiteral("active")).toInt() == 1);
    BOOST_TEST(first.value(QStringLiteral("new")).toInt() == 1);
    BOOST_TEST(first.value(QStringLiteral("net_new")).toInt() == 1);
    BOOST_TEST(first.value(QStringLiteral("churn_rate")).isNull()); // nobody the month before
    BOOST_TEST(first.value(QStringLiteral("retention_12")).isNull());
    BOOST_TEST(first.value(QStringLiteral("aum_retention_12")).isNull());
    const QJsonObject lastMonth = months[4].toObject();
    for (const char* key : {"month", "active", "new", "won_back", "churned", "net_new",
                            "churn_rate", "retention_12", "aum_retention_12"})
        BOOST_TEST_CONTEXT(key)
        {
            BOOST_TEST(lastMonth.contains(QLatin1String(key)));
        }
    BOOST_TEST(lastMonth.value(QStringLiteral("active")).toInt() == 1);
    BOOST_TEST(lastMonth.value(QStringLiteral("new")).toInt() == 0);
    BOOST_TEST(lastMonth.value(QStringLiteral("churn_rate")).toDouble() == 0.0);
    BOOST_TEST((r.json.value(QStringLiteral("groups")).toObject().keys() ==
                QStringList{QStringLiteral("BJ01")}));
    const QJsonArray cohorts = r.json.value(QStringLiteral("cohorts")).toArray();
    BOOST_REQUIRE(cohorts.size() == 1);
    BOOST_TEST(cohorts[0].toObject().value(QStringLiteral("cohort")).toString() ==
               monthName(last - 4));
    BOOST_TEST(cohorts[0].toObject().value(QStringLiteral("size")).toInt() == 1);
    BOOST_TEST(cohorts[0].toObject().value(QStringLiteral("retained")).toArray().size() == 5);

    // The default: the twelve months up to the last complete one.
    const Result defaults = retention("rm1", {});
    BOOST_REQUIRE_MESSAGE(defaults.code == 0, defaults.err);
    BOOST_TEST(defaults.json.value(QStringLiteral("to")).toString() == monthName(last));
    BOOST_TEST(defaults.json.value(QStringLiteral("months")).toArray().size() == 12);
    // --from alone runs to the last complete month.
    const Result recent = retention("comp1", {QStringLiteral("--from"), monthName(last - 2)});
    BOOST_REQUIRE_MESSAGE(recent.code == 0, recent.err);
    BOOST_TEST(recent.json.value(QStringLiteral("months")).toArray().size() == 3);
    BOOST_TEST(recent.json.value(QStringLiteral("to")).toString() == monthName(last));
    // Refusals.
    BOOST_TEST(as(QStringLiteral("root"), "root-password\n",
                  {QStringLiteral("retention"), QStringLiteral("stats")})
                   .code == 5);
    BOOST_TEST(retention("comp1", {QStringLiteral("--by"), QStringLiteral("city")}).code == 2);
    BOOST_TEST(retention("comp1", {QStringLiteral("--from"), QStringLiteral("2026/01")}).code == 2);
    BOOST_TEST(retention("sup1", {QStringLiteral("--branch"), QStringLiteral("SH01")}).code == 5);
}

BOOST_AUTO_TEST_SUITE_END()
