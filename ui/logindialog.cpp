#include "logindialog.h"

#include "changepassworddialog.h"
#include "dialogs.h"
#include "newdatabasewizard.h"
#include "passwordpair.h"
#include "security/vault.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

namespace rmdesk {

namespace {

const QString recentKey = QStringLiteral("recentDatabases");
const QString usersKey = QStringLiteral("lastUserPerDatabase");
constexpr int maxRecent = 8;

} // namespace

LoginDialog::LoginDialog(const QString& databaseFile, QWidget* parent)
    : QDialog(parent)
    , m_file(new QComboBox)
    , m_browse(new QPushButton(tr("Browse…")))
    , m_user(new QLineEdit)
    , m_password(new QLineEdit)
    , m_error(makeProblemLabel(QStringLiteral("loginError")))
    , m_signIn(new QPushButton(tr("Sign in")))
    , m_create(new QPushButton(tr("Create new database…")))
    , m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Sign in — RM Desk"));
    m_file->setObjectName(QStringLiteral("databaseFile"));
    m_file->setEditable(true);
    m_file->setInsertPolicy(QComboBox::NoInsert);
    m_file->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_file->setMinimumContentsLength(36);
    m_browse->setObjectName(QStringLiteral("browseButton"));
    m_browse->setAutoDefault(false);
    m_user->setObjectName(QStringLiteral("userName"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(Vault::MaximumPasswordLength);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    m_create->setObjectName(QStringLiteral("createButton"));
    m_create->setAutoDefault(false);

    auto* layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    auto* title = new QLabel(tr("RM Desk"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);
    auto* intro = new QLabel(tr("Sign in to an encrypted database with your user name and "
                                "password."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto* fileLabel = new QLabel(tr("&Database:"));
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);

    auto* buttons = new QDialogButtonBox;
    buttons->addButton(m_signIn, QDialogButtonBox::AcceptRole);
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAutoDefault(false);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_create);
    bottom->addStretch(1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    const QStringList recent = recentDatabases();
    for (const QString& path : recent)
        m_file->addItem(QDir::toNativeSeparators(path), path);
    if (!databaseFile.isEmpty())
        m_file->setCurrentText(QDir::toNativeSeparators(databaseFile));
    else if (recent.isEmpty())
        m_file->setCurrentText(QString());
    fileChanged();

    connect(m_browse, &QPushButton::clicked, this, &LoginDialog::browse);
    connect(m_create, &QPushButton::clicked, this, &LoginDialog::createDatabase);
    connect(m_signIn, &QPushButton::clicked, this, &LoginDialog::signIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    connect(m_file, &QComboBox::currentTextChanged, this, &LoginDialog::fileChanged);
    connect(m_tick, &QTimer::timeout, this, &LoginDialog::updateDelay);
    m_tick->setInterval(250);

    if (m_file->currentText().isEmpty())
        m_file->setFocus();
    else if (m_user->text().isEmpty())
        m_user->setFocus();
    else
        m_password->setFocus();
}

LoginDialog::~LoginDialog() = default;

std::unique_ptr<Vault> LoginDialog::takeVault()
{
    return std::move(m_vault);
}

int LoginDialog::delayAfter(int failures)
{
    if (failures <= 0)
        return 0;
    return failures > 5 ? 30 : std::min(30, 1 << (failures - 1));
}

QStringList LoginDialog::recentDatabases()
{
    return QSettings().value(recentKey).toStringList();
}

QString LoginDialog::currentPath() const
{
    return QDir::fromNativeSeparators(m_file->currentText().trimmed());
}

void LoginDialog::fileChanged()
{
    const QVariantMap users = QSettings().value(usersKey).toMap();
    const QString user = users.value(currentPath()).toString();
    if (!user.isEmpty())
        m_user->setText(user);
}

void LoginDialog::browse()
{
    const QFileInfo current(currentPath());
    const QString start = current.exists()
                              ? current.absolutePath()
                              : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = Dialogs::openFileName(this, tr("Open database"), start,
                                               tr("RM Desk databases (*.rmdb);;All files (*)"));
    if (path.isEmpty())
        return;
    m_file->setCurrentText(QDir::toNativeSeparators(path));
    m_user->setFocus();
}

void LoginDialog::showError(const QString& message)
{
    showProblem(m_error, message);
}

void LoginDialog::signIn()
{
    if (m_delaySeconds > 0 || !m_signIn->isEnabled())
        return;
    const QString path = currentPath();
    const QString user = m_user->text().trimmed();
    if (path.isEmpty()) {
        showError(tr("Choose a database file, or create a new database."));
        m_file->setFocus();
        return;
    }
    if (user.isEmpty()) {
        showError(tr("Enter your user name."));
        m_user->setFocus();
        return;
    }
    const SecretBytes password = secretFrom(m_password);
    StoreError error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_vault = Vault::login(path, user, password, &error);
    QApplication::restoreOverrideCursor();
    if (!m_vault) {
        showError(error.message.isEmpty() ? tr("Signing in failed.") : error.message);
        if (error.kind == StoreError::Auth) { // recorded by Vault::login (SignInFailures)
            ++m_failures;
            m_delaySeconds = delayAfter(m_failures);
            m_sinceFailure.start();
            m_tick->start();
            updateDelay();
        }
        m_password->setFocus();
        return;
    }
    remember(QFileInfo(path).absoluteFilePath(), user);
    if (m_vault->mustChangePassword()) {
        askForNewPassword();
        return;
    }
    finishSignIn();
}

void LoginDialog::askForNewPassword()
{
    auto* dialog = new ChangePasswordDialog(
        tr("Choose a new password"),
        tr("An administrator set your password. Choose a new one that only you know before you "
           "continue."),
        [this](const SecretBytes& password, KdfProfile profile, QString* why) {
            StoreError e;
            const bool ok = m_vault && m_vault->changePassword(password, profile, &e);
            *why = e.message;
            return ok;
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &LoginDialog::finishSignIn);
    connect(dialog, &QDialog::rejected, this, [this] {
        if (m_vault)
            m_vault->logout();
        m_vault.reset();
        showError(tr("You must choose a new password before you can continue."));
    });
    dialog->open();
}

void LoginDialog::finishSignIn()
{
    showError(QString());
    accept();
}

void LoginDialog::updateDelay()
{
    const int left = m_delaySeconds > 0 ? m_delaySeconds - int(m_sinceFailure.elapsed() / 1000) : 0;
    if (left <= 0) {
        m_delaySeconds = 0;
        m_tick->stop();
        m_signIn->setEnabled(true);
        m_signIn->setText(tr("Sign in"));
        return;
    }
    m_signIn->setEnabled(false);
    m_signIn->setText(tr("Sign in (%1 s)").arg(left));
}

void LoginDialog::createDatabase()
{
    auto* wizard = new NewDatabaseWizard(this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QDialog::accepted, this, [this, wizard] {
        m_vault = wizard->takeVault();
        if (!m_vault)
            return;
        remember(QFileInfo(m_vault->path()).absoluteFilePath(), m_vault->session().userName);
        finishSignIn();
    });
    connect(wizard, &QDialog::rejected, this, [this, wizard] {
        if (!wizard->createdPath().isEmpty()) {
            m_file->setCurrentText(QDir::toNativeSeparators(wizard->createdPath()));
            m_user->setText(wizard->adminName());
            m_password->setFocus();
        }
    });
    wizard->open();
}

void LoginDialog::remember(const QString& path, const QString& user)
{
    QSettings settings;
    QStringList recent = settings.value(recentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > maxRecent)
        recent.removeLast();
    settings.setValue(recentKey, recent);
    QVariantMap users = settings.value(usersKey).toMap();
    users.insert(path, user);
    settings.setValue(usersKey, users);
}

} // namespace rmdesk
