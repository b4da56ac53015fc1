// IndexBuilder on a real encrypted database: an index whose records fit the sorter's buffer is
// built with temp_store = FILE, an expression or a table too large for the page cache's budget
// with MEMORY, and the connection is in MEMORY mode after every statement, failed ones and
// refused settings included.
#include "common/testsupport.h"
#include "storage/indexbuilder.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

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

// What SQLite's sorter holds for one index record in FILE mode (vdbesort.c): ROUND8 of its
// 16-byte SorterRecord and the record, in the record format of sqlite.org/fileformat2.html,
// worked out here value by value, independently of IndexBuilder's bound.
qint64 sorterBytes(const QVariantList& values)
{
    auto varint = [](quint64 v) {
        qint64 n = 1;
        while (v >>= 7)
            ++n;
        return std::min<qint64>(n, 9);
    };
    qint64 header = 0, body = 0;
    for (const QVariant& v : values) {
        quint64 type = 0;
        qint64 size = 0;
        if (v.isNull()) {
            type = 0;
        } else if (v.typeId() == QMetaType::Double) {
            type = 7, size = 8;
        } else if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int) {
            const qint64 i = v.toLongLong();
            if (i == 0 || i == 1)
                type = 8 + quint64(i);
            else if (i >= -128 && i <= 127)
                type = 1, size = 1;
            else if (i >= -32768 && i <= 32767)
                type = 2, size = 2;
            else if (i >= -8388608 && i <= 8388607)
                type = 3, size = 3;
            else if (i >= -2147483648LL && i <= 2147483647LL)
                type = 4, size = 4;
            else if (i >= -(qint64(1) << 47) && i < (qint64(1) << 47))
                type = 5, size = 6;
            else
                type = 6, size = 8;
        } else if (v.typeId() == QMetaType::QByteArray) {
            size = v.toByteArray().size();
            type = quint64(size) * 2 + 12;
        } else {
            size = v.toString().toUtf8().size();
            type = quint64(size) * 2 + 13;
        }
        header += varint(type);
        body += size;
    }
    header += varint(quint64(header + 1)) == 1 ? 1 : varint(quint64(header + 2));
    return (16 + header + body + 7) / 8 * 8;
}

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

// Told the statements beforehand, the builder measures each table once for all of their columns
// and once more for all of their expressions.
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
    BOOST_TEST(builder.tableScans() == 3); // t's columns, t's expression, g's columns
    BOOST_TEST(builder.sortedInBuffer() == 4);
    BOOST_TEST(indexed(QStringLiteral("t score")));
    BOOST_TEST(tempStore() == 2);
}

// The bound must hold for any values: reals (8 bytes, short text), NULLs, the largest integers,
// text long enough for 2- and 3-byte serial types and overflow pages, blobs, and a table without
// row ids, against what the sorter holds for each record, worked out value by value.
BOOST_FIXTURE_TEST_CASE(the_sort_bound_holds_for_awkward_values_and_is_not_loose, BuilderFixture)
{
    execOrFail(db, QStringLiteral("CREATE TABLE v (r, name, big, b)"));
    execOrFail(db, QStringLiteral("CREATE TABLE w (k TEXT PRIMARY KEY, r) WITHOUT ROWID"));
    execOrFail(db, QStringLiteral(
                       "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
                       "3000) INSERT INTO v SELECT CASE i % 3 WHEN 0 THEN NULL WHEN 1 THEN i + 0.5 "
                       "ELSE 1e300 END, CASE i % 5 WHEN 0 THEN '' WHEN 1 THEN printf('%.57c', 'x') "
                       "WHEN 2 THEN printf('%.58c', 'y') WHEN 3 THEN printf('%.9000c', 'z') ELSE "
                       "'客户' || i END, CASE i % 4 WHEN 0 THEN 0 WHEN 1 THEN 1 WHEN 2 THEN "
                       "-9223372036854775808 ELSE 4611686018427387904 + i END, randomblob(i % "
                       "200) FROM n"));
    execOrFail(db, QStringLiteral("INSERT INTO w SELECT coalesce(name, '') || rowid, r FROM v"));
    const QStringList plan{QStringLiteral("CREATE INDEX v_r ON v (r)"),
                           QStringLiteral("CREATE INDEX v_name_big ON v (name, big)"),
                           QStringLiteral("CREATE INDEX v_b ON v (b DESC)"),
                           QStringLiteral("CREATE INDEX v_big ON v (big)"),
                           QStringLiteral("CREATE INDEX w_r ON w (r)"),
                           QStringLiteral("CREATE INDEX v_mixed ON v ((CASE WHEN big > 1 THEN r "
                                          "ELSE substr(name, 1, 70) END) COLLATE NOCASE)")};
    IndexBuilder builder(db, plan);
    QString error;
    for (const QString& sql : plan) {
        const qint64 bound = builder.sortBytes(sql, &error);
        BOOST_TEST_REQUIRE(bound > 0, error.toStdString());
        BOOST_TEST_REQUIRE(builder.create(sql, &error), error.toStdString());
        const QString index = sql.section(QLatin1Char(' '), 2, 2);
        QString columns = sql.section(QLatin1Char('('), 1).section(QLatin1Char(')'), 0, 0);
        if (index == QLatin1String("v_mixed"))
            columns = QStringLiteral("CASE WHEN big > 1 THEN r ELSE substr(name, 1, 70) END");
        const QString table = sql.section(QLatin1Char(' '), 4, 4);
        const QString key =
            table == QLatin1String("w") ? QStringLiteral("k") : QStringLiteral("rowid");
        QSqlQuery q(db);
        BOOST_REQUIRE(
            q.exec(QStringLiteral("SELECT %1, %2 FROM %3")
                       .arg(QString(columns).remove(QLatin1String(" DESC")), key, table)));
        qint64 records = 0, held = 0;
        while (q.next()) {
            QVariantList values;
            for (int c = 0; c < q.record().count(); ++c)
                values << q.value(c);
            held += sorterBytes(values);
            ++records;
        }
        BOOST_TEST(records == 3000);
        BOOST_TEST(bound >= held, index.toStdString() << ": " << bound << " < " << held);
        BOOST_TEST(bound < 3 * held, index.toStdString() << ": " << bound << " vs " << held);
    }
    BOOST_TEST(builder.sortedInBuffer() == 6);
}

BOOST_FIXTURE_TEST_CASE(unmeasurable_expressions_and_large_tables_stay_in_memory_mode,
                        BuilderFixture)
{
    QString error;
    {
        IndexBuilder builder(db);
        BOOST_TEST(builder.create(QStringLiteral("CREATE INDEX t_rank ON t ((CASE WHEN score > "
                                                 "50 THEN 1 ELSE 0 END))"),
                                  &error));
        BOOST_TEST(
            builder.create(QStringLiteral("CREATE INDEX t_lower ON t (lower(name))"), &error));
        BOOST_TEST(builder.sortedInBuffer() == 2); // measured: in the buffer
        BOOST_TEST(indexed(QStringLiteral("t_rank")));
        // json_extract fails on rows the partial index leaves out: no bound, MEMORY mode, and
        // the index is built all the same.
        BOOST_TEST(builder.create(QStringLiteral("CREATE INDEX t_json ON t (json_extract(name, "
                                                 "'$.a')) WHERE json_valid(name)"),
                                  &error),
                   error.toStdString());
        BOOST_TEST(builder.sortedInBuffer() == 2);
        BOOST_TEST(indexed(QStringLiteral("t_json")));
        BOOST_TEST(tempStore() == 2);
    }
    {
        // Planned together, the failing expression does not take the other's bound with it.
        const QStringList plan{QStringLiteral("CREATE INDEX t_json2 ON t (json_extract(name, "
                                              "'$.b')) WHERE json_valid(name)"),
                               QStringLiteral("CREATE INDEX t_upper ON t (upper(name))")};
        IndexBuilder builder(db, plan);
        for (const QString& sql : plan)
            BOOST_TEST(builder.create(sql, &error), error.toStdString());
        BOOST_TEST(builder.sortedInBuffer() == 1);
        BOOST_TEST(indexed(QStringLiteral("t_upper")));
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
