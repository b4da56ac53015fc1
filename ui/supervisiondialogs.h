#pragma once

#include "stores/supervisionstore.h"

#include <QDateTime>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace rmdesk {

class Vault;

// Draws a spot-check sample of the supervisor's branch: a period that has begun, up to N
// interactions and N complaints, and optionally the seed of an earlier draw to draw the same
// records again (SupervisionStore::drawSample).
// Object names: drawSampleDialog, samplePeriod, sampleSize, sampleSeedGiven, sampleSeed,
// sampleSeedProblem, sampleProblem, okButton, cancelButton.
class DrawSampleDialog : public QDialog
{
    Q_OBJECT
public:
    DrawSampleDialog(Vault& vault, const QDateTime& now, QWidget* parent = nullptr);

    void accept() override;

signals:
    void drawn(qint64 sampleId);

private:
    void validate();

    Vault& m_vault;
    QDateTime m_now;
    QComboBox* m_period;
    QSpinBox* m_size;
    QCheckBox* m_seedGiven;
    QLineEdit* m_seed;
    QLabel* m_seedProblem;
    QLabel* m_problem;
    QPushButton* m_ok = nullptr;
};

// The finding of one item of a sample: ok, or an issue described in a note. A finding stands
// once recorded. Object names: findingDialog, findingRecord, findingOk, findingIssue,
// findingNote, findingNoteProblem, findingProblem, okButton, cancelButton.
class FindingDialog : public QDialog
{
    Q_OBJECT
public:
    // `record` describes the item ("Interaction 12 with 安一 (No. 3)").
    FindingDialog(Vault& vault, qint64 sampleId, int item, const QString& record,
                  const QDateTime& now, QWidget* parent = nullptr);

    void accept() override;

signals:
    void recorded(qint64 sampleId, int item);

private:
    void validate();

    Vault& m_vault;
    QDateTime m_now;
    qint64 m_sampleId;
    int m_item;
    QRadioButton* m_ok;
    QRadioButton* m_issue;
    QPlainTextEdit* m_note;
    QLabel* m_noteProblem;
    QLabel* m_problem;
    QPushButton* m_save = nullptr;
};

// A new improvement measure of the supervisor's branch: title, description, owner (an active RM
// or supervisor of the branch), due date; its source (a spot-check item, …) comes preset.
// Object names: measureDialog, measureSource, measureTitle, measureTitleProblem,
// measureDescription, measureOwner, measureDue, measureProblem, okButton, cancelButton.
class MeasureDialog : public QDialog
{
    Q_OBJECT
public:
    // `preset` gives the source (and may give a title); `sourceText` describes it for the person.
    MeasureDialog(Vault& vault, const NewMeasure& preset, const QString& sourceText,
                  const QDateTime& now, QWidget* parent = nullptr);

    void accept() override;

signals:
    void added(qint64 id);

private:
    void validate();

    Vault& m_vault;
    QDateTime m_now;
    NewMeasure m_preset;
    QLineEdit* m_title;
    QLabel* m_titleProblem;
    QPlainTextEdit* m_description;
    QComboBox* m_owner;
    QDateEdit* m_due;
    QLabel* m_problem;
    QPushButton* m_ok = nullptr;
};

// Completes a measure with a note saying what was done; done, it is closed.
// Object names: completeMeasureDialog, measureDoneNote, measureDoneProblem, okButton,
// cancelButton.
class CompleteMeasureDialog : public QDialog
{
    Q_OBJECT
public:
    CompleteMeasureDialog(Vault& vault, const ImprovementMeasure& measure, const QDateTime& now,
                          QWidget* parent = nullptr);

    void accept() override;

signals:
    void completed(qint64 id);

private:
    void validate();

    Vault& m_vault;
    QDateTime m_now;
    qint64 m_id;
    QPlainTextEdit* m_note;
    QLabel* m_problem;
    QPushButton* m_ok = nullptr;
};

} // namespace rmdesk
