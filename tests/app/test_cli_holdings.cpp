// rmdesk-cli import products | import holdings as the built binary: the catalogue by an
// administrator, month-end balances by a supervisor with their report, AUM and tier afterwards,
// and the exit codes of refusals.
#include "common/clifixture.h"

#include <QDate>
#include <QFile>

using namespace rmdesk;
using namespace rmdesk::test;

namespace {

struct HoldingsCli : CliFixture
{
    HoldingsCli()
    {
        init(); // rm1 and sup1 in BJ01, comp1
        const Result r = run("rm1", {QStringLiteral("customer"), QStringLiteral("add"),
                                     QStringLiteral("--type"), QStringLiteral("individual"),
                                     QStringLiteral("--name"), QStringLiteral("张伟")});
        BOOST_REQUIRE_MESSAGE(r.code == 0, r.err);
        customer = r.json.value(QStringLiteral("id")).toInteger();
    }
    Result run(const char* user, const QStringList& args)
    {
        return as(QString::fromLatin1(user), QByteArray(user) + "-password\n", args);
    }
    QString write(const char* name, const QByteArray& text)
    {
        const QString path = folder.file(QString::fromLatin1(name));
        QFile f(path);
        BOOST_REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(text);
        return path;
    }
    qint64 customer = 0;
};

} // namespace

BOOST_FIXTURE_TEST_SUITE(cli_holdings, HoldingsCli)

BOOST_AUTO_TEST_CASE(catalogue_then_balances)
{
    const QString products = write("products.csv", "code,name,type,risk_level\n"
                                                   "WM-01,稳健理财1号,wealth,R2\n"
                                                   "DEP-01,定期存款,deposit,R1\n");
    // The catalogue is configuration: an administrator's, not a supervisor's.
    BOOST_TEST(run("sup1", {QStringLiteral("import"), QStringLiteral("products"), products}).code ==
               5);
    Result r = run("root", {QStringLiteral("import"), QStringLiteral("products"), products});
    BOOST_REQUIRE_MESSAGE(r.code == 0, r.err);
    BOOST_TEST(r.json.value(QStringLiteral("added")).toInt() == 2);

    const QByteArray id = QByteArray::number(customer);
    const QString holdings =
        write("holdings.csv", "customer_id,product_code,month,balance\n" + id +
                                  ",WM-01,2026-10,450000\n" + id + ",DEP-01,2026-10,60000.00\n" +
                                  id + ",XX,2026-10,1\n");
    const QString report = folder.file(QStringLiteral("rejected.csv"));
    // All or nothing: one bad row, nothing written, exit 1.
    r = run("sup1", {QStringLiteral("import"), QStringLiteral("holdings"), holdings,
                     QStringLiteral("--all-or-nothing")});
    BOOST_TEST(r.code == 1);
    BOOST_TEST(r.json.value(QStringLiteral("imported")).toInt() == 0);
    // Compliance reads only.
    BOOST_TEST(
        run("comp1", {QStringLiteral("import"), QStringLiteral("holdings"), holdings}).code == 5);
    // A report over the file being imported is refused before anything is written.
    r = run("sup1", {QStringLiteral("import"), QStringLiteral("holdings"), holdings,
                     QStringLiteral("--report"), holdings});
    BOOST_TEST(r.code == 1);
    r = run("sup1", {QStringLiteral("import"), QStringLiteral("holdings"), holdings,
                     QStringLiteral("--report"), report});
    BOOST_REQUIRE_MESSAGE(r.code == 0, r.err);
    BOOST_TEST(r.json.value(QStringLiteral("imported")).toInt() == 2);
    BOOST_TEST(r.json.value(QStringLiteral("rejected")).toInt() == 1);
    BOOST_TEST(r.json.value(QStringLiteral("tier_changes")).toInt() == 1);
    QFile f(report);
    BOOST_REQUIRE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    BOOST_TEST(text.contains(QStringLiteral("4,product_code,")), text);
    BOOST_TEST((f.permissions() & (QFile::ReadGroup | QFile::ReadOther)) == 0);
    // 510,000 yuan: affluent (from 500,000), seen by the RM.
    r = run("rm1", {QStringLiteral("customer"), QStringLiteral("show"), QString::number(customer)});
    BOOST_REQUIRE_MESSAGE(r.code == 0, r.err);
    BOOST_TEST(r.json.value(QStringLiteral("tier")).toString() == QStringLiteral("affluent"));
    // New thresholds from today: the stored tiers follow at once (TierUpkeep); asking again
    // with customer tiers finds nothing left to change.
    r = run("root", {QStringLiteral("rules"), QStringLiteral("set"),
                     QStringLiteral("customer_tiers"), QStringLiteral("affluent_min_aum=600000"),
                     QStringLiteral("--from"), QDate::currentDate().toString(Qt::ISODate),
                     QStringLiteral("--reason"), QStringLiteral("Head office tiering 2027")});
    BOOST_REQUIRE_MESSAGE(r.code == 0, r.err);
    r = run("rm1", {QStringLiteral("customer"), QStringLiteral("show"), QString::number(customer)});
    BOOST_TEST(r.json.value(QStringLiteral("tier")).toString() == QStringLiteral("mass"));
    r = run("sup1", {QStringLiteral("customer"), QStringLiteral("tiers"), QStringLiteral("--month"),
                     QStringLiteral("2026-10")});
    BOOST_REQUIRE_MESSAGE(r.code == 0, r.err);
    BOOST_TEST(r.json.value(QStringLiteral("changed")).toInt() == 0);
    BOOST_TEST(run("sup1", {QStringLiteral("customer"), QStringLiteral("tiers")}).code == 2);
    // Usage errors.
    BOOST_TEST(run("sup1", {QStringLiteral("import"), QStringLiteral("holdings")}).code == 2);
    BOOST_TEST(run("sup1", {QStringLiteral("import"), QStringLiteral("holdings"), holdings,
                            QStringLiteral("--duplicates"), QStringLiteral("skip")})
                   .code == 2);
}

BOOST_AUTO_TEST_SUITE_END()
