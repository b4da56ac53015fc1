#pragma once

#include "stores/csvtable.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

namespace rmdesk {

// A column by any of its names (lower case): the first is the one RM Desk writes.
struct CsvColumnNames
{
    const char* key;
    QStringList names;
};

// A CSV file read record by record (CsvReader: memory that does not grow with the file), with
// where each known column is in its header. For the imports whose columns are found by name
// (month-end balances, the product catalogue).
class CsvColumnReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvColumnReader)

public:
    // Scans the file (CsvReader::scan: its encoding, its records) and reads the header; false
    // with *error when the file cannot be read, is empty, or names a known column twice.
    bool open(const QString& fileName, const QString& encoding, const QList<CsvColumnNames>& known,
              QString* error);
    // The next data record; false at the end of the file or when it cannot be read (error()).
    bool next(CsvRecord* record);
    QString error() const { return m_reader.error(); }
    int records() const { return m_records; } // data records, from the scan
    // The trimmed value of a known column ("" when the header has no such column).
    QString cell(const CsvRecord& r, const char* key) const;

    QHash<QString, int> column; // known key → index in the header
    int width = 0;              // fields in the header
    int headerLine = 1;

private:
    CsvReader m_reader;
    QStringDecoder m_gbDecoder{"GB18030", QStringDecoder::Flag::Stateless};
    bool m_gb = false;
    int m_records = 0;
};

} // namespace rmdesk
