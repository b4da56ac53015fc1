// rmdesk-cli's service commands: interactions (interaction add, list), tasks (task list, add,
// done, snooze, reassign) and the service metrics (service stats).
#include "cli.h"

#include "exitcode.h"
#include "stores/agenda.h"
#include "stores/interactionstore.h"
#include "stores/servicestats.h"
#include "stores/taskstore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace rmdesk {

namespace {

QJsonValue orNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue dateOrNull(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue idOrNull(qint64 id)
{
    return id != 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

QJsonValue rate(const ServiceRatio& r)
{
    const auto v = r.value();
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QString percent(const ServiceRatio& r)
{
    const auto v = r.value();
    return v ? QStringLiteral("%1% (%2/%3)").arg(qRound(*v * 100)).arg(r.met).arg(r.total)
             : QStringLiteral("— (0/0)");
}

// YYYY-MM-DD (the start of that day) or YYYY-MM-DDTHH:MM, local time.
QDateTime parseWhen(const QString& text)
{
    QDateTime at = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd'T'HH:mm"));
    if (!at.isValid())
        at = QDateTime::fromString(text, Qt::ISODate);
    if (!at.isValid()) {
        const QDate day = QDate::fromString(text, Qt::ISODate);
        if (day.isValid())
            at = QDateTime(day, QTime(0, 0));
    }
    return at;
}

QJsonObject interactionJson(const Interaction& i)
{
    return {{QStringLiteral("id"), i.id},
            {QStringLiteral("customer"), i.customerId},
            {QStringLiteral("matter"), i.matterId},
            {QStringLiteral("at"), i.at},
            {QStringLiteral("user"), i.userName},
            {QStringLiteral("channel"), i.channel},
            {QStringLiteral("purpose"), i.purpose},
            {QStringLiteral("summary"), i.summary},
            {QStringLiteral("outcome"), i.outcome},
            {QStringLiteral("products"), QJsonArray::fromStringList(i.products)},
            {QStringLiteral("next_follow_up"), dateOrNull(i.nextFollowUp)},
            {QStringLiteral("follow_up_task"), idOrNull(i.followUpTaskId)},
            {QStringLiteral("suitability"), orNull(i.suitability)},
            {QStringLiteral("suitability_handling"), orNull(i.suitabilityHandling)}};
}

QJsonObject itemJson(const AgendaItem& item)
{
    const Task& t = item.task;
    return {{QStringLiteral("id"), idOrNull(t.id)},
            {QStringLiteral("kind"), item.kind},
            {QStringLiteral("customer"), idOrNull(item.customerId)},
            {QStringLiteral("customer_name"), orNull(item.customerName)},
            {QStringLiteral("title"), orNull(TaskStore::titleOf(t))},
            {QStringLiteral("due_on"), dateOrNull(item.isTask() ? t.dueOn : item.due)},
            {QStringLiteral("snoozed_until"), dateOrNull(t.snoozedUntil)},
            {QStringLiteral("snooze_reason"), orNull(t.snoozeReason)},
            {QStringLiteral("state"), item.state},
            {QStringLiteral("overdue"),
             item.state == QLatin1String("overdue") || item.state == QLatin1String("expired")},
            {QStringLiteral("assignee"), orNull(item.owner)},
            {QStringLiteral("status"), item.isTask() ? t.status : QStringLiteral("open")}};
}

QJsonObject scoreJson(const QString& rm, const QString& fullName, const ServiceRatio& onTime,
                      const ServiceRatio& fcr)
{
    QJsonObject o{{QStringLiteral("follow_ups_due"), onTime.total},
                  {QStringLiteral("follow_ups_on_time"), onTime.met},
                  {QStringLiteral("on_time_follow_up_rate"), rate(onTime)},
                  {QStringLiteral("matters"), fcr.total},
                  {QStringLiteral("resolved_at_first_contact"), fcr.met},
                  {QStringLiteral("first_contact_resolution"), rate(fcr)}};
    if (!rm.isEmpty()) {
        o.insert(QStringLiteral("rm"), rm);
        o.insert(QStringLiteral("full_name"), fullName);
    }
    return o;
}

} // namespace

int Cli::cmdService(const QStringList& args)
{
    const QString group = m_opts.command; // interaction, task or service
    const QString sub = args.value(0);
    static const QHash<QString, QStringList> subcommands = {
        {QStringLiteral("interaction"), {QStringLiteral("add"), QStringLiteral("list")}},
        {QStringLiteral("task"),
         {QStringLiteral("list"), QStringLiteral("add"), QStringLiteral("done"),
          QStringLiteral("snooze"), QStringLiteral("reassign")}},
        {QStringLiteral("service"), {QStringLiteral("stats")}}};
    if (!subcommands.value(group).contains(sub))
        return usageError(tr("%1 needs a subcommand: %2.")
                              .arg(group, subcommands.value(group).join(QStringLiteral(", "))));
    CommandArgs a;
    QString error;
    if (!parseArgs(args.mid(1), {QStringLiteral("--customer"),   QStringLiteral("--channel"),
                                 QStringLiteral("--purpose"),    QStringLiteral("--summary"),
                                 QStringLiteral("--outcome"),    QStringLiteral("--products"),
                                 QStringLiteral("--follow-up"),  QStringLiteral("--at"),
                                 QStringLiteral("--continues"),  QStringLiteral("--limit"),
                                 QStringLiteral("--due-within"), QStringLiteral("--assignee"),
                                 QStringLiteral("--title"),      QStringLiteral("--due"),
                                 QStringLiteral("--until"),      QStringLiteral("--reason"),
                                 QStringLiteral("--to"),         QStringLiteral("--from"),
                                 QStringLiteral("--rm"),         QStringLiteral("--suitability")},
                   {QStringLiteral("--overdue"), QStringLiteral("--all")}, &a, &error))
        return usageError(error);
    auto number = [&a](const QString& option, qint64* out) {
        bool ok = true;
        if (a.values.contains(option))
            *out = a.value(option).toLongLong(&ok);
        return ok && *out >= 0;
    };
    auto date = [&a](const QString& option, QDate* out) {
        if (!a.values.contains(option))
            return true;
        *out = QDate::fromString(a.value(option), Qt::ISODate);
        return out->isValid();
    };
    // A task number for done, snooze and reassign.
    qint64 taskId = 0;
    if (group == QLatin1String("task") && sub != QLatin1String("list") &&
        sub != QLatin1String("add")) {
        bool ok = false;
        taskId = a.positional.size() == 1 ? a.positional.first().toLongLong(&ok) : 0;
        if (!ok || taskId <= 0)
            return usageError(tr("Give one task number."));
    } else if (!a.positional.isEmpty()) {
        return usageError(tr("%1 %2 takes options only.").arg(group, sub));
    }

    // Everything is checked before a password is asked for.
    NewInteraction in;
    NewTask newTask;
    AgendaQuery agendaQuery;
    ServicePeriod period;
    QDate until;
    qint64 customer = 0;
    qint64 limit = 1000;
    if (!number(QStringLiteral("--customer"), &customer) ||
        !number(QStringLiteral("--limit"), &limit))
        return usageError(tr("--customer and --limit need a positive number."));
    if (group == QLatin1String("interaction")) {
        if (customer == 0)
            return usageError(tr("Give the customer with --customer ID."));
        in.customerId = customer;
        if (sub == QLatin1String("add")) {
            for (const char* required : {"--channel", "--purpose", "--summary"})
                if (!a.values.contains(QLatin1String(required)))
                    return usageError(tr("interaction add needs --channel %1, --purpose %2 and "
                                         "--summary TEXT.")
                                          .arg(ServiceCodes::channels().join(QLatin1Char('|')),
                                               ServiceCodes::purposes().join(QLatin1Char('|'))));
            in.channel = a.value(QStringLiteral("--channel"));
            in.purpose = a.value(QStringLiteral("--purpose"));
            in.summary = a.value(QStringLiteral("--summary"));
            if (a.values.contains(QStringLiteral("--outcome")))
                in.outcome = a.value(QStringLiteral("--outcome"));
            in.products =
                a.value(QStringLiteral("--products")).split(QLatin1Char(','), Qt::SkipEmptyParts);
            if (!date(QStringLiteral("--follow-up"), &in.nextFollowUp))
                return usageError(tr("Give the next follow-up as --follow-up YYYY-MM-DD."));
            if (a.values.contains(QStringLiteral("--at"))) {
                in.at = parseWhen(a.value(QStringLiteral("--at")));
                if (!in.at.isValid())
                    return usageError(tr("Give the time of the contact as --at YYYY-MM-DD or "
                                         "YYYY-MM-DDTHH:MM."));
            }
            if (!number(QStringLiteral("--continues"), &in.continues))
                return usageError(tr("--continues needs the number of an interaction."));
            const auto handling =
                Suitability::handlingFromName(a.value(QStringLiteral("--suitability")));
            if (!handling || (a.values.contains(QStringLiteral("--suitability")) &&
                              *handling == SuitabilityHandling::None))
                return usageError(tr("--suitability takes insisted (the customer insisted after "
                                     "a special risk warning they confirmed) or declined."));
            in.suitability = *handling;
        }
    } else if (group == QLatin1String("task")) {
        if (sub == QLatin1String("list")) {
            qint64 within = -1;
            if (a.values.contains(QStringLiteral("--due-within")) &&
                !number(QStringLiteral("--due-within"), &within))
                return usageError(tr("--due-within needs a number of days."));
            agendaQuery.dueWithinDays = int(within);
            agendaQuery.overdueOnly = a.has(QStringLiteral("--overdue"));
            agendaQuery.wholeScope = a.has(QStringLiteral("--all"));
            agendaQuery.limit = int(qMin<qint64>(limit, 100000));
        } else if (sub == QLatin1String("add")) {
            newTask = {a.value(QStringLiteral("--title")),
                       {},
                       customer,
                       a.value(QStringLiteral("--assignee"))};
            if (!a.values.contains(QStringLiteral("--due")) ||
                !date(QStringLiteral("--due"), &newTask.dueOn))
                return usageError(tr("Give the due date with --due YYYY-MM-DD."));
        } else if (sub == QLatin1String("snooze")) {
            if (!a.values.contains(QStringLiteral("--until")) ||
                !date(QStringLiteral("--until"), &until) ||
                a.value(QStringLiteral("--reason")).trimmed().isEmpty())
                return usageError(tr("task snooze needs --until YYYY-MM-DD and --reason TEXT."));
        } else if (sub == QLatin1String("reassign") &&
                   a.value(QStringLiteral("--to")).trimmed().isEmpty()) {
            return usageError(tr("Say who takes the task over with --to NAME."));
        }
    } else if (!date(QStringLiteral("--from"), &period.from) ||
               !date(QStringLiteral("--to"), &period.to)) {
        return usageError(tr("Give the period as --from YYYY-MM-DD --to YYYY-MM-DD."));
    }

    int code = ExitOk;
    if (!(m_vault = signIn(&code)))
        return code;
    const Session& session = m_vault->session();
    QSqlDatabase db = m_vault->database().connection();
    StoreError e;
    auto done = [this](const QJsonValue& json, const QString& text) {
        return printResult(json, text);
    };

    if (group == QLatin1String("interaction") && sub == QLatin1String("add")) {
        InteractionSaved saved;
        QList<FieldError> fieldErrors;
        if (!InteractionStore(db).add(session, in, &saved, &e, &fieldErrors))
            return failWithFields(e, fieldErrors);
        QJsonArray completed;
        for (const qint64 id : std::as_const(saved.completedTasks))
            completed.append(id);
        if (!saved.notice.isEmpty()) // recorded all the same; said where scripts see it
            m_err << "rmdesk-cli: " << saved.notice << Qt::endl;
        QString text = tr("Interaction %1 recorded.").arg(saved.id);
        if (saved.followUpTaskId)
            text += QLatin1Char(' ') +
                    tr("Follow-up task %1 for %2 is due on %3.")
                        .arg(saved.followUpTaskId)
                        .arg(saved.followUpAssignee, saved.followUpOn.toString(Qt::ISODate));
        return done(
            QJsonObject{{QStringLiteral("id"), saved.id},
                        {QStringLiteral("matter"), saved.matterId},
                        {QStringLiteral("follow_up_task"), idOrNull(saved.followUpTaskId)},
                        {QStringLiteral("follow_up_on"), dateOrNull(saved.followUpOn)},
                        {QStringLiteral("follow_up_assignee"), orNull(saved.followUpAssignee)},
                        {QStringLiteral("completed_tasks"), completed},
                        {QStringLiteral("notice"), orNull(saved.notice)}},
            text);
    }
    if (group == QLatin1String("interaction")) {
        const QList<Interaction> list =
            InteractionStore(db).list(session, customer, &e, int(limit));
        if (!e.ok())
            return failWith(e);
        QJsonArray json;
        QStringList lines;
        for (const Interaction& i : list) {
            json.append(interactionJson(i));
            lines << QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7")
                         .arg(i.id)
                         .arg(i.at.left(16), i.userName,
                              ServiceCodes::label(QStringLiteral("channel"), i.channel),
                              ServiceCodes::label(QStringLiteral("purpose"), i.purpose),
                              ServiceCodes::label(QStringLiteral("outcome"), i.outcome), i.summary);
        }
        return done(QJsonObject{{QStringLiteral("customer"), customer},
                                {QStringLiteral("total"), int(list.size())},
                                {QStringLiteral("interactions"), json}},
                    lines.isEmpty() ? tr("No interactions recorded for customer %1.").arg(customer)
                                    : lines.join(QLatin1Char('\n')));
    }
    if (group == QLatin1String("task") && sub == QLatin1String("list")) {
        if (a.values.contains(QStringLiteral("--assignee"))) {
            const auto user = UserStore(db).find(a.value(QStringLiteral("--assignee")));
            if (!user)
                return fail(ExitNo,
                            tr("There is no user %1.").arg(a.value(QStringLiteral("--assignee"))));
            agendaQuery.userId = user->id;
        }
        Agenda agenda(db);
        AgendaCounts counts;
        const QList<AgendaItem> items = agenda.items(session, agendaQuery, &counts, &e);
        if (!e.ok())
            return failWith(e);
        QJsonArray json;
        QStringList lines;
        for (const AgendaItem& item : items) {
            json.append(itemJson(item));
            lines << QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
                         .arg(item.isTask() ? QString::number(item.task.id) : QStringLiteral("-"),
                              ServiceCodes::label(QStringLiteral("task_kind"), item.kind),
                              item.due.isValid() ? item.due.toString(Qt::ISODate)
                                                 : QStringLiteral("-"),
                              item.state, item.customerName, TaskStore::titleOf(item.task));
        }
        return done(
            QJsonObject{{QStringLiteral("today"), agenda.today().toString(Qt::ISODate)},
                        {QStringLiteral("total"), counts.tasks + counts.reviews + counts.documents},
                        {QStringLiteral("counts"),
                         QJsonObject{{QStringLiteral("tasks"), counts.tasks},
                                     {QStringLiteral("reviews"), counts.reviews},
                                     {QStringLiteral("documents"), counts.documents}}},
                        {QStringLiteral("tasks"), json}},
            lines.isEmpty() ? tr("Nothing to do.") : lines.join(QLatin1Char('\n')));
    }
    TaskStore tasks(db);
    if (sub == QLatin1String("add")) {
        qint64 id = 0;
        if (!tasks.add(session, newTask, &id, &e))
            return failWith(e);
        return done(QJsonObject{{QStringLiteral("id"), id}}, tr("Task %1 added.").arg(id));
    }
    if (sub == QLatin1String("done")) {
        if (!tasks.complete(session, taskId, &e))
            return failWith(e);
        return done(QJsonObject{{QStringLiteral("id"), taskId},
                                {QStringLiteral("status"), QStringLiteral("done")}},
                    tr("Task %1 is done.").arg(taskId));
    }
    if (sub == QLatin1String("snooze")) {
        if (!tasks.snooze(session, taskId, until, a.value(QStringLiteral("--reason")), &e))
            return failWith(e);
        return done(QJsonObject{{QStringLiteral("id"), taskId},
                                {QStringLiteral("snoozed_until"), until.toString(Qt::ISODate)}},
                    tr("Task %1 comes back on %2.").arg(taskId).arg(until.toString(Qt::ISODate)));
    }
    if (sub == QLatin1String("reassign")) {
        const QString to = a.value(QStringLiteral("--to")).trimmed();
        if (!tasks.reassign(session, taskId, to, &e))
            return failWith(e);
        return done(QJsonObject{{QStringLiteral("id"), taskId}, {QStringLiteral("assignee"), to}},
                    tr("Task %1 is now %2's.").arg(taskId).arg(to));
    }
    // service stats
    ServiceStats stats(db);
    const ServicePeriod fallback = stats.defaultPeriod();
    if (!period.from.isValid())
        period.from = period.to.isValid()
                          ? period.to.addDays(fallback.from.daysTo(fallback.to) * -1)
                          : fallback.from;
    if (!period.to.isValid())
        period.to = fallback.to;
    const auto result = stats.compute(session, period, a.value(QStringLiteral("--rm")), &e);
    if (!result)
        return failWith(e);
    QJsonObject json = scoreJson({}, {}, result->onTimeFollowUp, result->firstContactResolution);
    json.insert(QStringLiteral("from"), period.from.toString(Qt::ISODate));
    json.insert(QStringLiteral("to"), period.to.toString(Qt::ISODate));
    json.insert(QStringLiteral("as_of"), result->asOf.toString(Qt::ISODate));
    QJsonArray byRm;
    QStringList lines = {tr("%1 to %2: on-time follow-ups %3, first-contact resolution %4")
                             .arg(period.from.toString(Qt::ISODate),
                                  period.to.toString(Qt::ISODate), percent(result->onTimeFollowUp),
                                  percent(result->firstContactResolution))};
    for (const ServiceScoreRow& row : result->byUser) {
        byRm.append(
            scoreJson(row.userName, row.fullName, row.onTimeFollowUp, row.firstContactResolution));
        lines << QStringLiteral("%1\t%2\t%3")
                     .arg(row.userName, percent(row.onTimeFollowUp),
                          percent(row.firstContactResolution));
    }
    json.insert(QStringLiteral("by_rm"), byRm);
    return done(json, lines.join(QLatin1Char('\n')));
}

} // namespace rmdesk
