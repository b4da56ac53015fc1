#include "rulestore.h"

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
                       "ORDER BY s.id, v.position, v.key"));
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

} // namespace rmdesk
