#include "xlsxcheck.h"

#include <QFile>

#include <zlib.h>

#include <algorithm>
#include <cstring>

namespace rmdesk {

namespace {

constexpr quint32 kEndOfDirectory = 0x06054b50;
constexpr quint32 kDirectoryEntry = 0x02014b50;
constexpr quint32 kLocalHeader = 0x04034b50;
constexpr int kDeflate = 8;

quint32 le32(const char* p)
{
    const auto* u = reinterpret_cast<const unsigned char*>(p);
    return quint32(u[0]) | quint32(u[1]) << 8 | quint32(u[2]) << 16 | quint32(u[3]) << 24;
}

quint16 le16(const char* p)
{
    const auto* u = reinterpret_cast<const unsigned char*>(p);
    return quint16(u[0] | u[1] << 8);
}

bool readAt(QFile& file, qint64 offset, qint64 size, QByteArray* out)
{
    if (offset < 0 || size < 0 || offset + size > file.size() || !file.seek(offset))
        return false;
    *out = file.read(size);
    return out->size() == size;
}

struct Entry
{
    quint32 crc = 0, compressed = 0, size = 0, localHeader = 0;
    int method = -1;
};

bool findEntry(QFile& file, const QByteArray& name, Entry* out, QString* why)
{
    // The end-of-directory record: 22 bytes and a comment of up to 65,535.
    const qint64 tail = std::min<qint64>(file.size(), 22 + 65535);
    QByteArray end;
    if (!readAt(file, file.size() - tail, tail, &end)) {
        *why = QStringLiteral("not a zip file");
        return false;
    }
    qsizetype at = end.size() - 22;
    while (at >= 0 && le32(end.constData() + at) != kEndOfDirectory)
        --at;
    if (at < 0) {
        *why = QStringLiteral("no zip directory (the file is cut short)");
        return false;
    }
    const quint16 entries = le16(end.constData() + at + 10);
    const quint32 directorySize = le32(end.constData() + at + 12);
    const quint32 directoryOffset = le32(end.constData() + at + 16);
    QByteArray directory;
    if (!readAt(file, directoryOffset, directorySize, &directory)) {
        *why = QStringLiteral("the zip directory is outside the file");
        return false;
    }
    qsizetype p = 0;
    for (int i = 0; i < entries; ++i) {
        if (p + 46 > directory.size() || le32(directory.constData() + p) != kDirectoryEntry)
            break;
        const char* d = directory.constData() + p;
        const quint16 nameLength = le16(d + 28);
        const qsizetype next = p + 46 + nameLength + le16(d + 30) + le16(d + 32);
        if (next > directory.size())
            break;
        if (QByteArray(d + 46, nameLength) == name) {
            out->method = le16(d + 10);
            out->crc = le32(d + 16);
            out->compressed = le32(d + 20);
            out->size = le32(d + 24);
            out->localHeader = le32(d + 42);
            return true;
        }
        p = next;
    }
    *why = QStringLiteral("%1 is not in the zip").arg(QString::fromUtf8(name));
    return false;
}

} // namespace

qint64 xlsxEntrySize(const QString& path, const QString& entryName)
{
    QFile file(path);
    Entry entry;
    QString why;
    if (!file.open(QIODevice::ReadOnly) || !findEntry(file, entryName.toUtf8(), &entry, &why))
        return -1;
    return entry.size;
}

bool xlsxSheetComplete(const QString& path, const QString& entryName, qint64 rows, QString* why)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *why = file.errorString();
        return false;
    }
    Entry entry;
    if (!findEntry(file, entryName.toUtf8(), &entry, why))
        return false;
    QByteArray local;
    if (entry.method != kDeflate || !readAt(file, entry.localHeader, 30, &local) ||
        le32(local.constData()) != kLocalHeader) {
        *why = QStringLiteral("the sheet's zip entry is not readable");
        return false;
    }
    qint64 offset = qint64(entry.localHeader) + 30 + le16(local.constData() + 26) +
                    le16(local.constData() + 28);
    if (offset + entry.compressed > file.size() || !file.seek(offset)) {
        *why = QStringLiteral("the sheet is cut short");
        return false;
    }

    z_stream z = {};
    if (inflateInit2(&z, -MAX_WBITS) != Z_OK) {
        *why = QStringLiteral("zlib cannot start");
        return false;
    }
    static const QByteArray rowTag = "<row ";
    static const QByteArray endTag = "</worksheet>";
    QByteArray in, out(1 << 18, Qt::Uninitialized), carry, last;
    qint64 remaining = entry.compressed, inflated = 0, found = 0;
    uLong crc = crc32(0, nullptr, 0);
    int status = Z_OK;
    // Until the stream ends: zlib may have taken the last input and still owe output, so the
    // loop goes on while inflate fills the buffer; it stops when inflate can make no progress.
    while (status == Z_OK) {
        if (z.avail_in == 0 && remaining > 0) {
            in = file.read(std::min<qint64>(remaining, 1 << 18));
            if (in.isEmpty())
                break;
            remaining -= in.size();
            z.next_in = reinterpret_cast<Bytef*>(in.data());
            z.avail_in = uInt(in.size());
        }
        z.next_out = reinterpret_cast<Bytef*>(out.data());
        z.avail_out = uInt(out.size());
        status = inflate(&z, Z_NO_FLUSH);
        if (status != Z_OK && status != Z_STREAM_END)
            break; // Z_BUF_ERROR: no input left and the stream not ended (cut short)
        const qsizetype produced = out.size() - qsizetype(z.avail_out);
        crc = crc32(crc, reinterpret_cast<const Bytef*>(out.constData()), uInt(produced));
        inflated += produced;
        // Row tags, including one split between two pieces (the carry is shorter than a tag,
        // so no tag is counted twice).
        const QByteArray piece = carry + QByteArray(out.constData(), produced);
        for (qsizetype at = piece.indexOf(rowTag); at >= 0; at = piece.indexOf(rowTag, at + 1))
            ++found;
        carry = piece.right(rowTag.size() - 1);
        last = piece.size() >= 64 ? piece.right(64) : (last + piece).right(64);
    }
    inflateEnd(&z);
    if (status != Z_STREAM_END) {
        *why = QStringLiteral("the sheet does not inflate (status %1)").arg(status);
        return false;
    }
    if (quint32(crc) != entry.crc || quint64(inflated) != entry.size) {
        *why = QStringLiteral("the sheet's checksum or size does not match the zip");
        return false;
    }
    if (!last.trimmed().endsWith(endTag)) {
        *why = QStringLiteral("the sheet is cut short (no closing tag)");
        return false;
    }
    if (found != rows) {
        *why = QStringLiteral("the sheet has %1 rows instead of %2").arg(found).arg(rows);
        return false;
    }
    return true;
}

} // namespace rmdesk
