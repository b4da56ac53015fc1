// The new-database wizard: validation as typed, creation, the recovery key shown once, and the
// warning when it is closed before the key was stored.
#include "logindialog.h"
#include "newdatabasewizard.h"
#include "uitestsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QPushButton>
#include <QRegularExpression>

using namespace rmdesk;
using namespace rmdesk::test;

namespace {

NewDatabaseWizard* openWizard(LoginDialog& login)
{
    login.show();
    click(&login, "createButton");
    return openDialog<NewDatabaseWizard>(&login, "newDatabaseWizard");
}

void fillSetup(NewDatabaseWizard* wizard, const QString& file)
{
    setText(wizard, "databasePath", file);
    setText(wizard, "adminName", QStringLiteral("boss"));
    setText(wizard, "adminPassword", QStringLiteral("boss password 1"));
    setText(wizard, "adminRepeat", QStringLiteral("boss password 1"));
    child<QComboBox>(wizard, "kdfProfile")->setCurrentIndex(0); // interactive, for speed
}

} // namespace

BOOST_FIXTURE_TEST_SUITE(new_database_wizard, UiFixture)

BOOST_AUTO_TEST_CASE(creates_the_database_and_shows_the_recovery_key_once)
{
    LoginDialog login;
    NewDatabaseWizard* wizard = openWizard(login);
    auto* create = wizard->button(QWizard::CommitButton);
    BOOST_TEST(create->objectName() == QStringLiteral("createDatabaseButton"));

    setText(wizard, "databasePath", folder.file(QStringLiteral("branch")));
    setText(wizard, "adminPassword", QStringLiteral("short"));
    BOOST_TEST(labelText(wizard, "adminProblem").contains(QStringLiteral("too short")));
    BOOST_TEST(!create->isEnabled());
    BOOST_TEST(labelText(wizard, "adminNameProblem").isEmpty());
    setText(wizard, "adminName", QStringLiteral("-bad"));
    BOOST_TEST(!labelText(wizard, "adminNameProblem").isEmpty());

    fillSetup(wizard, folder.file(QStringLiteral("branch")));
    BOOST_TEST(wizard->targetPath() == folder.file(QStringLiteral("branch.rmdb")));
    BOOST_TEST(create->isEnabled());
    create->click();
    BOOST_TEST(wizard->currentId() == int(NewDatabaseWizard::RecoveryKeyPageId));
    BOOST_TEST(QFileInfo::exists(folder.file(QStringLiteral("branch.rmdb"))));

    const QString key = labelText(wizard, "recoveryKey");
    BOOST_TEST(key.size() == 64);
    BOOST_TEST(
        QRegularExpression(QStringLiteral("^([A-Z2-7]{4}-){12}[A-Z2-7]{4}$")).match(key).hasMatch(),
        key);
    auto* finish = wizard->button(QWizard::FinishButton);
    BOOST_TEST(!finish->isEnabled());
    child<QCheckBox>(wizard, "storedCheck")->setChecked(true);
    BOOST_TEST(finish->isEnabled());
    finish->click();

    BOOST_TEST(login.result() == QDialog::Accepted);
    std::unique_ptr<Vault> created = login.takeVault();
    BOOST_REQUIRE(created);
    BOOST_TEST(created->session().userName == QStringLiteral("boss"));
    BOOST_TEST(created->path() == folder.file(QStringLiteral("branch.rmdb")));
    created->logout();
    created.reset();

    QByteArray keyBytes = key.toLatin1();
    StoreError error;
    BOOST_TEST(Vault::recover(folder.file(QStringLiteral("branch.rmdb")),
                              SecretBytes::fromBytes(keyBytes.constData(), keyBytes.size()),
                              &error),
               error.message);
}

BOOST_AUTO_TEST_CASE(refuses_an_existing_file)
{
    LoginDialog login;
    NewDatabaseWizard* wizard = openWizard(login);
    fillSetup(wizard, path);
    BOOST_TEST(child<QLabel>(wizard, "pathProblem")->isVisible());
    BOOST_TEST(labelText(wizard, "pathProblem").contains(QStringLiteral("already exists")));
    BOOST_TEST(!wizard->button(QWizard::CommitButton)->isEnabled());
    wizard->reject();
}

BOOST_AUTO_TEST_CASE(cancel_after_creation_warns_that_the_key_is_gone)
{
    LoginDialog login;
    NewDatabaseWizard* wizard = openWizard(login);
    fillSetup(wizard, folder.file(QStringLiteral("second.rmdb")));
    wizard->button(QWizard::CommitButton)->click();
    BOOST_REQUIRE(wizard->currentId() == int(NewDatabaseWizard::RecoveryKeyPageId));

    wizard->reject(); // test mode declines the question
    BOOST_TEST(wizard->isVisible());
    BOOST_TEST(Dialogs::lastMessage().contains(QStringLiteral("will not be shown again")));
    Dialogs::setNextAnswer(true);
    wizard->reject();
    BOOST_TEST(login.isVisible());
    BOOST_TEST(login.result() == QDialog::Rejected);
    BOOST_TEST(child<QComboBox>(&login, "databaseFile")->currentText() ==
               folder.file(QStringLiteral("second.rmdb")));
    BOOST_TEST(child<QLineEdit>(&login, "userName")->text() == QStringLiteral("boss"));
}

BOOST_AUTO_TEST_SUITE_END()
