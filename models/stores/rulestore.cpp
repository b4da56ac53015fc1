#include "rulestore.h"

#include "security/permissions.h"
#include "stores/audittrail.h"
#include "stores/tierupkeep.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace rmdesk {

QList<Rule> RuleStore::rulesInForce(const QDate& day, QString* error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT s.name, s.version, s.effective_from, s.source, v.key, v.value "
                       "FROM rule_sets s JOIN rule_values v ON v.rule_set_id = s.id "
                       "WHERE s.version = (SELECT max(version) FROM rule_sets n "
                       "                   WHERE n.name = s.name AND n.effective_from <= :day) "
                       "ORDER BY (SELECT min(f.id) FROM rule_sets f WHERE f.name = s.name), "
                       "v.position, v.key"));
    q.bindValue(QStringLiteral(":day"), day);
    QList<Rule> rules;
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return rules;
    }
    while (q.next()) {
        rules.append({q.value(0).toString(), q.value(1).toInt(),
                      QDate::fromString(q.value(2).toString(), Qt::ISODate), q.value(3).toString(),
                      q.value(4).toString(), q.value(5).toString()});
    }
    return rules;
}

QStringList RuleStore::names(QString* error) const
{
    QSqlQuery q(m_db);
    QStringList out;
    if (!q.exec(QStringLiteral("SELECT name FROM rule_sets GROUP BY name ORDER BY min(id)"))) {
        if (error)
            *error = q.lastError().text();
        return out;
    }
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QList<RuleSetVersion> RuleStore::history(const QString& name, QString* error) const
{
    QList<RuleSetVersion> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT s.version, s.effective_from, s.changed_by, s.changed_at, "
                             "s.source, s.reason, v.key, v.value FROM rule_sets s "
                             "JOIN rule_values v ON v.rule_set_id = s.id WHERE s.name = ? "
                             "ORDER BY s.version DESC, v.position, v.key"));
    q.addBindValue(name);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return out;
    }
    while (q.next()) {
        const int version = q.value(0).toInt();
        if (out.isEmpty() || out.last().version != version)
            out.append({name,
                        version,
                        QDate::fromString(q.value(1).toString(), Qt::ISODate),
                        q.value(2).toString(),
                        q.value(3).toString(),
                        q.value(4).toString(),
                        q.value(5).toString(),
                        {}});
        out.last().entries.append({q.value(6).toString(), q.value(7).toString()});
    }
    return out;
}

QList<RuleSetVersion> RuleStore::upcoming(QString* error) const
{
    QList<RuleSetVersion> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT name, version, effective_from, changed_by, changed_at, "
                             "source, reason FROM rule_sets WHERE effective_from > ? "
                             "ORDER BY effective_from, name, version"));
    q.addBindValue(m_today.toString(Qt::ISODate));
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return out;
    }
    while (q.next())
        out.append({q.value(0).toString(),
                    q.value(1).toInt(),
                    QDate::fromString(q.value(2).toString(), Qt::ISODate),
                    q.value(3).toString(),
                    q.value(4).toString(),
                    q.value(5).toString(),
                    q.value(6).toString(),
                    {}});
    return out;
}

std::optional<int> RuleStore::publish(const Session& session, const QString& name,
                                      const QList<RuleEntry>& entries, const QDate& effectiveFrom,
                                      const QString& reason, QList<RuleProblem>* problems,
                                      StoreError* error)
{
    if (problems)
        problems->clear();
    if (!Permissions::allows(session, Action::SettingsEdit)) {
        fail(error, StoreError::Forbidden, Permissions::refusal(session, Action::SettingsEdit));
        return std::nullopt;
    }
    if (reason.trimmed().size() < MinimumReasonLength) {
        fail(error, StoreError::Invalid,
             tr("Say why the rules change (at least %1 characters): the reason is kept with the "
                "version and in the audit trail.")
                 .arg(MinimumReasonLength));
        return std::nullopt;
    }
    QString why;
    const QList<RuleSetVersion> versions = history(name, &why);
    if (!why.isEmpty()) {
        fail(error, StoreError::Failed, why);
        return std::nullopt;
    }
    if (versions.isEmpty()) {
        fail(error, StoreError::NotFound, tr("There is no rule set \"%1\".").arg(name));
        return std::nullopt;
    }
    const RuleSetVersion& newest = versions.first();
    if (!effectiveFrom.isValid() || effectiveFrom < m_today) {
        fail(error, StoreError::Invalid,
             tr("A new version takes effect today (%1) or later: rules of past days stay as they "
                "were.")
                 .arg(m_today.toString(Qt::ISODate)));
        return std::nullopt;
    }
    if (effectiveFrom < newest.effectiveFrom) {
        fail(error, StoreError::Invalid,
             tr("Version %1 takes effect on %2: a newer version cannot take effect before it.")
                 .arg(newest.version)
                 .arg(newest.effectiveFrom.toString(Qt::ISODate)));
        return std::nullopt;
    }
    const QList<RuleProblem> found = RuleChecks::check(name, newest.entries, entries);
    if (!found.isEmpty()) {
        if (problems)
            *problems = found;
        QStringList lines;
        for (const RuleProblem& p : found)
            lines << p.message;
        fail(error, StoreError::Invalid, lines.join(QLatin1Char(' ')));
        return std::nullopt;
    }
    QJsonArray changes;
    for (const RuleEntry& e : entries) {
        QString old;
        for (const RuleEntry& o : newest.entries)
            if (o.key == e.key)
                old = o.value;
        if (old != e.value)
            changes.append(QJsonObject{{QStringLiteral("key"), e.key},
                                       {QStringLiteral("old"), old},
                                       {QStringLiteral("new"), e.value}});
    }
    if (changes.isEmpty()) {
        fail(error, StoreError::Invalid,
             tr("Nothing changes: every value is the one of version %1.").arg(newest.version));
        return std::nullopt;
    }

    const int version = newest.version + 1;
    const QString day = effectiveFrom.toString(Qt::ISODate);
    auto failed = [&](const QString& text) {
        m_db.rollback();
        fail(error, StoreError::Failed, tr("The rule set was not saved: %1").arg(text));
        return std::nullopt;
    };
    if (!m_db.transaction()) {
        fail(error, StoreError::Failed, m_db.lastError().text());
        return std::nullopt;
    }
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT max(coalesce(max(id), 0) + 1, %1) FROM rule_sets")
                    .arg(FirstPublishedId)) ||
        !q.next())
        return failed(q.lastError().text());
    const qint64 id = q.value(0).toLongLong();
    q.prepare(QStringLiteral("INSERT INTO rule_sets (id, name, version, effective_from, "
                             "changed_by, changed_at, source, reason) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v : {QVariant(id), QVariant(name), QVariant(version), QVariant(day),
                              QVariant(session.userName),
                              QVariant(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)),
                              QVariant(newest.source), QVariant(reason.trimmed())})
        q.addBindValue(v);
    if (!q.exec())
        return failed(q.lastError().text());
    q.prepare(QStringLiteral(
        "INSERT INTO rule_values (rule_set_id, key, value, position) VALUES (?, ?, ?, ?)"));
    int position = 0;
    for (const RuleEntry& e : entries) {
        q.addBindValue(id);
        q.addBindValue(e.key);
        q.addBindValue(e.value);
        q.addBindValue(++position);
        if (!q.exec())
            return failed(q.lastError().text());
    }
    if (!AuditTrail::record(m_db, session,
                            {QStringLiteral("rules.publish"),
                             QStringLiteral("rule_set"),
                             name,
                             {{QStringLiteral("version"), version},
                              {QStringLiteral("effective_from"), day},
                              {QStringLiteral("changes"), changes}},
                             reason.trimmed()},
                            &why))
        return failed(why);
    // New tier thresholds in force today move the stored tiers with them, in this transaction.
    if (name == QLatin1String("customer_tiers") && effectiveFrom == m_today &&
        TierUpkeep::applyDue(m_db, session, m_today, &why) < 0)
        return failed(why);
    if (!m_db.commit())
        return failed(m_db.lastError().text());
    return version;
}

} // namespace rmdesk
