#include "changecheckstore.h"

#include "security/masking.h"
#include "security/permissions.h"
#include "stores/audittrail.h"
#include "stores/customeredit.h"
#include "stores/lifecyclesupport.h"
#include "stores/rulestore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace rmdesk {

using lifecycle::Support;

namespace {

const QString selectChecks = QStringLiteral(
    "SELECT k.id, k.customer_id, c.type, c.name, c.branch_code, k.changed_at, k.changed_by_id, "
    "coalesce(a.name, ''), k.status, coalesce(b.name, ''), coalesce(k.checked_at, ''), "
    "coalesce(k.note, ''), coalesce(k.restored, 0) FROM change_checks k JOIN customers c ON c.id = "
    "k.customer_id "
    "LEFT JOIN users a ON a.id = k.changed_by_id LEFT JOIN users b ON b.id = k.checked_by_id ");

} // namespace

ChangeCheckStore::ChangeCheckStore(QSqlDatabase db, QDate today)
    : m_db(std::move(db))
    , m_today(today)
{
    for (const Rule& r : RuleStore(m_db).rulesInForce(m_today))
        if (r.ruleSet == QLatin1String("change_check") &&
            r.key == QLatin1String("check_within_days") && r.value.toInt() > 0)
            m_withinDays = r.value.toInt();
}

QList<ChangeCheck> ChangeCheckStore::read(const QString& where, const QVariantList& binds,
                                          const QString& tail, StoreError* error,
                                          bool unmasked) const
{
    QList<ChangeCheck> list;
    const Masker masker = Masker::fromRules(m_db);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(selectChecks + QStringLiteral("WHERE ") + where + QLatin1Char(' ') + tail);
    QString why;
    if (!Support::exec(q, binds, &why)) {
        fail(error, StoreError::Failed, why);
        return list;
    }
    QSqlQuery f(m_db);
    f.setForwardOnly(true);
    f.prepare(QStringLiteral("SELECT field, coalesce(old_value, ''), coalesce(new_value, ''), "
                             "reason, coalesce(proof_type, ''), coalesce(proof_ref, '') "
                             "FROM customer_changes WHERE check_id = ? ORDER BY id"));
    while (q.next()) {
        ChangeCheck c;
        c.id = q.value(0).toLongLong();
        c.customerId = q.value(1).toLongLong();
        const CustomerType type =
            customerTypeFromName(q.value(2).toString()).value_or(CustomerType::Individual);
        c.customerName = masker.mask(type, QStringLiteral("name"), q.value(3).toString());
        c.branch = q.value(4).toString();
        c.changedAt = q.value(5).toString();
        c.changedById = q.value(6).toLongLong();
        c.changedBy = q.value(7).toString();
        c.status = q.value(8).toString();
        c.checkedBy = q.value(9).toString();
        c.checkedAt = q.value(10).toString();
        c.note = q.value(11).toString();
        c.restored = q.value(12).toInt() == 1;
        const QDateTime at = QDateTime::fromString(c.changedAt, Qt::ISODateWithMs);
        c.dueOn = ChangeCheckRules::dueOn(at, m_withinDays);
        c.late = c.status == QLatin1String("pending") &&
                 ChangeCheckRules::isLate(at, m_withinDays, m_today);
        if (!Support::exec(f, {c.id}, &why)) {
            fail(error, StoreError::Failed, why);
            return {};
        }
        while (f.next()) {
            const QString field = f.value(0).toString();
            const QString before = f.value(1).toString();
            const QString after = f.value(2).toString();
            c.fields.append({field, unmasked ? before : masker.mask(type, field, before),
                             unmasked ? after : masker.mask(type, field, after)});
            c.reason = f.value(3).toString();
            c.proofType = f.value(4).toString();
            c.proofRef = f.value(5).toString();
        }
        list.append(c);
    }
    return list;
}

QList<ChangeCheck> ChangeCheckStore::checks(const Session& session, bool pendingOnly, int limit,
                                            int* total, StoreError* error, int* late)
{
    QVariantList binds;
    QString where = Support::scopeClause(session, Action::CustomerChangeCheck, QStringLiteral("c"),
                                         &binds, error);
    if (where.isEmpty())
        return {};
    if (pendingOnly)
        where += QStringLiteral(" AND k.status = 'pending'");
    if (total)
        *total = Support::count(
            m_db,
            QStringLiteral("SELECT count(*) FROM change_checks k JOIN customers c ON "
                           "c.id = k.customer_id WHERE ") +
                where,
            binds);
    if (late)
        *late = countLate(where, binds);
    QVariantList all = binds;
    all.append(limit);
    return read(where, all,
                pendingOnly ? QStringLiteral("ORDER BY k.changed_at, k.id LIMIT ?")
                            : QStringLiteral("ORDER BY k.id DESC LIMIT ?"),
                error);
}

int ChangeCheckStore::countLate(const QString& where, const QVariantList& binds) const
{
    // Pending and changed before the first day that is not yet late (ChangeCheckRules).
    const QString cutoff =
        QDateTime(m_today.addDays(-m_withinDays), QTime(0, 0)).toUTC().toString(Qt::ISODateWithMs);
    return Support::count(m_db,
                          QStringLiteral("SELECT count(*) FROM change_checks k JOIN customers c "
                                         "ON c.id = k.customer_id WHERE k.status = 'pending' AND "
                                         "k.changed_at < ? AND ") +
                              where,
                          QVariantList{cutoff} + binds);
}

std::optional<int> ChangeCheckStore::waiting(const Session& session, const QString& branch,
                                             const QString& rm, int* late, StoreError* error)
{
    QVariantList binds;
    QString where = Support::scopeClause(session, Action::CustomerChangeCheck, QStringLiteral("c"),
                                         &binds, error);
    if (where.isEmpty())
        return std::nullopt;
    if (!branch.isEmpty()) {
        where += QStringLiteral(" AND c.branch_code = ?");
        binds << branch;
    }
    if (!rm.isEmpty()) {
        where += QStringLiteral(" AND c.rm_user_id = (SELECT id FROM users WHERE name = ?)");
        binds << rm;
    }
    const int pending = Support::count(m_db,
                                       QStringLiteral("SELECT count(*) FROM change_checks k JOIN "
                                                      "customers c ON c.id = k.customer_id WHERE "
                                                      "k.status = 'pending' AND ") +
                                           where,
                                       binds);
    if (late)
        *late = countLate(where, binds);
    return pending;
}

std::optional<ChangeCheck> ChangeCheckStore::find(const Session& session, qint64 id,
                                                  StoreError* error)
{
    // Checks outside the session's scope are not there: the same answer as a missing one.
    QVariantList binds{id};
    const QString scope = Support::scopeClause(session, Action::CustomerChangeCheck,
                                               QStringLiteral("c"), &binds, error);
    if (scope.isEmpty())
        return std::nullopt;
    StoreError readError;
    const auto found = read(QStringLiteral("k.id = ? AND ") + scope, binds, QString(), &readError);
    if (!found.isEmpty())
        return found.first();
    if (readError.ok())
        fail(&readError, StoreError::NotFound,
             tr("There is no change check %1 among the customers you may check.").arg(id));
    if (error)
        *error = readError;
    return std::nullopt;
}

std::optional<ChangeCheck> ChangeCheckStore::reveal(const Session& session, qint64 id,
                                                    const QString& reason, StoreError* error)
{
    const auto check = find(session, id, error);
    if (!check)
        return std::nullopt;
    const auto customer = Support::load(m_db, check->customerId, error);
    if (!customer)
        return std::nullopt;
    QStringList fields;
    for (const FieldChange& f : check->fields)
        fields << f.field;
    QString why;
    if (!UnmaskRecorder::record(m_db, session, QStringLiteral("customer"),
                                QString::number(check->customerId), customer->target(), fields,
                                reason, &why)) {
        fail(error,
             Permissions::allows(session, Action::CustomerUnmask, customer->target())
                 ? StoreError::Invalid
                 : StoreError::Forbidden,
             why);
        return std::nullopt;
    }
    const auto shown = read(QStringLiteral("k.id = ?"), {id}, QString(), error, true);
    if (shown.isEmpty())
        return std::nullopt;
    return shown.first();
}

bool ChangeCheckStore::confirm(const Session& session, qint64 id, const QString& note,
                               StoreError* error)
{
    return decide(session, id, false, note, error, nullptr);
}

bool ChangeCheckStore::reject(const Session& session, qint64 id, const QString& note,
                              StoreError* error, QString* notRestored)
{
    return decide(session, id, true, note, error, notRestored);
}

bool ChangeCheckStore::decide(const Session& session, qint64 id, bool rejecting,
                              const QString& note, StoreError* error, QString* notRestored)
{
    const auto check = find(session, id, error);
    if (!check)
        return false;
    if (check->status != QLatin1String("pending"))
        return fail(error, StoreError::Invalid,
                    tr("Change check %1 was already decided (%2 by %3).")
                        .arg(id)
                        .arg(check->status, check->checkedBy));
    const QString own = ChangeCheckRules::checkerProblem(session.userId, check->changedById);
    if (!own.isEmpty())
        return fail(error, StoreError::Forbidden, own);
    const QString noteProblem = ChangeCheckRules::noteProblem(rejecting, note);
    if (!noteProblem.isEmpty())
        return fail(error, StoreError::Invalid, noteProblem);
    const auto customer = Support::load(m_db, check->customerId, error);
    if (!customer)
        return false;

    // What a rejection restores: the stored (unmasked) values of the edit against today's. The
    // writes are made only over the values planned from (CustomerEditWriter), so a change made
    // meanwhile on another connection stops the decision instead of being overwritten.
    CustomerEdit restore;
    QString unrestored;
    if (rejecting) {
        QList<FieldChange> edit;
        QSqlQuery f(m_db);
        f.prepare(QStringLiteral("SELECT field, coalesce(old_value, ''), coalesce(new_value, '') "
                                 "FROM customer_changes WHERE check_id = ? ORDER BY id"));
        QString why;
        if (!Support::exec(f, {id}, &why))
            return fail(error, StoreError::Failed, why);
        while (f.next())
            edit.append({f.value(0).toString(), f.value(1).toString(), f.value(2).toString()});
        auto plan = ChangeCheckRules::restoration(customer->type, edit, customer->values);
        const QString oldNumber = plan.diff.value(QStringLiteral("id_number")).second;
        if (!plan.conflicts.isEmpty()) {
            unrestored = ChangeCheckRules::conflictMessage(plan.conflicts);
        } else if (!oldNumber.isEmpty() &&
                   Support::count(m_db,
                                  QStringLiteral("SELECT count(*) FROM customers WHERE id_number "
                                                 "= ? AND id <> ?"),
                                  {oldNumber, check->customerId}) > 0) {
            unrestored = tr("The change is rejected, but nothing was restored: the old ID number "
                            "now belongs to another customer. Correct the profile with Edit….");
            plan.diff.clear();
        }
        // Four eyes on what comes back too: nobody restores values they wrote themselves, by an
        // earlier change or, when the field never changed, by adding the customer (by hand or
        // by an import: customers.created_by_id, schema 23).
        for (auto it = plan.diff.cbegin(); it != plan.diff.cend(); ++it) {
            f.prepare(QStringLiteral(
                "SELECT coalesce((SELECT user_name FROM customer_changes WHERE customer_id = ? AND "
                "field = ? AND id < (SELECT min(id) FROM customer_changes WHERE check_id = ?) "
                "ORDER BY id DESC LIMIT 1), (SELECT u.name FROM customers c JOIN users u ON u.id "
                "= c.created_by_id WHERE c.id = ?))"));
            if (!Support::exec(f, {check->customerId, it.key(), id, check->customerId}, &why))
                return fail(error, StoreError::Failed, why);
            if (f.next() && f.value(0).toString() == session.userName)
                return fail(error, StoreError::Forbidden,
                            tr("Rejecting would restore %1 as you wrote it yourself: another "
                               "person decides this check (four eyes).")
                                .arg(CustomerFields::label(it.key())));
        }
        restore = CustomerEdit{check->customerId, customer->type, plan.diff, 0, customer->values,
                               note.trimmed(),    QString(),      QString(), 0};
    }

    if (!m_db.transaction())
        return fail(error, StoreError::Failed, m_db.lastError().text());
    auto abort = [&](const QString& why) {
        m_db.rollback();
        return fail(error, StoreError::Failed,
                    tr("Change check %1 was not decided: %2").arg(id).arg(why));
    };
    const QString at = lifecycle::now();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE change_checks SET status = ?, checked_by_id = ?, "
                             "checked_at = ?, note = ?, restored = ? WHERE id = ? AND "
                             "status = 'pending'"));
    QString why;
    if (!Support::exec(q,
                       {rejecting ? QStringLiteral("rejected") : QStringLiteral("confirmed"),
                        session.userId, at, lifecycle::nullable(note.trimmed()),
                        rejecting ? QVariant(unrestored.isEmpty() ? 1 : 0) : QVariant(), id},
                       &why))
        return abort(why);
    if (q.numRowsAffected() != 1)
        return abort(tr("someone decided it at the same time."));
    QJsonObject details{{QStringLiteral("customer"), check->customerId},
                        {QStringLiteral("changed_at"), check->changedAt},
                        {QStringLiteral("changed_by"), check->changedBy}};
    QJsonArray fields;
    for (const FieldChange& c : check->fields)
        fields.append(c.field);
    details.insert(QStringLiteral("fields"), fields);
    if (rejecting)
        details.insert(QStringLiteral("restored"), unrestored.isEmpty());
    if (!restore.diff.isEmpty()) {
        // The restoration is a profile change like any other: on the customer's own audit rows.
        QJsonObject restored;
        if (!CustomerEditWriter::write(m_db, session, restore, Masker::fromRules(m_db), at,
                                       &restored, &why) ||
            !AuditTrail::record(m_db, session,
                                {QStringLiteral("customer.update"), QStringLiteral("customer"),
                                 QString::number(check->customerId),
                                 QJsonObject{{QStringLiteral("changes"), restored},
                                             {QStringLiteral("rejected_check"), id}},
                                 note.trimmed()},
                                &why))
            return abort(why);
    }
    if (!AuditTrail::record(m_db, session,
                            {rejecting ? QStringLiteral("customer.change_reject")
                                       : QStringLiteral("customer.change_confirm"),
                             QStringLiteral("change_check"), QString::number(id), details,
                             note.trimmed()},
                            &why))
        return abort(why);
    if (!m_db.commit())
        return abort(m_db.lastError().text());
    if (notRestored)
        *notRestored = unrestored;
    return true;
}

} // namespace rmdesk
