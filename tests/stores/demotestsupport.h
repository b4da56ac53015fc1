#pragma once
// What the demo generator's two test files share: the day and span they generate, the options for
// a database of a given size and seed, and a one-value query.
#include "common/vaultfixture.h"
#include "demo/demogenerator.h"

#include <QSqlQuery>

namespace rmdesk::test {

inline const QDate kToday(2026, 11, 27);
constexpr int kMonths = 36;

inline DemoOptions demoOptions(qint64 customers, quint64 seed)
{
    DemoOptions options;
    options.customers = customers;
    options.seed = seed;
    options.months = kMonths;
    options.today = kToday;
    return options;
}

inline qint64 scalar(QSqlDatabase db, const QString& sql)
{
    QSqlQuery q(db);
    BOOST_REQUIRE_MESSAGE(q.exec(sql) && q.next(), sql.toStdString());
    return q.value(0).toLongLong();
}

} // namespace rmdesk::test
