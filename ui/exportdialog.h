#pragma once

#include "stores/customerexport.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace rmdesk {

class BackgroundTask;
class Vault;

// Exports customers to CSV or XLSX: the list as filtered on the Customers page or every customer
// the person may export, masked unless "Unmasked" (offered only to roles that may unmask) is
// ticked with a reason. The file is written on a worker thread with its own connection; a
// progress bar shows how far it got and Cancel stops it, leaving no file. Then the dialog says
// how many customers went where, or what went wrong.
// Object names: exportDialog, exportFormat, exportFile, exportBrowse, exportFileProblem,
// exportFiltered, exportAll, exportUnmasked, exportReason, exportReasonProblem, exportProgress,
// exportResult, exportButton, cancelButton.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(Vault& vault, const CustomerListQuery& query, QWidget* parent = nullptr);
    ~ExportDialog() override;

    bool isRunning() const { return m_running; }
    void accept() override; // starts the export
    void reject() override; // cancels a running export, else closes

signals:
    void exported(const CustomerExportResult& result);

private:
    void formatChanged();
    void browse();
    void validate();
    void finished(const StoreError& error);
    void setRunning(bool running);

    Vault& m_vault;
    CustomerListQuery m_query;
    QComboBox* m_format;
    QLineEdit* m_file;
    QLabel* m_fileProblem;
    QRadioButton* m_filtered;
    QRadioButton* m_all;
    QCheckBox* m_unmasked;
    QLineEdit* m_reason;
    QLabel* m_reasonProblem;
    QProgressBar* m_progress;
    QLabel* m_result;
    QPushButton* m_export = nullptr;
    QPushButton* m_cancel = nullptr;
    BackgroundTask* m_task = nullptr;
    std::shared_ptr<std::atomic_bool> m_stop;
    std::shared_ptr<std::optional<CustomerExportResult>> m_outcome;
    bool m_running = false;
};

} // namespace rmdesk
