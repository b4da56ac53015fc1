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
// never reaches it. Owner-only; appended to with O_APPEND (programs failing at the same time do
// not overwrite each other's lines) and never through a symbolic link.
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

    // The failures waiting when the claim is made, claimed by renaming the file (so that two
    // sign-ins never take the same lines, and a failure noted meanwhile starts a new file).
    // Oldest first, at most MaximumRecorded (more(): how many beyond). Lines not in the format
    // are skipped. done() removes the claimed file once the failures are recorded; a claim
    // dropped without done() puts its lines back.
    class Claim
    {
    public:
        explicit Claim(const QString& databasePath);
        ~Claim();
        Claim(const Claim&) = delete;
        Claim& operator=(const Claim&) = delete;
        const QList<FailedSignIn>& failures() const { return m_failures; }
        int more() const { return m_more; }
        void done();

    private:
        QString m_database, m_claimed;
        QList<FailedSignIn> m_failures;
        int m_more = 0;
    };
};

} // namespace rmdesk
