// The sign-in dialog: success, wrong passwords with a growing delay, failed attempts in the audit
// trail, and the forced password change.
#include "changepassworddialog.h"
#include "logindialog.h"
#include "stores/audittrail.h"
#include "uitestsupport.h"

#include <QComboBox>
#include <QPushButton>

using namespace rmdesk;
using namespace rmdesk::test;

namespace {

void fillLogin(LoginDialog& dialog, const QString& file, const QString& user, const char* password)
{
    child<QComboBox>(&dialog, "databaseFile")->setCurrentText(file);
    setText(&dialog, "userName", user);
    setText(&dialog, "password", QString::fromUtf8(password));
}

} // namespace

BOOST_FIXTURE_TEST_SUITE(login_dialog, UiFixture)

BOOST_AUTO_TEST_CASE(delay_grows_and_is_capped)
{
    BOOST_TEST(LoginDialog::delayAfter(0) == 0);
    BOOST_TEST(LoginDialog::delayAfter(1) == 1);
    BOOST_TEST(LoginDialog::delayAfter(2) == 2);
    BOOST_TEST(LoginDialog::delayAfter(3) == 4);
    BOOST_TEST(LoginDialog::delayAfter(5) == 16);
    BOOST_TEST(LoginDialog::delayAfter(6) == 30);
    BOOST_TEST(LoginDialog::delayAfter(40) == 30);
}

BOOST_AUTO_TEST_CASE(signs_in_and_remembers_the_file_not_the_password)
{
    vault->logout();
    vault.reset();
    {
        LoginDialog dialog(path);
        dialog.show();
        BOOST_TEST(child<QLineEdit>(&dialog, "password")->echoMode() == QLineEdit::Password);
        BOOST_TEST(child<QPushButton>(&dialog, "signInButton")->isDefault());
        fillLogin(dialog, path, QStringLiteral("admin"), adminPassword);
        click(&dialog, "signInButton");
        BOOST_TEST(dialog.result() == QDialog::Accepted);
        BOOST_TEST(child<QLineEdit>(&dialog, "password")->text().isEmpty());
        std::unique_ptr<Vault> signedIn = dialog.takeVault();
        BOOST_REQUIRE(signedIn);
        BOOST_TEST(signedIn->session().userName == QStringLiteral("admin"));
        BOOST_TEST((signedIn->session().role == Role::Admin));
    }
    BOOST_TEST(LoginDialog::recentDatabases() == QStringList{path});
    LoginDialog again;
    BOOST_TEST(child<QComboBox>(&again, "databaseFile")->currentText() == path);
    BOOST_TEST(child<QLineEdit>(&again, "userName")->text() == QStringLiteral("admin"));
    // Only paths and names are kept in the settings.
    BOOST_TEST(filesContaining(folder.file(QStringLiteral("settings")), adminPassword).isEmpty());
}

BOOST_AUTO_TEST_CASE(wrong_password_shows_the_error_and_holds_sign_in_back)
{
    LoginDialog dialog(path);
    dialog.show();
    fillLogin(dialog, path, QStringLiteral("mallory"), "guessing game");
    click(&dialog, "signInButton");
    BOOST_TEST(dialog.result() == QDialog::Rejected);
    BOOST_TEST(!dialog.takeVault());
    auto* error = child<QLabel>(&dialog, "loginError");
    BOOST_TEST(error->isVisible());
    BOOST_TEST(error->text() == QStringLiteral("Unknown user or wrong password."));
    auto* signIn = child<QPushButton>(&dialog, "signInButton");
    BOOST_TEST(!signIn->isEnabled());
    BOOST_TEST(signIn->text().contains(QStringLiteral("1 s")));
    BOOST_TEST(child<QLineEdit>(&dialog, "password")->text().isEmpty());

    BOOST_TEST(waitFor([&] { return signIn->isEnabled(); }, 4000));
    fillLogin(dialog, path, QStringLiteral("admin"), adminPassword);
    click(&dialog, "signInButton");
    BOOST_TEST(dialog.result() == QDialog::Accepted);
    std::unique_ptr<Vault> signedIn = dialog.takeVault();
    BOOST_REQUIRE(signedIn);

    // Recorded at the sign-in that worked; a name without a slot is not kept (it may be a
    // password typed into the wrong field).
    AuditFilter filter;
    filter.action = QStringLiteral("login.failed");
    const QList<AuditRow> rows = AuditTrail::list(signedIn->database().connection(), filter);
    BOOST_REQUIRE(rows.size() == 1);
    BOOST_TEST(rows.first().entityId.isEmpty());
    BOOST_TEST(rows.first().details.contains(QStringLiteral("\"unknown_user\":true")));
    BOOST_TEST(!rows.first().details.contains(QStringLiteral("mallory")));
}

BOOST_AUTO_TEST_CASE(missing_file_is_explained_without_delay)
{
    LoginDialog dialog;
    dialog.show();
    fillLogin(dialog, folder.file(QStringLiteral("nowhere.rmdb")), QStringLiteral("admin"),
              adminPassword);
    click(&dialog, "signInButton");
    BOOST_TEST(dialog.result() == QDialog::Rejected);
    BOOST_TEST(labelText(&dialog, "loginError").contains(QStringLiteral("does not exist")));
    BOOST_TEST(child<QPushButton>(&dialog, "signInButton")->isEnabled());

    setText(&dialog, "userName", QString());
    child<QComboBox>(&dialog, "databaseFile")->setCurrentText(path);
    click(&dialog, "signInButton");
    BOOST_TEST(labelText(&dialog, "loginError") == QStringLiteral("Enter your user name."));
}

BOOST_AUTO_TEST_CASE(reset_password_must_be_changed_before_going_on)
{
    addUser(QStringLiteral("rm1"), Role::Rm);
    StoreError error;
    BOOST_REQUIRE(vault->resetPassword(QStringLiteral("rm1"), secret(userPassword),
                                       KdfProfile::Interactive, &error));
    LoginDialog dialog(path);
    dialog.show();
    fillLogin(dialog, path, QStringLiteral("rm1"), userPassword);
    click(&dialog, "signInButton");
    BOOST_TEST(dialog.result() == QDialog::Rejected);
    auto* change = openDialog<ChangePasswordDialog>(&dialog, "changePasswordDialog");
    auto* ok = child<QPushButton>(change, "okButton");
    BOOST_TEST(!ok->isEnabled());

    setText(change, "newPassword", QStringLiteral("short"));
    BOOST_TEST(child<QLabel>(change, "newProblem")->isVisible());
    BOOST_TEST(labelText(change, "newProblem").contains(QStringLiteral("too short")));
    setText(change, "newPassword", QStringLiteral("my own secret 9"));
    setText(change, "newRepeat", QStringLiteral("my own secret 8"));
    BOOST_TEST(labelText(change, "newProblem").contains(QStringLiteral("do not match")));
    BOOST_TEST(!ok->isEnabled());
    setText(change, "newRepeat", QStringLiteral("my own secret 9"));
    BOOST_TEST(!child<QLabel>(change, "newProblem")->isVisible());
    child<QComboBox>(change, "kdfProfile")->setCurrentIndex(0); // interactive, for speed
    click(change, "okButton");

    BOOST_TEST(dialog.result() == QDialog::Accepted);
    std::unique_ptr<Vault> signedIn = dialog.takeVault();
    BOOST_REQUIRE(signedIn);
    BOOST_TEST(!signedIn->mustChangePassword());
    signedIn->logout();
    signedIn.reset();
    BOOST_TEST(loginAs(QStringLiteral("rm1"), "my own secret 9"));
}

BOOST_AUTO_TEST_SUITE_END()
