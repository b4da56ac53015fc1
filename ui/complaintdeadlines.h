#pragma once

#include <QList>
#include <QWidget>

class QLabel;
class QStackedWidget;
class QTableWidget;

namespace rmdesk {

class Vault;

// For "My day": the session's open complaints that are overdue or due within the warning days
// (complaint_escalation, 3), most urgent first, with their deadline in the one palette (icon and
// text). Activating a row asks to open the complaint.
// Object names: complaintDeadlines, complaintDeadlinesView, complaintDeadlinesEmpty,
// complaintDeadlinesTitle.
class ComplaintDeadlines : public QWidget
{
    Q_OBJECT
public:
    explicit ComplaintDeadlines(Vault& vault, QWidget* parent = nullptr);

    void refresh();
    int count() const { return int(m_ids.size()); }

signals:
    void complaintChosen(qint64 id);

private:
    Vault& m_vault;
    QLabel* m_title;
    QTableWidget* m_table;
    QStackedWidget* m_stack;
    QLabel* m_empty;
    QList<qint64> m_ids;
};

} // namespace rmdesk
