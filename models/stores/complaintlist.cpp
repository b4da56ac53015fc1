// ComplaintStore's lists: the complaints a session may see, most urgent first, with their clocks
// computed from one query of events per page; and the steps a person may take on one.
#include "stores/complaintstore.h"

#include "security/masking.h"
#include "stores/complaintsupport.h"

namespace rmdesk {

using namespace complaints;

QList<Complaint> ComplaintStore::list(const Session& session, const ComplaintFilter& filter,
                                      int* total, StoreError* error)
{
    QList<Complaint> rows;
    if (total)
        *total = 0;
    QVariantList binds;
    const QString scope = scopeClause(session, &binds, error);
    if (scope.isEmpty())
        return rows;
    QStringList where{scope};
    const QString open = QStringLiteral("c.status IN ") + openStatusList();
    if (filter.openOnly || filter.overdue || filter.dueWithinDays >= 0)
        where << open;
    if (filter.overdue || filter.dueWithinDays >= 0) {
        QStringList due;
        if (filter.overdue) {
            due << QStringLiteral("c.due_on < ?");
            binds << iso(m_today);
        }
        if (filter.dueWithinDays >= 0) {
            due << QStringLiteral("c.due_on BETWEEN ? AND ?");
            binds << iso(m_today) << iso(m_today.addDays(filter.dueWithinDays));
        }
        where << QStringLiteral("c.paused_since IS NULL AND (%1)").arg(due.join(u" OR "));
    }
    if (!filter.status.isEmpty()) {
        where << QStringLiteral("c.status = ?");
        binds << filter.status;
    }
    if (filter.customerId > 0) {
        where << QStringLiteral("c.customer_id = ?");
        binds << filter.customerId;
    }
    const QString from =
        QStringLiteral("FROM complaints c LEFT JOIN customers cu ON cu.id = c.customer_id ");
    const QString condition = QStringLiteral("WHERE ") + where.join(u" AND ");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT count(*) ") + from + condition);
    QString why;
    if (!exec(q, binds, &why) || !q.next()) {
        fail(error, StoreError::Failed, why);
        return rows;
    }
    if (total)
        *total = q.value(0).toInt();
    // Most urgent first: running open complaints by due date, then paused ones, then the rest
    // (newest first).
    q.prepare(selectColumns + condition +
              QStringLiteral(" ORDER BY CASE WHEN %1 AND c.paused_since IS NULL THEN 0 "
                             "WHEN %1 THEN 1 ELSE 2 END, CASE WHEN %1 THEN c.due_on END, "
                             "c.id DESC LIMIT ? OFFSET ?")
                  .arg(open));
    if (!exec(q, binds + QVariantList{qMax(1, filter.limit), qMax(0, filter.offset)}, &why)) {
        fail(error, StoreError::Failed, why);
        return rows;
    }
    const Masker masker = Masker::fromRules(m_db);
    QHash<qint64, int> index;
    while (q.next()) {
        index.insert(q.value(0).toLongLong(), int(rows.size()));
        rows.append(rowFrom(q, masker));
    }
    // The clock of each from its events (one query for the page).
    QHash<qint64, QList<ComplaintEvent>> events;
    if (!rows.isEmpty()) {
        QVariantList ids;
        for (const Complaint& c : std::as_const(rows))
            ids << c.id;
        QSqlQuery e(m_db);
        e.setForwardOnly(true);
        e.prepare(eventColumns + QStringLiteral("WHERE complaint_id IN (%1) AND kind IN ('%2') "
                                                "ORDER BY complaint_id, id")
                                     .arg(QStringList(ids.size(), QStringLiteral("?")).join(u','),
                                          clockKinds.join(QStringLiteral("', '"))));
        if (exec(e, ids, nullptr))
            while (e.next())
                events[e.value(0).toLongLong()].append(eventFrom(e));
    }
    for (Complaint& c : rows)
        finish(&c, events.value(c.id));
    return rows;
}

QList<ComplaintStep> ComplaintStore::allowedSteps(const Session& session, const Complaint& c) const
{
    QList<ComplaintStep> steps;
    if (!Permissions::allows(session, Action::ComplaintWrite, c.target()))
        return steps;
    const bool paused = c.clock.pausedSince.isValid();
    const bool pendingDispute = !c.disputeReferral.isEmpty() && c.disputeOutcome.isEmpty();
    for (const ComplaintStep step : ComplaintFlow::allSteps()) {
        if (!ComplaintFlow::allows(c.status, step))
            continue;
        if ((step == ComplaintStep::Pause && paused) || (step == ComplaintStep::Resume && !paused))
            continue;
        if (step == ComplaintStep::Decide && paused)
            continue;
        if (step == ComplaintStep::Extend &&
            c.clock.periodDays >= (Permissions::allows(session, Action::ComplaintExtend60)
                                       ? c.rules.approvedExtendedDays
                                       : c.rules.extendedDays))
            continue;
        if (step == ComplaintStep::Close && pendingDispute)
            continue;
        if (step == ComplaintStep::Respond && !c.response.isEmpty())
            continue;
        if (step == ComplaintStep::Dispute &&
            (c.response == QLatin1String("accepted") || !c.disputeOutcome.isEmpty()))
            continue;
        steps << step;
    }
    return steps;
}

} // namespace rmdesk
