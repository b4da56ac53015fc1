// rmdesk-cli's complaint commands as the built binary (CLI.md): exact due dates in JSON, the
// list filters, the state machine's refusals (exit 1) and role refusals (exit 5) that change
// nothing, and the feedback records. Dates that must be "recent" are relative to today.
#include "common/clifixture.h"

#include <QDate>

using namespace rmdesk;
using namespace rmdesk::test;

namespace {

QByteArray pw(const char* user)
{
    return QByteArray(user) + "-password\n";
}

QString iso(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

struct ComplaintCli : CliFixture
{
    ComplaintCli()
    {
        init(); // rm1 and sup1 in BJ01, comp1
        const Result r =
            as(QStringLiteral("rm1"), pw("rm1"),
               {QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--type"),
                QStringLiteral("individual"), QStringLiteral("--name"), QStringLiteral("张伟")});
        BOOST_REQUIRE_MESSAGE(r.code == 0, r.err);
        customer = QString::number(r.json.value(QStringLiteral("id")).toInteger());
    }
    Result run(const char* user, QStringList args)
    {
        args.prepend(QStringLiteral("complaint"));
        return as(QString::fromLatin1(user), pw(user), args);
    }
    QString open(const QString& received)
    {
        const Result r = run("rm1", {QStringLiteral("open"), QStringLiteral("--customer"), customer,
                                     QStringLiteral("--channel"), QStringLiteral("phone"),
                                     QStringLiteral("--category"), QStringLiteral("fees"),
                                     QStringLiteral("--received"), received,
                                     QStringLiteral("--summary"), QStringLiteral("年费被重复扣收"),
                                     QStringLiteral("--amount"), QStringLiteral("120.50")});
        BOOST_REQUIRE_MESSAGE(r.code == 0, r.err);
        return QString::number(r.json.value(QStringLiteral("id")).toInteger());
    }
    QJsonObject show(const QString& id)
    {
        const Result r = run("rm1", {QStringLiteral("show"), id});
        BOOST_REQUIRE_MESSAGE(r.code == 0, r.err);
        return r.json;
    }
    int audits(const char* action)
    {
        const Result r = as(QStringLiteral("comp1"), pw("comp1"),
                            {QStringLiteral("audit"), QStringLiteral("list"),
                             QStringLiteral("--action"), QString::fromLatin1(action)});
        BOOST_REQUIRE_MESSAGE(r.code == 0, r.err);
        return r.json.value(QStringLiteral("total")).toInt();
    }
    QString customer;
    const QDate today = QDate::currentDate();
};

} // namespace

BOOST_FIXTURE_TEST_SUITE(cli_complaints, ComplaintCli)

BOOST_AUTO_TEST_CASE(open_show_and_list_with_the_exact_due_date)
{
    // Received 2026-03-01: day 1 is 03-02, day 15 is 03-16.
    const QString old = open(QStringLiteral("2026-03-01T10:30"));
    const QJsonObject c = show(old);
    for (const char* key : {"id", "customer", "status", "received_at", "due_at", "paused_days",
                            "extensions", "decided_at", "overdue"})
        BOOST_TEST_CONTEXT(key)
        {
            BOOST_TEST(c.contains(QLatin1String(key)));
        }
    BOOST_TEST(c.value(QStringLiteral("due_at")).toString() == QStringLiteral("2026-03-16"));
    BOOST_TEST(c.value(QStringLiteral("received_at")).toString() ==
               QStringLiteral("2026-03-01T10:30"));
    BOOST_TEST(c.value(QStringLiteral("customer")).toInteger() == customer.toLongLong());
    BOOST_TEST(c.value(QStringLiteral("status")).toString() == QStringLiteral("received"));
    BOOST_TEST(c.value(QStringLiteral("paused_days")).toInt() == 0);
    BOOST_TEST(c.value(QStringLiteral("extensions")).toInt(-1) == 0);
    BOOST_TEST(c.value(QStringLiteral("extension_history")).toArray().isEmpty());
    BOOST_TEST(c.value(QStringLiteral("decided_at")).isNull());
    BOOST_TEST(c.value(QStringLiteral("amount_fen")).toInteger() == 12050);
    BOOST_TEST(c.value(QStringLiteral("overdue")).toBool() == (today > QDate(2026, 3, 16)));

    // Due in 2 days (received 13 days ago), due in 12 days, and the old one overdue.
    const QString soon = open(iso(today.addDays(-13)));
    const QString calm = open(iso(today.addDays(-3)));
    BOOST_TEST(show(soon).value(QStringLiteral("due_at")).toString() == iso(today.addDays(2)));
    BOOST_TEST(show(soon).value(QStringLiteral("deadline_state")).toString() ==
               QStringLiteral("due_soon"));
    Result list = run("rm1", {QStringLiteral("list")});
    BOOST_TEST(list.code == 0);
    BOOST_TEST(list.json.value(QStringLiteral("total")).toInt() == 3);
    const QJsonArray rows = list.json.value(QStringLiteral("results")).toArray();
    BOOST_REQUIRE(rows.size() == 3); // most urgent first
    BOOST_TEST(rows.at(0).toObject().value(QStringLiteral("id")).toInteger() == old.toLongLong());
    BOOST_TEST(rows.at(1).toObject().value(QStringLiteral("id")).toInteger() == soon.toLongLong());
    BOOST_TEST(rows.at(2).toObject().value(QStringLiteral("id")).toInteger() == calm.toLongLong());
    list = run("rm1", {QStringLiteral("list"), QStringLiteral("--overdue")});
    BOOST_TEST(list.json.value(QStringLiteral("total")).toInt() == 1);
    list =
        run("rm1", {QStringLiteral("list"), QStringLiteral("--due-within"), QStringLiteral("3")});
    BOOST_TEST(list.json.value(QStringLiteral("total")).toInt() == 1);
    BOOST_TEST(list.json.value(QStringLiteral("results"))
                   .toArray()
                   .at(0)
                   .toObject()
                   .value(QStringLiteral("id"))
                   .toInteger() == soon.toLongLong());
    // A supervisor of the branch sees the queue; compliance too; an administrator does not.
    BOOST_TEST(as(QStringLiteral("sup1"), pw("sup1"),
                  {QStringLiteral("complaint"), QStringLiteral("list")})
                   .json.value(QStringLiteral("total"))
                   .toInt() == 3);
    BOOST_TEST(as(QStringLiteral("root"), "root-password\n",
                  {QStringLiteral("complaint"), QStringLiteral("list")})
                   .code == 5);
    // Text output for people.
    const Result text =
        cli({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("rm1"),
             QStringLiteral("--password-stdin"), QStringLiteral("--lang"), QStringLiteral("en"),
             QStringLiteral("complaint"), QStringLiteral("show"), old},
            pw("rm1"));
    BOOST_TEST(text.code == 0);
    BOOST_TEST(text.out.contains(QStringLiteral("2026-03-16")));
}

BOOST_AUTO_TEST_CASE(extend_pause_resume_decide_close)
{
    const QDate received = today.addDays(-5);
    const QString id = open(iso(received));
    BOOST_TEST(show(id).value(QStringLiteral("due_at")).toString() == iso(received.addDays(15)));
    Result r =
        run("rm1", {QStringLiteral("extend"), id, QStringLiteral("--to"), QStringLiteral("30"),
                    QStringLiteral("--reason"), QStringLiteral("Waiting for the card scheme")});
    BOOST_REQUIRE_MESSAGE(r.code == 0, r.err);
    BOOST_TEST(r.json.value(QStringLiteral("due_at")).toString() == iso(received.addDays(30)));
    BOOST_TEST(r.json.value(QStringLiteral("extensions")).toInt() == 1);

    // An RM may not extend to 60: exit 5, and nothing changes.
    const QJsonObject before = show(id);
    r = run("rm1", {QStringLiteral("extend"), id, QStringLiteral("--to"), QStringLiteral("60"),
                    QStringLiteral("--reason"), QStringLiteral("Still waiting")});
    BOOST_TEST(r.code == 5);
    BOOST_TEST(r.err.startsWith(QStringLiteral("rmdesk-cli: ")));
    BOOST_TEST((show(id) == before));
    BOOST_TEST(audits("complaint.extend") == 1);
    r = as(QStringLiteral("sup1"), pw("sup1"),
           {QStringLiteral("complaint"), QStringLiteral("extend"), id, QStringLiteral("--to"),
            QStringLiteral("60"), QStringLiteral("--reason"), QStringLiteral("Still waiting"),
            QStringLiteral("--notice-channel"), QStringLiteral("letter")});
    BOOST_REQUIRE_MESSAGE(r.code == 0, r.err);
    BOOST_TEST(r.json.value(QStringLiteral("due_at")).toString() == iso(received.addDays(60)));
    BOOST_TEST(r.json.value(QStringLiteral("extensions")).toInt() == 2);
    const QJsonArray extensions = r.json.value(QStringLiteral("extension_history")).toArray();
    BOOST_TEST(extensions.at(1).toObject().value(QStringLiteral("approved_by")).toString() ==
               QStringLiteral("sup1"));
    BOOST_TEST(r.json.value(QStringLiteral("notices"))
                   .toArray()
                   .at(0)
                   .toObject()
                   .value(QStringLiteral("channel"))
                   .toString() == QStringLiteral("letter"));

    // Paused yesterday, resumed today: one day out.
    r = run("rm1", {QStringLiteral("pause"), id, QStringLiteral("--reason"),
                    QStringLiteral("Signature sent for appraisal"), QStringLiteral("--from"),
                    iso(today.addDays(-1))});
    BOOST_REQUIRE_MESSAGE(r.code == 0, r.err);
    BOOST_TEST(r.json.value(QStringLiteral("paused")).toBool());
    BOOST_TEST(r.json.value(QStringLiteral("deadline_state")).toString() ==
               QStringLiteral("paused"));
    // Deciding while paused is refused and changes nothing.
    const QJsonObject paused = show(id);
    r = run("rm1", {QStringLiteral("decide"), id, QStringLiteral("--decision"),
                    QStringLiteral("Refund"), QStringLiteral("--at"), iso(today)});
    BOOST_TEST(r.code == 1);
    BOOST_TEST((show(id) == paused));
    r = run("rm1", {QStringLiteral("resume"), id, QStringLiteral("--at"), iso(today)});
    BOOST_REQUIRE_MESSAGE(r.code == 0, r.err);
    BOOST_TEST(r.json.value(QStringLiteral("paused_days")).toInt() == 1);
    BOOST_TEST(r.json.value(QStringLiteral("due_at")).toString() == iso(received.addDays(61)));

    // Closing before a decision: exit 1, nothing changes.
    const QJsonObject open = show(id);
    BOOST_TEST(run("rm1", {QStringLiteral("close"), id}).code == 1);
    BOOST_TEST((show(id) == open));
    r = run("rm1", {QStringLiteral("accept"), id});
    BOOST_REQUIRE_MESSAGE(r.code == 0, r.err);
    r = run("rm1", {QStringLiteral("decide"), id, QStringLiteral("--decision"),
                    QStringLiteral("Refund the second fee"), QStringLiteral("--at"), iso(today)});
    BOOST_REQUIRE_MESSAGE(r.code == 0, r.err);
    BOOST_TEST(r.json.value(QStringLiteral("decided_at")).toString() == iso(today));
    BOOST_TEST(r.json.value(QStringLiteral("overdue")).toBool() == false);
    r = run("rm1", {QStringLiteral("close"), id});
    BOOST_REQUIRE_MESSAGE(r.code == 0, r.err);
    BOOST_TEST(r.json.value(QStringLiteral("status")).toString() == QStringLiteral("closed"));
    for (const char* action : {"complaint.open", "complaint.pause", "complaint.resume",
                               "complaint.accept", "complaint.decide", "complaint.close"})
        BOOST_TEST_CONTEXT(action)
        {
            BOOST_TEST(audits(action) == 1);
        }
    BOOST_TEST(audits("complaint.extend") == 2);
    BOOST_TEST(as(QStringLiteral("comp1"), pw("comp1"),
                  {QStringLiteral("audit"), QStringLiteral("verify")})
                   .code == 0);
}

BOOST_AUTO_TEST_CASE(usage_errors_refusals_and_not_found)
{
    const QString id = open(iso(today.addDays(-1)));
    BOOST_TEST(
        run("rm1", {QStringLiteral("extend"), id, QStringLiteral("--to"), QStringLiteral("30")})
            .code == 2); // no reason
    BOOST_TEST(run("rm1", {QStringLiteral("pause"), id, QStringLiteral("--reason"),
                           QStringLiteral("Appraisal"), QStringLiteral("--from"),
                           QStringLiteral("2026-02-30")})
                   .code == 2);
    BOOST_TEST(run("rm1", {QStringLiteral("fly"), id}).code == 2);
    BOOST_TEST(run("rm1", {QStringLiteral("show")}).code == 2);
    BOOST_TEST(run("rm1", {QStringLiteral("show"), id, QStringLiteral("--colour")}).code == 2);
    BOOST_TEST(
        run("rm1", {QStringLiteral("open"), QStringLiteral("--channel"), QStringLiteral("phone")})
            .code == 2);
    BOOST_TEST(run("rm1", {QStringLiteral("show"), QStringLiteral("999")}).code == 1);
    BOOST_TEST(
        run("rm1", {QStringLiteral("extend"), id, QStringLiteral("--to"), QStringLiteral("45"),
                    QStringLiteral("--reason"), QStringLiteral("Complex case")})
            .code == 1);
    // Compliance reads but does not handle complaints.
    BOOST_TEST(as(QStringLiteral("comp1"), pw("comp1"),
                  {QStringLiteral("complaint"), QStringLiteral("show"), id})
                   .code == 0);
    BOOST_TEST(as(QStringLiteral("comp1"), pw("comp1"),
                  {QStringLiteral("complaint"), QStringLiteral("accept"), id})
                   .code == 5);
    // Invalid intake: one line per problem, exit 1.
    const Result bad = run("rm1", {QStringLiteral("open"), QStringLiteral("--customer"), customer,
                                   QStringLiteral("--channel"), QStringLiteral("pigeon"),
                                   QStringLiteral("--category"), QStringLiteral("weather"),
                                   QStringLiteral("--received"), iso(today),
                                   QStringLiteral("--summary"), QStringLiteral("x")});
    BOOST_TEST(bad.code == 1);
    BOOST_TEST(bad.err.count(QStringLiteral("rmdesk-cli: ")) == 2);
    // Someone who is not a customer: masked in JSON.
    const Result walkIn = run(
        "rm1",
        {QStringLiteral("open"), QStringLiteral("--complainant"), QStringLiteral("王小明"),
         QStringLiteral("--contact"), QStringLiteral("13900001111"), QStringLiteral("--channel"),
         QStringLiteral("counter"), QStringLiteral("--category"), QStringLiteral("service_quality"),
         QStringLiteral("--received"), iso(today), QStringLiteral("--summary"),
         QStringLiteral("排队时间过长"), QStringLiteral("--group-size"), QStringLiteral("12"),
         QStringLiteral("--representatives"), QStringLiteral("王小明，李强")});
    BOOST_REQUIRE_MESSAGE(walkIn.code == 0, walkIn.err);
    BOOST_TEST(walkIn.json.value(QStringLiteral("customer")).isNull());
    const QJsonObject who = walkIn.json.value(QStringLiteral("complainant")).toObject();
    BOOST_TEST(who.value(QStringLiteral("contact")).toString() == QStringLiteral("139****1111"));
    BOOST_TEST(walkIn.json.value(QStringLiteral("group"))
                   .toObject()
                   .value(QStringLiteral("representatives"))
                   .toArray()
                   .size() == 2);
}

BOOST_AUTO_TEST_CASE(root_causes_actions_and_the_report)
{
    const QString id = open(iso(today.addDays(-2)));
    Result r = run("rm1", {QStringLiteral("cause"), id, QStringLiteral("--cause"),
                           QStringLiteral("disclosure")});
    BOOST_REQUIRE_MESSAGE(r.code == 0, r.err);
    BOOST_TEST(r.json.value(QStringLiteral("root_cause")).toString() ==
               QStringLiteral("disclosure"));
    r = run("rm1",
            {QStringLiteral("action"), QStringLiteral("add"), id, QStringLiteral("--description"),
             QStringLiteral("Rewrite the fee notice"), QStringLiteral("--owner"),
             QStringLiteral("sup1"), QStringLiteral("--due"), iso(today.addDays(30))});
    BOOST_REQUIRE_MESSAGE(r.code == 0, r.err);
    const QString action = QString::number(r.json.value(QStringLiteral("id")).toInteger());
    r = as(QStringLiteral("sup1"), pw("sup1"),
           {QStringLiteral("complaint"), QStringLiteral("action"), QStringLiteral("list")});
    BOOST_TEST(r.json.value(QStringLiteral("total")).toInt() == 1);
    r = as(QStringLiteral("sup1"), pw("sup1"),
           {QStringLiteral("complaint"), QStringLiteral("action"), QStringLiteral("done"), action,
            QStringLiteral("--note"), QStringLiteral("Printed")});
    BOOST_REQUIRE_MESSAGE(r.code == 0, r.err);
    r = run("rm1", {QStringLiteral("causes"), QStringLiteral("--by"), QStringLiteral("month")});
    BOOST_REQUIRE_MESSAGE(r.code == 0, r.err);
    const QJsonArray totals = r.json.value(QStringLiteral("totals")).toArray();
    BOOST_REQUIRE(totals.size() == 1);
    BOOST_TEST(totals.at(0).toObject().value(QStringLiteral("cause")).toString() ==
               QStringLiteral("disclosure"));
    BOOST_TEST(totals.at(0).toObject().value(QStringLiteral("count")).toInt() == 1);
    r = run("rm1", {QStringLiteral("choices"), QStringLiteral("channel")});
    BOOST_TEST(r.json.value(QStringLiteral("channel")).toArray().size() == 8);
    BOOST_TEST(run("rm1", {QStringLiteral("cause"), id, QStringLiteral("--cause"),
                           QStringLiteral("bad_luck")})
                   .code == 1);
}

BOOST_AUTO_TEST_SUITE_END()
