#pragma once

#include <QDialog>
#include <QElapsedTimer>
#include <QStringList>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace rmdesk {

class Vault;

// Signs a user in to a database file (or creates a new database through the wizard). After each
// failed attempt Sign in is held back for a growing number of seconds; the failed user names are
// recorded in the audit trail once somebody signs in.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LoginDialog(const QString& databaseFile = QString(), QWidget* parent = nullptr);
    ~LoginDialog() override;

    // The signed-in vault after the dialog was accepted.
    std::unique_ptr<Vault> takeVault();
    // Seconds Sign in stays disabled after `failures` failed attempts: 1, 2, 4, … at most 30.
    static int delayAfter(int failures);
    // Recently used database files, most recent first (paths only).
    static QStringList recentDatabases();

private:
    void signIn();
    void browse();
    void createDatabase();
    void fileChanged();
    void updateDelay();
    void finishSignIn();
    void askForNewPassword();
    void remember(const QString& path, const QString& user);
    void showError(const QString& message);
    QString currentPath() const;

    QComboBox* m_file;
    QPushButton* m_browse;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QLabel* m_error;
    QPushButton* m_signIn;
    QPushButton* m_create;
    QTimer* m_tick;
    QElapsedTimer m_sinceFailure;
    int m_failures = 0;
    int m_delaySeconds = 0;
    std::unique_ptr<Vault> m_vault;
};

} // namespace rmdesk
