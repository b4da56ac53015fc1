#pragma once

#include <QWidget>

#include <atomic>
#include <functional>
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

// Users and their key slots, the database key and backups: for administrators. A backup and a
// rekey run on a thread of their own, with their progress under the buttons (not in a dialog, so
// the idle lock does not stop them). A backup can be cancelled and then leaves no copy; a rekey
// cannot (SQLCipher rewrites the pages in one transaction), and the page says so.
class AdministrationPage : public QWidget
{
    Q_OBJECT
public:
    explicit AdministrationPage(Vault& vault, QWidget* parent = nullptr);
    ~AdministrationPage() override; // cancels a running backup, waits for it or a rekey
    void refresh();
    // Selects the row of `userName` in the table (false when not listed).
    bool selectUser(const QString& userName);
    // Asked before the window closes: a running backup is cancelled if the person agrees; a
    // rekey cannot be, so the window stays until it is done (false).
    bool mayClose();

private:
    QString selectedUser() const;
    void updateButtons();
    void addUser();
    void resetPassword();
    void disableUser();
    void enableUser();
    void rekey();
    void backup();
    // Starts `work` on the worker thread; the bar follows the size of `growing` against
    // `expected` bytes; `finished` runs on this thread afterwards.
    void startWork(const QString& name, std::function<void()> work, const QString& growing,
                   qint64 expected, std::function<void()> finished);
    void setWorkRunning(bool running, bool cancellable);
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
    QThread* m_workThread = nullptr;
    bool m_rekeying = false;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QLabel* m_message;
    QLabel* m_productCount;
};

} // namespace rmdesk
