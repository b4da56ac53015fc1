// Satisfaction surveys against a real encrypted database: the stored templates are the shipped
// ones, recording and reading back, callbacks for detractors and low CSAT, refusals that change
// nothing, hand-worked stats per group with the caution flag, scope per role, and merges and
// purges carrying the responses, and the CSV import of a hostile file.
#include "stores/complaintstore.h"
#include "stores/customermerge.h"
#include "stores/customerretention.h"
#include "stores/surveyfixture.h"

#include <algorithm>

using namespace rmdesk;
using namespace rmdesk::test;

namespace tt = boost::test_tools;

BOOST_FIXTURE_TEST_SUITE(surveys, SurveyFixture)

BOOST_AUTO_TEST_CASE(the_stored_templates_are_the_shipped_ones)
{
    StoreError e;
    const QList<SurveyTemplate> stored = surveys("rm1").templates(&e);
    BOOST_REQUIRE_MESSAGE(e.ok(), e.message);
    QList<SurveyTemplate> shipped = SurveyTemplates::shipped();
    std::sort(shipped.begin(), shipped.end(),
              [](const SurveyTemplate& a, const SurveyTemplate& b) { return a.name < b.name; });
    BOOST_REQUIRE(stored.size() == shipped.size());
    for (int i = 0; i < stored.size(); ++i) {
        const SurveyTemplate& s = stored[i];
        const SurveyTemplate& c = shipped[i];
        BOOST_TEST_CONTEXT(c.name)
        {
            BOOST_TEST(s.id == c.id);
            BOOST_TEST(s.name == c.name);
            BOOST_TEST(s.version == c.version);
            BOOST_TEST(s.titleEn == c.titleEn);
            BOOST_TEST(s.titleZh == c.titleZh);
            BOOST_REQUIRE(s.questions.size() == c.questions.size());
            for (int j = 0; j < s.questions.size(); ++j) {
                const SurveyQuestion& a = s.questions[j];
                const SurveyQuestion& b = c.questions[j];
                BOOST_TEST_CONTEXT(b.key)
                {
                    BOOST_TEST(a.key == b.key);
                    BOOST_TEST((a.type == b.type));
                    BOOST_TEST(a.min == b.min);
                    BOOST_TEST(a.max == b.max);
                    BOOST_TEST(a.required == b.required);
                    BOOST_TEST(a.textEn == b.textEn);
                    BOOST_TEST(a.textZh == b.textZh);
                    BOOST_REQUIRE(a.options.size() == b.options.size());
                    for (int k = 0; k < a.options.size(); ++k) {
                        BOOST_TEST(a.options[k].code == b.options[k].code);
                        BOOST_TEST(a.options[k].textEn == b.options[k].textEn);
                        BOOST_TEST(a.options[k].textZh == b.options[k].textZh);
                    }
                }
            }
        }
    }

    // A new version becomes the current one; the old one stays for the answers that used it.
    execOrFail(db(), QStringLiteral("INSERT INTO survey_templates (id, name, version, title_en, "
                                    "title_zh, created_at) VALUES (10, 'annual-review', 2, "
                                    "'Annual review', '年度回顾', '2026-11-27T00:00:00Z')"));
    execOrFail(db(), QStringLiteral("INSERT INTO survey_questions (template_id, position, key, "
                                    "type, min_value, max_value, required, text_en, text_zh) "
                                    "VALUES (10, 1, 'nps', 'nps', 0, 10, 1, 'Recommend?', "
                                    "'推荐吗？')"));
    SurveyStore store = surveys("rm1");
    BOOST_TEST(store.templates(&e).size() == 3);
    BOOST_TEST(store.templates(&e, true).size() == 4);
    const auto current = store.findTemplate(QStringLiteral("annual-review"), 0, &e);
    BOOST_REQUIRE(current);
    BOOST_TEST(current->version == 2);
    BOOST_TEST(current->questions.size() == 1);
    const auto first = store.findTemplate(QStringLiteral("annual-review"), 1, &e);
    BOOST_REQUIRE(first);
    BOOST_TEST(first->questions.size() == 5);
    BOOST_TEST(!store.findTemplate(QStringLiteral("annual-review"), 3, &e));
    BOOST_TEST(e.kind == StoreError::NotFound);
    BOOST_TEST(!store.findTemplate(QStringLiteral("weekly-pulse"), 0, &e));
    // Recording against version 1 still works; without a version, version 2's questions apply.
    NewSurveyResponse in = response(zhang, QStringLiteral("nps=9,csat=4,ces=2"));
    in.templateVersion = 1;
    const SurveySaved saved = recordSurvey("rm1", in);
    in.templateVersion = 0;
    QList<SurveyAnswerError> errors;
    BOOST_TEST(!store.record(session("rm1"), in, nullptr, &e, &errors));
    BOOST_TEST(errorKeys(errors) == (QStringList{QStringLiteral("ces"), QStringLiteral("csat")}));
    const auto back = store.response(session("rm1"), saved.id, &e);
    BOOST_REQUIRE(back);
    BOOST_TEST(back->templateVersion == 1);
}

BOOST_AUTO_TEST_CASE(an_rm_records_a_response_and_reads_it_back)
{
    const qint64 interaction = record("rm1", {}).id;
    NewSurveyResponse in = response(
        zhang, QStringLiteral("nps=9, csat=4,ces=2,reason=advice,comment=经理解释得很清楚"),
        "2026-11-25", "annual-review", "visit");
    in.interactionId = interaction;
    const SurveySaved saved = recordSurvey("rm1", in);
    BOOST_TEST(saved.id > 0);
    BOOST_TEST(saved.followUpTaskId == 0);
    BOOST_TEST(!saved.followUpOn.isValid());

    StoreError e;
    const QList<SurveyResponse> list = surveys("rm1").list(session("rm1"), zhang, &e);
    BOOST_REQUIRE_MESSAGE(list.size() == 1, e.message);
    const SurveyResponse& r = list.first();
    BOOST_TEST(r.id == saved.id);
    BOOST_TEST(r.customerId == zhang);
    BOOST_TEST(r.customerName == QStringLiteral("张*"));
    BOOST_TEST(r.templateName == QStringLiteral("annual-review"));
    BOOST_TEST(r.templateVersion == 1);
    BOOST_TEST(r.answeredOn == QDate(2026, 11, 25));
    BOOST_TEST(r.channel == QStringLiteral("visit"));
    BOOST_TEST(r.interactionId == interaction);
    BOOST_TEST(r.complaintId == 0);
    BOOST_TEST(r.branch == QStringLiteral("BJ01"));
    BOOST_TEST(r.rm == QStringLiteral("rm1"));
    BOOST_TEST(r.segment == QStringLiteral("mass"));
    BOOST_TEST((r.nps == 9 && r.csat == 4 && r.ces == 2));
    BOOST_TEST(r.answers.size() == 5);
    BOOST_TEST(r.answers.value(QStringLiteral("csat")) == QStringLiteral("4"));
    BOOST_TEST(r.answers.value(QStringLiteral("reason")) == QStringLiteral("advice"));
    BOOST_TEST(r.answers.value(QStringLiteral("comment")) == QStringLiteral("经理解释得很清楚"));
    BOOST_TEST(r.recordedBy == QStringLiteral("rm1"));
    BOOST_TEST(r.recordedAt == now().toUTC().toString(Qt::ISODateWithMs));
    BOOST_TEST(r.source == QStringLiteral("desk"));

    // One response by id: the RM, their supervisor and compliance read it; others do not.
    for (const char* who : {"rm1", "sup1", "comp1"}) {
        const auto one = surveys(who).response(session(who), saved.id, &e);
        BOOST_TEST_CONTEXT(who)
        {
            BOOST_REQUIRE(one);
            BOOST_TEST(one->answers == r.answers);
        }
    }
    for (const char* who : {"rm2", "rm3", "sup3"}) {
        BOOST_TEST(!surveys(who).response(session(who), saved.id, &e), who);
        BOOST_TEST(e.kind == StoreError::Forbidden);
    }
    BOOST_TEST(!SurveyStore(db()).response(admin->session(), saved.id, &e));
    BOOST_TEST(e.kind == StoreError::Forbidden);
    BOOST_TEST(!surveys("rm1").response(session("rm1"), 999, &e));
    BOOST_TEST(e.kind == StoreError::NotFound);
    BOOST_TEST(surveys("rm2").list(session("rm2"), zhang, &e).isEmpty());
    BOOST_TEST(e.kind == StoreError::Forbidden);

    // The interaction is offered as a link.
    const QList<SurveyLink> links = surveys("rm1").links(session("rm1"), zhang, &e);
    BOOST_REQUIRE(links.size() == 1);
    BOOST_TEST((links.first().kind == SurveyLink::Interaction));
    BOOST_TEST(links.first().id == interaction);

    // The answers are stored by key; the audit row names the scores and keys, never the text.
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM survey_answers WHERE response_id = %1")
                         .arg(saved.id)) == 5);
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                    "'survey.record' AND entity_id = '%1'")
                         .arg(saved.id)) == 1);
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE details LIKE "
                                    "'%解释得%'")) == 0);
    BOOST_TEST(text(QStringLiteral("SELECT json_extract(details, '$.nps') FROM audit_log WHERE "
                                   "action = 'survey.record'")) == QStringLiteral("9"));
    BOOST_TEST(AuditTrail::verify(db()).ok);
}

BOOST_AUTO_TEST_CASE(detractors_and_low_csat_get_a_callback_task)
{
    auto taskOf = [&](const SurveySaved& saved) {
        StoreError e;
        const auto task = tasks("sup1").find(session("sup1"), saved.followUpTaskId, &e);
        BOOST_REQUIRE_MESSAGE(task, e.message);
        return *task;
    };
    // NPS 6 is a detractor: a callback for the customer's RM, due two days after the answer.
    const SurveySaved six =
        recordSurvey("rm1", response(zhang, QStringLiteral("nps=6,csat=4,ces=3")));
    BOOST_REQUIRE(six.followUpTaskId > 0);
    BOOST_TEST(six.followUpOn == QDate(2026, 11, 27));
    BOOST_TEST(six.followUpAssignee == QStringLiteral("rm1"));
    const Task t = taskOf(six);
    BOOST_TEST(t.kind == QStringLiteral("manual"));
    BOOST_TEST(t.title.toStdString() == "Survey callback: NPS 6 (Annual relationship review)");
    BOOST_TEST(t.customerId == zhang);
    BOOST_TEST(t.assignee == QStringLiteral("rm1"));
    BOOST_TEST(t.branch == QStringLiteral("BJ01"));
    BOOST_TEST(t.dueOn == QDate(2026, 11, 27));
    BOOST_TEST(t.status == QStringLiteral("open"));
    StoreError e;
    BOOST_TEST(surveys("rm1").response(session("rm1"), six.id, &e)->followUpTaskId == t.id);
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'task.add' AND "
                                    "entity_id = '%1'")
                         .arg(t.id)) == 1);

    // NPS 7 and CSAT 3: no callback.
    BOOST_TEST(
        recordSurvey("rm1", response(zhang, QStringLiteral("nps=7,csat=3,ces=3"))).followUpTaskId ==
        0);
    BOOST_TEST(recordSurvey("rm1", response(zhang, QStringLiteral("csat=3,ces=5"), "2026-11-25",
                                            "post-onboarding"))
                   .followUpTaskId == 0);
    // CSAT 2 without an NPS question: a callback.
    const SurveySaved two = recordSurvey(
        "rm1", response(zhang, QStringLiteral("csat=2,ces=5"), "2026-11-26", "post-onboarding"));
    BOOST_REQUIRE(two.followUpTaskId > 0);
    BOOST_TEST(taskOf(two).title == QStringLiteral("Survey callback: CSAT 2 (After onboarding)"));
    BOOST_TEST(taskOf(two).dueOn == QDate(2026, 11, 28));
    // Both low: one callback naming both.
    const SurveySaved both =
        recordSurvey("rm1", response(zhang, QStringLiteral("nps=3,csat=1,ces=7")));
    BOOST_TEST(taskOf(both).title ==
               QStringLiteral("Survey callback: NPS 3, CSAT 1 (Annual relationship review)"));

    // A customer without an RM: the callback goes to whoever recorded the answer.
    execOrFail(db(),
               QStringLiteral("UPDATE customers SET rm_user_id = NULL WHERE id = %1").arg(wang));
    const SurveySaved orphan =
        recordSurvey("sup1", response(wang, QStringLiteral("nps=0,csat=4,ces=2")));
    BOOST_TEST(orphan.followUpAssignee == QStringLiteral("sup1"));
    BOOST_TEST(taskOf(orphan).assignee == QStringLiteral("sup1"));
    BOOST_TEST(surveys("sup1").response(session("sup1"), orphan.id, &e)->rm.isEmpty());

    // The callback delay is a rule: five days now.
    execOrFail(db(), QStringLiteral("UPDATE rule_values SET value = '5' WHERE rule_set_id = 30 AND "
                                    "key = 'callback_days'"));
    const SurveySaved later =
        recordSurvey("rm1", response(zhang, QStringLiteral("nps=2,csat=4,ces=2"), "2026-11-20"));
    BOOST_TEST(later.followUpOn == QDate(2026, 11, 25));
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM tasks WHERE title LIKE 'Survey "
                                    "callback%'")) == 5);
}

BOOST_AUTO_TEST_CASE(refused_responses_change_nothing)
{
    NewInteraction call;
    call.customerId = li;
    const qint64 liCall = record("rm2", call).id;
    ComplaintIntake intake;
    intake.customerId = li;
    intake.channel = QStringLiteral("phone");
    intake.category = QStringLiteral("fees");
    intake.summary = QStringLiteral("年费被重复扣收");
    intake.receivedOn = QDate(2026, 11, 20);
    qint64 liComplaint = 0;
    StoreError e;
    BOOST_REQUIRE_MESSAGE(ComplaintStore(as("rm2").database().connection(), QDate(2026, 11, 27))
                              .open(session("rm2"), intake, &liComplaint, &e),
                          e.message);
    intake.customerId = zhang;
    qint64 zhangComplaint = 0;
    BOOST_REQUIRE_MESSAGE(ComplaintStore(as("rm1").database().connection(), QDate(2026, 11, 27))
                              .open(session("rm1"), intake, &zhangComplaint, &e),
                          e.message);

    const QByteArray before = digest();
    const NewSurveyResponse good = response(zhang, QStringLiteral("nps=3,csat=1,ces=7"));
    auto refused = [&](const char* who, NewSurveyResponse in, StoreError::Kind kind,
                       const char* what) {
        BOOST_TEST_CONTEXT(what)
        {
            StoreError error;
            SurveyStore store = who ? surveys(who) : SurveyStore(db(), now());
            const Session& s = who ? session(who) : admin->session();
            BOOST_TEST(!store.record(s, in, nullptr, &error));
            BOOST_TEST(error.kind == kind);
            BOOST_TEST(!error.message.isEmpty());
        }
    };
    NewSurveyResponse in = good;
    in.customerId = 99999;
    refused("rm1", in, StoreError::NotFound, "no such customer (or purged, or merged away)");
    refused("rm2", good, StoreError::Forbidden, "another RM's customer");
    refused("sup3", good, StoreError::Forbidden, "another branch");
    refused("comp1", good, StoreError::Forbidden, "compliance records nothing");
    refused(nullptr, good, StoreError::Forbidden, "an administrator");
    in = good;
    in.templateName = QStringLiteral("weekly-pulse");
    refused("rm1", in, StoreError::Invalid, "unknown template");
    in = good;
    in.templateVersion = 2;
    refused("rm1", in, StoreError::Invalid, "unknown version");
    in = good;
    in.answeredOn = QDate(2026, 11, 28);
    refused("rm1", in, StoreError::Invalid, "answered tomorrow");
    in = good;
    in.channel = QStringLiteral("fax");
    refused("rm1", in, StoreError::Invalid, "unknown channel");
    in = good;
    in.interactionId = liCall;
    refused("rm1", in, StoreError::Invalid, "another customer's interaction");
    in.interactionId = 99999;
    refused("rm1", in, StoreError::Invalid, "no such interaction");
    in = good;
    in.complaintId = liComplaint;
    refused("rm1", in, StoreError::Invalid, "another customer's complaint");
    // Invalid answers: every problem, by key.
    in = good;
    in.answers = answers(QStringLiteral("nps=11,csat=4,mood=happy"));
    QList<SurveyAnswerError> errors;
    BOOST_TEST(!surveys("rm1").record(session("rm1"), in, nullptr, &e, &errors));
    BOOST_TEST(e.kind == StoreError::Invalid);
    BOOST_TEST(errorKeys(errors) ==
               (QStringList{QStringLiteral("nps"), QStringLiteral("ces"), QStringLiteral("mood")}));
    BOOST_TEST(digest() == before);

    // The same customer's complaint may be linked; an ended relationship may still answer.
    in = good;
    in.complaintId = zhangComplaint;
    in.templateName = QStringLiteral("post-complaint");
    in.answers = answers(QStringLiteral("csat=4,ces=2,nps=8,solved=yes"));
    const SurveySaved saved = recordSurvey("rm1", in);
    BOOST_TEST(surveys("rm1").response(session("rm1"), saved.id, &e)->complaintId ==
               zhangComplaint);
    const QList<SurveyLink> links = surveys("rm1").links(session("rm1"), zhang, &e);
    BOOST_TEST(links.size() == 1);
    BOOST_TEST((links.first().kind == SurveyLink::Complaint));
}

BOOST_AUTO_TEST_CASE(stats_per_group_worked_by_hand)
{
    // Six answers (see below), each group worked out by hand.
    recordSurvey("rm1", response(zhang, QStringLiteral("nps=10,csat=5,ces=2"), "2026-10-05"));
    recordSurvey("rm1", response(zhang, QStringLiteral("nps=6,csat=2,ces=6"), "2026-11-02",
                                 "annual-review", "visit"));
    recordSurvey("rm1", response(wang, QStringLiteral("nps=9,csat=4,ces=3"), "2026-11-10"));
    recordSurvey("rm3", response(zhao, QStringLiteral("nps=8,csat=3,ces=4"), "2026-11-12",
                                 "annual-review", "app"));
    recordSurvey("rm3", response(zhao, QStringLiteral("csat=5,ces=1"), "2026-11-20",
                                 "post-onboarding", "app"));
    recordSurvey("rm2", response(li, QStringLiteral("nps=3,csat=1,ces=7"), "2026-11-15"));

    StoreError e;
    auto stats = [&](const char* who, SurveyGroupBy by = SurveyGroupBy::None,
                     const SurveyFilter& filter = {}) {
        e = {};
        return surveys(who).stats(session(who), filter, by, &e);
    };
    // Everything (compliance): NPS answers 10, 6, 9, 8, 3: promoters 2, detractors 2 → 0.
    // CSAT 5, 2, 4, 3, 5, 1: 3 of 6 satisfied → 50 %. CES (2+6+3+4+1+7)/6 = 23/6.
    SurveyStats all = stats("comp1");
    BOOST_REQUIRE_MESSAGE(e.ok(), e.message);
    BOOST_TEST(all.total.responses == 6);
    BOOST_TEST(all.total.nps.responses == 5);
    BOOST_TEST(all.total.nps.promoters == 2);
    BOOST_TEST(all.total.nps.detractors == 2);
    BOOST_TEST(*all.total.nps.nps == 0.0, tt::tolerance(1e-9));
    BOOST_TEST(*all.total.csat.csat == 50.0, tt::tolerance(1e-9));
    BOOST_TEST(*all.total.ces.ces == 23.0 / 6.0, tt::tolerance(1e-9));
    BOOST_TEST(!all.total.reliable);
    BOOST_TEST(all.groups.isEmpty());

    // By RM, largest first: rm1 (10, 6, 9 → (2-1)/3; CSAT 5, 2, 4 → 2/3; CES 11/3),
    // rm3 (NPS 8 → 0; CSAT 3, 5 → 50 %; CES 2.5), rm2 (NPS 3 → -100; CSAT 1 → 0; CES 7).
    SurveyStats byRm = stats("comp1", SurveyGroupBy::Rm);
    BOOST_TEST(groupCodes(byRm) == (QStringList{"rm1:3", "rm3:2", "rm2:1"}));
    const SurveyGroupStats* rm1 = group(byRm, "rm1");
    BOOST_TEST(*rm1->nps.nps == 100.0 / 3.0, tt::tolerance(1e-9));
    BOOST_TEST(*rm1->csat.csat == 200.0 / 3.0, tt::tolerance(1e-9));
    BOOST_TEST(*rm1->ces.ces == 11.0 / 3.0, tt::tolerance(1e-9));
    BOOST_TEST(!rm1->reliable);
    const SurveyGroupStats* rm3 = group(byRm, "rm3");
    BOOST_TEST(*rm3->nps.nps == 0.0, tt::tolerance(1e-9));
    BOOST_TEST(rm3->nps.responses == 1);
    BOOST_TEST(*rm3->csat.csat == 50.0, tt::tolerance(1e-9));
    BOOST_TEST(*rm3->ces.ces == 2.5, tt::tolerance(1e-9));
    const SurveyGroupStats* rm2 = group(byRm, "rm2");
    BOOST_TEST(*rm2->nps.nps == -100.0, tt::tolerance(1e-9));
    BOOST_TEST(*rm2->csat.csat == 0.0, tt::tolerance(1e-9));
    BOOST_TEST(*rm2->ces.ces == 7.0, tt::tolerance(1e-9));
    BOOST_TEST(byRm.total.responses == 6);

    // By branch: BJ01 NPS 10, 6, 9, 8 → (2-1)/4 = 25; CSAT 5, 2, 4, 3, 5 → 60 %; CES 16/5.
    SurveyStats byBranch = stats("comp1", SurveyGroupBy::Branch);
    BOOST_TEST(groupCodes(byBranch) == (QStringList{"BJ01:5", "SH01:1"}));
    BOOST_TEST(*group(byBranch, "BJ01")->nps.nps == 25.0, tt::tolerance(1e-9));
    BOOST_TEST(*group(byBranch, "BJ01")->csat.csat == 60.0, tt::tolerance(1e-9));
    BOOST_TEST(*group(byBranch, "BJ01")->ces.ces == 3.2, tt::tolerance(1e-9));
    // By segment: mass NPS 10, 6, 8, 3 → (1-2)/4 = -25; CSAT 5, 2, 3, 5, 1 → 40 %; CES 20/5.
    SurveyStats bySegment = stats("comp1", SurveyGroupBy::Segment);
    BOOST_TEST(groupCodes(bySegment) == (QStringList{"mass:5", "affluent:1"}));
    BOOST_TEST(*group(bySegment, "mass")->nps.nps == -25.0, tt::tolerance(1e-9));
    BOOST_TEST(*group(bySegment, "mass")->csat.csat == 40.0, tt::tolerance(1e-9));
    BOOST_TEST(*group(bySegment, "mass")->ces.ces == 4.0, tt::tolerance(1e-9));
    BOOST_TEST(group(bySegment, "affluent")->label == QStringLiteral("Affluent"));
    // By channel: phone NPS 10, 9, 3 → 100/3; CSAT 5, 4, 1 → 200/3; CES 12/3.
    SurveyStats byChannel = stats("comp1", SurveyGroupBy::Channel);
    BOOST_TEST(groupCodes(byChannel) == (QStringList{"phone:3", "app:2", "visit:1"}));
    BOOST_TEST(*group(byChannel, "phone")->nps.nps == 100.0 / 3.0, tt::tolerance(1e-9));
    BOOST_TEST(*group(byChannel, "phone")->csat.csat == 200.0 / 3.0, tt::tolerance(1e-9));
    BOOST_TEST(*group(byChannel, "phone")->ces.ces == 4.0, tt::tolerance(1e-9));
    BOOST_TEST(group(byChannel, "phone")->label == QStringLiteral("Phone"));
    // By month, in order.
    SurveyStats byMonth = stats("comp1", SurveyGroupBy::Month);
    BOOST_TEST(groupCodes(byMonth) == (QStringList{"2026-10:1", "2026-11:5"}));
    BOOST_TEST(*group(byMonth, "2026-10")->nps.nps == 100.0, tt::tolerance(1e-9));

    // Scope: an RM their own responses, a supervisor their branch; administrators nothing.
    BOOST_TEST(stats("rm1").total.responses == 3);
    BOOST_TEST(*stats("rm1").total.csat.csat == 200.0 / 3.0, tt::tolerance(1e-9));
    BOOST_TEST(stats("rm3").total.responses == 2);
    BOOST_TEST(stats("rm2").total.responses == 1);
    BOOST_TEST(groupCodes(stats("rm1", SurveyGroupBy::Rm)) == QStringList{"rm1:3"});
    BOOST_TEST(stats("sup1").total.responses == 5);
    BOOST_TEST(stats("sup3").total.responses == 1);
    e = {};
    SurveyStore(db(), now()).stats(admin->session(), {}, SurveyGroupBy::None, &e);
    BOOST_TEST(e.kind == StoreError::Forbidden);

    // Filters.
    SurveyFilter f;
    f.from = QDate(2026, 11, 1);
    BOOST_TEST(stats("comp1", SurveyGroupBy::None, f).total.responses == 5);
    f = {};
    f.to = QDate(2026, 10, 31);
    BOOST_TEST(stats("comp1", SurveyGroupBy::None, f).total.responses == 1);
    f = {};
    f.rm = QStringLiteral("rm1");
    BOOST_TEST(stats("sup1", SurveyGroupBy::None, f).total.responses == 3);
    BOOST_TEST(stats("sup3", SurveyGroupBy::None, f).total.responses == 0); // outside SH01
    f = {};
    f.branch = QStringLiteral("SH01");
    BOOST_TEST(stats("comp1", SurveyGroupBy::None, f).total.responses == 1);
    f = {};
    f.templateName = QStringLiteral("post-onboarding");
    const SurveyStats onboarding = stats("comp1", SurveyGroupBy::None, f);
    BOOST_TEST(onboarding.total.responses == 1);
    BOOST_TEST(!onboarding.total.nps.nps.has_value());
    BOOST_TEST(*onboarding.total.csat.csat == 100.0, tt::tolerance(1e-9));
    BOOST_TEST(*onboarding.total.ces.ces == 1.0, tt::tolerance(1e-9));
    f = {};
    f.segment = QStringLiteral("affluent");
    f.channel = QStringLiteral("phone");
    BOOST_TEST(stats("comp1", SurveyGroupBy::None, f).total.responses == 1);
    f = {};
    f.from = QDate(2026, 12, 1);
    const SurveyStats none = stats("comp1", SurveyGroupBy::Rm, f);
    BOOST_TEST(none.total.responses == 0);
    BOOST_TEST(!none.total.nps.nps.has_value());
    BOOST_TEST(!none.total.csat.csat.has_value());
    BOOST_TEST(!none.total.ces.ces.has_value());
    BOOST_TEST(none.groups.isEmpty());
    f.to = QDate(2026, 11, 1);
    stats("comp1", SurveyGroupBy::None, f);
    BOOST_TEST(e.kind == StoreError::Invalid);
    f = {};
    f.rm = QStringLiteral("nobody");
    stats("comp1", SurveyGroupBy::None, f);
    BOOST_TEST(e.kind == StoreError::NotFound);

    // The stats keep who served the customer when it answered.
    execOrFail(db(), QStringLiteral("UPDATE customers SET rm_user_id = %1 WHERE id = %2")
                         .arg(userId("rm3"))
                         .arg(zhang));
    BOOST_TEST(stats("rm1").total.responses == 3);
    BOOST_TEST(stats("rm3").total.responses == 2);
}

BOOST_AUTO_TEST_CASE(a_group_is_reliable_from_thirty_responses)
{
    for (int i = 0; i < 29; ++i)
        recordSurvey("rm1", response(zhang, QStringLiteral("nps=10,csat=5,ces=1"),
                                     i % 2 ? "2026-11-01" : "2026-10-01"));
    StoreError e;
    SurveyStats s = surveys("sup1").stats(session("sup1"), {}, SurveyGroupBy::Month, &e);
    BOOST_TEST(s.total.responses == 29);
    BOOST_TEST(!s.total.reliable);
    BOOST_TEST(!Satisfaction::caution(s.total.responses).isEmpty());
    BOOST_TEST(groupCodes(s) == (QStringList{"2026-10:15", "2026-11:14"}));
    recordSurvey("rm1", response(zhang, QStringLiteral("nps=0,csat=1,ces=7")));
    s = surveys("sup1").stats(session("sup1"), {}, SurveyGroupBy::Rm, &e);
    BOOST_TEST(s.total.responses == 30);
    BOOST_TEST(s.total.reliable);
    BOOST_TEST(s.groups.first().reliable);
    BOOST_TEST(Satisfaction::caution(30).isEmpty());
    // 29 promoters and a detractor of 30: (29 - 1) / 30.
    BOOST_TEST(*s.total.nps.nps == 2800.0 / 30.0, tt::tolerance(1e-9));
    BOOST_TEST(*s.total.ces.ces == 36.0 / 30.0, tt::tolerance(1e-9));
}

BOOST_AUTO_TEST_CASE(merges_and_purges_carry_the_responses)
{
    const QHash<QString, QString> person{{QStringLiteral("name"), QStringLiteral("孙丽")},
                                         {QStringLiteral("mobile"), QStringLiteral("13800001111")}};
    const qint64 keep = addCustomer("rm1", person);
    const qint64 absorb = addCustomer("rm1", person);
    const SurveySaved saved =
        recordSurvey("rm1", response(absorb, QStringLiteral("nps=5,csat=4,ces=3")));
    BOOST_REQUIRE(saved.followUpTaskId > 0);
    StoreError e;
    qint64 request = 0;
    CustomerMerge merge(as("sup1").database().connection(), lifecycleToday);
    BOOST_REQUIRE_MESSAGE(merge.request(session("sup1"), keep, absorb, {},
                                        QStringLiteral("Opened twice"), &request, &e),
                          e.message);
    BOOST_REQUIRE_MESSAGE(CustomerMerge(as("sup2").database().connection(), lifecycleToday)
                              .approve(session("sup2"), request, QString(), &e),
                          e.message);
    const QList<SurveyResponse> moved = surveys("rm1").list(session("rm1"), keep, &e);
    BOOST_REQUIRE(moved.size() == 1);
    BOOST_TEST(moved.first().id == saved.id);
    BOOST_TEST(moved.first().answers.size() == 3);
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM tasks WHERE id = %1 AND customer_id = %2")
                         .arg(saved.followUpTaskId)
                         .arg(keep)) == 1);
    BOOST_TEST(text(QStringLiteral("SELECT json_extract(details, '$.moved.survey_responses') FROM "
                                   "audit_log WHERE action = 'customer.merge'")) ==
               QStringLiteral("1"));
    // The absorbed number is gone: nothing may be recorded for it.
    BOOST_TEST(!surveys("rm1").record(
        session("rm1"), response(absorb, QStringLiteral("nps=9,csat=4,ces=3")), nullptr, &e));
    BOOST_TEST(e.kind == StoreError::NotFound);

    // A relationship that ended long ago may still answer; a purge removes the answers.
    const qint64 gone = addCustomer("rm1", {{QStringLiteral("name"), QStringLiteral("周强")}});
    CustomerRetention retention(as("rm1").database().connection(), lifecycleToday);
    BOOST_REQUIRE_MESSAGE(retention.endRelationship(session("rm1"), gone, QDate(2012, 3, 31),
                                                    QStringLiteral("Moved abroad"), &e),
                          e.message);
    const SurveySaved old =
        recordSurvey("rm1", response(gone, QStringLiteral("nps=9,csat=5,ces=2"), "2012-03-01"));
    BOOST_REQUIRE_MESSAGE(CustomerRetention(as("sup1").database().connection(), lifecycleToday)
                              .requestPurge(session("sup1"), gone,
                                            QStringLiteral("Ten years past the end"), &request, &e),
                          e.message);
    BOOST_REQUIRE_MESSAGE(CustomerRetention(as("comp1").database().connection(), lifecycleToday)
                              .approvePurge(session("comp1"), request, &e),
                          e.message);
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM survey_responses WHERE customer_id = %1")
                         .arg(gone)) == 0);
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM survey_answers WHERE response_id = %1")
                         .arg(old.id)) == 0);
    BOOST_TEST(text(QStringLiteral("SELECT json_extract(details, '$.removed.survey_responses') "
                                   "FROM audit_log WHERE action = 'customer.purge'")) ==
               QStringLiteral("1"));
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM survey_responses")) == 1);
    BOOST_TEST(AuditTrail::verify(db()).ok);
}

BOOST_AUTO_TEST_CASE(a_hostile_csv_is_checked_row_by_row)
{
    const QByteArray csv = hostileCsv(zhang, zhao, li);
    const QStringList expected = {"5:nps",          "6:customer_id", "7:template",
                                  "9:answered_on",  "10:",           "11:customer_id",
                                  "12:answered_on", "13:csat",       "13:solved"};
    const QByteArray before = digest();
    SurveyImportResult r;
    StoreError e;
    // All or nothing (the default): one bad row imports nothing.
    BOOST_TEST(!import("sup1", csv, {}, &r, &e));
    BOOST_TEST(e.kind == StoreError::Invalid);
    BOOST_TEST(r.rows == 12);
    BOOST_TEST(r.rejected == 8);
    BOOST_TEST(r.imported == 0);
    BOOST_TEST(errorPlaces(r) == expected);
    BOOST_TEST(r.errors[0].reason.contains(QStringLiteral("0 to 10")));
    BOOST_TEST(r.errors[1].reason.contains(QStringLiteral("99999")));
    BOOST_TEST(r.errors[4].reason.contains(QStringLiteral("13")));
    BOOST_TEST(digest() == before);
    // A dry run skipping bad rows checks everything and writes nothing.
    BOOST_TEST(import("sup1", csv, {true, true}, &r, &e));
    BOOST_TEST((r.rows == 12 && r.rejected == 8 && r.imported == 0 && r.followUps == 0));
    BOOST_TEST(errorPlaces(r) == expected);
    BOOST_TEST(digest() == before);

    // Skipping bad rows: the four good ones, one transaction, one audit row.
    BOOST_REQUIRE_MESSAGE(import("sup1", csv, {true, false}, &r, &e), e.message);
    BOOST_TEST((r.rows == 12 && r.rejected == 8 && r.imported == 4 && r.followUps == 1));
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM survey_responses WHERE source = "
                                    "'import' AND recorded_by = 'sup1'")) == 4);
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                    "'survey.import'")) == 1);
    BOOST_TEST(text(QStringLiteral("SELECT json_extract(details, '$.imported') || '/' || "
                                   "json_extract(details, '$.rejected') || '/' || "
                                   "json_extract(details, '$.follow_ups') FROM audit_log WHERE "
                                   "action = 'survey.import'")) == QStringLiteral("4/8/1"));
    BOOST_TEST(
        count(QStringLiteral("SELECT count(*) FROM audit_log WHERE details LIKE '%多谢%'")) == 0);
    StoreError le;
    const QList<SurveyResponse> list = surveys("rm1").list(session("rm1"), zhang, &le);
    BOOST_REQUIRE(list.size() == 3); // newest first: lines 14, 3, 2
    BOOST_TEST(list[0].channel == QStringLiteral("paper"));
    BOOST_TEST((list[0].nps == 7));
    BOOST_TEST(list[0].answers.value(QStringLiteral("reason")) == QStringLiteral("service"));
    BOOST_TEST(list[1].answers.value(QStringLiteral("comment")) ==
               QStringLiteral("第一行\n第二行, 还有 \"引号\""));
    BOOST_TEST(list[1].source == QStringLiteral("import"));
    BOOST_REQUIRE(list[1].followUpTaskId > 0);
    BOOST_TEST(list[2].answers.value(QStringLiteral("comment")) == QStringLiteral("多谢, 很好"));
    BOOST_TEST(list[2].followUpTaskId == 0);
    const auto task = tasks("rm1").find(session("rm1"), list[1].followUpTaskId, &le);
    BOOST_REQUIRE(task);
    BOOST_TEST(task->assignee == QStringLiteral("rm1"));
    BOOST_TEST(task->dueOn == QDate(2026, 11, 23));
    const QList<SurveyResponse> zhaos = surveys("rm3").list(session("rm3"), zhao, &le);
    BOOST_REQUIRE(zhaos.size() == 1);
    BOOST_TEST(zhaos[0].answers.value(QStringLiteral("helped")) == QStringLiteral("app;speed"));
    BOOST_TEST(AuditTrail::verify(db()).ok);
}

BOOST_AUTO_TEST_CASE(an_unusable_csv_imports_nothing)
{
    const QByteArray before = digest();
    SurveyImportResult r;
    StoreError e;
    // A missing column is a header error on line 1.
    BOOST_TEST(!import("sup1",
                       QStringLiteral("customer_id,template,answered_on,nps\n%1,annual-review,"
                                      "2026-11-20,9\n")
                           .arg(zhang)
                           .toUtf8(),
                       {true, false}, &r, &e));
    BOOST_TEST(e.kind == StoreError::Invalid);
    BOOST_TEST(errorPlaces(r) == QStringList{QStringLiteral("1:channel")});
    // A quote never closed, text that is not UTF-8, an empty file.
    BOOST_TEST(!import("sup1",
                       "customer_id,template,answered_on,channel\n1,annual-review,2026-11-20,"
                       "phone\n2,\"annual-review,2026-11-20,phone\n",
                       {true, false}, &r, &e));
    BOOST_TEST(errorPlaces(r) == QStringList{QStringLiteral("3:")});
    BOOST_TEST(!import("sup1", "customer_id,template\n\xff\xfe\n", {true, false}, &r, &e));
    BOOST_TEST(e.kind == StoreError::Invalid);
    BOOST_TEST(!import("sup1", "", {true, false}, &r, &e));
    // Without the right to record: refused as a whole.
    BOOST_TEST(!import("comp1", hostileCsv(zhang, zhao, li), {true, false}, &r, &e));
    BOOST_TEST(e.kind == StoreError::Forbidden);
    BOOST_TEST(digest() == before);
}

BOOST_AUTO_TEST_SUITE_END()
