#pragma once

// What CustomerMerge and CustomerRetention share: a customer row as stored (unmasked, for the
// store's own decisions only), scope checks against it, and small SQL helpers.
#include "domain/customerfields.h"
#include "security/permissions.h"
#include "stores/storeerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace rmdesk::lifecycle {

inline QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

inline QVariant nullable(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

// A customer row with every column, as text (and as JSON for the merge archive).
struct StoredCustomer
{
    qint64 id = 0;
    CustomerType type = CustomerType::Individual;
    QString branch;
    qint64 rmUserId = 0;
    QHash<QString, QString> values;
    QJsonObject json;

    QString value(const char* column) const { return values.value(QLatin1String(column)); }
    Target target() const { return Target{branch, rmUserId}; }
};

class Support
{
    Q_DECLARE_TR_FUNCTIONS(CustomerLifecycle)

public:
    static std::optional<StoredCustomer> load(const QSqlDatabase& db, qint64 id, StoreError* error);
    // Refuses (Forbidden) unless the session may perform `action` on the customer.
    static bool permitted(const Session& session, Action action, const StoredCustomer& c,
                          StoreError* error);
    // "c.branch_code = ?" and the like for the session's scope of `action`; empty (with *error)
    // when the role may not perform it at all. `alias` names the customers table.
    static QString scopeClause(const Session& session, Action action, const QString& alias,
                               QVariantList* binds, StoreError* error);
    // Runs a prepared statement with its binds; false with the driver's message.
    static bool exec(QSqlQuery& q, const QVariantList& binds, QString* error);
    static int count(const QSqlDatabase& db, const QString& sql, const QVariantList& binds);
};

} // namespace rmdesk::lifecycle
