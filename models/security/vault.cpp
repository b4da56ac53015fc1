#include "vault.h"

#include "security/permissions.h"
#include "storage/keyprovider.h"
#include "stores/audittrail.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace rmdesk {

namespace {

StoreError::Kind kindFor(const DbError& e)
{
    switch (e.kind) {
    case DbError::Failed:
        return StoreError::Failed;
    case DbError::Damaged:
        return StoreError::Damaged;
    default:
        return StoreError::Unreadable;
    }
}

QString wrongCredentials()
{
    return Vault::tr("Unknown user or wrong password.");
}

} // namespace

Vault::Vault(QString path, std::unique_ptr<Database> db, Session session, KeyPair keys)
    : m_path(std::move(path))
    , m_db(std::move(db))
    , m_session(std::move(session))
    , m_keys(std::move(keys))
{}

Vault::~Vault() = default;

QString Vault::passwordProblem(const SecretBytes& password)
{
    if (password.size() < std::size_t(MinimumPasswordLength))
        return tr("The password is too short: use at least %1 characters.")
            .arg(MinimumPasswordLength);
    if (password.size() > std::size_t(MaximumPasswordLength))
        return tr("The password is too long: use at most %1 characters.")
            .arg(MaximumPasswordLength);
    return QString();
}

KeySlot Vault::makeUserSlot(const QString& userName, const SecretBytes& password,
                            KdfProfile profile, KeyPair* keys, StoreError* error) const
{
    const KdfParams kdf = newKdfParams(profile);
    SecretBytes wrapping;
    if (!deriveKey(password, kdf, &wrapping)) {
        fail(error, StoreError::Failed, kdfRefusal(kdf));
        return KeySlot();
    }
    return sealUserSlot(userName, kdf, wrapping, *keys);
}

QString Vault::kdfRefusal(const KdfParams& kdf)
{
    return tr("Not enough memory to protect the password with the %1 profile; choose a lighter "
              "one.")
        .arg(kdf.profile);
}

KeySlot Vault::sealUserSlot(const QString& userName, const KdfParams& kdf,
                            const SecretBytes& wrapping, const KeyPair& keys) const
{
    KeySlot slot;
    slot.kind = KeySlot::User;
    slot.user = userName;
    slot.kdf = kdf;
    slot.publicKey = keys.publicKey;
    slot.privateKey = encryptSecret(wrapping, keys.secretKey);
    if (m_db)
        slot.sealedKey = sealTo(keys.publicKey, m_db->key());
    return slot;
}

bool Vault::loadKeyring(Keyring* keyring, StoreError* error) const
{
    QString why;
    if (!Keyring::load(Keyring::pathFor(m_path), keyring, &why))
        return fail(error, StoreError::Unreadable, why);
    return true;
}

bool Vault::saveKeyring(const Keyring& keyring, StoreError* error) const
{
    QString why;
    if (!keyring.save(Keyring::pathFor(m_path), &why))
        return fail(error, StoreError::Failed, why);
    return true;
}

bool Vault::requireAdmin(Action action, StoreError* error) const
{
    if (!Permissions::allows(m_session, action))
        return fail(error, StoreError::Forbidden, Permissions::refusal(m_session, action));
    return true;
}

bool Vault::audit(const QString& action, const QString& entity, const QJsonObject& details,
                  StoreError* error)
{
    QSqlDatabase db = m_db->connection();
    QString why;
    if (!AuditTrail::recordAlone(db, m_session, {action, entity, QString(), details, QString()},
                                 &why))
        return fail(error, StoreError::Failed, why);
    return true;
}

std::unique_ptr<Vault> Vault::create(const QString& path, const QString& adminName,
                                     const SecretBytes& adminPassword, KdfProfile profile,
                                     SecretBytes* recoveryKey, StoreError* error)
{
    if (!UserStore::validName(adminName)) {
        fail(error, StoreError::Invalid,
             tr("The user name \"%1\" is not valid: use 1 to 64 letters, digits, '.', '_' or "
                "'-', starting with a letter or digit.")
                 .arg(adminName));
        return nullptr;
    }
    const QString weak = passwordProblem(adminPassword);
    if (!weak.isEmpty()) {
        fail(error, StoreError::Invalid, weak);
        return nullptr;
    }
    const QString keyringPath = Keyring::pathFor(path);
    if (QFileInfo::exists(path) || QFileInfo::exists(keyringPath)) {
        fail(error, StoreError::Invalid,
             tr("%1 already exists. Choose another name, or open it instead.")
                 .arg(QFileInfo::exists(path) ? path : keyringPath));
        return nullptr;
    }
    MemoryKeyProvider keys;
    DbError dbError;
    std::unique_ptr<Database> db = Database::create(path, keys, &dbError);
    if (!db) {
        fail(error, StoreError::Failed, dbError.message);
        return nullptr;
    }
    auto discard = [&](const StoreError& e) {
        db.reset();
        QFile::remove(path);
        QFile::remove(keyringPath);
        for (const QString& f : Database::siblingFiles(path))
            QFile::remove(f);
        if (error)
            *error = e;
        return nullptr;
    };

    Session session{0, adminName, Role::Admin, QString()};
    KeyPair adminKeys = generateKeyPair();
    std::unique_ptr<Vault> vault(new Vault(path, std::move(db), session, KeyPair()));
    StoreError e;
    KeySlot adminSlot = vault->makeUserSlot(adminName, adminPassword, profile, &adminKeys, &e);
    if (!e.ok())
        return discard(e);

    const SecretBytes seed = SecretBytes::random(32);
    const KeyPair recoveryKeys = keyPairFromSeed(seed);
    KeySlot recoverySlot;
    recoverySlot.kind = KeySlot::Recovery;
    recoverySlot.publicKey = recoveryKeys.publicKey;
    recoverySlot.sealedKey = sealTo(recoveryKeys.publicKey, vault->m_db->key());

    Keyring keyring;
    keyring.setSlot(adminSlot);
    keyring.setSlot(recoverySlot);
    if (!vault->saveKeyring(keyring, &e))
        return discard(e);

    QSqlDatabase c = vault->m_db->connection();
    UserStore users(c);
    qint64 id = 0;
    QString why;
    if (!AuditTrail::recordAlone(c, session,
                                 {QStringLiteral("database.create"), QStringLiteral("database"),
                                  QFileInfo(path).fileName(),
                                  QJsonObject{{QStringLiteral("kdf"), kdfProfileName(profile)}},
                                  QString()},
                                 &why))
        return discard(StoreError::make(StoreError::Failed, why));
    if (!users.add(session, {adminName, QString(), Role::Admin, QString()}, adminKeys.publicKey,
                   &id, &e))
        return discard(e);
    vault->m_session.userId = id;
    vault->m_keys = std::move(adminKeys);
    *recoveryKey = formatRecoveryKey(seed);
    return vault;
}

std::unique_ptr<Vault> Vault::openWithSlot(const QString& path, const Keyring& keyring,
                                           const KeySlot& slot, const KeyPair& keys,
                                           StoreError* error)
{
    SecretBytes dbKey;
    if (!unseal(slot.sealedKey, keys, &dbKey)) {
        fail(error, StoreError::Unreadable,
             tr("The keyring %1 is damaged: the database key in your slot cannot be unsealed.")
                 .arg(Keyring::pathFor(path)));
        return nullptr;
    }
    MemoryKeyProvider provider(std::move(dbKey));
    DbError dbError;
    std::unique_ptr<Database> db = Database::open(path, provider, &dbError);
    bool finishRekey = false;
    if (!db && dbError.kind == DbError::Unreadable && !slot.sealedNextKey.isEmpty()) {
        // A rekey stopped after the file was rewritten but before the keyring was: use the new key.
        SecretBytes next;
        if (unseal(slot.sealedNextKey, keys, &next)) {
            MemoryKeyProvider nextProvider(std::move(next));
            db = Database::open(path, nextProvider, &dbError);
            finishRekey = db != nullptr;
        }
    }
    if (!db) {
        fail(error, kindFor(dbError), dbError.message);
        return nullptr;
    }
    if (finishRekey || !slot.sealedNextKey.isEmpty()) {
        // Settle the keyring on whichever key opened the file.
        Keyring settled = keyring;
        QList<KeySlot> all = settled.slotList();
        for (KeySlot& s : all) {
            if (finishRekey && !s.sealedNextKey.isEmpty())
                s.sealedKey = s.sealedNextKey;
            s.sealedNextKey.clear();
        }
        settled.setSlotList(all);
        QString why;
        settled.save(Keyring::pathFor(path), &why);
    }
    return std::unique_ptr<Vault>(new Vault(path, std::move(db), Session(), KeyPair()));
}

std::unique_ptr<Vault> Vault::login(const QString& path, const QString& userName,
                                    const SecretBytes& password, StoreError* error)
{
    if (!QFileInfo(path).isFile()) {
        fail(error, StoreError::Unreadable,
             tr("The database file %1 does not exist. Check the path, or create a new database.")
                 .arg(path));
        return nullptr;
    }
    Keyring keyring;
    QString why;
    if (!Keyring::load(Keyring::pathFor(path), &keyring, &why)) {
        fail(error, StoreError::Unreadable, why);
        return nullptr;
    }
    const KeySlot* slot = keyring.userSlot(userName);
    KeyPair keys;
    SecretBytes wrapping;
    if (!slot) {
        // Spend the same effort as for a real user, so timing does not tell which names exist.
        for (const KeySlot& other : keyring.slotList()) {
            if (other.kind == KeySlot::User) {
                KdfParams decoy = other.kdf;
                decoy.salt = newKdfParams(KdfProfile::Interactive).salt;
                deriveKey(password, decoy, &wrapping);
                break;
            }
        }
        SignInFailures::note(path, {QDateTime::currentDateTimeUtc(), QString()});
        fail(error, StoreError::Auth, wrongCredentials());
        return nullptr;
    }
    auto refuse = [&](const QString& why) {
        SignInFailures::note(path, {QDateTime::currentDateTimeUtc(), userName});
        fail(error, StoreError::Auth, why);
        return nullptr;
    };
    if (!deriveKey(password, slot->kdf, &wrapping) ||
        !decryptSecret(wrapping, slot->privateKey, &keys.secretKey))
        return refuse(wrongCredentials());
    keys.publicKey = slot->publicKey;
    std::unique_ptr<Vault> vault = openWithSlot(path, keyring, *slot, keys, error);
    if (!vault)
        return nullptr;

    StoreError e;
    const auto user = UserStore(vault->m_db->connection()).find(userName, &e);
    if (!user && e.kind != StoreError::NotFound) {
        fail(error, StoreError::Damaged,
             tr("The database %1 is damaged: %2 Run 'rmdesk-cli check' and restore it from a "
                "backup.")
                 .arg(path, e.message));
        return nullptr;
    }
    if (!user || !user->active)
        return refuse(
            tr("The user %1 is disabled or unknown. Ask an administrator.").arg(userName));
    if (user->publicKey != slot->publicKey)
        return refuse(tr("The keyring's slot for %1 does not belong to that user: log-in "
                         "refused. Restore the keyring from a backup or ask an administrator.")
                          .arg(userName));
    vault->m_session = Session{user->id, user->name, user->role, user->branch};
    vault->m_keys = std::move(keys);
    vault->m_mustChange = user->mustChangePassword;
    if (!vault->audit(QStringLiteral("login"), QStringLiteral("session"), QJsonObject(), error))
        return nullptr;
    SignInFailures::Claim waiting(path);
    if (!waiting.failures().isEmpty() || waiting.more() > 0) {
        QString why;
        if (vault->recordFailedLogins(waiting.failures(), waiting.more(), &why))
            waiting.done(); // otherwise they wait for the next sign-in
    }
    return vault;
}

std::unique_ptr<Vault> Vault::recover(const QString& path, const SecretBytes& recoveryKey,
                                      StoreError* error)
{
    Keyring keyring;
    QString why;
    if (!QFileInfo(path).isFile() || !Keyring::load(Keyring::pathFor(path), &keyring, &why)) {
        fail(error, StoreError::Unreadable,
             why.isEmpty() ? tr("The database file %1 does not exist.").arg(path) : why);
        return nullptr;
    }
    SecretBytes seed;
    const KeySlot* slot = keyring.recoverySlot();
    if (!parseRecoveryKey(recoveryKey, &seed)) {
        fail(error, StoreError::Auth,
             tr("That is not a recovery key: it has 52 letters and digits in groups of four."));
        return nullptr;
    }
    KeyPair keys = keyPairFromSeed(seed);
    if (!slot || slot->publicKey != keys.publicKey) {
        fail(error, StoreError::Auth, tr("This recovery key does not open %1.").arg(path));
        return nullptr;
    }
    std::unique_ptr<Vault> vault = openWithSlot(path, keyring, *slot, keys, error);
    if (!vault)
        return nullptr;
    vault->m_session = Session{0, QStringLiteral("recovery"), Role::Admin, QString()};
    vault->m_keys = std::move(keys);
    if (!vault->audit(QStringLiteral("login.recovery"), QStringLiteral("session"), QJsonObject(),
                      error))
        return nullptr;
    return vault;
}

bool Vault::verifyPassword(const SecretBytes& password) const
{
    Keyring keyring;
    QString why;
    if (m_session.userId == 0 || !Keyring::load(Keyring::pathFor(m_path), &keyring, &why))
        return false;
    const KeySlot* slot = keyring.userSlot(m_session.userName);
    SecretBytes wrapping;
    SecretBytes secret;
    return slot && slot->publicKey == m_keys.publicKey &&
           deriveKey(password, slot->kdf, &wrapping) &&
           decryptSecret(wrapping, slot->privateKey, &secret) && secret.equals(m_keys.secretKey);
}

bool Vault::changePassword(const SecretBytes& newPassword, KdfProfile profile, StoreError* error)
{
    if (m_session.userId == 0)
        return fail(error, StoreError::Invalid,
                    tr("The recovery key has no password; reset an administrator's password "
                       "instead."));
    const QString weak = passwordProblem(newPassword);
    if (!weak.isEmpty())
        return fail(error, StoreError::Invalid, weak);
    Keyring keyring;
    if (!loadKeyring(&keyring, error))
        return false;
    const KeySlot* old = keyring.userSlot(m_session.userName);
    if (!old)
        return fail(error, StoreError::Unreadable,
                    tr("Your key slot is missing from the keyring."));
    const KeySlot previous = *old;
    KeySlot slot = makeUserSlot(m_session.userName, newPassword, profile, &m_keys, error);
    if (slot.publicKey.isEmpty())
        return false;
    keyring.setSlot(slot);
    if (!saveKeyring(keyring, error))
        return false;
    if (!UserStore(m_db->connection()).passwordChanged(m_session, error)) {
        keyring.setSlot(previous);
        StoreError ignored;
        saveKeyring(keyring, &ignored);
        return false;
    }
    m_mustChange = false;
    return true;
}

bool Vault::addUser(const NewUser& user, const SecretBytes& password, KdfProfile profile,
                    StoreError* error)
{
    if (!requireAdmin(Action::UserManage, error))
        return false;
    UserStore users(m_db->connection());
    const QString invalid = users.validate(user);
    if (!invalid.isEmpty())
        return fail(error, StoreError::Invalid, invalid);
    if (users.find(user.name))
        return fail(error, StoreError::Invalid,
                    tr("A user named %1 already exists.").arg(user.name));
    const QString weak = passwordProblem(password);
    if (!weak.isEmpty())
        return fail(error, StoreError::Invalid, weak);
    KeyPair keys = generateKeyPair();
    const KeySlot slot = makeUserSlot(user.name, password, profile, &keys, error);
    if (slot.publicKey.isEmpty())
        return false;
    return addCheckedUser(user, slot, error);
}

bool Vault::addCheckedUser(const NewUser& user, const KeySlot& slot, StoreError* error)
{
    Keyring keyring;
    if (!loadKeyring(&keyring, error))
        return false;
    keyring.setSlot(slot);
    // The slot is written first: a slot without a user row opens nothing.
    if (!saveKeyring(keyring, error))
        return false;
    UserStore users(m_db->connection());
    if (!users.add(m_session, user, slot.publicKey, nullptr, error)) {
        keyring.removeUserSlot(user.name);
        StoreError ignored;
        saveKeyring(keyring, &ignored);
        return false;
    }
    return true;
}

bool Vault::giveNewKeyPair(const QString& userName, const SecretBytes& newPassword,
                           KdfProfile profile, bool mustChange, const QString& action,
                           StoreError* error)
{
    const QString weak = passwordProblem(newPassword);
    if (!weak.isEmpty())
        return fail(error, StoreError::Invalid, weak);
    Keyring keyring;
    if (!loadKeyring(&keyring, error))
        return false;
    const KeySlot* old = keyring.userSlot(userName);
    const std::optional<KeySlot> previous = old ? std::optional<KeySlot>(*old) : std::nullopt;
    KeyPair keys = generateKeyPair();
    const KeySlot slot = makeUserSlot(userName, newPassword, profile, &keys, error);
    if (slot.publicKey.isEmpty())
        return false;
    // The slot first; if the row cannot follow, the old slot goes back.
    keyring.setSlot(slot);
    if (!saveKeyring(keyring, error))
        return false;
    if (!UserStore(m_db->connection())
             .replaceKey(m_session, userName, keys.publicKey, mustChange, action, error)) {
        if (previous)
            keyring.setSlot(*previous);
        else
            keyring.removeUserSlot(userName);
        StoreError ignored;
        saveKeyring(keyring, &ignored);
        return false;
    }
    return true;
}

bool Vault::resetPassword(const QString& userName, const SecretBytes& newPassword,
                          KdfProfile profile, StoreError* error, bool mustChange)
{
    if (userName == m_session.userName)
        return changePassword(newPassword, profile, error);
    if (!requireAdmin(Action::UserManage, error))
        return false;
    const auto user = UserStore(m_db->connection()).find(userName, error);
    if (!user)
        return false;
    if (!user->active)
        return fail(
            error, StoreError::Invalid,
            tr("%1 is disabled; enable the user to give them a new password.").arg(userName));
    return giveNewKeyPair(userName, newPassword, profile, mustChange,
                          QStringLiteral("user.reset_password"), error);
}

bool Vault::disableUser(const QString& userName, StoreError* error)
{
    if (!requireAdmin(Action::UserManage, error))
        return false;
    // The row first: once it is inactive, a leftover slot opens nothing.
    if (!UserStore(m_db->connection()).setActive(m_session, userName, false, error))
        return false;
    Keyring keyring;
    if (!loadKeyring(&keyring, error))
        return false;
    keyring.removeUserSlot(userName);
    return saveKeyring(keyring, error);
}

bool Vault::enableUser(const QString& userName, const SecretBytes& newPassword, KdfProfile profile,
                       StoreError* error)
{
    if (!requireAdmin(Action::UserManage, error))
        return false;
    const auto user = UserStore(m_db->connection()).find(userName, error);
    if (!user)
        return false;
    if (user->active)
        return fail(error, StoreError::Invalid, tr("%1 is already active.").arg(userName));
    return giveNewKeyPair(userName, newPassword, profile, true, QStringLiteral("user.enable"),
                          error);
}

bool Vault::recordFailedLogins(const QList<FailedSignIn>& failures, int more, QString* error)
{
    // All or none, in one transaction: a claim that could not be recorded is put back.
    QSqlDatabase db = m_db->connection();
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    auto record = [&](const QString& user, const QJsonObject& details) {
        return AuditTrail::record(
            db, m_session,
            {QStringLiteral("login.failed"), QStringLiteral("session"), user, details, QString()},
            error);
    };
    bool ok = true;
    for (const FailedSignIn& f : failures) {
        // A name without a slot is not kept: it may be a password typed into the wrong field.
        ok = ok &&
             record(
                 f.user,
                 QJsonObject{{QStringLiteral("attempted_user"),
                              f.user.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(f.user)},
                             {QStringLiteral("unknown_user"), f.user.isEmpty()},
                             {QStringLiteral("failed_at"), f.at.toUTC().toString(Qt::ISODate)}});
    }
    if (more > 0)
        ok = ok && record(QString(), QJsonObject{{QStringLiteral("more_failures"), more}});
    if (!ok || !db.commit()) {
        if (ok)
            *error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

void Vault::logout()
{
    if (m_loggedOut)
        return;
    m_loggedOut = true;
    StoreError ignored;
    audit(QStringLiteral("logout"), QStringLiteral("session"), QJsonObject(), &ignored);
}

} // namespace rmdesk
