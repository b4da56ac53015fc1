#include "complaintflow.h"

#include <QHash>

namespace rmdesk {

namespace {

using S = ComplaintStatus;
using T = ComplaintStep;

const QList<S> allStatuses = {S::Received, S::Accepted,  S::Investigating, S::Decided,
                              S::Closed,   S::Withdrawn, S::Merged,        S::Reopened};

// In which statuses each step may be taken.
QList<S> allowedIn(T step)
{
    const QList<S> open = ComplaintFlow::openStatuses();
    switch (step) {
    case T::Accept:
        return {S::Received};
    case T::Investigate:
        return {S::Accepted};
    case T::Extend:
    case T::Pause:
    case T::Resume:
    case T::NewFacts:
    case T::Withdraw:
    case T::Merge:
        return open;
    case T::Decide:
        return {S::Accepted, S::Investigating, S::Reopened};
    case T::Notify:
    case T::RootCause:
    case T::AddAction:
        return {S::Received, S::Accepted, S::Investigating, S::Decided, S::Closed, S::Reopened};
    case T::Respond:
    case T::Dispute:
        return {S::Decided, S::Closed};
    case T::Close:
        return {S::Decided};
    case T::Reopen:
        return {S::Decided, S::Closed};
    }
    return {};
}

} // namespace

QString ComplaintFlow::statusName(ComplaintStatus status)
{
    switch (status) {
    case S::Received:
        return QStringLiteral("received");
    case S::Accepted:
        return QStringLiteral("accepted");
    case S::Investigating:
        return QStringLiteral("investigating");
    case S::Decided:
        return QStringLiteral("decided");
    case S::Closed:
        return QStringLiteral("closed");
    case S::Withdrawn:
        return QStringLiteral("withdrawn");
    case S::Merged:
        return QStringLiteral("merged");
    case S::Reopened:
        return QStringLiteral("reopened");
    }
    return QString();
}

std::optional<ComplaintStatus> ComplaintFlow::statusFromName(const QString& name)
{
    for (const S s : allStatuses)
        if (statusName(s) == name)
            return s;
    return std::nullopt;
}

QStringList ComplaintFlow::statusNames()
{
    QStringList names;
    for (const S s : allStatuses)
        names << statusName(s);
    return names;
}

QString ComplaintFlow::statusLabel(ComplaintStatus status)
{
    switch (status) {
    case S::Received:
        return tr("Received");
    case S::Accepted:
        return tr("Accepted");
    case S::Investigating:
        return tr("Investigating");
    case S::Decided:
        return tr("Decided");
    case S::Closed:
        return tr("Closed");
    case S::Withdrawn:
        return tr("Withdrawn");
    case S::Merged:
        return tr("Merged");
    case S::Reopened:
        return tr("Reopened");
    }
    return QString();
}

bool ComplaintFlow::isOpen(ComplaintStatus status)
{
    return openStatuses().contains(status);
}

QList<ComplaintStatus> ComplaintFlow::openStatuses()
{
    return {S::Received, S::Accepted, S::Investigating, S::Reopened};
}

QString ComplaintFlow::stepName(ComplaintStep step)
{
    switch (step) {
    case T::Accept:
        return QStringLiteral("accept");
    case T::Investigate:
        return QStringLiteral("investigate");
    case T::Extend:
        return QStringLiteral("extend");
    case T::Pause:
        return QStringLiteral("pause");
    case T::Resume:
        return QStringLiteral("resume");
    case T::NewFacts:
        return QStringLiteral("new-facts");
    case T::Decide:
        return QStringLiteral("decide");
    case T::Notify:
        return QStringLiteral("notify");
    case T::Respond:
        return QStringLiteral("respond");
    case T::Dispute:
        return QStringLiteral("dispute");
    case T::Close:
        return QStringLiteral("close");
    case T::Withdraw:
        return QStringLiteral("withdraw");
    case T::Merge:
        return QStringLiteral("merge");
    case T::Reopen:
        return QStringLiteral("reopen");
    case T::RootCause:
        return QStringLiteral("cause");
    case T::AddAction:
        return QStringLiteral("action");
    }
    return QString();
}

QString ComplaintFlow::stepLabel(ComplaintStep step)
{
    switch (step) {
    case T::Accept:
        return tr("accept the complaint");
    case T::Investigate:
        return tr("start the investigation");
    case T::Extend:
        return tr("extend the deadline");
    case T::Pause:
        return tr("pause the clock");
    case T::Resume:
        return tr("resume the clock");
    case T::NewFacts:
        return tr("record new facts");
    case T::Decide:
        return tr("record the decision");
    case T::Notify:
        return tr("record a notice to the complainant");
    case T::Respond:
        return tr("record the complainant's response");
    case T::Dispute:
        return tr("record a dispute");
    case T::Close:
        return tr("close the complaint");
    case T::Withdraw:
        return tr("record a withdrawal");
    case T::Merge:
        return tr("merge it into an earlier complaint");
    case T::Reopen:
        return tr("reopen the complaint");
    case T::RootCause:
        return tr("record the root cause");
    case T::AddAction:
        return tr("add an improvement action");
    }
    return QString();
}

QList<ComplaintStep> ComplaintFlow::allSteps()
{
    QList<ComplaintStep> steps;
    for (int s = int(T::Accept); s <= int(T::AddAction); ++s)
        steps << ComplaintStep(s);
    return steps;
}

QString ComplaintFlow::refusal(ComplaintStatus status, ComplaintStep step)
{
    if (allowedIn(step).contains(status))
        return QString();
    return tr("The complaint is %1: you cannot %2 now.")
        .arg(statusLabel(status).toLower(), stepLabel(step));
}

ComplaintStatus ComplaintFlow::after(ComplaintStatus status, ComplaintStep step)
{
    switch (step) {
    case T::Accept:
        return S::Accepted;
    case T::Investigate:
        return S::Investigating;
    case T::Decide:
        return S::Decided;
    case T::Close:
        return S::Closed;
    case T::Withdraw:
        return S::Withdrawn;
    case T::Merge:
        return S::Merged;
    case T::Reopen:
        return S::Reopened;
    default:
        return status;
    }
}

QString ComplaintFlow::severityLabel(const QString& severity)
{
    if (severity == QLatin1String("low"))
        return tr("Low");
    if (severity == QLatin1String("medium"))
        return tr("Medium");
    if (severity == QLatin1String("high"))
        return tr("High");
    return severity;
}

QString ComplaintFlow::referralLabel(const QString& referral)
{
    if (referral == QLatin1String("mediation"))
        return tr("Mediation");
    if (referral == QLatin1String("arbitration"))
        return tr("Arbitration");
    if (referral == QLatin1String("litigation"))
        return tr("Litigation");
    return referral;
}

QString ComplaintFlow::responseLabel(const QString& response)
{
    if (response == QLatin1String("accepted"))
        return tr("Accepts the decision");
    if (response == QLatin1String("disputed"))
        return tr("Disputes the decision");
    return response;
}

QString ComplaintFlow::choiceLabel(const QString& list, const QString& key, const QString& name)
{
    static const QHash<QString, const char*> shipped = {
        {QStringLiteral("category/sales_conduct"), QT_TR_NOOP("Sales conduct and mis-selling")},
        {QStringLiteral("category/fees"), QT_TR_NOOP("Fees and charges")},
        {QStringLiteral("category/service_quality"), QT_TR_NOOP("Service attitude and quality")},
        {QStringLiteral("category/account"), QT_TR_NOOP("Accounts and deposits")},
        {QStringLiteral("category/card"), QT_TR_NOOP("Bank cards")},
        {QStringLiteral("category/loan"), QT_TR_NOOP("Loans and credit")},
        {QStringLiteral("category/wealth"), QT_TR_NOOP("Wealth management and funds")},
        {QStringLiteral("category/insurance"), QT_TR_NOOP("Insurance sold by the bank")},
        {QStringLiteral("category/payment"), QT_TR_NOOP("Payments and transfers")},
        {QStringLiteral("category/privacy"), QT_TR_NOOP("Personal information")},
        {QStringLiteral("category/debt_collection"), QT_TR_NOOP("Debt collection")},
        {QStringLiteral("category/other"), QT_TR_NOOP("Other")},
        {QStringLiteral("cause/process_design"), QT_TR_NOOP("Process design")},
        {QStringLiteral("cause/staff_conduct"), QT_TR_NOOP("Staff conduct or skills")},
        {QStringLiteral("cause/product_design"), QT_TR_NOOP("Product design or terms")},
        {QStringLiteral("cause/disclosure"), QT_TR_NOOP("Information not disclosed clearly")},
        {QStringLiteral("cause/system_failure"), QT_TR_NOOP("System failure")},
        {QStringLiteral("cause/third_party"), QT_TR_NOOP("Third party or partner")},
        {QStringLiteral("cause/misunderstanding"), QT_TR_NOOP("Customer misunderstanding")},
        {QStringLiteral("cause/other"), QT_TR_NOOP("Other")},
        {QStringLiteral("channel/counter"), QT_TR_NOOP("Branch counter")},
        {QStringLiteral("channel/phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("channel/letter"), QT_TR_NOOP("Letter")},
        {QStringLiteral("channel/online"), QT_TR_NOOP("Online banking or app")},
        {QStringLiteral("channel/wechat"), QT_TR_NOOP("WeChat")},
        {QStringLiteral("channel/email"), QT_TR_NOOP("Email")},
        {QStringLiteral("channel/regulator"), QT_TR_NOOP("Forwarded by the regulator")},
        {QStringLiteral("channel/other"), QT_TR_NOOP("Other")},
    };
    const char* source = shipped.value(list + QLatin1Char('/') + key, nullptr);
    // A shipped key whose configured name was changed is shown as configured.
    if (source && name == QLatin1String(source))
        return tr(source);
    return name.isEmpty() ? key : name;
}

} // namespace rmdesk
