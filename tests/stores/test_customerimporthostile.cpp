// The hostile CSV of the acceptance (10,000 rows in a UTF-8 and a GB18030 file): every valid row
// in, every invalid row in the report with its line and reason, nothing else changed;
// all-or-nothing, dry run and cancel write nothing. And a 20,000-row file's throughput.
#include "stores/customerimportfixture.h"
#include "stores/customerstore.h"

#include <QStringEncoder>

using namespace rmdesk;
using namespace rmdesk::test;

namespace {

// The hostile CSV: rows of every kind, the fate of each worked out as it is written.
struct HostileFile
{
    QByteArray bytes;
    int rows = 0;
    int valid = 0;
    int skipped = 0;
    QMap<int, QString> rejected; // line → a piece of the reason
    QStringList validIds;        // ID numbers of the rows that go in
};

HostileFile hostile(int from, int count, bool gb, const QStringList& onFile)
{
    HostileFile f;
    QStringEncoder encodeGb("GB18030");
    auto encode = [&](const QString& text, bool asGb) {
        return asGb ? QByteArray(encodeGb(text)) : text.toUtf8();
    };
    const QString header = QStringLiteral("类型,姓名,证件号码,手机号码,邮箱,地址,备注,网点,"
                                          "客户经理,客户等级");
    f.bytes = encode(header + QStringLiteral("\r\n"), gb);
    int line = 2;
    QHash<int, int> lineOf;       // row index → line, for duplicates within the file
    QHash<QString, int> firstUse; // ID numbers on file → the line they are first used on
    const QStringList surnames = {QStringLiteral("张"), QStringLiteral("王"), QStringLiteral("李"),
                                  QStringLiteral("欧阳")};
    for (int i = from; i < from + count; ++i) {
        const QString id = residentId(QDate(1950, 1, 1).addDays(i / 1000), i % 1000);
        const QString name = surnames.at(i % 4) + QStringLiteral("测试") + QString::number(i);
        const QString mobile = QStringLiteral("139%1").arg(i, 8, 10, QLatin1Char('0'));
        QStringList cells = {QStringLiteral("个人"),
                             name,
                             id,
                             mobile,
                             QStringLiteral("c%1@example.com").arg(i),
                             QString(),
                             QString(),
                             QStringLiteral("BJ01"),
                             QStringLiteral("rm1"),
                             QStringLiteral("mass")};
        int newlines = 0;
        bool asGb = gb;
        QString reason; // empty: valid
        switch (i % 20) {
        case 1: { // a wrong check character
            QString bad = id;
            bad[17] = bad[17] == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
            cells[2] = bad;
            reason = QStringLiteral("check character");
            break;
        }
        case 2: // the name missing
            cells[1] = QString();
            reason = QStringLiteral("required");
            break;
        case 3: // a column too many
            cells << QStringLiteral("extra");
            reason = QStringLiteral("11 fields");
            break;
        case 4: // a column too few
            cells.removeLast();
            reason = QStringLiteral("9 fields");
            break;
        case 5: // quotes, commas and line breaks in fields: valid
            cells[5] = QStringLiteral("\"北京市西城区, 金融街\r\n%1号\"").arg(i);
            cells[6] = QStringLiteral("\"他说\"\"行\"\"\n第二行\n第三行\"");
            newlines = 3;
            break;
        case 6: // the same ID number as the row before (line of the first)
            if (lineOf.contains(i - 1) && !f.validIds.isEmpty() &&
                f.validIds.last() ==
                    residentId(QDate(1950, 1, 1).addDays((i - 1) / 1000), (i - 1) % 1000)) {
                cells[2] = f.validIds.last();
                reason = QStringLiteral("line %1").arg(lineOf.value(i - 1));
            }
            break;
        case 7: // a bad mobile
            cells[3] = QStringLiteral("1234");
            reason = QStringLiteral("mobile");
            break;
        case 8: // on file already: skipped
            if (!onFile.isEmpty()) {
                cells[2] = onFile.at(i % onFile.size());
                // Once skipped; again, a duplicate within the file.
                reason = firstUse.contains(cells[2])
                             ? QStringLiteral("line %1").arg(firstUse.value(cells[2]))
                             : QStringLiteral("skip");
                if (!firstUse.contains(cells[2]))
                    firstUse.insert(cells[2], line);
            }
            break;
        case 9: // another branch than the supervisor's
            cells[7] = QStringLiteral("SH01");
            cells[8] = QString();
            reason = QStringLiteral("own branch");
            break;
        case 10: // in the other encoding
            asGb = !gb;
            reason = QStringLiteral("encoding");
            break;
        case 11: // an RM of another branch
            cells[8] = QStringLiteral("rm2");
            reason = QStringLiteral("works in branch SH01");
            break;
        case 12: // an empty line before the row
            f.bytes += "\r\n";
            ++line;
            break;
        case 13: // an unknown type
            cells[0] = QStringLiteral("家庭");
            reason = QStringLiteral("individual or institution");
            break;
        default:
            break;
        }
        f.bytes += encode(cells.join(QLatin1Char(',')) + QStringLiteral("\r\n"), asGb);
        ++f.rows;
        if (reason == QLatin1String("skip")) {
            ++f.skipped;
        } else if (reason == QLatin1String("encoding")) {
            // ASCII only would fit both: the names are Chinese, so the line is flagged.
            f.rejected.insert(line, gb ? QStringLiteral("UTF-8") : QStringLiteral("not UTF-8"));
        } else if (!reason.isEmpty()) {
            f.rejected.insert(line, reason);
        } else {
            ++f.valid;
            f.validIds << cells[2];
        }
        lineOf.insert(i, line);
        line += 1 + newlines;
    }
    return f;
}

} // namespace

BOOST_FIXTURE_TEST_SUITE(customer_import_hostile, ImportFixture)

BOOST_AUTO_TEST_CASE(the_hostile_csv)
{
    // Customers on file before: the ID numbers rows of kind 8 repeat.
    QStringList onFile;
    {
        CustomerStore store(sup1->database().connection(), today);
        for (int k = 0; k < 5; ++k) {
            const QString id = residentId(QDate(1940, 5, 5), 500 + k);
            StoreError e;
            BOOST_REQUIRE_MESSAGE(store.add(sup1->session(), CustomerType::Individual,
                                            {{"name", QStringLiteral("老客户")}, {"id_number", id}},
                                            nullptr, &e),
                                  e.message);
            onFile << id;
        }
    }
    const HostileFile utf8 = hostile(0, 5000, false, onFile);
    const HostileFile gb = hostile(5000, 5000, true, onFile);
    BOOST_REQUIRE(utf8.rows + gb.rows == 10000);
    auto untouched = [](QMap<QString, QByteArray> t) {
        for (const char* changed :
             {"customers", "customer_search", "customer_name_grams", "customer_mobile_fts",
              "customer_mobile_fts_data", "customer_mobile_fts_idx", "customer_mobile_fts_docsize",
              "customer_mobile_fts_config", "customer_mobile_fts_content", "audit_log"})
            t.remove(QLatin1String(changed));
        return t;
    };
    const auto before = tables();
    const qint64 customersBefore =
        scalar(QStringLiteral("SELECT count(*) FROM customers")).toLongLong();
    const qint64 auditBefore =
        scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong();

    // All-or-nothing, a dry run and a cancel write nothing at all.
    CustomerImportOptions strict;
    strict.allOrNothing = true;
    const auto refused = run(*sup1, write(QStringLiteral("u.csv"), utf8.bytes), strict);
    BOOST_TEST(!refused->written);
    BOOST_TEST(refused->imported == utf8.valid); // what would have gone in
    BOOST_TEST(refused->rejected == utf8.rejected.size());
    CustomerImportOptions dry;
    dry.dryRun = true;
    const auto dryRun = run(*sup1, write(QStringLiteral("u.csv"), utf8.bytes), dry);
    BOOST_TEST(!dryRun->written);
    BOOST_TEST(dryRun->imported == utf8.valid);
    int calls = 0;
    const auto cancelled =
        run(*sup1, write(QStringLiteral("u.csv"), utf8.bytes), {}, nullptr, [&](int done, int) {
            ++calls;
            return done < 3000; // in the writing half
        });
    BOOST_TEST(cancelled->cancelled);
    BOOST_TEST(!cancelled->written);
    BOOST_TEST(calls > 1);
    BOOST_TEST(tables() == before);

    // Now for real: the UTF-8 file, then the GB18030 one.
    for (const HostileFile* f : {&utf8, &gb}) {
        const QString name = f == &gb ? QStringLiteral("g.csv") : QStringLiteral("u.csv");
        const auto r = run(*sup1, write(name, f->bytes));
        BOOST_TEST(r->written);
        BOOST_TEST(r->rows == f->rows);
        BOOST_TEST(r->imported == f->valid);
        BOOST_TEST(r->skipped == f->skipped);
        BOOST_TEST(r->rejected == f->rejected.size());
        QMap<int, QStringList> reported;
        for (const ImportProblem& p : r->problems)
            reported[p.line] << p.column + QStringLiteral(": ") + p.reason;
        BOOST_TEST(reported.size() == f->rejected.size());
        for (auto it = f->rejected.cbegin(); it != f->rejected.cend(); ++it)
            BOOST_TEST(reported.value(it.key()).join(' ').contains(it.value()),
                       name << " line " << it.key() << ": expected '" << it.value() << "', got '"
                            << reported.value(it.key()).join(' ') << "'");
    }
    const qint64 imported = utf8.valid + gb.valid;
    BOOST_TEST(scalar(QStringLiteral("SELECT count(*) FROM customers")).toLongLong() ==
               customersBefore + imported);
    BOOST_TEST(scalar(QStringLiteral("SELECT count(*) FROM customer_search")).toLongLong() ==
               customersBefore + imported);
    BOOST_TEST(scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong() ==
               auditBefore + 2);
    // Every valid row is in, with its ID number; the quoted address kept its line break.
    QSet<QString> ids;
    QSqlQuery q(db());
    BOOST_REQUIRE(q.exec(QStringLiteral("SELECT id_number FROM customers")));
    while (q.next())
        ids.insert(q.value(0).toString());
    int missing = 0;
    for (const QString& id : utf8.validIds + gb.validIds)
        missing += ids.contains(id) ? 0 : 1;
    BOOST_TEST(missing == 0);
    BOOST_TEST(scalar(QStringLiteral("SELECT address FROM customers WHERE name = '王测试5005'")) ==
               QStringLiteral("北京市西城区, 金融街\r\n5005号"));
    const auto after = untouched(tables()), was = untouched(before);
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        BOOST_TEST(it.value() == was.value(it.key()), it.key() << " changed");
    BOOST_TEST(after.keys() == was.keys());
}

BOOST_AUTO_TEST_CASE(throughput_of_valid_rows)
{
    QByteArray csv = "name,id_number,mobile,email,address,risk_level\n";
    const int n = 20000;
    for (int i = 0; i < n; ++i)
        csv += QStringLiteral("客户%1,%2,139%3,c%1@example.com,北京市西城区金融街%1号,C3\n")
                   .arg(i)
                   .arg(residentId(QDate(1960, 1, 1).addDays(i / 1000), i % 1000))
                   .arg(i, 8, 10, QLatin1Char('0'))
                   .toUtf8();
    const auto r = run(*rm1, write(QStringLiteral("many.csv"), csv));
    BOOST_TEST(r->imported == n);
    const double perSecond = double(n) * 1000.0 / double(std::max<qint64>(1, r->elapsedMs));
    BOOST_TEST_MESSAGE("import: " << perSecond << " rows/s");
    BOOST_TEST(scalar(QStringLiteral("SELECT count(*) FROM customer_name_grams")).toLongLong() > n);
    BOOST_TEST(scalar(QStringLiteral("PRAGMA integrity_check")) == QStringLiteral("ok"));
}

BOOST_AUTO_TEST_SUITE_END()
