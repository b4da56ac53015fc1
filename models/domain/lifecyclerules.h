#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace rmdesk {

// Thresholds of the monthly lifecycle assignment (specification 4.4), configuration with these
// shipped defaults.
struct LifecycleThresholds
{
    int onboardingMonths = 3;    // a new relationship is "onboarding" for its first months
    int trendMonths = 3;         // AUM trend: now against so many months ago
    double growingPct = 10.0;    // AUM up by at least this much: growing
    double decliningPct = -10.0; // AUM down by at least this much: declining
    int dormantMonths = 6;       // no activity for so many months: dormant
    int churnedMonths = 12;      // no activity and no assets for so many months: churned
    int wonBackMonths = 3;       // a returning customer stays "won back" so long
    int overrideMonths = 3;      // an override by hand holds for so many monthly runs

    // From the values of the `lifecycle` rule set (keys onboarding_months, trend_months,
    // growing_pct, declining_pct, dormant_months, churned_months, won_back_months,
    // override_months); a missing or unreadable value keeps its default.
    static LifecycleThresholds fromValues(const QHash<QString, QString>& values);
};

// What the rules look at for one customer at one month end.
struct LifecycleFacts
{
    bool everHeld = false;         // any holdings, ever
    int monthsSinceOnboarding = 0; // since the first month with holdings
    qint64 aumNowFen = 0;
    std::optional<qint64> aumThenFen; // trendMonths ago; none when the relationship is younger
    std::optional<int> monthsSinceActivity; // since the last interaction or transaction
    QString previousStage;                  // last month's stage ("" at the start)
    int monthsInPreviousStage = 0;
};

// Assigns the stage of the month: prospect, onboarding, growing, mature, declining, dormant,
// churned, won_back. In this order: never held → prospect; no assets and no activity for
// churnedMonths → churned; back after churning → won_back (for wonBackMonths); no activity for
// dormantMonths → dormant; young → onboarding; then the AUM trend: growing, declining or mature.
class LifecycleRules
{
    Q_DECLARE_TR_FUNCTIONS(LifecycleRules)

public:
    static QStringList stages();
    static QString stageFor(const LifecycleFacts& facts, const LifecycleThresholds& t = {});
    // Percentage change of AUM, none when there was nothing to compare with.
    static std::optional<double> trendPct(qint64 now, std::optional<qint64> then);
    // An RM's override needs a reason; the stage must be one of stages().
    static bool validOverride(const QString& stage, const QString& reason, QString* problem);
};

} // namespace rmdesk
