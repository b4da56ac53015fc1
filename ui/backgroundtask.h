#pragma once

#include "stores/storeerror.h"

#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <functional>

class QThread;

namespace rmdesk {

class Database;

// Runs a page's store reads on a thread of their own, with that thread's own connection to the
// database (released before the thread ends), so that the page stays responsive while numbers
// are worked out. One at a time: a request made while one runs waits, and when several wait only
// the newest runs — the page then shows what its filters say now, not what they said before.
class BackgroundTask : public QObject
{
    Q_OBJECT

public:
    // Runs on the worker thread with its connection; fills the caller's own result.
    using Work = std::function<void(QSqlDatabase db, StoreError* error)>;
    // Runs on the GUI thread when that work is done and nothing newer waits.
    using Done = std::function<void(const StoreError& error)>;

    BackgroundTask(Database& database, const QString& name, QObject* parent);
    ~BackgroundTask() override; // waits for a running read

    void run(Work work, Done done);
    bool isRunning() const { return m_thread != nullptr; }

private:
    void start(Work work, Done done);

    Database& m_database;
    QString m_name;
    QThread* m_thread = nullptr;
    bool m_waiting = false;
    Work m_nextWork;
    Done m_nextDone;
};

} // namespace rmdesk
