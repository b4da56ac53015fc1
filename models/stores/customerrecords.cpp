// CustomerStore's records around a profile: change history, periodic reviews, consents, who
// viewed it, and drafts of unfinished edits.
#include "customerstore.h"

#include "security/masking.h"
#include "security/permissions.h"
#include "stores/audittrail.h"
#include "stores/holdingseries.h"
#include "stores/rulestore.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <vector>

namespace rmdesk {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QVariant nullable(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

const QStringList consentPurposes = {
    QStringLiteral("marketing_contact"), QStringLiteral("data_sharing"),
    QStringLiteral("cross_border_transfer"), QStringLiteral("profiling")};

} // namespace

QList<CustomerChange> CustomerStore::changes(const Session& session, qint64 id, StoreError* error)
{
    QList<CustomerChange> list;
    const auto row = load(id, error);
    if (!row || !permitted(session, int(Action::CustomerRead), *row, error))
        return list;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT x.at, x.user_name, x.field, coalesce(x.old_value, ''), coalesce(x.new_value, ''), "
        "x.reason, coalesce(x.proof_type, ''), coalesce(x.proof_ref, ''), coalesce(k.id, 0), "
        "coalesce(k.status, ''), coalesce(u.name, ''), coalesce(k.restored, 0) "
        "FROM customer_changes x "
        "LEFT JOIN change_checks k ON k.id = x.check_id LEFT JOIN users u ON u.id = "
        "k.checked_by_id WHERE x.customer_id = ? ORDER BY x.id DESC"));
    q.addBindValue(id);
    if (!q.exec()) {
        fail(error, StoreError::Failed, q.lastError().text());
        return list;
    }
    while (q.next()) {
        const QString field = q.value(2).toString();
        list.append({q.value(0).toString(), q.value(1).toString(), field,
                     m_masker->mask(row->type, field, q.value(3).toString()),
                     m_masker->mask(row->type, field, q.value(4).toString()), q.value(5).toString(),
                     q.value(6).toString(), q.value(7).toString(), q.value(8).toLongLong(),
                     q.value(9).toString(), q.value(10).toString(), q.value(11).toInt() == 1});
    }
    return list;
}

bool CustomerStore::recordReview(const Session& session, qint64 id, const CustomerReview& review,
                                 StoreError* error)
{
    const auto row = load(id, error);
    if (!row || !permitted(session, int(Action::CustomerUpdate), *row, error))
        return false;
    static const QStringList results = {QStringLiteral("confirmed"), QStringLiteral("updated"),
                                        QStringLiteral("unreachable")};
    if (!results.contains(review.result))
        return fail(error, StoreError::Invalid,
                    tr("The review result must be confirmed, updated or unreachable."));
    if (review.checked.trimmed().isEmpty())
        return fail(error, StoreError::Invalid,
                    tr("Say what was checked in the review (documents, contact details, …)."));
    const QDate on =
        review.reviewedOn.isEmpty() ? m_today : QDate::fromString(review.reviewedOn, Qt::ISODate);
    if (!on.isValid() || on > m_today)
        return fail(error, StoreError::Invalid,
                    tr("The review date must be a date like 2026-01-31, not in the future."));
    const QString next = on.addMonths(reviewMonths(row->values.value(QStringLiteral("aml_risk"))))
                             .toString(Qt::ISODate);
    if (!m_db.transaction())
        return fail(error, StoreError::Failed, m_db.lastError().text());
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO customer_reviews (customer_id, reviewed_on, user_name, "
                             "checked, result, proof_type, proof_ref, next_due) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v : {QVariant(id), QVariant(on.toString(Qt::ISODate)),
                              QVariant(session.userName), QVariant(review.checked.trimmed()),
                              QVariant(review.result), nullable(review.proofType.trimmed()),
                              nullable(review.proofRef.trimmed()), QVariant(next)})
        q.addBindValue(v);
    QSqlQuery due(m_db);
    due.prepare(QStringLiteral("UPDATE customers SET next_review_due = ? WHERE id = ?"));
    due.addBindValue(next);
    due.addBindValue(id);
    QString why;
    if (!q.exec() || !due.exec() ||
        !AuditTrail::record(m_db, session,
                            {QStringLiteral("customer.review"), QStringLiteral("customer"),
                             QString::number(id),
                             QJsonObject{{QStringLiteral("result"), review.result},
                                         {QStringLiteral("next_due"), next}},
                             QString()},
                            &why) ||
        !m_db.commit()) {
        if (why.isEmpty())
            why = q.lastError().text() + due.lastError().text();
        m_db.rollback();
        return fail(error, StoreError::Failed, why);
    }
    return true;
}

QList<CustomerReview> CustomerStore::reviews(const Session& session, qint64 id, StoreError* error)
{
    QList<CustomerReview> list;
    const auto row = load(id, error);
    if (!row || !permitted(session, int(Action::CustomerRead), *row, error))
        return list;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT reviewed_on, user_name, checked, result, "
                             "coalesce(proof_type, ''), coalesce(proof_ref, ''), next_due "
                             "FROM customer_reviews WHERE customer_id = ? ORDER BY id DESC"));
    q.addBindValue(id);
    if (q.exec()) {
        while (q.next())
            list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                         q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                         q.value(6).toString()});
    }
    return list;
}

bool CustomerStore::grantConsent(const Session& session, qint64 id, const Consent& consent,
                                 StoreError* error)
{
    const auto row = load(id, error);
    if (!row || !permitted(session, int(Action::CustomerUpdate), *row, error))
        return false;
    if (!consentPurposes.contains(consent.purpose))
        return fail(error, StoreError::Invalid,
                    tr("The consent purpose must be one of: %1.")
                        .arg(consentPurposes.join(QStringLiteral(", "))));
    const QDate on =
        consent.grantedOn.isEmpty() ? m_today : QDate::fromString(consent.grantedOn, Qt::ISODate);
    if (!on.isValid() || on > m_today)
        return fail(error, StoreError::Invalid,
                    tr("The consent date must be a date like 2026-01-31, not in the future."));
    if (consent.channel.trimmed().isEmpty() || consent.evidenceRef.trimmed().isEmpty())
        return fail(error, StoreError::Invalid,
                    tr("A consent needs its channel and a reference to its evidence (signed "
                       "form, recording)."));
    if (!m_db.transaction())
        return fail(error, StoreError::Failed, m_db.lastError().text());
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO consents (customer_id, purpose, granted_on, channel, "
                       "evidence_ref, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v :
         {QVariant(id), QVariant(consent.purpose), QVariant(on.toString(Qt::ISODate)),
          QVariant(consent.channel.trimmed()), QVariant(consent.evidenceRef.trimmed()),
          QVariant(session.userName), QVariant(now())})
        q.addBindValue(v);
    QString why;
    if (!q.exec() ||
        !AuditTrail::record(m_db, session,
                            {QStringLiteral("consent.grant"), QStringLiteral("customer"),
                             QString::number(id),
                             QJsonObject{{QStringLiteral("purpose"), consent.purpose},
                                         {QStringLiteral("channel"), consent.channel.trimmed()}},
                             QString()},
                            &why) ||
        !m_db.commit()) {
        m_db.rollback();
        return fail(error, StoreError::Failed, why.isEmpty() ? q.lastError().text() : why);
    }
    return true;
}

bool CustomerStore::withdrawConsent(const Session& session, qint64 id, const QString& purpose,
                                    const QDate& on, StoreError* error)
{
    const auto row = load(id, error);
    if (!row || !permitted(session, int(Action::CustomerUpdate), *row, error))
        return false;
    if (!on.isValid() || on > m_today)
        return fail(error, StoreError::Invalid,
                    tr("The withdrawal date must be a date like 2026-01-31, not in the future."));
    if (!m_db.transaction())
        return fail(error, StoreError::Failed, m_db.lastError().text());
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE consents SET withdrawn_on = ? WHERE customer_id = ? AND "
                             "purpose = ? AND withdrawn_on IS NULL"));
    q.addBindValue(on.toString(Qt::ISODate));
    q.addBindValue(id);
    q.addBindValue(purpose);
    QString why;
    if (!q.exec()) {
        m_db.rollback();
        return fail(error, StoreError::Failed, q.lastError().text());
    }
    if (q.numRowsAffected() == 0) {
        m_db.rollback();
        return fail(error, StoreError::NotFound,
                    tr("Customer %1 has no consent for %2 to withdraw.").arg(id).arg(purpose));
    }
    if (!AuditTrail::record(m_db, session,
                            {QStringLiteral("consent.withdraw"), QStringLiteral("customer"),
                             QString::number(id), QJsonObject{{QStringLiteral("purpose"), purpose}},
                             QString()},
                            &why) ||
        !m_db.commit()) {
        m_db.rollback();
        return fail(error, StoreError::Failed, why);
    }
    return true;
}

QList<Consent> CustomerStore::consents(const Session& session, qint64 id, StoreError* error)
{
    QList<Consent> list;
    const auto row = load(id, error);
    if (!row || !permitted(session, int(Action::CustomerRead), *row, error))
        return list;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, purpose, granted_on, coalesce(withdrawn_on, ''), channel, "
                             "evidence_ref, recorded_by FROM consents WHERE customer_id = ? "
                             "ORDER BY granted_on DESC, id DESC"));
    q.addBindValue(id);
    if (q.exec()) {
        while (q.next())
            list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                         q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                         q.value(6).toString()});
    }
    return list;
}

QList<CustomerAccess> CustomerStore::accessLog(const Session& session, qint64 id, StoreError* error)
{
    QList<CustomerAccess> list;
    const auto row = load(id, error);
    if (!row || !permitted(session, int(Action::CustomerRead), *row, error))
        return list;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT at, user_name, role, action, reason FROM audit_log "
                             "WHERE entity = 'customer' AND action IN "
                             "('customer.view', 'unmask', 'customer.export') AND "
                             "(entity_id = ? OR entity_id IN (SELECT CAST(id AS TEXT) FROM "
                             "merged_customers WHERE merged_into = ?)) "
                             "ORDER BY id DESC LIMIT 500"));
    q.addBindValue(QString::number(id));
    q.addBindValue(id); // views of customers merged into this one are views of this person
    if (q.exec()) {
        while (q.next())
            list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                         q.value(3).toString(), q.value(4).toString()});
    }
    return list;
}

QList<Holding> CustomerStore::holdings(const Session& session, qint64 id, qint64* aumFen,
                                       StoreError* error)
{
    QList<Holding> list;
    if (aumFen)
        *aumFen = 0;
    const auto row = load(id, error);
    if (!row || !permitted(session, int(Action::CustomerRead), *row, error))
        return list;
    // Every product's series; the latest month of any of them is the one shown.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT s.product_code, p.name, p.type, p.risk_level, s.balances "
                             "FROM holding_series s JOIN products p ON p.code = s.product_code "
                             "WHERE s.customer_id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        fail(error, StoreError::Failed, q.lastError().text());
        return list;
    }
    struct Product
    {
        Holding holding;
        std::vector<MonthBalance> balances;
    };
    std::vector<Product> products;
    int latest = -1;
    while (q.next()) {
        Product p;
        p.holding = {q.value(0).toString(),
                     q.value(1).toString(),
                     q.value(2).toString(),
                     q.value(3).toString(),
                     QString(),
                     0};
        const QByteArray text = q.value(4).toString().toUtf8();
        if (!HoldingSeries::decode(std::string_view(text.constData(), std::size_t(text.size())),
                                   &p.balances)) {
            fail(error, StoreError::Failed,
                 tr("The month-end balances of product %1 are not a series of months and whole "
                    "amounts in fen.")
                     .arg(p.holding.productCode));
            return list;
        }
        if (!p.balances.empty())
            latest = std::max(latest, p.balances.back().month);
        products.push_back(std::move(p));
    }
    const QString month = QString::fromStdString(HoldingSeries::monthName(std::max(latest, 0)));
    for (Product& p : products) {
        bool held = false;
        for (const MonthBalance& b : p.balances)
            if (b.month == latest) {
                held = true;
                p.holding.balanceFen += b.fen;
            }
        if (held) {
            p.holding.month = month;
            list.append(p.holding);
        }
    }
    std::stable_sort(list.begin(), list.end(), [](const Holding& a, const Holding& b) {
        return a.balanceFen > b.balanceFen;
    });
    if (aumFen)
        for (const Holding& h : std::as_const(list))
            *aumFen += h.balanceFen;
    return list;
}

std::pair<qint64, qint64> CustomerStore::tierThresholds(const QSqlDatabase& db, const QDate& day)
{
    std::pair<qint64, qint64> t{500000, 6000000}; // the shipped defaults
    for (const Rule& r : RuleStore(db).rulesInForce(day)) {
        if (r.ruleSet != QLatin1String("customer_tiers"))
            continue;
        if (r.key == QLatin1String("affluent_min_aum"))
            t.first = r.value.toLongLong();
        else if (r.key == QLatin1String("private_min_aum"))
            t.second = r.value.toLongLong();
    }
    return t;
}

int CustomerStore::refreshTiers(const Session& session, const QString& month, StoreError* error)
{
    if (!Permissions::allows(session, Action::CustomerImport)) {
        fail(error, StoreError::Forbidden, Permissions::refusal(session, Action::CustomerImport));
        return -1;
    }
    const auto [affluent, privateBanking] = tierThresholds(m_db, m_today);
    if (HoldingSeries::monthIndex(month.toStdString()) < 0) {
        fail(error, StoreError::Invalid,
             tr("%1 is not a month; a month looks like 2026-10.").arg(month));
        return -1;
    }
    // Only the customers in the session's scope are touched. The month's balance of each
    // product series, by its key (the month is checked above, so the path is well formed).
    QVariantList binds = {QStringLiteral("$.\"%1\"").arg(month)};
    const QString scope = scopeClause(session, &binds, error);
    if (scope.isEmpty())
        return -1;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT c.id, c.tier, coalesce(sum(json_extract(s.balances, ?)), 0), "
                             "c.aum_fen FROM customers c "
                             "LEFT JOIN holding_series s ON s.customer_id = c.id "
                             "WHERE %1 GROUP BY c.id")
                  .arg(scope));
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        fail(error, StoreError::Failed, q.lastError().text());
        return -1;
    }
    struct Change
    {
        qint64 id;
        QString tier;
        qint64 aumFen;
    };
    QList<Change> changed; // tier or AUM (which the list sorts by)
    int tiersChanged = 0;
    while (q.next()) {
        const qint64 aum = q.value(2).toLongLong();
        const QString tier = CustomerFields::tierFor(aum, affluent, privateBanking);
        const bool newTier = tier != q.value(1).toString();
        tiersChanged += newTier ? 1 : 0;
        if (newTier || aum != q.value(3).toLongLong())
            changed.append({q.value(0).toLongLong(), tier, aum});
    }
    q.finish();
    if (!m_db.transaction()) {
        fail(error, StoreError::Failed, m_db.lastError().text());
        return -1;
    }
    QSqlQuery up(m_db);
    up.prepare(QStringLiteral("UPDATE customers SET tier = ?, aum_fen = ? WHERE id = ?"));
    for (const Change& c : changed) {
        up.addBindValue(c.tier);
        up.addBindValue(c.aumFen);
        up.addBindValue(c.id);
        if (!up.exec()) {
            m_db.rollback();
            fail(error, StoreError::Failed, up.lastError().text());
            return -1;
        }
    }
    QString why;
    if (!AuditTrail::record(m_db, session,
                            {QStringLiteral("customer.tiers"), QStringLiteral("customer"),
                             QString(),
                             QJsonObject{{QStringLiteral("month"), month},
                                         {QStringLiteral("changed"), tiersChanged}},
                             QString()},
                            &why) ||
        !m_db.commit()) {
        m_db.rollback();
        fail(error, StoreError::Failed, why);
        return -1;
    }
    return tiersChanged;
}

} // namespace rmdesk
