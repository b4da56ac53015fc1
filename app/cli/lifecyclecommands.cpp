// rmdesk-cli's customer lifecycle commands: likely duplicates and merges, the end of a
// relationship, AML holds and purging after retention. Other customer subcommands go on to
// cmdCustomer.
#include "cli.h"

#include "exitcode.h"
#include "stores/customermerge.h"
#include "stores/customerretention.h"

#include <QJsonArray>
#include <QJsonObject>

namespace rmdesk {

namespace {

const QStringList lifecycleCommands = {
    QStringLiteral("duplicates"),   QStringLiteral("not-duplicate"),
    QStringLiteral("merge"),        QStringLiteral("merge-approve"),
    QStringLiteral("merge-reject"), QStringLiteral("merge-list"),
    QStringLiteral("end"),          QStringLiteral("reopen"),
    QStringLiteral("hold"),         QStringLiteral("release"),
    QStringLiteral("purge"),        QStringLiteral("purge-approve"),
    QStringLiteral("purge-reject"), QStringLiteral("purge-list")};

QJsonValue orNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonObject pairJson(const DuplicatePair& p)
{
    return {
        {QStringLiteral("a"), p.a}, {QStringLiteral("b"), p.b}, {QStringLiteral("match"), p.match}};
}

QJsonObject mergeJson(const MergeRequest& r)
{
    const bool merged = r.status == QLatin1String("approved");
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("keep"), r.keepId},
            {QStringLiteral("absorb"), r.absorbId},
            {QStringLiteral("merged_into"), merged ? QJsonValue(r.keepId) : QJsonValue()},
            {QStringLiteral("status"), r.status},
            {QStringLiteral("take"), QJsonArray::fromStringList(r.taken())},
            {QStringLiteral("reason"), r.reason},
            {QStringLiteral("requested_by"), r.requestedBy},
            {QStringLiteral("requested_at"), r.requestedAt},
            {QStringLiteral("decided_by"), orNull(r.decidedBy)},
            {QStringLiteral("decided_at"), orNull(r.decidedAt)},
            {QStringLiteral("note"), orNull(r.decisionNote)}};
}

QJsonObject purgeJson(const PurgeRequest& r)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("customer"), r.customerId},
            {QStringLiteral("branch"), r.branch},
            {QStringLiteral("ended_on"), r.endedOn},
            {QStringLiteral("status"), r.status},
            {QStringLiteral("reason"), r.reason},
            {QStringLiteral("requested_by"), r.requestedBy},
            {QStringLiteral("requested_role"), r.requestedRole},
            {QStringLiteral("requested_at"), r.requestedAt},
            {QStringLiteral("decided_by"), orNull(r.decidedBy)},
            {QStringLiteral("decided_role"), orNull(r.decidedRole)},
            {QStringLiteral("decided_at"), orNull(r.decidedAt)},
            {QStringLiteral("note"), orNull(r.decisionNote)}};
}

} // namespace

int Cli::cmdLifecycle(const QStringList& args)
{
    if (args.isEmpty() || !lifecycleCommands.contains(args.first()))
        return cmdCustomer(args);
    const QString sub = args.first();
    CommandArgs a;
    QString error;
    if (!parseArgs(args.mid(1),
                   {QStringLiteral("--limit"), QStringLiteral("--reason"), QStringLiteral("--take"),
                    QStringLiteral("--note"), QStringLiteral("--on")},
                   {QStringLiteral("--pending")}, &a, &error))
        return usageError(error);
    // Positional numbers: customers or requests.
    QList<qint64> ids;
    for (const QString& p : std::as_const(a.positional)) {
        bool ok = false;
        const qint64 id = p.toLongLong(&ok);
        if (!ok || id <= 0)
            return usageError(tr("%1 is not a customer or request number.").arg(p));
        ids << id;
    }
    auto wantIds = [&](int n, const QString& what) { return ids.size() == n ? QString() : what; };
    QString usage;
    if (sub == QLatin1String("duplicates"))
        usage = ids.size() <= 1 ? QString() : tr("customer duplicates takes at most one customer.");
    else if (sub == QLatin1String("not-duplicate"))
        usage = wantIds(2, tr("Give the two customer numbers."));
    else if (sub == QLatin1String("merge"))
        usage = wantIds(2, tr("Give the customer to keep, then the one to merge into it."));
    else if (sub.endsWith(QLatin1String("-list")))
        usage = wantIds(0, tr("%1 takes no numbers.").arg(sub));
    else if (sub.startsWith(QLatin1String("merge-")) || sub.startsWith(QLatin1String("purge-")))
        usage = wantIds(1, tr("Give one request number."));
    else
        usage = wantIds(1, tr("Give one customer number."));
    if (!usage.isEmpty())
        return usageError(usage);
    bool ok = true;
    const int limit = a.values.contains(QStringLiteral("--limit"))
                          ? a.value(QStringLiteral("--limit")).toInt(&ok)
                          : 100;
    if (!ok || limit <= 0)
        return usageError(tr("--limit needs a positive number."));
    QDate on;
    if (sub == QLatin1String("end")) {
        on = QDate::fromString(a.value(QStringLiteral("--on")), Qt::ISODate);
        if (!on.isValid())
            return usageError(tr("Give the date the relationship ended with --on YYYY-MM-DD."));
    }
    const QString reason = a.value(QStringLiteral("--reason"));
    const QString note = a.value(QStringLiteral("--note"));
    QHash<QString, QString> choices;
    for (const QString& f :
         a.value(QStringLiteral("--take")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        choices.insert(f.trimmed(), QStringLiteral("absorb"));

    int code = ExitOk;
    if (!(m_vault = signIn(&code)))
        return code;
    const Session& session = m_vault->session();
    CustomerMerge merge(m_vault->database().connection());
    CustomerRetention retention(m_vault->database().connection());
    StoreError e;
    auto done = [&](const QJsonObject& json, const QString& text) {
        if (m_opts.json)
            printJson(json);
        else
            printText(text);
        return ExitOk;
    };

    if (sub == QLatin1String("duplicates")) {
        int total = 0;
        QList<DuplicatePair> pairs = ids.isEmpty() ? merge.duplicates(session, limit, &total, &e)
                                                   : merge.duplicatesOf(session, ids.first(), &e);
        if (!e.ok())
            return failWith(e);
        if (!ids.isEmpty()) {
            total = int(pairs.size());
            pairs = pairs.mid(0, limit);
        }
        QJsonArray list;
        QStringList lines;
        for (const DuplicatePair& p : std::as_const(pairs)) {
            list.append(pairJson(p));
            lines << QStringLiteral("%1\t%2\t%3").arg(p.a).arg(p.b).arg(p.match);
        }
        lines << tr("%n likely duplicate pair(s)", nullptr, total);
        return done({{QStringLiteral("total"), total}, {QStringLiteral("pairs"), list}},
                    lines.join(QLatin1Char('\n')));
    }
    if (sub == QLatin1String("not-duplicate")) {
        if (!merge.dismiss(session, ids.at(0), ids.at(1), reason, &e))
            return failWith(e);
        return done({{QStringLiteral("a"), qMin(ids.at(0), ids.at(1))},
                     {QStringLiteral("b"), qMax(ids.at(0), ids.at(1))},
                     {QStringLiteral("dismissed"), true}},
                    tr("Customers %1 and %2 are no longer flagged as duplicates.")
                        .arg(ids.at(0))
                        .arg(ids.at(1)));
    }
    if (sub == QLatin1String("merge")) {
        qint64 request = 0;
        if (!merge.request(session, ids.at(0), ids.at(1), choices, reason, &request, &e))
            return failWith(e);
        return done({{QStringLiteral("request"), request}},
                    tr("Merge request %1 is waiting for a supervisor's approval.").arg(request));
    }
    if (sub == QLatin1String("merge-approve") || sub == QLatin1String("merge-reject")) {
        const bool approve = sub == QLatin1String("merge-approve");
        const auto request = merge.find(session, ids.first(), &e);
        if (!request)
            return failWith(e);
        if (!(approve ? merge.approve(session, ids.first(), note, &e)
                      : merge.reject(session, ids.first(), note, &e)))
            return failWith(e);
        QJsonObject json{{QStringLiteral("request"), ids.first()},
                         {QStringLiteral("status"),
                          approve ? QStringLiteral("approved") : QStringLiteral("rejected")}};
        if (approve) {
            json.insert(QStringLiteral("keep"), request->keepId);
            json.insert(QStringLiteral("absorbed"), request->absorbId);
        }
        return done(
            json,
            approve
                ? tr("Customer %1 was merged into %2.").arg(request->absorbId).arg(request->keepId)
                : tr("Merge request %1 was rejected.").arg(ids.first()));
    }
    if (sub == QLatin1String("merge-list")) {
        const auto requests =
            merge.requests(session, a.has(QStringLiteral("--pending")), &e, limit);
        if (!e.ok())
            return failWith(e);
        QJsonArray list;
        QStringList lines;
        for (const MergeRequest& r : requests) {
            list.append(mergeJson(r));
            lines << QStringLiteral("%1\t%2 <- %3\t%4\t%5")
                         .arg(r.id)
                         .arg(r.keepId)
                         .arg(r.absorbId)
                         .arg(r.status, r.requestedBy);
        }
        return done(
            {{QStringLiteral("total"), int(requests.size())}, {QStringLiteral("requests"), list}},
            lines.isEmpty() ? tr("No merge requests.") : lines.join(QLatin1Char('\n')));
    }
    if (sub == QLatin1String("end")) {
        if (!retention.endRelationship(session, ids.first(), on, reason, &e))
            return failWith(e);
        return done({{QStringLiteral("id"), ids.first()},
                     {QStringLiteral("status"), QStringLiteral("ended")},
                     {QStringLiteral("ended_on"), on.toString(Qt::ISODate)}},
                    tr("The relationship with customer %1 ended on %2.")
                        .arg(ids.first())
                        .arg(on.toString(Qt::ISODate)));
    }
    if (sub == QLatin1String("reopen")) {
        if (!retention.reopen(session, ids.first(), reason, &e))
            return failWith(e);
        return done({{QStringLiteral("id"), ids.first()},
                     {QStringLiteral("status"), QStringLiteral("active")}},
                    tr("The relationship with customer %1 is active again.").arg(ids.first()));
    }
    if (sub == QLatin1String("hold") || sub == QLatin1String("release")) {
        const bool hold = sub == QLatin1String("hold");
        if (!retention.setAmlHold(session, ids.first(), hold, reason, &e))
            return failWith(e);
        return done({{QStringLiteral("id"), ids.first()}, {QStringLiteral("aml_hold"), hold}},
                    hold ? tr("Customer %1 is held for an AML investigation.").arg(ids.first())
                         : tr("Customer %1 is no longer held.").arg(ids.first()));
    }
    if (sub == QLatin1String("purge")) {
        qint64 request = 0;
        if (!retention.requestPurge(session, ids.first(), reason, &request, &e))
            return failWith(e);
        return done({{QStringLiteral("request"), request}},
                    tr("Purge request %1 is waiting for approval by a %2.")
                        .arg(request)
                        .arg(session.role == Role::Compliance ? tr("supervisor")
                                                              : tr("compliance officer")));
    }
    if (sub == QLatin1String("purge-approve")) {
        const auto requests = retention.purgeRequests(session, false, &e, -1);
        qint64 customer = 0;
        for (const PurgeRequest& r : requests)
            if (r.id == ids.first())
                customer = r.customerId;
        if (!retention.approvePurge(session, ids.first(), &e))
            return failWith(e);
        return done({{QStringLiteral("request"), ids.first()},
                     {QStringLiteral("customer"), customer},
                     {QStringLiteral("purged"), true}},
                    tr("Customer %1 was purged.").arg(customer));
    }
    if (sub == QLatin1String("purge-reject")) {
        if (!retention.rejectPurge(session, ids.first(), note, &e))
            return failWith(e);
        return done({{QStringLiteral("request"), ids.first()},
                     {QStringLiteral("status"), QStringLiteral("rejected")}},
                    tr("Purge request %1 was rejected.").arg(ids.first()));
    }
    // purge-list
    const auto requests =
        retention.purgeRequests(session, a.has(QStringLiteral("--pending")), &e, limit);
    if (!e.ok())
        return failWith(e);
    int total = 0;
    const auto eligible = retention.purgeable(session, limit, &total, &e);
    if (!e.ok())
        return failWith(e);
    QJsonArray requestList;
    QJsonArray eligibleList;
    QStringList lines;
    for (const PurgeRequest& r : requests) {
        requestList.append(purgeJson(r));
        lines << tr("request %1\tcustomer %2\tended %3\t%4\t%5 (%6)")
                     .arg(r.id)
                     .arg(r.customerId)
                     .arg(r.endedOn, r.status, r.requestedBy, r.requestedRole);
    }
    for (const EndedCustomer& c : eligible) {
        eligibleList.append(QJsonObject{{QStringLiteral("id"), c.id},
                                        {QStringLiteral("branch"), c.branch},
                                        {QStringLiteral("ended_on"), c.endedOn}});
        lines << tr("eligible\tcustomer %1\tended %2").arg(c.id).arg(c.endedOn);
    }
    return done({{QStringLiteral("retention_years"), retention.retentionYears()},
                 {QStringLiteral("requests"), requestList},
                 {QStringLiteral("eligible"), eligibleList},
                 {QStringLiteral("eligible_total"), total}},
                lines.isEmpty() ? tr("No purge requests and no customers past retention.")
                                : lines.join(QLatin1Char('\n')));
}

} // namespace rmdesk
