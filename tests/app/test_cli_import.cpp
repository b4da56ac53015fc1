// rmdesk-cli import customers as the built binary: the JSON summary with hand-worked counts, the
// report file, --dry-run, --all-or-nothing (exit 1, nothing written), --duplicates update,
// --encoding gb18030, and the exit codes for usage, a forbidden role and an unreadable file.
#include "common/clifixture.h"
#include "domain/idnumbers.h"

#include <QFile>
#include <QJsonArray>
#include <QStringEncoder>

using namespace rmdesk;
using namespace rmdesk::test;

namespace {

QByteArray pw(const char* user)
{
    return QByteArray(user) + "-password\n";
}

QString residentId(int seq)
{
    const QString first17 = QStringLiteral("110102198001%1").arg(10000 + seq); // 1980-01-1x…
    return first17 + IdNumbers::residentIdCheckChar(first17);
}

struct ImportCli : CliFixture
{
    ImportCli() { init(); } // rm1 and sup1 in BJ01, comp1
    Result import(const char* user, const QStringList& args)
    {
        return as(QString::fromLatin1(user), pw(user),
                  QStringList{QStringLiteral("import"), QStringLiteral("customers")} + args);
    }
    QString write(const char* name, const QByteArray& bytes)
    {
        const QString path = folder.file(QString::fromLatin1(name));
        QFile f(path);
        BOOST_REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    }
    int customers()
    {
        const Result r = as(QStringLiteral("sup1"), pw("sup1"),
                            {QStringLiteral("customer"), QStringLiteral("list")});
        BOOST_REQUIRE_MESSAGE(r.code == 0, r.err);
        return int(r.json.value(QStringLiteral("total"))
                       .toInteger(r.json.value(QStringLiteral("customers")).toArray().size()));
    }
};

// Three valid rows (one with a quoted note over two lines), a bad mobile on line 6 and a
// duplicate of line 2 on line 7.
QByteArray smallFile()
{
    return QStringLiteral("name,id_number,mobile,notes\n"
                          "张伟,%1,13800138000,\n"
                          "王芳,%2,,\"first\nsecond\"\n"
                          "李娜,%3,,\n"
                          "陈静,%4,1234,\n"
                          "赵六,%1,,\n")
        .arg(residentId(1), residentId(2), residentId(3), residentId(4))
        .toUtf8();
}

} // namespace

BOOST_FIXTURE_TEST_SUITE(cli_import, ImportCli)

BOOST_AUTO_TEST_CASE(summary_report_and_dry_run)
{
    const QString file = write("small.csv", smallFile());
    const QString report = folder.file(QStringLiteral("report.csv"));
    const Result dry = import("rm1", {file, QStringLiteral("--dry-run")});
    BOOST_TEST_REQUIRE(dry.code == 0, dry.err);
    BOOST_TEST(dry.json.value(QStringLiteral("rows")).toInt() == 5);
    BOOST_TEST(dry.json.value(QStringLiteral("imported")).toInt() == 3);
    BOOST_TEST(dry.json.value(QStringLiteral("rejected")).toInt() == 2);
    BOOST_TEST(dry.json.value(QStringLiteral("written")).toBool() == false);
    BOOST_TEST(dry.json.value(QStringLiteral("report")).isNull());
    BOOST_TEST(customers() == 0);

    const Result r = import("rm1", {file, QStringLiteral("--report"), report});
    BOOST_TEST_REQUIRE(r.code == 0, r.err);
    BOOST_TEST(r.json.keys() == (QStringList{"ignored_columns", "imported", "rejected", "report",
                                             "rows", "skipped", "updated", "written"}));
    BOOST_TEST(r.json.value(QStringLiteral("ignored_columns")).toArray().isEmpty());
    BOOST_TEST(r.json.value(QStringLiteral("imported")).toInt() == 3);
    BOOST_TEST(r.json.value(QStringLiteral("skipped")).toInt() == 0);
    BOOST_TEST(r.json.value(QStringLiteral("updated")).toInt() == 0);
    BOOST_TEST(r.json.value(QStringLiteral("written")).toBool());
    BOOST_TEST(r.json.value(QStringLiteral("report")).toString() == report);
    QFile f(report);
    BOOST_REQUIRE(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    BOOST_REQUIRE(lines.size() == 4);
    BOOST_TEST(lines[0] == QByteArray("\xEF\xBB\xBFline,column,reason\r"));
    BOOST_TEST(lines[1].startsWith("6,mobile,"));
    BOOST_TEST(lines[2].startsWith("7,id_number,"));
    BOOST_TEST(lines[2].contains("line 2"));
    BOOST_TEST(customers() == 3);

    // Again: all three are on file now and skipped; the text summary says so.
    const Result again = cli({QStringLiteral("--db"), db, QStringLiteral("--user"),
                              QStringLiteral("rm1"), QStringLiteral("--password-stdin"),
                              QStringLiteral("import"), QStringLiteral("customers"), file},
                             pw("rm1"));
    BOOST_TEST(again.code == 0);
    BOOST_TEST(again.out.contains(QStringLiteral("3 skipped")), again.out);
}

BOOST_AUTO_TEST_CASE(all_or_nothing_refuses_with_exit_1)
{
    const QString file = write("small.csv", smallFile());
    const Result r = import("rm1", {file, QStringLiteral("--all-or-nothing")});
    BOOST_TEST(r.code == 1);
    BOOST_TEST(r.json.value(QStringLiteral("written")).toBool() == false);
    BOOST_TEST(r.json.value(QStringLiteral("rejected")).toInt() == 2);
    BOOST_TEST(customers() == 0);
    // A clean file goes in whole.
    const QString clean =
        write("clean.csv", QStringLiteral("name,mobile\n张伟,13800138000\n").toUtf8());
    const Result ok = import("rm1", {clean, QStringLiteral("--all-or-nothing")});
    BOOST_TEST(ok.code == 0, ok.err);
    BOOST_TEST(ok.json.value(QStringLiteral("imported")).toInt() == 1);
}

BOOST_AUTO_TEST_CASE(duplicates_update_and_gb18030)
{
    QStringEncoder gb("GB18030");
    const QString first = write(
        "gb.csv",
        gb(QStringLiteral("姓名,证件号码,手机号码\n张伟,%1,13800138000\n").arg(residentId(1))));
    const Result r =
        import("rm1", {first, QStringLiteral("--encoding"), QStringLiteral("gb18030")});
    BOOST_TEST_REQUIRE(r.code == 0, r.err);
    BOOST_TEST(r.json.value(QStringLiteral("imported")).toInt() == 1);
    const QString second = write(
        "upd.csv",
        QStringLiteral("name,id_number,mobile\n张伟,%1,13900139000\n").arg(residentId(1)).toUtf8());
    const Result u =
        import("rm1", {second, QStringLiteral("--duplicates"), QStringLiteral("update")});
    BOOST_TEST_REQUIRE(u.code == 0, u.err);
    BOOST_TEST(u.json.value(QStringLiteral("updated")).toInt() == 1);
    BOOST_TEST(u.json.value(QStringLiteral("imported")).toInt() == 0);
    const Result show =
        as(QStringLiteral("rm1"), pw("rm1"),
           {QStringLiteral("customer"), QStringLiteral("show"), QStringLiteral("1")});
    BOOST_TEST(show.out.contains(QStringLiteral("139****9000")), show.out + show.err);
}

BOOST_AUTO_TEST_CASE(a_report_that_cannot_be_written_imports_nothing)
{
    const QString file = write("small.csv", smallFile());
    auto bytes = [](const QString& path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    // Never over the database, its keyring or the file being imported, even in a dry run.
    for (const QString& target : {db + QStringLiteral(".keyring"), db, file}) {
        BOOST_TEST_CONTEXT(target)
        {
            const QByteArray before = bytes(target);
            const Result r = import(
                "rm1", {file, QStringLiteral("--dry-run"), QStringLiteral("--report"), target});
            BOOST_TEST(r.code == 1, r.err);
            BOOST_TEST(r.err.contains(QStringLiteral("the database, its keyring or the file")),
                       r.err);
            if (target != db) // the sign-in's audit rows reach the database
                BOOST_TEST(bytes(target) == before);
        }
    }
    // A folder that is not there: found out before anything is written, so the valid rows are
    // not imported without their report (and imported twice when the user runs it again).
    const Result gone = import(
        "rm1", {file, QStringLiteral("--report"), folder.file(QStringLiteral("gone/report.csv"))});
    BOOST_TEST(gone.code == 1, gone.err);
    BOOST_TEST(gone.err.contains(QStringLiteral("Nothing was imported")), gone.err);
    BOOST_TEST(customers() == 0);
}

BOOST_AUTO_TEST_CASE(columns_doubled_ignored_and_masked)
{
    // Two columns for one field: which one counts is the user's choice; nothing goes in.
    const Result doubled = import(
        "rm1", {write("doubled.csv",
                      QStringLiteral("name,姓名,mobile\n张三,李四,13800138000\n").toUtf8())});
    BOOST_TEST(doubled.code == 1, doubled.err);
    BOOST_TEST(doubled.err.contains(QStringLiteral("name / 姓名")), doubled.err);
    BOOST_TEST(customers() == 0);
    // A column no field takes is named in the JSON (and on the standard error without --json);
    // the columns an export writes for reading only (id, tier) are expected and not named.
    const QString extraFile =
        write("extra.csv", QStringLiteral("id,name,id_number,tier,Favourite colour\n"
                                          "9,张三,%1,mass,blue\n")
                               .arg(residentId(1))
                               .toUtf8());
    const Result extra = import("rm1", {extraFile, QStringLiteral("--dry-run")});
    BOOST_TEST_REQUIRE(extra.code == 0, extra.err);
    BOOST_TEST(extra.err.isEmpty(), extra.err);
    BOOST_TEST(extra.json.value(QStringLiteral("ignored_columns")).toArray() ==
               QJsonArray{QStringLiteral("Favourite colour")});
    const Result text = cli({QStringLiteral("--db"), db, QStringLiteral("--user"),
                             QStringLiteral("rm1"), QStringLiteral("--password-stdin"),
                             QStringLiteral("import"), QStringLiteral("customers"), extraFile},
                            pw("rm1"));
    BOOST_TEST_REQUIRE(text.code == 0, text.err);
    BOOST_TEST(text.err.contains(QStringLiteral("not imported")), text.err);
    BOOST_TEST(text.err.contains(QStringLiteral("Favourite colour")), text.err);
    BOOST_TEST(!text.err.contains(QStringLiteral("tier")), text.err);
    // A masked export's values are refused, never written over the real ones.
    const Result masked = import(
        "rm1",
        {write("masked.csv", QStringLiteral("name,id_number,address\n张*,%1,北京市东城区****\n")
                                 .arg(residentId(1))
                                 .toUtf8()),
         QStringLiteral("--duplicates"), QStringLiteral("update"), QStringLiteral("--report"),
         folder.file(QStringLiteral("masked-report.csv"))});
    BOOST_TEST(masked.code == 0, masked.err);
    BOOST_TEST(masked.json.value(QStringLiteral("rejected")).toInt() == 1);
    BOOST_TEST(masked.json.value(QStringLiteral("updated")).toInt() == 0);
    QFile report(folder.file(QStringLiteral("masked-report.csv")));
    BOOST_REQUIRE(report.open(QIODevice::ReadOnly));
    const QString reasons = QString::fromUtf8(report.readAll());
    BOOST_TEST(reasons.contains(QStringLiteral("2,name,Name: looks masked")), reasons);
    BOOST_TEST(reasons.contains(QStringLiteral("2,address,Address: looks masked")), reasons);
    BOOST_TEST(customers() == 1);
}

BOOST_AUTO_TEST_CASE(exit_codes)
{
    const QString file = write("small.csv", smallFile());
    BOOST_TEST(import("rm1", {}).code == 2);
    BOOST_TEST(import("rm1", {file, QStringLiteral("--encoding"), QStringLiteral("latin1")}).code ==
               2);
    BOOST_TEST(
        import("rm1", {file, QStringLiteral("--duplicates"), QStringLiteral("merge")}).code == 2);
    BOOST_TEST(as(QStringLiteral("rm1"), pw("rm1"),
                  {QStringLiteral("import"), QStringLiteral("accounts"), file})
                   .code == 2);
    // A customer file is no holdings file: its header lacks their columns.
    BOOST_TEST(as(QStringLiteral("rm1"), pw("rm1"),
                  {QStringLiteral("import"), QStringLiteral("holdings"), file})
                   .code == 1);
    BOOST_TEST(import("comp1", {file}).code == 5);
    BOOST_TEST(as(QStringLiteral("root"), "root-password\n",
                  {QStringLiteral("import"), QStringLiteral("customers"), file})
                   .code == 5);
    const Result missing = import("rm1", {folder.file(QStringLiteral("nope.csv"))});
    BOOST_TEST(missing.code == 1);
    BOOST_TEST(missing.err.contains(QStringLiteral("does not exist")), missing.err);
    const Result empty = import("rm1", {write("empty.csv", "")});
    BOOST_TEST(empty.code == 1);
    BOOST_TEST(customers() == 0);
}

BOOST_AUTO_TEST_SUITE_END()
