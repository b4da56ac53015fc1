#include "sqlcipherdriver.h"

#include "sqlcipherresult.h"

#include <sqlcipher/sqlite3.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlRecord>
#include <QStringList>

#include <algorithm>
#include <cstring>
#include <mutex>

Q_DECLARE_OPAQUE_POINTER(sqlite3*)
Q_DECLARE_METATYPE(sqlite3*)

namespace rmdesk {

namespace {

constexpr std::size_t KeySize = 32;

// Runs a read-only statement on the raw connection and returns its rows as text/number variants.
QList<QVariantList> rawRows(sqlite3* db, const QString& sql)
{
    QList<QVariantList> rows;
    sqlite3_stmt* stmt = nullptr;
    if (!db || sqlite3_prepare16_v2(db, sql.utf16(), int(sql.size() * sizeof(QChar)), &stmt,
                                    nullptr) != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return rows;
    }
    const int columns = sqlite3_column_count(stmt);
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        QVariantList row;
        for (int c = 0; c < columns; ++c) {
            switch (sqlite3_column_type(stmt, c)) {
            case SQLITE_NULL:
                row.append(QVariant());
                break;
            case SQLITE_INTEGER:
                row.append(qlonglong(sqlite3_column_int64(stmt, c)));
                break;
            default:
                row.append(QString(reinterpret_cast<const QChar*>(sqlite3_column_text16(stmt, c)),
                                   sqlite3_column_bytes16(stmt, c) / int(sizeof(QChar))));
            }
        }
        rows.append(row);
    }
    sqlite3_finalize(stmt);
    return rows;
}

struct Options
{
    bool create = false;
    bool readOnly = false;
    int busyTimeoutMs = SqlCipherDriver::DefaultBusyTimeoutMs;
    QString invalid;
};

Options parseOptions(const QString& connOpts)
{
    Options o;
    for (const QString& raw : connOpts.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString opt = raw.trimmed();
        if (opt == QLatin1String("QSQLCIPHER_CREATE")) {
            o.create = true;
        } else if (opt == QLatin1String("QSQLCIPHER_READONLY")) {
            o.readOnly = true;
        } else if (opt.startsWith(QLatin1String("QSQLCIPHER_BUSY_TIMEOUT="))) {
            bool ok = false;
            const int ms = opt.section(QLatin1Char('='), 1).toInt(&ok);
            if (!ok || ms < 0)
                o.invalid = opt;
            else
                o.busyTimeoutMs = ms;
        } else if (!opt.isEmpty()) {
            o.invalid = opt;
        }
    }
    return o;
}

// SQLCipher reports a wrong key on its own log ("hmac check failed"); the caller gets our error
// instead, so its log is switched off for the whole process.
void silenceCipherLog()
{
    static std::once_flag once;
    std::call_once(once, [] {
        sqlite3* db = nullptr;
        if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK)
            sqlite3_exec(db, "PRAGMA cipher_log_source = NONE", nullptr, nullptr, nullptr);
        sqlite3_close(db);
    });
}

} // namespace

QMetaType metaTypeForDeclaredType(const QString& declared)
{
    const QString t = declared.toUpper();
    if (t.contains(QLatin1String("INT")))
        return QMetaType::fromType<qlonglong>();
    if (t.contains(QLatin1String("BOOL")))
        return QMetaType::fromType<bool>();
    if (t.contains(QLatin1String("REAL")) || t.contains(QLatin1String("FLOA")) ||
        t.contains(QLatin1String("DOUB")) || t.contains(QLatin1String("NUMERIC")) ||
        t.contains(QLatin1String("DECIMAL")))
        return QMetaType::fromType<double>();
    if (t.contains(QLatin1String("BLOB")))
        return QMetaType::fromType<QByteArray>();
    if (t.isEmpty())
        return QMetaType();
    return QMetaType::fromType<QString>();
}

QString sqliteMessage(sqlite3* db, int code)
{
    // A function that failed (sqlcipher_export) passes its inner error on as SQLITE_ERROR with
    // that error's own text: take the code back from the text.
    if (code == SQLITE_ERROR && db) {
        const char* text = sqlite3_errmsg(db);
        for (const int inner : {SQLITE_FULL, SQLITE_IOERR})
            if (std::strcmp(text, sqlite3_errstr(inner)) == 0)
                code = inner;
    }
    if (code == SQLITE_IOERR_NOMEM)
        code = SQLITE_NOMEM;
    switch (code & 0xff) {
    case SQLITE_FULL:
        return SqlCipherDriver::tr(
            "The disk holding the database is full, so the change was not saved. Free some "
            "space on it, then try again.");
    case SQLITE_IOERR:
        return SqlCipherDriver::tr(
            "The database file could not be read or written (the disk may be full, "
            "removed or failing). Check the disk, then try again.");
    case SQLITE_READONLY:
        return SqlCipherDriver::tr(
            "The database file cannot be written. Check that you may write it and its "
            "folder.");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return SqlCipherDriver::tr("The database is busy with other work. Try again in a moment.");
    case SQLITE_NOMEM:
        return SqlCipherDriver::tr(
            "There is not enough memory for this work. Close other programs, then try "
            "again.");
    case SQLITE_CORRUPT:
        return SqlCipherDriver::tr("The database file is damaged. Restore it from a backup.");
    default:
        return db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(code));
    }
}

QSqlError sqliteError(sqlite3* db, const QString& what, QSqlError::ErrorType type, int code)
{
    if (code == -1)
        code = db ? sqlite3_extended_errcode(db) : SQLITE_ERROR;
    const QString message = sqliteMessage(db, code);
    const QString own =
        db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(code));
    // A sentence for the user stands alone: "Unable to commit transaction" after it says
    // nothing more (QSqlError::text() joins the two). Opening keeps its own words: they say
    // which step failed.
    const bool alone = message != own && type != QSqlError::ConnectionError;
    return QSqlError(alone ? QString() : what, message, type, QString::number(code));
}

SqlCipherDriver::SqlCipherDriver(QObject* parent)
    : QSqlDriver(parent)
{}

SqlCipherDriver::~SqlCipherDriver()
{
    close();
}

void SqlCipherDriver::registerDriver()
{
    static std::once_flag once;
    std::call_once(once, [] {
        QSqlDatabase::registerSqlDriver(QLatin1String(Name),
                                        new QSqlDriverCreator<SqlCipherDriver>);
    });
}

void SqlCipherDriver::setKey(const SecretBytes& key)
{
    m_key = key.clone();
}

bool SqlCipherDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case BLOB:
    case Unicode:
    case PreparedQueries:
    case PositionalPlaceholders:
    case LastInsertId:
    case SimpleLocking:
    case FinishQuery:
    case LowPrecisionNumbers:
        return true;
    default:
        return false;
    }
}

bool SqlCipherDriver::failOpen(const QString& text, int code, QSqlError::ErrorType type)
{
    setLastError(m_db ? sqliteError(m_db, text, type, code)
                      : QSqlError(text, QString::fromUtf8(sqlite3_errstr(code)), type,
                                  QString::number(code)));
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
    m_key = SecretBytes();
    setOpen(false);
    setOpenError(true);
    return false;
}

bool SqlCipherDriver::open(const QString& db, const QString&, const QString&, const QString&, int,
                           const QString& connOpts)
{
    if (isOpen())
        close();
    const Options opts = parseOptions(connOpts);
    if (!opts.invalid.isEmpty())
        return failOpen(tr("Unknown connection option: %1").arg(opts.invalid), SQLITE_MISUSE,
                        QSqlError::ConnectionError);
    if (m_key.size() != KeySize)
        return failOpen(tr("No database key was given before opening the database."), SQLITE_MISUSE,
                        QSqlError::ConnectionError);

    const QFileInfo info(db);
    if (!opts.create && !info.exists())
        return failOpen(tr("The database file %1 does not exist.").arg(db), SQLITE_CANTOPEN,
                        QSqlError::ConnectionError);
    // SQLite treats an empty file as an empty database and would happily write into it.
    if (!opts.create && info.isFile() && info.size() == 0)
        return failOpen(tr("The file %1 is empty: it is not a database.").arg(db), SQLITE_NOTADB,
                        QSqlError::ConnectionError);

    silenceCipherLog();
    int flags = opts.readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (opts.create && !opts.readOnly)
        flags |= SQLITE_OPEN_CREATE;
    flags |= SQLITE_OPEN_FULLMUTEX | SQLITE_OPEN_EXRESCODE;
    const QByteArray path = QFile::encodeName(db);
    int rc = sqlite3_open_v2(path.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK)
        return failOpen(tr("Cannot open the database file %1.").arg(db), rc,
                        QSqlError::ConnectionError);

    {
        const SecretBytes literal = rawKeyLiteral(m_key);
        rc = sqlite3_key_v2(m_db, "main", literal.data(), int(literal.size()));
        m_key = SecretBytes();
    }
    if (rc != SQLITE_OK)
        return failOpen(tr("The database key could not be applied."), rc,
                        QSqlError::ConnectionError);

    // PRAGMA key never fails by itself: reading the schema is what proves the key. It waits,
    // like every statement, while another process writes without the WAL (DirectWrites).
    sqlite3_busy_timeout(m_db, opts.busyTimeoutMs);
    rc = sqlite3_exec(m_db, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        const int primary = sqlite3_extended_errcode(m_db) & 0xff;
        if (primary == SQLITE_NOTADB)
            return failOpen(tr("The file is not a database this key can open: the key is wrong, "
                               "or the file is damaged or not an encrypted database."),
                            -1, QSqlError::ConnectionError);
        if (primary == SQLITE_CORRUPT)
            return failOpen(tr("The database file is damaged."), -1, QSqlError::ConnectionError);
        if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
            return failOpen(tr("The database is busy with other work. Try again in a moment."), -1,
                            QSqlError::ConnectionError);
        return failOpen(tr("The database file cannot be read."), -1, QSqlError::ConnectionError);
    }

    // Debian's SQLCipher is built with TEMP_STORE=1: without this, sorts and temporary tables
    // could reach disk in plaintext.
    if (!execSimple("PRAGMA temp_store = MEMORY", QSqlError::ConnectionError,
                    tr("Cannot keep temporary data in memory.")) ||
        !execSimple("PRAGMA foreign_keys = ON", QSqlError::ConnectionError,
                    tr("Cannot enable foreign keys.")) ||
        // Pages are decrypted when they enter SQLite's cache; a cache of 64 MiB (allocated only
        // as pages are read) keeps a session's working set decrypted instead of SQLite's 2 MiB.
        !execSimple("PRAGMA cache_size = -65536", QSqlError::ConnectionError,
                    tr("Cannot size the page cache.")) ||
        (!opts.readOnly && !execSimple("PRAGMA journal_mode = WAL", QSqlError::ConnectionError,
                                       tr("Cannot switch the database to write-ahead logging.")))) {
        const QSqlError err = lastError();
        failOpen(err.driverText(), err.nativeErrorCode().toInt(), QSqlError::ConnectionError);
        return false;
    }
    setOpen(true);
    setOpenError(false);
    return true;
}

SecretBytes SqlCipherDriver::rawKeyLiteral(const SecretBytes& key)
{
    // The raw-key form x'<64 hex digits>' skips SQLCipher's PBKDF2: the key is already random.
    const SecretBytes hex = key.toHex();
    SecretBytes literal(hex.size() + 3);
    literal.data()[0] = 'x';
    literal.data()[1] = '\'';
    std::memcpy(literal.data() + 2, hex.data(), hex.size());
    literal.data()[literal.size() - 1] = '\'';
    return literal;
}

bool SqlCipherDriver::rekey(const SecretBytes& newKey)
{
    if (!m_db || newKey.size() != KeySize) {
        setLastError(QSqlError(tr("Unable to change the database key"),
                               tr("The database is not open or the key is not 32 bytes."),
                               QSqlError::ConnectionError));
        return false;
    }
    const SecretBytes literal = rawKeyLiteral(newKey);
    if (sqlite3_rekey_v2(m_db, "main", literal.data(), int(literal.size())) != SQLITE_OK) {
        setLastError(
            sqliteError(m_db, tr("Unable to change the database key"), QSqlError::ConnectionError));
        return false;
    }
    return true;
}

void SqlCipherDriver::close()
{
    if (!m_db)
        return;
    const auto results = m_results;
    for (SqlCipherResult* r : results)
        r->finalize();
    sqlite3_close_v2(m_db);
    m_db = nullptr;
    setOpen(false);
    setOpenError(false);
}

QSqlResult* SqlCipherDriver::createResult() const
{
    return new SqlCipherResult(this);
}

bool SqlCipherDriver::execSimple(const char* sql, QSqlError::ErrorType type, const QString& what)
{
    if (!m_db) {
        setLastError(QSqlError(what, tr("The database is not open."), type));
        return false;
    }
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK) {
        setLastError(sqliteError(m_db, what, type));
        return false;
    }
    return true;
}

bool SqlCipherDriver::beginTransaction()
{
    // IMMEDIATE takes the write lock up front, so two writers wait for each other (busy timeout)
    // instead of failing when a read transaction tries to become a write transaction.
    return execSimple("BEGIN IMMEDIATE", QSqlError::TransactionError,
                      tr("Unable to begin transaction"));
}

bool SqlCipherDriver::commitTransaction()
{
    return execSimple("COMMIT", QSqlError::TransactionError, tr("Unable to commit transaction"));
}

bool SqlCipherDriver::rollbackTransaction()
{
    return execSimple("ROLLBACK", QSqlError::TransactionError,
                      tr("Unable to roll back transaction"));
}

QStringList SqlCipherDriver::tables(QSql::TableType type) const
{
    QStringList kinds;
    if (type & QSql::Tables)
        kinds << QLatin1String("type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'");
    if (type & QSql::Views)
        kinds << QLatin1String("type = 'view'");
    QStringList names;
    if (!kinds.isEmpty()) {
        const QString sql = QLatin1String("SELECT name FROM sqlite_master WHERE (") +
                            kinds.join(QLatin1String(") OR (")) + QLatin1String(") ORDER BY name");
        for (const QVariantList& row : rawRows(m_db, sql))
            names << row.value(0).toString();
    }
    if ((type & QSql::SystemTables) && m_db)
        names << QLatin1String("sqlite_master");
    return names;
}

namespace {

// The plain name of a possibly escaped identifier: "a ""b""" becomes a "b".
QString plainName(const SqlCipherDriver& d, const QString& identifier)
{
    if (!d.isIdentifierEscaped(identifier, QSqlDriver::TableName))
        return identifier;
    return identifier.mid(1, identifier.size() - 2)
        .replace(QLatin1String("\"\""), QLatin1String("\""));
}

// PRAGMA pragma(table) for "schema.table" or an escaped name.
QString pragmaTarget(const SqlCipherDriver& d, const QString& tableName, const QString& pragma)
{
    QString schema;
    QString table = tableName;
    if (!d.isIdentifierEscaped(tableName, QSqlDriver::TableName)) {
        const int dot = int(tableName.indexOf(QLatin1Char('.')));
        if (dot > 0) {
            schema = tableName.left(dot);
            table = tableName.mid(dot + 1);
        }
    }
    QString sql = QLatin1String("PRAGMA ");
    if (!schema.isEmpty())
        sql += d.escapeIdentifier(schema, QSqlDriver::TableName) + QLatin1Char('.');
    return sql + pragma + QLatin1Char('(') + d.escapeIdentifier(table, QSqlDriver::TableName) +
           QLatin1Char(')');
}

} // namespace

QSqlRecord SqlCipherDriver::record(const QString& tableName) const
{
    QSqlRecord rec;
    const QString table = plainName(*this, tableName);
    const auto rows = rawRows(m_db, pragmaTarget(*this, tableName, QLatin1String("table_info")));
    int pkColumns = 0;
    for (const QVariantList& row : rows)
        pkColumns += row.value(5).toInt() > 0 ? 1 : 0;
    // columns: cid, name, type, notnull, dflt_value, pk
    for (const QVariantList& row : rows) {
        const QString declared = row.value(2).toString();
        QSqlField field(row.value(1).toString(), metaTypeForDeclaredType(declared), table);
        field.setRequiredStatus(row.value(3).toInt() ? QSqlField::Required : QSqlField::Optional);
        if (!row.value(4).isNull())
            field.setDefaultValue(row.value(4));
        // A single INTEGER PRIMARY KEY is SQLite's rowid: it fills itself in.
        if (row.value(5).toInt() > 0 && pkColumns == 1 &&
            declared.compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0)
            field.setAutoValue(true);
        rec.append(field);
    }
    return rec;
}

QSqlIndex SqlCipherDriver::primaryIndex(const QString& tableName) const
{
    const QString table = plainName(*this, tableName);
    QSqlIndex index(table);
    const QSqlRecord rec = record(tableName);
    QList<std::pair<int, QString>> keys;
    for (const QVariantList& row :
         rawRows(m_db, pragmaTarget(*this, tableName, QLatin1String("table_info")))) {
        if (row.value(5).toInt() > 0)
            keys.append({row.value(5).toInt(), row.value(1).toString()});
    }
    std::sort(keys.begin(), keys.end());
    for (const auto& key : keys)
        index.append(rec.field(key.second));
    if (!keys.isEmpty())
        index.setName(table);
    return index;
}

QVariant SqlCipherDriver::handle() const
{
    return QVariant::fromValue(m_db);
}

QString SqlCipherDriver::escapeIdentifier(const QString& identifier, IdentifierType type) const
{
    if (isIdentifierEscaped(identifier, type))
        return identifier;
    QString id = identifier;
    id.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + id + QLatin1Char('"');
}

bool SqlCipherDriver::isIdentifierEscaped(const QString& identifier, IdentifierType) const
{
    return identifier.size() > 2 && identifier.startsWith(QLatin1Char('"')) &&
           identifier.endsWith(QLatin1Char('"'));
}

QString SqlCipherDriver::formatValue(const QSqlField& field, bool trimStrings) const
{
    if (field.isNull())
        return QLatin1String("NULL");
    const QVariant v = field.value();
    switch (v.typeId()) {
    case QMetaType::Bool:
        return v.toBool() ? QLatin1String("1") : QLatin1String("0");
    case QMetaType::QByteArray:
        return QLatin1String("X'") + QString::fromLatin1(v.toByteArray().toHex()) +
               QLatin1Char('\'');
    case QMetaType::QDate:
        return QLatin1Char('\'') + v.toDate().toString(Qt::ISODate) + QLatin1Char('\'');
    case QMetaType::QTime:
        return QLatin1Char('\'') + v.toTime().toString(Qt::ISODateWithMs) + QLatin1Char('\'');
    case QMetaType::QDateTime:
        return QLatin1Char('\'') + v.toDateTime().toString(Qt::ISODateWithMs) + QLatin1Char('\'');
    default:
        return QSqlDriver::formatValue(field, trimStrings);
    }
}

} // namespace rmdesk
