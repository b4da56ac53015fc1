// The lifecycle stage override from the customer 360 view: reason required, stored, shown in the
// history; read-only for compliance.
#include "customer360.h"
#include "customerlifecyclebar.h"
#include "stagedialog.h"
#include "stores/customerstore.h"
#include "stores/lifecyclestore.h"
#include "ui/uitestsupport.h"

#include <QComboBox>
#include <QPushButton>
#include <QTreeWidget>

using namespace rmdesk;
using namespace rmdesk::test;

namespace {
struct F : UiFixture
{
    F()
    {
        addUser(QStringLiteral("wang.fang"), Role::Rm);
        addUser(QStringLiteral("zhao.lei"), Role::Compliance, QString());
        rm = loginAs(QStringLiteral("wang.fang"), userPassword);
        comp = loginAs(QStringLiteral("zhao.lei"), userPassword);
        StoreError e;
        BOOST_REQUIRE_MESSAGE(CustomerStore(rm->database().connection())
                                  .add(rm->session(), CustomerType::Individual,
                                       {{QStringLiteral("name"), QStringLiteral("张伟")}}, &id, &e),
                              e.message);
    }
    std::unique_ptr<Vault> rm, comp;
    qint64 id = 0;
};
} // namespace

BOOST_FIXTURE_TEST_SUITE(stage_ui, F)

BOOST_AUTO_TEST_CASE(change_stage_from_the_360_view)
{
    Customer360 view(*rm, id);
    StoreError error;
    BOOST_REQUIRE(view.load(&error));
    view.show();
    BOOST_TEST(child<QPushButton>(&view, "changeStageButton")->isVisible());
    click(&view, "changeStageButton");
    auto* d = openDialog<StageDialog>(&view, "stageDialog");
    BOOST_REQUIRE(d);
    BOOST_TEST(labelText(d, "stageCurrent").contains(QStringLiteral("Prospect")));
    BOOST_TEST(child<QTreeWidget>(d, "stageHistory")->topLevelItemCount() == 1); // empty state
    BOOST_TEST(!child<QPushButton>(d, "okButton")->isEnabled());
    auto* combo = child<QComboBox>(d, "stageCombo");
    BOOST_TEST(combo->count() == 8);
    combo->setCurrentIndex(combo->findData(QStringLiteral("growing")));
    setText(d, "stageReason", QStringLiteral("ab"));
    BOOST_TEST(!child<QPushButton>(d, "okButton")->isEnabled());
    setText(d, "stageReason", QStringLiteral("signed a mandate"));
    BOOST_TEST(child<QPushButton>(d, "okButton")->isEnabled());
    click(d, "okButton");
    BOOST_TEST(
        LifecycleStore(rm->database().connection()).currentStage(rm->session(), id, &error) ==
        QStringLiteral("growing"));
    // Again: the history shows it.
    StageDialog again(*rm, id);
    BOOST_REQUIRE(again.load(&error));
    BOOST_TEST(child<QTreeWidget>(&again, "stageHistory")->topLevelItemCount() == 1);
    BOOST_TEST(child<QTreeWidget>(&again, "stageHistory")->topLevelItem(0)->text(5) ==
               QStringLiteral("signed a mandate"));
    BOOST_TEST(labelText(&again, "stageCurrent").contains(QStringLiteral("wang.fang")));
    again.show();
    saveShot(&again, QStringLiteral("stage-dialog.png"));

    Customer360 compView(*comp, id);
    BOOST_REQUIRE(compView.load(&error));
    compView.show();
    BOOST_TEST(!child<QPushButton>(&compView, "changeStageButton")->isVisible());
    StageDialog readOnly(*comp, id);
    BOOST_REQUIRE(readOnly.load(&error));
    BOOST_TEST(!readOnly.editable());
    BOOST_TEST(!child<QComboBox>(&readOnly, "stageCombo")->isEnabled());
}

BOOST_AUTO_TEST_SUITE_END()
