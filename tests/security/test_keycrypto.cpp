// Key wrapping primitives and the key-ring file.
#include "common/testsupport.h"
#include "storage/keycrypto.h"
#include "storage/keyring.h"

#include <QFile>

using namespace rmdesk;
using namespace rmdesk::test;

namespace {

SecretBytes text(const char* s)
{
    return SecretBytes::fromBytes(s, std::strlen(s));
}

KeySlot sampleSlot(const QString& user, const SecretBytes& dbKey)
{
    KeyPair keys = generateKeyPair();
    KeySlot slot;
    slot.user = user;
    slot.kdf = newKdfParams(KdfProfile::Interactive);
    SecretBytes wrapping;
    BOOST_REQUIRE(deriveKey(text("pass-word"), slot.kdf, &wrapping));
    slot.publicKey = keys.publicKey;
    slot.privateKey = encryptSecret(wrapping, keys.secretKey);
    slot.sealedKey = sealTo(keys.publicKey, dbKey);
    return slot;
}

} // namespace

BOOST_AUTO_TEST_SUITE(keycrypto)

BOOST_AUTO_TEST_CASE(recovery_key_round_trips_and_rejects_typos)
{
    const SecretBytes seed = SecretBytes::random(32);
    const SecretBytes shown = formatRecoveryKey(seed);
    BOOST_TEST(shown.size() == 64u); // 13 groups of 4, 12 dashes
    const QByteArray asText(reinterpret_cast<const char*>(shown.data()), int(shown.size()));
    BOOST_TEST(asText.count('-') == 12);
    SecretBytes parsed;
    BOOST_REQUIRE(parseRecoveryKey(shown, &parsed));
    BOOST_TEST(parsed.equals(seed));
    // Lower case and spaces instead of dashes are accepted.
    QByteArray relaxed = asText.toLower();
    relaxed.replace('-', ' ');
    BOOST_REQUIRE(parseRecoveryKey(
        SecretBytes::fromBytes(relaxed.constData(), std::size_t(relaxed.size())), &parsed));
    BOOST_TEST(parsed.equals(seed));
    // A missing letter, a foreign character or an empty line are not recovery keys.
    for (const QByteArray& bad :
         {asText.left(asText.size() - 1), asText.left(10) + "!" + asText.mid(11), QByteArray()})
        BOOST_TEST(!parseRecoveryKey(
            SecretBytes::fromBytes(bad.constData(), std::size_t(bad.size())), &parsed));
    // The same seed always gives the same key pair.
    BOOST_TEST(keyPairFromSeed(seed).publicKey == keyPairFromSeed(parsed).publicKey);
}

BOOST_AUTO_TEST_CASE(password_wrapping_needs_the_right_password)
{
    const KdfParams params = newKdfParams(KdfProfile::Interactive);
    BOOST_TEST(params.profile == QStringLiteral("interactive"));
    BOOST_TEST(params.salt.size() == 16);
    SecretBytes right;
    SecretBytes wrong;
    BOOST_REQUIRE(deriveKey(text("correct horse"), params, &right));
    BOOST_REQUIRE(deriveKey(text("correct horsE"), params, &wrong));
    BOOST_TEST(!right.equals(wrong));
    const SecretBytes plain = SecretBytes::random(32);
    const QByteArray box = encryptSecret(right, plain);
    SecretBytes out;
    BOOST_REQUIRE(decryptSecret(right, box, &out));
    BOOST_TEST(out.equals(plain));
    BOOST_TEST(!decryptSecret(wrong, box, &out));
    QByteArray flipped = box;
    flipped[30] = char(flipped[30] ^ 1);
    BOOST_TEST(!decryptSecret(right, flipped, &out));
    // Absurd parameters are refused instead of exhausting memory.
    KdfParams silly = params;
    silly.memLimit = 1;
    BOOST_TEST(!deriveKey(text("x"), silly, &out));
}

// The suites make their slots at the least cost (testmain.cpp); the product's presets are
// libsodium's, recorded in the slot, and a derivation at the interactive cost works.
BOOST_AUTO_TEST_CASE(profiles_are_libsodiums_presets)
{
    const KdfParams least = newKdfParams(KdfProfile::Sensitive);
    BOOST_TEST(least.profile == QStringLiteral("sensitive"));
    BOOST_TEST(least.opsLimit == 1u);
    BOOST_TEST(least.memLimit == 8192u);
    setLeastKdfCostForTests(false);
    struct Restore
    {
        ~Restore() { setLeastKdfCostForTests(true); }
    } restore;
    const std::pair<KdfProfile, const char*> presets[] = {
        {KdfProfile::Interactive, "interactive 2 67108864"},
        {KdfProfile::Moderate, "moderate 3 268435456"},
        {KdfProfile::Sensitive, "sensitive 4 1073741824"}};
    for (const auto& [profile, expected] : presets) {
        const KdfParams p = newKdfParams(profile);
        BOOST_TEST(QStringLiteral("%1 %2 %3").arg(p.profile).arg(p.opsLimit).arg(p.memLimit) ==
                   QString::fromLatin1(expected));
    }
    const KdfParams interactive = newKdfParams(KdfProfile::Interactive);
    SecretBytes key, again, cheap;
    BOOST_REQUIRE(deriveKey(text("correct horse"), interactive, &key));
    BOOST_REQUIRE(deriveKey(text("correct horse"), interactive, &again));
    BOOST_TEST(key.equals(again));
    KdfParams sameSaltLeastCost = interactive;
    sameSaltLeastCost.opsLimit = least.opsLimit;
    sameSaltLeastCost.memLimit = least.memLimit;
    BOOST_REQUIRE(deriveKey(text("correct horse"), sameSaltLeastCost, &cheap));
    BOOST_TEST(!key.equals(cheap));
}

BOOST_AUTO_TEST_CASE(sealed_key_opens_only_with_its_private_key)
{
    const KeyPair alice = generateKeyPair();
    const KeyPair bob = generateKeyPair();
    const SecretBytes key = SecretBytes::random(32);
    const QByteArray sealed = sealTo(alice.publicKey, key);
    SecretBytes out;
    BOOST_REQUIRE(unseal(sealed, alice, &out));
    BOOST_TEST(out.equals(key));
    BOOST_TEST(!unseal(sealed, bob, &out));
}

BOOST_AUTO_TEST_CASE(keyring_file_round_trips_without_secrets_in_the_clear)
{
    TempFolder folder;
    const QString path = folder.file(QStringLiteral("k.rmdb.keyring"));
    const SecretBytes dbKey = SecretBytes::random(32);
    Keyring ring;
    ring.setSlot(sampleSlot(QStringLiteral("alice"), dbKey));
    ring.setSlot(sampleSlot(QStringLiteral("bob"), dbKey));
    KeySlot recovery;
    recovery.kind = KeySlot::Recovery;
    const KeyPair rk = generateKeyPair();
    recovery.publicKey = rk.publicKey;
    recovery.sealedKey = sealTo(rk.publicKey, dbKey);
    ring.setSlot(recovery);
    QString error;
    BOOST_REQUIRE_MESSAGE(ring.save(path, &error), error);
    BOOST_TEST((QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther)) == 0);

    Keyring loaded;
    BOOST_REQUIRE_MESSAGE(Keyring::load(path, &loaded, &error), error);
    BOOST_TEST(loaded.slotList().size() == 3);
    BOOST_REQUIRE(loaded.userSlot(QStringLiteral("bob")));
    BOOST_TEST(loaded.userSlot(QStringLiteral("bob"))->privateKey ==
               ring.userSlot(QStringLiteral("bob"))->privateKey);
    BOOST_TEST(loaded.recoverySlot() != nullptr);
    BOOST_TEST(loaded.userSlot(QStringLiteral("bob"))->kdf.profile ==
               QStringLiteral("interactive"));

    QFile f(path);
    BOOST_REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    const QByteArray raw(reinterpret_cast<const char*>(dbKey.data()), 32);
    BOOST_TEST(!bytes.contains(raw));
    BOOST_TEST(!bytes.contains(raw.toHex()));
    BOOST_TEST(!bytes.contains(raw.toBase64()));

    BOOST_TEST(loaded.removeUserSlot(QStringLiteral("alice")));
    BOOST_TEST(!loaded.removeUserSlot(QStringLiteral("alice")));
    BOOST_TEST(loaded.slotList().size() == 2);
}

BOOST_AUTO_TEST_CASE(missing_or_damaged_keyring_is_a_clear_error)
{
    TempFolder folder;
    Keyring ring;
    QString error;
    BOOST_TEST(!Keyring::load(folder.file(QStringLiteral("none.keyring")), &ring, &error));
    BOOST_TEST(error.contains(QStringLiteral("missing")));

    const QString path = folder.file(QStringLiteral("bad.keyring"));
    Keyring good;
    good.setSlot(sampleSlot(QStringLiteral("alice"), SecretBytes::random(32)));
    BOOST_REQUIRE(good.save(path, &error));
    QFile f(path);
    BOOST_REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray original = f.readAll();
    f.close();

    const QList<QByteArray> damaged = {
        QByteArray(),                          // empty
        original.left(original.size() / 2),    // truncated
        QByteArray("\x89PNG\r\n garbage", 15), // not JSON
        QByteArray(R"({"format":"other","version":1,"slots":[]})"),
        QByteArray(original).replace("\"version\": 1", "\"version\": 9"),
        QByteArray(original).replace("\"sealed_key\": \"", "\"sealed_key\": \"!!"),
        QByteArray(original).replace("\"opslimit\": \"", "\"opslimit\": \"x"),
    };
    for (const QByteArray& bytes : damaged) {
        QFile w(path);
        BOOST_REQUIRE(w.open(QIODevice::WriteOnly | QIODevice::Truncate));
        w.write(bytes);
        w.close();
        error.clear();
        BOOST_TEST_CONTEXT("content: " << bytes.left(40))
        {
            BOOST_TEST(!Keyring::load(path, &ring, &error));
            BOOST_TEST(!error.isEmpty());
        }
    }
}

BOOST_AUTO_TEST_SUITE_END()
