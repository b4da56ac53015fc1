#include "money.h"

#include <QRegularExpression>

namespace rmdesk {

bool Money::parseYuan(const QString& text, qint64* fen)
{
    // Commas only as thousands separators: "1,234,567.8", not "1,2,3".
    static const QRegularExpression grouped(
        QStringLiteral("^\\d{1,3}(?:,\\d{3})+(?:\\.\\d{1,2})?$"));
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,13})(?:\\.(\\d{1,2}))?$"));
    QString plain = text.trimmed();
    if (plain.contains(QLatin1Char(','))) {
        if (!grouped.match(plain).hasMatch())
            return false;
        plain.remove(QLatin1Char(','));
    }
    const auto m = pattern.match(plain);
    if (!m.hasMatch())
        return false;
    *fen = m.captured(1).toLongLong() * 100 + m.captured(2).leftJustified(2, u'0').toLongLong();
    return true;
}

} // namespace rmdesk
