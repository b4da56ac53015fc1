#pragma once

#include "security/session.h"
#include "stores/userstore.h"

#include <QAbstractTableModel>

namespace rmdesk {

// The users of a database, one row per user, for the administration page.
class UserTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        FullNameColumn,
        RoleColumn,
        BranchColumn,
        StatusColumn,
        MustChangeColumn,
        CreatedColumn,
        ColumnCount
    };

    explicit UserTableModel(QObject* parent = nullptr);
    // Reads the users through UserStore in `session`; false (with *error) when refused or failed.
    bool refresh(const QSqlDatabase& db, const Session& session, StoreError* error);
    void setUsers(QList<UserRecord> users);
    UserRecord user(int row) const { return m_users.value(row); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "Relationship manager", "Administrator", … translated.
    static QString roleLabel(Role role);

private:
    QList<UserRecord> m_users;
};

} // namespace rmdesk
