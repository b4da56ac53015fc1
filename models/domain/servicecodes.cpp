#include "servicecodes.h"

namespace rmdesk {

QStringList ServiceCodes::channels()
{
    return {QStringLiteral("visit"),          QStringLiteral("phone"),  QStringLiteral("branch"),
            QStringLiteral("online_banking"), QStringLiteral("wechat"), QStringLiteral("letter")};
}

QStringList ServiceCodes::purposes()
{
    return {QStringLiteral("service_request"),     QStringLiteral("product_advice"),
            QStringLiteral("periodic_review"),     QStringLiteral("relationship_care"),
            QStringLiteral("complaint_follow_up"), QStringLiteral("other")};
}

QStringList ServiceCodes::outcomes()
{
    return {QStringLiteral("resolved"), QStringLiteral("pending"), QStringLiteral("referred"),
            QStringLiteral("not_reached")};
}

QStringList ServiceCodes::taskKinds()
{
    return {QStringLiteral("follow_up"), QStringLiteral("manual"), QStringLiteral("review"),
            QStringLiteral("document_expiry")};
}

QString ServiceCodes::label(const QString& what, const QString& code)
{
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("channel/visit"), QT_TR_NOOP("Visit")},
        {QStringLiteral("channel/phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("channel/branch"), QT_TR_NOOP("Branch counter")},
        {QStringLiteral("channel/online_banking"), QT_TR_NOOP("Online banking")},
        {QStringLiteral("channel/wechat"), QT_TR_NOOP("WeChat")},
        {QStringLiteral("channel/letter"), QT_TR_NOOP("Letter")},
        {QStringLiteral("purpose/service_request"), QT_TR_NOOP("Service request")},
        {QStringLiteral("purpose/product_advice"), QT_TR_NOOP("Product advice")},
        {QStringLiteral("purpose/periodic_review"), QT_TR_NOOP("Periodic review")},
        {QStringLiteral("purpose/relationship_care"), QT_TR_NOOP("Relationship care")},
        {QStringLiteral("purpose/complaint_follow_up"), QT_TR_NOOP("Complaint follow-up")},
        {QStringLiteral("purpose/other"), QT_TR_NOOP("Other")},
        {QStringLiteral("outcome/resolved"), QT_TR_NOOP("Resolved")},
        {QStringLiteral("outcome/pending"), QT_TR_NOOP("Pending, follow up")},
        {QStringLiteral("outcome/referred"), QT_TR_NOOP("Referred")},
        {QStringLiteral("outcome/not_reached"), QT_TR_NOOP("Not reached")},
        {QStringLiteral("task_kind/follow_up"), QT_TR_NOOP("Follow-up")},
        {QStringLiteral("task_kind/manual"), QT_TR_NOOP("Task")},
        {QStringLiteral("task_kind/review"), QT_TR_NOOP("Periodic review")},
        {QStringLiteral("task_kind/document_expiry"), QT_TR_NOOP("ID document expiry")},
    };
    const auto it = labels.constFind(what + QLatin1Char('/') + code);
    return it == labels.cend() ? code : tr(*it);
}

ServiceStandards ServiceStandards::fromValues(const QHash<QString, QString>& values)
{
    ServiceStandards s;
    auto read = [&values](const char* key, int* target, int minimum) {
        bool ok = false;
        const int v = values.value(QLatin1String(key)).trimmed().toInt(&ok);
        if (ok && v >= minimum)
            *target = v;
    };
    read("follow_up_days", &s.followUpDays, 0);
    read("callback_hours", &s.callbackHours, 0);
    read("max_snooze_days", &s.maxSnoozeDays, 1);
    read("upcoming_days", &s.upcomingDays, 1);
    read("document_expiry_notice_days", &s.documentExpiryNoticeDays, 0);
    read("on_time_follow_up_target_percent", &s.onTimeFollowUpTargetPercent, 0);
    read("first_contact_resolution_target_percent", &s.firstContactResolutionTargetPercent, 0);
    s.onTimeFollowUpTargetPercent = qMin(s.onTimeFollowUpTargetPercent, 100);
    s.firstContactResolutionTargetPercent = qMin(s.firstContactResolutionTargetPercent, 100);
    return s;
}

} // namespace rmdesk
