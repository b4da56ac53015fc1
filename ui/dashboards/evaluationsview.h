#pragma once

#include "stores/evaluationstore.h"

#include <QDateTime>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace rmdesk {

class Vault;

// Performance evaluations (specification 7.3): a filter row (period, status, RM), the
// evaluations in scope (the RM their own, a supervisor the branch's, compliance all), and the
// selected one's KPI snapshot, rating and comment. A supervisor creates (New evaluation…), rates
// (Rate…) and signs off (Sign off…, confirmed); a signed-off evaluation shows a lock and no edit
// actions. Everyone else reads only. Object names: evaluationsView, evaluationPeriodFilter,
// evaluationStatusFilter, evaluationRmFilter, newEvaluationButton, rateEvaluationButton,
// signOffEvaluationButton, evaluationsTable, evaluationsEmpty, evaluationDetail,
// evaluationHeader, evaluationLock, evaluationKpis, evaluationRatingText, evaluationCommentText.
class EvaluationsView : public QWidget
{
    Q_OBJECT
public:
    enum Column {
        RmColumn,
        BranchColumn,
        PeriodColumn,
        ScoreColumn,
        RankColumn,
        RatingColumn,
        StatusColumn,
        SignedColumn,
        ColumnCount
    };

    // `now` fixes the clock of the stores (tests); the default is the clock.
    explicit EvaluationsView(Vault& vault, const QDateTime& now = QDateTime(),
                             QWidget* parent = nullptr);

    // Reads the evaluations again, keeping the selection.
    void refresh();
    const QList<Evaluation>& evaluations() const { return m_list; }
    // The selected evaluation's id (0: none); selecting an id not in the list clears it.
    qint64 selectedId() const;
    void select(qint64 id);

signals:
    void changed(); // an evaluation was created, rated or signed off here

private:
    QWidget* buildFilters();
    QWidget* buildDetail();
    void fillFilterChoices();
    void showSelected();
    void newEvaluation();
    void rate();
    void signOff();
    QDateTime now() const;

    Vault& m_vault;
    QDateTime m_now;
    bool m_mayWrite = false;
    QList<Evaluation> m_list;
    QComboBox* m_period = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_rm = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_rate = nullptr;
    QPushButton* m_signOff = nullptr;
    QStackedWidget* m_stack = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_empty = nullptr;
    QWidget* m_detail = nullptr;
    QLabel* m_header = nullptr;
    QLabel* m_lockIcon = nullptr;
    QLabel* m_lock = nullptr;
    QTableWidget* m_kpis = nullptr;
    QLabel* m_rating = nullptr;
    QLabel* m_comment = nullptr;
};

} // namespace rmdesk
