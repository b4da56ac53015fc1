#pragma once

#include "security/session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

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
    static AuditVerification verify(const QSqlDatabase& db);

    // SHA-256 (hex) over the previous hash and the row's canonical content.
    static QString hashOf(const AuditRow& row);
};

} // namespace rmdesk
