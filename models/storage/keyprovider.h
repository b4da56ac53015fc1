#pragma once

#include "secretbytes.h"

#include <QString>

namespace rmdesk {

// Where a database's key comes from and where a new database's key is kept. The keyring of
// per-user slots implements this; MemoryKeyProvider keeps the key in locked memory only (tests,
// and scratch databases that must not outlive the process).
class KeyProvider
{
public:
    virtual ~KeyProvider() = default;
    // A new database at dbPath was given this key: protect and remember it.
    virtual bool adoptNewKey(const QString& dbPath, const SecretBytes& key, QString* error) = 0;
    // The key that opens dbPath; empty, with *error set, when there is none.
    virtual SecretBytes keyFor(const QString& dbPath, QString* error) = 0;
};

class MemoryKeyProvider : public KeyProvider
{
public:
    MemoryKeyProvider() = default;
    explicit MemoryKeyProvider(SecretBytes key)
        : m_key(std::move(key))
    {}
    bool adoptNewKey(const QString&, const SecretBytes& key, QString*) override
    {
        m_key = key.clone();
        return true;
    }
    SecretBytes keyFor(const QString&, QString* error) override
    {
        if (m_key.isEmpty() && error)
            *error = QStringLiteral("no key");
        return m_key.clone();
    }
    const SecretBytes& key() const { return m_key; }

private:
    SecretBytes m_key;
};

} // namespace rmdesk
