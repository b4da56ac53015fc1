#pragma once

// The dashboard suites' book on a real encrypted database (ui_dashboards). The book (months
// before the current one; L = the last complete month, F = L - 9), of wang.fang in B001:
//   a  mass      1000 every month F … L
//   b  affluent  5000 from F to F + 5, then nothing           (churns in F + 6)
//   c  private   9000 from F + 2 on                           (new in F + 2)
//   d  mass       200 in F, F + 1; 300 from F + 5 on          (churns in F + 2, won back F + 5)
// and one stage run of L. By hand, over F … L: active at the end 3 (a, c, d); net new 3; AUM at
// the end 1000 + 9000 + 300 = 10300 fen; in F + 2 one churned of 3 (33.33 %).
#include "dashboards/retentionview.h"
#include "stores/customerstore.h"
#include "uitestsupport.h"

#include <QDate>
#include <QSqlQuery>

namespace rmdesk::test {

inline const int last = monthIndex(QDate::currentDate()) - 1;
inline const int first = last - 9;

struct DashboardUiFixture : UiFixture
{
    DashboardUiFixture()
    {
        addUser(QStringLiteral("wang.fang"), Role::Rm);
        addUser(QStringLiteral("zhao.lei"), Role::Rm);
        addUser(QStringLiteral("comp1"), Role::Compliance, QString());
        rm = loginAs(QStringLiteral("wang.fang"), userPassword);
        comp = loginAs(QStringLiteral("comp1"), userPassword);
        a = addCustomer(QStringLiteral("安平"), QStringLiteral("mass"));
        b = addCustomer(QStringLiteral("白露"), QStringLiteral("affluent"));
        c = addCustomer(QStringLiteral("常青"), QStringLiteral("private"));
        d = addCustomer(QStringLiteral("丁一"), QStringLiteral("mass"));
        for (int m = first; m <= last; ++m) {
            addHolding(*vault, a, m, 1000);
            if (m <= first + 5)
                addHolding(*vault, b, m, 5000);
            if (m >= first + 2)
                addHolding(*vault, c, m, 9000);
            if (m <= first + 1)
                addHolding(*vault, d, m, 200);
            else if (m >= first + 5)
                addHolding(*vault, d, m, 300);
        }
    }
    qint64 addCustomer(const QString& name, const QString& tier)
    {
        qint64 id = 0;
        StoreError error;
        BOOST_REQUIRE_MESSAGE(CustomerStore(rm->database().connection())
                                  .add(rm->session(), CustomerType::Individual,
                                       {{QStringLiteral("name"), name}}, &id, &error),
                              error.message);
        QSqlQuery q(vault->database().connection());
        BOOST_REQUIRE(q.exec(
            QStringLiteral("UPDATE customers SET tier = '%1' WHERE id = %2").arg(tier).arg(id)));
        return id;
    }
    RetentionDashboardData expected(Vault& who)
    {
        StoreError e;
        const auto data = RetentionDashboard::compute(who.database().connection(), who.session(),
                                                      {first, last, {}, {}, {}}, &e);
        BOOST_REQUIRE_MESSAGE(e.ok(), e.message);
        return data;
    }

    std::unique_ptr<Vault> rm;
    std::unique_ptr<Vault> comp;
    qint64 a = 0, b = 0, c = 0, d = 0;
};

inline void waitComputed(RetentionView& view)
{
    BOOST_REQUIRE(waitFor([&view] { return !view.isBusy(); }, 20000));
}

} // namespace rmdesk::test
