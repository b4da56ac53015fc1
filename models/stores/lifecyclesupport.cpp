#include "lifecyclesupport.h"

#include <QSqlError>
#include <QSqlRecord>

namespace rmdesk::lifecycle {

std::optional<StoredCustomer> Support::load(const QSqlDatabase& db, qint64 id, StoreError* error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT * FROM customers WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        fail(error, StoreError::Failed, q.lastError().text());
        return std::nullopt;
    }
    if (!q.next()) {
        fail(error, StoreError::NotFound, tr("There is no customer %1.").arg(id));
        return std::nullopt;
    }
    StoredCustomer c;
    const QSqlRecord rec = q.record();
    for (int i = 0; i < rec.count(); ++i) {
        const QVariant v = q.value(i);
        c.values.insert(rec.fieldName(i), v.isNull() ? QString() : v.toString());
        c.json.insert(rec.fieldName(i), QJsonValue::fromVariant(v));
    }
    c.id = id;
    c.type = customerTypeFromName(c.value("type")).value_or(CustomerType::Individual);
    c.branch = c.value("branch_code");
    c.rmUserId = c.value("rm_user_id").toLongLong();
    return c;
}

bool Support::permitted(const Session& session, Action action, const StoredCustomer& c,
                        StoreError* error)
{
    if (Permissions::allows(session, action, c.target()))
        return true;
    if (!Permissions::allows(session, action))
        return fail(error, StoreError::Forbidden, Permissions::refusal(session, action));
    return fail(error, StoreError::Forbidden,
                tr("Customer %1 is not in your %2: you may not %3 outside it.")
                    .arg(c.id)
                    .arg(Permissions::scope(session.role, action) == Scope::Own
                             ? tr("book of customers")
                             : tr("branch"),
                         Permissions::actionName(action)));
}

QString Support::scopeClause(const Session& session, Action action, const QString& alias,
                             QVariantList* binds, StoreError* error)
{
    switch (Permissions::scope(session.role, action)) {
    case Scope::Own:
        binds->append(session.userId);
        return alias + QStringLiteral(".rm_user_id = ?");
    case Scope::Branch:
        binds->append(session.branch);
        return alias + QStringLiteral(".branch_code = ?");
    case Scope::All:
        return QStringLiteral("1");
    case Scope::None:
        break;
    }
    fail(error, StoreError::Forbidden, Permissions::refusal(session, action));
    return QString();
}

bool Support::exec(QSqlQuery& q, const QVariantList& binds, QString* error)
{
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

int Support::count(const QSqlDatabase& db, const QString& sql, const QVariantList& binds)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    if (!exec(q, binds, nullptr) || !q.next())
        return 0;
    return q.value(0).toInt();
}

} // namespace rmdesk::lifecycle
