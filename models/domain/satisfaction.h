#pragma once

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace rmdesk {

// The thresholds of the `satisfaction` rule set (specification README, "Satisfaction").
struct SatisfactionRules
{
    int npsPromoterMin = 9;   // 9–10 promote
    int npsDetractorMax = 6;  // 0–6 detract
    int csatSatisfiedMin = 4; // 4–5 satisfied
};

// Net promoter score from answers 0–10: the share of promoters minus the share of detractors, in
// percentage points (-100 … 100). Answers outside 0–10 are not counted (`ignored`).
struct NpsScore
{
    int responses = 0;
    int promoters = 0;
    int passives = 0;
    int detractors = 0;
    int ignored = 0;
    std::optional<double> nps; // none without responses
};

// Customer satisfaction from answers 1–5: the share (percent) answering 4 or 5.
struct CsatScore
{
    int responses = 0;
    int satisfied = 0;
    int ignored = 0;
    std::optional<double> csat;
};

// Customer effort from answers 1–7: the mean answer (lower is less effort).
struct CesScore
{
    int responses = 0;
    int ignored = 0;
    std::optional<double> ces;
};

class Satisfaction
{
    Q_DECLARE_TR_FUNCTIONS(Satisfaction)

public:
    // Below this many responses a group's score is shown with a caution (issue "surveys").
    static constexpr int ReliableResponses = 30;

    static NpsScore nps(const QList<int>& answers, const SatisfactionRules& rules = {});
    static CsatScore csat(const QList<int>& answers, const SatisfactionRules& rules = {});
    static CesScore ces(const QList<int>& answers);

    static bool isDetractor(int npsAnswer, const SatisfactionRules& rules = {});
    static bool isReliable(int responses) { return responses >= ReliableResponses; }
    // "Based on 12 responses: read with care." when fewer than ReliableResponses; that there is
    // nothing to compare for none; else empty.
    static QString caution(int responses);
};

} // namespace rmdesk
