// rmdesk-cli demo as the built binary: valid, deterministic synthetic data, only for
// administrators, only into a database without customers.
#include "common/clifixture.h"
#include "domain/customerfields.h"
#include "domain/idnumbers.h"

#include <QSqlQuery>
#include <QSqlRecord>

using namespace rmdesk;
using namespace rmdesk::test;

namespace {

const QByteArray rootThenDemo = "root-password\ndemo-password\n";

QStringList demoArgs(int customers, int seed)
{
    return {QStringLiteral("demo"), QStringLiteral("--customers"), QString::number(customers),
            QStringLiteral("--seed"), QString::number(seed)};
}

struct Stored
{
    QString type;
    QString name;
    QString idNumber;
};

// The customers as stored, read in this process as the administrator.
QList<Stored> firstCustomers(const QString& db, int limit)
{
    StoreError e;
    auto vault = Vault::login(db, QStringLiteral("root"), secret("root-password"), &e);
    BOOST_REQUIRE_MESSAGE(vault, e.message);
    QList<Stored> rows;
    {
        QSqlQuery q(vault->database().connection());
        BOOST_REQUIRE(q.exec(QStringLiteral("SELECT type, name, id_number FROM customers "
                                            "ORDER BY id LIMIT %1")
                                 .arg(limit)));
        while (q.next())
            rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    }
    vault->logout();
    return rows;
}

qint64 scalar(QSqlDatabase db, const QString& sql)
{
    QSqlQuery q(db);
    BOOST_REQUIRE_MESSAGE(q.exec(sql) && q.next(), sql.toStdString());
    return q.value(0).toLongLong();
}

} // namespace

BOOST_FIXTURE_TEST_SUITE(cli_demo, CliFixture)

BOOST_AUTO_TEST_CASE(generates_valid_data_once)
{
    init();
    const Result r = as(QStringLiteral("root"), rootThenDemo, demoArgs(2000, 7));
    BOOST_REQUIRE_MESSAGE(r.code == 0, r.err);
    const QJsonObject& j = r.json;
    BOOST_TEST(j.value(QStringLiteral("customers")).toInt() == 2000);
    const int institutions = j.value(QStringLiteral("institutions")).toInt();
    BOOST_TEST(institutions > 40);
    BOOST_TEST(institutions < 200);
    BOOST_TEST(j.value(QStringLiteral("branches")).toInt() >= 5);
    BOOST_TEST(j.value(QStringLiteral("users")).toInt() >= 3 * 5 + 1);
    BOOST_TEST(j.value(QStringLiteral("products")).toInt() >= 15);
    BOOST_TEST(j.value(QStringLiteral("months")).toInt() == 36); // the default
    BOOST_TEST(j.value(QStringLiteral("series")).toInt() > 2000);
    BOOST_TEST(j.value(QStringLiteral("balances")).toInt() >
               20 * j.value(QStringLiteral("series")).toInt());
    for (const char* k :
         {"interactions", "complaints", "overdue_complaints", "surveys", "transitions", "tasks"})
        BOOST_TEST_CONTEXT(k) BOOST_TEST(j.value(QLatin1String(k)).toInt() >= 0);
    for (const char* k : {"customers", "indexes", "search", "statistics", "staff"})
        BOOST_TEST_CONTEXT(k)
    BOOST_TEST(j.value(QStringLiteral("stages_ms")).toObject().contains(QLatin1String(k)));
    BOOST_TEST(j.contains(QStringLiteral("elapsed_ms")));

    const QDate today = QDate::currentDate();
    {
        StoreError e;
        auto vault = Vault::login(db, QStringLiteral("root"), secret("root-password"), &e);
        BOOST_REQUIRE_MESSAGE(vault, e.message);
        QSqlDatabase c = vault->database().connection();
        {
            QSqlQuery q(c);
            BOOST_REQUIRE(q.exec(QStringLiteral("SELECT * FROM customers ORDER BY id")));
            int individuals = 0, institutionsSeen = 0, row = 0;
            while (q.next()) {
                const QSqlRecord rec = q.record();
                const QString type = q.value(QStringLiteral("type")).toString();
                const QString number = q.value(QStringLiteral("id_number")).toString();
                if (type == QLatin1String("individual")) {
                    ++individuals;
                    const IdCheck check = IdNumbers::residentId(number, today);
                    BOOST_TEST_CONTEXT(number.toStdString())
                    {
                        BOOST_TEST(check.ok);
                        BOOST_TEST(check.gender == q.value(QStringLiteral("gender")).toString());
                        BOOST_TEST(check.birthDate.year() >= 1940);
                        BOOST_TEST(check.birthDate.year() <= 2005);
                    }
                } else {
                    ++institutionsSeen;
                    BOOST_TEST_CONTEXT(number.toStdString()) BOOST_TEST(IdNumbers::uscc(number).ok);
                    BOOST_TEST(number.startsWith(QLatin1String("91")));
                }
                // Every 10th row as CustomerStore::add would see it.
                if (row++ % 10 == 0) {
                    const CustomerType t = *customerTypeFromName(type);
                    QHash<QString, QString> values;
                    for (const QString& f : CustomerFields::namesFor(t))
                        if (!q.value(f).isNull() && !q.value(f).toString().isEmpty())
                            values.insert(f, q.value(f).toString());
                    const QList<FieldError> problems =
                        CustomerFields::normalise(t, &values, true, today);
                    BOOST_TEST_CONTEXT(q.value(QStringLiteral("id")).toLongLong())
                    BOOST_TEST(
                        problems.isEmpty(),
                        (problems.isEmpty() ? QString() : problems.first().message).toStdString());
                }
            }
            BOOST_TEST(individuals + institutionsSeen == 2000);
            BOOST_TEST(institutionsSeen == institutions);
        }
        BOOST_TEST(scalar(c, QStringLiteral("SELECT count(DISTINCT id_number) FROM customers")) ==
                   2000);
        BOOST_TEST(scalar(c, QStringLiteral("SELECT count(*) FROM customers c JOIN users u ON "
                                            "u.id = c.rm_user_id AND u.role = 'rm' AND "
                                            "u.branch_code = c.branch_code")) == 2000);
        // Some reviews overdue, some later; mostly low AML risk; tiers from the holdings.
        const qint64 overdue =
            scalar(c, QStringLiteral("SELECT count(*) FROM customers WHERE next_review_due < '%1'")
                          .arg(today.toString(Qt::ISODate)));
        BOOST_TEST(overdue > 50);
        BOOST_TEST(overdue < 1000);
        const qint64 high =
            scalar(c, QStringLiteral("SELECT count(*) FROM customers WHERE aml_risk = 'high'"));
        BOOST_TEST(high > 10);
        BOOST_TEST(high < 100);
        BOOST_TEST(scalar(c, QStringLiteral("SELECT count(*) FROM customers WHERE tier = "
                                            "'affluent'")) > 20);
        BOOST_TEST(scalar(c, QStringLiteral("SELECT count(*) FROM customers WHERE tier = "
                                            "'mass'")) > 1500);
        BOOST_TEST(scalar(c, QStringLiteral("SELECT count(DISTINCT month) FROM holdings")) == 36);
        BOOST_TEST(scalar(c, QStringLiteral("SELECT count(*) FROM holdings")) ==
                   j.value(QStringLiteral("balances")).toInt());
        BOOST_TEST(scalar(c, QStringLiteral("SELECT count(*) FROM holding_series")) ==
                   j.value(QStringLiteral("series")).toInt());
        BOOST_TEST(scalar(c, QStringLiteral("SELECT count(*) FROM interactions")) ==
                   j.value(QStringLiteral("interactions")).toInt());
        BOOST_TEST(scalar(c, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                            "'demo.generate'")) == 1);
        {
            QSqlQuery q(c);
            BOOST_REQUIRE(q.exec(
                QStringLiteral("SELECT name, coalesce(parent_code, '') FROM branches WHERE code IN "
                               "('BJ01', 'BJ01-01', 'SZ01') ORDER BY code")));
            QStringList branches;
            while (q.next())
                branches << q.value(0).toString() + QLatin1Char('/') + q.value(1).toString();
            BOOST_TEST(branches.join(QLatin1Char(' ')) ==
                       QStringLiteral("北京分行/ 北京朝阳支行/BJ01 深圳分行/"));
        }
        BOOST_TEST(scalar(c, QStringLiteral("SELECT count(*) FROM users WHERE name IN "
                                            "('sup.bj01', 'rm.bj01.01', 'rm.sh01-01.02', "
                                            "'compliance1')")) == 4);
        vault->logout();
    }

    // Once only.
    const Result again = as(QStringLiteral("root"), rootThenDemo, demoArgs(10, 7));
    BOOST_TEST(again.code == 1);
    BOOST_TEST(again.err.contains(QLatin1String("2000")));

    // The database is healthy; an RM sees exactly their own book.
    const Result check = as(QStringLiteral("root"), "root-password\n", {QStringLiteral("check")});
    BOOST_TEST(check.code == 0, check.err.toStdString());
    BOOST_TEST(check.json.value(QStringLiteral("healthy")).toBool());

    qint64 own = 0;
    {
        StoreError e;
        auto vault = Vault::login(db, QStringLiteral("root"), secret("root-password"), &e);
        BOOST_REQUIRE(vault);
        own = scalar(vault->database().connection(),
                     QStringLiteral("SELECT count(*) FROM customers c JOIN users u ON u.id = "
                                    "c.rm_user_id WHERE u.name = 'rm.bj01.01'"));
        vault->logout();
    }
    BOOST_TEST(own > 10);
    const Result list = as(QStringLiteral("rm.bj01.01"), "demo-password\n",
                           {QStringLiteral("customer"), QStringLiteral("list"),
                            QStringLiteral("--limit"), QStringLiteral("1000")});
    BOOST_REQUIRE_MESSAGE(list.code == 0, list.err);
    BOOST_TEST(list.json.value(QStringLiteral("total")).toInt() == own);
    const QJsonArray results = list.json.value(QStringLiteral("results")).toArray();
    BOOST_TEST(results.size() == own);
    for (const QJsonValue& v : results)
        BOOST_TEST(v.toObject().value(QStringLiteral("rm")).toString() ==
                   QStringLiteral("rm.bj01.01"));
}

BOOST_AUTO_TEST_CASE(same_seed_same_customers)
{
    init();
    BOOST_REQUIRE(as(QStringLiteral("root"), rootThenDemo, demoArgs(300, 42)).code == 0);
    const QList<Stored> first = firstCustomers(db, 50);

    db = folder.file(QStringLiteral("second.rmdb"));
    init();
    BOOST_REQUIRE(as(QStringLiteral("root"), rootThenDemo, demoArgs(300, 42)).code == 0);
    const QList<Stored> second = firstCustomers(db, 50);

    db = folder.file(QStringLiteral("third.rmdb"));
    init();
    BOOST_REQUIRE(as(QStringLiteral("root"), rootThenDemo, demoArgs(300, 43)).code == 0);
    const QList<Stored> other = firstCustomers(db, 50);

    BOOST_REQUIRE(first.size() == 50);
    BOOST_REQUIRE(second.size() == 50);
    int differing = 0;
    for (int i = 0; i < 50; ++i) {
        BOOST_TEST_CONTEXT(i)
        {
            BOOST_TEST(first[i].type == second[i].type);
            BOOST_TEST(first[i].name == second[i].name);
            BOOST_TEST(first[i].idNumber == second[i].idNumber);
        }
        differing += first[i].idNumber != other[i].idNumber ? 1 : 0;
    }
    BOOST_TEST(differing > 45);
}

BOOST_AUTO_TEST_CASE(administrators_only_with_sound_arguments)
{
    init();
    BOOST_TEST(as(QStringLiteral("sup1"), "sup1-password\n", demoArgs(10, 1)).code == 5);
    BOOST_TEST(as(QStringLiteral("rm1"), "rm1-password\n", demoArgs(10, 1)).code == 5);
    BOOST_TEST(as(QStringLiteral("comp1"), "comp1-password\n", demoArgs(10, 1)).code == 5);
    const QStringList demo{QStringLiteral("demo")};
    BOOST_TEST(as(QStringLiteral("root"), rootThenDemo, demo).code == 2);
    for (const char* n : {"0", "-5", "5000001", "many"})
        BOOST_TEST_CONTEXT(n)
    BOOST_TEST(
        as(QStringLiteral("root"), rootThenDemo, demo + QStringList{"--customers", n}).code == 2);
    BOOST_TEST(as(QStringLiteral("root"), rootThenDemo,
                  demoArgs(10, 1) + QStringList{QStringLiteral("--months"), QStringLiteral("0")})
                   .code == 2);
    // The demo users' password follows the administrator's and must be long enough.
    const Result weak = as(QStringLiteral("root"), "root-password\nshort\n", demoArgs(10, 1));
    BOOST_TEST(weak.code == 1);
    BOOST_TEST(firstCustomers(db, 10).isEmpty());
    const Result none = as(QStringLiteral("root"), "root-password\n", demoArgs(10, 1));
    BOOST_TEST(none.code != 0);
    BOOST_TEST(firstCustomers(db, 10).isEmpty());
}

BOOST_AUTO_TEST_SUITE_END()
