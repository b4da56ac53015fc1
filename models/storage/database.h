#pragma once

#include "keyprovider.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace rmdesk {

struct DbError
{
    enum Kind {
        None,
        Missing,    // no file at the path
        Exists,     // create(): something is already there
        Unreadable, // wrong key, or not an encrypted database
        Damaged,    // SQLite reports corruption
        NotRmDesk,  // opens, but is not an RM Desk database
        TooNew,     // written by a newer RM Desk
        KeyProblem, // the key provider failed
        Failed      // anything else (I/O, full disk, migration)
    };
    Kind kind = None;
    QString message; // translated, for people
    QString detail;  // SQLite's own words, for logs and --verbose

    bool ok() const { return kind == None; }
};

// One RM Desk database file: NAME.rmdb, encrypted with a random 256-bit key that comes from a
// KeyProvider. Hands out one QSqlDatabase connection per thread (Qt connections must not cross
// threads); a worker thread calls releaseThreadConnection() before it ends. While a rekey runs no
// new connection is opened (each would hold the old key).
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    static constexpr int ApplicationId = 0x524D444B; // "RMDK" in PRAGMA application_id

    static std::unique_ptr<Database> create(const QString& path, KeyProvider& keys, DbError* error);
    static std::unique_ptr<Database> open(const QString& path, KeyProvider& keys, DbError* error);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QString path() const { return m_path; }
    // This thread's connection, opened on first use; invalid (with *error) if it cannot be opened.
    QSqlDatabase connection(DbError* error = nullptr);
    void releaseThreadConnection();
    // For work another thread must do with the file to itself (a rekey, which takes a minute on a
    // large file): closes this thread's connection but keeps it, so that what still holds it
    // fails cleanly ("not open") instead of reading with an old key, and resumeThreadConnection()
    // opens the same connection again, under the key in use by then.
    void suspendThreadConnection();
    bool resumeThreadConnection(QString* error);
    int schemaVersion();
    QString cipherVersion();

    // The key in use; only the key-slot code needs it (to seal it for a new user, or a backup).
    const SecretBytes& key() const { return m_key; }
    // Re-encrypts the whole file under newKey. Only this thread's connection may be open; other
    // threads' connection() calls fail until it is done. The rollback journal grows to the size
    // of the file as the pages are rewritten (the measure of its progress).
    bool rekey(const SecretBytes& newKey, QString* error);
    // A consistent encrypted copy under the same key at `target` (which must not exist), read
    // from one snapshot, so other connections may go on writing meanwhile. When *cancel turns
    // true (from any thread) the copy stops within moments, is removed, and *cancelled is set.
    bool exportCopy(const QString& target, QString* error,
                    const std::atomic<bool>* cancel = nullptr, bool* cancelled = nullptr);

    // Every page's HMAC (SQLCipher), the b-tree structure and the foreign keys (SQLite): one
    // translated line per problem found, none when the file is sound.
    QStringList integrityProblems();

    // The files SQLite may keep beside the database: -wal, -shm, -journal.
    static QStringList siblingFiles(const QString& path);

private:
    Database(QString path, SecretBytes key);
    QSqlDatabase openConnection(bool create, DbError* error);
    bool prepare(bool fresh, DbError* error);

    QString m_path;
    SecretBytes m_key;
    QString m_prefix;
    QMutex m_mutex;
    QHash<QThread*, QString> m_connections;
    QHash<QThread*, QString> m_suspended; // closed, to be opened again (suspendThreadConnection)
    bool m_rekeying = false;              // under m_mutex
};

} // namespace rmdesk
