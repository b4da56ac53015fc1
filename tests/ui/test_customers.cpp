// The customer screens on a real encrypted database: the list (masked, paged, overdue filter), the
// add/edit dialog with validation as you type, proof documents and drafts, the 360 view with
// unmasking and records, and what other roles and branches get.
#include "customer360.h"
#include "customereditdialog.h"
#include "customerlistmodel.h"
#include "customerrecorddialogs.h"
#include "domain/idnumbers.h"
#include "formdraft.h"
#include "mainwindow.h"
#include "navigationrail.h"
#include "pages/customerspage.h"
#include "stores/audittrail.h"
#include "stores/customerstore.h"
#include "stores/draftstore.h"
#include "uitestsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>

using namespace rmdesk;
using namespace rmdesk::test;

namespace {

const QString validId = QStringLiteral("11010519491231002X");

struct CustomerFixture : UiFixture
{
    CustomerFixture()
    {
        addUser(QStringLiteral("rm1"), Role::Rm, QStringLiteral("B001"));
        rm = loginAs(QStringLiteral("rm1"), userPassword);
    }

    qint64 addCustomer(const QString& name, const QString& idNumber = validId)
    {
        qint64 id = 0;
        StoreError error;
        QHash<QString, QString> values{{QStringLiteral("name"), name},
                                       {QStringLiteral("mobile"), QStringLiteral("13812345678")}};
        if (!idNumber.isEmpty())
            values.insert(QStringLiteral("id_number"), idNumber);
        BOOST_REQUIRE_MESSAGE(
            CustomerStore(rm->database().connection())
                .add(rm->session(), CustomerType::Individual, values, &id, &error),
            error.message);
        return id;
    }

    QList<CustomerView> listed()
    {
        StoreError error;
        int total = 0;
        const auto rows = CustomerStore(rm->database().connection())
                              .list(rm->session(), CustomerFilter(), &total, &error);
        BOOST_REQUIRE_MESSAGE(error.ok(), error.message);
        return rows;
    }

    std::unique_ptr<Vault> rm;
};

// Another valid resident ID for the same person (same birth date and gender, different number).
QString otherValidId()
{
    const QString first17 = QStringLiteral("11010519491231004");
    return first17 + IdNumbers::residentIdCheckChar(first17);
}

} // namespace

BOOST_FIXTURE_TEST_SUITE(customer_screens, CustomerFixture)

BOOST_AUTO_TEST_CASE(adds_a_customer_with_validation_as_you_type)
{
    CustomersPage page(*rm);
    page.show();
    BOOST_REQUIRE(waitForRow(*page.model()));
    BOOST_TEST(child<QLabel>(&page, "customersEmpty")->isVisible());
    BOOST_TEST(labelText(&page, "customersEmpty").contains(QStringLiteral("Add customer")));

    click(&page, "addCustomerButton");
    auto* dialog = openDialog<CustomerEditDialog>(&page, "customerEditDialog");
    BOOST_TEST(!enabled(dialog, "saveButton"));
    BOOST_TEST(!child<QPushButton>(dialog, "saveButton")->toolTip().isEmpty());
    setText(dialog, "nameField", QStringLiteral("张三"));
    setText(dialog, "mobileField", QStringLiteral("13812345678"));
    setText(dialog, "idNumberField", QStringLiteral("110105194912310037"));
    auto* idProblem = child<QLabel>(dialog, "idNumberProblem");
    BOOST_TEST(idProblem->isVisible());
    BOOST_TEST(idProblem->text().contains(QStringLiteral("check character")));
    BOOST_TEST(!enabled(dialog, "saveButton"));
    BOOST_TEST(child<QPushButton>(dialog, "saveButton")->toolTip() == idProblem->text());

    setText(dialog, "idNumberField", validId);
    BOOST_TEST(!idProblem->isVisible());
    BOOST_TEST(enabled(dialog, "saveButton"));

    // Numbers in notes are flagged (amber, with text) but do not block saving.
    child<QPlainTextEdit>(dialog, "notesField")
        ->setPlainText(QStringLiteral("card 6222021234567890123"));
    BOOST_TEST(child<QLabel>(dialog, "notesWarning")->isVisible());
    BOOST_TEST(labelText(dialog, "notesWarning").contains(QStringLiteral("card number")));
    child<QPlainTextEdit>(dialog, "notesField")->setPlainText(QStringLiteral("prefers mornings"));
    BOOST_TEST(!child<QLabel>(dialog, "notesWarning")->isVisible());

    click(dialog, "saveButton");
    BOOST_TEST(!dialog->isVisible());
    const auto rows = listed();
    BOOST_REQUIRE(rows.size() == 1);
    BOOST_TEST(rows.first().value("id_number") != validId); // masked
    BOOST_TEST(!DraftStore(rm->database().connection())
                    .load(rm->session(), {QStringLiteral("customer"), 0})
                    .has_value());

    // The list shows masked values, and the new customer opened in its own tab.
    auto* view = child<QTableView>(&page, "customersView");
    BOOST_TEST(view->isVisible() == false); // the customer tab is in front now
    BOOST_REQUIRE(waitForRow(*page.model()));
    BOOST_TEST(page.tabs()->count() == 2);
    BOOST_TEST(view->model()->rowCount() == 1);
    BOOST_TEST(view->model()->index(0, CustomerListModel::MobileColumn).data().toString() ==
               QStringLiteral("138****5678"));
    BOOST_TEST(view->model()->index(0, CustomerListModel::RmColumn).data().toString() ==
               QStringLiteral("rm1"));
}

BOOST_AUTO_TEST_CASE(duplicate_id_number_is_shown_under_the_field)
{
    addCustomer(QStringLiteral("张三"));
    CustomersPage page(*rm);
    page.show();
    page.addCustomer();
    auto* dialog = openDialog<CustomerEditDialog>(&page, "customerEditDialog");
    setText(dialog, "nameField", QStringLiteral("张三丰"));
    setText(dialog, "idNumberField", validId);
    click(dialog, "saveButton");
    BOOST_TEST(dialog->isVisible());
    BOOST_TEST(labelText(dialog, "idNumberProblem").contains(QStringLiteral("another customer")));
    dialog->discard();
}

BOOST_AUTO_TEST_CASE(opens_the_360_view_masked_and_reveals_with_a_reason)
{
    const qint64 id = addCustomer(QStringLiteral("张三"));
    CustomersPage page(*rm);
    page.show();
    auto* view = child<QTableView>(&page, "customersView");
    BOOST_REQUIRE(waitForRow(*page.model()));
    BOOST_REQUIRE(view->model()->rowCount() == 1);
    emit view->activated(view->model()->index(0, 1));
    Customer360* c360 = page.customerView(id);
    BOOST_REQUIRE(c360);
    BOOST_TEST(page.tabs()->currentWidget() == c360);
    BOOST_TEST(labelText(c360, "profile_mobile") == QStringLiteral("138****5678"));
    BOOST_TEST(labelText(c360, "headerIdNumber").contains(QLatin1Char('*')));
    BOOST_TEST(labelText(c360, "headerName") != QStringLiteral("张三"));
    BOOST_TEST(!labelText(c360, "headerNextReview").isEmpty());
    BOOST_TEST(labelText(c360, "profile_created_at").endsWith(QStringLiteral(" by rm1")));
    BOOST_TEST(child<QLabel>(c360, "holdingsEmpty")->text().contains(QStringLiteral("holdings")));

    // A reason that is too short is no reason; nothing is shown or recorded.
    Dialogs::setNextText(QStringLiteral("ok"));
    click(c360, "showButton");
    BOOST_TEST(!c360->isRevealed());

    Dialogs::setNextText(QStringLiteral("customer called to confirm the number"));
    click(c360, "showButton");
    BOOST_TEST(c360->isRevealed());
    BOOST_TEST(labelText(c360, "profile_mobile") == QStringLiteral("13812345678"));
    BOOST_TEST(labelText(c360, "headerIdNumber").contains(validId));
    BOOST_TEST(!child<QAbstractButton>(c360, "showButton")->isVisibleTo(c360));
    AuditFilter filter;
    filter.action = QStringLiteral("unmask");
    const QList<AuditRow> unmasks = AuditTrail::list(rm->database().connection(), filter);
    BOOST_REQUIRE(unmasks.size() == 1);
    auto* access = child<QTableWidget>(c360, "accessView");
    BOOST_TEST(access->rowCount() >= 2);
    BOOST_TEST(cellText(access, 0, 3) == QStringLiteral("Unmasked"));
    BOOST_TEST(cellText(access, 0, 4) == QStringLiteral("customer called to confirm the number"));

    // Opening it again brings the same tab forward.
    BOOST_TEST(page.openCustomer(id));
    BOOST_TEST(page.tabs()->count() == 2);
}

BOOST_AUTO_TEST_CASE(identity_changes_need_a_proof_document)
{
    const qint64 id = addCustomer(QStringLiteral("张三"));
    CustomersPage page(*rm);
    page.show();
    BOOST_REQUIRE(page.openCustomer(id));
    Customer360* c360 = page.customerView(id);
    BOOST_TEST(child<QLabel>(c360, "changesEmpty")->text().contains(QStringLiteral("No changes")));
    click(c360, "editButton");
    auto* dialog = openDialog<CustomerEditDialog>(c360, "customerEditDialog");
    BOOST_TEST(!enabled(dialog, "saveButton"));
    BOOST_TEST(!child<QLineEdit>(dialog, "proofRef")->isVisibleTo(dialog));

    setText(dialog, "idNumberField", otherValidId());
    BOOST_TEST(!child<QLabel>(dialog, "idNumberProblem")->isVisible());
    BOOST_TEST(child<QLineEdit>(dialog, "proofRef")->isVisible());
    BOOST_TEST(child<QLabel>(dialog, "changeCheckNote")->isVisible()); // a second person checks
    BOOST_TEST(child<QLabel>(dialog, "proofProblem")->isVisible());
    BOOST_TEST(labelText(dialog, "proofProblem").contains(QStringLiteral("proof document")));
    setText(dialog, "changeReason", QStringLiteral("new ID card issued"));
    BOOST_TEST(!enabled(dialog, "saveButton"));
    BOOST_TEST(
        child<QPushButton>(dialog, "saveButton")->toolTip().contains(QStringLiteral("proof")));

    child<QComboBox>(dialog, "proofType")->setCurrentText(QStringLiteral("Resident ID card"));
    setText(dialog, "proofRef", QStringLiteral("PSB-2026-001"));
    BOOST_TEST(!child<QLabel>(dialog, "proofProblem")->isVisible());
    BOOST_REQUIRE(enabled(dialog, "saveButton"));
    click(dialog, "saveButton");
    BOOST_TEST(!dialog->isVisible());

    auto* changes = child<QTableWidget>(c360, "changesView");
    BOOST_REQUIRE(changes->rowCount() >= 1);
    bool found = false;
    for (int r = 0; r < changes->rowCount(); ++r)
        found = found || (cellText(changes, r, 2) == QStringLiteral("ID number") &&
                          cellText(changes, r, 5) == QStringLiteral("new ID card issued") &&
                          cellText(changes, r, 6).contains(QStringLiteral("PSB-2026-001")) &&
                          cellText(changes, r, 7).contains(QStringLiteral("awaiting")));
    BOOST_TEST(found);
    child<QTabWidget>(c360, "customerSections")->setCurrentIndex(2);
    BOOST_TEST(changes->isVisible()); // not the empty state
}

BOOST_AUTO_TEST_CASE(unsaved_edits_are_kept_as_a_draft_and_offered_back)
{
    CustomersPage page(*rm);
    page.show();
    DraftStore store(rm->database().connection());
    const DraftKey newCustomer{QStringLiteral("customer"), 0};
    click(&page, "addCustomerButton");
    auto* dialog = openDialog<CustomerEditDialog>(&page, "customerEditDialog");
    setText(dialog, "nameField", QStringLiteral("李四"));
    // Kept about a second after the last change, while the dialog is still open …
    BOOST_TEST(waitFor([&] { return store.load(rm->session(), newCustomer).has_value(); }, 4000));
    setText(dialog, "occupationField", QStringLiteral("teacher"));
    // … and at once when the dialog closes.
    dialog->reject();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    const auto kept = store.load(rm->session(), newCustomer);
    BOOST_REQUIRE(kept.has_value());
    BOOST_TEST(kept->body.contains(QStringLiteral("teacher")));

    Dialogs::setNextAnswer(true);
    click(&page, "addCustomerButton");
    dialog = openDialog<CustomerEditDialog>(&page, "customerEditDialog");
    // Offered as the dialog is shown.
    BOOST_TEST(waitFor(
        [&] { return child<QLineEdit>(dialog, "nameField")->text() == QStringLiteral("李四"); }));
    BOOST_TEST(Dialogs::lastMessage().contains(QStringLiteral("An unfinished entry")));
    BOOST_TEST(child<QLineEdit>(dialog, "occupationField")->text() == QStringLiteral("teacher"));
    BOOST_TEST(enabled(dialog, "saveButton"));
    // Discard throws it away now and keeps nothing when the dialog closes.
    click(dialog, "discardButton");
    BOOST_TEST(!dialog->isVisible());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    BOOST_TEST(!store.load(rm->session(), newCustomer).has_value());

    // Opened and closed untouched: nothing kept.
    click(&page, "addCustomerButton");
    dialog = openDialog<CustomerEditDialog>(&page, "customerEditDialog");
    waitFor([] { return false; }, FormDraft::IntervalMs * 2);
    dialog->reject();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    BOOST_TEST(!store.load(rm->session(), newCustomer).has_value());
}

BOOST_AUTO_TEST_CASE(an_edit_draft_kept_before_schema_17_is_still_offered_back)
{
    // Before the drafts table, the body was the dialog's own form, without inputs or a version.
    const qint64 id = addCustomer(QStringLiteral("王五"));
    DraftStore store(rm->database().connection());
    const DraftKey key{QStringLiteral("customer"), id};
    const QJsonObject legacy{{QStringLiteral("type"), QStringLiteral("individual")},
                             {QStringLiteral("values"),
                              QJsonObject{{QStringLiteral("occupation"), QStringLiteral("nurse")}}},
                             {QStringLiteral("reason"), QStringLiteral("moved jobs")},
                             {QStringLiteral("proofType"), QString()},
                             {QStringLiteral("proofRef"), QString()}};
    StoreError error;
    BOOST_REQUIRE(store.save(rm->session(), key, id,
                             QString::fromUtf8(QJsonDocument(legacy).toJson()), &error));
    CustomersPage page(*rm);
    page.show();
    BOOST_REQUIRE(page.openCustomer(id));
    Dialogs::setNextAnswer(true);
    click(page.customerView(id), "editButton");
    auto* dialog = openDialog<CustomerEditDialog>(page.customerView(id), "customerEditDialog");
    BOOST_TEST(waitFor([&] {
        return child<QLineEdit>(dialog, "occupationField")->text() == QStringLiteral("nurse");
    }));
    BOOST_TEST(child<QLineEdit>(dialog, "changeReason")->text() == QStringLiteral("moved jobs"));
    BOOST_TEST(child<QLineEdit>(dialog, "nameField")->text() == QStringLiteral("王*")); // masked
    click(dialog, "discardButton");
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    BOOST_TEST(!store.load(rm->session(), key).has_value());
}

BOOST_AUTO_TEST_CASE(records_reviews_and_consents)
{
    const qint64 id = addCustomer(QStringLiteral("张三"));
    CustomersPage page(*rm);
    page.show();
    BOOST_REQUIRE(page.openCustomer(id));
    Customer360* c360 = page.customerView(id);
    click(c360, "recordReviewButton");
    auto* review = openDialog<ReviewDialog>(c360, "reviewDialog");
    BOOST_TEST(!enabled(review, "okButton"));
    setText(review, "reviewChecked", QStringLiteral("ID card and mobile"));
    click(review, "okButton");
    BOOST_TEST(!review->isVisible());
    auto* reviews = child<QTableWidget>(c360, "reviewsView");
    BOOST_REQUIRE(reviews->rowCount() == 1);
    BOOST_TEST(cellText(reviews, 0, 3) == QStringLiteral("Confirmed"));

    click(c360, "recordConsentButton");
    auto* consent = openDialog<ConsentDialog>(c360, "consentDialog");
    child<QComboBox>(consent, "consentChannel")->setCurrentText(QStringLiteral("Branch counter"));
    setText(consent, "consentEvidence", QStringLiteral("FORM-0001"));
    click(consent, "okButton");
    auto* consents = child<QTableWidget>(c360, "consentsView");
    BOOST_REQUIRE(consents->rowCount() == 1);
    BOOST_TEST(!enabled(c360, "withdrawConsentButton"));
    consents->selectRow(0);
    Dialogs::setNextAnswer(true);
    click(c360, "withdrawConsentButton");
    BOOST_TEST(cellText(consents, 0, 1).startsWith(QStringLiteral("Withdrawn")));
}

BOOST_AUTO_TEST_CASE(list_reads_pages_on_demand_and_filters_overdue_reviews)
{
    for (const char* name : {"甲", "乙", "丙"})
        addCustomer(QString::fromUtf8(name), QString());
    CustomerListModel model;
    model.setSource(rm->database(), rm->session());
    model.setPageSize(2);
    BOOST_REQUIRE(model.refresh());
    BOOST_REQUIRE(waitForRow(model, 0));
    BOOST_TEST(model.total() == 3);
    BOOST_TEST(model.rowCount() == 3); // exact, before the second page is read
    BOOST_TEST(!model.isRowLoaded(2));
    BOOST_TEST(model.index(2, CustomerListModel::NameColumn).data().toString() ==
               QStringLiteral("Loading…"));
    BOOST_REQUIRE(waitForRow(model, 2));
    BOOST_TEST(model.customerId(2) == 3);

    QSqlQuery q(rm->database().connection());
    BOOST_REQUIRE(q.exec(QStringLiteral("UPDATE customers SET next_review_due = '2020-01-31' "
                                        "WHERE id = 2")));
    CustomersPage page(*rm);
    page.show();
    auto* view = child<QTableView>(&page, "customersView");
    BOOST_REQUIRE(waitForRow(*page.model()));
    BOOST_TEST(view->model()->rowCount() == 3);
    BOOST_TEST(labelText(&page, "customerCount").startsWith(QStringLiteral("3 customer")));
    child<QCheckBox>(&page, "overdueOnly")->setChecked(true);
    BOOST_REQUIRE(waitForRow(*page.model()));
    BOOST_REQUIRE(view->model()->rowCount() == 1);
    const QModelIndex due = view->model()->index(0, CustomerListModel::NextReviewColumn);
    BOOST_TEST(due.data().toString().contains(QStringLiteral("overdue")));
    BOOST_TEST(due.data(Qt::ForegroundRole).isValid());
    BOOST_TEST(due.data(Qt::DecorationRole).isValid());

    // Sorting by a column title: 丙 < 乙 < 甲 by code point, the reverse of their numbers.
    child<QCheckBox>(&page, "overdueOnly")->setChecked(false);
    view->horizontalHeader()->setSortIndicator(CustomerListModel::NameColumn, Qt::AscendingOrder);
    BOOST_REQUIRE(waitForRow(*page.model(), 2));
    BOOST_TEST((page.model()->query().sort == CustomerSort::Name));
    QList<qint64> ids;
    for (int row = 0; row < 3; ++row)
        ids << page.model()->customerId(row);
    BOOST_TEST((ids == QList<qint64>{3, 2, 1}));
    // A column without an index keeps the order it had.
    view->horizontalHeader()->setSortIndicator(CustomerListModel::MobileColumn, Qt::AscendingOrder);
    BOOST_TEST(view->horizontalHeader()->sortIndicatorSection() == CustomerListModel::NameColumn);
    BOOST_TEST((page.model()->query().sort == CustomerSort::Name));

    // A filter that matches nobody says so.
    auto* tier = child<QComboBox>(&page, "tierFilter");
    tier->setCurrentIndex(tier->findData(QStringLiteral("private")));
    BOOST_REQUIRE(waitForRow(*page.model()));
    BOOST_TEST(page.model()->total() == 0);
    BOOST_TEST(child<QLabel>(&page, "customersEmpty")->isVisible());
    BOOST_TEST(labelText(&page, "customersEmpty").contains(QStringLiteral("match")));
}

BOOST_AUTO_TEST_CASE(other_roles_and_branches)
{
    const qint64 id = addCustomer(QStringLiteral("张三"));
    {
        MainWindow window(*vault); // administrator: no customer data at all
        BOOST_TEST(window.findChild<CustomersPage*>() == nullptr);
    }
    addUser(QStringLiteral("rm2"), Role::Rm, QStringLiteral("B002"));
    auto other = loginAs(QStringLiteral("rm2"), userPassword);
    MainWindow window(*other);
    auto* page = window.findChild<CustomersPage*>();
    BOOST_REQUIRE(page);
    page->refresh();
    BOOST_REQUIRE(waitForRow(*page->model()));
    BOOST_TEST(page->model()->rowCount() == 0);
    BOOST_TEST(!page->openCustomer(id));
    BOOST_TEST(!Dialogs::lastMessage().isEmpty());
    BOOST_TEST(page->tabs()->count() == 1);
    BOOST_TEST(page->customerView(id) == nullptr);
}

BOOST_AUTO_TEST_SUITE_END()
