// The bounds of the shipped rule sets: see rulechecks.h.
#include "rulechecks.h"

#include "maskpattern.h"

#include <QHash>
#include <QRegularExpression>

#include <optional>

namespace rmdesk {

namespace {

struct Range
{
    const char* set;
    const char* key;
    qint64 min;
    qint64 max;
};

// Whole numbers. Where a regulation sets the limit, it is the bound: complaint deadlines
// (银行业保险业消费投诉处理管理办法), review cadence (specification 2.2), retention (AML law).
constexpr Range kRanges[] = {
    {"complaint_clock", "decision_days", 1, 15},
    {"complaint_clock", "extended_days", 1, 30},
    {"complaint_clock", "approved_extended_days", 1, 60},
    {"complaint_clock", "max_group_representatives", 1, 5},
    {"complaint_escalation", "warning_days", 0, 15},
    {"review_cadence", "high_risk_months", 1, 3},
    {"review_cadence", "other_months", 1, 6},
    {"record_retention", "years_after_end", 10, 100},
    {"satisfaction", "nps_promoter_min", 1, 10},
    {"satisfaction", "nps_detractor_max", 0, 9},
    {"satisfaction", "csat_satisfied_min", 2, 5},
    {"satisfaction", "csat_follow_up_max", 1, 4},
    {"satisfaction", "callback_days", 1, 30},
    {"customer_tiers", "affluent_min_aum", 1, 1000000000000},
    {"customer_tiers", "private_min_aum", 1, 1000000000000},
    {"service_standards", "follow_up_days", 1, 90},
    {"service_standards", "callback_hours", 1, 168},
    {"service_standards", "max_snooze_days", 1, 90},
    {"service_standards", "upcoming_days", 1, 60},
    {"service_standards", "document_expiry_notice_days", 1, 365},
    {"service_standards", "on_time_follow_up_target_percent", 0, 100},
    {"service_standards", "first_contact_resolution_target_percent", 0, 100},
    {"change_check", "check_within_days", 1, 30},
    {"lifecycle", "onboarding_months", 1, 24},
    {"lifecycle", "trend_months", 1, 12},
    {"lifecycle", "growing_pct", 1, 100},
    {"lifecycle", "declining_pct", -100, -1},
    {"lifecycle", "dormant_months", 1, 36},
    {"lifecycle", "churned_months", 2, 60},
    {"lifecycle", "won_back_months", 1, 24},
    {"lifecycle", "override_months", 1, 24},
};

// Pairs that must stay in order: lower < upper, or lower <= upper when equal is allowed.
struct Order
{
    const char* set;
    const char* lower;
    const char* upper;
    bool equalAllowed;
};

constexpr Order kOrders[] = {
    {"complaint_clock", "decision_days", "extended_days", true},
    {"complaint_clock", "extended_days", "approved_extended_days", true},
    {"review_cadence", "high_risk_months", "other_months", true},
    {"satisfaction", "nps_detractor_max", "nps_promoter_min", false},
    {"satisfaction", "csat_follow_up_max", "csat_satisfied_min", false},
    {"customer_tiers", "affluent_min_aum", "private_min_aum", false},
    {"lifecycle", "dormant_months", "churned_months", false},
};

// Words a rule must be: the clock counts calendar days, and records under an open AML
// investigation are always kept (AML law, art. 34).
struct Fixed
{
    const char* set;
    const char* key;
    const char* value;
};

constexpr Fixed kFixed[] = {
    {"complaint_clock", "day_kind", "calendar"},
    {"record_retention", "hold_while_aml_investigation_open", "true"},
};

// Masking: at most so many characters of a value shown (the shipped patterns show 7 of an
// 18-character ID number, 7 of 11 mobile digits, 10 of a 16–19-digit card, 1 of a name).
struct MaskLimit
{
    const char* key;
    int maxShown;
};

constexpr MaskLimit kMaskLimits[] = {
    {"id_number", 8}, {"mobile", 7}, {"bank_card", 10}, {"name", 1}, {"address", 12},
};

const QStringList& listSets()
{
    static const QStringList sets = {QStringLiteral("complaint_categories"),
                                     QStringLiteral("complaint_root_causes"),
                                     QStringLiteral("complaint_channels")};
    return sets;
}

const Range* rangeOf(const QString& set, const QString& key)
{
    for (const Range& r : kRanges)
        if (set == QLatin1String(r.set) && key == QLatin1String(r.key))
            return &r;
    return nullptr;
}

const Fixed* fixedOf(const QString& set, const QString& key)
{
    for (const Fixed& f : kFixed)
        if (set == QLatin1String(f.set) && key == QLatin1String(f.key))
            return &f;
    return nullptr;
}

std::optional<int> maskLimit(const QString& key)
{
    for (const MaskLimit& m : kMaskLimits)
        if (key == QLatin1String(m.key))
            return m.maxShown;
    return std::nullopt;
}

std::optional<qint64> wholeNumber(const QString& text)
{
    static const QRegularExpression digits(QStringLiteral("^-?(?:0|[1-9][0-9]{0,14})$"));
    if (!digits.match(text).hasMatch())
        return std::nullopt;
    return text.toLongLong();
}

const RuleEntry* find(const QList<RuleEntry>& entries, const QString& key)
{
    for (const RuleEntry& e : entries)
        if (e.key == key)
            return &e;
    return nullptr;
}

} // namespace

bool RuleChecks::known(const QString& set)
{
    if (isList(set) || set == QLatin1String("display_masking"))
        return true;
    for (const Range& r : kRanges)
        if (set == QLatin1String(r.set))
            return true;
    return false;
}

bool RuleChecks::isList(const QString& set)
{
    return listSets().contains(set);
}

bool RuleChecks::isFixed(const QString& set, const QString& key)
{
    return fixedOf(set, key) != nullptr;
}

bool RuleChecks::validCode(const QString& code)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]{1,39}$"));
    return pattern.match(code).hasMatch();
}

QString RuleChecks::hint(const QString& set, const QString& key)
{
    if (const Range* r = rangeOf(set, key))
        return tr("a whole number from %1 to %2").arg(r->min).arg(r->max);
    if (const Fixed* f = fixedOf(set, key))
        return tr("fixed: %1").arg(QLatin1String(f->value));
    if (set == QLatin1String("display_masking")) {
        if (const auto limit = maskLimit(key))
            return tr("first:N,last:N or until:X|Y, showing at most %n character(s)", nullptr,
                      *limit);
    }
    if (isList(set))
        return tr("entries are added, never changed or removed");
    return {};
}

QList<RuleProblem> RuleChecks::check(const QString& set, const QList<RuleEntry>& current,
                                     const QList<RuleEntry>& next)
{
    QList<RuleProblem> problems;
    if (!known(set)) {
        problems.append({{}, tr("\"%1\" is not a rule set RM Desk knows.").arg(set)});
        return problems;
    }
    QStringList seen;
    for (const RuleEntry& e : next) {
        if (seen.contains(e.key))
            problems.append({e.key, tr("%1 is given twice.").arg(e.key)});
        seen << e.key;
    }
    for (const RuleEntry& e : current)
        if (!find(next, e.key))
            problems.append(
                {e.key, isList(set) ? tr("%1 cannot be removed: complaints may use it.").arg(e.key)
                                    : tr("%1 is missing: every rule needs a value.").arg(e.key)});

    for (const RuleEntry& e : next) {
        const RuleEntry* old = find(current, e.key);
        if (isList(set)) {
            if (old && old->value != e.value)
                problems.append(
                    {e.key, tr("%1 cannot be renamed: complaints already filed under it would "
                               "change their meaning. Add a new entry instead.")
                                .arg(e.key)});
            else if (!old && !validCode(e.key))
                problems.append({e.key, tr("The code \"%1\" must be 2 to 40 lower-case letters, "
                                           "digits or '_', starting with a letter.")
                                            .arg(e.key)});
            else if (!old && (e.value.trimmed().isEmpty() || e.value.size() > 80 ||
                              e.value.contains(QLatin1Char('\n'))))
                problems.append(
                    {e.key,
                     tr("The name of %1 must be one line of 1 to 80 characters.").arg(e.key)});
            continue;
        }
        if (!old) {
            problems.append({e.key, tr("%1 is not a rule of this set.").arg(e.key)});
            continue;
        }
        if (const Range* r = rangeOf(set, e.key)) {
            const auto n = wholeNumber(e.value);
            if (!n || *n < r->min || *n > r->max)
                problems.append({e.key, tr("%1 must be a whole number from %2 to %3.")
                                            .arg(e.key)
                                            .arg(r->min)
                                            .arg(r->max)});
        } else if (const Fixed* f = fixedOf(set, e.key)) {
            if (e.value != QLatin1String(f->value))
                problems.append({e.key, tr("%1 is set by regulation and stays \"%2\".")
                                            .arg(e.key, QLatin1String(f->value))});
        } else if (set == QLatin1String("display_masking")) {
            bool ok = false;
            const MaskPattern p = MaskPattern::parse(e.value, &ok);
            const int limit = maskLimit(e.key).value_or(0);
            if (!ok)
                problems.append({e.key, tr("%1: write the pattern as first:N,last:N or "
                                           "until:X|Y.")
                                            .arg(e.key)});
            else if (!p.until.isEmpty() && e.key != QLatin1String("address"))
                // "Up to a marker" shows everything before it: for an address (up to the
                // district) only, never for a number or a name.
                problems.append(
                    {e.key, tr("%1: \"until\" is for addresses; use first:N,last:N.").arg(e.key)});
            else if (qint64(p.first) + qint64(p.last) > limit)
                problems.append(
                    {e.key, tr("%1 may show at most %n character(s) of a value.", nullptr, limit)
                                .arg(e.key)});
        } else if (e.value != old->value) {
            problems.append({e.key, tr("%1 cannot be changed.").arg(e.key)});
        }
    }

    for (const Order& o : kOrders) {
        if (set != QLatin1String(o.set))
            continue;
        const RuleEntry* lower = find(next, QLatin1String(o.lower));
        const RuleEntry* upper = find(next, QLatin1String(o.upper));
        if (!lower || !upper)
            continue;
        const qint64 a = wholeNumber(lower->value).value_or(0);
        const qint64 b = wholeNumber(upper->value).value_or(0);
        if (wholeNumber(lower->value) && wholeNumber(upper->value) &&
            (o.equalAllowed ? a > b : a >= b))
            problems.append({QLatin1String(o.upper),
                             o.equalAllowed
                                 ? tr("%1 must be at least %2.")
                                       .arg(QLatin1String(o.upper), QLatin1String(o.lower))
                                 : tr("%1 must be more than %2.")
                                       .arg(QLatin1String(o.upper), QLatin1String(o.lower))});
    }
    return problems;
}

} // namespace rmdesk
