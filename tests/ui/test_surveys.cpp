// The survey screens on a real encrypted database, driven by object name: a response recorded by
// keyboard alone (digit keys, Tab, Ctrl+Enter), a detractor's callback told to the person, a
// missing required answer refused under its question with nothing stored, the results page with
// hand-worked totals and the caution on a group under 30 responses, the customer's Satisfaction
// tab, and the post-complaint survey offered when a complaint is closed.
#include "complaintview.h"
#include "customer360.h"
#include "formdraft.h"
#include "pages/surveyspage.h"
#include "stores/audittrail.h"
#include "stores/complaintstore.h"
#include "stores/customerstore.h"
#include "stores/draftstore.h"
#include "surveydialog.h"
#include "uitestsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>

using namespace rmdesk;
using namespace rmdesk::test;

namespace {

const QDate today = QDate::currentDate();

void press(QWidget* target, int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier,
           const QString& text = QString())
{
    BOOST_REQUIRE(target);
    QKeyEvent down(QEvent::KeyPress, key, modifiers, text);
    QCoreApplication::sendEvent(target, &down);
    QKeyEvent up(QEvent::KeyRelease, key, modifiers, text);
    QCoreApplication::sendEvent(target, &up);
}

// A key to the widget with the keyboard focus, as the keyboard would send it.
void key(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier, const QString& text = {})
{
    press(QApplication::focusWidget(), key, modifiers, text);
}

void digit(int d)
{
    key(Qt::Key_0 + d, Qt::NoModifier, QString::number(d));
}

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

struct SurveyUiFixture : UiFixture
{
    SurveyUiFixture()
    {
        addUser(QStringLiteral("wang.fang"), Role::Rm);
        addUser(QStringLiteral("zhao.lei"), Role::Rm);
        addUser(QStringLiteral("li.na"), Role::Supervisor);
        rm = loginAs(QStringLiteral("wang.fang"), userPassword);
        rm2 = loginAs(QStringLiteral("zhao.lei"), userPassword);
        sup = loginAs(QStringLiteral("li.na"), userPassword);
        zhang = addCustomer(*rm, QStringLiteral("张伟"));
    }
    qint64 addCustomer(Vault& who, const QString& name)
    {
        qint64 id = 0;
        StoreError error;
        BOOST_REQUIRE_MESSAGE(CustomerStore(who.database().connection())
                                  .add(who.session(), CustomerType::Individual,
                                       {{QStringLiteral("name"), name}}, &id, &error),
                              error.message);
        return id;
    }
    int count(const QString& sql)
    {
        QSqlQuery q(vault->database().connection());
        BOOST_REQUIRE(q.exec(sql) && q.next());
        return q.value(0).toInt();
    }
    // An annual review answered today, recorded by `who` for `customer`.
    void answer(Vault& who, qint64 customer, int nps, int csat, int ces)
    {
        NewSurveyResponse r;
        r.customerId = customer;
        r.templateName = QStringLiteral("annual-review");
        r.answers = {{QStringLiteral("nps"), QString::number(nps)},
                     {QStringLiteral("csat"), QString::number(csat)},
                     {QStringLiteral("ces"), QString::number(ces)}};
        SurveySaved saved;
        StoreError error;
        BOOST_REQUIRE_MESSAGE(
            SurveyStore(who.database().connection()).record(who.session(), r, &saved, &error),
            error.message);
    }

    std::unique_ptr<Vault> rm, rm2, sup;
    qint64 zhang = 0;
};

} // namespace

BOOST_FIXTURE_TEST_SUITE(surveys, SurveyUiFixture)

BOOST_AUTO_TEST_CASE(a_response_is_recorded_by_keyboard_alone)
{
    SurveyDialog dialog(*rm, zhang, nullptr, QStringLiteral("annual-review"));
    activate(&dialog);
    BOOST_TEST(labelText(&dialog, "surveyCustomer").contains(QString::number(zhang)));
    BOOST_TEST(child<QComboBox>(&dialog, "surveyLink")->currentText() ==
               QStringLiteral("Not linked"));
    // The survey was given: the first question has the focus.
    auto* nps = child<SurveyScale>(&dialog, "question_nps");
    BOOST_TEST(QApplication::focusWidget() == nps);
    BOOST_TEST(labelText(&dialog, "text_nps").endsWith(QStringLiteral(" *")));
    digit(1);
    digit(0); // quickly after the 1: ten
    BOOST_TEST(nps->value().value_or(-1) == 10);
    key(Qt::Key_Tab);
    BOOST_TEST(QApplication::focusWidget() == child<SurveyScale>(&dialog, "question_csat"));
    digit(4);
    key(Qt::Key_Tab);
    digit(9); // outside 1–7: ignored
    digit(2);
    BOOST_TEST(child<SurveyScale>(&dialog, "question_ces")->value().value_or(-1) == 2);
    key(Qt::Key_Tab);
    BOOST_TEST(QApplication::focusWidget() == child<QComboBox>(&dialog, "question_reason"));
    key(Qt::Key_Tab);
    BOOST_TEST(QApplication::focusWidget() == child<QPlainTextEdit>(&dialog, "question_comment"));
    type(QStringLiteral("服务很周到"));
    key(Qt::Key_Return, Qt::ControlModifier);
    BOOST_TEST(dialog.result() == QDialog::Accepted);
    BOOST_TEST(dialog.saved().id > 0);
    BOOST_TEST(dialog.saved().followUpTaskId == 0);

    StoreError error;
    const QList<SurveyResponse> stored =
        SurveyStore(rm->database().connection()).list(rm->session(), zhang, &error);
    BOOST_REQUIRE(stored.size() == 1);
    const SurveyResponse& r = stored.first();
    BOOST_TEST(r.templateName == QStringLiteral("annual-review"));
    BOOST_TEST((r.answeredOn == today));
    BOOST_TEST(r.channel == QStringLiteral("phone"));
    BOOST_TEST(r.nps.value_or(-1) == 10);
    BOOST_TEST(r.csat.value_or(-1) == 4);
    BOOST_TEST(r.ces.value_or(-1) == 2);
    BOOST_TEST(r.answers.value(QStringLiteral("comment")) == QStringLiteral("服务很周到"));
    BOOST_TEST(!r.answers.contains(QStringLiteral("reason")));
    BOOST_TEST(r.complaintId == 0);
    BOOST_TEST(r.recordedBy == QStringLiteral("wang.fang"));

    // The customer's Satisfaction tab lists it.
    Customer360 view(*rm, zhang);
    BOOST_REQUIRE(view.load(&error));
    auto* tabs = child<QTabWidget>(&view, "customerSections");
    auto* history = child<SurveyHistory>(&view, "surveyHistory");
    BOOST_TEST(tabs->isTabVisible(tabs->indexOf(history)));
    auto* rows = child<QTableWidget>(history, "surveyHistoryView");
    BOOST_REQUIRE(rows->rowCount() == 1);
    BOOST_TEST(rows->item(0, 0)->text() == today.toString(Qt::ISODate));
    BOOST_TEST(rows->item(0, 1)->text() == QStringLiteral("Annual relationship review"));
    BOOST_TEST(rows->item(0, 2)->text() == QStringLiteral("10"));
    BOOST_TEST(rows->item(0, 3)->text() == QStringLiteral("4"));
    BOOST_TEST(rows->item(0, 4)->text() == QStringLiteral("2"));
    BOOST_TEST(child<QPushButton>(history, "recordSurveyButton")->isVisibleTo(history));
    tabs->setCurrentWidget(history);
    view.resize(1000, 600);
    view.show();
    saveShot(&view, QStringLiteral("survey-history-test.png"));
    BOOST_TEST(AuditTrail::verify(vault->database().connection()).ok);
}

BOOST_AUTO_TEST_CASE(a_detractor_is_told_of_the_callback_task)
{
    SurveyDialog dialog(*rm, zhang, nullptr, QStringLiteral("annual-review"));
    activate(&dialog);
    child<SurveyScale>(&dialog, "question_nps")->setValue(3);
    child<SurveyScale>(&dialog, "question_csat")->setValue(2);
    child<SurveyScale>(&dialog, "question_ces")->setValue(6);
    auto* channel = child<QComboBox>(&dialog, "surveyChannel");
    channel->setCurrentIndex(channel->findData(QStringLiteral("visit")));
    click(&dialog, "okButton");
    // Saved, and the dialog stays to say a callback is on the RM's list (due in 2 days by the
    // satisfaction rules).
    BOOST_TEST(dialog.isVisible());
    const qint64 task = dialog.saved().followUpTaskId;
    BOOST_TEST(task > 0);
    auto* message = child<QLabel>(&dialog, "surveyFollowUp");
    BOOST_TEST(message->isVisible());
    BOOST_TEST(message->text() ==
               QStringLiteral("Saved. A callback task was created for the relationship manager "
                              "wang.fang, due %1.")
                   .arg(today.addDays(2).toString(Qt::ISODate)));
    BOOST_TEST(!child<QPushButton>(&dialog, "okButton")->isVisible());
    // Saved, it is no draft, however long the message stays open.
    waitFor([] { return false; }, FormDraft::IntervalMs * 2);
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM drafts")) == 0);
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM tasks WHERE id = %1 AND customer_id = %2")
                         .arg(task)
                         .arg(zhang)) == 1);
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM survey_responses WHERE channel = 'visit' "
                                    "AND follow_up_task_id = %1")
                         .arg(task)) == 1);
    key(Qt::Key_Return); // Enter closes it
    BOOST_TEST(!dialog.isVisible());
    BOOST_TEST(dialog.result() == QDialog::Accepted);
}

BOOST_AUTO_TEST_CASE(unsaved_answers_are_kept_and_offered_back)
{
    DraftStore drafts(rm->database().connection());
    const DraftKey form{QStringLiteral("survey:post-onboarding"), zhang};
    {
        SurveyDialog dialog(*rm, zhang, nullptr, QStringLiteral("post-onboarding"));
        activate(&dialog);
        child<QDateEdit>(&dialog, "surveyAnsweredOn")->setDate(today.addDays(-2));
        child<SurveyScale>(&dialog, "question_csat")->setValue(4);
        child<QCheckBox>(&dialog, "option_speed")->setChecked(true);
        key(Qt::Key_Escape); // cancelled, or closed by the idle lock: kept
        BOOST_TEST(!dialog.isVisible());
    }
    BOOST_REQUIRE(drafts.load(rm->session(), form).has_value());
    {
        // Another survey of the customer is another form: nothing is offered there.
        SurveyDialog annual(*rm, zhang, nullptr, QStringLiteral("annual-review"));
        activate(&annual);
        QCoreApplication::processEvents();
        BOOST_TEST(!Dialogs::lastMessage().contains(QStringLiteral("unfinished entry")));
        annual.reject();
    }
    Dialogs::setNextAnswer(true);
    SurveyDialog dialog(*rm, zhang, nullptr, QStringLiteral("post-onboarding"));
    activate(&dialog);
    auto* csat = child<SurveyScale>(&dialog, "question_csat");
    BOOST_TEST(waitFor([&] { return csat->value().has_value(); }, 2000));
    BOOST_TEST(Dialogs::lastMessage().contains(QStringLiteral("unfinished entry")));
    BOOST_TEST(csat->value().value_or(-1) == 4);
    BOOST_TEST(!child<SurveyScale>(&dialog, "question_ces")->value().has_value());
    BOOST_TEST(child<QCheckBox>(&dialog, "option_speed")->isChecked());
    BOOST_TEST(!child<QCheckBox>(&dialog, "option_app")->isChecked());
    BOOST_TEST((child<QDateEdit>(&dialog, "surveyAnsweredOn")->date() == today.addDays(-2)));
    child<SurveyScale>(&dialog, "question_ces")->setValue(1);
    click(&dialog, "okButton");
    BOOST_TEST(dialog.result() == QDialog::Accepted);
    BOOST_TEST(!drafts.load(rm->session(), form).has_value());
    StoreError error;
    const auto r =
        SurveyStore(rm->database().connection()).response(rm->session(), dialog.saved().id, &error);
    BOOST_REQUIRE(r);
    BOOST_TEST((r->answeredOn == today.addDays(-2)));
    BOOST_TEST(r->answers.value(QStringLiteral("helped")) == QStringLiteral("speed"));
}

BOOST_AUTO_TEST_CASE(a_missing_required_answer_is_shown_under_its_question)
{
    SurveyDialog dialog(*rm, zhang, nullptr, QStringLiteral("post-complaint"));
    activate(&dialog);
    BOOST_TEST(child<QComboBox>(&dialog, "surveyTemplate")->currentData().toString() ==
               QStringLiteral("post-complaint"));
    digit(5); // csat, the first question
    auto* ok = child<QPushButton>(&dialog, "okButton");
    BOOST_TEST(!ok->isEnabled());
    BOOST_TEST(!ok->toolTip().isEmpty());
    // Nothing is marked red until the person tries to save.
    BOOST_TEST(!child<QLabel>(&dialog, "problem_ces")->isVisible());
    key(Qt::Key_Return, Qt::ControlModifier);
    BOOST_TEST(dialog.isVisible());
    for (const char* name : {"problem_ces", "problem_nps", "problem_solved"}) {
        BOOST_TEST(child<QLabel>(&dialog, name)->isVisible(), name);
        BOOST_TEST(!child<QLabel>(&dialog, name)->text().isEmpty(), name);
    }
    BOOST_TEST(!child<QLabel>(&dialog, "problem_csat")->isVisible());
    BOOST_TEST(!child<QLabel>(&dialog, "problem_comment")->isVisible());
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM survey_responses")) == 0);
    // Answering clears the question's message as you go.
    child<SurveyScale>(&dialog, "question_ces")->setValue(3);
    BOOST_TEST(!child<QLabel>(&dialog, "problem_ces")->isVisible());
    BOOST_TEST(child<QLabel>(&dialog, "problem_nps")->isVisible());
    // A free text over the limit is refused too.
    child<SurveyScale>(&dialog, "question_nps")->setValue(8);
    auto* solved = child<QComboBox>(&dialog, "question_solved");
    solved->setCurrentIndex(solved->findData(QStringLiteral("yes")));
    child<QPlainTextEdit>(&dialog, "question_comment")
        ->setPlainText(QString(SurveyTemplates::MaximumTextLength + 1, QLatin1Char('x')));
    press(&dialog, Qt::Key_Return, Qt::ControlModifier);
    BOOST_TEST(dialog.isVisible());
    BOOST_TEST(child<QLabel>(&dialog, "problem_comment")->isVisible());
    BOOST_TEST(!child<QLabel>(&dialog, "problem_nps")->isVisible());
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM survey_responses")) == 0);
    click(&dialog, "cancelButton");
    BOOST_TEST(dialog.result() == QDialog::Rejected);
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM survey_responses")) == 0);
}

BOOST_AUTO_TEST_CASE(multiple_choices_and_a_past_day_are_stored)
{
    SurveyDialog dialog(*rm, zhang, nullptr, QStringLiteral("post-onboarding"));
    activate(&dialog);
    auto* answeredOn = child<QDateEdit>(&dialog, "surveyAnsweredOn");
    BOOST_TEST((answeredOn->date() == today));
    BOOST_TEST((answeredOn->maximumDate() == today)); // never in the future
    answeredOn->setDate(today.addDays(-5));
    child<SurveyScale>(&dialog, "question_csat")->setValue(5);
    child<SurveyScale>(&dialog, "question_ces")->setValue(1);
    child<QCheckBox>(&dialog, "option_app")->setChecked(true);
    child<QCheckBox>(&dialog, "option_speed")->setChecked(true);
    click(&dialog, "okButton");
    BOOST_TEST(dialog.result() == QDialog::Accepted);
    StoreError error;
    const auto r =
        SurveyStore(rm->database().connection()).response(rm->session(), dialog.saved().id, &error);
    BOOST_REQUIRE(r);
    BOOST_TEST(r->templateName == QStringLiteral("post-onboarding"));
    BOOST_TEST((r->answeredOn == today.addDays(-5)));
    BOOST_TEST(r->answers.value(QStringLiteral("helped")) == QStringLiteral("app;speed"));
    BOOST_TEST(r->csat.value_or(-1) == 5);
    BOOST_TEST(!r->nps.has_value());
}

BOOST_AUTO_TEST_CASE(the_results_page_shows_totals_and_the_caution)
{
    // wang.fang's customer: 31 answers (reliable); zhao.lei's: 4 (read with care).
    const qint64 zhao = addCustomer(*rm2, QStringLiteral("赵敏"));
    for (int i = 0; i < 31; ++i) {
        const int nps = i < 20 ? 10 : (i < 25 ? 8 : 3);
        answer(*rm, zhang, nps, i < 25 ? 5 : 2, 2);
    }
    const int npsB[] = {10, 10, 0, 7}, csatB[] = {5, 4, 3, 1}, cesB[] = {1, 2, 3, 6};
    for (int i = 0; i < 4; ++i)
        answer(*rm2, zhao, npsB[i], csatB[i], cesB[i]);

    SurveysPage page(*sup);
    page.resize(1000, 600);
    page.show();
    BOOST_REQUIRE(waitFor([&] { return !page.isBusy() && page.table()->rowCount() > 0; }));
    page.setGroupBy(SurveyGroupBy::Rm);
    BOOST_REQUIRE(waitFor([&] { return !page.isBusy(); }));
    // 35 answers: 22 promoters, 6 passives, 7 detractors → (22 − 7) / 35 = 42.9;
    // CSAT 27 of 35 satisfied = 77.1%; CES (31 × 2 + 12) / 35 = 2.11.
    BOOST_TEST(labelText(&page, "totalResponses") == QStringLiteral("35"));
    BOOST_TEST(labelText(&page, "totalNps") == QStringLiteral("+43"));
    BOOST_TEST(labelText(&page, "totalCsat") == QStringLiteral("77%"));
    BOOST_TEST(labelText(&page, "totalCes") == QStringLiteral("2.1"));
    BOOST_TEST(labelText(&page, "totalCaution").isEmpty());
    QTableWidget* t = page.table();
    BOOST_REQUIRE(t->rowCount() == 2);
    // wang.fang: 20 promoters, 6 detractors of 31 → 45.2; 25 of 31 satisfied → 80.6%; CES 2.0.
    BOOST_TEST(t->item(0, 0)->data(Qt::UserRole).toString() == QStringLiteral("wang.fang"));
    BOOST_TEST(t->item(0, 1)->text() == QStringLiteral("31"));
    BOOST_TEST(t->item(0, 2)->text() == QStringLiteral("+45"));
    BOOST_TEST(t->item(0, 3)->text() == QStringLiteral("81%"));
    BOOST_TEST(t->item(0, 4)->text() == QStringLiteral("2.0"));
    BOOST_TEST(t->item(0, 0)->icon().isNull());
    BOOST_TEST(t->item(0, 2)->toolTip() ==
               QStringLiteral("promoters 20, passives 5, detractors 6"));
    BOOST_TEST(t->item(0, 3)->toolTip() == QStringLiteral("25 of 31 satisfied"));
    // zhao.lei: (2 − 1) / 4 = +25; 2 of 4 = 50%; (1 + 2 + 3 + 6) / 4 = 3.0 — greyed, with the
    // warning icon and the caution in the tooltip.
    BOOST_TEST(t->item(1, 0)->data(Qt::UserRole).toString() == QStringLiteral("zhao.lei"));
    BOOST_TEST(t->item(1, 1)->text() == QStringLiteral("4"));
    BOOST_TEST(t->item(1, 2)->text() == QStringLiteral("+25"));
    BOOST_TEST(t->item(1, 3)->text() == QStringLiteral("50%"));
    BOOST_TEST(t->item(1, 4)->text() == QStringLiteral("3.0"));
    BOOST_TEST(!t->item(1, 0)->icon().isNull());
    BOOST_TEST(t->item(1, 2)->toolTip() ==
               Satisfaction::caution(4) +
                   QStringLiteral("\npromoters 2, passives 1, detractors 1"));
    BOOST_TEST(!Satisfaction::caution(4).isEmpty());
    BOOST_TEST(
        (t->item(1, 2)->foreground().color() == page.palette().color(QPalette::PlaceholderText)));
    BOOST_TEST(child<QLabel>(&page, "cautionLegend")->isVisible());
    BOOST_TEST(!child<QLabel>(&page, "surveysEmpty")->isVisible());
    BOOST_TEST(child<QPushButton>(&page, "recordResponseButton")->isVisible());
    saveShot(&page, QStringLiteral("survey-results-test.png"));

    // A period without answers: the empty state says what would fill it.
    page.setPeriod(today.addYears(-3), today.addYears(-2));
    BOOST_REQUIRE(waitFor([&] { return !page.isBusy(); }));
    BOOST_TEST(labelText(&page, "totalResponses") == QStringLiteral("0"));
    BOOST_TEST(labelText(&page, "totalNps") == QStringLiteral("—"));
    BOOST_TEST(child<QLabel>(&page, "surveysEmpty")->isVisible());
    BOOST_TEST(!child<QLabel>(&page, "cautionLegend")->isVisible());

    // Record response… starts with a customer search.
    click(&page, "recordResponseButton");
    auto* entry = openDialog<SurveyDialog>(&page, "surveyDialog");
    BOOST_TEST(child<QWidget>(entry, "surveyCustomerSearch")->isVisible());
    BOOST_TEST(!child<QPushButton>(entry, "okButton")->isEnabled());
    entry->reject();

    // Compliance reads every branch, and may choose one; it records nothing.
    addUser(QStringLiteral("zhou.min"), Role::Compliance, QString());
    auto compliance = loginAs(QStringLiteral("zhou.min"), userPassword);
    SurveysPage all(*compliance);
    all.show();
    BOOST_REQUIRE(waitFor([&] { return !all.isBusy() && all.stats().total.responses > 0; }));
    BOOST_TEST(labelText(&all, "totalResponses") == QStringLiteral("35"));
    BOOST_TEST(child<QComboBox>(&all, "surveyBranchFilter")->isVisible());
    BOOST_TEST(!child<QPushButton>(&all, "recordResponseButton")->isVisible());
    BOOST_TEST(!child<QPushButton>(&all, "importResponsesButton")->isVisible());
    BOOST_TEST(all.table()->rowCount() == 1); // by branch: B001
    BOOST_TEST(all.table()->item(0, 1)->text() == QStringLiteral("35"));

    // The RM sees only their own customers' answers.
    SurveysPage own(*rm2);
    own.show();
    BOOST_REQUIRE(waitFor([&] { return !own.isBusy() && own.stats().total.responses > 0; }));
    BOOST_TEST(labelText(&own, "totalResponses") == QStringLiteral("4"));
    BOOST_TEST(labelText(&own, "totalCaution").contains(QStringLiteral("4")));
}

BOOST_AUTO_TEST_CASE(closing_a_complaint_offers_the_post_complaint_survey)
{
    ComplaintStore store(rm->database().connection());
    ComplaintIntake in;
    in.customerId = zhang;
    in.channel = QStringLiteral("phone");
    in.category = QStringLiteral("fees");
    in.severity = QStringLiteral("medium");
    in.summary = QStringLiteral("信用卡年费被重复扣收");
    in.receivedOn = today.addDays(-3);
    in.receivedTime = QTime(9, 30);
    qint64 id = 0;
    StoreError e;
    BOOST_REQUIRE_MESSAGE(store.open(rm->session(), in, &id, &e), e.message);
    BOOST_REQUIRE(store.accept(rm->session(), id, &e));
    BOOST_REQUIRE_MESSAGE(store.decide(rm->session(), id, QStringLiteral("已退还重复扣收的年费"),
                                       today, {today, QStringLiteral("phone")}, &e),
                          e.message);
    ComplaintView view(*rm, id);
    BOOST_REQUIRE(view.load(&e));
    view.show();
    Dialogs::setNextAnswer(true); // close
    Dialogs::setNextAnswer(true); // and record the survey now
    click(&view, "stepClose");
    BOOST_TEST((view.complaint().status == ComplaintStatus::Closed));
    auto* dialog = openDialog<SurveyDialog>(&view, "surveyDialog");
    BOOST_TEST(dialog->customerId() == zhang);
    BOOST_TEST(dialog->templateName() == QStringLiteral("post-complaint"));
    BOOST_TEST(dialog->linkedComplaint() == id);
    BOOST_TEST(child<QComboBox>(dialog, "surveyLink")->currentText().contains(QString::number(id)));
    child<SurveyScale>(dialog, "question_csat")->setValue(5);
    child<SurveyScale>(dialog, "question_ces")->setValue(1);
    child<SurveyScale>(dialog, "question_nps")->setValue(9);
    auto* solved = child<QComboBox>(dialog, "question_solved");
    solved->setCurrentIndex(solved->findData(QStringLiteral("yes")));
    click(dialog, "okButton");
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM survey_responses WHERE complaint_id = %1")
                         .arg(id)) == 1);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    // Declined, or for someone who may not record surveys: no dialog.
    BOOST_TEST(view.findChild<SurveyDialog*>() == nullptr);
    Dialogs::setNextAnswer(false);
    view.offerSurvey();
    BOOST_TEST(view.findChild<SurveyDialog*>() == nullptr);
}

BOOST_AUTO_TEST_CASE(an_import_lists_the_rows_it_refused)
{
    const QString day = today.addDays(-1).toString(Qt::ISODate);
    const QString file = folder.file(QStringLiteral("answers.csv"));
    {
        QFile csv(file);
        BOOST_REQUIRE(csv.open(QIODevice::WriteOnly));
        csv.write(QStringLiteral("customer_id,template,answered_on,channel,nps,csat,ces\n"
                                 "%1,annual-review,%2,phone,9,5,1\n"
                                 "%1,annual-review,%2,sms,11,5,1\n")
                      .arg(zhang)
                      .arg(day)
                      .toUtf8());
    }
    SurveysPage page(*rm);
    page.importResponses();
    auto* dialog = openDialog<SurveyImportDialog>(&page, "surveyImportDialog");
    BOOST_TEST(!child<QPushButton>(dialog, "importButton")->isEnabled());
    Dialogs::setNextFileName(file);
    click(dialog, "browseButton");
    BOOST_TEST(child<QLineEdit>(dialog, "importFile")->text() == file);
    auto* errors = child<QTableWidget>(dialog, "importErrorsView");

    // A dry run checks every row and writes nothing.
    child<QRadioButton>(dialog, "importSkipBad")->setChecked(true);
    child<QCheckBox>(dialog, "importDryRun")->setChecked(true);
    click(dialog, "importButton");
    BOOST_TEST(dialog->result().rows == 2);
    BOOST_TEST(dialog->result().rejected == 1);
    BOOST_TEST(labelText(dialog, "importSummary").contains(QStringLiteral("1 could be imported")));
    BOOST_REQUIRE(errors->rowCount() == 1);
    BOOST_TEST(errors->item(0, 0)->text() == QStringLiteral("3"));
    BOOST_TEST(errors->item(0, 1)->text() == QStringLiteral("nps"));
    BOOST_TEST(!errors->item(0, 2)->text().isEmpty());
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM survey_responses")) == 0);
    saveShot(dialog, QStringLiteral("survey-import-test.png"));

    // All or nothing: the bad row stops the good one too.
    child<QCheckBox>(dialog, "importDryRun")->setChecked(false);
    child<QRadioButton>(dialog, "importAllOrNothing")->setChecked(true);
    click(dialog, "importButton");
    BOOST_TEST(
        labelText(dialog, "importSummary").startsWith(QStringLiteral("Nothing was imported")));
    BOOST_TEST(errors->rowCount() == 1);
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM survey_responses")) == 0);

    // Skipping bad rows imports the good one.
    child<QRadioButton>(dialog, "importSkipBad")->setChecked(true);
    click(dialog, "importButton");
    BOOST_TEST(dialog->result().imported == 1);
    BOOST_TEST(
        labelText(dialog, "importSummary").contains(QStringLiteral("1 imported, 1 skipped")));
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM survey_responses WHERE source = 'import' "
                                    "AND nps = 9 AND answered_on = '%1'")
                         .arg(day)) == 1);
    dialog->reject();
}

BOOST_AUTO_TEST_SUITE_END()
