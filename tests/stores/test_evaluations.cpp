// Performance evaluations (EvaluationStore): the scorecard snapshot, rating, sign-off and the lock,
// with the permissions of each role.
#include "common/testsupport.h"
#include "stores/assessmentfixture.h"

#include <QJsonObject>

using namespace rmdesk;
using namespace rmdesk::test;
namespace tt = boost::test_tools;

namespace {

const QString octoberCode = QStringLiteral("2026-10");

} // namespace

BOOST_FIXTURE_TEST_SUITE(evaluation_store, AssessmentFixture)

BOOST_AUTO_TEST_CASE(an_evaluation_keeps_the_scorecard_it_was_made_from)
{
    qint64 id = 0;
    StoreError e;
    BOOST_REQUIRE_MESSAGE(
        evaluations("sup1").create(session("sup1"), QStringLiteral("rm1"), octoberCode, &id, &e),
        e.message);
    const auto ev = evaluations("sup1").find(session("sup1"), id, &e);
    BOOST_REQUIRE_MESSAGE(ev, e.message);
    BOOST_TEST(ev->rm == QStringLiteral("rm1"));
    BOOST_TEST(ev->branch == QStringLiteral("BJ01"));
    BOOST_TEST(ev->period == octoberCode);
    BOOST_TEST(ev->standardsVersion == 1);
    BOOST_TEST(*ev->score == (10000.0 / 9.0 + 1250.0 + 20000.0 / 19.0 + 1000.0) / 100.0,
               tt::tolerance(1e-9));
    BOOST_TEST(ev->rank == 2);
    BOOST_TEST(ev->ranked == 4);
    BOOST_TEST(ev->status == QStringLiteral("draft"));
    BOOST_TEST(!ev->rating);
    BOOST_REQUIRE(ev->kpis.size() == 7);
    const QJsonObject nps = ev->kpis.at(3).toObject();
    BOOST_TEST(nps.value(QStringLiteral("kpi")).toString() == QStringLiteral("nps"));
    BOOST_TEST(nps.value(QStringLiteral("actual")).toDouble() == 25.0, tt::tolerance(1e-9));
    BOOST_TEST(nps.value(QStringLiteral("target")).toDouble() == 30.0);
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                    "'evaluation.create' AND entity_id = '%1'")
                         .arg(id)) == 1);

    // The snapshot stays when the data behind it changes.
    exec(QStringLiteral("DELETE FROM survey_responses"));
    BOOST_TEST(*evaluations("sup1").find(session("sup1"), id, &e)->score == *ev->score);
}

BOOST_AUTO_TEST_CASE(only_a_supervisor_of_the_branch_creates_once_for_an_ended_period)
{
    const QByteArray before = assessmentDigest();
    auto refused = [&](const char* who, const QString& rm, const QString& period,
                       StoreError::Kind kind) {
        StoreError e;
        BOOST_TEST(!evaluations(who).create(session(who), rm, period, nullptr, &e), who);
        BOOST_TEST(e.kind == kind, who << ": " << e.message.toStdString());
    };
    refused("sup3", QStringLiteral("rm1"), octoberCode, StoreError::Forbidden); // SH01
    refused("rm1", QStringLiteral("rm1"), octoberCode, StoreError::Forbidden);
    refused("comp1", QStringLiteral("rm1"), octoberCode, StoreError::Forbidden);
    refused("sup1", QStringLiteral("rm2"), octoberCode, StoreError::Forbidden);
    refused("sup1", QStringLiteral("sup2"), octoberCode, StoreError::Invalid); // not an RM
    refused("sup1", QStringLiteral("nobody"), octoberCode, StoreError::Invalid);
    refused("sup1", QStringLiteral("rm1"), QStringLiteral("2026-11"), StoreError::Invalid);
    refused("sup1", QStringLiteral("rm1"), QStringLiteral("2026-13"), StoreError::Invalid);
    BOOST_TEST(assessmentDigest() == before);

    StoreError e;
    BOOST_REQUIRE_MESSAGE(evaluations("sup1").create(session("sup1"), QStringLiteral("rm1"),
                                                     octoberCode, nullptr, &e),
                          e.message);
    refused("sup2", QStringLiteral("rm1"), octoberCode, StoreError::Invalid); // already evaluated
    // A quarter is its own period.
    BOOST_REQUIRE_MESSAGE(evaluations("sup2").create(session("sup2"), QStringLiteral("rm1"),
                                                     QStringLiteral("2026-Q3"), nullptr, &e),
                          e.message);
}

BOOST_AUTO_TEST_CASE(signed_off_evaluations_are_locked)
{
    qint64 id = 0;
    qint64 other = 0;
    StoreError e;
    BOOST_REQUIRE(
        evaluations("sup1").create(session("sup1"), QStringLiteral("rm1"), octoberCode, &id, &e));
    BOOST_REQUIRE(evaluations("sup1").create(session("sup1"), QStringLiteral("rm3"), octoberCode,
                                             &other, &e));
    // Signing off needs a rating with a comment; ratings are 1 to 5.
    BOOST_TEST(!evaluations("sup1").signOff(session("sup1"), id, &e));
    BOOST_TEST(e.kind == StoreError::Invalid);
    BOOST_TEST(!evaluations("sup1").rate(session("sup1"), id, 6, QStringLiteral("好"), &e));
    BOOST_TEST(e.kind == StoreError::Invalid);
    BOOST_TEST(!evaluations("sup1").rate(session("sup1"), id, 3, QStringLiteral("  "), &e));
    BOOST_TEST(e.kind == StoreError::Invalid);
    BOOST_TEST(!evaluations("sup3").rate(session("sup3"), id, 3, QStringLiteral("好"), &e));
    BOOST_TEST(e.kind == StoreError::Forbidden);
    BOOST_REQUIRE_MESSAGE(evaluations("sup1").rate(session("sup1"), id, 2,
                                                   QStringLiteral("留存不足，需加强回访"), &e),
                          e.message);
    BOOST_REQUIRE_MESSAGE(evaluations("sup2").rate(session("sup2"), id, 3,
                                                   QStringLiteral("投诉处理及时率需提高"), &e),
                          e.message);
    BOOST_REQUIRE_MESSAGE(evaluations("sup1").signOff(session("sup1"), id, &e), e.message);
    const auto ev = evaluations("rm1").find(session("rm1"), id, &e);
    BOOST_REQUIRE_MESSAGE(ev, e.message);
    BOOST_TEST(ev->status == QStringLiteral("signed_off"));
    BOOST_TEST(*ev->rating == 3);
    BOOST_TEST(ev->comment == QStringLiteral("投诉处理及时率需提高"));
    BOOST_TEST(ev->signedBy == QStringLiteral("sup1"));
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'evaluation' "
                                    "AND entity_id = '%1'")
                         .arg(id)) == 4); // create, rate, rate, signoff

    // Locked: the store refuses, and so does the database for any other writer.
    const QByteArray before = assessmentDigest();
    BOOST_TEST(!evaluations("sup1").rate(session("sup1"), id, 5, QStringLiteral("改"), &e));
    BOOST_TEST(e.kind == StoreError::Invalid);
    BOOST_TEST(!evaluations("sup1").signOff(session("sup1"), id, &e));
    BOOST_TEST(e.kind == StoreError::Invalid);
    QSqlQuery q(db());
    BOOST_TEST(!q.exec(QStringLiteral("UPDATE evaluations SET rating = 5 WHERE id = %1").arg(id)));
    BOOST_TEST(
        !q.exec(QStringLiteral("UPDATE evaluations SET status = 'draft' WHERE id = %1").arg(id)));
    BOOST_TEST(!q.exec(QStringLiteral("DELETE FROM evaluations WHERE id = %1").arg(id)));
    BOOST_TEST(assessmentDigest() == before);
    // The other draft is still open to change.
    BOOST_TEST(evaluations("sup1").rate(session("sup1"), other, 4, QStringLiteral("表现良好"), &e));
}

BOOST_AUTO_TEST_CASE(who_reads_which_evaluations)
{
    qint64 id = 0;
    StoreError e;
    BOOST_REQUIRE(
        evaluations("sup1").create(session("sup1"), QStringLiteral("rm1"), octoberCode, &id, &e));
    BOOST_REQUIRE(evaluations("sup1").create(session("sup1"), QStringLiteral("rm3"), octoberCode,
                                             nullptr, &e));
    BOOST_REQUIRE(evaluations("sup3").create(session("sup3"), QStringLiteral("rm2"), octoberCode,
                                             nullptr, &e));
    BOOST_TEST(evaluations("rm1").find(session("rm1"), id, &e).has_value());
    BOOST_TEST(!evaluations("rm3").find(session("rm3"), id, &e).has_value());
    BOOST_TEST(e.kind == StoreError::NotFound);
    BOOST_TEST(!evaluations("sup3").find(session("sup3"), id, &e).has_value());
    BOOST_TEST(evaluations("comp2").find(session("comp2"), id, &e).has_value());

    BOOST_TEST(evaluations("rm1").list(session("rm1"), {}, &e).size() == 1);
    BOOST_TEST(evaluations("sup1").list(session("sup1"), {}, &e).size() == 2);
    BOOST_TEST(evaluations("sup3").list(session("sup3"), {}, &e).size() == 1);
    BOOST_TEST(evaluations("comp1").list(session("comp1"), {}, &e).size() == 3);
    BOOST_TEST(evaluations("comp1")
                   .list(session("comp1"), {octoberCode, QStringLiteral("rm3"), QString()}, &e)
                   .size() == 1);
    BOOST_TEST(evaluations("comp1")
                   .list(session("comp1"), {QString(), QString(), QStringLiteral("signed_off")}, &e)
                   .isEmpty());
    e = {};
    BOOST_TEST(EvaluationStore(db(), assessmentNow).list(admin->session(), {}, &e).isEmpty());
    BOOST_TEST(e.kind == StoreError::Forbidden);
}

BOOST_AUTO_TEST_SUITE_END()
