#pragma once

#include "domain/customerfields.h"
#include "security/session.h"
#include "stores/storeerror.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace rmdesk {

struct CustomerView;
namespace lifecycle {
struct StoredCustomer;
}

// Two live customers that are likely the same person: the same name and the same mobile or
// birth date. a < b.
struct DuplicatePair
{
    qint64 a = 0;
    qint64 b = 0;
    QString match; // "mobile" or "birth_date"
};

struct MergeRequest
{
    qint64 id = 0;
    qint64 keepId = 0;
    qint64 absorbId = 0; // after approval: merged into keepId and gone from the live tables
    QHash<QString, QString> choices; // catalogue field → "keep" or "absorb"
    QString reason;
    qint64 requestedById = 0;
    QString requestedBy;
    QString requestedAt;
    QString status; // pending, approved, rejected
    QString decidedBy;
    QString decidedAt;
    QString decisionNote;
    QStringList taken() const; // the fields whose value comes from the absorbed record
};

// How much history a customer has: what a merge moves to the survivor.
struct HistoryCounts
{
    int changes = 0;
    int reviews = 0;
    int consents = 0;
    int holdings = 0; // rows (product × month)
};

// Likely duplicates and their merges (specification 1.3). An RM (own book) or a supervisor asks
// for a merge; a supervisor whose branch holds both customers, and who did not ask, approves it.
// Approving moves the absorbed customer's history to the survivor, archives its row in
// merged_customers and removes it from the live tables, all in one transaction with its audit
// rows. Every refusal changes nothing.
class CustomerMerge
{
    Q_DECLARE_TR_FUNCTIONS(CustomerMerge)

public:
    explicit CustomerMerge(QSqlDatabase db, QDate today = QDate::currentDate());

    // Likely duplicates of one customer among the live customers the session may read (a probe
    // of the name index: instant). Dismissed pairs are left out.
    QList<DuplicatePair> duplicatesOf(const Session& session, qint64 id, StoreError* error);
    // Every likely-duplicate pair whose two customers the session may read (own book, branch or
    // all), in (a, b) order, `limit` from the one after (afterA, afterB). *total counts them all.
    // On a million customers this reads the whole name index: run it off the GUI thread.
    QList<DuplicatePair> duplicates(const Session& session, int limit, int* total,
                                    StoreError* error, qint64 afterA = 0, qint64 afterB = 0);
    // "Not the same person": a supervisor (CustomerMerge on both) stops the pair being flagged.
    bool dismiss(const Session& session, qint64 a, qint64 b, const QString& reason,
                 StoreError* error);

    // Which value survives when nothing is chosen: the kept record's, or the absorbed record's
    // when the kept one is empty. The ID type always follows the ID number.
    static QHash<QString, QString> defaultChoices(CustomerType type,
                                                  const QHash<QString, QString>& keep,
                                                  const QHash<QString, QString>& absorb);
    static QHash<QString, QString> defaultChoices(const CustomerView& keep,
                                                  const CustomerView& absorb);

    HistoryCounts history(const Session& session, qint64 id, StoreError* error);
    // The catalogue fields whose values differ between two customers the session may read (two
    // numbers can look alike masked); the values themselves are not given.
    QStringList differences(const Session& session, qint64 a, qint64 b, StoreError* error);

    // Asks for `absorbId` to be merged into `keepId`. `choices` may name only some fields (the
    // others take their defaults); the merged record must be valid. *requestId: the new request.
    bool request(const Session& session, qint64 keepId, qint64 absorbId,
                 const QHash<QString, QString>& choices, const QString& reason, qint64* requestId,
                 StoreError* error);
    bool approve(const Session& session, qint64 requestId, const QString& note, StoreError* error);
    bool reject(const Session& session, qint64 requestId, const QString& note, StoreError* error);

    std::optional<MergeRequest> find(const Session& session, qint64 requestId, StoreError* error);
    // Requests touching the session's customers, newest first.
    QList<MergeRequest> requests(const Session& session, bool pendingOnly, StoreError* error,
                                 int limit = 500);
    // Masked names of the customers the session may read among `ids`, for lists of pairs and
    // requests (not recorded as views, like a list).
    QHash<qint64, QString> maskedNames(const Session& session, const QList<qint64>& ids) const;
    // Customers merged into `survivor` (their audit rows stay under their own numbers).
    QList<qint64> absorbedInto(qint64 survivor) const;

private:
    // The merged record: the kept values with the chosen fields of the absorbed one.
    static QHash<QString, QString> mergedValues(const lifecycle::StoredCustomer& keep,
                                                const lifecycle::StoredCustomer& absorb,
                                                const QHash<QString, QString>& choices);
    std::optional<MergeRequest> load(qint64 requestId, StoreError* error) const;
    bool checkDecider(const Session& session, const MergeRequest& request,
                      const lifecycle::StoredCustomer& keep,
                      const lifecycle::StoredCustomer& absorb, StoreError* error) const;
    bool pendingFor(qint64 customerId, qint64 exceptRequest) const;
    // Inside the caller's transaction: moves the history, archives and removes the absorbed row,
    // updates the survivor, its search entries and the audit trail.
    bool execute(const Session& session, const MergeRequest& request,
                 const lifecycle::StoredCustomer& keep, const lifecycle::StoredCustomer& absorb,
                 QString* error);

    QSqlDatabase m_db;
    QDate m_today;
};

} // namespace rmdesk
