#pragma once

#include "security/session.h"
#include "stores/storeerror.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace rmdesk {

// Where a customer stands in its lifecycle of records.
struct RetentionState
{
    qint64 id = 0;
    QString status; // active, ended
    QDate endedOn;
    QString endReason;
    bool amlHold = false; // shown only to roles that hold or purge (see CustomerRetention::state)
    QString amlHoldReason;
    QDate purgeableFrom; // endedOn + the retention period; invalid while active
    bool purgeable = false;
    QString notPurgeable; // why not, for people (empty when purgeable)
};

struct PurgeRequest
{
    qint64 id = 0;
    qint64 customerId = 0;
    QString branch;
    QString endedOn;
    QString reason;
    qint64 requestedById = 0;
    QString requestedBy;
    QString requestedRole;
    QString requestedAt;
    QString status; // pending, approved, rejected
    QString decidedBy;
    QString decidedRole;
    QString decidedAt;
    QString decisionNote;
};

struct EndedCustomer
{
    qint64 id = 0;
    QString branch;
    QString endedOn;
    QString endReason;
};

// The end of a relationship and what follows (specification 2.1, the record_retention rules):
// nothing is deleted while records must be kept; ending a relationship records its date and
// reason; once the retention period after that date has passed, and no AML hold keeps the
// records, a supervisor and a compliance officer (two people, one of each role) may purge the
// customer. The purge removes the customer and every record about them in one transaction and
// leaves only a purged_customers row and audit rows without personal data.
class CustomerRetention
{
    Q_DECLARE_TR_FUNCTIONS(CustomerRetention)

public:
    explicit CustomerRetention(QSqlDatabase db, QDate today = QDate::currentDate());

    // Years to keep records after a relationship ends, from the record_retention rules in force;
    // 0 when no rule is in force (then nothing may be purged).
    int retentionYears() const;

    std::optional<RetentionState> state(const Session& session, qint64 id, StoreError* error);
    // RM (own book) or supervisor: `on` is not in the future.
    bool endRelationship(const Session& session, qint64 id, const QDate& on, const QString& reason,
                         StoreError* error);
    // A supervisor reopens an ended relationship (a new start; the end stays in the history).
    bool reopen(const Session& session, qint64 id, const QString& reason, StoreError* error);
    // Compliance: keep (or stop keeping) the records for an open AML investigation.
    bool setAmlHold(const Session& session, qint64 id, bool hold, const QString& reason,
                    StoreError* error);

    bool requestPurge(const Session& session, qint64 id, const QString& reason, qint64* requestId,
                      StoreError* error);
    bool approvePurge(const Session& session, qint64 requestId, StoreError* error);
    bool rejectPurge(const Session& session, qint64 requestId, const QString& note,
                     StoreError* error);
    QList<PurgeRequest> purgeRequests(const Session& session, bool pendingOnly, StoreError* error,
                                      int limit = 500);
    // Ended customers in the session's purge scope whose retention has run out, with no hold and
    // no pending request: oldest end first.
    QList<EndedCustomer> purgeable(const Session& session, int limit, int* total,
                                   StoreError* error);

private:
    std::optional<PurgeRequest> loadRequest(qint64 requestId, StoreError* error) const;
    QDate cutoff() const; // an end on or before this day is past retention
    bool holdBlocks() const;

    QSqlDatabase m_db;
    QDate m_today;
};

} // namespace rmdesk
