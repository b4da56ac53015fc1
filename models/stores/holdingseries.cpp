#include "holdingseries.h"

#include "stores/lifecyclestore.h"
#include "stores/retentionstore.h"

#include <QDateTime>

#include <algorithm>
#include <limits>
#include <string>
#include <unordered_map>

namespace rmdesk {

namespace {

void appendDigits(std::string* out, qint64 v, int width)
{
    char buffer[24];
    int n = 0;
    do {
        buffer[n++] = char('0' + v % 10);
        v /= 10;
    } while (v > 0);
    for (int i = n; i < width; ++i)
        out->push_back('0');
    while (n > 0)
        out->push_back(buffer[--n]);
}

} // namespace

int HoldingSeries::monthIndex(std::string_view s)
{
    if (s.size() != 7 || s[4] != '-')
        return -1;
    int year = 0;
    for (int i = 0; i < 4; ++i) {
        if (s[std::size_t(i)] < '0' || s[std::size_t(i)] > '9')
            return -1;
        year = year * 10 + (s[std::size_t(i)] - '0');
    }
    if (s[5] < '0' || s[5] > '1' || s[6] < '0' || s[6] > '9')
        return -1;
    const int month = (s[5] - '0') * 10 + (s[6] - '0');
    if (month < 1 || month > 12)
        return -1;
    return year * 12 + month - 1;
}

std::string HoldingSeries::monthName(int index)
{
    std::string out;
    appendDigits(&out, index / 12, 4);
    out.push_back('-');
    appendDigits(&out, index % 12 + 1, 2);
    return out;
}

void HoldingSeries::encode(const std::vector<MonthBalance>& balances, std::string* out)
{
    out->push_back('{');
    for (std::size_t i = 0; i < balances.size(); ++i) {
        if (i > 0)
            out->push_back(',');
        out->push_back('"');
        appendDigits(out, balances[i].month / 12, 4);
        out->push_back('-');
        appendDigits(out, balances[i].month % 12 + 1, 2);
        out->append("\":");
        appendDigits(out, std::max<qint64>(0, balances[i].fen), 1);
    }
    out->push_back('}');
}

bool HoldingSeries::decode(std::string_view text, std::vector<MonthBalance>* out)
{
    out->clear();
    std::size_t i = 0;
    const auto skipSpace = [&] {
        while (i < text.size() &&
               (text[i] == ' ' || text[i] == '\n' || text[i] == '\t' || text[i] == '\r'))
            ++i;
    };
    skipSpace();
    if (i >= text.size() || text[i] != '{')
        return false;
    ++i;
    skipSpace();
    if (i < text.size() && text[i] == '}') {
        ++i;
        skipSpace();
        return i == text.size();
    }
    bool sorted = true;
    for (;;) {
        skipSpace();
        if (i + 9 > text.size() || text[i] != '"' || text[i + 8] != '"')
            return false;
        const int month = monthIndex(text.substr(i + 1, 7));
        if (month < 0)
            return false;
        i += 9;
        skipSpace();
        if (i >= text.size() || text[i] != ':')
            return false;
        ++i;
        skipSpace();
        qint64 fen = 0;
        const std::size_t start = i;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9' && i - start < 18)
            fen = fen * 10 + (text[i++] - '0');
        if (i == start)
            return false;
        if (!out->empty() && out->back().month >= month)
            sorted = false;
        out->push_back({month, fen});
        skipSpace();
        if (i < text.size() && text[i] == ',') {
            ++i;
            continue;
        }
        if (i < text.size() && text[i] == '}') {
            ++i;
            skipSpace();
            break;
        }
        return false;
    }
    if (i != text.size())
        return false;
    if (!sorted)
        std::sort(out->begin(), out->end(),
                  [](const MonthBalance& a, const MonthBalance& b) { return a.month < b.month; });
    return true;
}

bool HoldingSeries::balanceIn(std::string_view text, int month, qint64* fen)
{
    *fen = 0;
    if (month < 0)
        return false;
    std::string key = "\"";
    appendDigits(&key, month / 12, 4);
    key.push_back('-');
    appendDigits(&key, month % 12 + 1, 2);
    key.append("\":");
    const std::size_t at = text.find(key);
    if (at != std::string_view::npos) {
        // The plain form that encode() and SQLite's json functions write: "YYYY-MM":digits.
        std::size_t i = at + key.size();
        const std::size_t start = i;
        qint64 v = 0;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9' && i - start < 18)
            v = v * 10 + (text[i++] - '0');
        if (i > start && i < text.size() && (text[i] == ',' || text[i] == '}')) {
            *fen = v;
            return true;
        }
    } else if (text.find(std::string_view(key).substr(0, 9)) == std::string_view::npos) {
        return true; // the month is not in the series
    }
    // Spaces around the colon, or something that is not a balance: read the whole text.
    std::vector<MonthBalance> all;
    if (!decode(text, &all))
        return false;
    for (const MonthBalance& b : all)
        if (b.month == month)
            *fen += b.fen;
    return true;
}

void HoldingSeries::add(std::vector<MonthBalance>* into, const std::vector<MonthBalance>& more)
{
    std::vector<MonthBalance> out;
    out.reserve(into->size() + more.size());
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < into->size() || j < more.size()) {
        if (j == more.size() || (i < into->size() && (*into)[i].month < more[j].month)) {
            out.push_back((*into)[i++]);
        } else if (i == into->size() || more[j].month < (*into)[i].month) {
            out.push_back(more[j++]);
        } else {
            out.push_back({(*into)[i].month, (*into)[i].fen + more[j].fen});
            ++i;
            ++j;
        }
    }
    into->swap(out);
}

// --- RetentionStore's pass over holding_series
// --------------------------------------------------------------

bool RetentionStore::scan(const QSqlDatabase& db,
                          const std::function<bool(const CustomerScan&)>& visit, QString* error)
{
    // Both in customer order: customers by row id, holding_series by its primary key.
    RawStatement customers(db, "SELECT id, lifecycle_stage, branch_code, "
                               "coalesce(rm_user_id, 0), tier FROM customers ORDER BY id");
    RawStatement series(db, "SELECT customer_id, balances FROM holding_series "
                            "ORDER BY customer_id");
    if (!customers.ok() || !series.ok()) {
        *error = customers.ok() ? series.error() : customers.error();
        return false;
    }
    // The changes of RM, also in customer order (a partial index, schema 24); they name the RMs,
    // so the staff's ids by name.
    RawStatement changes(db, "SELECT customer_id, at, coalesce(old_value, ''), "
                             "coalesce(new_value, '') FROM customer_changes WHERE field = 'rm' "
                             "ORDER BY customer_id, id");
    RawStatement users(db, "SELECT name, id FROM users");
    if (!changes.ok() || !users.ok()) {
        *error = changes.ok() ? users.error() : changes.error();
        return false;
    }
    std::unordered_map<std::string, qint64> staff;
    while (users.step())
        staff.emplace(std::string(users.text(0), std::size_t(users.textSize(0))), users.integer(1));
    if (users.failed()) {
        *error = users.error();
        return false;
    }
    const auto staffId = [&staff](const RawStatement& s, int column) {
        const auto it = staff.find(std::string(s.text(column), std::size_t(s.textSize(column))));
        return it == staff.end() ? qint64(0) : it->second;
    };
    std::vector<qint64> totals;
    std::vector<MonthBalance> product;
    std::vector<MonthBalance> all;
    std::vector<std::pair<int, qint64>> rmFrom;
    CustomerScan c;
    c.totals = &totals;
    c.rmFrom = &rmFrom;
    bool more = series.step();
    bool moreChanges = changes.step();
    while (customers.step()) {
        c.id = customers.integer(0);
        c.stage.assign(customers.text(1), std::size_t(customers.textSize(1)));
        c.branch.assign(customers.text(2), std::size_t(customers.textSize(2)));
        c.rmUserId = customers.integer(3);
        c.tier.assign(customers.text(4), std::size_t(customers.textSize(4)));
        rmFrom.clear();
        while (moreChanges && changes.integer(0) < c.id)
            moreChanges = changes.step();
        while (moreChanges && changes.integer(0) == c.id) {
            // The RM in charge at the end of the change's month (local time) is the new one.
            const QDate day =
                QDateTime::fromString(QString::fromUtf8(changes.text(1)), Qt::ISODateWithMs)
                    .toLocalTime()
                    .date();
            if (!day.isValid()) { // not written by RM Desk: no month to place it in
                moreChanges = changes.step();
                continue;
            }
            const int month = day.year() * 12 + day.month() - 1;
            if (rmFrom.empty())
                rmFrom.emplace_back(std::numeric_limits<int>::min(), staffId(changes, 2));
            if (rmFrom.back().first == month)
                rmFrom.back().second = staffId(changes, 3);
            else
                rmFrom.emplace_back(month, staffId(changes, 3));
            moreChanges = changes.step();
        }
        // In month order even if a clock was set back between two changes (the id order is
        // kept within a month), and the stored RM is the one in charge now, whatever the history
        // says.
        std::stable_sort(rmFrom.begin(), rmFrom.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        if (!rmFrom.empty())
            rmFrom.back().second = c.rmUserId;
        all.clear();
        while (more && series.integer(0) < c.id)
            more = series.step();
        while (more && series.integer(0) == c.id) {
            if (!HoldingSeries::decode(
                    std::string_view(series.text(1), std::size_t(series.textSize(1))), &product)) {
                *error = tr("The month-end balances of customer %1 are not a series of months "
                            "and whole amounts in fen. Correct them and try again.")
                             .arg(c.id);
                return false;
            }
            all.insert(all.end(), product.begin(), product.end());
            more = series.step();
        }
        totals.clear();
        c.firstMonth = 0;
        if (!all.empty()) {
            const auto [lo, hi] = std::minmax_element(
                all.begin(), all.end(),
                [](const MonthBalance& a, const MonthBalance& b) { return a.month < b.month; });
            c.firstMonth = lo->month;
            totals.assign(std::size_t(hi->month - lo->month + 1), 0);
            for (const MonthBalance& b : all)
                totals[std::size_t(b.month - c.firstMonth)] += b.fen;
        }
        if (!visit(c))
            return true;
    }
    // A failed step ends its loop early.
    for (const RawStatement* s : {&customers, &series, &changes})
        if (s->failed()) {
            *error = s->error();
            return false;
        }
    return true;
}

} // namespace rmdesk
