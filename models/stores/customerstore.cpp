#include "customerstore.h"

#include "domain/changecheck.h"
#include "security/masking.h"
#include "security/permissions.h"
#include "stores/audittrail.h"
#include "stores/customeredit.h"
#include "stores/customersearch.h"
#include "stores/rulestore.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace rmdesk {

namespace {

const QString selectRows =
    QStringLiteral("SELECT c.*, coalesce(u.name, '') AS rm_name, coalesce(creator.name, '') AS "
                   "created_by_name FROM customers c LEFT JOIN users u ON u.id = c.rm_user_id "
                   "LEFT JOIN users creator ON creator.id = c.created_by_id ");

// Columns that are not catalogue fields but belong to every view.
const QStringList recordColumns = {QStringLiteral("tier"),
                                   QStringLiteral("next_review_due"),
                                   QStringLiteral("created_at"),
                                   QStringLiteral("updated_at"),
                                   QStringLiteral("aum_fen"),
                                   QStringLiteral("status"),
                                   QStringLiteral("relationship_ended_on")};

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

CustomerStore::CustomerStore(QSqlDatabase db, QDate today)
    : m_db(std::move(db))
    , m_today(today)
    , m_masker(std::make_unique<Masker>(Masker::fromRules(m_db)))
{}

CustomerStore::~CustomerStore() = default;

int CustomerStore::reviewMonths(const QString& amlRisk) const
{
    const bool high = amlRisk == QLatin1String("high");
    int months = high ? 3 : 6;
    for (const Rule& r : RuleStore(m_db).rulesInForce(m_today)) {
        if (r.ruleSet != QLatin1String("review_cadence"))
            continue;
        if (r.key == QLatin1String(high ? "high_risk_months" : "other_months") &&
            r.value.toInt() > 0)
            months = r.value.toInt();
    }
    return months;
}

qint64 CustomerStore::nextCustomerId(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral(
            "SELECT coalesce(max(n), 0) + 1 FROM (SELECT max(id) AS n FROM customers UNION ALL "
            "SELECT max(id) FROM merged_customers UNION ALL "
            "SELECT max(customer_id) FROM purged_customers)")) &&
        q.next())
        return q.value(0).toLongLong();
    return 0; // the insert then fails with the database's own message
}

std::optional<CustomerStore::Row> CustomerStore::load(qint64 id, StoreError* error) const
{
    QSqlQuery q(m_db);
    q.prepare(selectRows + QStringLiteral("WHERE c.id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        fail(error, StoreError::Failed, q.lastError().text());
        return std::nullopt;
    }
    if (!q.next()) {
        fail(error, StoreError::NotFound, tr("There is no customer %1.").arg(id));
        return std::nullopt;
    }
    return rowFrom(q);
}

CustomerStore::Row CustomerStore::rowFrom(const QSqlQuery& q)
{
    Row row;
    const QSqlRecord rec = q.record();
    for (int i = 0; i < rec.count(); ++i)
        row.values.insert(rec.fieldName(i), q.value(i).toString());
    row.id = row.values.value(QStringLiteral("id")).toLongLong();
    row.type = customerTypeFromName(row.values.value(QStringLiteral("type")))
                   .value_or(CustomerType::Individual);
    row.branch = row.values.value(QStringLiteral("branch_code"));
    row.rmUserId = row.values.value(QStringLiteral("rm_user_id")).toLongLong();
    return row;
}

bool CustomerStore::permitted(const Session& session, int action, const Row& row,
                              StoreError* error) const
{
    const Action a = Action(action);
    if (Permissions::allows(session, a, Target{row.branch, row.rmUserId}))
        return true;
    if (!Permissions::allows(session, a))
        return fail(error, StoreError::Forbidden, Permissions::refusal(session, a));
    return fail(error, StoreError::Forbidden,
                tr("Customer %1 is not in your %2; you may not see or change it.")
                    .arg(row.id)
                    .arg(Permissions::scope(session.role, a) == Scope::Own ? tr("book of customers")
                                                                           : tr("branch")));
}

CustomerView CustomerStore::view(const Row& row, bool unmasked) const
{
    CustomerView v;
    v.id = row.id;
    v.type = row.type;
    v.branch = row.branch;
    v.rmUserId = row.rmUserId;
    for (const QString& field : CustomerFields::namesFor(row.type)) {
        const QString value = row.values.value(field);
        const QString shown = unmasked ? value : m_masker->mask(row.type, field, value);
        if (shown != value)
            v.maskedFields << field;
        v.values.insert(field, shown);
    }
    for (const QString& c : recordColumns)
        v.values.insert(c, row.values.value(c));
    v.values.insert(QStringLiteral("branch"), row.branch);
    v.values.insert(QStringLiteral("rm"), row.values.value(QStringLiteral("rm_name")));
    // Who added the customer (empty: not known, for customers imported before schema 23).
    v.values.insert(QStringLiteral("created_by"),
                    row.values.value(QStringLiteral("created_by_name")));
    v.values.insert(QStringLiteral("type"), customerTypeName(row.type));
    return v;
}

std::optional<qint64> CustomerStore::resolveRm(const QString& name, const QString& branch,
                                               QList<FieldError>* errors) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, role, coalesce(branch_code, ''), active FROM users "
                             "WHERE name = ?"));
    q.addBindValue(name);
    const QString label = CustomerFields::label(QStringLiteral("rm"));
    if (!q.exec() || !q.next()) {
        errors->append({QStringLiteral("rm"), tr("%1: there is no user %2.").arg(label, name)});
        return std::nullopt;
    }
    const QString role = q.value(1).toString();
    if ((role != QLatin1String("rm") && role != QLatin1String("supervisor")) ||
        !q.value(3).toBool()) {
        errors->append({QStringLiteral("rm"),
                        tr("%1: %2 is not an active relationship manager.").arg(label, name)});
        return std::nullopt;
    }
    if (q.value(2).toString() != branch) {
        errors->append(
            {QStringLiteral("rm"), tr("%1: %2 works in branch %3, not %4.")
                                       .arg(label, name, q.value(2).toString(), branch)});
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

bool CustomerStore::add(const Session& session, CustomerType type, QHash<QString, QString> values,
                        qint64* id, StoreError* error, QList<FieldError>* fieldErrors)
{
    if (!Permissions::allows(session, Action::CustomerCreate))
        return fail(error, StoreError::Forbidden,
                    Permissions::refusal(session, Action::CustomerCreate));
    const QString branch = values.take(QStringLiteral("branch")).trimmed().isEmpty()
                               ? session.branch
                               : values.value(QStringLiteral("branch"), session.branch);
    QString rmName = values.take(QStringLiteral("rm")).trimmed();
    QList<FieldError> errors = CustomerFields::normalise(type, &values, true, m_today);
    if (rmName.isEmpty() && session.role == Role::Rm)
        rmName = session.userName;
    std::optional<qint64> rmId;
    if (!rmName.isEmpty())
        rmId = resolveRm(rmName, branch, &errors);
    if (branch.isEmpty())
        errors.append(
            {QStringLiteral("branch"),
             tr("%1: is required.").arg(CustomerFields::label(QStringLiteral("branch")))});
    if (!errors.isEmpty()) {
        if (fieldErrors)
            *fieldErrors = errors;
        return fail(error, StoreError::Invalid, errors.first().message);
    }
    if (!Permissions::allows(session, Action::CustomerCreate, Target{branch, rmId.value_or(0)}))
        return fail(error, StoreError::Forbidden,
                    tr("You may add customers only to your own %1.")
                        .arg(session.role == Role::Rm ? tr("book of customers") : tr("branch")));
    const QString idNumber = values.value(QStringLiteral("id_number"));
    if (!idNumber.isEmpty()) {
        QSqlQuery dup(m_db);
        dup.prepare(QStringLiteral("SELECT id FROM customers WHERE id_number = ?"));
        dup.addBindValue(idNumber);
        if (dup.exec() && dup.next()) {
            const QString message = tr("%1: another customer already has this number.")
                                        .arg(CustomerFields::label(QStringLiteral("id_number")));
            if (fieldErrors)
                *fieldErrors = {{QStringLiteral("id_number"), message}};
            return fail(error, StoreError::Invalid, message);
        }
    }
    const QString amlRisk = values.value(QStringLiteral("aml_risk"), QStringLiteral("low"));
    const QString due = m_today.addMonths(reviewMonths(amlRisk)).toString(Qt::ISODate);

    QStringList columns = {QStringLiteral("type"),         QStringLiteral("branch_code"),
                           QStringLiteral("rm_user_id"),   QStringLiteral("next_review_due"),
                           QStringLiteral("created_at"),   QStringLiteral("updated_at"),
                           QStringLiteral("created_by_id")};
    const QString at = now();
    QVariantList binds = {customerTypeName(type),
                          branch,
                          rmId ? QVariant(*rmId) : QVariant(),
                          due,
                          at,
                          at,
                          session.userId > 0 ? QVariant(session.userId) : QVariant()};
    QJsonObject details{{QStringLiteral("type"), customerTypeName(type)},
                        {QStringLiteral("branch"), branch},
                        {QStringLiteral("rm"), rmName}};
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (it.value().isEmpty())
            continue;
        columns << it.key();
        binds << it.value();
        details.insert(it.key(), m_masker->mask(type, it.key(), it.value()));
    }
    if (!m_db.transaction())
        return fail(error, StoreError::Failed, m_db.lastError().text());
    // Numbers of merged or purged customers are never given again: their audit rows and
    // archive entries keep pointing at them.
    columns << QStringLiteral("id");
    binds << nextCustomerId(m_db);
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO customers (%1) VALUES (%2)")
            .arg(columns.join(QStringLiteral(", ")),
                 QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", "))));
    for (const QVariant& b : binds)
        q.addBindValue(b);
    QString auditError;
    if (!q.exec()) {
        const QString why = q.lastError().databaseText();
        m_db.rollback();
        return fail(error, StoreError::Failed, tr("The customer could not be added: %1").arg(why));
    }
    const qint64 newId = q.lastInsertId().toLongLong();
    if (!CustomerSearch::index(m_db, newId, values.value(QStringLiteral("name")),
                               values.value(QStringLiteral("mobile")),
                               values.value(QStringLiteral("id_number")), &auditError)) {
        m_db.rollback();
        return fail(error, StoreError::Failed, auditError);
    }
    if (!AuditTrail::record(m_db, session,
                            {QStringLiteral("customer.add"), QStringLiteral("customer"),
                             QString::number(newId), details, QString()},
                            &auditError) ||
        !m_db.commit()) {
        m_db.rollback();
        return fail(error, StoreError::Failed,
                    auditError.isEmpty() ? m_db.lastError().text() : auditError);
    }
    if (id)
        *id = newId;
    return true;
}

std::optional<CustomerView> CustomerStore::show(const Session& session, qint64 id,
                                                StoreError* error)
{
    const auto row = load(id, error);
    if (!row || !permitted(session, int(Action::CustomerRead), *row, error))
        return std::nullopt;
    QString why;
    if (!AuditTrail::recordAlone(m_db, session,
                                 {QStringLiteral("customer.view"), QStringLiteral("customer"),
                                  QString::number(id), QJsonObject(), QString()},
                                 &why)) {
        fail(error, StoreError::Failed, why);
        return std::nullopt;
    }
    return view(*row, false);
}

std::optional<CustomerView> CustomerStore::reveal(const Session& session, qint64 id,
                                                  const QString& reason, StoreError* error)
{
    const auto row = load(id, error);
    if (!row || !permitted(session, int(Action::CustomerRead), *row, error))
        return std::nullopt;
    CustomerView masked = view(*row, false);
    QString why;
    if (!UnmaskRecorder::record(m_db, session, QStringLiteral("customer"), QString::number(id),
                                Target{row->branch, row->rmUserId}, masked.maskedFields, reason,
                                &why)) {
        fail(
            error,
            Permissions::allows(session, Action::CustomerUnmask, Target{row->branch, row->rmUserId})
                ? StoreError::Invalid
                : StoreError::Forbidden,
            why);
        return std::nullopt;
    }
    return view(*row, true);
}

bool CustomerStore::update(const Session& session, qint64 id, QHash<QString, QString> changes,
                           const QString& reason, const QString& proofType, const QString& proofRef,
                           StoreError* error, QList<FieldError>* fieldErrors, qint64* checkId)
{
    const auto row = load(id, error);
    if (!row || !permitted(session, int(Action::CustomerUpdate), *row, error))
        return false;
    if (changes.isEmpty())
        return fail(error, StoreError::Invalid, tr("Nothing to change: name at least one field."));
    if (reason.trimmed().size() < 2)
        return fail(error, StoreError::Invalid,
                    tr("Say why the profile changes (--reason); it is kept with the change."));
    QList<FieldError> errors;
    QString rmName;
    if (changes.contains(QStringLiteral("rm")))
        rmName = changes.take(QStringLiteral("rm")).trimmed();
    if (changes.contains(QStringLiteral("branch")))
        errors.append({QStringLiteral("branch"),
                       tr("%1: moving a customer to another branch is a transfer, not an edit.")
                           .arg(CustomerFields::label(QStringLiteral("branch")))});
    // A new resident ID number brings its own birth date and gender; compare them as a whole.
    if (changes.contains(QStringLiteral("id_number")) &&
        !changes.contains(QStringLiteral("id_type")))
        changes.insert(QStringLiteral("id_type"), row->values.value(QStringLiteral("id_type")));
    errors += CustomerFields::normalise(row->type, &changes, false, m_today);
    // Columns that always hold a value (the name is checked by normalise).
    for (const char* notNull : {"aml_risk", "lifecycle_stage"}) {
        const QString field = QLatin1String(notNull);
        if (changes.contains(field) && changes.value(field).isEmpty())
            errors.append(
                {field, tr("%1: cannot be left empty.").arg(CustomerFields::label(field))});
    }
    std::optional<qint64> rmId;
    if (!rmName.isEmpty()) {
        if (!Permissions::allows(session, Action::CustomerAssign, Target{row->branch, 0}))
            return fail(error, StoreError::Forbidden,
                        Permissions::refusal(session, Action::CustomerAssign));
        rmId = resolveRm(rmName, row->branch, &errors);
    }
    // Keep only what really changes.
    QHash<QString, QPair<QString, QString>> diff;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        const QString old = row->values.value(it.key());
        if (old != it.value())
            diff.insert(it.key(), {old, it.value()});
    }
    // A stage change is a transition with its month and reason (LifecycleStore::setStage).
    if (diff.contains(QStringLiteral("lifecycle_stage")))
        errors.append({QStringLiteral("lifecycle_stage"),
                       tr("%1: change it with Change stage… (rmdesk-cli stage set), which keeps "
                          "the transition and its reason.")
                           .arg(CustomerFields::label(QStringLiteral("lifecycle_stage")))});
    bool identity = false;
    for (auto it = diff.cbegin(); it != diff.cend(); ++it) {
        const FieldDef* def = CustomerFields::find(row->type, it.key());
        identity = identity || (def && def->identity);
    }
    if (identity && (proofType.trimmed().isEmpty() || proofRef.trimmed().isEmpty()))
        errors.append({QStringLiteral("proof"),
                       tr("Identity fields (name, ID document, birth date, gender) change only "
                          "with a proof document: give its type and reference.")});
    if (changes.contains(QStringLiteral("id_number")) &&
        diff.contains(QStringLiteral("id_number"))) {
        QSqlQuery dup(m_db);
        dup.prepare(QStringLiteral("SELECT id FROM customers WHERE id_number = ? AND id <> ?"));
        dup.addBindValue(changes.value(QStringLiteral("id_number")));
        dup.addBindValue(id);
        if (dup.exec() && dup.next())
            errors.append({QStringLiteral("id_number"),
                           tr("%1: another customer already has this number.")
                               .arg(CustomerFields::label(QStringLiteral("id_number")))});
    }
    if (!errors.isEmpty()) {
        if (fieldErrors)
            *fieldErrors = errors;
        return fail(error, StoreError::Invalid, errors.first().message);
    }
    if (rmId && *rmId != row->rmUserId)
        diff.insert(QStringLiteral("rm"), {row->values.value(QStringLiteral("rm_name")), rmName});
    if (diff.isEmpty())
        return fail(error, StoreError::Invalid, tr("Nothing changes: the values are the same."));
    if (diff.contains(QStringLiteral("aml_risk")))
        changes.insert(QStringLiteral("next_review_due"),
                       m_today.addMonths(reviewMonths(changes.value(QStringLiteral("aml_risk"))))
                           .toString(Qt::ISODate));

    if (!m_db.transaction())
        return fail(error, StoreError::Failed, m_db.lastError().text());
    auto abort = [&](const QString& why) {
        m_db.rollback();
        return fail(error, StoreError::Failed,
                    tr("Customer %1 was not changed: %2").arg(id).arg(why));
    };
    const QString at = now();
    QSqlQuery q(m_db);
    // An identity change is checked by a second person (schema 21); the check is opened with it.
    qint64 check = 0;
    if (ChangeCheckRules::needsCheck(row->type, diff.keys())) {
        q.prepare(QStringLiteral("INSERT INTO change_checks (customer_id, changed_at, "
                                 "changed_by_id) VALUES (?, ?, ?)"));
        q.addBindValue(id);
        q.addBindValue(at);
        q.addBindValue(session.userId);
        if (!q.exec())
            return abort(q.lastError().databaseText());
        check = q.lastInsertId().toLongLong();
    }
    const CustomerEdit edit{id,        row->type, diff, rmId.value_or(0), row->values, reason,
                            proofType, proofRef,  check};
    QJsonObject audited;
    QString why;
    if (!CustomerEditWriter::write(m_db, session, edit, *m_masker, at, &audited, &why))
        return abort(why);
    if (changes.contains(QStringLiteral("next_review_due"))) {
        q.prepare(QStringLiteral("UPDATE customers SET next_review_due = ? WHERE id = ?"));
        q.addBindValue(changes.value(QStringLiteral("next_review_due")));
        q.addBindValue(id);
        if (!q.exec())
            return abort(q.lastError().databaseText());
    }
    QJsonObject details{{QStringLiteral("changes"), audited}};
    if (!proofType.trimmed().isEmpty())
        details.insert(QStringLiteral("proof"),
                       QJsonObject{{QStringLiteral("type"), proofType.trimmed()},
                                   {QStringLiteral("ref"), proofRef.trimmed()}});
    if (check > 0)
        details.insert(QStringLiteral("check"), check);
    QString auditError;
    if (!AuditTrail::record(m_db, session,
                            {QStringLiteral("customer.update"), QStringLiteral("customer"),
                             QString::number(id), details, reason.trimmed()},
                            &auditError))
        return abort(auditError);
    if (!m_db.commit())
        return abort(m_db.lastError().text());
    if (checkId)
        *checkId = check;
    return true;
}

QString CustomerStore::scopeClause(const Session& session, QVariantList* binds,
                                   StoreError* error) const
{
    switch (Permissions::scope(session.role, Action::CustomerRead)) {
    case Scope::Own:
        binds->append(session.userId);
        return QStringLiteral("c.rm_user_id = ?");
    case Scope::Branch:
        binds->append(session.branch);
        return QStringLiteral("c.branch_code = ?");
    case Scope::All:
        return QStringLiteral("1");
    case Scope::None:
        break;
    }
    fail(error, StoreError::Forbidden, Permissions::refusal(session, Action::CustomerRead));
    return QString();
}

QList<CustomerView> CustomerStore::list(const Session& session, const CustomerFilter& filter,
                                        int* total, StoreError* error)
{
    QList<CustomerView> result;
    QVariantList binds;
    const QString scope = scopeClause(session, &binds, error);
    if (scope.isEmpty())
        return result;
    QStringList where = {scope};
    if (!filter.branch.isEmpty()) {
        where << QStringLiteral("c.branch_code = ?");
        binds << filter.branch;
    }
    if (!filter.rmName.isEmpty()) {
        where << QStringLiteral("u.name = ?");
        binds << filter.rmName;
    }
    if (filter.reviewOverdue) {
        where << QStringLiteral("c.next_review_due < ?");
        binds << m_today.toString(Qt::ISODate);
    }
    if (!filter.candidateSql.isEmpty()) {
        where << QStringLiteral("c.id IN (%1)").arg(filter.candidateSql);
        binds << filter.candidateBinds;
    }
    if (!filter.extraWhere.isEmpty()) {
        where << filter.extraWhere;
        binds << filter.extraBinds;
    }
    if (filter.expiringWithinDays >= 0) {
        where << QStringLiteral("c.id_expiry IS NOT NULL AND c.id_expiry <= ?");
        binds << m_today.addDays(filter.expiringWithinDays).toString(Qt::ISODate);
    }
    const QString whereSql = QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "));
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT count(*) FROM customers c LEFT JOIN users u ON u.id = "
                             "c.rm_user_id ") +
              whereSql);
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next()) {
        fail(error, StoreError::Failed, q.lastError().text());
        return result;
    }
    if (total)
        *total = q.value(0).toInt();
    q.prepare(selectRows + whereSql + QStringLiteral(" AND c.id > ? ORDER BY c.id LIMIT ?"));
    for (const QVariant& b : binds)
        q.addBindValue(b);
    q.addBindValue(filter.afterId);
    q.addBindValue(filter.limit > 0 ? filter.limit : -1);
    if (!q.exec()) {
        fail(error, StoreError::Failed, q.lastError().text());
        return result;
    }
    while (q.next())
        result.append(view(rowFrom(q), false));
    return result;
}

} // namespace rmdesk
