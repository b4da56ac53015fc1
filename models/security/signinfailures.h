#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace rmdesk {

// A failed sign-in: when, and as whom (empty when the name has no slot in the keyring).
struct FailedSignIn
{
    QDateTime at;
    QString user;
};

// Failed sign-ins wait in NAME.rmdb.failures beside the database (a failed sign-in has no key to
// write the audit trail with) until the next successful sign-in, by any program, records them.
// The file holds times and the names of real users only: a password typed into the name field
// never reaches it. Readable by the owner only; appended to with O_APPEND, so that programs
// failing at the same time do not overwrite each other's lines.
class SignInFailures
{
public:
    static constexpr int MaximumRecorded = 1000; // lines taken at one sign-in; the rest counted

    static QString pathFor(const QString& databasePath)
    {
        return databasePath + QLatin1String(".failures");
    }
    // Best effort: a folder that cannot be written to loses the line.
    static void note(const QString& databasePath, const FailedSignIn& failure);
    // The waiting failures, oldest first (at most MaximumRecorded; *more: how many beyond), and
    // the file removed. Lines that are not the format's are skipped.
    static QList<FailedSignIn> take(const QString& databasePath, int* more);
};

} // namespace rmdesk
