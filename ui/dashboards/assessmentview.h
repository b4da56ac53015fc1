#pragma once

#include "dashboards/assessmentdashboard.h"
#include "dashboards/dashboardreport.h"
#include "stores/customerlisting.h"

#include <QDateTime>
#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;

namespace rmdesk {

class BackgroundTask;
class DashboardFrame;
class DashboardTile;
class ScorecardTable;
class Vault;

// The assessment dashboard (specification 7.2): filters (period, branch, RM), tiles, the
// scorecard table, the branch comparison, the complaint on-time trend and the survey trend. The
// figures come from AssessmentDashboard::compute(), run on a thread of its own with its own
// connection while a busy bar shows; the charts only draw them. Double-clicking an RM's row asks
// for that RM's customers (customersRequested).
class AssessmentView : public QWidget
{
    Q_OBJECT
public:
    // `now` fixes "the last complete month" (tests); the default is the clock.
    explicit AssessmentView(Vault& vault, const QDateTime& now = QDateTime(),
                            QWidget* parent = nullptr);
    ~AssessmentView() override;

    // Computes again with the filters as they are (once the running computation is done).
    void refresh();
    void setFilter(const AssessmentDashboardFilter& filter);
    AssessmentDashboardFilter filter() const;
    bool isBusy() const;
    const AssessmentDashboardData& data() const { return m_data; }
    const StoreError& lastError() const { return m_error; }

    bool savePng(const QString& fileName);
    bool saveCsv(const QString& fileName);
    // Every number shown, as CSV rows (UTF-8 text; saveCsv adds the byte-order mark).
    QString csvText() const;
    // The title, the period / branch / RM lines as shown, and the sections in print order.
    DashboardReportContent reportContent() const;
    bool savePdf(const QString& fileName, QString* error = nullptr);

signals:
    void customersRequested(const CustomerListQuery& query);
    void computed(); // the figures (or the error) are on screen

protected:
    void showEvent(QShowEvent* event) override;

private:
    void buildFilters();
    QWidget* buildContent();
    void fillPeriods();
    void display();
    void showTiles();
    QString periodText(const KpiPeriod& period) const;
    QDateTime now() const;

    Vault& m_vault;
    QDateTime m_now;
    int m_trendFrom = 0; // as set by setFilter (the view offers no choice of its own)
    AssessmentDashboardData m_data;
    StoreError m_error;
    BackgroundTask* m_task;
    DashboardFrame* m_frame = nullptr;
    bool m_shown = false;

    QComboBox* m_kind = nullptr;
    QComboBox* m_period = nullptr;
    QComboBox* m_branch = nullptr;
    QComboBox* m_rm = nullptr;
    QLabel* m_asOf = nullptr;
    QWidget* m_content = nullptr;
    QWidget* m_tileRow = nullptr;
    QList<DashboardTile*> m_tiles;
    ScorecardTable* m_table = nullptr;
    QChartView* m_branchChart = nullptr;
    QChartView* m_onTimeChart = nullptr;
    QChartView* m_surveyChart = nullptr;
};

} // namespace rmdesk
