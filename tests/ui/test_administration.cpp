// The administration page: add, disable (after confirmation), enable, rekey and back up, each
// checked against the stores and the keyring.
#include "adduserdialog.h"
#include "changepassworddialog.h"
#include "pages/administrationpage.h"
#include "stores/userstore.h"
#include "uitestsupport.h"
#include "usertablemodel.h"

#include <QComboBox>
#include <QFileInfo>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>

using namespace rmdesk;
using namespace rmdesk::test;

namespace {

std::optional<UserRecord> listed(Vault& vault, const QString& name)
{
    StoreError error;
    const QList<UserRecord> users =
        UserStore(vault.database().connection()).list(vault.session(), &error);
    BOOST_REQUIRE_MESSAGE(error.ok(), error.message);
    for (const UserRecord& u : users)
        if (u.name == name)
            return u;
    return std::nullopt;
}

QString cell(QTableView* view, const QString& user, int column)
{
    for (int row = 0; row < view->model()->rowCount(); ++row)
        if (view->model()->index(row, 0).data().toString() == user)
            return view->model()->index(row, column).data().toString();
    return QString();
}

} // namespace

BOOST_FIXTURE_TEST_SUITE(administration_page, UiFixture)

BOOST_AUTO_TEST_CASE(adds_a_user_through_the_dialog)
{
    AdministrationPage page(*vault);
    page.show();
    auto* view = child<QTableView>(&page, "usersView");
    BOOST_TEST(view->isVisible());
    BOOST_TEST(view->model()->rowCount() == 1);
    BOOST_TEST(!enabled(&page, "resetPasswordButton"));
    BOOST_TEST(!enabled(&page, "disableButton"));
    BOOST_TEST(!enabled(&page, "enableButton"));

    click(&page, "addUserButton");
    auto* dialog = openDialog<AddUserDialog>(&page, "addUserDialog");
    BOOST_TEST(!enabled(dialog, "okButton"));
    setText(dialog, "newUserName", QStringLiteral("rm2"));
    setText(dialog, "newFullName", QStringLiteral("张三"));
    child<QComboBox>(dialog, "newRole")->setCurrentIndex(0); // relationship manager
    setText(dialog, "newBranch", QString());
    setText(dialog, "userPassword", QString::fromLatin1(userPassword));
    setText(dialog, "userRepeat", QString::fromLatin1(userPassword));
    BOOST_TEST(child<QLabel>(dialog, "userProblem")->isVisible());
    BOOST_TEST(labelText(dialog, "userProblem").contains(QStringLiteral("branch")));
    BOOST_TEST(!enabled(dialog, "okButton"));
    setText(dialog, "newBranch", QStringLiteral("B001"));
    BOOST_TEST(!child<QLabel>(dialog, "userProblem")->isVisible());
    child<QComboBox>(dialog, "kdfProfile")->setCurrentIndex(0);
    click(dialog, "okButton");
    BOOST_TEST(!dialog->isVisible());

    const auto user = listed(*vault, QStringLiteral("rm2"));
    BOOST_REQUIRE(user);
    BOOST_TEST(user->fullName == QStringLiteral("张三"));
    BOOST_TEST((user->role == Role::Rm));
    BOOST_TEST(!user->mustChangePassword);
    BOOST_TEST(view->model()->rowCount() == 2);
    BOOST_TEST(cell(view, QStringLiteral("rm2"), UserTableModel::StatusColumn) ==
               QStringLiteral("Active"));
    BOOST_TEST(cell(view, QStringLiteral("rm2"), UserTableModel::MustChangeColumn).isEmpty());
    BOOST_TEST(labelText(&page, "adminMessage").contains(QStringLiteral("rm2")));
    BOOST_TEST(loginAs(QStringLiteral("rm2"), userPassword));
}

BOOST_AUTO_TEST_CASE(a_duplicate_user_is_refused_in_the_dialog)
{
    addUser(QStringLiteral("rm1"), Role::Rm);
    AdministrationPage page(*vault);
    page.show();
    click(&page, "addUserButton");
    auto* dialog = openDialog<AddUserDialog>(&page, "addUserDialog");
    setText(dialog, "newUserName", QStringLiteral("rm1"));
    setText(dialog, "newBranch", QStringLiteral("B001"));
    setText(dialog, "userPassword", QString::fromLatin1(userPassword));
    setText(dialog, "userRepeat", QString::fromLatin1(userPassword));
    child<QComboBox>(dialog, "kdfProfile")->setCurrentIndex(0);
    click(dialog, "okButton");
    BOOST_TEST(dialog->isVisible());
    BOOST_TEST(labelText(dialog, "addUserError").contains(QStringLiteral("already exists")));
    dialog->reject();
}

BOOST_AUTO_TEST_CASE(disables_only_after_confirmation_and_enables_again)
{
    addUser(QStringLiteral("rm1"), Role::Rm);
    AdministrationPage page(*vault);
    page.show();
    auto* view = child<QTableView>(&page, "usersView");

    BOOST_REQUIRE(page.selectUser(QStringLiteral("admin")));
    BOOST_TEST(!enabled(&page, "disableButton")); // not oneself

    BOOST_REQUIRE(page.selectUser(QStringLiteral("rm1")));
    BOOST_TEST(enabled(&page, "disableButton"));
    BOOST_TEST(!enabled(&page, "enableButton"));
    click(&page, "disableButton"); // no answer queued: declined
    BOOST_TEST(Dialogs::lastMessage().contains(QStringLiteral("key slot")));
    BOOST_TEST(listed(*vault, QStringLiteral("rm1"))->active);

    Dialogs::setNextAnswer(true);
    click(&page, "disableButton");
    BOOST_TEST(!listed(*vault, QStringLiteral("rm1"))->active);
    BOOST_TEST(cell(view, QStringLiteral("rm1"), UserTableModel::StatusColumn) ==
               QStringLiteral("Disabled"));
    BOOST_TEST(labelText(&page, "adminMessage").contains(QStringLiteral("rekey")));
    StoreError error;
    BOOST_TEST(!Vault::login(path, QStringLiteral("rm1"), secret(userPassword), &error));

    BOOST_TEST(!enabled(&page, "disableButton"));
    click(&page, "enableButton");
    auto* dialog = openDialog<ChangePasswordDialog>(&page, "changePasswordDialog");
    setText(dialog, "newPassword", QStringLiteral("welcome back 1"));
    setText(dialog, "newRepeat", QStringLiteral("welcome back 1"));
    child<QComboBox>(dialog, "kdfProfile")->setCurrentIndex(0);
    click(dialog, "okButton");
    BOOST_TEST(listed(*vault, QStringLiteral("rm1"))->active);
    BOOST_TEST(cell(view, QStringLiteral("rm1"), UserTableModel::StatusColumn) ==
               QStringLiteral("Active"));
    BOOST_TEST(loginAs(QStringLiteral("rm1"), "welcome back 1"));
}

BOOST_AUTO_TEST_CASE(resets_another_users_password)
{
    addUser(QStringLiteral("rm1"), Role::Rm);
    AdministrationPage page(*vault);
    page.show();
    BOOST_REQUIRE(page.selectUser(QStringLiteral("rm1")));
    click(&page, "resetPasswordButton");
    auto* dialog = openDialog<ChangePasswordDialog>(&page, "changePasswordDialog");
    setText(dialog, "newPassword", QStringLiteral("reset secret 1"));
    setText(dialog, "newRepeat", QStringLiteral("reset secret 1"));
    child<QComboBox>(dialog, "kdfProfile")->setCurrentIndex(0);
    click(dialog, "okButton");
    BOOST_TEST(!dialog->isVisible());
    StoreError error;
    BOOST_TEST(!Vault::login(path, QStringLiteral("rm1"), secret(userPassword), &error));
    BOOST_TEST(loginAs(QStringLiteral("rm1"), "reset secret 1")->mustChangePassword());
    BOOST_TEST(cell(child<QTableView>(&page, "usersView"), QStringLiteral("rm1"),
                    UserTableModel::MustChangeColumn) == QStringLiteral("Must change password"));
}

BOOST_AUTO_TEST_CASE(rekeys_after_confirmation_and_backs_up)
{
    AdministrationPage page(*vault);
    page.show();
    click(&page, "rekeyButton"); // declined
    BOOST_TEST(Dialogs::lastMessage().contains(QStringLiteral("rewritten")));
    BOOST_TEST(labelText(&page, "adminMessage").isEmpty());
    Dialogs::setNextAnswer(true);
    click(&page, "rekeyButton");
    // On its own thread, with a bar but no Cancel; nothing else with keys or users meanwhile.
    // The window may not close until it is done.
    BOOST_TEST(!page.mayClose());
    BOOST_TEST(Dialogs::lastMessage().contains(QStringLiteral("new key is in place")));
    auto* progress = child<QWidget>(&page, "backupProgress");
    BOOST_TEST(labelText(&page, "adminMessage").contains(QStringLiteral("cannot be cancelled")));
    BOOST_TEST(!child<QWidget>(&page, "cancelBackupButton")->isVisible());
    BOOST_TEST(!child<QWidget>(&page, "backupButton")->isEnabled());
    BOOST_TEST(!child<QWidget>(&page, "addUserButton")->isEnabled());
    BOOST_TEST(waitFor([&] { return !progress->isVisible(); }, 20000));
    BOOST_TEST(labelText(&page, "adminMessage") == QStringLiteral("The database key was changed."));
    // This window's connection is open again, under the new key.
    QSqlQuery q(vault->database().connection());
    BOOST_TEST(q.exec(QStringLiteral("SELECT count(*) FROM users")));
    BOOST_TEST(q.next());
    BOOST_TEST(q.value(0).toInt() > 0);
    BOOST_TEST(child<QWidget>(&page, "addUserButton")->isEnabled());
    BOOST_TEST(page.mayClose());
    BOOST_TEST(loginAs(QStringLiteral("admin"), adminPassword));

    Dialogs::setNextFileName(folder.file(QStringLiteral("copy")));
    click(&page, "backupButton");
    // On its own thread, with a bar and Cancel; nothing else with keys meanwhile.
    BOOST_TEST(waitFor([&] { return !progress->isVisible(); }, 20000));
    BOOST_TEST(!child<QWidget>(&page, "cancelBackupButton")->isVisible());
    BOOST_TEST(child<QWidget>(&page, "backupButton")->isEnabled());
    BOOST_TEST(child<QWidget>(&page, "rekeyButton")->isEnabled());
    BOOST_TEST(QFileInfo::exists(folder.file(QStringLiteral("copy.rmdb"))));
    BOOST_TEST(QFileInfo::exists(folder.file(QStringLiteral("copy.rmdb.keyring"))));
    BOOST_TEST(labelText(&page, "adminMessage").contains(QStringLiteral("copy.rmdb")));
    StoreError error;
    BOOST_TEST(Vault::login(folder.file(QStringLiteral("copy.rmdb")), QStringLiteral("admin"),
                            secret(adminPassword), &error),
               error.message);

    Dialogs::setNextFileName(folder.file(QStringLiteral("copy.rmdb")));
    click(&page, "backupButton");
    BOOST_TEST(waitFor([&] { return !progress->isVisible(); }, 20000));
    BOOST_TEST(labelText(&page, "adminMessage").contains(QStringLiteral("already exists")));
    BOOST_TEST(child<QWidget>(&page, "addUserButton")->isEnabled());

    click(&page, "backupButton"); // cancelled file dialog: nothing happens
    BOOST_TEST(labelText(&page, "adminMessage").contains(QStringLiteral("already exists")));
}

BOOST_AUTO_TEST_CASE(closing_during_a_backup_asks_and_cancels_it)
{
    AdministrationPage page(*vault);
    page.show();
    Dialogs::setNextFileName(folder.file(QStringLiteral("late")));
    click(&page, "backupButton");
    Dialogs::setNextAnswer(false); // keep it running
    BOOST_TEST(!page.mayClose());
    BOOST_TEST(Dialogs::lastMessage().contains(QStringLiteral("cancels the backup")));
    Dialogs::setNextAnswer(true);
    BOOST_TEST(page.mayClose());
    auto* progress = child<QWidget>(&page, "backupProgress");
    BOOST_TEST(waitFor([&] { return !progress->isVisible(); }, 20000));
    // Cancelled before or while it ran: no copy either way it ended.
    if (!labelText(&page, "adminMessage").contains(QStringLiteral("Backed up")))
        BOOST_TEST(!QFileInfo::exists(folder.file(QStringLiteral("late.rmdb"))));
}

BOOST_AUTO_TEST_SUITE_END()
