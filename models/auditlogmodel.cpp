#include "auditlogmodel.h"

#include <QDateTime>

namespace rmdesk {

AuditLogModel::AuditLogModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

bool AuditLogModel::refresh(const QSqlDatabase& db, const AuditFilter& filter, QString* error)
{
    QString why;
    QList<AuditRow> rows = AuditTrail::list(db, filter, &why);
    setRows(why.isEmpty() ? std::move(rows) : QList<AuditRow>());
    if (error)
        *error = why;
    return why.isEmpty();
}

void AuditLogModel::setRows(QList<AuditRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int AuditLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return QVariant();
    const AuditRow& r = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case IdColumn:
            return r.id;
        case TimeColumn: {
            if (role == Qt::ToolTipRole)
                return r.at;
            const QDateTime at = QDateTime::fromString(r.at, Qt::ISODateWithMs);
            return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                : r.at;
        }
        case UserColumn:
            return r.userName;
        case RoleColumn:
            return r.role;
        case ActionColumn:
            return r.action;
        case EntityColumn:
            return r.entity;
        case EntityIdColumn:
            return r.entityId;
        case DetailsColumn:
            return r.details == QLatin1String("{}") ? QString() : r.details;
        case ReasonColumn:
            return r.reason;
        default:
            return QVariant();
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == IdColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return QVariant();
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case IdColumn:
        return tr("No.");
    case TimeColumn:
        return tr("Time");
    case UserColumn:
        return tr("User");
    case RoleColumn:
        return tr("Role");
    case ActionColumn:
        return tr("Action");
    case EntityColumn:
        return tr("Record");
    case EntityIdColumn:
        return tr("Record ID");
    case DetailsColumn:
        return tr("Details");
    case ReasonColumn:
        return tr("Reason");
    default:
        return QVariant();
    }
}

} // namespace rmdesk
