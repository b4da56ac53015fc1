#pragma once

#include "customerformfields.h"
#include "stores/customerstore.h"

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

namespace rmdesk {

class FormDraft;
class Vault;

// Adds a customer, or edits one: the catalogue fields of the customer type in groups, validated as
// they are typed (the message in red under the field, Save disabled with the reason in its
// tooltip). Edits need a reason, and identity fields a proof document. The unfinished form is kept
// as a draft (FormDraft: every second, and at once when the dialog closes) until it is saved or
// discarded, and offered back when the same customer (or a new one) is edited again.
class CustomerEditDialog : public QDialog
{
    Q_OBJECT
public:
    // `existing`: the customer to edit as the person sees it (masked or revealed); none to add.
    CustomerEditDialog(Vault& vault, std::optional<CustomerView> existing,
                       QWidget* parent = nullptr);
    ~CustomerEditDialog() override;

    bool isAdding() const { return !m_existing.has_value(); }
    qint64 customerId() const { return m_id; }
    // Why Save is disabled (empty when the form may be saved).
    QString problem() const { return m_problem; }

    void accept() override; // saves
    // Throws the unfinished edit away (and its draft) and closes.
    void discard();
    FormDraft* draft() const { return m_draft; }

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
    void showErrors(const QList<FieldError>& errors, bool all);
    void showNotesWarning();
    QJsonObject form() const;
    void restore(const QJsonObject& form);

    Vault& m_vault;
    std::unique_ptr<CustomerStore> m_store;
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
    QLabel* m_checkNote = nullptr; // identity changes are checked by a second person
    QLabel* m_notesWarning;
    QLabel* m_error;
    QPushButton* m_save;
    QPushButton* m_discard;
    FormDraft* m_draft = nullptr;
    QString m_problem;
    bool m_attempted = false;
    bool m_restoring = false;
};

} // namespace rmdesk
