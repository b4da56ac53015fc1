#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rmdesk {

// Where a complaint stands. received → accepted → investigating → decided → closed; an open
// complaint may also be withdrawn or merged into an earlier one (a repeat without new facts); a
// decided or closed one may be reopened, after which it is handled like one under investigation.
enum class ComplaintStatus {
    Received,
    Accepted,
    Investigating,
    Decided,
    Closed,
    Withdrawn,
    Merged,
    Reopened,
};

// What a person can do to a complaint.
enum class ComplaintStep {
    Accept,
    Investigate,
    Extend,
    Pause,
    Resume,
    NewFacts,
    Decide,
    Notify,
    Respond, // the complainant accepts or disputes the decision
    Dispute, // a disputed decision referred to mediation or arbitration, and its outcome
    Close,
    Withdraw,
    Merge,
    Reopen,
    RootCause,
    AddAction,
};

// The state machine, and the names and labels that go with it. Pure: no SQL.
class ComplaintFlow
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintFlow)

public:
    static QString statusName(ComplaintStatus status); // "received", "accepted", …
    static std::optional<ComplaintStatus> statusFromName(const QString& name);
    static QStringList statusNames();
    static QString statusLabel(ComplaintStatus status); // translated
    // Received, accepted, investigating or reopened: the clock may be running.
    static bool isOpen(ComplaintStatus status);
    static QList<ComplaintStatus> openStatuses();

    static QString stepName(ComplaintStep step);  // "accept", "extend", "new-facts", …
    static QString stepLabel(ComplaintStep step); // translated, for buttons and messages
    static QList<ComplaintStep> allSteps();
    // Empty when `step` may be taken in `status`; otherwise why not (translated).
    static QString refusal(ComplaintStatus status, ComplaintStep step);
    static bool allows(ComplaintStatus status, ComplaintStep step)
    {
        return refusal(status, step).isEmpty();
    }
    // The status a step leads to (the same status for steps that do not move it).
    static ComplaintStatus after(ComplaintStatus status, ComplaintStep step);

    static QStringList severities() { return {"low", "medium", "high"}; }
    // The channel of a complaint made in person at a branch: a group doing so sends at most the
    // complaint_clock rule's max_group_representatives (5 as shipped); by letter, phone or online
    // a group names its contacts without that limit.
    static bool inPerson(const QString& channel) { return channel == QLatin1String("counter"); }
    static QString severityLabel(const QString& severity);
    static QStringList referrals() { return {"mediation", "arbitration", "litigation"}; }
    static QString referralLabel(const QString& referral);
    static QString responseLabel(const QString& response); // accepted, disputed

    // A configured key (category, root cause, channel) with the English name from its rule set:
    // the shipped keys are shown translated, keys added later as their configured name.
    static QString choiceLabel(const QString& list, const QString& key, const QString& name);
};

} // namespace rmdesk
