// "My day", the quick-entry dialog and the interactions tab of the 360 view on a real encrypted
// database, driven by keyboard and by object name: an RM logs a contact about an overdue
// follow-up without touching the mouse, completes, snoozes and reassigns tasks, opens a customer,
// and logs a call from the 360 view with Ctrl+I. With RMDESK_SCREENSHOT_DIR set, My day and the
// quick-entry dialog are saved in zh_CN (myday.png, interaction-entry.png).
#include "appstyle.h"
#include "complaintdeadlines.h"
#include "customer360.h"
#include "domain/servicecodes.h"
#include "domain/suitability.h"
#include "interactiondialog.h"
#include "mainwindow.h"
#include "pages/customerspage.h"
#include "pages/mydaypage.h"
#include "stores/customerstore.h"
#include "stores/draftstore.h"
#include "stores/interactionstore.h"
#include "stores/taskstore.h"
#include "taskdialogs.h"
#include "uitestsupport.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>

using namespace rmdesk;
using namespace rmdesk::test;

namespace {

void press(QWidget* target, int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier,
           const QString& text = QString())
{
    QKeyEvent down(QEvent::KeyPress, key, modifiers, text);
    QCoreApplication::sendEvent(target, &down);
    QKeyEvent up(QEvent::KeyRelease, key, modifiers, text);
    QCoreApplication::sendEvent(target, &up);
}

// Types text into the widget that has the keyboard focus, one key at a time.
void type(const QString& text)
{
    for (const QChar c : text)
        press(QApplication::focusWidget(), 0, Qt::NoModifier, QString(c));
}

void activate(QWidget* window)
{
    window->show();
    window->activateWindow();
    waitFor([window] { return window->isActiveWindow(); }, 2000);
}

struct MyDayFixture : UiFixture
{
    MyDayFixture()
    {
        addUser(QStringLiteral("wang.fang"), Role::Rm);
        addUser(QStringLiteral("li.na"), Role::Supervisor);
        rm = loginAs(QStringLiteral("wang.fang"), userPassword);
        sup = loginAs(QStringLiteral("li.na"), userPassword);
        QSqlQuery q(vault->database().connection());
        BOOST_REQUIRE(q.exec(QStringLiteral(
            "INSERT INTO products (code, name, type, risk_level) VALUES "
            "('WM01', '稳健理财1号', 'wealth', 'R2'), ('TD03', '三年定期存款', 'deposit', 'R1'), "
            "('FD07', '沪深300指数基金', 'fund', 'R4')")));
        zhang = add(QStringLiteral("张伟"));
        li = add(QStringLiteral("李秀英"));
        chen = add(QStringLiteral("陈明"));
        // Assessed C3: advice on R1–R3 suits them.
        BOOST_REQUIRE(q.exec(QStringLiteral("UPDATE customers SET risk_level = 'C3', "
                                            "risk_expires_on = '2099-12-31'")));
        // A review overdue and an ID document about to expire, from the customers' profiles.
        BOOST_REQUIRE(q.exec(QStringLiteral("UPDATE customers SET next_review_due = '%1' WHERE id "
                                            "= %2")
                                 .arg(today.addDays(-12).toString(Qt::ISODate))
                                 .arg(li)));
        BOOST_REQUIRE(q.exec(QStringLiteral("UPDATE customers SET id_expiry = '%1' WHERE id = %2")
                                 .arg(today.addDays(18).toString(Qt::ISODate))
                                 .arg(chen)));
        // Follow-ups: one recorded a week ago and now overdue, one due today, one in three days.
        overdue = followUp(zhang, -7, 2, QStringLiteral("product_advice"));
        dueToday = followUp(li, -3, 3, QStringLiteral("service_request"));
        upcoming = followUp(chen, 0, 3, QStringLiteral("relationship_care"));
    }
    qint64 add(const QString& name)
    {
        qint64 id = 0;
        StoreError error;
        BOOST_REQUIRE_MESSAGE(CustomerStore(rm->database().connection())
                                  .add(rm->session(), CustomerType::Individual,
                                       {{QStringLiteral("name"), name}}, &id, &error),
                              error.message);
        return id;
    }
    // A pending call `daysAgo` days ago with a follow-up `after` days later; returns the task.
    qint64 followUp(qint64 customer, int daysAgo, int after, const QString& purpose)
    {
        const QDateTime then = QDateTime::currentDateTime().addDays(daysAgo);
        NewInteraction in;
        in.customerId = customer;
        in.at = then;
        in.purpose = purpose;
        in.outcome = QStringLiteral("pending");
        in.summary = QStringLiteral("客户来电咨询，需回电确认");
        in.nextFollowUp = then.date().addDays(after);
        InteractionSaved saved;
        StoreError error;
        BOOST_REQUIRE_MESSAGE(InteractionStore(rm->database().connection(), then)
                                  .add(rm->session(), in, &saved, &error),
                              error.message);
        return saved.followUpTaskId;
    }
    QString taskStatus(qint64 task)
    {
        QSqlQuery q(vault->database().connection());
        BOOST_REQUIRE(q.exec(QStringLiteral("SELECT status, coalesce(snoozed_until, ''), "
                                            "assigned_to FROM tasks WHERE id = %1")
                                 .arg(task)) &&
                      q.next());
        return QStringLiteral("%1 %2 %3")
            .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString())
            .trimmed();
    }
    // Selects the row of the task in My day's task list.
    bool selectTask(MyDayPage& page, qint64 task)
    {
        QTreeWidget* tree = page.tasksView();
        for (int s = 0; s < tree->topLevelItemCount(); ++s)
            for (int r = 0; r < tree->topLevelItem(s)->childCount(); ++r) {
                tree->setCurrentItem(tree->topLevelItem(s)->child(r));
                if (page.currentItem() && page.currentItem()->task.id == task)
                    return true;
            }
        return false;
    }
    QStringList sections(QTreeWidget* tree)
    {
        QStringList titles;
        for (int s = 0; s < tree->topLevelItemCount(); ++s)
            titles << tree->topLevelItem(s)->text(0);
        return titles;
    }

    const QDate today = QDate::currentDate();
    std::unique_ptr<Vault> rm, sup;
    qint64 zhang = 0, li = 0, chen = 0;
    qint64 overdue = 0, dueToday = 0, upcoming = 0;
};

} // namespace

BOOST_FIXTURE_TEST_SUITE(my_day, MyDayFixture)

BOOST_AUTO_TEST_CASE(my_day_is_the_start_page_with_tasks_reviews_and_numbers)
{
    applyAppStyle(*qApp);
    useLanguage(shotDir().isEmpty() ? QStringLiteral("en") : QStringLiteral("zh_CN"));
    {
        MainWindow window(*rm);
        window.resize(1280, 800);
        window.show();
        auto* page = child<MyDayPage>(&window, "myDayPage");
        BOOST_TEST(window.pages()->currentWidget() == page);
        BOOST_TEST(sections(page->tasksView()).size() == 3); // overdue, today, upcoming
        BOOST_TEST(page->tasksView()->topLevelItem(0)->childCount() == 1);
        BOOST_TEST(page->tasksView()->topLevelItem(0)->child(0)->text(1) == QStringLiteral("张*"));
        BOOST_TEST(sections(page->customersView()).size() == 2); // reviews, documents
        BOOST_TEST(!labelText(page, "onTimeRate").isEmpty());
        BOOST_TEST(window.findChild<QTableWidget*>(QStringLiteral("teamView")) == nullptr);
        // Complaints near their deadline, from the Complaints side, in their own panel.
        BOOST_TEST(child<QWidget>(page, "complaintSlot")->isVisible());
        BOOST_TEST(page->findChild<ComplaintDeadlines*>() != nullptr);
        // Nothing is selected: the task actions wait for a selection.
        BOOST_TEST(!child<QPushButton>(page, "doneButton")->isEnabled());
        BOOST_REQUIRE(selectTask(*page, overdue));
        BOOST_TEST(child<QPushButton>(page, "doneButton")->isEnabled());
        saveShot(&window, QStringLiteral("myday.png"));

        // Opening the customer goes to the 360 view on the Customers page.
        click(page, "openCustomerButton");
        auto* customers = child<CustomersPage>(&window, "customersPage");
        BOOST_TEST(window.pages()->currentWidget() == customers);
        BOOST_TEST(customers->customerView(zhang) != nullptr);
    }
    // A supervisor sees the branch's relationship managers' numbers.
    MyDayPage page(*sup);
    page.resize(1100, 640);
    page.show();
    auto* team = child<QTableWidget>(&page, "teamView");
    BOOST_TEST(team->rowCount() == 2);
    saveShot(&page, QStringLiteral("myday-supervisor.png"));
    useLanguage(QStringLiteral("en"));
}

BOOST_AUTO_TEST_CASE(a_contact_about_an_overdue_follow_up_by_keyboard_alone)
{
    applyAppStyle(*qApp);
    useLanguage(shotDir().isEmpty() ? QStringLiteral("en") : QStringLiteral("zh_CN"));
    MyDayPage page(*rm);
    page.resize(1100, 700);
    activate(&page);
    BOOST_REQUIRE(selectTask(page, overdue));
    page.tasksView()->setFocus();
    press(page.tasksView(), Qt::Key_I, Qt::ControlModifier);
    auto* dialog = openDialog<InteractionDialog>(&page, "interactionDialog");
    activate(dialog);
    // Prefilled: the follow-up's customer and matter; now, by phone.
    BOOST_TEST(labelText(dialog, "interactionCustomer").contains(QStringLiteral("张*")));
    auto* matter = child<QComboBox>(dialog, "interactionMatter");
    BOOST_TEST(matter->currentData().toLongLong() != 0);
    BOOST_TEST(child<QComboBox>(dialog, "interactionPurpose")->currentData().toString() ==
               QStringLiteral("product_advice")); // the matter's
    BOOST_TEST(child<QComboBox>(dialog, "interactionChannel")->currentData().toString() ==
               QStringLiteral("phone"));
    BOOST_TEST(!child<QPushButton>(dialog, "okButton")->isEnabled()); // no summary yet
    // The channel has the focus: down to "branch counter", then Tab to purpose, matter, summary.
    BOOST_TEST(QApplication::focusWidget() == child<QComboBox>(dialog, "interactionChannel"));
    press(QApplication::focusWidget(), Qt::Key_Down);
    for (int i = 0; i < 3; ++i)
        press(QApplication::focusWidget(), Qt::Key_Tab);
    BOOST_TEST(QApplication::focusWidget() == child<QPlainTextEdit>(dialog, "interactionSummary"));
    type(QStringLiteral("客户确认到期转存三年定期"));
    // Shift+Enter is a new line; Tab on to the outcome and products.
    press(QApplication::focusWidget(), Qt::Key_Return, Qt::ShiftModifier);
    type(QStringLiteral("已预约下周办理"));
    press(QApplication::focusWidget(), Qt::Key_Tab);
    BOOST_TEST(QApplication::focusWidget() == child<QComboBox>(dialog, "interactionOutcome"));
    press(QApplication::focusWidget(), Qt::Key_Tab);
    BOOST_TEST(QApplication::focusWidget() == child<QLineEdit>(dialog, "interactionProducts"));
    // (Typed keys would open the completion list, a popup the offscreen platform cannot show.)
    setText(dialog, "interactionProducts", QStringLiteral("TD03, WM01"));
    BOOST_TEST(
        labelText(dialog, "interactionProductNames").contains(QStringLiteral("三年定期存款")));
    BOOST_TEST(child<QPushButton>(dialog, "okButton")->isEnabled());
    saveShot(dialog, QStringLiteral("interaction-entry.png"));
    // Enter saves.
    const QPointer<InteractionDialog> open(dialog);
    press(QApplication::focusWidget(), Qt::Key_Return);
    BOOST_TEST(waitFor([open] { return !open || !open->isVisible(); }));

    StoreError error;
    const QList<Interaction> list =
        InteractionStore(rm->database().connection()).list(rm->session(), zhang, &error);
    BOOST_REQUIRE(list.size() == 2);
    BOOST_TEST(list.first().channel == QStringLiteral("branch"));
    BOOST_TEST(list.first().summary == QStringLiteral("客户确认到期转存三年定期\n已预约下周办理"));
    BOOST_TEST(list.first().products ==
               (QStringList{QStringLiteral("TD03"), QStringLiteral("WM01")}));
    BOOST_TEST(list.first().matterId == list.last().id);
    // The contact completed the follow-up: the overdue section is gone.
    BOOST_TEST(taskStatus(overdue).startsWith(QStringLiteral("done")));
    BOOST_TEST(sections(page.tasksView()).size() == 2);
    useLanguage(QStringLiteral("en"));
}

BOOST_AUTO_TEST_CASE(complete_snooze_and_reassign_tasks)
{
    applyAppStyle(*qApp);
    useLanguage(shotDir().isEmpty() ? QStringLiteral("en") : QStringLiteral("zh_CN"));
    MyDayPage page(*rm);
    page.show();
    BOOST_REQUIRE(selectTask(page, dueToday));
    click(&page, "doneButton");
    BOOST_TEST(taskStatus(dueToday).startsWith(QStringLiteral("done")));

    BOOST_REQUIRE(selectTask(page, upcoming));
    click(&page, "snoozeButton");
    auto* snooze = openDialog<SnoozeDialog>(&page, "snoozeDialog");
    BOOST_TEST(!child<QPushButton>(snooze, "okButton")->isEnabled()); // needs a reason
    auto* until = child<QDateEdit>(snooze, "snoozeUntil");
    until->setDate(today.addDays(6));
    setText(snooze, "snoozeReason", QStringLiteral("客户出差，下周回来"));
    saveShot(snooze, QStringLiteral("task-snooze.png"));
    click(snooze, "okButton");
    BOOST_TEST(!snooze->isVisible());
    BOOST_TEST(taskStatus(upcoming).contains(today.addDays(6).toString(Qt::ISODate)));

    BOOST_REQUIRE(selectTask(page, upcoming));
    click(&page, "reassignButton");
    auto* reassign = openDialog<ReassignDialog>(&page, "reassignDialog");
    auto* to = child<QComboBox>(reassign, "reassignTo");
    BOOST_REQUIRE(to->count() == 1); // the branch's supervisor
    BOOST_TEST(to->currentData().toString() == QStringLiteral("li.na"));
    saveShot(reassign, QStringLiteral("task-reassign.png"));
    click(reassign, "okButton");
    BOOST_TEST(taskStatus(upcoming).endsWith(QString::number(sup->session().userId)));
    BOOST_TEST(!selectTask(page, upcoming)); // no longer the RM's
    useLanguage(QStringLiteral("en"));
}

BOOST_AUTO_TEST_CASE(the_360_view_lists_interactions_and_logs_one_with_ctrl_i)
{
    applyAppStyle(*qApp);
    useLanguage(shotDir().isEmpty() ? QStringLiteral("en") : QStringLiteral("zh_CN"));
    Customer360 view(*rm, chen);
    StoreError error;
    BOOST_REQUIRE_MESSAGE(view.load(&error), error.message);
    view.resize(1100, 650);
    activate(&view);
    child<QTabWidget>(&view, "customerSections")->setFocus();
    auto* timeline = child<QTableWidget>(&view, "interactionsView");
    BOOST_TEST(timeline->rowCount() == 1);
    BOOST_TEST(timeline->item(0, 3)->text() ==
               ServiceCodes::label(QStringLiteral("outcome"), QStringLiteral("pending")));
    press(&view, Qt::Key_I, Qt::ControlModifier);
    auto* dialog = openDialog<InteractionDialog>(&view, "interactionDialog");
    BOOST_TEST(dialog->customerId() == chen);
    BOOST_TEST(dialog->findChild<QWidget*>(QStringLiteral("changeCustomerButton")) == nullptr);
    child<QPlainTextEdit>(dialog, "interactionSummary")->setPlainText(QStringLiteral("节日问候"));
    auto* purpose = child<QComboBox>(dialog, "interactionPurpose");
    // Product advice to a customer without consent to marketing contact: said under the purpose.
    purpose->setCurrentIndex(purpose->findData(QStringLiteral("product_advice")));
    auto* consent = child<QLabel>(dialog, "marketingConsentNote");
    BOOST_TEST(consent->isVisible());
    BOOST_TEST(consent->text() ==
               InteractionDialog::tr("No consent to marketing contact is on file for this "
                                     "customer. Advise on products only when they ask for it, "
                                     "and say so in the summary."));
    BOOST_TEST(child<QPushButton>(dialog, "okButton")->isEnabled()); // a note, not a refusal
    // And the products advised on, against the customer's risk level (C3 here): a fund of R4
    // must say how it was handled before the interaction can be saved.
    auto* suitability = child<QLabel>(dialog, "suitabilityNote");
    auto* insisted = child<QRadioButton>(dialog, "suitabilityInsisted");
    auto* declined = child<QRadioButton>(dialog, "suitabilityDeclined");
    BOOST_TEST(!suitability->isVisible());
    BOOST_TEST(!insisted->isVisible());
    setText(dialog, "interactionProducts", QStringLiteral("FD07"));
    BOOST_TEST(suitability->isVisible());
    BOOST_TEST(suitability->text() ==
               Suitability::explain(SuitabilityVerdict::AboveLevel, QStringLiteral("C3"),
                                    QDate(2099, 12, 31), {QStringLiteral("FD07 (R4)")}));
    BOOST_TEST(insisted->isVisible());
    BOOST_TEST(insisted->isEnabled());
    BOOST_TEST(declined->isVisible());
    BOOST_TEST(!child<QPushButton>(dialog, "okButton")->isEnabled());
    insisted->setChecked(true);
    BOOST_TEST(child<QPushButton>(dialog, "okButton")->isEnabled());
    saveShot(dialog, QStringLiteral("interaction-no-consent.png"));
    // A confirmation holds for what it was given for: other products ask again.
    setText(dialog, "interactionProducts", QStringLiteral("WM01"));
    setText(dialog, "interactionProducts", QStringLiteral("FD07"));
    BOOST_TEST(!insisted->isChecked());
    BOOST_TEST(!child<QPushButton>(dialog, "okButton")->isEnabled());
    insisted->setChecked(true);
    // A C1 investor: never at their insistence.
    {
        QSqlQuery q(vault->database().connection());
        BOOST_REQUIRE(q.exec(
            QStringLiteral("UPDATE customers SET risk_level = 'C1' WHERE id = %1").arg(chen)));
    }
    auto* c1 = new InteractionDialog(*rm, chen, &view);
    c1->setAttribute(Qt::WA_DeleteOnClose);
    c1->show();
    auto* c1Purpose = child<QComboBox>(c1, "interactionPurpose");
    c1Purpose->setCurrentIndex(c1Purpose->findData(QStringLiteral("product_advice")));
    setText(c1, "interactionProducts", QStringLiteral("WM01"));
    BOOST_TEST(!child<QRadioButton>(c1, "suitabilityInsisted")->isEnabled());
    BOOST_TEST(child<QRadioButton>(c1, "suitabilityDeclined")->isEnabled());
    c1->reject();
    purpose->setCurrentIndex(purpose->findData(QStringLiteral("relationship_care")));
    BOOST_TEST(!consent->isVisible());
    BOOST_TEST(!suitability->isVisible());
    BOOST_TEST(!insisted->isVisible());
    setText(dialog, "interactionProducts", QString());
    setText(dialog, "interactionProducts", QStringLiteral("XX99"));
    BOOST_TEST(!child<QPushButton>(dialog, "okButton")->isEnabled()); // no such product
    BOOST_TEST(labelText(dialog, "interactionProductProblem").contains(QStringLiteral("XX99")));
    setText(dialog, "interactionProducts", QString());
    // A pending outcome brings the follow-up date of the service standard (3 days).
    auto* outcome = child<QComboBox>(dialog, "interactionOutcome");
    outcome->setCurrentIndex(outcome->findData(QStringLiteral("pending")));
    BOOST_TEST(child<QAbstractButton>(dialog, "interactionFollowUp")->isChecked());
    BOOST_TEST((child<QDateEdit>(dialog, "interactionFollowUpOn")->date() == today.addDays(3)));
    outcome->setCurrentIndex(outcome->findData(QStringLiteral("resolved")));
    BOOST_TEST(!child<QAbstractButton>(dialog, "interactionFollowUp")->isChecked());
    click(dialog, "okButton");
    BOOST_TEST(timeline->rowCount() == 2);
    BOOST_TEST(child<QTabWidget>(&view, "customerSections")->currentWidget() ==
               child<QWidget>(&view, "interactionTimeline"));
    BOOST_TEST(labelText(&view, "interactionDetail").contains(QStringLiteral("节日问候")));
    saveShot(&view, QStringLiteral("customer360-interactions.png"));
    useLanguage(QStringLiteral("en"));

    // Compliance reads the timeline but has no way to add to it.
    addUser(QStringLiteral("zhao.lei"), Role::Compliance, QString());
    auto comp = loginAs(QStringLiteral("zhao.lei"), userPassword);
    Customer360 readOnly(*comp, chen);
    BOOST_REQUIRE(readOnly.load(&error));
    BOOST_TEST(child<QTableWidget>(&readOnly, "interactionsView")->rowCount() == 2);
    BOOST_TEST(child<QPushButton>(&readOnly, "logInteractionButton")->isHidden());
}

BOOST_AUTO_TEST_CASE(quick_entry_finds_the_customer_and_empty_states_say_what_to_do)
{
    // An RM with no customers yet: both lists explain what fills them.
    addUser(QStringLiteral("sun.li"), Role::Rm);
    auto fresh = loginAs(QStringLiteral("sun.li"), userPassword);
    MyDayPage empty(*fresh);
    empty.show();
    BOOST_TEST(child<QWidget>(&empty, "myDayTasksEmpty")->isVisible());
    BOOST_TEST(labelText(&empty, "myDayTasksEmpty").contains(QStringLiteral("Ctrl+I")));
    BOOST_TEST(child<QWidget>(&empty, "myDayCustomersEmpty")->isVisible());
    BOOST_TEST(labelText(&empty, "onTimeRate").contains(QStringLiteral("nothing to count")));

    // With nothing selected the dialog starts with a customer search.
    MyDayPage page(*rm);
    activate(&page);
    click(&page, "myDayLogButton");
    auto* dialog = openDialog<InteractionDialog>(&page, "interactionDialog");
    BOOST_TEST(dialog->customerId() == 0);
    auto* search = child<QLineEdit>(dialog, "globalSearchField");
    search->setText(QStringLiteral("cm"));
    press(search, Qt::Key_Return); // runs the search
    press(search, Qt::Key_Return); // chooses the first result
    BOOST_TEST(dialog->customerId() == chen);
    BOOST_TEST(labelText(dialog, "interactionFollowUpTo").contains(QStringLiteral("wang.fang")));
    dialog->reject();
}

BOOST_AUTO_TEST_CASE(an_entry_cut_off_by_the_lock_is_kept_and_offered_back)
{
    MainWindow window(*rm);
    activate(&window);
    DraftStore drafts(rm->database().connection());
    const DraftKey key{QStringLiteral("interaction"), 0};
    auto draftCustomer = [&] {
        QSqlQuery q(vault->database().connection());
        return q.exec(QStringLiteral("SELECT ifnull(customer_id, 0) FROM drafts WHERE form = "
                                     "'interaction'")) &&
                       q.next()
                   ? q.value(0).toLongLong()
                   : -1;
    };
    click(&window, "myDayLogButton");
    auto* dialog = openDialog<InteractionDialog>(&window, "interactionDialog");
    auto* search = child<QLineEdit>(dialog, "globalSearchField");
    search->setText(QStringLiteral("cm"));
    press(search, Qt::Key_Return);
    press(search, Qt::Key_Return);
    BOOST_REQUIRE(dialog->customerId() == chen);
    child<QPlainTextEdit>(dialog, "interactionSummary")
        ->setPlainText(QStringLiteral("客户想了解定投"));
    auto* outcome = child<QComboBox>(dialog, "interactionOutcome");
    outcome->setCurrentIndex(outcome->findData(QStringLiteral("pending")));
    child<QDateEdit>(dialog, "interactionFollowUpOn")->setDate(today.addDays(5)); // not by standard
    // Kept a second after the change (a crash loses no more) …
    BOOST_TEST(waitFor([&] { return drafts.load(rm->session(), key).has_value(); }, 4000));
    BOOST_TEST(draftCustomer() == chen); // so that a purge or merge takes it with the customer
    child<QPlainTextEdit>(dialog, "interactionSummary")
        ->appendPlainText(QStringLiteral("下周回电"));
    // … and at once when the idle lock closes the dialog.
    child<QAction>(&window, "actionLock")->trigger();
    BOOST_TEST(window.isLocked());
    BOOST_TEST(!dialog->isVisible());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    BOOST_TEST(drafts.load(rm->session(), key)
                   .value_or(Draft())
                   .body.contains(QStringLiteral("下周回电")));

    setText(&window, "unlockPassword", QString::fromLatin1(userPassword));
    click(&window, "unlockButton");
    BOOST_REQUIRE(!window.isLocked());
    Dialogs::setNextAnswer(true);
    click(&window, "myDayLogButton");
    dialog = openDialog<InteractionDialog>(&window, "interactionDialog");
    BOOST_TEST(waitFor([&] { return dialog->customerId() == chen; }, 2000));
    BOOST_TEST(Dialogs::lastMessage().contains(QStringLiteral("unfinished entry")));
    BOOST_TEST(child<QPlainTextEdit>(dialog, "interactionSummary")->toPlainText() ==
               QStringLiteral("客户想了解定投\n下周回电"));
    BOOST_TEST(outcome != child<QComboBox>(dialog, "interactionOutcome"));
    BOOST_TEST(child<QComboBox>(dialog, "interactionOutcome")->currentData().toString() ==
               QStringLiteral("pending"));
    BOOST_TEST(child<QAbstractButton>(dialog, "interactionFollowUp")->isChecked());
    BOOST_TEST((child<QDateEdit>(dialog, "interactionFollowUpOn")->date() == today.addDays(5)));
    click(dialog, "okButton"); // saved: the draft has served
    BOOST_TEST(!dialog->isVisible());
    BOOST_TEST(!drafts.load(rm->session(), key).has_value());
    StoreError error;
    BOOST_TEST(
        InteractionStore(rm->database().connection()).list(rm->session(), chen, &error).size() ==
        2);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    // Cancelled with something typed, it is kept too; declining the offer throws it away.
    click(&window, "myDayLogButton");
    dialog = openDialog<InteractionDialog>(&window, "interactionDialog");
    search = child<QLineEdit>(dialog, "globalSearchField");
    search->setText(QStringLiteral("cm"));
    press(search, Qt::Key_Return);
    press(search, Qt::Key_Return);
    click(dialog, "cancelButton");
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    BOOST_TEST(draftCustomer() == chen);
    Dialogs::setNextAnswer(false);
    click(&window, "myDayLogButton");
    dialog = openDialog<InteractionDialog>(&window, "interactionDialog");
    BOOST_TEST(waitFor([&] { return !drafts.load(rm->session(), key).has_value(); }, 2000));
    BOOST_TEST(dialog->customerId() == 0);
    // Opened and closed untouched, it leaves nothing.
    click(dialog, "cancelButton");
    BOOST_TEST(!drafts.load(rm->session(), key).has_value());
}

BOOST_AUTO_TEST_SUITE_END()
