#include "csvtable.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <vector>

namespace rmdesk {

namespace {

// Length of the UTF-8 sequence at p (end excluded), or 0 when it is not one.
int utf8Sequence(const uchar* p, const uchar* end)
{
    const uchar c = p[0];
    int n = 0;
    char32_t cp = 0;
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF) {
        n = 2;
        cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        cp = c & 0x07;
    } else {
        return 0;
    }
    if (end - p < n)
        return 0;
    for (int i = 1; i < n; ++i) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (p[i] & 0x3F);
    }
    if ((n == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
        (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
        return 0;
    return n;
}

// 1: ASCII only; 2: valid UTF-8 with other characters; 0: not UTF-8.
int utf8Kind(const char* data, qsizetype size)
{
    const auto* p = reinterpret_cast<const uchar*>(data);
    const uchar* end = p + size;
    int kind = 1;
    while (p < end) {
        if (*p < 0x80) {
            ++p;
            continue;
        }
        const int n = utf8Sequence(p, end);
        if (n == 0)
            return 0;
        kind = 2;
        p += n;
    }
    return kind;
}

struct RawRecord
{
    int line = 0;
    qsizetype begin = 0; // the record's bytes, for the encoding check
    qsizetype end = 0;
    QList<QByteArray> fields;
};

} // namespace

QString CsvTable::encodingName(const QString& given)
{
    const QString e = given.trimmed().toUpper().remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    if (e == QLatin1String("UTF8"))
        return QStringLiteral("UTF-8");
    if (e == QLatin1String("GB18030"))
        return QStringLiteral("GB18030");
    return QString();
}

bool CsvTable::gb18030Available()
{
    QStringDecoder decoder("GB18030");
    return decoder.isValid();
}

std::optional<CsvTable> CsvTable::readFile(const QString& fileName, const QString& encoding,
                                           QString* error)
{
    const QFileInfo info(fileName);
    if (!info.exists()) {
        *error = tr("The file %1 does not exist.").arg(fileName);
        return std::nullopt;
    }
    if (!info.isFile()) {
        *error = tr("%1 is not a file.").arg(fileName);
        return std::nullopt;
    }
    if (info.size() > MaximumFileBytes) {
        *error = tr("The file %1 is larger than 2 GB: split it.").arg(fileName);
        return std::nullopt;
    }
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("The file %1 cannot be read: %2").arg(fileName, file.errorString());
        return std::nullopt;
    }
    return fromBytes(file.readAll(), encoding, error);
}

std::optional<CsvTable> CsvTable::fromBytes(const QByteArray& bytes, const QString& encoding,
                                            QString* error, int* unclosedLine)
{
    if (unclosedLine)
        *unclosedLine = 0;
    CsvTable table;
    QString wanted;
    if (!encoding.trimmed().isEmpty()) {
        wanted = encodingName(encoding);
        if (wanted.isEmpty()) {
            *error = tr("Unknown encoding %1: use UTF-8 or GB18030.").arg(encoding);
            return std::nullopt;
        }
    }
    qsizetype start = 0;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        table.bom = true;
        start = 3;
        if (wanted.isEmpty())
            wanted = QStringLiteral("UTF-8");
    } else if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        *error = tr("The file is in UTF-16, which is not read here: save it as CSV UTF-8.");
        return std::nullopt;
    }
    if (bytes.indexOf('\0', start) >= 0) {
        *error = tr("The file holds binary data (NUL bytes): it is not a CSV text file.");
        return std::nullopt;
    }

    // Split on the bytes.
    QList<RawRecord> raws;
    const char* data = bytes.constData();
    const qsizetype n = bytes.size();
    qsizetype i = start;
    int line = 1;
    while (i < n) {
        RawRecord record;
        record.line = line;
        record.begin = i;
        bool blank = true;
        for (;;) {
            QByteArray field;
            if (i < n && data[i] == '"') {
                blank = false;
                const int opened = line;
                ++i;
                bool closed = false;
                qsizetype run = i;
                while (i < n) {
                    const char c = data[i];
                    if (c == '"') {
                        field.append(data + run, i - run);
                        if (i + 1 < n && data[i + 1] == '"') {
                            field.append('"');
                            i += 2;
                            run = i;
                            continue;
                        }
                        ++i;
                        closed = true;
                        break;
                    }
                    if (c == '\n' || (c == '\r' && (i + 1 >= n || data[i + 1] != '\n')))
                        ++line;
                    ++i;
                }
                if (!closed) {
                    if (unclosedLine)
                        *unclosedLine = opened;
                    *error =
                        tr("Line %1: a quoted field that starts here is never closed.").arg(opened);
                    return std::nullopt;
                }
                // Anything between the closing quote and the separator is kept as it is.
                const qsizetype rest = i;
                while (i < n && data[i] != ',' && data[i] != '\n' && data[i] != '\r')
                    ++i;
                field.append(data + rest, i - rest);
            } else {
                const qsizetype from = i;
                while (i < n && data[i] != ',' && data[i] != '\n' && data[i] != '\r')
                    ++i;
                field = QByteArray(data + from, i - from);
                if (!field.trimmed().isEmpty())
                    blank = false;
            }
            record.fields.append(field);
            if (i < n && data[i] == ',') {
                blank = false;
                ++i;
                continue;
            }
            break;
        }
        record.end = i;
        if (i < n && data[i] == '\r')
            ++i;
        if (i < n && data[i] == '\n')
            ++i;
        ++line;
        if (!blank)
            raws.append(std::move(record));
    }

    // The encoding: given, or the one most lines are in (lines of ASCII only fit both).
    std::vector<int> kinds;
    kinds.reserve(std::size_t(raws.size()));
    int utf8Lines = 0, otherLines = 0;
    for (const RawRecord& raw : std::as_const(raws)) {
        kinds.push_back(utf8Kind(data + raw.begin, raw.end - raw.begin));
        utf8Lines += kinds.back() == 2 ? 1 : 0;
        otherLines += kinds.back() == 0 ? 1 : 0;
    }
    if (wanted.isEmpty())
        wanted = otherLines > utf8Lines ? QStringLiteral("GB18030") : QStringLiteral("UTF-8");
    table.encoding = wanted;
    const bool gb = wanted == QLatin1String("GB18030");
    if (gb && !gb18030Available()) {
        *error = tr("This build cannot read GB18030 text: save the file as CSV UTF-8.");
        return std::nullopt;
    }
    QStringDecoder gbDecoder("GB18030", QStringDecoder::Flag::Stateless);
    table.records.reserve(raws.size());
    for (qsizetype r = 0; r < raws.size(); ++r) {
        const RawRecord& raw = raws.at(r);
        CsvRecord record;
        record.line = raw.line;
        record.fields.reserve(raw.fields.size());
        const int kind = kinds[std::size_t(r)];
        if (!gb) {
            if (kind == 0)
                record.problem =
                    tr("The line is not UTF-8 text (saved in another encoding, or damaged).");
            for (const QByteArray& f : raw.fields)
                record.fields.append(QString::fromUtf8(f));
        } else {
            // GB18030 text is hardly ever valid UTF-8 beyond ASCII: such a line was saved in
            // UTF-8 inside a GB18030 file.
            if (kind == 2) {
                record.problem =
                    tr("The line is UTF-8 text, but the file is GB18030: save the whole file "
                       "in one encoding.");
                for (const QByteArray& f : raw.fields)
                    record.fields.append(QString::fromUtf8(f));
                table.records.append(std::move(record));
                continue;
            }
            for (const QByteArray& f : raw.fields) {
                if (utf8Kind(f.constData(), f.size()) == 1) {
                    record.fields.append(QString::fromLatin1(f));
                    continue;
                }
                record.fields.append(gbDecoder.decode(f));
                if (gbDecoder.hasError()) {
                    if (record.problem.isEmpty())
                        record.problem = tr("The line is not GB18030 text (damaged bytes).");
                    // The error sticks to a decoder: a fresh one for the next field.
                    gbDecoder = QStringDecoder("GB18030", QStringDecoder::Flag::Stateless);
                }
            }
        }
        table.records.append(std::move(record));
    }
    return table;
}

} // namespace rmdesk
