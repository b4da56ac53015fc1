#pragma once

#include "stores/holdingimport.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace rmdesk {

class BackgroundTask;
class Vault;

// Imports month-end balances (supervisors and RMs, for their customers) or the product
// catalogue (administrators) from a CSV file through HoldingImport: "Check" reads every row and
// writes nothing, "Import" writes the valid rows (or, with "All or nothing", nothing unless every
// row is valid). The work runs on a worker thread with its own connection; a progress bar shows
// how far it got and Cancel stops it, leaving nothing written. Every rejected row is listed with
// its line and reason, and the list can be saved as a report only its owner can read.
// Object names: holdingImportDialog, holdingFile, holdingBrowse, holdingAllOrNothing,
// holdingProgress, holdingResult, holdingProblems, holdingSaveReport, holdingCheck,
// holdingImport, cancelButton.
class HoldingImportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind { Holdings, Products };
    HoldingImportDialog(Vault& vault, Kind kind, QWidget* parent = nullptr);
    ~HoldingImportDialog() override;

    void setFile(const QString& fileName);
    bool isRunning() const { return m_running; }
    void check();           // a dry run
    void accept() override; // imports
    void reject() override; // cancels a running import, else closes

signals:
    void imported();

private:
    struct Outcome
    {
        bool ok = false;
        bool dryRun = false;
        HoldingImportResult holdings;
        ProductImportResult products;
    };
    void start(bool dryRun);
    void finished(const StoreError& error);
    void browse();
    void saveReport();
    void setRunning(bool running);

    Vault& m_vault;
    Kind m_kind;
    QLineEdit* m_file;
    QCheckBox* m_allOrNothing;
    QProgressBar* m_progress;
    QLabel* m_result;
    QTableWidget* m_problems;
    QPushButton* m_saveReport;
    QPushButton* m_check = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_cancel = nullptr;
    BackgroundTask* m_task = nullptr;
    std::shared_ptr<std::atomic_bool> m_stop;
    std::shared_ptr<Outcome> m_outcome;
    QList<ImportProblem> m_lastProblems;
    bool m_running = false;
};

} // namespace rmdesk
