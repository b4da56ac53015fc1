// What reaches the disk: an encrypted header, no plaintext anywhere (database, WAL, temp files),
// and files that fail to open stay byte-for-byte as they were.
#include "common/testsupport.h"
#include "storage/database.h"
#include "storage/sqlcipherdriver.h"

#include <sqlcipher/sqlite3.h>
#include <unistd.h>

#include <cstdio>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>

using namespace rmdesk;
using namespace rmdesk::test;

namespace {

const QByteArray sentinel = "SENTINEL-7f3a9c-客户-do-not-leak";

// Every temporary file SQLite might write goes to a folder of the test's own, so it can be
// searched.
struct PrivateTempDir
{
    PrivateTempDir()
    {
        qputenv("SQLITE_TMPDIR", folder.dir.path().toLocal8Bit());
        qputenv("TMPDIR", folder.dir.path().toLocal8Bit());
    }
    ~PrivateTempDir()
    {
        qunsetenv("SQLITE_TMPDIR");
        qunsetenv("TMPDIR");
    }
    TempFolder folder;
};

QStringList filesIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

// Creates a small encrypted RM Desk-style file with `key` and closes it.
void makeEncrypted(const QString& path, const SecretBytes& key)
{
    {
        QSqlDatabase db = openCipher(path, key, QStringLiteral("make"));
        BOOST_REQUIRE_MESSAGE(db.isOpen(), db.lastError().text());
        execOrFail(db, QStringLiteral("CREATE TABLE t (v TEXT)"));
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO t VALUES (?)"));
        for (int i = 0; i < 500; ++i) {
            q.addBindValue(QStringLiteral("row %1 padding padding padding").arg(i));
            BOOST_REQUIRE(q.exec());
        }
    }
    dropConnection(QStringLiteral("make"));
}

// Opens `path` with `key` (no create) and requires a clear failure that changed nothing.
void requireRefusedUnchanged(const QString& path, const SecretBytes& key, int expectedPrimaryCode)
{
    const QString folder = QFileInfo(path).absolutePath();
    const QStringList before = filesIn(folder);
    const QByteArray hash = sha256OfFile(path);
    {
        QSqlDatabase db = openCipher(path, key, QStringLiteral("refused"), QString());
        BOOST_TEST(!db.isOpen());
        const QSqlError e = db.lastError();
        BOOST_TEST(e.type() == QSqlError::ConnectionError);
        BOOST_TEST(!e.driverText().isEmpty());
        BOOST_TEST((e.nativeErrorCode().toInt() & 0xff) == expectedPrimaryCode);
    }
    dropConnection(QStringLiteral("refused"));
    BOOST_TEST(sha256OfFile(path) == hash);
    BOOST_TEST(filesIn(folder) == before); // no -wal, -shm or -journal left behind
}

// Captures what is written to the process's stderr (fd 2) while it lives.
class StderrCapture
{
public:
    StderrCapture()
    {
        BOOST_REQUIRE(m_file.open());
        std::fflush(stderr);
        m_saved = ::dup(2);
        ::dup2(m_file.handle(), 2);
    }
    QByteArray finish()
    {
        std::fflush(stderr);
        ::dup2(m_saved, 2);
        ::close(m_saved);
        m_file.seek(0);
        return m_file.readAll();
    }

private:
    QTemporaryFile m_file;
    int m_saved = -1;
};

} // namespace

BOOST_AUTO_TEST_SUITE(encryption)

BOOST_AUTO_TEST_CASE(header_is_not_plain_sqlite)
{
    TempFolder folder;
    MemoryKeyProvider keys;
    DbError error;
    const QString path = folder.file(QStringLiteral("header.rmdb"));
    auto db = Database::create(path, keys, &error);
    BOOST_REQUIRE_MESSAGE(db, error.message);
    db.reset();
    QFile f(path);
    BOOST_REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray head = f.read(16);
    BOOST_TEST(head.size() == 16);
    BOOST_TEST(!head.startsWith("SQLite format 3"));
}

BOOST_AUTO_TEST_CASE(sentinel_reaches_no_file_in_plaintext)
{
    PrivateTempDir temp;
    TempFolder folder;
    MemoryKeyProvider keys;
    DbError error;
    const QString path = folder.file(QStringLiteral("secret.rmdb"));
    auto db = Database::create(path, keys, &error);
    BOOST_REQUIRE_MESSAGE(db, error.message);
    QSqlDatabase c = db->connection();
    execOrFail(c,
               QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT, pad TEXT)"));
    BOOST_REQUIRE(c.transaction());
    QSqlQuery q(c);
    q.prepare(QStringLiteral("INSERT INTO notes (body, pad) VALUES (?, ?)"));
    for (int i = 0; i < 20000; ++i) {
        q.addBindValue(QString::fromUtf8(sentinel) + QString::number(i));
        q.addBindValue(QString(200, QLatin1Char('a' + i % 26)));
        BOOST_REQUIRE(q.exec());
    }
    BOOST_REQUIRE(c.commit());
    // Work that needs temporary storage: a big unindexed sort, a temp table, an index build.
    BOOST_REQUIRE(q.exec(QStringLiteral("SELECT body FROM notes ORDER BY pad DESC, body")));
    while (q.next()) {
    }
    execOrFail(c, QStringLiteral("CREATE TEMP TABLE scratch AS SELECT body FROM notes"));
    execOrFail(c, QStringLiteral("CREATE INDEX notes_body ON notes (body)"));
    execOrFail(c, QStringLiteral("VACUUM"));

    // While open (WAL and shared memory present) and after closing, nothing shows the sentinel.
    BOOST_TEST(filesContaining(folder.dir.path(), sentinel).isEmpty());
    BOOST_TEST(filesContaining(temp.folder.dir.path(), sentinel).isEmpty());
    BOOST_TEST(filesContaining(folder.dir.path(), "SQLite format 3").isEmpty());
    q.finish();
    q = QSqlQuery();
    c = QSqlDatabase();
    db.reset();
    BOOST_TEST(filesContaining(folder.dir.path(), sentinel).isEmpty());
    BOOST_TEST(filesContaining(temp.folder.dir.path(), sentinel).isEmpty());
    BOOST_TEST(filesContaining(QDir::tempPath(), sentinel).isEmpty());

    // And the data is all there when opened with the key.
    auto again = Database::open(path, keys, &error);
    BOOST_REQUIRE_MESSAGE(again, error.message);
    QSqlQuery check(again->connection());
    BOOST_REQUIRE(check.exec(QStringLiteral("SELECT count(*) FROM notes")) && check.next());
    BOOST_TEST(check.value(0).toInt() == 20000);
}

BOOST_AUTO_TEST_CASE(wrong_key_changes_nothing)
{
    TempFolder folder;
    const QString path = folder.file(QStringLiteral("keyed.rmdb"));
    const SecretBytes key = SecretBytes::random(32);
    makeEncrypted(path, key);
    StderrCapture capture;
    requireRefusedUnchanged(path, SecretBytes::random(32), SQLITE_NOTADB);
    // SQLCipher's own "hmac check failed" log lines do not reach the user's terminal.
    BOOST_TEST(capture.finish().isEmpty());
    // The right key still opens it afterwards.
    {
        QSqlDatabase db = openCipher(path, key, QStringLiteral("right"), QString());
        BOOST_TEST(db.isOpen());
    }
    dropConnection(QStringLiteral("right"));
}

BOOST_AUTO_TEST_CASE(plain_sqlite_file_is_refused)
{
    TempFolder folder;
    const QString path = folder.file(QStringLiteral("plain.db"));
    sqlite3* raw = nullptr;
    BOOST_REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &raw) == SQLITE_OK);
    BOOST_REQUIRE(sqlite3_exec(raw, "CREATE TABLE t (v); INSERT INTO t VALUES ('plain')", nullptr,
                               nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(raw);
    QFile f(path);
    BOOST_REQUIRE(f.open(QIODevice::ReadOnly));
    BOOST_REQUIRE(f.read(15) == "SQLite format 3");
    f.close();
    requireRefusedUnchanged(path, SecretBytes::random(32), SQLITE_NOTADB);
}

BOOST_AUTO_TEST_CASE(truncated_file_is_refused)
{
    TempFolder folder;
    const SecretBytes key = SecretBytes::random(32);
    const QString path = folder.file(QStringLiteral("truncated.rmdb"));
    makeEncrypted(path, key);
    const qint64 full = QFileInfo(path).size();
    BOOST_REQUIRE(full > 8192);
    // Cut in the middle of a page, at a page boundary, and inside the first page.
    for (qint64 size : {full / 2 + 100, full - 4096, qint64(100)}) {
        const QString copy = folder.file(QStringLiteral("cut-%1.rmdb").arg(size));
        BOOST_REQUIRE(QFile::copy(path, copy));
        BOOST_REQUIRE(QFile::resize(copy, size));
        const int primary = size < 4096 ? SQLITE_NOTADB : SQLITE_CORRUPT;
        BOOST_TEST_CONTEXT("truncated to " << size) requireRefusedUnchanged(copy, key, primary);
    }
}

BOOST_AUTO_TEST_CASE(random_bytes_and_empty_files_are_refused)
{
    TempFolder folder;
    const QString path = folder.file(QStringLiteral("noise.rmdb"));
    QFile f(path);
    BOOST_REQUIRE(f.open(QIODevice::WriteOnly));
    QByteArray noise(64 * 1024, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(noise.data()),
                                          noise.size() / 4);
    f.write(noise);
    f.close();
    requireRefusedUnchanged(path, SecretBytes::random(32), SQLITE_NOTADB);

    const QString empty = folder.file(QStringLiteral("empty.rmdb"));
    QFile e(empty);
    BOOST_REQUIRE(e.open(QIODevice::WriteOnly));
    e.close();
    requireRefusedUnchanged(empty, SecretBytes::random(32), SQLITE_NOTADB);
}

BOOST_AUTO_TEST_CASE(missing_file_is_not_created)
{
    TempFolder folder;
    const QString path = folder.file(QStringLiteral("missing.rmdb"));
    {
        QSqlDatabase db =
            openCipher(path, SecretBytes::random(32), QStringLiteral("missing"), QString());
        BOOST_TEST(!db.isOpen());
        BOOST_TEST((db.lastError().nativeErrorCode().toInt() & 0xff) == SQLITE_CANTOPEN);
    }
    dropConnection(QStringLiteral("missing"));
    BOOST_TEST(filesIn(folder.dir.path()).isEmpty());
}

BOOST_AUTO_TEST_CASE(database_open_maps_failures_to_clear_errors)
{
    TempFolder folder;
    MemoryKeyProvider keys;
    DbError error;
    const QString path = folder.file(QStringLiteral("app.rmdb"));
    BOOST_REQUIRE(Database::create(path, keys, &error));
    const QByteArray hash = sha256OfFile(path);

    MemoryKeyProvider wrong(SecretBytes::random(32));
    BOOST_TEST(!Database::open(path, wrong, &error));
    BOOST_TEST(error.kind == DbError::Unreadable);
    BOOST_TEST(error.message.contains(path));
    BOOST_TEST(sha256OfFile(path) == hash);

    BOOST_TEST(!Database::open(folder.file(QStringLiteral("nope.rmdb")), keys, &error));
    BOOST_TEST(error.kind == DbError::Missing);

    BOOST_TEST(!Database::create(path, keys, &error));
    BOOST_TEST(error.kind == DbError::Exists);
    BOOST_TEST(sha256OfFile(path) == hash);

    // An encrypted database that is not RM Desk's: refused, not migrated.
    const SecretBytes otherKey = SecretBytes::random(32);
    const QString foreign = folder.file(QStringLiteral("foreign.rmdb"));
    makeEncrypted(foreign, otherKey);
    const QByteArray foreignHash = sha256OfFile(foreign);
    MemoryKeyProvider otherKeys(otherKey.clone());
    BOOST_TEST(!Database::open(foreign, otherKeys, &error));
    BOOST_TEST(error.kind == DbError::NotRmDesk);
    BOOST_TEST(sha256OfFile(foreign) == foreignHash);
}

BOOST_AUTO_TEST_SUITE_END()
