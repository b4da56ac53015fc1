#include "assessmentdashboard.h"

#include "domain/retention.h"
#include "security/permissions.h"
#include "stores/changecheckstore.h"
#include "stores/evaluationstore.h"
#include "stores/lifecyclesupport.h"
#include "stores/retentionstore.h"
#include "stores/supervisionstore.h"
#include "stores/surveystore.h"

#include <QSqlQuery>

#include <algorithm>

namespace rmdesk {

namespace {

// The active RM called `name`, or 0 when there is none.
bool rmIdOf(const QSqlDatabase& db, const QString& name, qint64* id, StoreError* error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM users WHERE name = ? AND role = 'rm' AND active = 1"));
    QString why;
    if (!lifecycle::Support::exec(q, {name}, &why))
        return fail(error, StoreError::Failed, why);
    *id = q.next() ? q.value(0).toLongLong() : 0;
    return true;
}

bool inPeriod(int month, const KpiPeriod& period)
{
    return month >= monthIndex(period.first()) && month <= monthIndex(period.last());
}

} // namespace

int AssessmentDashboardData::trendTo() const
{
    return filter.period.year == 0 ? 0 : monthIndex(filter.period.last());
}

bool AssessmentDashboardData::empty() const
{
    const bool anyTotal = std::any_of(scorecards.cards.cbegin(), scorecards.cards.cend(),
                                      [](const Scorecard& c) { return c.total.has_value(); });
    const bool anyDue =
        std::any_of(onTime.cbegin(), onTime.cend(), [](const OnTimeMonth& m) { return m.due > 0; });
    const bool anyAnswer = std::any_of(surveys.cbegin(), surveys.cend(),
                                       [](const SurveyMonth& m) { return m.responses > 0; });
    return !anyTotal && !anyDue && !anyAnswer;
}

AssessmentDashboardData AssessmentDashboard::compute(QSqlDatabase db, const Session& session,
                                                     const AssessmentDashboardFilter& filter,
                                                     StoreError* error, const QDateTime& now)
{
    AssessmentDashboardData data;
    StoreError local;
    StoreError* e = error ? error : &local;
    *e = StoreError{};
    if (!Permissions::allows(session, Action::DashboardRead)) {
        fail(e, StoreError::Forbidden, Permissions::refusal(session, Action::DashboardRead));
        return data;
    }
    AssessmentStore store(db, now);
    data.filter = filter;
    KpiPeriod& period = data.filter.period;
    if (period.year == 0 || !period.first().isValid())
        period = store.defaultPeriod();
    const int last = monthIndex(period.last());
    const int first = monthIndex(period.first());
    if (data.filter.trendFrom == 0)
        data.filter.trendFrom = last - 11;
    const int from = data.filter.trendFrom;
    if (from > last) {
        fail(e, StoreError::Invalid,
             tr("The trend must not start after the period ends (%1 to %2).")
                 .arg(monthName(from), monthName(last)));
        return data;
    }
    qint64 rmId = 0;
    if (!filter.rm.isEmpty()) {
        if (!rmIdOf(db, filter.rm, &rmId, e))
            return data;
        if (rmId == 0) {
            fail(e, StoreError::Invalid,
                 tr("There is no active relationship manager %1.").arg(filter.rm));
            return data;
        }
    }
    data.builtAt = RetentionStore(db, now).builtAt();
    if (!data.cubeBuilt())
        return data; // never built: the dashboard asks for a stage run instead of building it

    // The scorecards check the branch and the RM against the session's scope.
    const auto set = store.scorecards(session, period, filter.branch, e, rmId);
    if (!set)
        return data;
    data.scorecards = *set;
    if (rmId != 0 && data.scorecards.cards.isEmpty()) {
        fail(e, StoreError::Invalid,
             filter.branch.isEmpty()
                 ? tr("Relationship manager %1 is not in your scope.").arg(filter.rm)
                 : tr("Relationship manager %1 does not work in branch %2.")
                       .arg(filter.rm, filter.branch));
        return data;
    }

    AssessmentTiles& t = data.tiles;
    double sum = 0;
    QList<qint64> ids;
    for (const Scorecard& c : std::as_const(data.scorecards.cards)) {
        ids << c.rmUserId;
        if (c.total) {
            ++t.rmsScored;
            sum += *c.total;
        }
    }
    if (t.rmsScored > 0)
        t.averageTotal = sum / t.rmsScored;

    // Complaints: one count per RM and month over the trend and the period.
    const QDate today = now.toLocalTime().date();
    const int start = std::min(from, first);
    QList<ComplaintOnTime> counts;
    QString why;
    if (!AssessmentStore::complaintOnTime(db, ids, monthStart(start), period.last(), today, &counts,
                                          &why)) {
        fail(e, StoreError::Failed, why);
        return data;
    }
    QMap<int, OnTimeMonth> months;
    for (int m = from; m <= last; ++m)
        months[m].month = m;
    for (const ComplaintOnTime& c : std::as_const(counts)) {
        if (inPeriod(c.month, period)) {
            t.complaintsOnTime += c.onTime;
            t.complaintsLate += c.late;
        }
        if (c.month >= from && c.month <= last) {
            months[c.month].onTime += c.onTime;
            months[c.month].late += c.late;
        }
    }
    t.complaintsDue = t.complaintsOnTime + t.complaintsLate;
    if (t.complaintsDue > 0)
        t.onTimeRate = 100.0 * t.complaintsOnTime / t.complaintsDue;
    for (OnTimeMonth& m : months) {
        m.due = m.onTime + m.late;
        if (m.due > 0)
            m.rate = 100.0 * m.onTime / m.due;
        data.onTime.append(m);
    }

    // Surveys: the period's total and the trend by month.
    for (int m = from; m <= last; ++m)
        data.surveys.append({m, 0, std::nullopt, std::nullopt, 0, false});
    if (Permissions::allows(session, Action::SurveyRead)) {
        SurveyStore surveys(db, now);
        SurveyFilter f;
        f.from = period.first();
        f.to = period.last();
        f.branch = filter.branch;
        f.rm = filter.rm;
        const SurveyStats total = surveys.stats(session, f, SurveyGroupBy::None, e);
        if (!e->ok())
            return data;
        t.nps = total.total.nps.nps;
        t.npsResponses = total.total.nps.responses;
        t.npsReliable = total.total.reliable;
        f.from = monthStart(from);
        const SurveyStats trend = surveys.stats(session, f, SurveyGroupBy::Month, e);
        if (!e->ok())
            return data;
        for (const SurveyGroupStats& g : trend.groups) {
            const QDate day = QDate::fromString(g.group + QStringLiteral("-01"), Qt::ISODate);
            const int i = day.isValid() ? monthIndex(day) - from : -1;
            if (i < 0 || i >= data.surveys.size())
                continue;
            SurveyMonth& s = data.surveys[i];
            s.responses = g.responses;
            s.nps = g.nps.nps;
            s.npsResponses = g.nps.responses;
            s.csat = g.csat.csat;
            s.reliable = g.reliable;
        }
    }

    // Evaluations of the period and the improvement measures still open.
    EvaluationFilter ef;
    ef.period = period.code();
    ef.rm = filter.rm;
    const QList<Evaluation> evaluations = EvaluationStore(db, now).list(session, ef, e);
    if (!e->ok())
        return data;
    for (const Evaluation& ev : evaluations) {
        if (!filter.branch.isEmpty() && ev.branch != filter.branch)
            continue;
        if (ev.signedOff())
            ++t.evaluationsSignedOff;
        else
            ++t.evaluationsDraft;
    }
    MeasureFilter mf;
    mf.openOnly = true;
    const QList<ImprovementMeasure> measures = SupervisionStore(db, now).measures(session, mf, e);
    if (!e->ok())
        return data;
    for (const ImprovementMeasure& m : measures) {
        if ((!filter.branch.isEmpty() && m.branch != filter.branch) ||
            (!filter.rm.isEmpty() && m.owner != filter.rm))
            continue;
        ++t.measuresOpen;
        if (m.overdue)
            ++t.measuresOverdue;
    }
    if (Permissions::allows(session, Action::CustomerChangeCheck)) {
        t.checksWaiting = ChangeCheckStore(db, now.toLocalTime().date())
                              .waiting(session, filter.branch, filter.rm, &t.checksLate, e);
        if (!e->ok())
            return data;
    }
    return data;
}

} // namespace rmdesk
