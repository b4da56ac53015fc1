#pragma once

#include "domain/servicecodes.h"
#include "security/session.h"
#include "stores/storeerror.h"
#include "stores/taskstore.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace rmdesk {

// One thing to do: a stored task, or an item derived from a customer's data (a periodic review
// due, an identity document expiring). Derived items are never copied into tasks: they come and
// go with customers.next_review_due and customers.id_expiry, and are done by recording the review
// or updating the document.
struct AgendaItem
{
    QString kind; // follow_up, manual (stored); review, document_expiry (derived)
    Task task;    // the stored task; id 0 for derived items
    qint64 customerId = 0;
    QString customerName; // masked
    // The day it shows under: a task's due date (or the day its snooze ends), a review's due
    // date. Invalid for document expiries: the expiry date is C2 data and stays masked; `state`
    // says whether it has passed.
    QDate due;
    QString state; // overdue, due_today, upcoming, later; document expiries: expired, expiring
    qint64 ownerId = 0;
    QString owner; // the task's assignee, or the customer's RM for derived items

    bool isTask() const { return task.id != 0; }
};

struct AgendaQuery
{
    qint64 userId = 0;       // 0: the acting user; another user's needs a supervisor's scope
    bool wholeScope = false; // every item the session may see, whoever owns it
    // -1: open tasks of any date, reviews due within upcoming_days, documents expiring within
    // document_expiry_notice_days (the service standards). >= 0: everything due or expiring on
    // or before today + so many days, overdue included.
    int dueWithinDays = -1;
    bool overdueOnly = false;
    int limit = 200; // per kind: tasks, reviews, documents
};

struct AgendaCounts
{
    int tasks = 0;
    int reviews = 0;
    int documents = 0;
};

// "My day" and `rmdesk-cli task list`: open tasks, reviews and document expiries of one user (or
// of the session's whole scope), tasks first by the day they show, then reviews by due date, then
// documents, expired first. Scope as TaskStore for tasks and CustomerRead for derived items.
class Agenda
{
    Q_DECLARE_TR_FUNCTIONS(Agenda)

public:
    explicit Agenda(QSqlDatabase db, QDateTime now = QDateTime::currentDateTime());

    QDate today() const { return m_today; }
    ServiceStandards standards() const { return m_standards; }
    QList<AgendaItem> items(const Session& session, const AgendaQuery& query, AgendaCounts* totals,
                            StoreError* error);

    // overdue (before today), due_today, upcoming (within `upcomingDays`), later.
    static QString stateOf(const QDate& due, const QDate& today, int upcomingDays);

private:
    bool resolveOwner(const Session& session, const AgendaQuery& query, qint64* ownerId,
                      StoreError* error) const;
    QList<AgendaItem> derived(const Session& session, const QString& kind, qint64 ownerId,
                              const AgendaQuery& query, int* total, StoreError* error) const;

    QSqlDatabase m_db;
    QDateTime m_now;
    QDate m_today;
    ServiceStandards m_standards;
};

} // namespace rmdesk
