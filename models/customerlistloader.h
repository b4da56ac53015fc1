#pragma once

#include "security/session.h"
#include "stores/customerlisting.h"

#include <QDate>
#include <QMutex>
#include <QPointer>
#include <QThread>
#include <QWaitCondition>

#include <deque>
#include <functional>

namespace rmdesk {

class Database;

// Reads a customer list on its own thread and connection (ARCHITECTURE decision 4; the row-cache
// pattern of sqlitebrowser): the GUI asks for pages, the answers come back as queued calls on
// the receiver's thread. The newest request is served first, so after a scrollbar drag the rows
// on screen arrive before the ones scrolled past; old requests beyond a few are dropped.
class CustomerListLoader : public QThread
{
    Q_OBJECT
public:
    struct Callbacks
    {
        std::function<void(int generation, int total, const StoreError& error)> counted;
        std::function<void(int generation, int page, const QList<CustomerView>& rows,
                           const StoreError& error)>
            pageLoaded;
        std::function<void(int generation, int page)> dropped; // a request given up
    };

    static constexpr int MaxQueued = 8;

    CustomerListLoader(Database& database, const Session& session, const QDate& today,
                       QObject* receiver, Callbacks callbacks);
    ~CustomerListLoader() override; // stops and waits

    // A new list (new filters or order): counts it, then reads its first page. With `recount`
    // false and only the order changed, the last count stands.
    void load(int generation, const CustomerListQuery& query, int pageSize, bool recount = true);
    void request(int generation, int page);

protected:
    void run() override;

private:
    struct Bounds
    {
        CustomerKey first;
        CustomerKey last;
    };
    QList<CustomerView> fetch(CustomerListing& listing, int page, StoreError* error);
    void post(std::function<void()> call);

    Database& m_database;
    const Session m_session;
    const QDate m_today;
    QPointer<QObject> m_receiver;
    const Callbacks m_callbacks;

    QMutex m_mutex;
    QWaitCondition m_wake;
    bool m_stop = false;
    bool m_newList = false;
    bool m_recount = true;
    int m_generation = 0;
    CustomerListQuery m_query;
    int m_pageSize = 100;
    std::deque<int> m_pages; // newest first

    // Loader thread only: first and last keys of the pages read for the current list.
    QHash<int, Bounds> m_bounds;
};

} // namespace rmdesk
