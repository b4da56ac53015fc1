#include "changecheck.h"

namespace rmdesk {

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
        if (now != c.newValue)
            r.conflicts.append(c.field);
        else if (now != c.oldValue)
            r.diff.insert(c.field, {now, c.oldValue});
    }
    if (!r.conflicts.isEmpty())
        r.diff.clear();
    return r;
}

QString ChangeCheckRules::conflictMessage(const QStringList& conflicts)
{
    QStringList labels;
    for (const QString& f : conflicts)
        labels.append(CustomerFields::label(f));
    return tr("%1 changed again after this edit, so its old value cannot simply be restored. "
              "Decide the later change's check first, or correct the profile with Edit….")
        .arg(labels.join(tr(", ")));
}

} // namespace rmdesk
