#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace rmdesk {

class UserTableModel;
class Vault;

// Users and their key slots, the database key and backups: for administrators.
class AdministrationPage : public QWidget
{
    Q_OBJECT
public:
    explicit AdministrationPage(Vault& vault, QWidget* parent = nullptr);
    void refresh();
    // Selects the row of `userName` in the table (false when not listed).
    bool selectUser(const QString& userName);

private:
    QString selectedUser() const;
    void updateButtons();
    void addUser();
    void resetPassword();
    void disableUser();
    void enableUser();
    void rekey();
    void backup();
    void report(bool ok, const QString& message);

    Vault& m_vault;
    UserTableModel* m_users;
    QTableView* m_view;
    QStackedWidget* m_stack;
    QPushButton* m_add;
    QPushButton* m_reset;
    QPushButton* m_disable;
    QPushButton* m_enable;
    QPushButton* m_rekey;
    QPushButton* m_backup;
    QLabel* m_message;
};

} // namespace rmdesk
