#include "mainwindow.h"

#include "navigationrail.h"
#include "pages/overviewpage.h"
#include "storage/database.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>

namespace rmdesk {

MainWindow::MainWindow(Database* database, bool temporary, QWidget* parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_rail(new NavigationRail)
    , m_pages(new QStackedWidget)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("RM Desk"));
    m_pages->setObjectName(QStringLiteral("pages"));

    auto* central = new QWidget;
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_rail);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    connect(m_rail, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    addPage(style()->standardIcon(QStyle::SP_DirHomeIcon), tr("Overview"),
            new OverviewPage(database, temporary));

    buildMenus();
    buildStatusBar(temporary);
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
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setObjectName(QStringLiteral("actionQuit"));
    // QKeySequence::Quit is empty on some platforms; Ctrl+Q is what people expect.
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < m_rail->count(); ++i) {
        QAction* action = go->addAction(m_rail->item(i)->text());
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, i] { m_rail->setCurrentRow(i); });
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About RM Desk"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
}

void MainWindow::buildStatusBar(bool temporary)
{
    auto* user = new QLabel(tr("Not signed in"));
    user->setObjectName(QStringLiteral("statusUser"));
    auto* file = new QLabel;
    file->setObjectName(QStringLiteral("statusDatabase"));
    auto* lock = new QLabel;
    lock->setObjectName(QStringLiteral("statusLock"));
    if (m_database) {
        const QString name = QFileInfo(m_database->path()).fileName();
        file->setText(temporary ? tr("Database: %1 (temporary)").arg(name)
                                : tr("Database: %1").arg(name));
        file->setToolTip(m_database->path());
        lock->setText(tr("Encrypted · unlocked"));
    } else {
        file->setText(tr("No database open"));
        lock->setText(tr("Locked"));
    }
    statusBar()->addWidget(user);
    statusBar()->addWidget(file, 1);
    statusBar()->addPermanentWidget(lock);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About RM Desk"),
                       tr("<b>RM Desk %1</b><p>A workstation for relationship managers at banks, "
                          "securities firms, insurers and fund companies. Customer data is kept "
                          "in one encrypted file.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace rmdesk
