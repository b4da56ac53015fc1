#include "demochanges.h"

#include "security/masking.h"
#include "stores/customeredit.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace rmdesk::demo {

namespace {

constexpr int PerBranch = 4;

} // namespace

int writeIdentityChanges(QSqlDatabase& db, const HistoryStaff& staff, const QDate& today,
                         QString* why)
{
    QSqlQuery pick(db);
    QSqlQuery q(db);
    auto failed = [why](const QSqlQuery& query) {
        *why = query.lastError().text();
        return -1;
    };
    pick.prepare(QStringLiteral(
        "SELECT c.id, c.rm_user_id, u.name, c.id_expiry FROM customers c JOIN users u ON "
        "u.id = c.rm_user_id WHERE c.branch_code = ? AND c.type = 'individual' AND "
        "c.id_expiry IS NOT NULL AND c.id_expiry <= ? ORDER BY c.id LIMIT ?"));
    const Masker masker = Masker::fromRules(db);
    int written = 0;
    for (std::size_t b = 0; b < staff.branchCodes.size(); ++b) {
        pick.addBindValue(QString::fromStdString(staff.branchCodes[b]));
        pick.addBindValue(today.addDays(30).toString(Qt::ISODate));
        pick.addBindValue(PerBranch);
        if (!pick.exec())
            return failed(pick);
        struct Pick
        {
            qint64 id, rm;
            QString rmName, expiry;
        };
        std::vector<Pick> picks;
        while (pick.next())
            picks.push_back({pick.value(0).toLongLong(), pick.value(1).toLongLong(),
                             pick.value(2).toString(), pick.value(3).toString()});
        pick.finish();
        for (std::size_t i = 0; i < picks.size(); ++i) {
            const Pick& p = picks[i];
            // Oldest first: 10, 7, 4 and 1 days ago, at the counter's morning hours (UTC).
            const QDateTime at(today.addDays(-(10 - 3 * qint64(i))), QTime(2 + int(i), 15),
                               Qt::UTC);
            const QString atText = at.toString(Qt::ISODateWithMs);
            const QString renewed =
                QDate::fromString(p.expiry, Qt::ISODate).addYears(20).toString(Qt::ISODate);
            const bool checked = i == 0 && b < staff.supervisorIds.size();
            q.prepare(QStringLiteral("INSERT INTO change_checks (customer_id, changed_at, "
                                     "changed_by_id, status, checked_by_id, checked_at) "
                                     "VALUES (?, ?, ?, ?, ?, ?)"));
            q.addBindValue(p.id);
            q.addBindValue(atText);
            q.addBindValue(p.rm);
            q.addBindValue(checked ? QStringLiteral("confirmed") : QStringLiteral("pending"));
            q.addBindValue(checked ? QVariant(qint64(staff.supervisorIds[b])) : QVariant());
            q.addBindValue(checked ? QVariant(at.addSecs(3 * 3600).toString(Qt::ISODateWithMs))
                                   : QVariant());
            if (!q.exec())
                return failed(q);
            const qint64 check = q.lastInsertId().toLongLong();
            // Written as the RM's own edit would be (CustomerEditWriter): the value, the change
            // row with its proof and check.
            const Session rm{p.rm, p.rmName, Role::Rm,
                             QString::fromStdString(staff.branchCodes[b])};
            const CustomerEdit edit{p.id,
                                    CustomerType::Individual,
                                    {{QStringLiteral("id_expiry"), {p.expiry, renewed}}},
                                    0,
                                    {},
                                    QStringLiteral("证件到期换领"),
                                    QStringLiteral("居民身份证"),
                                    QStringLiteral("扫描件 %1-%2").arg(today.year()).arg(p.id),
                                    check};
            QJsonObject audited; // the demo's one audit row counts the changes
            if (!CustomerEditWriter::write(db, rm, edit, masker, atText, &audited, why))
                return -1;
            ++written;
        }
    }
    return written;
}

} // namespace rmdesk::demo
