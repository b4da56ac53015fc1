#pragma once

#include "security/session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace rmdesk {

struct AuditEvent
{
    QString action; // "user.add", "login", "unmask", …
    QString entity; // "user", "customer", "database", …
    QString entityId;
    QJsonObject details; // old and new values per field, counts, file names; never secrets
    QString reason;
};

struct AuditRow
{
    qint64 id = 0;
    QString at; // UTC, ISO 8601 with milliseconds
    QString userName;
    QString role;
    QString action;
    QString entity;
    QString entityId;
    QString details; // compact JSON
    QString reason;
    QString prevHash;
    QString hash;
};

struct AuditFilter
{
    QDateTime since; // invalid: from the beginning
    QString userName;
    QString action;
    int limit = 1000;
};

struct AuditVerification
{
    bool ok = true;
    qint64 rowsChecked = 0;
    qint64 firstBrokenId = 0; // 0 when ok
    QString problem;          // translated, names the first broken link
};

// A row of the chain as it was once seen: its number and hash, written down outside RM Desk (a
// compliance report, a ticket). Whoever holds the database key could rewrite the whole chain so
// that it links up again; a kept anchor no longer matches then. Text form: "1234:<64 hex>".
struct AuditAnchor
{
    qint64 id = 0;
    QString hash;
    QString at; // when the row was written (for people; not part of the anchor)

    QString text() const { return QString::number(id) + QLatin1Char(':') + hash; }
    static std::optional<AuditAnchor> parse(const QString& text);
};

// The hash-chained audit trail. record() must run inside the caller's transaction, so the audit
// row commits or rolls back together with the change it describes.
class AuditTrail
{
    Q_DECLARE_TR_FUNCTIONS(AuditTrail)

public:
    static const QString GenesisHash; // 64 zeros: the "previous hash" of the first row

    static bool record(QSqlDatabase& db, const Session& session, const AuditEvent& event,
                       QString* error);
    // Records in a transaction of its own (for events that change nothing else: login, export…).
    static bool recordAlone(QSqlDatabase& db, const Session& session, const AuditEvent& event,
                            QString* error);
    static QList<AuditRow> list(const QSqlDatabase& db, const AuditFilter& filter,
                                QString* error = nullptr);
    // The chain as it stands, and (when given) each kept anchor's row still there with its hash.
    static AuditVerification verify(const QSqlDatabase& db, const QList<AuditAnchor>& kept = {});
    // The newest row: the anchor to keep. Empty (id 0) when the trail has no rows.
    static std::optional<AuditAnchor> head(const QSqlDatabase& db, QString* error);

    // SHA-256 (hex) over the previous hash and the row's canonical content.
    static QString hashOf(const AuditRow& row);
};

} // namespace rmdesk
