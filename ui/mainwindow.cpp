#include "mainwindow.h"

#include "changepassworddialog.h"
#include "complaintdeadlines.h"
#include "globalsearch.h"
#include "idlelock.h"
#include "lockscreen.h"
#include "navigationrail.h"
#include "pages/administrationpage.h"
#include "pages/approvalspage.h"
#include "pages/auditlogpage.h"
#include "pages/changecheckssection.h"
#include "pages/complaintspage.h"
#include "pages/customerspage.h"
#include "pages/dashboardspage.h"
#include "pages/mydaypage.h"
#include "pages/overviewpage.h"
#include "pages/surveyspage.h"
#include "security/permissions.h"
#include "security/vault.h"
#include "usertablemodel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QVBoxLayout>

namespace rmdesk {

MainWindow::MainWindow(Vault& vault, QWidget* parent)
    : QMainWindow(parent)
    , m_vault(vault)
    , m_shell(new QStackedWidget)
    , m_rail(new NavigationRail)
    , m_pages(new QStackedWidget)
    , m_lockScreen(new LockScreen(vault))
    , m_idle(new IdleLock(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("RM Desk"));
    m_pages->setObjectName(QStringLiteral("pages"));
    m_shell->setObjectName(QStringLiteral("shell"));

    auto* workspace = new QWidget;
    workspace->setObjectName(QStringLiteral("workspace"));
    auto* outer = new QVBoxLayout(workspace);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    auto* layout = new QHBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_rail);
    layout->addWidget(m_pages, 1);
    outer->addLayout(layout, 1);
    m_shell->addWidget(workspace);
    m_shell->addWidget(m_lockScreen);
    setCentralWidget(m_shell);
    connect(m_rail, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    const Session& session = vault.session();
    CustomersPage* customers = nullptr;
    MyDayPage* myDay = nullptr; // the start page of those who serve customers
    if (Permissions::allows(session, Action::ServiceWrite))
        addPage(style()->standardIcon(QStyle::SP_FileDialogListView), tr("My day"),
                myDay = new MyDayPage(vault));
    addPage(style()->standardIcon(QStyle::SP_DirHomeIcon), tr("Overview"),
            new OverviewPage(&vault.database(), false, &session));
    if (Permissions::allows(session, Action::CustomerRead)) {
        customers = new CustomersPage(vault);
        addPage(style()->standardIcon(QStyle::SP_DirOpenIcon), tr("Customers"), customers);
        // Ctrl+K from any page: the search field above the pages opens the customer's 360 view.
        m_search = new GlobalSearch(vault);
        auto* bar = new QHBoxLayout;
        bar->setContentsMargins(fontMetrics().height() / 2, fontMetrics().height() / 3,
                                fontMetrics().height() / 2, fontMetrics().height() / 3);
        bar->addStretch(1);
        bar->addWidget(m_search, 2);
        outer->insertLayout(0, bar);
        connect(m_search, &GlobalSearch::customerChosen, this, [this, customers](qint64 id) {
            m_rail->setCurrentRow(m_pages->indexOf(customers));
            customers->openCustomer(id);
        });
        if (myDay) // opening a customer from My day goes the same way as a search
            connect(myDay, &MyDayPage::customerChosen, m_search, &GlobalSearch::customerChosen);
    }
    if (Permissions::allows(session, Action::ComplaintRead)) {
        auto* complaints = new ComplaintsPage(vault);
        addPage(style()->standardIcon(QStyle::SP_FileDialogInfoView), tr("Complaints"), complaints);
        if (m_search) // a complaint's customer opens in the 360 view, like a search result
            connect(complaints, &ComplaintsPage::customerChosen, m_search,
                    &GlobalSearch::customerChosen);
        if (myDay) {
            // My day lists the complaints about to breach; one opens on the Complaints page.
            auto* deadlines = new ComplaintDeadlines(vault);
            myDay->setComplaintPanel(deadlines);
            connect(deadlines, &ComplaintDeadlines::complaintChosen, this,
                    [this, complaints](qint64 id) {
                        m_rail->setCurrentRow(m_pages->indexOf(complaints));
                        complaints->openComplaint(id);
                    });
        }
    }
    if (Permissions::allows(session, Action::SurveyRead))
        addPage(style()->standardIcon(QStyle::SP_MessageBoxQuestion), tr("Surveys"),
                new SurveysPage(vault));
    if (Permissions::allows(session, Action::DashboardRead)) {
        auto* dashboards = new DashboardsPage(vault);
        addPage(style()->standardIcon(QStyle::SP_DesktopIcon), tr("Dashboards"), dashboards);
        if (customers) // a chart's bar opens the matching customer list
            connect(dashboards, &DashboardsPage::customersRequested, this,
                    [this, customers](const CustomerListQuery& query) {
                        m_rail->setCurrentRow(m_pages->indexOf(customers));
                        customers->showQuery(query);
                    });
    }
    if (Permissions::allows(session, Action::CustomerMerge) ||
        Permissions::allows(session, Action::CustomerPurge) ||
        Permissions::allows(session, Action::CustomerChangeCheck)) {
        auto* approvals = new ApprovalsPage(vault);
        addPage(style()->standardIcon(QStyle::SP_DialogApplyButton), tr("Approvals"), approvals);
        if (myDay) // My day's count of identity changes opens them
            connect(myDay, &MyDayPage::changeChecksRequested, this, [this, approvals] {
                m_rail->setCurrentRow(m_pages->indexOf(approvals));
                approvals->sections()->setCurrentWidget(approvals->changeChecks());
            });
    }
    if (Permissions::allows(session, Action::UserManage))
        addPage(style()->standardIcon(QStyle::SP_FileDialogDetailedView), tr("Administration"),
                new AdministrationPage(vault));
    if (Permissions::allows(session, Action::AuditRead))
        addPage(style()->standardIcon(QStyle::SP_FileDialogContentsView), tr("Audit log"),
                new AuditLogPage(vault));

    buildMenus();
    buildStatusBar();
    connect(m_idle, &IdleLock::idle, this, &MainWindow::lock);
    connect(m_lockScreen, &LockScreen::unlocked, this, &MainWindow::unlock);
    const QFontMetrics fm = fontMetrics();
    resize(fm.horizontalAdvance(QLatin1Char('M')) * 110, fm.height() * 44);
}

void MainWindow::addPage(const QIcon& icon, const QString& label, QWidget* page)
{
    m_rail->addEntry(icon, label, page->objectName());
    m_pages->addWidget(page);
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* lockAction = file->addAction(tr("&Lock"), this, &MainWindow::lock);
    lockAction->setObjectName(QStringLiteral("actionLock"));
    lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction* password = file->addAction(tr("Change &password…"), this, &MainWindow::changePassword);
    password->setObjectName(QStringLiteral("actionChangePassword"));
    password->setEnabled(m_vault.session().userId != 0);
    m_unlockedActions << lockAction << password;
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setObjectName(QStringLiteral("actionQuit"));
    // QKeySequence::Quit is empty on some platforms; Ctrl+Q is what people expect.
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < m_rail->count(); ++i) {
        QAction* action = go->addAction(m_rail->item(i)->text());
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, i] { m_rail->setCurrentRow(i); });
        m_unlockedActions << action;
    }
    if (m_search) {
        go->addSeparator();
        QAction* find = go->addAction(tr("&Find customer…"), m_search, &GlobalSearch::focusSearch);
        find->setObjectName(QStringLiteral("actionFindCustomer"));
        find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
        m_unlockedActions << find;
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About RM Desk"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
}

void MainWindow::buildStatusBar()
{
    const Session& session = m_vault.session();
    auto* user = new QLabel(tr("User: %1").arg(session.userName));
    user->setObjectName(QStringLiteral("statusUser"));
    auto* role = new QLabel(tr("Role: %1").arg(UserTableModel::roleLabel(session.role)));
    role->setObjectName(QStringLiteral("statusRole"));
    auto* branch = new QLabel(session.branch.isEmpty() ? tr("Branch: all")
                                                       : tr("Branch: %1").arg(session.branch));
    branch->setObjectName(QStringLiteral("statusBranch"));
    auto* file = new QLabel(tr("Database: %1").arg(QFileInfo(m_vault.path()).fileName()));
    file->setObjectName(QStringLiteral("statusDatabase"));
    file->setToolTip(m_vault.path());
    m_lockState = new QLabel(tr("Encrypted · unlocked"));
    m_lockState->setObjectName(QStringLiteral("statusLock"));
    statusBar()->addWidget(user);
    statusBar()->addWidget(role);
    statusBar()->addWidget(branch);
    statusBar()->addWidget(file, 1);
    statusBar()->addPermanentWidget(m_lockState);
}

bool MainWindow::isLocked() const
{
    return m_shell->currentWidget() == m_lockScreen;
}

void MainWindow::lock()
{
    if (isLocked())
        return;
    // Open dialogs may show data or half-typed secrets: they close with the lock.
    for (QDialog* dialog : findChildren<QDialog*>())
        if (dialog->isVisible())
            dialog->reject();
    m_shell->setCurrentWidget(m_lockScreen);
    for (QAction* action : m_unlockedActions)
        action->setEnabled(false);
    m_lockState->setText(tr("Locked"));
    m_lockScreen->reset();
}

void MainWindow::unlock()
{
    m_shell->setCurrentIndex(0);
    for (QAction* action : m_unlockedActions)
        action->setEnabled(true);
    if (m_vault.session().userId == 0)
        findChild<QAction*>(QStringLiteral("actionChangePassword"))->setEnabled(false);
    m_lockState->setText(tr("Encrypted · unlocked"));
    m_idle->restart();
}

void MainWindow::changePassword()
{
    Vault& vault = m_vault;
    auto* dialog = new ChangePasswordDialog(
        tr("Change password"),
        tr("Choose a new password for %1. Only you should know it; nobody can look it up later.")
            .arg(vault.session().userName),
        [&vault](const SecretBytes& password, KdfProfile profile, QString* why) {
            StoreError e;
            const bool ok = vault.changePassword(password, profile, &e);
            *why = e.message;
            return ok;
        },
        this, [&vault](const SecretBytes& current) { return vault.verifyPassword(current); });
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this] { statusBar()->showMessage(tr("Your password was changed."), 5000); });
    dialog->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About RM Desk"),
                       tr("<b>RM Desk %1</b><p>A workstation for relationship managers at banks, "
                          "securities firms, insurers and fund companies. Customer data is kept "
                          "in one encrypted file.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    for (AdministrationPage* page : m_pages->findChildren<AdministrationPage*>())
        if (!page->mayClose()) {
            event->ignore();
            return;
        }
    QMainWindow::closeEvent(event);
}

} // namespace rmdesk
