// CustomerMerge: finding likely duplicates, dismissing them, and the merge requests. Approving a
// request (the merge itself) is in customermergeexec.cpp.
#include "customermerge.h"

#include "stores/audittrail.h"
#include "stores/customerstore.h"
#include "stores/lifecyclesupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSqlError>

namespace rmdesk {

using lifecycle::StoredCustomer;
using lifecycle::Support;

namespace {

const QString keepChoice = QStringLiteral("keep");
const QString absorbChoice = QStringLiteral("absorb");

constexpr int MinimumReasonLength = 4;

const QString requestColumns = QStringLiteral(
    "SELECT id, keep_id, absorb_id, choices, reason, requested_by_id, requested_by, "
    "requested_at, status, coalesce(decided_by, ''), coalesce(decided_at, ''), "
    "coalesce(decision_note, ''), keep_branch, absorb_branch, coalesce(keep_rm_user_id, 0), "
    "coalesce(absorb_rm_user_id, 0) FROM merge_requests r ");

MergeRequest requestFrom(const QSqlQuery& q)
{
    MergeRequest r;
    r.id = q.value(0).toLongLong();
    r.keepId = q.value(1).toLongLong();
    r.absorbId = q.value(2).toLongLong();
    const QJsonObject choices = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
    for (auto it = choices.begin(); it != choices.end(); ++it)
        r.choices.insert(it.key(), it.value().toString());
    r.reason = q.value(4).toString();
    r.requestedById = q.value(5).toLongLong();
    r.requestedBy = q.value(6).toString();
    r.requestedAt = q.value(7).toString();
    r.status = q.value(8).toString();
    r.decidedBy = q.value(9).toString();
    r.decidedAt = q.value(10).toString();
    r.decisionNote = q.value(11).toString();
    return r;
}

// Whether the session may see a request: it touches a customer in the session's scope, or the
// session asked for it.
QString requestScope(const Session& session, QVariantList* binds, StoreError* error)
{
    switch (Permissions::scope(session.role, Action::CustomerRead)) {
    case Scope::Own:
        *binds << session.userId << session.userId << session.userId;
        return QStringLiteral("(r.keep_rm_user_id = ? OR r.absorb_rm_user_id = ? OR "
                              "r.requested_by_id = ?)");
    case Scope::Branch:
        *binds << session.branch << session.branch;
        return QStringLiteral("(r.keep_branch = ? OR r.absorb_branch = ?)");
    case Scope::All:
        return QStringLiteral("1");
    case Scope::None:
        break;
    }
    fail(error, StoreError::Forbidden, Permissions::refusal(session, Action::CustomerRead));
    return QString();
}

} // namespace

QStringList MergeRequest::taken() const
{
    QStringList fields;
    for (auto it = choices.cbegin(); it != choices.cend(); ++it)
        if (it.value() == absorbChoice)
            fields << it.key();
    fields.sort();
    return fields;
}

CustomerMerge::CustomerMerge(QSqlDatabase db, QDate today)
    : m_db(std::move(db))
    , m_today(today)
{}

QList<DuplicatePair> CustomerMerge::duplicatesOf(const Session& session, qint64 id,
                                                 StoreError* error)
{
    QList<DuplicatePair> pairs;
    const auto c = Support::load(m_db, id, error);
    if (!c || !Support::permitted(session, Action::CustomerRead, *c, error))
        return pairs;
    QVariantList binds = {c->value("mobile"), c->value("mobile"), c->value("name"), id};
    const QString scope =
        Support::scopeClause(session, Action::CustomerRead, QStringLiteral("c"), &binds, error);
    if (scope.isEmpty())
        return pairs;
    binds << c->value("mobile") << c->value("mobile") << c->value("birth_date")
          << c->value("birth_date") << id << id;
    // customers_name finds the namesakes; the rest is checked on those few rows.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT c.id, CASE WHEN ? <> '' AND c.mobile = ? THEN 'mobile' "
                  "ELSE 'birth_date' END FROM customers c WHERE c.name = ? AND c.id <> ? AND %1 "
                  "AND ((? <> '' AND c.mobile = ?) OR (? <> '' AND c.birth_date = ?)) "
                  "AND NOT EXISTS (SELECT 1 FROM duplicate_dismissals d "
                  "WHERE d.a_id = min(c.id, ?) AND d.b_id = max(c.id, ?)) ORDER BY c.id")
                  .arg(scope));
    QString why;
    if (!Support::exec(q, binds, &why)) {
        fail(error, StoreError::Failed, why);
        return pairs;
    }
    while (q.next()) {
        const qint64 other = q.value(0).toLongLong();
        pairs.append({qMin(id, other), qMax(id, other), q.value(1).toString()});
    }
    return pairs;
}

QList<DuplicatePair> CustomerMerge::duplicates(const Session& session, int limit, int* total,
                                               StoreError* error, qint64 afterA, qint64 afterB)
{
    QList<DuplicatePair> page;
    if (total)
        *total = 0;
    // The groups of one name with one mobile (or birth date) held more than once, then the
    // pairs in each group whose two customers the session may read. The groups come from the
    // whole of customers_dup_mobile / customers_dup_birth (index only), except for an RM's book,
    // which is small enough to group directly.
    const bool own = Permissions::scope(session.role, Action::CustomerRead) == Scope::Own;
    QMap<QPair<qint64, qint64>, QString> pairs;
    for (const char* column : {"birth_date", "mobile"}) {
        QVariantList binds;
        QStringList scopes;
        for (const char* alias : {"c", "a", "b"}) {
            QVariantList scopeBinds;
            scopes << Support::scopeClause(session, Action::CustomerRead, QLatin1String(alias),
                                           &scopeBinds, error);
            if (scopes.last().isEmpty())
                return page;
            if (!own && scopes.size() == 1)
                scopes.last() = QStringLiteral("1");
            else
                binds << scopeBinds;
        }
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(
            QStringLiteral(
                "SELECT a.id, b.id FROM (SELECT c.name, c.%1 AS v FROM customers c WHERE c.%1 IS "
                "NOT NULL AND c.%1 <> '' AND %2 GROUP BY c.name, c.%1 HAVING count(*) > 1) g "
                "CROSS JOIN customers a ON a.name = g.name AND a.%1 = g.v "
                "CROSS JOIN customers b ON b.name = g.name AND b.%1 = g.v AND b.id > a.id "
                "WHERE %3 AND %4 AND NOT EXISTS (SELECT 1 FROM duplicate_dismissals d "
                "WHERE d.a_id = a.id AND d.b_id = b.id)")
                .arg(QLatin1String(column), scopes.at(0), scopes.at(1), scopes.at(2)));
        QString why;
        if (!Support::exec(q, binds, &why)) {
            fail(error, StoreError::Failed, why);
            return page;
        }
        while (q.next()) // a pair with both the same mobile and birth date counts as "mobile"
            pairs.insert({q.value(0).toLongLong(), q.value(1).toLongLong()}, QLatin1String(column));
    }
    if (total)
        *total = int(pairs.size());
    for (auto it = pairs.cbegin(); it != pairs.cend(); ++it) {
        const auto [a, b] = it.key();
        if ((a > afterA || (a == afterA && b > afterB)) && (limit <= 0 || page.size() < limit))
            page.append({a, b, it.value()});
    }
    return page;
}

bool CustomerMerge::dismiss(const Session& session, qint64 a, qint64 b, const QString& reason,
                            StoreError* error)
{
    if (a == b)
        return fail(error, StoreError::Invalid, tr("Name two different customers."));
    const auto first = Support::load(m_db, qMin(a, b), error);
    if (!first)
        return false;
    const auto second = Support::load(m_db, qMax(a, b), error);
    if (!second || !Support::permitted(session, Action::CustomerMerge, *first, error) ||
        !Support::permitted(session, Action::CustomerMerge, *second, error))
        return false;
    if (reason.trimmed().size() < MinimumReasonLength)
        return fail(error, StoreError::Invalid,
                    tr("Say how you know these are two different people (at least %1 "
                       "characters); it is kept in the audit trail.")
                        .arg(MinimumReasonLength));
    if (Support::count(m_db,
                       QStringLiteral("SELECT count(*) FROM duplicate_dismissals WHERE a_id = ? "
                                      "AND b_id = ?"),
                       {first->id, second->id}) > 0)
        return fail(error, StoreError::Invalid,
                    tr("Customers %1 and %2 are already marked as different people.")
                        .arg(first->id)
                        .arg(second->id));
    if (!m_db.transaction())
        return fail(error, StoreError::Failed, m_db.lastError().text());
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO duplicate_dismissals (a_id, b_id, decided_by, "
                             "decided_at, reason) VALUES (?, ?, ?, ?, ?)"));
    QString why;
    if (!Support::exec(
            q, {first->id, second->id, session.userName, lifecycle::now(), reason.trimmed()},
            &why) ||
        !AuditTrail::record(
            m_db, session,
            {QStringLiteral("customer.duplicate_dismiss"), QStringLiteral("customer"),
             QString::number(first->id),
             QJsonObject{{QStringLiteral("a"), first->id}, {QStringLiteral("b"), second->id}},
             reason.trimmed()},
            &why) ||
        !m_db.commit()) {
        m_db.rollback();
        return fail(error, StoreError::Failed, why.isEmpty() ? m_db.lastError().text() : why);
    }
    return true;
}

QHash<QString, QString> CustomerMerge::defaultChoices(CustomerType type,
                                                      const QHash<QString, QString>& keep,
                                                      const QHash<QString, QString>& absorb)
{
    QHash<QString, QString> choices;
    for (const QString& f : CustomerFields::namesFor(type))
        choices.insert(f, keep.value(f).isEmpty() && !absorb.value(f).isEmpty() ? absorbChoice
                                                                                : keepChoice);
    // A resident ID number brings its birth date and gender along.
    if (choices.value(QStringLiteral("id_number")) == absorbChoice &&
        absorb.value(QStringLiteral("id_type")) == QLatin1String("resident_id")) {
        for (const char* f : {"birth_date", "gender"})
            if (!absorb.value(QLatin1String(f)).isEmpty())
                choices.insert(QLatin1String(f), absorbChoice);
    }
    if (choices.contains(QStringLiteral("id_type")))
        choices.insert(QStringLiteral("id_type"), choices.value(QStringLiteral("id_number")));
    return choices;
}

QHash<QString, QString> CustomerMerge::defaultChoices(const CustomerView& keep,
                                                      const CustomerView& absorb)
{
    return defaultChoices(keep.type, keep.values, absorb.values);
}

QHash<QString, QString> CustomerMerge::mergedValues(const StoredCustomer& keep,
                                                    const StoredCustomer& absorb,
                                                    const QHash<QString, QString>& choices)
{
    QHash<QString, QString> merged;
    for (const QString& f : CustomerFields::namesFor(keep.type)) {
        const QString v =
            choices.value(f) == absorbChoice ? absorb.values.value(f) : keep.values.value(f);
        if (!v.isEmpty())
            merged.insert(f, v);
    }
    return merged;
}

HistoryCounts CustomerMerge::history(const Session& session, qint64 id, StoreError* error)
{
    HistoryCounts h;
    const auto c = Support::load(m_db, id, error);
    if (!c || !Support::permitted(session, Action::CustomerRead, *c, error))
        return h;
    auto count = [&](const char* table) {
        return Support::count(
            m_db, QStringLiteral("SELECT count(*) FROM %1 WHERE customer_id = ?").arg(table), {id});
    };
    h.changes = count("customer_changes");
    h.reviews = count("customer_reviews");
    h.consents = count("consents");
    h.holdings = count("holdings");
    return h;
}

QStringList CustomerMerge::differences(const Session& session, qint64 a, qint64 b,
                                       StoreError* error)
{
    QStringList fields;
    const auto first = Support::load(m_db, a, error);
    if (!first || !Support::permitted(session, Action::CustomerRead, *first, error))
        return fields;
    const auto second = Support::load(m_db, b, error);
    if (!second || !Support::permitted(session, Action::CustomerRead, *second, error))
        return fields;
    for (const QString& f : CustomerFields::namesFor(first->type))
        if (first->values.value(f) != second->values.value(f))
            fields << f;
    return fields;
}

bool CustomerMerge::pendingFor(qint64 customerId, qint64 exceptRequest) const
{
    return Support::count(
               m_db,
               QStringLiteral("SELECT count(*) FROM merge_requests WHERE status = "
                              "'pending' AND (keep_id = ? OR absorb_id = ?) AND id <> ?"),
               {customerId, customerId, exceptRequest}) > 0;
}

bool CustomerMerge::request(const Session& session, qint64 keepId, qint64 absorbId,
                            const QHash<QString, QString>& choices, const QString& reason,
                            qint64* requestId, StoreError* error)
{
    if (keepId == absorbId)
        return fail(error, StoreError::Invalid, tr("A customer cannot be merged with itself."));
    const auto keep = Support::load(m_db, keepId, error);
    if (!keep)
        return false;
    const auto absorb = Support::load(m_db, absorbId, error);
    if (!absorb || !Support::permitted(session, Action::CustomerUpdate, *keep, error) ||
        !Support::permitted(session, Action::CustomerUpdate, *absorb, error))
        return false;
    if (keep->type != absorb->type)
        return fail(error, StoreError::Invalid,
                    tr("Customer %1 is an individual and %2 an institution (or the other way "
                       "round): they cannot be the same customer.")
                        .arg(keepId)
                        .arg(absorbId));
    if (reason.trimmed().size() < MinimumReasonLength)
        return fail(error, StoreError::Invalid,
                    tr("Say why these records are the same customer (at least %1 characters); "
                       "the approver reads it and it is kept in the audit trail.")
                        .arg(MinimumReasonLength));
    const QStringList fields = CustomerFields::namesFor(keep->type);
    for (auto it = choices.cbegin(); it != choices.cend(); ++it) {
        if (!fields.contains(it.key()))
            return fail(error, StoreError::Invalid,
                        tr("%1 is not a field of this customer; choose among: %2.")
                            .arg(it.key(), fields.join(QStringLiteral(", "))));
        if (it.value() != keepChoice && it.value() != absorbChoice)
            return fail(error, StoreError::Invalid,
                        tr("%1: say keep or absorb.").arg(CustomerFields::label(it.key())));
    }
    for (const qint64 id : {keepId, absorbId})
        if (pendingFor(id, 0))
            return fail(error, StoreError::Invalid,
                        tr("Customer %1 already has a merge request waiting for a decision; "
                           "wait for it or ask a supervisor to reject it.")
                            .arg(id));
    QHash<QString, QString> full = defaultChoices(keep->type, keep->values, absorb->values);
    for (auto it = choices.cbegin(); it != choices.cend(); ++it)
        full.insert(it.key(), it.value());
    full.insert(QStringLiteral("id_type"), full.value(QStringLiteral("id_number")));
    if (!fields.contains(QStringLiteral("id_type")))
        full.remove(QStringLiteral("id_type"));
    QHash<QString, QString> merged = mergedValues(*keep, *absorb, full);
    const QList<FieldError> problems =
        CustomerFields::normalise(keep->type, &merged, true, m_today);
    if (!problems.isEmpty())
        return fail(error, StoreError::Invalid,
                    tr("The merged record would not be valid: %1 Choose the other value.")
                        .arg(problems.first().message));

    QJsonObject choiceJson;
    for (auto it = full.cbegin(); it != full.cend(); ++it)
        choiceJson.insert(it.key(), it.value());
    if (!m_db.transaction())
        return fail(error, StoreError::Failed, m_db.lastError().text());
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO merge_requests (keep_id, absorb_id, keep_branch, absorb_branch, "
        "keep_rm_user_id, absorb_rm_user_id, choices, reason, requested_by_id, requested_by, "
        "requested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QString why;
    const bool inserted =
        Support::exec(q,
                      {keepId, absorbId, keep->branch, absorb->branch,
                       keep->rmUserId ? QVariant(keep->rmUserId) : QVariant(),
                       absorb->rmUserId ? QVariant(absorb->rmUserId) : QVariant(),
                       QString::fromUtf8(QJsonDocument(choiceJson).toJson(QJsonDocument::Compact)),
                       reason.trimmed(), session.userId, session.userName, lifecycle::now()},
                      &why);
    const qint64 newId = inserted ? q.lastInsertId().toLongLong() : 0;
    MergeRequest shown;
    shown.choices = full;
    if (!inserted ||
        !AuditTrail::record(
            m_db, session,
            {QStringLiteral("customer.merge_request"), QStringLiteral("customer"),
             QString::number(keepId),
             QJsonObject{{QStringLiteral("request"), newId},
                         {QStringLiteral("keep"), keepId},
                         {QStringLiteral("absorb"), absorbId},
                         {QStringLiteral("take"), QJsonArray::fromStringList(shown.taken())}},
             reason.trimmed()},
            &why) ||
        !m_db.commit()) {
        m_db.rollback();
        return fail(error, StoreError::Failed, why.isEmpty() ? m_db.lastError().text() : why);
    }
    if (requestId)
        *requestId = newId;
    return true;
}

std::optional<MergeRequest> CustomerMerge::load(qint64 requestId, StoreError* error) const
{
    QSqlQuery q(m_db);
    q.prepare(requestColumns + QStringLiteral("WHERE r.id = ?"));
    q.addBindValue(requestId);
    if (!q.exec()) {
        fail(error, StoreError::Failed, q.lastError().text());
        return std::nullopt;
    }
    if (!q.next()) {
        fail(error, StoreError::NotFound, tr("There is no merge request %1.").arg(requestId));
        return std::nullopt;
    }
    return requestFrom(q);
}

std::optional<MergeRequest> CustomerMerge::find(const Session& session, qint64 requestId,
                                                StoreError* error)
{
    QVariantList binds;
    const QString scope = requestScope(session, &binds, error);
    if (scope.isEmpty())
        return std::nullopt;
    const auto request = load(requestId, error);
    if (!request)
        return std::nullopt;
    binds.prepend(requestId);
    if (Support::count(m_db,
                       QStringLiteral("SELECT count(*) FROM merge_requests r WHERE r.id = ? AND ") +
                           scope,
                       binds) == 0) {
        fail(error, StoreError::Forbidden,
             tr("Merge request %1 is about customers outside your scope.").arg(requestId));
        return std::nullopt;
    }
    return request;
}

QList<MergeRequest> CustomerMerge::requests(const Session& session, bool pendingOnly,
                                            StoreError* error, int limit)
{
    QList<MergeRequest> list;
    QVariantList binds;
    const QString scope = requestScope(session, &binds, error);
    if (scope.isEmpty())
        return list;
    binds << (limit > 0 ? limit : -1);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(requestColumns + QStringLiteral("WHERE %1 %2 ORDER BY r.id DESC LIMIT ?")
                                   .arg(scope, pendingOnly ? QStringLiteral("AND r.status = "
                                                                            "'pending'")
                                                           : QString()));
    QString why;
    if (!Support::exec(q, binds, &why)) {
        fail(error, StoreError::Failed, why);
        return list;
    }
    while (q.next())
        list.append(requestFrom(q));
    return list;
}

QList<qint64> CustomerMerge::absorbedInto(qint64 survivor) const
{
    QList<qint64> ids;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM merged_customers WHERE merged_into = ? ORDER BY id"));
    q.addBindValue(survivor);
    if (q.exec())
        while (q.next())
            ids.append(q.value(0).toLongLong());
    return ids;
}

} // namespace rmdesk
