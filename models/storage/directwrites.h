#pragma once

#include <QSqlDatabase>
#include <QString>

namespace rmdesk {

// For one large write by the only connection to a file (a demo, a bulk import): rollback
// journaling instead of the WAL while it lasts. A page new to the file needs no journal, so the
// gigabytes go straight into the database file once, instead of into the WAL and then, at the
// checkpoint, into the file again (and the disk never holds both). The write stays atomic: a
// crash leaves a journal that the next open rolls back. When another connection has the file
// open SQLite refuses the change, and the write goes through the WAL as usual. While it lasts,
// another process cannot open the file (opening switches it to WAL): it is told the database is
// busy and to try again in a moment.
//
// Switch before the transaction begins and back after it has ended (the destructor switches
// back, quietly, if restore() was not called).
class DirectWrites
{
public:
    explicit DirectWrites(QSqlDatabase db);
    ~DirectWrites();
    DirectWrites(const DirectWrites&) = delete;
    DirectWrites& operator=(const DirectWrites&) = delete;

    bool active() const { return m_active; }
    // Write-ahead logging again; false (with the reason) only if it could not be restored.
    bool restore(QString* error);

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace rmdesk
