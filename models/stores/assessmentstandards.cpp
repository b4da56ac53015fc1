// AssessmentStore: the KPI standards, configuration versioned like the rule sets (specification
// 7.2). Scorecards are in assessmentstore.cpp.
#include "assessmentstore.h"

#include "security/permissions.h"
#include "stores/audittrail.h"
#include "stores/lifecyclesupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace rmdesk {

using lifecycle::Support;

std::optional<KpiStandardSet> AssessmentStore::standardsFor(const QString& role,
                                                            const QString& periodKind,
                                                            const QDate& day, QString* error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT version, effective_from, changed_by, changed_at, kpi, weight, target, direction "
        "FROM kpi_standards WHERE role = ? AND period_kind = ? AND version = "
        "(SELECT max(version) FROM kpi_standards WHERE role = ? AND period_kind = ? AND "
        "effective_from <= ?) ORDER BY position, kpi"));
    if (!Support::exec(q, {role, periodKind, role, periodKind, day.toString(Qt::ISODate)}, error))
        return std::nullopt;
    KpiStandardSet set;
    set.role = role;
    set.periodKind = periodKind;
    while (q.next()) {
        set.version = q.value(0).toInt();
        set.effectiveFrom = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        set.changedBy = q.value(2).toString();
        set.changedAt = q.value(3).toString();
        set.targets.append(
            {q.value(4).toString(), q.value(5).toDouble(), q.value(6).toDouble(),
             KpiScoring::directionFromName(q.value(7).toString()).value_or(KpiDirection::Higher)});
    }
    if (set.targets.isEmpty()) {
        *error = tr("No KPI standards for role %1 and period kind %2 are in force on %3.")
                     .arg(role, periodKind, day.toString(Qt::ISODate));
        return std::nullopt;
    }
    return set;
}

std::optional<KpiStandardSet> AssessmentStore::standards(const Session& session,
                                                         const QString& role,
                                                         const QString& periodKind,
                                                         const QDate& day, StoreError* error) const
{
    if (!Permissions::allows(session, Action::DashboardRead) &&
        !Permissions::allows(session, Action::SettingsEdit)) {
        fail(error, StoreError::Forbidden, Permissions::refusal(session, Action::DashboardRead));
        return std::nullopt;
    }
    QString why;
    auto set = standardsFor(role, periodKind, day, &why);
    if (!set)
        fail(error, StoreError::NotFound, why);
    return set;
}

QList<KpiStandardSet> AssessmentStore::standardsHistory(const Session& session, const QString& role,
                                                        const QString& periodKind,
                                                        StoreError* error) const
{
    QList<KpiStandardSet> out;
    if (!Permissions::allows(session, Action::DashboardRead) &&
        !Permissions::allows(session, Action::SettingsEdit)) {
        fail(error, StoreError::Forbidden, Permissions::refusal(session, Action::DashboardRead));
        return out;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT DISTINCT effective_from FROM kpi_standards WHERE role = ? "
                             "AND period_kind = ? ORDER BY version DESC"));
    QString why;
    if (!Support::exec(q, {role, periodKind}, &why)) {
        fail(error, StoreError::Failed, why);
        return out;
    }
    QList<QDate> days;
    while (q.next())
        days << QDate::fromString(q.value(0).toString(), Qt::ISODate);
    int lastVersion = 0;
    for (const QDate& day : std::as_const(days)) {
        auto set = standardsFor(role, periodKind, day, &why);
        if (set && set->version != lastVersion) {
            lastVersion = set->version;
            out.append(*set);
        }
    }
    return out;
}

bool AssessmentStore::setStandards(const Session& session, const KpiStandardSet& set, int* version,
                                   StoreError* error)
{
    if (!Permissions::allows(session, Action::SettingsEdit))
        return fail(error, StoreError::Forbidden,
                    Permissions::refusal(session, Action::SettingsEdit));
    if (set.role != QLatin1String("rm") && set.role != QLatin1String("supervisor"))
        return fail(error, StoreError::Invalid,
                    tr("KPI standards are kept for the roles rm and supervisor, not \"%1\".")
                        .arg(set.role));
    if (set.periodKind != QLatin1String("month") && set.periodKind != QLatin1String("quarter") &&
        set.periodKind != QLatin1String("year"))
        return fail(
            error, StoreError::Invalid,
            tr("The period kind must be month, quarter or year, not \"%1\".").arg(set.periodKind));
    if (!set.effectiveFrom.isValid() || set.effectiveFrom < m_today)
        return fail(error, StoreError::Invalid,
                    tr("New standards take effect today (%1) or later: give the date as "
                       "YYYY-MM-DD.")
                        .arg(m_today.toString(Qt::ISODate)));
    if (set.targets.isEmpty())
        return fail(error, StoreError::Invalid, tr("Give at least one KPI with its weight."));
    const QStringList known = KpiScoring::kpis();
    QStringList seen;
    double weights = 0;
    for (const KpiTarget& t : set.targets) {
        if (!known.contains(t.kpi))
            return fail(error, StoreError::Invalid,
                        tr("Unknown KPI \"%1\": use one of %2.")
                            .arg(t.kpi, known.join(QStringLiteral(", "))));
        if (seen.contains(t.kpi))
            return fail(error, StoreError::Invalid, tr("KPI %1 is given twice.").arg(t.kpi));
        seen << t.kpi;
        if (!(t.weight > 0) || t.weight > 100 || !std::isfinite(t.weight))
            return fail(
                error, StoreError::Invalid,
                tr("The weight of %1 must be above 0 and at most 100 (percent).").arg(t.kpi));
        if (!(t.target > 0) || !std::isfinite(t.target))
            return fail(error, StoreError::Invalid,
                        tr("The target of %1 must be a number above 0.").arg(t.kpi));
        weights += t.weight;
    }
    if (std::abs(weights - 100.0) > 1e-6)
        return fail(error, StoreError::Invalid,
                    tr("The weights add up to %1 %; they must add up to 100 %.").arg(weights));

    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT coalesce(max(version), 0), coalesce(max(effective_from), '') "
                             "FROM kpi_standards WHERE role = ? AND period_kind = ?"));
    QString why;
    if (!Support::exec(q, {set.role, set.periodKind}, &why) || !q.next())
        return fail(error, StoreError::Failed, why);
    const int next = q.value(0).toInt() + 1;
    const QString latest = q.value(1).toString();
    if (set.effectiveFrom.toString(Qt::ISODate) < latest)
        return fail(error, StoreError::Invalid,
                    tr("The newest standards take effect on %1: a new version cannot take effect "
                       "before that.")
                        .arg(latest));
    const QString at = m_now.toUTC().toString(Qt::ISODateWithMs);
    QJsonArray kpis;
    if (!m_db.transaction())
        return fail(error, StoreError::Failed, m_db.lastError().text());
    q.prepare(QStringLiteral("INSERT INTO kpi_standards (role, period_kind, version, "
                             "effective_from, kpi, weight, target, direction, position, "
                             "changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bool ok = true;
    int position = 0;
    for (const KpiTarget& t : set.targets) {
        ok = ok &&
             Support::exec(q,
                           {set.role, set.periodKind, next, set.effectiveFrom.toString(Qt::ISODate),
                            t.kpi, t.weight, t.target, KpiScoring::directionName(t.direction),
                            ++position, session.userName, at},
                           &why);
        kpis.append(
            QJsonObject{{QStringLiteral("kpi"), t.kpi},
                        {QStringLiteral("weight"), t.weight},
                        {QStringLiteral("target"), t.target},
                        {QStringLiteral("direction"), KpiScoring::directionName(t.direction)}});
    }
    const QString entityId = set.role + QLatin1Char('/') + set.periodKind;
    if (!ok ||
        !AuditTrail::record(
            m_db, session,
            {QStringLiteral("kpi.set"),
             QStringLiteral("kpi_standards"),
             entityId,
             {{QStringLiteral("version"), next},
              {QStringLiteral("effective_from"), set.effectiveFrom.toString(Qt::ISODate)},
              {QStringLiteral("kpis"), kpis}},
             QString()},
            &why) ||
        !m_db.commit()) {
        m_db.rollback();
        return fail(error, StoreError::Failed,
                    tr("The KPI standards were not saved: %1")
                        .arg(why.isEmpty() ? m_db.lastError().text() : why));
    }
    if (version)
        *version = next;
    return true;
}

} // namespace rmdesk
