#include "signinfailures.h"

#include <QFile>
#include <QRegularExpression>
#include <QUuid>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace rmdesk {

namespace {

// Appends `bytes` to `path`: owner-only when it is created, never through a link, never to
// anything but a regular file.
void append(const QString& path, const QByteArray& bytes)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd =
        ::open(name.constData(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0)
        return;
    struct stat st = {};
    if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
        const ssize_t written = ::write(fd, bytes.constData(), std::size_t(bytes.size()));
        Q_UNUSED(written); // best effort, as documented
    }
    ::close(fd);
}

} // namespace

void SignInFailures::note(const QString& databasePath, const FailedSignIn& failure)
{
    append(pathFor(databasePath), failure.at.toUTC().toString(Qt::ISODate).toLatin1() + '\t' +
                                      failure.user.toUtf8() + '\n');
}

SignInFailures::Claim::Claim(const QString& databasePath)
    : m_database(databasePath)
{
    const QString waiting = pathFor(databasePath);
    const QByteArray from = QFile::encodeName(waiting);
    struct stat st = {};
    if (::lstat(from.constData(), &st) != 0 || !S_ISREG(st.st_mode))
        return;
    const QString claimed =
        waiting + QLatin1Char('.') + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (::rename(from.constData(), QFile::encodeName(claimed).constData()) != 0)
        return;
    m_claimed = claimed;
    QFile file(claimed);
    if (!file.open(QIODevice::ReadOnly))
        return;
    // Only what note() writes: a time, a tab and a user name (or nothing).
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9._-]{0,64}$"));
    for (const QByteArray& raw : file.readAll().split('\n')) {
        const int tab = int(raw.indexOf('\t'));
        if (tab < 0)
            continue;
        const QDateTime at = QDateTime::fromString(QString::fromLatin1(raw.left(tab)), Qt::ISODate);
        const QString user = QString::fromUtf8(raw.mid(tab + 1));
        if (!at.isValid() || !name.match(user).hasMatch())
            continue;
        if (m_failures.size() < MaximumRecorded)
            m_failures.append({at, user});
        else
            ++m_more;
    }
}

SignInFailures::Claim::~Claim()
{
    if (m_claimed.isEmpty())
        return;
    // Not recorded: back in the waiting file, for the next sign-in.
    QFile file(m_claimed);
    if (file.open(QIODevice::ReadOnly))
        append(pathFor(m_database), file.readAll());
    file.close();
    QFile::remove(m_claimed);
}

void SignInFailures::Claim::done()
{
    if (!m_claimed.isEmpty())
        QFile::remove(m_claimed);
    m_claimed.clear();
}

} // namespace rmdesk
