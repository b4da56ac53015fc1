#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace rmdesk {

// The complaint deadline clock of 银行业保险业消费投诉处理管理办法 (2020), as the complaint_clock
// rule set configures it. Pure date arithmetic: no SQL, no current date (everything is "as of" a
// day the caller gives). Hand-worked examples are in tests/domain/test_complaintclock.cpp.
//
// The semantics, as the regulation reads ("自收到投诉之日起15日内作出处理决定", days counted the
// Chinese way: the day an event happens is not counted, counting starts the next day):
//
// - Days are calendar days (rule day_kind = calendar): weekends and public holidays count.
// - The day of receipt is day 0. With 15 days, a complaint received on 2026-03-01 (at any time of
//   day) has day 1 on 03-02 and day 15 on 03-16: it is due on 2026-03-16.
// - The deadline is a date, not an instant: the decision may be made and told on any time of the
//   due day. `due_at` in JSON is that date in ISO 8601 (YYYY-MM-DD). A complaint is overdue from
//   the day after its due date (as of > due). It is "due soon" (amber) when it is due within the
//   warning days (rule set complaint_escalation, 3): from three days before the due date up to
//   and including the due day itself.
// - The period is decision_days (15). Extending it to extended_days (30) needs a recorded reason;
//   to approved_extended_days (60) also a supervisor's approval and a recorded notice to the
//   complainant. An extension only lengthens the period, and only while the clock has not run
//   out (on or before the due date): a missed deadline cannot be extended afterwards.
// - A pause for external appraisal or testing, from F and resumed on R, takes the days F … R−1
//   out of the count (R − F days); the clock counts again from R. A pause and resume on the same
//   day pause nothing. Only days after the clock's day 0 can be paused, a pause cannot begin after
//   the clock has run out, and pauses do not overlap. While a pause is still open as of a day D,
//   the clock is stopped: its state is Paused (never amber or red) and its due date is the one it
//   would have if it resumed on D ("if it resumes today").
// - New facts restart the clock: the day they are received becomes day 0 and the period in force
//   (15, or 30/60 when already extended) counts again from it; pauses before that day no longer
//   matter. Like the regulation ("在处理期限内提出新的事实"), new facts must arrive before the
//   clock has run out. Reopening a decided or closed complaint restarts it the same way from the
//   day it is reopened.
// - The clock ends on the day of the decision, of a withdrawal ("a withdrawal ends it the day it
//   arrives") or of a merge into the first complaint (a repeat without new facts). An ended clock
//   is Done; it was breached when it ended after its due date.
struct ComplaintClockRules
{
    int version = 0; // of the complaint_clock rule set in force on the day of receipt
    int decisionDays = 15;
    int extendedDays = 30;
    int approvedExtendedDays = 60;
    int warningDays = 3; // complaint_escalation: amber when due within so many days
};

// What moves the clock, in the order it was recorded.
struct ClockEvent
{
    enum Kind {
        Extended,  // days: the new period
        Paused,    // on: the first day that does not count
        Resumed,   // on: the day the clock counts again
        NewFacts,  // on: the new day 0
        Reopened,  // on: the new day 0; the clock runs again
        Decided,   // on: the clock ends
        Withdrawn, // on: the clock ends
        Merged,    // on: the clock ends
    };
    Kind kind;
    QDate on;
    int days = 0;
};

struct ClockPause
{
    QDate from;
    QDate to; // the day the clock counts again; invalid while the pause is open
};

struct ClockState
{
    enum Urgency {
        Normal,  // running, due in more than the warning days
        DueSoon, // running, due within the warning days (amber)
        Overdue, // running past its due date (red)
        Paused,  // stopped for external appraisal or testing
        Done,    // decided, withdrawn or merged
    };
    QDate start;        // day 0 of the running count (receipt, new facts or reopening)
    int periodDays = 0; // 15, 30 or 60
    int extensions = 0; // how many times the period was lengthened
    QDate due;          // provisional while paused (see above)
    int pausedDays = 0; // days taken out of the count since `start`
    QDate pausedSince;  // valid while a pause is open
    QList<ClockPause> pauses;
    QDate endedOn; // valid once decided, withdrawn or merged
    Urgency urgency = Normal;
    int daysLeft = 0;      // due − as of (negative when overdue); due − end once done
    bool breached = false; // overdue now, or ended after the due date

    bool running() const { return !endedOn.isValid() && !pausedSince.isValid(); }
    bool ended() const { return endedOn.isValid(); }
};

class ComplaintClock
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintClock)

public:
    // The clock of a complaint received on `received` with these rules and events, as of `asOf`.
    static ClockState compute(const ComplaintClockRules& rules, const QDate& received,
                              const QList<ClockEvent>& events, const QDate& asOf);

    // Why the step may not be taken now, translated; empty when it may. `on` is the day it takes
    // effect. They check the clock only; the status and the role are checked elsewhere.
    static QString checkExtension(const ComplaintClockRules& rules, const ClockState& state,
                                  int toDays, const QDate& on, const QDate& today,
                                  bool supervisorApproved, bool complainantNotified,
                                  const QString& reason);
    static QString checkPause(const ClockState& state, const QDate& received, const QDate& from,
                              const QDate& today);
    static QString checkResume(const ClockState& state, const QDate& at, const QDate& today);
    static QString checkNewFacts(const ClockState& state, const QDate& on, const QDate& today);
    // A decision, withdrawal, merge or reopening on `on`: not before day 0, not in the future.
    static QString checkDay(const ClockState& state, const QDate& on, const QDate& today);

    // "3 days left", "due today", "overdue by 2 days", "paused since 2026-03-02", "done".
    static QString describe(const ClockState& state);
};

} // namespace rmdesk
