// New versions of rule sets from the overview page: only an administrator gets the button; the
// dialog checks as one types, keeps Publish disabled until the version is valid, changed and
// explained, and publishes through the store; the page then lists the version not yet in force.
#include "pages/overviewpage.h"
#include "rulesetdialog.h"
#include "stores/rulestore.h"
#include "uitestsupport.h"

#include <QComboBox>
#include <QDateEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>

using namespace rmdesk;
using namespace rmdesk::test;

namespace {

// The row of a rule in the dialog's table (by its key), or -1.
int rowOf(QTableWidget* table, const QString& key)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0)->data(Qt::UserRole + 1).toString() == key)
            return row;
    return -1;
}

void choose(QDialog* dialog, const char* set)
{
    auto* sets = child<QComboBox>(dialog, "ruleSetChoice");
    const int index = sets->findData(QString::fromLatin1(set));
    BOOST_REQUIRE(index >= 0);
    sets->setCurrentIndex(index);
}

} // namespace

BOOST_FIXTURE_TEST_SUITE(rule_set_dialog, UiFixture)

BOOST_AUTO_TEST_CASE(only_an_administrator_may_publish)
{
    OverviewPage admin(&vault->database(), false, &vault->session());
    BOOST_TEST(admin.findChild<QPushButton*>(QStringLiteral("editRules")) != nullptr);
    const Session rm{42, QStringLiteral("rm1"), Role::Rm, QStringLiteral("B001")};
    OverviewPage page(&vault->database(), false, &rm);
    BOOST_TEST(page.findChild<QPushButton*>(QStringLiteral("editRules")) == nullptr);
    // Even a dialog opened anyway: the store refuses.
    RuleSetDialog dialog(vault->database().connection(), rm, QStringLiteral("complaint_clock"));
    auto* table = child<QTableWidget>(&dialog, "ruleValues");
    table->item(rowOf(table, QStringLiteral("decision_days")), 2)->setText(QStringLiteral("10"));
    setText(&dialog, "ruleReason", QStringLiteral("Head office notice"));
    click(&dialog, "publishRuleSet");
    BOOST_TEST(dialog.publishedVersion() == 0);
    BOOST_TEST(!labelText(&dialog, "ruleProblems").isEmpty());
    BOOST_TEST(RuleStore(vault->database().connection())
                   .history(QStringLiteral("complaint_clock"))
                   .size() == 1);
}

BOOST_AUTO_TEST_CASE(a_version_is_checked_as_one_types_and_published)
{
    RuleSetDialog dialog(vault->database().connection(), vault->session(),
                         QStringLiteral("complaint_clock"));
    dialog.show();
    auto* table = child<QTableWidget>(&dialog, "ruleValues");
    auto* publish = child<QPushButton>(&dialog, "publishRuleSet");
    BOOST_TEST(table->rowCount() == 5);
    BOOST_TEST(!publish->isEnabled()); // nothing changed, no reason
    // The kind of days is fixed by the regulation: shown, not editable.
    BOOST_TEST(
        !(table->item(rowOf(table, QStringLiteral("day_kind")), 2)->flags() & Qt::ItemIsEditable));
    const int decision = rowOf(table, QStringLiteral("decision_days"));
    BOOST_REQUIRE(decision >= 0);
    // Looser than the regulation: marked, explained, not publishable.
    table->item(decision, 2)->setText(QStringLiteral("20"));
    setText(&dialog, "ruleReason", QStringLiteral("Head office notice 2027/3"));
    BOOST_TEST(!publish->isEnabled());
    BOOST_TEST(labelText(&dialog, "ruleProblems").contains(QStringLiteral("decision_days")));
    BOOST_TEST((table->item(decision, 2)->foreground().color() != QColor()));
    table->item(decision, 2)->setText(QStringLiteral("10"));
    BOOST_TEST(labelText(&dialog, "ruleProblems").isEmpty());
    BOOST_TEST(publish->isEnabled());
    // The range shows for the chosen rule.
    table->setCurrentCell(decision, 2);
    BOOST_TEST(labelText(&dialog, "ruleHint").contains(QStringLiteral("15")));
    saveShot(&dialog, QStringLiteral("rule-set-dialog.png"));
    child<QDateEdit>(&dialog, "ruleEffectiveFrom")->setDate(QDate(2030, 1, 1));
    click(&dialog, "publishRuleSet");
    BOOST_TEST(dialog.result() == int(QDialog::Accepted));
    BOOST_TEST(dialog.publishedVersion() == 2);
    const auto history =
        RuleStore(vault->database().connection()).history(QStringLiteral("complaint_clock"));
    BOOST_REQUIRE(history.size() == 2);
    BOOST_TEST((history.first().effectiveFrom == QDate(2030, 1, 1)));
    BOOST_TEST(history.first().reason == QStringLiteral("Head office notice 2027/3"));
}

BOOST_AUTO_TEST_CASE(a_complaint_list_takes_new_entries_only)
{
    RuleSetDialog dialog(vault->database().connection(), vault->session(),
                         QStringLiteral("complaint_clock"));
    dialog.show();
    choose(&dialog, "complaint_categories");
    auto* table = child<QTableWidget>(&dialog, "ruleValues");
    BOOST_TEST(table->rowCount() == 12);
    // The names on file cannot be edited.
    BOOST_TEST(!(table->item(0, 2)->flags() & Qt::ItemIsEditable));
    BOOST_TEST(child<QPushButton>(&dialog, "addRuleEntry")->isVisible());
    click(&dialog, "addRuleEntry");
    BOOST_REQUIRE(table->rowCount() == 13);
    table->item(12, 0)->setText(QStringLiteral("Pension"));
    table->item(12, 2)->setText(QStringLiteral("养老金业务"));
    setText(&dialog, "ruleReason", QStringLiteral("Pension accounts from 2027"));
    BOOST_TEST(!child<QPushButton>(&dialog, "publishRuleSet")->isEnabled()); // bad code
    table->item(12, 0)->setText(QStringLiteral("pension"));
    BOOST_TEST(child<QPushButton>(&dialog, "publishRuleSet")->isEnabled());
    saveShot(&dialog, QStringLiteral("rule-set-dialog-list.png"));
    click(&dialog, "publishRuleSet");
    BOOST_TEST(dialog.publishedVersion() == 2);
}

BOOST_AUTO_TEST_CASE(the_overview_page_opens_the_dialog_and_shows_what_comes)
{
    OverviewPage page(&vault->database(), false, &vault->session());
    page.resize(1100, 760);
    page.show();
    BOOST_TEST(!child<QLabel>(&page, "rulesUpcoming")->isVisible());
    // The dialog is modal: fill it in once it is up.
    bool filled = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<RuleSetDialog*>(QApplication::activeModalWidget());
        BOOST_REQUIRE(dialog);
        choose(dialog, "review_cadence");
        auto* table = child<QTableWidget>(dialog, "ruleValues");
        table->item(rowOf(table, QStringLiteral("other_months")), 2)->setText(QStringLiteral("4"));
        child<QDateEdit>(dialog, "ruleEffectiveFrom")->setDate(QDate(2030, 7, 1));
        setText(dialog, "ruleReason", QStringLiteral("Audit finding 12"));
        filled = true;
        click(dialog, "publishRuleSet");
    });
    page.editRules();
    BOOST_TEST(filled);
    BOOST_TEST(labelText(&page, "rulesStatus").contains(QStringLiteral("2030-07-01")));
    BOOST_TEST(child<QLabel>(&page, "rulesUpcoming")->isVisible());
    BOOST_TEST(labelText(&page, "rulesUpcoming").contains(QStringLiteral("2030-07-01")));
    saveShot(&page, QStringLiteral("overview-rules.png"));
}

BOOST_AUTO_TEST_SUITE_END()
