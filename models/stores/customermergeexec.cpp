// CustomerMerge: deciding a merge request, and the merge itself.
#include "customermerge.h"

#include "security/masking.h"
#include "stores/audittrail.h"
#include "stores/customersearch.h"
#include "stores/holdingseries.h"
#include "stores/lifecyclesupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

#include <algorithm>
#include <map>
#include <vector>

namespace rmdesk {

using lifecycle::StoredCustomer;
using lifecycle::Support;

namespace {

// A customer's month-end balances per product (holding_series, schema 13), decoded.
bool seriesOf(const QSqlDatabase& db, qint64 customer,
              std::map<QString, std::vector<MonthBalance>>* out, QString* error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT product_code, balances FROM holding_series "
                             "WHERE customer_id = ?"));
    if (!Support::exec(q, {customer}, error))
        return false;
    while (q.next()) {
        const QByteArray text = q.value(1).toString().toUtf8();
        std::vector<MonthBalance> balances;
        if (!HoldingSeries::decode(std::string_view(text.constData(), std::size_t(text.size())),
                                   &balances)) {
            *error = CustomerMerge::tr("The month-end balances of customer %1 are not a series of "
                                       "months and whole amounts in fen; nothing was merged.")
                         .arg(customer);
            return false;
        }
        (*out)[q.value(0).toString()] = std::move(balances);
    }
    return true;
}

// Moves the absorbed customer's holdings onto the survivor, product by product (balances of
// the same month add up), and sets the survivor's AUM to the total of its latest month on file.
bool moveHoldings(const QSqlDatabase& db, qint64 keep, qint64 absorb, QString* error)
{
    std::map<QString, std::vector<MonthBalance>> kept;
    std::map<QString, std::vector<MonthBalance>> absorbed;
    if (!seriesOf(db, keep, &kept, error) || !seriesOf(db, absorb, &absorbed, error))
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO holding_series (customer_id, product_code, balances) "
                             "VALUES (?, ?, ?) ON CONFLICT (customer_id, product_code) "
                             "DO UPDATE SET balances = excluded.balances"));
    for (const auto& [product, balances] : absorbed) {
        std::vector<MonthBalance>& into = kept[product];
        HoldingSeries::add(&into, balances);
        std::string text;
        HoldingSeries::encode(into, &text);
        if (!Support::exec(q, {keep, product, QString::fromStdString(text)}, error))
            return false;
    }
    q.prepare(QStringLiteral("DELETE FROM holding_series WHERE customer_id = ?"));
    if (!Support::exec(q, {absorb}, error))
        return false;
    int latest = -1;
    for (const auto& entry : kept)
        if (!entry.second.empty())
            latest = std::max(latest, entry.second.back().month);
    qint64 aum = 0;
    for (const auto& entry : kept)
        for (const MonthBalance& b : entry.second)
            if (b.month == latest)
                aum += b.fen;
    q.prepare(QStringLiteral("UPDATE customers SET aum_fen = ? WHERE id = ?"));
    return Support::exec(q, {aum, keep}, error);
}

} // namespace

QHash<qint64, QString> CustomerMerge::maskedNames(const Session& session,
                                                  const QList<qint64>& ids) const
{
    QHash<qint64, QString> names;
    if (ids.isEmpty())
        return names;
    const Masker masker = Masker::fromRules(m_db);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, type, name, branch_code, coalesce(rm_user_id, 0) FROM "
                             "customers WHERE id IN (%1)")
                  .arg(QStringList(ids.size(), QStringLiteral("?")).join(QLatin1Char(','))));
    QVariantList binds;
    for (const qint64 id : ids)
        binds << id;
    if (!Support::exec(q, binds, nullptr))
        return names;
    while (q.next()) {
        if (!Permissions::allows(session, Action::CustomerRead,
                                 Target{q.value(3).toString(), q.value(4).toLongLong()}))
            continue;
        const CustomerType type =
            customerTypeFromName(q.value(1).toString()).value_or(CustomerType::Individual);
        names.insert(q.value(0).toLongLong(),
                     masker.mask(type, QStringLiteral("name"), q.value(2).toString()));
    }
    return names;
}

bool CustomerMerge::checkDecider(const Session& session, const MergeRequest& request,
                                 const StoredCustomer& keep, const StoredCustomer& absorb,
                                 StoreError* error) const
{
    if (!Permissions::allows(session, Action::CustomerMerge))
        return fail(error, StoreError::Forbidden,
                    Permissions::refusal(session, Action::CustomerMerge));
    if (!Permissions::allows(session, Action::CustomerMerge, keep.target()) ||
        !Permissions::allows(session, Action::CustomerMerge, absorb.target()))
        return fail(error, StoreError::Forbidden,
                    tr("Customers %1 and %2 are not both in your branch: a supervisor of their "
                       "branch decides this merge.")
                        .arg(keep.id)
                        .arg(absorb.id));
    if (session.userId == request.requestedById)
        return fail(error, StoreError::Forbidden,
                    tr("You asked for this merge yourself: another supervisor must decide it "
                       "(four eyes)."));
    return true;
}

bool CustomerMerge::approve(const Session& session, qint64 requestId, const QString& note,
                            StoreError* error)
{
    const auto request = load(requestId, error);
    if (!request)
        return false;
    if (!Permissions::allows(session, Action::CustomerMerge))
        return fail(error, StoreError::Forbidden,
                    Permissions::refusal(session, Action::CustomerMerge));
    if (request->status != QLatin1String("pending"))
        return fail(
            error, StoreError::Invalid,
            tr("Merge request %1 was already decided (%2).").arg(requestId).arg(request->status));
    StoreError missing;
    const auto keep = Support::load(m_db, request->keepId, &missing);
    const auto absorb = keep ? Support::load(m_db, request->absorbId, &missing) : std::nullopt;
    if (!keep || !absorb)
        return fail(error,
                    missing.kind == StoreError::NotFound ? StoreError::Invalid : missing.kind,
                    tr("%1 The request cannot be carried out; reject it.").arg(missing.message));
    if (!checkDecider(session, *request, *keep, *absorb, error))
        return false;
    // The records may have changed since the request: the merged one must still be valid.
    QHash<QString, QString> merged = mergedValues(*keep, *absorb, request->choices);
    const QList<FieldError> problems =
        CustomerFields::normalise(keep->type, &merged, true, m_today);
    if (!problems.isEmpty())
        return fail(error, StoreError::Invalid,
                    tr("The merged record would not be valid: %1 Reject the request and ask "
                       "for a new one.")
                        .arg(problems.first().message));
    const QString idNumber = merged.value(QStringLiteral("id_number"));
    if (!idNumber.isEmpty() &&
        Support::count(m_db,
                       QStringLiteral("SELECT count(*) FROM customers WHERE id_number = ? AND id "
                                      "NOT IN (?, ?)"),
                       {idNumber, keep->id, absorb->id}) > 0)
        return fail(error, StoreError::Invalid,
                    tr("%1: a third customer already has this number.")
                        .arg(CustomerFields::label(QStringLiteral("id_number"))));

    if (!m_db.transaction())
        return fail(error, StoreError::Failed, m_db.lastError().text());
    MergeRequest decided = *request;
    decided.decisionNote = note.trimmed();
    QString why;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE merge_requests SET status = 'approved', decided_by = ?, "
                             "decided_at = ?, decision_note = ? WHERE id = ? AND status = "
                             "'pending'"));
    if (!execute(session, decided, *keep, *absorb, &why) ||
        !Support::exec(
            q, {session.userName, lifecycle::now(), lifecycle::nullable(note.trimmed()), requestId},
            &why) ||
        !m_db.commit()) {
        m_db.rollback();
        return fail(
            error, StoreError::Failed,
            tr("Nothing was merged: %1").arg(why.isEmpty() ? m_db.lastError().text() : why));
    }
    return true;
}

bool CustomerMerge::reject(const Session& session, qint64 requestId, const QString& note,
                           StoreError* error)
{
    const auto request = load(requestId, error);
    if (!request)
        return false;
    if (!Permissions::allows(session, Action::CustomerMerge))
        return fail(error, StoreError::Forbidden,
                    Permissions::refusal(session, Action::CustomerMerge));
    if (request->status != QLatin1String("pending"))
        return fail(
            error, StoreError::Invalid,
            tr("Merge request %1 was already decided (%2).").arg(requestId).arg(request->status));
    // A customer that has gone since (purged) is judged by the branch recorded with the request.
    StoredCustomer keep;
    keep.id = request->keepId;
    StoredCustomer absorb;
    absorb.id = request->absorbId;
    QSqlQuery branches(m_db);
    branches.prepare(QStringLiteral("SELECT keep_branch, absorb_branch, coalesce(keep_rm_user_id, "
                                    "0), coalesce(absorb_rm_user_id, 0) FROM merge_requests "
                                    "WHERE id = ?"));
    branches.addBindValue(requestId);
    if (branches.exec() && branches.next()) {
        keep.branch = branches.value(0).toString();
        absorb.branch = branches.value(1).toString();
        keep.rmUserId = branches.value(2).toLongLong();
        absorb.rmUserId = branches.value(3).toLongLong();
    }
    branches.finish();
    if (!checkDecider(session, *request, keep, absorb, error))
        return false;
    if (note.trimmed().size() < 4)
        return fail(error, StoreError::Invalid,
                    tr("Say why the merge is rejected (at least 4 characters); the requester "
                       "reads it."));
    if (!m_db.transaction())
        return fail(error, StoreError::Failed, m_db.lastError().text());
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE merge_requests SET status = 'rejected', decided_by = ?, "
                             "decided_at = ?, decision_note = ? WHERE id = ? AND status = "
                             "'pending'"));
    QString why;
    if (!Support::exec(q, {session.userName, lifecycle::now(), note.trimmed(), requestId}, &why) ||
        !AuditTrail::record(m_db, session,
                            {QStringLiteral("customer.merge_reject"), QStringLiteral("customer"),
                             QString::number(request->keepId),
                             QJsonObject{{QStringLiteral("request"), requestId},
                                         {QStringLiteral("keep"), request->keepId},
                                         {QStringLiteral("absorb"), request->absorbId}},
                             note.trimmed()},
                            &why) ||
        !m_db.commit()) {
        m_db.rollback();
        return fail(error, StoreError::Failed, why.isEmpty() ? m_db.lastError().text() : why);
    }
    return true;
}

bool CustomerMerge::execute(const Session& session, const MergeRequest& request,
                            const StoredCustomer& keep, const StoredCustomer& absorb,
                            QString* error)
{
    const qint64 k = keep.id;
    const qint64 a = absorb.id;
    QSqlQuery q(m_db);
    auto run = [&](const QString& sql, const QVariantList& binds) {
        q.prepare(sql);
        return Support::exec(q, binds, error);
    };
    auto count = [&](const char* table) {
        return Support::count(
            m_db, QStringLiteral("SELECT count(*) FROM %1 WHERE customer_id = ?").arg(table), {a});
    };
    const QJsonObject moved{{QStringLiteral("changes"), count("customer_changes")},
                            {QStringLiteral("reviews"), count("customer_reviews")},
                            {QStringLiteral("consents"), count("consents")},
                            {QStringLiteral("holdings"), count("holdings")},
                            {QStringLiteral("survey_responses"), count("survey_responses")},
                            {QStringLiteral("stage_transitions"), count("stage_transitions")}};

    // 0. The absorbed record's identity changes still waiting for a check are closed: the
    //    approver has just compared its values, and they no longer belong to a record of their
    //    own (a rejection would restore them onto the survivor).
    if (!run(QStringLiteral("UPDATE change_checks SET status = 'superseded', checked_by_id = ?, "
                            "checked_at = ?, note = ? WHERE customer_id = ? AND "
                            "status = 'pending'"),
             {session.userId, lifecycle::now(), QStringLiteral("merge request %1").arg(request.id),
              a}))
        return false;

    // 1. The absorbed customer's history becomes the survivor's; balances of the same product
    //    and month add up. Its unfinished drafts are dropped.
    // Survey responses keep the branch, RM and segment of the day they were answered.
    // Stage transitions join the survivor's history; the absorbed record's stage override ends.
    for (const char* table :
         {"customer_changes", "change_checks", "customer_reviews", "consents", "interactions",
          "complaints", "survey_responses", "stage_transitions"})
        if (!run(QStringLiteral("UPDATE %1 SET customer_id = ? WHERE customer_id = ?").arg(table),
                 {k, a}))
            return false;
    // Open follow-ups go with the customer, to the survivor's branch.
    if (!run(QStringLiteral("UPDATE tasks SET customer_id = ?, branch_code = (SELECT branch_code "
                            "FROM customers WHERE id = ?) WHERE customer_id = ?"),
             {k, k, a}))
        return false;
    if (!moveHoldings(m_db, k, a, error) ||
        !run(QStringLiteral("DELETE FROM drafts WHERE customer_id = ?"), {a}) ||
        !run(QStringLiteral("DELETE FROM stage_overrides WHERE customer_id = ?"), {a}) ||
        // When its review was due is the absorbed record's own: the survivor's due date, taken
        // as the earlier of the two below, keeps a history of its own.
        !run(QStringLiteral("DELETE FROM review_due_changes WHERE customer_id = ?"), {a}) ||
        !run(QStringLiteral("UPDATE spot_checks SET customer_id = ? WHERE customer_id = ?"),
             {k, a}) ||
        !run(QStringLiteral("UPDATE merged_customers SET merged_into = ? WHERE merged_into = ?"),
             {k, a}) ||
        !run(QStringLiteral("DELETE FROM duplicate_dismissals WHERE a_id = ? OR b_id = ?"), {a, a}))
        return false;

    // 2. The absorbed row goes to the archive and leaves the live tables (before the survivor
    //    may take its ID number, which is unique).
    const QString at = lifecycle::now();
    if (!CustomerSearch::unindex(m_db, a, error) ||
        !run(QStringLiteral("INSERT INTO merged_customers (id, merged_into, merge_request_id, "
                            "merged_at, merged_by, record) VALUES (?, ?, ?, ?, ?, ?)"),
             {a, k, request.id, at, session.userName,
              QString::fromUtf8(QJsonDocument(absorb.json).toJson(QJsonDocument::Compact))}) ||
        !run(QStringLiteral("DELETE FROM customers WHERE id = ?"), {a}))
        return false;

    // 3. The survivor takes the chosen values, each change recorded with the merge as its proof.
    QHash<QString, QString> merged = mergedValues(keep, absorb, request.choices);
    CustomerFields::normalise(keep.type, &merged, true, m_today);
    const Masker masker = Masker::fromRules(m_db);
    const QString proofType = tr("Merge request");
    const QString proofRef = QLatin1Char('#') + QString::number(request.id);
    const QString fieldReason = tr("Merged from #%1").arg(a);
    QJsonObject audited;
    QStringList sets;
    QVariantList values;
    auto change = [&](const QString& field, const QString& oldValue, const QString& newValue,
                      const QString& reason) {
        return run(QStringLiteral("INSERT INTO customer_changes (customer_id, at, user_name, "
                                  "field, old_value, new_value, reason, proof_type, proof_ref) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   {k, at, session.userName, field, lifecycle::nullable(oldValue),
                    lifecycle::nullable(newValue), reason, proofType, proofRef});
    };
    for (const QString& field : CustomerFields::namesFor(keep.type)) {
        const QString before = keep.values.value(field);
        const QString after = merged.value(field);
        if (before == after)
            continue;
        sets << field + QStringLiteral(" = ?");
        values << lifecycle::nullable(after);
        if (!change(field, before, after, fieldReason))
            return false;
        audited.insert(field,
                       QJsonObject{{QStringLiteral("old"), masker.mask(keep.type, field, before)},
                                   {QStringLiteral("new"), masker.mask(keep.type, field, after)}});
    }
    // The earlier review date, and an AML hold on either record, carry over.
    const QString due = qMin(keep.value("next_review_due"), absorb.value("next_review_due"));
    sets << QStringLiteral("next_review_due = ?") << QStringLiteral("updated_at = ?");
    values << due << at;
    if (absorb.value("aml_hold") == QLatin1String("1") &&
        keep.value("aml_hold") != QLatin1String("1")) {
        sets << QStringLiteral("aml_hold = 1") << QStringLiteral("aml_hold_reason = ?")
             << QStringLiteral("aml_hold_by = ?") << QStringLiteral("aml_hold_at = ?");
        values << absorb.value("aml_hold_reason") << absorb.value("aml_hold_by")
               << absorb.value("aml_hold_at");
    }
    values << k;
    if (!run(QStringLiteral("UPDATE customers SET %1 WHERE id = ?")
                 .arg(sets.join(QStringLiteral(", "))),
             values) ||
        !change(QStringLiteral("merged_from"), QString(), QString::number(a), request.reason))
        return false;
    if (audited.contains(QStringLiteral("name")) || audited.contains(QStringLiteral("mobile")) ||
        audited.contains(QStringLiteral("id_number"))) {
        if (!CustomerSearch::index(m_db, k, merged.value(QStringLiteral("name")),
                                   merged.value(QStringLiteral("mobile")),
                                   merged.value(QStringLiteral("id_number")), error))
            return false;
    }

    // 4. The audit trail: the merge on the survivor, and a pointer on the absorbed number.
    const QJsonObject details{{QStringLiteral("request"), request.id},
                              {QStringLiteral("absorbed"), a},
                              {QStringLiteral("requested_by"), request.requestedBy},
                              {QStringLiteral("changes"), audited},
                              {QStringLiteral("moved"), moved}};
    return AuditTrail::record(m_db, session,
                              {QStringLiteral("customer.merge"), QStringLiteral("customer"),
                               QString::number(k), details, request.decisionNote},
                              error) &&
           AuditTrail::record(m_db, session,
                              {QStringLiteral("customer.merged_into"), QStringLiteral("customer"),
                               QString::number(a),
                               QJsonObject{{QStringLiteral("request"), request.id},
                                           {QStringLiteral("survivor"), k}},
                               request.decisionNote},
                              error);
}

} // namespace rmdesk
