#include "navigationrail.h"

#include <QFontMetrics>

namespace rmdesk {

NavigationRail::NavigationRail(QWidget* parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("navigationRail"));
    setViewMode(QListView::IconMode);
    setFlow(QListView::TopToBottom);
    setMovement(QListView::Static);
    setResizeMode(QListView::Adjust);
    setWrapping(false);
    setUniformItemSizes(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    const int icon = fontMetrics().height() * 2;
    setIconSize(QSize(icon, icon));
    setSpacing(fontMetrics().height() / 3);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Base, p.color(QPalette::Window).darker(104));
    setPalette(p);
}

void NavigationRail::addEntry(const QIcon& icon, const QString& label, const QString& objectName)
{
    auto* item = new QListWidgetItem(icon, label, this);
    item->setData(Qt::UserRole, objectName);
    item->setTextAlignment(Qt::AlignHCenter);
    item->setSizeHint(QSize(sizeHint().width() - 2 * spacing(), fontMetrics().height() * 4));
    if (count() == 1)
        setCurrentRow(0);
}

QSize NavigationRail::sizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    return QSize(fm.horizontalAdvance(QLatin1Char('M')) * 8, QListWidget::sizeHint().height());
}

} // namespace rmdesk
