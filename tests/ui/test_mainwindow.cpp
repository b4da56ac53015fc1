// The main window on a real encrypted database: pages per role, status bar, lock screen, and the
// Chinese interface.
#include "idlelock.h"
#include "localization.h"
#include "mainwindow.h"
#include "navigationrail.h"
#include "uitestsupport.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTranslator>

using namespace rmdesk;
using namespace rmdesk::test;

namespace {

QStringList railPages(const MainWindow& window)
{
    QStringList names;
    for (int i = 0; i < window.rail()->count(); ++i)
        names << window.rail()->item(i)->data(Qt::UserRole).toString();
    return names;
}

void removeTranslators()
{
    for (QTranslator* t : qApp->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

} // namespace

BOOST_FIXTURE_TEST_SUITE(main_window, UiFixture)

BOOST_AUTO_TEST_CASE(shows_database_rules_and_status)
{
    MainWindow window(*vault);
    window.show();
    BOOST_TEST(window.isVisible());
    BOOST_TEST(window.rail()->count() == window.pages()->count());
    BOOST_TEST(window.pages()->currentWidget()->objectName() == QStringLiteral("overviewPage"));

    BOOST_TEST(labelText(&window, "overviewFile").endsWith(QStringLiteral("bank.rmdb")));
    BOOST_TEST(labelText(&window, "overviewEncryption").contains(QStringLiteral("SQLCipher 4.6")));
    BOOST_TEST(labelText(&window, "overviewSchema").toInt() >= 2);
    BOOST_TEST(labelText(&window, "statusDatabase").contains(QStringLiteral("bank.rmdb")));
    BOOST_TEST(labelText(&window, "statusUser").contains(QStringLiteral("admin")));
    BOOST_TEST(labelText(&window, "statusRole").contains(QStringLiteral("Administrator")));
    BOOST_TEST(!labelText(&window, "statusBranch").isEmpty());
    BOOST_TEST(labelText(&window, "statusLock") == QStringLiteral("Encrypted · unlocked"));
    BOOST_TEST(window.findChild<QLabel*>(QStringLiteral("temporaryNote")) == nullptr);

    auto* rules = child<QTableView>(&window, "rulesView");
    BOOST_TEST(rules->isVisible());
    BOOST_TEST(rules->model()->rowCount() > 10);

    auto* quit = child<QAction>(&window, "actionQuit");
    BOOST_TEST(!quit->shortcut().isEmpty());
    quit->trigger();
    BOOST_TEST(!window.isVisible());
}

BOOST_AUTO_TEST_CASE(the_window_stays_open_while_the_key_is_changed)
{
    MainWindow window(*vault);
    window.show();
    auto* admin = window.findChild<QWidget*>(QStringLiteral("administrationPage"));
    BOOST_REQUIRE(admin);
    window.pages()->setCurrentWidget(admin);
    Dialogs::setNextAnswer(true);
    click(admin, "rekeyButton");
    auto* quit = child<QAction>(&window, "actionQuit");
    quit->trigger();
    BOOST_TEST(window.isVisible());
    BOOST_TEST(Dialogs::lastMessage().contains(QStringLiteral("new key is in place")));
    auto* progress = child<QWidget>(admin, "backupProgress");
    BOOST_TEST(waitFor([&] { return !progress->isVisible(); }, 20000));
    quit->trigger();
    BOOST_TEST(!window.isVisible());
}

BOOST_AUTO_TEST_CASE(rail_shows_only_what_the_role_may_use)
{
    addUser(QStringLiteral("rm1"), Role::Rm);
    addUser(QStringLiteral("sup1"), Role::Supervisor);
    addUser(QStringLiteral("comp1"), Role::Compliance, QString());

    const QStringList everything = {QStringLiteral("overviewPage"),
                                    QStringLiteral("administrationPage"),
                                    QStringLiteral("auditLogPage")};
    {
        MainWindow window(*vault);
        BOOST_TEST(railPages(window) == everything);
        BOOST_TEST(window.pages()->count() == 3);
    }
    for (const char* name : {"rm1", "sup1"}) {
        auto v = loginAs(QString::fromLatin1(name), userPassword);
        MainWindow window(*v);
        // Those who serve customers start on My day; supervisors also decide merges and purges.
        QStringList pages{QStringLiteral("myDayPage"),     QStringLiteral("overviewPage"),
                          QStringLiteral("customersPage"), QStringLiteral("complaintsPage"),
                          QStringLiteral("surveysPage"),   QStringLiteral("dashboardsPage")};
        if (v->session().role == Role::Supervisor)
            pages << QStringLiteral("approvalsPage");
        BOOST_TEST(railPages(window) == pages);
        // An RM has no spot checks to read: those are the supervisors' sampling of the branch.
        BOOST_TEST(child<QTabWidget>(&window, "dashboardTabs")->count() ==
                   (v->session().role == Role::Supervisor ? 5 : 4));
        BOOST_TEST(window.findChild<QWidget*>(QStringLiteral("administrationPage")) == nullptr);
        BOOST_TEST(window.findChild<QWidget*>(QStringLiteral("auditLogPage")) == nullptr);
    }
    auto compliance = loginAs(QStringLiteral("comp1"), userPassword);
    MainWindow window(*compliance);
    BOOST_TEST(railPages(window) ==
               (QStringList{QStringLiteral("overviewPage"), QStringLiteral("customersPage"),
                            QStringLiteral("complaintsPage"), QStringLiteral("surveysPage"),
                            QStringLiteral("dashboardsPage"), QStringLiteral("approvalsPage"),
                            QStringLiteral("auditLogPage")}));
    // Administrators have no dashboards (above); compliance reads every tab, spot checks too.
    auto* tabs = child<QTabWidget>(&window, "dashboardTabs");
    QStringList tabTexts;
    for (int i = 0; i < tabs->count(); ++i)
        tabTexts << tabs->tabText(i);
    BOOST_TEST(tabTexts ==
               (QStringList{QStringLiteral("Retention"), QStringLiteral("Assessment"),
                            QStringLiteral("Evaluations"), QStringLiteral("Spot checks"),
                            QStringLiteral("Improvement measures")}));
    BOOST_TEST(labelText(&window, "statusRole").contains(QStringLiteral("Compliance")));
}

BOOST_AUTO_TEST_CASE(lock_hides_data_until_the_right_password)
{
    MainWindow window(*vault);
    window.show();
    auto* shell = child<QStackedWidget>(&window, "shell");
    auto* workspace = child<QWidget>(&window, "workspace");
    auto* lockAction = child<QAction>(&window, "actionLock");
    BOOST_TEST((lockAction->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_L)));

    lockAction->trigger();
    BOOST_TEST(window.isLocked());
    BOOST_TEST(shell->currentWidget()->objectName() == QStringLiteral("lockScreen"));
    BOOST_TEST(!workspace->isVisible());
    BOOST_TEST(!child<QTableView>(&window, "rulesView")->isVisible());
    BOOST_TEST(labelText(&window, "statusLock") == QStringLiteral("Locked"));
    BOOST_TEST(labelText(&window, "lockTitle").startsWith(QStringLiteral("Locked")));
    BOOST_TEST(!lockAction->isEnabled());
    BOOST_TEST(!child<QAction>(&window, "actionChangePassword")->isEnabled());

    setText(&window, "unlockPassword", QStringLiteral("not my password"));
    click(&window, "unlockButton");
    BOOST_TEST(window.isLocked());
    BOOST_TEST(child<QLabel>(&window, "unlockError")->isVisible());
    BOOST_TEST(!labelText(&window, "unlockError").isEmpty());
    BOOST_TEST(child<QLineEdit>(&window, "unlockPassword")->text().isEmpty());

    setText(&window, "unlockPassword", QString::fromLatin1(adminPassword));
    click(&window, "unlockButton");
    BOOST_TEST(!window.isLocked());
    BOOST_TEST(workspace->isVisible());
    BOOST_TEST(labelText(&window, "statusLock") == QStringLiteral("Encrypted · unlocked"));
    BOOST_TEST(lockAction->isEnabled());
    BOOST_TEST(child<QLineEdit>(&window, "unlockPassword")->text().isEmpty());
}

BOOST_AUTO_TEST_CASE(idle_lock_follows_the_setting_and_locks)
{
    QSettings().setValue(QStringLiteral("security/idleLockMinutes"), 0);
    {
        MainWindow window(*vault);
        BOOST_TEST(window.idleLock()->timeout() == 0);
        BOOST_TEST(!window.idleLock()->isActive());
    }
    QSettings().remove(QStringLiteral("security/idleLockMinutes"));
    MainWindow window(*vault);
    window.show();
    BOOST_TEST(window.idleLock()->timeout() == IdleLock::DefaultMinutes * 60 * 1000);
    window.idleLock()->setTimeout(50);
    BOOST_TEST(waitFor([&] { return window.isLocked(); }, 3000));
    BOOST_TEST(labelText(&window, "statusLock") == QStringLiteral("Locked"));
}

BOOST_AUTO_TEST_CASE(chinese_interface_is_translated)
{
    BOOST_REQUIRE(installTranslations(*qApp, QStringLiteral("zh_CN")));
    {
        MainWindow window(*vault);
        window.show();
        BOOST_TEST(window.windowTitle() == QStringLiteral("客户经理工作台"));
        BOOST_TEST(labelText(&window, "statusLock") != QStringLiteral("Encrypted · unlocked"));
        auto* rules = child<QTableView>(&window, "rulesView");
        BOOST_TEST(rules->model()->headerData(0, Qt::Horizontal).toString() ==
                   QStringLiteral("规则集"));
    }
    removeTranslators();
}

BOOST_AUTO_TEST_SUITE_END()
