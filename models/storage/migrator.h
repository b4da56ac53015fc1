#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace rmdesk {

struct Migration
{
    int version = 0;
    QString name;
    QString sql;
};

// Applies the numbered schema files (resources/schema/NNNN_name.sql) in order, one transaction
// each, and records progress in PRAGMA user_version.
class Migrator
{
public:
    Migrator(); // the migrations shipped in the resources
    explicit Migrator(QList<Migration> migrations);

    static QList<Migration> shipped();
    const QList<Migration>& migrations() const { return m_migrations; }
    int latestVersion() const;

    static int currentVersion(const QSqlDatabase& db);
    // Migrates db from its current version up to target (default: the latest). Each migration is
    // all-or-nothing; on failure *error says which one and why, and the database keeps the last
    // version that succeeded.
    bool migrate(QSqlDatabase& db, QString* error, int target = -1) const;

private:
    QList<Migration> m_migrations;
};

} // namespace rmdesk
