#pragma once

#include <QListWidget>

namespace rmdesk {

// The navigation rail on the left of the main window: an icon and a short label per page.
class NavigationRail : public QListWidget
{
    Q_OBJECT
public:
    explicit NavigationRail(QWidget* parent = nullptr);
    void addEntry(const QIcon& icon, const QString& label, const QString& objectName);

protected:
    QSize sizeHint() const override;

private:
    int m_labelWidth = 0;
};

} // namespace rmdesk
