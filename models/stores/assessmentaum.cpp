// AumAccumulator (see assessmentstore.h): AUM and active customers by branch, RM and month.
#include "assessmentstore.h"

#include "domain/retention.h"
#include "stores/lifecyclesupport.h"
#include "stores/retentionstore.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace rmdesk {

using lifecycle::Support;

namespace {

QString monthText(int index)
{
    return monthStart(index).toString(QStringLiteral("yyyy-MM"));
}

} // namespace

void AumAccumulator::add(const CustomerScan& c)
{
    const int n = int(c.totals->size());
    if (n == 0)
        return;
    // Each customer brings its own months; the cache covers them all.
    const bool none = m_last < m_first;
    m_first = none ? c.firstMonth : std::min(m_first, c.firstMonth);
    m_last = none ? c.firstMonth + n - 1 : std::max(m_last, c.firstMonth + n - 1);
    const int lo = c.firstMonth;
    const int hi = c.firstMonth + n - 1;
    // Each month under the RM in charge at its end (CustomerScan::rmIn).
    retention::MonthRun<std::pair<qint64, qint64>>* run = nullptr;
    qint64 rm = 0;
    for (int i = 0; i < n; ++i) {
        const qint64 total = (*c.totals)[std::size_t(i)];
        if (total <= 0)
            continue;
        if (!run || c.rmIn(lo + i) != rm) {
            rm = c.rmIn(lo + i);
            run = &m_sums[std::make_pair(c.branch, rm)];
        }
        auto& sums = run->at(lo + i, hi);
        sums.first += total;
        ++sums.second;
    }
}

bool AumAccumulator::write(const QSqlDatabase& db, const QString& cubeBuiltAt, const QString& now,
                           int beforeMonth, QString* error) const
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("DELETE FROM assessment_aum")) ||
        !q.exec(QStringLiteral("DELETE FROM assessment_aum_months"))) {
        *error = q.lastError().text();
        return false;
    }
    q.prepare(QStringLiteral("INSERT INTO assessment_aum (month, branch_code, rm_user_id, aum_fen, "
                             "customers) VALUES (?, ?, ?, ?, ?)"));
    for (const auto& [key, g] : m_sums) {
        const QString branch = QString::fromStdString(key.first);
        for (std::size_t i = 0; i < g.values.size(); ++i) {
            const int month = g.first + int(i);
            const auto& sums = g.values[i];
            if (sums.second == 0 || month >= beforeMonth)
                continue;
            if (!Support::exec(q, {monthText(month), branch, key.second, sums.first, sums.second},
                               error))
                return false;
        }
    }
    q.prepare(QStringLiteral("INSERT INTO assessment_aum_months (month, cube_built_at, built_at) "
                             "VALUES (?, ?, ?)"));
    for (int m = m_first; m <= m_last && m < beforeMonth; ++m)
        if (!Support::exec(q, {monthText(m), cubeBuiltAt, now}, error))
            return false;
    return true;
}

} // namespace rmdesk
