// The Approvals page's identity-change checks on a real encrypted database, driven by object
// name: a supervisor confirms one RM's change and rejects another (the old values come back), and
// cannot decide their own. With RMDESK_SCREENSHOT_DIR set, the section is saved in zh_CN.
#include "appstyle.h"
#include "customer360.h"
#include "mainwindow.h"
#include "navigationrail.h"
#include "pages/approvalspage.h"
#include "pages/changecheckssection.h"
#include "stores/customerstore.h"
#include "uitestsupport.h"

#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>

using namespace rmdesk;
using namespace rmdesk::test;

namespace {

struct CheckUiFixture : UiFixture
{
    CheckUiFixture()
    {
        addUser(QStringLiteral("wang.fang"), Role::Rm);
        addUser(QStringLiteral("li.na"), Role::Supervisor);
        rm = loginAs(QStringLiteral("wang.fang"), userPassword);
        sup = loginAs(QStringLiteral("li.na"), userPassword);
    }
    qint64 add(Vault& who, const QString& name)
    {
        qint64 id = 0;
        StoreError error;
        BOOST_REQUIRE_MESSAGE(CustomerStore(who.database().connection())
                                  .add(who.session(), CustomerType::Individual,
                                       {{QStringLiteral("name"), name},
                                        {QStringLiteral("mobile"), QStringLiteral("13812345678")}},
                                       &id, &error),
                              error.message);
        return id;
    }
    void rename(Vault& who, qint64 id, const QString& name)
    {
        StoreError error;
        BOOST_REQUIRE_MESSAGE(CustomerStore(who.database().connection())
                                  .update(who.session(), id, {{QStringLiteral("name"), name}},
                                          QStringLiteral("marriage"),
                                          QStringLiteral("Name change certificate"),
                                          QStringLiteral("PSB-2026-0815"), &error),
                              error.message);
    }
    // The customer's change was made `days` ago.
    void waited(qint64 id, int days)
    {
        QSqlQuery q(vault->database().connection());
        q.prepare(QStringLiteral("UPDATE change_checks SET changed_at = ? WHERE customer_id = ?"));
        q.addBindValue(QDateTime::currentDateTimeUtc().addDays(-days).toString(Qt::ISODateWithMs));
        q.addBindValue(id);
        BOOST_REQUIRE(q.exec());
    }
    QString nameOf(qint64 id)
    {
        QSqlQuery q(vault->database().connection());
        q.prepare(QStringLiteral("SELECT name FROM customers WHERE id = ?"));
        q.addBindValue(id);
        BOOST_REQUIRE(q.exec() && q.next());
        return q.value(0).toString();
    }
    std::unique_ptr<Vault> rm, sup;
};

} // namespace

BOOST_FIXTURE_TEST_SUITE(change_checks_ui, CheckUiFixture)

BOOST_AUTO_TEST_CASE(a_supervisor_confirms_and_rejects_identity_changes)
{
    applyAppStyle(*qApp);
    useLanguage(shotDir().isEmpty() ? QStringLiteral("en") : QStringLiteral("zh_CN"));
    const qint64 a = add(*rm, QStringLiteral("张伟"));
    const qint64 b = add(*rm, QStringLiteral("李娜"));
    const qint64 own = add(*sup, QStringLiteral("王芳"));
    rename(*rm, a, QStringLiteral("张薇"));
    rename(*rm, b, QStringLiteral("李娜娜"));
    rename(*sup, own, QStringLiteral("王芳芳"));
    // The first change has waited ten days: past the five the rules give.
    waited(a, 10);

    MainWindow window(*sup);
    window.resize(1200, 700);
    window.show();
    for (int i = 0; i < window.rail()->count(); ++i)
        if (window.rail()->item(i)->data(Qt::UserRole).toString() == QLatin1String("approvalsPage"))
            window.rail()->setCurrentRow(i);
    auto* page = child<ApprovalsPage>(&window, "approvalsPage");
    BOOST_REQUIRE(page->isVisible());
    page->refresh();
    BOOST_REQUIRE(waitFor([&] { return !page->isLoadingDuplicates(); }));
    page->sections()->setCurrentIndex(3);
    BOOST_TEST(page->sections()->isTabVisible(3));
    BOOST_TEST(page->sections()->tabText(3).contains(QStringLiteral("3")));
    auto* table = child<QTableWidget>(page, "changeChecksView");
    BOOST_REQUIRE(table->rowCount() == 3);
    BOOST_TEST(cellText(table, 0, 1).contains(QStringLiteral("张*")));
    BOOST_TEST(cellText(table, 0, 2).contains(QStringLiteral("张* → 张*")));
    BOOST_TEST(cellText(table, 0, 3).contains(QStringLiteral("PSB-2026-0815")));
    BOOST_TEST(cellText(table, 0, 4) == QStringLiteral("wang.fang"));
    BOOST_TEST(!enabled(page, "confirmChangeButton")); // nothing selected

    // Their own change: neither button, and the tooltip says why.
    table->selectRow(2);
    BOOST_TEST(cellText(table, 2, 4) == QStringLiteral("li.na"));
    if (shotDir().isEmpty()) {
        BOOST_TEST(cellText(table, 0, 6).contains(QStringLiteral("late")));
        BOOST_TEST(!cellText(table, 2, 6).contains(QStringLiteral("late")));
        BOOST_TEST(page->sections()->tabText(3).contains(QStringLiteral("1 late")));
    }
    BOOST_TEST(!enabled(page, "confirmChangeButton"));
    BOOST_TEST(!enabled(page, "rejectChangeButton"));
    BOOST_TEST(!child<QPushButton>(page, "rejectChangeButton")->toolTip().isEmpty());

    table->selectRow(0);
    BOOST_REQUIRE(enabled(page, "confirmChangeButton"));
    // The values in the clear, with a reason.
    Dialogs::setNextText(QStringLiteral("comparing with the certificate"));
    click(page, "showChangeValuesButton");
    BOOST_TEST(cellText(table, 0, 2).contains(QStringLiteral("张伟 → 张薇")));
    BOOST_TEST(cellText(table, 1, 2).contains(QStringLiteral("李* → 李**"))); // only the one
    BOOST_TEST(!enabled(page, "showChangeValuesButton"));
    BOOST_REQUIRE(enabled(page, "confirmChangeButton"));
    saveShot(&window, QStringLiteral("approvals-identity-changes.png"));
    // Confirm asks first; declining changes nothing.
    Dialogs::setNextAnswer(false);
    click(page, "confirmChangeButton");
    BOOST_TEST(table->rowCount() == 3);
    Dialogs::setNextAnswer(true);
    click(page, "confirmChangeButton");
    BOOST_REQUIRE(table->rowCount() == 2);
    BOOST_TEST(nameOf(a) == QStringLiteral("张薇"));
    BOOST_TEST(page->sections()->tabText(3).contains(QStringLiteral("2")));

    // Reject: asks why, restores the old name.
    table->selectRow(0);
    BOOST_TEST(cellText(table, 0, 1).contains(QStringLiteral("李*")));
    Dialogs::setNextText(QStringLiteral("The certificate names 李娜"));
    click(page, "rejectChangeButton");
    BOOST_REQUIRE(table->rowCount() == 1);
    BOOST_TEST(nameOf(b) == QStringLiteral("李娜"));
    BOOST_TEST(nameOf(own) == QStringLiteral("王芳芳"));

    // The RM reads the outcome in the profile's history.
    Customer360 history(*rm, b);
    StoreError error;
    BOOST_REQUIRE_MESSAGE(history.load(&error), error.message);
    history.resize(1100, 500);
    history.show();
    child<QTabWidget>(&history, "customerSections")->setCurrentIndex(2);
    auto* changes = child<QTableWidget>(&history, "changesView");
    BOOST_REQUIRE(changes->rowCount() == 2);
    BOOST_TEST(cellText(changes, 0, 1) == QStringLiteral("li.na")); // the restoration
    BOOST_TEST(cellText(changes, 0, 5) == QStringLiteral("The certificate names 李娜"));
    BOOST_TEST(cellText(changes, 0, 7).isEmpty());
    BOOST_TEST(cellText(changes, 1, 7).contains(QStringLiteral("li.na")));
    if (shotDir().isEmpty())
        BOOST_TEST(cellText(changes, 1, 7).contains(QStringLiteral("rejected")));
    saveShot(&history, QStringLiteral("customer360-change-check.png"));
    useLanguage(QStringLiteral("en"));
}

BOOST_AUTO_TEST_CASE(my_day_counts_them_and_opens_them)
{
    applyAppStyle(*qApp);
    useLanguage(shotDir().isEmpty() ? QStringLiteral("en") : QStringLiteral("zh_CN"));
    const qint64 a = add(*rm, QStringLiteral("张伟"));
    rename(*rm, a, QStringLiteral("张薇"));
    rename(*rm, add(*rm, QStringLiteral("李娜")), QStringLiteral("李娜娜"));
    waited(a, 10);
    MainWindow window(*sup);
    window.resize(1200, 700);
    window.show();
    auto* button = child<QPushButton>(&window, "myDayChecksButton");
    BOOST_TEST(button->isVisible()); // My day is the supervisor's start page
    if (shotDir().isEmpty()) {
        BOOST_TEST(button->text().contains(QStringLiteral("2 identity change")), button->text());
        BOOST_TEST(button->text().contains(QStringLiteral("1 late")), button->text());
    }
    saveShot(&window, QStringLiteral("myday-checks.png"));
    button->click();
    auto* page = child<ApprovalsPage>(&window, "approvalsPage");
    BOOST_TEST(page->isVisible());
    BOOST_TEST(page->sections()->currentWidget() == page->changeChecks());
    BOOST_TEST(child<QTableWidget>(page, "changeChecksView")->rowCount() == 2);
    // An RM has no such count.
    MainWindow rmWindow(*rm);
    rmWindow.show();
    BOOST_TEST(!child<QPushButton>(&rmWindow, "myDayChecksButton")->isVisible());
    useLanguage(QStringLiteral("en"));
}

BOOST_AUTO_TEST_CASE(the_section_is_empty_and_rms_do_not_see_it)
{
    applyAppStyle(*qApp);
    MainWindow window(*sup);
    window.show();
    auto* page = child<ApprovalsPage>(&window, "approvalsPage");
    page->refresh();
    BOOST_REQUIRE(waitFor([&] { return !page->isLoadingDuplicates(); }));
    BOOST_TEST(child<QWidget>(page, "changeChecksEmpty")->isVisibleTo(page->changeChecks()));
    MainWindow rmWindow(*rm);
    BOOST_TEST(!rmWindow.findChild<ApprovalsPage*>(QStringLiteral("approvalsPage")));
}

BOOST_AUTO_TEST_SUITE_END()
