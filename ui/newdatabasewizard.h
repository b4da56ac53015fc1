#pragma once

#include "storage/keycrypto.h"

#include <QWizard>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace rmdesk {

class PasswordPair;
class Vault;

// Creates a new database with its first administrator, then shows the recovery key once. The
// signed-in vault is handed to the caller through takeVault() after Finish.
class NewDatabaseWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { SetupPageId, RecoveryKeyPageId };

    explicit NewDatabaseWizard(QWidget* parent = nullptr);
    ~NewDatabaseWizard() override;

    std::unique_ptr<Vault> takeVault();
    // The database file once it was created (also after Cancel), else empty.
    QString createdPath() const { return m_createdPath; }
    QString adminName() const;
    // The path that will be created from the text in the location field (".rmdb" added).
    QString targetPath() const;

    void reject() override;
    void done(int result) override;

    // Used by the pages.
    QString setupProblem() const;
    bool createDatabase();
    bool keyStored() const;

private:
    QWizardPage* buildSetupPage();
    QWizardPage* buildKeyPage();
    void browse();
    void validateSetup();

    QLineEdit* m_path;
    QLabel* m_pathProblem;
    QLineEdit* m_admin;
    QLabel* m_adminProblem;
    PasswordPair* m_pair;
    QComboBox* m_kdf;
    QLabel* m_kdfExplanation;
    QLabel* m_createError;
    QLabel* m_recoveryKey;
    QCheckBox* m_stored;
    QWizardPage* m_setupPage = nullptr;
    std::unique_ptr<Vault> m_vault;
    QString m_createdPath;
};

} // namespace rmdesk
