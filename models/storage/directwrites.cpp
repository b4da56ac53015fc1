#include "directwrites.h"

#include <QSqlError>
#include <QSqlQuery>

namespace rmdesk {

DirectWrites::DirectWrites(QSqlDatabase db)
    : m_db(std::move(db))
{
    // Leaving WAL checkpoints it and fails at once while another connection has the file open.
    QSqlQuery q(m_db);
    m_active = q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next() &&
               q.value(0).toString() == QLatin1String("wal") &&
               q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")) && q.next() &&
               q.value(0).toString() == QLatin1String("delete");
}

DirectWrites::~DirectWrites()
{
    QString ignored;
    restore(&ignored);
}

bool DirectWrites::restore(QString* error)
{
    if (!m_active)
        return true;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next() ||
        q.value(0).toString() != QLatin1String("wal")) {
        *error = q.lastError().text().isEmpty() ? QStringLiteral("journal_mode stays delete")
                                                : q.lastError().text();
        return false;
    }
    m_active = false;
    return true;
}

} // namespace rmdesk
