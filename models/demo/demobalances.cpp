// The customers' balances month by month (their story: growth, decline, dormancy, churn and
// win-back) and what follows from them: the holding series, tier, AUM and the stage at the end.
#include "demorows.h"

#include "stores/holdingseries.h"

#include <algorithm>
#include <cmath>

namespace rmdesk::demo {

namespace {

// The stage the monthly rules would most likely give at the end of the span, from the balances
// alone (the histories, which know the contacts too, may decide otherwise).
const char* stageAtEnd(const CustomerRow& row, const std::vector<std::int64_t>& totals)
{
    if (row.story == Story::Prospect)
        return "prospect";
    const int last = int(totals.size()) - 1;
    if (last - row.firstMonth < 3 && row.firstMonth > 0)
        return "onboarding";
    int empty = 0;
    while (empty <= last && totals[std::size_t(last - empty)] == 0)
        ++empty;
    if (empty > 0)
        return empty >= 12 ? "churned" : empty >= 6 ? "dormant" : "declining";
    if (row.story == Story::WonBack) {
        int held = 0;
        while (held <= last && totals[std::size_t(last - held)] > 0)
            ++held;
        if (held <= 3)
            return "won_back";
    }
    if (row.story == Story::Dormant)
        return "dormant";
    if (last >= 3 && totals[std::size_t(last - 3)] > 0) {
        const double pct = 100.0 * double(totals.back() - totals[std::size_t(last - 3)]) /
                           double(totals[std::size_t(last - 3)]);
        if (pct >= 10)
            return "growing";
        if (pct <= -10)
            return "declining";
    }
    return "mature";
}

} // namespace

void RowMaker::encodeSeries(CustomerRow* row) const
{
    std::vector<MonthBalance> balances;
    for (std::size_t i = 0; i < row->holdings.size();) {
        const int product = row->holdings[i].product;
        balances.clear();
        for (; i < row->holdings.size() && row->holdings[i].product == product; ++i)
            balances.push_back(
                {m_firstMonthIndex + row->holdings[i].month, row->holdings[i].balanceFen});
        row->series.push_back({product, std::string()});
        HoldingSeries::encode(balances, &row->series.back().balances);
    }
}

// The share of the customer's usual balance in each month of the span (0: nothing held), by
// its story; months before the first stay 0. *frozenFrom: from that month on the balances no
// longer move (dormant).
void RowMaker::storyLevels(CustomerRow* row, std::vector<double>* level, double tinyShare,
                           int* frozenFrom, bool beforeSpan)
{
    const int months = m_s.months;
    const int s = row->firstMonth;
    const int room = months - 1 - s; // months after the first
    std::vector<double>& l = *level;
    // New relationships start with part of their money and bring the rest within months.
    const double r0 = 0.2 + 0.4 * m_rng.uniform();
    const int ramp = m_rng.between(2, 9);
    for (int m = s; m < months; ++m)
        l[std::size_t(m)] =
            beforeSpan ? 1.0 : std::min(1.0, r0 + (1.0 - r0) * double(m - s) / ramp);
    if (row->story == Story::WonBack && room < 4)
        row->story = Story::Churned;
    if (row->story != Story::Mature && row->story != Story::Growing && room < 1)
        row->story = Story::Mature;
    switch (row->story) {
    case Story::Prospect:
    case Story::Mature:
        break;
    case Story::Growing: {
        const int from = std::max(s, months - 1 - m_rng.between(3, 15));
        const double rate = 0.02 + 0.04 * m_rng.uniform();
        for (int m = from; m < months; ++m)
            l[std::size_t(m)] *= std::pow(1.0 + rate, m - from);
        break;
    }
    case Story::Declining: {
        const int from = std::max(s + 1, months - 1 - m_rng.between(3, 15));
        const double rate = 0.04 + 0.08 * m_rng.uniform();
        for (int m = from; m < months; ++m)
            l[std::size_t(m)] *= std::pow(1.0 - rate, m - from + 1);
        break;
    }
    case Story::Dormant: {
        const int from = std::max(s + 1, months - m_rng.between(4, 20));
        for (int m = from; m < months; ++m)
            l[std::size_t(m)] = tinyShare;
        *frozenFrom = from;
        break;
    }
    case Story::Churned:
    case Story::WonBack: {
        // Leaves in month `gone` after fading for up to two months; a won-back customer returns
        // after 3 to 20 empty months and builds up again.
        const int gone = row->story == Story::Churned
                             ? s + 1 + int(m_rng.below(std::uint64_t(room)))
                             : s + 1 + int(m_rng.below(std::uint64_t(room - 3)));
        const int fade = m_rng.between(0, 2);
        for (int m = std::max(s, gone - fade); m < gone; ++m)
            l[std::size_t(m)] *= std::pow(0.5, m - (gone - fade) + 1);
        int back = months;
        if (row->story == Story::WonBack)
            back = gone + m_rng.between(3, std::min(20, months - 1 - gone));
        for (int m = gone; m < back; ++m)
            l[std::size_t(m)] = 0;
        const double r1 = 0.3 + 0.3 * m_rng.uniform(), top = 0.6 + 0.6 * m_rng.uniform();
        const int rebuild = m_rng.between(2, 6);
        for (int m = back; m < months; ++m)
            l[std::size_t(m)] = std::min(top, r1 + (top - r1) * double(m - back) / rebuild);
        break;
    }
    }
}

void RowMaker::finances(CustomerRow* row, bool beforeSpan)
{
    std::string* v = row->values;
    const int months = m_s.months;
    std::vector<std::int64_t> totals(std::size_t(months), 0);
    if (row->story != Story::Prospect) {
        double yuan = 0;
        if (m_rng.chance(row->institution ? 0.02 : 0.0025))
            yuan = 6e6 * std::exp(m_rng.uniform() * 2.0); // private banking: 6M … 44M
        else
            yuan = std::max(100.0, (row->institution ? 8e5 : 4e4) * std::exp(1.5 * m_rng.normal()));
        const double tiny = std::min(yuan, 100.0 + m_rng.uniform() * 3000.0);
        const int risk = v[ColRiskLevel].empty() ? 1 : v[ColRiskLevel][1] - '0';
        // How many products: more money, more kinds; never above the customer's risk level.
        const int wanted = yuan < 5e4   ? m_rng.between(1, 2)
                           : yuan < 5e5 ? m_rng.between(2, 3)
                                        : m_rng.between(3, 6);
        std::vector<int> chosen = {0}; // every customer keeps a current account
        for (int tries = 0; int(chosen.size()) < wanted && tries < 20; ++tries) {
            const int p = int(1 + m_rng.below(products().size - 1));
            if (products()[std::size_t(p)].risk <= risk &&
                std::find(chosen.begin(), chosen.end(), p) == chosen.end())
                chosen.push_back(p);
        }
        std::sort(chosen.begin(), chosen.end(), [](int a, int b) {
            return std::strcmp(products()[std::size_t(a)].code, products()[std::size_t(b)].code) <
                   0;
        });
        std::vector<double> shares;
        double total = 0;
        for (std::size_t i = 0; i < chosen.size(); ++i) {
            shares.push_back(0.2 + m_rng.uniform());
            total += shares.back();
        }
        std::vector<double> level(std::size_t(months), 0.0);
        int frozenFrom = months;
        storyLevels(row, &level, tiny / yuan, &frozenFrom, beforeSpan);
        for (std::size_t i = 0; i < chosen.size(); ++i) {
            for (int m = row->firstMonth; m < months; ++m) {
                double f = level[std::size_t(m)];
                if (f <= 0)
                    continue;
                if (m < frozenFrom)
                    f *= 0.97 + 0.06 * m_rng.uniform();
                const std::int64_t fen = std::int64_t(yuan * 100 * shares[i] / total * f);
                if (fen <= 0)
                    continue;
                row->holdings.push_back({chosen[i], m, fen});
                totals[std::size_t(m)] += fen;
            }
        }
        if (row->holdings.empty()) {
            row->story = Story::Prospect;
            row->firstMonth = -1;
        }
    }
    const std::int64_t lastMonthFen = totals.back();
    v[ColAumFen] = std::to_string(lastMonthFen);
    v[ColTier] = lastMonthFen >= m_s.privateMinFen    ? "private"
                 : lastMonthFen >= m_s.affluentMinFen ? "affluent"
                                                      : "mass";
    v[ColLifecycleStage] = stageAtEnd(*row, totals);
}

} // namespace rmdesk::demo
