#pragma once

#include <QString>
#include <QStringList>

namespace rmdesk {

// How a C2 value is shown masked. Parsed from the display_masking rule set:
// "first:3,last:4" keeps the first three and last four characters; "first:1" keeps one;
// "until:区|县" keeps everything up to and including the first of those characters.
struct MaskPattern
{
    int first = 0;
    int last = 0;
    QStringList until;

    static MaskPattern parse(const QString& text, bool* ok = nullptr);
    QString apply(const QString& value) const;
};

} // namespace rmdesk
