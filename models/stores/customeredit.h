#pragma once

#include "domain/customerfields.h"
#include "security/session.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

namespace rmdesk {

class Masker;

// One edit of a customer's profile, checked and ready to write.
struct CustomerEdit
{
    qint64 customerId = 0;
    CustomerType type = CustomerType::Individual;
    QHash<QString, QPair<QString, QString>> diff; // field → {old, new}; "rm" holds user names
    qint64 rmUserId = 0;                          // the new RM, when diff has "rm"
    QHash<QString, QString> before;               // the stored values (for the search entries)
    QString reason;
    QString proofType;
    QString proofRef;
    qint64 checkId = 0; // the second person's check that covers the edit (schema 21), or 0
};

// Writes an edit inside the caller's transaction: the new values, one customer_changes row per
// field with its reason, proof and check, and the search entries when the name, mobile or ID
// number changed. Each value is written only over the old value the edit was planned from: when
// another connection changed it in between, nothing is written and *why says so. *audited receives
// the masked old and new values (the audit trail is readable by administrators). Used by a profile
// edit and by the rejection of an identity change.
class CustomerEditWriter
{
    Q_DECLARE_TR_FUNCTIONS(CustomerEditWriter)

public:
    static bool write(QSqlDatabase& db, const Session& session, const CustomerEdit& edit,
                      const Masker& masker, const QString& at, QJsonObject* audited, QString* why);
};

} // namespace rmdesk
