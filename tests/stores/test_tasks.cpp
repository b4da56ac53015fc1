// Tasks, the agenda and the service metrics against a real encrypted database: complete, snooze
// and reassign with their rules, manual tasks, reviews and document expiries derived from
// customers, and the per-RM numbers.
#include "stores/servicefixture.h"

using namespace rmdesk;
using namespace rmdesk::test;

namespace {

struct TaskFixture : ServiceFixture
{
    // A follow-up for rm1 about Zhang, due on `due`.
    qint64 followUp(const QDate& due = QDate(2026, 11, 30))
    {
        NewInteraction in;
        in.outcome = QStringLiteral("pending");
        in.nextFollowUp = due;
        return record("rm1", in).followUpTaskId;
    }
    QStringList kindsAndStates(const QList<AgendaItem>& items)
    {
        QStringList list;
        for (const AgendaItem& i : items)
            list << i.kind + QLatin1Char(':') + i.state;
        return list;
    }
};

} // namespace

BOOST_FIXTURE_TEST_SUITE(tasks, TaskFixture)

BOOST_AUTO_TEST_CASE(complete_and_snooze_keep_the_promise_and_the_audit_trail)
{
    const qint64 id = followUp();
    StoreError e;
    TaskStore store = tasks("rm1");
    // Snoozing needs a reason, a later date, and stays within the service standard (14 days).
    BOOST_TEST(!store.snooze(session("rm1"), id, QDate(2026, 12, 3), QStringLiteral("no"), &e));
    BOOST_TEST(e.kind == StoreError::Invalid);
    BOOST_TEST(!store.snooze(session("rm1"), id, QDate(2026, 11, 29), QStringLiteral("客户出差"),
                             &e)); // before the day it shows now
    BOOST_TEST(!store.snooze(session("rm1"), id, QDate(2026, 12, 12), QStringLiteral("客户出差"),
                             &e)); // more than 14 days ahead
    BOOST_TEST(store.snooze(session("rm1"), id, QDate(2026, 12, 3),
                            QStringLiteral("客户出差，下周回来"), &e),
               e.message);
    auto task = store.find(session("rm1"), id, &e);
    BOOST_REQUIRE(task);
    BOOST_TEST((task->showOn() == QDate(2026, 12, 3)));
    BOOST_TEST((task->dueOn == QDate(2026, 11, 30))); // the promise stays
    BOOST_TEST(task->snoozeReason == QStringLiteral("客户出差，下周回来"));
    BOOST_TEST(text(QStringLiteral("SELECT reason FROM audit_log WHERE action = 'task.snooze'")) ==
               QStringLiteral("客户出差，下周回来"));

    BOOST_TEST(store.complete(session("rm1"), id, &e), e.message);
    task = store.find(session("rm1"), id, &e);
    BOOST_TEST(task->status == QStringLiteral("done"));
    BOOST_TEST(task->doneBy == QStringLiteral("rm1"));
    BOOST_TEST(QDateTime::fromString(task->doneAt, Qt::ISODateWithMs) == now());
    BOOST_TEST(!store.complete(session("rm1"), id, &e));
    BOOST_TEST(e.kind == StoreError::Invalid);
    BOOST_TEST(!store.snooze(session("rm1"), id, QDate(2026, 12, 5), QStringLiteral("again"), &e));
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'task.done'")) ==
               1);
    BOOST_TEST(AuditTrail::verify(db()).ok);
}

BOOST_AUTO_TEST_CASE(who_may_see_and_change_a_task)
{
    const qint64 id = followUp();
    StoreError e;
    // Another branch's RM does not learn that it exists; a peer in the branch neither.
    for (const char* who : {"rm2", "rm3"}) {
        BOOST_TEST_CONTEXT(who)
        {
            BOOST_TEST(!tasks(who).find(session(who), id, &e));
            BOOST_TEST(e.kind == StoreError::NotFound);
            BOOST_TEST(!tasks(who).complete(session(who), id, &e));
        }
    }
    // Another branch's supervisor neither; compliance reads but changes nothing.
    BOOST_TEST(!tasks("sup3").find(session("sup3"), id, &e));
    BOOST_TEST(tasks("comp1").find(session("comp1"), id, &e).has_value());
    BOOST_TEST(!tasks("comp1").complete(session("comp1"), id, &e));
    BOOST_TEST(e.kind == StoreError::Forbidden);
    BOOST_TEST(!TaskStore(db(), now()).find(admin->session(), id, &e));
    BOOST_TEST(e.kind == StoreError::Forbidden);
    // The branch's supervisor may act on it.
    BOOST_TEST(tasks("sup1").snooze(session("sup1"), id, QDate(2026, 12, 1),
                                    QStringLiteral("客户要求下月初联系"), &e),
               e.message);
    BOOST_TEST(tasks("sup1").complete(session("sup1"), id, &e), e.message);
    BOOST_TEST(tasks("rm1").find(session("rm1"), id, &e)->doneBy == QStringLiteral("sup1"));
}

BOOST_AUTO_TEST_CASE(reassign_up_to_a_supervisor_or_to_whoever_can_serve_the_customer)
{
    const qint64 id = followUp();
    StoreError e;
    // Who can take a follow-up about Zhang from rm1: the branch's supervisors, not the peer rm3
    // (who may not serve rm1's customer) nor anyone of another branch.
    QStringList names;
    for (const TaskAssignee& a : tasks("rm1").candidates(session("rm1"), id, &e))
        names << a.name;
    BOOST_TEST(names == (QStringList{QStringLiteral("sup1"), QStringLiteral("sup2")}));
    for (const char* to : {"rm3", "rm2", "sup3", "comp1", "nobody"}) {
        BOOST_TEST_CONTEXT(to)
        {
            BOOST_TEST(!tasks("rm1").reassign(session("rm1"), id, QLatin1String(to), &e));
            BOOST_TEST(e.kind == StoreError::Invalid);
        }
    }
    BOOST_TEST(tasks("rm1").reassign(session("rm1"), id, QStringLiteral("sup1"), &e), e.message);
    // Now sup1's: rm1 still sees it (their customer) but may no longer change it.
    BOOST_TEST(tasks("rm1").find(session("rm1"), id, &e)->assignee == QStringLiteral("sup1"));
    BOOST_TEST(!tasks("rm1").complete(session("rm1"), id, &e));
    BOOST_TEST(e.kind == StoreError::Forbidden);
    BOOST_TEST(!tasks("rm1").reassign(session("rm1"), id, QStringLiteral("rm1"), &e));
    // The supervisor hands it back.
    BOOST_TEST(tasks("sup1").reassign(session("sup1"), id, QStringLiteral("rm1"), &e), e.message);
    BOOST_TEST(
        text(QStringLiteral("SELECT details FROM audit_log WHERE action = 'task.reassign' ORDER BY "
                            "id DESC LIMIT 1"))
            .contains(QStringLiteral("\"to\":\"rm1\"")));

    // A task about no customer may go to anyone of the branch who serves customers.
    qint64 manual = 0;
    BOOST_TEST(tasks("sup1").add(session("sup1"),
                                 {QStringLiteral("整理网点宣传资料"), QDate(2026, 12, 1), 0,
                                  QStringLiteral("rm1")},
                                 &manual, &e),
               e.message);
    names.clear();
    for (const TaskAssignee& a : tasks("rm1").candidates(session("rm1"), manual, &e))
        names << a.name;
    BOOST_TEST(names == (QStringList{QStringLiteral("rm3"), QStringLiteral("sup1"),
                                     QStringLiteral("sup2")}));
    BOOST_TEST(tasks("rm1").reassign(session("rm1"), manual, QStringLiteral("rm3"), &e), e.message);
}

BOOST_AUTO_TEST_CASE(manual_tasks)
{
    StoreError e;
    qint64 id = 0;
    // An RM keeps their own tasks, with or without a customer of theirs.
    BOOST_TEST(tasks("rm1").add(session("rm1"),
                                {QStringLiteral("准备季度回访名单"), QDate(2026, 11, 27), 0, {}},
                                &id, &e),
               e.message);
    BOOST_TEST(tasks("rm1").find(session("rm1"), id, &e)->branch == QStringLiteral("BJ01"));
    BOOST_TEST(tasks("rm1").add(session("rm1"),
                                {QStringLiteral("寄送对账单"), QDate(2026, 11, 28), zhang, {}}, &id,
                                &e),
               e.message);
    // Not for someone else, not about another RM's customer, not in the past, not untitled.
    BOOST_TEST(!tasks("rm1").add(
        session("rm1"), {QStringLiteral("x"), QDate(2026, 11, 28), 0, QStringLiteral("sup1")}, &id,
        &e));
    BOOST_TEST(e.kind == StoreError::Forbidden);
    BOOST_TEST(!tasks("rm1").add(session("rm1"), {QStringLiteral("x"), QDate(2026, 11, 28), li, {}},
                                 &id, &e));
    BOOST_TEST(e.kind == StoreError::Forbidden);
    BOOST_TEST(!tasks("rm1").add(session("rm1"), {QStringLiteral("x"), QDate(2026, 11, 26), 0, {}},
                                 &id, &e));
    BOOST_TEST(e.kind == StoreError::Invalid);
    BOOST_TEST(!tasks("rm1").add(session("rm1"), {QStringLiteral("  "), QDate(2026, 11, 28), 0, {}},
                                 &id, &e));
    BOOST_TEST(e.kind == StoreError::Invalid);
    // A supervisor gives tasks in the branch, to someone who can serve the customer.
    BOOST_TEST(tasks("sup1").add(
                   session("sup1"),
                   {QStringLiteral("核实地址"), QDate(2026, 11, 30), zhang, QStringLiteral("rm1")},
                   &id, &e),
               e.message);
    BOOST_TEST(!tasks("sup1").add(
        session("sup1"),
        {QStringLiteral("核实地址"), QDate(2026, 11, 30), zhang, QStringLiteral("rm3")}, &id, &e));
    BOOST_TEST(e.kind == StoreError::Invalid);
}

BOOST_AUTO_TEST_CASE(the_agenda_derives_reviews_and_document_expiries_from_customers)
{
    const qint64 soon = followUp(QDate(2026, 11, 28));
    followUp(QDate(2026, 12, 20)); // later than the upcoming week
    const qint64 wang = addCustomer("rm1", {{QStringLiteral("name"), QStringLiteral("王芳")}});
    const qint64 ended = addCustomer("rm1", {{QStringLiteral("name"), QStringLiteral("赵磊")}});
    execOrFail(db(), QStringLiteral("UPDATE customers SET next_review_due = '2026-11-20', "
                                    "id_expiry = '2026-12-15' WHERE id = %1")
                         .arg(zhang));
    execOrFail(
        db(),
        QStringLiteral("UPDATE customers SET id_expiry = '2026-11-01' WHERE id = %1").arg(wang));
    execOrFail(db(), QStringLiteral("UPDATE customers SET status = 'ended', next_review_due = "
                                    "'2026-01-01' WHERE id = %1")
                         .arg(ended));
    execOrFail(db(),
               QStringLiteral("UPDATE customers SET next_review_due = '2026-11-01' WHERE id = "
                              "%1")
                   .arg(li)); // rm2's

    // Three days later the first follow-up is overdue.
    Agenda agenda(db(), day(27).addDays(3));
    StoreError e;
    AgendaCounts counts;
    QList<AgendaItem> items = agenda.items(session("rm1"), {}, &counts, &e);
    BOOST_TEST(e.ok(), e.message);
    BOOST_TEST(
        kindsAndStates(items) ==
        (QStringList{QStringLiteral("follow_up:overdue"), QStringLiteral("follow_up:later"),
                     QStringLiteral("review:overdue"), QStringLiteral("document_expiry:expired"),
                     QStringLiteral("document_expiry:expiring")}));
    BOOST_TEST(counts.tasks == 2);
    BOOST_TEST(counts.reviews == 1);
    BOOST_TEST(counts.documents == 2);
    BOOST_TEST(items[0].task.id == soon);
    BOOST_TEST(items[2].customerName == QStringLiteral("张*"));
    BOOST_TEST((items[2].due == QDate(2026, 11, 20)));
    BOOST_TEST(!items[3].due.isValid()); // the expiry date itself stays masked
    BOOST_TEST(items[3].customerId == wang);
    BOOST_TEST(items[4].owner == QStringLiteral("rm1"));

    // Overdue only; within a week.
    AgendaQuery overdue;
    overdue.overdueOnly = true;
    BOOST_TEST(kindsAndStates(agenda.items(session("rm1"), overdue, nullptr, &e)) ==
               (QStringList{QStringLiteral("follow_up:overdue"), QStringLiteral("review:overdue"),
                            QStringLiteral("document_expiry:expired")}));
    AgendaQuery week;
    week.dueWithinDays = 7;
    BOOST_TEST(agenda.items(session("rm1"), week, nullptr, &e).size() == 3);

    // A supervisor sees the branch with wholeScope, or one of its RMs; an RM only their own.
    AgendaQuery branch;
    branch.wholeScope = true;
    BOOST_TEST(agenda.items(session("sup1"), branch, nullptr, &e).size() == 5);
    AgendaQuery ofRm1;
    ofRm1.userId = userId("rm1");
    BOOST_TEST(agenda.items(session("sup1"), ofRm1, nullptr, &e).size() == 5);
    BOOST_TEST(agenda.items(session("sup3"), ofRm1, nullptr, &e).isEmpty());
    BOOST_TEST(e.kind == StoreError::Forbidden);
    AgendaQuery ofSup1;
    ofSup1.userId = userId("sup1");
    BOOST_TEST(agenda.items(session("rm1"), ofSup1, nullptr, &e).isEmpty());
    BOOST_TEST(e.kind == StoreError::Forbidden);
    e = StoreError();
    BOOST_TEST(kindsAndStates(agenda.items(session("rm2"), {}, nullptr, &e)) ==
               QStringList{QStringLiteral("review:overdue")});
    BOOST_TEST(agenda.items(admin->session(), {}, nullptr, &e).isEmpty());
    BOOST_TEST(e.kind == StoreError::Forbidden);
}

BOOST_AUTO_TEST_CASE(service_numbers_per_relationship_manager)
{
    // rm1: M1 pending on the 2nd (follow-up T1 due the 5th), resolved on the 4th (T1 on time);
    // M2 resolved on the 6th with a courtesy follow-up T2 due the 8th, done on the 10th (late);
    // M3 not reached on the 12th (call-back T3 due the 13th, never done: late, no contact).
    // sup1: M4 resolved on the 14th for rm1's customer.
    NewInteraction m1;
    m1.at = day(2);
    m1.outcome = QStringLiteral("pending");
    m1.nextFollowUp = QDate(2026, 11, 5);
    const InteractionSaved one = record("rm1", m1, day(2, 18));
    NewInteraction resolve;
    resolve.at = day(4);
    resolve.continues = one.id;
    BOOST_TEST(record("rm1", resolve, day(4, 18)).completedTasks.size() == 1);
    NewInteraction m2;
    m2.at = day(6);
    m2.nextFollowUp = QDate(2026, 11, 8);
    const InteractionSaved two = record("rm1", m2, day(6, 18));
    StoreError e;
    BOOST_TEST(tasks("rm1", day(10)).complete(session("rm1"), two.followUpTaskId, &e));
    NewInteraction m3;
    m3.at = day(12);
    m3.outcome = QStringLiteral("not_reached");
    BOOST_TEST((record("rm1", m3, day(12, 18)).followUpOn == QDate(2026, 11, 13)));
    NewInteraction m4;
    m4.at = day(14);
    record("sup1", m4, day(14, 18));

    const ServicePeriod november{QDate(2026, 11, 1), QDate(2026, 11, 30)};
    auto stats = ServiceStats(db(), now()).compute(session("sup1"), november, {}, &e);
    BOOST_REQUIRE_MESSAGE(stats, e.message);
    // rm1 on time 1 of 3 follow-ups, first-contact resolution 1 of 2; sup1 1 of 1.
    BOOST_TEST((stats->onTimeFollowUp == ServiceRatio{1, 3}));
    BOOST_TEST((stats->firstContactResolution == ServiceRatio{2, 3}));
    QStringList rows;
    for (const ServiceScoreRow& r : stats->byUser)
        rows << QStringLiteral("%1 %2/%3 %4/%5")
                    .arg(r.userName)
                    .arg(r.onTimeFollowUp.met)
                    .arg(r.onTimeFollowUp.total)
                    .arg(r.firstContactResolution.met)
                    .arg(r.firstContactResolution.total);
    BOOST_TEST(rows ==
               (QStringList{QStringLiteral("rm1 1/3 1/2"), QStringLiteral("rm3 0/0 0/0"),
                            QStringLiteral("sup1 0/0 1/1"), QStringLiteral("sup2 0/0 0/0")}));

    // An RM sees their own numbers only.
    stats = ServiceStats(db(), now()).compute(session("rm1"), november, {}, &e);
    BOOST_REQUIRE(stats);
    BOOST_TEST(stats->byUser.size() == 1);
    BOOST_TEST((stats->onTimeFollowUp == ServiceRatio{1, 3}));
    BOOST_TEST(
        !ServiceStats(db(), now()).compute(session("rm1"), november, QStringLiteral("sup1"), &e));
    BOOST_TEST(e.kind == StoreError::Forbidden);
    // One RM, asked for by a supervisor; another branch's supervisor may not.
    stats = ServiceStats(db(), now()).compute(session("sup1"), november, QStringLiteral("rm1"), &e);
    BOOST_REQUIRE(stats);
    BOOST_TEST((stats->firstContactResolution == ServiceRatio{1, 2}));
    BOOST_TEST(
        !ServiceStats(db(), now()).compute(session("sup3"), november, QStringLiteral("rm1"), &e));
    BOOST_TEST(e.kind == StoreError::Forbidden);
    // Compliance sees everyone; administrators no one.
    stats = ServiceStats(db(), now()).compute(session("comp1"), november, {}, &e);
    BOOST_REQUIRE(stats);
    BOOST_TEST(stats->byUser.size() == 6); // rm1, rm2, rm3, sup1, sup2, sup3
    BOOST_TEST(!ServiceStats(db(), now()).compute(admin->session(), november, {}, &e));
    BOOST_TEST(e.kind == StoreError::Forbidden);
    // October: nothing to count, no rate.
    stats = ServiceStats(db(), now())
                .compute(session("sup1"), {QDate(2026, 10, 1), QDate(2026, 10, 31)}, {}, &e);
    BOOST_TEST(!stats->onTimeFollowUp.value().has_value());
}

BOOST_AUTO_TEST_SUITE_END()
