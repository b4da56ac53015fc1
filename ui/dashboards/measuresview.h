#pragma once

#include "stores/supervisionstore.h"

#include <QDateTime>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace rmdesk {

class Vault;

// Improvement measures (specification 3.4, 7.4): a filter (all / open / overdue), the measures
// in scope (owners their own, supervisors the branch's, compliance all) with overdue ones in the
// warning colour and marked in words, and the selected one's description and done note. A
// supervisor adds measures; the owner or a supervisor of the branch starts and completes them;
// compliance reads. Object names: measuresView, measureFilter, addMeasureButton,
// startMeasureButton, completeMeasureButton, measuresTable, measuresEmpty, measureDetail,
// measureDetailTitle, measureDetailDescription, measureDetailDone.
class MeasuresView : public QWidget
{
    Q_OBJECT
public:
    enum Column { TitleColumn, OwnerColumn, DueColumn, StatusColumn, SourceColumn, ColumnCount };
    enum Filter { All, Open, Overdue };

    explicit MeasuresView(Vault& vault, const QDateTime& now = QDateTime(),
                          QWidget* parent = nullptr);

    // Reads the measures again, keeping the selection.
    void refresh();
    void setFilter(Filter filter);
    const QList<ImprovementMeasure>& measures() const { return m_list; }
    qint64 selectedId() const;
    void select(qint64 id);

    static QString statusLabel(const QString& status);
    static QString sourceLabel(const QString& source, qint64 sourceId);

signals:
    void changed(); // a measure was added, started or completed here

private:
    const ImprovementMeasure* selected() const;
    void showSelected();
    void addMeasure();
    void startMeasure();
    void completeMeasure();
    bool mayChange(const ImprovementMeasure& m) const;
    QDateTime now() const;

    Vault& m_vault;
    QDateTime m_now;
    bool m_mayAdd = false;
    bool m_mayChangeAny = false; // the role may change some measures (owner or supervisor)
    QList<ImprovementMeasure> m_list;
    QComboBox* m_filter = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_complete = nullptr;
    QStackedWidget* m_stack = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_empty = nullptr;
    QWidget* m_detail = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_description = nullptr;
    QLabel* m_done = nullptr;
};

} // namespace rmdesk
