#pragma once

#include <QString>

namespace rmdesk {

// Reads back a worksheet that libxlsxwriter wrote, because it does not check its own writes: on a
// full disk its temporary row files are cut short without an error, and the spreadsheet it then
// zips looks whole to the zip. The check finds `entry` (e.g. "xl/worksheets/sheet1.xml") through
// the zip's central directory, inflates it, and requires its CRC and size, exactly `rows` row
// elements and the closing </worksheet>. *why (not translated) says what was wrong.
bool xlsxSheetComplete(const QString& path, const QString& entry, qint64 rows, QString* why);

// The inflated size of `entry` as the zip's directory gives it; -1 when there is none.
qint64 xlsxEntrySize(const QString& path, const QString& entry);

} // namespace rmdesk
