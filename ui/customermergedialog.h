#pragma once

#include "stores/customermerge.h"
#include "stores/customerstore.h"

#include <QDialog>
#include <QHash>

#include <optional>

class QButtonGroup;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QScrollArea;

namespace rmdesk {

class Vault;

// Two customer records side by side, field by field, as the person may see them (masked): the
// record kept on the left, the one merged into it on the right, a radio per field choosing which
// value the merged record keeps, rows that differ marked, and how much history each side brings.
// An RM or supervisor asks for the merge; a supervisor of both, who did not ask, approves or
// rejects a pending request (which then shows its choices, fixed).
// Object names: customerMergeDialog, mergeTitle, mergeFields, keep_FIELD / absorb_FIELD (radios),
// keepHistory, absorbHistory, swapSidesButton, mergeReason, decisionNote, mergeProblem,
// requestMergeButton, approveMergeButton, rejectMergeButton, closeButton.
class CustomerMergeDialog : public QDialog
{
    Q_OBJECT
public:
    // A new comparison: `keepId` survives unless the sides are swapped.
    CustomerMergeDialog(Vault& vault, qint64 keepId, qint64 absorbId, QWidget* parent = nullptr);
    // A request, for a supervisor to decide (or anyone in scope to read).
    CustomerMergeDialog(Vault& vault, const MergeRequest& request, QWidget* parent = nullptr);
    ~CustomerMergeDialog() override;

    // Reads both records (each recorded as a view); false with *error when refused.
    bool load(StoreError* error);
    qint64 keepId() const { return m_keepId; }
    qint64 absorbId() const { return m_absorbId; }
    qint64 requestId() const { return m_request ? m_request->id : 0; }
    QHash<QString, QString> choices() const;
    void choose(const QString& field, bool absorb);
    void swapSides();

    bool requestMerge();
    bool approveMerge(); // asks for confirmation (Dialogs::confirm) first
    bool rejectMerge();

signals:
    // A request was made, approved or rejected.
    void decided();

private:
    void build();
    void fill();
    void updateButtons();
    QString sideTitle(const CustomerView& view, bool keep) const;

    Vault& m_vault;
    CustomerStore m_store;
    CustomerMerge m_merge;
    qint64 m_keepId;
    qint64 m_absorbId;
    std::optional<MergeRequest> m_request;
    CustomerView m_keep;
    CustomerView m_absorb;
    QLabel* m_title = nullptr;
    QLabel* m_intro = nullptr;
    QScrollArea* m_scroll = nullptr;
    QHash<QString, QButtonGroup*> m_groups;
    QLabel* m_keepHistory = nullptr;
    QLabel* m_absorbHistory = nullptr;
    QPushButton* m_swap = nullptr;
    QLineEdit* m_reason = nullptr;
    QLineEdit* m_note = nullptr;
    QLabel* m_reasonLabel = nullptr;
    QLabel* m_noteLabel = nullptr;
    QLabel* m_problem = nullptr;
    QLabel* m_state = nullptr;
    QPushButton* m_requestButton = nullptr;
    QPushButton* m_approveButton = nullptr;
    QPushButton* m_rejectButton = nullptr;
};

} // namespace rmdesk
