#pragma once

#include "stores/customerlisting.h"

#include <QDateTime>
#include <QWidget>

class QTabWidget;

namespace rmdesk {

class AssessmentView;
class EvaluationsView;
class MeasuresView;
class RetentionView;
class SpotChecksView;
class Vault;

// 看板 Dashboards (DashboardRead: RMs, supervisors, compliance): a tab per dashboard (retention,
// assessment) and the supervision records behind the assessment (evaluations, spot checks —
// supervisors and compliance only —, improvement measures). Clicking into a chart asks for a
// customer list (customersRequested), which the main window opens on the Customers page.
class DashboardsPage : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardsPage(Vault& vault, const QDateTime& now = QDateTime(),
                            QWidget* parent = nullptr);

    RetentionView* retentionView() const { return m_retention; }
    AssessmentView* assessmentView() const { return m_assessment; }
    EvaluationsView* evaluationsView() const { return m_evaluations; }
    SpotChecksView* spotChecksView() const { return m_spotChecks; } // nullptr for an RM
    MeasuresView* measuresView() const { return m_measures; }
    QTabWidget* tabs() const { return m_tabs; }

signals:
    void customersRequested(const CustomerListQuery& query);

private:
    QTabWidget* m_tabs;
    RetentionView* m_retention;
    AssessmentView* m_assessment;
    EvaluationsView* m_evaluations;
    SpotChecksView* m_spotChecks = nullptr;
    MeasuresView* m_measures;
};

} // namespace rmdesk
