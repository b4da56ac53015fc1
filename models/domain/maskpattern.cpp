// How a C2 value is shown masked: the patterns of the display_masking rule set.
#include "maskpattern.h"

#include <algorithm>

namespace rmdesk {

namespace {

const QChar maskChar = QLatin1Char('*');

} // namespace

MaskPattern MaskPattern::parse(const QString& text, bool* ok)
{
    MaskPattern p;
    bool good = !text.trimmed().isEmpty();
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString key = part.section(QLatin1Char(':'), 0, 0).trimmed();
        const QString arg = part.section(QLatin1Char(':'), 1).trimmed();
        bool num = false;
        // At most 64 characters either way: enough for any field, far from overflowing.
        if (key == QLatin1String("first")) {
            p.first = arg.toInt(&num);
            good = good && num && p.first >= 0 && p.first <= 64;
        } else if (key == QLatin1String("last")) {
            p.last = arg.toInt(&num);
            good = good && num && p.last >= 0 && p.last <= 64;
        } else if (key == QLatin1String("until")) {
            p.until = arg.split(QLatin1Char('|'), Qt::SkipEmptyParts);
            good = good && !p.until.isEmpty();
        } else {
            good = false;
        }
    }
    if (ok)
        *ok = good;
    return p;
}

QString MaskPattern::apply(const QString& value) const
{
    if (value.isEmpty())
        return value;
    // Count by code points so that a Chinese name is masked by characters, not UTF-16 units.
    const QList<uint> chars = value.toUcs4();
    const auto n = chars.size();
    if (!until.isEmpty()) {
        // Keep up to and including the first marker (an address up to its district), and "first"
        // characters at most when no marker is found.
        qsizetype cut = -1;
        for (const QString& marker : until) {
            const qsizetype at = value.indexOf(marker);
            if (at >= 0 && (cut < 0 || at < cut))
                cut = at + marker.size();
        }
        if (cut < 0)
            cut = QString::fromUcs4(reinterpret_cast<const char32_t*>(chars.constData()),
                                    std::min<qsizetype>(first, n))
                      .size();
        if (cut >= value.size())
            return value;
        return value.left(cut) + QString(4, maskChar);
    }
    const qsizetype keepFirst = std::min<qsizetype>(first, n);
    const qsizetype keepLast = std::min<qsizetype>(last, n - keepFirst);
    qsizetype hidden = n - keepFirst - keepLast;
    if (hidden <= 0) {
        // Too short to keep that much: hide everything after the first character.
        if (n <= 1)
            return QString(maskChar);
        return QString::fromUcs4(reinterpret_cast<const char32_t*>(chars.constData()), 1) +
               QString(n - 1, maskChar);
    }
    const auto* data = reinterpret_cast<const char32_t*>(chars.constData());
    return QString::fromUcs4(data, keepFirst) + QString(hidden, maskChar) +
           QString::fromUcs4(data + n - keepLast, keepLast);
}

} // namespace rmdesk
