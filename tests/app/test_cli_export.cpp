// rmdesk-cli export customers as the built binary: the CSV it writes for an RM (masked), the
// unmasked XLSX with its reason in the audit trail, the JSON and text results, and the exit codes.
#include "common/clifixture.h"

#include <QFile>

using namespace rmdesk;
using namespace rmdesk::test;

namespace {

QByteArray pw(const char* user)
{
    return QByteArray(user) + "-password\n";
}

struct ExportCli : CliFixture
{
    ExportCli()
    {
        init(); // rm1 and sup1 in BJ01, comp1
        const Result r = run(
            "rm1", {QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--type"),
                    QStringLiteral("individual"), QStringLiteral("--name"), QStringLiteral("张伟"),
                    QStringLiteral("--id-number"), QStringLiteral("11010519491231002X"),
                    QStringLiteral("--mobile"), QStringLiteral("13812345678")});
        BOOST_REQUIRE_MESSAGE(r.code == 0, r.err);
        customer = r.json.value(QStringLiteral("id")).toInteger();
    }
    Result run(const char* user, const QStringList& args)
    {
        return as(QString::fromLatin1(user), pw(user), args);
    }
    Result exportAs(const char* user, const QString& file, const QStringList& extra = {})
    {
        return run(user, QStringList{QStringLiteral("export"), QStringLiteral("customers"),
                                     QStringLiteral("--out"), file} +
                             extra);
    }
    QByteArray read(const QString& path)
    {
        QFile f(path);
        BOOST_REQUIRE_MESSAGE(f.open(QIODevice::ReadOnly), path);
        return f.readAll();
    }
    qint64 customer = 0;
};

} // namespace

BOOST_FIXTURE_TEST_SUITE(cli_export, ExportCli)

BOOST_AUTO_TEST_CASE(an_rm_exports_a_masked_csv)
{
    const QString file = folder.file(QStringLiteral("book.csv"));
    const Result r = exportAs("rm1", file);
    BOOST_REQUIRE_MESSAGE(r.code == 0, r.err);
    BOOST_TEST(r.json.value(QStringLiteral("file")).toString() == file);
    BOOST_TEST(r.json.value(QStringLiteral("format")).toString() == QStringLiteral("csv"));
    BOOST_TEST(r.json.value(QStringLiteral("rows")).toInt() == 1);
    BOOST_TEST(r.json.value(QStringLiteral("masked")).toBool());
    const QByteArray bytes = read(file);
    BOOST_TEST(bytes.startsWith("\xEF\xBB\xBF"
                                "id,type,name,gender,birth_date,id_type,id_number,"));
    const QList<QByteArray> lines = bytes.mid(3).split('\n');
    BOOST_REQUIRE(lines.size() == 3); // header, one customer, and nothing after the last CRLF
    BOOST_TEST(lines[0].endsWith(",branch,rm,tier,status,aum_yuan\r"));
    // id, type, name, gender, birth date, ID type, ID number, issuer, expiry, mobile …
    BOOST_TEST(lines[1].startsWith(QStringLiteral("%1,individual,张*,****,****,resident_id,"
                                                  "110***********002X,,,138****5678,")
                                       .arg(customer)
                                       .toUtf8()));
    BOOST_TEST(lines[1].endsWith(",BJ01,rm1,mass,active,0.00\r"));
    BOOST_TEST(!bytes.contains("13812345678"));
    BOOST_TEST(lines[2].isEmpty());

    // Without --json: one line for people.
    const QString again = folder.file(QStringLiteral("again.csv"));
    const Result plain =
        cli({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("rm1"),
             QStringLiteral("--password-stdin"), QStringLiteral("export"),
             QStringLiteral("customers"), QStringLiteral("--out"), again},
            pw("rm1"));
    BOOST_REQUIRE_MESSAGE(plain.code == 0, plain.err);
    BOOST_TEST(plain.out.trimmed() == QStringLiteral("Exported 1 customers to %1.").arg(again));
    BOOST_TEST(read(again) == bytes);
}

BOOST_AUTO_TEST_CASE(an_unmasked_xlsx_needs_a_reason_and_is_audited)
{
    const QString file = folder.file(QStringLiteral("open.xlsx"));
    const Result r = exportAs("sup1", file,
                              {QStringLiteral("--unmask"), QStringLiteral("--reason"),
                               QStringLiteral("branch KYC refresh")});
    BOOST_REQUIRE_MESSAGE(r.code == 0, r.err);
    BOOST_TEST(r.json.value(QStringLiteral("format")).toString() == QStringLiteral("xlsx"));
    BOOST_TEST(r.json.value(QStringLiteral("rows")).toInt() == 1);
    BOOST_TEST(r.json.value(QStringLiteral("masked")).toBool() == false);
    BOOST_TEST(read(file).startsWith("PK\x03\x04"));

    const Result audit =
        run("comp1", {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--action"),
                      QStringLiteral("customer.export")});
    BOOST_REQUIRE_MESSAGE(audit.code == 0, audit.err);
    const QJsonArray rows = audit.json.value(QStringLiteral("results")).toArray();
    BOOST_REQUIRE(rows.size() == 1);
    const QJsonObject row = rows[0].toObject();
    BOOST_TEST(row.value(QStringLiteral("user")).toString() == QStringLiteral("sup1"));
    BOOST_TEST(row.value(QStringLiteral("reason")).toString() ==
               QStringLiteral("branch KYC refresh"));
    const QJsonObject details = row.value(QStringLiteral("details")).toObject();
    BOOST_TEST(details.value(QStringLiteral("count")).toInt() == 1);
    BOOST_TEST(details.value(QStringLiteral("format")).toString() == QStringLiteral("xlsx"));
    BOOST_TEST(details.value(QStringLiteral("unmasked")).toBool());
    BOOST_TEST(!QJsonDocument(details).toJson().contains("11010519491231002X"));
}

BOOST_AUTO_TEST_CASE(exit_codes)
{
    const QString file = folder.file(QStringLiteral("x.csv"));
    // Usage: a format export does not write, --unmask without a reason, no --out, no "customers".
    BOOST_TEST(exportAs("rm1", folder.file(QStringLiteral("x.xls"))).code == 2);
    BOOST_TEST(exportAs("rm1", file, {QStringLiteral("--unmask")}).code == 2);
    BOOST_TEST(run("rm1", {QStringLiteral("export"), QStringLiteral("customers")}).code == 2);
    BOOST_TEST(run("rm1", {QStringLiteral("export"), QStringLiteral("complaints"),
                           QStringLiteral("--out"), file})
                   .code == 2);
    // Forbidden: compliance and the administrator export nothing.
    const Result comp = exportAs("comp1", file);
    BOOST_TEST(comp.code == 5);
    BOOST_TEST(comp.err.startsWith(QStringLiteral("rmdesk-cli: ")));
    BOOST_TEST(
        as(QStringLiteral("root"), "root-password\n",
           {QStringLiteral("export"), QStringLiteral("customers"), QStringLiteral("--out"), file})
            .code == 5);
    // Rejected or failed: a reason too short to say anything, a folder that does not exist.
    BOOST_TEST(
        exportAs("rm1", file,
                 {QStringLiteral("--unmask"), QStringLiteral("--reason"), QStringLiteral("ok")})
            .code == 1);
    const Result missing = exportAs("rm1", folder.file(QStringLiteral("no/such/dir/x.xlsx")));
    BOOST_TEST(missing.code == 1);
    BOOST_TEST(missing.err.contains(QStringLiteral("could not be written")), missing.err);
    BOOST_TEST(!QFile::exists(file));
    const Result audit =
        run("comp1", {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--action"),
                      QStringLiteral("customer.export")});
    BOOST_TEST(audit.json.value(QStringLiteral("total")).toInt() == 0);
}

BOOST_AUTO_TEST_SUITE_END()
