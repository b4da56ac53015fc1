#include "backgroundtask.h"

#include "storage/database.h"

#include <QThread>

#include <memory>

namespace rmdesk {

BackgroundTask::BackgroundTask(Database& database, const QString& name, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_name(name)
{}

BackgroundTask::~BackgroundTask()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void BackgroundTask::run(Work work, Done done)
{
    if (m_thread) { // after the running one, unless something newer comes first
        m_waiting = true;
        m_nextWork = std::move(work);
        m_nextDone = std::move(done);
        return;
    }
    start(std::move(work), std::move(done));
}

void BackgroundTask::start(Work work, Done done)
{
    auto error = std::make_shared<StoreError>();
    Database* database = &m_database;
    m_thread = QThread::create([database, work = std::move(work), error] {
        {
            DbError dbError;
            QSqlDatabase db = database->connection(&dbError);
            if (db.isValid())
                work(db, error.get());
            else
                *error = StoreError{StoreError::Failed, dbError.message};
        }
        database->releaseThreadConnection();
    });
    m_thread->setObjectName(m_name);
    connect(m_thread, &QThread::finished, this, [this, error, done = std::move(done)] {
        m_thread->deleteLater();
        m_thread = nullptr;
        if (m_waiting) {
            m_waiting = false;
            start(std::move(m_nextWork), std::move(m_nextDone));
            return;
        }
        done(*error);
    });
    m_thread->start();
}

} // namespace rmdesk
