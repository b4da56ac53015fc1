#pragma once

// The stored codes of service records and tasks, their labels, and the service standards
// (specification 3.2) as values read from the service_standards rule set.

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace rmdesk {

class ServiceCodes
{
    Q_DECLARE_TR_FUNCTIONS(ServiceCodes)

public:
    // How the contact happened: visit, phone, branch (counter), online_banking, wechat, letter.
    static QStringList channels();
    // Why: service_request, product_advice, periodic_review, relationship_care,
    // complaint_follow_up, other.
    static QStringList purposes();
    // Advice on products is marketing contact under the personal information law: the customer's
    // consent to it (consents, purpose marketing_contact) is looked up when it is recorded.
    static bool isMarketing(const QString& purpose)
    {
        return purpose == QLatin1String("product_advice");
    }
    // How it ended: resolved, pending (needs a follow-up), referred (to another department),
    // not_reached (the customer could not be reached).
    static QStringList outcomes();
    // follow_up, manual (stored tasks); review, document_expiry (derived from the customer).
    static QStringList taskKinds();

    // A code shown to people; `what` is "channel", "purpose", "outcome" or "task_kind". Unknown
    // codes come back as they are.
    static QString label(const QString& what, const QString& code);
};

// Response targets and the windows of "My day", with the shipped defaults; any key missing from
// the rules in force keeps its default.
struct ServiceStandards
{
    int followUpDays = 3;   // a pending or referred matter is followed up within so many days
    int callbackHours = 24; // a customer not reached is called back within so many hours
    int maxSnoozeDays = 14; // a task may be snoozed at most so far ahead
    int upcomingDays = 7;   // "upcoming" on My day and in task lists
    int documentExpiryNoticeDays = 30;
    int onTimeFollowUpTargetPercent = 90;
    int firstContactResolutionTargetPercent = 70;

    // From the key/value pairs of the service_standards rule set.
    static ServiceStandards fromValues(const QHash<QString, QString>& values);
};

} // namespace rmdesk
