// Renders the main screens to PNG files in $RMDESK_SCREENSHOT_DIR (English and Chinese), for
// people to look at. Without the variable the suite checks nothing and writes nothing.
#include "adduserdialog.h"
#include "appstyle.h"
#include "localization.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "navigationrail.h"
#include "newdatabasewizard.h"
#include "pages/administrationpage.h"
#include "uitestsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLayout>
#include <QStackedWidget>
#include <QTranslator>

using namespace rmdesk;
using namespace rmdesk::test;

namespace {

QString shotDir()
{
    return qEnvironmentVariable("RMDESK_SCREENSHOT_DIR");
}

void save(QWidget* widget, const QString& name, const QString& language)
{
    waitFor([] { return false; }, 150); // let layouts and timers settle
    const QString file = QDir(shotDir()).filePath(name + QLatin1Char('-') + language + ".png");
    BOOST_TEST(widget->grab().save(file), file);
}

void useLanguage(const QString& language)
{
    for (QTranslator* t : qApp->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    if (language != QLatin1String("en"))
        BOOST_REQUIRE(installTranslations(*qApp, language));
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
    vault->recordFailedLogins({QStringLiteral("mallory")});

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

BOOST_AUTO_TEST_SUITE_END()
