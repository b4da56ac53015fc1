#include "agenda.h"

#include "security/masking.h"
#include "security/permissions.h"
#include "stores/lifecyclesupport.h"

#include <QSqlError>
#include <QSqlQuery>

namespace rmdesk {

using lifecycle::Support;

Agenda::Agenda(QSqlDatabase db, QDateTime now)
    : m_db(std::move(db))
    , m_now(std::move(now))
    , m_today(m_now.toLocalTime().date())
    , m_standards(TaskStore::standards(m_db, m_today))
{}

QString Agenda::stateOf(const QDate& due, const QDate& today, int upcomingDays)
{
    if (due < today)
        return QStringLiteral("overdue");
    if (due == today)
        return QStringLiteral("due_today");
    return due <= today.addDays(upcomingDays) ? QStringLiteral("upcoming")
                                              : QStringLiteral("later");
}

bool Agenda::resolveOwner(const Session& session, const AgendaQuery& query, qint64* ownerId,
                          StoreError* error) const
{
    *ownerId = query.userId ? query.userId : session.userId;
    if (query.wholeScope || *ownerId == session.userId)
        return true;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT coalesce(branch_code, '') FROM users WHERE id = ?"));
    q.addBindValue(*ownerId);
    if (!q.exec() || !q.next())
        return fail(error, StoreError::NotFound, tr("There is no user %1.").arg(*ownerId));
    const Action action = Permissions::allows(session, Action::ServiceWrite) ? Action::ServiceWrite
                                                                             : Action::CustomerRead;
    switch (Permissions::scope(session.role, action)) {
    case Scope::All:
        return true;
    case Scope::Branch:
        if (q.value(0).toString() == session.branch)
            return true;
        return fail(error, StoreError::Forbidden,
                    tr("You may look at the tasks of your own branch only."));
    case Scope::Own:
        return fail(error, StoreError::Forbidden,
                    tr("You may look at your own tasks only; a supervisor sees the branch's."));
    case Scope::None:
        break;
    }
    return fail(error, StoreError::Forbidden, Permissions::refusal(session, action));
}

QList<AgendaItem> Agenda::items(const Session& session, const AgendaQuery& query,
                                AgendaCounts* totals, StoreError* error)
{
    QList<AgendaItem> items;
    if (error)
        *error = StoreError();
    qint64 ownerId = 0;
    if (!resolveOwner(session, query, &ownerId, error))
        return items;
    TaskFilter filter;
    filter.assigneeId = ownerId;
    filter.wholeScope = query.wholeScope;
    filter.dueWithinDays = query.dueWithinDays;
    filter.overdueOnly = query.overdueOnly;
    filter.limit = query.limit;
    AgendaCounts counts;
    const QList<Task> tasks = TaskStore(m_db, m_now).list(session, filter, &counts.tasks, error);
    if (error && !error->ok())
        return items;
    for (const Task& t : tasks) {
        AgendaItem item;
        item.kind = t.kind;
        item.task = t;
        item.customerId = t.customerId;
        item.customerName = t.customerName;
        item.due = t.showOn();
        item.state = stateOf(item.due, m_today, m_standards.upcomingDays);
        item.ownerId = t.assigneeId;
        item.owner = t.assignee;
        items.append(item);
    }
    for (const char* kind : {"review", "document_expiry"}) {
        int total = 0;
        items += derived(session, QLatin1String(kind), ownerId, query, &total, error);
        if (error && !error->ok())
            return {};
        (QLatin1String(kind) == QLatin1String("review") ? counts.reviews : counts.documents) =
            total;
    }
    if (totals)
        *totals = counts;
    return items;
}

QList<AgendaItem> Agenda::derived(const Session& session, const QString& kind, qint64 ownerId,
                                  const AgendaQuery& query, int* total, StoreError* error) const
{
    QList<AgendaItem> items;
    QVariantList binds;
    QStringList where = {QStringLiteral("c.status = 'active'")};
    if (query.wholeScope) {
        const QString scope =
            Support::scopeClause(session, Action::CustomerRead, QStringLiteral("c"), &binds, error);
        if (scope.isEmpty())
            return items;
        where << scope;
    } else {
        where << QStringLiteral("c.rm_user_id = ?");
        binds << ownerId;
    }
    const bool review = kind == QLatin1String("review");
    const QString column =
        review ? QStringLiteral("c.next_review_due") : QStringLiteral("c.id_expiry");
    const int days = query.dueWithinDays >= 0 ? query.dueWithinDays
                     : review                 ? m_standards.upcomingDays
                                              : m_standards.documentExpiryNoticeDays;
    if (!review)
        where << QStringLiteral("c.id_expiry IS NOT NULL");
    where << column + (query.overdueOnly ? QStringLiteral(" < ?") : QStringLiteral(" <= ?"));
    binds << (query.overdueOnly ? m_today : m_today.addDays(days)).toString(Qt::ISODate);
    const QString from = QStringLiteral(" FROM customers c LEFT JOIN users u ON u.id = "
                                        "c.rm_user_id WHERE ") +
                         where.join(QStringLiteral(" AND "));
    *total = Support::count(m_db, QStringLiteral("SELECT count(*)") + from, binds);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // The expiry date itself is not read out: only whether it has passed.
    q.prepare(QStringLiteral("SELECT c.id, c.name, c.type, %1, %2 < ?, coalesce(c.rm_user_id, 0), "
                             "coalesce(u.name, '')")
                  .arg(review ? column : QStringLiteral("''"), column) +
              from + QStringLiteral(" ORDER BY ") + column + QStringLiteral(", c.id LIMIT ?"));
    QString why;
    if (!Support::exec(q,
                       QVariantList{m_today.toString(Qt::ISODate)} + binds +
                           QVariantList{query.limit > 0 ? query.limit : -1},
                       &why)) {
        fail(error, StoreError::Failed, why);
        return items;
    }
    const Masker masker = Masker::fromRules(m_db);
    while (q.next()) {
        AgendaItem item;
        item.kind = kind;
        item.customerId = q.value(0).toLongLong();
        item.customerName = masker.mask(
            customerTypeFromName(q.value(2).toString()).value_or(CustomerType::Individual),
            QStringLiteral("name"), q.value(1).toString());
        if (review) {
            item.due = QDate::fromString(q.value(3).toString(), Qt::ISODate);
            item.state = stateOf(item.due, m_today, m_standards.upcomingDays);
        } else {
            item.state =
                q.value(4).toBool() ? QStringLiteral("expired") : QStringLiteral("expiring");
        }
        item.ownerId = q.value(5).toLongLong();
        item.owner = q.value(6).toString();
        items.append(item);
    }
    return items;
}

} // namespace rmdesk
