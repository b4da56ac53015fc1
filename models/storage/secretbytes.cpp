#include "secretbytes.h"

#include <sodium.h>
#include <sys/prctl.h>
#include <sys/resource.h>

#include <csignal>
#include <cstring>
#include <new>
#include <utility>

namespace rmdesk {

bool initCrypto()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

void hardenProcess()
{
    struct rlimit none = {0, 0};
    setrlimit(RLIMIT_CORE, &none);
#if !defined(__SANITIZE_ADDRESS__)
    // Not under AddressSanitizer: its leak checker needs to attach to the process at exit.
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
    // A write past a file-size limit (ulimit -f) then fails with EFBIG, which SQLite and
    // QSaveFile report and roll back, instead of the signal ending the process mid-write.
    std::signal(SIGXFSZ, SIG_IGN);
}

SecretBytes::SecretBytes(std::size_t size)
{
    if (size == 0)
        return;
    initCrypto();
    m_data = static_cast<unsigned char*>(sodium_malloc(size));
    if (!m_data)
        throw std::bad_alloc();
    sodium_memzero(m_data, size);
    m_size = size;
}

SecretBytes::~SecretBytes()
{
    release();
}

SecretBytes::SecretBytes(SecretBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{}

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept
{
    if (this != &other) {
        release();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

void SecretBytes::release()
{
    if (m_data)
        sodium_free(m_data); // wipes before freeing
    m_data = nullptr;
    m_size = 0;
}

SecretBytes SecretBytes::random(std::size_t size)
{
    SecretBytes s(size);
    if (size)
        randombytes_buf(s.m_data, size);
    return s;
}

SecretBytes SecretBytes::fromBytes(const void* data, std::size_t size)
{
    SecretBytes s(size);
    if (size)
        memcpy(s.m_data, data, size);
    return s;
}

SecretBytes SecretBytes::clone() const
{
    return fromBytes(m_data, m_size);
}

SecretBytes SecretBytes::toHex() const
{
    SecretBytes hex(m_size * 2 + 1);
    if (m_size)
        sodium_bin2hex(reinterpret_cast<char*>(hex.m_data), hex.m_size, m_data, m_size);
    hex.m_size = m_size * 2; // the terminating zero stays allocated but outside size()
    return hex;
}

bool SecretBytes::equals(const SecretBytes& other) const
{
    if (m_size != other.m_size)
        return false;
    return m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0;
}

} // namespace rmdesk
