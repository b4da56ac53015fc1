// Users added in bulk (the demo generator's staff): their key slots made ahead, then the slots
// and rows in the caller's transaction.
#include "vault.h"

#include "stores/audittrail.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace rmdesk {

QList<KeySlot> Vault::prepareUserSlots(const QStringList& userNames, const SecretBytes& password,
                                       KdfProfile profile, StoreError* error) const
{
    const QString weak = passwordProblem(password);
    if (!weak.isEmpty()) {
        fail(error, StoreError::Invalid, weak);
        return {};
    }
    const KdfParams kdf = newKdfParams(profile);
    SecretBytes wrapping;
    if (!deriveKey(password, kdf, &wrapping)) {
        fail(error, StoreError::Failed, kdfRefusal(kdf));
        return {};
    }
    QList<KeySlot> made;
    made.reserve(userNames.size());
    for (const QString& name : userNames)
        made.append(sealUserSlot(name, kdf, wrapping, generateKeyPair()));
    return made;
}

bool Vault::addPreparedUsers(const QList<NewUser>& users, const QList<KeySlot>& prepared,
                             const QList<qint64>& ids, StoreError* error)
{
    if (!requireAdmin(Action::UserManage, error))
        return false;
    if (prepared.size() != users.size() || ids.size() != users.size())
        return fail(error, StoreError::Invalid,
                    tr("Every new user needs one key slot and one id."));
    QSqlDatabase db = m_db->connection();
    UserStore store(db);
    for (int i = 0; i < users.size(); ++i) {
        const NewUser& user = users[i];
        const QString invalid = store.validate(user);
        if (!invalid.isEmpty())
            return fail(error, StoreError::Invalid, invalid);
        if (store.find(user.name))
            return fail(error, StoreError::Invalid,
                        tr("A user named %1 already exists.").arg(user.name));
        const KeySlot& slot = prepared[i];
        if (slot.kind != KeySlot::User || slot.user != user.name || slot.publicKey.size() != 32 ||
            slot.privateKey.isEmpty() || slot.sealedKey.isEmpty())
            return fail(
                error, StoreError::Invalid,
                tr("The key slot prepared for %1 is not one for that user.").arg(user.name));
    }
    if (users.isEmpty())
        return true;
    Keyring keyring;
    if (!loadKeyring(&keyring, error))
        return false;
    for (const KeySlot& slot : prepared)
        keyring.setSlot(slot);
    // The slots are written first: a slot without a user row opens nothing.
    if (!saveKeyring(keyring, error))
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO users (id, name, full_name, role, branch_code, "
                             "public_key, created_at, updated_at) "
                             "VALUES (?, ?, coalesce(?, ''), ?, ?, ?, ?, ?)"));
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (int i = 0; i < users.size(); ++i) {
        const NewUser& user = users[i];
        q.addBindValue(ids[i]);
        q.addBindValue(user.name);
        q.addBindValue(user.fullName);
        q.addBindValue(roleName(user.role));
        q.addBindValue(user.branch.isEmpty() ? QVariant() : QVariant(user.branch));
        q.addBindValue(prepared[i].publicKey);
        q.addBindValue(at);
        q.addBindValue(at);
        if (!q.exec())
            return fail(error, StoreError::Failed,
                        tr("The user could not be added: %1").arg(q.lastError().databaseText()));
        const QJsonObject details{{QStringLiteral("name"), user.name},
                                  {QStringLiteral("full_name"), user.fullName},
                                  {QStringLiteral("role"), roleName(user.role)},
                                  {QStringLiteral("branch"), user.branch}};
        QString why;
        if (!AuditTrail::record(db, m_session,
                                {QStringLiteral("user.add"), QStringLiteral("user"),
                                 QString::number(ids[i]), details, QString()},
                                &why))
            return fail(error, StoreError::Failed, why);
    }
    return true;
}

bool Vault::removeUserSlots(const QStringList& userNames, StoreError* error)
{
    if (userNames.isEmpty())
        return true;
    Keyring keyring;
    if (!loadKeyring(&keyring, error))
        return false;
    for (const QString& name : userNames)
        keyring.removeUserSlot(name);
    return saveKeyring(keyring, error);
}

} // namespace rmdesk
