#pragma once
// rmdesk-bench --import N [--import-into FILE --import-user NAME]: N customers imported from a
// CSV file as a supervisor, timed from the start of the import to its commit.

#include "security/session.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace rmdesk::bench {

struct ImportRm
{
    QString name;
    QString branch;
};

// The active RMs the session may import customers for.
QList<ImportRm> importRms(QSqlDatabase db, const Session& session);

// A file of `rows` valid customers as the demo makes them (names, districts, addresses,
// employers, 5 % institutions; every catalogue column), given to `rms` in turn in their branches.
// Written before the import and not timed.
bool writeImportFile(const QString& file, int rows, const QList<ImportRm>& rms, QString* error);

// Into a fresh database (the bulk migration of one branch: a supervisor of BJ01 and one RM per
// 20,000 rows), or with --import-into FILE --import-user NAME (the password on stdin) into a
// copy of that database, as that user. Rows per second, the stage breakdown and the peak
// resident set during the import (the counter is reset just before it).
QJsonObject importFigure(int rows);

} // namespace rmdesk::bench
