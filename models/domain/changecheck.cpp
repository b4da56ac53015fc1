#include "changecheck.h"

namespace rmdesk {

QDate ChangeCheckRules::dueOn(const QDateTime& changedAt, int withinDays)
{
    return changedAt.toLocalTime().date().addDays(withinDays);
}

bool ChangeCheckRules::isLate(const QDateTime& changedAt, int withinDays, const QDate& today)
{
    return changedAt.isValid() && today > dueOn(changedAt, withinDays);
}

bool ChangeCheckRules::needsCheck(CustomerType type, const QStringList& fields)
{
    for (const QString& f : fields) {
        const FieldDef* def = CustomerFields::find(type, f);
        if (def && def->identity)
            return true;
    }
    return false;
}

QString ChangeCheckRules::checkerProblem(qint64 checkerId, qint64 authorId)
{
    if (checkerId == authorId)
        return tr("You made this change yourself: another person checks it against the proof "
                  "(four eyes).");
    return QString();
}

QString ChangeCheckRules::noteProblem(bool rejecting, const QString& note)
{
    if (rejecting && note.trimmed().size() < MinimumNoteLength)
        return tr("Say why the change is rejected (at least %1 characters): the RM reads it and "
                  "it is kept with the restored values.")
            .arg(MinimumNoteLength);
    if (!CustomerFields::sensitiveLooking(note).isEmpty())
        return tr("The note seems to hold an ID or card number: say what is wrong without it (the "
                  "numbers are on the profile).");
    return QString();
}

ChangeCheckRules::Restoration ChangeCheckRules::restoration(CustomerType type,
                                                            const QList<FieldChange>& edit,
                                                            const QHash<QString, QString>& current)
{
    Restoration r;
    for (const FieldChange& c : edit) {
        const FieldDef* def = CustomerFields::find(type, c.field);
        if (!def || !def->identity)
            continue;
        const QString now = current.value(c.field);
        if (now == c.oldValue)
            continue; // already back
        if (now != c.newValue)
            r.conflicts.append(c.field);
        else
            r.diff.insert(c.field, {now, c.oldValue});
    }
    if (!r.conflicts.isEmpty())
        r.diff.clear();
    return r;
}

QString ChangeCheckRules::describe(const QList<FieldChange>& fields)
{
    QStringList parts;
    for (const FieldChange& f : fields)
        parts << tr("%1: %2 → %3")
                     .arg(CustomerFields::label(f.field),
                          f.oldValue.isEmpty() ? tr("(empty)") : f.oldValue,
                          f.newValue.isEmpty() ? tr("(empty)") : f.newValue);
    return parts.join(QStringLiteral("; "));
}

QString ChangeCheckRules::conflictMessage(const QStringList& conflicts)
{
    QStringList labels;
    for (const QString& f : conflicts)
        labels.append(CustomerFields::label(f));
    return tr("The change is rejected, but nothing was restored: %1 changed again after it. "
              "Correct the profile with Edit… (the RM sees the rejection in its history).")
        .arg(labels.join(tr(", ")));
}

} // namespace rmdesk
