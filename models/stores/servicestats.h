#pragma once

#include "domain/servicemetrics.h"
#include "security/session.h"
#include "stores/storeerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace rmdesk {

struct ServiceScoreRow
{
    qint64 userId = 0;
    QString userName;
    QString fullName;
    ServiceRatio onTimeFollowUp;
    ServiceRatio firstContactResolution;
};

struct ServiceStatsResult
{
    ServicePeriod period;
    QDate asOf;
    ServiceRatio onTimeFollowUp; // over the users below
    ServiceRatio firstContactResolution;
    QList<ServiceScoreRow> byUser; // every active RM and supervisor in scope, by user name
};

// The service metrics of models/domain/servicemetrics.h, per relationship manager, read from
// tasks and interactions. Scope follows DashboardRead: an RM sees their own, a supervisor the
// RMs and supervisors of their branch, compliance everyone.
class ServiceStats
{
    Q_DECLARE_TR_FUNCTIONS(ServiceStats)

public:
    explicit ServiceStats(QSqlDatabase db, QDateTime now = QDateTime::currentDateTime());

    // The last 30 days up to today.
    ServicePeriod defaultPeriod() const;
    // rmName: one user only (who must be in scope); empty: everyone in scope.
    std::optional<ServiceStatsResult> compute(const Session& session, const ServicePeriod& period,
                                              const QString& rmName, StoreError* error) const;

private:
    QSqlDatabase m_db;
    QDateTime m_now;
    QDate m_today;
};

} // namespace rmdesk
