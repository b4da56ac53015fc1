#include "satisfaction.h"

namespace rmdesk {

NpsScore Satisfaction::nps(const QList<int>& answers, const SatisfactionRules& rules)
{
    NpsScore s;
    for (const int a : answers) {
        if (a < 0 || a > 10) {
            ++s.ignored;
            continue;
        }
        ++s.responses;
        if (a >= rules.npsPromoterMin)
            ++s.promoters;
        else if (a <= rules.npsDetractorMax)
            ++s.detractors;
        else
            ++s.passives;
    }
    if (s.responses > 0)
        s.nps = 100.0 * double(s.promoters - s.detractors) / double(s.responses);
    return s;
}

CsatScore Satisfaction::csat(const QList<int>& answers, const SatisfactionRules& rules)
{
    CsatScore s;
    for (const int a : answers) {
        if (a < 1 || a > 5) {
            ++s.ignored;
            continue;
        }
        ++s.responses;
        if (a >= rules.csatSatisfiedMin)
            ++s.satisfied;
    }
    if (s.responses > 0)
        s.csat = 100.0 * double(s.satisfied) / double(s.responses);
    return s;
}

CesScore Satisfaction::ces(const QList<int>& answers)
{
    CesScore s;
    qint64 sum = 0;
    for (const int a : answers) {
        if (a < 1 || a > 7) {
            ++s.ignored;
            continue;
        }
        ++s.responses;
        sum += a;
    }
    if (s.responses > 0)
        s.ces = double(sum) / double(s.responses);
    return s;
}

bool Satisfaction::isDetractor(int npsAnswer, const SatisfactionRules& rules)
{
    return npsAnswer >= 0 && npsAnswer <= rules.npsDetractorMax;
}

QString Satisfaction::caution(int responses)
{
    if (isReliable(responses))
        return QString();
    if (responses <= 0)
        return tr("No answers yet: nothing to compare.");
    return tr("Based on %n response(s): too few to compare groups; read with care.", nullptr,
              responses);
}

} // namespace rmdesk
