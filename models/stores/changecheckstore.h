#pragma once

#include "domain/changecheck.h"
#include "security/session.h"
#include "stores/storeerror.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace rmdesk {

// An identity change waiting for, or given, its second person's check.
struct ChangeCheck
{
    qint64 id = 0;
    qint64 customerId = 0;
    QString customerName; // masked
    QString branch;
    QString changedAt;
    qint64 changedById = 0;
    QString changedBy;
    QList<FieldChange> fields; // every field of the edit, values masked
    QString reason;
    QString proofType;
    QString proofRef;
    QString status; // pending, confirmed, rejected, superseded (closed by a merge)
    QString checkedBy;
    QString checkedAt;
    QString note;
    bool restored = false; // rejected, and the old values written back
    QDate dueOn;           // the last day to check it (the change_check rules)
    bool late = false;     // still pending after dueOn
};

// The second person's check of identity changes (specification 2.2). CustomerStore::update opens
// a check with every edit of a name, an ID document, a birth date or a gender; a supervisor of the
// customer's branch or a compliance officer (CustomerChangeCheck), never the person who made the
// edit, confirms it or rejects it. A rejection restores the edit's identity fields as a change of
// its own, with the note as its reason, in the same transaction as the decision and its audit
// rows; not when a field changed again since (nothing is then written back), and never to values
// the checker wrote. Checks outside the session's scope look like missing ones. Every refusal
// changes nothing.
class ChangeCheckStore
{
    Q_DECLARE_TR_FUNCTIONS(ChangeCheckStore)

public:
    explicit ChangeCheckStore(QSqlDatabase db, QDate today = QDate::currentDate());

    // The checks of the customers the session may check: pending ones oldest first, or (with
    // pendingOnly false) every one newest first. *total counts them all, *late the pending ones
    // past their day.
    QList<ChangeCheck> checks(const Session& session, bool pendingOnly, int limit, int* total,
                              StoreError* error, int* late = nullptr);
    // The pending checks of the customers in the session's scope (the branch's backlog, one's
    // own changes included), narrowed to a branch (code) and the customers of an RM (user name)
    // when given; *late: of those, the ones past their day. For the supervision figures of the
    // assessment dashboard.
    std::optional<int> waiting(const Session& session, const QString& branch, const QString& rm,
                               int* late, StoreError* error);
    // Days a check may wait, from the change_check rules in force.
    int withinDays() const { return m_withinDays; }
    std::optional<ChangeCheck> find(const Session& session, qint64 id, StoreError* error);
    // The check with the edit's values in the clear, to compare with the proof: needs the
    // unmask permission and a reason, and leaves an "unmask" audit row on the customer.
    std::optional<ChangeCheck> reveal(const Session& session, qint64 id, const QString& reason,
                                      StoreError* error);
    bool confirm(const Session& session, qint64 id, const QString& note, StoreError* error);
    // *notRestored: why nothing was written back (a field changed again since, or the old ID
    // number is someone else's now): the rejection stands and the profile is corrected by hand.
    bool reject(const Session& session, qint64 id, const QString& note, StoreError* error,
                QString* notRestored = nullptr);

private:
    QList<ChangeCheck> read(const QString& where, const QVariantList& binds, const QString& tail,
                            StoreError* error, bool unmasked = false) const;
    bool decide(const Session& session, qint64 id, bool rejecting, const QString& note,
                StoreError* error, QString* notRestored);
    int countLate(const QString& where, const QVariantList& binds) const;

    QSqlDatabase m_db;
    QDate m_today;
    int m_withinDays = ChangeCheckRules::DefaultWithinDays;
};

} // namespace rmdesk
