#pragma once

#include <QMainWindow>

class QLabel;
class QStackedWidget;

namespace rmdesk {

class Database;
class NavigationRail;

// The main window only assembles: the navigation rail, the pages, the menus and the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `database` may be null (no database open); `temporary` marks a scratch database.
    explicit MainWindow(Database* database, bool temporary, QWidget* parent = nullptr);

    QStackedWidget* pages() const { return m_pages; }
    NavigationRail* rail() const { return m_rail; }

private:
    void addPage(const QIcon& icon, const QString& label, QWidget* page);
    void buildMenus();
    void buildStatusBar(bool temporary);
    void showAbout();

    Database* m_database;
    NavigationRail* m_rail;
    QStackedWidget* m_pages;
};

} // namespace rmdesk
