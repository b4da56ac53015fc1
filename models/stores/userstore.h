#pragma once

#include "security/session.h"
#include "stores/storeerror.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace rmdesk {

struct UserRecord
{
    qint64 id = 0;
    QString name;
    QString fullName;
    Role role = Role::Rm;
    QString branch;
    QByteArray publicKey;
    bool active = true;
    bool mustChangePassword = false;
    QString createdAt;
};

struct NewUser
{
    QString name;
    QString fullName;
    Role role = Role::Rm;
    QString branch;
};

// The users table. Every change checks the acting session's permission and writes its audit row
// in the same transaction.
class UserStore
{
    Q_DECLARE_TR_FUNCTIONS(UserStore)

public:
    explicit UserStore(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // Looks a user up by name without a permission check: log-in needs it before a session exists.
    std::optional<UserRecord> find(const QString& name, StoreError* error = nullptr) const;
    QList<UserRecord> list(const Session& session, StoreError* error) const;
    qint64 countActiveAdmins() const;

    // Validates before anything is written; returns the new row's id in *id.
    bool add(const Session& session, const NewUser& user, const QByteArray& publicKey, qint64* id,
             StoreError* error);
    bool setActive(const Session& session, const QString& name, bool active, StoreError* error);
    // A new key pair for the user (password reset, re-enable): optionally forcing a password
    // change.
    bool replaceKey(const Session& session, const QString& name, const QByteArray& publicKey,
                    bool mustChange, const QString& action, StoreError* error);
    // The user changed their own password: the reset flag is cleared.
    bool passwordChanged(const Session& session, StoreError* error);

    static bool validName(const QString& name);
    // Checks the fields of a new user; the message is empty when they are fine.
    QString validate(const NewUser& user) const;

private:
    bool mutate(const Session& session, const QString& name, const QString& sql,
                const QVariantList& binds, const QString& action, const QJsonObject& details,
                StoreError* error);
    QSqlDatabase m_db;
};

} // namespace rmdesk
