// The main window on a real encrypted database: pages, navigation, status bar, and the Chinese UI.
#include "common/testsupport.h"
#include "localization.h"
#include "mainwindow.h"
#include "navigationrail.h"
#include "storage/database.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTranslator>

using namespace rmdesk;
using namespace rmdesk::test;

namespace {

struct WindowFixture
{
    WindowFixture()
    {
        db = Database::create(folder.file(QStringLiteral("ui.rmdb")), keys, &error);
        BOOST_REQUIRE_MESSAGE(db, error.message);
    }
    TempFolder folder;
    MemoryKeyProvider keys;
    DbError error;
    std::unique_ptr<Database> db;
};

QString labelText(QWidget* root, const char* name)
{
    auto* label = root->findChild<QLabel*>(QLatin1String(name));
    BOOST_REQUIRE_MESSAGE(label, "no label " << name);
    return label->text();
}

void removeTranslators()
{
    for (QTranslator* t : qApp->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

} // namespace

BOOST_FIXTURE_TEST_SUITE(main_window, WindowFixture)

BOOST_AUTO_TEST_CASE(shows_database_rules_and_status)
{
    MainWindow window(db.get(), true);
    window.show();
    BOOST_TEST(window.isVisible());
    BOOST_TEST(window.rail()->count() == window.pages()->count());
    BOOST_TEST(window.pages()->currentWidget()->objectName() == QStringLiteral("overviewPage"));

    BOOST_TEST(labelText(&window, "overviewFile").endsWith(QStringLiteral("ui.rmdb")));
    BOOST_TEST(labelText(&window, "overviewEncryption").contains(QStringLiteral("SQLCipher 4.6")));
    BOOST_TEST(labelText(&window, "overviewSchema").toInt() >= 2);
    BOOST_TEST(labelText(&window, "statusDatabase").contains(QStringLiteral("ui.rmdb")));
    BOOST_TEST(labelText(&window, "statusLock") == QStringLiteral("Encrypted · unlocked"));
    BOOST_TEST(window.findChild<QLabel*>(QStringLiteral("temporaryNote")) != nullptr);

    auto* rules = window.findChild<QTableView*>(QStringLiteral("rulesView"));
    BOOST_REQUIRE(rules);
    BOOST_TEST(rules->isVisible());
    BOOST_TEST(rules->model()->rowCount() > 10);

    auto* quit = window.findChild<QAction*>(QStringLiteral("actionQuit"));
    BOOST_REQUIRE(quit);
    BOOST_TEST(!quit->shortcut().isEmpty());
    quit->trigger();
    BOOST_TEST(!window.isVisible());
}

BOOST_AUTO_TEST_CASE(without_a_database_says_so)
{
    MainWindow window(nullptr, false);
    window.show();
    BOOST_TEST(labelText(&window, "overviewFile") == QStringLiteral("No database is open."));
    BOOST_TEST(labelText(&window, "statusLock") == QStringLiteral("Locked"));
    BOOST_TEST(window.findChild<QLabel*>(QStringLiteral("rulesEmpty"))->isVisible());
}

BOOST_AUTO_TEST_CASE(chinese_interface_is_translated)
{
    BOOST_REQUIRE(installTranslations(*qApp, QStringLiteral("zh_CN")));
    {
        MainWindow window(db.get(), true);
        window.show();
        BOOST_TEST(window.windowTitle() == QStringLiteral("客户经理工作台"));
        BOOST_TEST(labelText(&window, "statusLock") != QStringLiteral("Encrypted · unlocked"));
        auto* rules = window.findChild<QTableView*>(QStringLiteral("rulesView"));
        BOOST_TEST(rules->model()->headerData(0, Qt::Horizontal).toString() ==
                   QStringLiteral("规则集"));
    }
    removeTranslators();
}

BOOST_AUTO_TEST_SUITE_END()
