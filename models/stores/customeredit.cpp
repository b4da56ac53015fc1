#include "customeredit.h"

#include "security/masking.h"
#include "stores/customersearch.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace rmdesk {

namespace {

QVariant nullable(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

} // namespace

bool CustomerEditWriter::write(QSqlDatabase& db, const Session& session, const CustomerEdit& edit,
                               const Masker& masker, const QString& at, QJsonObject* audited,
                               QString* why)
{
    QSqlQuery q(db);
    auto failed = [&] {
        *why = q.lastError().databaseText();
        return false;
    };
    for (auto it = edit.diff.cbegin(); it != edit.diff.cend(); ++it) {
        const QString& field = it.key();
        const bool rm = field == QLatin1String("rm");
        // The RM is compared by name in the diff; the other fields by their stored text.
        q.prepare(
            QStringLiteral("UPDATE customers SET %1 = ?, updated_at = ? WHERE id = ?%2")
                .arg(rm ? QStringLiteral("rm_user_id") : field,
                     rm ? QString()
                        : QStringLiteral(" AND coalesce(%1, '') = coalesce(?, '')").arg(field)));
        q.addBindValue(rm ? QVariant(edit.rmUserId) : nullable(it.value().second));
        q.addBindValue(at);
        q.addBindValue(edit.customerId);
        if (!rm)
            q.addBindValue(it.value().first);
        if (!q.exec())
            return failed();
        if (q.numRowsAffected() != 1) {
            *why = tr("someone changed the profile at the same time; open it again and repeat.");
            return false;
        }
        q.prepare(QStringLiteral("INSERT INTO customer_changes (customer_id, at, user_name, field, "
                                 "old_value, new_value, reason, proof_type, proof_ref, check_id) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant& v :
             {QVariant(edit.customerId), QVariant(at), QVariant(session.userName), QVariant(field),
              nullable(it.value().first), nullable(it.value().second),
              QVariant(edit.reason.trimmed()), nullable(edit.proofType.trimmed()),
              nullable(edit.proofRef.trimmed()),
              edit.checkId > 0 ? QVariant(edit.checkId) : QVariant()})
            q.addBindValue(v);
        if (!q.exec())
            return failed();
        audited->insert(
            field,
            QJsonObject{{QStringLiteral("old"), masker.mask(edit.type, field, it.value().first)},
                        {QStringLiteral("new"), masker.mask(edit.type, field, it.value().second)}});
    }
    if (edit.diff.contains(QStringLiteral("name")) ||
        edit.diff.contains(QStringLiteral("mobile")) ||
        edit.diff.contains(QStringLiteral("id_number"))) {
        auto current = [&](const char* f) {
            const QString key = QLatin1String(f);
            return edit.diff.contains(key) ? edit.diff.value(key).second : edit.before.value(key);
        };
        if (!CustomerSearch::index(db, edit.customerId, current("name"), current("mobile"),
                                   current("id_number"), why))
            return false;
    }
    return true;
}

} // namespace rmdesk
