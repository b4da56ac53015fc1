#pragma once

#include "storage/keycrypto.h"
#include "storage/secretbytes.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace rmdesk {

class PasswordPair;

// Asks for a new password twice (validated as typed) and its protection profile, then runs
// `apply`; when that fails its message is shown in red and the dialog stays open. Used for the
// user's own password change and for an administrator's reset or re-enable of another user.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    using Apply =
        std::function<bool(const SecretBytes& password, KdfProfile profile, QString* error)>;

    using CheckCurrent = std::function<bool(const SecretBytes& password)>;

    // With `checkCurrent`, the current password is asked for too and must pass it first.
    ChangePasswordDialog(const QString& title, const QString& prompt, Apply apply,
                         QWidget* parent = nullptr, CheckCurrent checkCurrent = {});

    void accept() override;

private:
    void updateOk();

    Apply m_apply;
    CheckCurrent m_checkCurrent;
    QLineEdit* m_current = nullptr;
    PasswordPair* m_pair;
    QComboBox* m_kdf;
    QLabel* m_error;
    QPushButton* m_ok;
};

} // namespace rmdesk
