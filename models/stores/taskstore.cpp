#include "taskstore.h"

#include "security/masking.h"
#include "security/permissions.h"
#include "stores/audittrail.h"
#include "stores/lifecyclesupport.h"
#include "stores/rulestore.h"
#include "stores/userstore.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace rmdesk {

using lifecycle::Support;

namespace {

constexpr int MaximumTitleLength = 200;

const QString selectTasks = QStringLiteral(
    "SELECT t.id, t.kind, coalesce(t.customer_id, 0), coalesce(t.interaction_id, 0), t.title, "
    "t.branch_code, t.due_on, coalesce(t.snoozed_until, ''), coalesce(t.snooze_reason, ''), "
    "t.assigned_to, coalesce(u.name, ''), t.status, coalesce(t.done_at, ''), "
    "coalesce(t.done_by, ''), t.created_by, t.created_at, coalesce(i.purpose, ''), "
    "coalesce(i.channel, ''), coalesce(c.name, ''), coalesce(c.type, ''), "
    "coalesce(c.rm_user_id, 0), coalesce(i.matter_id, 0) "
    "FROM tasks t LEFT JOIN users u ON u.id = t.assigned_to "
    "LEFT JOIN customers c ON c.id = t.customer_id "
    "LEFT JOIN interactions i ON i.id = t.interaction_id ");

Task taskFrom(const QSqlQuery& q, const Masker& masker)
{
    Task t;
    t.id = q.value(0).toLongLong();
    t.kind = q.value(1).toString();
    t.customerId = q.value(2).toLongLong();
    t.interactionId = q.value(3).toLongLong();
    t.title = q.value(4).toString();
    t.branch = q.value(5).toString();
    t.dueOn = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    t.snoozedUntil = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    t.snoozeReason = q.value(8).toString();
    t.assigneeId = q.value(9).toLongLong();
    t.assignee = q.value(10).toString();
    t.status = q.value(11).toString();
    t.doneAt = q.value(12).toString();
    t.doneBy = q.value(13).toString();
    t.createdBy = q.value(14).toString();
    t.createdAt = q.value(15).toString();
    t.purpose = q.value(16).toString();
    t.channel = q.value(17).toString();
    if (t.customerId != 0)
        t.customerName = masker.mask(
            customerTypeFromName(q.value(19).toString()).value_or(CustomerType::Individual),
            QStringLiteral("name"), q.value(18).toString());
    t.customerRmId = q.value(20).toLongLong();
    t.matterId = q.value(21).toLongLong();
    return t;
}

QString nowText(const QDateTime& now)
{
    return now.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject taskJson(const Task& t)
{
    QJsonObject o{{QStringLiteral("kind"), t.kind},
                  {QStringLiteral("due_on"), t.dueOn.toString(Qt::ISODate)},
                  {QStringLiteral("assignee"), t.assignee}};
    if (t.customerId != 0)
        o.insert(QStringLiteral("customer"), t.customerId);
    return o;
}

bool visible(const Session& session, const Task& t)
{
    switch (Permissions::scope(session.role, Action::ServiceWrite)) {
    case Scope::Own:
        return t.assigneeId == session.userId ||
               (t.customerRmId != 0 && t.customerRmId == session.userId);
    case Scope::Branch:
        return t.branch == session.branch;
    case Scope::All:
        return true;
    case Scope::None:
        break;
    }
    return Permissions::scope(session.role, Action::CustomerRead) == Scope::All;
}

} // namespace

TaskStore::TaskStore(QSqlDatabase db, QDateTime now)
    : m_db(std::move(db))
    , m_now(std::move(now))
    , m_today(m_now.toLocalTime().date())
{}

ServiceStandards TaskStore::standards(const QSqlDatabase& db, const QDate& day)
{
    QHash<QString, QString> values;
    for (const Rule& r : RuleStore(db).rulesInForce(day))
        if (r.ruleSet == QLatin1String("service_standards"))
            values.insert(r.key, r.value);
    return ServiceStandards::fromValues(values);
}

ServiceStandards TaskStore::standards() const
{
    return standards(m_db, m_today);
}

QString TaskStore::titleOf(const Task& task)
{
    if (task.kind != QLatin1String("follow_up") || !task.title.isEmpty())
        return task.title;
    return tr("Follow up: %1 (%2)")
        .arg(ServiceCodes::label(QStringLiteral("purpose"), task.purpose),
             ServiceCodes::label(QStringLiteral("channel"), task.channel));
}

QString TaskStore::visibleClause(const Session& session, QVariantList* binds, StoreError* error)
{
    switch (Permissions::scope(session.role, Action::ServiceWrite)) {
    case Scope::Own:
        binds->append(session.userId);
        binds->append(session.userId);
        return QStringLiteral("(t.assigned_to = ? OR c.rm_user_id = ?)");
    case Scope::Branch:
        binds->append(session.branch);
        return QStringLiteral("t.branch_code = ?");
    case Scope::All:
        return QStringLiteral("1");
    case Scope::None:
        break;
    }
    if (Permissions::scope(session.role, Action::CustomerRead) == Scope::All)
        return QStringLiteral("1");
    fail(error, StoreError::Forbidden, Permissions::refusal(session, Action::ServiceWrite));
    return QString();
}

std::optional<Task> TaskStore::load(qint64 id, StoreError* error) const
{
    QSqlQuery q(m_db);
    q.prepare(selectTasks + QStringLiteral("WHERE t.id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        fail(error, StoreError::Failed, q.lastError().text());
        return std::nullopt;
    }
    if (!q.next()) {
        fail(error, StoreError::NotFound, tr("There is no task %1.").arg(id));
        return std::nullopt;
    }
    return taskFrom(q, Masker::fromRules(m_db));
}

std::optional<Task> TaskStore::find(const Session& session, qint64 id, StoreError* error)
{
    auto task = load(id, error);
    if (!task)
        return std::nullopt;
    if (!visible(session, *task)) {
        // Whether a task outside one's scope exists is not for others to learn.
        fail(error,
             Permissions::allows(session, Action::ServiceWrite) ? StoreError::NotFound
                                                                : StoreError::Forbidden,
             Permissions::allows(session, Action::ServiceWrite)
                 ? tr("There is no task %1 among yours.").arg(id)
                 : Permissions::refusal(session, Action::ServiceWrite));
        return std::nullopt;
    }
    return task;
}

bool TaskStore::mayAct(const Session& session, const Task& task, StoreError* error) const
{
    if (task.assigneeId == session.userId && Permissions::allows(session, Action::ServiceWrite))
        return true;
    if (Permissions::allows(session, Action::ServiceWrite, Target{task.branch, task.assigneeId}))
        return true;
    if (!Permissions::allows(session, Action::ServiceWrite))
        return fail(error, StoreError::Forbidden,
                    Permissions::refusal(session, Action::ServiceWrite));
    return fail(error, StoreError::Forbidden,
                tr("Task %1 is assigned to %2: only they or a supervisor of branch %3 may change "
                   "it.")
                    .arg(task.id)
                    .arg(task.assignee, task.branch));
}

bool TaskStore::canWork(const TaskAssignee& user, const QString& userBranch, const Task& task) const
{
    if (user.role != Role::Rm && user.role != Role::Supervisor)
        return false;
    if (userBranch != task.branch)
        return false;
    if (task.customerId == 0)
        return true;
    const Session as{user.id, user.name, user.role, userBranch};
    return Permissions::allows(as, Action::ServiceWrite, Target{task.branch, task.customerRmId});
}

bool TaskStore::record(const Session& session, const QString& action, const Task& task,
                       const QJsonObject& details, const QString& reason, const QString& sql,
                       const QVariantList& binds, StoreError* error)
{
    if (!m_db.transaction())
        return fail(error, StoreError::Failed, m_db.lastError().text());
    QSqlQuery q(m_db);
    q.prepare(sql);
    QString why;
    if (!Support::exec(q, binds, &why) ||
        !AuditTrail::record(
            m_db, session,
            {action, QStringLiteral("task"), QString::number(task.id), details, reason}, &why) ||
        !m_db.commit()) {
        m_db.rollback();
        return fail(error, StoreError::Failed,
                    tr("Task %1 was not changed: %2")
                        .arg(task.id)
                        .arg(why.isEmpty() ? m_db.lastError().text() : why));
    }
    return true;
}

bool TaskStore::add(const Session& session, const NewTask& task, qint64* id, StoreError* error)
{
    if (!Permissions::allows(session, Action::ServiceWrite))
        return fail(error, StoreError::Forbidden,
                    Permissions::refusal(session, Action::ServiceWrite));
    const QString title = task.title.trimmed();
    if (title.isEmpty() || title.size() > MaximumTitleLength)
        return fail(error, StoreError::Invalid,
                    tr("Give the task a title of 1 to %1 characters.").arg(MaximumTitleLength));
    if (!task.dueOn.isValid() || task.dueOn < m_today)
        return fail(error, StoreError::Invalid,
                    tr("The due date must be a date like %1, today or later.")
                        .arg(m_today.toString(Qt::ISODate)));
    Task draft;
    draft.kind = QStringLiteral("manual");
    draft.title = title;
    draft.dueOn = task.dueOn;
    draft.branch = session.branch;
    if (task.customerId != 0) {
        const auto c = Support::load(m_db, task.customerId, error);
        if (!c || !Support::permitted(session, Action::ServiceWrite, *c, error))
            return false;
        draft.customerId = c->id;
        draft.customerRmId = c->rmUserId;
        draft.branch = c->branch;
    }
    const QString name =
        task.assignee.trimmed().isEmpty() ? session.userName : task.assignee.trimmed();
    const auto user = UserStore(m_db).find(name);
    if (!user || !user->active)
        return fail(error, StoreError::Invalid, tr("There is no active user %1.").arg(name));
    draft.assigneeId = user->id;
    draft.assignee = user->name;
    if (!Permissions::allows(session, Action::ServiceWrite, Target{draft.branch, user->id}))
        return fail(error, StoreError::Forbidden,
                    tr("You may not give tasks to %1: a relationship manager keeps their own "
                       "tasks, a supervisor gives tasks within the branch.")
                        .arg(name));
    if (!canWork({user->id, user->name, user->fullName, user->role}, user->branch, draft))
        return fail(error, StoreError::Invalid,
                    tr("%1 cannot work this task: give it to a relationship manager or "
                       "supervisor of branch %2 who may serve the customer.")
                        .arg(name, draft.branch));
    const QString at = nowText(m_now);
    if (!m_db.transaction())
        return fail(error, StoreError::Failed, m_db.lastError().text());
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO tasks (kind, customer_id, title, branch_code, due_on, assigned_to, "
        "created_by, created_at, updated_at) VALUES ('manual', ?, ?, ?, ?, ?, ?, ?, ?)"));
    QString why;
    const bool inserted = Support::exec(q,
                                        {draft.customerId ? QVariant(draft.customerId) : QVariant(),
                                         title, draft.branch, draft.dueOn.toString(Qt::ISODate),
                                         user->id, session.userName, at, at},
                                        &why);
    draft.id = inserted ? q.lastInsertId().toLongLong() : 0;
    if (!inserted ||
        !AuditTrail::record(m_db, session,
                            {QStringLiteral("task.add"), QStringLiteral("task"),
                             QString::number(draft.id), taskJson(draft), QString()},
                            &why) ||
        !m_db.commit()) {
        m_db.rollback();
        return fail(error, StoreError::Failed, tr("The task was not added: %1").arg(why));
    }
    if (id)
        *id = draft.id;
    return true;
}

QList<Task> TaskStore::list(const Session& session, const TaskFilter& filter, int* total,
                            StoreError* error)
{
    QList<Task> tasks;
    QVariantList binds;
    const QString scope = visibleClause(session, &binds, error);
    if (scope.isEmpty())
        return tasks;
    QStringList where = {scope};
    if (!filter.wholeScope) {
        where << QStringLiteral("t.assigned_to = ?");
        binds << (filter.assigneeId ? filter.assigneeId : session.userId);
    }
    if (!filter.includeDone)
        where << QStringLiteral("t.status = 'open'");
    const QString showOn = QStringLiteral("coalesce(t.snoozed_until, t.due_on)");
    if (filter.overdueOnly) {
        where << showOn + QStringLiteral(" < ?");
        binds << m_today.toString(Qt::ISODate);
    } else if (filter.dueWithinDays >= 0) {
        where << showOn + QStringLiteral(" <= ?");
        binds << m_today.addDays(filter.dueWithinDays).toString(Qt::ISODate);
    }
    if (filter.customerId) {
        where << QStringLiteral("t.customer_id = ?");
        binds << filter.customerId;
    }
    const QString whereSql = QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    if (total) {
        *total = Support::count(m_db,
                                QStringLiteral("SELECT count(*) FROM tasks t LEFT JOIN customers c "
                                               "ON c.id = t.customer_id") +
                                    whereSql,
                                binds);
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(selectTasks + whereSql + QStringLiteral(" ORDER BY ") + showOn +
              QStringLiteral(", t.id LIMIT ?"));
    QString why;
    if (!Support::exec(q, binds + QVariantList{filter.limit > 0 ? filter.limit : -1}, &why)) {
        fail(error, StoreError::Failed, why);
        return tasks;
    }
    const Masker masker = Masker::fromRules(m_db);
    while (q.next())
        tasks.append(taskFrom(q, masker));
    return tasks;
}

bool TaskStore::complete(const Session& session, qint64 id, StoreError* error)
{
    const auto task = find(session, id, error);
    if (!task || !mayAct(session, *task, error))
        return false;
    if (!task->isOpen())
        return fail(error, StoreError::Invalid,
                    tr("Task %1 was already done on %2 by %3.")
                        .arg(id)
                        .arg(task->doneAt.left(10), task->doneBy));
    const QString at = nowText(m_now);
    return record(session, QStringLiteral("task.done"), *task, taskJson(*task), QString(),
                  QStringLiteral("UPDATE tasks SET status = 'done', done_at = ?, done_by = ?, "
                                 "updated_at = ? WHERE id = ? AND status = 'open'"),
                  {at, session.userName, at, id}, error);
}

bool TaskStore::snooze(const Session& session, qint64 id, const QDate& until, const QString& reason,
                       StoreError* error)
{
    const auto task = find(session, id, error);
    if (!task || !mayAct(session, *task, error))
        return false;
    if (!task->isOpen())
        return fail(error, StoreError::Invalid, tr("Task %1 is already done.").arg(id));
    const int maxDays = standards().maxSnoozeDays;
    const QDate latest = m_today.addDays(maxDays);
    const QDate after = qMax(m_today, task->showOn());
    if (!until.isValid() || until <= after || until > latest)
        return fail(error, StoreError::Invalid,
                    tr("Snooze to a date after %1 and no later than %2 (at most %n day(s) ahead, "
                       "the service standard).",
                       nullptr, maxDays)
                        .arg(after.toString(Qt::ISODate), latest.toString(Qt::ISODate)));
    if (reason.trimmed().size() < MinimumReasonLength)
        return fail(
            error, StoreError::Invalid,
            tr("Say why the task waits (at least %1 characters).").arg(MinimumReasonLength));
    QJsonObject details = taskJson(*task);
    details.insert(QStringLiteral("snoozed_until"), until.toString(Qt::ISODate));
    if (task->snoozedUntil.isValid())
        details.insert(QStringLiteral("was_snoozed_until"),
                       task->snoozedUntil.toString(Qt::ISODate));
    return record(session, QStringLiteral("task.snooze"), *task, details, reason.trimmed(),
                  QStringLiteral("UPDATE tasks SET snoozed_until = ?, snooze_reason = ?, "
                                 "updated_at = ? WHERE id = ?"),
                  {until.toString(Qt::ISODate), reason.trimmed(), nowText(m_now), id}, error);
}

QList<TaskAssignee> TaskStore::candidates(const Session& session, qint64 id, StoreError* error)
{
    QList<TaskAssignee> result;
    const auto task = find(session, id, error);
    if (!task || !mayAct(session, *task, error))
        return result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, name, full_name, role, coalesce(branch_code, '') "
                             "FROM users WHERE active = 1 AND branch_code = ? AND id <> ? "
                             "AND role IN ('rm', 'supervisor') ORDER BY name"));
    QString why;
    if (!Support::exec(q, {task->branch, task->assigneeId}, &why)) {
        fail(error, StoreError::Failed, why);
        return result;
    }
    while (q.next()) {
        const TaskAssignee user{q.value(0).toLongLong(), q.value(1).toString(),
                                q.value(2).toString(),
                                roleFromName(q.value(3).toString()).value_or(Role::Rm)};
        if (canWork(user, q.value(4).toString(), *task))
            result.append(user);
    }
    return result;
}

bool TaskStore::reassign(const Session& session, qint64 id, const QString& userName,
                         StoreError* error)
{
    const auto task = find(session, id, error);
    if (!task || !mayAct(session, *task, error))
        return false;
    if (!task->isOpen())
        return fail(error, StoreError::Invalid, tr("Task %1 is already done.").arg(id));
    const auto user = UserStore(m_db).find(userName.trimmed());
    if (!user || !user->active)
        return fail(error, StoreError::Invalid,
                    tr("There is no active user %1.").arg(userName.trimmed()));
    if (user->id == task->assigneeId)
        return fail(error, StoreError::Invalid,
                    tr("Task %1 is already assigned to %2.").arg(id).arg(user->name));
    if (!canWork({user->id, user->name, user->fullName, user->role}, user->branch, *task))
        return fail(error, StoreError::Invalid,
                    task->customerId
                        ? tr("%1 cannot work this task: it goes to the customer's relationship "
                             "manager or a supervisor of branch %2. To hand the customer to "
                             "another relationship manager, a supervisor assigns the customer "
                             "first.")
                              .arg(user->name, task->branch)
                        : tr("%1 cannot work this task: give it to a relationship manager or "
                             "supervisor of branch %2.")
                              .arg(user->name, task->branch));
    QJsonObject details = taskJson(*task);
    details.insert(QStringLiteral("from"), task->assignee);
    details.insert(QStringLiteral("to"), user->name);
    return record(session, QStringLiteral("task.reassign"), *task, details, QString(),
                  QStringLiteral("UPDATE tasks SET assigned_to = ?, updated_at = ? WHERE id = ?"),
                  {user->id, nowText(m_now), id}, error);
}

bool TaskStore::insertFollowUp(QSqlDatabase& db, const Session& session, qint64 customerId,
                               const QString& branch, qint64 interactionId, qint64 assigneeId,
                               const QDate& due, const QString& now, qint64* id, QString* error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO tasks (kind, customer_id, interaction_id, branch_code, due_on, assigned_to, "
        "created_by, created_at, updated_at) VALUES ('follow_up', ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!Support::exec(q,
                       {customerId, interactionId, branch, due.toString(Qt::ISODate), assigneeId,
                        session.userName, now, now},
                       error))
        return false;
    *id = q.lastInsertId().toLongLong();
    return AuditTrail::record(db, session,
                              {QStringLiteral("task.add"), QStringLiteral("task"),
                               QString::number(*id),
                               QJsonObject{{QStringLiteral("kind"), QStringLiteral("follow_up")},
                                           {QStringLiteral("customer"), customerId},
                                           {QStringLiteral("interaction"), interactionId},
                                           {QStringLiteral("due_on"), due.toString(Qt::ISODate)},
                                           {QStringLiteral("assignee_id"), assigneeId}},
                               QString()},
                              error);
}

bool TaskStore::completeMatterFollowUps(QSqlDatabase& db, const Session& session, qint64 matterId,
                                        qint64 byInteraction, const QString& now,
                                        QList<qint64>* completed, QString* error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT t.id FROM tasks t JOIN interactions i ON i.id = "
                             "t.interaction_id WHERE i.matter_id = ? AND t.kind = 'follow_up' "
                             "AND t.status = 'open' ORDER BY t.id"));
    if (!Support::exec(q, {matterId}, error))
        return false;
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    for (const qint64 id : std::as_const(ids)) {
        q.prepare(QStringLiteral("UPDATE tasks SET status = 'done', done_at = ?, done_by = ?, "
                                 "done_interaction_id = ?, updated_at = ? WHERE id = ?"));
        if (!Support::exec(q, {now, session.userName, byInteraction, now, id}, error) ||
            !AuditTrail::record(db, session,
                                {QStringLiteral("task.done"), QStringLiteral("task"),
                                 QString::number(id),
                                 QJsonObject{{QStringLiteral("kind"), QStringLiteral("follow_up")},
                                             {QStringLiteral("by_interaction"), byInteraction}},
                                 QString()},
                                error))
            return false;
        completed->append(id);
    }
    return true;
}

} // namespace rmdesk
