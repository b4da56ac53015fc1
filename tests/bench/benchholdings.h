#pragma once
// rmdesk-bench --import-holdings N --import-into FILE --import-user NAME: a month of month-end
// balances, N rows (three products per customer) for the customers NAME may import for, imported
// into a copy of FILE as NAME, timed from the start of the import to its commit.

#include <QJsonObject>

namespace rmdesk::bench {

QJsonObject holdingsFigure(int rows);

} // namespace rmdesk::bench
