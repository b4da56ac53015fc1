#pragma once

#include "security/permissions.h"
#include "security/session.h"
#include "security/signinfailures.h"
#include "storage/database.h"
#include "storage/keycrypto.h"
#include "storage/keyring.h"
#include "stores/storeerror.h"
#include "stores/userstore.h"

#include <QCoreApplication>
#include <QStringList>

#include <atomic>
#include <memory>

namespace rmdesk {

struct CheckReport
{
    QStringList problems; // translated, one per finding
    qint64 auditRows = 0;
    bool healthy() const { return problems.isEmpty(); }
};

// An unlocked RM Desk database: the file, its keyring and the signed-in user's session.
// Everything about key slots happens here; what changes rows goes through the stores, which check
// permissions and write the audit trail.
class Vault
{
    Q_DECLARE_TR_FUNCTIONS(Vault)

public:
    static constexpr int MinimumPasswordLength = 8;
    static constexpr int MaximumPasswordLength = 1024;

    // Creates NAME.rmdb and NAME.rmdb.keyring with one administrator; *recoveryKey receives the
    // recovery key, to be shown once.
    static std::unique_ptr<Vault> create(const QString& path, const QString& adminName,
                                         const SecretBytes& adminPassword, KdfProfile profile,
                                         SecretBytes* recoveryKey, StoreError* error);
    // A wrong password or unknown user touches no file.
    static std::unique_ptr<Vault> login(const QString& path, const QString& userName,
                                        const SecretBytes& password, StoreError* error);
    // Opens with the recovery key, acting as an administrator named "recovery".
    static std::unique_ptr<Vault> recover(const QString& path, const SecretBytes& recoveryKey,
                                          StoreError* error);
    ~Vault();

    static QString passwordProblem(const SecretBytes& password);

    Database& database() { return *m_db; }
    const Session& session() const { return m_session; }
    QString path() const { return m_path; }
    bool mustChangePassword() const { return m_mustChange; }

    // True when `password` is the signed-in user's (for unlocking after an idle lock). Touches no
    // file and writes nothing.
    bool verifyPassword(const SecretBytes& password) const;
    bool changePassword(const SecretBytes& newPassword, KdfProfile profile, StoreError* error);
    bool addUser(const NewUser& user, const SecretBytes& password, KdfProfile profile,
                 StoreError* error);
    // Key slots for new users who are all given the same password (the demo generator's staff),
    // made ahead: pure crypto that writes nothing and may run on another thread (while the vault
    // is neither rekeyed nor closed). One Argon2id derivation (salt and parameters) serves every
    // slot, each with a key pair of its own: a salt per slot would only make an attacker run the
    // derivation once per slot, and a password that opens one of these slots opens all of them
    // anyway. A user who then changes the password (or has it reset) gets a fresh salt. Empty
    // list and *error set when the password is refused.
    QList<KeySlot> prepareUserSlots(const QStringList& userNames, const SecretBytes& password,
                                    KdfProfile profile, StoreError* error) const;
    // Adds users whose slots came from prepareUserSlots (same names, same order), inside the
    // caller's open transaction (a bulk loader's, which may refer to the rows before they
    // exist, foreign keys off): the checks of addUser, every slot written to the keyring
    // before any row, then the rows with the given ids and their user.add audit rows. When the
    // caller rolls back it calls removeUserSlots (a slot without a user row opens nothing).
    bool addPreparedUsers(const QList<NewUser>& users, const QList<KeySlot>& prepared,
                          const QList<qint64>& ids, StoreError* error);
    bool removeUserSlots(const QStringList& userNames, StoreError* error);
    // Another user's new password, chosen by an administrator: a new key pair, and the user must
    // choose their own password at the next log-in.
    bool resetPassword(const QString& userName, const SecretBytes& newPassword, KdfProfile profile,
                       StoreError* error, bool mustChange = true);
    bool disableUser(const QString& userName, StoreError* error);
    bool enableUser(const QString& userName, const SecretBytes& newPassword, KdfProfile profile,
                    StoreError* error);
    bool rekey(StoreError* error);
    // May run on a worker thread (it uses that thread's connection); *cancel: see
    // Database::exportCopy.
    bool backup(const QString& target, StoreError* error,
                const std::atomic<bool>* cancel = nullptr);
    CheckReport check(StoreError* error);
    // For a file too damaged to sign in to: with a password that opens a slot, reports what is
    // wrong with the pages (no user or audit checks, since those tables may be unreadable).
    static CheckReport checkDamaged(const QString& path, const QString& userName,
                                    const SecretBytes& password, StoreError* error);
    // Records failed log-ins (login.failed audit rows; `more`: failures beyond the list, counted
    // in one more row). login() records those waiting in SignInFailures by itself.
    bool recordFailedLogins(const QList<FailedSignIn>& failures, int more, QString* error);
    void logout();

private:
    Vault(QString path, std::unique_ptr<Database> db, Session session, KeyPair keys);
    static std::unique_ptr<Vault> openWithSlot(const QString& path, const Keyring& keyring,
                                               const KeySlot& slot, const KeyPair& keys,
                                               StoreError* error);
    KeySlot makeUserSlot(const QString& userName, const SecretBytes& password, KdfProfile profile,
                         KeyPair* keys, StoreError* error) const;
    KeySlot sealUserSlot(const QString& userName, const KdfParams& kdf, const SecretBytes& wrapping,
                         const KeyPair& keys) const;
    static QString kdfRefusal(const KdfParams& kdf);
    // addUser after its checks: the slot into the keyring, then the row (and its audit).
    bool addCheckedUser(const NewUser& user, const KeySlot& slot, StoreError* error);
    // A fresh key pair and slot for another user (reset, re-enable), then the row's public key.
    bool giveNewKeyPair(const QString& userName, const SecretBytes& newPassword, KdfProfile profile,
                        bool mustChange, const QString& action, StoreError* error);
    bool loadKeyring(Keyring* keyring, StoreError* error) const;
    bool saveKeyring(const Keyring& keyring, StoreError* error) const;
    bool requireAdmin(Action action, StoreError* error) const;
    bool audit(const QString& action, const QString& entity, const QJsonObject& details,
               StoreError* error);

    QString m_path;
    std::unique_ptr<Database> m_db;
    Session m_session;
    KeyPair m_keys; // the signed-in user's (or the recovery) key pair
    bool m_mustChange = false;
    bool m_loggedOut = false;
};

} // namespace rmdesk
