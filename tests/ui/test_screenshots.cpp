// Renders the main screens to PNG files in $RMDESK_SCREENSHOT_DIR (English and Chinese), for
// people to look at. Without the variable the suite checks nothing and writes nothing.
#include "adduserdialog.h"
#include "appstyle.h"
#include "customer360.h"
#include "customereditdialog.h"
#include "customerlistmodel.h"
#include "dashboards/retentionview.h"
#include "globalsearch.h"
#include "localization.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "navigationrail.h"
#include "newdatabasewizard.h"
#include "pages/administrationpage.h"
#include "pages/customerspage.h"
#include "pages/surveyspage.h"
#include "stores/customerstore.h"
#include "stores/surveystore.h"
#include "surveydialog.h"
#include "uitestsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTranslator>

using namespace rmdesk;
using namespace rmdesk::test;

namespace {

void save(QWidget* widget, const QString& name, const QString& language)
{
    waitFor([] { return false; }, 150); // let layouts and timers settle
    const QString file = QDir(shotDir()).filePath(name + QLatin1Char('-') + language + ".png");
    BOOST_TEST(widget->grab().save(file), file);
}

void selectPage(MainWindow& window, const char* objectName)
{
    for (int i = 0; i < window.rail()->count(); ++i)
        if (window.rail()->item(i)->data(Qt::UserRole).toString() == QLatin1String(objectName))
            window.rail()->setCurrentRow(i);
}

} // namespace

BOOST_FIXTURE_TEST_SUITE(screenshots, UiFixture)

BOOST_AUTO_TEST_CASE(main_screens)
{
    if (shotDir().isEmpty()) {
        BOOST_TEST_MESSAGE("RMDESK_SCREENSHOT_DIR is not set: no screenshots");
        return;
    }
    QDir().mkpath(shotDir());
    applyAppStyle(*qApp);
    addUser(QStringLiteral("wang.fang"), Role::Rm, QStringLiteral("SH001"));
    addUser(QStringLiteral("li.na"), Role::Supervisor, QStringLiteral("SH001"));
    addUser(QStringLiteral("zhao.lei"), Role::Compliance, QString());
    addUser(QStringLiteral("chen.gang"), Role::Rm, QStringLiteral("BJ002"));
    StoreError error;
    vault->disableUser(QStringLiteral("chen.gang"), &error);
    QString why;
    BOOST_REQUIRE(vault->recordFailedLogins(
        {{QDateTime::currentDateTimeUtc(), QStringLiteral("mallory")}}, 0, &why));

    for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        useLanguage(language);
        {
            LoginDialog login(path);
            login.show();
            save(&login, QStringLiteral("login"), language);
            setText(&login, "userName", QStringLiteral("admin"));
            setText(&login, "password", QStringLiteral("wrong password"));
            click(&login, "signInButton");
            save(&login, QStringLiteral("login-error"), language);

            QSettings().clear();
            LoginDialog fresh;
            fresh.show();
            click(&fresh, "createButton");
            auto* wizard = openDialog<NewDatabaseWizard>(&fresh, "newDatabaseWizard");
            setText(wizard, "databasePath", folder.file("new-" + language));
            setText(wizard, "adminPassword", QStringLiteral("short"));
            save(wizard, QStringLiteral("wizard-setup"), language);
            setText(wizard, "adminPassword", QStringLiteral("boss password 1"));
            setText(wizard, "adminRepeat", QStringLiteral("boss password 1"));
            child<QComboBox>(wizard, "kdfProfile")->setCurrentIndex(0);
            wizard->button(QWizard::CommitButton)->click();
            save(wizard, QStringLiteral("wizard-recovery-key"), language);
            child<QCheckBox>(wizard, "storedCheck")->setChecked(true);
            wizard->button(QWizard::FinishButton)->click();
        }
        MainWindow window(*vault);
        window.resize(1200, 760);
        window.show();
        save(&window, QStringLiteral("overview"), language);
        selectPage(window, "administrationPage");
        auto* admin = child<AdministrationPage>(&window, "administrationPage");
        admin->selectUser(QStringLiteral("chen.gang"));
        save(&window, QStringLiteral("administration"), language);
        click(admin, "addUserButton");
        auto* add = openDialog<AddUserDialog>(admin, "addUserDialog");
        setText(add, "newUserName", QStringLiteral("sun.li"));
        setText(add, "userPassword", QStringLiteral("abc"));
        save(add, QStringLiteral("add-user"), language);
        add->reject();
        selectPage(window, "auditLogPage");
        click(&window, "verifyButton");
        save(&window, QStringLiteral("audit-log"), language);
        window.lock();
        setText(&window, "unlockPassword", QStringLiteral("nope"));
        click(&window, "unlockButton");
        save(&window, QStringLiteral("lock-screen"), language);
    }
    useLanguage(QStringLiteral("en"));
}

BOOST_AUTO_TEST_CASE(customer_screens)
{
    if (shotDir().isEmpty())
        return;
    QDir().mkpath(shotDir());
    applyAppStyle(*qApp);
    addUser(QStringLiteral("wang.fang"), Role::Rm, QStringLiteral("SH001"));
    auto rm = loginAs(QStringLiteral("wang.fang"), userPassword);
    CustomerStore store(rm->database().connection());
    StoreError error;
    qint64 id = 0;
    BOOST_REQUIRE_MESSAGE(
        store.add(rm->session(), CustomerType::Individual,
                  {{QStringLiteral("name"), QStringLiteral("张三")},
                   {QStringLiteral("id_number"), QStringLiteral("11010519491231002X")},
                   {QStringLiteral("id_expiry"), QStringLiteral("2030-06-30")},
                   {QStringLiteral("mobile"), QStringLiteral("13812345678")},
                   {QStringLiteral("email"), QStringLiteral("zhangsan@example.com")},
                   {QStringLiteral("address"), QStringLiteral("上海市浦东新区世纪大道100号")},
                   {QStringLiteral("occupation"), QStringLiteral("教师")},
                   {QStringLiteral("risk_level"), QStringLiteral("C3")},
                   {QStringLiteral("risk_assessed_on"), QStringLiteral("2026-03-01")},
                   {QStringLiteral("risk_expires_on"), QStringLiteral("2027-02-28")},
                   {QStringLiteral("aml_risk"), QStringLiteral("medium")},
                   {QStringLiteral("lifecycle_stage"), QStringLiteral("growing")},
                   {QStringLiteral("notes"), QStringLiteral("Prefers calls after 17:00.")}},
                  &id, &error),
        error.message);
    store.add(rm->session(), CustomerType::Individual,
              {{QStringLiteral("name"), QStringLiteral("李四")},
               {QStringLiteral("mobile"), QStringLiteral("13987654321")}},
              nullptr, &error);
    BOOST_REQUIRE_MESSAGE(
        store.update(rm->session(), id, {{QStringLiteral("mobile"), QStringLiteral("13800001111")}},
                     QStringLiteral("Customer changed phone"), QString(), QString(), &error),
        error.message);
    store.recordReview(rm->session(), id,
                       {QString(), QString(), QStringLiteral("ID card, mobile, address"),
                        QStringLiteral("confirmed"), QStringLiteral("Branch visit"),
                        QStringLiteral("V-0042"), QString()},
                       &error);
    QSqlQuery q(rm->database().connection());
    BOOST_REQUIRE(q.exec(QStringLiteral("INSERT INTO products(code,name,type,risk_level) VALUES "
                                        "('WM001','稳健理财1号','wealth','R2')")));
    BOOST_REQUIRE(q.exec(QStringLiteral("INSERT INTO holdings(customer_id,product_code,month,"
                                        "balance_fen) VALUES (1,'WM001','2026-10',123456789)")));

    for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        useLanguage(language);
        MainWindow window(*rm);
        window.resize(1200, 760);
        window.show();
        selectPage(window, "customersPage");
        auto* page = child<CustomersPage>(&window, "customersPage");
        BOOST_REQUIRE(waitForRow(*page->model()));
        save(&window, QStringLiteral("customers"), language);
        // Ctrl+K search by pinyin initials, results under the field.
        window.search()->focusSearch();
        window.search()->field()->setText(QStringLiteral("zs"));
        window.search()->searchNow();
        save(&window, QStringLiteral("search-pinyin"), language);
        window.search()->results()->hide();
        window.search()->field()->clear();
        BOOST_REQUIRE(page->openCustomer(id));
        Customer360* c360 = page->customerView(id);
        save(&window, QStringLiteral("customer360-profile"), language);
        auto* sections = child<QTabWidget>(c360, "customerSections");
        sections->setCurrentIndex(1);
        save(&window, QStringLiteral("customer360-holdings"), language);
        sections->setCurrentIndex(2);
        save(&window, QStringLiteral("customer360-history"), language);
        Dialogs::setNextText(QStringLiteral("customer called about the address"));
        click(c360, "showButton");
        sections->setCurrentIndex(0);
        save(&window, QStringLiteral("customer360-revealed"), language);
        sections->setCurrentIndex(4);
        save(&window, QStringLiteral("customer360-access"), language);
        sections->setCurrentIndex(3);
        save(&window, QStringLiteral("customer360-consents"), language);
        sections->setCurrentIndex(0);

        page->addCustomer();
        auto* add = openDialog<CustomerEditDialog>(page, "customerEditDialog");
        setText(add, "nameField", QStringLiteral("王五"));
        setText(add, "mobileField", QStringLiteral("1381234"));
        setText(add, "idNumberField", QStringLiteral("110105194912310037"));
        save(add, QStringLiteral("customer-add-error"), language);
        add->discard();

        click(c360, "editButton");
        auto* edit = openDialog<CustomerEditDialog>(c360, "customerEditDialog");
        setText(edit, "idNumberField", QStringLiteral("110105194912310046"));
        setText(edit, "changeReason", QStringLiteral("New ID card issued"));
        save(edit, QStringLiteral("customer-edit-proof"), language);
        edit->discard();
    }
    useLanguage(QStringLiteral("en"));
}

// The survey entry form, filled in, and the results page of a supervisor grouped by RM, where one
// RM's customers gave 36 answers and the others' fewer than 30 (the caution shows), in Chinese.
BOOST_AUTO_TEST_CASE(survey_screens)
{
    if (shotDir().isEmpty())
        return;
    QDir().mkpath(shotDir());
    applyAppStyle(*qApp);
    const QStringList rms{QStringLiteral("wang.fang"), QStringLiteral("liu.yang"),
                          QStringLiteral("chen.jing")};
    for (const QString& name : rms)
        addUser(name, Role::Rm, QStringLiteral("SH001"));
    addUser(QStringLiteral("li.na"), Role::Supervisor, QStringLiteral("SH001"));
    const QStringList names{QStringLiteral("张伟"), QStringLiteral("李娜"), QStringLiteral("王芳")};
    const int answers[] = {36, 12, 5};
    qint64 first = 0;
    for (int r = 0; r < rms.size(); ++r) {
        auto v = loginAs(rms.at(r), userPassword);
        StoreError error;
        qint64 id = 0;
        BOOST_REQUIRE_MESSAGE(
            CustomerStore(v->database().connection())
                .add(v->session(), CustomerType::Individual,
                     {{QStringLiteral("name"), names.at(r)},
                      {QStringLiteral("mobile"), QStringLiteral("1381234567%1").arg(r)}},
                     &id, &error),
            error.message);
        if (r == 0)
            first = id;
        SurveyStore store(v->database().connection());
        const QStringList channels{QStringLiteral("phone"), QStringLiteral("visit"),
                                   QStringLiteral("app")};
        for (int i = 0; i < answers[r]; ++i) {
            NewSurveyResponse in;
            in.customerId = id;
            in.templateName = QStringLiteral("annual-review");
            in.answeredOn = QDate::currentDate().addDays(-(i * 7) % 300);
            in.channel = channels.at(i % channels.size());
            in.answers = {{QStringLiteral("nps"), QString::number((i * 7 + r * 3) % 11)},
                          {QStringLiteral("csat"), QString::number(1 + (i * 3 + r) % 5)},
                          {QStringLiteral("ces"), QString::number(1 + (i + r) % 7)}};
            SurveySaved saved;
            BOOST_REQUIRE_MESSAGE(store.record(v->session(), in, &saved, &error), error.message);
        }
    }
    const QString language = QStringLiteral("zh_CN");
    useLanguage(language);
    {
        auto rm = loginAs(QStringLiteral("wang.fang"), userPassword);
        SurveyDialog dialog(*rm, first, nullptr, QStringLiteral("annual-review"));
        dialog.show();
        child<SurveyScale>(&dialog, "question_nps")->setValue(9);
        child<SurveyScale>(&dialog, "question_csat")->setValue(4);
        auto* reason = child<QComboBox>(&dialog, "question_reason");
        reason->setCurrentIndex(reason->findData(QStringLiteral("advice")));
        child<QPlainTextEdit>(&dialog, "question_comment")
            ->setPlainText(QStringLiteral("希望理财产品的说明更简单一些。"));
        child<SurveyScale>(&dialog, "question_ces")->setValue(2);
        saveShot(&dialog, QStringLiteral("survey-entry.png"));
        // CES cleared: the message under it shows how a missing answer looks.
        child<SurveyScale>(&dialog, "question_ces")->setValue(std::nullopt);
        QKeyEvent ctrlEnter(QEvent::KeyPress, Qt::Key_Return, Qt::ControlModifier);
        QCoreApplication::sendEvent(&dialog, &ctrlEnter);
        saveShot(&dialog, QStringLiteral("survey-entry-error.png"));
    }
    auto sup = loginAs(QStringLiteral("li.na"), userPassword);
    MainWindow window(*sup);
    window.resize(1200, 760);
    window.show();
    selectPage(window, "surveysPage");
    auto* page = child<SurveysPage>(&window, "surveysPage");
    BOOST_REQUIRE(waitFor([page] { return !page->isBusy() && page->table()->rowCount() > 0; }));
    saveShot(&window, QStringLiteral("survey-results.png"));
    page->setPeriod(QDate::currentDate().addYears(-3), QDate::currentDate().addYears(-2));
    BOOST_REQUIRE(waitFor([page] { return !page->isBusy(); }));
    saveShot(&window, QStringLiteral("survey-results-empty.png"));
    useLanguage(QStringLiteral("en"));
}

// The retention dashboard in Chinese on a book of 60 customers of three RMs over 24 months:
// cohorts every month, some churned (a few of them won back), three tiers, ended relationships
// with their reasons and some survey answers.
BOOST_AUTO_TEST_CASE(retention_dashboard)
{
    if (shotDir().isEmpty())
        return;
    QDir().mkpath(shotDir());
    applyAppStyle(*qApp);
    const QStringList rms{QStringLiteral("wang.fang"), QStringLiteral("liu.yang"),
                          QStringLiteral("chen.jing")};
    for (const QString& name : rms)
        addUser(name, Role::Rm, QStringLiteral("SH001"));
    addUser(QStringLiteral("li.na"), Role::Supervisor, QStringLiteral("SH001"));
    const QStringList surnames{QStringLiteral("张"), QStringLiteral("李"), QStringLiteral("王"),
                               QStringLiteral("刘"), QStringLiteral("陈"), QStringLiteral("杨")};
    const QStringList given{QStringLiteral("伟"), QStringLiteral("芳"), QStringLiteral("娜"),
                            QStringLiteral("敏"), QStringLiteral("静"), QStringLiteral("磊"),
                            QStringLiteral("洋"), QStringLiteral("婷"), QStringLiteral("强"),
                            QStringLiteral("军")};
    const QStringList reasons{QStringLiteral("迁居外地"),   QStringLiteral("转至他行"),
                              QStringLiteral("收益不满意"), QStringLiteral("迁居外地"),
                              QStringLiteral("服务不满意"), QStringLiteral("费率偏高")};
    const int last = monthIndex(QDate::currentDate()) - 1;
    const int first = last - 23;
    QSqlQuery sql(vault->database().connection());
    for (int r = 0; r < rms.size(); ++r) {
        auto v = loginAs(rms.at(r), userPassword);
        SurveyStore surveys(v->database().connection());
        for (int i = r; i < 60; i += 3) {
            StoreError error;
            qint64 id = 0;
            BOOST_REQUIRE_MESSAGE(
                CustomerStore(v->database().connection())
                    .add(v->session(), CustomerType::Individual,
                         {{QStringLiteral("name"), surnames.at(i % 6) + given.at(i % 10)}}, &id,
                         &error),
                error.message);
            const char* tier = i % 10 < 6 ? "mass" : i % 10 < 9 ? "affluent" : "private";
            const qint64 base = i % 10 < 6 ? 8000000 : i % 10 < 9 ? 90000000 : 700000000;
            BOOST_REQUIRE(sql.exec(QStringLiteral("UPDATE customers SET tier = '%1' WHERE id = %2")
                                       .arg(QLatin1String(tier))
                                       .arg(id)));
            const int start = first + (i * 7) % 20;
            const bool churns = i % 4 == 1;
            const int stop = churns ? start + 3 + i % 4 : last;
            const bool back = churns && i % 3 == 0;
            for (int m = start; m <= last; ++m) {
                const bool held = m <= stop || (back && m >= stop + 3);
                if (held)
                    addHolding(*vault, id, m, base + (m - start) * base / 40 * (i % 3 - 1));
            }
            if (churns && !back && stop < last) {
                sql.prepare(
                    QStringLiteral("UPDATE customers SET status = 'ended', "
                                   "relationship_ended_on = ?, end_reason = ? WHERE id = ?"));
                sql.addBindValue(monthStart(stop + 1).addDays(9).toString(Qt::ISODate));
                sql.addBindValue(reasons.at((i / 4) % reasons.size()));
                sql.addBindValue(id);
                BOOST_REQUIRE_MESSAGE(sql.exec(), sql.lastError().text());
            }
            if (i % 2 == 0 && !churns) {
                NewSurveyResponse in;
                in.customerId = id;
                in.templateName = QStringLiteral("annual-review");
                in.answeredOn = monthStart(last).addDays(i % 20);
                in.answers = {
                    {QStringLiteral("nps"),
                     QString::number(QList<int>{10, 9, 8, 7, 9, 10, 6, 9, 3, 10}.at(i % 10))},
                    {QStringLiteral("csat"), QString::number(3 + i % 3)},
                    {QStringLiteral("ces"), QString::number(1 + i % 5)}};
                SurveySaved saved;
                BOOST_REQUIRE_MESSAGE(surveys.record(v->session(), in, &saved, &error),
                                      error.message);
            }
        }
    }
    runStages(*vault);
    const QString language = QStringLiteral("zh_CN");
    useLanguage(language);
    auto sup = loginAs(QStringLiteral("li.na"), userPassword);
    MainWindow window(*sup);
    window.resize(1400, 900);
    window.show();
    selectPage(window, "dashboardsPage");
    auto* view = child<RetentionView>(&window, "retentionView");
    BOOST_REQUIRE(waitFor([view] { return !view->isBusy() && view->data().cubeBuilt(); }, 20000));
    BOOST_TEST(view->lastError().ok());
    saveShot(&window, QStringLiteral("retention-dashboard.png"));
    saveShot(child<QWidget>(view, "retentionContent"),
             QStringLiteral("retention-dashboard-full.png"));
    useLanguage(QStringLiteral("en"));
}

// A large database made by `rmdesk-cli demo`, when RMDESK_SCREENSHOT_DB names one (with
// RMDESK_SCREENSHOT_USER and the user's password in RMDESK_SCREENSHOT_PASSWORD): the customer
// list scrolled to its middle and sorted by AUM, and a pinyin search, in Chinese.
BOOST_AUTO_TEST_CASE(large_database)
{
    const QString db = qEnvironmentVariable("RMDESK_SCREENSHOT_DB");
    if (shotDir().isEmpty() || db.isEmpty())
        return;
    QDir().mkpath(shotDir());
    applyAppStyle(*qApp);
    const QByteArray password = qgetenv("RMDESK_SCREENSHOT_PASSWORD");
    StoreError error;
    auto who = Vault::login(db, qEnvironmentVariable("RMDESK_SCREENSHOT_USER"),
                            SecretBytes::fromBytes(password.constData(), password.size()), &error);
    BOOST_REQUIRE_MESSAGE(who, error.message);
    const QString language = QStringLiteral("zh_CN");
    useLanguage(language);
    MainWindow window(*who);
    window.resize(1280, 760);
    window.show();
    selectPage(window, "customersPage");
    auto* page = child<CustomersPage>(&window, "customersPage");
    auto* view = child<QTableView>(page, "customersView");
    view->horizontalHeader()->setSortIndicator(CustomerListModel::AumColumn, Qt::DescendingOrder);
    BOOST_REQUIRE(waitForRow(*page->model()));
    save(&window, QStringLiteral("customers-1m-top"), language);
    // As a scrollbar dragged to the middle: the rows there are read, not the ones before.
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum() / 2);
    QCoreApplication::processEvents();
    const int middle = view->rowAt(0);
    BOOST_REQUIRE(waitForRow(*page->model(), middle));
    BOOST_REQUIRE(waitForRow(*page->model(), middle + 20));
    save(&window, QStringLiteral("customers-1m-middle"), language);
    window.search()->focusSearch();
    window.search()->field()->setText(QStringLiteral("zhangwei"));
    window.search()->searchNow();
    save(&window, QStringLiteral("search-pinyin-1m"), language);
    window.close();
}

BOOST_AUTO_TEST_SUITE_END()
