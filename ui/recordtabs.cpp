#include "recordtabs.h"

#include <QShortcut>
#include <QTabBar>

namespace rmdesk {

RecordTabs::RecordTabs(const QString& objectName, QWidget* list, const QString& listTitle,
                       QWidget* parent)
    : QTabWidget(parent)
{
    setObjectName(objectName);
    setDocumentMode(true);
    setTabsClosable(true);
    addTab(list, listTitle);
    for (auto side : {QTabBar::LeftSide, QTabBar::RightSide})
        tabBar()->setTabButton(0, side, nullptr);
    connect(this, &QTabWidget::tabCloseRequested, this, &RecordTabs::closeRecord);
    auto* close = new QShortcut(QKeySequence::Close, this);
    close->setContext(Qt::WidgetWithChildrenShortcut);
    connect(close, &QShortcut::activated, this, [this] { closeRecord(currentIndex()); });
}

void RecordTabs::closeRecord(int index)
{
    if (index <= 0)
        return;
    QWidget* view = widget(index);
    removeTab(index);
    view->deleteLater();
}

} // namespace rmdesk
