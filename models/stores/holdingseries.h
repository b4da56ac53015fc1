#pragma once
// Month-end balances of one customer's product as stored in holding_series (schema 13): a JSON
// object of "YYYY-MM" → fen. The demo loader writes them with encode(); the retention pass and
// the assessment months read them with decode(), without a row per month. holdingseries.cpp
// also holds RetentionStore::scan, the streaming pass over every customer's series.

#include <QtGlobal>

#include <string>
#include <string_view>
#include <vector>

namespace rmdesk {

struct MonthBalance
{
    int month = 0; // month index: year * 12 + (month - 1)
    qint64 fen = 0;
};

class HoldingSeries
{
public:
    // "2026-10" → 2026 * 12 + 9; -1 for anything else.
    static int monthIndex(std::string_view yyyyMm);
    // 2026 * 12 + 9 → "2026-10".
    static std::string monthName(int index);
    // Appends the stored text of `balances` (ascending months, fen ≥ 0) to *out.
    static void encode(const std::vector<MonthBalance>& balances, std::string* out);
    // The balances of a stored text, in ascending month order; false if it is not one.
    static bool decode(std::string_view text, std::vector<MonthBalance>* out);
    // The balance of one month (a month index) in a stored text, 0 when the month is not there.
    // Reads only as far as it must: a text whose month entry is missing or malformed elsewhere
    // may pass; false when the month's own entry (or, when it is not plain, the whole text)
    // does not parse.
    static bool balanceIn(std::string_view text, int month, qint64* fen);
    // Adds `more` into *into (both in ascending month order): balances of the same month add up.
    static void add(std::vector<MonthBalance>* into, const std::vector<MonthBalance>& more);
};

} // namespace rmdesk
