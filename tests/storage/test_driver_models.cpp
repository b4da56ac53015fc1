// QSQLCIPHER under Qt's SQL item models: QSqlQueryModel over 100k rows, QSqlTableModel with
// manual submit inside a transaction, and QSqlRelationalTableModel.
#include "common/testsupport.h"

#include <QSqlError>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QSqlRecord>
#include <QSqlRelationalTableModel>
#include <QSqlTableModel>

using namespace rmdesk;
using namespace rmdesk::test;

namespace {

struct ModelFixture
{
    ModelFixture()
        : key(SecretBytes::random(32))
    {
        db = openCipher(folder.file(QStringLiteral("models.rmdb")), key, connection);
        BOOST_REQUIRE_MESSAGE(db.isOpen(), db.lastError().text());
        execOrFail(db, QStringLiteral(
                           "CREATE TABLE branches (code TEXT PRIMARY KEY, name TEXT NOT NULL)"));
        execOrFail(db,
                   QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT "
                                  "NULL, branch TEXT REFERENCES branches(code), balance REAL)"));
        execOrFail(db,
                   QStringLiteral(
                       "INSERT INTO branches VALUES ('BJ01', '北京分行'), ('SH01', '上海分行')"));
    }
    ~ModelFixture()
    {
        db = QSqlDatabase();
        dropConnection(connection);
    }
    TempFolder folder;
    SecretBytes key;
    QString connection = QStringLiteral("model-test");
    QSqlDatabase db;
};

} // namespace

BOOST_FIXTURE_TEST_SUITE(driver_models, ModelFixture)

BOOST_AUTO_TEST_CASE(hundred_thousand_rows_in_one_transaction)
{
    constexpr int rows = 100000;
    BOOST_REQUIRE(db.transaction());
    QSqlQuery ins(db);
    BOOST_REQUIRE(ins.prepare(QStringLiteral("INSERT INTO customers (id, name, branch, balance) "
                                             "VALUES (?, ?, ?, ?)")));
    for (int i = 1; i <= rows; ++i) {
        ins.bindValue(0, i);
        ins.bindValue(1, QStringLiteral("客户%1").arg(i));
        ins.bindValue(2, i % 2 ? QStringLiteral("BJ01") : QStringLiteral("SH01"));
        ins.bindValue(3, i * 0.5);
        BOOST_REQUIRE_MESSAGE(ins.exec(), ins.lastError().text());
    }
    BOOST_REQUIRE(db.commit());

    QSqlQueryModel model;
    model.setQuery(QStringLiteral("SELECT id, name, balance FROM customers ORDER BY id"), db);
    BOOST_REQUIRE_MESSAGE(!model.lastError().isValid(), model.lastError().text());
    while (model.canFetchMore())
        model.fetchMore();
    BOOST_TEST(model.rowCount() == rows);
    BOOST_TEST(model.data(model.index(0, 1)).toString() == QStringLiteral("客户1"));
    BOOST_TEST(model.data(model.index(rows - 1, 0)).toInt() == rows);
    BOOST_TEST(model.data(model.index(49999, 2)).toDouble() == 25000.0);
    BOOST_TEST(model.headerData(1, Qt::Horizontal).toString() == QStringLiteral("name"));
    BOOST_TEST(model.record().count() == 3);

    QSqlQuery sum(db);
    BOOST_REQUIRE(sum.exec(QStringLiteral("SELECT count(*), sum(balance) FROM customers")) &&
                  sum.next());
    BOOST_TEST(sum.value(0).toInt() == rows);
    BOOST_TEST(sum.value(1).toDouble() == 0.5 * rows * (rows + 1) / 2);
}

BOOST_AUTO_TEST_CASE(table_model_manual_submit_in_transaction)
{
    QSqlTableModel model(nullptr, db);
    model.setTable(QStringLiteral("customers"));
    model.setEditStrategy(QSqlTableModel::OnManualSubmit);
    BOOST_REQUIRE_MESSAGE(model.select(), model.lastError().text());
    BOOST_TEST(model.rowCount() == 0);
    BOOST_TEST(model.primaryKey().fieldName(0) == QStringLiteral("id"));

    for (int i = 0; i < 3; ++i) {
        QSqlRecord rec = model.record();
        rec.remove(rec.indexOf(QStringLiteral("id")));
        rec.setValue(QStringLiteral("name"), QStringLiteral("新客户%1").arg(i));
        rec.setValue(QStringLiteral("branch"), QStringLiteral("BJ01"));
        rec.setValue(QStringLiteral("balance"), 100.0 * i);
        BOOST_REQUIRE(model.insertRecord(-1, rec));
    }
    BOOST_REQUIRE(db.transaction());
    BOOST_REQUIRE_MESSAGE(model.submitAll(), model.lastError().text());
    BOOST_REQUIRE(db.commit());
    BOOST_TEST(model.rowCount() == 3);

    // Edit one row and delete another, submitted together.
    BOOST_REQUIRE(model.setData(model.index(0, model.fieldIndex(QStringLiteral("name"))),
                                QStringLiteral("改名")));
    BOOST_REQUIRE(model.removeRows(2, 1));
    BOOST_REQUIRE(db.transaction());
    BOOST_REQUIRE_MESSAGE(model.submitAll(), model.lastError().text());
    BOOST_REQUIRE(db.commit());
    QSqlQuery q(db);
    BOOST_REQUIRE(q.exec(QStringLiteral("SELECT group_concat(name, ',') FROM (SELECT name FROM "
                                        "customers ORDER BY id)")) &&
                  q.next());
    BOOST_TEST(q.value(0).toString() == QStringLiteral("改名,新客户1"));

    // A failing row rolls the whole submission back.
    QSqlRecord bad = model.record();
    bad.remove(bad.indexOf(QStringLiteral("id")));
    bad.setValue(QStringLiteral("name"), QStringLiteral("ok"));
    BOOST_REQUIRE(model.insertRecord(-1, bad));
    QSqlRecord worse = model.record();
    worse.remove(worse.indexOf(QStringLiteral("id")));
    worse.setValue(QStringLiteral("branch"), QStringLiteral("NOWHERE")); // no name, bad branch
    BOOST_REQUIRE(model.insertRecord(-1, worse));
    BOOST_REQUIRE(db.transaction());
    BOOST_TEST(!model.submitAll());
    BOOST_REQUIRE(db.rollback());
    BOOST_REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM customers")) && q.next());
    BOOST_TEST(q.value(0).toInt() == 2);
    model.revertAll();
}

BOOST_AUTO_TEST_CASE(relational_table_model_resolves_relations)
{
    execOrFail(db, QStringLiteral("INSERT INTO customers (name, branch, balance) VALUES "
                                  "('甲', 'SH01', 1), ('乙', 'BJ01', 2)"));
    QSqlRelationalTableModel model(nullptr, db);
    model.setTable(QStringLiteral("customers"));
    const int branch = model.fieldIndex(QStringLiteral("branch"));
    model.setRelation(branch, QSqlRelation(QStringLiteral("branches"), QStringLiteral("code"),
                                           QStringLiteral("name")));
    model.setSort(0, Qt::AscendingOrder);
    BOOST_REQUIRE_MESSAGE(model.select(), model.lastError().text());
    BOOST_TEST(model.rowCount() == 2);
    BOOST_TEST(model.data(model.index(0, branch)).toString() == QStringLiteral("上海分行"));
    BOOST_TEST(model.data(model.index(1, branch)).toString() == QStringLiteral("北京分行"));
    QSqlTableModel* related = model.relationModel(branch);
    BOOST_REQUIRE(related);
    BOOST_TEST(related->rowCount() == 2);
    // Editing through the relation writes the key, not the display text.
    model.setEditStrategy(QSqlTableModel::OnManualSubmit);
    BOOST_REQUIRE(model.setData(model.index(0, branch), QStringLiteral("BJ01")));
    BOOST_REQUIRE(db.transaction());
    BOOST_REQUIRE_MESSAGE(model.submitAll(), model.lastError().text());
    BOOST_REQUIRE(db.commit());
    QSqlQuery q(db);
    BOOST_REQUIRE(q.exec(QStringLiteral("SELECT branch FROM customers WHERE name = '甲'")) &&
                  q.next());
    BOOST_TEST(q.value(0).toString() == QStringLiteral("BJ01"));
}

BOOST_AUTO_TEST_SUITE_END()
