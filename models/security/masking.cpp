#include "masking.h"

#include "stores/rulestore.h"

#include <QDate>
#include <QJsonArray>

namespace rmdesk {

namespace {

QHash<QString, MaskPattern> defaultPatterns()
{
    return {
        {QStringLiteral("id_number"), {3, 4, {}}},
        {QStringLiteral("mobile"), {3, 4, {}}},
        {QStringLiteral("bank_card"), {6, 4, {}}},
        {QStringLiteral("name"), {1, 0, {}}},
        {QStringLiteral("address"), {0, 0, {QStringLiteral("区"), QStringLiteral("县")}}},
        {QStringLiteral("email"), {1, 0, {}}},
    };
}

} // namespace

Masker::Masker()
    : m_patterns(defaultPatterns())
{}

Masker::Masker(const QHash<QString, MaskPattern>& patterns)
    : m_patterns(patterns)
{}

Masker Masker::fromRules(const QSqlDatabase& db)
{
    QHash<QString, MaskPattern> patterns = defaultPatterns();
    for (const Rule& r : RuleStore(db).rulesInForce(QDate::currentDate())) {
        if (r.ruleSet != QLatin1String("display_masking"))
            continue;
        bool ok = false;
        const MaskPattern p = MaskPattern::parse(r.value, &ok);
        if (ok)
            patterns.insert(r.key, p);
    }
    return Masker(patterns);
}

QString Masker::mask(CustomerType type, const QString& field, const QString& value) const
{
    const FieldDef* def = CustomerFields::find(type, field);
    if (def && def->grade == Grade::C1)
        return value;
    // Columns of the record itself that say nothing about the person (they appear in the change
    // history): the relationship's status and end date, the number of a merged duplicate.
    static const QStringList recordColumns = {QStringLiteral("status"),
                                              QStringLiteral("relationship_ended_on"),
                                              QStringLiteral("merged_from")};
    if (!def && recordColumns.contains(field))
        return value;
    return maskWith(def ? QString::fromLatin1(def->maskRule) : QString(), value);
}

int Masker::shownAtEnd(const QString& rule) const
{
    const auto it = m_patterns.constFind(rule);
    return it == m_patterns.cend() || !it->until.isEmpty() ? 0 : it->last;
}

QString Masker::maskWith(const QString& rule, const QString& value) const
{
    const auto it = m_patterns.constFind(rule);
    if (it == m_patterns.cend())
        return value.isEmpty() ? value : QString(4, QLatin1Char('*')); // no pattern: hide it all
    return it->apply(value);
}

bool UnmaskRecorder::record(QSqlDatabase& db, const Session& session, const QString& entity,
                            const QString& entityId, const Target& target,
                            const QStringList& fields, const QString& reason, QString* error)
{
    if (!Permissions::allows(session, Action::CustomerUnmask, target)) {
        *error = Permissions::refusal(session, Action::CustomerUnmask);
        return false;
    }
    if (reason.trimmed().size() < MinimumReasonLength) {
        *error = tr("Say why you need to see this data (at least %1 characters); the reason is "
                    "kept in the audit trail.")
                     .arg(MinimumReasonLength);
        return false;
    }
    AuditEvent event;
    event.action = QStringLiteral("unmask");
    event.entity = entity;
    event.entityId = entityId;
    event.details = QJsonObject{{QStringLiteral("fields"), QJsonArray::fromStringList(fields)}};
    event.reason = reason.trimmed();
    return AuditTrail::recordAlone(db, session, event, error);
}

} // namespace rmdesk
