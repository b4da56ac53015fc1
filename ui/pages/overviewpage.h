#pragma once

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTableView;

namespace rmdesk {

class Database;
class RuleTableModel;

// The start page: which database is open, how it is protected, and the regulatory rules in force.
class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPage(Database* database, bool temporary, QWidget* parent = nullptr);
    void refresh();

private:
    Database* m_database;
    QLabel* m_file;
    QLabel* m_encryption;
    QLabel* m_schema;
    QLabel* m_size;
    QStackedWidget* m_rulesStack;
    QTableView* m_rulesView;
    RuleTableModel* m_rules;
};

} // namespace rmdesk
