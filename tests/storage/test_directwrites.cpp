// DirectWrites on real encrypted files: the only connection writes without the WAL and gets it
// back (also when the transaction is rolled back, and from the destructor); with a second
// connection open nothing changes; and a write that fails on a full disk leaves the rows and the
// file's size as they were, with no journal behind.
#include "common/testsupport.h"
#include "storage/directwrites.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

using namespace rmdesk;
using namespace rmdesk::test;

namespace {

struct DirectFixture
{
    DirectFixture()
        : key(SecretBytes::random(32))
        , path(folder.file(QStringLiteral("direct.rmdb")))
    {
        db = openCipher(path, key, QStringLiteral("direct"));
        BOOST_REQUIRE_MESSAGE(db.isOpen(), db.lastError().text());
        execOrFail(db, QStringLiteral("CREATE TABLE t (v BLOB)"));
        execOrFail(db, QStringLiteral("INSERT INTO t VALUES (randomblob(1000))"));
    }
    ~DirectFixture()
    {
        db = QSqlDatabase();
        dropConnection(QStringLiteral("direct"));
        dropConnection(QStringLiteral("other"));
    }
    QString scalar(const QString& sql)
    {
        QSqlQuery q(db);
        BOOST_REQUIRE_MESSAGE(q.exec(sql) && q.next(), q.lastError().text());
        return q.value(0).toString();
    }
    QString mode() { return scalar(QStringLiteral("PRAGMA journal_mode")); }
    QStringList files() const { return QDir(folder.dir.path()).entryList(QDir::Files); }
    // `rows` rows of 4 KB each: a megabyte is 250.
    void insert(int rows)
    {
        execOrFail(db, QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
                                      "FROM n WHERE i < %1) INSERT INTO t SELECT randomblob(4000) "
                                      "FROM n")
                           .arg(rows));
    }

    TempFolder folder;
    SecretBytes key;
    QString path;
    QSqlDatabase db;
};

} // namespace

BOOST_FIXTURE_TEST_SUITE(direct_writes, DirectFixture)

BOOST_AUTO_TEST_CASE(the_only_connection_writes_without_the_wal_and_gets_it_back)
{
    BOOST_REQUIRE(mode() == QStringLiteral("wal"));
    {
        DirectWrites direct(db);
        BOOST_TEST(direct.active());
        BOOST_TEST(mode() == QStringLiteral("delete"));
        BOOST_REQUIRE(db.transaction());
        insert(500);
        BOOST_TEST(!QFileInfo::exists(path + QStringLiteral("-wal")));
        BOOST_REQUIRE(db.commit());
        QString error;
        BOOST_TEST(direct.restore(&error), error.toStdString());
        BOOST_TEST(mode() == QStringLiteral("wal"));
        BOOST_TEST(!direct.active());
    }
    BOOST_TEST(scalar(QStringLiteral("SELECT count(*) FROM t")) == QStringLiteral("501"));
    {
        DirectWrites direct(db); // rolled back, restored by the destructor
        BOOST_REQUIRE(db.transaction());
        insert(500);
        BOOST_REQUIRE(db.rollback());
    }
    BOOST_TEST(mode() == QStringLiteral("wal"));
    BOOST_TEST(scalar(QStringLiteral("SELECT count(*) FROM t")) == QStringLiteral("501"));
    BOOST_TEST(scalar(QStringLiteral("PRAGMA integrity_check")) == QStringLiteral("ok"));
}

BOOST_AUTO_TEST_CASE(another_connection_keeps_the_wal)
{
    QSqlDatabase other = openCipher(path, key, QStringLiteral("other"));
    BOOST_REQUIRE(other.isOpen());
    {
        QSqlQuery read(other);
        BOOST_REQUIRE(read.exec(QStringLiteral("SELECT count(*) FROM t")) && read.next());
    }
    DirectWrites direct(db);
    BOOST_TEST(!direct.active());
    BOOST_TEST(mode() == QStringLiteral("wal"));
    QString error;
    BOOST_TEST(direct.restore(&error)); // nothing to restore
    other = QSqlDatabase();
}

BOOST_AUTO_TEST_CASE(a_full_disk_leaves_the_file_as_it_was)
{
    insert(50);
    execOrFail(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    // The header changes with the journal mode and its change counter: compare rows and size.
    const QString rows =
        scalar(QStringLiteral("SELECT group_concat(hex(substr(v, 1, 16))) FROM t"));
    const qint64 size = QFileInfo(path).size();
    const QStringList filesBefore = files();
    {
        DirectWrites direct(db);
        BOOST_REQUIRE(direct.active());
        BOOST_REQUIRE(db.transaction());
        bool failed = false;
        {
            const FileSizeLimit full(largestFileIn(folder.dir.path()) + 64 * 1024);
            QSqlQuery q(db);
            failed = !q.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT "
                                            "i + 1 FROM n WHERE i < 2000) INSERT INTO t SELECT "
                                            "randomblob(4000) FROM n")) ||
                     !db.commit();
        }
        BOOST_TEST(failed);
        db.rollback();
    }
    BOOST_TEST(mode() == QStringLiteral("wal"));
    BOOST_TEST(scalar(QStringLiteral("SELECT count(*) FROM t")) == QStringLiteral("51"));
    BOOST_TEST(scalar(QStringLiteral("PRAGMA integrity_check")) == QStringLiteral("ok"));
    execOrFail(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    BOOST_TEST(scalar(QStringLiteral("SELECT group_concat(hex(substr(v, 1, 16))) FROM t")) == rows);
    BOOST_TEST(QFileInfo(path).size() == size);
    QStringList after = files();
    after.removeAll(QStringLiteral("direct.rmdb-wal"));
    after.removeAll(QStringLiteral("direct.rmdb-shm"));
    QStringList expected = filesBefore;
    expected.removeAll(QStringLiteral("direct.rmdb-wal"));
    expected.removeAll(QStringLiteral("direct.rmdb-shm"));
    BOOST_TEST(after == expected); // no journal left
}

BOOST_AUTO_TEST_SUITE_END()
