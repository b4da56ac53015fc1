#include "complaintclock.h"

#include <algorithm>

namespace rmdesk {

namespace {

constexpr int MinimumReasonLength = 4;

QString iso(const QDate& day)
{
    return day.toString(Qt::ISODate);
}

// The pauses clipped to the days after `start` (only those can be taken out of the count),
// without empty ones, in order and without overlaps.
QList<ClockPause> countable(QList<ClockPause> pauses, const QDate& start)
{
    QList<ClockPause> out;
    for (ClockPause p : pauses) {
        p.from = std::max(p.from, start.addDays(1));
        if (p.to > p.from)
            out.append(p);
    }
    std::sort(out.begin(), out.end(),
              [](const ClockPause& a, const ClockPause& b) { return a.from < b.from; });
    QList<ClockPause> merged;
    for (const ClockPause& p : std::as_const(out)) {
        if (!merged.isEmpty() && p.from <= merged.last().to)
            merged.last().to = std::max(merged.last().to, p.to);
        else
            merged.append(p);
    }
    return merged;
}

} // namespace

ClockState ComplaintClock::compute(const ComplaintClockRules& rules, const QDate& received,
                                   const QList<ClockEvent>& events, const QDate& asOf)
{
    ClockState s;
    s.start = received;
    s.periodDays = rules.decisionDays;
    QDate openPause;
    for (const ClockEvent& e : events) {
        switch (e.kind) {
        case ClockEvent::Extended:
            if (e.days > s.periodDays) {
                s.periodDays = e.days;
                ++s.extensions;
            }
            break;
        case ClockEvent::Paused:
            if (!openPause.isValid())
                openPause = e.on;
            break;
        case ClockEvent::Resumed:
            if (openPause.isValid())
                s.pauses.append({openPause, std::max(openPause, e.on)});
            openPause = QDate();
            break;
        case ClockEvent::NewFacts:
            s.start = e.on;
            break;
        case ClockEvent::Reopened:
            s.start = e.on;
            s.endedOn = QDate();
            break;
        case ClockEvent::Decided:
        case ClockEvent::Withdrawn:
        case ClockEvent::Merged:
            s.endedOn = e.on;
            break;
        }
    }
    // An open pause counts up to the end of the clock, or (still stopped) up to `asOf`.
    QList<ClockPause> effective = s.pauses;
    if (openPause.isValid()) {
        const QDate until = s.endedOn.isValid() ? s.endedOn : std::max(asOf, openPause);
        effective.append({openPause, until});
        if (!s.endedOn.isValid()) {
            s.pausedSince = openPause;
            s.pauses.append({openPause, QDate()});
        }
    }
    s.due = s.start.addDays(s.periodDays);
    for (const ClockPause& p : countable(effective, s.start)) {
        if (p.from > s.due)
            break; // the clock had run out before this pause began
        const int length = int(p.from.daysTo(p.to));
        s.due = s.due.addDays(length);
        s.pausedDays += length;
    }

    if (s.endedOn.isValid()) {
        s.urgency = ClockState::Done;
        s.daysLeft = int(s.endedOn.daysTo(s.due));
        s.breached = s.endedOn > s.due;
        return s;
    }
    s.daysLeft = int(asOf.daysTo(s.due));
    if (s.pausedSince.isValid())
        s.urgency = ClockState::Paused;
    else if (s.daysLeft < 0)
        s.urgency = ClockState::Overdue;
    else if (s.daysLeft <= rules.warningDays)
        s.urgency = ClockState::DueSoon;
    else
        s.urgency = ClockState::Normal;
    s.breached = s.urgency == ClockState::Overdue;
    return s;
}

QString ComplaintClock::checkDay(const ClockState& state, const QDate& on, const QDate& today)
{
    if (!on.isValid())
        return tr("Give a date like 2026-03-16.");
    if (on > today)
        return tr("%1 is in the future: record what has happened, on the day it happened.")
            .arg(iso(on));
    if (on < state.start)
        return tr("%1 is before the complaint's clock started (%2).")
            .arg(iso(on), iso(state.start));
    return QString();
}

QString ComplaintClock::checkExtension(const ComplaintClockRules& rules, const ClockState& state,
                                       int toDays, const QDate& on, const QDate& today,
                                       bool supervisorApproved, bool complainantNotified,
                                       const QString& reason)
{
    if (state.ended())
        return tr("The complaint's clock has ended: there is no deadline to extend.");
    if (toDays != rules.extendedDays && toDays != rules.approvedExtendedDays)
        return tr("A deadline can be extended to %1 or %2 days only.")
            .arg(rules.extendedDays)
            .arg(rules.approvedExtendedDays);
    if (toDays <= state.periodDays)
        return tr("The deadline is already %n day(s) from the start of the clock.", nullptr,
                  state.periodDays);
    const QString day = checkDay(state, on, today);
    if (!day.isEmpty())
        return day;
    if (!state.pausedSince.isValid() && on > state.due)
        return tr("The deadline (%1) passed before %2: a missed deadline cannot be extended "
                  "afterwards. If the extension was granted in time, give the day it was "
                  "granted.")
            .arg(iso(state.due), iso(on));
    if (reason.trimmed().size() < MinimumReasonLength)
        return tr("Say why the complaint needs more time (at least %1 characters).")
            .arg(MinimumReasonLength);
    if (toDays == rules.approvedExtendedDays && !supervisorApproved)
        return tr("Extending the deadline to %1 days needs a supervisor's approval.").arg(toDays);
    if (toDays == rules.approvedExtendedDays && !complainantNotified)
        return tr("Extending the deadline to %1 days needs a notice to the complainant: record "
                  "when and how they were told.")
            .arg(toDays);
    return QString();
}

QString ComplaintClock::checkPause(const ClockState& state, const QDate& received,
                                   const QDate& from, const QDate& today)
{
    if (state.ended())
        return tr("The complaint's clock has ended: there is nothing to pause.");
    if (state.pausedSince.isValid())
        return tr("The clock is already paused since %1.").arg(iso(state.pausedSince));
    if (!from.isValid())
        return tr("Give the first day of the pause, like 2026-03-16.");
    if (from > today)
        return tr("%1 is in the future: record a pause on the day it begins.").arg(iso(from));
    if (from < received)
        return tr("A pause cannot begin before the complaint was received (%1).")
            .arg(iso(received));
    for (const ClockPause& p : state.pauses)
        if (p.to.isValid() && from < p.to)
            return tr("The clock was already paused until %1: a new pause begins on that day or "
                      "later.")
                .arg(iso(p.to));
    if (from > state.due)
        return tr("The deadline (%1) had passed before %2: a pause cannot stop a clock that has "
                  "run out.")
            .arg(iso(state.due), iso(from));
    return QString();
}

QString ComplaintClock::checkResume(const ClockState& state, const QDate& at, const QDate& today)
{
    if (!state.pausedSince.isValid())
        return tr("The clock is not paused.");
    if (!at.isValid())
        return tr("Give the day the clock runs again, like 2026-03-16.");
    if (at > today)
        return tr("%1 is in the future: record the resumption on the day it happens.").arg(iso(at));
    if (at < state.pausedSince)
        return tr("The clock cannot resume (%1) before the pause began (%2).")
            .arg(iso(at), iso(state.pausedSince));
    return QString();
}

QString ComplaintClock::checkNewFacts(const ClockState& state, const QDate& on, const QDate& today)
{
    if (state.ended())
        return tr("The complaint's clock has ended: reopen the complaint to look at new facts.");
    const QString day = checkDay(state, on, today);
    if (!day.isEmpty())
        return day;
    if (!state.pausedSince.isValid() && on > state.due)
        return tr("The deadline (%1) had passed before %2: new facts restart the clock only when "
                  "they arrive within it.")
            .arg(iso(state.due), iso(on));
    return QString();
}

QString ComplaintClock::describe(const ClockState& state)
{
    switch (state.urgency) {
    case ClockState::Normal:
    case ClockState::DueSoon:
        return state.daysLeft == 0 ? tr("due today")
                                   : tr("%n day(s) left", nullptr, state.daysLeft);
    case ClockState::Overdue:
        return tr("overdue by %n day(s)", nullptr, -state.daysLeft);
    case ClockState::Paused:
        return tr("paused since %1").arg(iso(state.pausedSince));
    case ClockState::Done:
        return state.breached ? tr("deadline missed by %n day(s)", nullptr, -state.daysLeft)
                              : tr("deadline met");
    }
    return QString();
}

} // namespace rmdesk
