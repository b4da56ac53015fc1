#include "csvcolumnreader.h"

namespace rmdesk {

bool CsvColumnReader::open(const QString& fileName, const QString& encoding,
                           const QList<CsvColumnNames>& known, QString* error)
{
    const auto facts = CsvReader::scan(fileName, encoding, error);
    if (!facts)
        return false;
    CsvRawRecord raw;
    if (facts->records == 0 || !m_reader.open(fileName, error) || !m_reader.next(&raw)) {
        if (error->isEmpty())
            *error = m_reader.error().isEmpty() ? tr("The file %1 is empty.").arg(fileName)
                                                : m_reader.error();
        return false;
    }
    m_gb = facts->encoding == QLatin1String("GB18030");
    m_records = facts->records - 1;
    const CsvRecord header = CsvTable::decode(raw, m_gb, &m_gbDecoder);
    width = int(header.fields.size());
    headerLine = header.line;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed().toLower();
        for (const CsvColumnNames& c : known)
            if (c.names.contains(name)) {
                if (column.contains(QLatin1String(c.key))) {
                    *error = tr("The header names the column %1 twice.").arg(QLatin1String(c.key));
                    return false;
                }
                column.insert(QLatin1String(c.key), i);
            }
    }
    return true;
}

bool CsvColumnReader::next(CsvRecord* record)
{
    CsvRawRecord raw;
    if (!m_reader.next(&raw))
        return false;
    *record = CsvTable::decode(raw, m_gb, &m_gbDecoder);
    return true;
}

QString CsvColumnReader::cell(const CsvRecord& r, const char* key) const
{
    const int i = column.value(QLatin1String(key), -1);
    return i < 0 ? QString() : r.fields.value(i).trimmed();
}

} // namespace rmdesk
