#pragma once

#include "domain/surveytemplates.h"

#include <QWidget>

#include <optional>

class QButtonGroup;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace rmdesk {

class Vault;

// A scale question's answer (NPS 0–10, CSAT 1–5, CES 1–7): a row of checkable number buttons
// with what the two ends mean beside them ("0 Not at all likely … 10 Extremely likely"). It is one
// Tab stop: digit keys choose (1 then 0 quickly gives 10), Left/Right move, Backspace clears.
class SurveyScale : public QWidget
{
    Q_OBJECT
public:
    SurveyScale(QuestionType type, int min, int max, QWidget* parent = nullptr);

    std::optional<int> value() const;
    void setValue(std::optional<int> value);
    int minimum() const { return m_min; }
    int maximum() const { return m_max; }

signals:
    void valueChanged();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    int m_min;
    int m_max;
    QButtonGroup* m_buttons;
    int m_lastDigit = -1;
    qint64 m_lastDigitAt = 0;
};

// A customer's survey responses, newest first, for the 360 view's Satisfaction tab, with
// "Record survey…" for those who may record. Object names: surveyHistory, surveyHistoryView,
// surveyHistoryEmpty, recordSurveyButton.
class SurveyHistory : public QWidget
{
    Q_OBJECT
public:
    SurveyHistory(Vault& vault, qint64 customerId, QWidget* parent = nullptr);

    void reload();
    // Opens the survey dialog for this customer.
    void recordSurvey();
    void setMayRecord(bool may);
    QTableWidget* table() const { return m_table; }

signals:
    void recorded();

private:
    Vault& m_vault;
    qint64 m_customerId;
    QStackedWidget* m_stack;
    QTableWidget* m_table;
    QPushButton* m_record;
};

} // namespace rmdesk
