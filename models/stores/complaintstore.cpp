#include "complaintstore.h"

#include "security/masking.h"
#include "stores/audittrail.h"
#include "stores/complaintsupport.h"
#include "stores/lifecyclesupport.h"
#include "stores/rulestore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace rmdesk {

namespace complaints {

const QString selectColumns = QStringLiteral(
    "SELECT c.id, coalesce(c.customer_id, 0), c.complainant_name, c.complainant_contact, "
    "c.branch_code, c.taken_by, c.channel, c.category, c.amount_fen, c.severity, c.summary, "
    "c.received_at, c.received_on, coalesce(c.group_size, 0), c.representatives, "
    "c.clock_version, c.decision_days, c.extended_days, c.approved_days, c.status, c.decision, "
    "c.decided_on, c.closed_on, c.withdrawn_on, coalesce(c.merged_into, 0), c.merged_on, "
    "c.response, c.response_on, c.dispute_referral, c.dispute_body, c.dispute_referred_on, "
    "c.dispute_outcome, c.dispute_outcome_on, c.root_cause, c.root_cause_note, cu.type, cu.name, "
    "CASE WHEN c.customer_id IS NULL THEN c.branch_code ELSE cu.branch_code END, "
    "CASE WHEN c.customer_id IS NULL THEN c.taken_by_user_id ELSE coalesce(cu.rm_user_id, 0) END, "
    "coalesce(ou.name, '') "
    "FROM complaints c LEFT JOIN customers cu ON cu.id = c.customer_id "
    "LEFT JOIN users ou ON ou.id = CASE WHEN c.customer_id IS NULL THEN c.taken_by_user_id "
    "ELSE cu.rm_user_id END ");

const QString eventColumns = QStringLiteral(
    "SELECT complaint_id, id, at, user_name, kind, on_date, coalesce(days, 0), text, details "
    "FROM complaint_events ");

const QStringList clockKinds = {QStringLiteral("extended"),  QStringLiteral("paused"),
                                QStringLiteral("resumed"),   QStringLiteral("new_facts"),
                                QStringLiteral("reopened"),  QStringLiteral("decided"),
                                QStringLiteral("withdrawn"), QStringLiteral("merged")};

Complaint rowFrom(const QSqlQuery& q, const Masker& masker)
{
    Complaint c;
    c.id = q.value(0).toLongLong();
    c.customerId = q.value(1).toLongLong();
    c.complainantName = masker.maskWith(QStringLiteral("name"), q.value(2).toString());
    c.complainantContact = masker.maskWith(QStringLiteral("mobile"), q.value(3).toString());
    c.receivingBranch = q.value(4).toString();
    c.takenBy = q.value(5).toString();
    c.channel = q.value(6).toString();
    c.category = q.value(7).toString();
    c.amountFen = q.value(8).toLongLong();
    c.severity = q.value(9).toString();
    c.summary = q.value(10).toString();
    c.receivedAt = q.value(11).toString();
    c.receivedOn = date(q.value(12));
    c.groupSize = q.value(13).toInt();
    for (const QJsonValue& v : QJsonDocument::fromJson(q.value(14).toString().toUtf8()).array())
        c.representatives << v.toString();
    c.rules.version = q.value(15).toInt();
    c.rules.decisionDays = q.value(16).toInt();
    c.rules.extendedDays = q.value(17).toInt();
    c.rules.approvedExtendedDays = q.value(18).toInt();
    c.status = ComplaintFlow::statusFromName(q.value(19).toString()).value_or(c.status);
    c.decision = q.value(20).toString();
    c.decidedOn = date(q.value(21));
    c.closedOn = date(q.value(22));
    c.withdrawnOn = date(q.value(23));
    c.mergedInto = q.value(24).toLongLong();
    c.mergedOn = date(q.value(25));
    c.response = q.value(26).toString();
    c.responseOn = date(q.value(27));
    c.disputeReferral = q.value(28).toString();
    c.disputeBody = q.value(29).toString();
    c.disputeReferredOn = date(q.value(30));
    c.disputeOutcome = q.value(31).toString();
    c.disputeOutcomeOn = date(q.value(32));
    c.rootCause = q.value(33).toString();
    c.rootCauseNote = q.value(34).toString();
    if (c.customerId) {
        const CustomerType type =
            customerTypeFromName(q.value(35).toString()).value_or(CustomerType::Individual);
        c.customerName = masker.mask(type, QStringLiteral("name"), q.value(36).toString());
        c.complainantName.clear();
        c.complainantContact.clear();
    }
    c.branch = q.value(37).toString();
    c.ownerUserId = q.value(38).toLongLong();
    c.owner = q.value(39).toString();
    return c;
}

ComplaintEvent eventFrom(const QSqlQuery& q)
{
    ComplaintEvent e;
    e.id = q.value(1).toLongLong();
    e.at = q.value(2).toString();
    e.userName = q.value(3).toString();
    e.kind = q.value(4).toString();
    e.on = date(q.value(5));
    e.days = q.value(6).toInt();
    e.text = q.value(7).toString();
    e.details = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object();
    return e;
}

} // namespace complaints

using namespace complaints;

namespace {

QString listName(const QString& list)
{
    if (list == QLatin1String("category"))
        return QStringLiteral("complaint_categories");
    if (list == QLatin1String("cause"))
        return QStringLiteral("complaint_root_causes");
    return QStringLiteral("complaint_channels");
}

} // namespace

QList<ClockEvent> clockEvents(const QList<ComplaintEvent>& events)
{
    QList<ClockEvent> out;
    for (const ComplaintEvent& e : events) {
        const QString& k = e.kind;
        if (k == QLatin1String("extended"))
            out.append({ClockEvent::Extended, e.on, e.days});
        else if (k == QLatin1String("paused"))
            out.append({ClockEvent::Paused, e.on});
        else if (k == QLatin1String("resumed"))
            out.append({ClockEvent::Resumed, e.on});
        else if (k == QLatin1String("new_facts"))
            out.append({ClockEvent::NewFacts, e.on});
        else if (k == QLatin1String("reopened"))
            out.append({ClockEvent::Reopened, e.on});
        else if (k == QLatin1String("decided"))
            out.append({ClockEvent::Decided, e.on});
        else if (k == QLatin1String("withdrawn"))
            out.append({ClockEvent::Withdrawn, e.on});
        else if (k == QLatin1String("merged"))
            out.append({ClockEvent::Merged, e.on});
    }
    return out;
}

ComplaintStore::ComplaintStore(QSqlDatabase db, QDate today)
    : m_db(std::move(db))
    , m_today(today)
{}

const QList<Rule>& ComplaintStore::rulesOn(const QDate& day) const
{
    // Lists ask for labels and escalation rules row by row: read each day's rules once.
    auto it = m_rules.find(day);
    if (it == m_rules.end())
        it = m_rules.insert(day, RuleStore(m_db).rulesInForce(day));
    return *it;
}

ComplaintClockRules ComplaintStore::clockRules(const QDate& day) const
{
    ComplaintClockRules rules;
    for (const Rule& r : rulesOn(day)) {
        const int n = r.value.toInt();
        if (r.ruleSet == QLatin1String("complaint_clock")) {
            rules.version = r.version;
            if (r.key == QLatin1String("decision_days") && n > 0)
                rules.decisionDays = n;
            else if (r.key == QLatin1String("extended_days") && n > 0)
                rules.extendedDays = n;
            else if (r.key == QLatin1String("approved_extended_days") && n > 0)
                rules.approvedExtendedDays = n;
        } else if (r.ruleSet == QLatin1String("complaint_escalation") &&
                   r.key == QLatin1String("warning_days") && n >= 0) {
            rules.warningDays = n;
        }
    }
    return rules;
}

int ComplaintStore::maxRepresentatives(const QDate& day) const
{
    for (const Rule& r : rulesOn(day))
        if (r.ruleSet == QLatin1String("complaint_clock") &&
            r.key == QLatin1String("max_group_representatives") && r.value.toInt() > 0)
            return r.value.toInt();
    return 5;
}

QList<ComplaintChoice> ComplaintStore::choices(const QString& list, const QDate& day) const
{
    QList<ComplaintChoice> out;
    const QString set = listName(list);
    for (const Rule& r : rulesOn(day.isValid() ? day : m_today))
        if (r.ruleSet == set)
            out.append({r.key, r.value, ComplaintFlow::choiceLabel(list, r.key, r.value)});
    return out;
}

QString ComplaintStore::choiceLabel(const QString& list, const QString& key, const QDate& day) const
{
    for (const ComplaintChoice& c : choices(list, day))
        if (c.key == key)
            return c.label;
    return key;
}

bool ComplaintStore::validChoice(const QString& list, const QString& key, const QDate& day,
                                 QString* problem) const
{
    QStringList keys;
    for (const ComplaintChoice& c : choices(list, day)) {
        if (c.key == key)
            return true;
        keys << c.key;
    }
    if (list == QLatin1String("category"))
        *problem = tr("Unknown category \"%1\"; use one of: %2.").arg(key, keys.join(u", "));
    else if (list == QLatin1String("cause"))
        *problem = tr("Unknown root cause \"%1\"; use one of: %2.").arg(key, keys.join(u", "));
    else
        *problem = tr("Unknown channel \"%1\"; use one of: %2.").arg(key, keys.join(u", "));
    return false;
}

bool ComplaintStore::permitted(const Session& session, Action action, const Complaint& c,
                               StoreError* error) const
{
    if (Permissions::allows(session, action, c.target()))
        return true;
    if (!Permissions::allows(session, action))
        return fail(error, StoreError::Forbidden, Permissions::refusal(session, action));
    return fail(error, StoreError::Forbidden,
                tr("Complaint %1 is not in your %2: you may not %3 outside it.")
                    .arg(c.id)
                    .arg(Permissions::scope(session.role, action) == Scope::Own
                             ? tr("book of customers")
                             : tr("branch"),
                         Permissions::actionName(action)));
}

std::optional<Complaint> ComplaintStore::load(qint64 id, StoreError* error, bool withTimeline) const
{
    QSqlQuery q(m_db);
    q.prepare(selectColumns + QStringLiteral("WHERE c.id = ?"));
    QString why;
    if (!exec(q, {id}, &why)) {
        fail(error, StoreError::Failed, why);
        return std::nullopt;
    }
    if (!q.next()) {
        fail(error, StoreError::NotFound, tr("There is no complaint %1.").arg(id));
        return std::nullopt;
    }
    Complaint c = rowFrom(q, Masker::fromRules(m_db));
    QSqlQuery e(m_db);
    e.setForwardOnly(true);
    e.prepare(eventColumns + QStringLiteral("WHERE complaint_id = ? ORDER BY id"));
    QList<ComplaintEvent> events;
    if (exec(e, {id}, nullptr))
        while (e.next())
            events.append(eventFrom(e));
    finish(&c, events);
    if (withTimeline) {
        c.events = events;
        QSqlQuery a(m_db);
        a.setForwardOnly(true);
        a.prepare(
            QStringLiteral("SELECT a.id, a.complaint_id, a.description, a.owner_user_id, "
                           "coalesce(u.name, ''), a.due_on, a.status, a.done_on, "
                           "coalesce(a.done_note, ''), a.created_by, a.created_at "
                           "FROM complaint_actions a LEFT JOIN users u "
                           "ON u.id = a.owner_user_id WHERE a.complaint_id = ? ORDER BY a.id"));
        if (exec(a, {id}, nullptr))
            while (a.next())
                c.actions.append({a.value(0).toLongLong(), a.value(1).toLongLong(),
                                  a.value(2).toString(), a.value(3).toLongLong(),
                                  a.value(4).toString(), date(a.value(5)), a.value(6).toString(),
                                  date(a.value(7)), a.value(8).toString(), a.value(9).toString(),
                                  a.value(10).toString()});
    }
    return c;
}

void ComplaintStore::finish(Complaint* c, const QList<ComplaintEvent>& events) const
{
    // The periods come from the rules of the day of receipt (kept with the complaint); how soon
    // is "soon" from today's escalation rule.
    c->rules.warningDays = clockRules(m_today).warningDays;
    c->clock = ComplaintClock::compute(c->rules, c->receivedOn, clockEvents(events), m_today);
}

ClockState ComplaintStore::clockWith(const Complaint& c, const QList<ComplaintEvent>& extra,
                                     const QDate& asOf) const
{
    return ComplaintClock::compute(c.rules, c.receivedOn, clockEvents(c.events + extra), asOf);
}

std::optional<Complaint> ComplaintStore::prepare(const Session& session, qint64 id,
                                                 ComplaintStep step, StoreError* error,
                                                 Action action)
{
    if (!Permissions::allows(session, action)) {
        fail(error, StoreError::Forbidden, Permissions::refusal(session, action));
        return std::nullopt;
    }
    auto c = load(id, error);
    if (!c || !permitted(session, action, *c, error))
        return std::nullopt;
    const QString refusal = ComplaintFlow::refusal(c->status, step);
    if (!refusal.isEmpty()) {
        fail(error, StoreError::Invalid, tr("Complaint %1: %2").arg(id).arg(refusal));
        return std::nullopt;
    }
    return c;
}

bool ComplaintStore::apply(const Session& session, const Complaint& c, const Change& change,
                           StoreError* error)
{
    Change ch = change;
    const QString at = now();
    if (!m_db.transaction())
        return fail(error, StoreError::Failed, m_db.lastError().text());
    QString why;
    auto rollback = [&] {
        m_db.rollback();
        return fail(error, StoreError::Failed, why.isEmpty() ? m_db.lastError().text() : why);
    };
    if (ch.before && !ch.before(&ch, &why))
        return rollback();
    // The clock after the change, kept in the row for lists (due_on, paused_since).
    const ClockState after = clockWith(c, ch.events, m_today);
    const ComplaintStatus status = ComplaintFlow::after(c.status, ch.step);
    QList<QPair<QString, QVariant>> columns = ch.columns;
    columns << qMakePair(QStringLiteral("status"), QVariant(ComplaintFlow::statusName(status)))
            << qMakePair(QStringLiteral("due_on"), nullable(after.due))
            << qMakePair(QStringLiteral("paused_since"), nullable(after.pausedSince))
            << qMakePair(QStringLiteral("updated_at"), QVariant(at));
    QStringList sets;
    QVariantList binds;
    for (const auto& [column, value] : std::as_const(columns)) {
        sets << column + QStringLiteral(" = ?");
        binds << value;
    }
    binds << c.id;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE complaints SET %1 WHERE id = ?").arg(sets.join(u", ")));
    if (!exec(q, binds, &why))
        return rollback();
    auto insertEvents = [&](qint64 complaintId, const QList<ComplaintEvent>& events) {
        for (const ComplaintEvent& e : events) {
            q.prepare(QStringLiteral("INSERT INTO complaint_events (complaint_id, at, user_name, "
                                     "kind, on_date, days, text, details) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
            if (!exec(q,
                      {complaintId, at, session.userName, e.kind, nullable(e.on),
                       e.days ? QVariant(e.days) : QVariant(),
                       e.text.isEmpty() ? QStringLiteral("") : e.text,
                       QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact))},
                      &why))
                return false;
        }
        return true;
    };
    if (!insertEvents(c.id, ch.events) || (ch.otherId && !insertEvents(ch.otherId, ch.otherEvents)))
        return rollback();
    QJsonObject details = ch.details;
    if (status != c.status) {
        details.insert(QStringLiteral("status_from"), ComplaintFlow::statusName(c.status));
        details.insert(QStringLiteral("status_to"), ComplaintFlow::statusName(status));
    }
    if (after.due != c.clock.due) {
        details.insert(QStringLiteral("due_from"), iso(c.clock.due));
        details.insert(QStringLiteral("due_to"), iso(after.due));
    }
    if (!AuditTrail::record(m_db, session,
                            {ch.audit, QStringLiteral("complaint"), QString::number(c.id), details,
                             ch.reason.trimmed()},
                            &why) ||
        !m_db.commit())
        return rollback();
    return true;
}

QString ComplaintStore::scopeClause(const Session& session, QVariantList* binds,
                                    StoreError* error) const
{
    switch (Permissions::scope(session.role, Action::ComplaintRead)) {
    case Scope::Own:
        *binds << session.userId << session.userId;
        return QStringLiteral("((c.customer_id IS NULL AND c.taken_by_user_id = ?) "
                              "OR cu.rm_user_id = ?)");
    case Scope::Branch:
        *binds << session.branch;
        return QStringLiteral(
            "(CASE WHEN c.customer_id IS NULL THEN c.branch_code ELSE cu.branch_code END) = ?");
    case Scope::All:
        return QStringLiteral("1");
    case Scope::None:
        break;
    }
    fail(error, StoreError::Forbidden, Permissions::refusal(session, Action::ComplaintRead));
    return QString();
}

std::optional<Complaint> ComplaintStore::show(const Session& session, qint64 id, StoreError* error)
{
    if (!Permissions::allows(session, Action::ComplaintRead)) {
        fail(error, StoreError::Forbidden, Permissions::refusal(session, Action::ComplaintRead));
        return std::nullopt;
    }
    auto c = load(id, error);
    if (!c || !permitted(session, Action::ComplaintRead, *c, error))
        return std::nullopt;
    return c;
}

std::optional<Complaint> ComplaintStore::reveal(const Session& session, qint64 id,
                                                const QString& reason, StoreError* error)
{
    auto c = show(session, id, error);
    if (!c)
        return std::nullopt;
    if (c->customerId) {
        fail(error, StoreError::Invalid,
             tr("The complainant is customer %1: open the customer's profile to see their "
                "details.")
                 .arg(c->customerId));
        return std::nullopt;
    }
    QString why;
    if (!UnmaskRecorder::record(
            m_db, session, QStringLiteral("complaint"), QString::number(id), c->target(),
            {QStringLiteral("complainant_name"), QStringLiteral("complainant_contact")}, reason,
            &why)) {
        fail(error,
             Permissions::allows(session, Action::CustomerUnmask, c->target())
                 ? StoreError::Invalid
                 : StoreError::Forbidden,
             why);
        return std::nullopt;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT complainant_name, complainant_contact FROM complaints WHERE id = ?"));
    if (exec(q, {id}, nullptr) && q.next()) {
        c->complainantName = q.value(0).toString();
        c->complainantContact = q.value(1).toString();
        c->revealed = true;
    }
    return c;
}

} // namespace rmdesk
