#include "usertablemodel.h"

#include <QDateTime>

namespace rmdesk {

UserTableModel::UserTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

bool UserTableModel::refresh(const QSqlDatabase& db, const Session& session, StoreError* error)
{
    StoreError e;
    QList<UserRecord> users = UserStore(db).list(session, &e);
    setUsers(e.ok() ? std::move(users) : QList<UserRecord>());
    if (error)
        *error = e;
    return e.ok();
}

void UserTableModel::setUsers(QList<UserRecord> users)
{
    beginResetModel();
    m_users = std::move(users);
    endResetModel();
}

int UserTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UserTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString UserTableModel::roleLabel(Role role)
{
    switch (role) {
    case Role::Rm:
        return tr("Relationship manager");
    case Role::Supervisor:
        return tr("Supervisor");
    case Role::Compliance:
        return tr("Compliance");
    case Role::Admin:
        return tr("Administrator");
    }
    return QString();
}

QVariant UserTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_users.size())
        return QVariant();
    const UserRecord& u = m_users.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return u.name;
        case FullNameColumn:
            return u.fullName;
        case RoleColumn:
            return roleLabel(u.role);
        case BranchColumn:
            return u.branch;
        case StatusColumn:
            return u.active ? tr("Active") : tr("Disabled");
        case MustChangeColumn:
            return u.mustChangePassword ? tr("Must change password") : QString();
        case CreatedColumn: {
            const QDateTime at = QDateTime::fromString(u.createdAt, Qt::ISODateWithMs);
            return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                : u.createdAt;
        }
        default:
            return QVariant();
        }
    }
    if (role == Qt::ToolTipRole && index.column() == RoleColumn)
        return roleName(u.role);
    if (role == Qt::UserRole)
        return u.name;
    return QVariant();
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case NameColumn:
        return tr("User name");
    case FullNameColumn:
        return tr("Full name");
    case RoleColumn:
        return tr("Role");
    case BranchColumn:
        return tr("Branch");
    case StatusColumn:
        return tr("Status");
    case MustChangeColumn:
        return tr("Password");
    case CreatedColumn:
        return tr("Created");
    default:
        return QVariant();
    }
}

} // namespace rmdesk
