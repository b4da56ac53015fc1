// The customer import at scale: the streaming CSV reader gives what CsvTable gives (records across
// its window, a field larger than it, the same refusals), the ID-number set is exact, the quick
// check of plain rows agrees with the full check row by row, and a bulk load (indexes dropped and
// built again, the lifecycle trigger set aside, settings changed) puts the schema and the
// connection's settings back whether it commits, is cancelled or is refused.
#include "stores/csvtable.h"
#include "stores/customerimportfixture.h"
#include "stores/customerimportwriter.h"
#include "stores/customersearch.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringDecoder>
#include <QStringEncoder>

using namespace rmdesk;
using namespace rmdesk::test;

namespace {

struct BulkFixture : VaultFixture
{
    BulkFixture()
    {
        addStaff();
        rm1 = login(QStringLiteral("rm1"));
        sup1 = login(QStringLiteral("sup1"));
        BOOST_REQUIRE(rm1 && sup1);
    }
    QSqlDatabase db() { return sup1->database().connection(); }
    QString write(const QString& name, const QByteArray& bytes)
    {
        return writeFile(folder, name, bytes);
    }
    QString scalar(const QString& sql)
    {
        QSqlQuery q(db());
        BOOST_REQUIRE_MESSAGE(q.exec(sql) && q.next(), sql);
        return q.value(0).toString();
    }
    // The schema (every index and trigger with its SQL) and every table's content.
    QByteArray state()
    {
        QCryptographicHash h(QCryptographicHash::Sha256);
        QSqlQuery q(db());
        BOOST_REQUIRE(q.exec(QStringLiteral(
            "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master ORDER BY name")));
        QStringList tables;
        while (q.next()) {
            h.addData((q.value(0).toString() + q.value(1).toString() + q.value(2).toString() +
                       q.value(3).toString())
                          .toUtf8());
            if (q.value(0).toString() == QLatin1String("table") &&
                !q.value(1).toString().startsWith(QLatin1String("sqlite_")))
                tables << q.value(1).toString();
        }
        for (const QString& t : std::as_const(tables)) {
            QSqlQuery rows(db());
            BOOST_REQUIRE_MESSAGE(rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(t)), t);
            while (rows.next())
                for (int i = 0; i < rows.record().count(); ++i)
                    h.addData(rows.value(i).toString().toUtf8() + '\x1f');
        }
        return h.result();
    }
    // Every index and trigger with its SQL.
    QStringList schema()
    {
        QStringList out;
        QSqlQuery q(db());
        BOOST_REQUIRE(
            q.exec(QStringLiteral("SELECT type || ' ' || name || ' ' || coalesce(sql, '') "
                                  "FROM sqlite_master WHERE type IN ('index', "
                                  "'trigger') ORDER BY name")));
        while (q.next())
            out << q.value(0).toString();
        return out;
    }
    QString settings()
    {
        return scalar(QStringLiteral("PRAGMA cache_size")) + QLatin1Char('/') +
               scalar(QStringLiteral("PRAGMA foreign_keys")) + QLatin1Char('/') +
               scalar(QStringLiteral("PRAGMA journal_mode"));
    }
    std::unique_ptr<Vault> rm1, sup1;
};

// Reads a file with CsvReader: every record decoded, and the scan's facts.
struct Streamed
{
    CsvReader::Facts facts;
    QList<CsvRecord> records;
};

Streamed stream(const QString& file, const QString& encoding = QString())
{
    Streamed s;
    QString error;
    const auto facts = CsvReader::scan(file, encoding, &error);
    BOOST_REQUIRE_MESSAGE(facts, error);
    s.facts = *facts;
    CsvReader reader;
    BOOST_REQUIRE(reader.open(file, &error));
    QStringDecoder gb("GB18030", QStringDecoder::Flag::Stateless);
    CsvRawRecord raw;
    while (reader.next(&raw))
        s.records << CsvTable::decode(raw, facts->encoding == QLatin1String("GB18030"), &gb);
    BOOST_TEST(reader.error().isEmpty());
    return s;
}

void sameAsTable(const QString& file, const QString& encoding = QString())
{
    QString error;
    const auto table = CsvTable::readFile(file, encoding, &error);
    BOOST_REQUIRE_MESSAGE(table, error);
    const Streamed s = stream(file, encoding);
    BOOST_TEST(s.facts.encoding == table->encoding);
    BOOST_TEST(s.facts.bom == table->bom);
    BOOST_TEST(s.facts.records == table->records.size());
    BOOST_REQUIRE(s.records.size() == table->records.size());
    int differ = 0;
    for (qsizetype i = 0; i < s.records.size(); ++i) {
        const CsvRecord& a = s.records.at(i);
        const CsvRecord& b = table->records.at(i);
        differ += a.line == b.line && a.fields == b.fields && a.problem == b.problem ? 0 : 1;
    }
    BOOST_TEST(differ == 0);
}

constexpr int kWindow = 1 << 20; // CsvReader's first read

} // namespace

BOOST_FIXTURE_TEST_SUITE(customer_import_bulk, BulkFixture)

BOOST_AUTO_TEST_CASE(the_reader_gives_what_the_table_gives_across_its_window)
{
    // Records of every length cross the window's edge at every kind of byte: quotes, doubled
    // quotes, CR, LF and CRLF, commas, inside and outside quoted fields.
    QByteArray mixed = "\xEF\xBB\xBFname,note,n\r\n";
    for (int i = 0; mixed.size() < 3 * kWindow; ++i) {
        const QByteArray pad(i % 97, 'a' + char(i % 26));
        switch (i % 5) {
        case 0:
            mixed +=
                "张伟" + pad + ",\"say \"\"hi\"\",\r\nthere\"," + QByteArray::number(i) + "\r\n";
            break;
        case 1:
            mixed += pad + ",plain," + QByteArray::number(i) + "\n";
            break;
        case 2:
            mixed += "\"" + pad + "\"junk,\"\"," + QByteArray::number(i) + "\r";
            break;
        case 3:
            mixed += "\r\n\n"; // blank lines
            break;
        default:
            mixed += "\"a\rb\nc\"," + pad + "," + QByteArray::number(i) + "\r\n";
        }
    }
    mixed += "last,no,newline";
    sameAsTable(write(QStringLiteral("mixed.csv"), mixed));

    // Exactly at the edge: a CRLF split by it, then a doubled quote split by it.
    for (const QByteArray& edge : {QByteArray("\r\n"), QByteArray("\"\"")}) {
        QByteArray bytes = "a,b\n";
        const bool quoted = edge.startsWith('"');
        while (bytes.size() < kWindow - 200)
            bytes += "0123456789,abcdefghij\n";
        const QByteArray opening = quoted ? "x,\"" : "x,";
        bytes += opening + QByteArray(kWindow - 1 - bytes.size() - opening.size(), 'y') + edge;
        BOOST_REQUIRE(bytes.mid(kWindow - 1, 2) == edge);
        bytes += quoted ? "z\"\nafter,it\n" : "after,it\n";
        const Streamed s = stream(write(QStringLiteral("edge.csv"), bytes));
        BOOST_TEST(s.records.last().fields == (QStringList{"after", "it"}));
        BOOST_TEST(s.records.at(s.records.size() - 2)
                       .fields.at(1)
                       .endsWith(quoted ? QStringLiteral("y\"z") : QStringLiteral("y")));
        sameAsTable(folder.file(QStringLiteral("edge.csv")));
    }

    // A field three windows long, and a GB18030 file with a UTF-8 line in it.
    QByteArray big = "name,note\n张三,\"" + QByteArray(3 * kWindow, 'x') + "\"\n李四,ok\n";
    const Streamed s = stream(write(QStringLiteral("big.csv"), big));
    BOOST_REQUIRE(s.records.size() == 3);
    BOOST_TEST(s.records.at(1).fields.at(1).size() == 3 * kWindow);
    BOOST_TEST(s.records.at(2).line == 3);
    QStringEncoder gb("GB18030");
    QByteArray gbBytes = "name,city\n";
    for (int i = 0; i < 30000; ++i)
        gbBytes += QByteArray(gb.encode(QStringLiteral("王%1,北京\n").arg(i)));
    gbBytes += "张伟,上海\n"; // UTF-8
    const QString gbFile = write(QStringLiteral("gb.csv"), gbBytes);
    sameAsTable(gbFile);
    const Streamed g = stream(gbFile);
    BOOST_TEST(g.facts.encoding == QStringLiteral("GB18030"));
    BOOST_TEST(g.records.at(1).fields.at(1) == QStringLiteral("北京"));
    BOOST_TEST(g.records.last().problem.contains(QStringLiteral("UTF-8")));
    sameAsTable(gbFile, QStringLiteral("utf8"));
}

BOOST_AUTO_TEST_CASE(the_scan_refuses_what_the_table_refuses_with_its_words)
{
    const struct
    {
        QByteArray bytes;
        QString encoding;
        const char* words;
    } cases[] = {
        {QByteArray("a,b\n1,\"open\n2,3\n"), QString(), "Line 2"},
        {QByteArray("a,b\n1,2\n", 8) + QByteArray(1, '\0') + "\n", QString(), "NUL"},
        {QByteArray("a,b\n1,\"open\n") + QByteArray(1, '\0'), QString(), "NUL"},
        {QByteArray("\xFF\xFE"
                    "a\0,\0b\0",
                    8),
         QString(), "UTF-16"},
        {QByteArray("a,b\n"), QStringLiteral("latin1"), "latin1"},
    };
    for (const auto& c : cases) {
        const QString file = write(QStringLiteral("bad.csv"), c.bytes);
        QString tableError, scanError;
        BOOST_TEST(!CsvTable::readFile(file, c.encoding, &tableError));
        BOOST_TEST(!CsvReader::scan(file, c.encoding, &scanError));
        BOOST_TEST(scanError == tableError);
        BOOST_TEST(scanError.contains(QLatin1String(c.words)), scanError.toStdString());
    }
    QString tableError, scanError;
    const QString missing = folder.file(QStringLiteral("missing.csv"));
    BOOST_TEST(!CsvTable::readFile(missing, QString(), &tableError));
    BOOST_TEST(!CsvReader::scan(missing, QString(), &scanError));
    BOOST_TEST(scanError == tableError);
}

BOOST_AUTO_TEST_CASE(the_id_number_set_is_exact)
{
    IdNumberSet set;
    for (int i = 0; i < 200000; ++i)
        set.insert(QStringLiteral("%1X").arg(i), i + 2);
    set.insert(QStringLiteral("123X"), 999); // already there: the first line stays
    set.insert(QStringLiteral("护照E%1").arg(7), 5);
    BOOST_TEST(set.size() == 200001);
    int wrong = 0;
    for (int i = 0; i < 200000; ++i)
        wrong += set.line(QStringLiteral("%1X").arg(i)) == i + 2 ? 0 : 1;
    BOOST_TEST(wrong == 0);
    BOOST_TEST(set.line(QStringLiteral("123X")) == 125);
    BOOST_TEST(set.line(QStringLiteral("护照E7")) == 5);
    BOOST_TEST(set.line(QStringLiteral("123x")) == 0);
    BOOST_TEST(set.line(QStringLiteral("200000X")) == 0);
    BOOST_TEST(set.line(QStringLiteral("1")) == 0);
    BOOST_TEST(IdNumberSet().line(QStringLiteral("1")) == 0);
}

BOOST_AUTO_TEST_CASE(the_quick_check_agrees_with_the_full_check)
{
    const QString id1 = residentId(QDate(1980, 2, 29), 17);
    const QString id2 = residentId(QDate(1999, 12, 31), 998);
    QString badSum = residentId(QDate(1970, 1, 1), 1);
    badSum[17] = badSum[17] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
    const QString rows =
        QStringLiteral("type,name,id_number,mobile,email,address,risk_level,aml_risk,tags,notes,"
                       "branch,rm,gender\n") +
        // Quick: 1, 2 (a space in the number), 3 (+86 and spaces), 11, 13, 15 (the number of
        // line 2 again: duplicates are the writer's), 17 (padding), 19 (padded type): 8 rows.
        QStringLiteral("individual,张伟,%1,13800138000,a@b.cn,北京,C3,low,,,BJ01,,\n").arg(id1) +
        QStringLiteral("个人,王芳,%1 %2,,,,,,,,,,\n").arg(id2.left(6), id2.mid(6)) +
        QStringLiteral(",李娜,,+86 139 0000 0001,,,,,,,,,\n") +
        QStringLiteral("individual,赵四,,,bad-email,,,,,,,,\n") +
        QStringLiteral("individual,钱五,,,,,C9,,,,,,\n") +
        QStringLiteral("individual,孙六,,,,,,extreme,,,,,\n") +
        QStringLiteral("individual,周七%1,,,,,,,,,,,\n").arg(id2) +
        QStringLiteral("individual,吴八,,,,,,,,,,,male\n") +
        QStringLiteral("institution,某某有限公司,,,,,,,,,,,\n") +
        QStringLiteral("individual,郑九,,,,,,,,,SH01,,\n") +
        QStringLiteral("individual,冯十,,,,,,,,,,rm1,\n") +
        QStringLiteral("individual,陈一,,,,,,,,,,nobody,\n") +
        QStringLiteral("individual,褚二,,,,,,,t1,\"note, with comma\",,,\n") +
        QStringLiteral("individual,卫三\n") +
        QStringLiteral("individual,蒋四,%1,,,,,,,,,,\n").arg(id1) +
        QStringLiteral("individual,沈五,%1,,,,,,,,,,\n").arg(badSum) +
        QStringLiteral("individual, 韩六 ,,13800138001,,\"  padded  \",,,,,,,\n") +
        QStringLiteral("individual,杨七,,1380013800,,,,,,,,,\n") +
        QStringLiteral(" individual ,朱八,,,,,,,,,,,\n") +
        QStringLiteral("individual,秦九,,,,%1,,,,,,,\n").arg(QString(2001, QLatin1Char('a')));
    const QString utf8 = write(QStringLiteral("rows.csv"), rows.toUtf8());
    const QString gb =
        write(QStringLiteral("rows-gb.csv"), QByteArray(QStringEncoder("GB18030").encode(rows)));
    for (Vault* v : {sup1.get(), rm1.get()}) {
        for (const QString& file : {utf8, gb}) {
            CustomerImport import(v->database().connection(), today);
            StoreError e;
            int quick = 0;
            const auto differ = import.crossCheck(v->session(), file, {}, &quick, &e);
            BOOST_REQUIRE_MESSAGE(differ, e.message);
            BOOST_TEST(differ->isEmpty());
            BOOST_TEST(quick == 8);
        }
    }
    // And the import of it: the quick rows and the valid slow ones (8 male, 9 institution).
    StoreError e;
    const auto r = CustomerImport(db(), today).run(sup1->session(), utf8, {}, &e);
    BOOST_REQUIRE_MESSAGE(r, e.message);
    BOOST_TEST(r->imported == 9);
    BOOST_TEST(r->rejected == 11);
    BOOST_TEST(scalar(QStringLiteral("SELECT id_number || mobile FROM customers WHERE name = "
                                     "'王芳'")) == QString());
    BOOST_TEST(scalar(QStringLiteral("SELECT id_number FROM customers WHERE name = '王芳'")) ==
               id2);
    BOOST_TEST(scalar(QStringLiteral("SELECT mobile FROM customers WHERE name = '李娜'")) ==
               QStringLiteral("13900000001"));
    BOOST_TEST(scalar(QStringLiteral("SELECT address FROM customers WHERE name = '韩六'")) ==
               QStringLiteral("padded"));
}

BOOST_AUTO_TEST_CASE(a_bulk_load_puts_the_schema_and_the_settings_back)
{
    // 25,000 rows into no customers: indexes dropped and built again, the trigger set aside.
    QByteArray csv = "name,id_number,mobile,aml_risk\n";
    const char* names[] = {"王建国", "李秀英", "张志强"};
    constexpr int n = 25000;
    for (int i = 0; i < n; ++i)
        csv += QStringLiteral("%1,%2,137%3,%4\n")
                   .arg(QString::fromUtf8(names[i % 3]))
                   .arg(residentId(QDate(1960, 1, 1).addDays(i / 1000), i % 1000))
                   .arg(i, 8, 10, QLatin1Char('0'))
                   .arg(i % 2 ? QStringLiteral("high") : QStringLiteral("low"))
                   .toUtf8();
    const QString good = write(QStringLiteral("bulk.csv"), csv);
    const QString bad = write(QStringLiteral("bulk-bad.csv"), csv + "王五,123\n");
    const QString settingsBefore = settings();
    const QByteArray before = state();
    const QStringList schemaBefore = schema();

    // Cancelled half way, refused (all-or-nothing, the bad row last), a dry run: nothing changes.
    CustomerImport import(db(), today);
    StoreError e;
    const auto cancelled =
        import.run(sup1->session(), good, {}, &e, [](int done, int) { return done < n / 2; });
    BOOST_REQUIRE_MESSAGE(cancelled, e.message);
    BOOST_TEST(cancelled->cancelled);
    CustomerImportOptions strict;
    strict.allOrNothing = true;
    const auto refused = import.run(sup1->session(), bad, strict, &e);
    BOOST_REQUIRE_MESSAGE(refused, e.message);
    BOOST_TEST(!refused->written);
    BOOST_TEST(refused->imported == n);
    BOOST_TEST(refused->rejected == 1);
    CustomerImportOptions dry;
    dry.dryRun = true;
    BOOST_TEST(import.run(sup1->session(), bad, dry, &e)->imported == n);
    BOOST_TEST(state() == before);
    BOOST_TEST(settings() == settingsBefore);

    // Now for real.
    const auto r = import.run(sup1->session(), good, {}, &e);
    BOOST_REQUIRE_MESSAGE(r, e.message);
    BOOST_TEST(r->written);
    BOOST_TEST(!r->directWrites); // rm1's and the administrator's connections are open
    BOOST_TEST(r->imported == n);
    BOOST_TEST(settings() == settingsBefore);
    BOOST_TEST(scalar(QStringLiteral("PRAGMA integrity_check")) == QStringLiteral("ok"));
    QSqlQuery q(db());
    BOOST_REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
    BOOST_TEST(!q.next());
    BOOST_TEST(schema() == schemaBefore);
    BOOST_TEST(schemaBefore.filter(QStringLiteral("index customers_")).size() >= 25);
    BOOST_TEST(schemaBefore.contains(QStringLiteral("trigger customers_stage_default"),
                                     Qt::CaseSensitive) == false); // with its SQL after the name
    BOOST_TEST(schemaBefore.filter(QStringLiteral("trigger customers_stage_default ")).size() == 1);
    BOOST_TEST(scalar(QStringLiteral("SELECT count(*) FROM customers WHERE lifecycle_stage = "
                                     "'prospect'")) == QString::number(n));
    BOOST_TEST(scalar(QStringLiteral("SELECT count(*) FROM customer_search")) ==
               QString::number(n));
    BOOST_TEST(scalar(QStringLiteral("SELECT count(*) FROM customer_name_grams")) ==
               QString::number(2 * n)); // two pieces per name
    // Written in key order from their packed form (CustomerImportWriter): the same text.
    BOOST_TEST(scalar(QStringLiteral("SELECT group_concat(gram, ',' ORDER BY gram) FROM (SELECT "
                                     "DISTINCT gram FROM customer_name_grams)")) ==
               QStringLiteral("建国,张志,志强,李秀,王建,秀英"));
    // And each with its own customer.
    BOOST_TEST(scalar(QStringLiteral("SELECT count(*) FROM customer_name_grams g JOIN customers c "
                                     "ON c.id = g.customer_id WHERE instr(c.name, g.gram) > 0")) ==
               QString::number(2 * n));
    // High AML risk: reviewed in 3 months; low: 12 (the shipped review cadence).
    BOOST_TEST(scalar(QStringLiteral("SELECT group_concat(DISTINCT next_review_due) FROM "
                                     "(SELECT next_review_due FROM customers WHERE aml_risk = "
                                     "'high')")) == QStringLiteral("2027-02-27"));
    // The rebuilt indexes serve searches: a name, mobile digits, an ID tail.
    CustomerSearch search(db());
    BOOST_TEST(search.search(sup1->session(), QStringLiteral("秀英"), 5, &e).total == n / 3);
    BOOST_TEST(search.search(sup1->session(), QStringLiteral("13700012345"), 5, &e).total == 1);
    BOOST_TEST(search.search(sup1->session(), QStringLiteral("2345"), 5, &e).total >= 3);
    const QString last = residentId(QDate(1960, 1, 1).addDays((n - 1) / 1000), (n - 1) % 1000);
    BOOST_TEST(search.search(sup1->session(), last.right(4), 5, &e).total >= 1);
    BOOST_TEST(search.search(sup1->session(), last, 5, &e).total == 1);
}

// Alone on the file, a bulk load writes its pages straight into it (DirectWrites) and leaves the
// file in WAL mode, whole.
BOOST_AUTO_TEST_CASE(a_bulk_load_alone_writes_without_the_wal)
{
    QByteArray csv = "name,id_number\n";
    constexpr int n = 20000;
    for (int i = 0; i < n; ++i)
        csv += QStringLiteral("客户%1,%2\n")
                   .arg(i)
                   .arg(residentId(QDate(1970, 1, 1).addDays(i / 1000), i % 1000))
                   .toUtf8();
    const QString file = write(QStringLiteral("alone.csv"), csv);
    rm1.reset();
    admin.reset();
    const QString settingsBefore = settings();
    StoreError e;
    const auto r = CustomerImport(db(), today).run(sup1->session(), file, {}, &e);
    BOOST_REQUIRE_MESSAGE(r, e.message);
    BOOST_TEST(r->imported == n);
    BOOST_TEST(r->directWrites);
    // The stages the benchmark reports: each one measured, none past the whole.
    BOOST_TEST(r->loadMs > 0);
    BOOST_TEST(r->indexMs > 0); // 29 indexes built again over 20,000 rows
    BOOST_TEST(r->commitMs >= 0);
    BOOST_TEST(r->loadMs + r->indexMs + r->commitMs <= r->elapsedMs);
    BOOST_TEST(settings() == settingsBefore); // journal_mode wal again
    BOOST_TEST(scalar(QStringLiteral("PRAGMA integrity_check")) == QStringLiteral("ok"));
    BOOST_TEST(scalar(QStringLiteral("SELECT count(*) FROM customers")) == QString::number(n));
}

BOOST_AUTO_TEST_SUITE_END()
