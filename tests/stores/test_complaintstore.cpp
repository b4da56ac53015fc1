// Complaint handling against a real encrypted database: intake with its validation and scope, the
// state machine, the regulatory clock through the store (hand-worked dates), and proof by table
// checksums that every refused step changes nothing.
#include "stores/audittrail.h"
#include "stores/complaintfixture.h"

using namespace rmdesk;
using namespace rmdesk::test;

namespace {

QString iso(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

QStringList kinds(const Complaint& c)
{
    QStringList out;
    for (const ComplaintEvent& e : c.events)
        out << e.kind;
    return out;
}

} // namespace

BOOST_FIXTURE_TEST_SUITE(complaint_store, ComplaintFixture)

BOOST_AUTO_TEST_CASE(intake_sets_the_clock_from_the_rules_of_the_day_of_receipt)
{
    const qint64 id = take("rm1", customer, "2026-03-01", "2026-03-02");
    const Complaint c = shown("rm1", id, "2026-03-02");
    BOOST_TEST(c.customerId == customer);
    BOOST_TEST(c.customerName == QStringLiteral("张*")); // masked
    BOOST_TEST(c.receivedAt == QStringLiteral("2026-03-01T10:30"));
    BOOST_TEST(iso(c.clock.due) == QStringLiteral("2026-03-16"));
    BOOST_TEST(c.clock.daysLeft == 14);
    BOOST_TEST(c.rules.version == 1);
    BOOST_TEST(c.rules.decisionDays == 15);
    BOOST_TEST((c.status == ComplaintStatus::Received));
    BOOST_TEST(c.branch == QStringLiteral("BJ01"));
    BOOST_TEST(c.owner == QStringLiteral("rm1"));
    BOOST_TEST(kinds(c) == QStringList{QStringLiteral("opened")});
    BOOST_TEST(auditCount(QStringLiteral("complaint.open"), id) == 1);
    BOOST_TEST(text(QStringLiteral("SELECT due_on FROM complaints WHERE id = %1").arg(id)) ==
               QStringLiteral("2026-03-16"));
    BOOST_TEST(AuditTrail::verify(db()).ok);
}

BOOST_AUTO_TEST_CASE(invalid_intake_lists_every_problem_and_writes_nothing)
{
    const QByteArray before = complaintDigest();
    ComplaintIntake in = intake(customer, "2026-03-05");
    in.category = QStringLiteral("weather");
    in.channel = QStringLiteral("counter"); // in person: at most 5 representatives
    in.summary = QStringLiteral("  ");
    in.groupSize = 40;
    in.representatives = {QStringLiteral("甲"), QStringLiteral("乙"), QStringLiteral("丙"),
                          QStringLiteral("丁"), QStringLiteral("戊"), QStringLiteral("己")};
    StoreError e;
    QList<FieldError> errors;
    qint64 id = 0;
    BOOST_TEST(!complaints("rm1", day("2026-03-05")).open(session("rm1"), in, &id, &e, &errors));
    BOOST_TEST(e.kind == StoreError::Invalid);
    QStringList fields;
    for (const FieldError& f : errors)
        fields << f.field;
    BOOST_TEST(fields == (QStringList{QStringLiteral("category"), QStringLiteral("summary"),
                                      QStringLiteral("representatives")}));
    BOOST_TEST(errors.last().message.contains(QStringLiteral("5")));
    BOOST_TEST(errors.last().message.contains(QStringLiteral("in person")));
    in.channel = QStringLiteral("pigeon");
    BOOST_TEST(!complaints("rm1", day("2026-03-05")).open(session("rm1"), in, &id, &e, &errors));
    BOOST_TEST(errors.first().field == QStringLiteral("channel"));
    // In the future; before any complaint_clock rule was in force; an unknown customer.
    BOOST_TEST(!complaints("rm1", day("2026-03-05"))
                    .open(session("rm1"), intake(customer, "2026-03-06"), &id, &e, &errors));
    BOOST_TEST(errors.first().field == QStringLiteral("received_at"));
    BOOST_TEST(!complaints("rm1", day("2026-03-05"))
                    .open(session("rm1"), intake(customer, "2019-12-31"), &id, &e, &errors));
    BOOST_TEST(errors.first().message.contains(QStringLiteral("complaint_clock")));
    BOOST_TEST(!complaints("rm1", day("2026-03-05"))
                    .open(session("rm1"), intake(999999, "2026-03-05"), &id, &e, &errors));
    BOOST_TEST(e.kind == StoreError::NotFound);
    // Another RM's customer, and a role that does not handle complaints.
    BOOST_TEST(!complaints("rm2", day("2026-03-05"))
                    .open(session("rm2"), intake(customer, "2026-03-05"), &id, &e));
    BOOST_TEST(e.kind == StoreError::Forbidden);
    BOOST_TEST(!complaints("comp1", day("2026-03-05"))
                    .open(session("comp1"), intake(customer, "2026-03-05"), &id, &e));
    BOOST_TEST(e.kind == StoreError::Forbidden);
    BOOST_TEST(complaintDigest() == before);

    // A group of 40 with 5 representatives (the rule's maximum) is fine.
    in = intake(customer, "2026-03-05");
    in.groupSize = 40;
    in.representatives = {QStringLiteral("甲"), QStringLiteral("乙"), QStringLiteral("丙"),
                          QStringLiteral("丁"), QStringLiteral("戊")};
    BOOST_TEST(complaints("rm1", day("2026-03-05")).open(session("rm1"), in, &id, &e));
    BOOST_TEST(shown("rm1", id, "2026-03-05").representatives.size() == 5);
    BOOST_TEST(complaints("rm1", day("2026-03-05")).maxRepresentatives(day("2026-03-05")) == 5);
    // By letter (or phone, or online) the cap on representatives does not apply: the rule is
    // for a group that comes to the branch.
    in.channel = QStringLiteral("letter");
    in.representatives << QStringLiteral("己") << QStringLiteral("庚");
    BOOST_TEST(complaints("rm1", day("2026-03-05")).open(session("rm1"), in, &id, &e), e.message);
    BOOST_TEST(shown("rm1", id, "2026-03-05").representatives.size() == 7);
}

BOOST_AUTO_TEST_CASE(a_complainant_who_is_not_a_customer_belongs_to_whoever_took_it)
{
    ComplaintIntake in = intake(0, "2026-03-05");
    in.complainantName = QStringLiteral("王小明");
    in.complainantContact = QStringLiteral("13900001111");
    qint64 id = 0;
    StoreError e;
    BOOST_REQUIRE_MESSAGE(complaints("rm1", day("2026-03-05")).open(session("rm1"), in, &id, &e),
                          e.message);
    const Complaint c = shown("rm1", id, "2026-03-05");
    BOOST_TEST(c.customerId == 0);
    BOOST_TEST(c.complainantName == QStringLiteral("王**"));
    BOOST_TEST(c.complainantContact == QStringLiteral("139****1111"));
    BOOST_TEST(c.owner == QStringLiteral("rm1"));
    BOOST_TEST(shown("sup1", id, "2026-03-05").id == id); // the branch's supervisor
    BOOST_TEST(shown("comp1", id, "2026-03-05").id == id);
    BOOST_TEST(!complaints("rm2", day("2026-03-05")).show(session("rm2"), id, &e));
    BOOST_TEST(e.kind == StoreError::Forbidden);
    BOOST_TEST(!complaints("sup3", day("2026-03-05")).show(session("sup3"), id, &e));
    BOOST_TEST(e.kind == StoreError::Forbidden);
    // Seeing the contact in the clear needs a reason, and leaves an access record.
    BOOST_TEST(!complaints("rm1", day("2026-03-05")).reveal(session("rm1"), id, QString(), &e));
    const auto clear = complaints("rm1", day("2026-03-05"))
                           .reveal(session("rm1"), id, QStringLiteral("Call back about it"), &e);
    BOOST_REQUIRE(clear);
    BOOST_TEST(clear->complainantContact == QStringLiteral("13900001111"));
    BOOST_TEST(auditCount(QStringLiteral("unmask"), id) == 1);
    // Both a customer and a complainant: refused.
    in.customerId = customer;
    BOOST_TEST(!complaints("rm1", day("2026-03-05")).open(session("rm1"), in, &id, &e));
}

BOOST_AUTO_TEST_CASE(the_state_machine_refuses_illegal_steps_and_changes_nothing)
{
    const qint64 id = take("rm1", customer, "2026-03-01");
    ComplaintStore s = complaints("rm1", day("2026-03-05"));
    const Session& rm = session("rm1");
    StoreError e;
    const QByteArray before = complaintDigest();
    BOOST_TEST(!s.close(rm, id, &e));
    BOOST_TEST(e.kind == StoreError::Invalid);
    BOOST_TEST(e.message.contains(QStringLiteral("received")));
    BOOST_TEST(!s.investigate(rm, id, &e));
    BOOST_TEST(!s.decide(rm, id, QStringLiteral("Refund the fee"), day("2026-03-05"),
                         notice("2026-03-05"), &e));
    BOOST_TEST(!s.reopen(rm, id, day("2026-03-05"), QStringLiteral("Customer asked"), &e));
    BOOST_TEST(!s.respond(rm, id, true, day("2026-03-05"), &e));
    BOOST_TEST(!s.resume(rm, id, day("2026-03-05"), &e)); // not paused
    // Other people: another RM, compliance (reads only).
    BOOST_TEST(!complaints("rm2", day("2026-03-05")).accept(session("rm2"), id, &e));
    BOOST_TEST(e.kind == StoreError::Forbidden);
    BOOST_TEST(!complaints("comp1", day("2026-03-05")).accept(session("comp1"), id, &e));
    BOOST_TEST(e.kind == StoreError::Forbidden);
    BOOST_TEST(!s.accept(rm, 999999, &e));
    BOOST_TEST(e.kind == StoreError::NotFound);
    BOOST_TEST(complaintDigest() == before);

    // The regular path, each step with its timeline row and audit row.
    BOOST_REQUIRE_MESSAGE(s.accept(rm, id, &e), e.message);
    BOOST_TEST(!s.accept(rm, id, &e));
    BOOST_REQUIRE_MESSAGE(s.investigate(rm, id, &e), e.message);
    BOOST_TEST(!s.decide(rm, id, QStringLiteral("ok"), day("2026-03-05"), notice("2026-03-05"),
                         &e)); // too short
    BOOST_TEST(!s.decide(rm, id, QStringLiteral("Refund the fee"), day("2026-03-05"),
                         notice("2026-03-04"), &e)); // told before deciding
    BOOST_REQUIRE_MESSAGE(s.decide(rm, id, QStringLiteral("Refund the fee"), day("2026-03-05"),
                                   notice("2026-03-05", "letter"), &e),
                          e.message);
    BOOST_TEST(
        !s.pause(rm, id, day("2026-03-05"), QStringLiteral("Appraisal"), notice("2026-03-05"), &e));
    BOOST_REQUIRE_MESSAGE(s.close(rm, id, &e), e.message);
    Complaint c = shown("rm1", id, "2026-03-05");
    BOOST_TEST((c.status == ComplaintStatus::Closed));
    BOOST_TEST(iso(c.decidedOn) == QStringLiteral("2026-03-05"));
    BOOST_TEST(iso(c.closedOn) == QStringLiteral("2026-03-05"));
    BOOST_TEST(c.clock.urgency == ClockState::Done);
    BOOST_TEST(!c.clock.breached);
    BOOST_TEST(kinds(c) == (QStringList{QStringLiteral("opened"), QStringLiteral("accepted"),
                                        QStringLiteral("investigating"), QStringLiteral("decided"),
                                        QStringLiteral("notified"), QStringLiteral("closed")}));
    for (const char* action :
         {"complaint.accept", "complaint.investigate", "complaint.decide", "complaint.close"}) {
        BOOST_TEST_CONTEXT(action)
        {
            BOOST_TEST(auditCount(QString::fromLatin1(action), id) == 1);
        }
    }
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action LIKE "
                                    "'complaint.%'")) == 5);

    // Reopened: a new clock from the reopening day; the old decision stays in the timeline.
    ComplaintStore later = complaints("rm1", day("2026-04-01"));
    BOOST_REQUIRE_MESSAGE(
        later.reopen(rm, id, day("2026-04-01"), QStringLiteral("New evidence of a double fee"), &e),
        e.message);
    c = shown("rm1", id, "2026-04-02");
    BOOST_TEST((c.status == ComplaintStatus::Reopened));
    BOOST_TEST(iso(c.clock.due) == QStringLiteral("2026-04-16"));
    BOOST_TEST(c.decision.isEmpty());
    BOOST_TEST(!c.decidedOn.isValid());
    BOOST_TEST(AuditTrail::verify(db()).ok);
}

BOOST_AUTO_TEST_CASE(extending_to_sixty_days_needs_a_supervisor_and_a_notice)
{
    const qint64 id = take("rm1", customer, "2026-03-01");
    const QString reason = QStringLiteral("Waiting for the card scheme's records");
    StoreError e;
    const QByteArray before = complaintDigest();
    ComplaintStore rm = complaints("rm1", day("2026-03-10"));
    BOOST_TEST(!rm.extend(session("rm1"), id, 60, reason, notice("2026-03-10"), &e));
    BOOST_TEST(e.kind == StoreError::Forbidden);
    BOOST_TEST(!rm.extend(session("rm1"), id, 30, QStringLiteral("x"), {}, &e)); // no reason
    BOOST_TEST(e.kind == StoreError::Invalid);
    BOOST_TEST(!rm.extend(session("rm1"), id, 45, reason, {}, &e));
    ComplaintStore otherBranch = complaints("sup3", day("2026-03-10"));
    BOOST_TEST(!otherBranch.extend(session("sup3"), id, 60, reason, notice("2026-03-10"), &e));
    BOOST_TEST(e.kind == StoreError::Forbidden);
    ComplaintStore sup = complaints("sup1", day("2026-03-10"));
    BOOST_TEST(!sup.extend(session("sup1"), id, 60, reason, {}, &e)); // no notice
    BOOST_TEST(e.message.contains(QStringLiteral("notice")));
    BOOST_TEST(complaintDigest() == before);

    BOOST_REQUIRE_MESSAGE(rm.extend(session("rm1"), id, 30, reason, {}, &e), e.message);
    BOOST_TEST(iso(shown("rm1", id, "2026-03-10").clock.due) == QStringLiteral("2026-03-31"));
    BOOST_TEST(!rm.extend(session("rm1"), id, 30, reason, {}, &e));
    BOOST_REQUIRE_MESSAGE(
        sup.extend(session("sup1"), id, 60, reason, notice("2026-03-10", "letter"), &e), e.message);
    const Complaint c = shown("rm1", id, "2026-03-10");
    BOOST_TEST(iso(c.clock.due) == QStringLiteral("2026-04-30"));
    BOOST_TEST(c.clock.extensions == 2);
    BOOST_TEST(kinds(c).count(QStringLiteral("notified")) == 1);
    BOOST_TEST(c.events.at(2).details.value(QStringLiteral("approved_by")).toString() ==
               QStringLiteral("sup1"));
    BOOST_TEST(auditCount(QStringLiteral("complaint.extend"), id) == 2);
    // A missed deadline cannot be extended afterwards.
    const qint64 late = take("rm1", customer, "2026-03-01");
    BOOST_TEST(
        !complaints("rm1", day("2026-03-17")).extend(session("rm1"), late, 30, reason, {}, &e));
    BOOST_TEST(e.message.contains(QStringLiteral("2026-03-16")));
    BOOST_TEST(complaints("rm1", day("2026-03-17"))
                   .extend(session("rm1"), late, 30, reason, {}, &e, day("2026-03-16")));
}

BOOST_AUTO_TEST_CASE(a_pause_across_the_leap_day_through_the_store)
{
    // Received 2028-02-20, paused 2028-02-28, resumed 2028-03-02: 3 days out, due 2028-03-09.
    const qint64 id = take("rm1", customer, "2028-02-20");
    StoreError e;
    const QString why = QStringLiteral("Signature sent to the police lab for appraisal");
    BOOST_TEST(complaints("rm1", day("2028-02-20")).accept(session("rm1"), id, &e));
    ComplaintStore feb28 = complaints("rm1", day("2028-02-28"));
    BOOST_TEST(!feb28.pause(session("rm1"), id, day("2028-02-28"), why, {}, &e)); // no notice
    BOOST_REQUIRE_MESSAGE(
        feb28.pause(session("rm1"), id, day("2028-02-28"), why, notice("2028-02-28"), &e),
        e.message);
    // While paused: stopped, not in the due-soon or overdue lists, no decision.
    Complaint c = shown("rm1", id, "2028-03-01");
    BOOST_TEST(c.clock.urgency == ClockState::Paused);
    BOOST_TEST(iso(c.clock.pausedSince) == QStringLiteral("2028-02-28"));
    BOOST_TEST(text(QStringLiteral("SELECT paused_since FROM complaints WHERE id = %1").arg(id)) ==
               QStringLiteral("2028-02-28"));
    ComplaintStore mar01 = complaints("rm1", day("2028-03-01"));
    BOOST_TEST(!mar01.decide(session("rm1"), id, QStringLiteral("Refund"), day("2028-03-01"),
                             notice("2028-03-01"), &e));
    BOOST_TEST(e.message.contains(QStringLiteral("paused")));
    BOOST_TEST(!mar01.pause(session("rm1"), id, day("2028-03-01"), why, notice("2028-03-01"), &e));
    BOOST_TEST(!mar01.resume(session("rm1"), id, day("2028-03-02"), &e)); // in the future
    int total = 0;
    ComplaintFilter urgent;
    urgent.overdue = true;
    urgent.dueWithinDays = 30;
    BOOST_TEST(
        complaints("rm1", day("2028-06-01")).list(session("rm1"), urgent, &total, &e).isEmpty());
    BOOST_REQUIRE_MESSAGE(
        complaints("rm1", day("2028-03-02")).resume(session("rm1"), id, day("2028-03-02"), &e),
        e.message);
    c = shown("rm1", id, "2028-03-05");
    BOOST_TEST(iso(c.clock.due) == QStringLiteral("2028-03-09"));
    BOOST_TEST(c.clock.pausedDays == 3);
    BOOST_TEST(c.clock.urgency == ClockState::Normal);
    BOOST_TEST(text(QStringLiteral("SELECT due_on FROM complaints WHERE id = %1").arg(id)) ==
               QStringLiteral("2028-03-09"));
    BOOST_TEST(text(QStringLiteral("SELECT paused_since FROM complaints WHERE id = %1").arg(id))
                   .isEmpty());
    BOOST_TEST(kinds(c).mid(2) == (QStringList{QStringLiteral("paused"), QStringLiteral("notified"),
                                               QStringLiteral("resumed")}));
    // On 03-06 it is due within 3 days (amber); on 03-10 overdue (red).
    BOOST_TEST(shown("rm1", id, "2028-03-06").clock.urgency == ClockState::DueSoon);
    BOOST_TEST(shown("rm1", id, "2028-03-10").overdue());
}

BOOST_AUTO_TEST_CASE(new_facts_restart_the_clock_and_a_withdrawal_ends_it)
{
    const qint64 id = take("rm1", customer, "2026-03-01");
    StoreError e;
    ComplaintStore s = complaints("rm1", day("2026-03-10"));
    BOOST_TEST(!s.newFacts(session("rm1"), id, day("2026-03-10"), QString(), &e));
    BOOST_REQUIRE_MESSAGE(s.newFacts(session("rm1"), id, day("2026-03-10"),
                                     QStringLiteral("A second statement shows another fee"), &e),
                          e.message);
    Complaint c = shown("rm1", id, "2026-03-10");
    BOOST_TEST(iso(c.clock.start) == QStringLiteral("2026-03-10"));
    BOOST_TEST(iso(c.clock.due) == QStringLiteral("2026-03-25"));
    // Too late for new facts once the clock has run out (due 03-25).
    const QByteArray before = complaintDigest();
    BOOST_TEST(!complaints("rm1", day("2026-03-27"))
                    .newFacts(session("rm1"), id, day("2026-03-26"),
                              QStringLiteral("Yet another statement"), &e));
    BOOST_TEST(complaintDigest() == before);
    // Withdrawn on 03-12: ends that day, in time.
    BOOST_REQUIRE_MESSAGE(complaints("rm1", day("2026-03-12"))
                              .withdraw(session("rm1"), id, day("2026-03-12"),
                                        QStringLiteral("Customer phoned to withdraw"), &e),
                          e.message);
    c = shown("rm1", id, "2026-06-01");
    BOOST_TEST((c.status == ComplaintStatus::Withdrawn));
    BOOST_TEST(iso(c.withdrawnOn) == QStringLiteral("2026-03-12"));
    BOOST_TEST(iso(c.clock.endedOn) == QStringLiteral("2026-03-12"));
    BOOST_TEST(!c.overdue());
    BOOST_TEST(!c.clock.breached);
    BOOST_TEST(!complaints("rm1", day("2026-06-01")).accept(session("rm1"), id, &e));
}

BOOST_AUTO_TEST_CASE(a_repeat_without_new_facts_is_merged_into_the_first)
{
    const qint64 first = take("rm1", customer, "2026-03-01");
    const qint64 repeat = take("rm1", customer, "2026-03-05");
    const qint64 stranger = take("rm2", otherCustomer, "2026-03-01");
    StoreError e;
    ComplaintStore s = complaints("rm1", day("2026-03-06"));
    const QString why = QStringLiteral("Same fee, same facts as the first");
    const QByteArray before = complaintDigest();
    BOOST_TEST(!s.merge(session("rm1"), first, repeat, why, &e)); // into a later one
    BOOST_TEST(!s.merge(session("rm1"), repeat, repeat, why, &e));
    BOOST_TEST(!s.merge(session("rm1"), repeat, stranger, why, &e)); // out of scope
    BOOST_TEST(e.kind == StoreError::Forbidden);
    BOOST_TEST(!s.merge(session("rm1"), repeat, 999999, why, &e));
    BOOST_TEST(complaintDigest() == before);
    BOOST_REQUIRE_MESSAGE(s.merge(session("rm1"), repeat, first, why, &e), e.message);
    const Complaint merged = shown("rm1", repeat, "2026-03-06");
    BOOST_TEST((merged.status == ComplaintStatus::Merged));
    BOOST_TEST(merged.mergedInto == first);
    BOOST_TEST(merged.clock.urgency == ClockState::Done);
    const Complaint kept = shown("rm1", first, "2026-03-06");
    BOOST_TEST(kinds(kept).contains(QStringLiteral("repeat_merged")));
    BOOST_TEST(iso(kept.clock.due) == QStringLiteral("2026-03-16")); // unchanged
    BOOST_TEST(!s.merge(session("rm1"), repeat, first, why, &e));    // already merged
}

BOOST_AUTO_TEST_CASE(the_queue_lists_open_complaints_most_urgent_first)
{
    const QDate today = day("2026-03-20");
    const qint64 overdue = take("rm1", customer, "2026-03-01", "2026-03-20");    // due 03-16
    const qint64 soon = take("rm1", customer, "2026-03-07", "2026-03-20");       // due 03-22
    const qint64 calm = take("rm1", customer, "2026-03-19", "2026-03-20");       // due 04-03
    const qint64 other = take("rm2", otherCustomer, "2026-03-02", "2026-03-20"); // SH01
    const qint64 done = take("rm1", customer, "2026-03-10", "2026-03-20");
    StoreError e;
    ComplaintStore s = complaints("rm1", today);
    BOOST_TEST(s.withdraw(session("rm1"), done, today, QStringLiteral("Withdrawn by letter"), &e));
    int total = 0;
    QList<qint64> ids;
    for (const Complaint& c : complaints("sup1", today).list(session("sup1"), {}, &total, &e))
        ids << c.id;
    BOOST_TEST(total == 3);
    BOOST_TEST(ids == (QList<qint64>{overdue, soon, calm}));
    ComplaintFilter all;
    all.openOnly = false;
    BOOST_TEST(complaints("sup1", today).list(session("sup1"), all, &total, &e).size() == 4);
    BOOST_TEST(complaints("comp1", today).list(session("comp1"), all, &total, &e).size() == 5);
    BOOST_TEST(complaints("rm2", today).list(session("rm2"), {}, &total, &e).first().id == other);
    ComplaintFilter late;
    late.overdue = true;
    const auto lateRows = s.list(session("rm1"), late, &total, &e);
    BOOST_TEST(total == 1);
    BOOST_TEST(lateRows.first().id == overdue);
    BOOST_TEST(lateRows.first().clock.daysLeft == -4);
    ComplaintFilter within;
    within.dueWithinDays = 3;
    BOOST_TEST(s.list(session("rm1"), within, &total, &e).first().id == soon);
    BOOST_TEST(total == 1);
    within.overdue = true;
    s.list(session("rm1"), within, &total, &e);
    BOOST_TEST(total == 2);
    BOOST_TEST(ComplaintStore(db(), today).list(admin->session(), {}, &total, &e).isEmpty());
    BOOST_TEST(e.kind == StoreError::Forbidden);
}

BOOST_AUTO_TEST_CASE(disputes_root_causes_and_improvement_actions)
{
    const qint64 id = take("rm1", customer, "2026-03-01");
    StoreError e;
    ComplaintStore s = complaints("rm1", day("2026-03-10"));
    const Session& rm = session("rm1");
    BOOST_REQUIRE(s.accept(rm, id, &e));
    BOOST_REQUIRE(s.decide(rm, id, QStringLiteral("Fee was correct under the contract"),
                           day("2026-03-09"), notice("2026-03-10"), &e));
    BOOST_REQUIRE_MESSAGE(s.referDispute(rm, id, QStringLiteral("mediation"),
                                         QStringLiteral("北京银行业纠纷调解中心"),
                                         day("2026-03-10"), &e),
                          e.message);
    const QByteArray before = complaintDigest();
    BOOST_TEST(!s.close(rm, id, &e)); // the dispute has no outcome yet
    BOOST_TEST(e.message.contains(QStringLiteral("mediation")));
    BOOST_TEST(!s.respond(rm, id, true, day("2026-03-10"), &e)); // already disputed
    BOOST_TEST(!s.setRootCause(rm, id, QStringLiteral("bad_luck"), QString(), &e));
    BOOST_TEST(!s.addAction(rm, id, QStringLiteral("Rewrite the fee notice"),
                            QStringLiteral("nobody"), day("2026-04-30"), nullptr, &e));
    BOOST_TEST(complaintDigest() == before);
    BOOST_REQUIRE(s.recordDisputeOutcome(rm, id, QStringLiteral("Half the fee refunded"),
                                         day("2026-03-10"), &e));
    BOOST_REQUIRE(s.setRootCause(rm, id, QStringLiteral("disclosure"),
                                 QStringLiteral("Fee terms in small print"), &e));
    qint64 action = 0;
    BOOST_REQUIRE_MESSAGE(s.addAction(rm, id, QStringLiteral("Rewrite the fee notice"),
                                      QStringLiteral("sup1"), day("2026-04-30"), &action, &e),
                          e.message);
    BOOST_REQUIRE(s.close(rm, id, &e));
    Complaint c = shown("rm1", id, "2026-03-10");
    BOOST_TEST(c.response == QStringLiteral("disputed"));
    BOOST_TEST(c.disputeOutcome == QStringLiteral("Half the fee refunded"));
    BOOST_TEST(c.rootCause == QStringLiteral("disclosure"));
    BOOST_REQUIRE(c.actions.size() == 1);
    BOOST_TEST(c.actions.first().owner == QStringLiteral("sup1"));
    BOOST_TEST(c.actions.first().status == QStringLiteral("open"));
    // Tracked after the complaint closed, until done (by its owner).
    BOOST_TEST(s.actions(rm, true, &e).size() == 1);
    BOOST_TEST(!complaints("rm2", day("2026-03-11"))
                    .completeAction(session("rm2"), action, QString(), &e));
    BOOST_REQUIRE_MESSAGE(
        complaints("sup1", day("2026-04-02"))
            .completeAction(session("sup1"), action, QStringLiteral("New notice printed"), &e),
        e.message);
    BOOST_TEST(s.actions(rm, true, &e).isEmpty());
    c = shown("rm1", id, "2026-04-02");
    BOOST_TEST(c.actions.first().status == QStringLiteral("done"));
    BOOST_TEST(kinds(c).contains(QStringLiteral("action_done")));
    BOOST_TEST(!complaints("sup1", day("2026-04-02"))
                    .completeAction(session("sup1"), action, QString(), &e));

    // Recurring causes: counts by cause and month (by the day of receipt).
    const qint64 april = take("rm1", customer, "2026-04-03", "2026-04-05");
    BOOST_REQUIRE(complaints("rm1", day("2026-04-05"))
                      .setRootCause(rm, april, QStringLiteral("disclosure"), QString(), &e));
    const qint64 april2 = take("rm1", customer, "2026-04-04", "2026-04-05");
    BOOST_REQUIRE(complaints("rm1", day("2026-04-05"))
                      .setRootCause(rm, april2, QStringLiteral("staff_conduct"), QString(), &e));
    const auto report =
        complaints("sup1", day("2026-04-05"))
            .causeReport(session("sup1"), day("2026-01-01"), day("2026-12-31"), false, &e);
    BOOST_REQUIRE(report.size() == 3);
    BOOST_TEST(report.at(0).period == QStringLiteral("2026-03"));
    BOOST_TEST(report.at(0).cause == QStringLiteral("disclosure"));
    BOOST_TEST(report.at(1).period == QStringLiteral("2026-04"));
    BOOST_TEST(report.at(1).count == 1);
    const auto quarters =
        complaints("sup1", day("2026-04-05"))
            .causeReport(session("sup1"), day("2026-01-01"), day("2026-12-31"), true, &e);
    BOOST_REQUIRE(quarters.size() == 3);
    BOOST_TEST(quarters.at(0).period == QStringLiteral("2026-Q1"));
    BOOST_TEST(quarters.at(1).period == QStringLiteral("2026-Q2"));
    BOOST_TEST(AuditTrail::verify(db()).ok);
}

BOOST_AUTO_TEST_CASE(allowed_steps_follow_status_role_and_clock)
{
    const qint64 id = take("rm1", customer, "2026-03-01");
    Complaint c = shown("rm1", id, "2026-03-02");
    ComplaintStore s = complaints("rm1", day("2026-03-02"));
    QList<ComplaintStep> steps = s.allowedSteps(session("rm1"), c);
    BOOST_TEST(steps.contains(ComplaintStep::Accept));
    BOOST_TEST(steps.contains(ComplaintStep::Pause));
    BOOST_TEST(!steps.contains(ComplaintStep::Resume));
    BOOST_TEST(!steps.contains(ComplaintStep::Decide));
    BOOST_TEST(!steps.contains(ComplaintStep::Close));
    BOOST_TEST(s.allowedSteps(session("comp1"), c).isEmpty());
    BOOST_TEST(s.allowedSteps(session("rm2"), c).isEmpty());
    StoreError e;
    BOOST_REQUIRE(s.extend(session("rm1"), id, 30, QStringLiteral("Complex case"), {}, &e));
    c = shown("rm1", id, "2026-03-02");
    BOOST_TEST(!s.allowedSteps(session("rm1"), c).contains(ComplaintStep::Extend));
    BOOST_TEST(s.allowedSteps(session("sup1"), c).contains(ComplaintStep::Extend));
}

BOOST_AUTO_TEST_SUITE_END()
