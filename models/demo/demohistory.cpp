// The maker side of the demo histories (see demohistory.h): what happened to one customer, decided
// from the seed and the customer id only, so a row's history does not depend on thread timing.
#include "demohistory.h"

#include "demodata.h"
#include "domain/lifecyclerules.h"

#include <sqlcipher/sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace rmdesk::demo {

namespace hist {
const char* const kInteractionChannels[6] = {"visit",          "phone",  "branch",
                                             "online_banking", "wechat", "letter"};
const char* const kInteractionPurposes[6] = {"service_request",     "product_advice",
                                             "periodic_review",     "relationship_care",
                                             "complaint_follow_up", "other"};
const char* const kInteractionOutcomes[4] = {"resolved", "pending", "referred", "not_reached"};
const char* const kComplaintCategories[12] = {
    "sales_conduct", "fees",    "service_quality", "account",         "card", "loan", "wealth",
    "insurance",     "payment", "privacy",         "debt_collection", "other"};
const char* const kComplaintChannels[8] = {"counter", "phone", "letter",    "online",
                                           "wechat",  "email", "regulator", "other"};
const char* const kComplaintSeverities[3] = {"low", "medium", "high"};
const char* const kRootCauses[8] = {"process_design",   "staff_conduct",  "product_design",
                                    "disclosure",       "system_failure", "third_party",
                                    "misunderstanding", "other"};
const char* const kSurveyTemplates[3] = {"post-complaint", "post-onboarding", "annual-review"};
const char* const kSurveyChannels[7] = {"phone", "visit", "sms", "app", "email", "wechat", "paper"};
const char* const kStages[8] = {"prospect",  "onboarding", "growing", "mature",
                                "declining", "dormant",    "churned", "won_back"};

std::string isoDay(std::int64_t jd)
{
    // Fliegel and Van Flandern: Julian day to the Gregorian calendar.
    std::int64_t l = jd + 68569;
    const std::int64_t n = 4 * l / 146097;
    l -= (146097 * n + 3) / 4;
    const std::int64_t i = 4000 * (l + 1) / 1461001;
    l = l - 1461 * i / 4 + 31;
    const std::int64_t j = 80 * l / 2447;
    const int day = int(l - 2447 * j / 80);
    l = j / 11;
    const int month = int(j + 2 - 12 * l);
    const int year = int(100 * (n - 49) + i + l);
    char buf[11] = {char('0' + year / 1000),
                    char('0' + year / 100 % 10),
                    char('0' + year / 10 % 10),
                    char('0' + year % 10),
                    '-',
                    char('0' + month / 10),
                    char('0' + month % 10),
                    '-',
                    char('0' + day / 10),
                    char('0' + day % 10),
                    0};
    return std::string(buf, 10);
}
} // namespace hist

using namespace hist;
using namespace hist::notes;

namespace {

constexpr int kLongAgo = 1 << 20;
enum Tier { Mass, Affluent, Private };

// Shares for Rng::weighted.
const int kChannelWeights[3][6] = {
    {10, 48, 14, 6, 20, 2}, // mass: visit, phone, branch, online banking, WeChat, letter
    {24, 40, 8, 4, 22, 2},  // affluent
    {40, 30, 4, 2, 22, 2}}; // private
const int kPurposeWeights[6] = {30, 28, 14, 22, 0, 6};
const int kOutcomeWeights[4] = {82, 10, 3, 5};
const int kCategoryWeights[12] = {12, 14, 20, 10, 10, 6, 10, 5, 7, 2, 2, 2};
const int kComplaintChannelWeights[8] = {30, 35, 3, 12, 10, 3, 5, 2};
const int kSeverityWeights[3] = {55, 35, 10};
const int kCauseWeights[8] = {22, 24, 12, 16, 8, 6, 10, 2};
const int kSurveyChannelWeights[7] = {52, 5, 15, 14, 2, 11, 1};
// NPS: promoters, passives, detractors (percent) by tier, and after a complaint.
const int kNpsShares[4][3] = {{42, 31, 27}, {50, 30, 20}, {58, 28, 14}, {24, 30, 46}};
const int kDetractorScores[7] = {2, 1, 2, 3, 6, 10, 16}; // 0 … 6
const int kCsatBy[3][5] = {{0, 0, 2, 28, 70}, {0, 3, 17, 55, 25}, {15, 25, 35, 20, 5}};
const int kCesBy[3][7] = {
    {30, 38, 20, 8, 3, 1, 0}, {12, 28, 30, 18, 8, 3, 1}, {4, 8, 16, 22, 22, 16, 12}};

template <std::size_t N> const char* pick(Rng& rng, const char* const (&list)[N])
{
    return list[rng.below(N)];
}

std::string withProduct(const char* note, int product)
{
    std::string s = note;
    const std::size_t at = s.find("{p}");
    if (at != std::string::npos)
        s.replace(at, 3, products()[std::size_t(product)].name);
    return s;
}

std::string twoDigits(int v)
{
    return std::string{char('0' + v / 10), char('0' + v % 10)};
}

std::int64_t julian(const QDate& d)
{
    return d.toJulianDay();
}

} // namespace

struct HistoryMaker::Customer
{
    const CustomerRow* row = nullptr;
    std::vector<std::int64_t> totals; // per month
    std::vector<int> held;            // product indexes, distinct
    int firstHeld = -1, lastHeld = -1;
    int activeFrom = 0, activeTo = -1; // months with contacts (months: the current month)
    int activeMonths = 0;
    std::int64_t assessmentEnds = 0; // Julian day of risk_expires_on; 0: none on file
    Tier tier = Mass;
    bool trendy = false, dormant = false, declining = false;
};

HistoryMaker::HistoryMaker(const RowSettings& settings)
    : HistoryMaker(settings, HistoryRules())
{}

HistoryMaker::HistoryMaker(const RowSettings& settings, const HistoryRules& rules)
    : m_s(settings)
    , m_rules(rules)
    , m_today(julian(settings.today))
{
    for (int m = 0; m <= m_s.months + 1; ++m) {
        const QDate d = m_s.today.addMonths(m - m_s.months);
        m_monthStart.push_back(julian(QDate(d.year(), d.month(), 1)));
    }
}

std::int64_t HistoryMaker::dayIn(Rng& rng, int month) const
{
    const std::int64_t first = m_monthStart[std::size_t(month)];
    const std::int64_t last = std::min(m_monthStart[std::size_t(month) + 1], m_today) - 1;
    if (last < first)
        return 0;
    return first + std::int64_t(rng.below(std::uint64_t(last - first + 1)));
}

std::string HistoryMaker::utcAt(Rng& rng, std::int64_t day) const
{
    // 09:00-17:59 in Beijing is 01:00-09:59 UTC: the UTC day is the local day.
    const int hour = rng.between(1, 9), minute = rng.between(0, 59), second = rng.between(0, 59);
    return isoDay(day) + "T0" + char('0' + hour) + ':' + twoDigits(minute) + ':' +
           twoDigits(second) + ".000Z";
}

HistoryInteraction HistoryMaker::contact(const Customer& c, Rng& rng, std::int64_t day,
                                         int purpose) const
{
    HistoryInteraction in;
    in.day = day;
    in.at = utcAt(rng, day);
    in.channel = std::uint8_t(rng.weighted(kChannelWeights[c.tier], 6));
    in.purpose = std::uint8_t(purpose);
    const bool remote = in.channel == 1 || in.channel == 4;
    in.outcome = std::uint8_t(rng.weighted(kOutcomeWeights, 4));
    if (in.outcome == 3 && !remote)
        in.outcome = 0; // only a call or a message can miss the customer
    int product = -1;
    if (purpose == 1 || purpose == 2) {
        product = !c.held.empty() && rng.chance(0.7) ? c.held[rng.below(c.held.size())]
                                                     : int(1 + rng.below(products().size - 1));
        // Advice stays within the customer's risk level, as the app asks (anything above it
        // must record a special risk warning), and to deposits for a customer not assessed: a
        // product that does not suit gives way to the nearest one before it in the catalogue
        // that does (the catalogue starts with deposits), without drawing again.
        // An expired assessment counts as none (Suitability: Expired): no investment product
        // until the customer is assessed again.
        const std::string& level = c.row->values[ColRiskLevel];
        const bool valid = c.assessmentEnds == 0 || day <= c.assessmentEnds;
        const int risk = level.size() == 2 && valid ? level[1] - '0' : 0;
        const auto suits = [risk](const Product& p) {
            return risk == 0 ? std::strcmp(p.type, "deposit") == 0 : p.risk <= risk;
        };
        while (product > 0 && !suits(products()[std::size_t(product)]))
            --product;
        if (rng.chance(0.6)) {
            in.products[in.productCount++] = std::uint8_t(product);
            if (c.held.size() > 1 && rng.chance(0.25)) {
                const int second = c.held[rng.below(c.held.size())];
                if (second != product && suits(products()[std::size_t(second)]))
                    in.products[in.productCount++] = std::uint8_t(second);
            }
        }
    }
    if (in.outcome == 3) {
        in.summary = kNotReached;
    } else {
        switch (purpose) {
        case 0:
            in.summary = pick(rng, kServiceNotes);
            break;
        case 1:
            in.summary = withProduct(pick(rng, kAdviceNotes), product);
            break;
        case 2:
            in.summary = withProduct(pick(rng, kReviewNotes), product < 0 ? 0 : product);
            break;
        case 3:
            in.summary = pick(rng, kCareNotes);
            break;
        default:
            in.summary = pick(rng, kOtherNotes);
        }
        if (in.outcome == 1 || in.outcome == 2)
            in.summary += kPendingSuffix;
    }
    if (in.outcome != 0) {
        // The service standard: a call back the next day, or a follow-up within the days.
        const int hours = m_rules.callbackHours;
        in.followUpDay =
            day + (in.outcome == 3 ? std::max(1, (hours + 23) / 24) : m_rules.followUpDays);
        in.task = TaskOpen;
    }
    return in;
}

void HistoryMaker::make(CustomerRow* row)
{
    row->history = HistoryRows();
    const int months = m_s.months;
    Customer c;
    c.row = row;
    c.totals.assign(std::size_t(months), 0);
    for (const HoldingRow& h : row->holdings) {
        if (h.month < 0 || h.month >= months)
            continue;
        c.totals[std::size_t(h.month)] += h.balanceFen;
        if (std::find(c.held.begin(), c.held.end(), h.product) == c.held.end())
            c.held.push_back(h.product);
    }
    for (int m = 0; m < months; ++m)
        if (c.totals[std::size_t(m)] > 0) {
            if (c.firstHeld < 0)
                c.firstHeld = m;
            c.lastHeld = m;
        }
    const std::string& ends = row->values[ColRiskExpiresOn]; // YYYY-MM-DD, as RowMaker writes
    if (ends.size() == 10)
        c.assessmentEnds = julian(QDate(std::stoi(ends.substr(0, 4)), std::stoi(ends.substr(5, 2)),
                                        std::stoi(ends.substr(8, 2))));
    const std::string& tier = row->values[ColTier];
    c.tier = tier == "private" ? Private : tier == "affluent" ? Affluent : Mass;
    const std::string& stage = row->values[ColLifecycleStage];
    c.trendy = stage == "growing" || stage == "declining";
    c.declining = stage == "declining" || stage == "churned";
    c.dormant = stage == "dormant";
    if (c.firstHeld >= 0) {
        c.activeFrom = c.firstHeld;
        c.activeTo = c.lastHeld == months - 1 ? months : c.lastHeld + 1;
    } else {
        // A prospect: talked to in the last few months, if at all.
        c.activeFrom = std::max(0, months - 4);
        c.activeTo = months;
    }
    c.activeMonths = std::max(0, c.activeTo - c.activeFrom + 1);

    Rng rng(m_s.seed * 0x9e3779b97f4a7c15ULL ^ (std::uint64_t(row->id) * 0xd1b54a32d192ed03ULL) ^
            0x4857u);
    interactions(c, rng, &row->history);
    complaints(c, rng, &row->history);
    // Time order, with the matters' and follow-ups' indexes kept.
    std::vector<HistoryInteraction>& list = row->history.interactions;
    std::vector<int> order(list.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    std::stable_sort(order.begin(), order.end(), [&list](int a, int b) {
        return list[std::size_t(a)].at < list[std::size_t(b)].at;
    });
    std::vector<int> where(list.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        where[std::size_t(order[i])] = int(i);
    std::vector<HistoryInteraction> sorted;
    sorted.reserve(list.size());
    for (int i : order) {
        HistoryInteraction in = std::move(list[std::size_t(i)]);
        in.matter = where[std::size_t(in.matter)];
        if (in.doneBy >= 0)
            in.doneBy = where[std::size_t(in.doneBy)];
        sorted.push_back(std::move(in));
    }
    list = std::move(sorted);
    stages(c, row);
    surveys(c, rng, &row->history);
}

void HistoryMaker::interactions(const Customer& c, Rng& rng, HistoryRows* h) const
{
    static const double kRates[3] = {0.075, 0.21, 0.45};
    double rate = kRates[c.tier];
    if (c.row->institution)
        rate *= 1.4;
    if (c.trendy)
        rate *= 1.5;
    if (c.dormant)
        rate *= 0.12;
    if (c.firstHeld < 0)
        rate = 0.06;
    auto& list = h->interactions;
    for (int m = c.activeFrom; m <= c.activeTo; ++m) {
        int n = int(rate);
        if (rng.chance(rate - n))
            ++n;
        if (m == c.activeFrom && c.firstHeld > 0 && rng.chance(0.5))
            ++n; // a new customer is looked after in the first month
        for (int k = 0; k < n; ++k) {
            const std::int64_t day = dayIn(rng, m);
            if (day == 0)
                continue;
            int purpose = int(rng.weighted(kPurposeWeights, 6));
            if (c.firstHeld < 0)
                purpose = 1;
            HistoryInteraction in = contact(c, rng, day, purpose);
            in.matter = int(list.size());
            list.push_back(std::move(in));
            HistoryInteraction& first = list.back();
            if (first.task == NoTask)
                continue;
            // The follow-up: usually made on the day promised, sometimes late or never.
            const int index = int(list.size()) - 1;
            const double u = rng.uniform();
            const std::int64_t when = first.followUpDay + (u < 0.8    ? -int(rng.below(2))
                                                           : u < 0.95 ? rng.between(1, 4)
                                                                      : rng.between(5, 20));
            if (when >= m_today || (first.followUpDay >= m_today - 21 && rng.chance(0.35)))
                continue; // still open: due soon, or overdue
            HistoryInteraction next = contact(c, rng, std::max(when, first.day + 1), first.purpose);
            if (next.day >= m_today)
                continue;
            next.matter = index;
            next.outcome = 0;
            next.summary = pick(rng, kContinueNotes);
            next.followUpDay = 0;
            next.task = NoTask;
            list[std::size_t(index)].task = TaskDone;
            list[std::size_t(index)].doneBy = int(list.size());
            list.push_back(std::move(next));
        }
    }
}

void HistoryMaker::complaints(const Customer& c, Rng& rng, HistoryRows* h) const
{
    if (c.firstHeld < 0)
        return;
    // About 0.8 % of customers a year, more of the richer and of the unhappy ones.
    double p = 0.0095 / 12.0 * c.activeMonths;
    p *= c.tier == Private ? 2.0 : c.tier == Affluent ? 1.5 : 1.0;
    if (c.declining)
        p *= 2.0;
    if (c.row->institution)
        p *= 0.7;
    int count = rng.chance(p) ? (rng.chance(0.1) ? 2 : 1) : 0;
    for (int k = 0; k < count; ++k) {
        const int month = c.activeFrom + int(rng.below(std::uint64_t(c.activeMonths)));
        const std::int64_t day = dayIn(rng, month);
        if (day == 0)
            continue;
        HistoryComplaint x;
        x.received = day;
        x.receivedAt =
            isoDay(day) + 'T' + twoDigits(rng.between(9, 17)) + ':' + twoDigits(rng.between(0, 59));
        x.category = std::uint8_t(rng.weighted(kCategoryWeights, 12));
        x.channel = std::uint8_t(rng.weighted(kComplaintChannelWeights, 8));
        x.severity = std::uint8_t(rng.weighted(kSeverityWeights, 3));
        static const bool kMoney[12] = {true, true, false, false, false, true,
                                        true, true, true,  false, false, false};
        if (kMoney[x.category] && rng.chance(0.7))
            x.amountFen = std::int64_t(std::exp(6.0 + 2.0 * rng.uniform() * 3.0)) * 100;
        x.summary = kComplaintNotes[x.category];
        const std::int64_t last = m_today - 1; // everything happened by yesterday
        x.acceptedOn = day + rng.between(0, 1);
        x.investigatingOn = x.acceptedOn + rng.between(1, 3);
        const double u = rng.uniform();
        std::int64_t decided = 0, withdrawn = 0;
        if (u < 0.03) {
            withdrawn = day + rng.between(2, 10);
        } else if (u < 0.10) {
            x.extendedOn = day + rng.between(8, m_rules.decisionDays - 1);
            decided = day + rng.between(m_rules.decisionDays + 1, m_rules.extendedDays);
        } else if (u < 0.16) {
            decided = day + rng.between(m_rules.decisionDays + 1, m_rules.decisionDays + 11);
        } else {
            decided = day + rng.between(2, m_rules.decisionDays);
        }
        // A few stay open past their due date: the overdue list is never empty for long.
        const bool stuck = last - day > m_rules.decisionDays && last - day <= 90 && rng.chance(0.2);
        if (stuck)
            decided = withdrawn = 0;
        if (x.extendedOn > last || (x.extendedOn && stuck && rng.chance(0.5)))
            x.extendedOn = 0;
        x.due = day + (x.extendedOn ? m_rules.extendedDays : m_rules.decisionDays);
        if (withdrawn && withdrawn <= last) {
            x.withdrawnOn = withdrawn;
            x.acceptedOn = std::min(x.acceptedOn, withdrawn);
            if (x.investigatingOn > withdrawn)
                x.investigatingOn = 0;
            x.status = "withdrawn";
        } else if (decided && decided <= last) {
            x.decidedOn = decided;
            x.investigatingOn = std::min(x.investigatingOn, decided);
            x.acceptedOn = std::min(x.acceptedOn, x.investigatingOn);
            x.decision = pick(rng, kDecisions);
            x.status = "decided";
            const std::int64_t responded = decided + rng.between(0, 5);
            if (responded <= last) {
                x.respondedOn = responded;
                const std::int64_t closed = responded + rng.between(0, 7);
                if (closed <= last) {
                    x.closedOn = closed;
                    x.status = "closed";
                    x.rootCause = int(rng.weighted(kCauseWeights, 8));
                    x.rootCauseNote = kCauseNotes[x.rootCause];
                }
            }
        } else {
            if (x.acceptedOn > last)
                x.acceptedOn = 0;
            if (x.investigatingOn > last)
                x.investigatingOn = 0;
            x.status = x.investigatingOn ? "investigating" : x.acceptedOn ? "accepted" : "received";
        }
        if (x.extendedOn && x.extendedOn < x.acceptedOn)
            x.extendedOn = x.acceptedOn;
        if (x.extendedOn) {
            x.extensionReason = kExtensionReason;
            if ((x.decidedOn && x.extendedOn > x.decidedOn) ||
                (x.withdrawnOn && x.extendedOn > x.withdrawnOn)) {
                x.extendedOn = 0;
                x.due = day + m_rules.decisionDays;
            }
        }
        // The RM keeps the customer posted.
        auto followUp = [&](std::int64_t on, int note) {
            HistoryInteraction in = contact(c, rng, on, 4);
            in.channel = 1;
            in.outcome = 0;
            in.productCount = 0;
            in.summary = kFollowUpNotes[note];
            in.followUpDay = 0;
            in.task = NoTask;
            in.matter = int(h->interactions.size());
            h->interactions.push_back(std::move(in));
        };
        if (x.investigatingOn)
            followUp(x.investigatingOn, 0);
        if (x.decidedOn)
            followUp(x.decidedOn, 1);
        h->complaints.push_back(std::move(x));
    }
}

std::vector<std::uint8_t> HistoryMaker::stagesFor(const std::vector<std::int64_t>& totals,
                                                  const std::vector<bool>& contacted,
                                                  int months) const
{
    static const QStringList codes = LifecycleRules::stages();
    LifecycleThresholds t;
    t.onboardingMonths = m_rules.onboardingMonths;
    t.trendMonths = m_rules.trendMonths;
    t.growingPct = m_rules.growingPct;
    t.decliningPct = m_rules.decliningPct;
    t.dormantMonths = m_rules.dormantMonths;
    t.churnedMonths = m_rules.churnedMonths;
    t.wonBackMonths = m_rules.wonBackMonths;
    std::vector<std::uint8_t> out;
    int firstHeld = -1;
    for (int m = 0; m < months; ++m)
        if (totals[std::size_t(m)] > 0) {
            firstHeld = m;
            break;
        }
    int lastChange = -1, lastContact = -1, since = -1;
    LifecycleFacts f;
    for (int m = 0; m < months; ++m) {
        const std::int64_t now = totals[std::size_t(m)];
        if (now != (m > 0 ? totals[std::size_t(m) - 1] : 0))
            lastChange = m;
        if (contacted[std::size_t(m)])
            lastContact = m;
        f.everHeld = firstHeld >= 0 && firstHeld <= m;
        f.monthsSinceOnboarding = !f.everHeld ? 0 : firstHeld == 0 ? m + 120 : m - firstHeld;
        f.aumNowFen = now;
        f.aumThenFen.reset();
        if (f.everHeld && m - t.trendMonths >= firstHeld)
            f.aumThenFen = totals[std::size_t(m - t.trendMonths)];
        const int lastActivity = std::max(lastChange, lastContact);
        f.monthsSinceActivity.reset();
        if (lastActivity >= 0)
            f.monthsSinceActivity = m - lastActivity;
        f.monthsInPreviousStage = since >= 0 ? m - since : kLongAgo;
        const QString stage = LifecycleRules::stageFor(f, t);
        const int index = int(codes.indexOf(stage));
        if (m > 0 && index != out.back())
            since = m;
        out.push_back(std::uint8_t(index));
        f.previousStage = codes[index];
    }
    return out;
}

void HistoryMaker::stages(const Customer& c, CustomerRow* row) const
{
    const int months = m_s.months;
    if (months < 2)
        return;
    const int simulated = months - 1; // the last month is left to `stage run`
    std::vector<bool> contacted(std::size_t(months), false);
    for (const HistoryInteraction& in : row->history.interactions)
        for (int m = 0; m < months; ++m)
            if (in.day >= m_monthStart[std::size_t(m)] && in.day < m_monthStart[std::size_t(m) + 1])
                contacted[std::size_t(m)] = true;
    std::vector<std::uint8_t> stages = stagesFor(c.totals, contacted, simulated);
    for (int m = 1; m < simulated; ++m)
        if (stages[std::size_t(m)] != stages[std::size_t(m) - 1])
            row->history.transitions.push_back(
                {m, stages[std::size_t(m) - 1], stages[std::size_t(m)]});
    row->values[ColLifecycleStage] = kStages[stages.back()];
    row->history.stages = std::move(stages);
}

void HistoryMaker::surveys(const Customer& c, Rng& rng, HistoryRows* h) const
{
    const std::int64_t last = m_today - 1;
    auto answer = [&](int kind, std::int64_t day, int complaint, bool unhappy) {
        if (day <= 0 || day > last)
            return;
        HistorySurvey s;
        s.kind = std::uint8_t(kind);
        s.answered = day;
        s.channel = std::uint8_t(rng.weighted(kSurveyChannelWeights, 7));
        s.complaint = complaint;
        const int group = int(rng.weighted(kNpsShares[unhappy ? 3 : c.tier], 3));
        s.nps = group == 0   ? (rng.chance(0.55) ? 10 : 9)
                : group == 1 ? (rng.chance(0.55) ? 8 : 7)
                             : int(rng.weighted(kDetractorScores, 7));
        s.csat = 1 + int(rng.weighted(kCsatBy[group], 5));
        s.ces = 1 + int(rng.weighted(kCesBy[group], 7));
        s.extra = std::uint32_t(rng.next());
        const std::int64_t done = day + m_rules.callbackDays - int(rng.below(2)) +
                                  (rng.chance(0.15) ? rng.between(1, 5) : 0);
        s.callbackDone = done <= last && done >= day ? done : 0;
        h->surveys.push_back(s);
    };
    // After a closed complaint.
    for (std::size_t i = 0; i < h->complaints.size(); ++i) {
        const HistoryComplaint& x = h->complaints[i];
        if (x.closedOn && rng.chance(0.6)) {
            const bool late = x.decidedOn > x.due;
            answer(0, x.closedOn + rng.between(2, 10), int(i), late || rng.chance(0.7));
        }
    }
    const bool complained = !h->complaints.empty();
    // After onboarding, for relationships begun within the demo's months.
    if (c.firstHeld > 0 && rng.chance(0.4))
        answer(1, m_monthStart[std::size_t(c.firstHeld)] + rng.between(10, 40), -1, complained);
    // The annual review: a sample of each year's customers.
    static const double kShare[3] = {0.08, 0.25, 0.4};
    for (int end = m_s.months - 1; end >= 0 && c.firstHeld >= 0; end -= 12) {
        const int start = std::max(0, end - 11);
        const int month = start + int(rng.below(std::uint64_t(end - start + 1)));
        if (month < c.activeFrom || month > c.activeTo || !rng.chance(kShare[c.tier]))
            continue;
        answer(2, dayIn(rng, month), -1, complained && rng.chance(0.5));
    }
}

} // namespace rmdesk::demo
