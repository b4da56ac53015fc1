#pragma once

#include "stores/audittrail.h"

#include <QAbstractTableModel>

namespace rmdesk {

// Rows of the audit trail, newest first, for the audit log viewer.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        TimeColumn,
        UserColumn,
        RoleColumn,
        ActionColumn,
        EntityColumn,
        EntityIdColumn,
        DetailsColumn,
        ReasonColumn,
        ColumnCount
    };

    explicit AuditLogModel(QObject* parent = nullptr);
    // Reads the rows `filter` selects through AuditTrail; false (with *error) when that fails.
    bool refresh(const QSqlDatabase& db, const AuditFilter& filter, QString* error);
    void setRows(QList<AuditRow> rows);
    AuditRow row(int index) const { return m_rows.value(index); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<AuditRow> m_rows;
};

} // namespace rmdesk
