// rmdesk-cli's service commands as the built binary: interactions with products and follow-ups,
// the task list, snooze, reassign and done, and the service metrics, with their JSON shapes and
// exit codes.
#include "common/clifixture.h"
#include "common/vaultfixture.h"

#include <QDate>
#include <QSqlQuery>

using namespace rmdesk;
using namespace rmdesk::test;

namespace {

QByteArray pw(const char* user)
{
    return QByteArray(user) + "-password\n";
}

QString day(int offset)
{
    return QDate::currentDate().addDays(offset).toString(Qt::ISODate);
}

struct ServiceCli : CliFixture
{
    ServiceCli()
    {
        init(); // rm1 and sup1 in BJ01, comp1
        const Result r = run("rm1", {QStringLiteral("customer"), QStringLiteral("add"),
                                     QStringLiteral("--type"), QStringLiteral("individual"),
                                     QStringLiteral("--name"), QStringLiteral("张伟")});
        BOOST_REQUIRE_MESSAGE(r.code == 0, r.err);
        customer = QString::number(r.json.value(QStringLiteral("id")).toInteger());
        // Products come with the holdings import; here they are written directly.
        StoreError error;
        auto root = Vault::login(db, QStringLiteral("root"), secret("root-password"), &error);
        BOOST_REQUIRE_MESSAGE(root, error.message);
        QSqlQuery q(root->database().connection());
        BOOST_REQUIRE(q.exec(QStringLiteral("INSERT INTO products (code, name, type, risk_level) "
                                            "VALUES ('P1', '稳健理财1号', 'wealth', 'R2'), "
                                            "('P2', '定期存款', 'deposit', 'R1')")));
        // Assessed C3: advice on R1–R3 suits the customer.
        BOOST_REQUIRE(q.exec(QStringLiteral("UPDATE customers SET risk_level = 'C3', "
                                            "risk_expires_on = '2099-12-31'")));
        root->logout();
    }
    Result run(const char* user, const QStringList& args)
    {
        return as(QString::fromLatin1(user), pw(user), args);
    }
    Result interaction(const char* user, const QStringList& extra)
    {
        return run(user, QStringList{QStringLiteral("interaction"), QStringLiteral("add"),
                                     QStringLiteral("--customer"), customer} +
                             extra);
    }
    QJsonArray tasks(const char* user, const QStringList& extra = {})
    {
        const Result r =
            run(user, QStringList{QStringLiteral("task"), QStringLiteral("list")} + extra);
        BOOST_REQUIRE_MESSAGE(r.code == 0, r.err);
        return r.json.value(QStringLiteral("tasks")).toArray();
    }
    QString customer;
};

const QStringList call = {QStringLiteral("--channel"), QStringLiteral("phone"),
                          QStringLiteral("--purpose"), QStringLiteral("product_advice"),
                          QStringLiteral("--summary"), QStringLiteral("客户询问理财到期转存")};

} // namespace

BOOST_FIXTURE_TEST_SUITE(cli_service, ServiceCli)

BOOST_AUTO_TEST_CASE(an_interaction_with_products_makes_a_follow_up_task)
{
    const Result add = interaction(
        "rm1", call + QStringList{QStringLiteral("--outcome"), QStringLiteral("pending"),
                                  QStringLiteral("--products"), QStringLiteral("P2,P1"),
                                  QStringLiteral("--follow-up"), day(3), QStringLiteral("--at"),
                                  day(0) + QStringLiteral("T00:00")});
    BOOST_REQUIRE_MESSAGE(add.code == 0, add.err);
    const qint64 id = add.json.value(QStringLiteral("id")).toInteger();
    BOOST_TEST(add.json.value(QStringLiteral("matter")).toInteger() == id);
    const qint64 task = add.json.value(QStringLiteral("follow_up_task")).toInteger();
    BOOST_TEST(task > 0);
    BOOST_TEST(add.json.value(QStringLiteral("follow_up_on")).toString() == day(3));
    BOOST_TEST(add.json.value(QStringLiteral("follow_up_assignee")).toString() ==
               QStringLiteral("rm1"));
    BOOST_TEST(add.json.value(QStringLiteral("completed_tasks")).toArray().isEmpty());
    // Product advice, and no consent to marketing contact on file: recorded, with a notice.
    BOOST_TEST(add.json.value(QStringLiteral("notice"))
                   .toString()
                   .contains(QStringLiteral("no consent to marketing contact")));
    BOOST_TEST(add.err.contains(QStringLiteral("no consent to marketing contact")), add.err);

    const Result list = run("rm1", {QStringLiteral("interaction"), QStringLiteral("list"),
                                    QStringLiteral("--customer"), customer});
    BOOST_REQUIRE_MESSAGE(list.code == 0, list.err);
    BOOST_TEST(list.json.value(QStringLiteral("total")).toInt() == 1);
    const QJsonObject i =
        list.json.value(QStringLiteral("interactions")).toArray().first().toObject();
    for (const char* key : {"id", "customer", "matter", "at", "user", "channel", "purpose",
                            "summary", "outcome", "products", "next_follow_up", "follow_up_task"})
        BOOST_TEST_CONTEXT(key)
        {
            BOOST_TEST(i.contains(QLatin1String(key)));
        }
    BOOST_TEST(i.value(QStringLiteral("products")).toArray() ==
               (QJsonArray{QStringLiteral("P1"), QStringLiteral("P2")}));
    BOOST_TEST(i.value(QStringLiteral("summary")).toString() ==
               QStringLiteral("客户询问理财到期转存"));
    BOOST_TEST(i.value(QStringLiteral("at")).toString().endsWith(QLatin1Char('Z')));

    // The task list: the follow-up, by the day it shows, with what it is about.
    const QJsonArray items = tasks("rm1");
    BOOST_REQUIRE(items.size() == 1);
    const QJsonObject t = items.first().toObject();
    BOOST_TEST(t.value(QStringLiteral("id")).toInteger() == task);
    BOOST_TEST(t.value(QStringLiteral("kind")).toString() == QStringLiteral("follow_up"));
    BOOST_TEST(t.value(QStringLiteral("state")).toString() == QStringLiteral("upcoming"));
    BOOST_TEST(t.value(QStringLiteral("customer_name")).toString() == QStringLiteral("张*"));
    BOOST_TEST(t.value(QStringLiteral("due_on")).toString() == day(3));
    BOOST_TEST(!t.value(QStringLiteral("overdue")).toBool());
    BOOST_TEST(!t.value(QStringLiteral("title")).toString().isEmpty());
    BOOST_TEST(tasks("rm1", {QStringLiteral("--overdue")}).isEmpty());
    BOOST_TEST(tasks("rm1", {QStringLiteral("--due-within"), QStringLiteral("2")}).isEmpty());
    BOOST_TEST(tasks("rm1", {QStringLiteral("--due-within"), QStringLiteral("3")}).size() == 1);
    // People read a line per task.
    const Result text =
        cli({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("rm1"),
             QStringLiteral("--password-stdin"), QStringLiteral("--lang"), QStringLiteral("en"),
             QStringLiteral("task"), QStringLiteral("list")},
            pw("rm1"));
    BOOST_TEST(text.code == 0);
    BOOST_TEST(text.out.startsWith(QString::number(task) + QLatin1Char('\t')));
    BOOST_TEST(text.out.contains(day(3)));
}

BOOST_AUTO_TEST_CASE(bad_input_and_refusals_have_their_exit_codes)
{
    // Usage errors (2): no summary, no customer, malformed dates and numbers.
    BOOST_TEST(interaction("rm1", {QStringLiteral("--channel"), QStringLiteral("phone"),
                                   QStringLiteral("--purpose"), QStringLiteral("other")})
                   .code == 2);
    BOOST_TEST(run("rm1", {QStringLiteral("interaction"), QStringLiteral("list")}).code == 2);
    BOOST_TEST(interaction(
                   "rm1", call + QStringList{QStringLiteral("--follow-up"), QStringLiteral("soon")})
                   .code == 2);
    BOOST_TEST(
        interaction("rm1", call + QStringList{QStringLiteral("--at"), QStringLiteral("x")}).code ==
        2);
    BOOST_TEST(
        run("rm1", {QStringLiteral("task"), QStringLiteral("done"), QStringLiteral("abc")}).code ==
        2);
    BOOST_TEST(run("rm1", {QStringLiteral("task"), QStringLiteral("frobnicate")}).code == 2);
    // Rejected input (1), one line per field.
    const Result bad = interaction(
        "rm1", {QStringLiteral("--channel"), QStringLiteral("fax"), QStringLiteral("--purpose"),
                QStringLiteral("product_advice"), QStringLiteral("--summary"),
                QStringLiteral("传真"), QStringLiteral("--products"), QStringLiteral("P9")});
    BOOST_TEST(bad.code == 1);
    BOOST_TEST(bad.err.count(QStringLiteral("rmdesk-cli: ")) == 2);
    BOOST_TEST(bad.err.contains(QStringLiteral("P9")));
    BOOST_TEST(
        interaction("rm1", call + QStringList{QStringLiteral("--follow-up"), day(-1)}).code == 1);
    BOOST_TEST(
        run("rm1", {QStringLiteral("task"), QStringLiteral("done"), QStringLiteral("999")}).code ==
        1);
    // Not permitted (5): compliance and the administrator record nothing.
    BOOST_TEST(interaction("comp1", call).code == 5);
    BOOST_TEST(as(QStringLiteral("root"), "root-password\n",
                  {QStringLiteral("task"), QStringLiteral("list")})
                   .code == 5);
    // Nothing was recorded by any of it.
    const Result list = run("rm1", {QStringLiteral("interaction"), QStringLiteral("list"),
                                    QStringLiteral("--customer"), customer});
    BOOST_TEST(list.json.value(QStringLiteral("total")).toInt() == 0);
}

BOOST_AUTO_TEST_CASE(advice_above_the_risk_level_says_how_it_was_handled)
{
    {
        StoreError error;
        auto root = Vault::login(db, QStringLiteral("root"), secret("root-password"), &error);
        BOOST_REQUIRE_MESSAGE(root, error.message);
        QSqlQuery q(root->database().connection());
        BOOST_REQUIRE(q.exec(QStringLiteral("INSERT INTO products (code, name, type, risk_level) "
                                            "VALUES ('P4', '权益基金', 'fund', 'R4')")));
        root->logout();
    }
    // The customer is C3: an R4 fund without saying how it was handled is refused.
    const QStringList advice =
        call + QStringList{QStringLiteral("--products"), QStringLiteral("P4")};
    Result r = interaction("rm1", advice);
    BOOST_TEST(r.code == 1);
    BOOST_TEST(r.err.contains(QStringLiteral("P4 (R4)")), r.err);
    BOOST_TEST(interaction("rm1", advice + QStringList{QStringLiteral("--suitability"),
                                                       QStringLiteral("forced")})
                   .code == 2);
    r = interaction(
        "rm1", advice + QStringList{QStringLiteral("--suitability"), QStringLiteral("insisted")});
    BOOST_REQUIRE_MESSAGE(r.code == 0, r.err);
    const Result list = run("rm1", {QStringLiteral("interaction"), QStringLiteral("list"),
                                    QStringLiteral("--customer"), customer});
    BOOST_REQUIRE_MESSAGE(list.code == 0, list.err);
    const QJsonObject newest =
        list.json.value(QStringLiteral("interactions")).toArray().first().toObject();
    BOOST_TEST(newest.value(QStringLiteral("suitability")).toString() ==
               QStringLiteral("above_level"));
    BOOST_TEST(newest.value(QStringLiteral("suitability_handling")).toString() ==
               QStringLiteral("insisted"));
}

BOOST_AUTO_TEST_CASE(snooze_reassign_and_complete)
{
    const Result add = interaction(
        "rm1", call + QStringList{QStringLiteral("--outcome"), QStringLiteral("pending")});
    BOOST_REQUIRE_MESSAGE(add.code == 0, add.err);
    const QString task =
        QString::number(add.json.value(QStringLiteral("follow_up_task")).toInteger());
    BOOST_TEST(add.json.value(QStringLiteral("follow_up_on")).toString() == day(3)); // the standard

    auto taskCmd = [&](const char* user, const QStringList& args) {
        return run(user, QStringList{QStringLiteral("task")} + args);
    };
    BOOST_TEST(taskCmd("rm1", {QStringLiteral("snooze"), task, QStringLiteral("--reason"),
                               QStringLiteral("客户出差")})
                   .code == 2);
    BOOST_TEST(taskCmd("rm1", {QStringLiteral("snooze"), task, QStringLiteral("--until"), day(5),
                               QStringLiteral("--reason"), QStringLiteral("no")})
                   .code == 1);
    const Result snoozed =
        taskCmd("rm1", {QStringLiteral("snooze"), task, QStringLiteral("--until"), day(5),
                        QStringLiteral("--reason"), QStringLiteral("客户出差，下周回来")});
    BOOST_REQUIRE_MESSAGE(snoozed.code == 0, snoozed.err);
    BOOST_TEST(snoozed.json.value(QStringLiteral("snoozed_until")).toString() == day(5));
    const QJsonObject shown = tasks("rm1").first().toObject();
    BOOST_TEST(shown.value(QStringLiteral("snoozed_until")).toString() == day(5));
    BOOST_TEST(shown.value(QStringLiteral("due_on")).toString() == day(3));
    BOOST_TEST(shown.value(QStringLiteral("snooze_reason")).toString() ==
               QStringLiteral("客户出差，下周回来"));

    // Handed up to the supervisor: rm1 may no longer close it, sup1 may.
    BOOST_TEST(taskCmd("rm1", {QStringLiteral("reassign"), task}).code == 2);
    BOOST_TEST(taskCmd("rm1", {QStringLiteral("reassign"), task, QStringLiteral("--to"),
                               QStringLiteral("comp1")})
                   .code == 1);
    const Result moved = taskCmd(
        "rm1", {QStringLiteral("reassign"), task, QStringLiteral("--to"), QStringLiteral("sup1")});
    BOOST_REQUIRE_MESSAGE(moved.code == 0, moved.err);
    BOOST_TEST(moved.json.value(QStringLiteral("assignee")).toString() == QStringLiteral("sup1"));
    BOOST_TEST(tasks("rm1").isEmpty());
    BOOST_TEST(tasks("sup1").size() == 1);
    BOOST_TEST(taskCmd("rm1", {QStringLiteral("done"), task}).code == 5);
    const Result done = taskCmd("sup1", {QStringLiteral("done"), task});
    BOOST_REQUIRE_MESSAGE(done.code == 0, done.err);
    BOOST_TEST(done.json.value(QStringLiteral("status")).toString() == QStringLiteral("done"));
    BOOST_TEST(taskCmd("sup1", {QStringLiteral("done"), task}).code == 1);

    // A manual task; compliance reads every task but changes none.
    const Result manual = taskCmd("rm1", {QStringLiteral("add"), QStringLiteral("--title"),
                                          QStringLiteral("寄送对账单"), QStringLiteral("--due"),
                                          day(1), QStringLiteral("--customer"), customer});
    BOOST_REQUIRE_MESSAGE(manual.code == 0, manual.err);
    const QString manualId = QString::number(manual.json.value(QStringLiteral("id")).toInteger());
    BOOST_TEST(tasks("rm1").first().toObject().value(QStringLiteral("title")).toString() ==
               QStringLiteral("寄送对账单"));
    BOOST_TEST(tasks("comp1", {QStringLiteral("--all")}).size() == 1);
    BOOST_TEST(taskCmd("comp1", {QStringLiteral("done"), manualId}).code == 5);
    BOOST_TEST(taskCmd("rm1", {QStringLiteral("add"), QStringLiteral("--title"),
                               QStringLiteral("x"), QStringLiteral("--due"), day(-1)})
                   .code == 1);
}

BOOST_AUTO_TEST_CASE(service_stats_per_relationship_manager)
{
    // Two matters of rm1 today: one resolved at the first contact, one pending with a follow-up.
    BOOST_REQUIRE(interaction("rm1", call).code == 0);
    const Result pending = interaction(
        "rm1", call + QStringList{QStringLiteral("--outcome"), QStringLiteral("pending"),
                                  QStringLiteral("--follow-up"), day(0)});
    BOOST_REQUIRE(pending.code == 0);
    Result stats = run("rm1", {QStringLiteral("service"), QStringLiteral("stats")});
    BOOST_REQUIRE_MESSAGE(stats.code == 0, stats.err);
    for (const char* key :
         {"from", "to", "as_of", "follow_ups_due", "follow_ups_on_time", "on_time_follow_up_rate",
          "matters", "resolved_at_first_contact", "first_contact_resolution", "by_rm"})
        BOOST_TEST_CONTEXT(key)
        {
            BOOST_TEST(stats.json.contains(QLatin1String(key)));
        }
    BOOST_TEST(stats.json.value(QStringLiteral("to")).toString() == day(0));
    BOOST_TEST(stats.json.value(QStringLiteral("from")).toString() == day(-29));
    BOOST_TEST(stats.json.value(QStringLiteral("first_contact_resolution")).toDouble() == 0.5);
    // The follow-up due today is still open: not counted yet, so there is no rate.
    BOOST_TEST(stats.json.value(QStringLiteral("on_time_follow_up_rate")).isNull());
    BOOST_TEST(stats.json.value(QStringLiteral("by_rm")).toArray().size() == 1);

    // Done today: on time.
    const QString task =
        QString::number(pending.json.value(QStringLiteral("follow_up_task")).toInteger());
    BOOST_REQUIRE(run("rm1", {QStringLiteral("task"), QStringLiteral("done"), task}).code == 0);
    stats = run("sup1", {QStringLiteral("service"), QStringLiteral("stats"), QStringLiteral("--rm"),
                         QStringLiteral("rm1")});
    BOOST_REQUIRE_MESSAGE(stats.code == 0, stats.err);
    BOOST_TEST(stats.json.value(QStringLiteral("on_time_follow_up_rate")).toDouble() == 1.0);
    BOOST_TEST(stats.json.value(QStringLiteral("follow_ups_due")).toInt() == 1);
    const QJsonObject row = stats.json.value(QStringLiteral("by_rm")).toArray().first().toObject();
    BOOST_TEST(row.value(QStringLiteral("rm")).toString() == QStringLiteral("rm1"));
    BOOST_TEST(row.value(QStringLiteral("matters")).toInt() == 2);
    // The supervisor's branch: rm1 and sup1.
    stats = run("sup1", {QStringLiteral("service"), QStringLiteral("stats")});
    BOOST_TEST(stats.json.value(QStringLiteral("by_rm")).toArray().size() == 2);

    // An RM sees only their own; a bad period is refused; administrators see nothing.
    BOOST_TEST(run("rm1", {QStringLiteral("service"), QStringLiteral("stats"),
                           QStringLiteral("--rm"), QStringLiteral("sup1")})
                   .code == 5);
    BOOST_TEST(run("rm1", {QStringLiteral("service"), QStringLiteral("stats"),
                           QStringLiteral("--from"), day(0), QStringLiteral("--to"), day(-1)})
                   .code == 1);
    BOOST_TEST(run("rm1", {QStringLiteral("service"), QStringLiteral("stats"),
                           QStringLiteral("--from"), QStringLiteral("May")})
                   .code == 2);
    BOOST_TEST(as(QStringLiteral("root"), "root-password\n",
                  {QStringLiteral("service"), QStringLiteral("stats")})
                   .code == 5);
}

BOOST_AUTO_TEST_SUITE_END()
