#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QStackedWidget;

namespace rmdesk {

class GlobalSearch;
class IdleLock;
class LockScreen;
class NavigationRail;
class Vault;

// The main window only assembles: the navigation rail, the pages the signed-in role may use, the
// menus, the status bar and the lock screen.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // The vault stays owned by the caller and must outlive the window.
    explicit MainWindow(Vault& vault, QWidget* parent = nullptr);

    QStackedWidget* pages() const { return m_pages; }
    NavigationRail* rail() const { return m_rail; }
    IdleLock* idleLock() const { return m_idle; }
    GlobalSearch* search() const { return m_search; } // null for roles without customers
    bool isLocked() const;

    // Hides every page behind the lock screen until the user's password is entered.
    void lock();

protected:
    // Long work on a page (a rekey, a backup) is asked first.
    void closeEvent(QCloseEvent* event) override;

private:
    void addPage(const QIcon& icon, const QString& label, QWidget* page);
    void buildMenus();
    void buildStatusBar();
    void unlock();
    void changePassword();
    void showAbout();

    Vault& m_vault;
    QStackedWidget* m_shell;
    NavigationRail* m_rail;
    QStackedWidget* m_pages;
    LockScreen* m_lockScreen;
    IdleLock* m_idle;
    QLabel* m_lockState = nullptr;
    GlobalSearch* m_search = nullptr;
    QList<QAction*> m_unlockedActions;
};

} // namespace rmdesk
