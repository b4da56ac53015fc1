// The complaint screens on a real encrypted database, driven by object name: the list with its
// deadline colours and filters (the supervisor queue most urgent first), the intake dialog with
// validation as you type, a complaint's detail with its timeline and only the steps allowed now,
// refusals that change nothing, and the deadlines widget for "My day". With
// RMDESK_SCREENSHOT_DIR set, complaints-list.png and complaint-detail.png are saved in zh_CN.
#include "appstyle.h"
#include "complaintdeadlines.h"
#include "complaintdialogs.h"
#include "complaintview.h"
#include "customerui.h"
#include "mainwindow.h"
#include "navigationrail.h"
#include "pages/complaintspage.h"
#include "stores/audittrail.h"
#include "stores/complaintstore.h"
#include "stores/customerstore.h"
#include "uitestsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>

QT_BEGIN_NAMESPACE
inline std::ostream& operator<<(std::ostream& os, const QDate& day)
{
    return os << day.toString(Qt::ISODate).toStdString();
}
QT_END_NAMESPACE

using namespace rmdesk;
using namespace rmdesk::test;

namespace {

const QDate today = QDate::currentDate();

struct ComplaintUiFixture : UiFixture
{
    ComplaintUiFixture()
    {
        addUser(QStringLiteral("wang.fang"), Role::Rm);
        addUser(QStringLiteral("li.na"), Role::Supervisor);
        rm = loginAs(QStringLiteral("wang.fang"), userPassword);
        sup = loginAs(QStringLiteral("li.na"), userPassword);
        zhang = addCustomer(QStringLiteral("张伟"));
        zhao = addCustomer(QStringLiteral("赵敏"));
    }
    qint64 addCustomer(const QString& name)
    {
        qint64 id = 0;
        StoreError error;
        BOOST_REQUIRE_MESSAGE(CustomerStore(rm->database().connection())
                                  .add(rm->session(), CustomerType::Individual,
                                       {{QStringLiteral("name"), name}}, &id, &error),
                              error.message);
        return id;
    }
    ComplaintStore store() { return ComplaintStore(rm->database().connection()); }
    // A complaint received `daysAgo` days ago.
    qint64 take(qint64 customer, int daysAgo, const char* category, const QString& summary,
                const char* severity = "medium")
    {
        ComplaintIntake in;
        in.customerId = customer;
        in.channel = QStringLiteral("phone");
        in.category = QString::fromLatin1(category);
        in.severity = QString::fromLatin1(severity);
        in.amountFen = 860000;
        in.summary = summary;
        in.receivedOn = today.addDays(-daysAgo);
        in.receivedTime = QTime(9, 40);
        qint64 id = 0;
        StoreError error;
        BOOST_REQUIRE_MESSAGE(store().open(rm->session(), in, &id, &error), error.message);
        return id;
    }
    // Overdue by 3 days, 2 days left, 13 days left, paused, decided.
    void fill()
    {
        StoreError e;
        overdue = take(zhang, 18, "fees", QStringLiteral("信用卡年费被重复扣收两次"), "high");
        soon = take(zhao, 13, "wealth", QStringLiteral("理财产品收益与宣传不符"));
        calm = take(zhang, 2, "service_quality", QStringLiteral("柜台排队等候时间过长"), "low");
        paused = take(zhao, 6, "card", QStringLiteral("银行卡被盗刷，需鉴定签名"));
        BOOST_REQUIRE(store().pause(rm->session(), paused, today.addDays(-2),
                                    QStringLiteral("签名送公安机关鉴定"),
                                    {today.addDays(-2), QStringLiteral("phone")}, &e));
        decided = take(zhang, 9, "account", QStringLiteral("账户被误冻结"));
        BOOST_REQUIRE(store().accept(rm->session(), decided, &e));
        BOOST_REQUIRE(store().decide(rm->session(), decided, QStringLiteral("已解冻并致歉"),
                                     today.addDays(-1),
                                     {today.addDays(-1), QStringLiteral("phone")}, &e));
    }
    int count(const QString& sql)
    {
        QSqlQuery q(vault->database().connection());
        BOOST_REQUIRE(q.exec(sql) && q.next());
        return q.value(0).toInt();
    }

    std::unique_ptr<Vault> rm, sup;
    qint64 zhang = 0, zhao = 0;
    qint64 overdue = 0, soon = 0, calm = 0, paused = 0, decided = 0;
};

QTableWidget* table(const QObject* root, const char* name)
{
    return child<QTableWidget>(root, name);
}

qint64 rowId(QTableWidget* t, int row)
{
    return t->item(row, 0)->text().toLongLong();
}

} // namespace

BOOST_FIXTURE_TEST_SUITE(complaints_ui, ComplaintUiFixture)

BOOST_AUTO_TEST_CASE(the_queue_shows_deadline_colours_most_urgent_first)
{
    applyAppStyle(*qApp);
    useLanguage(shotDir().isEmpty() ? QStringLiteral("en") : QStringLiteral("zh_CN"));
    fill();
    MainWindow window(*sup);
    window.resize(1280, 720);
    window.show();
    int row = -1;
    for (int i = 0; i < window.rail()->count(); ++i)
        if (window.rail()->item(i)->data(Qt::UserRole).toString() ==
            QLatin1String("complaintsPage"))
            row = i;
    BOOST_REQUIRE(row >= 0);
    window.rail()->setCurrentRow(row);
    auto* page = child<ComplaintsPage>(&window, "complaintsPage");
    auto* list = table(page, "complaintsView");
    BOOST_TEST(labelText(page, "complaintsTitle").contains(QStringLiteral("B001")));
    // Open ones: overdue, due soon, calm, then the paused one.
    BOOST_REQUIRE(list->rowCount() == 4);
    BOOST_TEST(rowId(list, 0) == overdue);
    BOOST_TEST(rowId(list, 1) == soon);
    BOOST_TEST(rowId(list, 2) == calm);
    BOOST_TEST(rowId(list, 3) == paused);
    const int deadline = 6;
    BOOST_TEST(list->item(0, deadline)->foreground().color().name() ==
               CustomerUi::breachedColour().name());
    BOOST_TEST(!list->item(0, deadline)->icon().isNull());
    BOOST_TEST(list->item(1, deadline)->foreground().color().name() ==
               CustomerUi::warningColour().name());
    BOOST_TEST(!list->item(1, deadline)->icon().isNull());
    BOOST_TEST(list->item(3, deadline)->text().contains(today.addDays(-2).toString(Qt::ISODate)));
    if (shotDir().isEmpty()) {
        BOOST_TEST(list->item(0, deadline)->text().startsWith(QStringLiteral("overdue by 3 day")));
        BOOST_TEST(list->item(1, deadline)->text().startsWith(QStringLiteral("2 day")));
    }
    list->clearSelection();
    saveShot(&window, QStringLiteral("complaints-list.png"));

    click(page, "filterOverdue");
    BOOST_TEST(list->rowCount() == 1);
    click(page, "filterDueSoon");
    BOOST_TEST(list->rowCount() == 2);
    click(page, "filterAll");
    BOOST_TEST(list->rowCount() == 5);
    BOOST_TEST(rowId(list, 4) == decided);
    // Opening a complaint, then its customer in the 360 view.
    click(page, "filterOpen");
    BOOST_REQUIRE(page->openComplaint(overdue));
    auto* view = page->complaintView(overdue);
    BOOST_REQUIRE(view);
    click(view, "openCustomerButton");
    BOOST_TEST(window.pages()->currentWidget()->objectName() == QStringLiteral("customersPage"));
    useLanguage(QStringLiteral("en"));
}

BOOST_AUTO_TEST_CASE(intake_validates_as_you_type_and_opens_the_new_complaint)
{
    ComplaintsPage page(*rm);
    page.resize(1100, 600);
    page.show();
    BOOST_TEST(page.table()->rowCount() == 0);
    BOOST_TEST(child<QWidget>(&page, "complaintsEmpty")->isVisible());
    click(&page, "newComplaintButton");
    auto* dialog = openDialog<ComplaintIntakeDialog>(&page, "complaintIntakeDialog");
    auto* ok = child<QPushButton>(dialog, "okButton");
    BOOST_TEST(!ok->isEnabled());
    BOOST_TEST(!ok->toolTip().isEmpty());
    setText(dialog, "intakeCustomer", QStringLiteral("999"));
    BOOST_TEST(child<QLabel>(dialog, "intakeCustomerProblem")->isVisible());
    setText(dialog, "intakeCustomer", QString::number(zhang));
    BOOST_TEST(labelText(dialog, "intakeCustomerName") == QStringLiteral("张*"));
    BOOST_TEST(!child<QLabel>(dialog, "intakeCustomerProblem")->isVisible());
    auto* category = child<QComboBox>(dialog, "intakeCategory");
    category->setCurrentIndex(category->findData(QStringLiteral("card")));
    child<QPlainTextEdit>(dialog, "intakeSummary")->setPlainText(QStringLiteral("ATM 吞卡"));
    BOOST_TEST(ok->isEnabled());
    // A group with too many representatives is caught as it is typed.
    child<QCheckBox>(dialog, "intakeGroup")->setChecked(true);
    setText(dialog, "intakeRepresentatives", QStringLiteral("甲,乙,丙,丁,戊,己"));
    BOOST_TEST(child<QLabel>(dialog, "intakeGroupProblem")->isVisible());
    BOOST_TEST(!ok->isEnabled());
    saveShot(dialog, QStringLiteral("complaint-intake.png"));
    // Only in person (the branch counter, the first channel) is the number capped.
    auto* channel = child<QComboBox>(dialog, "intakeChannel");
    BOOST_TEST(channel->currentData().toString() == QStringLiteral("counter"));
    child<QSpinBox>(dialog, "intakeGroupSize")->setValue(40);
    BOOST_TEST(child<QLabel>(dialog, "intakeGroupProblem")->isVisible());
    channel->setCurrentIndex(channel->findData(QStringLiteral("letter")));
    BOOST_TEST(!child<QLabel>(dialog, "intakeGroupProblem")->isVisible());
    channel->setCurrentIndex(channel->findData(QStringLiteral("counter")));
    BOOST_TEST(child<QLabel>(dialog, "intakeGroupProblem")->isVisible());
    child<QCheckBox>(dialog, "intakeGroup")->setChecked(false);
    BOOST_TEST(ok->isEnabled());
    click(dialog, "okButton");
    BOOST_TEST(!dialog->isVisible());
    StoreError e;
    int total = 0;
    const auto rows = store().list(rm->session(), {}, &total, &e);
    BOOST_REQUIRE(rows.size() == 1);
    BOOST_TEST(rows.first().category == QStringLiteral("card"));
    BOOST_TEST(page.table()->rowCount() == 1);
    BOOST_TEST(page.tabs()->count() == 2); // the new complaint opened in its tab
    BOOST_TEST(page.complaintView(rows.first().id) != nullptr);
}

BOOST_AUTO_TEST_CASE(the_detail_shows_its_timeline_and_only_the_steps_allowed_now)
{
    applyAppStyle(*qApp);
    useLanguage(shotDir().isEmpty() ? QStringLiteral("en") : QStringLiteral("zh_CN"));
    const qint64 id = take(zhang, 5, "fees", QStringLiteral("信用卡年费被重复扣收两次，要求退还"));
    ComplaintView view(*rm, id);
    StoreError error;
    BOOST_REQUIRE_MESSAGE(view.load(&error), error.message);
    view.resize(1200, 720);
    view.show();
    auto visible = [&](const char* name) { return child<QPushButton>(&view, name)->isVisible(); };
    BOOST_TEST(visible("stepAccept"));
    BOOST_TEST(!visible("stepDecide"));
    BOOST_TEST(!visible("stepClose"));
    BOOST_TEST(!visible("stepResume"));
    click(&view, "stepAccept");
    BOOST_TEST(!visible("stepAccept"));
    BOOST_TEST(visible("stepInvestigate"));
    click(&view, "stepInvestigate");

    // Extend to 30 days: an RM is offered 30 only.
    click(&view, "stepExtend");
    auto* extend = openDialog<ComplaintStepDialog>(&view, "complaintStepDialog");
    auto* days = child<QComboBox>(extend, "stepChoice");
    BOOST_TEST(days->count() == 1);
    BOOST_TEST(!child<QPushButton>(extend, "okButton")->isEnabled());
    setText(extend, "stepText", QStringLiteral("需调取卡组织交易记录"));
    click(extend, "okButton");
    BOOST_TEST(!extend->isVisible());
    BOOST_TEST(view.complaint().clock.periodDays == 30);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    // Pause yesterday for appraisal; resume today.
    click(&view, "stepPause");
    auto* pause = openDialog<ComplaintStepDialog>(&view, "complaintStepDialog");
    child<QDateEdit>(pause, "stepDate")->setDate(today.addDays(-1));
    setText(pause, "stepText", QStringLiteral("交易签购单送司法鉴定"));
    click(pause, "okButton");
    BOOST_TEST(view.complaint().clock.pausedSince == today.addDays(-1));
    BOOST_TEST(!visible("stepDecide")); // not while paused
    BOOST_TEST(visible("stepResume"));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    click(&view, "stepResume");
    auto* resume = openDialog<ComplaintStepDialog>(&view, "complaintStepDialog");
    click(resume, "okButton");
    BOOST_TEST(view.complaint().clock.pausedDays == 1);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    // A refused decision (told before it was made) shows why and changes nothing.
    const int events = count(QStringLiteral("SELECT count(*) FROM complaint_events"));
    const int audits = count(QStringLiteral("SELECT count(*) FROM audit_log"));
    click(&view, "stepDecide");
    auto* decide = openDialog<ComplaintStepDialog>(&view, "complaintStepDialog");
    setText(decide, "stepText", QStringLiteral("退还重复收取的年费 680 元"));
    child<QDateEdit>(decide, "stepNoticeDate")->setDate(today.addDays(-1));
    click(decide, "okButton");
    BOOST_TEST(decide->isVisible());
    BOOST_TEST(child<QLabel>(decide, "stepProblem")->isVisible());
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM complaint_events")) == events);
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM audit_log")) == audits);
    child<QDateEdit>(decide, "stepNoticeDate")->setDate(today);
    auto* channel = child<QComboBox>(decide, "stepNoticeChannel");
    channel->setCurrentIndex(channel->findData(QStringLiteral("letter")));
    click(decide, "okButton");
    BOOST_TEST(!decide->isVisible());
    BOOST_TEST((view.complaint().status == ComplaintStatus::Decided));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    // Root cause and an improvement action.
    click(&view, "stepRootCause");
    auto* cause = openDialog<ComplaintStepDialog>(&view, "complaintStepDialog");
    auto* causes = child<QComboBox>(cause, "stepChoice");
    causes->setCurrentIndex(causes->findData(QStringLiteral("system_failure")));
    setText(cause, "stepText", QStringLiteral("批量扣费程序重复执行"));
    click(cause, "okButton");
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    click(&view, "stepAddAction");
    auto* action = openDialog<ComplaintStepDialog>(&view, "complaintStepDialog");
    setText(action, "stepText", QStringLiteral("扣费程序增加幂等校验"));
    setText(action, "stepOwner", QStringLiteral("li.na"));
    click(action, "okButton");
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    BOOST_TEST(table(&view, "complaintActions")->rowCount() == 1);

    auto* timeline = table(&view, "complaintTimeline");
    BOOST_TEST(timeline->rowCount() == int(view.complaint().events.size()));
    BOOST_TEST(timeline->rowCount() == 11);
    BOOST_TEST(visible("stepClose"));
    BOOST_TEST(!visible("stepPause"));
    saveShot(&view, QStringLiteral("complaint-detail.png"));

    // Closing asks first; cancelled, nothing happens.
    Dialogs::setNextAnswer(false);
    click(&view, "stepClose");
    BOOST_TEST((view.complaint().status == ComplaintStatus::Decided));
    Dialogs::setNextAnswer(true);
    click(&view, "stepClose");
    BOOST_TEST((view.complaint().status == ComplaintStatus::Closed));
    BOOST_TEST(visible("stepReopen"));
    BOOST_TEST(AuditTrail::verify(vault->database().connection()).ok);
    useLanguage(QStringLiteral("en"));
}

BOOST_AUTO_TEST_CASE(a_supervisor_may_extend_to_sixty_days_with_a_notice)
{
    const qint64 id = take(zhang, 5, "loan", QStringLiteral("贷款利率调整未告知"));
    ComplaintView view(*sup, id);
    StoreError error;
    BOOST_REQUIRE(view.load(&error));
    view.show();
    click(&view, "stepExtend");
    auto* extend = openDialog<ComplaintStepDialog>(&view, "complaintStepDialog");
    auto* days = child<QComboBox>(extend, "stepChoice");
    BOOST_REQUIRE(days->count() == 2);
    days->setCurrentIndex(1);
    auto* told = child<QCheckBox>(extend, "stepNoticeGiven");
    BOOST_TEST(told->isChecked()); // the longest extension always records the notice
    BOOST_TEST(!told->isEnabled());
    setText(extend, "stepText", QStringLiteral("涉及总行系统改造，情况特别复杂"));
    click(extend, "okButton");
    BOOST_TEST(view.complaint().clock.periodDays == 60);
    BOOST_TEST(view.complaint().clock.due == today.addDays(55));
    // Compliance reads it, without any step.
    addUser(QStringLiteral("zhao.lei"), Role::Compliance, QString());
    auto comp = loginAs(QStringLiteral("zhao.lei"), userPassword);
    ComplaintView read(*comp, id);
    BOOST_REQUIRE(read.load(&error));
    read.show();
    for (QPushButton* b : read.findChildren<QPushButton*>())
        if (b->objectName().startsWith(QLatin1String("step")))
            BOOST_TEST(!b->isVisible(), b->objectName());
}

BOOST_AUTO_TEST_CASE(an_unsaved_complaint_or_step_is_kept_and_offered_back)
{
    ComplaintsPage page(*rm);
    page.show();
    click(&page, "newComplaintButton");
    auto* dialog = openDialog<ComplaintIntakeDialog>(&page, "complaintIntakeDialog");
    setText(dialog, "intakeCustomer", QString::number(zhang));
    auto* category = child<QComboBox>(dialog, "intakeCategory");
    category->setCurrentIndex(category->findData(QStringLiteral("card")));
    child<QPlainTextEdit>(dialog, "intakeSummary")->setPlainText(QStringLiteral("ATM 吞卡"));
    dialog->reject(); // Esc, or the idle lock
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM drafts WHERE form = 'complaint' AND "
                                    "customer_id = %1")
                         .arg(zhang)) == 1);

    Dialogs::setNextAnswer(true);
    click(&page, "newComplaintButton");
    dialog = openDialog<ComplaintIntakeDialog>(&page, "complaintIntakeDialog");
    auto* summary = child<QPlainTextEdit>(dialog, "intakeSummary");
    BOOST_TEST(waitFor([&] { return !summary->toPlainText().isEmpty(); }, 2000));
    BOOST_TEST(summary->toPlainText() == QStringLiteral("ATM 吞卡"));
    BOOST_TEST(labelText(dialog, "intakeCustomerName") == QStringLiteral("张*"));
    BOOST_TEST(child<QComboBox>(dialog, "intakeCategory")->currentData().toString() ==
               QStringLiteral("card"));
    click(dialog, "okButton");
    BOOST_TEST(!dialog->isVisible());
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM drafts")) == 0);

    // A step's text is kept per complaint and step.
    const qint64 id = take(zhang, 5, "loan", QStringLiteral("贷款利率调整未告知"));
    ComplaintView view(*sup, id);
    StoreError error;
    BOOST_REQUIRE(view.load(&error));
    view.show();
    click(&view, "stepExtend");
    auto* extend = openDialog<ComplaintStepDialog>(&view, "complaintStepDialog");
    setText(extend, "stepText", QStringLiteral("涉及总行系统改造"));
    extend->reject();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM drafts WHERE form = "
                                    "'complaint-step:extend' AND form_key = %1")
                         .arg(id)) == 1);
    Dialogs::setNextAnswer(true);
    click(&view, "stepExtend");
    extend = openDialog<ComplaintStepDialog>(&view, "complaintStepDialog");
    auto* text = child<QLineEdit>(extend, "stepText");
    BOOST_TEST(waitFor([&] { return !text->text().isEmpty(); }, 2000));
    BOOST_TEST(text->text() == QStringLiteral("涉及总行系统改造"));
    extend->reject();
}

BOOST_AUTO_TEST_CASE(the_deadlines_widget_lists_what_is_overdue_or_due_soon)
{
    ComplaintDeadlines empty(*rm);
    BOOST_TEST(empty.count() == 0);
    fill();
    ComplaintDeadlines widget(*rm);
    widget.resize(700, 300);
    widget.show();
    BOOST_TEST(widget.count() == 2);
    auto* list = table(&widget, "complaintDeadlinesView");
    BOOST_TEST(list->item(0, 0)->foreground().color().name() ==
               CustomerUi::breachedColour().name());
    BOOST_TEST(list->item(1, 0)->foreground().color().name() == CustomerUi::warningColour().name());
    BOOST_TEST(list->item(0, 1)->text().contains(QString::number(overdue)));
    qint64 chosen = 0;
    QObject::connect(&widget, &ComplaintDeadlines::complaintChosen,
                     [&](qint64 id) { chosen = id; });
    emit list->activated(list->model()->index(1, 0));
    BOOST_TEST(chosen == soon);
    saveShot(&widget, QStringLiteral("complaint-deadlines.png"));
}

BOOST_AUTO_TEST_SUITE_END()
