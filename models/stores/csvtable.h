#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

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
    // "UTF-8", "GB18030" or "" when the name is neither.
    static QString encodingName(const QString& given);
    // Whether this Qt can decode GB18030 (it needs ICU).
    static bool gb18030Available();

    QString encoding; // "UTF-8" or "GB18030"
    bool bom = false;
    QList<CsvRecord> records; // the header first, when there is one
};

} // namespace rmdesk
