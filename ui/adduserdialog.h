#pragma once

#include "storage/keycrypto.h"
#include "stores/userstore.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace rmdesk {

class PasswordPair;
class Vault;

// A new user with a first password (which they must change at their first sign-in), added
// through the vault so that the user gets a key slot.
class AddUserDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AddUserDialog(Vault& vault, QWidget* parent = nullptr);
    QString userName() const;

    void accept() override;

private:
    NewUser newUser() const;
    void validate();

    Vault& m_vault;
    QLineEdit* m_name;
    QLineEdit* m_fullName;
    QComboBox* m_role;
    QLineEdit* m_branch;
    QLabel* m_fieldProblem;
    PasswordPair* m_pair;
    QComboBox* m_kdf;
    QLabel* m_error;
    QPushButton* m_ok;
};

} // namespace rmdesk
