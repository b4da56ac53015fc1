// Customer export against a real encrypted database: the CSV cell by cell for a hand-made book
// (masked for an RM, unmasked with a reason), the audit row, scope per role, the filtered list,
// the XLSX parts (header, text cells for ID numbers), and that failures and cancels leave nothing.
#include "stores/customerexport.h"

#include "common/vaultfixture.h"
#include "stores/audittrail.h"
#include "stores/customerstore.h"
#include "stores/listingfixture.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace rmdesk;
using namespace rmdesk::test;

namespace {

const QDate today(2026, 11, 27);

QByteArray readAll(const QString& path)
{
    QFile f(path);
    BOOST_REQUIRE_MESSAGE(f.open(QIODevice::ReadOnly), path);
    return f.readAll();
}

QChar charAt(const QString& text, qsizetype i)
{
    return i < text.size() ? text.at(i) : QChar();
}

// A minimal RFC 4180 reader for checking what was written: quoted fields with "" for a quote,
// CRLF between records.
QList<QStringList> parseCsv(const QString& text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && charAt(text, i + 1) == QLatin1Char('"')) {
                cell += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << cell;
            cell.clear();
        } else if (c == QLatin1Char('\r') && charAt(text, i + 1) == QLatin1Char('\n')) {
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
            ++i;
        } else {
            cell += c;
        }
    }
    BOOST_TEST((row.isEmpty() && cell.isEmpty())); // the last record ends with CRLF
    return rows;
}

// One part of a zip file, through unzip(1).
QString unzipPart(const QString& zip, const QString& part)
{
    QProcess p;
    p.start(QStringLiteral("unzip"), {QStringLiteral("-p"), zip, part});
    BOOST_REQUIRE(p.waitForFinished(30000));
    BOOST_REQUIRE_MESSAGE(p.exitCode() == 0, "unzip " << part);
    return QString::fromUtf8(p.readAllStandardOutput());
}

struct XlsxCell
{
    QString type; // "inlineStr", "s", "" (number) …
    QString style;
    QString value;
};

// The cells of sheet1 by reference ("A1"), inline strings, shared strings and numbers.
QHash<QString, XlsxCell> readSheet(const QString& zip, QString* sheetXml = nullptr)
{
    const QString sheet = unzipPart(zip, QStringLiteral("xl/worksheets/sheet1.xml"));
    if (sheetXml)
        *sheetXml = sheet;
    QStringList shared;
    if (sheet.contains(QLatin1String("t=\"s\""))) {
        static const QRegularExpression si(QStringLiteral("<si><t[^>]*>(.*?)</t></si>"));
        const QString strings = unzipPart(zip, QStringLiteral("xl/sharedStrings.xml"));
        for (auto m = si.globalMatch(strings); m.hasNext();)
            shared << m.next().captured(1);
    }
    static const QRegularExpression cellRe(
        QStringLiteral("<c r=\"([A-Z]+[0-9]+)\"([^>]*?)(?:/>|>(.*?)</c>)"));
    static const QRegularExpression typeRe(QStringLiteral("t=\"([^\"]+)\""));
    static const QRegularExpression styleRe(QStringLiteral("s=\"([^\"]+)\""));
    static const QRegularExpression textRe(QStringLiteral("<t[^>]*>(.*?)</t>"));
    static const QRegularExpression valueRe(QStringLiteral("<v>(.*?)</v>"));
    QHash<QString, XlsxCell> cells;
    for (auto m = cellRe.globalMatch(sheet); m.hasNext();) {
        const auto c = m.next();
        XlsxCell cell;
        cell.type = typeRe.match(c.captured(2)).captured(1);
        cell.style = styleRe.match(c.captured(2)).captured(1);
        const QString body = c.captured(3);
        if (cell.type == QLatin1String("inlineStr"))
            cell.value = textRe.match(body).captured(1);
        else if (cell.type == QLatin1String("s"))
            cell.value = shared.value(valueRe.match(body).captured(1).toInt());
        else
            cell.value = valueRe.match(body).captured(1);
        cells.insert(c.captured(1), cell);
    }
    return cells;
}

QString columnLetter(int index) // 0 → A, 26 → AA
{
    QString s;
    for (int n = index + 1; n > 0; n = (n - 1) / 26)
        s.prepend(QChar(u'A' + (n - 1) % 26));
    return s;
}

const QStringList expectedHeader = {"id",
                                    "type",
                                    "name",
                                    "gender",
                                    "birth_date",
                                    "id_type",
                                    "id_number",
                                    "id_issuer",
                                    "id_expiry",
                                    "mobile",
                                    "phones",
                                    "email",
                                    "address",
                                    "occupation",
                                    "employer",
                                    "risk_level",
                                    "risk_assessed_on",
                                    "risk_expires_on",
                                    "aml_risk",
                                    "lifecycle_stage",
                                    "tags",
                                    "notes",
                                    "legal_rep",
                                    "contacts",
                                    "industry",
                                    "registered_address",
                                    "branch",
                                    "rm",
                                    "tier",
                                    "status",
                                    "aum_yuan"};

struct ExportFixture : VaultFixture
{
    ExportFixture()
    {
        addStaff();
        rm1 = login(QStringLiteral("rm1"));
        rm2 = login(QStringLiteral("rm2"));
        sup1 = login(QStringLiteral("sup1"));
        comp1 = login(QStringLiteral("comp1"));
        BOOST_REQUIRE(rm1 && rm2 && sup1 && comp1);
        zhang = add(*rm1, CustomerType::Individual,
                    {{"name", "张伟"},
                     {"id_number", "11010519491231002x"},
                     {"mobile", "+86 138 1234 5678"},
                     {"phones", "010-62345678"},
                     {"email", "zw@example.com"},
                     {"address", "北京市朝阳区建国路88号"},
                     {"risk_level", "C3"},
                     {"notes", "likes \"tea\", calls after 6pm\nsecond line"}});
        company = add(*rm1, CustomerType::Institution,
                      {{"name", "示例科技有限公司"},
                       {"id_number", "91350100m000100y43"},
                       {"legal_rep", "王芳"},
                       {"mobile", "13900001111"}});
        wang = add(*rm2, CustomerType::Individual, {{"name", "王芳"}, {"risk_level", "C2"}});
        unassigned = add(*sup1, CustomerType::Individual, {{"name", "李娜"}, {"risk_level", "C3"}});
        // Assets under management for the zhang row: 1,234,567.89 yuan.
        QSqlQuery q(admin->database().connection());
        BOOST_REQUIRE(q.exec(
            QStringLiteral("UPDATE customers SET aum_fen = 123456789 WHERE id = %1").arg(zhang)));
    }
    qint64 add(Vault& v, CustomerType type, const QList<std::pair<const char*, const char*>>& in)
    {
        QHash<QString, QString> values;
        for (const auto& [k, val] : in)
            values.insert(QString::fromUtf8(k), QString::fromUtf8(val));
        qint64 id = 0;
        StoreError e;
        QList<FieldError> errors;
        BOOST_REQUIRE_MESSAGE(CustomerStore(v.database().connection(), today)
                                  .add(v.session(), type, values, &id, &e, &errors),
                              e.message << (errors.isEmpty() ? QString() : errors[0].message));
        return id;
    }
    std::optional<CustomerExportResult> run(Vault& v, const QString& name, StoreError* e,
                                            bool unmasked = false,
                                            const QString& reason = QString(),
                                            const CustomerListQuery& query = {},
                                            const CustomerExport::Progress& progress = {})
    {
        CustomerExportOptions o;
        o.fileName = folder.file(name);
        o.unmasked = unmasked;
        o.reason = reason;
        o.query = query;
        return CustomerExport(v.database().connection(), today).run(v.session(), o, e, progress);
    }
    QList<QStringList> csv(const QString& name)
    {
        const QByteArray bytes = readAll(folder.file(name));
        BOOST_REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
        return parseCsv(QString::fromUtf8(bytes.mid(3)));
    }
    QList<qint64> ids(const QList<QStringList>& rows)
    {
        QList<qint64> out;
        for (qsizetype i = 1; i < rows.size(); ++i)
            out << rows[i].value(0).toLongLong();
        return out;
    }
    // The files in the test folder other than the database's own.
    QStringList exportFiles() const
    {
        QStringList files;
        for (const QString& f :
             QDir(folder.dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System))
            if (!f.startsWith(QLatin1String("bank.rmdb")))
                files << f;
        return files;
    }
    QList<AuditRow> exportAudits()
    {
        AuditFilter filter;
        filter.action = QStringLiteral("customer.export");
        return AuditTrail::list(admin->database().connection(), filter);
    }
    std::unique_ptr<Vault> rm1, rm2, sup1, comp1;
    qint64 zhang = 0, company = 0, wang = 0, unassigned = 0;
};

QStringList row(const QList<QStringList>& rows, qint64 id)
{
    for (const QStringList& r : rows)
        if (r.value(0) == QString::number(id))
            return r;
    BOOST_FAIL("no row " << id);
    return {};
}

QString cell(const QStringList& r, const char* column)
{
    return r.value(expectedHeader.indexOf(QLatin1String(column)));
}

} // namespace

BOOST_FIXTURE_TEST_SUITE(customer_export, ExportFixture)

BOOST_AUTO_TEST_CASE(the_header_is_the_field_keys_import_reads)
{
    BOOST_TEST(CustomerExport::columns() == expectedHeader);
    BOOST_TEST((CustomerExport::formatFor(QStringLiteral("a/b.CSV")) == ExportFormat::Csv));
    BOOST_TEST((CustomerExport::formatFor(QStringLiteral("b.xlsx")) == ExportFormat::Xlsx));
    BOOST_TEST(!CustomerExport::formatFor(QStringLiteral("b.xls")));
}

BOOST_AUTO_TEST_CASE(an_rm_exports_their_book_masked_cell_by_cell)
{
    StoreError e;
    const auto r = run(*rm1, QStringLiteral("book.csv"), &e);
    BOOST_REQUIRE_MESSAGE(r, e.message);
    BOOST_TEST(r->rows == 2);
    BOOST_TEST(r->masked);
    const QByteArray bytes = readAll(folder.file(QStringLiteral("book.csv")));
    // RFC 4180: a field with quotes, a comma and a newline is quoted, quotes doubled; CRLF ends
    // records (the newline inside the field stays as it was).
    BOOST_TEST(bytes.contains("\"likes \"\"tea\"\", calls after 6pm\nsecond line\""));
    BOOST_TEST(bytes.count("\r\n") == 3);
    const QList<QStringList> rows = csv(QStringLiteral("book.csv"));
    BOOST_REQUIRE(rows.size() == 3);
    BOOST_TEST(rows[0] == expectedHeader);
    BOOST_TEST(ids(rows) == (QList<qint64>{zhang, company}));

    const QStringList z = row(rows, zhang);
    BOOST_REQUIRE(z.size() == expectedHeader.size());
    const QStringList zExpected = {QString::number(zhang),
                                   "individual",
                                   "张*",
                                   "****",
                                   "****",
                                   "resident_id", // gender, birth date: no pattern
                                   "110***********002X",
                                   "",
                                   "",
                                   "138****5678",
                                   "010*****5678",
                                   "z*************",
                                   "北京市朝阳区****",
                                   "",
                                   "",
                                   "C3",
                                   "",
                                   "",
                                   "low",
                                   "prospect",
                                   "",
                                   "likes \"tea\", calls after 6pm\nsecond line",
                                   "",
                                   "",
                                   "",
                                   "",
                                   "BJ01",
                                   "rm1",
                                   "mass",
                                   "active",
                                   "1234567.89"};
    for (qsizetype i = 0; i < expectedHeader.size(); ++i)
        BOOST_TEST(z[i] == zExpected[i], expectedHeader[i]);

    // An institution: registry data is public (C1), the legal representative is masked; the
    // individual-only columns stay empty.
    const QStringList c = row(rows, company);
    BOOST_TEST(cell(c, "type") == QStringLiteral("institution"));
    BOOST_TEST(cell(c, "name") == QStringLiteral("示例科技有限公司"));
    BOOST_TEST(cell(c, "id_type") == QStringLiteral("uscc"));
    BOOST_TEST(cell(c, "id_number") == QStringLiteral("91350100M000100Y43"));
    BOOST_TEST(cell(c, "legal_rep") == QStringLiteral("王*"));
    BOOST_TEST(cell(c, "mobile") == QStringLiteral("139****1111"));
    BOOST_TEST(cell(c, "gender").isEmpty());
    BOOST_TEST(cell(c, "birth_date").isEmpty());
    BOOST_TEST(cell(c, "aum_yuan") == QStringLiteral("0.00"));

    // Audited too, with the count and no customer data.
    const QList<AuditRow> audits = exportAudits();
    BOOST_REQUIRE(audits.size() == 1);
    const QJsonObject d = QJsonDocument::fromJson(audits[0].details.toUtf8()).object();
    BOOST_TEST(d.value(QStringLiteral("count")).toInt() == 2);
    BOOST_TEST(d.value(QStringLiteral("format")).toString() == QStringLiteral("csv"));
    BOOST_TEST(d.value(QStringLiteral("unmasked")).toBool() == false);
    BOOST_TEST(audits[0].userName == QStringLiteral("rm1"));
    BOOST_TEST(exportFiles() == QStringList{QStringLiteral("book.csv")});
}

BOOST_AUTO_TEST_CASE(an_unmasked_export_needs_the_reason_and_is_audited_without_data)
{
    StoreError e;
    BOOST_TEST(!run(*rm1, QStringLiteral("open.csv"), &e, true, QStringLiteral("  ")));
    BOOST_TEST(e.kind == StoreError::Invalid);
    BOOST_TEST(e.message.contains(QStringLiteral("at least 4")));
    BOOST_TEST(exportFiles().isEmpty());
    BOOST_TEST(exportAudits().isEmpty());

    const QString reason = QStringLiteral("annual KYC review");
    const auto r = run(*rm1, QStringLiteral("open.csv"), &e, true, reason);
    BOOST_REQUIRE_MESSAGE(r, e.message);
    BOOST_TEST(!r->masked);
    const QList<QStringList> rows = csv(QStringLiteral("open.csv"));
    const QStringList z = row(rows, zhang);
    BOOST_TEST(cell(z, "name") == QStringLiteral("张伟"));
    BOOST_TEST(cell(z, "gender") == QStringLiteral("female"));
    BOOST_TEST(cell(z, "birth_date") == QStringLiteral("1949-12-31"));
    BOOST_TEST(cell(z, "id_number") == QStringLiteral("11010519491231002X"));
    BOOST_TEST(cell(z, "mobile") == QStringLiteral("13812345678"));
    BOOST_TEST(cell(z, "phones") == QStringLiteral("010-62345678"));
    BOOST_TEST(cell(z, "email") == QStringLiteral("zw@example.com"));
    BOOST_TEST(cell(z, "address") == QStringLiteral("北京市朝阳区建国路88号"));
    BOOST_TEST(cell(z, "rm") == QStringLiteral("rm1"));
    BOOST_TEST(cell(row(rows, company), "legal_rep") == QStringLiteral("王芳"));

    const QList<AuditRow> audits = exportAudits();
    BOOST_REQUIRE(audits.size() == 1);
    const AuditRow& a = audits[0];
    BOOST_TEST(a.reason == reason);
    const QJsonObject d = QJsonDocument::fromJson(a.details.toUtf8()).object();
    BOOST_TEST(d.value(QStringLiteral("count")).toInt() == 2);
    BOOST_TEST(d.value(QStringLiteral("unmasked")).toBool());
    BOOST_TEST(d.value(QStringLiteral("file")).toString() == QStringLiteral("open.csv"));
    for (const char* data : {"张", "王", "1381234", "110105", "zw@", "建国路", "示例"})
        BOOST_TEST(!a.details.contains(QString::fromUtf8(data)), data);
    BOOST_TEST(AuditTrail::verify(admin->database().connection()).ok);
}

BOOST_AUTO_TEST_CASE(scope_follows_the_role)
{
    StoreError e;
    auto r = run(*sup1, QStringLiteral("branch.csv"), &e);
    BOOST_REQUIRE_MESSAGE(r, e.message);
    BOOST_TEST(ids(csv(QStringLiteral("branch.csv"))) ==
               (QList<qint64>{zhang, company, unassigned}));
    BOOST_TEST(cell(row(csv(QStringLiteral("branch.csv")), unassigned), "rm").isEmpty());
    r = run(*rm2, QStringLiteral("rm2.csv"), &e);
    BOOST_REQUIRE_MESSAGE(r, e.message);
    BOOST_TEST(ids(csv(QStringLiteral("rm2.csv"))) == QList<qint64>{wang});
    BOOST_TEST(cell(row(csv(QStringLiteral("rm2.csv")), wang), "branch") == QStringLiteral("SH01"));

    // Compliance reads everything but exports nothing; nor does the administrator.
    for (Vault* v : {comp1.get(), admin.get()}) {
        BOOST_TEST(!run(*v, QStringLiteral("no.csv"), &e));
        BOOST_TEST(e.kind == StoreError::Forbidden);
        BOOST_TEST(!run(*v, QStringLiteral("no.xlsx"), &e, true, QStringLiteral("audit sample")));
        BOOST_TEST(e.kind == StoreError::Forbidden);
    }
    BOOST_TEST(!CustomerExport::mayExport(comp1->session()));
    BOOST_TEST(CustomerExport::mayUnmask(sup1->session()));
    BOOST_TEST(!CustomerExport::mayUnmask(comp1->session()));
    BOOST_TEST(exportFiles() ==
               (QStringList{QStringLiteral("branch.csv"), QStringLiteral("rm2.csv")}));
    BOOST_TEST(exportAudits().size() == 2);
}

BOOST_AUTO_TEST_CASE(the_list_as_filtered_in_its_order)
{
    StoreError e;
    CustomerListQuery q;
    q.rmName = QStringLiteral("rm1");
    q.sort = CustomerSort::Name;
    q.descending = true;
    auto r = run(*sup1, QStringLiteral("rm1.csv"), &e, false, QString(), q);
    BOOST_REQUIRE_MESSAGE(r, e.message);
    // 示例科技有限公司 (U+793A) sorts after 张伟 (U+5F20): descending, the company comes first.
    BOOST_TEST(ids(csv(QStringLiteral("rm1.csv"))) == (QList<qint64>{company, zhang}));
    q = CustomerListQuery();
    q.riskLevel = QStringLiteral("C3");
    r = run(*sup1, QStringLiteral("c3.csv"), &e, false, QString(), q);
    BOOST_REQUIRE_MESSAGE(r, e.message);
    BOOST_TEST(ids(csv(QStringLiteral("c3.csv"))) == (QList<qint64>{zhang, unassigned}));
    const QJsonObject d = QJsonDocument::fromJson(exportAudits().first().details.toUtf8()).object();
    BOOST_TEST(d.value(QStringLiteral("filters"))
                   .toObject()
                   .value(QStringLiteral("risk_level"))
                   .toString() == QStringLiteral("C3"));
    // An RM's filter cannot reach outside the book: another branch is simply empty.
    q = CustomerListQuery();
    q.branch = QStringLiteral("SH01");
    r = run(*rm1, QStringLiteral("sh.csv"), &e, false, QString(), q);
    BOOST_REQUIRE_MESSAGE(r, e.message);
    BOOST_TEST(r->rows == 0);
    BOOST_TEST(csv(QStringLiteral("sh.csv")).size() == 1); // the header only
}

BOOST_AUTO_TEST_CASE(xlsx_has_a_bold_header_and_keeps_id_numbers_as_text)
{
    StoreError e;
    const auto r =
        run(*rm1, QStringLiteral("book.xlsx"), &e, true, QStringLiteral("annual KYC review"));
    BOOST_REQUIRE_MESSAGE(r, e.message);
    BOOST_TEST(r->rows == 2);
    BOOST_TEST((r->format == ExportFormat::Xlsx));
    QString xml;
    const QHash<QString, XlsxCell> cells =
        readSheet(folder.file(QStringLiteral("book.xlsx")), &xml);
    for (int c = 0; c < expectedHeader.size(); ++c) {
        const XlsxCell h = cells.value(columnLetter(c) + QLatin1Char('1'));
        BOOST_TEST(h.value == expectedHeader[c]);
        BOOST_TEST(!h.style.isEmpty()); // the bold format
    }
    BOOST_TEST(xml.contains(QLatin1String("ySplit=\"1\""))); // the header row is frozen
    BOOST_TEST(xml.contains(QLatin1String("<cols>")));       // column widths
    const auto at = [&](const char* column, int rowNumber) {
        return cells.value(columnLetter(int(expectedHeader.indexOf(QLatin1String(column)))) +
                           QString::number(rowNumber));
    };
    // Row 2 is zhang (the lower number), row 3 the company.
    BOOST_TEST(at("id", 2).type.isEmpty()); // a number
    BOOST_TEST(at("id", 2).value == QString::number(zhang));
    for (const auto& [column, rowNumber, value] :
         {std::tuple{"id_number", 2, "11010519491231002X"},
          std::tuple{"id_number", 3, "91350100M000100Y43"}, std::tuple{"mobile", 2, "13812345678"},
          std::tuple{"phones", 2, "010-62345678"}}) {
        const XlsxCell c = at(column, rowNumber);
        BOOST_TEST(c.value == QString::fromUtf8(value));
        BOOST_TEST((c.type == QLatin1String("inlineStr") || c.type == QLatin1String("s")), column);
    }
    BOOST_TEST(at("name", 2).value == QStringLiteral("张伟"));
    BOOST_TEST(at("aum_yuan", 2).value == QStringLiteral("1234567.89"));
    BOOST_TEST(at("aum_yuan", 2).type.isEmpty());
    BOOST_TEST(exportFiles() == QStringList{QStringLiteral("book.xlsx")});
    const QJsonObject d = QJsonDocument::fromJson(exportAudits().first().details.toUtf8()).object();
    BOOST_TEST(d.value(QStringLiteral("format")).toString() == QStringLiteral("xlsx"));
}

BOOST_AUTO_TEST_CASE(an_unwritable_target_gives_an_error_and_leaves_nothing)
{
    // A folder that is a file; a target that is a folder (root ignores permission bits).
    QFile blocker(folder.file(QStringLiteral("blocker")));
    BOOST_REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    BOOST_REQUIRE(QDir(folder.dir.path()).mkdir(QStringLiteral("taken.xlsx")));
    BOOST_REQUIRE(QDir(folder.dir.path()).mkdir(QStringLiteral("taken.csv")));
    for (const char* name :
         {"blocker/out.csv", "blocker/out.xlsx", "missing/out.xlsx", "taken.xlsx", "taken.csv"}) {
        StoreError e;
        BOOST_TEST(!run(*rm1, QString::fromLatin1(name), &e), name);
        BOOST_TEST(e.kind == StoreError::Failed);
        BOOST_TEST(e.message.contains(QStringLiteral("could not be written")), e.message);
    }
    BOOST_TEST(exportFiles() == QStringList{QStringLiteral("blocker")});
    BOOST_TEST(QDir(folder.file(QStringLiteral("taken.xlsx"))).isEmpty());
    BOOST_TEST(exportAudits().isEmpty());
    StoreError e;
    BOOST_TEST(!run(*rm1, QStringLiteral("out.pdf"), &e));
    BOOST_TEST(e.kind == StoreError::Invalid);
}

BOOST_AUTO_TEST_CASE(an_export_replaces_an_older_file_and_leaves_no_temporary_files)
{
    QFile old(folder.file(QStringLiteral("book.xlsx")));
    BOOST_REQUIRE(old.open(QIODevice::WriteOnly));
    old.write("old");
    old.close();
    StoreError e;
    BOOST_REQUIRE(run(*rm1, QStringLiteral("book.xlsx"), &e));
    BOOST_REQUIRE(run(*rm1, QStringLiteral("book.csv"), &e));
    BOOST_TEST(readAll(folder.file(QStringLiteral("book.xlsx"))).startsWith("PK"));
    BOOST_TEST(exportFiles() ==
               (QStringList{QStringLiteral("book.csv"), QStringLiteral("book.xlsx")}));
    // Only the person who exported may read the file.
    for (const QString& f : exportFiles())
        BOOST_TEST(QFile(folder.file(f)).permissions() ==
                   (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
}

BOOST_AUTO_TEST_SUITE_END()

// Longer lists: pages, progress and cancel, and the filtered list against a plain query.
BOOST_FIXTURE_TEST_SUITE(customer_export_pages, ListingFixture)

BOOST_AUTO_TEST_CASE(the_filtered_list_matches_a_plain_query_across_pages)
{
    fill(4400); // 4,800 rows; BJ01 holds those whose number is not a multiple of 3
    for (const auto& [tier, sort] : {std::pair{QString(), CustomerSort::Number},
                                     std::pair{QStringLiteral("mass"), CustomerSort::Name},
                                     std::pair{QStringLiteral("affluent"), CustomerSort::Aum}}) {
        CustomerListQuery q;
        q.tier = tier;
        q.sort = sort;
        q.descending = sort == CustomerSort::Aum;
        CustomerExportOptions o;
        o.fileName = folder.file(QStringLiteral("list.csv"));
        o.query = q;
        QList<std::pair<int, int>> calls;
        StoreError e;
        const auto r = CustomerExport(sup1->database().connection(), listToday)
                           .run(sup1->session(), o, &e, [&](int done, int total) {
                               calls.append({done, total});
                               return true;
                           });
        BOOST_REQUIRE_MESSAGE(r, e.message);
        const QList<qint64> expected = truth(*sup1, q);
        BOOST_TEST(r->rows == expected.size());
        const QByteArray bytes = readAll(o.fileName);
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes.mid(3)));
        QList<qint64> got;
        for (qsizetype i = 1; i < rows.size(); ++i)
            got << rows[i].value(0).toLongLong();
        BOOST_TEST(got == expected);
        // Progress from 0 to the end, a page at a time.
        BOOST_REQUIRE(!calls.isEmpty());
        BOOST_TEST(calls.first().first == 0);
        BOOST_TEST(calls.last().first == expected.size());
        BOOST_TEST(calls.last().second == expected.size());
        BOOST_TEST(calls.size() ==
                   1 + (expected.size() + CustomerExport::PageRows - 1) / CustomerExport::PageRows);
    }
}

BOOST_AUTO_TEST_CASE(a_cancel_leaves_no_file_and_no_audit_row)
{
    fill(4400);
    for (const char* name : {"cancel.csv", "cancel.xlsx"}) {
        CustomerExportOptions o;
        o.fileName = folder.file(QString::fromLatin1(name));
        int calls = 0;
        StoreError e;
        const auto r = CustomerExport(sup1->database().connection(), listToday)
                           .run(sup1->session(), o, &e, [&](int done, int) {
                               ++calls;
                               return done < CustomerExport::PageRows; // stop after one page
                           });
        BOOST_REQUIRE_MESSAGE(r, e.message);
        BOOST_TEST(r->cancelled);
        BOOST_TEST(calls == 2);
        BOOST_TEST(!QFile::exists(o.fileName));
    }
    const QStringList left = QDir(folder.dir.path()).entryList(QDir::Files | QDir::Hidden);
    BOOST_TEST(left.filter(QRegularExpression(QStringLiteral("^(?!bank\\.rmdb)"))).isEmpty(),
               left.join(QLatin1Char(' ')));
    AuditFilter filter;
    filter.action = QStringLiteral("customer.export");
    BOOST_TEST(AuditTrail::list(admin->database().connection(), filter).isEmpty());
}

BOOST_AUTO_TEST_SUITE_END()
