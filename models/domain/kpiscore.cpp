#include "kpiscore.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace rmdesk {

std::optional<KpiPeriod> KpiPeriod::parse(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^([0-9]{4})(?:-(?:([0-9]{2})|Q([1-4])))?$"));
    const auto m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    KpiPeriod p;
    p.year = m.captured(1).toInt();
    if (p.year < 1900)
        return std::nullopt;
    if (!m.captured(2).isEmpty()) {
        p.kind = Month;
        p.number = m.captured(2).toInt();
        if (p.number < 1 || p.number > 12)
            return std::nullopt;
    } else if (!m.captured(3).isEmpty()) {
        p.kind = Quarter;
        p.number = m.captured(3).toInt();
    } else {
        p.kind = Year;
        p.number = 0;
    }
    return p;
}

KpiPeriod KpiPeriod::monthOf(const QDate& day)
{
    return {Month, day.year(), day.month()};
}

QString KpiPeriod::code() const
{
    switch (kind) {
    case Month:
        return QStringLiteral("%1-%2")
            .arg(year, 4, 10, QLatin1Char('0'))
            .arg(number, 2, 10, QLatin1Char('0'));
    case Quarter:
        return QStringLiteral("%1-Q%2").arg(year, 4, 10, QLatin1Char('0')).arg(number);
    case Year:
        break;
    }
    return QStringLiteral("%1").arg(year, 4, 10, QLatin1Char('0'));
}

QString KpiPeriod::kindName() const
{
    switch (kind) {
    case Month:
        return QStringLiteral("month");
    case Quarter:
        return QStringLiteral("quarter");
    case Year:
        break;
    }
    return QStringLiteral("year");
}

QDate KpiPeriod::first() const
{
    switch (kind) {
    case Month:
        return QDate(year, number, 1);
    case Quarter:
        return QDate(year, (number - 1) * 3 + 1, 1);
    case Year:
        break;
    }
    return QDate(year, 1, 1);
}

QDate KpiPeriod::last() const
{
    return first().addMonths(months()).addDays(-1);
}

int KpiPeriod::months() const
{
    return kind == Month ? 1 : kind == Quarter ? 3 : 12;
}

KpiPeriod KpiPeriod::previous() const
{
    KpiPeriod p = *this;
    if (kind == Year) {
        --p.year;
    } else if (p.number > 1) {
        --p.number;
    } else {
        --p.year;
        p.number = kind == Month ? 12 : 4;
    }
    return p;
}

QStringList KpiScoring::kpis()
{
    return {QStringLiteral("retention_rate"),
            QStringLiteral("net_new"),
            QStringLiteral("aum_growth"),
            QStringLiteral("nps"),
            QStringLiteral("complaint_on_time"),
            QStringLiteral("review_completion"),
            QStringLiteral("interactions_per_customer")};
}

QString KpiScoring::directionName(KpiDirection d)
{
    return d == KpiDirection::Higher ? QStringLiteral("higher") : QStringLiteral("lower");
}

std::optional<KpiDirection> KpiScoring::directionFromName(const QString& name)
{
    if (name == QLatin1String("higher"))
        return KpiDirection::Higher;
    if (name == QLatin1String("lower"))
        return KpiDirection::Lower;
    return std::nullopt;
}

std::optional<double> KpiScoring::attainment(std::optional<double> actual, double target,
                                             KpiDirection direction)
{
    if (!actual || !(target > 0) || !std::isfinite(*actual))
        return std::nullopt;
    double a = 0;
    if (direction == KpiDirection::Higher)
        a = *actual / target;
    else
        a = *actual <= 0 ? AttainmentCap : target / *actual;
    return std::clamp(a, 0.0, AttainmentCap);
}

std::optional<double> KpiScoring::score(std::optional<double> attainment)
{
    if (!attainment)
        return std::nullopt;
    return std::min(100.0, *attainment * 100.0);
}

KpiScore KpiScoring::evaluate(const KpiTarget& target, std::optional<double> actual)
{
    KpiScore s;
    s.kpi = target.kpi;
    s.actual = actual;
    s.target = target.target;
    s.weight = target.weight;
    s.direction = target.direction;
    s.attainment = attainment(actual, target.target, target.direction);
    s.score = score(s.attainment);
    return s;
}

std::optional<double> KpiScoring::weightedTotal(const QList<KpiScore>& scores)
{
    double sum = 0;
    double weights = 0;
    for (const KpiScore& s : scores)
        if (s.score && s.weight > 0) {
            sum += s.weight * *s.score;
            weights += s.weight;
        }
    if (weights <= 0)
        return std::nullopt;
    return sum / weights;
}

QList<int> KpiScoring::ranks(const QList<std::optional<double>>& totals)
{
    // Compared in hundredths of a point, so totals equal to 0.01 tie whatever the rounding noise.
    auto key = [](double t) { return std::llround(t * 100.0); };
    QList<int> out;
    out.reserve(totals.size());
    for (const auto& t : totals) {
        if (!t) {
            out.append(0);
            continue;
        }
        int better = 0;
        for (const auto& other : totals)
            if (other && key(*other) > key(*t))
                ++better;
        out.append(better + 1);
    }
    return out;
}

std::optional<double> KpiScoring::trend(std::optional<double> total, std::optional<double> previous)
{
    if (!total || !previous)
        return std::nullopt;
    return *total - *previous;
}

KpiTrend KpiScoring::trendDirection(std::optional<double> delta)
{
    if (!delta)
        return KpiTrend::None;
    if (*delta > 0.005)
        return KpiTrend::Up;
    if (*delta < -0.005)
        return KpiTrend::Down;
    return KpiTrend::Flat;
}

QString KpiScoring::trendName(KpiTrend t)
{
    switch (t) {
    case KpiTrend::Up:
        return QStringLiteral("up");
    case KpiTrend::Flat:
        return QStringLiteral("flat");
    case KpiTrend::Down:
        return QStringLiteral("down");
    case KpiTrend::None:
        break;
    }
    return QString();
}

} // namespace rmdesk
