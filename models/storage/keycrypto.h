#pragma once

#include "secretbytes.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace rmdesk {

// Argon2id cost profiles (libsodium's presets); the chosen numbers are recorded in every slot so
// that a later change of presets never locks anyone out.
enum class KdfProfile { Interactive, Moderate, Sensitive };

QString kdfProfileName(KdfProfile profile);
std::optional<KdfProfile> kdfProfileFromName(const QString& name);

struct KdfParams
{
    QString profile;
    quint64 opsLimit = 0;
    quint64 memLimit = 0;
    QByteArray salt;
};

// Fresh parameters (with a new random salt) for a profile.
KdfParams newKdfParams(KdfProfile profile);
// For test executables only: while on, newKdfParams gives libsodium's least cost (1 pass over
// 8 KiB) whatever the profile, so that suites making hundreds of slots do not spend nine tenths
// of their time in Argon2id. Sign-in derives with the figures recorded in the slot either way.
// The shipped executables never call it; the CLI tests check that the slots rmdesk-cli makes
// carry their profile's cost.
void setLeastKdfCostForTests(bool on);
bool kdfParamsValid(const KdfParams& params);

struct KeyPair
{
    QByteArray publicKey; // X25519, 32 bytes
    SecretBytes secretKey;
};

KeyPair generateKeyPair();
// The key pair a 32-byte seed determines (used for the recovery key).
KeyPair keyPairFromSeed(const SecretBytes& seed);

// Argon2id(password, salt) -> 32-byte key. False when memory is short or parameters are bad.
bool deriveKey(const SecretBytes& password, const KdfParams& params, SecretBytes* key);

// XSalsa20-Poly1305 with a random nonce: the result is nonce || box.
QByteArray encryptSecret(const SecretBytes& key, const SecretBytes& plain);
bool decryptSecret(const SecretBytes& key, const QByteArray& nonceAndBox, SecretBytes* plain);

// Anonymous sealed box to an X25519 public key.
QByteArray sealTo(const QByteArray& publicKey, const SecretBytes& plain);
bool unseal(const QByteArray& sealed, const KeyPair& keys, SecretBytes* plain);

// A recovery key is 32 random bytes shown as 52 base-32 letters in groups of four.
SecretBytes formatRecoveryKey(const SecretBytes& seed);
// Accepts any case, spaces and dashes. False when the text is not a recovery key.
bool parseRecoveryKey(const SecretBytes& text, SecretBytes* seed);

} // namespace rmdesk
