#pragma once

#include "demo/demohistory.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>

namespace rmdesk::demo {

// Identity documents renewed at the counter in the last days, as an RM records them: the new
// expiry with its proof, and the second person's check (schema 21) that the branch supervisor
// has given for the oldest and that waits for the others. Up to four per branch, among the
// individuals whose document expired or expires within a month, in customer order (the same
// seed gives the same changes). Runs inside the demo's transaction, after the staff's rows.
// Returns how many changes were written, -1 on failure with *why.
int writeIdentityChanges(QSqlDatabase& db, const HistoryStaff& staff, const QDate& today,
                         QString* why);

} // namespace rmdesk::demo
