// QSQLCIPHER with several connections: two on one file, one per thread, and busy handling.
#include "common/testsupport.h"
#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <atomic>

using namespace rmdesk;
using namespace rmdesk::test;

BOOST_AUTO_TEST_SUITE(driver_concurrency)

BOOST_AUTO_TEST_CASE(two_connections_see_each_others_commits)
{
    TempFolder folder;
    const SecretBytes key = SecretBytes::random(32);
    const QString path = folder.file(QStringLiteral("two.rmdb"));
    {
        QSqlDatabase a = openCipher(path, key, QStringLiteral("a"));
        BOOST_REQUIRE(a.isOpen());
        execOrFail(a, QStringLiteral("CREATE TABLE t (v INTEGER)"));
        QSqlDatabase b = openCipher(path, key, QStringLiteral("b"), QString());
        BOOST_REQUIRE_MESSAGE(b.isOpen(), b.lastError().text());

        // WAL: a reader keeps its snapshot while the other connection commits.
        BOOST_REQUIRE(b.transaction());
        QSqlQuery read(b);
        BOOST_REQUIRE(read.exec(QStringLiteral("SELECT count(*) FROM t")) && read.next());
        BOOST_TEST(read.value(0).toInt() == 0);
        read.finish();
        b.rollback();

        execOrFail(a, QStringLiteral("INSERT INTO t VALUES (1)"));
        BOOST_REQUIRE(read.exec(QStringLiteral("SELECT count(*) FROM t")) && read.next());
        BOOST_TEST(read.value(0).toInt() == 1);
    }
    dropConnection(QStringLiteral("a"));
    dropConnection(QStringLiteral("b"));
}

BOOST_AUTO_TEST_CASE(busy_writer_waits_then_reports_a_clear_error)
{
    TempFolder folder;
    const SecretBytes key = SecretBytes::random(32);
    const QString path = folder.file(QStringLiteral("busy.rmdb"));
    {
        QSqlDatabase a = openCipher(path, key, QStringLiteral("a"));
        BOOST_REQUIRE(a.isOpen());
        execOrFail(a, QStringLiteral("CREATE TABLE t (v INTEGER)"));
        QSqlDatabase b = openCipher(path, key, QStringLiteral("b"),
                                    QStringLiteral("QSQLCIPHER_BUSY_TIMEOUT=100"));
        BOOST_REQUIRE(b.isOpen());

        BOOST_REQUIRE(a.transaction());
        execOrFail(a, QStringLiteral("INSERT INTO t VALUES (1)"));
        // b cannot take the write lock while a holds it: after its timeout it says so.
        BOOST_TEST(!b.transaction());
        BOOST_TEST(b.lastError().type() == QSqlError::TransactionError);
        BOOST_TEST((b.lastError().nativeErrorCode().toInt() & 0xff) == 5); // SQLITE_BUSY
        BOOST_TEST(b.lastError().databaseText().startsWith(
            QStringLiteral("The database is busy with other work")));
        BOOST_REQUIRE(a.commit());
        // Once a commits, b proceeds.
        BOOST_REQUIRE_MESSAGE(b.transaction(), b.lastError().text());
        execOrFail(b, QStringLiteral("INSERT INTO t VALUES (2)"));
        BOOST_REQUIRE(b.commit());
    }
    dropConnection(QStringLiteral("a"));
    dropConnection(QStringLiteral("b"));
}

BOOST_AUTO_TEST_CASE(busy_timeout_lets_a_second_writer_wait_its_turn)
{
    TempFolder folder;
    MemoryKeyProvider keys;
    DbError error;
    auto db = Database::create(folder.file(QStringLiteral("threads.rmdb")), keys, &error);
    BOOST_REQUIRE_MESSAGE(db, error.message);
    QSqlDatabase main = db->connection();
    execOrFail(main, QStringLiteral("CREATE TABLE hits (thread INTEGER, n INTEGER)"));

    // Four threads, each with its own connection, write concurrently with the main thread.
    constexpr int perThread = 200;
    std::atomic<int> failures{0};
    QList<QThread*> threads;
    for (int t = 1; t <= 4; ++t) {
        threads << QThread::create([&, t] {
            QSqlDatabase own = db->connection();
            if (!own.isOpen() || own.connectionName() == main.connectionName()) {
                ++failures;
                return;
            }
            for (int i = 0; i < perThread; ++i) {
                QSqlQuery q(own);
                q.prepare(QStringLiteral("INSERT INTO hits VALUES (?, ?)"));
                q.addBindValue(t);
                q.addBindValue(i);
                if (!own.transaction() || !q.exec() || !own.commit())
                    ++failures;
            }
            own = QSqlDatabase();
            db->releaseThreadConnection();
        });
    }
    for (QThread* thread : threads)
        thread->start();
    for (int i = 0; i < perThread; ++i)
        execOrFail(main, QStringLiteral("INSERT INTO hits VALUES (0, %1)").arg(i));
    for (QThread* thread : threads) {
        thread->wait();
        delete thread;
    }
    BOOST_TEST(failures.load() == 0);
    QSqlQuery q(main);
    BOOST_REQUIRE(q.exec(QStringLiteral("SELECT count(*), count(DISTINCT thread) FROM hits")) &&
                  q.next());
    BOOST_TEST(q.value(0).toInt() == 5 * perThread);
    BOOST_TEST(q.value(1).toInt() == 5);
}

BOOST_AUTO_TEST_SUITE_END()
