#pragma once

#include "stores/customersearch.h"

#include <QElapsedTimer>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <memory>

struct sqlite3;

namespace rmdesk {
class Vault;
}

namespace rmdesk::bench {

// Copies the database `into` and its keyring to `copy` and signs in there as `user` with the
// password read from standard input; nullptr with *error when any step fails.
std::unique_ptr<Vault> loginToCopy(const QString& into, const QString& copy, const QString& user,
                                   QString* error);

inline double ms(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}
double percentile(QList<double> values, double p);
// A figure of /proc/self/status in kB ("VmRSS:", "VmHWM:"); -1 when it cannot be read.
qint64 rssKb(const char* field);
qint64 peakRssKb();  // VmHWM: the most memory the process has held
void resetPeakRss(); // from here on, VmHWM counts from the memory held now
// Runs the event loop until done() (the loader thread's answers arrive as queued calls).
void waitUntil(const std::function<bool()>& done);

// Queries of one kind, sampled from the data itself, spread over the whole table.
struct SearchKind
{
    QString name;
    QStringList queries;
};
QList<SearchKind> searchKinds(QSqlDatabase db, int perKind);

// The connection's SQLite handle, to run statements without Qt in between.
sqlite3* rawHandle(QSqlDatabase db);
// Runs a search's statements on the raw engine (count, then the page's rows, every column
// read); returns the milliseconds taken.
double rawSearch(sqlite3* db, const CustomerSearch::Plan& plan, int limit);

} // namespace rmdesk::bench
