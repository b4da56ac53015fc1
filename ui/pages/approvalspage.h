#pragma once

#include "stores/customermerge.h"
#include "stores/customerretention.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableWidget;

namespace rmdesk {

class BackgroundTask;
class ChangeChecksSection;

class CustomerMergeDialog;
class Vault;

// Work that waits for a supervisor or a compliance officer (specification 1.3, 2.1 and 2.2): merge
// requests to decide, likely-duplicate pairs in their scope, purge requests to approve and ended
// customers past retention, identity changes to check (ChangeChecksSection). The duplicate pairs
// are looked for on a worker thread with its own connection (on a million customers that reads a
// whole index). Object names: approvalsPage, approvalSections, mergeRequestsView,
// openRequestButton, duplicatesView, duplicatesCount, compareButton, dismissButton,
// purgeRequestsView, approvePurgeButton, rejectPurgeButton, purgeableView, requestPurgeButton.
class ApprovalsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ApprovalsPage(Vault& vault, QWidget* parent = nullptr);
    ~ApprovalsPage() override;

    void refresh();
    bool isLoadingDuplicates() const;
    QTabWidget* sections() const { return m_sections; }
    ChangeChecksSection* changeChecks() const { return m_changeChecks; }

    void openRequest();  // the selected merge request, in the merge view
    void compare();      // the selected pair, in the merge view
    void dismiss();      // the selected pair is two people (asks why)
    void approvePurge(); // confirms with the consequence spelled out
    void rejectPurge();  // asks why
    void requestPurge(); // the selected customer past retention (asks why)

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildMerges();
    QWidget* buildDuplicates();
    QWidget* buildRetention();
    void loadDuplicates();
    void showDuplicates(const QList<DuplicatePair>& pairs, int total, const StoreError& error);
    void updateButtons();
    void updateTitles();
    // "No. 12 张*": masked names for the numbers, read without recording views.
    QHash<qint64, QString> names(const QList<qint64>& ids);
    void openDialog(CustomerMergeDialog* dialog);

    Vault& m_vault;
    QTabWidget* m_sections;
    QTableWidget* m_requests;
    QStackedWidget* m_requestsStack;
    QPushButton* m_open;
    QTableWidget* m_pairs;
    QStackedWidget* m_pairsStack;
    QLabel* m_pairsCount;
    QPushButton* m_compare;
    QPushButton* m_dismiss;
    QTableWidget* m_purges;
    QStackedWidget* m_purgesStack;
    QPushButton* m_approvePurge;
    QPushButton* m_rejectPurge;
    QTableWidget* m_purgeable;
    QStackedWidget* m_purgeableStack;
    QLabel* m_purgeableCount;
    QPushButton* m_requestPurge;
    QList<MergeRequest> m_requestRows;
    QList<DuplicatePair> m_pairRows;
    int m_pairTotal = 0;
    QList<PurgeRequest> m_purgeRows;
    QList<EndedCustomer> m_purgeableRows;
    BackgroundTask* m_duplicateFinder;
    ChangeChecksSection* m_changeChecks;
};

} // namespace rmdesk
