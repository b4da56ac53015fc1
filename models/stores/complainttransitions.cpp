// ComplaintStore's steps: every transition of the state machine and every record that moves the
// clock. Each loads the complaint, checks the role and scope, the state machine and the clock,
// and only then writes (ComplaintStore::apply: one transaction with its timeline and audit rows).
#include "stores/complaintstore.h"

#include "stores/complaintsupport.h"

namespace rmdesk {

using namespace complaints;

namespace {

using Step = ComplaintStep;

QString noticeProblem(const ComplaintStore& store, const ComplaintNotice& notice,
                      const QDate& earliest, const QDate& today)
{
    if (!notice.on.isValid())
        return ComplaintStore::tr("Give the day the complainant was told, like 2026-03-16.");
    if (notice.on > today)
        return ComplaintStore::tr("The complainant cannot have been told in the future (%1).")
            .arg(iso(notice.on));
    if (notice.on < earliest)
        return ComplaintStore::tr("The complainant cannot have been told (%1) before %2.")
            .arg(iso(notice.on), iso(earliest));
    for (const ComplaintChoice& c : store.choices(QStringLiteral("channel")))
        if (c.key == notice.channel)
            return QString();
    return ComplaintStore::tr("Unknown channel \"%1\" for the notice to the complainant.")
        .arg(notice.channel);
}

QJsonObject noticeDetails(const QString& about, const ComplaintNotice& notice)
{
    return {{QStringLiteral("about"), about}, {QStringLiteral("channel"), notice.channel}};
}

// Two complaints from people who are not customers: the same contact (compared unmasked).
bool sameContact(const QSqlDatabase& db, qint64 a, qint64 b)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT count(*) FROM complaints x JOIN complaints y "
                             "ON y.complainant_contact = x.complainant_contact "
                             "WHERE x.id = ? AND y.id = ?"));
    return exec(q, {a, b}, nullptr) && q.next() && q.value(0).toInt() == 1;
}

bool refuse(StoreError* error, qint64 id, const QString& why)
{
    return fail(error, StoreError::Invalid,
                ComplaintStore::tr("Complaint %1: %2").arg(id).arg(why));
}

} // namespace

bool ComplaintStore::accept(const Session& session, qint64 id, StoreError* error)
{
    const auto c = prepare(session, id, Step::Accept, error);
    if (!c)
        return false;
    return apply(session, *c,
                 {Step::Accept,
                  QStringLiteral("complaint.accept"),
                  QString(),
                  {},
                  {event(QStringLiteral("accepted"), m_today)},
                  {}},
                 error);
}

bool ComplaintStore::investigate(const Session& session, qint64 id, StoreError* error)
{
    const auto c = prepare(session, id, Step::Investigate, error);
    if (!c)
        return false;
    return apply(session, *c,
                 {Step::Investigate,
                  QStringLiteral("complaint.investigate"),
                  QString(),
                  {},
                  {event(QStringLiteral("investigating"), m_today)},
                  {}},
                 error);
}

bool ComplaintStore::extend(const Session& session, qint64 id, int toDays, const QString& reason,
                            const ComplaintNotice& notice, StoreError* error, const QDate& onDay)
{
    // The length decides who may do it: the longest extension is a supervisor's approval.
    auto c = load(id, error, false);
    if (!c)
        return false;
    const Action action = toDays == c->rules.approvedExtendedDays ? Action::ComplaintExtend60
                                                                  : Action::ComplaintWrite;
    c = prepare(session, id, Step::Extend, error, action);
    if (!c)
        return false;
    const QDate on = onDay.isValid() ? onDay : m_today;
    const bool approved = Permissions::allows(session, Action::ComplaintExtend60, c->target());
    const bool noticeGiven = !notice.channel.isEmpty() || notice.on.isValid();
    if (noticeGiven) {
        const QString why = noticeProblem(*this, notice, c->receivedOn, m_today);
        if (!why.isEmpty())
            return refuse(error, id, why);
    }
    const ClockState state =
        ComplaintClock::compute(c->rules, c->receivedOn, clockEvents(c->events), on);
    const QString why = ComplaintClock::checkExtension(c->rules, state, toDays, on, m_today,
                                                       approved, noticeGiven, reason);
    if (!why.isEmpty())
        return refuse(error, id, why);
    QJsonObject details{{QStringLiteral("from_days"), state.periodDays},
                        {QStringLiteral("to_days"), toDays}};
    if (toDays == c->rules.approvedExtendedDays)
        details.insert(QStringLiteral("approved_by"), session.userName);
    Change change{Step::Extend,
                  QStringLiteral("complaint.extend"),
                  reason,
                  details,
                  {event(QStringLiteral("extended"), on, reason, details, toDays)},
                  {}};
    if (noticeGiven) {
        change.events << event(QStringLiteral("notified"), notice.on, QString(),
                               noticeDetails(QStringLiteral("extension"), notice));
        change.details.insert(QStringLiteral("notice_on"), iso(notice.on));
        change.details.insert(QStringLiteral("notice_channel"), notice.channel);
    }
    return apply(session, *c, change, error);
}

bool ComplaintStore::pause(const Session& session, qint64 id, const QDate& from,
                           const QString& reason, const ComplaintNotice& notice, StoreError* error)
{
    const auto c = prepare(session, id, Step::Pause, error);
    if (!c)
        return false;
    QString why = ComplaintClock::checkPause(c->clock, c->receivedOn, from, m_today);
    if (why.isEmpty() && !reasonGiven(reason))
        why = tr("Say what is being appraised or tested, and by whom (at least %1 characters).")
                  .arg(MinimumReasonLength);
    if (why.isEmpty())
        why = noticeProblem(*this, notice, from, m_today);
    if (!why.isEmpty())
        return refuse(error, id, why);
    const QJsonObject details{{QStringLiteral("from"), iso(from)},
                              {QStringLiteral("notice_on"), iso(notice.on)},
                              {QStringLiteral("notice_channel"), notice.channel}};
    return apply(session, *c,
                 {Step::Pause,
                  QStringLiteral("complaint.pause"),
                  reason,
                  details,
                  {event(QStringLiteral("paused"), from, reason),
                   event(QStringLiteral("notified"), notice.on, QString(),
                         noticeDetails(QStringLiteral("pause"), notice))},
                  {}},
                 error);
}

bool ComplaintStore::resume(const Session& session, qint64 id, const QDate& at, StoreError* error)
{
    const auto c = prepare(session, id, Step::Resume, error);
    if (!c)
        return false;
    const QString why = ComplaintClock::checkResume(c->clock, at, m_today);
    if (!why.isEmpty())
        return refuse(error, id, why);
    return apply(session, *c,
                 {Step::Resume,
                  QStringLiteral("complaint.resume"),
                  QString(),
                  {{QStringLiteral("paused_from"), iso(c->clock.pausedSince)},
                   {QStringLiteral("resumed_at"), iso(at)}},
                  {event(QStringLiteral("resumed"), at)},
                  {}},
                 error);
}

bool ComplaintStore::newFacts(const Session& session, qint64 id, const QDate& on,
                              const QString& summary, StoreError* error)
{
    const auto c = prepare(session, id, Step::NewFacts, error);
    if (!c)
        return false;
    QString why = ComplaintClock::checkNewFacts(c->clock, on, m_today);
    if (why.isEmpty() && !reasonGiven(summary))
        why = tr("Say what the new facts are (at least %1 characters).").arg(MinimumReasonLength);
    if (!why.isEmpty())
        return refuse(error, id, why);
    return apply(session, *c,
                 {Step::NewFacts,
                  QStringLiteral("complaint.new_facts"),
                  summary,
                  {{QStringLiteral("received_on"), iso(on)}},
                  {event(QStringLiteral("new_facts"), on, summary)},
                  {}},
                 error);
}

bool ComplaintStore::decide(const Session& session, qint64 id, const QString& decision,
                            const QDate& on, const ComplaintNotice& notice, StoreError* error)
{
    const auto c = prepare(session, id, Step::Decide, error);
    if (!c)
        return false;
    QString why;
    if (c->clock.pausedSince.isValid())
        why = tr("the clock is paused since %1 for external appraisal or testing: record the day "
                 "it resumed first.")
                  .arg(iso(c->clock.pausedSince));
    if (why.isEmpty())
        why = ComplaintClock::checkDay(c->clock, on, m_today);
    if (why.isEmpty() && !reasonGiven(decision))
        why = tr("Write down the decision (at least %1 characters).").arg(MinimumReasonLength);
    if (why.isEmpty())
        why = noticeProblem(*this, notice, on, m_today);
    if (!why.isEmpty())
        return refuse(error, id, why);
    const ClockState after = clockWith(*c, {event(QStringLiteral("decided"), on)}, m_today);
    return apply(session, *c,
                 {Step::Decide,
                  QStringLiteral("complaint.decide"),
                  QString(),
                  {{QStringLiteral("decided_on"), iso(on)},
                   {QStringLiteral("in_time"), !after.breached},
                   {QStringLiteral("notice_on"), iso(notice.on)},
                   {QStringLiteral("notice_channel"), notice.channel}},
                  {event(QStringLiteral("decided"), on, decision),
                   event(QStringLiteral("notified"), notice.on, QString(),
                         noticeDetails(QStringLiteral("decision"), notice))},
                  {{QStringLiteral("decision"), decision.trimmed()},
                   {QStringLiteral("decided_on"), iso(on)}}},
                 error);
}

bool ComplaintStore::notify(const Session& session, qint64 id, const QString& about,
                            const ComplaintNotice& notice, StoreError* error)
{
    const auto c = prepare(session, id, Step::Notify, error);
    if (!c)
        return false;
    static const QStringList abouts = {QStringLiteral("decision"), QStringLiteral("extension"),
                                       QStringLiteral("pause"), QStringLiteral("other")};
    QString why = abouts.contains(about)
                      ? noticeProblem(*this, notice, c->receivedOn, m_today)
                      : tr("A notice is about the decision, an extension, a pause or other.");
    if (!why.isEmpty())
        return refuse(error, id, why);
    return apply(
        session, *c,
        {Step::Notify,
         QStringLiteral("complaint.notify"),
         QString(),
         {{QStringLiteral("about"), about},
          {QStringLiteral("notice_on"), iso(notice.on)},
          {QStringLiteral("notice_channel"), notice.channel}},
         {event(QStringLiteral("notified"), notice.on, QString(), noticeDetails(about, notice))},
         {}},
        error);
}

bool ComplaintStore::respond(const Session& session, qint64 id, bool accepts, const QDate& on,
                             StoreError* error)
{
    const auto c = prepare(session, id, Step::Respond, error);
    if (!c)
        return false;
    if (!c->response.isEmpty())
        return refuse(error, id,
                      tr("the complainant's response (%1) is already recorded.")
                          .arg(ComplaintFlow::responseLabel(c->response)));
    if (!on.isValid() || on > m_today || on < c->decidedOn)
        return refuse(error, id,
                      tr("the response must be dated from the decision (%1) to today.")
                          .arg(iso(c->decidedOn)));
    const QString response = accepts ? QStringLiteral("accepted") : QStringLiteral("disputed");
    return apply(
        session, *c,
        {Step::Respond,
         QStringLiteral("complaint.respond"),
         QString(),
         {{QStringLiteral("response"), response}, {QStringLiteral("on"), iso(on)}},
         {event(QStringLiteral("responded"), on, QString(),
                {{QStringLiteral("response"), response}})},
         {{QStringLiteral("response"), response}, {QStringLiteral("response_on"), iso(on)}}},
        error);
}

bool ComplaintStore::referDispute(const Session& session, qint64 id, const QString& referral,
                                  const QString& body, const QDate& on, StoreError* error)
{
    const auto c = prepare(session, id, Step::Dispute, error);
    if (!c)
        return false;
    QString why;
    if (c->response == QLatin1String("accepted"))
        why = tr("the complainant accepted the decision.");
    else if (!c->disputeReferral.isEmpty())
        why = tr("the dispute was already referred to %1 on %2.")
                  .arg(ComplaintFlow::referralLabel(c->disputeReferral).toLower(),
                       iso(c->disputeReferredOn));
    else if (!ComplaintFlow::referrals().contains(referral))
        why = tr("a dispute is referred to mediation, arbitration or litigation.");
    else if (body.trimmed().isEmpty())
        why = tr("name the body it is referred to (a mediation centre, an arbitration "
                 "commission, a court).");
    else if (!on.isValid() || on > m_today || on < c->decidedOn)
        why = tr("the referral must be dated from the decision (%1) to today.")
                  .arg(iso(c->decidedOn));
    if (!why.isEmpty())
        return refuse(error, id, why);
    Change change{Step::Dispute,
                  QStringLiteral("complaint.dispute"),
                  QString(),
                  {{QStringLiteral("referral"), referral},
                   {QStringLiteral("body"), body.trimmed()},
                   {QStringLiteral("on"), iso(on)}},
                  {},
                  {{QStringLiteral("dispute_referral"), referral},
                   {QStringLiteral("dispute_body"), body.trimmed()},
                   {QStringLiteral("dispute_referred_on"), iso(on)}}};
    if (c->response.isEmpty()) {
        change.events << event(QStringLiteral("responded"), on, QString(),
                               {{QStringLiteral("response"), QStringLiteral("disputed")}});
        change.columns << qMakePair(QStringLiteral("response"),
                                    QVariant(QStringLiteral("disputed")))
                       << qMakePair(QStringLiteral("response_on"), QVariant(iso(on)));
    }
    change.events << event(QStringLiteral("dispute_referred"), on, body,
                           {{QStringLiteral("referral"), referral}});
    return apply(session, *c, change, error);
}

bool ComplaintStore::recordDisputeOutcome(const Session& session, qint64 id, const QString& outcome,
                                          const QDate& on, StoreError* error)
{
    const auto c = prepare(session, id, Step::Dispute, error);
    if (!c)
        return false;
    QString why;
    if (c->disputeReferral.isEmpty())
        why = tr("no dispute was referred to mediation or arbitration.");
    else if (!c->disputeOutcome.isEmpty())
        why = tr("the dispute's outcome is already recorded.");
    else if (!reasonGiven(outcome))
        why = tr("describe the outcome (at least %1 characters).").arg(MinimumReasonLength);
    else if (!on.isValid() || on > m_today || on < c->disputeReferredOn)
        why = tr("the outcome must be dated from the referral (%1) to today.")
                  .arg(iso(c->disputeReferredOn));
    if (!why.isEmpty())
        return refuse(error, id, why);
    return apply(session, *c,
                 {Step::Dispute,
                  QStringLiteral("complaint.dispute_outcome"),
                  QString(),
                  {{QStringLiteral("on"), iso(on)}},
                  {event(QStringLiteral("dispute_outcome"), on, outcome)},
                  {{QStringLiteral("dispute_outcome"), outcome.trimmed()},
                   {QStringLiteral("dispute_outcome_on"), iso(on)}}},
                 error);
}

bool ComplaintStore::close(const Session& session, qint64 id, StoreError* error, const QDate& onDay)
{
    const auto c = prepare(session, id, Step::Close, error);
    if (!c)
        return false;
    const QDate on = onDay.isValid() ? onDay : m_today;
    if (!c->disputeReferral.isEmpty() && c->disputeOutcome.isEmpty())
        return refuse(error, id,
                      tr("the dispute referred to %1 has no outcome yet.")
                          .arg(ComplaintFlow::referralLabel(c->disputeReferral).toLower()));
    if (on > m_today || on < c->decidedOn)
        return refuse(
            error, id,
            tr("it can be closed from the decision (%1) to today.").arg(iso(c->decidedOn)));
    return apply(session, *c,
                 {Step::Close,
                  QStringLiteral("complaint.close"),
                  QString(),
                  {{QStringLiteral("closed_on"), iso(on)}},
                  {event(QStringLiteral("closed"), on)},
                  {{QStringLiteral("closed_on"), iso(on)}}},
                 error);
}

bool ComplaintStore::withdraw(const Session& session, qint64 id, const QDate& on,
                              const QString& reason, StoreError* error)
{
    const auto c = prepare(session, id, Step::Withdraw, error);
    if (!c)
        return false;
    QString why = ComplaintClock::checkDay(c->clock, on, m_today);
    if (why.isEmpty() && !reasonGiven(reason))
        why = tr("Say how the complainant withdrew (at least %1 characters).")
                  .arg(MinimumReasonLength);
    if (!why.isEmpty())
        return refuse(error, id, why);
    return apply(session, *c,
                 {Step::Withdraw,
                  QStringLiteral("complaint.withdraw"),
                  reason,
                  {{QStringLiteral("withdrawn_on"), iso(on)}},
                  {event(QStringLiteral("withdrawn"), on, reason)},
                  {{QStringLiteral("withdrawn_on"), iso(on)}}},
                 error);
}

bool ComplaintStore::merge(const Session& session, qint64 id, qint64 into, const QString& reason,
                           StoreError* error, const QDate& onDay)
{
    const auto c = prepare(session, id, Step::Merge, error);
    if (!c)
        return false;
    if (into == id)
        return refuse(error, id, tr("a complaint cannot be merged into itself."));
    StoreError firstError;
    const auto first = load(into, &firstError, false);
    if (!first) {
        if (firstError.kind == StoreError::NotFound)
            return refuse(error, id, firstError.message);
        return fail(error, firstError.kind, firstError.message);
    }
    if (!permitted(session, Action::ComplaintWrite, *first, error))
        return false;
    const QDate on = onDay.isValid() ? onDay : m_today;
    QString why;
    if (first->status == ComplaintStatus::Merged)
        why = tr("complaint %1 was itself merged into %2: merge into that one.")
                  .arg(into)
                  .arg(first->mergedInto);
    else if (first->receivedOn > c->receivedOn || (first->receivedOn == c->receivedOn && into > id))
        why = tr("a repeat is merged into the earlier complaint, and %1 is not earlier.").arg(into);
    else if (first->customerId != c->customerId || (!c->customerId && !sameContact(m_db, id, into)))
        why = tr("complaint %1 is from another complainant.").arg(into);
    else if (!reasonGiven(reason))
        why = tr("Say why this is a repeat without new facts (at least %1 characters).")
                  .arg(MinimumReasonLength);
    else
        why = ComplaintClock::checkDay(c->clock, on, m_today);
    if (!why.isEmpty())
        return refuse(error, id, why);
    Change change{Step::Merge,
                  QStringLiteral("complaint.merge"),
                  reason,
                  {{QStringLiteral("into"), into}, {QStringLiteral("merged_on"), iso(on)}},
                  {event(QStringLiteral("merged"), on, reason, {{QStringLiteral("into"), into}})},
                  {{QStringLiteral("merged_into"), into}, {QStringLiteral("merged_on"), iso(on)}}};
    change.otherId = into;
    change.otherEvents << event(QStringLiteral("repeat_merged"), on, reason,
                                {{QStringLiteral("from"), id}});
    return apply(session, *c, change, error);
}

bool ComplaintStore::reopen(const Session& session, qint64 id, const QDate& on,
                            const QString& reason, StoreError* error)
{
    const auto c = prepare(session, id, Step::Reopen, error);
    if (!c)
        return false;
    QString why;
    if (!on.isValid() || on > m_today || on < c->decidedOn)
        why = tr("it can be reopened from the decision (%1) to today.").arg(iso(c->decidedOn));
    else if (!reasonGiven(reason))
        why = tr("Say why the complaint is reopened (at least %1 characters).")
                  .arg(MinimumReasonLength);
    if (!why.isEmpty())
        return refuse(error, id, why);
    // The earlier decision, response and dispute stay in the timeline; the complaint is handled
    // again and needs a new decision.
    QList<QPair<QString, QVariant>> cleared;
    for (const char* column :
         {"decision", "decided_on", "closed_on", "response", "response_on", "dispute_referral",
          "dispute_body", "dispute_referred_on", "dispute_outcome", "dispute_outcome_on"})
        cleared << qMakePair(QString::fromLatin1(column), QVariant());
    return apply(session, *c,
                 {Step::Reopen,
                  QStringLiteral("complaint.reopen"),
                  reason,
                  {{QStringLiteral("reopened_on"), iso(on)},
                   {QStringLiteral("previous_decision_on"), iso(c->decidedOn)}},
                  {event(QStringLiteral("reopened"), on, reason)},
                  cleared},
                 error);
}

} // namespace rmdesk
