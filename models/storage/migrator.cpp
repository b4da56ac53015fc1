#include "migrator.h"

#include "sqlscript.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace rmdesk {

Migrator::Migrator()
    : m_migrations(shipped())
{}

Migrator::Migrator(QList<Migration> migrations)
    : m_migrations(std::move(migrations))
{
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration& a, const Migration& b) { return a.version < b.version; });
}

QList<Migration> Migrator::shipped()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    QList<Migration> list;
    const QDir dir(QStringLiteral(":/schema"));
    for (const QString& file : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        const auto match = pattern.match(file);
        if (!match.hasMatch())
            continue;
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        list.append({match.captured(1).toInt(), match.captured(2), QString::fromUtf8(f.readAll())});
    }
    return list;
}

int Migrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.last().version;
}

int Migrator::currentVersion(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool Migrator::migrate(QSqlDatabase& db, QString* error, int target) const
{
    if (target < 0)
        target = latestVersion();
    const int current = currentVersion(db);
    if (current < 0) {
        *error =
            QCoreApplication::translate("rmdesk::Migrator", "Cannot read the schema version: %1")
                .arg(db.lastError().text());
        return false;
    }
    for (const Migration& m : m_migrations) {
        if (m.version <= current || m.version > target)
            continue;
        if (!db.transaction()) {
            *error =
                QCoreApplication::translate("rmdesk::Migrator", "Cannot start schema update %1: %2")
                    .arg(m.version)
                    .arg(db.lastError().text());
            return false;
        }
        QStringList statements = splitSqlScript(m.sql);
        statements << QStringLiteral("PRAGMA user_version = %1").arg(m.version);
        for (const QString& statement : statements) {
            QSqlQuery q(db);
            if (!q.exec(statement)) {
                const QString why = q.lastError().databaseText();
                q.finish();
                db.rollback();
                *error = QCoreApplication::translate("rmdesk::Migrator",
                                                     "Schema update %1 (%2) failed: %3")
                             .arg(m.version)
                             .arg(m.name, why);
                return false;
            }
        }
        if (!db.commit()) {
            const QString why = db.lastError().text();
            db.rollback();
            *error = QCoreApplication::translate("rmdesk::Migrator",
                                                 "Schema update %1 (%2) could not be saved: %3")
                         .arg(m.version)
                         .arg(m.name, why);
            return false;
        }
    }
    return true;
}

} // namespace rmdesk
