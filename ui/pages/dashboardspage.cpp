#include "dashboardspage.h"

#include "dashboards/retentionview.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace rmdesk {

DashboardsPage::DashboardsPage(Vault& vault, const QDateTime& now, QWidget* parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget)
    , m_retention(new RetentionView(vault, now))
{
    setObjectName(QStringLiteral("dashboardsPage"));
    m_tabs->setObjectName(QStringLiteral("dashboardTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_retention, tr("Retention"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    connect(m_retention, &RetentionView::customersRequested, this,
            &DashboardsPage::customersRequested);
}

} // namespace rmdesk
