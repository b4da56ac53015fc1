#pragma once

#include "stores/customerimport.h"

#include <QWizard>
#include <QWizardPage>

#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace rmdesk {

class BackgroundTask;
class Vault;

// A wizard page that asks its wizard whether it may go on (the wizard owns the fields).
class ImportWizardPage : public QWizardPage
{
public:
    std::function<bool()> complete;
    std::function<bool()> validate;
    std::function<void()> initialize;

    bool isComplete() const override { return complete ? complete() : QWizardPage::isComplete(); }
    bool validatePage() override { return validate ? validate() : true; }
    void initializePage() override
    {
        if (initialize)
            initialize();
    }
    void changed() { emit completeChanged(); }
};

// Imports customers from a CSV file: the file and its encoding, which column fills which field,
// a preview of the first rows with every invalid cell marked, the options (duplicates, invalid
// rows, check only), then the import itself on a worker thread with its own connection, with a
// progress bar and Cancel (a cancelled import leaves nothing behind), and the result with the
// report of rejected rows. Reading and importing never block the window.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePageId, MappingPageId, PreviewPageId, ImportPageId, ResultPageId };
    static constexpr int PreviewRows = 50;
    // Called on the worker thread at every progress report, before Cancel is looked at (tests).
    using ProgressHook = std::function<void(int done, int total)>;

    explicit ImportWizard(Vault& vault, QWidget* parent = nullptr);
    ~ImportWizard() override;

    QString fileName() const;
    // The options as chosen on the pages (the mapping as set on the mapping page).
    CustomerImportOptions options() const;
    const std::optional<ImportPreview>& preview() const { return m_preview; }
    const std::optional<ImportResult>& result() const { return m_result; }
    bool isRunning() const { return m_running; }
    bool isLoading() const { return m_loading; }
    void setProgressHook(ProgressHook hook) { m_hook = std::move(hook); }
    // A target field's name for people ("type" included).
    static QString fieldLabel(const QString& field);

    // While an import runs, Cancel (and Esc, and closing the window) stops it instead.
    void reject() override;

signals:
    // After an import that wrote customers: new plus updated ones.
    void imported(int count);
    // On the GUI thread, as the worker reports progress.
    void progressed(int done, int total);

private:
    struct RunControl;

    // Pages (importwizardpages.cpp).
    QWizardPage* buildFilePage();
    QWizardPage* buildMappingPage();
    QWizardPage* buildPreviewPage();
    QWizardPage* buildImportPage();
    QWizardPage* buildResultPage();
    void fillMapping(const ImportPreview& recognised);
    void fillPreview(const ImportPreview& preview);
    void fillResult();
    void updateMappingState();
    void updateCommitText();
    void setCount(const char* name, const QString& caption, int value);

    // Reading and importing (importwizard.cpp).
    void browse();
    QString fileKey() const;
    QString mappingKey() const;
    QHash<QString, int> chosenMapping() const;
    QStringList requiredFields() const;
    QString mappingProblem() const;
    bool fileValidated();
    bool mappingValidated();
    void requestPreview(PageId stage);
    void previewLoaded(PageId stage, std::optional<ImportPreview> preview, const QString& key,
                       const StoreError& error);
    void startRun();
    void showProgress(int run, int done, int total);
    void finishRun(int run, std::optional<ImportResult> result, const StoreError& error);
    void cancelRun();
    void saveReport();
    void backToOptions();

    Vault& m_vault;
    BackgroundTask* m_previewTask;
    BackgroundTask* m_runTask;
    ProgressHook m_hook;

    // File page.
    ImportWizardPage* m_filePage = nullptr;
    QLineEdit* m_file = nullptr;
    QLabel* m_fileProblem = nullptr;
    QComboBox* m_encoding = nullptr;
    QLabel* m_fileStatus = nullptr;
    // Mapping page.
    ImportWizardPage* m_mappingPage = nullptr;
    QLabel* m_detected = nullptr;
    QTableWidget* m_mappingTable = nullptr;
    QHash<QString, QComboBox*> m_mapCombos;
    QLabel* m_unmapped = nullptr;
    QLabel* m_mappingProblem = nullptr;
    QLabel* m_mappingStatus = nullptr;
    // Preview page.
    ImportWizardPage* m_previewPage = nullptr;
    QLabel* m_previewCounts = nullptr;
    QTableWidget* m_previewTable = nullptr;
    QRadioButton* m_skipDuplicates = nullptr;
    QRadioButton* m_updateDuplicates = nullptr;
    QRadioButton* m_skipBadRows = nullptr;
    QRadioButton* m_allOrNothing = nullptr;
    QCheckBox* m_dryRun = nullptr;
    // Import page.
    ImportWizardPage* m_importPage = nullptr;
    QLabel* m_runStatus = nullptr;
    QProgressBar* m_progress = nullptr;
    // Result page.
    QLabel* m_summary = nullptr;
    QFormLayout* m_counts = nullptr;
    QTableWidget* m_problems = nullptr;
    QLabel* m_problemsNote = nullptr;
    QPushButton* m_saveReport = nullptr;
    QLabel* m_reportStatus = nullptr;
    QPushButton* m_backToOptions = nullptr;

    // What was read: the columns as recognised (file page) and the preview with the chosen
    // mapping (mapping page), each with the key of what it was read from.
    std::optional<ImportPreview> m_recognised;
    QString m_recognisedKey;
    QStringList m_extraRequired; // required fields the importer reported beyond the catalogue
    std::optional<ImportPreview> m_preview;
    QString m_previewKey;
    bool m_loading = false;
    int m_previewRequest = 0;

    // The import.
    std::shared_ptr<RunControl> m_control;
    bool m_running = false;
    bool m_cancelRequested = false;
    int m_runCount = 0;
    CustomerImportOptions m_runOptions;
    std::optional<ImportResult> m_result;
    StoreError m_runError;
};

} // namespace rmdesk
