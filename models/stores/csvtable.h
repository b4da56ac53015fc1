#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QStringDecoder;

namespace rmdesk {

// One record of a CSV file: the line its first field starts on (1-based) and its fields.
struct CsvRecord
{
    int line = 0;
    QStringList fields;
    // Not empty when the record's bytes are not text in the file's encoding (a line saved in
    // another encoding, or broken bytes): translated, the fields are then not to be trusted.
    QString problem;
};

// One record as the file's bytes, before decoding: its line, its fields, and whether its bytes
// are ASCII (1), UTF-8 beyond ASCII (2) or not UTF-8 (0).
struct CsvRawRecord
{
    int line = 0;
    int kind = 1;
    QList<QByteArray> fields;
};

// A CSV file read whole: RFC 4180 quoting (commas, doubled quotes and CR, LF or CRLF line breaks
// inside quoted fields), records ended by CRLF, LF or CR, blank lines skipped. The encoding is
// UTF-8 (with or without a byte order mark) or GB18030: given, or detected (the one most lines
// are in: GB18030 when more lines are not UTF-8 than are UTF-8 beyond ASCII). The separators are
// ASCII and never the trailing byte of a GB18030 character, so records are split on the bytes and
// each record is decoded on its own: a line in another encoding is flagged without spoiling the
// rest.
class CsvTable
{
    Q_DECLARE_TR_FUNCTIONS(CsvTable)

public:
    static constexpr qint64 MaximumFileBytes = qint64(2) * 1024 * 1024 * 1024 - 1;

    // encoding: "" (detect), "UTF-8" or "GB18030" (any case, "utf8" and "gb18030" too).
    static std::optional<CsvTable> readFile(const QString& fileName, const QString& encoding,
                                            QString* error);
    // *unclosedLine (when given): the line of a quoted field never closed, else 0.
    static std::optional<CsvTable> fromBytes(const QByteArray& bytes, const QString& encoding,
                                             QString* error, int* unclosedLine = nullptr);
    // One record in the file's encoding (GB18030 when `gb18030`), with its problem when its bytes
    // are not text in it. `gbDecoder`: a stateless GB18030 decoder of the caller's thread.
    static CsvRecord decode(const CsvRawRecord& raw, bool gb18030, QStringDecoder* gbDecoder);
    // "UTF-8", "GB18030" or "" when the name is neither.
    static QString encodingName(const QString& given);
    // One field as RM Desk writes it (exports, import reports): quoted when it holds a comma, a
    // quote or a line break; and a cell a spreadsheet would take for a formula (it starts with
    // = + - @, a tab or a carriage return) gets an apostrophe in front, so that opening the file
    // never runs what a record or an imported file held ("CSV injection"). decode() takes that
    // apostrophe off again, so an exported file imports as it was.
    static QString field(const QString& cell);
    // Whether this Qt can decode GB18030 (it needs ICU).
    static bool gb18030Available();

    QString encoding; // "UTF-8" or "GB18030"
    bool bom = false;
    QList<CsvRecord> records; // the header first, when there is one
};

// The same file record by record, in memory that does not grow with the file (a window of about
// a megabyte): CsvTable's rules and messages. scan() reads the whole file once to check it and
// learn its encoding and number of records; a reader then gives the records one by one.
class CsvReader
{
public:
    struct Facts
    {
        QString encoding; // "UTF-8" or "GB18030"
        bool bom = false;
        int records = 0; // not blank, the header included
    };

    // Everything CsvTable::readFile would refuse is refused here, with the same message.
    static std::optional<Facts> scan(const QString& fileName, const QString& encoding,
                                     QString* error);

    CsvReader() = default;
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;

    bool open(const QString& fileName, QString* error);
    // The next record that is not blank; false at the end of the file or on an error (then
    // error() says what).
    bool next(CsvRawRecord* record);
    QString error() const { return m_error; }
    bool bom() const { return m_bom; }

private:
    bool fill();
    bool nextRecord(CsvRawRecord* record, bool fields);

    QFile m_file;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    bool m_bom = false;
    bool m_nul = false;
    bool m_utf16 = false; // the first bytes look like UTF-16 without a byte-order mark
    int m_line = 1;
    int m_unclosed = 0; // the line of a quoted field never closed
    QString m_error;
};

} // namespace rmdesk
