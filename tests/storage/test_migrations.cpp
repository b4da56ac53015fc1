// Schema migrations: every historical version migrates to the same schema as a fresh database;
// a failing migration changes nothing; a newer file is refused.
#include "common/testsupport.h"
#include "storage/database.h"
#include "storage/migrator.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace rmdesk;
using namespace rmdesk::test;

namespace {

// The schema as text: every table, index, view and trigger with its SQL, in a stable order.
QString schemaOf(QSqlDatabase db)
{
    QSqlQuery q(db);
    BOOST_REQUIRE(q.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master "
                                        "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")));
    QStringList rows;
    while (q.next())
        rows << QStringLiteral("%1|%2|%3|%4")
                    .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                         q.value(3).toString());
    return rows.join(QLatin1Char('\n'));
}

QString tableContents(QSqlDatabase db, const QString& table)
{
    QSqlQuery q(db);
    BOOST_REQUIRE(q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(table)));
    QStringList rows;
    while (q.next()) {
        QStringList cols;
        for (int i = 0; i < q.record().count(); ++i)
            cols << q.value(i).toString();
        rows << cols.join(QLatin1Char('|'));
    }
    return rows.join(QLatin1Char('\n'));
}

int userVersion(QSqlDatabase db)
{
    return Migrator::currentVersion(db);
}

struct MigrationFixture
{
    MigrationFixture()
        : key(SecretBytes::random(32))
    {}
    QSqlDatabase fresh(const QString& name)
    {
        QSqlDatabase db = openCipher(folder.file(name + QStringLiteral(".rmdb")), key, name);
        BOOST_REQUIRE_MESSAGE(db.isOpen(), db.lastError().text());
        names << name;
        return db;
    }
    ~MigrationFixture()
    {
        for (const QString& n : names)
            dropConnection(n);
    }
    TempFolder folder;
    SecretBytes key;
    QStringList names;
};

} // namespace

BOOST_FIXTURE_TEST_SUITE(migrations, MigrationFixture)

BOOST_AUTO_TEST_CASE(shipped_migrations_are_numbered_without_gaps)
{
    const Migrator m;
    BOOST_REQUIRE(!m.migrations().isEmpty());
    for (int i = 0; i < m.migrations().size(); ++i) {
        BOOST_TEST(m.migrations().at(i).version == i + 1);
        BOOST_TEST(!m.migrations().at(i).sql.trimmed().isEmpty());
    }
    BOOST_TEST(m.latestVersion() == m.migrations().size());
}

BOOST_AUTO_TEST_CASE(every_historical_version_migrates_to_the_fresh_schema)
{
    const Migrator migrator;
    QSqlDatabase reference = fresh(QStringLiteral("reference"));
    QString error;
    BOOST_REQUIRE_MESSAGE(migrator.migrate(reference, &error), error);
    BOOST_TEST(userVersion(reference) == migrator.latestVersion());
    const QString expected = schemaOf(reference);

    for (int version = 0; version < migrator.latestVersion(); ++version) {
        BOOST_TEST_CONTEXT("from version " << version)
        {
            QSqlDatabase old = fresh(QStringLiteral("v%1").arg(version));
            BOOST_REQUIRE_MESSAGE(migrator.migrate(old, &error, version), error);
            BOOST_TEST(userVersion(old) == version);
            if (version >= 1) // data written at an older version survives the upgrade
                execOrFail(old, QStringLiteral("INSERT INTO branches (code, name) VALUES "
                                               "('BJ01', '北京分行')"));
            BOOST_REQUIRE_MESSAGE(migrator.migrate(old, &error), error);
            BOOST_TEST(userVersion(old) == migrator.latestVersion());
            BOOST_TEST(schemaOf(old) == expected);
            BOOST_TEST(tableContents(old, QStringLiteral("rule_values")) ==
                       tableContents(reference, QStringLiteral("rule_values")));
            if (version >= 1)
                BOOST_TEST(tableContents(old, QStringLiteral("branches"))
                               .startsWith(QStringLiteral("BJ01|北京分行")));
            // Migrating again is a no-op.
            BOOST_REQUIRE_MESSAGE(migrator.migrate(old, &error), error);
            BOOST_TEST(schemaOf(old) == expected);
        }
    }
}

BOOST_AUTO_TEST_CASE(lifecycle_codes_are_renamed_by_schema_eleven)
{
    const Migrator migrator;
    QSqlDatabase db = fresh(QStringLiteral("v10-stages"));
    QString error;
    BOOST_REQUIRE_MESSAGE(migrator.migrate(db, &error, 10), error);
    execOrFail(db, QStringLiteral("INSERT INTO branches (code, name) VALUES ('BJ01', '北京分行')"));
    for (const char* stage : {"new", "lost", "mature", "prospect"})
        execOrFail(db, QStringLiteral("INSERT INTO customers (type, name, branch_code, "
                                      "lifecycle_stage, next_review_due, created_at, updated_at) "
                                      "VALUES ('individual', '张三', 'BJ01', '%1', '2027-01-01', "
                                      "'2026-01-01', '2026-01-01')")
                           .arg(QLatin1String(stage)));
    BOOST_REQUIRE_MESSAGE(migrator.migrate(db, &error), error);
    QSqlQuery q(db);
    BOOST_REQUIRE(q.exec(QStringLiteral(
        "SELECT group_concat(lifecycle_stage, ',') FROM (SELECT lifecycle_stage FROM customers "
        "ORDER BY id)")));
    BOOST_REQUIRE(q.next());
    BOOST_TEST(q.value(0).toString() == QStringLiteral("onboarding,churned,mature,prospect"));
    // A row written without a stage (the column's old default) is a prospect.
    execOrFail(db, QStringLiteral("INSERT INTO customers (type, name, branch_code, "
                                  "next_review_due, created_at, updated_at) VALUES ('individual', "
                                  "'李四', 'BJ01', '2027-01-01', '2026-01-01', '2026-01-01')"));
    BOOST_REQUIRE(
        q.exec(QStringLiteral("SELECT lifecycle_stage FROM customers WHERE name = '李四'")));
    BOOST_REQUIRE(q.next());
    BOOST_TEST(q.value(0).toString() == QStringLiteral("prospect"));
    BOOST_REQUIRE(
        q.exec(QStringLiteral("SELECT count(*) FROM rule_values WHERE rule_set_id = 31")));
    BOOST_REQUIRE(q.next());
    BOOST_TEST(q.value(0).toInt() == 8);
}

BOOST_AUTO_TEST_CASE(schema_fifteen_turns_check_lists_into_equal_or_chains)
{
    const Migrator migrator;
    const QString file = folder.file(QStringLiteral("v14-checks.rmdb"));
    QString error;
    {
        QSqlDatabase db = fresh(QStringLiteral("v14-checks"));
        BOOST_REQUIRE_MESSAGE(migrator.migrate(db, &error, 14), error);
        execOrFail(db, QStringLiteral("INSERT INTO products (code, name, type, risk_level) "
                                      "VALUES ('P1', '稳健理财', 'wealth', 'R2')"));
        BOOST_REQUIRE_MESSAGE(migrator.migrate(db, &error), error);
        // No CHECK keeps a constant list of more than two values (SQLite builds a temporary
        // b-tree for one at every insert).
        QSqlQuery q(db);
        BOOST_REQUIRE(q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE "
                                            "type = 'table' AND sql IS NOT NULL")));
        static const QRegularExpression list(QStringLiteral("\\bIN\\s*\\(([^()]*)\\)"));
        while (q.next()) {
            auto it = list.globalMatch(q.value(1).toString());
            while (it.hasNext()) {
                const QString items = it.next().captured(1);
                BOOST_TEST_CONTEXT(q.value(0).toString().toStdString())
                BOOST_TEST(items.count(QLatin1Char(',')) < 2, items.toStdString());
            }
        }
        BOOST_REQUIRE(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        BOOST_TEST(q.value(0).toString() == QStringLiteral("ok"));
    }
    dropConnection(QStringLiteral("v14-checks"));
    names.removeAll(QStringLiteral("v14-checks"));
    // A new connection reads the rewritten definitions: the same values pass, others do not.
    QSqlDatabase db = openCipher(file, key, QStringLiteral("v15-checks"));
    names << QStringLiteral("v15-checks");
    BOOST_REQUIRE(db.isOpen());
    BOOST_TEST(tableContents(db, QStringLiteral("products")) ==
               QStringLiteral("P1|稳健理财|wealth|R2"));
    const QStringList types{QStringLiteral("deposit"), QStringLiteral("wealth"),
                            QStringLiteral("fund"),    QStringLiteral("insurance"),
                            QStringLiteral("bond"),    QStringLiteral("loan"),
                            QStringLiteral("other")};
    int n = 0;
    for (const QString& type : types) {
        ++n;
        QSqlQuery q(db);
        BOOST_TEST_CONTEXT(type.toStdString())
        BOOST_TEST(q.exec(QStringLiteral("INSERT INTO products (code, name, type, risk_level) "
                                         "VALUES ('Q%1', 'x', '%2', 'R%3')")
                              .arg(n)
                              .arg(type)
                              .arg(n % 5 + 1)),
                   q.lastError().text().toStdString());
    }
    for (const char* bad :
         {"('Z1', 'x', 'stock', 'R1')", "('Z2', 'x', 'fund', 'R6')", "('Z3', 'x', 'Fund', 'R1')"}) {
        QSqlQuery q(db);
        BOOST_TEST_CONTEXT(bad)
        {
            BOOST_TEST(!q.exec(QStringLiteral("INSERT INTO products (code, name, type, "
                                              "risk_level) VALUES %1")
                                   .arg(QLatin1String(bad))));
            BOOST_TEST(q.lastError().databaseText().contains(QStringLiteral("CHECK")));
        }
    }
}

BOOST_AUTO_TEST_CASE(schema_sixteen_marks_both_ends_of_every_indexed_mobile)
{
    const Migrator migrator;
    QSqlDatabase db = fresh(QStringLiteral("v15-mobiles"));
    QString error;
    BOOST_REQUIRE_MESSAGE(migrator.migrate(db, &error, 15), error);
    execOrFail(db, QStringLiteral("INSERT INTO branches (code, name) VALUES ('BJ01', '北京分行')"));
    for (const char* row :
         {"7, '张三', '13812345678'", "8, '李四', NULL", "9, '王五', '13900005678'"})
        execOrFail(db, QStringLiteral("INSERT INTO customers (id, name, mobile, type, "
                                      "branch_code, next_review_due, created_at, updated_at) "
                                      "VALUES (%1, 'individual', 'BJ01', '2027-01-01', 'x', 'x')")
                           .arg(QString::fromUtf8(row)));
    // As schema 15 indexed them: the number alone.
    execOrFail(db, QStringLiteral("INSERT INTO customer_mobile_fts (rowid, mobile) VALUES "
                                  "(7, '13812345678'), (9, '13900005678')"));
    BOOST_REQUIRE_MESSAGE(migrator.migrate(db, &error), error);
    auto found = [&](const QString& match) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT group_concat(rowid) FROM (SELECT rowid FROM "
                                 "customer_mobile_fts WHERE customer_mobile_fts MATCH ? "
                                 "ORDER BY rowid)"));
        q.addBindValue(match);
        BOOST_REQUIRE_MESSAGE(q.exec() && q.next(), q.lastError().text().toStdString());
        return q.value(0).toString();
    };
    BOOST_TEST(found(QStringLiteral("\"5678$\"")) == QStringLiteral("7,9"));
    BOOST_TEST(found(QStringLiteral("\"^13812345678$\"")) == QStringLiteral("7"));
    BOOST_TEST(found(QStringLiteral("\"2345$\"")).isEmpty()); // the middle is not an end
    BOOST_TEST(found(QStringLiteral("\"^1381234567$\"")).isEmpty());
}

BOOST_AUTO_TEST_CASE(schema_seventeen_keeps_every_customer_edit_draft)
{
    const Migrator migrator;
    QSqlDatabase db = fresh(QStringLiteral("v16-drafts"));
    QString error;
    BOOST_REQUIRE_MESSAGE(migrator.migrate(db, &error, 16), error);
    execOrFail(db, QStringLiteral("INSERT INTO users (id, name, role, public_key, created_at, "
                                  "updated_at) VALUES (3, 'rm1', 'rm', zeroblob(32), 'x', 'x')"));
    execOrFail(db, QStringLiteral("INSERT INTO customer_drafts (user_id, customer_id, form, "
                                  "saved_at) VALUES (3, 0, '{\"name\":\"李四\"}', 'a'), "
                                  "(3, 12, '{}', 'b')"));
    BOOST_REQUIRE_MESSAGE(migrator.migrate(db, &error), error);
    QSqlQuery q(db);
    BOOST_REQUIRE(q.exec(QStringLiteral("SELECT user_id, form, form_key, ifnull(customer_id, "
                                        "'none'), body, saved_at FROM drafts ORDER BY form_key")));
    QStringList rows;
    while (q.next())
        rows << QStringLiteral("%1 %2 %3 %4 %5 %6")
                    .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                         q.value(3).toString(), q.value(4).toString(), q.value(5).toString());
    BOOST_TEST(rows.join(QLatin1Char('|')) ==
               QStringLiteral("3 customer 0 none {\"name\":\"李四\"} a|3 customer 12 12 {} b"));
    BOOST_TEST(!q.exec(QStringLiteral("SELECT 1 FROM customer_drafts")));
}

BOOST_AUTO_TEST_CASE(schema_twenty_three_knows_who_added_customers_added_by_hand)
{
    const Migrator migrator;
    QSqlDatabase db = fresh(QStringLiteral("v22-creators"));
    QString error;
    BOOST_REQUIRE_MESSAGE(migrator.migrate(db, &error, 22), error);
    execOrFail(db, QStringLiteral("INSERT INTO branches (code, name) VALUES ('BJ01', '北京分行')"));
    execOrFail(db, QStringLiteral("INSERT INTO users (id, name, role, public_key, created_at, "
                                  "updated_at) VALUES (3, 'rm1', 'rm', zeroblob(32), 'x', 'x'), "
                                  "(4, 'sup1', 'supervisor', zeroblob(32), 'x', 'x')"));
    for (int id : {7, 8, 9})
        execOrFail(db, QStringLiteral("INSERT INTO customers (id, name, type, branch_code, "
                                      "next_review_due, created_at, updated_at) VALUES (%1, "
                                      "'张三', 'individual', 'BJ01', '2027-01-01', 'x', 'x')")
                           .arg(id));
    // 7 and 9 added by hand (9 by someone whose name is no user now), 8 by an import: one row of
    // counts, no customer named.
    execOrFail(
        db, QStringLiteral("INSERT INTO audit_log (at, user_name, role, action, entity, entity_id, "
                           "prev_hash, hash) VALUES ('a', 'sup1', 'supervisor', 'customer.add', "
                           "'customer', '7', '', ''), ('b', 'rm1', 'rm', 'customer.import', "
                           "'customer', '', '', ''), ('c', 'rm1', 'rm', 'customer.update', "
                           "'customer', '7', '', ''), ('d', 'gone', 'rm', 'customer.add', "
                           "'customer', '9', '', '')"));
    BOOST_REQUIRE_MESSAGE(migrator.migrate(db, &error), error);
    QSqlQuery q(db);
    BOOST_REQUIRE(q.exec(QStringLiteral("SELECT group_concat(id || ':' || ifnull(created_by_id, "
                                        "'-')) FROM (SELECT * FROM customers ORDER BY id)")));
    BOOST_REQUIRE(q.next());
    BOOST_TEST(q.value(0).toString() == QStringLiteral("7:4,8:-,9:-"));
}

BOOST_AUTO_TEST_CASE(schema_twenty_four_keeps_the_aum_a_built_cube_gave)
{
    // A cube built before schema 24: month 100's AUM of RM 3 was read from the rows of month 112
    // (two cohorts, 300 + 200); RM 4's month 101 has no such row.
    const Migrator migrator;
    QSqlDatabase db = fresh(QStringLiteral("v23-aum"));
    QString error;
    BOOST_REQUIRE_MESSAGE(migrator.migrate(db, &error, 23), error);
    execOrFail(db, QStringLiteral("INSERT INTO retention_cube VALUES "
                                  "(112, 90, 'BJ01', 3, 'mass', 1, 0, 0, 0, 1, 1, 1, 300, 310), "
                                  "(112, 95, 'BJ01', 3, 'mass', 1, 0, 0, 0, 1, 1, 1, 200, 190), "
                                  "(112, 95, 'BJ01', 4, 'mass', 1, 0, 0, 0, 1, 1, 1, 999, 999)"));
    execOrFail(db, QStringLiteral("INSERT INTO retention_months VALUES "
                                  "(100, 'BJ01', 3, 'mass', 2, 0, 0, 0, 2, 0, 0, 0, 0), "
                                  "(101, 'BJ01', 4, 'mass', 1, 0, 0, 0, 1, 0, 0, 0, 0)"));
    BOOST_REQUIRE_MESSAGE(migrator.migrate(db, &error), error);
    QSqlQuery q(db);
    BOOST_REQUIRE(q.exec(QStringLiteral("SELECT group_concat(month || ':' || rm_user_id || ':' || "
                                        "aum_fen) FROM (SELECT * FROM retention_months ORDER BY "
                                        "month)")));
    BOOST_REQUIRE(q.next());
    BOOST_TEST(q.value(0).toString() == QStringLiteral("100:3:500,101:4:0"));
}

BOOST_AUTO_TEST_CASE(a_failing_migration_changes_nothing)
{
    const Migrator broken({
        {1, QStringLiteral("good"), QStringLiteral("CREATE TABLE a (x INTEGER);")},
        {2, QStringLiteral("bad"),
         QStringLiteral("CREATE TABLE b (y INTEGER);\nINSERT INTO a VALUES (1);\n"
                        "INSERT INTO missing_table VALUES (2);")},
    });
    QSqlDatabase db = fresh(QStringLiteral("broken"));
    QString error;
    BOOST_TEST(!broken.migrate(db, &error));
    BOOST_TEST(error.contains(QStringLiteral("bad")));
    BOOST_TEST(error.contains(QStringLiteral("missing_table")));
    BOOST_TEST(userVersion(db) == 1);
    BOOST_TEST(db.tables().contains(QStringLiteral("a")));
    BOOST_TEST(!db.tables().contains(QStringLiteral("b")));
    BOOST_TEST(tableContents(db, QStringLiteral("a")).isEmpty());
}

BOOST_AUTO_TEST_CASE(triggers_survive_script_splitting)
{
    const Migrator withTrigger({
        {1, QStringLiteral("log"),
         QStringLiteral(
             "CREATE TABLE t (v TEXT);\nCREATE TABLE log (v TEXT);\n"
             "CREATE TRIGGER t_log AFTER INSERT ON t BEGIN\n"
             "  INSERT INTO log VALUES ('a;b');\n  INSERT INTO log VALUES (new.v);\nEND;\n")},
    });
    QSqlDatabase db = fresh(QStringLiteral("trigger"));
    QString error;
    BOOST_REQUIRE_MESSAGE(withTrigger.migrate(db, &error), error);
    execOrFail(db, QStringLiteral("INSERT INTO t VALUES ('x')"));
    BOOST_TEST(tableContents(db, QStringLiteral("log")) == QStringLiteral("a;b\nx"));
}

BOOST_AUTO_TEST_CASE(newer_database_is_refused_unchanged)
{
    MemoryKeyProvider keys;
    DbError dbError;
    const QString path = folder.file(QStringLiteral("future.rmdb"));
    {
        auto db = Database::create(path, keys, &dbError);
        BOOST_REQUIRE_MESSAGE(db, dbError.message);
        QSqlDatabase c = db->connection();
        execOrFail(c,
                   QStringLiteral("PRAGMA user_version = %1").arg(Migrator().latestVersion() + 1));
    }
    const QByteArray hash = sha256OfFile(path);
    BOOST_TEST(!Database::open(path, keys, &dbError));
    BOOST_TEST(dbError.kind == DbError::TooNew);
    BOOST_TEST(dbError.message.contains(QString::number(Migrator().latestVersion() + 1)));
    BOOST_TEST(sha256OfFile(path) == hash);
}

BOOST_AUTO_TEST_CASE(a_file_from_schema_one_opens_and_upgrades)
{
    // A database written by an earlier release, kept in tests/data; it is upgraded on a copy.
    const QString fixture = QStringLiteral(RMDESK_TEST_DATA "/schema-v1.rmdb");
    const QByteArray fixtureHash = sha256OfFile(fixture);
    BOOST_REQUIRE(!fixtureHash.isEmpty());
    QFile keyFile(QStringLiteral(RMDESK_TEST_DATA "/schema-v1.key.hex"));
    BOOST_REQUIRE(keyFile.open(QIODevice::ReadOnly));
    const QByteArray raw = QByteArray::fromHex(keyFile.readAll().trimmed());
    BOOST_REQUIRE(raw.size() == 32);
    MemoryKeyProvider keys(SecretBytes::fromBytes(raw.constData(), std::size_t(raw.size())));

    const QString path = folder.file(QStringLiteral("old.rmdb"));
    BOOST_REQUIRE(QFile::copy(fixture, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    DbError dbError;
    auto db = Database::open(path, keys, &dbError);
    BOOST_REQUIRE_MESSAGE(db, dbError.message);
    BOOST_TEST(db->schemaVersion() == Migrator().latestVersion());
    QSqlDatabase c = db->connection();
    BOOST_TEST(
        tableContents(c, QStringLiteral("branches")).contains(QStringLiteral("北京分行朝阳支行")));
    BOOST_TEST(
        tableContents(c, QStringLiteral("app_settings")).contains(QStringLiteral("示例银行")));

    QSqlDatabase reference = fresh(QStringLiteral("reference-v1"));
    QString error;
    BOOST_REQUIRE_MESSAGE(Migrator().migrate(reference, &error), error);
    BOOST_TEST(schemaOf(c) == schemaOf(reference));
    BOOST_TEST(sha256OfFile(fixture) == fixtureHash);
}

BOOST_AUTO_TEST_CASE(database_create_applies_every_migration)
{
    MemoryKeyProvider keys;
    DbError dbError;
    auto db = Database::create(folder.file(QStringLiteral("new.rmdb")), keys, &dbError);
    BOOST_REQUIRE_MESSAGE(db, dbError.message);
    BOOST_TEST(db->schemaVersion() == Migrator().latestVersion());
    QSqlQuery q(db->connection());
    BOOST_REQUIRE(q.exec(QStringLiteral("PRAGMA application_id")) && q.next());
    BOOST_TEST(q.value(0).toInt() == Database::ApplicationId);
}

BOOST_AUTO_TEST_SUITE_END()
