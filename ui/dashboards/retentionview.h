#pragma once

#include "dashboards/dashboardreport.h"
#include "dashboards/retentiondashboard.h"
#include "stores/customerlisting.h"

#include <QDateTime>
#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;

namespace rmdesk {

class BackgroundTask;
class DashboardFrame;

class CohortHeatmap;
class DashboardTile;
class Vault;

// The retention dashboard (specification 4.4): filters (period, branch, RM, segment), tiles,
// charts of the months, the segments, the cohorts, the lifecycle funnel and the churn reasons.
// The figures come from RetentionDashboard::compute(), run on a thread of its own with its own
// connection while a busy bar shows; the charts only draw them. Clicking a funnel bar, a segment
// or a month's bar asks for the matching customer list (customersRequested); the page passes it
// on to the Customers page.
class RetentionView : public QWidget
{
    Q_OBJECT
public:
    // `now` fixes "the last complete month" (tests); the default is the clock.
    explicit RetentionView(Vault& vault, const QDateTime& now = QDateTime(),
                           QWidget* parent = nullptr);
    ~RetentionView() override;

    // Computes again with the filters as they are (once the running computation is done).
    void refresh();
    void setFilter(const RetentionDashboardFilter& filter);
    RetentionDashboardFilter filter() const;
    bool isBusy() const;
    const RetentionDashboardData& data() const { return m_data; }
    const StoreError& lastError() const { return m_error; }

    bool savePng(const QString& fileName);
    bool saveCsv(const QString& fileName);
    // Every number shown, as CSV rows (UTF-8 text; saveCsv adds the byte-order mark).
    QString csvText() const;
    // The title, the period / branch / RM / segment lines as shown, and the sections in print
    // order: the tiles, the charts and the cohort table.
    DashboardReportContent reportContent() const;
    // The dashboard as a PDF report (DashboardReport); false with the reason in `error` when
    // there are no figures on screen or the file cannot be written.
    bool savePdf(const QString& fileName, QString* error = nullptr);

    // The list a click opens: the dashboard's branch, RM and segment plus `stage` / `status`.
    CustomerListQuery listQuery(const QString& stage, const QString& status = QString(),
                                const QString& tier = QString()) const;

signals:
    void customersRequested(const CustomerListQuery& query);
    void computed(); // the figures (or the error) are on screen

protected:
    void showEvent(QShowEvent* event) override;

private:
    void buildFilters();
    QWidget* buildContent();
    void fillMonths();
    void display();
    void showTiles();
    void showMonths();
    void showSegments();
    void showFunnel();
    void showReasons();
    QDateTime now() const;
    bool figuresShown() const;

    Vault& m_vault;
    QDateTime m_now;
    RetentionDashboardData m_data;
    StoreError m_error;
    BackgroundTask* m_task;
    DashboardFrame* m_frame = nullptr;
    bool m_shown = false;

    QComboBox* m_from = nullptr;
    QComboBox* m_to = nullptr;
    QComboBox* m_branch = nullptr;
    QComboBox* m_rm = nullptr;
    QComboBox* m_segment = nullptr;
    QLabel* m_asOf = nullptr;
    QWidget* m_content = nullptr;
    QWidget* m_tileRow = nullptr;
    QList<DashboardTile*> m_tiles;
    QChartView* m_monthsChart = nullptr;
    QChartView* m_segmentChart = nullptr;
    QChartView* m_funnelChart = nullptr;
    QChartView* m_reasonsChart = nullptr;
    CohortHeatmap* m_heatmap = nullptr;
};

} // namespace rmdesk
