// The retention dashboard on a real encrypted database, driven by object name; the book is
// DashboardUiFixture's (dashboardfixture.h).
#include "customerlistmodel.h"
#include "dashboardfixture.h"
#include "dashboards/dashboardwidgets.h"
#include "dashboards/retentionview.h"
#include "mainwindow.h"
#include "navigationrail.h"
#include "pages/customerspage.h"
#include "pages/dashboardspage.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineSeries>
#include <QProgressBar>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableWidget>

using namespace rmdesk;
using namespace rmdesk::test;
namespace tt = boost::test_tools;

namespace {

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

} // namespace

BOOST_FIXTURE_TEST_SUITE(ui_dashboards, DashboardUiFixture)

BOOST_AUTO_TEST_CASE(tiles_and_charts_hold_the_computed_figures)
{
    runStages(*vault);
    const RetentionDashboardData data = expected(*comp);
    BOOST_REQUIRE(data.months.size() == 10);
    // The hand-worked figures first (see the header).
    BOOST_TEST(data.tiles.active == 3);
    BOOST_TEST(data.tiles.netNew == 3);
    BOOST_TEST(data.tiles.aumFen == 10300);
    BOOST_TEST(*data.months[2].churnRate == 1.0 / 3.0, tt::tolerance(1e-12));

    RetentionView view(*comp);
    view.setFilter({first, last, {}, {}, {}});
    // Busy while it works, on a thread of its own.
    BOOST_TEST(view.isBusy());
    BOOST_TEST(child<QProgressBar>(&view, "retentionBusy")->isVisibleTo(&view));
    waitComputed(view);
    BOOST_TEST(!child<QProgressBar>(&view, "retentionBusy")->isVisibleTo(&view));
    BOOST_TEST(view.lastError().ok());
    BOOST_TEST(child<QStackedWidget>(&view, "retentionStack")->currentIndex() ==
               0); // not the empty state

    BOOST_TEST(labelText(&view, "tileActiveValue") == QLocale().toString(data.tiles.active));
    BOOST_TEST(labelText(&view, "tileNetNewValue") == QStringLiteral("+3"));
    BOOST_TEST(labelText(&view, "tileAumValue") == QStringLiteral("103.00"));
    BOOST_TEST(labelText(&view, "tileChurnValue") ==
               DashboardStyle::percent(data.tiles.churnRate, 2));
    BOOST_TEST(labelText(&view, "tileRetentionValue") ==
               DashboardStyle::percent(data.tiles.retention12));

    // Months: new, won back and churned bars, the active line.
    auto* months = child<QChartView>(&view, "monthsChart");
    auto* bars = seriesOf<QBarSeries>(months);
    QList<double> active, newOnes, wonBack, churned;
    for (const RetentionMonth& m : data.months) {
        active << m.active;
        newOnes << m.newCustomers;
        wonBack << m.wonBack;
        churned << m.churned;
    }
    BOOST_TEST(values(setNamed(bars, QStringLiteral("New"))) == newOnes);
    BOOST_TEST(values(setNamed(bars, QStringLiteral("Won back"))) == wonBack);
    BOOST_TEST(values(setNamed(bars, QStringLiteral("Churned"))) == churned);
    BOOST_TEST((churned == QList<double>{0, 0, 1, 0, 0, 0, 1, 0, 0, 0}));
    QList<double> line;
    for (const QPointF& p : seriesOf<QLineSeries>(months)->points())
        line << p.y();
    BOOST_TEST(line == active);
    BOOST_TEST((active == QList<double>{3, 3, 3, 3, 3, 4, 3, 3, 3, 3}));
    BOOST_TEST(!months->chart()->axes().isEmpty());

    // Segments: one bar set per tier, its 12-month retention in percent, in tier order.
    auto* segments = seriesOf<QBarSeries>(child<QChartView>(&view, "segmentChart"));
    BOOST_REQUIRE(segments->count() == data.segments.size());
    BOOST_REQUIRE(segments->count() == 3);
    for (int i = 0; i < data.segments.size(); ++i) {
        QList<double> expectedShares;
        for (const RetentionMonth& m : data.segments[i].months)
            expectedShares << (m.retention12 ? *m.retention12 * 100.0 : 0.0);
        BOOST_TEST(values(segments->barSets().at(i)) == expectedShares);
        BOOST_TEST(segments->barSets().at(i)->color().name() ==
                   DashboardStyle::segmentColour(data.segments[i].segment).name());
    }

    // The funnel, first stage on top (categories run upwards), and the heatmap.
    auto* funnel = seriesOf<QHorizontalBarSeries>(child<QChartView>(&view, "funnelChart"));
    QList<double> stages;
    for (const FunnelStage& s : data.funnel)
        stages.prepend(s.customers);
    BOOST_TEST(values(funnel->barSets().first()) == stages);
    auto* heat = child<QTableWidget>(&view, "cohortTable");
    BOOST_REQUIRE(heat->rowCount() == data.cohorts.size());
    BOOST_REQUIRE(data.cohorts.size() == 2); // F (a, b, d) and F + 2 (c)
    BOOST_TEST(data.cohorts[0].size == 3);
    BOOST_TEST(heat->item(0, 2)->text() == QStringLiteral("67%")); // a, b of a, b, d
    BOOST_TEST(heat->item(0, 2)->data(Qt::UserRole).toDouble() == 2.0 / 3.0, tt::tolerance(1e-12));
    BOOST_TEST(heat->item(1, 0)->text() == QStringLiteral("100%"));
}

BOOST_AUTO_TEST_CASE(a_funnel_bar_opens_the_customer_list_with_its_stage)
{
    runStages(*vault);
    MainWindow window(*comp);
    window.show();
    auto* page = child<DashboardsPage>(&window, "dashboardsPage");
    window.rail()->setCurrentRow(window.pages()->indexOf(page));
    RetentionView* view = page->retentionView();
    view->setFilter({first, last, {}, {}, QStringLiteral("mass")});
    waitComputed(*view);
    const RetentionDashboardData& data = view->data();
    BOOST_REQUIRE(data.filter.segment == QStringLiteral("mass"));
    auto* funnel = seriesOf<QHorizontalBarSeries>(child<QChartView>(view, "funnelChart"));
    // The bar of the first stage with customers (bars count from the bottom).
    int index = -1;
    QString stage;
    for (int i = 0; i < data.funnel.size() && index < 0; ++i)
        if (data.funnel[i].customers > 0) {
            index = int(data.funnel.size()) - 1 - i;
            stage = data.funnel[i].stage;
        }
    BOOST_REQUIRE(index >= 0);
    emit funnel->barSets().first()->clicked(index);
    auto* customers = child<CustomersPage>(&window, "customersPage");
    BOOST_TEST(window.pages()->currentWidget() == customers);
    BOOST_TEST(child<QComboBox>(customers, "stageFilter")->currentData().toString() == stage);
    BOOST_TEST(child<QComboBox>(customers, "tierFilter")->currentData().toString() ==
               QStringLiteral("mass"));
    BOOST_TEST(customers->model()->query().stage == stage);
    BOOST_TEST(customers->model()->query().tier == QStringLiteral("mass"));
}

BOOST_AUTO_TEST_CASE(png_and_csv_hold_the_numbers)
{
    runStages(*vault);
    const RetentionDashboardData data = expected(*comp);
    RetentionView view(*comp);
    view.resize(1200, 900);
    view.show();
    view.setFilter({first, last, {}, {}, {}});
    waitComputed(view);
    const QString png = folder.file(QStringLiteral("retention.png"));
    Dialogs::setNextFileName(png);
    click(&view, "retentionSavePng");
    QImage image(png);
    BOOST_TEST(!image.isNull());
    BOOST_TEST(image.width() > 600);

    const QString csv = folder.file(QStringLiteral("retention.csv"));
    Dialogs::setNextFileName(csv);
    click(&view, "retentionSaveCsv");
    QFile file(csv);
    BOOST_REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    BOOST_TEST(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"));
    BOOST_TEST(lines.contains(QStringLiteral("Active customers,3")));
    BOOST_TEST(lines.contains(QStringLiteral("Net new customers,3")));
    BOOST_TEST(lines.contains(QStringLiteral("AUM at the end (yuan),103.00")));
    // F + 2: 3 active, c new, d churned: 1 of 3.
    BOOST_TEST(lines.contains(QStringLiteral("%1,3,1,0,1,0,33.33,").arg(monthName(first + 2))));
    for (const RetentionMonth& m : data.months)
        BOOST_TEST(
            lines.contains(QStringLiteral("%1,%2,%3,%4,%5,%6,")
                               .arg(monthName(m.month))
                               .arg(m.active)
                               .arg(m.newCustomers)
                               .arg(m.wonBack)
                               .arg(m.churned)
                               .arg(m.netNew) +
                           (m.churnRate ? QString::number(*m.churnRate * 100, 'f', 2) : QString()) +
                           QLatin1Char(',')));
    BOOST_TEST(lines.contains(QStringLiteral("%1,3,100.00,100.00,66.67,66.67,66.67,100.00,66.67,"
                                             "66.67,66.67,66.67")
                                  .arg(monthName(first))));
    for (const FunnelStage& s : data.funnel)
        BOOST_TEST(lines.contains(QStringLiteral("%1,%2").arg(s.stage).arg(s.customers)));

    // Each file saved from a button is in the audit trail: which dashboard, which format, the
    // file's name, never a figure.
    QSqlQuery q(vault->database().connection());
    BOOST_REQUIRE(q.exec(QStringLiteral(
        "SELECT details FROM audit_log WHERE action = 'dashboard.export' ORDER BY id")));
    QStringList formats;
    while (q.next()) {
        const QJsonObject details = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
        BOOST_TEST(details.value(QStringLiteral("kind")).toString() == QStringLiteral("retention"));
        formats << details.value(QStringLiteral("format")).toString() + QLatin1Char(' ') +
                       details.value(QStringLiteral("file")).toString();
        BOOST_TEST(!q.value(0).toString().contains(QStringLiteral("103.00")));
    }
    BOOST_TEST(formats == (QStringList{QStringLiteral("png retention.png"),
                                       QStringLiteral("csv retention.csv")}),
               tt::per_element());
}

BOOST_AUTO_TEST_CASE(empty_states)
{
    // No stage run yet: the dashboard says what fills it, and builds nothing itself.
    RetentionView view(*comp);
    view.setFilter({first, last, {}, {}, {}});
    waitComputed(view);
    BOOST_TEST(!view.data().cubeBuilt());
    BOOST_TEST(labelText(&view, "retentionEmpty").contains(QStringLiteral("stage run")));
    BOOST_TEST(!child<QAbstractButton>(&view, "retentionSavePng")->isEnabled());
    // After a run, an RM without customers sees that nobody is in scope.
    runStages(*vault);
    auto other = loginAs(QStringLiteral("zhao.lei"), userPassword);
    RetentionView mine(*other);
    mine.setFilter({first, last, {}, {}, {}});
    waitComputed(mine);
    BOOST_TEST(mine.data().cubeBuilt());
    BOOST_TEST(mine.data().empty());
    BOOST_TEST(
        labelText(&mine, "retentionEmpty").startsWith(QStringLiteral("Nobody in this scope")));
}

BOOST_AUTO_TEST_SUITE_END()
