#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace rmdesk {

class Database;
class RuleTableModel;
struct Session;

// The start page: which database is open, how it is protected, and the regulatory rules in force.
class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    // session: who is signed in; an administrator (SettingsEdit) may publish new rule versions.
    OverviewPage(Database* database, bool temporary, const Session* session = nullptr,
                 QWidget* parent = nullptr);
    void refresh();
    // Opens the dialog for a new version of the selected rule set (or the first).
    void editRules();

private:
    Database* m_database;
    const Session* m_session;
    QLabel* m_file;
    QLabel* m_encryption;
    QLabel* m_schema;
    QLabel* m_size;
    QStackedWidget* m_rulesStack;
    QTableView* m_rulesView;
    RuleTableModel* m_rules;
    QLabel* m_upcoming;
    QLabel* m_rulesStatus = nullptr; // with the button below, for administrators only
    QPushButton* m_editRules = nullptr;
};

} // namespace rmdesk
