#include "csvtable.h"

#include "csvencoding.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>
#include <cstring>

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

enum class Split { Record, Blank, NeedMore, Unclosed };

bool blankBytes(const char* from, const char* to)
{
    for (; from < to; ++from)
        if (!(*from == ' ' || (*from >= '\t' && *from <= '\r')))
            return false;
    return true;
}

// Splits the record that starts at data[*pos] (RFC 4180 as CsvTable describes). n: the bytes at
// hand; eof: there are no more. NeedMore: the record may go on past n (nothing is changed).
// Unclosed: *line is the line of the quoted field never closed. Without `fields`, only the
// record's extent, line and kind are worked out.
Split splitRecord(const char* data, qsizetype n, bool eof, qsizetype* pos, int* line,
                  CsvRawRecord* record, bool fields)
{
    qsizetype i = *pos;
    int at = *line;
    if (i >= n)
        return eof ? Split::Blank : Split::NeedMore;
    record->line = at;
    record->fields.clear();
    const qsizetype begin = i;
    bool blank = true;
    for (;;) {
        if (i < n && data[i] == '"') {
            blank = false;
            const int opened = at;
            ++i;
            bool closed = false;
            qsizetype run = i;
            QByteArray field;
            while (i < n) {
                const char c = data[i];
                if (c == '"') {
                    if (fields)
                        field.append(data + run, i - run);
                    if (i + 1 < n && data[i + 1] == '"') {
                        if (fields)
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
                    ++at;
                ++i;
            }
            if (!closed) {
                if (!eof)
                    return Split::NeedMore;
                *line = opened;
                return Split::Unclosed;
            }
            // Anything between the closing quote and the separator is kept as it is.
            const qsizetype rest = i;
            while (i < n && data[i] != ',' && data[i] != '\n' && data[i] != '\r')
                ++i;
            if (fields) {
                field.append(data + rest, i - rest);
                record->fields.append(field);
            }
        } else {
            const qsizetype from = i;
            while (i < n && data[i] != ',' && data[i] != '\n' && data[i] != '\r')
                ++i;
            if (fields)
                record->fields.append(QByteArray(data + from, i - from));
            if (blank && !blankBytes(data + from, data + i))
                blank = false;
        }
        if (i < n && data[i] == ',') {
            blank = false;
            ++i;
            continue;
        }
        break;
    }
    const qsizetype end = i;
    if (i < n && data[i] == '\r')
        ++i;
    if (i < n && data[i] == '\n')
        ++i;
    // Every byte looked at lies before i: with more to come, a record ending at n may go on.
    if (!eof && i >= n)
        return Split::NeedMore;
    record->kind = utf8Kind(data + begin, end - begin);
    *pos = i;
    *line = at + 1;
    return blank ? Split::Blank : Split::Record;
}

QString unclosedMessage(int line)
{
    return CsvTable::tr("Line %1: a quoted field that starts here is never closed.").arg(line);
}

QString nulMessage(bool utf16 = false)
{
    return utf16 ? utf16Message()
                 : CsvTable::tr("The file holds binary data (NUL bytes): it is not a CSV text "
                                "file.");
}

// The checks of a file before it is read, as readFile makes them.
bool fileReadable(const QString& fileName, QString* error)
{
    const QFileInfo info(fileName);
    if (!info.exists()) {
        *error = CsvTable::tr("The file %1 does not exist.").arg(fileName);
        return false;
    }
    if (!info.isFile()) {
        *error = CsvTable::tr("%1 is not a file.").arg(fileName);
        return false;
    }
    if (info.size() > CsvTable::MaximumFileBytes) {
        *error = CsvTable::tr("The file %1 is larger than 2 GB: split it.").arg(fileName);
        return false;
    }
    return true;
}

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
    if (!fileReadable(fileName, error))
        return std::nullopt;
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
        *error = utf16Message();
        return std::nullopt;
    }
    if (bytes.indexOf('\0', start) >= 0) {
        *error = nulMessage(looksUtf16(bytes.mid(start, 256)));
        return std::nullopt;
    }

    // Split on the bytes.
    QList<CsvRawRecord> raws;
    const char* data = bytes.constData();
    const qsizetype n = bytes.size();
    qsizetype i = start;
    int line = 1;
    for (;;) {
        CsvRawRecord record;
        const Split split = splitRecord(data, n, true, &i, &line, &record, true);
        if (split == Split::Unclosed) {
            if (unclosedLine)
                *unclosedLine = line;
            *error = unclosedMessage(line);
            return std::nullopt;
        }
        if (split == Split::Record)
            raws.append(std::move(record));
        else if (i >= n)
            break;
    }

    // The encoding: given, or the one most lines are in (lines of ASCII only fit both).
    int utf8Lines = 0, otherLines = 0;
    GbShape shape;
    for (const CsvRawRecord& raw : std::as_const(raws)) {
        utf8Lines += raw.kind == 2 ? 1 : 0;
        otherLines += raw.kind == 0 ? 1 : 0;
        if (raw.kind == 0 && !shape.full())
            for (const QByteArray& f : raw.fields)
                shape.add(f);
    }
    if (wanted.isEmpty()) {
        wanted = otherLines > utf8Lines ? QStringLiteral("GB18030") : QStringLiteral("UTF-8");
        if (otherLines > utf8Lines && shape.implausible()) {
            *error = implausibleGbMessage();
            return std::nullopt;
        }
    }
    table.encoding = wanted;
    const bool gb = wanted == QLatin1String("GB18030");
    if (gb && !gb18030Available()) {
        *error = tr("This build cannot read GB18030 text: save the file as CSV UTF-8.");
        return std::nullopt;
    }
    QStringDecoder gbDecoder("GB18030", QStringDecoder::Flag::Stateless);
    table.records.reserve(raws.size());
    for (const CsvRawRecord& raw : std::as_const(raws))
        table.records.append(decode(raw, gb, &gbDecoder));
    return table;
}

namespace {

bool formulaLike(QStringView cell)
{
    if (cell.isEmpty())
        return false;
    const QChar c = cell.front();
    if (c != QLatin1Char('=') && c != QLatin1Char('+') && c != QLatin1Char('-') &&
        c != QLatin1Char('@') && c != QLatin1Char('\t') && c != QLatin1Char('\r'))
        return false;
    // A plain signed number (a change of -3.5 or -3.5 %) is a number to a spreadsheet, not a
    // formula: it stays as it is.
    static const QRegularExpression number(QStringLiteral("^[+-]\\d+(\\.\\d+)? ?%?$"));
    return !number.match(cell).hasMatch();
}

// A cell that gets an apostrophe in front: a formula-like one, and one that is such a cell with
// apostrophes in front already (so that "'=x" goes out as "''=x" and comes back as "'=x").
bool escaped(QStringView cell)
{
    qsizetype quotes = 0;
    while (quotes < cell.size() && cell.at(quotes) == QLatin1Char('\''))
        ++quotes;
    return formulaLike(cell.mid(quotes));
}

// The apostrophe field() puts in front, taken off.
void unescapeFormulas(CsvRecord* record)
{
    for (QString& f : record->fields)
        if (f.size() > 1 && f.front() == QLatin1Char('\'') && escaped(QStringView(f).mid(1)))
            f.remove(0, 1);
}

} // namespace

QString CsvTable::field(const QString& cell)
{
    QString text = escaped(cell) ? QLatin1Char('\'') + cell : cell;
    for (const QChar c : std::as_const(text))
        if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\r') ||
            c == QLatin1Char('\n'))
            return QLatin1Char('"') + text.replace(QLatin1Char('"'), QLatin1String("\"\"")) +
                   QLatin1Char('"');
    return text;
}

CsvRecord CsvTable::decode(const CsvRawRecord& raw, bool gb18030, QStringDecoder* gbDecoder)
{
    CsvRecord record;
    record.line = raw.line;
    record.fields.reserve(raw.fields.size());
    if (!gb18030) {
        if (raw.kind == 0)
            record.problem =
                tr("The line is not UTF-8 text (saved in another encoding, or damaged).");
        for (const QByteArray& f : raw.fields)
            record.fields.append(QString::fromUtf8(f));
        unescapeFormulas(&record);
        return record;
    }
    // GB18030 text is hardly ever valid UTF-8 beyond ASCII: such a line was saved in UTF-8
    // inside a GB18030 file.
    if (raw.kind == 2) {
        record.problem = tr("The line is UTF-8 text, but the file is GB18030: save the whole file "
                            "in one encoding.");
        for (const QByteArray& f : raw.fields)
            record.fields.append(QString::fromUtf8(f));
        unescapeFormulas(&record);
        return record;
    }
    for (const QByteArray& f : raw.fields) {
        if (utf8Kind(f.constData(), f.size()) == 1) {
            record.fields.append(QString::fromLatin1(f));
            continue;
        }
        record.fields.append(gbDecoder->decode(f));
        if (gbDecoder->hasError()) {
            if (record.problem.isEmpty())
                record.problem = tr("The line is not GB18030 text (damaged bytes).");
            // The error sticks to a decoder: a fresh one for the next field.
            *gbDecoder = QStringDecoder("GB18030", QStringDecoder::Flag::Stateless);
        }
    }
    unescapeFormulas(&record);
    return record;
}

std::optional<CsvReader::Facts> CsvReader::scan(const QString& fileName, const QString& encoding,
                                                QString* error)
{
    QString wanted;
    if (!fileReadable(fileName, error))
        return std::nullopt;
    CsvReader reader;
    if (!reader.open(fileName, error))
        return std::nullopt;
    if (!encoding.trimmed().isEmpty()) {
        wanted = CsvTable::encodingName(encoding);
        if (wanted.isEmpty()) {
            *error = CsvTable::tr("Unknown encoding %1: use UTF-8 or GB18030.").arg(encoding);
            return std::nullopt;
        }
    }
    Facts facts;
    facts.bom = reader.m_bom;
    if (facts.bom && wanted.isEmpty())
        wanted = QStringLiteral("UTF-8");
    if (!facts.bom &&
        (reader.m_buffer.startsWith("\xFF\xFE") || reader.m_buffer.startsWith("\xFE\xFF"))) {
        *error = utf16Message();
        return std::nullopt;
    }
    int utf8Lines = 0, otherLines = 0;
    CsvRawRecord record;
    GbShape shape;
    // The fields are kept only for the first records, while the sample is not full: the scan of
    // a UTF-8 file stays a search for record ends.
    while (reader.nextRecord(&record, !shape.full() && facts.records < GbShape::SampleRecords)) {
        ++facts.records;
        utf8Lines += record.kind == 2 ? 1 : 0;
        otherLines += record.kind == 0 ? 1 : 0;
        if (record.kind == 0 && !shape.full() && facts.records <= GbShape::SampleRecords)
            for (const QByteArray& f : std::as_const(record.fields))
                shape.add(f);
    }
    // As fromBytes: binary data first, then a quote never closed, then a failed read.
    if (reader.m_nul) {
        *error = nulMessage(reader.m_utf16);
        return std::nullopt;
    }
    if (!reader.m_error.isEmpty()) {
        *error = reader.m_error;
        return std::nullopt;
    }
    if (wanted.isEmpty()) {
        wanted = otherLines > utf8Lines ? QStringLiteral("GB18030") : QStringLiteral("UTF-8");
        if (otherLines > utf8Lines && shape.implausible()) {
            *error = implausibleGbMessage();
            return std::nullopt;
        }
    }
    facts.encoding = wanted;
    if (wanted == QLatin1String("GB18030") && !CsvTable::gb18030Available()) {
        *error = CsvTable::tr("This build cannot read GB18030 text: save the file as CSV UTF-8.");
        return std::nullopt;
    }
    return facts;
}

bool CsvReader::open(const QString& fileName, QString* error)
{
    m_file.setFileName(fileName);
    if (!m_file.open(QIODevice::ReadOnly)) {
        *error = CsvTable::tr("The file %1 cannot be read: %2").arg(fileName, m_file.errorString());
        return false;
    }
    m_buffer.clear();
    m_pos = 0;
    m_eof = false;
    m_nul = false;
    m_line = 1;
    m_error.clear();
    while (m_buffer.size() < 3 && !m_eof)
        if (!fill())
            break;
    m_bom = m_buffer.startsWith("\xEF\xBB\xBF");
    if (m_bom)
        m_pos = 3;
    m_utf16 = looksUtf16(m_buffer.left(256));
    return m_error.isEmpty() || (*error = m_error, false);
}

bool CsvReader::fill()
{
    constexpr qsizetype chunk = qsizetype(1) << 20;
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    // A record longer than the window doubles it.
    const qsizetype want = std::max(chunk, m_buffer.size());
    const qsizetype had = m_buffer.size();
    m_buffer.resize(had + want);
    const qint64 got = m_file.read(m_buffer.data() + had, want);
    if (got < 0) {
        m_buffer.resize(had);
        m_error = CsvTable::tr("The file %1 cannot be read: %2")
                      .arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    m_buffer.resize(had + qsizetype(got));
    if (got == 0)
        m_eof = true;
    // A BOM's bytes are never NUL: the whole window after it can be searched.
    if (!m_nul && std::memchr(m_buffer.constData() + had, '\0', std::size_t(got)))
        m_nul = true;
    return true;
}

bool CsvReader::next(CsvRawRecord* record)
{
    if (m_nul) {
        m_error = nulMessage(m_utf16);
        return false;
    }
    const bool more = nextRecord(record, true);
    if (m_nul) {
        m_error = nulMessage(m_utf16);
        return false;
    }
    return more;
}

bool CsvReader::nextRecord(CsvRawRecord* record, bool fields)
{
    if (!m_error.isEmpty())
        return false;
    for (;;) {
        int line = m_line;
        const Split split = splitRecord(m_buffer.constData(), m_buffer.size(), m_eof, &m_pos, &line,
                                        record, fields);
        switch (split) {
        case Split::NeedMore:
            if (!fill())
                return false;
            continue;
        case Split::Unclosed:
            m_unclosed = line;
            m_error = unclosedMessage(line);
            return false;
        case Split::Blank:
            m_line = line;
            if (m_eof && m_pos >= m_buffer.size())
                return false;
            continue;
        case Split::Record:
            m_line = line;
            return true;
        }
    }
}

} // namespace rmdesk
