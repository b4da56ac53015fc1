#pragma once

// A hand-worked book for the lifecycle and retention stores (staff of LifecycleFixture):
//
//   month-end totals (fen)  Jan   Feb   Mar  Apr  May  Jun   Jul   Aug   Sep   Oct   2026
//   g  rm1 BJ01 growing    1000  1001  1002 1100 1210 1300  1400  1500  1600  1700
//   d  rm2 SH01 declining  1000   999   998  900  800  700   600   500   400   300
//   s  rm1 BJ01 dormant     500   500   500  500  500  500   500   500   500   500  (a call in Jun)
//   c  rm1 BJ01 won back    300   301     -    -    -    -   400   410   420   430
//   p  rm1 BJ01 prospect      -     -     -    -    -    -     -     -     -     -
//
// g's January total is split over two products (600 + 400). The `lifecycle` rule set is shortened
// to dormant_months 2 and churned_months 3 (the rest as shipped: onboarding 3, trend 3, growing
// +10 %, declining -10 %, won back 3, override 3), so the rules assign, month by month:
//   g  onboarding (Jan-Mar), growing (Apr-)                 transitions: Jan, Apr
//   d  onboarding (Jan-Mar), declining (Apr-)               transitions: Jan, Apr
//   s  onboarding (Jan-Feb), dormant (Mar-May: no change), mature (Jun-Jul: the call),
//      dormant (Aug-)                                       transitions: Jan, Mar, Jun, Aug
//   c  onboarding (Jan-Mar: Mar is the month it sold out), declining (Apr: -100 % on Jan),
//      dormant (May: quiet 2), churned (Jun: quiet 3, nothing held), won back (Jul-Sep),
//      mature (Oct: +7.5 % on Jul)                          transitions: Jan, Apr, May, Jun, Jul,
//      Oct
//   p  prospect throughout                                  no transitions
#include "domain/retention.h"
#include "stores/interactionstore.h"
#include "stores/lifecyclefixture.h"
#include "stores/lifecyclestore.h"
#include "stores/retentionstore.h"

namespace rmdesk::test {

struct StageFixture : LifecycleFixture
{
    StageFixture()
    {
        g = addCustomer("rm1", {{QStringLiteral("name"), QStringLiteral("高成长")}});
        d = addCustomer("rm2", {{QStringLiteral("name"), QStringLiteral("邓下降")}});
        s = addCustomer("rm1", {{QStringLiteral("name"), QStringLiteral("孙沉睡")}});
        c = addCustomer("rm1", {{QStringLiteral("name"), QStringLiteral("陈回归")}});
        p = addCustomer("rm1", {{QStringLiteral("name"), QStringLiteral("潘潜在")}});
        const QList<qint64> gTotals = {1000, 1001, 1002, 1100, 1210, 1300, 1400, 1500, 1600, 1700};
        const QList<qint64> dTotals = {1000, 999, 998, 900, 800, 700, 600, 500, 400, 300};
        const QList<qint64> cTotals = {300, 301, 0, 0, 0, 0, 400, 410, 420, 430};
        for (int i = 0; i < 10; ++i) {
            if (i == 0) {
                hold(g, jan + i, 600, "P1");
                hold(g, jan + i, 400, "P2");
            } else {
                hold(g, jan + i, gTotals[i]);
            }
            hold(d, jan + i, dTotals[i]);
            hold(s, jan + i, 500);
            if (cTotals[i] > 0)
                hold(c, jan + i, cTotals[i]);
        }
        execOrFail(db(), QStringLiteral("UPDATE rule_values SET value = '2' WHERE rule_set_id = "
                                        "31 AND key = 'dormant_months'"));
        execOrFail(db(), QStringLiteral("UPDATE rule_values SET value = '3' WHERE rule_set_id = "
                                        "31 AND key = 'churned_months'"));
        NewInteraction call;
        call.customerId = s;
        call.at = QDateTime(QDate(2026, 6, 15), QTime(10, 0));
        call.channel = QStringLiteral("phone");
        call.purpose = QStringLiteral("relationship_care");
        call.summary = QStringLiteral("年中回访，客户表示暂无新需求");
        InteractionSaved saved;
        StoreError e;
        BOOST_REQUIRE_MESSAGE(InteractionStore(as("rm1").database().connection(), runDay(jan + 10))
                                  .add(session("rm1"), call, &saved, &e),
                              e.message);
    }

    void hold(qint64 customer, int month, qint64 fen, const char* product = "P1")
    {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("INSERT INTO holdings (customer_id, product_code, month, "
                                 "balance_fen) VALUES (?, ?, ?, ?)"));
        q.addBindValue(customer);
        q.addBindValue(QString::fromLatin1(product));
        q.addBindValue(monthName(month));
        q.addBindValue(fen);
        BOOST_REQUIRE_MESSAGE(q.exec(), q.lastError().text());
    }

    // The morning of the second day after `month`: when its run happens.
    static QDateTime runDay(int month)
    {
        return QDateTime(monthStart(month + 1).addDays(1), QTime(9, 0));
    }

    LifecycleStore stages(const char* who, const QDateTime& at)
    {
        return LifecycleStore(who ? as(who).database().connection() : db(), at);
    }

    // Runs `month` as the administrator on the day after it; fails the test when refused.
    StageRunResult run(int month)
    {
        StageRunResult r;
        StoreError e;
        BOOST_REQUIRE_MESSAGE(stages(nullptr, runDay(month)).run(admin->session(), month, &r, &e),
                              e.message);
        return r;
    }
    void runThrough(int last)
    {
        for (int m = jan; m <= last; ++m)
            run(m);
    }

    QString stageOf(qint64 id)
    {
        return text(QStringLiteral("SELECT lifecycle_stage FROM customers WHERE id = %1").arg(id));
    }
    // "Jan:onboarding Apr:growing": a customer's transitions, oldest first.
    QString transitionsOf(qint64 id)
    {
        QSqlQuery q(db());
        BOOST_REQUIRE(q.exec(QStringLiteral("SELECT month, to_stage, source FROM stage_transitions "
                                            "WHERE customer_id = %1 ORDER BY month, id")
                                 .arg(id)));
        QStringList list;
        while (q.next())
            list << QStringLiteral("%1:%2%3").arg(
                q.value(0).toString().mid(5), q.value(1).toString(),
                q.value(2).toString() == QLatin1String("override") ? QStringLiteral("*")
                                                                   : QString());
        return list.join(QLatin1Char(' '));
    }

    static constexpr int jan = 2026 * 12; // monthIndex(2026, 1)
    qint64 g = 0, d = 0, s = 0, c = 0, p = 0;
};

} // namespace rmdesk::test
