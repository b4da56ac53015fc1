// What a new version of a rule set may hold: regulatory limits only tightened, ranges, pairs in
// order, lists that only grow, masking that never shows too much. Cases worked by hand from the
// shipped values (resources/schema).
#include "common/testsupport.h"
#include "domain/rulechecks.h"

using namespace rmdesk;

namespace {

const QString clockSet = QStringLiteral("complaint_clock");

QList<RuleEntry> clockRules(const char* decision, const char* extended, const char* approved,
                            const char* representatives = "5", const char* dayKind = "calendar")
{
    return {{QStringLiteral("decision_days"), QString::fromLatin1(decision)},
            {QStringLiteral("extended_days"), QString::fromLatin1(extended)},
            {QStringLiteral("approved_extended_days"), QString::fromLatin1(approved)},
            {QStringLiteral("day_kind"), QString::fromLatin1(dayKind)},
            {QStringLiteral("max_group_representatives"), QString::fromLatin1(representatives)}};
}

QStringList keysOf(const QList<RuleProblem>& problems)
{
    QStringList keys;
    for (const RuleProblem& p : problems)
        keys << p.key;
    return keys;
}

} // namespace

BOOST_AUTO_TEST_SUITE(rule_checks)

BOOST_AUTO_TEST_CASE(regulatory_limits_may_be_tightened_not_loosened)
{
    const auto shipped = clockRules("15", "30", "60");
    // 10 days to decide, 20 with a reason, 45 approved: stricter than the regulation, accepted.
    BOOST_TEST(RuleChecks::check(clockSet, shipped, clockRules("10", "20", "45")).isEmpty());
    // 16 days to decide, 61 approved, 6 representatives: looser than the regulation.
    BOOST_TEST(keysOf(RuleChecks::check(clockSet, shipped, clockRules("16", "30", "60"))) ==
               QStringList{QStringLiteral("decision_days")});
    BOOST_TEST(keysOf(RuleChecks::check(clockSet, shipped, clockRules("15", "30", "61"))) ==
               QStringList{QStringLiteral("approved_extended_days")});
    BOOST_TEST(keysOf(RuleChecks::check(clockSet, shipped, clockRules("15", "30", "60", "6"))) ==
               QStringList{QStringLiteral("max_group_representatives")});
    // Not numbers, or not whole ones.
    for (const char* bad : {"", "ten", "7.5", " 7", "0x0A", "1e1"})
        BOOST_TEST(keysOf(RuleChecks::check(clockSet, shipped, clockRules(bad, "30", "60"))) ==
                       QStringList{QStringLiteral("decision_days")},
                   bad);
    // The clockSet counts calendar days; that is not configurable.
    BOOST_TEST(keysOf(RuleChecks::check(clockSet, shipped,
                                        clockRules("15", "30", "60", "5", "working"))) ==
               QStringList{QStringLiteral("day_kind")});
}

BOOST_AUTO_TEST_CASE(deadlines_stay_in_order)
{
    const auto shipped = clockRules("15", "30", "60");
    // Equal is allowed (no extension gains time), shorter is not.
    BOOST_TEST(RuleChecks::check(clockSet, shipped, clockRules("15", "15", "15")).isEmpty());
    BOOST_TEST(keysOf(RuleChecks::check(clockSet, shipped, clockRules("15", "14", "60"))) ==
               QStringList{QStringLiteral("extended_days")});
    BOOST_TEST(keysOf(RuleChecks::check(clockSet, shipped, clockRules("10", "30", "20"))) ==
               QStringList{QStringLiteral("approved_extended_days")});
    // NPS: the highest detractor score must be below the lowest promoter score.
    const QString sat = QStringLiteral("satisfaction");
    const QList<RuleEntry> shippedSat = {
        {QStringLiteral("nps_promoter_min"), QStringLiteral("9")},
        {QStringLiteral("nps_detractor_max"), QStringLiteral("6")},
        {QStringLiteral("csat_satisfied_min"), QStringLiteral("4")},
        {QStringLiteral("csat_follow_up_max"), QStringLiteral("2")},
        {QStringLiteral("callback_days"), QStringLiteral("2")}};
    auto with = [&](const QString& key, const QString& value) {
        QList<RuleEntry> next = shippedSat;
        for (RuleEntry& e : next)
            if (e.key == key)
                e.value = value;
        return next;
    };
    BOOST_TEST(RuleChecks::check(sat, shippedSat,
                                 with(QStringLiteral("nps_detractor_max"), QStringLiteral("8")))
                   .isEmpty());
    BOOST_TEST(
        keysOf(RuleChecks::check(sat, shippedSat,
                                 with(QStringLiteral("nps_detractor_max"), QStringLiteral("9")))) ==
        QStringList{QStringLiteral("nps_promoter_min")});
    // Retention: at least 10 years (AML law), and records under investigation always kept.
    const QString retention = QStringLiteral("record_retention");
    const QList<RuleEntry> shippedRetention = {
        {QStringLiteral("years_after_end"), QStringLiteral("10")},
        {QStringLiteral("hold_while_aml_investigation_open"), QStringLiteral("true")}};
    BOOST_TEST(RuleChecks::check(
                   retention, shippedRetention,
                   {{QStringLiteral("years_after_end"), QStringLiteral("15")},
                    {QStringLiteral("hold_while_aml_investigation_open"), QStringLiteral("true")}})
                   .isEmpty());
    BOOST_TEST(keysOf(RuleChecks::check(retention, shippedRetention,
                                        {{QStringLiteral("years_after_end"), QStringLiteral("9")},
                                         {QStringLiteral("hold_while_aml_investigation_open"),
                                          QStringLiteral("false")}})) ==
               (QStringList{QStringLiteral("years_after_end"),
                            QStringLiteral("hold_while_aml_investigation_open")}));
}

BOOST_AUTO_TEST_CASE(every_rule_once_and_no_strangers)
{
    const auto shipped = clockRules("15", "30", "60");
    QList<RuleEntry> next = shipped;
    next.removeAt(1); // extended_days missing
    next.append({QStringLiteral("decision_days"), QStringLiteral("14")});
    next.append({QStringLiteral("grace_days"), QStringLiteral("3")});
    const QStringList keys = keysOf(RuleChecks::check(clockSet, shipped, next));
    BOOST_TEST(keys.contains(QStringLiteral("extended_days")));
    BOOST_TEST(keys.contains(QStringLiteral("decision_days")));
    BOOST_TEST(keys.contains(QStringLiteral("grace_days")));
    // A set RM Desk does not know is refused as a whole.
    const auto unknown = RuleChecks::check(QStringLiteral("interest_rates"), {}, {});
    BOOST_TEST(unknown.size() == 1);
    BOOST_TEST(unknown.first().key.isEmpty());
}

BOOST_AUTO_TEST_CASE(complaint_lists_only_grow)
{
    const QString set = QStringLiteral("complaint_categories");
    const QList<RuleEntry> shipped = {{QStringLiteral("fees"), QStringLiteral("Fees and charges")},
                                      {QStringLiteral("other"), QStringLiteral("Other")}};
    QList<RuleEntry> next = shipped;
    next.append({QStringLiteral("pension"), QStringLiteral("养老金")});
    BOOST_TEST(RuleChecks::check(set, shipped, next).isEmpty());
    // Renamed, removed, a bad code, an empty name.
    BOOST_TEST(keysOf(RuleChecks::check(set, shipped,
                                        {{QStringLiteral("fees"), QStringLiteral("Charges")},
                                         shipped[1]})) == QStringList{QStringLiteral("fees")});
    BOOST_TEST(keysOf(RuleChecks::check(set, shipped, {shipped[0]})) ==
               QStringList{QStringLiteral("other")});
    for (const char* code : {"Pension", "9lives", "p", "pen sion", "养老"})
        BOOST_TEST(
            keysOf(RuleChecks::check(set, shipped,
                                     shipped + QList<RuleEntry>{{QString::fromUtf8(code),
                                                                 QStringLiteral("Pension")}})) ==
                QStringList{QString::fromUtf8(code)},
            code);
    BOOST_TEST(keysOf(RuleChecks::check(
                   set, shipped,
                   shipped + QList<RuleEntry>{{QStringLiteral("pension"), QStringLiteral(" ")}})) ==
               QStringList{QStringLiteral("pension")});
}

BOOST_AUTO_TEST_CASE(masking_never_shows_too_much)
{
    const QString set = QStringLiteral("display_masking");
    const QList<RuleEntry> shipped = {
        {QStringLiteral("id_number"), QStringLiteral("first:3,last:4")},
        {QStringLiteral("mobile"), QStringLiteral("first:3,last:4")},
        {QStringLiteral("name"), QStringLiteral("first:1")},
        {QStringLiteral("address"), QStringLiteral("until:区|县")}};
    auto with = [&](int index, const char* value) {
        QList<RuleEntry> next = shipped;
        next[index].value = QString::fromUtf8(value);
        return next;
    };
    // Showing less is fine: the last 4 of an ID number; an address up to its city.
    BOOST_TEST(RuleChecks::check(set, shipped, with(0, "last:4")).isEmpty());
    BOOST_TEST(RuleChecks::check(set, shipped, with(3, "until:市")).isEmpty());
    BOOST_TEST(RuleChecks::check(set, shipped, with(0, "first:4,last:4")).isEmpty()); // 8 of 18
    // 9 of an ID number, 8 of a mobile, a whole name: too much.
    BOOST_TEST(keysOf(RuleChecks::check(set, shipped, with(0, "first:6,last:3"))) ==
               QStringList{QStringLiteral("id_number")});
    BOOST_TEST(keysOf(RuleChecks::check(set, shipped, with(1, "first:4,last:4"))) ==
               QStringList{QStringLiteral("mobile")});
    BOOST_TEST(keysOf(RuleChecks::check(set, shipped, with(2, "first:2"))) ==
               QStringList{QStringLiteral("name")});
    // "Up to a marker" would show a whole number or name: for addresses only. A fallback
    // "first" counts like any other.
    for (const int index : {0, 1, 2})
        BOOST_TEST(
            keysOf(RuleChecks::check(set, shipped, with(index, "until:@,first:99"))).size() == 1);
    BOOST_TEST(RuleChecks::check(set, shipped, with(3, "until:市,first:6")).isEmpty());
    BOOST_TEST(keysOf(RuleChecks::check(set, shipped, with(3, "first:13"))) ==
               QStringList{QStringLiteral("address")});
    // Not a pattern, or numbers too large to add safely.
    for (const char* bad :
         {"", "middle:3", "first:x", "until:", "first:2147483647,last:1", "last:65"})
        BOOST_TEST(keysOf(RuleChecks::check(set, shipped, with(0, bad))) ==
                       QStringList{QStringLiteral("id_number")},
                   bad);
}

BOOST_AUTO_TEST_CASE(hints_say_what_is_accepted)
{
    BOOST_TEST(RuleChecks::hint(clockSet, QStringLiteral("decision_days")) ==
               QStringLiteral("a whole number from 1 to 15"));
    BOOST_TEST(RuleChecks::hint(QStringLiteral("lifecycle"), QStringLiteral("declining_pct")) ==
               QStringLiteral("a whole number from -100 to -1"));
    BOOST_TEST(RuleChecks::hint(clockSet, QStringLiteral("day_kind")) ==
               QStringLiteral("fixed: calendar"));
    BOOST_TEST(RuleChecks::known(QStringLiteral("complaint_channels")));
    BOOST_TEST(RuleChecks::isList(QStringLiteral("complaint_channels")));
    BOOST_TEST(!RuleChecks::isList(clockSet));
}

BOOST_AUTO_TEST_SUITE_END()
