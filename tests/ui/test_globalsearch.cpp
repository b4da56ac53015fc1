// Ctrl+K search from any page: results as the user types, masked and scoped, and Enter opens the
// customer's 360 view on the Customers page.
#include "globalsearch.h"
#include "mainwindow.h"
#include "navigationrail.h"
#include "pages/customerspage.h"
#include "stores/customerstore.h"
#include "uitestsupport.h"

#include <QAction>
#include <QKeyEvent>
#include <QListWidget>
#include <QStackedWidget>
#include <QTabWidget>

using namespace rmdesk;
using namespace rmdesk::test;

BOOST_FIXTURE_TEST_SUITE(global_search, UiFixture)

BOOST_AUTO_TEST_CASE(find_by_initials_and_open_with_enter)
{
    addUser(QStringLiteral("li.na"), Role::Rm);
    addUser(QStringLiteral("wang.fang"), Role::Rm, QStringLiteral("B002"));
    auto rm = loginAs(QStringLiteral("li.na"), userPassword);
    StoreError e;
    qint64 id = 0;
    BOOST_REQUIRE(CustomerStore(rm->database().connection())
                      .add(rm->session(), CustomerType::Individual,
                           {{QStringLiteral("name"), QStringLiteral("张三")},
                            {QStringLiteral("mobile"), QStringLiteral("13812345678")}},
                           &id, &e));

    MainWindow window(*rm);
    window.show();
    GlobalSearch* search = window.search();
    BOOST_REQUIRE(search);
    // Ctrl+K from the Overview page puts the cursor in the search field.
    window.findChild<QAction*>(QStringLiteral("actionFindCustomer"))->trigger();
    search->field()->setText(QStringLiteral("zs"));
    search->searchNow();
    QListWidget* results = search->results();
    BOOST_REQUIRE(results->isVisible());
    BOOST_REQUIRE(results->count() == 1);
    BOOST_TEST(results->item(0)->text().contains(QStringLiteral("张*")));
    BOOST_TEST(results->item(0)->text().contains(QStringLiteral("138****5678")));
    QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
    QCoreApplication::sendEvent(search->field(), &enter);
    BOOST_TEST(!results->isVisible());
    auto* customers = window.findChild<CustomersPage*>();
    BOOST_REQUIRE(customers);
    BOOST_TEST(window.pages()->currentWidget() == customers);
    auto* tabs = customers->findChild<QTabWidget*>();
    BOOST_REQUIRE(tabs);
    BOOST_TEST(tabs->count() == 2); // the list and the opened customer

    // Another branch's RM finds nothing, and is told so.
    auto other = loginAs(QStringLiteral("wang.fang"), userPassword);
    MainWindow otherWindow(*other);
    otherWindow.show();
    otherWindow.search()->field()->setText(QStringLiteral("5678"));
    otherWindow.search()->searchNow();
    BOOST_REQUIRE(otherWindow.search()->results()->count() == 1);
    BOOST_TEST(!(otherWindow.search()->results()->item(0)->flags() & Qt::ItemIsEnabled));
}

BOOST_AUTO_TEST_CASE(masked_digits_are_explained_in_the_list)
{
    // More of a number than the masked list shows, but not all of it: the list says why nothing
    // is searched (in Chinese; RMDESK_SCREENSHOT_DIR keeps a picture of it).
    addUser(QStringLiteral("li.na"), Role::Rm);
    auto rm = loginAs(QStringLiteral("li.na"), userPassword);
    useLanguage(QStringLiteral("zh_CN"));
    {
        MainWindow window(*rm);
        window.resize(1280, 800);
        window.show();
        window.search()->field()->setText(QStringLiteral("345678"));
        window.search()->searchNow();
        QListWidget* results = window.search()->results();
        BOOST_REQUIRE(results->count() == 1);
        BOOST_TEST(results->item(0)->text().contains(QStringLiteral("末尾 4 位")),
                   results->item(0)->text().toStdString());
        saveShot(results, QStringLiteral("search-masked-digits.png"));
    }
    useLanguage(QStringLiteral("en"));
}

BOOST_AUTO_TEST_CASE(administrators_have_no_customer_search)
{
    MainWindow window(*vault);
    BOOST_TEST(window.search() == nullptr);
    BOOST_TEST(window.findChild<QAction*>(QStringLiteral("actionFindCustomer")) == nullptr);
}

BOOST_AUTO_TEST_SUITE_END()
