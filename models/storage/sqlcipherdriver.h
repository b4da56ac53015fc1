#pragma once

#include "secretbytes.h"

#include <QList>
#include <QSqlDriver>
#include <QSqlError>

struct sqlite3;

namespace rmdesk {

class SqlCipherResult;

// A QSqlDriver over SQLCipher (<sqlcipher/sqlite3.h>), registered as "QSQLCIPHER".
//
// The key is handed over with setKey() before open(); it never travels through
// QSqlDatabase::setPassword(), which would keep it in an unwiped QString. open() applies the key
// first, proves it by reading sqlite_master, and only then sets the connection pragmas, so a wrong
// key, a plain SQLite file or a damaged file fail without writing anything.
//
// Connect options (QSqlDatabase::setConnectOptions, ';'-separated):
//   QSQLCIPHER_CREATE           create the file when it does not exist (off by default)
//   QSQLCIPHER_READONLY         open read-only
//   QSQLCIPHER_BUSY_TIMEOUT=ms  how long to wait for another connection's lock (default 5000)
class SqlCipherDriver : public QSqlDriver
{
    Q_OBJECT
public:
    static constexpr const char* Name = "QSQLCIPHER";
    static constexpr int DefaultBusyTimeoutMs = 5000;

    explicit SqlCipherDriver(QObject* parent = nullptr);
    ~SqlCipherDriver() override;

    // Registers the driver with QSqlDatabase under Name; safe to call more than once.
    static void registerDriver();

    // The raw 32-byte key for the next open(). The driver keeps its own copy only until open()
    // returns.
    void setKey(const SecretBytes& key);

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString& db, const QString& user, const QString& password, const QString& host,
              int port, const QString& connOpts) override;
    void close() override;
    QSqlResult* createResult() const override;
    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;
    QStringList tables(QSql::TableType type) const override;
    QSqlRecord record(const QString& tableName) const override;
    QSqlIndex primaryIndex(const QString& tableName) const override;
    QVariant handle() const override;
    QString escapeIdentifier(const QString& identifier, IdentifierType type) const override;
    bool isIdentifierEscaped(const QString& identifier, IdentifierType type) const override;
    QString formatValue(const QSqlField& field, bool trimStrings = false) const override;

    sqlite3* connection() const { return m_db; }
    // Re-encrypts the open database under newKey (sqlite3_rekey). The caller checkpoints the WAL
    // and switches to DELETE journaling around it.
    bool rekey(const SecretBytes& newKey);

private:
    friend class SqlCipherResult;
    bool execSimple(const char* sql, QSqlError::ErrorType type, const QString& what);
    bool failOpen(const QString& text, int code, QSqlError::ErrorType type);
    static SecretBytes rawKeyLiteral(const SecretBytes& key);
    void rememberResult(SqlCipherResult* r) const { m_results.append(r); }
    void forgetResult(SqlCipherResult* r) const { m_results.removeAll(r); }

    sqlite3* m_db = nullptr;
    SecretBytes m_key;
    mutable QList<SqlCipherResult*> m_results;
};

// SQLite's message and extended result code as a QSqlError; for what the machine causes, the
// sentence of sqliteMessage alone (no driver text).
QSqlError sqliteError(sqlite3* db, const QString& what, QSqlError::ErrorType type, int code = -1);

// The message for an SQLite result code: for what the machine causes (a full disk, a failing or
// read-only disk, a lock held elsewhere, too little memory, a damaged page) a translated sentence
// that says what to do; otherwise SQLite's own message (a fault in a statement). db may be null.
QString sqliteMessage(sqlite3* db, int code);

// The Qt type for an SQLite declared column type, by SQLite's affinity rules (INT, REAL, BLOB, …).
QMetaType metaTypeForDeclaredType(const QString& declared);

} // namespace rmdesk
