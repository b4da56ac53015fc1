#pragma once

#include <QByteArray>
#include <cstddef>

namespace rmdesk {

// A buffer for keys and other secrets: allocated with sodium_malloc (guard pages, mlock'ed,
// never swapped), wiped and freed on destruction. Move-only, so a secret is never silently
// copied into an unwiped QByteArray or QString.
class SecretBytes
{
public:
    SecretBytes() = default;
    explicit SecretBytes(std::size_t size);
    ~SecretBytes();
    SecretBytes(SecretBytes&& other) noexcept;
    SecretBytes& operator=(SecretBytes&& other) noexcept;
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;

    static SecretBytes random(std::size_t size);
    // Copies the bytes of a plain buffer; the caller is responsible for wiping the source.
    static SecretBytes fromBytes(const void* data, std::size_t size);

    unsigned char* data() { return m_data; }
    const unsigned char* data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    SecretBytes clone() const;
    // Lower-case hex digits in another secret buffer (no terminating zero in size()).
    SecretBytes toHex() const;
    bool equals(const SecretBytes& other) const;

private:
    void release();
    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
};

// Initialises libsodium once; returns false when the library cannot be used.
bool initCrypto();

// Makes the process refuse core dumps and ptrace attachment, so keys in memory stay there, and
// turns a file-size limit into a write error instead of a killed process.
void hardenProcess();

} // namespace rmdesk
