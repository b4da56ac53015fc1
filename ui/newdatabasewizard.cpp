#include "newdatabasewizard.h"

#include "dialogs.h"
#include "passwordpair.h"
#include "security/vault.h"
#include "storage/keyring.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace rmdesk {

namespace {

// The pages ask the wizard, which owns the fields, whether they may go on.
class SetupPage : public QWizardPage
{
public:
    explicit SetupPage(NewDatabaseWizard* wizard)
        : m_wizard(wizard)
    {}
    bool isComplete() const override { return m_wizard->setupProblem().isEmpty(); }
    bool validatePage() override { return m_wizard->createDatabase(); }
    void changed() { emit completeChanged(); }

private:
    NewDatabaseWizard* m_wizard;
};

class KeyPage : public QWizardPage
{
public:
    explicit KeyPage(NewDatabaseWizard* wizard)
        : m_wizard(wizard)
    {}
    bool isComplete() const override { return m_wizard->keyStored(); }
    void changed() { emit completeChanged(); }

private:
    NewDatabaseWizard* m_wizard;
};

QString defaultLocation()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    const QDir dir(folder);
    QString name = QStringLiteral("rmdesk.rmdb");
    for (int i = 2; QFileInfo::exists(dir.filePath(name)); ++i)
        name = QStringLiteral("rmdesk-%1.rmdb").arg(i);
    return dir.filePath(name);
}

} // namespace

NewDatabaseWizard::NewDatabaseWizard(QWidget* parent)
    : QWizard(parent)
    , m_path(new QLineEdit)
    , m_pathProblem(makeProblemLabel(QStringLiteral("pathProblem")))
    , m_admin(new QLineEdit)
    , m_adminProblem(makeProblemLabel(QStringLiteral("adminNameProblem")))
    , m_pair(new PasswordPair(QStringLiteral("admin"), this))
    , m_kdf(makeKdfCombo(QStringLiteral("kdfProfile")))
    , m_kdfExplanation(new QLabel)
    , m_createError(makeProblemLabel(QStringLiteral("createError")))
    , m_recoveryKey(new QLabel)
    , m_stored(new QCheckBox(tr("I have stored the recovery key somewhere safe")))
{
    setObjectName(QStringLiteral("newDatabaseWizard"));
    setWindowTitle(tr("New database"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(SetupPageId, buildSetupPage());
    setPage(RecoveryKeyPageId, buildKeyPage());
    setButtonText(QWizard::CommitButton, tr("Create database"));
    button(QWizard::CommitButton)->setObjectName(QStringLiteral("createDatabaseButton"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("finishButton"));
    button(QWizard::CancelButton)->setObjectName(QStringLiteral("cancelButton"));
    validateSetup();
    const QFontMetrics fm = fontMetrics();
    resize(fm.horizontalAdvance(QLatin1Char('M')) * 52, fm.height() * 26);
}

NewDatabaseWizard::~NewDatabaseWizard() = default;

QWizardPage* NewDatabaseWizard::buildSetupPage()
{
    auto* page = new SetupPage(this);
    m_setupPage = page;
    page->setObjectName(QStringLiteral("setupPage"));
    page->setTitle(tr("Where to keep the database, and its first administrator"));
    page->setSubTitle(tr("The database is one encrypted file with a keyring file beside it."));
    page->setCommitPage(true);

    m_path->setObjectName(QStringLiteral("databasePath"));
    m_path->setText(QDir::toNativeSeparators(defaultLocation()));
    auto* browse = new QPushButton(tr("Browse…"));
    browse->setObjectName(QStringLiteral("browseButton"));
    browse->setAutoDefault(false);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);

    m_admin->setObjectName(QStringLiteral("adminName"));
    m_admin->setText(QStringLiteral("admin"));
    m_kdfExplanation->setObjectName(QStringLiteral("kdfExplanation"));
    m_kdfExplanation->setWordWrap(true);

    auto* form = new QFormLayout(page);
    auto* fileLabel = new QLabel(tr("&File:"));
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, withProblem(fileRow, m_pathProblem));
    auto* adminLabel = new QLabel(tr("&Administrator:"));
    adminLabel->setBuddy(m_admin);
    form->addRow(adminLabel, withProblem(m_admin, m_adminProblem));
    m_pair->addRows(form, tr("&Password:"), tr("&Repeat password:"));
    form->addRow(tr("Password &protection:"), m_kdf);
    form->addRow(QString(), m_kdfExplanation);
    form->addRow(m_createError);

    connect(browse, &QPushButton::clicked, this, &NewDatabaseWizard::browse);
    connect(m_path, &QLineEdit::textChanged, this, &NewDatabaseWizard::validateSetup);
    connect(m_admin, &QLineEdit::textChanged, this, &NewDatabaseWizard::validateSetup);
    connect(m_pair, &PasswordPair::validityChanged, this, &NewDatabaseWizard::validateSetup);
    connect(m_kdf, &QComboBox::currentIndexChanged, this,
            [this] { m_kdfExplanation->setText(kdfExplanation(kdfProfileOf(m_kdf))); });
    m_kdfExplanation->setText(kdfExplanation(kdfProfileOf(m_kdf)));
    return page;
}

QWizardPage* NewDatabaseWizard::buildKeyPage()
{
    auto* page = new KeyPage(this);
    page->setObjectName(QStringLiteral("recoveryKeyPage"));
    page->setTitle(tr("Your recovery key"));
    page->setSubTitle(tr("It is shown only this once."));
    auto* layout = new QVBoxLayout(page);
    auto* before = new QLabel(
        tr("The database was created and you are signed in as its administrator. If every "
           "administrator password is lost, this recovery key is the only way back in:"));
    before->setWordWrap(true);
    layout->addWidget(before);

    m_recoveryKey->setObjectName(QStringLiteral("recoveryKey"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.4);
    mono.setBold(true);
    m_recoveryKey->setFont(mono);
    m_recoveryKey->setTextFormat(Qt::PlainText);
    m_recoveryKey->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                           Qt::TextSelectableByKeyboard);
    m_recoveryKey->setAlignment(Qt::AlignCenter);
    m_recoveryKey->setWordWrap(true);
    m_recoveryKey->setFrameShape(QFrame::StyledPanel);
    m_recoveryKey->setMargin(fontMetrics().height() / 2);
    layout->addWidget(m_recoveryKey);

    auto* after = new QLabel(
        tr("Write it down or print it, and keep it offline in a locked place, away from this "
           "computer. Do not save it in a file, an e-mail or a chat. Anyone with the key and the "
           "database file can read every record."));
    after->setWordWrap(true);
    layout->addWidget(after);
    layout->addStretch(1);
    m_stored->setObjectName(QStringLiteral("storedCheck"));
    layout->addWidget(m_stored);
    connect(m_stored, &QCheckBox::toggled, page, &KeyPage::changed);
    return page;
}

std::unique_ptr<Vault> NewDatabaseWizard::takeVault()
{
    return std::move(m_vault);
}

QString NewDatabaseWizard::adminName() const
{
    return m_admin->text().trimmed();
}

QString NewDatabaseWizard::targetPath() const
{
    QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (path.isEmpty())
        return path;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".rmdb");
    return QFileInfo(path).absoluteFilePath();
}

void NewDatabaseWizard::browse()
{
    const QString path =
        Dialogs::saveFileName(this, tr("New database"), targetPath(),
                              tr("RM Desk databases (*.rmdb)"), QStringLiteral("rmdb"));
    if (!path.isEmpty())
        m_path->setText(QDir::toNativeSeparators(path));
}

void NewDatabaseWizard::validateSetup()
{
    QString pathProblem;
    const QString path = targetPath();
    if (path.isEmpty())
        pathProblem = tr("Choose where to save the database.");
    else if (QFileInfo::exists(path) || QFileInfo::exists(Keyring::pathFor(path)))
        pathProblem = tr("%1 already exists. Choose another name; an existing database is opened "
                         "from the sign-in window.")
                          .arg(QDir::toNativeSeparators(path));
    else if (!QFileInfo(QFileInfo(path).absolutePath()).isDir())
        pathProblem = tr("The folder %1 does not exist.")
                          .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
    showProblem(m_pathProblem, pathProblem);
    const QString name = adminName();
    showProblem(m_adminProblem,
                name.isEmpty() || UserStore::validName(name)
                    ? QString()
                    : tr("Use 1 to 64 letters, digits, '.', '_' or '-', starting with a letter "
                         "or digit."));
    if (m_setupPage)
        static_cast<SetupPage*>(m_setupPage)->changed();
    if (QAbstractButton* commit = button(QWizard::CommitButton))
        commit->setToolTip(setupProblem());
}

QString NewDatabaseWizard::setupProblem() const
{
    if (!m_pathProblem->text().isEmpty())
        return m_pathProblem->text();
    if (adminName().isEmpty())
        return tr("Enter the administrator's user name.");
    if (!m_adminProblem->text().isEmpty())
        return m_adminProblem->text();
    return m_pair->problem();
}

bool NewDatabaseWizard::createDatabase()
{
    if (m_vault)
        return true;
    validateSetup();
    if (!setupProblem().isEmpty())
        return false;
    const QString path = targetPath();
    const SecretBytes password = m_pair->takePassword();
    SecretBytes recovery;
    StoreError error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_vault = Vault::create(path, adminName(), password, kdfProfileOf(m_kdf), &recovery, &error);
    QApplication::restoreOverrideCursor();
    if (!m_vault) {
        showProblem(m_createError, error.message);
        return false;
    }
    showProblem(m_createError, QString());
    m_createdPath = path;
    m_recoveryKey->setText(QString::fromLatin1(reinterpret_cast<const char*>(recovery.data()),
                                               qsizetype(recovery.size())));
    return true;
}

bool NewDatabaseWizard::keyStored() const
{
    return m_stored->isChecked();
}

void NewDatabaseWizard::reject()
{
    if (m_vault &&
        !Dialogs::confirm(this, tr("Close without the recovery key?"),
                          tr("The database was created, but the recovery key will not be shown "
                             "again. Without it, a database whose administrator passwords are "
                             "all lost cannot be opened by anyone.\n\nClose this window anyway?"),
                          tr("Close anyway")))
        return;
    if (m_vault) {
        m_vault->logout();
        m_vault.reset();
    }
    QWizard::reject();
}

void NewDatabaseWizard::done(int result)
{
    // The key leaves the screen for good.
    m_recoveryKey->clear();
    QWizard::done(result);
}

} // namespace rmdesk
