#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace rmdesk {

class Vault;

// What the main window shows while locked: nothing of the data, only a password field that
// unlocks with the signed-in user's password.
class LockScreen : public QWidget
{
    Q_OBJECT
public:
    explicit LockScreen(Vault& vault, QWidget* parent = nullptr);
    // Prepares for a new lock: empty field, no message, focus on the password.
    void reset();

signals:
    void unlocked();

private:
    void unlock();

    Vault& m_vault;
    QLabel* m_user;
    QLineEdit* m_password;
    QPushButton* m_unlock;
    QLabel* m_error;
};

} // namespace rmdesk
