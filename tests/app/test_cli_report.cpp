// rmdesk-cli report as the built binary: the retention and assessment dashboards drawn without a
// screen into PDF, PNG and CSV on a small demo database, the numbers of the CSV against what
// `retention stats` and `scorecard` print for the same filter, the audit row, and the refusals.
#include "common/clifixture.h"
#include "domain/retention.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QRegularExpression>

using namespace rmdesk;
using namespace rmdesk::test;

namespace {

struct ReportCli : CliFixture
{
    ReportCli()
    {
        init(); // root; rm1 and sup1 in BJ01; comp1
        const Result demo =
            cli({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("root"),
                 QStringLiteral("--password-stdin"), QStringLiteral("--json"),
                 QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("300"),
                 QStringLiteral("--seed"), QStringLiteral("11")},
                "root-password\ndemo-password\n");
        BOOST_REQUIRE_MESSAGE(demo.code == 0, demo.err);
    }
    void runStages()
    {
        const Result r = as(QStringLiteral("root"), "root-password\n",
                            {QStringLiteral("stage"), QStringLiteral("run")});
        BOOST_REQUIRE_MESSAGE(r.code == 0, r.err);
    }
    Result run(const char* user, const QStringList& args)
    {
        return as(QString::fromLatin1(user), QByteArray(user) + "-password\n", args);
    }
    Result report(const char* user, const QString& kind, const QString& file,
                  const QStringList& extra = {})
    {
        return run(user, QStringList{QStringLiteral("report"), kind, QStringLiteral("--out"),
                                     folder.file(file)} +
                             extra);
    }
    // The CSV's rows (UTF-8 after the byte-order mark, CRLF).
    QStringList csvLines(const QString& file)
    {
        QFile f(folder.file(file));
        BOOST_REQUIRE(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        BOOST_REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
        return QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"));
    }
    QByteArray bytesOf(const QString& file)
    {
        QFile f(folder.file(file));
        BOOST_REQUIRE_MESSAGE(f.open(QIODevice::ReadOnly), file.toStdString());
        return f.readAll();
    }
    bool exists(const QString& file) const { return QFileInfo::exists(folder.file(file)); }

    const int last = monthIndex(QDate::currentDate()) - 1;
};

// The page count of a PDF that QPdfWriter wrote: its one page tree's /Count.
int pageCount(const QByteArray& pdf)
{
    const QRegularExpression count(
        QStringLiteral("/Type /Pages\\s*/Kids\\s*\\[[^\\]]*\\]\\s*/Count (\\d+)"));
    const auto match = count.match(QString::fromLatin1(pdf));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QString percent(const QJsonValue& share)
{
    return share.isNull() ? QString() : QString::number(share.toDouble() * 100.0, 'f', 2);
}

QString fixed(const QJsonValue& v)
{
    return v.isNull() ? QString() : QString::number(v.toDouble(), 'f', 2);
}

} // namespace

BOOST_FIXTURE_TEST_SUITE(cli_report, ReportCli)

BOOST_AUTO_TEST_CASE(retention_as_pdf_png_and_csv)
{
    runStages();
    // The CSV holds the months that retention stats prints for the same (default) filter: the
    // twelve up to the last complete month.
    const Result stats = run("comp1", {QStringLiteral("retention"), QStringLiteral("stats")});
    BOOST_REQUIRE_MESSAGE(stats.code == 0, stats.err);
    const QJsonArray months = stats.json.value(QStringLiteral("months")).toArray();
    BOOST_REQUIRE(months.size() == 12);
    BOOST_TEST(months.last().toObject().value(QStringLiteral("month")).toString() ==
               monthName(last));

    Result r = report("comp1", QStringLiteral("retention"), QStringLiteral("r.csv"));
    BOOST_REQUIRE_MESSAGE(r.code == 0, r.err);
    BOOST_TEST(r.json.value(QStringLiteral("file")).toString() ==
               QFileInfo(folder.file(QStringLiteral("r.csv"))).absoluteFilePath());
    BOOST_TEST(r.json.value(QStringLiteral("format")).toString() == QStringLiteral("csv"));
    BOOST_TEST(r.json.value(QStringLiteral("kind")).toString() == QStringLiteral("retention"));
    const QStringList lines = csvLines(QStringLiteral("r.csv"));
    BOOST_TEST(
        lines.first() ==
        QStringLiteral("Retention dashboard,%1,%2").arg(monthName(last - 11), monthName(last)));
    int active = 0;
    for (const QJsonValue& v : months) {
        const QJsonObject m = v.toObject();
        const QString row = QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8")
                                .arg(m.value(QStringLiteral("month")).toString())
                                .arg(m.value(QStringLiteral("active")).toInt())
                                .arg(m.value(QStringLiteral("new")).toInt())
                                .arg(m.value(QStringLiteral("won_back")).toInt())
                                .arg(m.value(QStringLiteral("churned")).toInt())
                                .arg(m.value(QStringLiteral("net_new")).toInt())
                                .arg(percent(m.value(QStringLiteral("churn_rate"))),
                                     percent(m.value(QStringLiteral("retention_12"))));
        BOOST_TEST(lines.contains(row), row.toStdString());
        active = m.value(QStringLiteral("active")).toInt();
    }
    BOOST_TEST(active > 0);
    BOOST_TEST(lines.contains(QStringLiteral("Active customers,%1").arg(active)));

    // The PDF: tiles and the months chart; segments and cohorts; the funnel and the reasons.
    r = report("comp1", QStringLiteral("retention"), QStringLiteral("r.pdf"));
    BOOST_REQUIRE_MESSAGE(r.code == 0, r.err);
    BOOST_TEST(r.json.value(QStringLiteral("format")).toString() == QStringLiteral("pdf"));
    const QByteArray pdf = bytesOf(QStringLiteral("r.pdf"));
    BOOST_TEST(pdf.startsWith("%PDF-"));
    BOOST_TEST(pdf.trimmed().endsWith("%%EOF"));
    // Three pages, or four when the cohort table (a row per month with new customers) needs a
    // page of its own, as with 36 months of demo history.
    BOOST_TEST(pageCount(pdf) >= 3);
    BOOST_TEST(pageCount(pdf) <= 4);
    // Staff names and scores: the owner's only.
    BOOST_TEST((QFileInfo(folder.file(QStringLiteral("r.pdf"))).permissions() ==
                (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
                 QFileDevice::WriteUser)));
    BOOST_TEST(pdf.contains("/FontFile2")); // fonts embedded

    // The PNG: the dashboard drawn 1600 wide, less the view's 11-pixel margins; at least 1300
    // high less the filter bar and the spacing under it, taller when the figures need it.
    r = report("comp1", QStringLiteral("retention"), QStringLiteral("r.png"));
    BOOST_REQUIRE_MESSAGE(r.code == 0, r.err);
    const QImage png(folder.file(QStringLiteral("r.png")));
    BOOST_REQUIRE(!png.isNull());
    BOOST_TEST(png.width() == 1600 - 2 * 11);
    BOOST_TEST(png.height() >= 1246);

    // One audit row per export, with what was exported and no figure.
    const Result audit =
        run("comp1", {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--action"),
                      QStringLiteral("dashboard.export")});
    BOOST_REQUIRE_MESSAGE(audit.code == 0, audit.err);
    BOOST_TEST(audit.json.value(QStringLiteral("total")).toInt() == 3);
    const QJsonObject details = audit.json.value(QStringLiteral("results"))
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value(QStringLiteral("details"))
                                    .toObject();
    BOOST_TEST(details.value(QStringLiteral("kind")).toString() == QStringLiteral("retention"));
    BOOST_TEST(details.value(QStringLiteral("format")).toString() == QStringLiteral("png"));
    BOOST_TEST(details.value(QStringLiteral("file")).toString() == QStringLiteral("r.png"));
    BOOST_TEST(
        details.value(QStringLiteral("filter")).toObject().value(QStringLiteral("to")).toString() ==
        monthName(last));
}

BOOST_AUTO_TEST_CASE(a_branch_and_segment_filter)
{
    runStages();
    // A supervisor's own branch, one segment: the months of retention stats are the branch's
    // (stats has no segment filter; the CSV's segment section holds that segment alone).
    const Result stats = run("sup1", {QStringLiteral("retention"), QStringLiteral("stats")});
    BOOST_REQUIRE_MESSAGE(stats.code == 0, stats.err);
    const Result r = report("sup1", QStringLiteral("retention"), QStringLiteral("b.csv"),
                            {QStringLiteral("--branch"), QStringLiteral("BJ01"),
                             QStringLiteral("--segment"), QStringLiteral("mass")});
    BOOST_REQUIRE_MESSAGE(r.code == 0, r.err);
    const QStringList lines = csvLines(QStringLiteral("b.csv"));
    BOOST_TEST(lines.value(1) == QStringLiteral("Branch,BJ01,RM,,Segment,mass"));
    int massRows = 0;
    for (const QString& line : lines) {
        BOOST_TEST(!(line.startsWith(QStringLiteral("affluent,")) ||
                     line.startsWith(QStringLiteral("private,"))));
        massRows += line.startsWith(QStringLiteral("mass,"));
    }
    BOOST_TEST(massRows == 12); // one row per month
    // Another branch is not the supervisor's to report on.
    const Result other = report("sup1", QStringLiteral("retention"), QStringLiteral("o.pdf"),
                                {QStringLiteral("--branch"), QStringLiteral("SH01")});
    BOOST_TEST(other.code == 5);
    BOOST_TEST(other.err.startsWith(QStringLiteral("rmdesk-cli: ")));
    BOOST_TEST(!exists(QStringLiteral("o.pdf")));
}

BOOST_AUTO_TEST_CASE(assessment_as_pdf_png_and_csv)
{
    runStages();
    // The scorecards of the last complete month, as `scorecard` prints them.
    const Result cards = run("comp1", {QStringLiteral("scorecard")});
    BOOST_REQUIRE_MESSAGE(cards.code == 0, cards.err);
    BOOST_TEST(cards.json.value(QStringLiteral("period")).toString() == monthName(last));
    Result r = report("comp1", QStringLiteral("assessment"), QStringLiteral("a.csv"));
    BOOST_REQUIRE_MESSAGE(r.code == 0, r.err);
    BOOST_TEST(r.json.value(QStringLiteral("kind")).toString() == QStringLiteral("assessment"));
    QStringList lines = csvLines(QStringLiteral("a.csv"));
    BOOST_TEST(
        lines.first().startsWith(QStringLiteral("Assessment dashboard,%1").arg(monthName(last))));
    const QJsonArray list = cards.json.value(QStringLiteral("cards")).toArray();
    BOOST_REQUIRE(!list.isEmpty());
    for (const QJsonValue& v : list) {
        const QJsonObject c = v.toObject();
        const QString rm = c.value(QStringLiteral("rm")).toString();
        const QString branch = c.value(QStringLiteral("branch")).toString();
        for (const QJsonValue& k : c.value(QStringLiteral("kpis")).toArray()) {
            const QJsonObject kpi = k.toObject();
            const QString prefix = QStringLiteral("%1,%2,%3,%4,%5,")
                                       .arg(rm, branch, kpi.value(QStringLiteral("kpi")).toString(),
                                            fixed(kpi.value(QStringLiteral("actual"))),
                                            fixed(kpi.value(QStringLiteral("target"))));
            const QString score = fixed(kpi.value(QStringLiteral("score")));
            bool found = false;
            for (const QString& line : std::as_const(lines))
                found =
                    found || (line.startsWith(prefix) && line.endsWith(QLatin1Char(',') + score));
            BOOST_TEST(found, prefix.toStdString() << "…," << score.toStdString());
        }
        const QString totals = QStringLiteral("%1,%2,%3,%4,")
                                   .arg(rm, branch, fixed(c.value(QStringLiteral("total"))))
                                   .arg(c.value(QStringLiteral("rank")).toInt());
        bool found = false;
        for (const QString& line : std::as_const(lines))
            found = found || line.startsWith(totals);
        BOOST_TEST(found, totals.toStdString());
    }

    // A calendar quarter from … to: that quarter's scorecards.
    int end = last;
    while ((end % 12) % 3 != 2) // the quarter's last month: March, June, September, December
        --end;
    const QString quarter =
        QStringLiteral("%1-Q%2").arg(monthStart(end).year()).arg((end % 12) / 3 + 1);
    const Result qCards =
        run("comp1", {QStringLiteral("scorecard"), QStringLiteral("--period"), quarter});
    BOOST_REQUIRE_MESSAGE(qCards.code == 0, qCards.err);
    r = report(
        "comp1", QStringLiteral("assessment"), QStringLiteral("q.csv"),
        {QStringLiteral("--from"), monthName(end - 2), QStringLiteral("--to"), monthName(end)});
    BOOST_REQUIRE_MESSAGE(r.code == 0, r.err);
    lines = csvLines(QStringLiteral("q.csv"));
    BOOST_TEST(lines.first().startsWith(QStringLiteral("Assessment dashboard,%1").arg(quarter)));
    for (const QJsonValue& v : qCards.json.value(QStringLiteral("cards")).toArray()) {
        const QJsonObject c = v.toObject();
        const QString totals = QStringLiteral("%1,%2,%3,")
                                   .arg(c.value(QStringLiteral("rm")).toString(),
                                        c.value(QStringLiteral("branch")).toString(),
                                        fixed(c.value(QStringLiteral("total"))));
        bool found = false;
        for (const QString& line : std::as_const(lines))
            found = found || line.startsWith(totals);
        BOOST_TEST(found, totals.toStdString());
    }

    r = report("comp1", QStringLiteral("assessment"), QStringLiteral("a.pdf"));
    BOOST_REQUIRE_MESSAGE(r.code == 0, r.err);
    const QByteArray pdf = bytesOf(QStringLiteral("a.pdf"));
    BOOST_TEST(pdf.startsWith("%PDF-"));
    // Tiles; the scorecard table; the branch and on-time charts; the survey chart.
    BOOST_TEST(pageCount(pdf) == 4);
    r = report("comp1", QStringLiteral("assessment"), QStringLiteral("a.png"));
    BOOST_REQUIRE_MESSAGE(r.code == 0, r.err);
    const QImage png(folder.file(QStringLiteral("a.png")));
    BOOST_REQUIRE(!png.isNull());
    BOOST_TEST(png.width() == 1600 - 2 * 11);
    BOOST_TEST(png.height() >= 1246);
}

BOOST_AUTO_TEST_CASE(refusals_leave_no_file)
{
    // Before the first stage run there are no figures to report.
    Result r = report("comp1", QStringLiteral("retention"), QStringLiteral("none.pdf"));
    BOOST_TEST(r.code == 1);
    BOOST_TEST(r.err.contains(QStringLiteral("stage run")));
    BOOST_TEST(!exists(QStringLiteral("none.pdf")));
    runStages();
    // Usage: a format by extension only, a known dashboard, options that belong to it.
    r = report("comp1", QStringLiteral("retention"), QStringLiteral("r.txt"));
    BOOST_TEST(r.code == 2);
    BOOST_TEST(r.err.contains(QStringLiteral(".pdf, .png or .csv")));
    BOOST_TEST(!exists(QStringLiteral("r.txt")));
    BOOST_TEST(report("comp1", QStringLiteral("retention"), QStringLiteral("r")).code == 2);
    BOOST_TEST(report("comp1", QStringLiteral("churn"), QStringLiteral("c.pdf")).code == 2);
    BOOST_TEST(report("comp1", QStringLiteral("assessment"), QStringLiteral("s.pdf"),
                      {QStringLiteral("--segment"), QStringLiteral("mass")})
                   .code == 2);
    BOOST_TEST(report("comp1", QStringLiteral("retention"), QStringLiteral("m.pdf"),
                      {QStringLiteral("--from"), QStringLiteral("2026-13")})
                   .code == 2);
    BOOST_TEST(run("comp1", {QStringLiteral("report"), QStringLiteral("retention")}).code == 2);
    // A month not over yet.
    r = report("comp1", QStringLiteral("retention"), QStringLiteral("f.pdf"),
               {QStringLiteral("--to"), monthName(last + 1)});
    BOOST_TEST(r.code == 1);
    BOOST_TEST(!exists(QStringLiteral("f.pdf")));
    // Administrators do not read dashboards.
    r = as(QStringLiteral("root"), "root-password\n",
           {QStringLiteral("report"), QStringLiteral("retention"), QStringLiteral("--out"),
            folder.file(QStringLiteral("admin.pdf"))});
    BOOST_TEST(r.code == 5);
    BOOST_TEST(!exists(QStringLiteral("admin.pdf")));
    // A branch that does not exist, an RM that does not exist.
    r = report("comp1", QStringLiteral("assessment"), QStringLiteral("x.pdf"),
               {QStringLiteral("--branch"), QStringLiteral("XX99")});
    BOOST_TEST(r.code == 1);
    BOOST_TEST(r.err.contains(QStringLiteral("There is no branch XX99")));
    BOOST_TEST(!exists(QStringLiteral("x.pdf")));
    r = report("comp1", QStringLiteral("retention"), QStringLiteral("y.csv"),
               {QStringLiteral("--rm"), QStringLiteral("nobody")});
    BOOST_TEST(r.code == 1);
    BOOST_TEST(!exists(QStringLiteral("y.csv")));
    // A file that cannot be written: the database file is no folder.
    r = report("comp1", QStringLiteral("retention"), QStringLiteral("bank.rmdb/r.pdf"));
    BOOST_TEST(r.code == 1);
    BOOST_TEST(r.err.contains(QStringLiteral("could not be written")));
}

BOOST_AUTO_TEST_SUITE_END()
