#pragma once

#include "stores/customerlisting.h"

#include <QDateTime>
#include <QWidget>

class QTabWidget;

namespace rmdesk {

class RetentionView;
class Vault;

// 看板 Dashboards (DashboardRead: RMs, supervisors, compliance): a tab per dashboard. Clicking
// into a chart asks for a customer list (customersRequested), which the main window opens on the
// Customers page.
class DashboardsPage : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardsPage(Vault& vault, const QDateTime& now = QDateTime(),
                            QWidget* parent = nullptr);

    RetentionView* retentionView() const { return m_retention; }
    QTabWidget* tabs() const { return m_tabs; }

signals:
    void customersRequested(const CustomerListQuery& query);

private:
    QTabWidget* m_tabs;
    RetentionView* m_retention;
};

} // namespace rmdesk
