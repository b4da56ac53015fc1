#pragma once

#include <QWidget>

#include <atomic>
#include <memory>

class QLabel;
class QProgressBar;
class QThread;
class QTimer;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace rmdesk {

class UserTableModel;
class Vault;

// Users and their key slots, the database key and backups: for administrators. A backup runs on
// a thread of its own, with its progress and a Cancel button under the buttons (not a dialog, so
// the idle lock does not cancel it); cancelled, it leaves no copy.
class AdministrationPage : public QWidget
{
    Q_OBJECT
public:
    explicit AdministrationPage(Vault& vault, QWidget* parent = nullptr);
    ~AdministrationPage() override; // cancels a running backup and waits for it
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
    void setBackupRunning(bool running);
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
    QProgressBar* m_backupProgress;
    QPushButton* m_cancelBackup;
    QTimer* m_backupPoll;
    QThread* m_backupThread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QLabel* m_message;
};

} // namespace rmdesk
