#pragma once

#include "stores/supervisionstore.h"

#include <QDateTime>
#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace rmdesk {

class Vault;

// Supervision spot checks (specification 7.1): the samples drawn (period, drawn by/at, seed,
// checked n / m, issues) and the items of the selected one (record, customer when readable,
// finding, note, checked by/at). A supervisor draws samples (Draw sample…), records findings
// (Record finding…) and turns an issue into an improvement measure (Add measure…); compliance
// reads. Object names: spotChecksView, drawSampleButton, recordFindingButton,
// addMeasureFromItemButton, spotCheckStatus, samplesTable, samplesEmpty, sampleItemsTable,
// sampleItemsTitle.
class SpotChecksView : public QWidget
{
    Q_OBJECT
public:
    enum SampleColumn {
        PeriodColumn,
        BranchColumn,
        DrawnByColumn,
        DrawnAtColumn,
        SeedColumn,
        CheckedColumn,
        IssuesColumn,
        SampleColumnCount
    };
    enum ItemColumn {
        ItemNoColumn,
        KindColumn,
        RecordColumn,
        CustomerColumn,
        FindingColumn,
        NoteColumn,
        CheckedByColumn,
        CheckedAtColumn,
        ItemColumnCount
    };

    explicit SpotChecksView(Vault& vault, const QDateTime& now = QDateTime(),
                            QWidget* parent = nullptr);

    // Reads the samples again, keeping the selected sample and item.
    void refresh();
    const QList<SpotCheckSample>& samples() const { return m_samples; }
    qint64 selectedSampleId() const;
    int selectedItem() const; // the item number, 0: none
    void selectSample(qint64 id);
    void selectItem(int item);

signals:
    void changed();      // a sample was drawn or a finding recorded here
    void measureAdded(); // a measure was added from an issue

private:
    const SpotCheckSample* selectedSample() const;
    const SpotCheckItem* currentItem() const;
    void showItems();
    void updateActions();
    QString customerText(qint64 customerId);
    QString recordText(const SpotCheckItem& item);
    void drawSample();
    void recordFinding();
    void addMeasure();
    QDateTime now() const;

    Vault& m_vault;
    QDateTime m_now;
    bool m_mayWrite = false;
    QList<SpotCheckSample> m_samples;
    QHash<qint64, QString> m_customers; // id → masked name, or a text saying it is not readable
    QPushButton* m_draw = nullptr;
    QPushButton* m_finding = nullptr;
    QPushButton* m_measure = nullptr;
    QLabel* m_status = nullptr;
    QStackedWidget* m_stack = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_itemsTitle = nullptr;
    QTableWidget* m_items = nullptr;
};

} // namespace rmdesk
