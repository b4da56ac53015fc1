#pragma once

#include "stores/assessmentstore.h"
#include "stores/evaluationstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDialog>
#include <QHash>
#include <QIcon>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace rmdesk {

class Vault;

// Texts and choices shared by the supervision screens (evaluations, spot checks, measures).
class SupervisionUi
{
    Q_DECLARE_TR_FUNCTIONS(SupervisionUi)

public:
    // KPI names and values: KpiText (dashboards/assessmentwidgets.h).
    // "3 — meets expectations"; "—" without a rating.
    static QString rating(std::optional<int> rating);
    // "Draft", "Signed off".
    static QString evaluationStatus(const QString& status);
    // Period codes newest first: the months (and quarters, and the year) that have ended before
    // `today`; with `current`, the month and quarter of today too (they have begun).
    static QStringList periodChoices(const QDate& today, bool current);
    // A screen's title in large bold type, named `objectName`.
    static QLabel* titleLabel(const QString& objectName, const QString& text);
    // A selectable, wrapping plain-text label for a detail pane, named `objectName`.
    static QLabel* fieldLabel(const QString& objectName);
    // A padlock, for signed-off evaluations.
    static QIcon lockIcon();
    // Columns fitted to their contents (CustomerUi::fitColumns) with an em of room each.
    static void fitColumns(QTableWidget* table);
};

// Creates an evaluation: pick a period that has ended and an RM of the branch; the RM's
// scorecard of that period (the score, rank and KPIs it will keep) shows before saving.
// Object names: newEvaluationDialog, evaluationPeriod, evaluationRm, evaluationPreview,
// evaluationProblem, okButton, cancelButton.
class NewEvaluationDialog : public QDialog
{
    Q_OBJECT
public:
    NewEvaluationDialog(Vault& vault, const QDateTime& now, QWidget* parent = nullptr);

    void accept() override;
    // The scorecard shown for the chosen RM (empty when none).
    std::optional<Scorecard> preview() const;

signals:
    void created(qint64 id);

private:
    void loadCards();
    void showPreview();

    Vault& m_vault;
    QDateTime m_now;
    QList<Scorecard> m_cards;
    int m_ranked = 0;                   // RMs of the branch with a rank
    QHash<QString, qint64> m_evaluated; // RM → their evaluation of the chosen period
    QComboBox* m_period;
    QComboBox* m_rm;
    QLabel* m_preview;
    QLabel* m_problem;
    QPushButton* m_ok = nullptr;
};

// Rates a draft evaluation 1–5 with a comment (both required to sign off later).
// Object names: rateEvaluationDialog, evaluationRating, evaluationComment,
// evaluationCommentProblem, evaluationRateProblem, okButton, cancelButton.
class RateEvaluationDialog : public QDialog
{
    Q_OBJECT
public:
    RateEvaluationDialog(Vault& vault, const Evaluation& evaluation, const QDateTime& now,
                         QWidget* parent = nullptr);

    void accept() override;

signals:
    void rated(qint64 id);

private:
    void validate();

    Vault& m_vault;
    QDateTime m_now;
    qint64 m_id;
    QComboBox* m_rating;
    QPlainTextEdit* m_comment;
    QLabel* m_commentProblem;
    QLabel* m_problem;
    QPushButton* m_ok = nullptr;
};

} // namespace rmdesk
