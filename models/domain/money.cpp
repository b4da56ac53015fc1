#include "money.h"

#include <QRegularExpression>

namespace rmdesk {

bool Money::parseYuan(const QString& text, qint64* fen)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,13})(?:\\.(\\d{1,2}))?$"));
    const auto m = pattern.match(text.trimmed().remove(QLatin1Char(',')));
    if (!m.hasMatch())
        return false;
    *fen = m.captured(1).toLongLong() * 100 + m.captured(2).leftJustified(2, u'0').toLongLong();
    return true;
}

} // namespace rmdesk
