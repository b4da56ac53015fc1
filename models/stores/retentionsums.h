#pragma once

#include <QtGlobal>

#include <vector>

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

// Values of consecutive months from `first`, grown as months come (before or after).
template <typename T> struct MonthRun
{
    int first = 0;
    std::vector<T> values;

    // The value of `month`, the run covering at least month … last.
    T& at(int month, int last)
    {
        if (values.empty()) {
            first = month;
        } else if (month < first) {
            values.insert(values.begin(), std::size_t(first - month), T{});
            first = month;
        }
        if (last >= first + int(values.size()))
            values.resize(std::size_t(last - first + 1));
        return values[std::size_t(month - first)];
    }
};

} // namespace rmdesk::retention
