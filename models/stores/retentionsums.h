#pragma once

#include <QtGlobal>

namespace rmdesk::retention {

// What one customer adds to one cube row (RetentionMetrics::month, counted per customer).
struct Sums
{
    qint64 active = 0;
    qint64 newCustomers = 0;
    qint64 wonBack = 0;
    qint64 churned = 0;
    qint64 activeBefore = 0;
    qint64 base12 = 0;
    qint64 kept12 = 0;
    qint64 aumThen = 0;
    qint64 aumNow = 0;
    qint64 aum = 0; // month-end AUM of the active ones (retention_months only)

    bool empty() const { return !(active || churned || activeBefore || base12); }
    void operator+=(const Sums& o)
    {
        active += o.active;
        newCustomers += o.newCustomers;
        wonBack += o.wonBack;
        churned += o.churned;
        activeBefore += o.activeBefore;
        base12 += o.base12;
        kept12 += o.kept12;
        aumThen += o.aumThen;
        aumNow += o.aumNow;
        aum += o.aum;
    }
};

} // namespace rmdesk::retention
