#pragma once

#include "stores/surveystore.h"

#include <QDialog>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QTableWidget;

namespace rmdesk {

class BackgroundTask;

class Vault;

// Survey results for the people who read them: an RM their own customers', a supervisor their
// branch's, compliance every branch's. Filters (period, survey, branch for compliance) and a
// grouping (RM, branch, segment, channel, month); tiles with the totals (responses, NPS, CSAT,
// CES) and a table of the groups, where a group with fewer than Satisfaction::ReliableResponses
// responses shows its scores greyed with a warning icon and the caution in a tooltip, explained
// by a legend. The scores are worked out on a thread of their own with its own connection; the
// page says so meanwhile. "Record response…" and "Import responses…" for those who may record.
// Object names: surveysPage, surveysTitle, surveyFrom, surveyTo, surveyTemplateFilter,
// surveyBranchFilter, surveyGroupBy, totalResponses, totalNps, totalCsat, totalCes, totalCaution,
// surveyGroupsView, surveysEmpty, surveysBusy, cautionLegend, recordResponseButton,
// importResponsesButton.
class SurveysPage : public QWidget
{
    Q_OBJECT
public:
    enum Column { GroupColumn, ResponsesColumn, NpsColumn, CsatColumn, CesColumn };

    explicit SurveysPage(Vault& vault, QWidget* parent = nullptr);
    ~SurveysPage() override;

    // Works the scores out again for the filters shown (on a worker thread).
    void refresh();
    void setPeriod(const QDate& from, const QDate& to);
    void setGroupBy(SurveyGroupBy by);
    void setTemplate(const QString& name); // empty: every survey
    void setBranch(const QString& code);   // compliance only; empty: all
    bool isBusy() const;
    const SurveyStats& stats() const { return m_stats; }
    QTableWidget* table() const { return m_table; }

    // Opens the survey dialog, which starts with a customer search.
    void recordResponse();
    // Opens the CSV import dialog.
    void importResponses();

    // "+33", "75%", "3.2"; "—" without answers.
    static QString npsText(const NpsScore& score);
    static QString csatText(const CsatScore& score);
    static QString cesText(const CesScore& score);
    // "promoters 20, passives 5, detractors 6", "25 of 31 satisfied", "31 answers".
    static QString npsDetails(const NpsScore& score);
    static QString csatDetails(const CsatScore& score);
    static QString cesDetails(const CesScore& score);

signals:
    // The scores of the last refresh are on the screen.
    void statsShown();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildFilters();
    QWidget* buildTiles();
    SurveyFilter filter() const;
    SurveyGroupBy groupBy() const;
    void displayStats(const SurveyStats& stats, const StoreError& error);

    Vault& m_vault;
    SurveyStats m_stats;
    BackgroundTask* m_task;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_template = nullptr;
    QComboBox* m_branch = nullptr;
    QComboBox* m_groupBy = nullptr;
    QLabel* m_responses = nullptr;
    QLabel* m_nps = nullptr;
    QLabel* m_csat = nullptr;
    QLabel* m_ces = nullptr;
    QLabel* m_totalCaution = nullptr;
    QLabel* m_busy = nullptr;
    QStackedWidget* m_stack = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_legend = nullptr;
};

// Imports survey responses from a CSV file (the columns of SurveyStore::importCsv): all or
// nothing, or skipping bad rows; a dry run checks every row and writes nothing. The rows refused
// are listed by line, column and reason. Object names: surveyImportDialog, importFile,
// browseButton, importAllOrNothing, importSkipBad, importDryRun, importButton, importSummary,
// importErrorsView, closeButton.
class SurveyImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SurveyImportDialog(Vault& vault, QWidget* parent = nullptr);

    // Reads the file with the options chosen; false when the file could not be read or the store
    // refused (the summary says why).
    bool run();
    const SurveyImportResult& result() const { return m_result; }

signals:
    // Rows were written (not on a dry run).
    void imported(int rows);

private:
    void browse();

    Vault& m_vault;
    SurveyImportResult m_result;
    QLineEdit* m_file;
    QRadioButton* m_allOrNothing;
    QRadioButton* m_skipBad;
    QCheckBox* m_dryRun;
    QLabel* m_summary;
    QTableWidget* m_errors;
    QPushButton* m_import;
};

} // namespace rmdesk
