#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace rmdesk {

// One rule of a rule set: its key and its value as stored (rule_values).
struct RuleEntry
{
    QString key;
    QString value;
    bool operator==(const RuleEntry& o) const { return key == o.key && value == o.value; }
};

// What is wrong with a proposed value; key is empty for a problem of the whole set.
struct RuleProblem
{
    QString key;
    QString message;
};

// What a new version of a shipped rule set may hold (specification ch. 8: rules are data, changed
// by new versions). Figures a regulation sets as a limit can be made stricter, never looser: a
// complaint decided in at most 15 days, information reviewed at least every 3 or 6 months, records
// kept at least 10 years and while an AML investigation is open, at most 5 representatives of a
// group complaint. Other figures have a plausible range, and pairs that bound each other (the
// NPS detractor and promoter scores, the tiers' thresholds) must stay in order. The complaint
// lists (categories, root causes, channels) only grow: their codes are on complaints already, so
// an entry is never changed or removed. Masking patterns must parse and may not show more of a
// value than a fixed share.
class RuleChecks
{
    Q_DECLARE_TR_FUNCTIONS(RuleChecks)

public:
    static bool known(const QString& set);
    static bool isList(const QString& set);
    // A rule a regulation fixes (the kind of days counted, the AML hold): shown, never changed.
    static bool isFixed(const QString& set, const QString& key);
    // Every problem of `next` as the new version of `set`, whose newest version is `current`.
    static QList<RuleProblem> check(const QString& set, const QList<RuleEntry>& current,
                                    const QList<RuleEntry>& next);
    // What a rule accepts, for people ("a whole number from 1 to 15"); empty when nothing is said.
    static QString hint(const QString& set, const QString& key);
    // The code a new list entry may have: lower-case letters, digits and '_', from a letter.
    static bool validCode(const QString& code);
};

} // namespace rmdesk
