#include "keycrypto.h"

#include <sodium.h>

#include <atomic>
#include <cstring>

namespace rmdesk {

namespace {

constexpr char base32Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
constexpr std::size_t recoverySeedBytes = 32;
constexpr std::size_t recoveryLetters = 52; // ceil(256 / 5)

} // namespace

QString kdfProfileName(KdfProfile profile)
{
    switch (profile) {
    case KdfProfile::Interactive:
        return QStringLiteral("interactive");
    case KdfProfile::Sensitive:
        return QStringLiteral("sensitive");
    case KdfProfile::Moderate:
        break;
    }
    return QStringLiteral("moderate");
}

std::optional<KdfProfile> kdfProfileFromName(const QString& name)
{
    if (name == QLatin1String("interactive"))
        return KdfProfile::Interactive;
    if (name == QLatin1String("moderate"))
        return KdfProfile::Moderate;
    if (name == QLatin1String("sensitive"))
        return KdfProfile::Sensitive;
    return std::nullopt;
}

namespace {
std::atomic<bool> leastCostForTests{false};
} // namespace

void setLeastKdfCostForTests(bool on)
{
    leastCostForTests = on;
}

KdfParams newKdfParams(KdfProfile profile)
{
    initCrypto();
    KdfParams p;
    p.profile = kdfProfileName(profile);
    switch (profile) {
    case KdfProfile::Interactive:
        p.opsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
        p.memLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;
        break;
    case KdfProfile::Moderate:
        p.opsLimit = crypto_pwhash_OPSLIMIT_MODERATE;
        p.memLimit = crypto_pwhash_MEMLIMIT_MODERATE;
        break;
    case KdfProfile::Sensitive:
        p.opsLimit = crypto_pwhash_OPSLIMIT_SENSITIVE;
        p.memLimit = crypto_pwhash_MEMLIMIT_SENSITIVE;
        break;
    }
    if (leastCostForTests) {
        p.opsLimit = crypto_pwhash_OPSLIMIT_MIN;
        p.memLimit = crypto_pwhash_MEMLIMIT_MIN;
    }
    p.salt.resize(crypto_pwhash_SALTBYTES);
    randombytes_buf(p.salt.data(), std::size_t(p.salt.size()));
    return p;
}

bool kdfParamsValid(const KdfParams& p)
{
    return p.salt.size() == crypto_pwhash_SALTBYTES && p.opsLimit >= crypto_pwhash_OPSLIMIT_MIN &&
           p.opsLimit <= crypto_pwhash_OPSLIMIT_MAX && p.memLimit >= crypto_pwhash_MEMLIMIT_MIN &&
           p.memLimit <= crypto_pwhash_MEMLIMIT_MAX;
}

KeyPair generateKeyPair()
{
    initCrypto();
    KeyPair k;
    k.publicKey.resize(crypto_box_PUBLICKEYBYTES);
    k.secretKey = SecretBytes(crypto_box_SECRETKEYBYTES);
    crypto_box_keypair(reinterpret_cast<unsigned char*>(k.publicKey.data()), k.secretKey.data());
    return k;
}

KeyPair keyPairFromSeed(const SecretBytes& seed)
{
    initCrypto();
    KeyPair k;
    k.publicKey.resize(crypto_box_PUBLICKEYBYTES);
    k.secretKey = SecretBytes(crypto_box_SECRETKEYBYTES);
    crypto_box_seed_keypair(reinterpret_cast<unsigned char*>(k.publicKey.data()),
                            k.secretKey.data(), seed.data());
    return k;
}

bool deriveKey(const SecretBytes& password, const KdfParams& params, SecretBytes* key)
{
    if (!kdfParamsValid(params))
        return false;
    SecretBytes out(crypto_secretbox_KEYBYTES);
    const char* pw = password.isEmpty() ? "" : reinterpret_cast<const char*>(password.data());
    if (crypto_pwhash(out.data(), out.size(), pw, password.size(),
                      reinterpret_cast<const unsigned char*>(params.salt.constData()),
                      params.opsLimit, std::size_t(params.memLimit),
                      crypto_pwhash_ALG_ARGON2ID13) != 0)
        return false;
    *key = std::move(out);
    return true;
}

QByteArray encryptSecret(const SecretBytes& key, const SecretBytes& plain)
{
    QByteArray out(int(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + plain.size()),
                   Qt::Uninitialized);
    auto* nonce = reinterpret_cast<unsigned char*>(out.data());
    randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES, plain.data(), plain.size(), nonce,
                          key.data());
    return out;
}

bool decryptSecret(const SecretBytes& key, const QByteArray& nonceAndBox, SecretBytes* plain)
{
    constexpr qsizetype overhead = crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES;
    if (key.size() != crypto_secretbox_KEYBYTES || nonceAndBox.size() <= overhead)
        return false;
    const auto* nonce = reinterpret_cast<const unsigned char*>(nonceAndBox.constData());
    SecretBytes out(std::size_t(nonceAndBox.size() - overhead));
    if (crypto_secretbox_open_easy(out.data(), nonce + crypto_secretbox_NONCEBYTES,
                                   std::size_t(nonceAndBox.size()) - crypto_secretbox_NONCEBYTES,
                                   nonce, key.data()) != 0)
        return false;
    *plain = std::move(out);
    return true;
}

QByteArray sealTo(const QByteArray& publicKey, const SecretBytes& plain)
{
    QByteArray out(int(crypto_box_SEALBYTES + plain.size()), Qt::Uninitialized);
    if (publicKey.size() != crypto_box_PUBLICKEYBYTES ||
        crypto_box_seal(reinterpret_cast<unsigned char*>(out.data()), plain.data(), plain.size(),
                        reinterpret_cast<const unsigned char*>(publicKey.constData())) != 0)
        return QByteArray();
    return out;
}

bool unseal(const QByteArray& sealed, const KeyPair& keys, SecretBytes* plain)
{
    if (sealed.size() <= qsizetype(crypto_box_SEALBYTES) ||
        keys.publicKey.size() != crypto_box_PUBLICKEYBYTES ||
        keys.secretKey.size() != crypto_box_SECRETKEYBYTES)
        return false;
    SecretBytes out(std::size_t(sealed.size()) - crypto_box_SEALBYTES);
    if (crypto_box_seal_open(out.data(), reinterpret_cast<const unsigned char*>(sealed.constData()),
                             std::size_t(sealed.size()),
                             reinterpret_cast<const unsigned char*>(keys.publicKey.constData()),
                             keys.secretKey.data()) != 0)
        return false;
    *plain = std::move(out);
    return true;
}

SecretBytes formatRecoveryKey(const SecretBytes& seed)
{
    // 52 letters plus a dash after every fourth but the last: 64 characters.
    SecretBytes text(recoveryLetters + recoveryLetters / 4 - 1);
    std::size_t bit = 0;
    std::size_t pos = 0;
    for (std::size_t letter = 0; letter < recoveryLetters; ++letter) {
        unsigned value = 0;
        for (int i = 0; i < 5; ++i, ++bit) {
            value <<= 1;
            if (bit < seed.size() * 8)
                value |= (seed.data()[bit / 8] >> (7 - bit % 8)) & 1u;
        }
        if (letter > 0 && letter % 4 == 0)
            text.data()[pos++] = '-';
        text.data()[pos++] = static_cast<unsigned char>(base32Alphabet[value]);
    }
    return text;
}

bool parseRecoveryKey(const SecretBytes& text, SecretBytes* seed)
{
    SecretBytes out(recoverySeedBytes);
    std::size_t letters = 0;
    std::size_t bit = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        unsigned char c = text.data()[i];
        if (c == '-' || c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        if (c >= 'a' && c <= 'z')
            c = static_cast<unsigned char>(c - 'a' + 'A');
        const char* at = std::strchr(base32Alphabet, c);
        if (!at || c == 0 || ++letters > recoveryLetters)
            return false;
        const unsigned value = unsigned(at - base32Alphabet);
        for (int b = 4; b >= 0; --b, ++bit) {
            if (bit < recoverySeedBytes * 8 && ((value >> b) & 1u))
                out.data()[bit / 8] |= static_cast<unsigned char>(1u << (7 - bit % 8));
            else if (bit >= recoverySeedBytes * 8 && ((value >> b) & 1u))
                return false; // padding bits must be zero
        }
    }
    if (letters != recoveryLetters)
        return false;
    *seed = std::move(out);
    return true;
}

} // namespace rmdesk
