#pragma once

#include "domain/customerfields.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace rmdesk {

// One field of an edit as it was recorded: its value before and after.
struct FieldChange
{
    QString field;
    QString oldValue;
    QString newValue;
};

// The second person's check of an identity change (specification 2.2: a responsible department
// reviews changes, which need proof documents). The RM changes a name, an ID document, a birth
// date or a gender with the proof in hand; the change takes effect at once and is then checked by
// someone else, who confirms it or rejects it. A rejection restores the identity fields of the
// edit, unless one of them has changed again since: then nothing is restored and the profile is
// corrected by hand (restoring over a later change would undo it unseen).
class ChangeCheckRules
{
    Q_DECLARE_TR_FUNCTIONS(ChangeCheckRules)

public:
    // The shortest note a rejection needs (a confirmation needs none).
    static constexpr int MinimumNoteLength = 4;

    // Days a check may wait when the change_check rules say nothing.
    static constexpr int DefaultWithinDays = 5;

    // The last day of a check made at `changedAt` (UTC): `withinDays` calendar days after the
    // day of the change, in local time. Late from the day after.
    static QDate dueOn(const QDateTime& changedAt, int withinDays);
    static bool isLate(const QDateTime& changedAt, int withinDays, const QDate& today);

    // Whether an edit with these fields needs a check: it changes an identity field.
    static bool needsCheck(CustomerType type, const QStringList& fields);

    // Why this person may not decide the check, or an empty text: nobody checks their own edit.
    static QString checkerProblem(qint64 checkerId, qint64 authorId);
    // Why the note will not do, or an empty text. A rejection says why, without ID or card
    // numbers (the note is read in the profile's history and kept in the audit trail).
    static QString noteProblem(bool rejecting, const QString& note);

    // What a rejection writes: each identity field of the edit back to its old value. A field
    // whose value is its old one again needs nothing; one with a third value is a conflict, and
    // with any conflict nothing is restored (diff empty): the identity fields hang together.
    struct Restoration
    {
        QHash<QString, QPair<QString, QString>> diff; // field → {value now, value restored}
        QStringList conflicts; // identity fields changed again to something else since
    };
    static Restoration restoration(CustomerType type, const QList<FieldChange>& edit,
                                   const QHash<QString, QString>& current);
    // "Name: 张* → 张**; ID expiry: (empty) → 2046-01-01", for the list and the command line.
    static QString describe(const QList<FieldChange>& fields);

    // What the checker is told when a rejection restored nothing because of conflicts.
    static QString conflictMessage(const QStringList& conflicts);
};

} // namespace rmdesk
