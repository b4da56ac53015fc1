#pragma once

#include <QString>

namespace rmdesk {

// Amounts in yuan as people and files write them, kept in fen (1/100 yuan).
class Money
{
public:
    // "1234.56", "1,234.5", "0": at most 13 digits of yuan and 2 of fen, never negative.
    static bool parseYuan(const QString& text, qint64* fen);
};

} // namespace rmdesk
