#include "signinfailures.h"

#include <QFile>
#include <QRegularExpression>

#include <fcntl.h>
#include <unistd.h>

namespace rmdesk {

void SignInFailures::note(const QString& databasePath, const FailedSignIn& failure)
{
    const QByteArray line =
        failure.at.toUTC().toString(Qt::ISODate).toLatin1() + '\t' + failure.user.toUtf8() + '\n';
    const QByteArray path = QFile::encodeName(pathFor(databasePath));
    const int fd = ::open(path.constData(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return;
    const ssize_t written = ::write(fd, line.constData(), std::size_t(line.size()));
    Q_UNUSED(written); // best effort, as documented
    ::close(fd);
}

QList<FailedSignIn> SignInFailures::take(const QString& databasePath, int* more)
{
    *more = 0;
    QList<FailedSignIn> failures;
    QFile file(pathFor(databasePath));
    if (!file.open(QIODevice::ReadOnly))
        return failures;
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
        if (failures.size() < MaximumRecorded)
            failures.append({at, user});
        else
            ++*more;
    }
    file.close();
    file.remove();
    return failures;
}

} // namespace rmdesk
