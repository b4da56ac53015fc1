#include "interactionstore.h"

#include "domain/servicecodes.h"
#include "domain/suitability.h"
#include "security/masking.h"
#include "stores/audittrail.h"
#include "stores/lifecyclesupport.h"
#include "stores/taskstore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <tuple>

namespace rmdesk {

using lifecycle::Support;

namespace {

// A contact recorded a little ahead of the clock (a slow workstation clock) is still accepted.
constexpr int FutureToleranceSeconds = 300;
constexpr int MaximumFollowUpDays = 366;

} // namespace

InteractionStore::InteractionStore(QSqlDatabase db, QDateTime now)
    : m_db(std::move(db))
    , m_now(std::move(now))
    , m_today(m_now.toLocalTime().date())
{}

QList<ServiceProduct> InteractionStore::products(StoreError* error) const
{
    QList<ServiceProduct> list;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT code, name, type, risk_level FROM products ORDER BY code"))) {
        fail(error, StoreError::Failed, q.lastError().text());
        return list;
    }
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString()});
    return list;
}

namespace {

// The customer's latest consent to marketing contact: in force, and when it was withdrawn.
std::pair<bool, QString> marketingConsent(const QSqlDatabase& db, qint64 customerId,
                                          const QDate& day)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT coalesce(withdrawn_on, '') FROM consents WHERE customer_id = ? "
                       "AND purpose = 'marketing_contact' AND granted_on <= ? ORDER BY "
                       "granted_on DESC, id DESC LIMIT 1"));
    const QString today = day.toString(Qt::ISODate);
    q.addBindValue(customerId);
    q.addBindValue(today);
    if (!q.exec() || !q.next())
        return {false, QString()};
    const QString withdrawn = q.value(0).toString();
    const bool inForce = withdrawn.isEmpty() || withdrawn > today;
    return {inForce, inForce ? QString() : withdrawn};
}

} // namespace

std::optional<ServiceCustomer> InteractionStore::customer(const Session& session, qint64 customerId,
                                                          StoreError* error) const
{
    const auto c = Support::load(m_db, customerId, error);
    if (!c || !Support::permitted(session, Action::CustomerRead, *c, error))
        return std::nullopt;
    ServiceCustomer result;
    result.id = c->id;
    result.name = Masker::fromRules(m_db).mask(c->type, QStringLiteral("name"), c->value("name"));
    result.branch = c->branch;
    result.mayRecord = Permissions::allows(session, Action::ServiceWrite, c->target());
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT name FROM users WHERE id = ?"));
    q.addBindValue(c->rmUserId);
    if (q.exec() && q.next())
        result.rm = q.value(0).toString();
    std::tie(result.marketingConsent, result.marketingWithdrawnOn) =
        marketingConsent(m_db, c->id, m_today);
    result.riskLevel = c->value("risk_level");
    result.riskExpiresOn = QDate::fromString(c->value("risk_expires_on"), Qt::ISODate);
    return result;
}

bool InteractionStore::add(const Session& session, const NewInteraction& in,
                           InteractionSaved* saved, StoreError* error,
                           QList<FieldError>* fieldErrors)
{
    const auto customer = Support::load(m_db, in.customerId, error);
    if (!customer || !Support::permitted(session, Action::ServiceWrite, *customer, error))
        return false;

    QList<FieldError> errors;
    auto problem = [&errors](const char* field, const QString& message) {
        errors.append({QLatin1String(field), message});
    };
    const QDateTime at = in.at.isValid() ? in.at : m_now;
    if (at > m_now.addSecs(FutureToleranceSeconds))
        problem("at", tr("When: the contact cannot be in the future."));
    if (!ServiceCodes::channels().contains(in.channel))
        problem(
            "channel",
            tr("Channel: use one of %1.").arg(ServiceCodes::channels().join(QStringLiteral(", "))));
    if (!ServiceCodes::purposes().contains(in.purpose))
        problem(
            "purpose",
            tr("Purpose: use one of %1.").arg(ServiceCodes::purposes().join(QStringLiteral(", "))));
    if (!ServiceCodes::outcomes().contains(in.outcome))
        problem(
            "outcome",
            tr("Outcome: use one of %1.").arg(ServiceCodes::outcomes().join(QStringLiteral(", "))));
    const QString summary = in.summary.trimmed();
    if (summary.isEmpty())
        problem("summary", tr("Summary: say what was discussed."));
    else if (summary.size() > MaximumSummaryLength)
        problem("summary", tr("Summary: at most %1 characters.").arg(MaximumSummaryLength));
    else if (!CustomerFields::sensitiveLooking(summary).isEmpty())
        problem("summary", tr("Summary: it seems to hold an ID or bank card number. Leave such "
                              "numbers out; they belong in the profile, masked."));
    QStringList products;
    QHash<QString, QString> known; // code → R level
    QSet<QString> investments;     // the codes suitability governs
    for (const ServiceProduct& p : this->products()) {
        known.insert(p.code, p.riskLevel);
        if (Suitability::applies(p.type))
            investments.insert(p.code);
    }
    for (const QString& code : in.products) {
        const QString c = code.trimmed();
        if (c.isEmpty() || products.contains(c))
            continue;
        if (!known.contains(c))
            problem("products", tr("Products: there is no product %1.").arg(c));
        products << c;
    }
    // Investor suitability of the products advised on: an exception says how it was handled.
    const QString investor = customer->value("risk_level");
    const QDate expires = QDate::fromString(customer->value("risk_expires_on"), Qt::ISODate);
    SuitabilityFinding finding;
    if (ServiceCodes::isMarketing(in.purpose)) {
        QList<std::pair<QString, QString>> advised;
        for (const QString& code : std::as_const(products))
            if (investments.contains(code))
                advised.append({code, known.value(code)});
        // As the assessment stood on the day of the contact.
        finding = Suitability::assess(investor, expires, at.toLocalTime().date(), advised);
    }
    if (const QString why = Suitability::handlingProblem(finding.verdict, in.suitability);
        !why.isEmpty())
        problem("suitability",
                finding.verdict == SuitabilityVerdict::Suitable
                    ? tr("Suitability: %1").arg(why)
                    : Suitability::explain(finding, investor, expires) + QLatin1Char(' ') + why);
    const ServiceStandards standards = TaskStore::standards(m_db, m_today);
    QDate followUp = in.nextFollowUp;
    if (followUp.isValid()) {
        if (followUp < m_today || followUp > m_today.addDays(MaximumFollowUpDays))
            problem("next_follow_up",
                    tr("Next follow-up: a date from today to %1.")
                        .arg(m_today.addDays(MaximumFollowUpDays).toString(Qt::ISODate)));
    } else if (in.outcome == QLatin1String("not_reached")) {
        followUp =
            qMax(m_today, at.addSecs(qint64(standards.callbackHours) * 3600).toLocalTime().date());
    } else if (in.outcome == QLatin1String("pending") || in.outcome == QLatin1String("referred")) {
        followUp = qMax(m_today, at.toLocalTime().date().addDays(standards.followUpDays));
    }
    qint64 matterId = 0;
    if (in.continues != 0) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT matter_id, customer_id FROM interactions WHERE id = ?"));
        q.addBindValue(in.continues);
        if (!q.exec() || !q.next() || q.value(1).toLongLong() != in.customerId)
            problem("continues", tr("Continues: customer %1 has no interaction %2.")
                                     .arg(in.customerId)
                                     .arg(in.continues));
        else
            matterId = q.value(0).toLongLong();
    }
    if (!errors.isEmpty()) {
        if (fieldErrors)
            *fieldErrors = errors;
        return fail(error, StoreError::Invalid, errors.first().message);
    }

    // The follow-up goes to the customer's RM while they are active, else to whoever records.
    qint64 assigneeId = session.userId;
    QString assignee = session.userName;
    if (customer->rmUserId != 0) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT name FROM users WHERE id = ? AND active = 1"));
        q.addBindValue(customer->rmUserId);
        if (q.exec() && q.next()) {
            assigneeId = customer->rmUserId;
            assignee = q.value(0).toString();
        }
    }

    const QString now = m_now.toUTC().toString(Qt::ISODateWithMs);
    if (!m_db.transaction())
        return fail(error, StoreError::Failed, m_db.lastError().text());
    QString why;
    auto abort = [&]() {
        m_db.rollback();
        return fail(error, StoreError::Failed,
                    tr("The interaction was not recorded: %1")
                        .arg(why.isEmpty() ? m_db.lastError().text() : why));
    };
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM interactions"));
    if (!Support::exec(q, {}, &why) || !q.next())
        return abort();
    const qint64 id = q.value(0).toLongLong();
    if (matterId == 0)
        matterId = id;
    q.prepare(QStringLiteral(
        "INSERT INTO interactions (id, customer_id, matter_id, at, user_id, user_name, channel, "
        "purpose, summary, outcome, next_follow_up, recorded_at, suitability, "
        "suitability_handling) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const bool exception = finding.verdict != SuitabilityVerdict::Suitable;
    if (!Support::exec(
            q,
            {id, in.customerId, matterId, at.toUTC().toString(Qt::ISODateWithMs), session.userId,
             session.userName, in.channel, in.purpose, summary, in.outcome,
             followUp.isValid() ? QVariant(followUp.toString(Qt::ISODate)) : QVariant(), now,
             exception ? QVariant(Suitability::name(finding.verdict)) : QVariant(),
             exception ? QVariant(Suitability::handlingName(in.suitability)) : QVariant()},
            &why))
        return abort();
    for (const QString& code : std::as_const(products)) {
        q.prepare(QStringLiteral(
            "INSERT INTO interaction_products (interaction_id, product_code) VALUES (?, ?)"));
        if (!Support::exec(q, {id, code}, &why))
            return abort();
    }
    InteractionSaved result;
    result.id = id;
    result.matterId = matterId;
    // A contact about a matter is the follow-up that matter was waiting for.
    if (matterId != id && in.outcome != QLatin1String("not_reached") &&
        !TaskStore::completeMatterFollowUps(m_db, session, matterId, id, now,
                                            &result.completedTasks, &why))
        return abort();
    if (followUp.isValid()) {
        if (!TaskStore::insertFollowUp(m_db, session, in.customerId, customer->branch, id,
                                       assigneeId, followUp, now, &result.followUpTaskId, &why))
            return abort();
        result.followUpOn = followUp;
        result.followUpAssignee = assignee;
    }
    QJsonObject details{{QStringLiteral("customer"), in.customerId},
                        {QStringLiteral("matter"), matterId},
                        {QStringLiteral("at"), at.toUTC().toString(Qt::ISODateWithMs)},
                        {QStringLiteral("channel"), in.channel},
                        {QStringLiteral("purpose"), in.purpose},
                        {QStringLiteral("outcome"), in.outcome},
                        {QStringLiteral("products"), QJsonArray::fromStringList(products)}};
    if (followUp.isValid())
        details.insert(QStringLiteral("next_follow_up"), followUp.toString(Qt::ISODate));
    if (ServiceCodes::isMarketing(in.purpose)) {
        const bool consent = marketingConsent(m_db, in.customerId, m_today).first;
        details.insert(QStringLiteral("marketing_consent"), consent);
        QStringList notices;
        if (!consent)
            notices << tr("Customer %1 has no consent to marketing contact in force: advise on "
                          "products only when they ask for it, and say so in the summary.")
                           .arg(in.customerId);
        if (exception) {
            details.insert(QStringLiteral("suitability"), Suitability::name(finding.verdict));
            details.insert(QStringLiteral("suitability_handling"),
                           Suitability::handlingName(in.suitability));
            details.insert(QStringLiteral("unsuitable_products"),
                           QJsonArray::fromStringList(finding.codes));
            notices << Suitability::explain(finding, investor, expires);
        }
        result.notice = notices.join(QLatin1Char('\n'));
    }
    if (!AuditTrail::record(m_db, session,
                            {QStringLiteral("interaction.add"), QStringLiteral("interaction"),
                             QString::number(id), details, QString()},
                            &why) ||
        !m_db.commit())
        return abort();
    if (saved)
        *saved = result;
    return true;
}

QList<Interaction> InteractionStore::list(const Session& session, qint64 customerId,
                                          StoreError* error, int limit)
{
    QList<Interaction> list;
    const auto customer = Support::load(m_db, customerId, error);
    if (!customer || !Support::permitted(session, Action::CustomerRead, *customer, error))
        return list;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT i.id, i.matter_id, i.at, i.user_id, i.user_name, i.channel, i.purpose, i.summary, "
        "i.outcome, coalesce(i.next_follow_up, ''), "
        "(SELECT group_concat(product_code, ',') FROM (SELECT product_code FROM "
        "interaction_products p WHERE p.interaction_id = i.id ORDER BY product_code)), "
        "coalesce(t.id, 0), coalesce(t.status, ''), coalesce(i.suitability, ''), "
        "coalesce(i.suitability_handling, '') FROM interactions i "
        "LEFT JOIN tasks t ON t.interaction_id = i.id AND t.kind = 'follow_up' "
        "WHERE i.customer_id = ? ORDER BY i.at DESC, i.id DESC LIMIT ?"));
    QString why;
    if (!Support::exec(q, {customerId, limit > 0 ? limit : -1}, &why)) {
        fail(error, StoreError::Failed, why);
        return list;
    }
    while (q.next()) {
        Interaction i;
        i.id = q.value(0).toLongLong();
        i.customerId = customerId;
        i.matterId = q.value(1).toLongLong();
        i.at = q.value(2).toString();
        i.userId = q.value(3).toLongLong();
        i.userName = q.value(4).toString();
        i.channel = q.value(5).toString();
        i.purpose = q.value(6).toString();
        i.summary = q.value(7).toString();
        i.outcome = q.value(8).toString();
        i.nextFollowUp = QDate::fromString(q.value(9).toString(), Qt::ISODate);
        i.products = q.value(10).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        i.followUpTaskId = q.value(11).toLongLong();
        i.followUpStatus = q.value(12).toString();
        i.suitability = q.value(13).toString();
        i.suitabilityHandling = q.value(14).toString();
        list.append(i);
    }
    return list;
}

QList<ServiceMatter> InteractionStore::matters(const Session& session, qint64 customerId,
                                               StoreError* error, int limit)
{
    QList<ServiceMatter> list;
    const auto customer = Support::load(m_db, customerId, error);
    if (!customer || !Support::permitted(session, Action::CustomerRead, *customer, error))
        return list;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT m.matter_id, f.at, f.purpose, f.channel, l.outcome, l.at, m.n "
        "FROM (SELECT matter_id, count(*) AS n, max(at) AS last_at FROM interactions "
        "      WHERE customer_id = ? GROUP BY matter_id) m "
        "JOIN interactions f ON f.id = m.matter_id "
        "JOIN interactions l ON l.id = (SELECT id FROM interactions x WHERE x.matter_id = "
        "     m.matter_id ORDER BY x.at DESC, x.id DESC LIMIT 1) "
        "ORDER BY l.outcome = 'resolved', m.last_at DESC, m.matter_id DESC LIMIT ?"));
    QString why;
    if (!Support::exec(q, {customerId, limit > 0 ? limit : -1}, &why)) {
        fail(error, StoreError::Failed, why);
        return list;
    }
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                     q.value(6).toInt(), q.value(4).toString() != QLatin1String("resolved")});
    return list;
}

} // namespace rmdesk
