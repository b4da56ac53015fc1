// Month-end balances and the product catalogue imported from the dialog: a check that writes
// nothing, the import on its worker thread, every rejected row listed with its reason and saved
// as a report, and the entry points (the Customers page's Import menu, the administrator's
// catalogue box). With RMDESK_SCREENSHOT_DIR set, the dialog is rendered in Chinese.
#include "holdingimportdialog.h"
#include "pages/administrationpage.h"
#include "pages/customerspage.h"
#include "uitestsupport.h"

#include <QFile>
#include <QMenu>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>

using namespace rmdesk;
using namespace rmdesk::test;

namespace {

struct HoldingDialogFixture : UiFixture
{
    HoldingDialogFixture()
    {
        addUser(QStringLiteral("sup1"), Role::Supervisor);
        QSqlDatabase db = vault->database().connection();
        execOrFail(db, QStringLiteral("INSERT OR IGNORE INTO branches (code, name) VALUES "
                                      "('B001', '总行营业部')"));
        execOrFail(db, QStringLiteral("INSERT INTO customers (id, type, name, branch_code, "
                                      "next_review_due, created_at, updated_at) VALUES (7, "
                                      "'individual', '张三', 'B001', '2027-01-01', '2026-01-01', "
                                      "'2026-01-01')"));
    }
    QString write(const char* name, const QByteArray& bytes)
    {
        const QString file = folder.file(QString::fromLatin1(name));
        QFile out(file);
        BOOST_REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        return file;
    }
    qint64 count(const QString& sql)
    {
        QSqlQuery q(vault->database().connection());
        BOOST_REQUIRE(q.exec(sql) && q.next());
        return q.value(0).toLongLong();
    }
};

} // namespace

BOOST_FIXTURE_TEST_SUITE(holding_import_dialog, HoldingDialogFixture)

BOOST_AUTO_TEST_CASE(the_catalogue_then_the_balances)
{
    // The administrator's page: an empty catalogue says what to do, then the import.
    AdministrationPage admin(*vault);
    admin.show();
    BOOST_TEST(!labelText(&admin, "productCount").isEmpty());
    const QString products = write("products.csv", "code,name,type,risk_level\n"
                                                   "WM-01,稳健理财1号,wealth,R2\n"
                                                   "DEP-01,定期存款,deposit,R7\n");
    {
        HoldingImportDialog dialog(*vault, HoldingImportDialog::Kind::Products);
        dialog.show();
        BOOST_TEST(!child<QPushButton>(&dialog, "holdingImport")->isEnabled()); // no file yet
        dialog.setFile(products);
        click(&dialog, "holdingImport");
        BOOST_REQUIRE(waitFor([&] { return !dialog.isRunning(); }));
        BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM products")) == 1);
        auto* problems = child<QTableWidget>(&dialog, "holdingProblems");
        BOOST_TEST(problems->isVisible());
        BOOST_REQUIRE(problems->rowCount() == 1);
        BOOST_TEST(problems->item(0, 0)->text() == QStringLiteral("3"));
        BOOST_TEST(problems->item(0, 1)->text() == QStringLiteral("risk_level"));
    }

    auto sup = loginAs(QStringLiteral("sup1"), userPassword);
    const QString holdings = write("holdings.csv", "customer_id,product_code,month,balance\n"
                                                   "7,WM-01,2026-10,800000\n"
                                                   "7,DEP-01,2026-10,5\n"
                                                   "8,WM-01,2026-10,5\n");
    HoldingImportDialog dialog(*sup, HoldingImportDialog::Kind::Holdings);
    dialog.resize(900, 560);
    dialog.show();
    dialog.setFile(holdings);
    // A check writes nothing and lists both bad rows.
    click(&dialog, "holdingCheck");
    BOOST_REQUIRE(waitFor([&] { return !dialog.isRunning(); }));
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM holding_series")) == 0);
    BOOST_TEST(child<QTableWidget>(&dialog, "holdingProblems")->rowCount() == 2);
    BOOST_TEST(child<QPushButton>(&dialog, "holdingSaveReport")->isEnabled());
    // The report, readable by its owner only.
    const QString report = folder.file(QStringLiteral("rejected.csv"));
    Dialogs::setNextFileName(report);
    click(&dialog, "holdingSaveReport");
    QFile f(report);
    BOOST_REQUIRE(f.open(QIODevice::ReadOnly));
    BOOST_TEST(QString::fromUtf8(f.readAll()).contains(QStringLiteral("3,product_code,")));
    BOOST_TEST((f.permissions() & (QFile::ReadGroup | QFile::ReadOther)) == 0);
    // The import writes the valid row, and the customer is affluent now (800,000 yuan).
    bool imported = false;
    QObject::connect(&dialog, &HoldingImportDialog::imported, [&] { imported = true; });
    click(&dialog, "holdingImport");
    BOOST_REQUIRE(waitFor([&] { return !dialog.isRunning(); }));
    BOOST_TEST(imported);
    BOOST_TEST(count(QStringLiteral("SELECT aum_fen FROM customers WHERE id = 7")) == 80000000);
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM customers WHERE id = 7 AND tier = "
                                    "'affluent'")) == 1);
    BOOST_TEST(labelText(&dialog, "holdingResult").contains(QStringLiteral("1")));
    useLanguage(QStringLiteral("zh_CN"));
    HoldingImportDialog shown(*sup, HoldingImportDialog::Kind::Holdings);
    shown.resize(900, 560);
    shown.show();
    shown.setFile(holdings);
    click(&shown, "holdingCheck");
    BOOST_REQUIRE(waitFor([&] { return !shown.isRunning(); }));
    saveShot(&shown, QStringLiteral("holding-import.png"));
    useLanguage(QStringLiteral("en"));
}

BOOST_AUTO_TEST_CASE(the_customers_page_offers_both_imports)
{
    auto sup = loginAs(QStringLiteral("sup1"), userPassword);
    CustomersPage page(*sup);
    auto* menu = child<QPushButton>(&page, "importCustomersButton")->menu();
    BOOST_REQUIRE(menu);
    BOOST_TEST(menu->findChild<QAction*>(QStringLiteral("importCustomersAction")) != nullptr);
    auto* holdings = menu->findChild<QAction*>(QStringLiteral("importHoldingsAction"));
    BOOST_REQUIRE(holdings);
    holdings->trigger();
    auto* dialog = page.findChild<HoldingImportDialog*>();
    BOOST_REQUIRE(dialog);
    BOOST_TEST(dialog->isVisible());
    dialog->reject();
}

BOOST_AUTO_TEST_SUITE_END()
