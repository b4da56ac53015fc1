#include "lifecyclerules.h"

namespace rmdesk {

QStringList LifecycleRules::stages()
{
    return {QStringLiteral("prospect"), QStringLiteral("onboarding"), QStringLiteral("growing"),
            QStringLiteral("mature"),   QStringLiteral("declining"),  QStringLiteral("dormant"),
            QStringLiteral("churned"),  QStringLiteral("won_back")};
}

LifecycleThresholds LifecycleThresholds::fromValues(const QHash<QString, QString>& values)
{
    LifecycleThresholds t;
    auto whole = [&values](const char* key, int* out, int minimum) {
        bool ok = false;
        const int v = values.value(QLatin1String(key)).toInt(&ok);
        if (ok && v >= minimum)
            *out = v;
    };
    auto percent = [&values](const char* key, double* out) {
        bool ok = false;
        const double v = values.value(QLatin1String(key)).toDouble(&ok);
        if (ok)
            *out = v;
    };
    whole("onboarding_months", &t.onboardingMonths, 0);
    whole("trend_months", &t.trendMonths, 1);
    percent("growing_pct", &t.growingPct);
    percent("declining_pct", &t.decliningPct);
    whole("dormant_months", &t.dormantMonths, 1);
    whole("churned_months", &t.churnedMonths, 1);
    whole("won_back_months", &t.wonBackMonths, 0);
    whole("override_months", &t.overrideMonths, 1);
    return t;
}

std::optional<double> LifecycleRules::trendPct(qint64 now, std::optional<qint64> then)
{
    if (!then || *then <= 0)
        return std::nullopt;
    return 100.0 * double(now - *then) / double(*then);
}

QString LifecycleRules::stageFor(const LifecycleFacts& f, const LifecycleThresholds& t)
{
    const int quiet = f.monthsSinceActivity.value_or(f.everHeld ? 0 : 1 << 20);
    if (!f.everHeld && !f.monthsSinceActivity)
        return QStringLiteral("prospect");
    if (f.aumNowFen == 0 && quiet >= t.churnedMonths)
        return QStringLiteral("churned");
    const bool back = f.aumNowFen > 0 || quiet < t.dormantMonths;
    if (f.previousStage == QLatin1String("churned") && back)
        return QStringLiteral("won_back");
    if (f.previousStage == QLatin1String("won_back") && back &&
        f.monthsInPreviousStage < t.wonBackMonths)
        return QStringLiteral("won_back");
    if (quiet >= t.dormantMonths)
        return QStringLiteral("dormant");
    if (!f.everHeld)
        return QStringLiteral("prospect"); // in touch, but nothing held yet
    if (f.monthsSinceOnboarding < t.onboardingMonths)
        return QStringLiteral("onboarding");
    const auto trend = trendPct(f.aumNowFen, f.aumThenFen);
    if (trend && *trend >= t.growingPct)
        return QStringLiteral("growing");
    if (trend && *trend <= t.decliningPct)
        return QStringLiteral("declining");
    return QStringLiteral("mature");
}

bool LifecycleRules::validOverride(const QString& stage, const QString& reason, QString* problem)
{
    if (!stages().contains(stage)) {
        *problem = tr("%1 is not a lifecycle stage; choose one of: %2.")
                       .arg(stage, stages().join(QStringLiteral(", ")));
        return false;
    }
    if (reason.trimmed().size() < 4) {
        *problem = tr("Say why the stage is set by hand (at least 4 characters).");
        return false;
    }
    return true;
}

} // namespace rmdesk
