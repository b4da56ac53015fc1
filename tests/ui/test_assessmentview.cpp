// The assessment dashboard on a real encrypted database, driven by object name. The book (L = the
// last complete month; the default period and the end of the twelve trend months L − 11 … L):
//   wang.fang (RM, B001): customer a holding 1000 fen from L − 12 on; zhao.lei (RM, B001): none.
//   complaints taken by wang.fang: in L one due on day 5 decided on day 3 (on time) and one due on
//   day 10 decided on day 12 (late); in L − 1 one due on day 8 decided that day (on time);
//   one withdrawn in L (does not count).
//   survey answers of a: in L NPS 10, 9, 3; in L − 2 NPS 7.
// By hand: complaints of L 2 due, 1 on time, 1 late, 50 %; L − 1 1 due, 100 %; NPS of L
// (2 − 1) / 3 = 33.3 over 3 answers (below 30: a caution); L − 2 NPS 0 over 1.
#include "dashboards/assessmentview.h"
#include "dashboards/assessmentwidgets.h"
#include "dashboards/dashboardwidgets.h"
#include "stores/customerstore.h"
#include "uitestsupport.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLineSeries>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QTableWidget>

using namespace rmdesk;
using namespace rmdesk::test;
namespace tt = boost::test_tools;

namespace {

const int lastMonth = monthIndex(QDate::currentDate()) - 1;

template <typename T> T* seriesOf(QChartView* view)
{
    for (QAbstractSeries* s : view->chart()->series())
        if (auto* found = qobject_cast<T*>(s))
            return found;
    BOOST_FAIL("no such series in " << view->objectName().toStdString());
    return nullptr;
}

QList<double> values(const QBarSet* set)
{
    QList<double> list;
    for (int i = 0; i < set->count(); ++i)
        list << set->at(i);
    return list;
}

QBarSet* setNamed(QAbstractBarSeries* series, const QString& label)
{
    for (QBarSet* set : series->barSets())
        if (set->label() == label)
            return set;
    BOOST_FAIL("no bar set " << label.toStdString());
    return nullptr;
}

QString day(int month, int dayOfMonth)
{
    return monthStart(month).addDays(dayOfMonth - 1).toString(Qt::ISODate);
}

struct AssessmentUiFixture : UiFixture
{
    AssessmentUiFixture()
    {
        addUser(QStringLiteral("wang.fang"), Role::Rm);
        addUser(QStringLiteral("zhao.lei"), Role::Rm);
        addUser(QStringLiteral("comp1"), Role::Compliance, QString());
        rm = loginAs(QStringLiteral("wang.fang"), userPassword);
        comp = loginAs(QStringLiteral("comp1"), userPassword);
        qint64 id = 0;
        StoreError error;
        BOOST_REQUIRE_MESSAGE(CustomerStore(rm->database().connection())
                                  .add(rm->session(), CustomerType::Individual,
                                       {{QStringLiteral("name"), QStringLiteral("安平")}}, &id,
                                       &error),
                              error.message);
        a = id;
        for (int m = lastMonth - 12; m <= lastMonth; ++m)
            addHolding(*vault, a, m, 1000);
        complaint(day(lastMonth, 5), "decided", day(lastMonth, 3));
        complaint(day(lastMonth, 10), "decided", day(lastMonth, 12));
        complaint(day(lastMonth - 1, 8), "decided", day(lastMonth - 1, 8));
        complaint(day(lastMonth, 20), "withdrawn", QString());
        for (const auto& [month, nps] :
             {std::pair{lastMonth, 10}, {lastMonth, 9}, {lastMonth, 3}, {lastMonth - 2, 7}})
            exec(QStringLiteral("INSERT INTO survey_responses (customer_id, template_id, "
                                "answered_on, channel, branch_code, rm_user_id, segment, nps, "
                                "recorded_by, recorded_at) VALUES (%1, 3, '%2', 'phone', 'B001', "
                                "%3, 'mass', %4, 'wang.fang', '2026-01-01T00:00:00Z')")
                     .arg(a)
                     .arg(day(month, 15))
                     .arg(rm->session().userId)
                     .arg(nps));
    }

    void exec(const QString& sql)
    {
        QSqlQuery q(vault->database().connection());
        BOOST_REQUIRE_MESSAGE(q.exec(sql), q.lastError().text());
    }

    void complaint(const QString& due, const char* status, const QString& decided)
    {
        QSqlQuery q(vault->database().connection());
        q.prepare(QStringLiteral(
            "INSERT INTO complaints (customer_id, branch_code, taken_by_user_id, taken_by, "
            "channel, category, severity, summary, received_at, received_on, clock_version, "
            "decision_days, extended_days, approved_days, status, due_on, decided_on, "
            "created_at, updated_at) VALUES (?, 'B001', ?, 'wang.fang', 'branch', 'service', "
            "'low', '服务态度', ?, ?, 1, 15, 30, 60, ?, ?, ?, ?, ?)"));
        const QString received =
            QDate::fromString(due, Qt::ISODate).addDays(-15).toString(Qt::ISODate);
        for (const QVariant& v : QVariantList{
                 a, rm->session().userId, received, received, QString::fromLatin1(status), due,
                 decided.isEmpty() ? QVariant() : QVariant(decided), received, received})
            q.addBindValue(v);
        BOOST_REQUIRE_MESSAGE(q.exec(), q.lastError().text());
    }

    AssessmentDashboardData expected(Vault& who, const AssessmentDashboardFilter& f = {})
    {
        StoreError e;
        const auto data =
            AssessmentDashboard::compute(who.database().connection(), who.session(), f, &e);
        BOOST_REQUIRE_MESSAGE(e.ok(), e.message);
        return data;
    }

    std::unique_ptr<Vault> rm;
    std::unique_ptr<Vault> comp;
    qint64 a = 0;
};

void waitComputed(AssessmentView& view)
{
    BOOST_REQUIRE(waitFor([&view] { return !view.isBusy(); }, 20000));
}

QList<QPointF> pointsOf(QChartView* view)
{
    return seriesOf<QLineSeries>(view)->points();
}

} // namespace

BOOST_FIXTURE_TEST_SUITE(ui_assessment, AssessmentUiFixture)

BOOST_AUTO_TEST_CASE(tiles_table_and_charts_hold_the_computed_figures)
{
    runStages(*vault);
    const AssessmentDashboardData data = expected(*comp);
    BOOST_REQUIRE(data.scorecards.cards.size() == 2);
    BOOST_TEST(data.tiles.complaintsDue == 2);
    BOOST_TEST(*data.tiles.onTimeRate == 50.0, tt::tolerance(1e-9));
    BOOST_TEST(*data.tiles.nps == 100.0 / 3.0, tt::tolerance(1e-9));

    AssessmentView view(*comp);
    view.resize(1400, 1000);
    view.setFilter({});
    // Busy while it works, on a thread of its own.
    BOOST_TEST(view.isBusy());
    BOOST_TEST(child<QProgressBar>(&view, "assessmentBusy")->isVisibleTo(&view));
    int computed = 0;
    QObject::connect(&view, &AssessmentView::computed, [&computed] { ++computed; });
    waitComputed(view);
    BOOST_TEST(computed == 1);
    BOOST_TEST(!child<QProgressBar>(&view, "assessmentBusy")->isVisibleTo(&view));
    BOOST_REQUIRE_MESSAGE(view.lastError().ok(), view.lastError().message);
    BOOST_TEST(child<QStackedWidget>(&view, "assessmentStack")->currentIndex() == 0);
    BOOST_TEST(view.data().filter.period.code() == data.filter.period.code());
    BOOST_TEST(view.data().filter.period.code() == monthName(lastMonth));

    // Tiles.
    BOOST_TEST(labelText(&view, "tileRmsValue") == QStringLiteral("2"));
    BOOST_TEST(labelText(&view, "tileAverageValue") == KpiText::points(data.tiles.averageTotal));
    BOOST_TEST(labelText(&view, "tileOnTimeValue") == QStringLiteral("50.0%"));
    BOOST_TEST(labelText(&view, "tileOnTimeNote") == QStringLiteral("1 of 2 due on time, 1 late"));
    BOOST_TEST(labelText(&view, "tileNpsValue") == QStringLiteral("33.3"));
    BOOST_TEST(labelText(&view, "tileNpsNote").contains(QStringLiteral("3")));
    BOOST_TEST(labelText(&view, "tileEvaluationsValue") == QStringLiteral("0"));
    BOOST_TEST(labelText(&view, "tileMeasuresValue") == QStringLiteral("0"));
    BOOST_TEST(child<QWidget>(&view, "tileChecks")->isVisibleTo(&view));
    BOOST_TEST(labelText(&view, "tileChecksValue") == QStringLiteral("0"));

    // The table: a row per card with its scores, total, rank and trend as computed.
    auto* table = child<ScorecardTable>(&view, "scorecardTable");
    BOOST_REQUIRE(table->rowCount() == 2);
    for (int r = 0; r < table->rowCount(); ++r) {
        const QString rm = table->rmAt(r);
        const auto card = std::find_if(data.scorecards.cards.cbegin(), data.scorecards.cards.cend(),
                                       [&rm](const Scorecard& c) { return c.rm == rm; });
        BOOST_REQUIRE(card != data.scorecards.cards.cend());
        BOOST_TEST(table->item(r, 1)->text() == QStringLiteral("B001"));
        BOOST_TEST(table->item(r, table->tailColumn(ScorecardTable::Total))->text() ==
                   KpiText::points(card->total, 2));
        BOOST_TEST(table->item(r, table->tailColumn(ScorecardTable::Rank))->text() ==
                   QString::number(card->rank));
        BOOST_TEST(table->item(r, table->tailColumn(ScorecardTable::Trend))->text() ==
                   KpiText::trend(card->trend));
        for (const KpiScore& s : card->kpis) {
            QTableWidgetItem* cell = table->item(r, table->kpiColumn(s.kpi));
            BOOST_REQUIRE(cell);
            BOOST_TEST(cell->text() == KpiText::points(s.score));
            BOOST_TEST(cell->toolTip().contains(KpiText::value(s.kpi, s.actual)));
        }
    }
    // wang.fang's complaint score: 50 % of the 95 % target = 52.6 points.
    const int complaints = table->kpiColumn(QStringLiteral("complaint_on_time"));
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->rmAt(r) == QStringLiteral("wang.fang"))
            BOOST_TEST(table->item(r, complaints)->text() == QStringLiteral("52.6"));
    // Sortable by total, numbers as numbers.
    table->sortItems(table->tailColumn(ScorecardTable::Total), Qt::DescendingOrder);
    BOOST_TEST(
        table->item(0, table->tailColumn(ScorecardTable::Total))->data(Qt::UserRole).toDouble() >=
        table->item(1, table->tailColumn(ScorecardTable::Total))->data(Qt::UserRole).toDouble());

    // One branch in scope: the branch chart shows its RMs' totals.
    auto* branches = seriesOf<QBarSeries>(child<QChartView>(&view, "branchChart"));
    QList<double> totals;
    for (const Scorecard& c : data.scorecards.cards)
        totals << c.total.value_or(0.0);
    BOOST_TEST(values(branches->barSets().first()) == totals);

    // Complaints on time: stacked bars per month and the rate where there is one.
    auto* onTime = seriesOf<QStackedBarSeries>(child<QChartView>(&view, "onTimeChart"));
    QList<double> expectOnTime(12, 0.0), expectLate(12, 0.0);
    expectOnTime[10] = 1;
    expectOnTime[11] = 1;
    expectLate[11] = 1;
    BOOST_TEST(values(setNamed(onTime, QStringLiteral("On time"))) == expectOnTime);
    BOOST_TEST(values(setNamed(onTime, QStringLiteral("Late"))) == expectLate);
    BOOST_TEST((pointsOf(child<QChartView>(&view, "onTimeChart")) ==
                QList<QPointF>{{10, 100.0}, {11, 50.0}}));
    for (int i = 0; i < 12; ++i)
        BOOST_TEST(data.onTime[i].onTime == expectOnTime[i]);

    // Surveys: responses per month, the NPS line where answers were given.
    auto* surveys = seriesOf<QBarSeries>(child<QChartView>(&view, "surveyChart"));
    QList<double> responses(12, 0.0);
    responses[9] = 1;
    responses[11] = 3;
    BOOST_TEST(values(surveys->barSets().first()) == responses);
    const QList<QPointF> nps = pointsOf(child<QChartView>(&view, "surveyChart"));
    BOOST_REQUIRE(nps.size() == 2);
    BOOST_TEST((nps[0] == QPointF(9, 0.0)));
    BOOST_TEST(nps[1].x() == 11.0);
    BOOST_TEST(nps[1].y() == 100.0 / 3.0, tt::tolerance(1e-9));

    // Double-clicking a row asks for that RM's customers.
    QList<CustomerListQuery> asked;
    QObject::connect(&view, &AssessmentView::customersRequested,
                     [&asked](const CustomerListQuery& q) { asked << q; });
    emit table->cellDoubleClicked(0, 0);
    BOOST_REQUIRE(asked.size() == 1);
    const CustomerListQuery query = asked.first();
    BOOST_TEST(query.rmName == table->rmAt(0));
    BOOST_TEST(query.branch == QStringLiteral("B001"));

    saveShot(&view, QStringLiteral("assessment-en.png"));
}

BOOST_AUTO_TEST_CASE(an_rm_sees_their_own_row)
{
    runStages(*vault);
    AssessmentView view(*rm);
    view.setFilter({});
    waitComputed(view);
    BOOST_REQUIRE_MESSAGE(view.lastError().ok(), view.lastError().message);
    auto* table = child<ScorecardTable>(&view, "scorecardTable");
    BOOST_REQUIRE(table->rowCount() == 1);
    BOOST_TEST(table->rmAt(0) == QStringLiteral("wang.fang"));
    BOOST_TEST(!child<QComboBox>(&view, "assessmentRm")->isVisibleTo(&view));
    BOOST_TEST(!child<QComboBox>(&view, "assessmentBranch")->isVisibleTo(&view));
    BOOST_TEST(labelText(&view, "tileOnTimeValue") == QStringLiteral("50.0%"));
    // Identity changes are checked by others: no such figure for an RM.
    BOOST_TEST(!child<QWidget>(&view, "tileChecks")->isVisibleTo(&view));
    BOOST_TEST(!view.csvText().contains(QStringLiteral("Identity changes")));
    const DashboardReportContent report = view.reportContent();
    BOOST_TEST(report.header.contains(QStringLiteral("Branch: B001")));
    BOOST_TEST(report.header.contains(QStringLiteral("RM: wang.fang")));
}

BOOST_AUTO_TEST_CASE(periods_offered_and_the_filter_round_trip)
{
    runStages(*vault);
    AssessmentView view(*comp);
    auto* kind = child<QComboBox>(&view, "assessmentKind");
    auto* period = child<QComboBox>(&view, "assessmentPeriod");
    BOOST_TEST(period->count() == 36);
    BOOST_TEST(period->itemData(0).toString() == monthName(lastMonth));
    kind->setCurrentIndex(kind->findData(int(KpiPeriod::Quarter)));
    BOOST_TEST(period->count() == 12);
    kind->setCurrentIndex(kind->findData(int(KpiPeriod::Year)));
    BOOST_TEST(period->count() == 3);
    BOOST_TEST(period->itemData(0).toString() == QString::number(QDate::currentDate().year() - 1));
    waitComputed(view);
    AssessmentDashboardFilter f;
    f.period = KpiPeriod::monthOf(monthStart(lastMonth - 1));
    f.trendFrom = lastMonth - 3;
    f.rm = QStringLiteral("wang.fang");
    view.setFilter(f);
    BOOST_TEST(view.filter().period.code() == monthName(lastMonth - 1));
    BOOST_TEST(view.filter().trendFrom == lastMonth - 3);
    BOOST_TEST(view.filter().rm == QStringLiteral("wang.fang"));
    waitComputed(view);
    BOOST_REQUIRE_MESSAGE(view.lastError().ok(), view.lastError().message);
    BOOST_TEST(view.data().onTime.size() == 3);
    BOOST_TEST(labelText(&view, "tileOnTimeValue") == QStringLiteral("100.0%"));
    BOOST_TEST(child<ScorecardTable>(&view, "scorecardTable")->rowCount() == 1);
}

BOOST_AUTO_TEST_CASE(png_csv_and_report_hold_the_numbers)
{
    runStages(*vault);
    AssessmentView view(*comp);
    view.resize(1400, 1000);
    view.show();
    view.setFilter({});
    waitComputed(view);
    const QString png = folder.file(QStringLiteral("assessment.png"));
    Dialogs::setNextFileName(png);
    click(&view, "assessmentSavePng");
    QImage image(png);
    BOOST_TEST(!image.isNull());
    BOOST_TEST(image.width() > 600);

    const QString csv = folder.file(QStringLiteral("assessment.csv"));
    Dialogs::setNextFileName(csv);
    click(&view, "assessmentSaveCsv");
    QFile file(csv);
    BOOST_REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    BOOST_TEST(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"));
    BOOST_TEST(QString::fromUtf8(bytes.mid(3)) == view.csvText());
    BOOST_TEST(lines.contains(QStringLiteral("RMs scored,2")));
    BOOST_TEST(lines.contains(QStringLiteral("Complaints due,2")));
    BOOST_TEST(lines.contains(QStringLiteral("On-time rate (%),50.00")));
    BOOST_TEST(lines.contains(QStringLiteral("NPS,33.3")));
    BOOST_TEST(lines.contains(QStringLiteral("NPS responses,3")));
    BOOST_TEST(lines.contains(QStringLiteral("Identity changes awaiting a check,0")));
    BOOST_TEST(lines.contains(QStringLiteral("Identity changes late for their check,0")));
    BOOST_TEST(lines.contains(QStringLiteral("%1,2,1,1,50.00").arg(monthName(lastMonth))));
    BOOST_TEST(lines.contains(QStringLiteral("%1,1,1,0,100.00").arg(monthName(lastMonth - 1))));
    BOOST_TEST(lines.contains(QStringLiteral("%1,3,3,33.3,").arg(monthName(lastMonth))));
    BOOST_TEST(lines.contains(QStringLiteral("%1,1,1,0.0,").arg(monthName(lastMonth - 2))));
    BOOST_TEST(lines.contains(
        QStringLiteral("wang.fang,B001,complaint_on_time,50.00,95.00,10.00,52.63,52.63")));

    const DashboardReportContent report = view.reportContent();
    BOOST_TEST(!report.title.isEmpty());
    BOOST_TEST(report.header.contains(QStringLiteral("Period: %1").arg(monthName(lastMonth))));
    BOOST_TEST(report.header.contains(QStringLiteral("Branch: All branches")));
    BOOST_TEST(report.header.contains(QStringLiteral("RM: All RMs")));
    BOOST_TEST(report.sections.size() == 5);
    BOOST_TEST(report.sections.contains(child<QWidget>(&view, "scorecardTable")));
    const QString pdf = folder.file(QStringLiteral("assessment.pdf"));
    QString why;
    BOOST_TEST(view.savePdf(pdf, &why), why.toStdString());
    QFile written(pdf);
    BOOST_REQUIRE(written.open(QIODevice::ReadOnly));
    BOOST_TEST(written.read(5) == QByteArray("%PDF-"));
}

BOOST_AUTO_TEST_CASE(empty_states)
{
    // No stage run yet: the cube was never built.
    AssessmentView view(*comp);
    view.setFilter({});
    waitComputed(view);
    BOOST_TEST(child<QStackedWidget>(&view, "assessmentStack")->currentIndex() == 1);
    BOOST_TEST(
        labelText(&view, "assessmentEmpty").contains(QStringLiteral("rmdesk-cli stage run")));
    BOOST_TEST(!child<QPushButton>(&view, "assessmentSavePng")->isEnabled());
    BOOST_TEST(!child<QPushButton>(&view, "assessmentSavePdf")->isEnabled());

    // A branch without RMs.
    runStages(*vault);
    addUser(QStringLiteral("sup9"), Role::Supervisor, QStringLiteral("B002"));
    auto sup = loginAs(QStringLiteral("sup9"), userPassword);
    AssessmentView other(*sup);
    other.setFilter({});
    waitComputed(other);
    BOOST_TEST(other.lastError().ok());
    BOOST_TEST(other.data().scorecards.cards.isEmpty());
    BOOST_TEST(child<QStackedWidget>(&other, "assessmentStack")->currentIndex() == 1);
    BOOST_TEST(labelText(&other, "assessmentEmpty")
                   .startsWith(QStringLiteral("There is no active relationship manager")));
}

// The dashboard in Chinese, for a look (RMDESK_SCREENSHOT_DIR): before the first stage run, with
// its figures, and for a branch without RMs.
BOOST_AUTO_TEST_CASE(chinese_screenshots)
{
    if (shotDir().isEmpty())
        return;
    addUser(QStringLiteral("sup9"), Role::Supervisor, QStringLiteral("B002"));
    auto sup = loginAs(QStringLiteral("sup9"), userPassword);
    useLanguage(QStringLiteral("zh_CN"));
    auto shoot = [](Vault& who, const QSize& size, const char* name) {
        AssessmentView view(who);
        view.resize(size);
        view.show();
        view.setFilter({});
        waitComputed(view);
        saveShot(&view, QString::fromLatin1(name));
        if (view.data().cubeBuilt() && !view.data().scorecards.cards.isEmpty()) {
            QString why;
            const QString pdf =
                QDir(shotDir()).filePath(QString::fromLatin1(name).replace(".png", ".pdf"));
            BOOST_TEST(view.savePdf(pdf, &why), why.toStdString());
        }
    };
    shoot(*comp, QSize(1000, 400), "assessment-nocube-zh_CN.png");
    runStages(*vault);
    shoot(*comp, QSize(1400, 1900), "assessment-zh_CN.png");
    shoot(*comp, QSize(1000, 700), "assessment-narrow-zh_CN.png");
    shoot(*sup, QSize(1000, 400), "assessment-norms-zh_CN.png");
    useLanguage(QStringLiteral("en"));
}

BOOST_AUTO_TEST_SUITE_END()
