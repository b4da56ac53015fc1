#pragma once

#include <QTabWidget>

namespace rmdesk {

// A page's list in a first tab that cannot be closed, and a closable tab per record opened from
// it (a customer's 360 view, a complaint); Ctrl+W closes the current record.
class RecordTabs : public QTabWidget
{
    Q_OBJECT
public:
    RecordTabs(const QString& objectName, QWidget* list, const QString& listTitle,
               QWidget* parent = nullptr);

    // The open record of type View for which `matches` holds, or nullptr.
    template <class View, class Matches> View* find(Matches matches) const
    {
        for (int i = 1; i < count(); ++i)
            if (auto* view = qobject_cast<View*>(widget(i)); view && matches(view))
                return view;
        return nullptr;
    }

    // Shows `view` in a tab of its own; the tab follows the view's titleChanged(QString).
    template <class View> void addRecord(View* view, const QString& toolTip)
    {
        const int index = addTab(view, view->title());
        setTabToolTip(index, toolTip);
        setCurrentIndex(index);
        connect(view, &View::titleChanged, this,
                [this, view](const QString& title) { setTabText(indexOf(view), title); });
    }

    void closeRecord(int index);
};

} // namespace rmdesk
