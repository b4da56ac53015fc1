#include "stores/audittrail.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace rmdesk {

const QString AuditTrail::GenesisHash = QString(64, QLatin1Char('0'));

namespace {

AuditRow rowFrom(const QSqlQuery& q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(),   q.value(4).toString(), q.value(5).toString(),
            q.value(6).toString(),   q.value(7).toString(), q.value(8).toString(),
            q.value(9).toString(),   q.value(10).toString()};
}

const QString selectColumns = QStringLiteral(
    "SELECT id, at, user_name, role, action, entity, entity_id, details, reason, prev_hash, hash "
    "FROM audit_log ");

} // namespace

QString AuditTrail::hashOf(const AuditRow& r)
{
    // Canonical content: a compact JSON array in a fixed order, so that no field can be moved into
    // another without changing the hash.
    const QJsonArray content{QString::number(r.id),
                             r.at,
                             r.userName,
                             r.role,
                             r.action,
                             r.entity,
                             r.entityId,
                             r.details,
                             r.reason};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(r.prevHash.toLatin1());
    h.addData("\n");
    h.addData(QJsonDocument(content).toJson(QJsonDocument::Compact));
    return QString::fromLatin1(h.result().toHex());
}

bool AuditTrail::record(QSqlDatabase& db, const Session& session, const AuditEvent& event,
                        QString* error)
{
    QSqlQuery last(db);
    if (!last.exec(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"))) {
        *error = tr("The audit trail cannot be read: %1").arg(last.lastError().text());
        return false;
    }
    AuditRow row;
    row.prevHash = GenesisHash;
    row.id = 1;
    if (last.next()) {
        row.id = last.value(0).toLongLong() + 1;
        row.prevHash = last.value(1).toString();
    }
    last.finish();
    row.at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    row.userName = session.userName;
    row.role = roleName(session.role);
    row.action = event.action;
    row.entity = event.entity;
    row.entityId = event.entityId;
    row.details = QString::fromUtf8(QJsonDocument(event.details).toJson(QJsonDocument::Compact));
    row.reason = event.reason;
    row.hash = hashOf(row);

    QSqlQuery ins(db);
    ins.prepare(QStringLiteral(
        "INSERT INTO audit_log (id, at, user_name, role, action, entity, "
        "entity_id, details, reason, prev_hash, hash) "
        "VALUES (?, ?, ?, ?, ?, coalesce(?, ''), coalesce(?, ''), ?, coalesce(?, ''), "
        "?, ?)"));
    for (const QVariant& v :
         {QVariant(row.id), QVariant(row.at), QVariant(row.userName), QVariant(row.role),
          QVariant(row.action), QVariant(row.entity), QVariant(row.entityId), QVariant(row.details),
          QVariant(row.reason), QVariant(row.prevHash), QVariant(row.hash)})
        ins.addBindValue(v);
    if (!ins.exec()) {
        *error = tr("The audit trail cannot be written: %1").arg(ins.lastError().text());
        return false;
    }
    return true;
}

bool AuditTrail::recordAlone(QSqlDatabase& db, const Session& session, const AuditEvent& event,
                             QString* error)
{
    if (!db.transaction()) {
        *error = tr("The audit trail cannot be written: %1").arg(db.lastError().text());
        return false;
    }
    if (!record(db, session, event, error)) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        *error = tr("The audit trail cannot be written: %1").arg(db.lastError().text());
        db.rollback();
        return false;
    }
    return true;
}

QList<AuditRow> AuditTrail::list(const QSqlDatabase& db, const AuditFilter& filter, QString* error)
{
    QStringList where;
    QVariantList binds;
    if (filter.since.isValid()) {
        where << QStringLiteral("at >= ?");
        binds << filter.since.toUTC().toString(Qt::ISODateWithMs);
    }
    if (!filter.userName.isEmpty()) {
        where << QStringLiteral("user_name = ?");
        binds << filter.userName;
    }
    if (!filter.action.isEmpty()) {
        where << QStringLiteral("action = ?");
        binds << filter.action;
    }
    QString sql = selectColumns;
    if (!where.isEmpty())
        sql += QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")) + QLatin1Char(' ');
    sql += QStringLiteral("ORDER BY id DESC LIMIT ?");
    binds << (filter.limit > 0 ? filter.limit : -1);

    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& b : binds)
        q.addBindValue(b);
    QList<AuditRow> rows;
    if (!q.exec()) {
        if (error)
            *error = tr("The audit trail cannot be read: %1").arg(q.lastError().text());
        return rows;
    }
    while (q.next())
        rows.append(rowFrom(q));
    return rows;
}

std::optional<AuditAnchor> AuditAnchor::parse(const QString& text)
{
    static const QRegularExpression form(
        QStringLiteral("^\\s*#?(\\d+)\\s*:\\s*([0-9a-fA-F]{64})\\s*$"));
    const QRegularExpressionMatch m = form.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    bool ok = false;
    const qint64 id = m.captured(1).toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return AuditAnchor{id, m.captured(2).toLower(), QString()};
}

std::optional<AuditAnchor> AuditTrail::head(const QSqlDatabase& db, QString* error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id, hash, at FROM audit_log ORDER BY id DESC LIMIT 1"))) {
        *error = tr("The audit trail cannot be read: %1").arg(q.lastError().text());
        return std::nullopt;
    }
    if (!q.next())
        return AuditAnchor{};
    return AuditAnchor{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
}

AuditVerification AuditTrail::verify(const QSqlDatabase& db, const QList<AuditAnchor>& kept)
{
    AuditVerification v;
    QHash<qint64, QString> anchors;
    for (const AuditAnchor& a : kept)
        anchors.insert(a.id, a.hash.toLower());
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(selectColumns + QStringLiteral("ORDER BY id"))) {
        v.ok = false;
        v.problem = tr("The audit trail cannot be read: %1").arg(q.lastError().text());
        return v;
    }
    QString expectedPrev = GenesisHash;
    qint64 expectedId = 1;
    while (q.next()) {
        const AuditRow row = rowFrom(q);
        ++v.rowsChecked;
        QString problem;
        if (row.id != expectedId)
            problem = tr("audit row %1 follows row %2: the rows between are missing.")
                          .arg(row.id)
                          .arg(expectedId - 1);
        else if (row.prevHash != expectedPrev)
            problem = tr("audit row %1 does not link to the row before it: a row was deleted, "
                         "inserted or moved.")
                          .arg(row.id);
        else if (hashOf(row) != row.hash)
            problem = tr("audit row %1 was changed after it was written.").arg(row.id);
        else if (anchors.contains(row.id) && anchors.take(row.id) != row.hash.toLower())
            problem = tr("audit row %1 is not the row of the anchor kept for it: the trail was "
                         "written again from that row or before.")
                          .arg(row.id);
        if (!problem.isEmpty()) {
            v.ok = false;
            v.firstBrokenId = row.id;
            v.problem = tr("The audit trail is broken: %1").arg(problem);
            return v;
        }
        expectedPrev = row.hash;
        expectedId = row.id + 1;
    }
    if (!anchors.isEmpty()) {
        v.ok = false;
        v.firstBrokenId = *std::min_element(anchors.keyBegin(), anchors.keyEnd());
        v.problem = tr("The audit trail is broken: audit row %1, of a kept anchor, is missing; "
                       "rows were deleted from its end.")
                        .arg(v.firstBrokenId);
        return v;
    }
    // The triggers that refuse UPDATE and DELETE: gone, the newest rows could be deleted and the
    // rest would still link up.
    // As schema 3 made them: before every UPDATE or DELETE, no WHEN, an ABORT (a trigger of the
    // same name that does nothing would pass a check of names).
    if (!q.exec(QStringLiteral(
            "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'audit_log' "
            "AND ((name = 'audit_log_no_update' AND sql LIKE '%BEFORE UPDATE ON audit_log%') OR "
            "(name = 'audit_log_no_delete' AND sql LIKE '%BEFORE DELETE ON audit_log%')) AND "
            "sql LIKE '%SELECT RAISE(ABORT,%' AND sql NOT LIKE '%WHEN%' AND "
            "sql NOT LIKE '%UPDATE OF%'")) ||
        !q.next() || q.value(0).toInt() != 2) {
        v.ok = false;
        v.problem = tr("The audit trail is broken: the triggers that keep its rows from being "
                       "changed or deleted are missing, so rows at its end may have been "
                       "deleted.");
    }
    return v;
}

} // namespace rmdesk
