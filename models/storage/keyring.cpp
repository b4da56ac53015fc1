#include "keyring.h"

#include <sodium.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace rmdesk {

namespace {

const QString formatName = QStringLiteral("rmdesk-keyring");
constexpr int formatVersion = 1;
constexpr qint64 maxKeyringBytes = 4 * 1024 * 1024;

QString b64(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

bool fromB64(const QJsonValue& v, qsizetype expectedSize, QByteArray* out)
{
    if (!v.isString())
        return false;
    const auto decoded = QByteArray::fromBase64Encoding(v.toString().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || (expectedSize >= 0 && decoded.decoded.size() != expectedSize))
        return false;
    *out = decoded.decoded;
    return true;
}

QJsonObject slotToJson(const KeySlot& s)
{
    QJsonObject o;
    o[QLatin1String("kind")] =
        s.kind == KeySlot::User ? QStringLiteral("user") : QStringLiteral("recovery");
    if (s.kind == KeySlot::User) {
        o[QLatin1String("user")] = s.user;
        o[QLatin1String("kdf")] =
            QJsonObject{{QStringLiteral("algorithm"), QStringLiteral("argon2id13")},
                        {QStringLiteral("profile"), s.kdf.profile},
                        {QStringLiteral("opslimit"), QString::number(s.kdf.opsLimit)},
                        {QStringLiteral("memlimit"), QString::number(s.kdf.memLimit)},
                        {QStringLiteral("salt"), b64(s.kdf.salt)}};
        o[QLatin1String("private_key")] = b64(s.privateKey);
    }
    o[QLatin1String("public_key")] = b64(s.publicKey);
    o[QLatin1String("sealed_key")] = b64(s.sealedKey);
    if (!s.sealedNextKey.isEmpty())
        o[QLatin1String("sealed_next_key")] = b64(s.sealedNextKey);
    return o;
}

bool slotFromJson(const QJsonObject& o, KeySlot* s)
{
    const QString kind = o.value(QLatin1String("kind")).toString();
    constexpr qsizetype sealedSize = crypto_box_SEALBYTES + 32;
    if (!fromB64(o.value(QLatin1String("public_key")), crypto_box_PUBLICKEYBYTES, &s->publicKey) ||
        !fromB64(o.value(QLatin1String("sealed_key")), sealedSize, &s->sealedKey))
        return false;
    if (o.contains(QLatin1String("sealed_next_key")) &&
        !fromB64(o.value(QLatin1String("sealed_next_key")), sealedSize, &s->sealedNextKey))
        return false;
    if (kind == QLatin1String("recovery")) {
        s->kind = KeySlot::Recovery;
        return true;
    }
    if (kind != QLatin1String("user"))
        return false;
    s->kind = KeySlot::User;
    s->user = o.value(QLatin1String("user")).toString();
    const QJsonObject kdf = o.value(QLatin1String("kdf")).toObject();
    bool opsOk = false;
    bool memOk = false;
    s->kdf.profile = kdf.value(QLatin1String("profile")).toString();
    s->kdf.opsLimit = kdf.value(QLatin1String("opslimit")).toString().toULongLong(&opsOk);
    s->kdf.memLimit = kdf.value(QLatin1String("memlimit")).toString().toULongLong(&memOk);
    return !s->user.isEmpty() && opsOk && memOk &&
           kdf.value(QLatin1String("algorithm")).toString() == QLatin1String("argon2id13") &&
           fromB64(kdf.value(QLatin1String("salt")), crypto_pwhash_SALTBYTES, &s->kdf.salt) &&
           kdfParamsValid(s->kdf) &&
           fromB64(o.value(QLatin1String("private_key")),
                   crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES +
                       crypto_box_SECRETKEYBYTES,
                   &s->privateKey);
}

} // namespace

bool Keyring::load(const QString& path, Keyring* keyring, QString* error)
{
    QFile f(path);
    if (!f.exists()) {
        *error = tr("The keyring %1 is missing. It holds the keys to the database and must stay "
                    "beside it; restore it from the backup that holds the database.")
                     .arg(path);
        return false;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("The keyring %1 cannot be read: %2").arg(path, f.errorString());
        return false;
    }
    if (f.size() > maxKeyringBytes) {
        *error = tr("The keyring %1 is damaged (it is far too large).").arg(path);
        return false;
    }
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parse);
    const QJsonObject root = doc.object();
    if (parse.error != QJsonParseError::NoError || !doc.isObject() ||
        root.value(QLatin1String("format")).toString() != formatName) {
        *error = tr("The keyring %1 is damaged or is not an RM Desk keyring.").arg(path);
        return false;
    }
    if (root.value(QLatin1String("version")).toInt() != formatVersion) {
        *error = tr("The keyring %1 was written by a newer RM Desk. Update RM Desk to use it.")
                     .arg(path);
        return false;
    }
    QList<KeySlot> loaded;
    for (const QJsonValue& v : root.value(QLatin1String("slots")).toArray()) {
        KeySlot slot;
        if (!v.isObject() || !slotFromJson(v.toObject(), &slot)) {
            *error = tr("The keyring %1 is damaged: a key slot cannot be read.").arg(path);
            return false;
        }
        loaded.append(slot);
    }
    keyring->m_slots = loaded;
    return true;
}

bool Keyring::save(const QString& path, QString* error) const
{
    QJsonArray array;
    for (const KeySlot& s : m_slots)
        array.append(slotToJson(s));
    const QJsonObject root{{QStringLiteral("format"), formatName},
                           {QStringLiteral("version"), formatVersion},
                           {QStringLiteral("slots"), array}};
    QSaveFile f(path);
    // Owner-only from the start: a new keyring is not readable by others even for a moment.
    if (!f.open(QIODevice::WriteOnly) || !f.setPermissions(QFile::ReadOwner | QFile::WriteOwner) ||
        f.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0 || !f.commit()) {
        *error = tr("The keyring %1 could not be written: %2").arg(path, f.errorString());
        return false;
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return true;
}

const KeySlot* Keyring::userSlot(const QString& user) const
{
    for (const KeySlot& s : m_slots)
        if (s.kind == KeySlot::User && s.user == user)
            return &s;
    return nullptr;
}

const KeySlot* Keyring::recoverySlot() const
{
    for (const KeySlot& s : m_slots)
        if (s.kind == KeySlot::Recovery)
            return &s;
    return nullptr;
}

void Keyring::setSlot(KeySlot slot)
{
    for (KeySlot& s : m_slots) {
        if (s.kind == slot.kind && (s.kind == KeySlot::Recovery || s.user == slot.user)) {
            s = std::move(slot);
            return;
        }
    }
    m_slots.append(std::move(slot));
}

bool Keyring::removeUserSlot(const QString& user)
{
    const auto before = m_slots.size();
    m_slots.removeIf([&](const KeySlot& s) { return s.kind == KeySlot::User && s.user == user; });
    return m_slots.size() != before;
}

} // namespace rmdesk
