// QSQLCIPHER with QSqlQuery: prepare/exec, placeholders, value types, navigation, metadata,
// transactions and errors.
#include "common/testsupport.h"
#include "storage/sqlcipherdriver.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace rmdesk;
using namespace rmdesk::test;

namespace {

struct DriverFixture
{
    DriverFixture()
        : key(SecretBytes::random(32))
        , path(folder.file(QStringLiteral("driver.rmdb")))
    {
        db = openCipher(path, key, connection);
        BOOST_REQUIRE_MESSAGE(db.isOpen(), db.lastError().text());
        execOrFail(db, QStringLiteral("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT "
                                      "NULL, score REAL, photo BLOB, born TEXT, active BOOLEAN "
                                      "DEFAULT 1)"));
    }
    ~DriverFixture()
    {
        db = QSqlDatabase();
        dropConnection(connection);
    }
    TempFolder folder;
    SecretBytes key;
    QString path;
    QString connection = QStringLiteral("driver-test");
    QSqlDatabase db;
};

} // namespace

BOOST_FIXTURE_TEST_SUITE(driver_query, DriverFixture)

BOOST_AUTO_TEST_CASE(registered_under_its_name)
{
    SqlCipherDriver::registerDriver();
    BOOST_TEST(QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLCIPHER")));
    {
        QSqlDatabase other =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLCIPHER"), QStringLiteral("by-name"));
        auto* driver = qobject_cast<SqlCipherDriver*>(other.driver());
        BOOST_REQUIRE(driver);
        driver->setKey(key);
        other.setDatabaseName(path);
        BOOST_TEST(other.open());
        QSqlQuery q(other);
        BOOST_TEST(q.exec(QStringLiteral("SELECT count(*) FROM people")));
        BOOST_TEST(q.next());
    }
    dropConnection(QStringLiteral("by-name"));
}

BOOST_AUTO_TEST_CASE(open_without_key_is_refused)
{
    {
        QSqlDatabase other =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLCIPHER"), QStringLiteral("no-key"));
        other.setDatabaseName(path);
        BOOST_TEST(!other.open());
        BOOST_TEST(other.lastError().type() == QSqlError::ConnectionError);
        BOOST_TEST(!other.lastError().driverText().isEmpty());
    }
    dropConnection(QStringLiteral("no-key"));
}

BOOST_AUTO_TEST_CASE(connection_pragmas_are_set)
{
    QSqlQuery q(db);
    BOOST_REQUIRE(q.exec(QStringLiteral("PRAGMA temp_store")) && q.next());
    BOOST_TEST(q.value(0).toInt() == 2); // MEMORY
    BOOST_REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    BOOST_TEST(q.value(0).toInt() == 1);
    BOOST_REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    BOOST_TEST(q.value(0).toString() == QStringLiteral("wal"));
    BOOST_REQUIRE(q.exec(QStringLiteral("PRAGMA cipher_version")) && q.next());
    BOOST_TEST(q.value(0).toString().startsWith(QStringLiteral("4.6")));
}

BOOST_AUTO_TEST_CASE(every_value_type_round_trips)
{
    const QString name = QStringLiteral("张伟 Zhang Wei ☺");
    const char raw[] = "\x00\x01\xff\xfe binary";
    const QByteArray photo(raw, sizeof(raw) - 1); // with an embedded zero byte
    QSqlQuery q(db);
    BOOST_REQUIRE(q.prepare(QStringLiteral(
        "INSERT INTO people (id, name, score, photo, born, active) VALUES (?, ?, ?, ?, ?, ?)")));
    q.addBindValue(qlonglong(9007199254740993LL)); // beyond double precision
    q.addBindValue(name);
    q.addBindValue(3.25);
    q.addBindValue(photo);
    q.addBindValue(QDate(1988, 2, 29));
    q.addBindValue(true);
    BOOST_REQUIRE_MESSAGE(q.exec(), q.lastError().text());
    BOOST_TEST(q.numRowsAffected() == 1);
    BOOST_TEST(q.lastInsertId().toLongLong() == 9007199254740993LL);

    BOOST_REQUIRE(q.prepare(QStringLiteral("INSERT INTO people (name, score, photo, born) "
                                           "VALUES (?, ?, ?, ?)")));
    q.addBindValue(QStringLiteral("null row"));
    q.addBindValue(QVariant(QMetaType::fromType<double>()));
    q.addBindValue(QByteArray());
    q.addBindValue(QDateTime(QDate(2026, 11, 27), QTime(9, 30, 15, 250), Qt::UTC));
    BOOST_REQUIRE_MESSAGE(q.exec(), q.lastError().text());

    BOOST_REQUIRE(q.exec(QStringLiteral("SELECT id, name, score, photo, born, active FROM people "
                                        "ORDER BY id")));
    BOOST_REQUIRE(q.next());
    BOOST_TEST(q.value(0).toLongLong() == 9007199254740993LL);
    BOOST_TEST(q.value(0).typeId() == QMetaType::LongLong);
    BOOST_TEST(q.value(1).toString() == name);
    BOOST_TEST(q.value(2).toDouble() == 3.25);
    BOOST_TEST(q.value(2).typeId() == QMetaType::Double);
    BOOST_TEST(q.value(3).toByteArray() == photo);
    BOOST_TEST(q.value(4).toString() == QStringLiteral("1988-02-29"));
    BOOST_TEST(q.value(5).toLongLong() == 1);
    BOOST_REQUIRE(q.next());
    BOOST_TEST(q.value(1).toString() == QStringLiteral("null row"));
    BOOST_TEST(q.isNull(2));
    BOOST_TEST(q.value(2).typeId() == QMetaType::Double); // a typed null from the declared type
    BOOST_TEST(q.isNull(3));
    BOOST_TEST(q.value(4).toString() == QStringLiteral("2026-11-27T09:30:15.250Z"));
    BOOST_TEST(!q.next());
}

BOOST_AUTO_TEST_CASE(named_and_positional_placeholders)
{
    QSqlQuery q(db);
    BOOST_REQUIRE(
        q.prepare(QStringLiteral("INSERT INTO people (name, score) VALUES (:name, :score)")));
    q.bindValue(QStringLiteral(":score"), 1.5);
    q.bindValue(QStringLiteral(":name"), QStringLiteral("李娜"));
    BOOST_REQUIRE_MESSAGE(q.exec(), q.lastError().text());
    // The same prepared statement runs again with new values.
    q.bindValue(QStringLiteral(":name"), QStringLiteral("王芳"));
    q.bindValue(QStringLiteral(":score"), 2.5);
    BOOST_REQUIRE(q.exec());

    BOOST_REQUIRE(
        q.prepare(QStringLiteral("SELECT name FROM people WHERE score > :min AND score < :max "
                                 "AND name <> :min_name ORDER BY score")));
    q.bindValue(QStringLiteral(":min"), 1.0);
    q.bindValue(QStringLiteral(":max"), 3.0);
    q.bindValue(QStringLiteral(":min_name"), QStringLiteral("nobody"));
    BOOST_REQUIRE_MESSAGE(q.exec(), q.lastError().text());
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    BOOST_TEST(names == (QStringList{QStringLiteral("李娜"), QStringLiteral("王芳")}));

    BOOST_REQUIRE(q.prepare(QStringLiteral("SELECT count(*) FROM people WHERE score = ?")));
    q.bindValue(0, 2.5);
    BOOST_REQUIRE(q.exec() && q.next());
    BOOST_TEST(q.value(0).toInt() == 1);
}

BOOST_AUTO_TEST_CASE(parameter_count_mismatch_is_an_error)
{
    QSqlQuery q(db);
    BOOST_REQUIRE(q.prepare(QStringLiteral("INSERT INTO people (name, score) VALUES (?, ?)")));
    q.addBindValue(QStringLiteral("only one"));
    BOOST_TEST(!q.exec());
    BOOST_TEST(q.lastError().type() == QSqlError::StatementError);
    QSqlQuery count(db);
    BOOST_REQUIRE(count.exec(QStringLiteral("SELECT count(*) FROM people")) && count.next());
    BOOST_TEST(count.value(0).toInt() == 0);
}

BOOST_AUTO_TEST_CASE(forward_only_and_random_access)
{
    BOOST_REQUIRE(db.transaction());
    QSqlQuery ins(db);
    BOOST_REQUIRE(ins.prepare(QStringLiteral("INSERT INTO people (id, name) VALUES (?, ?)")));
    for (int i = 1; i <= 10; ++i) {
        ins.addBindValue(i);
        ins.addBindValue(QStringLiteral("p%1").arg(i));
        BOOST_REQUIRE(ins.exec());
    }
    BOOST_REQUIRE(db.commit());

    QSqlQuery q(db);
    BOOST_REQUIRE(q.exec(QStringLiteral("SELECT id FROM people ORDER BY id")));
    BOOST_TEST(q.at() == int(QSql::BeforeFirstRow));
    BOOST_REQUIRE(q.seek(4));
    BOOST_TEST(q.value(0).toInt() == 5);
    BOOST_REQUIRE(q.previous());
    BOOST_TEST(q.value(0).toInt() == 4);
    BOOST_REQUIRE(q.last());
    BOOST_TEST(q.value(0).toInt() == 10);
    BOOST_TEST(q.at() == 9);
    BOOST_REQUIRE(q.first());
    BOOST_TEST(q.value(0).toInt() == 1);
    BOOST_REQUIRE(q.seek(3, true)); // relative
    BOOST_TEST(q.value(0).toInt() == 4);
    BOOST_TEST(!q.seek(10));
    BOOST_TEST(q.at() == int(QSql::AfterLastRow));
    BOOST_TEST(q.size() == -1); // the driver does not know the count in advance

    QSqlQuery f(db);
    f.setForwardOnly(true);
    BOOST_REQUIRE(f.exec(QStringLiteral("SELECT id FROM people ORDER BY id")));
    int sum = 0;
    while (f.next())
        sum += f.value(0).toInt();
    BOOST_TEST(sum == 55);
    BOOST_REQUIRE(f.exec(QStringLiteral("SELECT id FROM people ORDER BY id")));
    BOOST_REQUIRE(f.seek(6));
    BOOST_TEST(f.value(0).toInt() == 7);
    BOOST_REQUIRE(f.last());
    BOOST_TEST(f.value(0).toInt() == 10);

    // A query without rows.
    BOOST_REQUIRE(q.exec(QStringLiteral("SELECT id FROM people WHERE id > 100")));
    BOOST_TEST(q.isSelect());
    BOOST_TEST(!q.next());
    BOOST_TEST(!q.last());
}

BOOST_AUTO_TEST_CASE(rows_affected_record_and_finish)
{
    execOrFail(db, QStringLiteral("INSERT INTO people (name) VALUES ('a'), ('b'), ('c')"));
    QSqlQuery q(db);
    BOOST_REQUIRE(q.exec(QStringLiteral("UPDATE people SET score = 1 WHERE name <> 'a'")));
    BOOST_TEST(!q.isSelect());
    BOOST_TEST(q.numRowsAffected() == 2);
    BOOST_REQUIRE(q.exec(QStringLiteral("DELETE FROM people WHERE name = 'nobody'")));
    BOOST_TEST(q.numRowsAffected() == 0);

    BOOST_REQUIRE(q.exec(QStringLiteral("SELECT id, name AS who, score FROM people ORDER BY id")));
    const QSqlRecord rec = q.record();
    BOOST_TEST(rec.count() == 3);
    BOOST_TEST(rec.fieldName(1) == QStringLiteral("who"));
    BOOST_TEST(rec.field(0).metaType().id() == QMetaType::LongLong);
    BOOST_TEST(rec.field(1).metaType().id() == QMetaType::QString);
    BOOST_TEST(rec.field(2).metaType().id() == QMetaType::Double);
    BOOST_TEST(rec.field(1).tableName() == QStringLiteral("people"));
    BOOST_REQUIRE(q.next());
    BOOST_TEST(q.record().value(QStringLiteral("who")).toString() == QStringLiteral("a"));
    q.finish();
    BOOST_TEST(!q.isActive());
    // After finish() the read lock is gone: another connection can write at once.
    {
        QSqlDatabase other = openCipher(path, key, QStringLiteral("writer"), QString());
        BOOST_REQUIRE(other.isOpen());
        execOrFail(other, QStringLiteral("DELETE FROM people"));
    }
    dropConnection(QStringLiteral("writer"));
}

BOOST_AUTO_TEST_CASE(transactions_commit_and_roll_back)
{
    BOOST_REQUIRE(db.transaction());
    execOrFail(db, QStringLiteral("INSERT INTO people (name) VALUES ('kept')"));
    BOOST_REQUIRE(db.commit());
    BOOST_REQUIRE(db.transaction());
    execOrFail(db, QStringLiteral("INSERT INTO people (name) VALUES ('dropped')"));
    BOOST_REQUIRE(db.rollback());
    QSqlQuery q(db);
    BOOST_REQUIRE(q.exec(QStringLiteral("SELECT group_concat(name) FROM people")) && q.next());
    BOOST_TEST(q.value(0).toString() == QStringLiteral("kept"));
    BOOST_TEST(!db.commit()); // nothing to commit
    BOOST_TEST(db.lastError().type() == QSqlError::TransactionError);
}

BOOST_AUTO_TEST_CASE(errors_carry_sqlite_message_and_code)
{
    QSqlQuery q(db);
    BOOST_TEST(!q.exec(QStringLiteral("SELECT nope FROM people")));
    BOOST_TEST(q.lastError().type() == QSqlError::StatementError);
    BOOST_TEST(q.lastError().databaseText().contains(QStringLiteral("no such column")));
    BOOST_TEST(q.lastError().nativeErrorCode() == QStringLiteral("1")); // SQLITE_ERROR

    BOOST_TEST(!q.exec(QStringLiteral("INSERT INTO people (id, name) VALUES (1, NULL)")));
    BOOST_TEST(q.lastError().databaseText().contains(QStringLiteral("NOT NULL")));
    BOOST_TEST(q.lastError().nativeErrorCode() == QStringLiteral("1299")); // CONSTRAINT_NOTNULL

    BOOST_TEST(!q.exec(QStringLiteral("SELECT 1; SELECT 2")));
    BOOST_TEST(q.lastError().type() == QSqlError::StatementError);
    // A trailing comment is not a second statement.
    BOOST_TEST(q.exec(QStringLiteral("SELECT 1; -- done")));
}

// A full disk (here: the file may not grow past its pages) is said in words a person can act
// on, keeps SQLite's code, and takes the transaction back.
BOOST_AUTO_TEST_CASE(a_full_disk_is_explained_and_nothing_is_kept)
{
    execOrFail(db, QStringLiteral("INSERT INTO people (name) VALUES ('kept')"));
    QSqlQuery q(db);
    BOOST_REQUIRE(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
    const int pages = q.value(0).toInt();
    BOOST_REQUIRE(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
    BOOST_REQUIRE(db.transaction());
    execOrFail(db, QStringLiteral("INSERT INTO people (name) VALUES ('small')"));
    BOOST_TEST(!q.exec(QStringLiteral("INSERT INTO people (name, photo) VALUES ('large', "
                                      "zeroblob(200000))")));
    BOOST_TEST(q.lastError().nativeErrorCode() == QStringLiteral("13")); // SQLITE_FULL
    BOOST_TEST(q.lastError().databaseText().startsWith(
                   QStringLiteral("The disk holding the database is full")),
               q.lastError().databaseText());
    db.rollback();
    BOOST_REQUIRE(q.exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
    BOOST_REQUIRE(q.exec(QStringLiteral("SELECT group_concat(name) FROM people")) && q.next());
    BOOST_TEST(q.value(0).toString() == QStringLiteral("kept"));
    BOOST_TEST(q.exec(QStringLiteral("INSERT INTO people (name, photo) VALUES ('large', "
                                     "zeroblob(200000))")));
}

BOOST_AUTO_TEST_CASE(foreign_keys_are_enforced)
{
    execOrFail(db, QStringLiteral("CREATE TABLE visits (id INTEGER PRIMARY KEY, person INTEGER "
                                  "NOT NULL REFERENCES people(id))"));
    QSqlQuery q(db);
    BOOST_TEST(!q.exec(QStringLiteral("INSERT INTO visits (person) VALUES (42)")));
    BOOST_TEST(q.lastError().databaseText().contains(QStringLiteral("FOREIGN KEY")));
}

BOOST_AUTO_TEST_CASE(driver_metadata)
{
    execOrFail(db, QStringLiteral("CREATE TABLE \"odd \"\"name\" (a TEXT, b INTEGER NOT NULL, "
                                  "PRIMARY KEY (b, a))"));
    execOrFail(db,
               QStringLiteral("CREATE VIEW active_people AS SELECT * FROM people WHERE active"));
    QSqlDriver* d = db.driver();
    const QStringList tables = db.tables();
    BOOST_TEST(tables.contains(QStringLiteral("people")));
    BOOST_TEST(tables.contains(QStringLiteral("odd \"name")));
    BOOST_TEST(!tables.contains(QStringLiteral("active_people")));
    BOOST_TEST(db.tables(QSql::Views) == QStringList{QStringLiteral("active_people")});
    BOOST_TEST(db.tables(QSql::SystemTables).contains(QStringLiteral("sqlite_master")));

    const QSqlRecord people = db.record(QStringLiteral("people"));
    BOOST_TEST(people.count() == 6);
    BOOST_TEST(people.field(QStringLiteral("id")).isAutoValue());
    BOOST_TEST(people.field(QStringLiteral("name")).requiredStatus() == QSqlField::Required);
    BOOST_TEST(people.field(QStringLiteral("score")).metaType().id() == QMetaType::Double);
    BOOST_TEST(people.field(QStringLiteral("photo")).metaType().id() == QMetaType::QByteArray);
    BOOST_TEST(people.field(QStringLiteral("active")).defaultValue().toString() ==
               QStringLiteral("1"));

    const QSqlIndex pk = db.primaryIndex(QStringLiteral("people"));
    BOOST_TEST(pk.count() == 1);
    BOOST_TEST(pk.fieldName(0) == QStringLiteral("id"));
    const QString odd = d->escapeIdentifier(QStringLiteral("odd \"name"), QSqlDriver::TableName);
    BOOST_TEST(odd == QStringLiteral("\"odd \"\"name\""));
    BOOST_TEST(d->isIdentifierEscaped(odd, QSqlDriver::TableName));
    const QSqlIndex composite = db.primaryIndex(odd);
    BOOST_TEST(composite.count() == 2);
    BOOST_TEST(composite.fieldName(0) == QStringLiteral("b"));
    BOOST_TEST(db.record(odd).count() == 2);

    QSqlField blob(QStringLiteral("photo"), QMetaType::fromType<QByteArray>());
    blob.setValue(QByteArray("\x01\xab", 2));
    BOOST_TEST(d->formatValue(blob) == QStringLiteral("X'01ab'"));
    QSqlField text(QStringLiteral("name"), QMetaType::fromType<QString>());
    text.setValue(QStringLiteral("O'Brien"));
    BOOST_TEST(d->formatValue(text) == QStringLiteral("'O''Brien'"));
    QSqlField date(QStringLiteral("born"), QMetaType::fromType<QDate>());
    date.setValue(QDate(2000, 1, 2));
    BOOST_TEST(d->formatValue(date) == QStringLiteral("'2000-01-02'"));
    QSqlField none(QStringLiteral("score"), QMetaType::fromType<double>());
    BOOST_TEST(d->formatValue(none) == QStringLiteral("NULL"));

    QSqlRecord values = people;
    const QString insert =
        d->sqlStatement(QSqlDriver::InsertStatement, QStringLiteral("people"), values, true);
    BOOST_TEST(insert.startsWith(QStringLiteral("INSERT INTO \"people\"")));
    const QString select =
        d->sqlStatement(QSqlDriver::SelectStatement, QStringLiteral("people"), values, false);
    BOOST_TEST(select.contains(QStringLiteral("\"name\"")));
    QSqlQuery q(db);
    BOOST_TEST(q.exec(select));
    BOOST_TEST(d->hasFeature(QSqlDriver::Transactions));
    BOOST_TEST(d->hasFeature(QSqlDriver::LastInsertId));
    BOOST_TEST(!d->hasFeature(QSqlDriver::QuerySize));
    BOOST_TEST(d->handle().isValid());
}

BOOST_AUTO_TEST_CASE(closing_with_live_queries_is_safe)
{
    execOrFail(db, QStringLiteral("INSERT INTO people (name) VALUES ('x'), ('y')"));
    QSqlQuery q(db);
    BOOST_REQUIRE(q.exec(QStringLiteral("SELECT name FROM people")));
    BOOST_REQUIRE(q.next());
    db.close();
    BOOST_TEST(!db.isOpen());
    BOOST_TEST(!q.next());
}

BOOST_AUTO_TEST_SUITE_END()
