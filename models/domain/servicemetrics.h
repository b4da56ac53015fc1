#pragma once

// Service quality metrics (specification 3.2 and 7.2), as pure functions over plain facts that the
// stores read (models/stores/servicestats.cpp). Both are ratios; a ratio with nothing to count has
// no value (not 0 %, not 100 %).
//
// On-time follow-up rate
//   A follow-up task counts in a period when its due date (the date the follow-up was promised
//   for, due_on) falls within the period and its result is known on `asOf` (today): it was
//   completed, or its due date is before `asOf` (an open follow-up due today or later may still
//   be done in time). It is on time when it was completed on or before that due date. Snoozing
//   does not move the due date: a snooze changes when the reminder comes back, not the promise.
//   Rate = follow-ups completed by their due date / follow-ups due in the period. A follow-up is
//   attributed to its assignee (a completed task cannot be reassigned, so that is whoever had it
//   when it was done).
//
// First-contact resolution
//   A matter is one request or issue of a customer: every interaction belongs to exactly one
//   matter; the first interaction recorded for a request starts it, later interactions about
//   the same request continue it (they name it when they are recorded).
//   A contact is an interaction that reached the customer: its outcome is anything but
//   "not_reached". A matter's first contact is its earliest contact (by time, then by
//   interaction number); a matter without any contact is not counted.
//   A matter counts in a period when the local date of its first contact falls within the period,
//   and is attributed to the user who made that first contact.
//   It was resolved at first contact when the first contact's outcome is "resolved" and no later
//   contact exists in the matter (a matter that had to be taken up again was not resolved the
//   first time, whatever was recorded). Failed attempts before or after do not matter.
//   Rate = matters resolved at first contact / matters counted in the period.

#include <QDate>
#include <QDateTime>
#include <QList>

#include <optional>

namespace rmdesk {

// From and to inclusive, as local dates.
struct ServicePeriod
{
    QDate from;
    QDate to;
    bool contains(const QDate& day) const { return day.isValid() && day >= from && day <= to; }
};

// met / total; no value when total is 0.
struct ServiceRatio
{
    int met = 0;
    int total = 0;
    std::optional<double> value() const
    {
        return total > 0 ? std::optional<double>(double(met) / double(total)) : std::nullopt;
    }
    bool operator==(const ServiceRatio&) const = default;
};

enum class ContactOutcome { Resolved, Pending, Referred, NotReached };

struct FollowUpFact
{
    qint64 taskId = 0;
    qint64 assigneeId = 0;
    QDate dueOn;
    QDate doneOn; // local date it was completed; invalid while open
};

struct ContactFact
{
    qint64 interactionId = 0;
    qint64 matterId = 0;
    qint64 userId = 0;
    QDateTime at; // local time of the contact
    ContactOutcome outcome = ContactOutcome::Resolved;
};

// One matter as the first-contact metric sees it.
struct MatterResult
{
    qint64 matterId = 0;
    qint64 firstContactId = 0;
    qint64 userId = 0; // who made the first contact
    QDate firstContactOn;
    bool resolvedAtFirstContact = false;
};

// Per user, for supervisors' tables.
struct UserServiceScore
{
    qint64 userId = 0;
    ServiceRatio onTimeFollowUp;
    ServiceRatio firstContactResolution;
};

class ServiceMetrics
{
public:
    // userId 0: every assignee.
    static ServiceRatio onTimeFollowUpRate(const QList<FollowUpFact>& followUps,
                                           const ServicePeriod& period, const QDate& asOf,
                                           qint64 userId = 0);
    // Every matter with at least one contact, whatever its period, ordered by matter number.
    static QList<MatterResult> matters(const QList<ContactFact>& interactions);
    // userId 0: every user.
    static ServiceRatio firstContactResolution(const QList<ContactFact>& interactions,
                                               const ServicePeriod& period, qint64 userId = 0);
    // Both metrics for every user who has something to count in the period, ordered by user id.
    static QList<UserServiceScore> byUser(const QList<FollowUpFact>& followUps,
                                          const QList<ContactFact>& interactions,
                                          const ServicePeriod& period, const QDate& asOf);
};

} // namespace rmdesk
