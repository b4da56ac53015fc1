#include "customerlistloader.h"

#include "storage/database.h"

#include <QMetaObject>

namespace rmdesk {

CustomerListLoader::CustomerListLoader(Database& database, const Session& session,
                                       const QDate& today, QObject* receiver, Callbacks callbacks)
    : m_database(database)
    , m_session(session)
    , m_today(today)
    , m_receiver(receiver)
    , m_callbacks(std::move(callbacks))
{
    setObjectName(QStringLiteral("CustomerListLoader"));
}

CustomerListLoader::~CustomerListLoader()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stop = true;
        m_wake.wakeAll();
    }
    wait();
}

void CustomerListLoader::load(int generation, const CustomerListQuery& query, int pageSize,
                              bool recount)
{
    QMutexLocker lock(&m_mutex);
    m_recount = recount;
    m_generation = generation;
    m_query = query;
    m_pageSize = pageSize;
    m_newList = true;
    m_pages.clear();
    m_wake.wakeAll();
}

void CustomerListLoader::request(int generation, int page)
{
    QMutexLocker lock(&m_mutex);
    if (generation != m_generation)
        return;
    std::erase(m_pages, page);
    m_pages.push_front(page);
    while (m_pages.size() > MaxQueued) {
        const int old = m_pages.back();
        m_pages.pop_back();
        post([this, generation, old] { m_callbacks.dropped(generation, old); });
    }
    m_wake.wakeAll();
}

void CustomerListLoader::post(std::function<void()> call)
{
    if (m_receiver)
        QMetaObject::invokeMethod(m_receiver, std::move(call), Qt::QueuedConnection);
}

QList<CustomerView> CustomerListLoader::fetch(CustomerListing& listing, int page, StoreError* error)
{
    const int size = m_pageSize;
    QList<CustomerView> rows;
    if (page == 0)
        rows = listing.after(nullptr, size, error);
    else if (const auto before = m_bounds.constFind(page - 1); before != m_bounds.cend())
        rows = listing.after(&before->last, size, error);
    else if (const auto next = m_bounds.constFind(page + 1); next != m_bounds.cend())
        rows = listing.before(&next->first, size, error);
    else
        rows = listing.at(page * size, size, error);
    if (!rows.isEmpty())
        m_bounds.insert(
            page, {CustomerListing::keyOf(rows.first()), CustomerListing::keyOf(rows.last())});
    return rows;
}

void CustomerListLoader::run()
{
    DbError dbError;
    QSqlDatabase db = m_database.connection(&dbError);
    std::unique_ptr<CustomerListing> listing;
    int current = -1;
    for (;;) {
        QMutexLocker lock(&m_mutex);
        while (!m_stop && !m_newList && m_pages.empty())
            m_wake.wait(&m_mutex);
        if (m_stop)
            break;
        if (m_newList) {
            m_newList = false;
            current = m_generation;
            const CustomerListQuery query = m_query;
            const auto count = m_recount ? CustomerListing::Count::Later
                                         : CustomerListing::Count::IfFiltersChanged;
            lock.unlock();
            m_bounds.clear();
            StoreError error;
            int total = 0;
            if (!db.isOpen()) {
                error = StoreError{StoreError::Unreadable, dbError.message};
            } else {
                if (!listing)
                    listing = std::make_unique<CustomerListing>(db, m_session, m_today);
                if (!listing->prepare(query, &error, count))
                    listing.reset();
            }
            if (listing && !listing->isCounted()) {
                // The first page on screen before the count, which reads the whole list.
                const QList<CustomerView> rows = fetch(*listing, 0, &error);
                post([this, current, rows, error] {
                    m_callbacks.pageLoaded(current, 0, rows, error);
                });
                if (error.ok() && !listing->countNow(&error))
                    listing.reset();
            }
            if (listing)
                total = listing->total();
            post([this, current, total, error] { m_callbacks.counted(current, total, error); });
            if (total > 0 && !m_bounds.contains(0)) {
                lock.relock();
                if (!m_newList && m_generation == current && m_pages.empty())
                    m_pages.push_front(0); // the first page, without waiting to be asked
            }
            continue;
        }
        const int page = m_pages.front();
        m_pages.pop_front();
        const int generation = m_generation;
        lock.unlock();
        if (generation != current || !listing)
            continue;
        StoreError error;
        const QList<CustomerView> rows = fetch(*listing, page, &error);
        post([this, generation, page, rows, error] {
            m_callbacks.pageLoaded(generation, page, rows, error);
        });
    }
    listing.reset();
    db = QSqlDatabase();
    m_database.releaseThreadConnection();
}

} // namespace rmdesk
