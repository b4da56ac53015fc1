#include "customerretention.h"

#include "stores/audittrail.h"
#include "stores/customersearch.h"
#include "stores/lifecyclesupport.h"
#include "stores/rulestore.h"

#include <QJsonObject>
#include <QSqlError>

namespace rmdesk {

namespace {

// A complaint that still needs work (a decided one may yet be disputed).
const QString unfinishedComplaint =
    QStringLiteral("status NOT IN ('closed', 'withdrawn', 'merged')");

} // namespace

using lifecycle::StoredCustomer;
using lifecycle::Support;

namespace {

constexpr int MinimumReasonLength = 4;

const QString requestColumns = QStringLiteral(
    "SELECT id, customer_id, branch_code, ended_on, reason, requested_by_id, requested_by, "
    "requested_role, requested_at, status, coalesce(decided_by, ''), coalesce(decided_role, ''), "
    "coalesce(decided_at, ''), coalesce(decision_note, '') FROM purge_requests r ");

PurgeRequest requestFrom(const QSqlQuery& q)
{
    return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
            q.value(3).toString(),   q.value(4).toString(),   q.value(5).toLongLong(),
            q.value(6).toString(),   q.value(7).toString(),   q.value(8).toString(),
            q.value(9).toString(),   q.value(10).toString(),  q.value(11).toString(),
            q.value(12).toString(),  q.value(13).toString()};
}

bool reasonGiven(const QString& reason, StoreError* error, const QString& what)
{
    if (reason.trimmed().size() >= MinimumReasonLength)
        return true;
    return fail(error, StoreError::Invalid, what);
}

} // namespace

CustomerRetention::CustomerRetention(QSqlDatabase db, QDate today)
    : m_db(std::move(db))
    , m_today(today)
{}

int CustomerRetention::retentionYears() const
{
    for (const Rule& r : RuleStore(m_db).rulesInForce(m_today))
        if (r.ruleSet == QLatin1String("record_retention") &&
            r.key == QLatin1String("years_after_end"))
            return qMax(0, r.value.toInt());
    return 0;
}

bool CustomerRetention::holdBlocks() const
{
    for (const Rule& r : RuleStore(m_db).rulesInForce(m_today))
        if (r.ruleSet == QLatin1String("record_retention") &&
            r.key == QLatin1String("hold_while_aml_investigation_open"))
            return r.value.trimmed().toLower() != QLatin1String("false");
    return true;
}

QDate CustomerRetention::cutoff() const
{
    return m_today.addYears(-retentionYears());
}

std::optional<RetentionState> CustomerRetention::state(const Session& session, qint64 id,
                                                       StoreError* error)
{
    const auto c = Support::load(m_db, id, error);
    if (!c || !Support::permitted(session, Action::CustomerRead, *c, error))
        return std::nullopt;
    RetentionState s;
    s.id = id;
    s.status = c->value("status");
    s.endedOn = QDate::fromString(c->value("relationship_ended_on"), Qt::ISODate);
    s.endReason = c->value("end_reason");
    // Whether an AML investigation is open is for those who act on it, not for the RM.
    if (Permissions::allows(session, Action::CustomerAmlHold) ||
        Permissions::allows(session, Action::CustomerPurge)) {
        s.amlHold = c->value("aml_hold") == QLatin1String("1");
        s.amlHoldReason = c->value("aml_hold_reason");
    }
    const int years = retentionYears();
    if (s.status != QLatin1String("ended") || !s.endedOn.isValid()) {
        s.notPurgeable = tr("The relationship has not ended.");
    } else if (years <= 0) {
        s.notPurgeable = tr("No record retention rule is in force, so nothing may be purged.");
    } else {
        s.purgeableFrom = s.endedOn.addYears(years);
        if (s.endedOn > cutoff())
            s.notPurgeable = tr("Records must be kept until %1 (%n year(s) after the relationship "
                                "ended).",
                                nullptr, years)
                                 .arg(s.purgeableFrom.toString(Qt::ISODate));
        else if (c->value("aml_hold") == QLatin1String("1") && holdBlocks())
            s.notPurgeable = tr("The records are held for an open anti-money-laundering "
                                "investigation.");
        else if (Support::count(m_db,
                                QStringLiteral("SELECT count(*) FROM complaints WHERE "
                                               "customer_id = ? AND %1")
                                    .arg(unfinishedComplaint),
                                {id}) > 0)
            s.notPurgeable = tr("A complaint of this customer is not finished yet; close it "
                                "first.");
    }
    s.purgeable = s.notPurgeable.isEmpty();
    return s;
}

bool CustomerRetention::endRelationship(const Session& session, qint64 id, const QDate& on,
                                        const QString& reason, StoreError* error)
{
    const auto c = Support::load(m_db, id, error);
    if (!c || !Support::permitted(session, Action::CustomerUpdate, *c, error))
        return false;
    if (c->value("status") == QLatin1String("ended"))
        return fail(error, StoreError::Invalid,
                    tr("The relationship with customer %1 already ended on %2.")
                        .arg(id)
                        .arg(c->value("relationship_ended_on")));
    if (!on.isValid() || on > m_today)
        return fail(error, StoreError::Invalid,
                    tr("The end date must be a date like 2026-01-31, not in the future."));
    if (!reasonGiven(
            reason, error,
            tr("Say why the relationship ends (at least %1 characters).").arg(MinimumReasonLength)))
        return false;
    const QString at = lifecycle::now();
    const QString endedOn = on.toString(Qt::ISODate);
    if (!m_db.transaction())
        return fail(error, StoreError::Failed, m_db.lastError().text());
    QSqlQuery q(m_db);
    QString why;
    auto run = [&](const QString& sql, const QVariantList& binds) {
        q.prepare(sql);
        return Support::exec(q, binds, &why);
    };
    const QString change = QStringLiteral(
        "INSERT INTO customer_changes (customer_id, at, user_name, field, old_value, new_value, "
        "reason) VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!run(QStringLiteral("UPDATE customers SET status = 'ended', relationship_ended_on = ?, "
                            "end_reason = ?, updated_at = ? WHERE id = ?"),
             {endedOn, reason.trimmed(), at, id}) ||
        !run(change, {id, at, session.userName, QStringLiteral("status"), QStringLiteral("active"),
                      QStringLiteral("ended"), reason.trimmed()}) ||
        !run(change, {id, at, session.userName, QStringLiteral("relationship_ended_on"), QVariant(),
                      endedOn, reason.trimmed()}) ||
        !AuditTrail::record(m_db, session,
                            {QStringLiteral("customer.end"), QStringLiteral("customer"),
                             QString::number(id),
                             QJsonObject{{QStringLiteral("ended_on"), endedOn}}, reason.trimmed()},
                            &why) ||
        !m_db.commit()) {
        m_db.rollback();
        return fail(error, StoreError::Failed, why.isEmpty() ? m_db.lastError().text() : why);
    }
    return true;
}

bool CustomerRetention::reopen(const Session& session, qint64 id, const QString& reason,
                               StoreError* error)
{
    const auto c = Support::load(m_db, id, error);
    if (!c || !Support::permitted(session, Action::CustomerReopen, *c, error))
        return false;
    if (c->value("status") != QLatin1String("ended"))
        return fail(error, StoreError::Invalid,
                    tr("The relationship with customer %1 has not ended.").arg(id));
    if (!reasonGiven(reason, error,
                     tr("Say why the relationship is reopened (at least %1 characters).")
                         .arg(MinimumReasonLength)))
        return false;
    const QString at = lifecycle::now();
    if (!m_db.transaction())
        return fail(error, StoreError::Failed, m_db.lastError().text());
    QSqlQuery q(m_db);
    QString why;
    auto run = [&](const QString& sql, const QVariantList& binds) {
        q.prepare(sql);
        return Support::exec(q, binds, &why);
    };
    const QString change = QStringLiteral(
        "INSERT INTO customer_changes (customer_id, at, user_name, field, old_value, new_value, "
        "reason) VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!run(QStringLiteral("UPDATE customers SET status = 'active', relationship_ended_on = NULL, "
                            "end_reason = NULL, updated_at = ? WHERE id = ?"),
             {at, id}) ||
        !run(change, {id, at, session.userName, QStringLiteral("status"), QStringLiteral("ended"),
                      QStringLiteral("active"), reason.trimmed()}) ||
        !run(change, {id, at, session.userName, QStringLiteral("relationship_ended_on"),
                      c->value("relationship_ended_on"), QVariant(), reason.trimmed()}) ||
        !AuditTrail::record(
            m_db, session,
            {QStringLiteral("customer.reopen"), QStringLiteral("customer"), QString::number(id),
             QJsonObject{{QStringLiteral("ended_on"), c->value("relationship_ended_on")}},
             reason.trimmed()},
            &why) ||
        !m_db.commit()) {
        m_db.rollback();
        return fail(error, StoreError::Failed, why.isEmpty() ? m_db.lastError().text() : why);
    }
    return true;
}

bool CustomerRetention::setAmlHold(const Session& session, qint64 id, bool hold,
                                   const QString& reason, StoreError* error)
{
    const auto c = Support::load(m_db, id, error);
    if (!c || !Support::permitted(session, Action::CustomerAmlHold, *c, error))
        return false;
    const bool held = c->value("aml_hold") == QLatin1String("1");
    if (held == hold)
        return fail(error, StoreError::Invalid,
                    hold ? tr("Customer %1 is already held for an AML investigation.").arg(id)
                         : tr("Customer %1 is not held.").arg(id));
    if (!reasonGiven(reason, error,
                     tr("Give the reason or case reference (at least %1 characters).")
                         .arg(MinimumReasonLength)))
        return false;
    if (!m_db.transaction())
        return fail(error, StoreError::Failed, m_db.lastError().text());
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE customers SET aml_hold = ?, aml_hold_reason = ?, "
                             "aml_hold_by = ?, aml_hold_at = ? WHERE id = ?"));
    QString why;
    const QVariantList binds =
        hold ? QVariantList{1, reason.trimmed(), session.userName, lifecycle::now(), id}
             : QVariantList{0, QVariant(), QVariant(), QVariant(), id};
    if (!Support::exec(q, binds, &why) ||
        !AuditTrail::record(
            m_db, session,
            {hold ? QStringLiteral("customer.aml_hold") : QStringLiteral("customer.aml_release"),
             QStringLiteral("customer"), QString::number(id), QJsonObject(), reason.trimmed()},
            &why) ||
        !m_db.commit()) {
        m_db.rollback();
        return fail(error, StoreError::Failed, why.isEmpty() ? m_db.lastError().text() : why);
    }
    return true;
}

bool CustomerRetention::requestPurge(const Session& session, qint64 id, const QString& reason,
                                     qint64* requestId, StoreError* error)
{
    if (!Permissions::allows(session, Action::CustomerPurge))
        return fail(error, StoreError::Forbidden,
                    Permissions::refusal(session, Action::CustomerPurge));
    const auto c = Support::load(m_db, id, error);
    if (!c || !Support::permitted(session, Action::CustomerPurge, *c, error))
        return false;
    const auto s = state(session, id, error);
    if (!s)
        return false;
    if (!s->purgeable)
        return fail(error, StoreError::Invalid,
                    tr("Customer %1 cannot be purged: %2").arg(id).arg(s->notPurgeable));
    if (!reasonGiven(reason, error,
                     tr("Say why the customer is purged (at least %1 characters).")
                         .arg(MinimumReasonLength)))
        return false;
    if (Support::count(m_db,
                       QStringLiteral("SELECT count(*) FROM purge_requests WHERE customer_id = ? "
                                      "AND status = 'pending'"),
                       {id}) > 0)
        return fail(error, StoreError::Invalid,
                    tr("A purge of customer %1 is already waiting for approval.").arg(id));
    if (Support::count(m_db,
                       QStringLiteral("SELECT count(*) FROM merge_requests WHERE status = "
                                      "'pending' AND (keep_id = ? OR absorb_id = ?)"),
                       {id, id}) > 0)
        return fail(error, StoreError::Invalid,
                    tr("Customer %1 has a merge request waiting; decide it first.").arg(id));
    if (!m_db.transaction())
        return fail(error, StoreError::Failed, m_db.lastError().text());
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO purge_requests (customer_id, branch_code, ended_on, "
                             "reason, requested_by_id, requested_by, requested_role, "
                             "requested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString endedOn = s->endedOn.toString(Qt::ISODate);
    QString why;
    const bool inserted =
        Support::exec(q,
                      {id, c->branch, endedOn, reason.trimmed(), session.userId, session.userName,
                       roleName(session.role), lifecycle::now()},
                      &why);
    const qint64 newId = inserted ? q.lastInsertId().toLongLong() : 0;
    if (!inserted ||
        !AuditTrail::record(
            m_db, session,
            {QStringLiteral("customer.purge_request"), QStringLiteral("customer"),
             QString::number(id),
             QJsonObject{{QStringLiteral("request"), newId}, {QStringLiteral("ended_on"), endedOn}},
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

std::optional<PurgeRequest> CustomerRetention::loadRequest(qint64 requestId,
                                                           StoreError* error) const
{
    QSqlQuery q(m_db);
    q.prepare(requestColumns + QStringLiteral("WHERE r.id = ?"));
    q.addBindValue(requestId);
    if (!q.exec()) {
        fail(error, StoreError::Failed, q.lastError().text());
        return std::nullopt;
    }
    if (!q.next()) {
        fail(error, StoreError::NotFound, tr("There is no purge request %1.").arg(requestId));
        return std::nullopt;
    }
    return requestFrom(q);
}

bool CustomerRetention::approvePurge(const Session& session, qint64 requestId, StoreError* error)
{
    if (!Permissions::allows(session, Action::CustomerPurge))
        return fail(error, StoreError::Forbidden,
                    Permissions::refusal(session, Action::CustomerPurge));
    const auto r = loadRequest(requestId, error);
    if (!r)
        return false;
    if (r->status != QLatin1String("pending"))
        return fail(error, StoreError::Invalid,
                    tr("Purge request %1 was already decided (%2).").arg(requestId).arg(r->status));
    if (!Permissions::allows(session, Action::CustomerPurge, Target{r->branch, 0}))
        return fail(error, StoreError::Forbidden,
                    tr("Customer %1 is not in your branch: a supervisor of branch %2 approves "
                       "this purge.")
                        .arg(r->customerId)
                        .arg(r->branch));
    if (session.userId == r->requestedById)
        return fail(error, StoreError::Forbidden,
                    tr("You asked for this purge yourself: someone else must approve it."));
    if (roleName(session.role) == r->requestedRole)
        return fail(error, StoreError::Forbidden,
                    tr("A purge needs a supervisor and a compliance officer: it was asked for "
                       "by a %1, so a %1 cannot approve it.")
                        .arg(r->requestedRole));
    const auto s = state(session, r->customerId, error);
    if (!s)
        return false;
    if (!s->purgeable)
        return fail(error, StoreError::Invalid,
                    tr("Customer %1 cannot be purged: %2").arg(r->customerId).arg(s->notPurgeable));

    const qint64 id = r->customerId;
    const QString at = lifecycle::now();
    QJsonObject removed;
    if (!m_db.transaction())
        return fail(error, StoreError::Failed, m_db.lastError().text());
    QSqlQuery q(m_db);
    QString why;
    auto run = [&](const QString& sql, const QVariantList& binds) {
        q.prepare(sql);
        return Support::exec(q, binds, &why);
    };
    // Survey responses first (they point at tasks, interactions and complaints), then service
    // records and complaints: their products, tasks, timelines and actions point at them. Other
    // complaints merged into this customer's lose only that link.
    const QString mine = QStringLiteral("(SELECT id FROM complaints WHERE customer_id = ?)");
    bool ok = run(QStringLiteral("DELETE FROM survey_answers WHERE response_id IN "
                                 "(SELECT id FROM survey_responses WHERE customer_id = ?)"),
                  {id}) &&
              run(QStringLiteral("DELETE FROM survey_responses WHERE customer_id = ?"), {id});
    if (ok)
        removed.insert(QStringLiteral("survey_responses"), q.numRowsAffected());
    ok =
        ok &&
        run(QStringLiteral("DELETE FROM interaction_products WHERE interaction_id IN "
                           "(SELECT id FROM interactions WHERE customer_id = ?)"),
            {id}) &&
        run(QStringLiteral("DELETE FROM complaint_events WHERE complaint_id IN ") + mine, {id}) &&
        run(QStringLiteral("DELETE FROM complaint_actions WHERE complaint_id IN ") + mine, {id}) &&
        run(QStringLiteral("UPDATE complaints SET merged_into = NULL WHERE merged_into IN ") + mine,
            {id});
    // Holdings are series (schema 13): the count is of month-end balances, as before.
    const int months = Support::count(
        m_db, QStringLiteral("SELECT count(*) FROM holdings WHERE customer_id = ?"), {id});
    ok = ok && run(QStringLiteral("DELETE FROM holding_series WHERE customer_id = ?"), {id});
    if (ok)
        removed.insert(QStringLiteral("holdings"), months);
    for (const char* table :
         {"tasks", "interactions", "complaints", "customer_changes", "change_checks",
          "customer_reviews", "review_due_changes", "consents", "drafts", "stage_overrides",
          "stage_transitions", "merged_customers"}) {
        const QString column = QLatin1String(table) == QLatin1String("merged_customers")
                                   ? QStringLiteral("merged_into")
                                   : QStringLiteral("customer_id");
        ok = ok && run(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(table, column), {id});
        if (ok)
            removed.insert(QLatin1String(table), q.numRowsAffected());
    }
    // A supervisor's finding on a sampled record stays; it no longer names the customer.
    ok =
        ok && run(QStringLiteral("UPDATE spot_checks SET customer_id = NULL WHERE customer_id = ?"),
                  {id});
    ok = ok &&
         run(QStringLiteral("DELETE FROM duplicate_dismissals WHERE a_id = ? OR b_id = ?"),
             {id, id}) &&
         CustomerSearch::unindex(m_db, id, &why) &&
         run(QStringLiteral("DELETE FROM customers WHERE id = ?"), {id}) &&
         run(QStringLiteral("INSERT INTO purged_customers (customer_id, purged_at, ended_on, "
                            "purge_request_id, requested_by, approved_by) "
                            "VALUES (?, ?, ?, ?, ?, ?)"),
             {id, at, r->endedOn, requestId, r->requestedBy, session.userName}) &&
         run(QStringLiteral("UPDATE purge_requests SET status = 'approved', decided_by_id = ?, "
                            "decided_by = ?, decided_role = ?, decided_at = ? WHERE id = ?"),
             {session.userId, session.userName, roleName(session.role), at, requestId}) &&
         AuditTrail::record(m_db, session,
                            {QStringLiteral("customer.purge"), QStringLiteral("customer"),
                             QString::number(id),
                             QJsonObject{{QStringLiteral("request"), requestId},
                                         {QStringLiteral("ended_on"), r->endedOn},
                                         {QStringLiteral("retention_years"), retentionYears()},
                                         {QStringLiteral("requested_by"), r->requestedBy},
                                         {QStringLiteral("requested_role"), r->requestedRole},
                                         {QStringLiteral("approved_by"), session.userName},
                                         {QStringLiteral("approved_role"), roleName(session.role)},
                                         {QStringLiteral("removed"), removed}},
                             QString()},
                            &why);
    if (!ok || !m_db.commit()) {
        m_db.rollback();
        return fail(
            error, StoreError::Failed,
            tr("Nothing was purged: %1").arg(why.isEmpty() ? m_db.lastError().text() : why));
    }
    return true;
}

bool CustomerRetention::rejectPurge(const Session& session, qint64 requestId, const QString& note,
                                    StoreError* error)
{
    if (!Permissions::allows(session, Action::CustomerPurge))
        return fail(error, StoreError::Forbidden,
                    Permissions::refusal(session, Action::CustomerPurge));
    const auto r = loadRequest(requestId, error);
    if (!r)
        return false;
    if (!Permissions::allows(session, Action::CustomerPurge, Target{r->branch, 0}))
        return fail(error, StoreError::Forbidden,
                    tr("Customer %1 is not in your branch.").arg(r->customerId));
    if (r->status != QLatin1String("pending"))
        return fail(error, StoreError::Invalid,
                    tr("Purge request %1 was already decided (%2).").arg(requestId).arg(r->status));
    if (!reasonGiven(
            note, error,
            tr("Say why the purge is rejected (at least %1 characters).").arg(MinimumReasonLength)))
        return false;
    if (!m_db.transaction())
        return fail(error, StoreError::Failed, m_db.lastError().text());
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE purge_requests SET status = 'rejected', decided_by_id = ?, "
                             "decided_by = ?, decided_role = ?, decided_at = ?, decision_note = ? "
                             "WHERE id = ?"));
    QString why;
    if (!Support::exec(q,
                       {session.userId, session.userName, roleName(session.role), lifecycle::now(),
                        note.trimmed(), requestId},
                       &why) ||
        !AuditTrail::record(m_db, session,
                            {QStringLiteral("customer.purge_reject"), QStringLiteral("customer"),
                             QString::number(r->customerId),
                             QJsonObject{{QStringLiteral("request"), requestId}}, note.trimmed()},
                            &why) ||
        !m_db.commit()) {
        m_db.rollback();
        return fail(error, StoreError::Failed, why.isEmpty() ? m_db.lastError().text() : why);
    }
    return true;
}

QList<PurgeRequest> CustomerRetention::purgeRequests(const Session& session, bool pendingOnly,
                                                     StoreError* error, int limit)
{
    QList<PurgeRequest> list;
    QVariantList binds;
    const QString scope =
        Support::scopeClause(session, Action::CustomerPurge, QStringLiteral("r"), &binds, error);
    if (scope.isEmpty())
        return list;
    binds << (limit > 0 ? limit : -1);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(requestColumns + QStringLiteral("WHERE %1 %2 ORDER BY r.id DESC LIMIT ?")
                                   .arg(scope, pendingOnly
                                                   ? QStringLiteral("AND r.status = 'pending'")
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

QList<EndedCustomer> CustomerRetention::purgeable(const Session& session, int limit, int* total,
                                                  StoreError* error)
{
    QList<EndedCustomer> list;
    if (total)
        *total = 0;
    QVariantList binds;
    const QString scope =
        Support::scopeClause(session, Action::CustomerPurge, QStringLiteral("c"), &binds, error);
    if (scope.isEmpty() || retentionYears() <= 0)
        return list;
    binds.prepend(cutoff().toString(Qt::ISODate));
    // customers_status (status, relationship_ended_on) finds them.
    const QString where =
        QStringLiteral("FROM customers c WHERE c.status = 'ended' AND c.relationship_ended_on <= ? "
                       "AND %1 %2 AND NOT EXISTS (SELECT 1 FROM purge_requests p WHERE "
                       "p.customer_id = c.id AND p.status = 'pending') AND NOT EXISTS (SELECT 1 "
                       "FROM complaints k WHERE k.customer_id = c.id AND %3) ")
            .arg(scope, holdBlocks() ? QStringLiteral("AND c.aml_hold = 0") : QString(),
                 unfinishedComplaint);
    if (total)
        *total = Support::count(m_db, QStringLiteral("SELECT count(*) ") + where, binds);
    binds << (limit > 0 ? limit : -1);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT c.id, c.branch_code, c.relationship_ended_on, "
                             "coalesce(c.end_reason, '') ") +
              where + QStringLiteral("ORDER BY c.relationship_ended_on, c.id LIMIT ?"));
    QString why;
    if (!Support::exec(q, binds, &why)) {
        fail(error, StoreError::Failed, why);
        return list;
    }
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString()});
    return list;
}

} // namespace rmdesk
