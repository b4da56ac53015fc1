// rmdesk-cli when the disk fills up: the built binary runs under a file-size limit (as
// `ulimit -f`), so that every write past it fails as on a full disk. Each command must say so in
// one translated line, exit 1, and leave the database, its keyring and the folder as they were:
// an import's rows, a backup's copy and an export's file are all or nothing.
#include "common/clifixture.h"
#include "domain/idnumbers.h"
#include "stores/xlsxcheck.h"

#include <QFile>
#include <QFileInfo>

using namespace rmdesk;
using namespace rmdesk::test;

namespace {

QByteArray pw(const char* user)
{
    return QByteArray(user) + "-password\n";
}

// Valid resident ID numbers (birth days 1980-01-10 … 1980-01-31) for seq < 22,000.
QString residentId(int seq)
{
    const QString first17 = QStringLiteral("110102198001%1").arg(10000 + seq);
    return first17 + IdNumbers::residentIdCheckChar(first17);
}

struct DiskFullCli : CliFixture
{
    DiskFullCli() { init(); } // rm1 and sup1 in BJ01, comp1

    Result as(const char* user, const QStringList& args)
    {
        return CliFixture::as(QString::fromLatin1(user), pw(user),
                              QStringList{QStringLiteral("--lang"), QStringLiteral("zh_CN")} +
                                  args);
    }
    // `rows` valid customers with a note each, as a CSV of some 200 bytes a row.
    QString csv(int rows)
    {
        QByteArray bytes = "name,id_number,mobile,notes\n";
        for (int i = 0; i < rows; ++i)
            bytes += QStringLiteral("客户%1,%2,139%3,%4\n")
                         .arg(i)
                         .arg(residentId(i))
                         .arg(10000000 + i, 8, 10, QLatin1Char('0'))
                         .arg(QString(100, QLatin1Char('n')))
                         .toUtf8();
        const QString path = folder.file(QStringLiteral("customers.csv"));
        QFile f(path);
        BOOST_REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    }
    int customers()
    {
        const Result r = as("sup1", {QStringLiteral("customer"), QStringLiteral("list"),
                                     QStringLiteral("--limit"), QStringLiteral("1")});
        BOOST_REQUIRE_MESSAGE(r.code == 0, r.err);
        return r.json.value(QStringLiteral("total")).toInt(-1);
    }
    int audited(const char* action)
    {
        const Result r = as("comp1", {QStringLiteral("audit"), QStringLiteral("list"),
                                      QStringLiteral("--action"), QString::fromLatin1(action),
                                      QStringLiteral("--limit"), QStringLiteral("1000")});
        BOOST_REQUIRE_MESSAGE(r.code == 0, r.err);
        return int(r.json.value(QStringLiteral("results")).toArray().size());
    }
    // The largest file in the folder: a limit above it lets SQLite write within them all.
    qint64 largestFile() const
    {
        qint64 largest = 0;
        for (const QFileInfo& f : QDir(folder.dir.path()).entryInfoList(QDir::Files))
            largest = std::max(largest, f.size());
        return largest;
    }
    void expectHealthy()
    {
        fileSizeLimit = 0;
        const Result check = as("root", {QStringLiteral("check")});
        BOOST_TEST(check.code == 0, check.out + check.err);
    }
    // The folder's files but the WAL and its index: a command's log-in and log-out rows are
    // committed there and stay until a later command can copy them into the database.
    QStringList files() const
    {
        QStringList names = QDir(folder.dir.path()).entryList(QDir::Files | QDir::Hidden);
        names.removeIf([](const QString& n) {
            return n.endsWith(QLatin1String("-wal")) || n.endsWith(QLatin1String("-shm"));
        });
        return names;
    }
};

// One line, starting as CLI.md says, in Chinese, saying what failed (`what`) and why.
void expectDiskMessage(const Result& r, const QString& what)
{
    BOOST_TEST(r.code == 1, r.err);
    BOOST_TEST(r.err.startsWith(QStringLiteral("rmdesk-cli: ")), r.err);
    BOOST_TEST(r.err.trimmed().count(QLatin1Char('\n')) == 0, r.err);
    BOOST_TEST(r.err.contains(what), r.err);
    BOOST_TEST(r.err.contains(QStringLiteral("磁盘")), r.err);
}

} // namespace

BOOST_FIXTURE_TEST_SUITE(cli_diskfull, DiskFullCli)

BOOST_AUTO_TEST_CASE(an_import_that_does_not_fit_writes_nothing)
{
    // A bulk load (indexes built afterwards, pages straight into the file, DirectWrites) of
    // some 60 MB of pages.
    const QString file = csv(21000);
    const QStringList before = files();
    fileSizeLimit = largestFile() + 256 * 1024;
    const Result r = as("sup1", {QStringLiteral("import"), QStringLiteral("customers"), file});
    expectDiskMessage(r, QStringLiteral("未导入任何数据：无法读取或写入数据库文件"));
    fileSizeLimit = 0;
    BOOST_TEST(customers() == 0);
    BOOST_TEST(audited("customer.import") == 0);
    BOOST_TEST(files() == before);
    expectHealthy();

    // With room again, the same file goes in whole.
    const Result again = as("sup1", {QStringLiteral("import"), QStringLiteral("customers"), file});
    BOOST_TEST_REQUIRE(again.code == 0, again.err);
    BOOST_TEST(again.json.value(QStringLiteral("imported")).toInt() == 21000);
    BOOST_TEST(customers() == 21000);
}

BOOST_AUTO_TEST_CASE(a_backup_that_does_not_fit_leaves_no_copy)
{
    const Result load =
        as("sup1", {QStringLiteral("import"), QStringLiteral("customers"), csv(3000)});
    BOOST_TEST_REQUIRE(load.code == 0, load.err);
    const QString copy = folder.file(QStringLiteral("copy.rmdb"));
    const QStringList before = files();
    fileSizeLimit = QFileInfo(db).size() / 2;
    BOOST_TEST_REQUIRE(fileSizeLimit > 256 * 1024);
    const Result r = as("root", {QStringLiteral("backup"), QStringLiteral("--out"), copy});
    expectDiskMessage(r, QStringLiteral("无法写入副本 ") + copy);
    BOOST_TEST(!QFileInfo::exists(copy));
    BOOST_TEST(!QFileInfo::exists(copy + QStringLiteral(".keyring")));
    BOOST_TEST(files() == before);
    BOOST_TEST(audited("backup.create") == 0);
    expectHealthy();
}

BOOST_AUTO_TEST_CASE(an_export_that_does_not_fit_leaves_no_file_and_no_audit_row)
{
    const Result load =
        as("sup1", {QStringLiteral("import"), QStringLiteral("customers"), csv(3000)});
    BOOST_TEST_REQUIRE(load.code == 0, load.err);
    for (const char* name : {"out.csv", "out.xlsx"}) {
        BOOST_TEST_CONTEXT(name)
        {
            const QString out = folder.file(QString::fromLatin1(name));
            const QStringList before = files();
            fileSizeLimit = 64 * 1024; // the export is some 600 KB; its audit row fits the WAL
            const Result r = as("sup1", {QStringLiteral("export"), QStringLiteral("customers"),
                                         QStringLiteral("--out"), out});
            expectDiskMessage(r, out + QStringLiteral("（磁盘可能已满）"));
            fileSizeLimit = 0;
            BOOST_TEST(!QFileInfo::exists(out));
            BOOST_TEST(files() == before);
            BOOST_TEST(audited("customer.export") == 0);
        }
    }
    expectHealthy();
}

// The row file fits, the sheet assembled from it does not: libxlsxwriter zips a sheet cut short
// without a word, and only reading the spreadsheet back finds it.
BOOST_AUTO_TEST_CASE(a_spreadsheet_cut_short_while_it_is_assembled_is_refused)
{
    const Result load =
        as("sup1", {QStringLiteral("import"), QStringLiteral("customers"), csv(3000)});
    BOOST_TEST_REQUIRE(load.code == 0, load.err);
    const QString whole = folder.file(QStringLiteral("whole.xlsx"));
    const Result first = as("sup1", {QStringLiteral("export"), QStringLiteral("customers"),
                                     QStringLiteral("--out"), whole});
    BOOST_TEST_REQUIRE(first.code == 0, first.err);
    const qint64 sheet = xlsxEntrySize(whole, QStringLiteral("xl/worksheets/sheet1.xml"));
    BOOST_TEST_REQUIRE(sheet > 256 * 1024);
    const QString out = folder.file(QStringLiteral("short.xlsx"));
    const QStringList before = files();
    fileSizeLimit = sheet - 32; // past the rows, short of the closing tags
    const Result r = as("sup1", {QStringLiteral("export"), QStringLiteral("customers"),
                                 QStringLiteral("--out"), out});
    expectDiskMessage(r, out + QStringLiteral("（磁盘可能已满）"));
    fileSizeLimit = 0;
    BOOST_TEST(!QFileInfo::exists(out));
    BOOST_TEST(files() == before);
    BOOST_TEST(audited("customer.export") == 1); // the whole one only
}

BOOST_AUTO_TEST_SUITE_END()
