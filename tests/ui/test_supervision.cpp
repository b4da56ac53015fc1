// The supervision screens (evaluations, spot checks, improvement measures) on the hand-worked
// month of tests/stores/assessmentfixture.h (today 2026-11-27, October assessed), driven by
// object name as each role.
//
// By hand (assessmentfixture.h): rm1's October scorecard has the total
// (10000/9 + 1250 + 20000/19 + 1000) / 100 = 44.137…, rank 2 of the 4 ranked RMs of BJ01; its
// KPIs, in order: retention 50 % of 90 (attainment 55.6 %, score 55.6, weight 20), net new −1
// of 2 (0), AUM growth −26.67 % of 0.5 (0), NPS 25 of 30 (83.3 %, 83.3, weight 15), complaints
// on time 50 % of 95 (52.6), reviews 50 % of 95 (52.6), interactions per customer 1 of 0.5
// (attainment capped at 120 %, score 100). BJ01's October records to sample: interaction i1
// (customer a1) and the complaints received in October k2, k3, k4 (ids in that order).
#include "uitestsupport.h"

#include "stores/assessmentfixture.h"

#include "customerui.h"
#include "dashboards/evaluationsview.h"
#include "dashboards/measuresview.h"
#include "dashboards/spotchecksview.h"
#include "evaluationdialogs.h"
#include "supervisiondialogs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>

using namespace rmdesk;
using namespace rmdesk::test;
namespace tt = boost::test_tools;

namespace {

const QString octoberCode = QStringLiteral("2026-10");

struct SupervisionUiFixture : AssessmentFixture
{
    SupervisionUiFixture()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           folder.file(QStringLiteral("settings")));
        QSettings().clear();
        Dialogs::setTestMode(true);
    }
    ~SupervisionUiFixture()
    {
        Dialogs::setTestMode(false);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }

    qint64 createEvaluation(const char* supervisor, const char* rm)
    {
        qint64 id = 0;
        StoreError e;
        BOOST_REQUIRE_MESSAGE(
            evaluations(supervisor)
                .create(session(supervisor), QString::fromLatin1(rm), octoberCode, &id, &e),
            e.message);
        return id;
    }
    qint64 addMeasure(const char* owner, const QDate& due, const QString& title)
    {
        NewMeasure m;
        m.title = title;
        m.owner = QString::fromLatin1(owner);
        m.due = due;
        qint64 id = 0;
        StoreError e;
        BOOST_REQUIRE_MESSAGE(supervision("sup1").addMeasure(session("sup1"), m, &id, &e),
                              e.message);
        return id;
    }
};

QString cell(const QTableWidget* table, int row, int column)
{
    BOOST_REQUIRE(row < table->rowCount());
    return table->item(row, column)->text();
}

QStringList rowTexts(const QTableWidget* table, int row)
{
    QStringList texts;
    for (int c = 0; c < table->columnCount(); ++c)
        texts << cell(table, row, c);
    return texts;
}

void choose(const QObject* root, const char* name, const QVariant& data)
{
    auto* combo = child<QComboBox>(root, name);
    const int index = combo->findData(data);
    BOOST_REQUIRE_MESSAGE(index >= 0, name << " has no " << data.toString().toStdString());
    combo->setCurrentIndex(index);
}

bool hidden(const QObject* root, const char* name)
{
    return child<QWidget>(root, name)->isHidden();
}

template <typename T> void waitClosed(T* dialog)
{
    QPointer<T> guard(dialog);
    BOOST_TEST(waitFor([&guard] { return !guard || !guard->isVisible(); }));
}

} // namespace

BOOST_FIXTURE_TEST_SUITE(ui_supervision, SupervisionUiFixture)

BOOST_AUTO_TEST_CASE(a_supervisor_creates_rates_and_signs_off_an_evaluation)
{
    EvaluationsView view(as("sup1"), assessmentNow);
    BOOST_TEST(view.evaluations().isEmpty());
    BOOST_TEST(labelText(&view, "evaluationsEmpty").contains(QStringLiteral("New evaluation")));

    click(&view, "newEvaluationButton");
    auto* create = openDialog<NewEvaluationDialog>(&view, "newEvaluationDialog");
    choose(create, "evaluationPeriod", octoberCode);
    choose(create, "evaluationRm", QStringLiteral("rm1"));
    // rm1, rm3, rm4, rm5 of BJ01; rm2 (SH01) is not offered.
    BOOST_TEST(child<QComboBox>(create, "evaluationRm")->count() == 4);
    const double total = (10000.0 / 9.0 + 1250.0 + 20000.0 / 19.0 + 1000.0) / 100.0;
    BOOST_REQUIRE(create->preview());
    BOOST_TEST(*create->preview()->total == total, tt::tolerance(1e-9));
    BOOST_TEST(labelText(create, "evaluationPreview")
                   .startsWith(QStringLiteral("Score 44.1 of 100, rank 2 / 4 in branch BJ01")));
    BOOST_TEST(labelText(create, "evaluationPreview")
                   .contains(QStringLiteral("\nNPS: 25.0 points of 30.0 points, score 83.3\n")));
    click(create, "okButton");
    waitClosed(create);

    BOOST_REQUIRE(view.evaluations().size() == 1);
    const qint64 id = view.evaluations().first().id;
    auto* table = child<QTableWidget>(&view, "evaluationsTable");
    BOOST_TEST(rowTexts(table, 0) ==
                   (QStringList{"rm1", "BJ01", "2026-10", "44.1", "2 / 4", "—", "Draft", ""}),
               tt::per_element());
    auto* kpis = child<QTableWidget>(&view, "evaluationKpis");
    BOOST_REQUIRE(kpis->rowCount() == 7);
    BOOST_TEST(rowTexts(kpis, 0) ==
                   (QStringList{"Retention rate", "50.0%", "90.0%", "20%", "55.6%", "55.6"}),
               tt::per_element());
    BOOST_TEST(rowTexts(kpis, 1) == (QStringList{"Net new customers", "−1 customers",
                                                 "+2 customers", "15%", "0.0%", "0.0"}),
               tt::per_element());
    BOOST_TEST(rowTexts(kpis, 3) ==
                   (QStringList{"NPS", "25.0 points", "30.0 points", "15%", "83.3%", "83.3"}),
               tt::per_element());
    BOOST_TEST(rowTexts(kpis, 6) == (QStringList{"Interactions per customer", "1.00 per customer",
                                                 "0.50 per customer", "10%", "120.0%", "100.0"}),
               tt::per_element());
    BOOST_TEST(labelText(&view, "evaluationRatingText") == QStringLiteral("Not rated yet."));
    // Signing off needs a rating first.
    BOOST_TEST(!child<QPushButton>(&view, "signOffEvaluationButton")->isEnabled());

    click(&view, "rateEvaluationButton");
    auto* rate = openDialog<RateEvaluationDialog>(&view, "rateEvaluationDialog");
    BOOST_TEST(!child<QPushButton>(rate, "okButton")->isEnabled()); // no comment yet
    choose(rate, "evaluationRating", 2);
    child<QPlainTextEdit>(rate, "evaluationComment")
        ->setPlainText(QStringLiteral("留存不足，需加强回访"));
    click(rate, "okButton");
    waitClosed(rate);
    BOOST_TEST(cell(table, 0, EvaluationsView::RatingColumn) ==
               QStringLiteral("2 — partly meets expectations"));
    BOOST_TEST(labelText(&view, "evaluationCommentText") == QStringLiteral("留存不足，需加强回访"));

    // Declining the confirmation changes nothing.
    const QByteArray beforeDecline = assessmentDigest();
    Dialogs::setNextAnswer(false);
    click(&view, "signOffEvaluationButton");
    BOOST_TEST(assessmentDigest() == beforeDecline);
    BOOST_TEST(cell(table, 0, EvaluationsView::StatusColumn) == QStringLiteral("Draft"));

    Dialogs::setNextAnswer(true);
    click(&view, "signOffEvaluationButton");
    BOOST_TEST(cell(table, 0, EvaluationsView::StatusColumn) == QStringLiteral("Signed off"));
    BOOST_TEST(cell(table, 0, EvaluationsView::SignedColumn)
                   .startsWith(QStringLiteral("sup1, 2026-11-27")));
    BOOST_TEST(!table->item(0, EvaluationsView::StatusColumn)->icon().isNull()); // the lock
    BOOST_TEST(hidden(&view, "rateEvaluationButton"));
    BOOST_TEST(hidden(&view, "signOffEvaluationButton"));
    BOOST_TEST(!hidden(&view, "newEvaluationButton"));
    BOOST_TEST(!hidden(&view, "evaluationLockIcon"));
    BOOST_TEST(labelText(&view, "evaluationLock")
                   .startsWith(QStringLiteral("Signed off by sup1 on 2026-11-27")));

    // A second evaluation of rm1 for October is refused in the dialog already.
    click(&view, "newEvaluationButton");
    auto* again = openDialog<NewEvaluationDialog>(&view, "newEvaluationDialog");
    choose(again, "evaluationPeriod", octoberCode);
    choose(again, "evaluationRm", QStringLiteral("rm1"));
    BOOST_TEST(child<QComboBox>(again, "evaluationRm")->currentText() ==
               QStringLiteral("rm1 — already evaluated"));
    BOOST_TEST(!child<QPushButton>(again, "okButton")->isEnabled());
    BOOST_TEST(labelText(again, "evaluationProblem") ==
               QStringLiteral("rm1 already has evaluation %1 for 2026-10.").arg(id));
    click(again, "cancelButton");
    waitClosed(again);

    // Locked: the store refuses a change and nothing moves.
    const QByteArray before = assessmentDigest();
    StoreError e;
    BOOST_TEST(!evaluations("sup1").rate(session("sup1"), id, 5, QStringLiteral("改"), &e));
    BOOST_TEST(e.kind == StoreError::Invalid);
    BOOST_TEST(assessmentDigest() == before);
    view.refresh();
    BOOST_TEST(hidden(&view, "rateEvaluationButton"));
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'evaluation' "
                                    "AND entity_id = '%1'")
                         .arg(id)) == 3); // create, rate, signoff
}

BOOST_AUTO_TEST_CASE(the_rm_reads_their_own_and_compliance_reads_everything)
{
    const qint64 mine = createEvaluation("sup1", "rm1");
    createEvaluation("sup1", "rm3");
    createEvaluation("sup3", "rm2");
    StoreError e;
    BOOST_REQUIRE(
        evaluations("sup1").rate(session("sup1"), mine, 4, QStringLiteral("表现良好"), &e));
    BOOST_REQUIRE(evaluations("sup1").signOff(session("sup1"), mine, &e));

    EvaluationsView rmView(as("rm1"), assessmentNow);
    BOOST_REQUIRE(rmView.evaluations().size() == 1);
    BOOST_TEST(rmView.evaluations().first().id == mine);
    for (const char* name : {"newEvaluationButton", "rateEvaluationButton",
                             "signOffEvaluationButton", "evaluationRmFilter"})
        BOOST_TEST(hidden(&rmView, name), name);
    BOOST_TEST(labelText(&rmView, "evaluationRatingText") ==
               QStringLiteral("4 — exceeds expectations"));
    BOOST_TEST(labelText(&rmView, "evaluationCommentText") == QStringLiteral("表现良好"));

    EvaluationsView rm3View(as("rm3"), assessmentNow);
    BOOST_REQUIRE(rm3View.evaluations().size() == 1);
    BOOST_TEST(cell(child<QTableWidget>(&rm3View, "evaluationsTable"), 0,
                    EvaluationsView::StatusColumn) == QStringLiteral("Draft"));
    BOOST_TEST(
        labelText(&rm3View, "evaluationLock").endsWith(QStringLiteral("may still change it.")));

    EvaluationsView compView(as("comp1"), assessmentNow);
    BOOST_TEST(compView.evaluations().size() == 3);
    for (const char* name :
         {"newEvaluationButton", "rateEvaluationButton", "signOffEvaluationButton"})
        BOOST_TEST(hidden(&compView, name), name);
    BOOST_TEST(!hidden(&compView, "evaluationRmFilter"));
    choose(&compView, "evaluationRmFilter", QStringLiteral("rm2"));
    BOOST_REQUIRE(compView.evaluations().size() == 1);
    BOOST_TEST(compView.evaluations().first().branch == QStringLiteral("SH01"));
    choose(&compView, "evaluationRmFilter", QString());
    choose(&compView, "evaluationStatusFilter", QStringLiteral("signed_off"));
    BOOST_REQUIRE(compView.evaluations().size() == 1);
    BOOST_TEST(compView.evaluations().first().id == mine);

    // Compliance changes nothing on the other screens either.
    SpotChecksView checks(as("comp1"), assessmentNow);
    for (const char* name : {"drawSampleButton", "recordFindingButton", "addMeasureFromItemButton"})
        BOOST_TEST(hidden(&checks, name), name);
    MeasuresView measures(as("comp1"), assessmentNow);
    for (const char* name : {"addMeasureButton", "startMeasureButton", "completeMeasureButton"})
        BOOST_TEST(hidden(&measures, name), name);
}

BOOST_AUTO_TEST_CASE(a_sample_drawn_with_a_seed_shows_the_drawn_records)
{
    SpotChecksView view(as("sup1"), assessmentNow);
    BOOST_TEST(view.samples().isEmpty());
    BOOST_TEST(labelText(&view, "samplesEmpty").contains(QStringLiteral("Draw sample")));

    click(&view, "drawSampleButton");
    auto* draw = openDialog<DrawSampleDialog>(&view, "drawSampleDialog");
    choose(draw, "samplePeriod", octoberCode);
    child<QSpinBox>(draw, "sampleSize")->setValue(2);
    child<QCheckBox>(draw, "sampleSeedGiven")->setChecked(true);
    BOOST_TEST(!child<QPushButton>(draw, "okButton")->isEnabled()); // the seed is missing
    BOOST_TEST(!labelText(draw, "sampleSeedProblem").isEmpty());
    setText(draw, "sampleSeed", QStringLiteral("7"));
    click(draw, "okButton");
    waitClosed(draw);

    BOOST_REQUIRE(view.samples().size() == 1);
    const SpotCheckSample sample = view.samples().first();
    auto* samples = child<QTableWidget>(&view, "samplesTable");
    BOOST_TEST(cell(samples, 0, SpotChecksView::SeedColumn) == QStringLiteral("7"));
    BOOST_TEST(cell(samples, 0, SpotChecksView::CheckedColumn) == QStringLiteral("0 / 3"));
    BOOST_TEST(labelText(&view, "spotCheckStatus").contains(QStringLiteral("seed 7")));
    auto* items = child<QTableWidget>(&view, "sampleItemsTable");
    BOOST_REQUIRE(items->rowCount() == 3);
    BOOST_TEST(cell(items, 0, SpotChecksView::KindColumn) == QStringLiteral("Interaction"));
    BOOST_TEST(cell(items, 0, SpotChecksView::RecordColumn) == QString::number(i1));
    BOOST_TEST(cell(items, 0, SpotChecksView::CustomerColumn)
                   .endsWith(QStringLiteral("(No. %1)").arg(a1)));
    const QList<qint64> complaints = {k2, k3, k4};
    const QList<int> drawn = SupervisionStore::draw(7, 3, 2);
    for (int i = 0; i < 2; ++i) {
        BOOST_TEST(cell(items, i + 1, SpotChecksView::KindColumn) == QStringLiteral("Complaint"));
        BOOST_TEST(cell(items, i + 1, SpotChecksView::RecordColumn) ==
                   QString::number(complaints.at(drawn.at(i))));
        BOOST_TEST(cell(items, i + 1, SpotChecksView::FindingColumn) ==
                   QStringLiteral("Not checked"));
    }

    // An issue without a note is refused in the dialog, and nothing is written.
    view.selectItem(1);
    BOOST_TEST(!child<QPushButton>(&view, "addMeasureFromItemButton")->isEnabled());
    click(&view, "recordFindingButton");
    auto* finding = openDialog<FindingDialog>(&view, "findingDialog");
    const QByteArray before = assessmentDigest();
    child<QRadioButton>(finding, "findingIssue")->setChecked(true);
    BOOST_TEST(!child<QPushButton>(finding, "okButton")->isEnabled());
    BOOST_TEST(labelText(finding, "findingNoteProblem") ==
               QStringLiteral("An issue needs a note: say what must be corrected."));
    finding->accept();
    BOOST_TEST(finding->isVisible());
    BOOST_TEST(assessmentDigest() == before);
    child<QPlainTextEdit>(finding, "findingNote")
        ->setPlainText(QStringLiteral("回访记录缺少客户反馈"));
    click(finding, "okButton");
    waitClosed(finding);
    BOOST_TEST(rowTexts(items, 0).mid(SpotChecksView::FindingColumn, 3) ==
                   (QStringList{"Issue", "回访记录缺少客户反馈", "sup1"}),
               tt::per_element());
    BOOST_TEST(cell(samples, 0, SpotChecksView::CheckedColumn) == QStringLiteral("1 / 3"));
    BOOST_TEST(cell(samples, 0, SpotChecksView::IssuesColumn) == QStringLiteral("1"));
    BOOST_TEST(view.selectedItem() == 1);
    BOOST_TEST(!child<QPushButton>(&view, "recordFindingButton")->isEnabled()); // it stands

    // The issue becomes a measure with the item as its source.
    click(&view, "addMeasureFromItemButton");
    auto* measure = openDialog<MeasureDialog>(&view, "measureDialog");
    BOOST_TEST(
        labelText(measure, "measureSource").endsWith(QStringLiteral("回访记录缺少客户反馈")));
    setText(measure, "measureTitle", QStringLiteral("回访须记录客户反馈"));
    choose(measure, "measureOwner", QStringLiteral("rm1"));
    child<QDateEdit>(measure, "measureDue")->setDate(QDate(2026, 12, 15));
    click(measure, "okButton");
    waitClosed(measure);
    StoreError e;
    const auto added = supervision("sup1").measures(session("sup1"), {}, &e);
    BOOST_REQUIRE(added.size() == 1);
    BOOST_TEST(added.first().source == QStringLiteral("spot_check"));
    BOOST_TEST(added.first().sourceId == sample.items.first().id);
    BOOST_TEST(added.first().owner == QStringLiteral("rm1"));
    BOOST_TEST(added.first().due.toString(Qt::ISODate) == QStringLiteral("2026-12-15"));
    BOOST_TEST(added.first().description == QStringLiteral("回访记录缺少客户反馈"));
}

BOOST_AUTO_TEST_CASE(a_measure_is_added_started_completed_and_overdue_is_flagged)
{
    MeasuresView view(as("sup1"), assessmentNow);
    BOOST_TEST(view.measures().isEmpty());
    BOOST_TEST(labelText(&view, "measuresEmpty").contains(QStringLiteral("Add measure")));
    click(&view, "addMeasureButton");
    auto* add = openDialog<MeasureDialog>(&view, "measureDialog");
    BOOST_TEST(!child<QPushButton>(add, "okButton")->isEnabled()); // no title
    setText(add, "measureTitle", QStringLiteral("补齐客户定期核实"));
    child<QPlainTextEdit>(add, "measureDescription")
        ->setPlainText(QStringLiteral("逾期核实的客户本月内完成"));
    choose(add, "measureOwner", QStringLiteral("rm3"));
    child<QDateEdit>(add, "measureDue")->setDate(QDate(2026, 11, 30));
    click(add, "okButton");
    waitClosed(add);
    auto* table = child<QTableWidget>(&view, "measuresTable");
    BOOST_REQUIRE(view.measures().size() == 1);
    const qint64 id = view.measures().first().id;
    BOOST_TEST(rowTexts(table, 0) ==
                   (QStringList{"补齐客户定期核实", "rm3", "2026-11-30", "Open", "Other"}),
               tt::per_element());

    // The owner starts and completes it; another RM does not see it.
    MeasuresView other(as("rm1"), assessmentNow);
    BOOST_TEST(other.measures().isEmpty());
    BOOST_TEST(labelText(&other, "measuresEmpty").contains(QStringLiteral("your supervisor")));
    MeasuresView owner(as("rm3"), assessmentNow);
    BOOST_TEST(hidden(&owner, "addMeasureButton"));
    auto* ownerTable = child<QTableWidget>(&owner, "measuresTable");
    BOOST_TEST(labelText(&owner, "measureDetailDescription") ==
               QStringLiteral("逾期核实的客户本月内完成"));
    click(&owner, "startMeasureButton");
    BOOST_TEST(cell(ownerTable, 0, MeasuresView::StatusColumn) == QStringLiteral("In progress"));
    BOOST_TEST(!child<QPushButton>(&owner, "startMeasureButton")->isEnabled());
    click(&owner, "completeMeasureButton");
    auto* complete = openDialog<CompleteMeasureDialog>(&owner, "completeMeasureDialog");
    BOOST_TEST(!child<QPushButton>(complete, "okButton")->isEnabled());
    child<QPlainTextEdit>(complete, "measureDoneNote")->setPlainText(QStringLiteral("已全部核实"));
    click(complete, "okButton");
    waitClosed(complete);
    BOOST_TEST(cell(ownerTable, 0, MeasuresView::StatusColumn) == QStringLiteral("Done"));
    BOOST_TEST(labelText(&owner, "measureDetailDone").endsWith(QStringLiteral(": 已全部核实")));
    BOOST_TEST(!child<QPushButton>(&owner, "completeMeasureButton")->isEnabled());
    StoreError e;
    const auto done = supervision("sup1").measure(session("sup1"), id, &e);
    BOOST_REQUIRE_MESSAGE(done, e.message);
    BOOST_TEST(done->status == QStringLiteral("done"));
    BOOST_TEST(done->doneNote == QStringLiteral("已全部核实"));

    // A second measure due 2026-11-30 is overdue on 2026-12-01.
    const qint64 late = addMeasure("rm1", QDate(2026, 11, 30), QStringLiteral("加强投诉时限管理"));
    const QDateTime december(QDate(2026, 12, 1), QTime(9, 0));
    MeasuresView later(as("sup1"), december);
    auto* laterTable = child<QTableWidget>(&later, "measuresTable");
    BOOST_REQUIRE(later.measures().size() == 2);
    int row = later.measures().at(0).id == late ? 0 : 1;
    BOOST_TEST(cell(laterTable, row, MeasuresView::DueColumn) ==
               QStringLiteral("2026-11-30 — overdue"));
    BOOST_TEST(laterTable->item(row, MeasuresView::DueColumn)->foreground().color().name() ==
               CustomerUi::warningColour().name());
    BOOST_TEST(cell(laterTable, 1 - row, MeasuresView::DueColumn) == QStringLiteral("2026-11-30"));
    later.setFilter(MeasuresView::Overdue);
    BOOST_REQUIRE(later.measures().size() == 1);
    BOOST_TEST(later.measures().first().id == late);
    later.setFilter(MeasuresView::Open);
    BOOST_REQUIRE(later.measures().size() == 1);
    later.setFilter(MeasuresView::All);
    BOOST_TEST(later.measures().size() == 2);
}

BOOST_AUTO_TEST_CASE(screenshots_in_chinese)
{
    useLanguage(QStringLiteral("zh_CN"));
    {
        EvaluationsView evaluationsEmpty(as("sup1"), assessmentNow);
        SpotChecksView checksEmpty(as("sup1"), assessmentNow);
        MeasuresView measuresEmpty(as("sup1"), assessmentNow);
        BOOST_TEST(evaluationsEmpty.evaluations().isEmpty());
        for (QWidget* w :
             {static_cast<QWidget*>(&evaluationsEmpty), static_cast<QWidget*>(&checksEmpty),
              static_cast<QWidget*>(&measuresEmpty)}) {
            w->resize(1000, 640);
            w->show();
            saveShot(w, w->objectName() + QStringLiteral("-empty-zh_CN.png"));
        }
    }
    const qint64 id = createEvaluation("sup1", "rm1");
    createEvaluation("sup1", "rm3");
    StoreError e;
    BOOST_REQUIRE(evaluations("sup1").rate(session("sup1"), id, 2,
                                           QStringLiteral("留存不足，需加强回访"), &e));
    BOOST_REQUIRE(evaluations("sup1").signOff(session("sup1"), id, &e));
    qint64 sample = 0;
    BOOST_REQUIRE(supervision("sup1").drawSample(session("sup1"), octoberCode, 2, 7, &sample, &e));
    BOOST_REQUIRE(supervision("sup1").recordFinding(session("sup1"), sample, 1,
                                                    QStringLiteral("issue"),
                                                    QStringLiteral("回访记录缺少客户反馈"), &e));
    addMeasure("rm1", QDate(2026, 11, 30), QStringLiteral("加强投诉时限管理"));
    addMeasure("rm3", QDate(2026, 12, 15), QStringLiteral("补齐客户定期核实"));

    const QDateTime december(QDate(2026, 12, 1), QTime(9, 0));
    EvaluationsView evaluationsView(as("sup1"), assessmentNow);
    SpotChecksView checks(as("sup1"), assessmentNow);
    MeasuresView measures(as("sup1"), december);
    BOOST_TEST(evaluationsView.evaluations().size() == 2);
    BOOST_TEST(checks.samples().size() == 1);
    BOOST_TEST(measures.measures().size() == 2);
    evaluationsView.select(id);
    for (QWidget* w : {static_cast<QWidget*>(&evaluationsView), static_cast<QWidget*>(&checks),
                       static_cast<QWidget*>(&measures)}) {
        w->resize(1000, 640);
        w->show();
        saveShot(w, w->objectName() + QStringLiteral("-zh_CN.png"));
    }

    // The dialogs, filled in.
    NewEvaluationDialog create(as("sup1"), assessmentNow);
    choose(&create, "evaluationPeriod", octoberCode);
    choose(&create, "evaluationRm", QStringLiteral("rm4"));
    DrawSampleDialog draw(as("sup1"), assessmentNow);
    child<QCheckBox>(&draw, "sampleSeedGiven")->setChecked(true);
    FindingDialog finding(as("sup1"), sample, 2, QStringLiteral("Complaint No. 2, 安* (No. 2)"),
                          assessmentNow);
    child<QRadioButton>(&finding, "findingIssue")->setChecked(true);
    NewMeasure preset;
    preset.source = QStringLiteral("spot_check");
    MeasureDialog measure(as("sup1"), preset,
                          QStringLiteral("抽查 1 第 1 项：回访记录缺少客户反馈"), assessmentNow);
    for (QDialog* d : {static_cast<QDialog*>(&create), static_cast<QDialog*>(&draw),
                       static_cast<QDialog*>(&finding), static_cast<QDialog*>(&measure)}) {
        d->show();
        saveShot(d, d->objectName() + QStringLiteral("-zh_CN.png"));
        d->hide();
    }
    useLanguage(QStringLiteral("en"));
}

BOOST_AUTO_TEST_SUITE_END()
