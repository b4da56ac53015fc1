#include "userstore.h"

#include "security/permissions.h"
#include "stores/audittrail.h"

#include <QDateTime>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace rmdesk {

namespace {

const QString selectUsers = QStringLiteral(
    "SELECT id, name, full_name, role, coalesce(branch_code, ''), public_key, active, "
    "must_change_password, created_at FROM users ");

UserRecord userFrom(const QSqlQuery& q)
{
    UserRecord u;
    u.id = q.value(0).toLongLong();
    u.name = q.value(1).toString();
    u.fullName = q.value(2).toString();
    u.role = roleFromName(q.value(3).toString()).value_or(Role::Rm);
    u.branch = q.value(4).toString();
    u.publicKey = q.value(5).toByteArray();
    u.active = q.value(6).toBool();
    u.mustChangePassword = q.value(7).toBool();
    u.createdAt = q.value(8).toString();
    return u;
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

bool UserStore::validName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    return pattern.match(name).hasMatch();
}

QString UserStore::validate(const NewUser& user) const
{
    if (!validName(user.name))
        return tr("The user name \"%1\" is not valid: use 1 to 64 letters, digits, '.', '_' or "
                  "'-', starting with a letter or digit.")
            .arg(user.name);
    if ((user.role == Role::Rm || user.role == Role::Supervisor) && user.branch.isEmpty())
        return tr("A %1 works in a branch: give its branch code.").arg(roleName(user.role));
    if (!user.branch.isEmpty() && !validName(user.branch))
        return tr("The branch code \"%1\" is not valid.").arg(user.branch);
    if (user.fullName.size() > 200)
        return tr("The full name is too long (200 characters at most).");
    return QString();
}

std::optional<UserRecord> UserStore::find(const QString& name, StoreError* error) const
{
    QSqlQuery q(m_db);
    q.prepare(selectUsers + QStringLiteral("WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec()) {
        fail(error, StoreError::Failed,
             tr("The users cannot be read: %1").arg(q.lastError().databaseText()));
        return std::nullopt;
    }
    if (!q.next()) {
        fail(error, StoreError::NotFound, tr("There is no user named %1.").arg(name));
        return std::nullopt;
    }
    return userFrom(q);
}

QList<UserRecord> UserStore::list(const Session& session, StoreError* error) const
{
    QList<UserRecord> users;
    if (!Permissions::allows(session, Action::UserManage) &&
        !Permissions::allows(session, Action::AuditRead)) {
        fail(error, StoreError::Forbidden, Permissions::refusal(session, Action::UserManage));
        return users;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(selectUsers + QStringLiteral("ORDER BY name"))) {
        fail(error, StoreError::Failed,
             tr("The users cannot be read: %1").arg(q.lastError().databaseText()));
        return users;
    }
    while (q.next())
        users.append(userFrom(q));
    return users;
}

qint64 UserStore::countActiveAdmins() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT count(*) FROM users WHERE role = 'admin' AND active = 1")) &&
        q.next())
        return q.value(0).toLongLong();
    return 0;
}

bool UserStore::add(const Session& session, const NewUser& user, const QByteArray& publicKey,
                    qint64* id, StoreError* error)
{
    if (!Permissions::allows(session, Action::UserManage))
        return fail(error, StoreError::Forbidden,
                    Permissions::refusal(session, Action::UserManage));
    const QString invalid = validate(user);
    if (!invalid.isEmpty())
        return fail(error, StoreError::Invalid, invalid);
    if (find(user.name))
        return fail(error, StoreError::Invalid,
                    tr("A user named %1 already exists.").arg(user.name));

    if (!m_db.transaction())
        return fail(error, StoreError::Failed, m_db.lastError().text());
    auto rollback = [&](const QString& message) {
        m_db.rollback();
        return fail(error, StoreError::Failed, message);
    };
    QString auditError;
    if (!user.branch.isEmpty()) {
        // A branch is known by its code first; its name can be filled in later.
        QSqlQuery branch(m_db);
        branch.prepare(QStringLiteral("INSERT OR IGNORE INTO branches (code, name) VALUES (?, ?)"));
        branch.addBindValue(user.branch);
        branch.addBindValue(user.branch);
        if (!branch.exec())
            return rollback(branch.lastError().text());
        if (branch.numRowsAffected() > 0 &&
            !AuditTrail::record(m_db, session,
                                {QStringLiteral("branch.add"), QStringLiteral("branch"),
                                 user.branch, QJsonObject{{QStringLiteral("code"), user.branch}},
                                 QString()},
                                &auditError))
            return rollback(auditError);
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO users (name, full_name, role, branch_code, public_key, "
                             "created_at, updated_at) VALUES (?, coalesce(?, ''), ?, ?, ?, ?, ?)"));
    const QString at = now();
    q.addBindValue(user.name);
    q.addBindValue(user.fullName);
    q.addBindValue(roleName(user.role));
    q.addBindValue(user.branch.isEmpty() ? QVariant() : QVariant(user.branch));
    q.addBindValue(publicKey);
    q.addBindValue(at);
    q.addBindValue(at);
    if (!q.exec())
        return rollback(tr("The user could not be added: %1").arg(q.lastError().databaseText()));
    const qint64 newId = q.lastInsertId().toLongLong();
    const QJsonObject details{{QStringLiteral("name"), user.name},
                              {QStringLiteral("full_name"), user.fullName},
                              {QStringLiteral("role"), roleName(user.role)},
                              {QStringLiteral("branch"), user.branch}};
    if (!AuditTrail::record(m_db, session,
                            {QStringLiteral("user.add"), QStringLiteral("user"),
                             QString::number(newId), details, QString()},
                            &auditError))
        return rollback(auditError);
    if (!m_db.commit())
        return rollback(m_db.lastError().text());
    if (id)
        *id = newId;
    return true;
}

bool UserStore::mutate(const Session& session, const QString& name, const QString& sql,
                       const QVariantList& binds, const QString& action, const QJsonObject& details,
                       StoreError* error)
{
    const auto user = find(name, error);
    if (!user)
        return false;
    if (!m_db.transaction())
        return fail(error, StoreError::Failed, m_db.lastError().text());
    QSqlQuery q(m_db);
    q.prepare(sql);
    for (const QVariant& b : binds)
        q.addBindValue(b);
    q.addBindValue(now());
    q.addBindValue(user->id);
    QString auditError;
    if (!q.exec() || !AuditTrail::record(m_db, session,
                                         {action, QStringLiteral("user"), QString::number(user->id),
                                          details, QString()},
                                         &auditError)) {
        const QString why = auditError.isEmpty() ? q.lastError().databaseText() : auditError;
        m_db.rollback();
        return fail(error, StoreError::Failed,
                    tr("The user %1 could not be changed: %2").arg(name, why));
    }
    if (!m_db.commit()) {
        m_db.rollback();
        return fail(error, StoreError::Failed, m_db.lastError().text());
    }
    return true;
}

bool UserStore::setActive(const Session& session, const QString& name, bool active,
                          StoreError* error)
{
    if (!Permissions::allows(session, Action::UserManage))
        return fail(error, StoreError::Forbidden,
                    Permissions::refusal(session, Action::UserManage));
    const auto user = find(name, error);
    if (!user)
        return false;
    if (!active && user->name == session.userName)
        return fail(error, StoreError::Invalid, tr("You cannot disable yourself."));
    if (!active && user->role == Role::Admin && user->active && countActiveAdmins() <= 1)
        return fail(error, StoreError::Invalid,
                    tr("%1 is the last active administrator and cannot be disabled.").arg(name));
    return mutate(
        session, name, QStringLiteral("UPDATE users SET active = ?, updated_at = ? WHERE id = ?"),
        {active ? 1 : 0}, active ? QStringLiteral("user.enable") : QStringLiteral("user.disable"),
        QJsonObject{{QStringLiteral("active"), QJsonObject{{QStringLiteral("old"), user->active},
                                                           {QStringLiteral("new"), active}}}},
        error);
}

bool UserStore::replaceKey(const Session& session, const QString& name, const QByteArray& publicKey,
                           bool mustChange, const QString& action, StoreError* error)
{
    if (name != session.userName && !Permissions::allows(session, Action::UserManage))
        return fail(error, StoreError::Forbidden,
                    Permissions::refusal(session, Action::UserManage));
    return mutate(session, name,
                  QStringLiteral("UPDATE users SET public_key = ?, must_change_password = ?, "
                                 "active = 1, updated_at = ? WHERE id = ?"),
                  {publicKey, mustChange ? 1 : 0}, action,
                  QJsonObject{{QStringLiteral("must_change_password"), mustChange}}, error);
}

bool UserStore::passwordChanged(const Session& session, StoreError* error)
{
    return mutate(session, session.userName,
                  QStringLiteral("UPDATE users SET must_change_password = ?, updated_at = ? "
                                 "WHERE id = ?"),
                  {0}, QStringLiteral("user.change_password"), QJsonObject(), error);
}

} // namespace rmdesk
