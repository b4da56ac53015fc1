#include "database.h"

#include "migrator.h"
#include "sqlcipherdriver.h"

#include <sqlcipher/sqlite3.h>

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace rmdesk {

namespace {

DbError fail(DbError::Kind kind, const QString& message, const QString& detail = QString())
{
    return DbError{kind, message, detail};
}

DbError fromOpenError(const QString& path, const QSqlError& e)
{
    const int code = e.nativeErrorCode().toInt() & 0xff;
    const QString detail = e.databaseText();
    switch (code) {
    case SQLITE_CANTOPEN:
        if (!QFileInfo::exists(path))
            return fail(
                DbError::Missing,
                Database::tr("The database file %1 does not exist. Check the path, or create a new "
                             "database.")
                    .arg(path),
                detail);
        return fail(
            DbError::Failed,
            Database::tr("The database file %1 cannot be opened. Check that you may read and write "
                         "it and its folder.")
                .arg(path),
            detail);
    case SQLITE_NOTADB:
        return fail(DbError::Unreadable,
                    Database::tr(
                        "%1 cannot be opened with this key: either the key is wrong or the file is "
                        "not an RM Desk database. Nothing was changed.")
                        .arg(path),
                    detail);
    case SQLITE_CORRUPT:
        return fail(
            DbError::Damaged,
            Database::tr("The database file %1 is damaged. Nothing was changed; restore it from a "
                         "backup.")
                .arg(path),
            detail);
    default:
        return fail(DbError::Failed,
                    Database::tr("The database %1 cannot be opened: %2").arg(path, detail), detail);
    }
}

void setError(DbError* out, DbError e)
{
    if (out)
        *out = std::move(e);
}

QAtomicInt instanceCounter;

} // namespace

Database::Database(QString path, SecretBytes key)
    : m_path(std::move(path))
    , m_key(std::move(key))
    , m_prefix(QStringLiteral("rmdesk-%1-").arg(instanceCounter.fetchAndAddRelaxed(1)))
{}

Database::~Database()
{
    QMutexLocker lock(&m_mutex);
    for (const QString& name : std::as_const(m_connections))
        QSqlDatabase::removeDatabase(name);
    for (const QString& name : std::as_const(m_suspended))
        QSqlDatabase::removeDatabase(name);
    m_connections.clear();
    m_suspended.clear();
}

QStringList Database::siblingFiles(const QString& path)
{
    return {path + QLatin1String("-wal"), path + QLatin1String("-shm"),
            path + QLatin1String("-journal")};
}

QSqlDatabase Database::openConnection(bool create, DbError* error)
{
    SqlCipherDriver::registerDriver();
    const QString name = m_prefix + QString::number(quintptr(QThread::currentThread()), 16);
    auto* driver = new SqlCipherDriver;
    driver->setKey(m_key);
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
    db.setDatabaseName(m_path);
    if (create)
        db.setConnectOptions(QStringLiteral("QSQLCIPHER_CREATE"));
    if (!db.open()) {
        setError(error, fromOpenError(m_path, db.lastError()));
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return QSqlDatabase();
    }
    m_connections.insert(QThread::currentThread(), name);
    return db;
}

QSqlDatabase Database::connection(DbError* error)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_connections.constFind(QThread::currentThread());
    if (it != m_connections.cend())
        return QSqlDatabase::database(*it, false);
    const auto suspended = m_suspended.constFind(QThread::currentThread());
    if (suspended != m_suspended.cend() || m_rekeying) {
        setError(error,
                 fail(DbError::Failed,
                      tr("The database key is being changed. Try again when that is done.")));
        return suspended != m_suspended.cend() ? QSqlDatabase::database(*suspended, false)
                                               : QSqlDatabase();
    }
    return openConnection(false, error);
}

void Database::suspendThreadConnection()
{
    QMutexLocker lock(&m_mutex);
    const QString name = m_connections.take(QThread::currentThread());
    if (name.isEmpty())
        return;
    QSqlDatabase::database(name, false).close();
    m_suspended.insert(QThread::currentThread(), name);
}

bool Database::resumeThreadConnection(QString* error)
{
    QMutexLocker lock(&m_mutex);
    const QString name = m_suspended.take(QThread::currentThread());
    if (name.isEmpty())
        return true;
    QSqlDatabase db = QSqlDatabase::database(name, false);
    if (auto* driver = qobject_cast<SqlCipherDriver*>(db.driver()))
        driver->setKey(m_key);
    if (!db.open()) {
        *error = fromOpenError(m_path, db.lastError()).message;
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name); // the next connection() opens a new one
        return false;
    }
    m_connections.insert(QThread::currentThread(), name);
    return true;
}

void Database::releaseThreadConnection()
{
    QMutexLocker lock(&m_mutex);
    const QString name = m_connections.take(QThread::currentThread());
    if (!name.isEmpty())
        QSqlDatabase::removeDatabase(name);
}

int Database::schemaVersion()
{
    return Migrator::currentVersion(connection());
}

QString Database::cipherVersion()
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("PRAGMA cipher_version")) && q.next())
        return q.value(0).toString();
    return QString();
}

bool Database::rekey(const SecretBytes& newKey, QString* error)
{
    QMutexLocker lock(&m_mutex);
    if (m_connections.size() != 1 || !m_connections.contains(QThread::currentThread())) {
        *error = tr("The database key can only be changed while no other work is using the "
                    "database.");
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connections.value(QThread::currentThread()), false);
    // Not under the lock while the pages are rewritten: another thread asking for a connection
    // is told to wait rather than kept waiting.
    m_rekeying = true;
    lock.unlock();
    const auto done = qScopeGuard([this] {
        QMutexLocker relock(&m_mutex);
        m_rekeying = false;
    });
    auto* driver = qobject_cast<SqlCipherDriver*>(db.driver());
    QSqlQuery q(db);
    // PRAGMA rekey rewrites every page: not through the WAL.
    if (!driver || !q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) ||
        !q.exec(QStringLiteral("PRAGMA journal_mode = DELETE"))) {
        *error = tr("The database could not be prepared for a new key: %1")
                     .arg(q.lastError().databaseText());
        return false;
    }
    q.finish();
    const bool changed = driver->rekey(newKey);
    const QString why = driver->lastError().databaseText();
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) && changed) {
        *error = tr("The new key is in place, but write-ahead logging could not be restored: %1")
                     .arg(q.lastError().databaseText());
    }
    if (!changed) {
        *error = tr("The database key could not be changed: %1").arg(why);
        return false;
    }
    QMutexLocker relock(&m_mutex);
    m_key = newKey.clone();
    return true;
}

bool Database::exportCopy(const QString& target, QString* error, const std::atomic<bool>* cancel,
                          bool* cancelled)
{
    if (QFileInfo::exists(target)) {
        *error = tr("%1 already exists; choose another file for the copy.").arg(target);
        return false;
    }
    {
        // ATTACH cannot create files on a connection opened without SQLITE_OPEN_CREATE; an empty
        // file is a new database to SQLite.
        QFile empty(target);
        if (!empty.open(QIODevice::NewOnly | QIODevice::WriteOnly)) {
            *error = tr("The copy %1 could not be created: %2").arg(target, empty.errorString());
            return false;
        }
        empty.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
    QSqlDatabase db = connection();
    const int version = Migrator::currentVersion(db);
    auto* driver = qobject_cast<SqlCipherDriver*>(db.driver());
    sqlite3* handle = driver ? driver->connection() : nullptr;
    using Handler = int (*)(void*);
    const Handler stopWhenAsked = [](void* flag) {
        return static_cast<const std::atomic<bool>*>(flag)->load() ? 1 : 0;
    };
    auto watch = [&](bool on) { // only the long statement may be stopped, never the clean-up
        if (cancel && handle)
            sqlite3_progress_handler(handle, on ? 1000 : 0, on ? stopWhenAsked : nullptr,
                                     const_cast<std::atomic<bool>*>(cancel));
    };
    QSqlQuery q(db);
    // Attached without KEY, the copy is encrypted with this database's key.
    q.prepare(QStringLiteral("ATTACH DATABASE ? AS rmdesk_copy"));
    q.addBindValue(target);
    bool ok = q.exec();
    QString why = q.lastError().databaseText();
    if (ok) {
        // One transaction: every table from the same snapshot of the main file.
        ok = q.exec(QStringLiteral("BEGIN"));
        watch(true);
        ok = ok && q.exec(QStringLiteral("SELECT sqlcipher_export('rmdesk_copy')"));
        watch(false);
        ok = ok && q.exec(QStringLiteral("PRAGMA rmdesk_copy.user_version = %1").arg(version)) &&
             q.exec(QStringLiteral("PRAGMA rmdesk_copy.application_id = %1").arg(ApplicationId)) &&
             q.exec(QStringLiteral("COMMIT"));
        if (!ok) {
            why = q.lastError().databaseText();
            q.exec(QStringLiteral("ROLLBACK"));
        }
        q.finish();
        q.exec(QStringLiteral("DETACH DATABASE rmdesk_copy"));
    }
    const bool stopped = !ok && cancel && cancel->load();
    if (cancelled)
        *cancelled = stopped;
    if (stopped)
        why = tr("cancelled");
    if (!ok) {
        QFile::remove(target);
        for (const QString& f : siblingFiles(target))
            QFile::remove(f);
        *error = tr("The copy %1 could not be written: %2").arg(target, why);
        return false;
    }
    return true;
}

QStringList Database::integrityProblems()
{
    QStringList problems;
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("PRAGMA cipher_integrity_check")))
        problems
            << tr("The encrypted pages cannot be checked: %1").arg(q.lastError().databaseText());
    while (q.next())
        problems << tr("Damaged page: %1").arg(q.value(0).toString());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        problems
            << tr("The database structure cannot be checked: %1").arg(q.lastError().databaseText());
    while (q.next()) {
        const QString line = q.value(0).toString().replace(QLatin1Char('\n'), QLatin1String("; "));
        if (line != QLatin1String("ok"))
            problems << tr("Database structure: %1").arg(line);
    }
    if (q.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        while (q.next())
            problems << tr("Table %1, row %2 refers to a missing row in %3.")
                            .arg(q.value(0).toString(), q.value(1).toString(),
                                 q.value(2).toString());
    }
    return problems;
}

bool Database::prepare(bool fresh, DbError* error)
{
    QMutexLocker lock(&m_mutex);
    QSqlDatabase db = openConnection(fresh, error);
    if (!db.isValid())
        return false;
    QSqlQuery q(db);
    if (fresh) {
        if (!q.exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId))) {
            setError(error, fail(DbError::Failed, tr("Cannot write the new database %1: %2")
                                                      .arg(m_path, q.lastError().databaseText())));
            return false;
        }
    } else {
        if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next() ||
            q.value(0).toInt() != ApplicationId) {
            setError(
                error,
                fail(DbError::NotRmDesk,
                     tr("%1 is an encrypted database, but not an RM Desk database.").arg(m_path)));
            return false;
        }
    }
    q.finish();
    const Migrator migrator;
    const int version = Migrator::currentVersion(db);
    if (version > migrator.latestVersion()) {
        setError(error, fail(DbError::TooNew,
                             tr("%1 was written by a newer RM Desk (schema version %2; this "
                                "version knows up to %3). Update RM Desk to open it.")
                                 .arg(m_path)
                                 .arg(version)
                                 .arg(migrator.latestVersion())));
        return false;
    }
    QString why;
    if (!migrator.migrate(db, &why)) {
        setError(error, fail(DbError::Failed,
                             tr("The database %1 could not be updated to this version of RM Desk; "
                                "it was left as it was. %2")
                                 .arg(m_path, why)));
        return false;
    }
    return true;
}

std::unique_ptr<Database> Database::create(const QString& path, KeyProvider& keys, DbError* error)
{
    if (QFileInfo::exists(path)) {
        setError(error,
                 fail(DbError::Exists,
                      tr("%1 already exists. Choose another name, or open it instead.").arg(path)));
        return nullptr;
    }
    if (!initCrypto()) {
        setError(error, fail(DbError::KeyProblem, tr("The cryptography library cannot be used.")));
        return nullptr;
    }
    std::unique_ptr<Database> db(new Database(path, SecretBytes::random(32)));
    auto discard = [&] {
        db.reset();
        QFile::remove(path);
        for (const QString& f : siblingFiles(path))
            QFile::remove(f);
    };
    if (!db->prepare(true, error)) {
        discard();
        return nullptr;
    }
    // Encrypted or not, nobody else on the machine needs to read it.
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QString why;
    if (!keys.adoptNewKey(path, db->m_key, &why)) {
        setError(error, fail(DbError::KeyProblem,
                             tr("The key of the new database could not be stored: %1").arg(why)));
        discard();
        return nullptr;
    }
    return db;
}

std::unique_ptr<Database> Database::open(const QString& path, KeyProvider& keys, DbError* error)
{
    if (!QFileInfo(path).isFile()) {
        setError(error, fail(DbError::Missing,
                             tr("The database file %1 does not exist. Check the path, or create a "
                                "new database.")
                                 .arg(path)));
        return nullptr;
    }
    QString why;
    SecretBytes key = keys.keyFor(path, &why);
    if (key.isEmpty()) {
        setError(error,
                 fail(DbError::KeyProblem, tr("No key for %1 is available: %2").arg(path, why)));
        return nullptr;
    }
    std::unique_ptr<Database> db(new Database(path, std::move(key)));
    if (!db->prepare(false, error))
        return nullptr;
    return db;
}

} // namespace rmdesk
