#include "tierupkeep.h"

#include "stores/audittrail.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace rmdesk {

int TierUpkeep::applyDue(QSqlDatabase& db, const Session& session, const QDate& today, QString* why)
{
    QSqlQuery q(db);
    auto failed = [&] {
        *why = q.lastError().text();
        return -1;
    };
    q.prepare(QStringLiteral(
        "SELECT (SELECT max(version) FROM rule_sets WHERE name = 'customer_tiers' AND "
        "effective_from <= ?), (SELECT version FROM rule_applications WHERE rule_set = "
        "'customer_tiers')"));
    q.addBindValue(today.toString(Qt::ISODate));
    if (!q.exec() || !q.next())
        return failed();
    if (q.value(0).isNull() || (!q.value(1).isNull() && q.value(0).toInt() == q.value(1).toInt()))
        return 0;
    const int version = q.value(0).toInt();
    // The thresholds of exactly that version: a missing or unreadable value stops here rather
    // than rewriting every tier with defaults.
    q.prepare(QStringLiteral(
        "SELECT v.key, v.value FROM rule_values v JOIN rule_sets s ON s.id = v.rule_set_id "
        "WHERE s.name = 'customer_tiers' AND s.version = ?"));
    q.addBindValue(version);
    if (!q.exec())
        return failed();
    qint64 affluent = 0;
    qint64 privateBanking = 0;
    while (q.next()) {
        if (q.value(0).toString() == QLatin1String("affluent_min_aum"))
            affluent = q.value(1).toLongLong();
        else if (q.value(0).toString() == QLatin1String("private_min_aum"))
            privateBanking = q.value(1).toLongLong();
    }
    if (affluent <= 0 || privateBanking <= affluent) {
        *why = tr("version %1 of the customer tiers has no valid thresholds; publish a corrected "
                  "version.")
                   .arg(version);
        return -1;
    }
    // The same rule as CustomerFields::tierFor, over every customer; only changed rows are
    // written (each write updates the indexes that hold the tier).
    const QString tier = QStringLiteral("CASE WHEN aum_fen >= ? THEN 'private' WHEN aum_fen >= ? "
                                        "THEN 'affluent' ELSE 'mass' END");
    q.prepare(QStringLiteral("UPDATE customers SET tier = %1 WHERE tier <> %1").arg(tier));
    for (int i = 0; i < 2; ++i) {
        q.addBindValue(privateBanking * 100);
        q.addBindValue(affluent * 100);
    }
    if (!q.exec())
        return failed();
    const int changed = q.numRowsAffected();
    q.prepare(QStringLiteral("INSERT INTO rule_applications (rule_set, version, applied_at) "
                             "VALUES ('customer_tiers', ?, ?) ON CONFLICT (rule_set) DO UPDATE "
                             "SET version = excluded.version, applied_at = excluded.applied_at"));
    q.addBindValue(version);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return failed();
    if (changed > 0 && !AuditTrail::record(db, session,
                                           {QStringLiteral("customer.tiers"),
                                            QStringLiteral("customer"), QString(),
                                            QJsonObject{{QStringLiteral("rule_version"), version},
                                                        {QStringLiteral("changed"), changed}},
                                            QString()},
                                           why))
        return -1;
    return changed;
}

} // namespace rmdesk
