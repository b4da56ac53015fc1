#pragma once

#include "domain/servicecodes.h"
#include "security/session.h"
#include "stores/storeerror.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QVariant>

#include <optional>

namespace rmdesk {

// A stored task: a follow-up made by an interaction's next follow-up date, or a manual task.
struct Task
{
    qint64 id = 0;
    QString kind; // follow_up, manual
    qint64 customerId = 0;
    QString customerName; // masked
    qint64 customerRmId = 0;
    qint64 interactionId = 0; // the interaction that asked for the follow-up
    qint64 matterId = 0;      // and its matter
    QString purpose;          // that interaction's purpose and channel (codes)
    QString channel;
    QString title;
    QString branch;
    QDate dueOn;        // the date promised; metrics measure against it
    QDate snoozedUntil; // invalid unless snoozed
    QString snoozeReason;
    qint64 assigneeId = 0;
    QString assignee; // user name
    QString status;   // open, done
    QString doneAt;   // UTC, ISO 8601
    QString doneBy;
    QString createdBy;
    QString createdAt;

    bool isOpen() const { return status == QLatin1String("open"); }
    // The day it is shown under: the snooze date when snoozed, else the due date.
    QDate showOn() const { return snoozedUntil.isValid() ? snoozedUntil : dueOn; }
};

struct NewTask
{
    QString title;
    QDate dueOn;
    qint64 customerId = 0; // 0: not about one customer
    QString assignee;      // user name; empty: the acting user
};

struct TaskFilter
{
    qint64 assigneeId = 0;   // 0: the acting user; ignored with wholeScope
    bool wholeScope = false; // every task the session may see
    int dueWithinDays = -1;  // >= 0: shown on or before today + so many days (overdue included)
    bool overdueOnly = false;
    bool includeDone = false;
    qint64 customerId = 0;
    int limit = 500;
};

// Someone a task may be handed to.
struct TaskAssignee
{
    qint64 id = 0;
    QString name;
    QString fullName;
    Role role = Role::Rm;
};

// Tasks. Who may do what (the ServiceWrite permission, target = the task's branch and assignee):
// - see: an RM their own tasks and those about their customers; a supervisor their branch's;
//   compliance all (read only); administrators none.
// - complete, snooze: the assignee, or a supervisor of the task's branch.
// - reassign: the same people, to an active RM or supervisor of the task's branch who can work
//   it: for a task about a customer, that customer's RM or a supervisor of the customer's branch
//   (an RM can hand a task up to a supervisor but not sideways to a peer who cannot see the
//   customer); a task without a customer goes to anyone of the branch.
// Every change writes its audit row in the same transaction.
class TaskStore
{
    Q_DECLARE_TR_FUNCTIONS(TaskStore)

public:
    static constexpr int MinimumReasonLength = 4;

    explicit TaskStore(QSqlDatabase db, QDateTime now = QDateTime::currentDateTime());

    QDate today() const { return m_today; }
    ServiceStandards standards() const;
    static ServiceStandards standards(const QSqlDatabase& db, const QDate& day);

    bool add(const Session& session, const NewTask& task, qint64* id, StoreError* error);
    std::optional<Task> find(const Session& session, qint64 id, StoreError* error);
    QList<Task> list(const Session& session, const TaskFilter& filter, int* total,
                     StoreError* error);
    bool complete(const Session& session, qint64 id, StoreError* error);
    // Shows the task again on `until` (after today and after the day it shows now, at most
    // max_snooze_days ahead); the due date, and so the on-time measure, stays.
    bool snooze(const Session& session, qint64 id, const QDate& until, const QString& reason,
                StoreError* error);
    bool reassign(const Session& session, qint64 id, const QString& userName, StoreError* error);
    QList<TaskAssignee> candidates(const Session& session, qint64 id, StoreError* error);
    // What the task is about, for lists: a manual task's title, or "Follow up: product advice
    // (phone)" for a follow-up.
    static QString titleOf(const Task& task);

    // For InteractionStore, inside its transaction (no permission checks of their own).
    // A follow-up task for `assigneeId` about the interaction's customer.
    static bool insertFollowUp(QSqlDatabase& db, const Session& session, qint64 customerId,
                               const QString& branch, qint64 interactionId, qint64 assigneeId,
                               const QDate& due, const QString& now, qint64* id, QString* error);
    // Completes the matter's open follow-ups, done by the contact `byInteraction`.
    static bool completeMatterFollowUps(QSqlDatabase& db, const Session& session, qint64 matterId,
                                        qint64 byInteraction, const QString& now,
                                        QList<qint64>* completed, QString* error);

    // "t.assigned_to = ?"-style condition for the tasks the session may see (alias t for tasks,
    // c for their customer); empty with *error when the role may see none.
    static QString visibleClause(const Session& session, QVariantList* binds, StoreError* error);

private:
    std::optional<Task> load(qint64 id, StoreError* error) const;
    bool mayAct(const Session& session, const Task& task, StoreError* error) const;
    bool canWork(const TaskAssignee& user, const QString& userBranch, const Task& task) const;
    bool record(const Session& session, const QString& action, const Task& task,
                const QJsonObject& details, const QString& reason, const QString& sql,
                const QVariantList& binds, StoreError* error);

    QSqlDatabase m_db;
    QDateTime m_now;
    QDate m_today;
};

} // namespace rmdesk
