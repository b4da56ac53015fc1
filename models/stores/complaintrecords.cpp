// ComplaintStore's feedback and improvement records (specification 3.4): a complaint's root
// cause, the improvement actions that follow from it (tracked until done) and the report of
// recurring causes.
#include "stores/complaintstore.h"

#include "stores/audittrail.h"
#include "stores/complaintsupport.h"
#include "stores/userstore.h"

namespace rmdesk {

using namespace complaints;

bool ComplaintStore::setRootCause(const Session& session, qint64 id, const QString& cause,
                                  const QString& note, StoreError* error)
{
    const auto c = prepare(session, id, ComplaintStep::RootCause, error);
    if (!c)
        return false;
    QString why;
    if (!validChoice(QStringLiteral("cause"), cause, m_today, &why))
        return fail(error, StoreError::Invalid, tr("Complaint %1: %2").arg(id).arg(why));
    return apply(
        session, *c,
        {ComplaintStep::RootCause,
         QStringLiteral("complaint.cause"),
         QString(),
         {{QStringLiteral("cause"), cause},
          {QStringLiteral("previous"),
           c->rootCause.isEmpty() ? QJsonValue() : QJsonValue(c->rootCause)}},
         {event(QStringLiteral("cause_set"), m_today, note, {{QStringLiteral("cause"), cause}})},
         {{QStringLiteral("root_cause"), cause},
          {QStringLiteral("root_cause_note"), nullable(note.trimmed())}}},
        error);
}

bool ComplaintStore::addAction(const Session& session, qint64 complaintId,
                               const QString& description, const QString& ownerName,
                               const QDate& due, qint64* actionId, StoreError* error)
{
    const auto c = prepare(session, complaintId, ComplaintStep::AddAction, error);
    if (!c)
        return false;
    QString why;
    const auto owner = UserStore(m_db).find(ownerName.trimmed());
    if (!reasonGiven(description))
        why = tr("Describe the improvement action (at least %1 characters).")
                  .arg(MinimumReasonLength);
    else if (!owner || !owner->active)
        why = tr("There is no active user named \"%1\" to own the action.").arg(ownerName);
    else if (!due.isValid() || due < m_today)
        why = tr("Give a due date from today on, like %1.").arg(iso(m_today.addDays(30)));
    if (!why.isEmpty())
        return fail(error, StoreError::Invalid, tr("Complaint %1: %2").arg(complaintId).arg(why));
    const QString text = description.trimmed();
    Change change{ComplaintStep::AddAction,
                  QStringLiteral("complaint.action_add"),
                  QString(),
                  {{QStringLiteral("owner"), owner->name}, {QStringLiteral("due_on"), iso(due)}},
                  {},
                  {}};
    qint64 newId = 0;
    const Session acting = session;
    change.before = [&](Change* ch, QString* problem) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO complaint_actions (complaint_id, description, "
                                 "owner_user_id, due_on, created_by, created_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"));
        if (!exec(q, {complaintId, text, owner->id, iso(due), acting.userName, now()}, problem))
            return false;
        newId = q.lastInsertId().toLongLong();
        ch->details.insert(QStringLiteral("action"), newId);
        ch->events << event(QStringLiteral("action_added"), m_today, text,
                            {{QStringLiteral("action"), newId},
                             {QStringLiteral("owner"), owner->name},
                             {QStringLiteral("due_on"), iso(due)}});
        return true;
    };
    if (!apply(session, *c, change, error))
        return false;
    if (actionId)
        *actionId = newId;
    return true;
}

bool ComplaintStore::completeAction(const Session& session, qint64 actionId, const QString& note,
                                    StoreError* error, const QDate& onDay)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT complaint_id, owner_user_id, status FROM complaint_actions WHERE id = ?"));
    QString why;
    if (!exec(q, {actionId}, &why))
        return fail(error, StoreError::Failed, why);
    if (!q.next())
        return fail(error, StoreError::NotFound,
                    tr("There is no improvement action %1.").arg(actionId));
    const qint64 complaintId = q.value(0).toLongLong();
    const bool ownsIt = q.value(1).toLongLong() == session.userId && session.userId != 0;
    const bool open = q.value(2).toString() == QLatin1String("open");
    const auto c = load(complaintId, error);
    if (!c)
        return false;
    // Its owner, or whoever handles the complaint.
    if (!ownsIt && !permitted(session, Action::ComplaintWrite, *c, error))
        return false;
    const QDate on = onDay.isValid() ? onDay : m_today;
    if (!open)
        why = tr("Improvement action %1 is already done.").arg(actionId);
    else if (on > m_today || on < c->receivedOn)
        why = tr("An action is done from the day the complaint was received (%1) to today.")
                  .arg(iso(c->receivedOn));
    if (!why.isEmpty())
        return fail(error, StoreError::Invalid, why);
    Change change{
        ComplaintStep::AddAction, // moves no status
        QStringLiteral("complaint.action_done"),
        QString(),
        {{QStringLiteral("action"), actionId}, {QStringLiteral("done_on"), iso(on)}},
        {event(QStringLiteral("action_done"), on, note, {{QStringLiteral("action"), actionId}})},
        {}};
    change.before = [&](Change*, QString* problem) {
        QSqlQuery u(m_db);
        u.prepare(QStringLiteral("UPDATE complaint_actions SET status = 'done', done_on = ?, "
                                 "done_note = ? WHERE id = ? AND status = 'open'"));
        return exec(u, {iso(on), nullable(note.trimmed()), actionId}, problem);
    };
    return apply(session, *c, change, error);
}

QList<ImprovementAction> ComplaintStore::actions(const Session& session, bool openOnly,
                                                 StoreError* error, int limit)
{
    QList<ImprovementAction> out;
    QVariantList binds;
    const QString scope = scopeClause(session, &binds, error);
    if (scope.isEmpty())
        return out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT a.id, a.complaint_id, a.description, a.owner_user_id, "
                             "coalesce(u.name, ''), a.due_on, a.status, a.done_on, "
                             "coalesce(a.done_note, ''), a.created_by, a.created_at "
                             "FROM complaint_actions a JOIN complaints c ON c.id = a.complaint_id "
                             "LEFT JOIN customers cu ON cu.id = c.customer_id "
                             "LEFT JOIN users u ON u.id = a.owner_user_id "
                             "WHERE (%1 OR a.owner_user_id = ?) %2 "
                             "ORDER BY a.status = 'done', a.due_on, a.id LIMIT ?")
                  .arg(scope, openOnly ? QStringLiteral("AND a.status = 'open'") : QString()));
    QString why;
    if (!exec(q, binds + QVariantList{session.userId, qMax(1, limit)}, &why)) {
        fail(error, StoreError::Failed, why);
        return out;
    }
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                    q.value(3).toLongLong(), q.value(4).toString(), date(q.value(5)),
                    q.value(6).toString(), date(q.value(7)), q.value(8).toString(),
                    q.value(9).toString(), q.value(10).toString()});
    return out;
}

QList<CauseCount> ComplaintStore::causeReport(const Session& session, const QDate& from,
                                              const QDate& to, bool byQuarter, StoreError* error)
{
    QList<CauseCount> out;
    if (!from.isValid() || !to.isValid() || from > to) {
        fail(error, StoreError::Invalid, tr("Give a period whose start is not after its end."));
        return out;
    }
    QVariantList binds;
    const QString scope = scopeClause(session, &binds, error);
    if (scope.isEmpty())
        return out;
    const QString period =
        byQuarter ? QStringLiteral("substr(c.received_on, 1, 4) || '-Q' || "
                                   "((CAST(substr(c.received_on, 6, 2) AS INTEGER) + 2) / 3)")
                  : QStringLiteral("substr(c.received_on, 1, 7)");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 AS period, c.root_cause, count(*) FROM complaints c "
                             "LEFT JOIN customers cu ON cu.id = c.customer_id "
                             "WHERE %2 AND c.root_cause IS NOT NULL AND c.status <> 'merged' "
                             "AND c.received_on BETWEEN ? AND ? "
                             "GROUP BY period, c.root_cause ORDER BY period, c.root_cause")
                  .arg(period, scope));
    QString why;
    if (!exec(q, binds + QVariantList{iso(from), iso(to)}, &why)) {
        fail(error, StoreError::Failed, why);
        return out;
    }
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt()});
    return out;
}

} // namespace rmdesk
