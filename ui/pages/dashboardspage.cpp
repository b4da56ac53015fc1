#include "dashboardspage.h"

#include "dashboards/assessmentview.h"
#include "dashboards/evaluationsview.h"
#include "dashboards/measuresview.h"
#include "dashboards/retentionview.h"
#include "dashboards/spotchecksview.h"
#include "security/permissions.h"
#include "security/vault.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace rmdesk {

DashboardsPage::DashboardsPage(Vault& vault, const QDateTime& now, QWidget* parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget)
    , m_retention(new RetentionView(vault, now))
    , m_assessment(new AssessmentView(vault, now))
    , m_evaluations(new EvaluationsView(vault, now))
    , m_measures(new MeasuresView(vault, now))
{
    setObjectName(QStringLiteral("dashboardsPage"));
    m_tabs->setObjectName(QStringLiteral("dashboardTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_retention, tr("Retention"));
    m_tabs->addTab(m_assessment, tr("Assessment"));
    m_tabs->addTab(m_evaluations, tr("Evaluations"));
    // Spot checks are the supervisors' own sampling (their branch; compliance reads every
    // branch): an RM has nothing to read there.
    if (Permissions::scope(vault.session().role, Action::DashboardRead) != Scope::Own) {
        m_spotChecks = new SpotChecksView(vault, now);
        m_tabs->addTab(m_spotChecks, tr("Spot checks"));
        connect(m_spotChecks, &SpotChecksView::measureAdded, m_measures, &MeasuresView::refresh);
    }
    m_tabs->addTab(m_measures, tr("Improvement measures"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    connect(m_retention, &RetentionView::customersRequested, this,
            &DashboardsPage::customersRequested);
    connect(m_assessment, &AssessmentView::customersRequested, this,
            &DashboardsPage::customersRequested);
    // The records behind the assessment change elsewhere too (the CLI, another desk): read them
    // again whenever their tab is opened.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        QWidget* shown = m_tabs->widget(index);
        if (shown == m_evaluations)
            m_evaluations->refresh();
        else if (m_spotChecks && shown == m_spotChecks)
            m_spotChecks->refresh();
        else if (shown == m_measures)
            m_measures->refresh();
    });
}

} // namespace rmdesk
