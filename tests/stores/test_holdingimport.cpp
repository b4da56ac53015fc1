// Month-end balances and the product catalogue from CSV: the rows that go in, every row that does
// not with its line and reason, scope, corrections of a month on file, AUM and tier afterwards,
// all-or-nothing and dry runs that write nothing, and the audit rows.
#include "common/vaultfixture.h"
#include "stores/holdingimport.h"

#include <QFile>
#include <QSqlQuery>

using namespace rmdesk;
using namespace rmdesk::test;

namespace {

const QDate today(2026, 11, 27);

struct HoldingFixture : VaultFixture
{
    HoldingFixture()
    {
        addStaff(); // rm1 and sup1 in BJ01, rm2 in SH01, comp1
        sup = login(QStringLiteral("sup1"));
        rm2 = login(QStringLiteral("rm2"));
        BOOST_REQUIRE(sup && rm2);
        QSqlDatabase c = db();
        execOrFail(c, QStringLiteral("INSERT OR IGNORE INTO branches (code, name) VALUES "
                                     "('BJ01', '北京'), ('SH01', '上海')"));
        // 1 and 2 in BJ01 (rm1), 3 in SH01 (rm2).
        const QString insert = QStringLiteral(
            "INSERT INTO customers (id, type, name, id_number, branch_code, rm_user_id, "
            "next_review_due, created_at, updated_at) VALUES (%1, 'individual', '客户%1', '%2', "
            "'%3', (SELECT id FROM users WHERE name = '%4'), '2027-01-01', '2026-01-01', "
            "'2026-01-01')");
        execOrFail(c, insert.arg(1).arg(QStringLiteral("110105194912310021"),
                                        QStringLiteral("BJ01"), QStringLiteral("rm1")));
        execOrFail(c, insert.arg(2).arg(QStringLiteral("11010519491231002X"),
                                        QStringLiteral("BJ01"), QStringLiteral("rm1")));
        execOrFail(c, insert.arg(3).arg(QStringLiteral("310101198001010011"),
                                        QStringLiteral("SH01"), QStringLiteral("rm2")));
        execOrFail(c, QStringLiteral("INSERT INTO products (code, name, type, risk_level) VALUES "
                                     "('P1', '稳健理财1号', 'wealth', 'R2'), "
                                     "('P2', '定期存款', 'deposit', 'R1')"));
        execOrFail(c, QStringLiteral("INSERT INTO holdings VALUES (1, 'P1', '2026-09', 100000)"));
    }
    QSqlDatabase db() { return admin->database().connection(); }
    QString file(const char* name, const QByteArray& text)
    {
        const QString path = folder.file(QString::fromLatin1(name));
        QFile f(path);
        BOOST_REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(text);
        return path;
    }
    QString value(const QString& sql)
    {
        QSqlQuery q(db());
        BOOST_REQUIRE_MESSAGE(q.exec(sql) && q.next(), sql.toStdString());
        return q.value(0).toString();
    }
    std::unique_ptr<Vault> sup, rm2;
};

} // namespace

BOOST_FIXTURE_TEST_SUITE(holding_import, HoldingFixture)

BOOST_AUTO_TEST_CASE(balances_go_in_and_every_bad_row_is_reported)
{
    const QString path = file("holdings.csv",
                              "customer_id,product_code,month,balance\n"
                              "1,P1,2026-10,\"6,000,000.00\"\n" // line 2: 600,000,000 fen
                              "1,P2,2026-10,2500.5\n"           // 3
                              "1,P1,2026-09,1200\n"             // 4: corrects September
                              "2,P2,2026-10,0\n"                // 5: sold out
                              "3,P1,2026-10,10\n"               // 6: rm2's, outside BJ01
                              "99,P1,2026-10,10\n"              // 7: no such customer
                              "1,P9,2026-10,10\n"               // 8: no such product
                              "1,P1,2026-12,10\n"               // 9: not begun
                              "1,P1,2026/10,10\n"               // 10
                              "1,P2,2026-08,-5\n"               // 11
                              "1,P2,2026-08,1.234\n"            // 12
                              "1,P1,2026-10,7\n"                // 13: again
                              "1,P1\n");                        // 14: short
    HoldingImport import(db(), today);
    HoldingImportResult r;
    StoreError e;
    BOOST_REQUIRE_MESSAGE(import.importHoldings(sup->session(), path, {}, &r, &e), e.message);
    BOOST_TEST(r.rows == 13);
    BOOST_TEST(r.imported == 4);
    BOOST_TEST(r.replaced == 1);
    BOOST_TEST(r.rejected == 9);
    BOOST_TEST(r.customers == 2);
    BOOST_TEST(r.firstMonth == QStringLiteral("2026-09"));
    BOOST_TEST(r.lastMonth == QStringLiteral("2026-10"));
    QList<int> lines;
    QStringList columns;
    for (const ImportProblem& p : r.problems) {
        lines << p.line;
        columns << p.column;
    }
    BOOST_TEST(lines == (QList<int>{6, 7, 8, 9, 10, 11, 12, 13, 14}));
    BOOST_TEST(columns == (QStringList{"customer_id", "customer_id", "product_code", "month",
                                       "month", "balance", "balance", "", ""}));
    // Outside the scope reads exactly as not on file.
    BOOST_TEST(r.problems[0].reason == r.problems[1].reason);
    // The series: September corrected, October added; the sold-out product kept as 0.
    BOOST_TEST(value(QStringLiteral("SELECT balances FROM holding_series WHERE customer_id = 1 "
                                    "AND product_code = 'P1'")) ==
               QStringLiteral("{\"2026-09\":120000,\"2026-10\":600000000}"));
    BOOST_TEST(value(QStringLiteral("SELECT balance_fen FROM holdings WHERE customer_id = 1 AND "
                                    "product_code = 'P2' AND month = '2026-10'")) ==
               QStringLiteral("250050"));
    // AUM and tier of the latest month: 6,002,500.50 yuan is private banking (from 6,000,000).
    BOOST_TEST(value(QStringLiteral("SELECT aum_fen FROM customers WHERE id = 1")) ==
               QStringLiteral("600250050"));
    BOOST_TEST(value(QStringLiteral("SELECT tier FROM customers WHERE id = 1")) ==
               QStringLiteral("private"));
    BOOST_TEST(value(QStringLiteral("SELECT aum_fen FROM customers WHERE id = 2")) ==
               QStringLiteral("0"));
    BOOST_TEST(r.tierChanges == 1);
    BOOST_TEST(value(QStringLiteral("SELECT count(*) FROM holding_series WHERE customer_id = 3")) ==
               QStringLiteral("0"));
    // One audit row, without balances.
    const QString details =
        value(QStringLiteral("SELECT details FROM audit_log WHERE action = 'holdings.import'"));
    BOOST_TEST(details.contains(QStringLiteral("\"imported\":4")), details);
    BOOST_TEST(!details.contains(QStringLiteral("600000000")), details);
}

BOOST_AUTO_TEST_CASE(repeated_rows_name_the_first_and_come_in_line_order)
{
    // Rows 2, 4 and 6 give customer 1's P1 for October; the first stands. The problems come in
    // the order of the file, whatever kind they are.
    const QString path = file("again.csv",
                              "customer_id,product_code,month,balance\n"
                              "1,P1,2026-10,100\n" // 2
                              "2,P1,2026-10,50\n"  // 3
                              "1,P1,2026-10,200\n" // 4: again
                              "1,P1,2026-13,1\n"   // 5: no such month
                              "1,P1,2026-10,300\n" // 6: again
                              "1,P2,2026-10,5\n"); // 7
    HoldingImport import(db(), today);
    HoldingImportResult r;
    StoreError e;
    BOOST_REQUIRE_MESSAGE(import.importHoldings(sup->session(), path, {}, &r, &e), e.message);
    BOOST_TEST(r.rows == 6);
    BOOST_TEST(r.imported == 3);
    BOOST_TEST(r.rejected == 3);
    BOOST_REQUIRE(r.problems.size() == 3);
    BOOST_TEST(r.problems[0].line == 4);
    BOOST_TEST(r.problems[0].reason.contains(QStringLiteral("line 2")), r.problems[0].reason);
    BOOST_TEST(r.problems[1].line == 5);
    BOOST_TEST(r.problems[1].column == QStringLiteral("month"));
    BOOST_TEST(r.problems[2].line == 6);
    BOOST_TEST(r.problems[2].reason.contains(QStringLiteral("line 2")), r.problems[2].reason);
    BOOST_TEST(value(QStringLiteral("SELECT balances FROM holding_series WHERE customer_id = 1 "
                                    "AND product_code = 'P1'")) ==
               QStringLiteral("{\"2026-09\":100000,\"2026-10\":10000}"));
}

BOOST_AUTO_TEST_CASE(all_or_nothing_and_dry_runs_write_nothing)
{
    const QString path = file("holdings.csv", "证件号码,产品代码,月份,余额\n"
                                              "11010519491231002x,P1,2026-10,500\n"
                                              "110105194912310021,P1,2026-10,abc\n");
    const QString before = value(QStringLiteral("SELECT group_concat(balances) FROM "
                                                "holding_series")) +
                           value(QStringLiteral("SELECT count(*) FROM audit_log"));
    HoldingImport import(db(), today);
    HoldingImportResult r;
    StoreError e;
    HoldingImportOptions all;
    all.allOrNothing = true;
    BOOST_TEST(!import.importHoldings(sup->session(), path, all, &r, &e));
    BOOST_TEST(e.kind == StoreError::Invalid);
    BOOST_TEST(r.rejected == 1);
    BOOST_TEST(r.imported == 0);
    HoldingImportOptions dry;
    dry.dryRun = true;
    BOOST_TEST(import.importHoldings(sup->session(), path, dry, &r, &e));
    BOOST_TEST(r.rejected == 1);
    BOOST_TEST(r.imported == 0);
    // Neither wrote anything.
    BOOST_TEST(value(QStringLiteral("SELECT group_concat(balances) FROM holding_series")) +
                   value(QStringLiteral("SELECT count(*) FROM audit_log")) ==
               before);
    // By ID number (a lower-case x is the same number), with the Chinese headers.
    BOOST_TEST(import.importHoldings(sup->session(), path, {}, &r, &e));
    BOOST_TEST(r.imported == 1);
    BOOST_TEST(value(QStringLiteral("SELECT balance_fen FROM holdings WHERE customer_id = 2")) ==
               QStringLiteral("50000"));
}

BOOST_AUTO_TEST_CASE(a_cancelled_import_writes_nothing)
{
    const QString path = file("holdings.csv", "customer_id,product_code,month,balance\n"
                                              "1,P1,2026-10,5\n"
                                              "2,P2,2026-10,6\n");
    const QString before = value(QStringLiteral("SELECT count(*) FROM audit_log"));
    HoldingImport import(db(), today);
    HoldingImportResult r;
    StoreError e;
    for (const int stopAt : {0, 2}) { // while checking; once the writing begins
        HoldingImportOptions options;
        int calls = 0;
        options.progress = [&](int done, int total) {
            ++calls;
            BOOST_TEST(total == 4);
            return done < stopAt;
        };
        BOOST_TEST(!import.importHoldings(sup->session(), path, options, &r, &e), stopAt);
        BOOST_TEST(e.kind == StoreError::Invalid);
        BOOST_TEST(calls >= 1);
        BOOST_TEST(r.imported == 0);
    }
    BOOST_TEST(value(QStringLiteral("SELECT group_concat(customer_id) FROM holding_series")) ==
               QStringLiteral("1"));
    BOOST_TEST(value(QStringLiteral("SELECT count(*) FROM audit_log")) == before);
}

BOOST_AUTO_TEST_CASE(who_may_import)
{
    const QString path = file("holdings.csv", "customer_id,product_code,month,balance\n"
                                              "1,P1,2026-10,5\n");
    HoldingImport import(db(), today);
    HoldingImportResult r;
    StoreError e;
    // An administrator does not handle customer data; compliance reads only.
    BOOST_TEST(!import.importHoldings(admin->session(), path, {}, &r, &e));
    BOOST_TEST(e.kind == StoreError::Forbidden);
    auto comp = login(QStringLiteral("comp1"));
    BOOST_TEST(!import.importHoldings(comp->session(), path, {}, &r, &e));
    BOOST_TEST(e.kind == StoreError::Forbidden);
    // Another branch's RM: the customer is not theirs.
    BOOST_TEST(import.importHoldings(rm2->session(), path, {}, &r, &e));
    BOOST_TEST(r.imported == 0);
    BOOST_TEST(r.rejected == 1);
    // A header without the columns: nothing read.
    const QString bad = file("bad.csv", "customer,product,month\n1,P1,2026-10\n");
    BOOST_TEST(!import.importHoldings(sup->session(), bad, {}, &r, &e));
    BOOST_TEST(e.kind == StoreError::Invalid);
    BOOST_TEST(e.message.contains(QStringLiteral("product_code")), e.message);
}

BOOST_AUTO_TEST_CASE(the_catalogue_is_added_to_and_updated)
{
    const QString path = file("products.csv",
                              "code,name,type,risk_level\n"
                              "P1,稳健理财1号,wealth,R3\n"   // risk level raised
                              "P2,定期存款,deposit,R1\n"     // unchanged
                              "F-100,成长混合基金,fund,r4\n" // new; r4 is R4
                              "X1,,fund,R1\n"                // no name
                              "X2,黄金,metal,R1\n"           // no such type
                              "X3,期权,other,R6\n"           // no such level
                              "bad code,名称,fund,R1\n"
                              "F-100,again,fund,R4\n");
    HoldingImport import(db(), today);
    ProductImportResult r;
    StoreError e;
    BOOST_TEST(!import.importProducts(sup->session(), path, {}, &r, &e));
    BOOST_TEST(e.kind == StoreError::Forbidden);
    BOOST_REQUIRE_MESSAGE(import.importProducts(admin->session(), path, {}, &r, &e), e.message);
    BOOST_TEST(r.rows == 8);
    BOOST_TEST(r.added == 1);
    BOOST_TEST(r.changed == 1);
    BOOST_TEST(r.unchanged == 1);
    BOOST_TEST(r.rejected == 5);
    BOOST_TEST(value(QStringLiteral("SELECT risk_level FROM products WHERE code = 'P1'")) ==
               QStringLiteral("R3"));
    BOOST_TEST(value(QStringLiteral("SELECT name || type || risk_level FROM products WHERE code "
                                    "= 'F-100'")) == QStringLiteral("成长混合基金fundR4"));
    const QString details =
        value(QStringLiteral("SELECT details FROM audit_log WHERE action = 'products.import'"));
    BOOST_TEST(details.contains(QStringLiteral("\"old\":\"R2\"")), details);
    BOOST_TEST(details.contains(QStringLiteral("\"new\":\"R3\"")), details);
}

BOOST_AUTO_TEST_SUITE_END()
