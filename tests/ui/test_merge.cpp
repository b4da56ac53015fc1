// The merge view, the approvals page and the lifecycle band of the 360 view on a real encrypted
// database, driven by object name: an RM compares two records and asks for a merge, a supervisor
// approves it; duplicates are dismissed, purges asked for and approved by two roles. With
// RMDESK_SCREENSHOT_DIR set, the merge view and the approvals page are saved in zh_CN.
#include "appstyle.h"
#include "customer360.h"
#include "customerlifecyclebar.h"
#include "customermergedialog.h"
#include "localization.h"
#include "mainwindow.h"
#include "navigationrail.h"
#include "pages/approvalspage.h"
#include "stores/audittrail.h"
#include "stores/customermerge.h"
#include "stores/customerretention.h"
#include "stores/customerstore.h"
#include "uitestsupport.h"

#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QTranslator>

using namespace rmdesk;
using namespace rmdesk::test;

namespace {

struct MergeUiFixture : UiFixture
{
    MergeUiFixture()
    {
        addUser(QStringLiteral("wang.fang"), Role::Rm);
        addUser(QStringLiteral("li.na"), Role::Supervisor);
        addUser(QStringLiteral("zhou.qiang"), Role::Supervisor);
        addUser(QStringLiteral("zhao.lei"), Role::Compliance, QString());
        rm = loginAs(QStringLiteral("wang.fang"), userPassword);
        sup = loginAs(QStringLiteral("li.na"), userPassword);
        sup2 = loginAs(QStringLiteral("zhou.qiang"), userPassword);
        comp = loginAs(QStringLiteral("zhao.lei"), userPassword);
        keep = add({{QStringLiteral("name"), QStringLiteral("张伟")},
                    {QStringLiteral("mobile"), QStringLiteral("13812345678")},
                    {QStringLiteral("email"), QStringLiteral("zhangwei@example.com")},
                    {QStringLiteral("occupation"), QStringLiteral("教师")},
                    {QStringLiteral("risk_level"), QStringLiteral("C3")}});
        absorb = add({{QStringLiteral("name"), QStringLiteral("张伟")},
                      {QStringLiteral("mobile"), QStringLiteral("13812345678")},
                      {QStringLiteral("id_number"), QStringLiteral("11010519491231002X")},
                      {QStringLiteral("email"), QStringLiteral("zw.new@example.com")},
                      {QStringLiteral("address"), QStringLiteral("上海市浦东新区世纪大道100号")},
                      {QStringLiteral("risk_level"), QStringLiteral("C4")}});
        StoreError error;
        BOOST_REQUIRE(
            CustomerStore(rm->database().connection())
                .recordReview(rm->session(), absorb,
                              {QString(), QString(), QStringLiteral("ID card"),
                               QStringLiteral("confirmed"), QString(), QString(), QString()},
                              &error));
    }
    qint64 add(const QHash<QString, QString>& values)
    {
        qint64 id = 0;
        StoreError error;
        BOOST_REQUIRE_MESSAGE(
            CustomerStore(rm->database().connection())
                .add(rm->session(), CustomerType::Individual, values, &id, &error),
            error.message);
        return id;
    }
    int count(const QString& sql)
    {
        QSqlQuery q(vault->database().connection());
        BOOST_REQUIRE(q.exec(sql) && q.next());
        return q.value(0).toInt();
    }
    std::unique_ptr<Vault> rm, sup, sup2, comp;
    qint64 keep = 0;
    qint64 absorb = 0;
};

QRadioButton* radio(const QObject* root, const QString& name)
{
    return child<QRadioButton>(root, name.toLatin1().constData());
}

} // namespace

BOOST_FIXTURE_TEST_SUITE(merge_ui, MergeUiFixture)

BOOST_AUTO_TEST_CASE(an_rm_asks_for_a_merge_and_a_supervisor_approves_it)
{
    applyAppStyle(*qApp);
    useLanguage(shotDir().isEmpty() ? QStringLiteral("en") : QStringLiteral("zh_CN"));
    // The 360 view flags the likely duplicate.
    Customer360 view(*rm, keep);
    StoreError error;
    BOOST_REQUIRE_MESSAGE(view.load(&error), error.message);
    view.show();
    BOOST_TEST(child<QWidget>(&view, "duplicateBanner")->isVisible());
    BOOST_TEST(labelText(&view, "duplicateText").contains(QString::number(absorb)));
    view.resize(1100, 600);
    saveShot(&view, QStringLiteral("customer360-duplicate.png"));
    click(&view, "compareButton");
    auto* dialog = openDialog<CustomerMergeDialog>(&view, "customerMergeDialog");
    dialog->resize(1100, 820);

    // Masked values side by side; defaults: keep's value, absorb's where keep has none.
    BOOST_TEST(radio(dialog, QStringLiteral("keep_mobile"))->text() ==
               QStringLiteral("138****5678"));
    BOOST_TEST(radio(dialog, QStringLiteral("keep_email"))->isChecked());
    BOOST_TEST(radio(dialog, QStringLiteral("keep_name"))->font().bold()); // what survives
    BOOST_TEST(!radio(dialog, QStringLiteral("absorb_name"))->font().bold());
    BOOST_TEST(radio(dialog, QStringLiteral("absorb_id_number"))->isChecked());
    BOOST_TEST(radio(dialog, QStringLiteral("absorb_id_number"))->text() ==
               QStringLiteral("110***********002X"));
    BOOST_TEST(radio(dialog, QStringLiteral("absorb_address"))->isChecked());
    BOOST_TEST(radio(dialog, QStringLiteral("keep_risk_level"))->isChecked());
    BOOST_TEST(labelText(dialog, "absorbHistory").contains(QStringLiteral("1")));
    BOOST_TEST(!child<QPushButton>(dialog, "approveMergeButton")->isVisible());
    // Choose the absorbed record's email; ask with a reason.
    radio(dialog, QStringLiteral("absorb_email"))->click();
    BOOST_TEST(dialog->choices().value(QStringLiteral("email")) == QStringLiteral("absorb"));
    BOOST_TEST(!child<QPushButton>(dialog, "requestMergeButton")->isEnabled());
    setText(dialog, "mergeReason", QStringLiteral("Same ID card; added twice"));
    saveShot(dialog, QStringLiteral("merge-view.png"));
    click(dialog, "requestMergeButton");
    BOOST_TEST(!dialog->isVisible());
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM merge_requests WHERE status = "
                                    "'pending'")) == 1);
    BOOST_TEST(labelText(&view, "duplicateText").contains(QStringLiteral("wang.fang")));

    // The supervisor sees the request with its choices fixed, and approves it.
    const auto request =
        CustomerMerge(sup->database().connection()).requests(sup->session(), true, &error).value(0);
    BOOST_REQUIRE(request.id > 0);
    CustomerMergeDialog approve(*sup, request);
    BOOST_REQUIRE_MESSAGE(approve.load(&error), error.message);
    approve.resize(1100, 820);
    approve.show();
    BOOST_TEST(radio(&approve, QStringLiteral("absorb_email"))->isChecked());
    BOOST_TEST(radio(&approve, QStringLiteral("keep_email"))
                   ->testAttribute(Qt::WA_TransparentForMouseEvents)); // fixed, still readable
    BOOST_TEST(!child<QPushButton>(&approve, "requestMergeButton")->isVisible());
    BOOST_TEST(!child<QPushButton>(&approve, "rejectMergeButton")->isEnabled()); // needs a note
    saveShot(&approve, QStringLiteral("merge-approve.png"));
    Dialogs::setNextAnswer(false); // cancelled at the confirmation: nothing happens
    click(&approve, "approveMergeButton");
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM customers")) == 2);
    Dialogs::setNextAnswer(true);
    click(&approve, "approveMergeButton");
    BOOST_TEST(Dialogs::lastMessage().contains(QString::number(absorb)));
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM customers")) == 1);
    BOOST_TEST(
        count(QStringLiteral("SELECT count(*) FROM merged_customers WHERE id = %1").arg(absorb)) ==
        1);
    const auto merged = CustomerStore(sup->database().connection())
                            .reveal(sup->session(), keep, QStringLiteral("check merge"), &error);
    BOOST_REQUIRE(merged);
    BOOST_TEST(merged->value("email") == QStringLiteral("zw.new@example.com"));
    BOOST_TEST(merged->value("occupation") == QStringLiteral("教师"));
    BOOST_TEST(merged->value("risk_level") == QStringLiteral("C3"));
    BOOST_TEST(AuditTrail::verify(vault->database().connection()).ok);
    // The survivor's history shows both records' changes and the merge.
    Customer360 survivor(*sup, keep);
    BOOST_REQUIRE(survivor.load(&error));
    survivor.resize(1100, 600);
    survivor.show();
    BOOST_TEST(!child<QWidget>(&survivor, "duplicateBanner")->isVisible());
    child<QTabWidget>(&survivor, "customerSections")->setCurrentIndex(2);
    auto* changes = child<QTableWidget>(&survivor, "changesView");
    BOOST_TEST(changes->rowCount() == 7); // six fields taken, and the merge itself
    saveShot(&survivor, QStringLiteral("customer360-merged.png"));
    useLanguage(QStringLiteral("en"));
}

BOOST_AUTO_TEST_CASE(the_requester_cannot_approve_and_sees_why)
{
    StoreError error;
    qint64 id = 0;
    BOOST_REQUIRE(
        CustomerMerge(sup->database().connection())
            .request(sup->session(), keep, absorb, {}, QStringLiteral("Same person"), &id, &error));
    const auto request =
        CustomerMerge(sup->database().connection()).find(sup->session(), id, &error);
    CustomerMergeDialog mine(*sup, *request);
    BOOST_REQUIRE(mine.load(&error));
    mine.show();
    BOOST_TEST(!child<QPushButton>(&mine, "approveMergeButton")->isVisible());
    BOOST_TEST(labelText(&mine, "mergeState").contains(QStringLiteral("another supervisor")));
    // Another supervisor rejects it with a note.
    CustomerMergeDialog other(*sup2, *request);
    BOOST_REQUIRE(other.load(&error));
    other.show();
    setText(&other, "decisionNote", QStringLiteral("Different people: checked both ID cards"));
    click(&other, "rejectMergeButton");
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM merge_requests WHERE status = "
                                    "'rejected'")) == 1);
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM customers")) == 2);
}

BOOST_AUTO_TEST_CASE(the_approvals_page_lists_duplicates_and_purges)
{
    applyAppStyle(*qApp);
    useLanguage(shotDir().isEmpty() ? QStringLiteral("en") : QStringLiteral("zh_CN"));
    StoreError error;
    const qint64 gone = add({{QStringLiteral("name"), QStringLiteral("李娜")},
                             {QStringLiteral("mobile"), QStringLiteral("13900001111")}});
    BOOST_REQUIRE(CustomerRetention(rm->database().connection())
                      .endRelationship(rm->session(), gone, QDate(2012, 3, 31),
                                       QStringLiteral("Moved abroad"), &error));
    {
        MainWindow window(*sup);
        window.resize(1200, 760);
        window.show();
        int row = -1;
        for (int i = 0; i < window.rail()->count(); ++i)
            if (window.rail()->item(i)->data(Qt::UserRole).toString() ==
                QLatin1String("approvalsPage"))
                row = i;
        BOOST_REQUIRE(row >= 0);
        window.rail()->setCurrentRow(row);
        auto* page = child<ApprovalsPage>(&window, "approvalsPage");
        BOOST_REQUIRE(waitFor([&] { return !page->isLoadingDuplicates(); }));
        auto* pairs = child<QTableWidget>(page, "duplicatesView");
        BOOST_REQUIRE(pairs->rowCount() == 1);
        BOOST_TEST(pairs->item(0, 0)->text().contains(QStringLiteral("张*")));
        page->sections()->setCurrentIndex(2);
        auto* eligible = child<QTableWidget>(page, "purgeableView");
        BOOST_REQUIRE(eligible->rowCount() == 1);
        eligible->selectRow(0);
        Dialogs::setNextText(QStringLiteral("Past retention, no open matters"));
        click(page, "requestPurgeButton");
        BOOST_REQUIRE(waitFor([&] { return !page->isLoadingDuplicates(); }));
        auto* purges = child<QTableWidget>(page, "purgeRequestsView");
        BOOST_REQUIRE(purges->rowCount() == 1);
        purges->selectRow(0);
        BOOST_TEST(!child<QPushButton>(page, "approvePurgeButton")->isEnabled()); // own request
        saveShot(&window, QStringLiteral("approvals-retention.png"));
        page->sections()->setCurrentIndex(1);
        pairs->selectRow(0);
        saveShot(&window, QStringLiteral("approvals.png"));
        Dialogs::setNextText(QStringLiteral("Checked both ID cards"));
        click(page, "dismissButton");
        BOOST_REQUIRE(waitFor([&] { return !page->isLoadingDuplicates(); }));
        BOOST_TEST(pairs->rowCount() == 0);
        BOOST_TEST(child<QWidget>(page, "duplicatesEmpty")->isVisible());
    }
    // Compliance approves the purge.
    MainWindow window(*comp);
    window.show();
    auto* page = child<ApprovalsPage>(&window, "approvalsPage");
    page->refresh();
    BOOST_REQUIRE(waitFor([&] { return !page->isLoadingDuplicates(); }));
    auto* purges = child<QTableWidget>(page, "purgeRequestsView");
    BOOST_REQUIRE(purges->rowCount() == 1);
    purges->selectRow(0);
    Dialogs::setNextAnswer(true);
    click(page, "approvePurgeButton");
    BOOST_REQUIRE(waitFor([&] { return !page->isLoadingDuplicates(); }));
    BOOST_TEST(Dialogs::lastMessage().contains(QString::number(gone))); // the confirmation
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM customers WHERE id = %1").arg(gone)) ==
               0);
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM purged_customers")) == 1);
    BOOST_TEST(purges->rowCount() == 0);
    useLanguage(QStringLiteral("en"));
}

BOOST_AUTO_TEST_CASE(the_360_view_ends_a_relationship_and_compliance_holds_it)
{
    Customer360 view(*rm, keep);
    StoreError error;
    BOOST_REQUIRE(view.load(&error));
    view.show();
    BOOST_TEST(labelText(&view, "relationshipStatus").contains(QStringLiteral("active")));
    BOOST_TEST(!child<QPushButton>(&view, "amlHoldButton")->isVisible());
    BOOST_TEST(!child<QPushButton>(&view, "reopenButton")->isVisible());
    click(&view, "endRelationshipButton");
    auto* end = openDialog<EndRelationshipDialog>(&view, "endRelationshipDialog");
    BOOST_TEST(!child<QPushButton>(end, "okButton")->isEnabled());
    setText(end, "endReason", QStringLiteral("All accounts closed"));
    click(end, "okButton");
    BOOST_TEST(labelText(&view, "relationshipStatus").contains(QStringLiteral("ended")));
    BOOST_TEST(!child<QPushButton>(&view, "endRelationshipButton")->isVisible());

    Customer360 held(*comp, keep);
    BOOST_REQUIRE(held.load(&error));
    held.show();
    BOOST_TEST(child<QPushButton>(&held, "amlHoldButton")->isVisible());
    Dialogs::setNextText(QStringLiteral("Case 2026-17"));
    click(&held, "amlHoldButton");
    BOOST_TEST(child<QWidget>(&held, "amlHoldState")->isVisible());
    BOOST_TEST(labelText(&held, "amlHoldState").contains(QStringLiteral("Case 2026-17")));
    // The RM does not see the hold.
    BOOST_REQUIRE(view.load(&error));
    BOOST_TEST(!child<QWidget>(&view, "amlHoldState")->isVisible());

    Customer360 reopen(*sup, keep);
    BOOST_REQUIRE(reopen.load(&error));
    reopen.show();
    Dialogs::setNextText(QStringLiteral("Customer came back"));
    click(&reopen, "reopenButton");
    BOOST_TEST(labelText(&reopen, "relationshipStatus").contains(QStringLiteral("active")));
}

BOOST_AUTO_TEST_SUITE_END()
