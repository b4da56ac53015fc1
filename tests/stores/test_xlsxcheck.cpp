// The read-back of an exported spreadsheet (stores/xlsxcheck.h) on zips made here by hand: a
// whole sheet passes; a sheet cut short, a row too few, a checksum that does not match, a missing
// entry, a file cut in half or no zip at all are each refused with their reason.
#include "stores/xlsxcheck.h"

#include "common/testsupport.h"

#include <QFile>

#include <zlib.h>

using namespace rmdesk;
using namespace rmdesk::test;

namespace {

void put16(QByteArray& out, quint32 v)
{
    out.append(char(v & 0xff)).append(char((v >> 8) & 0xff));
}

void put32(QByteArray& out, quint32 v)
{
    put16(out, v & 0xffff);
    put16(out, v >> 16);
}

QByteArray rawDeflate(const QByteArray& data)
{
    z_stream z = {};
    BOOST_REQUIRE(deflateInit2(&z, 6, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) == Z_OK);
    QByteArray out(int(deflateBound(&z, uLong(data.size()))), Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = uInt(out.size());
    BOOST_REQUIRE(deflate(&z, Z_FINISH) == Z_STREAM_END);
    out.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    return out;
}

// A zip of one deflated entry, as libxlsxwriter's minizip lays it out (sizes in the directory).
QByteArray zipOf(const QByteArray& name, const QByteArray& content, quint32 crcDelta = 0)
{
    const QByteArray packed = rawDeflate(content);
    const quint32 crc = quint32(crc32(0, reinterpret_cast<const Bytef*>(content.constData()),
                                      uInt(content.size()))) +
                        crcDelta;
    QByteArray zip;
    put32(zip, 0x04034b50);
    put16(zip, 20);
    put16(zip, 0);
    put16(zip, 8);
    put32(zip, 0); // time, date
    put32(zip, crc);
    put32(zip, quint32(packed.size()));
    put32(zip, quint32(content.size()));
    put16(zip, quint16(name.size()));
    put16(zip, 0);
    zip += name + packed;
    const quint32 directory = quint32(zip.size());
    put32(zip, 0x02014b50);
    put16(zip, 20);
    put16(zip, 20);
    put16(zip, 0);
    put16(zip, 8);
    put32(zip, 0);
    put32(zip, crc);
    put32(zip, quint32(packed.size()));
    put32(zip, quint32(content.size()));
    put16(zip, quint16(name.size()));
    put16(zip, 0);
    put16(zip, 0);
    put16(zip, 0);
    put16(zip, 0);
    put32(zip, 0);
    put32(zip, 0); // local header at 0
    zip += name;
    const quint32 directorySize = quint32(zip.size()) - directory;
    put32(zip, 0x06054b50);
    put16(zip, 0);
    put16(zip, 0);
    put16(zip, 1);
    put16(zip, 1);
    put32(zip, directorySize);
    put32(zip, directory);
    put16(zip, 0);
    return zip;
}

// A sheet of `rows` rows, long enough to span several inflated pieces.
QByteArray sheet(int rows)
{
    QByteArray xml = "<?xml version=\"1.0\"?>\n<worksheet><sheetData>";
    for (int r = 1; r <= rows; ++r)
        xml += "<row r=\"" + QByteArray::number(r) + "\"><c><is><t>" + QByteArray(40, 'x') +
               " &lt;row " + QByteArray::number(r) + "</t></is></c></row>";
    return xml + "</sheetData></worksheet>\n";
}

const QString kSheet = QStringLiteral("xl/worksheets/sheet1.xml");

struct Files
{
    TempFolder folder;
    QString write(const QByteArray& bytes)
    {
        const QString path = folder.file(QStringLiteral("f%1.xlsx").arg(++count));
        QFile f(path);
        BOOST_REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    }
    int count = 0;
};

} // namespace

BOOST_FIXTURE_TEST_SUITE(xlsx_check, Files)

BOOST_AUTO_TEST_CASE(a_whole_sheet_passes_with_its_row_count)
{
    const QString path = write(zipOf(kSheet.toUtf8(), sheet(20000))); // ~1.3 MB inflated
    QString why;
    BOOST_TEST(xlsxSheetComplete(path, kSheet, 20000, &why), why);
    BOOST_TEST(!xlsxSheetComplete(path, kSheet, 20001, &why));
    BOOST_TEST(why.contains(QStringLiteral("20000 rows instead of 20001")), why);
}

BOOST_AUTO_TEST_CASE(a_sheet_cut_short_is_refused)
{
    const QByteArray whole = sheet(3000);
    QString why;
    BOOST_TEST(!xlsxSheetComplete(write(zipOf(kSheet.toUtf8(), whole.left(whole.size() * 2 / 3))),
                                  kSheet, 2000, &why));
    BOOST_TEST(why.contains(QStringLiteral("cut short")), why);
}

BOOST_AUTO_TEST_CASE(damaged_zips_are_refused)
{
    QString why;
    BOOST_TEST(!xlsxSheetComplete(write(zipOf(kSheet.toUtf8(), sheet(10), 1)), kSheet, 10, &why));
    BOOST_TEST(why.contains(QStringLiteral("checksum")), why);

    BOOST_TEST(!xlsxSheetComplete(write(zipOf("xl/other.xml", sheet(10))), kSheet, 10, &why));
    BOOST_TEST(why.contains(QStringLiteral("not in the zip")), why);

    const QByteArray zip = zipOf(kSheet.toUtf8(), sheet(2000));
    BOOST_TEST(!xlsxSheetComplete(write(zip.left(zip.size() / 2)), kSheet, 2000, &why));
    BOOST_TEST(!why.isEmpty());

    BOOST_TEST(!xlsxSheetComplete(write(QByteArray("id,name\n1,x\n")), kSheet, 2, &why));
    BOOST_TEST(!xlsxSheetComplete(folder.file(QStringLiteral("missing.xlsx")), kSheet, 0, &why));
}

BOOST_AUTO_TEST_SUITE_END()
