// IndexBuilder on a real encrypted database: an index whose records fit the sorter's buffer is
// built with temp_store = FILE, an expression or a table too large for the page cache's budget
// with MEMORY, and the connection is in MEMORY mode after every statement, failed ones and
// refused settings included.
#include "common/testsupport.h"
#include "storage/indexbuilder.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace rmdesk;
using namespace rmdesk::test;

namespace {

struct BuilderFixture
{
    BuilderFixture()
        : key(SecretBytes::random(32))
    {
        db = openCipher(folder.file(QStringLiteral("index.rmdb")), key, name);
        BOOST_REQUIRE_MESSAGE(db.isOpen(), db.lastError().text());
        execOrFail(db, QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, "
                                      "score INTEGER)"));
        execOrFail(db, QStringLiteral("CREATE TABLE g (gram TEXT NOT NULL, owner INTEGER NOT "
                                      "NULL, PRIMARY KEY (gram, owner)) WITHOUT ROWID"));
        execOrFail(db, QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
                                      "FROM n WHERE i < 2000) INSERT INTO t SELECT i, '客户' || "
                                      "i, i % 97 FROM n"));
        execOrFail(db, QStringLiteral("INSERT INTO g SELECT substr(name, 1, 2), id FROM t"));
        execOrFail(db, QStringLiteral("PRAGMA cache_size = -65536"));
    }
    ~BuilderFixture()
    {
        db = QSqlDatabase();
        dropConnection(name);
    }
    int scalar(const QString& sql)
    {
        QSqlQuery q(db);
        BOOST_REQUIRE_MESSAGE(q.exec(sql) && q.next(), sql.toStdString());
        return q.value(0).toInt();
    }
    int tempStore() { return scalar(QStringLiteral("PRAGMA temp_store")); }
    bool indexed(const QString& index)
    {
        return scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' "
                                     "AND name = '%1'")
                          .arg(index)) == 1;
    }

    const QString name = QStringLiteral("index-builder");
    TempFolder folder;
    SecretBytes key;
    QSqlDatabase db;
};

} // namespace

BOOST_AUTO_TEST_SUITE(index_builder)

BOOST_AUTO_TEST_CASE(the_budget_is_half_the_cache_at_most_half_of_512_mib)
{
    BOOST_TEST(IndexBuilder::budget(-65536, 4096) == 32 * 1024 * 1024);
    BOOST_TEST(IndexBuilder::budget(1000, 4096) == 2048000);
    BOOST_TEST(IndexBuilder::budget(-4000000, 4096) == 256 * 1024 * 1024);
}

BOOST_FIXTURE_TEST_CASE(small_column_indexes_sort_in_the_buffer, BuilderFixture)
{
    BOOST_REQUIRE(tempStore() == 2); // the driver's MEMORY
    IndexBuilder builder(db);
    QString error;
    BOOST_TEST(builder.create(QStringLiteral("CREATE INDEX t_name ON t (name)"), &error),
               error.toStdString());
    BOOST_TEST(builder.create(QStringLiteral("CREATE INDEX t_score ON t (score DESC, name "
                                             "COLLATE NOCASE)"),
                              &error),
               error.toStdString());
    BOOST_TEST(builder.create(QStringLiteral("CREATE INDEX g_owner ON g (owner)"), &error),
               error.toStdString());
    BOOST_TEST(builder.sortedInBuffer() == 3);
    BOOST_TEST(builder.tableScans() == 3); // not planned: t for name, t again for score, g
    BOOST_TEST(tempStore() == 2);
    BOOST_TEST(indexed(QStringLiteral("t_name")));
    BOOST_TEST(indexed(QStringLiteral("g_owner")));
    // 客户2, 客户20 … 客户29, 客户200 … 客户299, 客户2000, read through the new index.
    BOOST_TEST(scalar(QStringLiteral("SELECT count(*) FROM t INDEXED BY t_name WHERE name >= "
                                     "'客户2' AND name < '客户3'")) == 112);
    QSqlQuery q(db);
    BOOST_REQUIRE(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
    BOOST_TEST(q.value(0).toString() == QStringLiteral("ok"));
}

// Told the statements beforehand, the builder measures each table once for all of them.
BOOST_FIXTURE_TEST_CASE(planned_indexes_measure_each_table_once, BuilderFixture)
{
    const QStringList plan = {QStringLiteral("CREATE INDEX t_name ON t (name)"),
                              QStringLiteral("CREATE INDEX t_rank ON t ((score > 50), id)"),
                              QStringLiteral("CREATE INDEX \"t score\" ON \"T\" (score DESC)"),
                              QStringLiteral("CREATE INDEX g_owner ON g (owner)")};
    IndexBuilder builder(db, plan);
    QString error;
    for (const QString& sql : plan)
        BOOST_TEST(builder.create(sql, &error), error.toStdString());
    BOOST_TEST(builder.tableScans() == 2);
    BOOST_TEST(builder.sortedInBuffer() == 3); // the expression in MEMORY mode
    BOOST_TEST(indexed(QStringLiteral("t score")));
    BOOST_TEST(tempStore() == 2);
}

BOOST_FIXTURE_TEST_CASE(expressions_and_large_tables_stay_in_memory_mode, BuilderFixture)
{
    QString error;
    {
        IndexBuilder builder(db);
        BOOST_TEST(builder.create(QStringLiteral("CREATE INDEX t_rank ON t ((CASE WHEN score > "
                                                 "50 THEN 1 ELSE 0 END))"),
                                  &error));
        BOOST_TEST(
            builder.create(QStringLiteral("CREATE INDEX t_lower ON t (lower(name))"), &error));
        BOOST_TEST(builder.sortedInBuffer() == 0);
        BOOST_TEST(indexed(QStringLiteral("t_rank")));
    }
    // 2,000 rows need more than a 10-page cache's budget (20 KiB).
    execOrFail(db, QStringLiteral("PRAGMA cache_size = 10"));
    IndexBuilder small(db);
    BOOST_TEST(small.create(QStringLiteral("CREATE INDEX t_name ON t (name)"), &error));
    BOOST_TEST(small.sortedInBuffer() == 0);
    BOOST_TEST(indexed(QStringLiteral("t_name")));
    BOOST_TEST(tempStore() == 2);
}

BOOST_FIXTURE_TEST_CASE(failures_and_refused_settings_leave_memory_mode, BuilderFixture)
{
    IndexBuilder builder(db);
    QString error;
    BOOST_TEST(!builder.create(QStringLiteral("CREATE INDEX t_bad ON t (missing)"), &error));
    BOOST_TEST(!error.isEmpty());
    BOOST_TEST(tempStore() == 2);
    BOOST_TEST(!builder.create(QStringLiteral("CREATE INDEX t_name ON nowhere (name)"), &error));
    BOOST_TEST(tempStore() == 2);
    // With a temporary table in use inside a transaction SQLite refuses to change the setting:
    // the index is built in MEMORY mode and the temporary table survives.
    BOOST_REQUIRE(db.transaction());
    execOrFail(db, QStringLiteral("CREATE TEMP TABLE scratch (x)"));
    execOrFail(db, QStringLiteral("INSERT INTO scratch VALUES (1)"));
    BOOST_TEST(builder.create(QStringLiteral("CREATE INDEX t_name ON t (name)"), &error),
               error.toStdString());
    BOOST_TEST(builder.sortedInBuffer() == 0);
    BOOST_TEST(tempStore() == 2);
    BOOST_TEST(scalar(QStringLiteral("SELECT count(*) FROM scratch")) == 1);
    BOOST_REQUIRE(db.commit());
    BOOST_TEST(indexed(QStringLiteral("t_name")));
}

BOOST_AUTO_TEST_SUITE_END()
