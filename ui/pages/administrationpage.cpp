#include "administrationpage.h"

#include "adduserdialog.h"
#include "changepassworddialog.h"
#include "dialogs.h"
#include "holdingimportdialog.h"
#include "security/vault.h"
#include "stores/holdingimport.h"
#include "usertablemodel.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace rmdesk {

namespace {

QPushButton* button(const QString& text, const QString& objectName)
{
    auto* b = new QPushButton(text);
    b->setObjectName(objectName);
    return b;
}

} // namespace

AdministrationPage::AdministrationPage(Vault& vault, QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_users(new UserTableModel(this))
    , m_view(new QTableView)
    , m_stack(new QStackedWidget)
    , m_add(button(tr("Add user…"), QStringLiteral("addUserButton")))
    , m_reset(button(tr("Reset password…"), QStringLiteral("resetPasswordButton")))
    , m_disable(button(tr("Disable…"), QStringLiteral("disableButton")))
    , m_enable(button(tr("Enable…"), QStringLiteral("enableButton")))
    , m_rekey(button(tr("Change database key (rekey)…"), QStringLiteral("rekeyButton")))
    , m_backup(button(tr("Back up…"), QStringLiteral("backupButton")))
    , m_backupProgress(new QProgressBar)
    , m_cancelBackup(button(tr("Cancel backup"), QStringLiteral("cancelBackupButton")))
    , m_backupPoll(new QTimer(this))
    , m_message(new QLabel)
    , m_productCount(new QLabel)
{
    setObjectName(QStringLiteral("administrationPage"));
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("Administration"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);

    auto* usersBox = new QGroupBox(tr("Users"));
    auto* usersLayout = new QVBoxLayout(usersBox);
    m_view->setObjectName(QStringLiteral("usersView"));
    m_view->setModel(m_users);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    auto* empty = new QLabel(tr("No users to show. Add the first user with \"Add user…\"."));
    empty->setObjectName(QStringLiteral("usersEmpty"));
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(m_view);
    m_stack->addWidget(empty);
    usersLayout->addWidget(m_stack, 1);
    auto* userButtons = new QHBoxLayout;
    for (QPushButton* b : {m_add, m_reset, m_disable, m_enable})
        userButtons->addWidget(b);
    userButtons->addStretch(1);
    usersLayout->addLayout(userButtons);
    layout->addWidget(usersBox, 1);

    auto* dbBox = new QGroupBox(tr("Database"));
    auto* dbLayout = new QVBoxLayout(dbBox);
    auto* dbNote = new QLabel(
        tr("After disabling a user, change the database key so that copies of the old keyring "
           "stop working. Back up to another disk regularly: a backup opens with the same "
           "passwords and recovery key as this database."));
    dbNote->setWordWrap(true);
    dbLayout->addWidget(dbNote);
    auto* dbButtons = new QHBoxLayout;
    dbButtons->addWidget(m_rekey);
    dbButtons->addWidget(m_backup);
    dbButtons->addStretch(1);
    dbLayout->addLayout(dbButtons);
    auto* progressRow = new QHBoxLayout;
    m_backupProgress->setObjectName(QStringLiteral("backupProgress"));
    m_backupProgress->setRange(0, 100);
    progressRow->addWidget(m_backupProgress, 1);
    progressRow->addWidget(m_cancelBackup);
    dbLayout->addLayout(progressRow);
    m_backupProgress->hide();
    m_cancelBackup->hide();
    m_backupPoll->setInterval(200);
    layout->addWidget(dbBox);

    // The catalogue that month-end balances and investor suitability refer to.
    auto* productsBox = new QGroupBox(tr("Product catalogue"));
    auto* productsLayout = new QHBoxLayout(productsBox);
    m_productCount->setObjectName(QStringLiteral("productCount"));
    m_productCount->setWordWrap(true);
    productsLayout->addWidget(m_productCount, 1);
    auto* importProducts = button(tr("Import products…"), QStringLiteral("importProductsButton"));
    importProducts->setToolTip(tr("Add or update products from a CSV file: code, name, type, "
                                  "risk level"));
    productsLayout->addWidget(importProducts);
    layout->addWidget(productsBox);
    connect(importProducts, &QPushButton::clicked, this, [this] {
        auto* dialog = new HoldingImportDialog(m_vault, HoldingImportDialog::Kind::Products, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &HoldingImportDialog::imported, this, &AdministrationPage::refresh);
        dialog->open();
    });

    m_message->setObjectName(QStringLiteral("adminMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    connect(m_add, &QPushButton::clicked, this, &AdministrationPage::addUser);
    connect(m_reset, &QPushButton::clicked, this, &AdministrationPage::resetPassword);
    connect(m_disable, &QPushButton::clicked, this, &AdministrationPage::disableUser);
    connect(m_enable, &QPushButton::clicked, this, &AdministrationPage::enableUser);
    connect(m_rekey, &QPushButton::clicked, this, &AdministrationPage::rekey);
    connect(m_backup, &QPushButton::clicked, this, &AdministrationPage::backup);
    connect(m_cancelBackup, &QPushButton::clicked, this, [this] {
        if (m_cancel)
            m_cancel->store(true);
        m_cancelBackup->setEnabled(false);
        report(true, tr("Cancelling the backup…"));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AdministrationPage::updateButtons);
    refresh();
}

AdministrationPage::~AdministrationPage()
{
    if (m_workThread) {
        if (m_cancel)
            m_cancel->store(true);
        m_workThread->wait();
    }
}

void AdministrationPage::refresh()
{
    const QString selected = selectedUser();
    StoreError error;
    if (!m_users->refresh(m_vault.database().connection(), m_vault.session(), &error))
        report(false, error.message);
    m_stack->setCurrentIndex(m_users->rowCount() > 0 ? 0 : 1);
    m_view->resizeColumnsToContents();
    if (!selected.isEmpty())
        selectUser(selected);
    updateButtons();
    const int products =
        std::max(0, HoldingImport(m_vault.database().connection()).catalogueSize());
    m_productCount->setText(
        products == 0 ? tr("The catalogue is empty: import the bank's products before their "
                           "month-end balances.")
                      : tr("%n product(s) in the catalogue. Month-end balances and investor "
                           "suitability refer to them.",
                           nullptr, products));
}

bool AdministrationPage::selectUser(const QString& userName)
{
    for (int row = 0; row < m_users->rowCount(); ++row) {
        if (m_users->user(row).name == userName) {
            m_view->selectRow(row);
            return true;
        }
    }
    return false;
}

QString AdministrationPage::selectedUser() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_users->user(rows.first().row()).name;
}

void AdministrationPage::updateButtons()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const bool any = !rows.isEmpty();
    const UserRecord user = any ? m_users->user(rows.first().row()) : UserRecord();
    const bool self = any && user.name == m_vault.session().userName;
    // While a backup runs the keyring stays as it was read for the copy.
    const bool idle = m_workThread == nullptr;
    m_add->setEnabled(idle);
    m_reset->setEnabled(idle && any && user.active);
    m_disable->setEnabled(idle && any && user.active && !self);
    m_enable->setEnabled(idle && any && !user.active);
    const QString choose = tr("Select a user in the table first.");
    m_reset->setToolTip(any ? QString() : choose);
    m_disable->setToolTip(!any ? choose : self ? tr("You cannot disable yourself.") : QString());
    m_enable->setToolTip(any ? QString() : choose);
}

void AdministrationPage::report(bool ok, const QString& message)
{
    QPalette p = palette();
    if (!ok)
        p.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_message->setPalette(p);
    m_message->setText(message);
}

void AdministrationPage::addUser()
{
    auto* dialog = new AddUserDialog(m_vault, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString name = dialog->userName();
        refresh();
        selectUser(name);
        report(true, tr("%1 was added. Give them the first password in person and ask them to "
                        "change it after signing in.")
                         .arg(name));
    });
    dialog->open();
}

void AdministrationPage::resetPassword()
{
    const QString name = selectedUser();
    if (name.isEmpty())
        return;
    Vault& vault = m_vault;
    auto* dialog = new ChangePasswordDialog(
        tr("Reset password of %1").arg(name),
        tr("%1 gets a new key pair and must choose their own password at the next sign-in.")
            .arg(name),
        [&vault, name](const SecretBytes& password, KdfProfile profile, QString* why) {
            StoreError e;
            const bool ok = vault.resetPassword(name, password, profile, &e);
            *why = e.message;
            return ok;
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, name] {
        refresh();
        report(true, tr("The password of %1 was reset.").arg(name));
    });
    dialog->open();
}

void AdministrationPage::disableUser()
{
    const QString name = selectedUser();
    if (name.isEmpty())
        return;
    if (!Dialogs::confirm(this, tr("Disable %1?").arg(name),
                          tr("%1 will no longer be able to sign in: their key slot is removed "
                             "from the keyring. Their records and audit entries stay.\n\n"
                             "Copies of the old keyring file still open the database for them "
                             "until you change the database key (rekey).")
                              .arg(name),
                          tr("Disable")))
        return;
    StoreError error;
    const bool ok = m_vault.disableUser(name, &error);
    refresh();
    report(ok, ok ? tr("%1 was disabled. Change the database key (rekey) so that old keyring "
                       "copies stop working.")
                        .arg(name)
                  : error.message);
}

void AdministrationPage::enableUser()
{
    const QString name = selectedUser();
    if (name.isEmpty())
        return;
    Vault& vault = m_vault;
    auto* dialog = new ChangePasswordDialog(
        tr("Enable %1").arg(name),
        tr("%1 gets a new key slot with this password and must choose their own at the next "
           "sign-in.")
            .arg(name),
        [&vault, name](const SecretBytes& password, KdfProfile profile, QString* why) {
            StoreError e;
            const bool ok = vault.enableUser(name, password, profile, &e);
            *why = e.message;
            return ok;
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, name] {
        refresh();
        report(true, tr("%1 was enabled.").arg(name));
    });
    dialog->open();
}

bool AdministrationPage::mayClose()
{
    if (!m_workThread)
        return true;
    if (m_rekeying) {
        Dialogs::warn(this, tr("The database key is being changed"),
                      tr("RM Desk can close once the new key is in place: the file is being "
                         "rewritten and stopping now is not possible. The bar under Database "
                         "shows how far it is."));
        return false;
    }
    if (!Dialogs::confirm(this, tr("A backup is running"),
                          tr("Closing cancels the backup; no copy is left behind."),
                          tr("Cancel backup and close")))
        return false;
    if (m_cancel)
        m_cancel->store(true);
    return true;
}

void AdministrationPage::rekey()
{
    if (!Dialogs::confirm(this, tr("Change the database key?"),
                          tr("A new random key encrypts the whole database file, which is "
                             "rewritten page by page; on a large file this takes a while and "
                             "cannot be stopped once started. Every active user and the recovery "
                             "key keep working, but copies of the old keyring and older backups "
                             "no longer open the current file.\n\n"
                             "Make a backup first if you have none."),
                          tr("Change key")))
        return;
    // The file to itself: this thread's connection waits, closed, until the new key is in place.
    m_vault.database().suspendThreadConnection();
    auto result = std::make_shared<std::pair<bool, StoreError>>(false, StoreError());
    Vault* vault = &m_vault;
    m_cancel.reset();
    m_rekeying = true;
    startWork(
        QStringLiteral("rekey"),
        [vault, result] {
            DbError opened;
            if (vault->database().connection(&opened).isValid())
                result->first = vault->rekey(&result->second);
            else
                result->second = {StoreError::Failed, opened.message};
            vault->database().releaseThreadConnection();
        },
        m_vault.path() + QStringLiteral("-journal"), QFileInfo(m_vault.path()).size(),
        [this, result] {
            m_rekeying = false;
            QString why;
            const bool reopened = m_vault.database().resumeThreadConnection(&why);
            if (!result->first)
                report(false, result->second.message);
            else if (!reopened)
                report(false, tr("The database key was changed, but this window cannot use the "
                                 "database any more: %1 Sign in again.")
                                  .arg(why));
            else
                report(true, tr("The database key was changed."));
            refresh();
        });
    report(true, tr("Changing the database key. The file is rewritten page by page; this cannot "
                    "be cancelled, and closing the window waits for it."));
}

void AdministrationPage::backup()
{
    const QFileInfo current(m_vault.path());
    const QString suggestion = current.absoluteDir().filePath(
        QStringLiteral("%1-backup-%2.rmdb")
            .arg(current.completeBaseName(), QDate::currentDate().toString(Qt::ISODate)));
    const QString target =
        Dialogs::saveFileName(this, tr("Back up database"), suggestion,
                              tr("RM Desk databases (*.rmdb)"), QStringLiteral("rmdb"));
    if (target.isEmpty())
        return;
    // The copy grows to about the size of the file (and its write-ahead log): that is the bar.
    const qint64 expected =
        current.size() + QFileInfo(m_vault.path() + QStringLiteral("-wal")).size();
    auto result = std::make_shared<std::pair<bool, StoreError>>(false, StoreError());
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    Vault* vault = &m_vault;
    startWork(
        QStringLiteral("backup"),
        [vault, target, result, cancel = m_cancel] {
            result->first = vault->backup(target, &result->second, cancel.get());
            vault->database().releaseThreadConnection();
        },
        target, expected,
        [this, target, result] {
            const bool cancelled = m_cancel->load() && !result->first;
            if (cancelled)
                report(true, result->second.message);
            else
                report(result->first,
                       result->first
                           ? tr("Backed up to %1 and its keyring. Keep the copy on another disk.")
                                 .arg(QDir::toNativeSeparators(target))
                           : result->second.message);
        });
    report(true, tr("Backing up to %1…").arg(QDir::toNativeSeparators(target)));
}

void AdministrationPage::startWork(const QString& name, std::function<void()> work,
                                   const QString& growing, qint64 expected,
                                   std::function<void()> finished)
{
    m_workThread = QThread::create(std::move(work));
    m_workThread->setObjectName(name);
    m_backupPoll->disconnect();
    connect(m_backupPoll, &QTimer::timeout, this, [this, growing, expected] {
        m_backupProgress->setValue(
            int(qMin<qint64>(99, QFileInfo(growing).size() * 100 / qMax<qint64>(1, expected))));
    });
    connect(m_workThread, &QThread::finished, this, [this, finished = std::move(finished)] {
        m_workThread->deleteLater();
        m_workThread = nullptr;
        setWorkRunning(false, false);
        finished();
    });
    setWorkRunning(true, m_cancel != nullptr);
    m_workThread->start();
}

void AdministrationPage::setWorkRunning(bool running, bool cancellable)
{
    m_backupProgress->setValue(0);
    m_backupProgress->setVisible(running);
    m_cancelBackup->setVisible(running && cancellable);
    m_cancelBackup->setEnabled(running && cancellable);
    m_backup->setEnabled(!running);
    m_rekey->setEnabled(!running); // a new key needs the file to itself
    updateButtons();
    if (running)
        m_backupPoll->start();
    else
        m_backupPoll->stop();
}

} // namespace rmdesk
