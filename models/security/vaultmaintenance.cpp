// The administrator's key and file operations of Vault: rekey, backup and the health check.
#include "vault.h"

#include "security/permissions.h"
#include "storage/keyprovider.h"
#include "stores/audittrail.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

namespace rmdesk {

bool Vault::rekey(StoreError* error)
{
    if (!requireAdmin(Action::KeyRekey, error))
        return false;
    Keyring keyring;
    if (!loadKeyring(&keyring, error))
        return false;
    const SecretBytes newKey = SecretBytes::random(32);
    // 1. Every remaining slot also gets the new key, so no crash between the steps locks anyone
    // out.
    QList<KeySlot> all = keyring.slotList();
    for (KeySlot& s : all)
        s.sealedNextKey = sealTo(s.publicKey, newKey);
    keyring.setSlotList(all);
    if (!saveKeyring(keyring, error))
        return false;
    // 2. The file itself.
    QString why;
    if (!m_db->rekey(newKey, &why)) {
        for (KeySlot& s : all)
            s.sealedNextKey.clear();
        keyring.setSlotList(all);
        StoreError ignored;
        saveKeyring(keyring, &ignored);
        return fail(error, StoreError::Failed, why);
    }
    // 3. The new key becomes the only one.
    for (KeySlot& s : all) {
        s.sealedKey = s.sealedNextKey;
        s.sealedNextKey.clear();
    }
    keyring.setSlotList(all);
    if (!saveKeyring(keyring, error))
        return false;
    return audit(QStringLiteral("key.rekey"), QStringLiteral("database"),
                 QJsonObject{{QStringLiteral("slots"), int(all.size())}}, error);
}

bool Vault::backup(const QString& target, StoreError* error, const std::atomic<bool>* cancel)
{
    if (!requireAdmin(Action::BackupCreate, error))
        return false;
    const QString targetKeyring = Keyring::pathFor(target);
    if (QFileInfo::exists(target) || QFileInfo::exists(targetKeyring))
        return fail(error, StoreError::Invalid,
                    tr("%1 already exists; choose a new file name for the backup.")
                        .arg(QFileInfo::exists(target) ? target : targetKeyring));
    Keyring keyring;
    if (!loadKeyring(&keyring, error))
        return false;
    QString why;
    bool cancelled = false;
    if (!m_db->exportCopy(target, &why, cancel, &cancelled))
        return fail(error, StoreError::Failed,
                    cancelled ? tr("The backup was cancelled; no copy was left behind.") : why);
    if (!keyring.save(targetKeyring, &why)) {
        QFile::remove(target);
        return fail(error, StoreError::Failed, why);
    }
    // Recorded once the copy exists (so the copy itself does not hold this row).
    return audit(QStringLiteral("backup.create"), QStringLiteral("database"),
                 QJsonObject{{QStringLiteral("file"), QFileInfo(target).absoluteFilePath()}},
                 error);
}

CheckReport Vault::check(StoreError* error)
{
    CheckReport report;
    if (!requireAdmin(Action::AuditVerify, error))
        return report;
    QSqlDatabase db = m_db->connection();
    report.problems << m_db->integrityProblems();

    // One slot per active user, with that user's public key.
    Keyring keyring;
    StoreError keyringError;
    if (!loadKeyring(&keyring, &keyringError)) {
        report.problems << keyringError.message;
    } else {
        StoreError usersError;
        const QList<UserRecord> users = UserStore(db).list(m_session, &usersError);
        if (!usersError.ok())
            report.problems << usersError.message;
        for (const UserRecord& u : users) {
            const KeySlot* slot = keyring.userSlot(u.name);
            if (u.active && !slot)
                report.problems << tr("The active user %1 has no key slot.").arg(u.name);
            else if (u.active && slot->publicKey != u.publicKey)
                report.problems
                    << tr("The key slot of %1 does not match the user's key.").arg(u.name);
            else if (!u.active && slot)
                report.problems << tr("The disabled user %1 still has a key slot.").arg(u.name);
        }
        for (const KeySlot& s : keyring.slotList()) {
            const bool known = std::any_of(users.cbegin(), users.cend(),
                                           [&](const UserRecord& u) { return u.name == s.user; });
            if (s.kind == KeySlot::User && !known)
                report.problems
                    << tr("The keyring has a slot for %1, who is not a user.").arg(s.user);
            if (!s.sealedNextKey.isEmpty())
                report.problems << tr("A key change was interrupted; sign in once to finish it.");
        }
        if (!keyring.recoverySlot())
            report.problems << tr("The keyring has no recovery slot.");
    }

    const AuditVerification audit = AuditTrail::verify(db);
    report.auditRows = audit.rowsChecked;
    if (!audit.ok)
        report.problems << audit.problem;
    report.problems.removeDuplicates();
    return report;
}

CheckReport Vault::checkDamaged(const QString& path, const QString& userName,
                                const SecretBytes& password, StoreError* error)
{
    CheckReport report;
    Keyring keyring;
    QString why;
    if (!Keyring::load(Keyring::pathFor(path), &keyring, &why)) {
        fail(error, StoreError::Unreadable, why);
        return report;
    }
    const KeySlot* slot = keyring.userSlot(userName);
    KeyPair keys;
    SecretBytes wrapping;
    SecretBytes dbKey;
    if (!slot || !deriveKey(password, slot->kdf, &wrapping) ||
        !decryptSecret(wrapping, slot->privateKey, &keys.secretKey)) {
        fail(error, StoreError::Auth, tr("Unknown user or wrong password."));
        return report;
    }
    keys.publicKey = slot->publicKey;
    if (!unseal(slot->sealedKey, keys, &dbKey)) {
        fail(error, StoreError::Unreadable,
             tr("The keyring %1 is damaged: the database key in your slot cannot be unsealed.")
                 .arg(Keyring::pathFor(path)));
        return report;
    }
    MemoryKeyProvider provider(std::move(dbKey));
    DbError dbError;
    std::unique_ptr<Database> db = Database::open(path, provider, &dbError);
    if (!db) {
        fail(error, dbError.kind == DbError::Damaged ? StoreError::Damaged : StoreError::Unreadable,
             dbError.message);
        if (dbError.kind == DbError::Damaged)
            report.problems << dbError.message;
        return report;
    }
    report.problems << db->integrityProblems();
    if (report.problems.isEmpty())
        report.problems << tr("The users table cannot be read, though no damaged page was found.");
    return report;
}

} // namespace rmdesk
