#include "assessmentstore.h"

#include "domain/retention.h"
#include "security/permissions.h"
#include "stores/audittrail.h"
#include "stores/holdingseries.h"
#include "stores/lifecyclestore.h"
#include "stores/lifecyclesupport.h"
#include "stores/retentionstore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <climits>
#include <cmath>

namespace rmdesk {

using lifecycle::Support;

namespace {

QString monthText(int index)
{
    return monthStart(index).toString(QStringLiteral("yyyy-MM"));
}

// UTC ISO text of the start of a local day, to compare with interactions.at.
QString utcStart(const QDate& day)
{
    return QDateTime(day, QTime(0, 0)).toUTC().toString(Qt::ISODateWithMs);
}

QString inList(const QList<qint64>& ids)
{
    QStringList parts;
    for (const qint64 id : ids)
        parts << QString::number(id);
    return parts.isEmpty() ? QStringLiteral("(0)")
                           : QLatin1Char('(') + parts.join(QLatin1Char(',')) + QLatin1Char(')');
}

std::optional<double> percentOf(qint64 met, qint64 total)
{
    if (total <= 0)
        return std::nullopt;
    return 100.0 * double(met) / double(total);
}

} // namespace

AssessmentStore::AssessmentStore(QSqlDatabase db, QDateTime now)
    : m_db(std::move(db))
    , m_now(std::move(now))
    , m_today(m_now.toLocalTime().date())
{}

KpiPeriod AssessmentStore::defaultPeriod() const
{
    return KpiPeriod::monthOf(m_today).previous();
}

bool AssessmentStore::ensureCube(const Session& session, StoreError* error)
{
    RetentionStore retention(m_db, m_now);
    if (!retention.builtAt().isEmpty())
        return true;
    return retention.rebuild(session, error);
}

bool AssessmentStore::ensureAum(StoreError* error)
{
    const QString stamp = RetentionStore(m_db, m_now).builtAt();
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT cube_built_at FROM assessment_aum_months LIMIT 1")) &&
        q.next() && q.value(0).toString() == stamp)
        return true;
    q.finish();
    AumAccumulator sums;
    QString why;
    if (!RetentionStore::scan(
            m_db,
            [&sums](const CustomerScan& c) {
                sums.add(c);
                return true;
            },
            &why))
        return fail(error, StoreError::Failed, why);
    if (!m_db.transaction())
        return fail(error, StoreError::Failed, m_db.lastError().text());
    if (!sums.write(m_db, stamp, m_now.toUTC().toString(Qt::ISODateWithMs), monthIndex(m_today),
                    &why) ||
        !m_db.commit()) {
        m_db.rollback();
        return fail(error, StoreError::Failed, why.isEmpty() ? m_db.lastError().text() : why);
    }
    return true;
}

bool AssessmentStore::aumOf(const QString& month, const QString& branch,
                            QHash<qint64, QPair<qint64, qint64>>* out, StoreError* error)
{
    // The current month is read live: its balances may still change.
    if (month >= m_today.toString(QStringLiteral("yyyy-MM")))
        return liveAum(month, branch, out, error);
    if (!ensureAum(error))
        return false;
    QString why;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QVariantList binds{month};
    if (!branch.isEmpty())
        binds << branch;
    q.prepare(QStringLiteral("SELECT rm_user_id, sum(aum_fen), sum(customers) FROM "
                             "assessment_aum WHERE month = ?%1 GROUP BY rm_user_id")
                  .arg(branch.isEmpty() ? QString() : QStringLiteral(" AND branch_code = ?")));
    if (!Support::exec(q, binds, &why))
        return fail(error, StoreError::Failed, why);
    while (q.next())
        out->insert(q.value(0).toLongLong(),
                    qMakePair(q.value(1).toLongLong(), q.value(2).toLongLong()));
    return true;
}

bool AssessmentStore::liveAum(const QString& month, const QString& branch,
                              QHash<qint64, QPair<qint64, qint64>>* out, StoreError* error)
{
    const int m = HoldingSeries::monthIndex(month.toStdString());
    if (m < 0)
        return fail(error, StoreError::Invalid,
                    tr("%1 is not a month; a month looks like 2026-10.").arg(month));
    RawStatement series(m_db, branch.isEmpty()
                                  ? "SELECT s.customer_id, coalesce(c.rm_user_id, 0), s.balances "
                                    "FROM holding_series s JOIN customers c ON c.id = "
                                    "s.customer_id ORDER BY s.customer_id"
                                  : "SELECT s.customer_id, coalesce(c.rm_user_id, 0), s.balances "
                                    "FROM holding_series s JOIN customers c ON c.id = "
                                    "s.customer_id WHERE c.branch_code = ? ORDER BY s.customer_id");
    if (!series.ok())
        return fail(error, StoreError::Failed, series.error());
    const std::string branchCode = branch.toStdString();
    if (!branch.isEmpty())
        series.bind(1, branchCode);
    qint64 customer = -1;
    qint64 rm = 0;
    qint64 total = 0;
    const auto flush = [&] {
        if (customer < 0)
            return;
        auto& sums = (*out)[rm];
        sums.first += total;
        sums.second += total > 0 ? 1 : 0;
    };
    while (series.step()) {
        if (series.integer(0) != customer) {
            flush();
            customer = series.integer(0);
            rm = series.integer(1);
            total = 0;
        }
        const std::string_view text(series.text(2), std::size_t(series.textSize(2)));
        qint64 fen = 0;
        if (!HoldingSeries::balanceIn(text, m, &fen))
            return fail(error, StoreError::Failed,
                        tr("The month-end balances of customer %1 are not a series of months "
                           "and whole amounts in fen. Correct them and try again.")
                            .arg(customer));
        total += fen;
    }
    if (series.failed())
        return fail(error, StoreError::Failed, series.error());
    flush();
    return true;
}

bool AssessmentStore::complaintOnTime(const QSqlDatabase& db, const QList<qint64>& rmUserIds,
                                      const QDate& first, const QDate& last, const QDate& today,
                                      QList<ComplaintOnTime>* out, QString* error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT taken_by_user_id, substr(due_on, 1, 7), sum(decided_on IS NOT NULL AND "
                  "decided_on <= due_on), sum(NOT (decided_on IS NOT NULL AND decided_on <= "
                  "due_on)) FROM complaints WHERE taken_by_user_id IN %1 AND due_on BETWEEN ? "
                  "AND ? AND status NOT IN ('withdrawn', 'merged') AND (decided_on IS NOT NULL "
                  "OR due_on < ?) GROUP BY 1, 2 ORDER BY 1, 2")
                  .arg(inList(rmUserIds)));
    if (!Support::exec(
            q,
            {first.toString(Qt::ISODate), last.toString(Qt::ISODate), today.toString(Qt::ISODate)},
            error))
        return false;
    while (q.next()) {
        const QDate month =
            QDate::fromString(q.value(1).toString() + QStringLiteral("-01"), Qt::ISODate);
        if (!month.isValid())
            continue; // a malformed due date cannot fall between two ISO dates anyway
        out->append(
            {q.value(0).toLongLong(), monthIndex(month), q.value(2).toInt(), q.value(3).toInt()});
    }
    return true;
}

bool AssessmentStore::actuals(const KpiPeriod& period, const QList<RmRow>& rms,
                              const QString& branch, Actuals* out, StoreError* error)
{
    QList<qint64> ids;
    for (const RmRow& r : rms)
        ids << r.id;
    const QString idList = inList(ids);
    const int firstMonth = monthIndex(period.first());
    const int lastMonth = monthIndex(period.last());
    QString why;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    auto failed = [&] { return fail(error, StoreError::Failed, why); };

    // Retention and net new from the retention cube.
    q.prepare(QStringLiteral("SELECT rm_user_id, sum(CASE WHEN month = ? THEN kept12 END), "
                             "sum(CASE WHEN month = ? THEN base12 END), "
                             "sum(new_customers + won_back - churned) FROM retention_months "
                             "WHERE rm_user_id IN %1 AND month BETWEEN ? AND ? GROUP BY rm_user_id")
                  .arg(idList));
    if (!Support::exec(q, {lastMonth, lastMonth, firstMonth, lastMonth}, &why))
        return failed();
    QHash<qint64, QPair<qint64, qint64>> retention;
    QHash<qint64, qint64> netNew;
    while (q.next()) {
        retention.insert(q.value(0).toLongLong(),
                         qMakePair(q.value(1).toLongLong(), q.value(2).toLongLong()));
        netNew.insert(q.value(0).toLongLong(), q.value(3).toLongLong());
    }

    // Month-end AUM before and at the end of the period.
    QHash<qint64, QPair<qint64, qint64>> aumBefore;
    QHash<qint64, QPair<qint64, qint64>> aumAfter;
    if (!aumOf(monthText(firstMonth - 1), branch, &aumBefore, error) ||
        !aumOf(monthText(lastMonth), branch, &aumAfter, error))
        return false;

    // NPS of the responses answered in the period.
    const QString from = period.first().toString(Qt::ISODate);
    const QString to = period.last().toString(Qt::ISODate);
    q.prepare(QStringLiteral("SELECT rm_user_id, count(nps), sum(nps >= 9), sum(nps <= 6) "
                             "FROM survey_responses WHERE rm_user_id IN %1 AND answered_on "
                             "BETWEEN ? AND ? GROUP BY rm_user_id")
                  .arg(idList));
    if (!Support::exec(q, {from, to}, &why))
        return failed();
    QHash<qint64, std::optional<double>> nps;
    while (q.next()) {
        const qint64 n = q.value(1).toLongLong();
        if (n > 0)
            nps.insert(q.value(0).toLongLong(),
                       100.0 * double(q.value(2).toLongLong() - q.value(3).toLongLong()) /
                           double(n));
    }

    // Complaints due in the period whose outcome is known.
    QList<ComplaintOnTime> counts;
    if (!complaintOnTime(m_db, ids, period.first(), period.last(), m_today, &counts, &why))
        return failed();
    QHash<qint64, QPair<qint64, qint64>> onTime; // on time, due
    for (const ComplaintOnTime& c : std::as_const(counts)) {
        onTime[c.rmUserId].first += c.onTime;
        onTime[c.rmUserId].second += c.onTime + c.late;
    }
    QHash<qint64, std::optional<double>> complaints;
    for (auto it = onTime.cbegin(); it != onTime.cend(); ++it)
        complaints.insert(it.key(), percentOf(it->first, it->second));

    // Reviews not overdue on the period's last day (today for the current period), as the book
    // stood that day (schema 18). Every customer of the RMs with the review date it has now,
    // from the covering index (rm_user_id, next_review_due); less those added after the day, by
    // the index (rm_user_id, created_at) and, for the few of them overdue now, the first one's
    // row ids; then, one by one, those that stood otherwise on that day: ended on or before it,
    // or with a review date changed since (the date then is the old value of its first change
    // after the day). No date counts as overdue. Only the last step reads customer rows.
    const QDate asOfDay = std::min(period.last(), m_today);
    const QString asOf = asOfDay.toString(Qt::ISODate);
    const QString addedAfter = utcStart(asOfDay.addDays(1));
    QHash<qint64, QPair<qint64, qint64>> reviews; // not overdue, customers
    const auto tally = [&](const QString& sql, qint64 sign, bool customers) {
        q.prepare(sql.arg(idList));
        q.bindValue(QStringLiteral(":day"), asOf);
        q.bindValue(QStringLiteral(":added"), addedAfter);
        if (!q.exec()) {
            why = q.lastError().text();
            return false;
        }
        while (q.next()) {
            auto& r = reviews[q.value(0).toLongLong()];
            r.first += sign * q.value(1).toLongLong();
            if (customers)
                r.second += sign * q.value(2).toLongLong();
        }
        return true;
    };
    if (!tally(QStringLiteral("SELECT rm_user_id, sum(next_review_due >= :day), count(*) FROM "
                              "customers WHERE rm_user_id IN %1 GROUP BY 1"),
               1, true) ||
        // Added after the day: out of both counts (as not overdue now) …
        !tally(QStringLiteral("SELECT rm_user_id, count(*), count(*) FROM customers WHERE "
                              "rm_user_id IN %1 AND created_at >= :added GROUP BY 1"),
               -1, true) ||
        // … but those overdue now were not in the first count of those not overdue.
        !tally(QStringLiteral("SELECT rm_user_id, count(*) FROM customers WHERE rm_user_id IN %1 "
                              "AND (next_review_due < :day OR next_review_due IS NULL) AND +id IN "
                              "(SELECT id FROM customers WHERE created_at >= :added) GROUP BY 1"),
               1, false))
        return failed();
    // How a customer stood on the day: live (its relationship not ended by then) and not overdue
    // (its review date then: the old value of the first change since, else today's). The
    // columns, from customers c and the first later change h, and the decoding of them.
    const QString stoodColumns = QStringLiteral(
        "c.next_review_due, c.status = 'ended' AND coalesce(c.relationship_ended_on, '') <= :day, "
        "h.customer_id IS NOT NULL, h.old_due");
    const QString firstDueChange = QStringLiteral(
        "LEFT JOIN (SELECT customer_id, old_due, min(id) FROM review_due_changes WHERE changed_on "
        "> :day GROUP BY customer_id) h ON h.customer_id = c.id");
    const auto upToDate = [&asOf](const QVariant& due) {
        return !due.isNull() && due.toString() >= asOf;
    };
    struct Stood
    {
        int current = 0; // not overdue by today's review date (what the first count took)
        int notOverdue = 0;
        int live = 0;
    };
    const auto stood = [&](int first) {
        const bool live = !q.value(first + 1).toBool();
        const QVariant due = q.value(first + 2).toBool() ? q.value(first + 3) : q.value(first);
        return Stood{upToDate(q.value(first)) ? 1 : 0, live && upToDate(due) ? 1 : 0, live ? 1 : 0};
    };
    const auto select = [&](const QString& sql) {
        q.prepare(sql);
        q.bindValue(QStringLiteral(":day"), asOf);
        q.bindValue(QStringLiteral(":added"), addedAfter);
        if (q.exec())
            return true;
        why = q.lastError().text();
        return false;
    };
    if (!select(QStringLiteral("SELECT c.rm_user_id, %1 FROM (SELECT id FROM customers WHERE "
                               "status = 'ended' AND coalesce(relationship_ended_on, '') <= :day "
                               "UNION SELECT customer_id FROM review_due_changes WHERE changed_on "
                               "> :day) x CROSS JOIN customers c ON c.id = x.id %2 WHERE "
                               "c.rm_user_id IN %3 AND c.created_at < :added")
                    .arg(stoodColumns, firstDueChange, idList)))
        return failed();
    while (q.next()) {
        // Out with what the first count took, in with how it stood.
        const Stood c = stood(1);
        auto& r = reviews[q.value(0).toLongLong()];
        r.first += c.notOverdue - c.current;
        r.second += c.live - 1;
    }
    // Customers handed to another RM after the day were that day's RM's (the old value of the
    // first change of RM since, schema 24): what the passes above counted for today's RM, as
    // the customer stood that day, moves to them.
    if (!select(QStringLiteral("SELECT c.rm_user_id, coalesce(u.id, 0), %1 FROM (SELECT "
                               "customer_id, old_value, min(id) FROM customer_changes WHERE field "
                               "= 'rm' AND at >= :added GROUP BY customer_id) m JOIN customers c "
                               "ON c.id = m.customer_id LEFT JOIN users u ON u.name = m.old_value "
                               "%2 WHERE c.created_at < :added")
                    .arg(stoodColumns, firstDueChange)))
        return failed();
    while (q.next()) {
        const Stood c = stood(2);
        for (const auto& [rm, sign] :
             {std::pair{q.value(0).toLongLong(), -1}, std::pair{q.value(1).toLongLong(), 1}}) {
            auto& r = reviews[rm];
            r.first += sign * c.notOverdue;
            r.second += sign * c.live;
        }
    }

    // Interactions recorded by the RM in the period.
    q.prepare(QStringLiteral("SELECT user_id, count(*) FROM interactions WHERE at >= ? AND at < ? "
                             "AND user_id IN %1 GROUP BY user_id")
                  .arg(idList));
    if (!Support::exec(q, {utcStart(period.first()), utcStart(period.last().addDays(1))}, &why))
        return failed();
    QHash<qint64, qint64> interactions;
    while (q.next())
        interactions.insert(q.value(0).toLongLong(), q.value(1).toLongLong());

    for (const RmRow& rm : rms) {
        auto& a = (*out)[rm.id];
        const auto kept = retention.value(rm.id);
        a.insert(QStringLiteral("retention_rate"), percentOf(kept.first, kept.second));
        a.insert(QStringLiteral("net_new"), double(netNew.value(rm.id)));
        const qint64 before = aumBefore.value(rm.id).first;
        const auto after = aumAfter.value(rm.id);
        a.insert(QStringLiteral("aum_growth"),
                 before > 0
                     ? std::optional<double>(100.0 * double(after.first - before) / double(before))
                     : std::nullopt);
        a.insert(QStringLiteral("nps"), nps.value(rm.id));
        a.insert(QStringLiteral("complaint_on_time"), complaints.value(rm.id));
        const auto r = reviews.value(rm.id);
        a.insert(QStringLiteral("review_completion"), percentOf(r.first, r.second));
        a.insert(QStringLiteral("interactions_per_customer"),
                 after.second > 0 ? std::optional<double>(double(interactions.value(rm.id)) /
                                                          double(after.second))
                                  : std::nullopt);
    }
    return true;
}

std::optional<ScorecardSet> AssessmentStore::scorecards(const Session& session,
                                                        const KpiPeriod& period,
                                                        const QString& branch, StoreError* error,
                                                        qint64 rmUserId)
{
    QString scopeBranch = branch;
    switch (Permissions::scope(session.role, Action::DashboardRead)) {
    case Scope::None:
        fail(error, StoreError::Forbidden, Permissions::refusal(session, Action::DashboardRead));
        return std::nullopt;
    case Scope::Own:
    case Scope::Branch:
        if (!branch.isEmpty() && branch != session.branch) {
            fail(error, StoreError::Forbidden,
                 tr("You may read the scorecards of your own branch (%1) only.")
                     .arg(session.branch));
            return std::nullopt;
        }
        scopeBranch = session.branch;
        break;
    case Scope::All:
        break;
    }
    if (session.role == Role::Rm) {
        if (rmUserId != 0 && rmUserId != session.userId) {
            fail(error, StoreError::Forbidden, tr("You may read your own scorecard only."));
            return std::nullopt;
        }
        rmUserId = session.userId;
    }
    if (!ensureCube(session, error))
        return std::nullopt;

    ScorecardSet set;
    set.period = period;
    QString why;
    auto standards = standardsFor(QStringLiteral("rm"), period.kindName(), period.first(), &why);
    if (!standards) {
        fail(error, StoreError::NotFound, why);
        return std::nullopt;
    }
    set.standards = *standards;
    auto previousStandards =
        standardsFor(QStringLiteral("rm"), period.kindName(), period.previous().first(), &why);

    QList<RmRow> rms;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, name, full_name, coalesce(branch_code, '') FROM users "
                             "WHERE role = 'rm' AND active = 1%1 ORDER BY branch_code, name")
                  .arg(scopeBranch.isEmpty() ? QString() : QStringLiteral(" AND branch_code = ?")));
    if (!Support::exec(q, scopeBranch.isEmpty() ? QVariantList() : QVariantList{scopeBranch},
                       &why)) {
        fail(error, StoreError::Failed, why);
        return std::nullopt;
    }
    while (q.next())
        rms.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString()});

    Actuals now;
    Actuals before;
    if (!actuals(period, rms, scopeBranch, &now, error) ||
        (previousStandards && !actuals(period.previous(), rms, scopeBranch, &before, error)))
        return std::nullopt;

    QList<std::optional<double>> totals;
    for (const RmRow& rm : std::as_const(rms)) {
        Scorecard card;
        card.rmUserId = rm.id;
        card.rm = rm.name;
        card.fullName = rm.fullName;
        card.branch = rm.branch;
        for (const KpiTarget& t : std::as_const(set.standards.targets))
            card.kpis.append(KpiScoring::evaluate(t, now.value(rm.id).value(t.kpi)));
        card.total = KpiScoring::weightedTotal(card.kpis);
        if (previousStandards) {
            QList<KpiScore> previous;
            for (const KpiTarget& t : std::as_const(previousStandards->targets))
                previous.append(KpiScoring::evaluate(t, before.value(rm.id).value(t.kpi)));
            card.previousTotal = KpiScoring::weightedTotal(previous);
        }
        card.trend = KpiScoring::trend(card.total, card.previousTotal);
        set.cards.append(card);
        totals.append(card.total);
    }
    const QList<int> overall = KpiScoring::ranks(totals);
    QMap<QString, QList<int>> byBranch; // branch → card indexes
    for (int i = 0; i < set.cards.size(); ++i) {
        set.cards[i].rankOverall = overall.at(i);
        byBranch[set.cards.at(i).branch].append(i);
    }
    for (auto it = byBranch.cbegin(); it != byBranch.cend(); ++it) {
        QList<std::optional<double>> branchTotals;
        for (const int i : *it)
            branchTotals << set.cards.at(i).total;
        const QList<int> ranks = KpiScoring::ranks(branchTotals);
        BranchScore b;
        b.branch = it.key();
        b.rms = int(it->size());
        double sum = 0;
        int counted = 0;
        QMap<QString, QPair<double, int>> scores;
        QMap<QString, QPair<double, int>> actualSums;
        for (int k = 0; k < it->size(); ++k) {
            Scorecard& card = set.cards[it->at(k)];
            card.rank = ranks.at(k);
            if (card.total) {
                sum += *card.total;
                ++counted;
            }
            for (const KpiScore& s : std::as_const(card.kpis)) {
                if (s.score) {
                    scores[s.kpi].first += *s.score;
                    ++scores[s.kpi].second;
                }
                if (s.actual) {
                    actualSums[s.kpi].first += *s.actual;
                    ++actualSums[s.kpi].second;
                }
            }
        }
        if (counted > 0)
            b.averageTotal = sum / counted;
        for (auto s = scores.cbegin(); s != scores.cend(); ++s)
            b.averageScore.insert(s.key(), s->first / s->second);
        for (auto s = actualSums.cbegin(); s != actualSums.cend(); ++s)
            b.averageActual.insert(s.key(), s->first / s->second);
        set.branches.append(b);
    }
    std::stable_sort(set.cards.begin(), set.cards.end(),
                     [](const Scorecard& a, const Scorecard& b) {
                         if (a.branch != b.branch)
                             return a.branch < b.branch;
                         const int ra = a.rank == 0 ? INT_MAX : a.rank;
                         const int rb = b.rank == 0 ? INT_MAX : b.rank;
                         return ra != rb ? ra < rb : a.rm < b.rm;
                     });
    if (rmUserId != 0) {
        set.cards.erase(
            std::remove_if(set.cards.begin(), set.cards.end(),
                           [rmUserId](const Scorecard& c) { return c.rmUserId != rmUserId; }),
            set.cards.end());
        if (session.role == Role::Rm)
            set.branches.clear(); // an RM sees their own card, not the branch's averages
    }
    return set;
}

} // namespace rmdesk
