#pragma once

#include "stores/rulestore.h"

#include <QAbstractTableModel>

namespace rmdesk {

// The rules in force, one row per rule, with translated names for the rule sets and keys.
class RuleTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        RuleSetColumn,
        RuleColumn,
        ValueColumn,
        VersionColumn,
        EffectiveColumn,
        SourceColumn,
        ColumnCount
    };

    explicit RuleTableModel(QObject* parent = nullptr);
    void setRules(QList<Rule> rules);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QString ruleSetName(int row) const { return m_rules.value(row).ruleSet; }

    static QString ruleSetLabel(const QString& name);
    static QString ruleLabel(const QString& key);
    static QString valueLabel(const QString& value);

private:
    QList<Rule> m_rules;
};

} // namespace rmdesk
