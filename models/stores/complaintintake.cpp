// ComplaintStore::open: taking a complaint in, with every problem of the input listed before
// anything is written.
#include "stores/complaintstore.h"

#include "stores/audittrail.h"
#include "stores/complaintsupport.h"
#include "stores/lifecyclesupport.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace rmdesk {

using namespace complaints;

namespace {

constexpr int MaximumSummaryLength = 4000;
constexpr int MaximumNameLength = 100;

} // namespace

bool ComplaintStore::open(const Session& session, const ComplaintIntake& in, qint64* id,
                          StoreError* error, QList<FieldError>* fieldErrors)
{
    if (!Permissions::allows(session, Action::ComplaintWrite))
        return fail(error, StoreError::Forbidden,
                    Permissions::refusal(session, Action::ComplaintWrite));
    QList<FieldError> errors;
    auto problem = [&](const char* field, const QString& message) {
        errors.append({QString::fromLatin1(field), message});
    };
    std::optional<lifecycle::StoredCustomer> customer;
    if (in.customerId > 0) {
        StoreError e;
        customer = lifecycle::Support::load(m_db, in.customerId, &e);
        if (!customer) {
            if (e.kind != StoreError::NotFound)
                return fail(error, e.kind, e.message);
            problem("customer", tr("There is no customer %1. Check the number, or take the "
                                   "complaint as from someone who is not a customer.")
                                    .arg(in.customerId));
        } else if (!Permissions::allows(session, Action::ComplaintWrite, customer->target())) {
            return fail(
                error, StoreError::Forbidden,
                tr("Customer %1 is not in your %2: you may not take complaints for them.")
                    .arg(in.customerId)
                    .arg(Permissions::scope(session.role, Action::ComplaintWrite) == Scope::Own
                             ? tr("book of customers")
                             : tr("branch")));
        }
        if (!in.complainantName.trimmed().isEmpty())
            problem("complainant_name",
                    tr("Give either a customer or a complainant who is not a customer, not both."));
    } else {
        if (session.branch.isEmpty())
            return fail(error, StoreError::Forbidden,
                        tr("You belong to no branch, so you cannot take a complaint from someone "
                           "who is not a customer."));
        const QString name = in.complainantName.trimmed();
        if (name.isEmpty())
            problem("complainant_name", tr("Give the customer, or the complainant's name."));
        else if (name.size() > MaximumNameLength)
            problem("complainant_name",
                    tr("The complainant's name is too long (at most %1 characters).")
                        .arg(MaximumNameLength));
        if (in.complainantContact.trimmed().isEmpty())
            problem("complainant_contact",
                    tr("Give a way to reach the complainant (a phone number or an address)."));
    }
    const QDate day = in.receivedOn;
    const ComplaintClockRules rules = clockRules(day.isValid() ? day : m_today);
    if (!day.isValid())
        problem("received_at", tr("Give the day the complaint was received, like 2026-03-01."));
    else if (day > m_today)
        problem("received_at",
                tr("The complaint cannot be received in the future (%1).").arg(iso(day)));
    else if (rules.version == 0)
        problem("received_at", tr("No complaint clock rule is in force on %1, so its deadline "
                                  "cannot be set. Ask an administrator to check the "
                                  "complaint_clock rules.")
                                   .arg(iso(day)));
    const QDate listDay = day.isValid() && day <= m_today ? day : m_today;
    QString why;
    if (!validChoice(QStringLiteral("channel"), in.channel, listDay, &why))
        problem("channel", why);
    if (!validChoice(QStringLiteral("category"), in.category, listDay, &why))
        problem("category", why);
    if (in.amountFen < 0)
        problem("amount", tr("The amount involved cannot be negative."));
    if (!ComplaintFlow::severities().contains(in.severity))
        problem("severity", tr("The severity is low, medium or high."));
    const QString summary = in.summary.trimmed();
    if (summary.isEmpty())
        problem("summary", tr("Say in a sentence or two what the complaint is about."));
    else if (summary.size() > MaximumSummaryLength)
        problem("summary",
                tr("The summary is too long (at most %1 characters).").arg(MaximumSummaryLength));
    QStringList representatives;
    for (const QString& r : in.representatives)
        if (!r.trimmed().isEmpty())
            representatives << r.trimmed();
    const int maxReps = maxRepresentatives(listDay);
    if (in.groupSize > 0 || !representatives.isEmpty()) {
        if (in.groupSize < 2)
            problem("representatives",
                    tr("A group complaint is made by at least 2 people: give how many."));
        if (representatives.isEmpty())
            problem("representatives",
                    ComplaintFlow::inPerson(in.channel)
                        ? tr("Name the group's representatives (at most %1).").arg(maxReps)
                        : tr("Name the group's representatives."));
        else if (ComplaintFlow::inPerson(in.channel) && representatives.size() > maxReps)
            problem("representatives",
                    tr("A group complaining in person may send at most %1 representatives; %2 "
                       "were named.")
                        .arg(maxReps)
                        .arg(representatives.size()));
        else if (in.groupSize >= 2 && representatives.size() > in.groupSize)
            problem("representatives",
                    tr("There are more representatives (%1) than people in the group (%2).")
                        .arg(representatives.size())
                        .arg(in.groupSize));
    }
    if (!errors.isEmpty()) {
        if (fieldErrors)
            *fieldErrors = errors;
        const bool missing = customer == std::nullopt && in.customerId > 0;
        return fail(error, missing ? StoreError::NotFound : StoreError::Invalid,
                    errors.first().message);
    }

    const QString receivedAt =
        in.receivedTime.isValid()
            ? iso(day) + QLatin1Char('T') + in.receivedTime.toString(QStringLiteral("HH:mm"))
            : iso(day);
    const QString at = now();
    QJsonArray reps;
    for (const QString& r : std::as_const(representatives))
        reps.append(r);
    Complaint c;
    c.rules = rules;
    c.receivedOn = day;
    const ClockState clock = clockWith(c, {}, m_today);
    if (!m_db.transaction())
        return fail(error, StoreError::Failed, m_db.lastError().text());
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO complaints (customer_id, complainant_name, complainant_contact, branch_code, "
        "taken_by_user_id, taken_by, channel, category, amount_fen, severity, summary, "
        "received_at, received_on, group_size, representatives, clock_version, decision_days, "
        "extended_days, approved_days, status, due_on, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'received', ?, ?, ?)"));
    const QString branch = session.branch.isEmpty() && customer ? customer->branch : session.branch;
    const QVariantList binds = {
        customer ? QVariant(customer->id) : QVariant(),
        customer ? QVariant() : QVariant(in.complainantName.trimmed()),
        customer ? QVariant() : QVariant(in.complainantContact.trimmed()),
        branch,
        session.userId,
        session.userName,
        in.channel,
        in.category,
        in.amountFen,
        in.severity,
        summary,
        receivedAt,
        iso(day),
        in.groupSize >= 2 ? QVariant(in.groupSize) : QVariant(),
        QString::fromUtf8(QJsonDocument(reps).toJson(QJsonDocument::Compact)),
        rules.version,
        rules.decisionDays,
        rules.extendedDays,
        rules.approvedExtendedDays,
        iso(clock.due),
        at,
        at};
    auto rollback = [&] {
        m_db.rollback();
        return fail(error, StoreError::Failed, why.isEmpty() ? m_db.lastError().text() : why);
    };
    if (!exec(q, binds, &why))
        return rollback();
    const qint64 newId = q.lastInsertId().toLongLong();
    const QJsonObject details{
        {QStringLiteral("customer"), customer ? QJsonValue(customer->id) : QJsonValue()},
        {QStringLiteral("channel"), in.channel},
        {QStringLiteral("category"), in.category},
        {QStringLiteral("severity"), in.severity},
        {QStringLiteral("amount_fen"), in.amountFen},
        {QStringLiteral("received_at"), receivedAt},
        {QStringLiteral("due_on"), iso(clock.due)},
        {QStringLiteral("clock_version"), rules.version},
        {QStringLiteral("group_size"), in.groupSize},
        {QStringLiteral("representatives"), reps.size()}};
    q.prepare(QStringLiteral("INSERT INTO complaint_events (complaint_id, at, user_name, kind, "
                             "on_date, text, details) VALUES (?, ?, ?, 'opened', ?, ?, ?)"));
    if (!exec(q,
              {newId, at, session.userName, iso(day), summary,
               QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact))},
              &why) ||
        !AuditTrail::record(m_db, session,
                            {QStringLiteral("complaint.open"), QStringLiteral("complaint"),
                             QString::number(newId), details, QString()},
                            &why) ||
        !m_db.commit())
        return rollback();
    if (id)
        *id = newId;
    return true;
}

} // namespace rmdesk
