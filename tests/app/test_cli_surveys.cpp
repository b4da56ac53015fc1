// rmdesk-cli's survey commands as the built binary: the template list's JSON shape, recording
// with its callback, list and show, the stats JSON with hand-worked values, the CSV import with
// its report, and the exit codes.
#include "common/clifixture.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>

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

struct SurveyCli : CliFixture
{
    SurveyCli()
    {
        init(); // rm1 and sup1 in BJ01, comp1
        const Result r = run("rm1", {QStringLiteral("customer"), QStringLiteral("add"),
                                     QStringLiteral("--type"), QStringLiteral("individual"),
                                     QStringLiteral("--name"), QStringLiteral("张伟")});
        BOOST_REQUIRE_MESSAGE(r.code == 0, r.err);
        customer = QString::number(r.json.value(QStringLiteral("id")).toInteger());
    }
    Result run(const char* user, const QStringList& args)
    {
        return as(QString::fromLatin1(user), pw(user), args);
    }
    Result survey(const char* user, const QStringList& args)
    {
        return run(user, QStringList{QStringLiteral("survey")} + args);
    }
    Result record(const char* user, const QString& answers, const QStringList& extra = {})
    {
        return survey(user,
                      QStringList{QStringLiteral("record"), QStringLiteral("--customer"), customer,
                                  QStringLiteral("--template"), QStringLiteral("annual-review"),
                                  QStringLiteral("--answers"), answers} +
                          extra);
    }
    QString write(const char* name, const QByteArray& bytes)
    {
        const QString path = folder.file(QString::fromLatin1(name));
        QFile f(path);
        BOOST_REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    }
    QString customer;
};

} // namespace

BOOST_FIXTURE_TEST_SUITE(cli_surveys, SurveyCli)

BOOST_AUTO_TEST_CASE(template_list_has_the_promised_shape)
{
    const Result r = survey("rm1", {QStringLiteral("template"), QStringLiteral("list")});
    BOOST_REQUIRE_MESSAGE(r.code == 0, r.err);
    const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
    BOOST_REQUIRE(list.size() == 3);
    QJsonObject annual;
    for (const QJsonValue& t : list) {
        const QJsonObject o = t.toObject();
        BOOST_TEST(o.value(QStringLiteral("version")).toInt() == 1);
        for (const QJsonValue& q : o.value(QStringLiteral("questions")).toArray())
            for (const char* key : {"key", "type", "min", "max"})
                BOOST_TEST(q.toObject().contains(QLatin1String(key)), key);
        if (o.value(QStringLiteral("name")).toString() == QLatin1String("annual-review"))
            annual = o;
    }
    const QJsonArray questions = annual.value(QStringLiteral("questions")).toArray();
    BOOST_REQUIRE(questions.size() == 5);
    auto scale = [&](int i) {
        const QJsonObject q = questions[i].toObject();
        return QStringLiteral("%1:%2:%3-%4")
            .arg(q.value(QStringLiteral("key")).toString(),
                 q.value(QStringLiteral("type")).toString())
            .arg(q.value(QStringLiteral("min")).toInt())
            .arg(q.value(QStringLiteral("max")).toInt());
    };
    BOOST_TEST(scale(0) == QStringLiteral("nps:nps:0-10"));
    BOOST_TEST(scale(1) == QStringLiteral("csat:csat:1-5"));
    BOOST_TEST(scale(2) == QStringLiteral("ces:ces:1-7"));
    BOOST_TEST(questions[3].toObject().value(QStringLiteral("min")).isNull());
    BOOST_TEST(questions[3].toObject().value(QStringLiteral("options")).toArray().size() == 6);
    const Result all = survey(
        "comp1", {QStringLiteral("template"), QStringLiteral("list"), QStringLiteral("--all")});
    BOOST_TEST(QJsonDocument::fromJson(all.out.toUtf8()).array().size() == 3);
}

BOOST_AUTO_TEST_CASE(record_list_show_and_stats)
{
    const Result happy = record("rm1", QStringLiteral("nps=9,csat=5,ces=2,reason=advice"),
                                {QStringLiteral("--at"), day(-1)});
    BOOST_REQUIRE_MESSAGE(happy.code == 0, happy.err);
    const qint64 id = happy.json.value(QStringLiteral("id")).toInteger();
    BOOST_TEST(id > 0);
    BOOST_TEST(happy.json.value(QStringLiteral("follow_up_task")).isNull());
    // A detractor with a low CSAT: a callback for the RM, two days after the answer.
    const Result unhappy = record(
        "rm1", QStringLiteral("nps=3,csat=2,ces=6"),
        {QStringLiteral("--channel"), QStringLiteral("visit"), QStringLiteral("--at"), day(0)});
    BOOST_REQUIRE_MESSAGE(unhappy.code == 0, unhappy.err);
    BOOST_TEST(unhappy.json.value(QStringLiteral("follow_up_task")).toInteger() > 0);
    BOOST_TEST(unhappy.json.value(QStringLiteral("follow_up_on")).toString() == day(2));
    BOOST_TEST(unhappy.json.value(QStringLiteral("follow_up_assignee")).toString() ==
               QStringLiteral("rm1"));
    // Without --json the new id is printed.
    const Result plain =
        cli({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("rm1"),
             QStringLiteral("--password-stdin"), QStringLiteral("survey"), QStringLiteral("record"),
             QStringLiteral("--customer"), customer, QStringLiteral("--template"),
             QStringLiteral("post-onboarding"), QStringLiteral("--answers"),
             QStringLiteral("csat=4,ces=3,helped=app;speed")},
            pw("rm1"));
    BOOST_REQUIRE_MESSAGE(plain.code == 0, plain.err);
    const qint64 third = plain.out.trimmed().toLongLong();
    BOOST_TEST(third == id + 2);

    const Result list =
        survey("rm1", {QStringLiteral("list"), QStringLiteral("--customer"), customer});
    BOOST_REQUIRE_MESSAGE(list.code == 0, list.err);
    BOOST_TEST(list.json.value(QStringLiteral("total")).toInt() == 3);
    const Result show = survey("sup1", {QStringLiteral("show"), QString::number(id)});
    BOOST_REQUIRE_MESSAGE(show.code == 0, show.err);
    BOOST_TEST(show.json.value(QStringLiteral("customer_name")).toString() ==
               QStringLiteral("张*"));
    BOOST_TEST(show.json.value(QStringLiteral("nps")).toInt() == 9);
    BOOST_TEST(show.json.value(QStringLiteral("answers"))
                   .toObject()
                   .value(QStringLiteral("reason"))
                   .toString() == QStringLiteral("advice"));
    BOOST_TEST(show.json.value(QStringLiteral("rm")).toString() == QStringLiteral("rm1"));

    // NPS 9 and 3: (1 - 1) / 2 = 0. CSAT 5, 2, 4: 2 of 3 satisfied. CES (2 + 6 + 3) / 3.
    const Result stats = survey("comp1", {QStringLiteral("stats")});
    BOOST_REQUIRE_MESSAGE(stats.code == 0, stats.err);
    BOOST_TEST(stats.json.value(QStringLiteral("responses")).toInt() == 3);
    BOOST_TEST(stats.json.value(QStringLiteral("nps")).toDouble() == 0.0);
    BOOST_TEST(stats.json.value(QStringLiteral("csat")).toDouble() == 200.0 / 3.0,
               boost::test_tools::tolerance(1e-9));
    BOOST_TEST(stats.json.value(QStringLiteral("ces")).toDouble() == 11.0 / 3.0,
               boost::test_tools::tolerance(1e-9));
    BOOST_TEST(!stats.json.value(QStringLiteral("reliable")).toBool());
    BOOST_TEST(!stats.json.value(QStringLiteral("caution")).toString().isEmpty());
    // Grouped by RM for the supervisor; the annual reviews only.
    const Result byRm =
        survey("sup1", {QStringLiteral("stats"), QStringLiteral("--by"), QStringLiteral("rm"),
                        QStringLiteral("--template"), QStringLiteral("annual-review")});
    BOOST_REQUIRE_MESSAGE(byRm.code == 0, byRm.err);
    BOOST_TEST(byRm.json.value(QStringLiteral("responses")).toInt() == 2);
    BOOST_TEST(byRm.json.value(QStringLiteral("csat")).toDouble() == 50.0);
    const QJsonArray groups = byRm.json.value(QStringLiteral("groups")).toArray();
    BOOST_REQUIRE(groups.size() == 1);
    BOOST_TEST(groups[0].toObject().value(QStringLiteral("group")).toString() ==
               QStringLiteral("rm1"));
    BOOST_TEST(groups[0].toObject().value(QStringLiteral("responses")).toInt() == 2);
    // Nothing in the period: null scores.
    const Result empty = survey("rm1", {QStringLiteral("stats"), QStringLiteral("--from"), day(1)});
    BOOST_REQUIRE_MESSAGE(empty.code == 0, empty.err);
    BOOST_TEST(empty.json.value(QStringLiteral("responses")).toInt() == 0);
    for (const char* key : {"nps", "csat", "ces"})
        BOOST_TEST(empty.json.value(QLatin1String(key)).isNull(), key);
}

BOOST_AUTO_TEST_CASE(bad_input_and_refusals_have_their_exit_codes)
{
    const QString good = QStringLiteral("nps=9,csat=5,ces=2");
    // Usage (2).
    BOOST_TEST(survey("rm1", {}).code == 2);
    BOOST_TEST(survey("rm1", {QStringLiteral("frobnicate")}).code == 2);
    BOOST_TEST(record("rm1", QStringLiteral("nps")).code == 2);
    BOOST_TEST(record("rm1", good, {QStringLiteral("--at"), QStringLiteral("2026/11/20")}).code ==
               2);
    BOOST_TEST(survey("rm1", {QStringLiteral("record"), QStringLiteral("--customer"), customer,
                              QStringLiteral("--answers"), good})
                   .code == 2);
    BOOST_TEST(
        survey("rm1", {QStringLiteral("stats"), QStringLiteral("--by"), QStringLiteral("weather")})
            .code == 2);
    BOOST_TEST(survey("rm1", {QStringLiteral("show"), QStringLiteral("x")}).code == 2);
    // Rejected (1): one line per bad answer; future dates; unknown template; not found.
    const Result bad = record("rm1", QStringLiteral("nps=11,csat=4"));
    BOOST_TEST(bad.code == 1);
    BOOST_TEST(bad.err.count(QStringLiteral("rmdesk-cli: ")) == 2);
    BOOST_TEST(bad.err.contains(QStringLiteral("nps")));
    BOOST_TEST(record("rm1", good, {QStringLiteral("--at"), day(1)}).code == 1);
    BOOST_TEST(survey("rm1", {QStringLiteral("record"), QStringLiteral("--customer"), customer,
                              QStringLiteral("--template"), QStringLiteral("weekly"),
                              QStringLiteral("--answers"), good})
                   .code == 1);
    BOOST_TEST(survey("rm1", {QStringLiteral("show"), QStringLiteral("999")}).code == 1);
    BOOST_TEST(survey("rm1", {QStringLiteral("import"), QStringLiteral("missing.csv")}).code == 1);
    // Not permitted (5).
    BOOST_TEST(record("comp1", good).code == 5);
    BOOST_TEST(as(QStringLiteral("root"), "root-password\n",
                  {QStringLiteral("survey"), QStringLiteral("stats")})
                   .code == 5);
    // Nothing was recorded.
    const Result list =
        survey("rm1", {QStringLiteral("list"), QStringLiteral("--customer"), customer});
    BOOST_TEST(list.json.value(QStringLiteral("total")).toInt() == 0);
}

BOOST_AUTO_TEST_CASE(import_with_a_report)
{
    const QString csv =
        write("answers.csv",
              (QString(QChar(0xFEFF)) +
               QStringLiteral("customer_id,template,answered_on,channel,nps,csat,ces,comment\r\n"
                              "%1,annual-review,%2,phone,10,5,1,\"好, 很好\"\r\n"
                              "%1,annual-review,%2,phone,12,5,1,\r\n"))
                  .arg(customer, day(-3))
                  .toUtf8());
    const QString report = folder.file(QStringLiteral("rejected.csv"));
    auto reportText = [&]() {
        QFile f(report);
        BOOST_REQUIRE(f.open(QIODevice::ReadOnly));
        return QString::fromUtf8(f.readAll());
    };
    // All or nothing by default: exit 1, nothing imported, the report says why.
    const Result strict =
        survey("rm1", {QStringLiteral("import"), csv, QStringLiteral("--report"), report});
    BOOST_TEST(strict.code == 1);
    BOOST_TEST(strict.json.value(QStringLiteral("imported")).toInt() == 0);
    BOOST_TEST(strict.json.value(QStringLiteral("rejected")).toInt() == 1);
    BOOST_TEST(reportText().startsWith(QStringLiteral("line,column,reason\n3,nps,")));
    BOOST_TEST((QFileInfo(report).permissions() & QFile::ReadOther) == 0);
    BOOST_TEST((QFileInfo(report).permissions() & QFile::ReadGroup) == 0);
    const Result dry = survey("rm1", {QStringLiteral("import"), csv, QStringLiteral("--dry-run"),
                                      QStringLiteral("--skip-bad-rows")});
    BOOST_TEST(dry.code == 0);
    BOOST_TEST(dry.json.value(QStringLiteral("imported")).toInt() == 0);
    BOOST_TEST(dry.json.value(QStringLiteral("dry_run")).toBool());
    const Result lenient =
        survey("rm1", {QStringLiteral("import"), csv, QStringLiteral("--skip-bad-rows")});
    BOOST_REQUIRE_MESSAGE(lenient.code == 0, lenient.err);
    BOOST_TEST(lenient.json.value(QStringLiteral("rows")).toInt() == 2);
    BOOST_TEST(lenient.json.value(QStringLiteral("imported")).toInt() == 1);
    const QJsonObject error =
        lenient.json.value(QStringLiteral("errors")).toArray().first().toObject();
    BOOST_TEST(error.value(QStringLiteral("line")).toInt() == 3);
    BOOST_TEST(error.value(QStringLiteral("column")).toString() == QStringLiteral("nps"));
    const Result stats = survey("rm1", {QStringLiteral("stats")});
    BOOST_TEST(stats.json.value(QStringLiteral("responses")).toInt() == 1);
    BOOST_TEST(stats.json.value(QStringLiteral("nps")).toDouble() == 100.0);
}

BOOST_AUTO_TEST_SUITE_END()
