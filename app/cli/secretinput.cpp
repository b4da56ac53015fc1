#include "secretinput.h"

#include <termios.h>
#include <unistd.h>

namespace rmdesk {

SecretInput::SecretInput(bool fromStdin, std::FILE* in)
    : m_fromStdin(fromStdin)
    , m_in(in)
{}

bool SecretInput::readLine(std::FILE* in, SecretBytes* secret, QString* error)
{
    SecretBytes buffer(MaxLength);
    std::size_t n = 0;
    int c = 0;
    bool any = false;
    while ((c = std::fgetc(in)) != EOF) {
        any = true;
        if (c == '\n')
            break;
        if (n == MaxLength) {
            *error = tr("The input line is too long.");
            return false;
        }
        buffer.data()[n++] = static_cast<unsigned char>(c);
    }
    if (!any) {
        *error = tr("Standard input ended before a password was read.");
        return false;
    }
    if (n > 0 && buffer.data()[n - 1] == '\r')
        --n;
    *secret = SecretBytes::fromBytes(buffer.data(), n);
    return true;
}

bool SecretInput::read(const QString& prompt, SecretBytes* secret, QString* error)
{
    if (m_fromStdin)
        return readLine(m_in, secret, error);
    std::FILE* tty = std::fopen("/dev/tty", "r+");
    if (!tty) {
        *error = tr("There is no terminal to ask for the password on; use --password-stdin.");
        return false;
    }
    // Unbuffered: the typed password goes from the terminal straight into the wiped buffer,
    // never into a stdio buffer that is freed without being wiped.
    std::setvbuf(tty, nullptr, _IONBF, 0);
    std::fputs(prompt.toLocal8Bit().constData(), tty);
    std::fflush(tty);
    termios old{};
    const bool haveTermios = tcgetattr(fileno(tty), &old) == 0;
    if (haveTermios) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fileno(tty), TCSAFLUSH, &quiet);
    }
    const bool ok = readLine(tty, secret, error);
    if (haveTermios)
        tcsetattr(fileno(tty), TCSAFLUSH, &old);
    std::fputs("\n", tty);
    std::fclose(tty);
    return ok;
}

} // namespace rmdesk
