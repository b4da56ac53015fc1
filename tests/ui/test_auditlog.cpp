// The audit log page: rows, filters, empty state, and the chain check (intact and broken).
#include "auditlogmodel.h"
#include "pages/auditlogpage.h"
#include "stores/audittrail.h"
#include "uitestsupport.h"

#include <QClipboard>
#include <QGuiApplication>

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QSqlQuery>
#include <QTableView>

using namespace rmdesk;
using namespace rmdesk::test;

BOOST_FIXTURE_TEST_SUITE(audit_log_page, UiFixture)

BOOST_AUTO_TEST_CASE(lists_filters_and_verifies)
{
    addUser(QStringLiteral("rm1"), Role::Rm);
    QString why;
    BOOST_REQUIRE(vault->recordFailedLogins(
        {{QDateTime::currentDateTimeUtc(), QStringLiteral("mallory")}}, 0, &why));
    AuditLogPage page(*vault);
    page.show();
    auto* view = child<QTableView>(&page, "auditView");
    const int all = view->model()->rowCount();
    BOOST_TEST(all >= 3);
    BOOST_TEST(view->isVisible());
    // Newest first.
    BOOST_TEST(view->model()->index(0, AuditLogModel::ActionColumn).data().toString() ==
               QStringLiteral("login.failed"));
    BOOST_TEST(view->model()->index(0, AuditLogModel::EntityIdColumn).data().toString() ==
               QStringLiteral("mallory"));
    BOOST_TEST(child<QDateEdit>(&page, "sinceDate")->displayFormat() ==
               QStringLiteral("yyyy-MM-dd"));
    BOOST_TEST(!child<QDateEdit>(&page, "sinceDate")->isEnabled());

    child<QComboBox>(&page, "actionFilter")->setCurrentText(QStringLiteral("user.add"));
    click(&page, "refreshButton");
    BOOST_TEST(view->model()->rowCount() >= 1);
    for (int row = 0; row < view->model()->rowCount(); ++row)
        BOOST_TEST(view->model()->index(row, AuditLogModel::ActionColumn).data().toString() ==
                   QStringLiteral("user.add"));

    child<QComboBox>(&page, "actionFilter")->setCurrentText(QString());
    setText(&page, "userFilter", QStringLiteral("nobody"));
    click(&page, "refreshButton");
    BOOST_TEST(view->model()->rowCount() == 0);
    BOOST_TEST(child<QLabel>(&page, "auditEmpty")->isVisible());

    setText(&page, "userFilter", QString());
    child<QCheckBox>(&page, "sinceCheck")->setChecked(true);
    child<QDateEdit>(&page, "sinceDate")->setDate(QDate::currentDate().addDays(1));
    click(&page, "refreshButton");
    BOOST_TEST(view->model()->rowCount() == 0);
    child<QCheckBox>(&page, "sinceCheck")->setChecked(false);
    click(&page, "refreshButton");
    BOOST_TEST(view->model()->rowCount() == all);

    click(&page, "verifyButton");
    BOOST_TEST(labelText(&page, "verifyResult").contains(QStringLiteral("Intact")));
}

BOOST_AUTO_TEST_CASE(a_changed_row_is_reported_with_its_number)
{
    {
        QSqlDatabase db = vault->database().connection();
        execOrFail(db, QStringLiteral("DROP TRIGGER audit_log_no_update"));
        execOrFail(db, QStringLiteral("UPDATE audit_log SET reason = 'edited' WHERE id = 1"));
    }
    AuditLogPage page(*vault);
    page.show();
    click(&page, "verifyButton");
    const QString result = labelText(&page, "verifyResult");
    BOOST_TEST(result.contains(QStringLiteral("Broken at row 1")), result);
}

BOOST_AUTO_TEST_CASE(an_anchor_is_copied_and_checked_later)
{
    AuditLogPage page(*vault);
    page.show();
    click(&page, "copyAnchorButton");
    const QString copied = QGuiApplication::clipboard()->text();
    const auto anchor = AuditAnchor::parse(copied);
    BOOST_REQUIRE_MESSAGE(anchor.has_value(), copied.toStdString());
    BOOST_TEST(labelText(&page, "verifyResult").contains(QStringLiteral("copied")));

    Dialogs::setNextText(copied);
    click(&page, "checkAnchorButton");
    BOOST_TEST(labelText(&page, "verifyResult").contains(QStringLiteral("kept anchor matches")),
               labelText(&page, "verifyResult"));
    Dialogs::setNextText(QStringLiteral("12:not-a-hash"));
    click(&page, "checkAnchorButton");
    BOOST_TEST(labelText(&page, "verifyResult").contains(QStringLiteral("not an anchor")));
    // A kept anchor whose row is no longer what it was.
    Dialogs::setNextText(QString::number(anchor->id) + QLatin1Char(':') +
                         QString(64, QLatin1Char('0')));
    click(&page, "checkAnchorButton");
    BOOST_TEST(labelText(&page, "verifyResult").contains(QStringLiteral("written again")),
               labelText(&page, "verifyResult"));
}

BOOST_AUTO_TEST_SUITE_END()
