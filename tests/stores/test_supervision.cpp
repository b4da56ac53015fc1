// Spot checks and improvement measures (SupervisionStore) on the records of assessmentfixture.h.
#include "common/testsupport.h"
#include "stores/assessmentfixture.h"

#include <algorithm>
#include <random>

using namespace rmdesk;
using namespace rmdesk::test;

namespace {

const QString octoberCode = QStringLiteral("2026-10");

} // namespace

BOOST_FIXTURE_TEST_SUITE(supervision_store, AssessmentFixture)

BOOST_AUTO_TEST_CASE(the_draw_is_a_reproducible_partial_shuffle)
{
    // std::mt19937_64 is fixed by the standard: its 10000th output from the default seed.
    std::mt19937_64 g;
    g.discard(9999);
    BOOST_TEST(g() == 9981545732273789042ULL);

    const QList<int> all = SupervisionStore::draw(42, 10, 10);
    QList<int> sorted = all;
    std::sort(sorted.begin(), sorted.end());
    BOOST_TEST(sorted == (QList<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}),
               boost::test_tools::per_element());
    // Drawing fewer draws the first of the same order; the same seed draws the same.
    BOOST_TEST(SupervisionStore::draw(42, 10, 3) == all.mid(0, 3),
               boost::test_tools::per_element());
    BOOST_TEST(SupervisionStore::draw(42, 10, 10) == all, boost::test_tools::per_element());
    BOOST_TEST(SupervisionStore::draw(43, 10, 10) != all);
    BOOST_TEST(SupervisionStore::draw(42, 2, 5).size() == 2);
    BOOST_TEST(SupervisionStore::draw(42, 0, 5).isEmpty());
}

BOOST_AUTO_TEST_CASE(a_sample_of_the_branch_with_findings)
{
    // BJ01 in October: interactions i1 (i2 is November's, i3 September's); complaints received
    // in October: k2, k3, k4 (k1 and k5 came in September).
    qint64 id = 0;
    StoreError e;
    BOOST_REQUIRE_MESSAGE(
        supervision("sup1").drawSample(session("sup1"), octoberCode, 2, 7, &id, &e), e.message);
    auto s = supervision("sup1").sample(session("sup1"), id, &e);
    BOOST_REQUIRE_MESSAGE(s, e.message);
    BOOST_TEST(s->seed == 7);
    BOOST_TEST(s->branch == QStringLiteral("BJ01"));
    BOOST_REQUIRE(s->items.size() == 3); // 1 interaction + 2 of 3 complaints
    BOOST_TEST(s->items.at(0).recordKind == QStringLiteral("interaction"));
    BOOST_TEST(s->items.at(0).recordId == i1);
    BOOST_TEST(s->items.at(0).customerId == a1);
    const QList<qint64> complaints = {k2, k3, k4};
    const QList<int> drawn = SupervisionStore::draw(7, 3, 2);
    for (int i = 0; i < 2; ++i) {
        BOOST_TEST(s->items.at(i + 1).recordKind == QStringLiteral("complaint"));
        BOOST_TEST(s->items.at(i + 1).recordId == complaints.at(drawn.at(i)));
        BOOST_TEST(s->items.at(i + 1).item == i + 2);
    }
    // The same seed draws the same records again.
    qint64 again = 0;
    BOOST_REQUIRE(supervision("sup2").drawSample(session("sup2"), octoberCode, 2, 7, &again, &e));
    const auto s2 = supervision("sup2").sample(session("sup2"), again, &e);
    for (int i = 0; i < 3; ++i)
        BOOST_TEST(s2->items.at(i).recordId == s->items.at(i).recordId);

    // Findings: an issue needs a note; a finding stands; only the branch's supervisors.
    const QByteArray before = assessmentDigest();
    BOOST_TEST(!supervision("sup1").recordFinding(session("sup1"), id, 1, QStringLiteral("issue"),
                                                  QString(), &e));
    BOOST_TEST(e.kind == StoreError::Invalid);
    BOOST_TEST(!supervision("sup1").recordFinding(session("sup1"), id, 1, QStringLiteral("maybe"),
                                                  QString(), &e));
    BOOST_TEST(e.kind == StoreError::Invalid);
    BOOST_TEST(!supervision("sup1").recordFinding(session("sup1"), id, 9, QStringLiteral("ok"),
                                                  QString(), &e));
    BOOST_TEST(e.kind == StoreError::NotFound);
    BOOST_TEST(!supervision("rm1").recordFinding(session("rm1"), id, 1, QStringLiteral("ok"),
                                                 QString(), &e));
    BOOST_TEST(e.kind == StoreError::Forbidden);
    BOOST_TEST(!supervision("sup3").recordFinding(session("sup3"), id, 1, QStringLiteral("ok"),
                                                  QString(), &e));
    BOOST_TEST(e.kind == StoreError::NotFound);
    BOOST_TEST(assessmentDigest() == before);
    BOOST_REQUIRE_MESSAGE(
        supervision("sup1").recordFinding(session("sup1"), id, 1, QStringLiteral("issue"),
                                          QStringLiteral("回访记录缺少客户反馈"), &e),
        e.message);
    BOOST_REQUIRE_MESSAGE(supervision("sup2").recordFinding(session("sup2"), id, 2,
                                                            QStringLiteral("ok"), QString(), &e),
                          e.message);
    BOOST_TEST(!supervision("sup2").recordFinding(session("sup2"), id, 1, QStringLiteral("ok"),
                                                  QString(), &e));
    BOOST_TEST(e.kind == StoreError::Invalid);
    QSqlQuery q(db());
    BOOST_TEST(!q.exec(QStringLiteral("UPDATE spot_checks SET finding = 'ok' WHERE sample_id = %1 "
                                      "AND item = 1")
                           .arg(id)));
    BOOST_TEST(!q.exec(
        QStringLiteral("DELETE FROM spot_checks WHERE sample_id = %1 AND item = 1").arg(id)));
    // A merge moves the item's customer to the survivor (b1 stands in for one here).
    BOOST_TEST(q.exec(QStringLiteral("UPDATE spot_checks SET customer_id = %1 WHERE sample_id = "
                                     "%2 AND item = 1")
                          .arg(b1)
                          .arg(id)));
    s = supervision("comp1").sample(session("comp1"), id, &e);
    BOOST_REQUIRE_MESSAGE(s, e.message);
    BOOST_TEST(s->checked() == 2);
    BOOST_TEST(s->issues() == 1);
    BOOST_TEST(s->items.at(0).checkedBy == QStringLiteral("sup1"));
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'spot_check' "
                                    "AND entity_id = '%1'")
                         .arg(id)) == 3); // sample, two findings

    // Who reads samples.
    BOOST_TEST(supervision("sup2").samples(session("sup2"), &e).size() == 2);
    BOOST_TEST(supervision("comp2").samples(session("comp2"), &e).size() == 2);
    BOOST_TEST(supervision("sup3").samples(session("sup3"), &e).isEmpty());
    BOOST_TEST(!supervision("rm1").sample(session("rm1"), id, &e));
    BOOST_TEST(e.kind == StoreError::Forbidden);
}

BOOST_AUTO_TEST_CASE(samples_refuse_bad_input)
{
    const QByteArray before = assessmentDigest();
    StoreError e;
    BOOST_TEST(!supervision("sup1").drawSample(session("sup1"), octoberCode, 0, 1, nullptr, &e));
    BOOST_TEST(e.kind == StoreError::Invalid);
    BOOST_TEST(!supervision("sup1").drawSample(session("sup1"), octoberCode, 101, 1, nullptr, &e));
    BOOST_TEST(e.kind == StoreError::Invalid);
    BOOST_TEST(!supervision("sup1").drawSample(session("sup1"), QStringLiteral("2026-12"), 2, 1,
                                               nullptr, &e));
    BOOST_TEST(e.kind == StoreError::Invalid);
    BOOST_TEST(!supervision("sup1").drawSample(session("sup1"), QStringLiteral("2025-03"), 2, 1,
                                               nullptr, &e));
    BOOST_TEST(e.kind == StoreError::Invalid); // nothing to sample
    BOOST_TEST(!supervision("comp1").drawSample(session("comp1"), octoberCode, 2, 1, nullptr, &e));
    BOOST_TEST(e.kind == StoreError::Forbidden);
    BOOST_TEST(assessmentDigest() == before);
}

BOOST_AUTO_TEST_CASE(measures_are_tracked_to_done)
{
    NewMeasure m;
    m.title = QStringLiteral("加强投诉处理时限管理");
    m.description = QStringLiteral("每周复核未决投诉");
    m.source = QStringLiteral("complaint");
    m.sourceId = k2;
    m.owner = QStringLiteral("rm1");
    m.due = QDate(2026, 12, 15);
    const QByteArray before = assessmentDigest();
    StoreError e;
    auto refused = [&](const char* who, NewMeasure bad, StoreError::Kind kind, const char* why) {
        StoreError err;
        BOOST_TEST(!supervision(who).addMeasure(session(who), bad, nullptr, &err), why);
        BOOST_TEST(err.kind == kind, why << ": " << err.message.toStdString());
    };
    refused("rm1", m, StoreError::Forbidden, "an RM");
    refused("comp1", m, StoreError::Forbidden, "compliance");
    NewMeasure bad = m;
    bad.owner = QStringLiteral("rm2");
    refused("sup1", bad, StoreError::Invalid, "owner of another branch");
    bad = m;
    bad.due = QDate(2026, 11, 26);
    refused("sup1", bad, StoreError::Invalid, "due yesterday");
    bad = m;
    bad.title = QStringLiteral("  ");
    refused("sup1", bad, StoreError::Invalid, "no title");
    bad = m;
    bad.sourceId = 99999;
    refused("sup1", bad, StoreError::Invalid, "no such complaint");
    bad = m;
    bad.source = QStringLiteral("rumour");
    refused("sup1", bad, StoreError::Invalid, "unknown source");
    BOOST_TEST(assessmentDigest() == before);

    qint64 id = 0;
    BOOST_REQUIRE_MESSAGE(supervision("sup1").addMeasure(session("sup1"), m, &id, &e), e.message);
    NewMeasure soon = m;
    soon.title = QStringLiteral("补齐客户定期核实");
    soon.source = QStringLiteral("other");
    soon.sourceId = 0;
    soon.owner = QStringLiteral("rm3");
    soon.due = QDate(2026, 11, 30);
    qint64 soonId = 0;
    BOOST_REQUIRE_MESSAGE(supervision("sup1").addMeasure(session("sup1"), soon, &soonId, &e),
                          e.message);

    // The owner starts it; another RM may not touch it; done needs a note.
    BOOST_TEST(!supervision("rm3").startMeasure(session("rm3"), id, &e));
    BOOST_TEST(e.kind == StoreError::NotFound); // not among rm3's
    BOOST_REQUIRE_MESSAGE(supervision("rm1").startMeasure(session("rm1"), id, &e), e.message);
    BOOST_TEST(!supervision("rm1").startMeasure(session("rm1"), id, &e));
    BOOST_TEST(e.kind == StoreError::Invalid);
    BOOST_TEST(!supervision("rm1").completeMeasure(session("rm1"), id, QStringLiteral(" "), &e));
    BOOST_TEST(e.kind == StoreError::Invalid);
    BOOST_TEST(!supervision("sup3").completeMeasure(session("sup3"), id, QStringLiteral("x"), &e));
    BOOST_REQUIRE_MESSAGE(supervision("rm1").completeMeasure(
                              session("rm1"), id, QStringLiteral("已建立每周复核清单"), &e),
                          e.message);
    const auto done = supervision("sup2").measure(session("sup2"), id, &e);
    BOOST_REQUIRE_MESSAGE(done, e.message);
    BOOST_TEST(done->status == QStringLiteral("done"));
    BOOST_TEST(done->doneNote == QStringLiteral("已建立每周复核清单"));
    BOOST_TEST(!done->overdue);
    BOOST_TEST(!supervision("sup1").completeMeasure(session("sup1"), id, QStringLiteral("再"), &e));
    BOOST_TEST(e.kind == StoreError::Invalid);
    QSqlQuery q(db());
    BOOST_TEST(!q.exec(QStringLiteral("UPDATE improvement_measures SET status = 'open' WHERE id = "
                                      "%1")
                           .arg(id)));
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = "
                                    "'improvement_measure' AND entity_id = '%1'")
                         .arg(id)) == 3); // add, start, done

    // Lists: on 2026-12-01 the second is open and overdue.
    const QDateTime december(QDate(2026, 12, 1), QTime(9, 0));
    BOOST_TEST(supervision("sup1", december).measures(session("sup1"), {}, &e).size() == 2);
    const auto open = supervision("sup1", december).measures(session("sup1"), {true, false}, &e);
    BOOST_REQUIRE(open.size() == 1);
    BOOST_TEST(open.first().id == soonId);
    BOOST_TEST(open.first().overdue);
    BOOST_TEST(supervision("sup1", december).measures(session("sup1"), {false, true}, &e).size() ==
               1);
    BOOST_TEST(supervision("sup1").measures(session("sup1"), {false, true}, &e).isEmpty());
    BOOST_TEST(supervision("rm1").measures(session("rm1"), {}, &e).size() == 1);
    BOOST_TEST(supervision("rm3").measures(session("rm3"), {}, &e).size() == 1);
    BOOST_TEST(supervision("sup3").measures(session("sup3"), {}, &e).isEmpty());
    BOOST_TEST(supervision("comp1").measures(session("comp1"), {}, &e).size() == 2);
}

BOOST_AUTO_TEST_SUITE_END()
