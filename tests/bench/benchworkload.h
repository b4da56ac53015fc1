#pragma once
// The benchmark's database of a given size (generated once, then reused) and the encryption
// overhead: the read statements the application ran, replayed on the encrypted file and on a
// plaintext copy of it.

#include "storage/secretbytes.h"

#include <QByteArrayList>
#include <QJsonObject>
#include <QString>

struct sqlite3;

namespace rmdesk::bench {

struct GenerateRequest
{
    qint64 customers = 0;
    int months = 36;
    quint64 seed = 7;
};

// Creates `path` with the administrator "admin", the demo data of `request` (every demo user
// gets `password` too) and last month's stage run, timing each step; nothing when the file
// exists ("reused": true). On failure the JSON has "error".
QJsonObject ensureDatabase(const QString& path, const GenerateRequest& request,
                           const SecretBytes& password);

// Keeps, in memory, every read-only statement a connection runs, with its values bound in.
class StatementRecorder
{
public:
    explicit StatementRecorder(sqlite3* db);
    ~StatementRecorder();
    StatementRecorder(const StatementRecorder&) = delete;
    StatementRecorder& operator=(const StatementRecorder&) = delete;

    void stop();
    const QByteArrayList& statements() const { return m_statements; }

private:
    static int onTrace(unsigned type, void* context, void* statement, void* sql);
    sqlite3* m_db;
    bool m_on = true;
    QByteArrayList m_statements;
};

// Replays `statements` on the encrypted connection and on a plaintext copy of its database (made
// with sqlcipher_export in a private temporary folder beside the file, removed afterwards), each
// three times in turn, every row stepped and every column read. Only for generated databases:
// a file without a demo.generate audit row is refused, so no real customer is ever written out
// in plaintext. Reports the best time of each and their ratio.
QJsonObject encryptionOverhead(sqlite3* encrypted, const QString& databasePath,
                               const QByteArrayList& statements);

} // namespace rmdesk::bench
