#include "tierupkeep.h"

#include "stores/audittrail.h"
#include "stores/customerstore.h"

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
    const auto [affluent, privateBanking] = CustomerStore::tierThresholds(db, today);
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
    if (!AuditTrail::record(db, session,
                            {QStringLiteral("customer.tiers"), QStringLiteral("customer"),
                             QString(),
                             QJsonObject{{QStringLiteral("rule_version"), version},
                                         {QStringLiteral("changed"), changed}},
                             QString()},
                            why))
        return -1;
    return changed;
}

} // namespace rmdesk
