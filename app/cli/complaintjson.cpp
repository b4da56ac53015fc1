#include "complaintjson.h"

#include <QJsonArray>

namespace rmdesk {

namespace {

QJsonValue orNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue orNull(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue orNull(qint64 n)
{
    return n ? QJsonValue(n) : QJsonValue(QJsonValue::Null);
}

QString yuan(qint64 fen)
{
    return QStringLiteral("%1.%2").arg(fen / 100).arg(fen % 100, 2, 10, QLatin1Char('0'));
}

} // namespace

QString ComplaintJson::urgencyName(ClockState::Urgency urgency)
{
    switch (urgency) {
    case ClockState::Normal:
        return QStringLiteral("normal");
    case ClockState::DueSoon:
        return QStringLiteral("due_soon");
    case ClockState::Overdue:
        return QStringLiteral("overdue");
    case ClockState::Paused:
        return QStringLiteral("paused");
    case ClockState::Done:
        return QStringLiteral("done");
    }
    return QString();
}

QJsonObject ComplaintJson::summary(const Complaint& c, const ComplaintStore&)
{
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("customer"), orNull(c.customerId)},
            {QStringLiteral("name"), orNull(c.who())},
            {QStringLiteral("status"), ComplaintFlow::statusName(c.status)},
            {QStringLiteral("category"), c.category},
            {QStringLiteral("severity"), c.severity},
            {QStringLiteral("received_at"), c.receivedAt},
            {QStringLiteral("due_at"), orNull(c.clock.due)},
            {QStringLiteral("days_left"), c.clock.daysLeft},
            {QStringLiteral("deadline_state"), urgencyName(c.clock.urgency)},
            {QStringLiteral("paused"), c.clock.pausedSince.isValid()},
            {QStringLiteral("overdue"), c.overdue()}};
}

QJsonObject ComplaintJson::action(const ImprovementAction& a)
{
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("complaint"), a.complaintId},
            {QStringLiteral("description"), a.description},
            {QStringLiteral("owner"), a.owner},
            {QStringLiteral("due_on"), orNull(a.due)},
            {QStringLiteral("status"), a.status},
            {QStringLiteral("done_on"), orNull(a.doneOn)},
            {QStringLiteral("note"), orNull(a.doneNote)},
            {QStringLiteral("created_by"), a.createdBy}};
}

QJsonObject ComplaintJson::full(const Complaint& c, const ComplaintStore& store)
{
    QJsonObject o = summary(c, store);
    o.insert(QStringLiteral("customer_name"), c.customerId ? orNull(c.customerName) : QJsonValue());
    o.insert(QStringLiteral("complainant"),
             c.customerId ? QJsonValue()
                          : QJsonObject{{QStringLiteral("name"), c.complainantName},
                                        {QStringLiteral("contact"), c.complainantContact},
                                        {QStringLiteral("masked"), !c.revealed}});
    o.insert(QStringLiteral("branch"), c.branch);
    o.insert(QStringLiteral("owner"), orNull(c.owner));
    o.insert(QStringLiteral("taken_by"), c.takenBy);
    o.insert(QStringLiteral("channel"), c.channel);
    o.insert(QStringLiteral("amount_fen"), c.amountFen);
    o.insert(QStringLiteral("summary"), c.summary);
    o.insert(QStringLiteral("group"),
             c.groupSize ? QJsonValue(QJsonObject{{QStringLiteral("size"), c.groupSize},
                                                  {QStringLiteral("representatives"),
                                                   QJsonArray::fromStringList(c.representatives)}})
                         : QJsonValue());
    o.insert(QStringLiteral("clock_version"), c.rules.version);
    o.insert(QStringLiteral("clock_start"), orNull(c.clock.start));
    o.insert(QStringLiteral("period_days"), c.clock.periodDays);
    o.insert(QStringLiteral("paused_since"), orNull(c.clock.pausedSince));
    o.insert(QStringLiteral("paused_days"), c.clock.pausedDays);
    o.insert(QStringLiteral("breached"), c.clock.breached);
    QJsonArray extensions;
    QJsonArray pauses;
    QJsonArray notices;
    QJsonArray events;
    for (const ComplaintEvent& e : c.events) {
        if (e.kind == QLatin1String("extended"))
            extensions.append(QJsonObject{
                {QStringLiteral("from_days"), e.details.value(QStringLiteral("from_days"))},
                {QStringLiteral("to_days"), e.days},
                {QStringLiteral("on"), orNull(e.on)},
                {QStringLiteral("reason"), e.text},
                {QStringLiteral("by"), e.userName},
                {QStringLiteral("approved_by"),
                 e.details.value(QStringLiteral("approved_by")).isString()
                     ? e.details.value(QStringLiteral("approved_by"))
                     : QJsonValue()}});
        else if (e.kind == QLatin1String("notified"))
            notices.append(QJsonObject{{QStringLiteral("about"), e.details.value(u"about")},
                                       {QStringLiteral("on"), orNull(e.on)},
                                       {QStringLiteral("channel"), e.details.value(u"channel")},
                                       {QStringLiteral("by"), e.userName}});
        events.append(
            QJsonObject{{QStringLiteral("id"), e.id},
                        {QStringLiteral("kind"), e.kind},
                        {QStringLiteral("on"), orNull(e.on)},
                        {QStringLiteral("at"), e.at},
                        {QStringLiteral("by"), e.userName},
                        {QStringLiteral("days"), e.days ? QJsonValue(e.days) : QJsonValue()},
                        {QStringLiteral("text"), orNull(e.text)},
                        {QStringLiteral("details"), e.details}});
    }
    for (const ClockPause& p : c.clock.pauses)
        pauses.append(QJsonObject{{QStringLiteral("from"), orNull(p.from)},
                                  {QStringLiteral("resumed_at"), orNull(p.to)}});
    // CLI.md's "extensions" is how many; their dates, reasons and approvers follow as a list.
    o.insert(QStringLiteral("extensions"), int(extensions.size()));
    o.insert(QStringLiteral("extension_history"), extensions);
    o.insert(QStringLiteral("pauses"), pauses);
    o.insert(QStringLiteral("notices"), notices);
    o.insert(QStringLiteral("decision"), orNull(c.decision));
    o.insert(QStringLiteral("decided_at"), orNull(c.decidedOn));
    o.insert(QStringLiteral("closed_at"), orNull(c.closedOn));
    o.insert(QStringLiteral("withdrawn_at"), orNull(c.withdrawnOn));
    o.insert(QStringLiteral("merged_into"), orNull(c.mergedInto));
    o.insert(QStringLiteral("merged_at"), orNull(c.mergedOn));
    o.insert(QStringLiteral("response"), orNull(c.response));
    o.insert(QStringLiteral("response_at"), orNull(c.responseOn));
    o.insert(QStringLiteral("dispute"),
             c.disputeReferral.isEmpty()
                 ? QJsonValue()
                 : QJsonObject{{QStringLiteral("referral"), c.disputeReferral},
                               {QStringLiteral("body"), c.disputeBody},
                               {QStringLiteral("referred_at"), orNull(c.disputeReferredOn)},
                               {QStringLiteral("outcome"), orNull(c.disputeOutcome)},
                               {QStringLiteral("outcome_at"), orNull(c.disputeOutcomeOn)}});
    o.insert(QStringLiteral("root_cause"), orNull(c.rootCause));
    o.insert(QStringLiteral("root_cause_note"), orNull(c.rootCauseNote));
    QJsonArray actions;
    for (const ImprovementAction& a : c.actions)
        actions.append(action(a));
    o.insert(QStringLiteral("actions"), actions);
    o.insert(QStringLiteral("events"), events);
    return o;
}

QString ComplaintJson::line(const Complaint& c, const ComplaintStore& store)
{
    const QString deadline =
        c.clock.urgency == ClockState::Done
            ? ComplaintClock::describe(c.clock)
            : tr("due %1 (%2)")
                  .arg(c.clock.due.toString(Qt::ISODate), ComplaintClock::describe(c.clock));
    return QStringLiteral("%1\t%2\t%3\t%4\t%5")
        .arg(c.id)
        .arg(ComplaintFlow::statusLabel(c.status), c.who(),
             store.choiceLabel(QStringLiteral("category"), c.category), deadline);
}

QString ComplaintJson::text(const Complaint& c, const ComplaintStore& store)
{
    QStringList lines;
    lines << tr("Complaint %1: %2").arg(c.id).arg(ComplaintFlow::statusLabel(c.status));
    lines << (c.customerId
                  ? tr("Customer: %1 %2").arg(c.customerId).arg(c.customerName)
                  : tr("Complainant: %1, %2").arg(c.complainantName, c.complainantContact));
    lines << tr("Channel: %1").arg(store.choiceLabel(QStringLiteral("channel"), c.channel));
    lines << tr("Category: %1").arg(store.choiceLabel(QStringLiteral("category"), c.category));
    lines << tr("Severity: %1").arg(ComplaintFlow::severityLabel(c.severity));
    if (c.amountFen)
        lines << tr("Amount involved: %1 yuan").arg(yuan(c.amountFen));
    lines << tr("Received: %1").arg(c.receivedAt);
    lines << tr("Due: %1 (%2; %n day(s) from %3)", nullptr, c.clock.periodDays)
                 .arg(c.clock.due.toString(Qt::ISODate), ComplaintClock::describe(c.clock),
                      c.clock.start.toString(Qt::ISODate));
    if (c.clock.pausedDays)
        lines << tr("Paused: %n day(s) not counted", nullptr, c.clock.pausedDays);
    if (c.decidedOn.isValid())
        lines << tr("Decided on %1: %2").arg(c.decidedOn.toString(Qt::ISODate), c.decision);
    lines << tr("Summary: %1").arg(c.summary);
    for (const ComplaintEvent& e : c.events)
        lines << QStringLiteral("  %1  %2  %3  %4")
                     .arg(e.on.toString(Qt::ISODate), e.kind, e.userName, e.text)
                     .trimmed();
    return lines.join(QLatin1Char('\n'));
}

} // namespace rmdesk
