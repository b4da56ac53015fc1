#include "servicestats.h"

#include "security/permissions.h"
#include "stores/lifecyclesupport.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace rmdesk {

using lifecycle::Support;

namespace {

constexpr int DefaultPeriodDays = 30;

QString utcText(const QDate& day)
{
    return QDateTime(day, QTime(0, 0)).toUTC().toString(Qt::ISODateWithMs);
}

ContactOutcome outcomeOf(const QString& code)
{
    if (code == QLatin1String("pending"))
        return ContactOutcome::Pending;
    if (code == QLatin1String("referred"))
        return ContactOutcome::Referred;
    if (code == QLatin1String("not_reached"))
        return ContactOutcome::NotReached;
    return ContactOutcome::Resolved;
}

} // namespace

ServiceStats::ServiceStats(QSqlDatabase db, QDateTime now)
    : m_db(std::move(db))
    , m_now(std::move(now))
    , m_today(m_now.toLocalTime().date())
{}

ServicePeriod ServiceStats::defaultPeriod() const
{
    return {m_today.addDays(1 - DefaultPeriodDays), m_today};
}

std::optional<ServiceStatsResult> ServiceStats::compute(const Session& session,
                                                        const ServicePeriod& period,
                                                        const QString& rmName,
                                                        StoreError* error) const
{
    if (!period.from.isValid() || !period.to.isValid() || period.from > period.to) {
        fail(error, StoreError::Invalid,
             tr("The period must run from a date to the same or a later date."));
        return std::nullopt;
    }
    // Whose numbers the session may see.
    QStringList where = {QStringLiteral("active = 1"),
                         QStringLiteral("role IN ('rm', 'supervisor')")};
    QVariantList binds;
    switch (Permissions::scope(session.role, Action::DashboardRead)) {
    case Scope::Own:
        where << QStringLiteral("id = ?");
        binds << session.userId;
        break;
    case Scope::Branch:
        where << QStringLiteral("branch_code = ?");
        binds << session.branch;
        break;
    case Scope::All:
        break;
    case Scope::None:
        fail(error, StoreError::Forbidden, Permissions::refusal(session, Action::DashboardRead));
        return std::nullopt;
    }
    if (!rmName.isEmpty()) {
        QSqlQuery exists(m_db);
        exists.prepare(QStringLiteral("SELECT 1 FROM users WHERE name = ?"));
        exists.addBindValue(rmName);
        if (!exists.exec() || !exists.next()) {
            fail(error, StoreError::NotFound, tr("There is no user %1.").arg(rmName));
            return std::nullopt;
        }
        where << QStringLiteral("name = ?");
        binds << rmName;
    }
    ServiceStatsResult result;
    result.period = period;
    result.asOf = m_today;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, name, full_name FROM users WHERE ") +
              where.join(QStringLiteral(" AND ")) + QStringLiteral(" ORDER BY name"));
    QString why;
    if (!Support::exec(q, binds, &why)) {
        fail(error, StoreError::Failed, why);
        return std::nullopt;
    }
    QSet<qint64> users;
    while (q.next()) {
        result.byUser.append(
            {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), {}, {}});
        users.insert(q.value(0).toLongLong());
    }
    if (!rmName.isEmpty() && result.byUser.isEmpty()) {
        fail(error, StoreError::Forbidden,
             tr("%1 is not a relationship manager whose service numbers you may see.").arg(rmName));
        return std::nullopt;
    }

    // Follow-ups due in the period.
    QList<FollowUpFact> followUps;
    q.prepare(QStringLiteral("SELECT id, assigned_to, due_on, coalesce(done_at, '') FROM tasks "
                             "WHERE kind = 'follow_up' AND due_on >= ? AND due_on <= ?"));
    if (!Support::exec(q, {period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate)},
                       &why)) {
        fail(error, StoreError::Failed, why);
        return std::nullopt;
    }
    while (q.next()) {
        if (!users.contains(q.value(1).toLongLong()))
            continue;
        const QDateTime done = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
        followUps.append({q.value(0).toLongLong(), q.value(1).toLongLong(),
                          QDate::fromString(q.value(2).toString(), Qt::ISODate),
                          done.isValid() ? done.toLocalTime().date() : QDate()});
    }
    // Every interaction of the matters that had an interaction in the period: a matter's first
    // contact in the period implies one, and its later contacts decide the resolution.
    QList<ContactFact> contacts;
    q.prepare(QStringLiteral("SELECT id, matter_id, user_id, at, outcome FROM interactions "
                             "WHERE matter_id IN (SELECT matter_id FROM interactions "
                             "WHERE at >= ? AND at < ?)"));
    if (!Support::exec(q, {utcText(period.from), utcText(period.to.addDays(1))}, &why)) {
        fail(error, StoreError::Failed, why);
        return std::nullopt;
    }
    while (q.next())
        contacts.append(
            {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
             QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs).toLocalTime(),
             outcomeOf(q.value(4).toString())});

    const QList<UserServiceScore> scores =
        ServiceMetrics::byUser(followUps, contacts, period, m_today);
    for (ServiceScoreRow& row : result.byUser) {
        for (const UserServiceScore& s : scores) {
            if (s.userId != row.userId)
                continue;
            row.onTimeFollowUp = s.onTimeFollowUp;
            row.firstContactResolution = s.firstContactResolution;
        }
        result.onTimeFollowUp.met += row.onTimeFollowUp.met;
        result.onTimeFollowUp.total += row.onTimeFollowUp.total;
        result.firstContactResolution.met += row.firstContactResolution.met;
        result.firstContactResolution.total += row.firstContactResolution.total;
    }
    return result;
}

} // namespace rmdesk
