#include "navigationrail.h"

#include <QFontMetrics>

#include <algorithm>

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
    // The rail grows to the longest label, so none is cut short.
    m_labelWidth = std::max(m_labelWidth, fontMetrics().horizontalAdvance(label));
    for (int i = 0; i < count(); ++i)
        this->item(i)->setSizeHint(
            QSize(sizeHint().width() - 2 * spacing(), fontMetrics().height() * 4));
    updateGeometry();
    if (count() == 1)
        setCurrentRow(0);
}

QSize NavigationRail::sizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    const int width =
        std::max(fm.horizontalAdvance(QLatin1Char('M')) * 8,
                 m_labelWidth + 2 * spacing() + fm.horizontalAdvance(QLatin1Char('M')));
    return QSize(width, QListWidget::sizeHint().height());
}

} // namespace rmdesk
