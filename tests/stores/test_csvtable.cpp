// The CSV reader every import shares: RFC 4180 quoting with the line each record starts on,
// blank lines, UTF-8 with and without a byte order mark, GB18030 (given or detected), lines in
// the wrong encoding flagged one by one, and the clear errors for what cannot be read.
#include "common/testsupport.h"
#include "stores/csvtable.h"

#include <QElapsedTimer>
#include <QFile>
#include <QStringEncoder>

using namespace rmdesk;
using namespace rmdesk::test;

namespace {

CsvTable parse(const QByteArray& bytes, const QString& encoding = QString())
{
    QString error;
    const auto table = CsvTable::fromBytes(bytes, encoding, &error);
    BOOST_REQUIRE_MESSAGE(table, error);
    return *table;
}

QByteArray gb18030(const QString& text)
{
    QStringEncoder encode("GB18030");
    BOOST_REQUIRE(encode.isValid());
    return encode(text);
}

} // namespace

BOOST_AUTO_TEST_SUITE(csvtable)

BOOST_AUTO_TEST_CASE(quotes_commas_and_line_breaks_keep_their_lines)
{
    // Line 1 the header; the record on line 2 runs to line 4 (a CRLF and a lone CR inside
    // quotes); a blank line 5; line 6 has a doubled quote and text after a closing quote.
    const CsvTable t = parse("a,b,c\r\n"
                             "1,\"x, y\",\"two\r\nlines\rthree\"\r\n"
                             "\r\n"
                             "\"say \"\"hi\"\"\",\"q\"rest,\n"
                             "last,,end");
    BOOST_TEST(t.encoding == QStringLiteral("UTF-8"));
    BOOST_TEST(!t.bom);
    BOOST_REQUIRE(t.records.size() == 4);
    BOOST_TEST(t.records[0].line == 1);
    BOOST_TEST(t.records[0].fields == (QStringList{"a", "b", "c"}));
    BOOST_TEST(t.records[1].line == 2);
    BOOST_TEST(t.records[1].fields == (QStringList{"1", "x, y", "two\r\nlines\rthree"}));
    BOOST_TEST(t.records[2].line == 6);
    BOOST_TEST(t.records[2].fields == (QStringList{"say \"hi\"", "qrest", ""}));
    BOOST_TEST(t.records[3].line == 7);
    BOOST_TEST(t.records[3].fields == (QStringList{"last", "", "end"}));
    for (const CsvRecord& r : t.records)
        BOOST_TEST(r.problem.isEmpty());
}

BOOST_AUTO_TEST_CASE(formula_like_cells_are_written_inert_and_read_back_as_they_were)
{
    // Written: an apostrophe before = + - @ tab CR (not before a plain signed number), then
    // RFC 4180 quoting where needed.
    const QStringList cells{QStringLiteral("=HYPERLINK(\"http://x\",\"点击\")"),
                            QStringLiteral("+852 2345 6789"),
                            QStringLiteral("-12"),
                            QStringLiteral("-3.5 %"),
                            QStringLiteral("-A1"),
                            QStringLiteral("@SUM(A1)"),
                            QStringLiteral("\tcmd"),
                            QStringLiteral("=1,2"),
                            QStringLiteral("王小明"),
                            QStringLiteral("a,b"),
                            QStringLiteral("'quoted"),
                            QStringLiteral("'=x"),
                            QStringLiteral("''@y"),
                            QString()};
    QStringList written;
    for (const QString& c : cells)
        written << CsvTable::field(c);
    BOOST_TEST(
        written ==
        (QStringList{QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"点击\"\")\""),
                     QStringLiteral("'+852 2345 6789"), QStringLiteral("-12"),
                     QStringLiteral("-3.5 %"), QStringLiteral("'-A1"), QStringLiteral("'@SUM(A1)"),
                     QStringLiteral("'\tcmd"), QStringLiteral("\"'=1,2\""),
                     QStringLiteral("王小明"), QStringLiteral("\"a,b\""), QStringLiteral("'quoted"),
                     // A cell that looks escaped already gets one more, to come back
                     // as it was.
                     QStringLiteral("''=x"), QStringLiteral("'''@y"), QString()}));
    // Read back: every cell as it was (an apostrophe before anything else stays).
    const CsvTable t = parse(written.join(QLatin1Char(',')).toUtf8() + "\r\n");
    BOOST_REQUIRE(t.records.size() == 1);
    BOOST_TEST(t.records[0].fields == cells);
    // The same in a GB18030 file.
    const CsvTable gb = parse(gb18030(written.join(QLatin1Char(',')) + QStringLiteral("\r\n")),
                              QStringLiteral("GB18030"));
    BOOST_REQUIRE(gb.records.size() == 1);
    BOOST_TEST(gb.records[0].fields == cells);
}

BOOST_AUTO_TEST_CASE(an_unclosed_quote_is_an_error_naming_its_line)
{
    QString error;
    int line = -1;
    const auto t = CsvTable::fromBytes("a,b\n1,2\n3,\"open\n4,5\n", QString(), &error, &line);
    BOOST_TEST(!t);
    BOOST_TEST(line == 3);
    BOOST_TEST(error.contains(QStringLiteral("Line 3")));
    BOOST_TEST(error.contains(QStringLiteral("never closed")));
}

BOOST_AUTO_TEST_CASE(utf8_with_a_bom_and_without)
{
    const QByteArray body = QStringLiteral("姓名,手机\n张伟,13800138000\n").toUtf8();
    const CsvTable withBom = parse("\xEF\xBB\xBF" + body);
    BOOST_TEST(withBom.bom);
    BOOST_TEST(withBom.encoding == QStringLiteral("UTF-8"));
    BOOST_TEST(withBom.records[0].fields.first() == QStringLiteral("姓名"));
    const CsvTable plain = parse(body);
    BOOST_TEST(!plain.bom);
    BOOST_TEST(plain.records[1].fields == (QStringList{QStringLiteral("张伟"), "13800138000"}));
}

BOOST_AUTO_TEST_CASE(gb18030_is_detected_and_can_be_given)
{
    BOOST_REQUIRE(CsvTable::gb18030Available());
    const QString text = QStringLiteral("姓名,地址\n欧阳娜娜,\"北京市海淀区, 中关村\"\n");
    const QByteArray bytes = gb18030(text);
    BOOST_REQUIRE(bytes != text.toUtf8());
    const CsvTable detected = parse(bytes);
    BOOST_TEST(detected.encoding == QStringLiteral("GB18030"));
    BOOST_TEST(detected.records[1].fields ==
               (QStringList{QStringLiteral("欧阳娜娜"), QStringLiteral("北京市海淀区, 中关村")}));
    BOOST_TEST(detected.records[1].problem.isEmpty());
    const CsvTable given = parse(bytes, QStringLiteral("gb18030"));
    BOOST_TEST(given.records[1].fields == detected.records[1].fields);
    // An ASCII file is UTF-8 either way.
    BOOST_TEST(parse("a,b\n1,2\n").encoding == QStringLiteral("UTF-8"));
}

BOOST_AUTO_TEST_CASE(a_line_in_the_other_encoding_is_flagged_alone)
{
    // A GB18030 file with one line pasted in UTF-8: that line only is flagged.
    const QByteArray mixed = gb18030(QStringLiteral("姓名,城市\n王芳,上海\n")) +
                             QStringLiteral("李娜,广州\n").toUtf8() +
                             gb18030(QStringLiteral("陈静,深圳\n"));
    const CsvTable t = parse(mixed);
    BOOST_TEST(t.encoding == QStringLiteral("GB18030"));
    BOOST_REQUIRE(t.records.size() == 4);
    BOOST_TEST(t.records[1].problem.isEmpty());
    BOOST_TEST(t.records[2].line == 3);
    BOOST_TEST(t.records[2].problem.contains(QStringLiteral("UTF-8")));
    BOOST_TEST(t.records[3].problem.isEmpty());
    BOOST_TEST(t.records[3].fields.first() == QStringLiteral("陈静"));
    // Told it is UTF-8, the GB18030 lines are the bad ones.
    const CsvTable asUtf8 = parse(mixed, QStringLiteral("UTF-8"));
    BOOST_TEST(!asUtf8.records[0].problem.isEmpty());
    BOOST_TEST(!asUtf8.records[1].problem.isEmpty());
    BOOST_TEST(asUtf8.records[2].problem.isEmpty());
    BOOST_TEST(asUtf8.records[2].fields.first() == QStringLiteral("李娜"));
}

BOOST_AUTO_TEST_CASE(the_encoding_most_lines_are_in_wins)
{
    // A UTF-8 file with one line pasted from a GB18030 file: UTF-8, that line flagged.
    const QByteArray mixed = QStringLiteral("姓名,城市\n王芳,上海\n").toUtf8() +
                             gb18030(QStringLiteral("李娜,广州\n")) +
                             QStringLiteral("陈静,深圳\n").toUtf8();
    const CsvTable t = parse(mixed);
    BOOST_TEST(t.encoding == QStringLiteral("UTF-8"));
    BOOST_REQUIRE(t.records.size() == 4);
    BOOST_TEST(t.records[1].problem.isEmpty());
    BOOST_TEST(t.records[2].problem.contains(QStringLiteral("not UTF-8")));
    BOOST_TEST(t.records[3].problem.isEmpty());
    BOOST_TEST(t.records[3].fields ==
               (QStringList{QStringLiteral("陈静"), QStringLiteral("深圳")}));
}

BOOST_AUTO_TEST_CASE(what_cannot_be_read_says_why)
{
    QString error;
    BOOST_TEST(!CsvTable::fromBytes("\xFF\xFE"
                                    "a\0,\0",
                                    QString(), &error));
    BOOST_TEST(error.contains(QStringLiteral("UTF-16")));
    BOOST_TEST(!CsvTable::fromBytes(QByteArray("a,b\n\0\x01", 6), QString(), &error));
    BOOST_TEST(error.contains(QStringLiteral("binary")));
    // UTF-16 without its byte-order mark is named as such, read whole or scanned.
    const QString text = QStringLiteral("name,mobile\n张三,13812345678\n");
    const QByteArray utf16(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    BOOST_TEST(!CsvTable::fromBytes(utf16, QString(), &error));
    BOOST_TEST(error.contains(QStringLiteral("UTF-16")), error.toStdString());
    TempFolder folder;
    QFile f(folder.file(QStringLiteral("utf16.csv")));
    BOOST_REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(utf16);
    f.close();
    BOOST_TEST(!CsvReader::scan(f.fileName(), QString(), &error));
    BOOST_TEST(error.contains(QStringLiteral("UTF-16")), error.toStdString());
    BOOST_TEST(!CsvTable::fromBytes("a\n", QStringLiteral("latin1"), &error));
    BOOST_TEST(error.contains(QStringLiteral("latin1")));
    BOOST_TEST(!CsvTable::readFile(QStringLiteral("/nonexistent/x.csv"), QString(), &error));
    BOOST_TEST(error.contains(QStringLiteral("does not exist")));
    // Empty, and blank lines only: no records, not an error here (the import says so).
    BOOST_TEST(parse("").records.isEmpty());
    BOOST_TEST(parse("\r\n\n  \n").records.isEmpty());
    BOOST_TEST(CsvTable::encodingName(QStringLiteral("utf8")) == QStringLiteral("UTF-8"));
    BOOST_TEST(CsvTable::encodingName(QStringLiteral("GB18030")) == QStringLiteral("GB18030"));
    BOOST_TEST(CsvTable::encodingName(QStringLiteral("gbk")).isEmpty());
}

BOOST_AUTO_TEST_CASE(big5_or_western_bytes_are_not_taken_for_gb18030)
{
    // Both decode as GB18030 without an error, into garbage (陳大文 as 朝ゅ, Müller as M黮ler).
    const QByteArray big5("name,address\n\xB3\xAF\xA4j\xA4\xE5,\xBBO\xA5_\xA5\xAB\xABH\xB8q\xB0"
                          "\xCF\n\xB1i\xB4"
                          "f\xA9"
                          "f,\xA5x\xA4\xA4\xA5\xAB\xA6\xE8\xA4\xD9\xB0\xCF\n"
                          "\xA9P\xAAN\xAD\xDB,\xB0\xAA\xB6\xAF\xA5\xAB\xAB"
                          "e\xC2\xED\xB0\xCF\n");
    const QByteArray western("name,address\nHans M\xFCller,K\xF6nigstra\xDF"
                             "e 5\nFran\xE7ois Dupont,Z\xFCrich\n");
    TempFolder folder;
    for (const QByteArray& bytes : {big5, western}) {
        QString error;
        BOOST_TEST(!CsvTable::fromBytes(bytes, QString(), &error));
        BOOST_TEST(error.contains(QStringLiteral("Big5")), error.toStdString());
        const QString file = folder.file(QStringLiteral("odd.csv"));
        QFile f(file);
        BOOST_REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
        f.close();
        QString scanError;
        BOOST_TEST(!CsvReader::scan(file, QString(), &scanError));
        BOOST_TEST(scanError == error);
        // Given as GB18030 by the user, it is read as such.
        BOOST_TEST(CsvTable::fromBytes(bytes, QStringLiteral("gb18030"), &error).has_value());
        BOOST_TEST(CsvReader::scan(file, QStringLiteral("gb18030"), &scanError).has_value());
    }
    // Real GB18030 names, rare characters and all (堃, 喆, 珺, the dot of 买买提·艾力), are.
    const CsvTable gb = parse(gb18030(
        QStringLiteral("姓名,地址\n王堃,北京市朝阳区建国路88号\n张喆,上海市浦东新区世纪大道100号\n"
                       "买买提·艾力,乌鲁木齐市天山区\n王珺,广州市天河区\n周昇,深圳市南山区\n")));
    BOOST_TEST(gb.encoding == QStringLiteral("GB18030"));
    BOOST_TEST(gb.records.at(3).fields.first() == QStringLiteral("买买提·艾力"));
}

BOOST_AUTO_TEST_CASE(millions_of_cells_per_second)
{
    QByteArray bytes = "name,mobile,address,notes,a,b,c,d,e,f\n";
    const QByteArray row =
        QStringLiteral("张伟,13800138000,\"北京市海淀区, 中关村大街1号\",备注,1,2,3,4,5,6\n")
            .toUtf8();
    for (int i = 0; i < 200000; ++i)
        bytes += row;
    QElapsedTimer timer;
    timer.start();
    const CsvTable t = parse(bytes);
    const qint64 ms = std::max<qint64>(1, timer.elapsed());
    BOOST_REQUIRE(t.records.size() == 200001);
    BOOST_TEST(t.records.last().fields.at(2) == QStringLiteral("北京市海淀区, 中关村大街1号"));
    const double cellsPerSecond = 2000000.0 * 1000.0 / double(ms);
    BOOST_TEST_MESSAGE("CSV: " << cellsPerSecond << " cells/s");
#if defined(NDEBUG) && !defined(__SANITIZE_ADDRESS__)
    BOOST_TEST(cellsPerSecond >= 1e6);
#else
    BOOST_TEST(cellsPerSecond >= 1e5); // debug and sanitizer builds are slower
#endif
}

BOOST_AUTO_TEST_SUITE_END()
