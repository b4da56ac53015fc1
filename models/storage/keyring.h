#pragma once

#include "keycrypto.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace rmdesk {

// One way into the database: the database key sealed to a public key.
struct KeySlot
{
    enum Kind { User, Recovery };
    Kind kind = User;
    QString user;          // empty for the recovery slot
    QByteArray publicKey;  // X25519
    KdfParams kdf;         // user slots: how the password becomes the wrapping key
    QByteArray privateKey; // user slots: the private key, encrypted under Argon2id(password)
    QByteArray sealedKey;  // the database key, sealed to publicKey
    // While a rekey is under way: the new database key, sealed to publicKey. If the process stops
    // between rewriting the database and this file, whichever key opens the file is used.
    QByteArray sealedNextKey;
};

// The key slots of one database, kept in NAME.rmdb.keyring beside it. The file holds no secret in
// the clear: private keys are encrypted under the users' passwords, the database key is sealed.
class Keyring
{
    Q_DECLARE_TR_FUNCTIONS(Keyring)

public:
    static QString pathFor(const QString& databasePath)
    {
        return databasePath + QLatin1String(".keyring");
    }

    // A missing, unreadable or damaged file gives false and a clear *error.
    static bool load(const QString& path, Keyring* keyring, QString* error);
    // Written atomically: the old file stays until the new one is complete on disk.
    bool save(const QString& path, QString* error) const;

    const QList<KeySlot>& slotList() const { return m_slots; }
    const KeySlot* userSlot(const QString& user) const;
    const KeySlot* recoverySlot() const;
    // Adds the slot, or replaces the one for the same user (or the recovery slot).
    void setSlot(KeySlot slot);
    bool removeUserSlot(const QString& user);
    void setSlotList(QList<KeySlot> list) { m_slots = std::move(list); }

private:
    QList<KeySlot> m_slots;
};

} // namespace rmdesk
