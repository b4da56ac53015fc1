// Holdings as series (schema 13): the codec of holding_series.balances, the migration of schema
// 12's rows, writes through the `holdings` view, the retention pass, a merge that adds two
// customers' series, and the live month of the scorecards.
#include "common/testsupport.h"
#include "storage/migrator.h"
#include "stores/assessmentfixture.h"
#include "stores/customermerge.h"
#include "stores/holdingseries.h"
#include "stores/retentionstore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace tt = boost::test_tools;

using namespace rmdesk;
using namespace rmdesk::test;

namespace {

// Month indexes worked out by hand: year × 12 + month − 1.
constexpr int dec2025 = 2025 * 12 + 11; // 24311
constexpr int jan2026 = 2026 * 12;      // 24312
constexpr int sep2026 = 2026 * 12 + 8;  // 24320
constexpr int oct2026 = 2026 * 12 + 9;  // 24321

std::string listed(const std::vector<MonthBalance>& balances)
{
    std::string out;
    for (const MonthBalance& b : balances) {
        if (!out.empty())
            out.push_back(' ');
        out.append(HoldingSeries::monthName(b.month));
        out.push_back('=');
        out.append(std::to_string(b.fen));
    }
    return out;
}

std::string decoded(std::string_view text)
{
    std::vector<MonthBalance> out{{1, 1}}; // decode clears what was there
    return HoldingSeries::decode(text, &out) ? listed(out) : std::string("refused");
}

// A schema-12 database with two customers and products P1, P2, migrated on demand.
struct SeriesFixture
{
    SeriesFixture()
        : key(SecretBytes::random(32))
    {
        db = openCipher(folder.file(QStringLiteral("series.rmdb")), key, name);
        BOOST_REQUIRE_MESSAGE(db.isOpen(), db.lastError().text());
        QString error;
        BOOST_REQUIRE_MESSAGE(migrator.migrate(db, &error, 12), error);
        execOrFail(db, QStringLiteral("INSERT INTO branches (code, name) VALUES ('BJ01', '北京')"));
        for (int i = 0; i < 3; ++i)
            execOrFail(db, QStringLiteral("INSERT INTO customers (type, name, branch_code, "
                                          "next_review_due, created_at, updated_at) VALUES "
                                          "('individual', '客户%1', 'BJ01', '2027-01-01', "
                                          "'2026-01-01', '2026-01-01')")
                               .arg(i + 1));
        execOrFail(db, QStringLiteral("INSERT INTO products (code, name, type, risk_level) VALUES "
                                      "('P1', '稳健理财1号', 'wealth', 'R2'), "
                                      "('P2', '定期存款', 'deposit', 'R1')"));
    }
    ~SeriesFixture()
    {
        db = QSqlDatabase();
        dropConnection(name);
    }
    void upgrade()
    {
        QString error;
        BOOST_REQUIRE_MESSAGE(migrator.migrate(db, &error, 13), error);
        BOOST_REQUIRE(Migrator::currentVersion(db) == 13);
    }
    QString rows(const QString& sql)
    {
        QSqlQuery q(db);
        BOOST_REQUIRE_MESSAGE(q.exec(sql), sql << ": " << q.lastError().text());
        QStringList out;
        while (q.next()) {
            QStringList cols;
            for (int i = 0; i < q.record().count(); ++i)
                cols << q.value(i).toString();
            out << cols.join(QLatin1Char('|'));
        }
        return out.join(QLatin1Char(' '));
    }
    QString series() { return rows(QStringLiteral("SELECT * FROM holding_series ORDER BY 1, 2")); }
    QString view() { return rows(QStringLiteral("SELECT * FROM holdings ORDER BY 1, 2, 3")); }
    // Runs a write through the view; the driver's message when it is refused, else "".
    QString write(const QString& sql)
    {
        QSqlQuery q(db);
        return q.exec(sql) ? QString() : q.lastError().text();
    }

    const QString name = QStringLiteral("holding-series");
    TempFolder folder;
    SecretBytes key;
    Migrator migrator;
    QSqlDatabase db;
};

} // namespace

BOOST_AUTO_TEST_SUITE(holding_series)

BOOST_AUTO_TEST_CASE(month_indexes_and_names)
{
    BOOST_TEST(HoldingSeries::monthIndex("2026-10") == 24321);
    BOOST_TEST(HoldingSeries::monthIndex("2025-12") == 24311);
    BOOST_TEST(HoldingSeries::monthIndex("0000-01") == 0);
    BOOST_TEST(HoldingSeries::monthIndex("9999-12") == 119999);
    for (const char* bad : {"2026-00", "2026-13", "2026-1", "2026/10", "2026-10 ", "20a6-10", "",
                            "2026-1x", "202610"})
        BOOST_TEST_CONTEXT(bad)
        {
            BOOST_TEST(HoldingSeries::monthIndex(bad) == -1);
        }
    BOOST_TEST(HoldingSeries::monthName(24321) == "2026-10");
    BOOST_TEST(HoldingSeries::monthName(24311) == "2025-12");
    BOOST_TEST(HoldingSeries::monthName(jan2026) == "2026-01");
    BOOST_TEST(HoldingSeries::monthName(0) == "0000-01");
    BOOST_TEST(HoldingSeries::monthName(119999) == "9999-12");
}

BOOST_AUTO_TEST_CASE(encode_writes_the_plain_json_of_sqlite)
{
    std::string text = "x";
    HoldingSeries::encode({{sep2026, 2000}, {oct2026, 13000}}, &text);
    BOOST_TEST(text == R"(x{"2026-09":2000,"2026-10":13000})"); // appended
    text.clear();
    HoldingSeries::encode({}, &text);
    BOOST_TEST(text == "{}");
    text.clear();
    HoldingSeries::encode({{dec2025, 0}, {jan2026, 123456789012}}, &text);
    BOOST_TEST(text == R"({"2025-12":0,"2026-01":123456789012})");
    BOOST_TEST(decoded(text) == "2025-12=0 2026-01=123456789012");
}

BOOST_AUTO_TEST_CASE(decode_reads_spaces_and_any_key_order)
{
    BOOST_TEST(decoded(R"({"2026-09":2000,"2026-10":13000})") == "2026-09=2000 2026-10=13000");
    BOOST_TEST(decoded(" {\n \"2026-10\" : 5 ,\t\"2025-12\":0 } \n") == "2025-12=0 2026-10=5");
    BOOST_TEST(decoded(R"({"2026-10":1,"2026-01":2,"2026-09":3})") ==
               "2026-01=2 2026-09=3 2026-10=1");
    BOOST_TEST(decoded("{}") == "");
    BOOST_TEST(decoded(" { } ") == "");
    for (const char* bad :
         {"", "[]", "{", "{\"2026-10\":1", R"({"2026-13":1})", R"({"2026-1":1})",
          R"({"2026-10":-5})", R"({"2026-10":1.5})", R"({"2026-10":"5"})", R"({"2026-10":1,})",
          R"({"2026-10":1} x)", R"({"2026-10" 1})", R"({"2026-10":})", R"({"2026-10":1e3})",
          R"({2026-10:1})", R"({"2026-10":1234567890123456789})", "null"})
        BOOST_TEST_CONTEXT(bad)
        {
            BOOST_TEST(decoded(bad) == "refused");
        }
    // Eighteen digits are the most a balance may have (below 2^63).
    BOOST_TEST(decoded(R"({"2026-10":999999999999999999})") == "2026-10=999999999999999999");
}

BOOST_AUTO_TEST_CASE(one_month_is_read_without_decoding_the_rest)
{
    qint64 fen = -1;
    const std::string_view plain = R"({"2026-09":2000,"2026-10":13000})";
    BOOST_TEST(HoldingSeries::balanceIn(plain, oct2026, &fen));
    BOOST_TEST(fen == 13000);
    BOOST_TEST(HoldingSeries::balanceIn(plain, sep2026, &fen));
    BOOST_TEST(fen == 2000);
    BOOST_TEST(HoldingSeries::balanceIn(plain, jan2026, &fen)); // not there: 0
    BOOST_TEST(fen == 0);
    BOOST_TEST(HoldingSeries::balanceIn(R"({ "2026-10" : 7 })", oct2026, &fen)); // spaced
    BOOST_TEST(fen == 7);
    BOOST_TEST(!HoldingSeries::balanceIn(R"({"2026-10":x})", oct2026, &fen));
    BOOST_TEST(!HoldingSeries::balanceIn(R"({"2026-10":-3})", oct2026, &fen));
    BOOST_TEST(!HoldingSeries::balanceIn(plain, -1, &fen));
}

BOOST_AUTO_TEST_CASE(add_sums_the_balances_of_the_same_month)
{
    std::vector<MonthBalance> into{{dec2025, 10}, {sep2026, 30}};
    HoldingSeries::add(&into, {{jan2026, 20}, {sep2026, 5}, {oct2026, 1}});
    BOOST_TEST(listed(into) == "2025-12=10 2026-01=20 2026-09=35 2026-10=1");
    HoldingSeries::add(&into, {});
    BOOST_TEST(listed(into) == "2025-12=10 2026-01=20 2026-09=35 2026-10=1");
    std::vector<MonthBalance> none;
    HoldingSeries::add(&none, {{oct2026, 4}});
    BOOST_TEST(listed(none) == "2026-10=4");
}

BOOST_FIXTURE_TEST_CASE(schema_13_turns_the_rows_of_12_into_series, SeriesFixture)
{
    // Written out of month order; a zero balance is a month on file too.
    execOrFail(db, QStringLiteral("INSERT INTO holdings (customer_id, product_code, month, "
                                  "balance_fen) VALUES (1, 'P1', '2026-10', 3000), "
                                  "(1, 'P1', '2026-09', 2000), (1, 'P2', '2026-10', 500), "
                                  "(2, 'P1', '2025-12', 0)"));
    const QString before = view();
    BOOST_TEST(before == QStringLiteral("1|P1|2026-09|2000 1|P1|2026-10|3000 1|P2|2026-10|500 "
                                        "2|P1|2025-12|0"));
    upgrade();
    BOOST_TEST(view() == before);
    // Three triggers keep writes to the view working (next test).
    BOOST_TEST(rows(QStringLiteral("SELECT group_concat(name, ' ') FROM (SELECT name FROM "
                                   "sqlite_master WHERE type = 'trigger' AND tbl_name = "
                                   "'holdings' ORDER BY name)")) ==
               QStringLiteral("holdings_delete holdings_insert holdings_update"));
    BOOST_TEST(series() == QStringLiteral("1|P1|{\"2026-09\":2000,\"2026-10\":3000} "
                                          "1|P2|{\"2026-10\":500} 2|P1|{\"2025-12\":0}"));
    BOOST_TEST(rows(QStringLiteral("SELECT type, name FROM sqlite_master WHERE name IN "
                                   "('holdings', 'holding_series', 'holdings_month') "
                                   "ORDER BY name")) ==
               QStringLiteral("table|holding_series view|holdings"));
    // The view answers by customer from the series' primary key.
    BOOST_TEST(rows(QStringLiteral("SELECT sum(balance_fen) FROM holdings WHERE customer_id = 1 "
                                   "AND month = '2026-10'")) == QStringLiteral("3500"));
}

BOOST_FIXTURE_TEST_CASE(schema_13_sums_the_cube_of_12_without_its_cohorts, SeriesFixture)
{
    // Month 24322 (2026-10) of BJ01's RM 0, mass: two cohorts; one affluent row; and month 24321.
    // Columns: month, cohort, branch, rm, segment, active, new, won back, churned, active before,
    // base12, kept12, AUM then, AUM now.
    execOrFail(db, QStringLiteral(
                       "INSERT INTO retention_cube VALUES "
                       "(24322, 24300, 'BJ01', 0, 'mass', 10, 1, 2, 3, 11, 8, 6, 1000, 1200), "
                       "(24322, 24310, 'BJ01', 0, 'mass', 5, 4, 0, 1, 2, 0, 0, 0, 300), "
                       "(24322, 24300, 'BJ01', 0, 'affluent', 7, 0, 1, 0, 6, 7, 7, 9000, 9900), "
                       "(24321, 24300, 'BJ01', 0, 'mass', 11, 2, 0, 0, 9, 8, 7, 900, 1000)"));
    upgrade();
    // Hand-summed: mass 2026-10 = 10+5 active, 1+4 new, 2+0, 3+1, 11+2, 8+0, 6+0, 1000+0,
    // 1200+300; the other two rows as they were.
    BOOST_TEST(rows(QStringLiteral("SELECT * FROM retention_months ORDER BY month, segment")) ==
               QStringLiteral("24321|BJ01|0|mass|11|2|0|0|9|8|7|900|1000 "
                              "24322|BJ01|0|affluent|7|0|1|0|6|7|7|9000|9900 "
                              "24322|BJ01|0|mass|15|5|2|4|13|8|6|1000|1500"));
}

BOOST_FIXTURE_TEST_CASE(writes_through_the_view_keep_the_old_rules, SeriesFixture)
{
    upgrade();
    BOOST_TEST(
        write(QStringLiteral("INSERT INTO holdings VALUES (1, 'P1', '2026-10', 3000)")).isEmpty());
    BOOST_TEST(
        write(QStringLiteral("INSERT INTO holdings VALUES (1, 'P1', '2026-09', 2000)")).isEmpty());
    BOOST_TEST(series() == QStringLiteral("1|P1|{\"2026-10\":3000,\"2026-09\":2000}"));
    BOOST_TEST(view() == QStringLiteral("1|P1|2026-09|2000 1|P1|2026-10|3000"));

    // Refused, and nothing changes: a second balance of the month, a negative or fractional
    // balance, a month that is not one.
    BOOST_TEST(write(QStringLiteral("INSERT INTO holdings VALUES (1, 'P1', '2026-10', 1)"))
                   .contains(QStringLiteral("UNIQUE")));
    BOOST_TEST(write(QStringLiteral("INSERT INTO holdings VALUES (1, 'P1', '2026-08', -1)"))
                   .contains(QStringLiteral("not below zero")));
    BOOST_TEST(write(QStringLiteral("INSERT INTO holdings VALUES (1, 'P1', '2026-08', 1.5)"))
                   .contains(QStringLiteral("whole number")));
    for (const char* month : {"2026-13", "2026-00", "2026-8", "202608"})
        BOOST_TEST(write(QStringLiteral("INSERT INTO holdings VALUES (1, 'P1', '%1', 1)")
                             .arg(QLatin1String(month)))
                       .contains(QStringLiteral("month")));
    BOOST_TEST(!write(QStringLiteral("UPDATE holdings SET balance_fen = -5 WHERE customer_id = 1 "
                                     "AND month = '2026-09'"))
                    .isEmpty());
    BOOST_TEST(view() == QStringLiteral("1|P1|2026-09|2000 1|P1|2026-10|3000"));

    // Updates: the balance, then the month.
    BOOST_TEST(write(QStringLiteral("UPDATE holdings SET balance_fen = 2500 WHERE customer_id = 1 "
                                    "AND month = '2026-09'"))
                   .isEmpty());
    BOOST_TEST(write(QStringLiteral("UPDATE holdings SET month = '2026-08' WHERE customer_id = 1 "
                                    "AND month = '2026-10'"))
                   .isEmpty());
    BOOST_TEST(view() == QStringLiteral("1|P1|2026-08|3000 1|P1|2026-09|2500"));

    // Deleting a month removes it from the series; the last month removes the series' row.
    BOOST_TEST(
        write(QStringLiteral("INSERT INTO holdings VALUES (2, 'P2', '2026-10', 70)")).isEmpty());
    BOOST_TEST(
        write(QStringLiteral("DELETE FROM holdings WHERE customer_id = 1 AND month = '2026-08'"))
            .isEmpty());
    BOOST_TEST(series() == QStringLiteral("1|P1|{\"2026-09\":2500} 2|P2|{\"2026-10\":70}"));
    BOOST_TEST(write(QStringLiteral("DELETE FROM holdings WHERE customer_id = 1")).isEmpty());
    BOOST_TEST(series() == QStringLiteral("2|P2|{\"2026-10\":70}"));
}

BOOST_FIXTURE_TEST_CASE(the_retention_pass_adds_up_each_customers_products, SeriesFixture)
{
    upgrade();
    // Customer 1: P1 from 2025-12, P2 only in 2026-01 (written with spaces, keys out of order);
    // customer 2: nothing; customer 3: one zero month.
    execOrFail(db,
               QStringLiteral("INSERT INTO holding_series VALUES "
                              "(1, 'P1', '{\"2026-01\":200,\"2025-12\":100}'), "
                              "(1, 'P2', '{ \"2026-01\" : 50 }'), (3, 'P1', '{\"2026-10\":0}')"));
    QStringList seen;
    QString error;
    BOOST_REQUIRE_MESSAGE(
        RetentionStore::scan(
            db,
            [&seen](const CustomerScan& c) {
                QStringList totals;
                for (const qint64 t : *c.totals)
                    totals << QString::number(t);
                seen << QStringLiteral("%1:%2:%3:%4")
                            .arg(c.id)
                            .arg(c.totals->empty() ? QStringLiteral("-")
                                                   : QString::fromStdString(
                                                         HoldingSeries::monthName(c.firstMonth)))
                            .arg(totals.join(QLatin1Char(',')))
                            .arg(c.totalIn(jan2026));
                return true;
            },
            &error),
        error);
    BOOST_TEST(seen.join(QLatin1Char(' ')) ==
               QStringLiteral("1:2025-12:100,250:250 2:-::0 3:2026-10:0:0"));

    // A series that is not one stops the pass with a message naming the customer.
    execOrFail(db, QStringLiteral("UPDATE holding_series SET balances = '{\"2026-10\":-1}' "
                                  "WHERE customer_id = 3"));
    BOOST_TEST(!RetentionStore::scan(
        db, [](const CustomerScan&) { return true; }, &error));
    BOOST_TEST(error.contains(QStringLiteral("customer 3")), error);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_FIXTURE_TEST_SUITE(holding_series_stores, AssessmentFixture)

BOOST_AUTO_TEST_CASE(a_merge_adds_the_two_series_month_by_month)
{
    const QHash<QString, QString> same{{QStringLiteral("name"), QStringLiteral("张伟")},
                                       {QStringLiteral("mobile"), QStringLiteral("13812345678")}};
    const qint64 keep = addCustomer("rm1", same);
    const qint64 absorb = addCustomer("rm1", same);
    exec(QStringLiteral("INSERT INTO holdings VALUES (%1, 'P1', '2026-09', 1000), "
                        "(%1, 'P1', '2026-10', 2000), (%1, 'P2', '2026-10', 700), "
                        "(%2, 'P1', '2026-10', 300), (%2, 'P1', '2026-08', 50), "
                        "(%2, 'P2', '2026-11', 400)")
             .arg(keep)
             .arg(absorb));
    StoreError error;
    CustomerMerge asked(as("sup1").database().connection(), lifecycleToday);
    qint64 request = 0;
    BOOST_REQUIRE_MESSAGE(asked.request(session("sup1"), keep, absorb, {},
                                        QStringLiteral("Same person, opened twice"), &request,
                                        &error),
                          error.message);
    BOOST_REQUIRE_MESSAGE(CustomerMerge(as("sup2").database().connection(), lifecycleToday)
                              .approve(session("sup2"), request, QString(), &error),
                          error.message);
    BOOST_TEST(text(QStringLiteral("SELECT group_concat(product_code || '=' || balances, ' ') "
                                   "FROM (SELECT * FROM holding_series WHERE customer_id = %1 "
                                   "ORDER BY product_code)")
                        .arg(keep)) ==
               QStringLiteral("P1={\"2026-08\":50,\"2026-09\":1000,\"2026-10\":2300} "
                              "P2={\"2026-10\":700,\"2026-11\":400}"));
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM holding_series WHERE customer_id = %1")
                         .arg(absorb)) == 0);
    // AUM: the latest month on file (2026-11) holds P2's 400 only.
    BOOST_TEST(count(QStringLiteral("SELECT aum_fen FROM customers WHERE id = %1").arg(keep)) ==
               400);
    BOOST_TEST(CustomerMerge(as("rm1").database().connection(), lifecycleToday)
                   .history(session("rm1"), keep, &error)
                   .holdings == 5);
    // The audit row counts the month-end balances that moved: 3.
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                    "'customer.merge' AND json_extract(details, "
                                    "'$.moved.holdings') = 3")) == 1);
}

BOOST_AUTO_TEST_CASE(the_current_month_is_read_live_from_the_series)
{
    // November 2026 is today's month. a1 (rm1) holds 1200 + 300, b1 (rm3) 2500; b2 and c1
    // nothing. October's totals (the fixture): rm1 1100, rm3 3000, rm2 800.
    exec(QStringLiteral("INSERT INTO holdings VALUES (%1, 'P1', '2026-11', 1200), "
                        "(%1, 'P2', '2026-11', 300), (%2, 'P1', '2026-11', 2500)")
             .arg(a1)
             .arg(b1));
    StoreError e;
    const KpiPeriod november = *KpiPeriod::parse(QStringLiteral("2026-11"));
    const auto all = assessment("comp1").scorecards(session("comp1"), november, QString(), &e);
    BOOST_REQUIRE_MESSAGE(all, e.message);
    // (1500 − 1100) / 1100, (2500 − 3000) / 3000, (0 − 800) / 800.
    BOOST_TEST(*actual(card(*all, "rm1"), "aum_growth") == 400.0 / 11.0, tt::tolerance(1e-9));
    BOOST_TEST(*actual(card(*all, "rm3"), "aum_growth") == -50.0 / 3.0, tt::tolerance(1e-9));
    BOOST_TEST(*actual(card(*all, "rm2"), "aum_growth") == -100.0, tt::tolerance(1e-9));
    // Interactions in November per customer holding something then: rm1 1 / 1; rm3 0 / 1; rm2
    // nobody holds anything.
    BOOST_TEST(*actual(card(*all, "rm1"), "interactions_per_customer") == 1.0);
    BOOST_TEST(*actual(card(*all, "rm3"), "interactions_per_customer") == 0.0);
    BOOST_TEST(!actual(card(*all, "rm2"), "interactions_per_customer"));
    // A supervisor's branch only: the same figures for BJ01.
    const auto branch = assessment("sup1").scorecards(session("sup1"), november, QString(), &e);
    BOOST_REQUIRE_MESSAGE(branch, e.message);
    BOOST_TEST(branch->cards.size() == 4);
    BOOST_TEST(*actual(card(*branch, "rm1"), "aum_growth") == 400.0 / 11.0, tt::tolerance(1e-9));
    BOOST_TEST(*actual(card(*branch, "rm3"), "aum_growth") == -50.0 / 3.0, tt::tolerance(1e-9));
}

BOOST_AUTO_TEST_CASE(the_360_view_shows_the_latest_month_of_any_product)
{
    exec(QStringLiteral("INSERT INTO holdings VALUES (%1, 'P1', '2026-11', 1200), "
                        "(%1, 'P2', '2026-11', 3000)")
             .arg(a1));
    StoreError e;
    qint64 aum = 0;
    const QList<Holding> held = store("rm1").holdings(session("rm1"), a1, &aum, &e);
    BOOST_REQUIRE(held.size() == 2);
    BOOST_TEST(held.at(0).productCode == QStringLiteral("P2")); // the larger balance first
    BOOST_TEST(held.at(0).productName == QStringLiteral("定期存款"));
    BOOST_TEST(held.at(0).month == QStringLiteral("2026-11"));
    BOOST_TEST(held.at(0).balanceFen == 3000);
    BOOST_TEST(held.at(1).balanceFen == 1200);
    BOOST_TEST(aum == 4200);
    // A customer whose products end in different months: only the latest one's month shows.
    aum = -1;
    const QList<Holding> a2held = store("rm1").holdings(session("rm1"), a2, &aum, &e);
    BOOST_REQUIRE(a2held.size() == 1);
    BOOST_TEST(a2held.at(0).month == QStringLiteral("2026-09"));
    BOOST_TEST(aum == 500);
    // Tiers from a month's series: a bad month is refused and changes nothing.
    BOOST_TEST(store("sup1").refreshTiers(session("sup1"), QStringLiteral("2026-13"), &e) == -1);
    BOOST_TEST(e.kind == StoreError::Invalid);
}

BOOST_AUTO_TEST_SUITE_END()
