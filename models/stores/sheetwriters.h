#pragma once

#include <QString>
#include <QStringList>

#include <memory>

namespace rmdesk {

// Where an export's rows go: the file is written beside the target and renamed onto it by
// commit(). Customer data: owner-only from the moment the file exists.
class SheetWriter
{
public:
    virtual ~SheetWriter() = default;
    virtual bool open(QString* error) = 0;
    virtual bool writeRow(const QStringList& cells) = 0; // the first row is the header
    virtual bool finish(QString* error) = 0;             // everything is on disk, not yet named
    virtual bool commit(QString* error) = 0;             // renamed onto the target
    virtual void discard() = 0;                          // nothing is left
};

// The sentence for a file that could not be written, with why.
QString cannotWrite(const QString& fileName, const QString& why);

std::unique_ptr<SheetWriter> makeCsvWriter(const QString& fileName);
// columns: the header's field names (text columns and widths follow them).
std::unique_ptr<SheetWriter> makeXlsxWriter(const QString& fileName, const QStringList& columns);

} // namespace rmdesk
