#include "servicemetrics.h"

#include <algorithm>
#include <map>

namespace rmdesk {

namespace {

bool earlier(const ContactFact& a, const ContactFact& b)
{
    return a.at != b.at ? a.at < b.at : a.interactionId < b.interactionId;
}

// Due in the period, and its result known: done, or past its due date.
bool counts(const FollowUpFact& f, const ServicePeriod& period, const QDate& asOf)
{
    return period.contains(f.dueOn) && (f.doneOn.isValid() || f.dueOn < asOf);
}

} // namespace

ServiceRatio ServiceMetrics::onTimeFollowUpRate(const QList<FollowUpFact>& followUps,
                                                const ServicePeriod& period, const QDate& asOf,
                                                qint64 userId)
{
    ServiceRatio ratio;
    for (const FollowUpFact& f : followUps) {
        if (userId != 0 && f.assigneeId != userId)
            continue;
        if (!counts(f, period, asOf))
            continue;
        ++ratio.total;
        if (f.doneOn.isValid() && f.doneOn <= f.dueOn)
            ++ratio.met;
    }
    return ratio;
}

QList<MatterResult> ServiceMetrics::matters(const QList<ContactFact>& interactions)
{
    // Each matter's contacts, earliest first.
    std::map<qint64, QList<const ContactFact*>> contacts;
    for (const ContactFact& i : interactions)
        if (i.outcome != ContactOutcome::NotReached)
            contacts[i.matterId].append(&i);
    QList<MatterResult> results;
    for (auto& [matter, list] : contacts) {
        std::sort(list.begin(), list.end(),
                  [](const ContactFact* a, const ContactFact* b) { return earlier(*a, *b); });
        const ContactFact* first = list.first();
        results.append({matter, first->interactionId, first->userId, first->at.date(),
                        first->outcome == ContactOutcome::Resolved && list.size() == 1});
    }
    return results;
}

ServiceRatio ServiceMetrics::firstContactResolution(const QList<ContactFact>& interactions,
                                                    const ServicePeriod& period, qint64 userId)
{
    ServiceRatio ratio;
    for (const MatterResult& m : matters(interactions)) {
        if ((userId != 0 && m.userId != userId) || !period.contains(m.firstContactOn))
            continue;
        ++ratio.total;
        if (m.resolvedAtFirstContact)
            ++ratio.met;
    }
    return ratio;
}

QList<UserServiceScore> ServiceMetrics::byUser(const QList<FollowUpFact>& followUps,
                                               const QList<ContactFact>& interactions,
                                               const ServicePeriod& period, const QDate& asOf)
{
    std::map<qint64, UserServiceScore> scores;
    for (const FollowUpFact& f : followUps) {
        if (!counts(f, period, asOf))
            continue;
        UserServiceScore& s = scores[f.assigneeId];
        s.userId = f.assigneeId;
        ++s.onTimeFollowUp.total;
        if (f.doneOn.isValid() && f.doneOn <= f.dueOn)
            ++s.onTimeFollowUp.met;
    }
    for (const MatterResult& m : matters(interactions)) {
        if (!period.contains(m.firstContactOn))
            continue;
        UserServiceScore& s = scores[m.userId];
        s.userId = m.userId;
        ++s.firstContactResolution.total;
        if (m.resolvedAtFirstContact)
            ++s.firstContactResolution.met;
    }
    QList<UserServiceScore> list;
    for (const auto& [id, score] : scores)
        list.append(score);
    return list;
}

} // namespace rmdesk
