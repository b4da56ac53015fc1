// The complaint clock and state machine with hand-worked dates (models/domain/complaintclock.h
// states the semantics). Day 0 is the day of receipt; days are calendar days; a pause from F
// resumed on R takes F … R−1 out of the count.
#include "common/testsupport.h"
#include "domain/complaintclock.h"
#include "domain/complaintflow.h"

QT_BEGIN_NAMESPACE
inline std::ostream& operator<<(std::ostream& os, const QDate& day)
{
    return os << day.toString(Qt::ISODate).toStdString();
}
QT_END_NAMESPACE

using namespace rmdesk;

namespace {

using E = ClockEvent;

const ComplaintClockRules rules; // the shipped defaults: 15, 30, 60 days; amber within 3

QDate d(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

ClockState clock(const char* received, const QList<ClockEvent>& events, const char* asOf)
{
    return ComplaintClock::compute(rules, d(received), events, d(asOf));
}

QString due(const ClockState& s)
{
    return s.due.toString(Qt::ISODate);
}

} // namespace

BOOST_AUTO_TEST_SUITE(complaint_clock)

BOOST_AUTO_TEST_CASE(fifteen_calendar_days_counted_from_the_day_after_receipt)
{
    // 03-02 is day 1, 03-16 day 15.
    ClockState s = clock("2026-03-01", {}, "2026-03-01");
    BOOST_TEST(due(s) == "2026-03-16");
    BOOST_TEST(s.start == d("2026-03-01"));
    BOOST_TEST(s.periodDays == 15);
    BOOST_TEST(s.pausedDays == 0);
    BOOST_TEST(s.daysLeft == 15);
    BOOST_TEST(s.urgency == ClockState::Normal);
    // Across a month end: 01-21 … 01-31 are days 1–11, 02-01 … 02-04 days 12–15.
    BOOST_TEST(due(clock("2026-01-20", {}, "2026-01-20")) == "2026-02-04");
    // Across the end of a leap February: 02-21 … 02-29 are days 1–9, 03-01 … 03-06 days 10–15.
    BOOST_TEST(due(clock("2028-02-20", {}, "2028-02-20")) == "2028-03-06");
    // Across the end of a common February: 02-21 … 02-28 are days 1–8, 03-01 … 03-07 days 9–15.
    BOOST_TEST(due(clock("2027-02-20", {}, "2027-02-20")) == "2027-03-07");
    // Across a year end.
    BOOST_TEST(due(clock("2026-12-25", {}, "2026-12-25")) == "2027-01-09");
}

BOOST_AUTO_TEST_CASE(amber_within_three_days_red_once_overdue)
{
    BOOST_TEST(clock("2026-03-01", {}, "2026-03-12").urgency == ClockState::Normal); // 4 left
    const ClockState amber = clock("2026-03-01", {}, "2026-03-13");
    BOOST_TEST(amber.urgency == ClockState::DueSoon);
    BOOST_TEST(amber.daysLeft == 3);
    BOOST_TEST(ComplaintClock::describe(amber).startsWith("3 day")); // "3 days left"
    const ClockState today = clock("2026-03-01", {}, "2026-03-16");
    BOOST_TEST(today.urgency == ClockState::DueSoon); // the due day itself is still in time
    BOOST_TEST(ComplaintClock::describe(today) == "due today");
    BOOST_TEST(!today.breached);
    const ClockState red = clock("2026-03-01", {}, "2026-03-18");
    BOOST_TEST(red.urgency == ClockState::Overdue);
    BOOST_TEST(red.daysLeft == -2);
    BOOST_TEST(red.breached);
    BOOST_TEST(ComplaintClock::describe(red).startsWith("overdue by 2 day"));
}

BOOST_AUTO_TEST_CASE(extensions_to_thirty_and_sixty_days)
{
    // 30 days from 03-01: 03-31. 60 days: 03-02 … 03-31 are days 1–30, 04-01 … 04-30 days 31–60.
    const ClockState thirty =
        clock("2026-03-01", {{E::Extended, d("2026-03-10"), 30}}, "2026-03-20");
    BOOST_TEST(due(thirty) == "2026-03-31");
    BOOST_TEST(thirty.periodDays == 30);
    BOOST_TEST(thirty.extensions == 1);
    BOOST_TEST(thirty.urgency == ClockState::Normal);
    const ClockState sixty = clock(
        "2026-03-01", {{E::Extended, d("2026-03-10"), 30}, {E::Extended, d("2026-03-28"), 60}},
        "2026-04-28");
    BOOST_TEST(due(sixty) == "2026-04-30");
    BOOST_TEST(sixty.periodDays == 60);
    BOOST_TEST(sixty.extensions == 2);
    BOOST_TEST(sixty.urgency == ClockState::DueSoon);
    // Straight from 15 to 60 with a supervisor's approval: received 2026-01-31, due 04-01.
    BOOST_TEST(due(clock("2026-01-31", {{E::Extended, d("2026-02-05"), 60}}, "2026-02-05")) ==
               "2026-04-01");
    // A shorter "extension" does not shorten the period.
    BOOST_TEST(due(clock("2026-03-01",
                         {{E::Extended, d("2026-03-10"), 30}, {E::Extended, d("2026-03-11"), 15}},
                         "2026-03-11")) == "2026-03-31");
}

BOOST_AUTO_TEST_CASE(an_extension_is_refused_without_approval_notice_reason_or_time)
{
    const QString reason = QStringLiteral("Needs the card scheme's records");
    const ClockState s = clock("2026-03-01", {}, "2026-03-10");
    const QDate on = d("2026-03-10");
    BOOST_TEST(
        ComplaintClock::checkExtension(rules, s, 30, on, on, false, false, reason).isEmpty());
    // To 60: a supervisor's approval and a notice to the complainant, both.
    BOOST_TEST(ComplaintClock::checkExtension(rules, s, 60, on, on, false, true, reason)
                   .contains("supervisor"));
    BOOST_TEST(ComplaintClock::checkExtension(rules, s, 60, on, on, true, false, reason)
                   .contains("notice"));
    BOOST_TEST(ComplaintClock::checkExtension(rules, s, 60, on, on, true, true, reason).isEmpty());
    // Only the configured lengths, only longer, only with a reason.
    BOOST_TEST(!ComplaintClock::checkExtension(rules, s, 45, on, on, true, true, reason).isEmpty());
    BOOST_TEST(!ComplaintClock::checkExtension(rules, s, 30, on, on, false, false, "no").isEmpty());
    const ClockState thirty = clock("2026-03-01", {{E::Extended, on, 30}}, "2026-03-10");
    BOOST_TEST(
        !ComplaintClock::checkExtension(rules, thirty, 30, on, on, false, false, reason).isEmpty());
    // Not after the deadline was missed (due 03-16), not in the future, not once decided.
    const ClockState late = clock("2026-03-01", {}, "2026-03-17");
    BOOST_TEST(ComplaintClock::checkExtension(rules, late, 30, d("2026-03-17"), d("2026-03-17"),
                                              false, false, reason)
                   .contains("2026-03-16"));
    BOOST_TEST(ComplaintClock::checkExtension(rules, late, 30, d("2026-03-16"), d("2026-03-17"),
                                              false, false, reason)
                   .isEmpty()); // agreed on the due day, recorded the day after
    BOOST_TEST(
        !ComplaintClock::checkExtension(rules, s, 30, d("2026-03-11"), on, false, false, reason)
             .isEmpty());
    const ClockState decided = clock("2026-03-01", {{E::Decided, on}}, "2026-03-10");
    BOOST_TEST(!ComplaintClock::checkExtension(rules, decided, 30, on, on, false, false, reason)
                    .isEmpty());
}

BOOST_AUTO_TEST_CASE(a_pause_across_a_leap_day_and_a_month_end_does_not_count)
{
    // Received 2028-02-20, due 03-06 without a pause. Paused from 02-28, resumed 03-02: 02-28,
    // 02-29 and 03-01 do not count (3 days). Days 1–7 are 02-21 … 02-27, days 8–15 are
    // 03-02 … 03-09.
    const QList<ClockEvent> events = {{E::Paused, d("2028-02-28")}, {E::Resumed, d("2028-03-02")}};
    const ClockState s = clock("2028-02-20", events, "2028-03-05");
    BOOST_TEST(due(s) == "2028-03-09");
    BOOST_TEST(s.pausedDays == 3);
    BOOST_TEST(s.daysLeft == 4);
    BOOST_TEST(s.urgency == ClockState::Normal);
    BOOST_TEST(s.pauses.size() == 1);
    BOOST_TEST(s.pauses.first().to == d("2028-03-02"));
    // The same pause in a common year takes 2 days out (02-28 and 03-01): due 03-07 + 2 = 03-09.
    const ClockState common = clock(
        "2027-02-20", {{E::Paused, d("2027-02-28")}, {E::Resumed, d("2027-03-02")}}, "2027-03-02");
    BOOST_TEST(common.pausedDays == 2);
    BOOST_TEST(due(common) == "2027-03-09");
    // Across an ordinary month end: received 04-20 (due 05-05), paused 04-28 … resumed 05-05:
    // 04-28, 04-29, 04-30, 05-01 … 05-04 are 7 days; due 05-12.
    const ClockState april = clock(
        "2026-04-20", {{E::Paused, d("2026-04-28")}, {E::Resumed, d("2026-05-05")}}, "2026-05-05");
    BOOST_TEST(april.pausedDays == 7);
    BOOST_TEST(due(april) == "2026-05-12");
}

BOOST_AUTO_TEST_CASE(an_open_pause_stops_the_clock)
{
    // Paused since 2028-02-28, still open on 03-01: stopped, never amber or red; if it resumed on
    // 03-01, 02-28 and 02-29 would not count, so the provisional due date is 03-08.
    const ClockState s = clock("2028-02-20", {{E::Paused, d("2028-02-28")}}, "2028-03-01");
    BOOST_TEST(s.urgency == ClockState::Paused);
    BOOST_TEST(s.pausedSince == d("2028-02-28"));
    BOOST_TEST(s.pausedDays == 2);
    BOOST_TEST(due(s) == "2028-03-08");
    BOOST_TEST(!s.running());
    BOOST_TEST(ComplaintClock::describe(s) == "paused since 2028-02-28");
    // Months later it is still not overdue: the days are not counted.
    const ClockState later = clock("2028-02-20", {{E::Paused, d("2028-02-28")}}, "2028-06-01");
    BOOST_TEST(later.urgency == ClockState::Paused);
    BOOST_TEST(!later.breached);
}

BOOST_AUTO_TEST_CASE(pause_edges)
{
    // Paused and resumed on the same day: nothing paused.
    BOOST_TEST(clock("2026-03-01", {{E::Paused, d("2026-03-05")}, {E::Resumed, d("2026-03-05")}},
                     "2026-03-05")
                   .pausedDays == 0);
    // A pause from the day of receipt (day 0, never counted) to 03-03 takes out 03-02 only.
    const ClockState day0 = clock(
        "2026-03-01", {{E::Paused, d("2026-03-01")}, {E::Resumed, d("2026-03-03")}}, "2026-03-03");
    BOOST_TEST(day0.pausedDays == 1);
    BOOST_TEST(due(day0) == "2026-03-17");
    // A pause that begins on the due day moves it by the whole pause.
    BOOST_TEST(
        due(clock("2026-03-01", {{E::Paused, d("2026-03-16")}, {E::Resumed, d("2026-03-18")}},
                  "2026-03-18")) == "2026-03-18");

    const QDate received = d("2026-03-01");
    const ClockState running = clock("2026-03-01", {}, "2026-03-20");
    // A clock that ran out on 03-16 cannot be paused from 03-17; from 03-10 (recorded late) it can.
    BOOST_TEST(ComplaintClock::checkPause(running, received, d("2026-03-17"), d("2026-03-20"))
                   .contains("2026-03-16"));
    BOOST_TEST(
        ComplaintClock::checkPause(running, received, d("2026-03-10"), d("2026-03-20")).isEmpty());
    BOOST_TEST(
        !ComplaintClock::checkPause(running, received, d("2026-02-28"), d("2026-03-20")).isEmpty());
    BOOST_TEST(
        !ComplaintClock::checkPause(running, received, d("2026-03-21"), d("2026-03-20")).isEmpty());
    const ClockState paused = clock("2026-03-01", {{E::Paused, d("2026-03-05")}}, "2026-03-08");
    BOOST_TEST(
        !ComplaintClock::checkPause(paused, received, d("2026-03-08"), d("2026-03-08")).isEmpty());
    BOOST_TEST(ComplaintClock::checkResume(paused, d("2026-03-08"), d("2026-03-08")).isEmpty());
    BOOST_TEST(!ComplaintClock::checkResume(paused, d("2026-03-04"), d("2026-03-08")).isEmpty());
    BOOST_TEST(!ComplaintClock::checkResume(running, d("2026-03-08"), d("2026-03-20")).isEmpty());
    // Pauses do not overlap.
    const ClockState resumed = clock(
        "2026-03-01", {{E::Paused, d("2026-03-05")}, {E::Resumed, d("2026-03-08")}}, "2026-03-09");
    BOOST_TEST(
        !ComplaintClock::checkPause(resumed, received, d("2026-03-07"), d("2026-03-09")).isEmpty());
    BOOST_TEST(
        ComplaintClock::checkPause(resumed, received, d("2026-03-08"), d("2026-03-09")).isEmpty());
}

BOOST_AUTO_TEST_CASE(new_facts_restart_the_clock_from_their_receipt)
{
    // Received 03-01, new facts on 03-10: day 0 is 03-10, due 03-25.
    const ClockState s = clock("2026-03-01", {{E::NewFacts, d("2026-03-10")}}, "2026-03-12");
    BOOST_TEST(s.start == d("2026-03-10"));
    BOOST_TEST(due(s) == "2026-03-25");
    // An earlier pause no longer matters; the extended period (30) counts again: 03-10 + 30.
    const ClockState extended = clock("2026-03-01",
                                      {{E::Paused, d("2026-03-02")},
                                       {E::Resumed, d("2026-03-05")},
                                       {E::Extended, d("2026-03-06"), 30},
                                       {E::NewFacts, d("2026-03-10")}},
                                      "2026-03-12");
    BOOST_TEST(due(extended) == "2026-04-09");
    BOOST_TEST(extended.pausedDays == 0);
    // New facts only within the period: due 03-16, so on 03-16 yes, on 03-17 no.
    const ClockState running = clock("2026-03-01", {}, "2026-03-17");
    BOOST_TEST(ComplaintClock::checkNewFacts(running, d("2026-03-16"), d("2026-03-17")).isEmpty());
    BOOST_TEST(ComplaintClock::checkNewFacts(running, d("2026-03-17"), d("2026-03-17"))
                   .contains("2026-03-16"));
    BOOST_TEST(!ComplaintClock::checkNewFacts(running, d("2026-02-27"), d("2026-03-17")).isEmpty());
}

BOOST_AUTO_TEST_CASE(a_merge_or_a_withdrawal_ends_the_clock_the_day_it_arrives)
{
    // A repeat received 03-05 and merged into the first on 03-06: done, in time.
    const ClockState merged = clock("2026-03-05", {{E::Merged, d("2026-03-06")}}, "2026-04-30");
    BOOST_TEST(merged.urgency == ClockState::Done);
    BOOST_TEST(merged.endedOn == d("2026-03-06"));
    BOOST_TEST(!merged.breached);
    // Withdrawn on 03-10: ends that day; months later nothing is overdue.
    const ClockState withdrawn =
        clock("2026-03-01", {{E::Withdrawn, d("2026-03-10")}}, "2026-06-01");
    BOOST_TEST(withdrawn.urgency == ClockState::Done);
    BOOST_TEST(withdrawn.endedOn == d("2026-03-10"));
    BOOST_TEST(withdrawn.daysLeft == 6);
    BOOST_TEST(!withdrawn.breached);
    // A withdrawal while paused ends the pause too.
    const ClockState pausedThenWithdrawn =
        clock("2026-03-01", {{E::Paused, d("2026-03-05")}, {E::Withdrawn, d("2026-03-09")}},
              "2026-05-01");
    BOOST_TEST(pausedThenWithdrawn.urgency == ClockState::Done);
    BOOST_TEST(pausedThenWithdrawn.pausedDays == 4);
    BOOST_TEST(!pausedThenWithdrawn.pausedSince.isValid());
    // Withdrawn only after the deadline had passed: the deadline was missed.
    BOOST_TEST(clock("2026-03-01", {{E::Withdrawn, d("2026-03-20")}}, "2026-03-20").breached);
}

BOOST_AUTO_TEST_CASE(a_decision_stops_the_clock_and_reopening_restarts_it)
{
    const ClockState late = clock("2026-03-01", {{E::Decided, d("2026-03-20")}}, "2026-04-01");
    BOOST_TEST(late.urgency == ClockState::Done);
    BOOST_TEST(late.breached);
    BOOST_TEST(ComplaintClock::describe(late).startsWith("deadline missed by 4 day"));
    const ClockState ontime = clock("2026-03-01", {{E::Decided, d("2026-03-16")}}, "2026-04-01");
    BOOST_TEST(!ontime.breached);
    BOOST_TEST(ComplaintClock::describe(ontime) == "deadline met");
    // Reopened on 04-01: day 0 is 04-01, due 04-16, running again.
    const ClockState reopened =
        clock("2026-03-01", {{E::Decided, d("2026-03-10")}, {E::Reopened, d("2026-04-01")}},
              "2026-04-02");
    BOOST_TEST(reopened.running());
    BOOST_TEST(due(reopened) == "2026-04-16");
    BOOST_TEST(reopened.urgency == ClockState::Normal);
}

BOOST_AUTO_TEST_CASE(configured_periods_are_used)
{
    ComplaintClockRules tighter;
    tighter.decisionDays = 10;
    tighter.extendedDays = 20;
    tighter.approvedExtendedDays = 40;
    tighter.warningDays = 1;
    const ClockState s =
        ComplaintClock::compute(tighter, d("2026-03-01"), {}, d("2026-03-09")); // due 03-11
    BOOST_TEST(due(s) == "2026-03-11");
    BOOST_TEST(s.urgency == ClockState::Normal); // 2 days left, warning only within 1
    BOOST_TEST(!ComplaintClock::checkExtension(tighter, s, 30, d("2026-03-09"), d("2026-03-09"),
                                               true, true, QStringLiteral("complex case"))
                    .isEmpty());
    BOOST_TEST(ComplaintClock::checkExtension(tighter, s, 20, d("2026-03-09"), d("2026-03-09"),
                                              false, false, QStringLiteral("complex case"))
                   .isEmpty());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(complaint_flow)

BOOST_AUTO_TEST_CASE(the_state_machine)
{
    using S = ComplaintStatus;
    using T = ComplaintStep;
    BOOST_TEST(ComplaintFlow::allows(S::Received, T::Accept));
    BOOST_TEST(!ComplaintFlow::allows(S::Received, T::Decide));
    BOOST_TEST(!ComplaintFlow::allows(S::Received, T::Close));
    BOOST_TEST(ComplaintFlow::allows(S::Accepted, T::Investigate));
    BOOST_TEST(ComplaintFlow::allows(S::Investigating, T::Decide));
    BOOST_TEST(ComplaintFlow::allows(S::Decided, T::Close));
    BOOST_TEST(!ComplaintFlow::allows(S::Closed, T::Close));
    BOOST_TEST(ComplaintFlow::allows(S::Closed, T::Reopen));
    BOOST_TEST(!ComplaintFlow::allows(S::Withdrawn, T::Reopen));
    BOOST_TEST(!ComplaintFlow::allows(S::Merged, T::Withdraw));
    BOOST_TEST(!ComplaintFlow::allows(S::Decided, T::Extend));
    BOOST_TEST(ComplaintFlow::allows(S::Reopened, T::Decide));
    BOOST_TEST(ComplaintFlow::allows(S::Decided, T::Dispute));
    BOOST_TEST(!ComplaintFlow::allows(S::Investigating, T::Respond));
    BOOST_TEST(ComplaintFlow::refusal(S::Closed, T::Pause) ==
               "The complaint is closed: you cannot pause the clock now.");
    BOOST_TEST((ComplaintFlow::after(S::Investigating, T::Decide) == S::Decided));
    BOOST_TEST((ComplaintFlow::after(S::Investigating, T::Pause) == S::Investigating));
    for (const QString& name : ComplaintFlow::statusNames())
        BOOST_TEST(ComplaintFlow::statusName(*ComplaintFlow::statusFromName(name)) == name);
    BOOST_TEST(!ComplaintFlow::statusFromName(QStringLiteral("lost")));
    BOOST_TEST(ComplaintFlow::choiceLabel(QStringLiteral("category"), QStringLiteral("fees"),
                                          QStringLiteral("Fees and charges")) ==
               "Fees and charges");
    BOOST_TEST(ComplaintFlow::choiceLabel(QStringLiteral("category"), QStringLiteral("atm"),
                                          QStringLiteral("ATM problems")) == "ATM problems");
}

BOOST_AUTO_TEST_SUITE_END()
