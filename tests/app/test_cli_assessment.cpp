// rmdesk-cli's assessment commands as the built binary: KPI standards, scorecards, evaluations
// with their lock, spot checks and improvement measures, with JSON shapes and exit codes.
#include "common/clifixture.h"
#include "common/vaultfixture.h"

#include <QDate>
#include <QSqlQuery>

using namespace rmdesk;
using namespace rmdesk::test;
namespace tt = boost::test_tools;

namespace {

QByteArray pw(const char* user)
{
    return QByteArray(user) + "-password\n";
}

// "YYYY-MM" of the month `back` months before this one.
QString monthBack(int back)
{
    return QDate::currentDate().addMonths(-back).toString(QStringLiteral("yyyy-MM"));
}

struct AssessmentCli : CliFixture
{
    AssessmentCli()
    {
        init(); // rm1 and sup1 in BJ01, comp1
        const Result r = run("rm1", {QStringLiteral("customer"), QStringLiteral("add"),
                                     QStringLiteral("--type"), QStringLiteral("individual"),
                                     QStringLiteral("--name"), QStringLiteral("张伟")});
        BOOST_REQUIRE_MESSAGE(r.code == 0, r.err);
        customer = QString::number(r.json.value(QStringLiteral("id")).toInteger());
        // Month-end balances come with the holdings import; here they are written directly:
        // 1000 two months ago, 1100 last month (+10 %).
        StoreError error;
        auto root = Vault::login(db, QStringLiteral("root"), secret("root-password"), &error);
        BOOST_REQUIRE_MESSAGE(root, error.message);
        QSqlQuery q(root->database().connection());
        BOOST_REQUIRE(q.exec(QStringLiteral("INSERT INTO products (code, name, type, risk_level) "
                                            "VALUES ('P1', '稳健理财1号', 'wealth', 'R2')")));
        BOOST_REQUIRE(q.exec(QStringLiteral("INSERT INTO holdings VALUES (%1, 'P1', '%2', 1000), "
                                            "(%1, 'P1', '%3', 1100)")
                                 .arg(customer, monthBack(2), monthBack(1))));
        // A customer since three months ago (the review figure of a month counts the customers
        // on the books at its end).
        BOOST_REQUIRE(
            q.exec(QStringLiteral("UPDATE customers SET created_at = '%1T00:00:00.000Z' "
                                  "WHERE id = %2")
                       .arg(QDate::currentDate().addMonths(-3).toString(Qt::ISODate), customer)));
        root->logout();
    }
    Result run(const char* user, const QStringList& args)
    {
        return as(QString::fromLatin1(user), pw(user), args);
    }
    QString customer;
};

} // namespace

BOOST_FIXTURE_TEST_SUITE(cli_assessment, AssessmentCli)

BOOST_AUTO_TEST_CASE(kpi_standards_list_and_set)
{
    Result r = run("sup1", words({"kpi", "list"}));
    BOOST_REQUIRE_MESSAGE(r.code == 0, r.err);
    BOOST_TEST(r.json.value(QStringLiteral("version")).toInt() == 1);
    const QJsonArray kpis = r.json.value(QStringLiteral("kpis")).toArray();
    BOOST_REQUIRE(kpis.size() == 7);
    double weights = 0;
    for (const QJsonValue& k : kpis)
        weights += k.toObject().value(QStringLiteral("weight")).toDouble();
    BOOST_TEST(weights == 100.0);
    r = run("comp1", words({"kpi", "list", "--period-kind", "year"}));
    BOOST_REQUIRE_MESSAGE(r.code == 0, r.err);
    BOOST_TEST(r.json.value(QStringLiteral("kpis"))
                   .toArray()
                   .at(1)
                   .toObject()
                   .value(QStringLiteral("target"))
                   .toDouble() == 24.0); // net new: 2 a month

    const QString tomorrow = QDate::currentDate().addDays(1).toString(Qt::ISODate);
    const QStringList set =
        words({"kpi", "set", "--period-kind", "month", "--from"}) + QStringList{tomorrow};
    r = run("sup1", set + words({"--kpis", "retention_rate=50:90,nps=50:30"}));
    BOOST_TEST(r.code == 5, r.err);
    r = as(QStringLiteral("root"), "root-password\n",
           set + words({"--kpis", "retention_rate=50:90,nps=40:30"}));
    BOOST_TEST(r.code == 1, r.err); // weights 90
    r = as(QStringLiteral("root"), "root-password\n", set + words({"--kpis", "retention_rate=50"}));
    BOOST_TEST(r.code == 2, r.err);
    r = as(QStringLiteral("root"), "root-password\n",
           set + words({"--kpis", "retention_rate=50:90,nps=50:30:higher"}));
    BOOST_REQUIRE_MESSAGE(r.code == 0, r.err);
    BOOST_TEST(r.json.value(QStringLiteral("version")).toInt() == 2);
    r = run("sup1", words({"kpi", "list", "--history"}));
    BOOST_REQUIRE_MESSAGE(r.code == 0, r.err);
    BOOST_TEST(r.out.count(QStringLiteral("\"version\"")) == 2);
}

BOOST_AUTO_TEST_CASE(scorecards_and_a_locked_evaluation)
{
    const QString period = monthBack(1);
    Result r =
        run("sup1", QStringList{QStringLiteral("scorecard"), QStringLiteral("--period"), period});
    BOOST_REQUIRE_MESSAGE(r.code == 0, r.err);
    BOOST_TEST(r.json.value(QStringLiteral("period")).toString() == period);
    const QJsonArray cards = r.json.value(QStringLiteral("cards")).toArray();
    BOOST_REQUIRE(cards.size() == 1);
    const QJsonObject card = cards.at(0).toObject();
    BOOST_TEST(card.value(QStringLiteral("rm")).toString() == QStringLiteral("rm1"));
    BOOST_TEST(card.value(QStringLiteral("rank")).toInt() == 1);
    // AUM +10 % (score 100 × 20), net new 0 (0 × 15), reviews not overdue (100 × 10),
    // no interactions (0 × 10); no retention base, NPS or complaints: 3000 / 55.
    BOOST_TEST(card.value(QStringLiteral("total")).toDouble() == 3000.0 / 55.0,
               tt::tolerance(1e-9));
    const QJsonObject aum = card.value(QStringLiteral("kpis")).toArray().at(2).toObject();
    BOOST_TEST(aum.value(QStringLiteral("kpi")).toString() == QStringLiteral("aum_growth"));
    BOOST_TEST(aum.value(QStringLiteral("actual")).toDouble() == 10.0, tt::tolerance(1e-9));
    BOOST_TEST(aum.value(QStringLiteral("attainment")).toDouble() == 1.2, tt::tolerance(1e-9));
    BOOST_TEST(r.json.value(QStringLiteral("branches")).toArray().size() == 1);
    BOOST_TEST(run("rm1", words({"scorecard", "--branch", "SH01"})).code == 5);
    BOOST_TEST(as(QStringLiteral("root"), "root-password\n", words({"scorecard"})).code == 5);
    BOOST_TEST(run("sup1", words({"scorecard", "--period", "2026-13"})).code == 2);

    r = run("rm1", QStringList{QStringLiteral("evaluation"), QStringLiteral("create"),
                               QStringLiteral("--rm"), QStringLiteral("rm1"),
                               QStringLiteral("--period"), period});
    BOOST_TEST(r.code == 5, r.err);
    r = run("sup1", QStringList{QStringLiteral("evaluation"), QStringLiteral("create"),
                                QStringLiteral("--rm"), QStringLiteral("rm1"),
                                QStringLiteral("--period"), period});
    BOOST_REQUIRE_MESSAGE(r.code == 0, r.err);
    const QString id = QString::number(r.json.value(QStringLiteral("id")).toInteger());
    BOOST_TEST(r.json.value(QStringLiteral("score")).toDouble() == 3000.0 / 55.0,
               tt::tolerance(1e-9));
    BOOST_TEST(r.json.value(QStringLiteral("status")).toString() == QStringLiteral("draft"));
    BOOST_TEST(run("sup1", QStringList{QStringLiteral("evaluation"), QStringLiteral("signoff"), id})
                   .code == 1); // not rated yet
    r = run("sup1", QStringList{QStringLiteral("evaluation"), QStringLiteral("rate"), id,
                                QStringLiteral("--rating"), QStringLiteral("4"),
                                QStringLiteral("--comment"), QStringLiteral("资产增长良好")});
    BOOST_REQUIRE_MESSAGE(r.code == 0, r.err);
    r = run("sup1", QStringList{QStringLiteral("evaluation"), QStringLiteral("signoff"), id});
    BOOST_REQUIRE_MESSAGE(r.code == 0, r.err);
    r = run("sup1", QStringList{QStringLiteral("evaluation"), QStringLiteral("rate"), id,
                                QStringLiteral("--rating"), QStringLiteral("5"),
                                QStringLiteral("--comment"), QStringLiteral("改")});
    BOOST_TEST(r.code == 1);
    BOOST_TEST(r.err.startsWith(QStringLiteral("rmdesk-cli: ")));
    r = run("rm1", QStringList{QStringLiteral("evaluation"), QStringLiteral("show"), id});
    BOOST_REQUIRE_MESSAGE(r.code == 0, r.err);
    BOOST_TEST(r.json.value(QStringLiteral("status")).toString() == QStringLiteral("signed_off"));
    BOOST_TEST(r.json.value(QStringLiteral("rating")).toInt() == 4);
    BOOST_TEST(r.json.value(QStringLiteral("signed_by")).toString() == QStringLiteral("sup1"));
    r = run("comp1", words({"evaluation", "list"}));
    BOOST_REQUIRE_MESSAGE(r.code == 0, r.err);
    BOOST_TEST(r.json.value(QStringLiteral("total")).toInt() == 1);
    BOOST_TEST(run("sup1", words({"evaluation", "rate"})).code == 2);
}

BOOST_AUTO_TEST_CASE(spot_checks_and_measures)
{
    Result r = run("rm1", QStringList{QStringLiteral("interaction"), QStringLiteral("add"),
                                      QStringLiteral("--customer"), customer} +
                              words({"--channel", "phone", "--purpose", "relationship_care",
                                     "--summary", "例行回访"}));
    BOOST_REQUIRE_MESSAGE(r.code == 0, r.err);
    const QString interaction = QString::number(r.json.value(QStringLiteral("id")).toInteger());
    r = run("sup1",
            QStringList{QStringLiteral("spotcheck"), QStringLiteral("sample"),
                        QStringLiteral("--period"), monthBack(0), QStringLiteral("--size"),
                        QStringLiteral("3"), QStringLiteral("--seed"), QStringLiteral("5")});
    BOOST_REQUIRE_MESSAGE(r.code == 0, r.err);
    const QString sample = QString::number(r.json.value(QStringLiteral("id")).toInteger());
    BOOST_TEST(r.json.value(QStringLiteral("seed")).toString() == QStringLiteral("5"));
    const QJsonArray items = r.json.value(QStringLiteral("items")).toArray();
    BOOST_REQUIRE(items.size() == 1);
    BOOST_TEST(
        QString::number(items.at(0).toObject().value(QStringLiteral("record")).toInteger()) ==
        interaction);
    const QStringList finding = {
        QStringLiteral("spotcheck"), QStringLiteral("finding"), sample,
        QStringLiteral("--item"),    QStringLiteral("1"),       QStringLiteral("--result"),
        QStringLiteral("issue")};
    BOOST_TEST(run("sup1", finding).code == 1); // an issue needs a note
    BOOST_TEST(run("rm1", finding + words({"--note", "x"})).code == 5);
    r = run("sup1", finding + words({"--note", "未记录客户反馈"}));
    BOOST_REQUIRE_MESSAGE(r.code == 0, r.err);
    BOOST_TEST(r.json.value(QStringLiteral("issues")).toInt() == 1);

    const QString due = QDate::currentDate().addDays(10).toString(Qt::ISODate);
    r = run("sup1", words({"measure", "add", "--title", "回访记录须写明客户反馈", "--owner", "rm1",
                           "--source", "spot_check", "--due"}) +
                        QStringList{due});
    BOOST_REQUIRE_MESSAGE(r.code == 0, r.err);
    const QString measure = QString::number(r.json.value(QStringLiteral("id")).toInteger());
    BOOST_TEST(r.json.value(QStringLiteral("status")).toString() == QStringLiteral("open"));
    BOOST_TEST(run("sup1", words({"measure", "add", "--title", "x", "--owner", "comp1", "--due"}) +
                               QStringList{due})
                   .code == 1);
    r = run("rm1", words({"measure", "list", "--open"}));
    BOOST_REQUIRE_MESSAGE(r.code == 0, r.err);
    BOOST_TEST(r.json.value(QStringLiteral("total")).toInt() == 1);
    BOOST_TEST(
        run("rm1", QStringList{QStringLiteral("measure"), QStringLiteral("done"), measure}).code ==
        2);
    r = run("rm1", QStringList{QStringLiteral("measure"), QStringLiteral("done"), measure,
                               QStringLiteral("--note"), QStringLiteral("已培训并抽查")});
    BOOST_REQUIRE_MESSAGE(r.code == 0, r.err);
    BOOST_TEST(r.json.value(QStringLiteral("status")).toString() == QStringLiteral("done"));
    r = run("sup1", words({"measure", "list", "--open"}));
    BOOST_TEST(r.json.value(QStringLiteral("total")).toInt() == 0);
    BOOST_TEST(run("sup1", words({"measure", "frobnicate"})).code == 2);
}

BOOST_AUTO_TEST_SUITE_END()
