#pragma once

#include "security/session.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QString>

namespace rmdesk {

// Customers' tiers follow the customer_tiers thresholds in force (schema 22). The version last
// applied to the stored tiers is kept in rule_applications; when another version is in force,
// every customer's tier is set again from the AUM it was last given (customers.aum_fen: the
// latest month a holdings import or `customer tiers` read), with one customer.tiers audit row
// when any tier changed. With no version applied yet (a file from before schema 22), the first
// call brings every tier in line once.
// Runs inside the caller's transaction, where a version comes into force without anyone asking
// for tiers: an administrator publishing a version effective today, and the monthly stage run.
class TierUpkeep
{
    Q_DECLARE_TR_FUNCTIONS(TierUpkeep)

public:
    // The number of customers whose tier changed (0 when the version in force has been applied
    // already, or none is in force); -1 on failure with *why.
    static int applyDue(QSqlDatabase& db, const Session& session, const QDate& today, QString* why);
};

} // namespace rmdesk
