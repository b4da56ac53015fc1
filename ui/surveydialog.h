#pragma once

#include "stores/interactionstore.h"
#include "stores/surveystore.h"
#include "surveywidgets.h"

#include <QDialog>
#include <QHash>
#include <QWidget>

class QButtonGroup;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTableWidget;
class QVBoxLayout;

namespace rmdesk {

class FormDraft;
class GlobalSearch;
class Vault;

// Records a survey response at the desk, keyboard first: the customer (shown masked; searched
// for when not given), the survey, the day it was answered (today by default, never in the
// future), how it was answered, an optional link to one of the customer's interactions or
// complaints, then one row per question of the survey. Tab moves from question to question;
// Ctrl+Enter (or Enter outside the free-text answers) saves; required questions carry a "*".
// Problems show under their question. When the answers made a callback task for the customer's
// RM the dialog says so and stays open until closed. Closed unsaved (Cancel, the idle lock), the
// answers are kept as a draft and offered back (FormDraft).
// Object names: surveyDialog, surveyCustomerSearch, surveyCustomer, surveyTemplate,
// surveyAnsweredOn, surveyChannel, surveyLink, surveyQuestions, question_<key> (a SurveyScale,
// QComboBox, QPlainTextEdit, or a QWidget holding option_<code> check boxes), problem_<key>,
// surveyProblem, surveyFollowUp, okButton, cancelButton.
class SurveyDialog : public QDialog
{
    Q_OBJECT
public:
    // customerId 0: the person looks the customer up in the dialog. templateName empty: the
    // annual review; a complaint or interaction id preselects that link (post-complaint offer).
    SurveyDialog(Vault& vault, qint64 customerId, QWidget* parent = nullptr,
                 const QString& templateName = QString(), qint64 complaintId = 0,
                 qint64 interactionId = 0);
    ~SurveyDialog() override;

    qint64 customerId() const { return m_customer.id; }
    QString templateName() const;
    // The link chosen: (complaint id, interaction id), 0 when none.
    qint64 linkedComplaint() const;
    qint64 linkedInteraction() const;
    const SurveySaved& saved() const { return m_saved; }
    void accept() override;
    void reject() override;

    // "zh_CN" when the interface is in Chinese, else "en": the language of template texts.
    static QString language();
    // "A callback task was created for X, due 2026-11-29." (empty without a task).
    static QString followUpText(const SurveySaved& saved);

signals:
    void recorded(qint64 customerId, const SurveySaved& saved);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Row
    {
        SurveyQuestion question;
        QWidget* input = nullptr;
        QLabel* problem = nullptr;
    };
    void chooseCustomer(qint64 customerId);
    void buildQuestions();
    SurveyAnswers answers() const;
    void showAnswerErrors(const QList<SurveyAnswerError>& errors);
    void validate();
    void fixTabOrder();
    void fitQuestions();
    void finish();

    Vault& m_vault;
    ServiceCustomer m_customer;
    QList<SurveyTemplate> m_templates;
    QList<Row> m_rows;
    FormDraft* m_draft = nullptr;
    qint64 m_presetComplaint;
    qint64 m_presetInteraction;
    bool m_triedToSave = false;
    SurveySaved m_saved;
    QStackedWidget* m_customerStack;
    GlobalSearch* m_search;
    QLabel* m_customerLabel;
    QComboBox* m_template;
    QDateEdit* m_answeredOn;
    QComboBox* m_channel;
    QComboBox* m_link;
    QWidget* m_questions;
    QVBoxLayout* m_questionLayout;
    QScrollArea* m_scroll;
    QLabel* m_problem;
    QLabel* m_followUp;
    QPushButton* m_ok = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace rmdesk
