#pragma once

#include "customerformfields.h"
#include "stores/customerstore.h"
#include "stores/draftstore.h"

#include <QDialog>
#include <QHash>
#include <QSet>

#include <optional>

class QComboBox;
class QFormLayout;
class QGridLayout;
class QJsonObject;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace rmdesk {

class Vault;

// Adds a customer, or edits one: the catalogue fields of the customer type in groups, validated as
// they are typed (the message in red under the field, Save disabled with the reason in its
// tooltip). Edits need a reason, and identity fields a proof document. Every change is kept as a
// draft (after a second, and at once when the dialog closes) until it is saved or discarded.
class CustomerEditDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int DraftDelayMs = 1000;

    // `existing`: the customer to edit as the person sees it (masked or revealed); none to add.
    CustomerEditDialog(Vault& vault, std::optional<CustomerView> existing,
                       QWidget* parent = nullptr);
    ~CustomerEditDialog() override;

    // Offers a kept draft back (through Dialogs::confirm); true when it was restored. A draft
    // that is not wanted is discarded.
    bool offerDraft();
    bool isAdding() const { return !m_existing.has_value(); }
    qint64 customerId() const { return m_id; }
    // Why Save is disabled (empty when the form may be saved).
    QString problem() const { return m_problem; }

    void accept() override; // saves
    void done(int result) override;
    // Throws the unfinished edit away (and its draft) and closes.
    void discard();
    // Keeps the form as a draft now (also done a second after each change).
    void saveDraftNow();

signals:
    void saved(qint64 customerId);

private:
    void buildForm(CustomerType type);
    void changeType();
    void edited();
    void validate();
    QHash<QString, QString> texts() const;
    QHash<QString, QString> changes() const;
    bool identityChanged(const QHash<QString, QString>& changes) const;
    bool dirty() const;
    void showErrors(const QList<FieldError>& errors, bool all);
    void showNotesWarning();
    QJsonObject form() const;
    void restore(const QJsonObject& form);
    DraftKey draftKey() const
    {
        return {QStringLiteral("customer"), m_existing ? m_existing->id : 0};
    }

    Vault& m_vault;
    std::unique_ptr<CustomerStore> m_store;
    DraftStore m_drafts;
    std::optional<CustomerView> m_existing;
    CustomerType m_type = CustomerType::Individual;
    qint64 m_id = 0;
    QComboBox* m_typeCombo = nullptr;
    QLineEdit* m_rm = nullptr;
    QWidget* m_formHost = nullptr;
    QGridLayout* m_groups = nullptr;
    QHash<QString, FieldEditor> m_fields;
    QHash<QString, QString> m_initial;
    QSet<QString> m_touched;
    QFormLayout* m_changeForm = nullptr;
    QLineEdit* m_reason = nullptr;
    QComboBox* m_proofType = nullptr;
    QLineEdit* m_proofRef = nullptr;
    QLabel* m_reasonProblem = nullptr;
    QLabel* m_proofProblem = nullptr;
    QLabel* m_notesWarning;
    QLabel* m_error;
    QPushButton* m_save;
    QPushButton* m_discard;
    QTimer* m_draftTimer;
    QString m_problem;
    bool m_attempted = false;
    bool m_finished = false; // saved or discarded: no draft any more
    bool m_restoring = false;
};

} // namespace rmdesk
