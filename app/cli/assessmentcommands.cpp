// rmdesk-cli's assessment commands (specification 7.1–7.4): KPI standards (kpi list, set),
// scorecards, evaluations, spot checks and improvement measures.
#include "cli.h"

#include "exitcode.h"
#include "stores/assessmentstore.h"
#include "stores/evaluationstore.h"
#include "stores/supervisionstore.h"
#include "stores/userstore.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>

namespace rmdesk {

namespace {

QJsonValue number(std::optional<double> v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QString shown(std::optional<double> v, int decimals = 1)
{
    return v ? QString::number(*v, 'f', decimals) : QStringLiteral("—");
}

QJsonObject standardsJson(const KpiStandardSet& s)
{
    QJsonArray kpis;
    for (const KpiTarget& t : s.targets)
        kpis.append(
            QJsonObject{{QStringLiteral("kpi"), t.kpi},
                        {QStringLiteral("weight"), t.weight},
                        {QStringLiteral("target"), t.target},
                        {QStringLiteral("direction"), KpiScoring::directionName(t.direction)}});
    return {{QStringLiteral("role"), s.role},
            {QStringLiteral("period_kind"), s.periodKind},
            {QStringLiteral("version"), s.version},
            {QStringLiteral("effective_from"), s.effectiveFrom.toString(Qt::ISODate)},
            {QStringLiteral("changed_by"), s.changedBy},
            {QStringLiteral("changed_at"), s.changedAt},
            {QStringLiteral("kpis"), kpis}};
}

QJsonObject cardJson(const Scorecard& c)
{
    QJsonArray kpis;
    for (const KpiScore& s : c.kpis)
        kpis.append(
            QJsonObject{{QStringLiteral("kpi"), s.kpi},
                        {QStringLiteral("actual"), number(s.actual)},
                        {QStringLiteral("target"), s.target},
                        {QStringLiteral("weight"), s.weight},
                        {QStringLiteral("direction"), KpiScoring::directionName(s.direction)},
                        {QStringLiteral("attainment"), number(s.attainment)},
                        {QStringLiteral("score"), number(s.score)}});
    return {{QStringLiteral("rm"), c.rm},
            {QStringLiteral("full_name"), c.fullName},
            {QStringLiteral("branch"), c.branch},
            {QStringLiteral("kpis"), kpis},
            {QStringLiteral("total"), number(c.total)},
            {QStringLiteral("rank"), c.rank},
            {QStringLiteral("rank_overall"), c.rankOverall},
            {QStringLiteral("previous_total"), number(c.previousTotal)},
            {QStringLiteral("trend"), number(c.trend)},
            {QStringLiteral("trend_direction"),
             KpiScoring::trendName(KpiScoring::trendDirection(c.trend))}};
}

QJsonObject evaluationJson(const Evaluation& e)
{
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("rm"), e.rm},
            {QStringLiteral("branch"), e.branch},
            {QStringLiteral("period"), e.period},
            {QStringLiteral("standards_version"), e.standardsVersion},
            {QStringLiteral("score"), number(e.score)},
            {QStringLiteral("rank"), e.rank},
            {QStringLiteral("ranked"), e.ranked},
            {QStringLiteral("kpis"), e.kpis},
            {QStringLiteral("rating"), e.rating ? QJsonValue(*e.rating) : QJsonValue()},
            {QStringLiteral("comment"), e.comment},
            {QStringLiteral("status"), e.status},
            {QStringLiteral("created_by"), e.createdBy},
            {QStringLiteral("created_at"), e.createdAt},
            {QStringLiteral("signed_by"), e.signedBy.isEmpty() ? QJsonValue() : e.signedBy},
            {QStringLiteral("signed_at"), e.signedAt.isEmpty() ? QJsonValue() : e.signedAt}};
}

QJsonObject sampleJson(const SpotCheckSample& s)
{
    QJsonArray items;
    for (const SpotCheckItem& i : s.items)
        items.append(QJsonObject{
            {QStringLiteral("item"), i.item},
            {QStringLiteral("kind"), i.recordKind},
            {QStringLiteral("record"), i.recordId},
            {QStringLiteral("customer"), i.customerId ? QJsonValue(i.customerId) : QJsonValue()},
            {QStringLiteral("finding"), i.finding.isEmpty() ? QJsonValue() : i.finding},
            {QStringLiteral("note"), i.note},
            {QStringLiteral("checked_by"), i.checkedBy.isEmpty() ? QJsonValue() : i.checkedBy}});
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("branch"), s.branch},
            {QStringLiteral("period"), s.period},
            {QStringLiteral("seed"), QString::number(s.seed)},
            {QStringLiteral("size"), s.size},
            {QStringLiteral("drawn_by"), s.drawnBy},
            {QStringLiteral("drawn_at"), s.drawnAt},
            {QStringLiteral("checked"), s.checked()},
            {QStringLiteral("issues"), s.issues()},
            {QStringLiteral("items"), items}};
}

QJsonObject measureJson(const ImprovementMeasure& m)
{
    return {{QStringLiteral("id"), m.id},
            {QStringLiteral("branch"), m.branch},
            {QStringLiteral("title"), m.title},
            {QStringLiteral("description"), m.description},
            {QStringLiteral("source"), m.source},
            {QStringLiteral("source_id"), m.sourceId ? QJsonValue(m.sourceId) : QJsonValue()},
            {QStringLiteral("owner"), m.owner},
            {QStringLiteral("due_on"), m.due.toString(Qt::ISODate)},
            {QStringLiteral("status"), m.status},
            {QStringLiteral("overdue"), m.overdue},
            {QStringLiteral("done_at"), m.doneAt.isEmpty() ? QJsonValue() : m.doneAt},
            {QStringLiteral("done_note"), m.doneNote.isEmpty() ? QJsonValue() : m.doneNote}};
}

// "retention_rate=20:90,net_new=15:2:higher" → targets; false on a malformed item.
bool parseTargets(const QString& text, QList<KpiTarget>* out)
{
    for (const QString& item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString kpi = item.section(QLatin1Char('='), 0, 0).trimmed();
        const QStringList parts = item.section(QLatin1Char('='), 1).split(QLatin1Char(':'));
        bool okWeight = false;
        bool okTarget = false;
        KpiTarget t;
        t.kpi = kpi;
        t.weight = parts.value(0).toDouble(&okWeight);
        t.target = parts.value(1).toDouble(&okTarget);
        const auto direction = KpiScoring::directionFromName(
            parts.size() > 2 ? parts.at(2).trimmed() : QStringLiteral("higher"));
        if (kpi.isEmpty() || !okWeight || !okTarget || !direction || parts.size() > 3)
            return false;
        t.direction = *direction;
        out->append(t);
    }
    return !out->isEmpty();
}

} // namespace

int Cli::cmdAssessment(const QStringList& args)
{
    const QString group = m_opts.command;
    static const QHash<QString, QStringList> subcommands = {
        {QStringLiteral("kpi"), {QStringLiteral("list"), QStringLiteral("set")}},
        {QStringLiteral("scorecard"), {}},
        {QStringLiteral("evaluation"),
         {QStringLiteral("create"), QStringLiteral("rate"), QStringLiteral("signoff"),
          QStringLiteral("show"), QStringLiteral("list")}},
        {QStringLiteral("spotcheck"),
         {QStringLiteral("sample"), QStringLiteral("show"), QStringLiteral("list"),
          QStringLiteral("finding")}},
        {QStringLiteral("measure"),
         {QStringLiteral("add"), QStringLiteral("start"), QStringLiteral("done"),
          QStringLiteral("show"), QStringLiteral("list")}}};
    const bool hasSub = !subcommands.value(group).isEmpty();
    const QString sub = hasSub ? args.value(0) : QString();
    if (hasSub && !subcommands.value(group).contains(sub))
        return usageError(tr("%1 needs a subcommand: %2.")
                              .arg(group, subcommands.value(group).join(QStringLiteral(", "))));
    CommandArgs a;
    QString error;
    if (!parseArgs(
            hasSub ? args.mid(1) : args,
            {QStringLiteral("--role"),        QStringLiteral("--period-kind"),
             QStringLiteral("--from"),        QStringLiteral("--kpis"),
             QStringLiteral("--period"),      QStringLiteral("--branch"),
             QStringLiteral("--rm"),          QStringLiteral("--rating"),
             QStringLiteral("--comment"),     QStringLiteral("--status"),
             QStringLiteral("--size"),        QStringLiteral("--seed"),
             QStringLiteral("--item"),        QStringLiteral("--result"),
             QStringLiteral("--note"),        QStringLiteral("--title"),
             QStringLiteral("--owner"),       QStringLiteral("--due"),
             QStringLiteral("--description"), QStringLiteral("--source"),
             QStringLiteral("--source-id")},
            {QStringLiteral("--history"), QStringLiteral("--open"), QStringLiteral("--overdue")},
            &a, &error))
        return usageError(error);

    // An id for the subcommands that act on one record.
    static const QStringList withId = {QStringLiteral("rate"),  QStringLiteral("signoff"),
                                       QStringLiteral("show"),  QStringLiteral("finding"),
                                       QStringLiteral("start"), QStringLiteral("done")};
    qint64 id = 0;
    if (withId.contains(sub)) {
        bool ok = false;
        id = a.positional.size() == 1 ? a.positional.first().toLongLong(&ok) : 0;
        if (!ok || id <= 0)
            return usageError(tr("Give one %1 number.").arg(group));
    } else if (!a.positional.isEmpty()) {
        return usageError(tr("%1 %2 takes options only.").arg(group, sub).trimmed());
    }
    auto integer = [&a](const QString& option, qint64* out) {
        bool ok = false;
        *out = a.value(option).toLongLong(&ok);
        return ok;
    };

    // Everything is checked before a password is asked for.
    std::optional<KpiPeriod> period;
    if (a.values.contains(QStringLiteral("--period"))) {
        period = KpiPeriod::parse(a.value(QStringLiteral("--period")));
        if (!period)
            return usageError(tr("Give the period as YYYY-MM, YYYY-Qn or YYYY."));
    }
    const QString periodKind = a.values.contains(QStringLiteral("--period-kind"))
                                   ? a.value(QStringLiteral("--period-kind"))
                                   : QStringLiteral("month");
    KpiStandardSet newSet;
    qint64 rating = 0;
    qint64 size = 0;
    std::optional<qint64> seed;
    qint64 item = 0;
    NewMeasure measure;
    if (group == QLatin1String("kpi") && sub == QLatin1String("set")) {
        newSet.role = a.values.contains(QStringLiteral("--role"))
                          ? a.value(QStringLiteral("--role"))
                          : QStringLiteral("rm");
        newSet.periodKind = periodKind;
        newSet.effectiveFrom = QDate::fromString(a.value(QStringLiteral("--from")), Qt::ISODate);
        if (!newSet.effectiveFrom.isValid() ||
            !parseTargets(a.value(QStringLiteral("--kpis")), &newSet.targets))
            return usageError(tr("kpi set needs --from YYYY-MM-DD and --kpis "
                                 "KPI=WEIGHT:TARGET[:higher|lower],…"));
    } else if (group == QLatin1String("evaluation")) {
        if (sub == QLatin1String("create") &&
            (a.value(QStringLiteral("--rm")).isEmpty() || !period))
            return usageError(tr("evaluation create needs --rm NAME and --period P."));
        if (sub == QLatin1String("rate") && (!integer(QStringLiteral("--rating"), &rating) ||
                                             !a.values.contains(QStringLiteral("--comment"))))
            return usageError(tr("evaluation rate needs --rating 1-5 and --comment TEXT."));
    } else if (group == QLatin1String("spotcheck")) {
        if (sub == QLatin1String("sample")) {
            if (!period || !integer(QStringLiteral("--size"), &size))
                return usageError(tr("spotcheck sample needs --period P and --size N."));
            if (a.values.contains(QStringLiteral("--seed"))) {
                qint64 s = 0;
                if (!integer(QStringLiteral("--seed"), &s) || s < 0)
                    return usageError(tr("--seed needs a number of 0 or more."));
                seed = s;
            }
        } else if (sub == QLatin1String("finding") &&
                   (!integer(QStringLiteral("--item"), &item) ||
                    a.value(QStringLiteral("--result")).isEmpty())) {
            return usageError(tr("spotcheck finding needs --item N and --result ok|issue."));
        }
    } else if (group == QLatin1String("measure")) {
        if (sub == QLatin1String("add")) {
            measure.title = a.value(QStringLiteral("--title"));
            measure.owner = a.value(QStringLiteral("--owner"));
            measure.description = a.value(QStringLiteral("--description"));
            if (a.values.contains(QStringLiteral("--source")))
                measure.source = a.value(QStringLiteral("--source"));
            measure.due = QDate::fromString(a.value(QStringLiteral("--due")), Qt::ISODate);
            if (a.values.contains(QStringLiteral("--source-id")) &&
                !integer(QStringLiteral("--source-id"), &measure.sourceId))
                return usageError(tr("--source-id needs a number."));
            if (measure.title.isEmpty() || measure.owner.isEmpty() || !measure.due.isValid())
                return usageError(
                    tr("measure add needs --title TEXT, --owner NAME and --due YYYY-MM-DD."));
        } else if (sub == QLatin1String("done") &&
                   a.value(QStringLiteral("--note")).trimmed().isEmpty()) {
            return usageError(tr("measure done needs --note TEXT saying what was done."));
        }
    }

    int code = ExitOk;
    if (!(m_vault = signIn(&code)))
        return code;
    const Session& session = m_vault->session();
    QSqlDatabase db = m_vault->database().connection();
    StoreError e;
    auto done = [this](const QJsonValue& json, const QString& text) {
        return printResult(json, text);
    };

    if (group == QLatin1String("kpi")) {
        AssessmentStore store(db);
        if (sub == QLatin1String("set")) {
            int version = 0;
            if (!store.setStandards(session, newSet, &version, &e))
                return failWith(e);
            return done(QJsonObject{{QStringLiteral("version"), version}},
                        tr("KPI standards version %1 for %2 (%3) take effect on %4.")
                            .arg(version)
                            .arg(newSet.role, newSet.periodKind,
                                 newSet.effectiveFrom.toString(Qt::ISODate)));
        }
        const QString role = a.values.contains(QStringLiteral("--role"))
                                 ? a.value(QStringLiteral("--role"))
                                 : QStringLiteral("rm");
        QList<KpiStandardSet> sets;
        if (a.has(QStringLiteral("--history"))) {
            sets = store.standardsHistory(session, role, periodKind, &e);
        } else if (auto s = store.standards(session, role, periodKind, QDate::currentDate(), &e)) {
            sets << *s;
        }
        if (!e.ok())
            return failWith(e);
        if (sets.isEmpty())
            return fail(ExitNo, tr("No KPI standards for %1 (%2).").arg(role, periodKind));
        QJsonArray json;
        QString text;
        for (const KpiStandardSet& s : std::as_const(sets)) {
            json.append(standardsJson(s));
            text += tr("%1 / %2, version %3 from %4 (%5):\n")
                        .arg(s.role, s.periodKind)
                        .arg(s.version)
                        .arg(s.effectiveFrom.toString(Qt::ISODate), s.changedBy);
            for (const KpiTarget& t : s.targets)
                text += QStringLiteral("  %1  %2%  %3 %4\n")
                            .arg(t.kpi, -26)
                            .arg(t.weight, 5, 'f', 1)
                            .arg(t.target)
                            .arg(KpiScoring::directionName(t.direction));
        }
        return done(a.has(QStringLiteral("--history")) ? QJsonValue(json)
                                                       : QJsonValue(json.first().toObject()),
                    text);
    }

    if (group == QLatin1String("scorecard")) {
        AssessmentStore store(db);
        qint64 rmId = 0;
        if (!a.value(QStringLiteral("--rm")).isEmpty()) {
            const auto user = UserStore(db).find(a.value(QStringLiteral("--rm")));
            if (!user)
                return fail(ExitNo,
                            tr("There is no user %1.").arg(a.value(QStringLiteral("--rm"))));
            rmId = user->id;
        }
        QElapsedTimer timer;
        timer.start();
        const auto set = store.scorecards(session, period.value_or(store.defaultPeriod()),
                                          a.value(QStringLiteral("--branch")), &e, rmId);
        const qint64 elapsed = timer.elapsed();
        if (!set)
            return failWith(e);
        QJsonArray cards;
        QString text = tr("Scorecards for %1 (standards version %2):\n")
                           .arg(set->period.code())
                           .arg(set->standards.version);
        for (const Scorecard& c : set->cards) {
            cards.append(cardJson(c));
            text += tr("  %1 %2  total %3  rank %4  trend %5\n")
                        .arg(c.branch, c.rm)
                        .arg(shown(c.total))
                        .arg(c.rank)
                        .arg(shown(c.trend));
            for (const KpiScore& s : c.kpis)
                text += QStringLiteral("      %1 %2 / %3 → %4\n")
                            .arg(s.kpi, -26)
                            .arg(shown(s.actual, 2), shown(s.target, 2), shown(s.score));
        }
        QJsonArray branches;
        for (const BranchScore& b : set->branches) {
            QJsonObject scores;
            for (auto it = b.averageScore.cbegin(); it != b.averageScore.cend(); ++it)
                scores.insert(it.key(), *it);
            QJsonObject actuals;
            for (auto it = b.averageActual.cbegin(); it != b.averageActual.cend(); ++it)
                actuals.insert(it.key(), *it);
            branches.append(QJsonObject{{QStringLiteral("branch"), b.branch},
                                        {QStringLiteral("rms"), b.rms},
                                        {QStringLiteral("average_total"), number(b.averageTotal)},
                                        {QStringLiteral("average_scores"), scores},
                                        {QStringLiteral("average_actuals"), actuals}});
            text += tr("Branch %1: %2 RMs, average total %3\n")
                        .arg(b.branch)
                        .arg(b.rms)
                        .arg(shown(b.averageTotal));
        }
        return done(QJsonObject{{QStringLiteral("period"), set->period.code()},
                                {QStringLiteral("standards_version"), set->standards.version},
                                {QStringLiteral("cards"), cards},
                                {QStringLiteral("branches"), branches},
                                {QStringLiteral("elapsed_ms"), elapsed}},
                    text);
    }

    if (group == QLatin1String("evaluation")) {
        EvaluationStore store(db);
        if (sub == QLatin1String("create")) {
            qint64 newId = 0;
            if (!store.create(session, a.value(QStringLiteral("--rm")), period->code(), &newId, &e))
                return failWith(e);
            const auto ev = store.find(session, newId, &e);
            if (!ev)
                return failWith(e);
            return done(evaluationJson(*ev), tr("Evaluation %1 of %2 for %3: score %4, rank %5.")
                                                 .arg(newId)
                                                 .arg(ev->rm, ev->period, shown(ev->score))
                                                 .arg(ev->rank));
        }
        if (sub == QLatin1String("rate")) {
            if (!store.rate(session, id, int(qBound(qint64(0), rating, qint64(100))),
                            a.value(QStringLiteral("--comment")), &e))
                return failWith(e);
            return done(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("rating"), rating}},
                        tr("Evaluation %1 rated %2 (%3).")
                            .arg(id)
                            .arg(rating)
                            .arg(EvaluationStore::ratingLabel(int(rating))));
        }
        if (sub == QLatin1String("signoff")) {
            if (!store.signOff(session, id, &e))
                return failWith(e);
            return done(QJsonObject{{QStringLiteral("id"), id},
                                    {QStringLiteral("status"), QStringLiteral("signed_off")}},
                        tr("Evaluation %1 signed off; it can no longer be changed.").arg(id));
        }
        if (sub == QLatin1String("show")) {
            const auto ev = store.find(session, id, &e);
            if (!ev)
                return failWith(e);
            return done(evaluationJson(*ev),
                        tr("Evaluation %1: %2, %3, score %4, rating %5, %6\n%7")
                            .arg(ev->id)
                            .arg(ev->rm, ev->period, shown(ev->score),
                                 ev->rating ? QString::number(*ev->rating) : QStringLiteral("—"),
                                 ev->status, ev->comment));
        }
        const auto list =
            store.list(session,
                       {a.value(QStringLiteral("--period")), a.value(QStringLiteral("--rm")),
                        a.value(QStringLiteral("--status"))},
                       &e);
        if (!e.ok())
            return failWith(e);
        QJsonArray json;
        QString text;
        for (const Evaluation& ev : list) {
            json.append(evaluationJson(ev));
            text += QStringLiteral("%1  %2  %3  %4  %5\n")
                        .arg(ev.id)
                        .arg(ev.period, ev.rm, shown(ev.score), ev.status);
        }
        return done(
            QJsonObject{{QStringLiteral("total"), json.size()}, {QStringLiteral("results"), json}},
            text.isEmpty() ? tr("No evaluations.") : text);
    }

    if (group == QLatin1String("spotcheck")) {
        SupervisionStore store(db);
        if (sub == QLatin1String("sample")) {
            qint64 newId = 0;
            if (!store.drawSample(session, period->code(),
                                  int(qBound(qint64(0), size, qint64(1000))), seed, &newId, &e))
                return failWith(e);
            id = newId;
        } else if (sub == QLatin1String("finding")) {
            if (!store.recordFinding(session, id, int(qBound(qint64(0), item, qint64(100000))),
                                     a.value(QStringLiteral("--result")),
                                     a.value(QStringLiteral("--note")), &e))
                return failWith(e);
        } else if (sub == QLatin1String("list")) {
            const auto list = store.samples(session, &e);
            if (!e.ok())
                return failWith(e);
            QJsonArray json;
            QString text;
            for (const SpotCheckSample& s : list) {
                json.append(sampleJson(s));
                text += tr("%1  %2 %3  %4 items, %5 checked, %6 issues\n")
                            .arg(s.id)
                            .arg(s.branch, s.period)
                            .arg(s.items.size())
                            .arg(s.checked())
                            .arg(s.issues());
            }
            return done(json, text.isEmpty() ? tr("No spot checks.") : text);
        }
        const auto s = store.sample(session, id, &e);
        if (!s)
            return failWith(e);
        QString text = tr("Spot check %1 of %2 for %3 (seed %4):\n")
                           .arg(s->id)
                           .arg(s->branch, s->period)
                           .arg(s->seed);
        for (const SpotCheckItem& i : s->items)
            text += QStringLiteral("  %1  %2 %3  %4 %5\n")
                        .arg(i.item)
                        .arg(i.recordKind)
                        .arg(i.recordId)
                        .arg(i.finding.isEmpty() ? QStringLiteral("-") : i.finding, i.note);
        return done(sampleJson(*s), text);
    }

    // measure
    SupervisionStore store(db);
    if (sub == QLatin1String("add")) {
        qint64 newId = 0;
        if (!store.addMeasure(session, measure, &newId, &e))
            return failWith(e);
        id = newId;
    } else if (sub == QLatin1String("start")) {
        if (!store.startMeasure(session, id, &e))
            return failWith(e);
    } else if (sub == QLatin1String("done")) {
        if (!store.completeMeasure(session, id, a.value(QStringLiteral("--note")), &e))
            return failWith(e);
    } else if (sub == QLatin1String("list")) {
        MeasureFilter filter;
        filter.openOnly = a.has(QStringLiteral("--open"));
        filter.overdueOnly = a.has(QStringLiteral("--overdue"));
        const auto list = store.measures(session, filter, &e);
        if (!e.ok())
            return failWith(e);
        QJsonArray json;
        QString text;
        for (const ImprovementMeasure& m : list) {
            json.append(measureJson(m));
            text += QStringLiteral("%1  %2  %3  %4  %5%6\n")
                        .arg(m.id)
                        .arg(m.due.toString(Qt::ISODate), m.status, m.owner, m.title,
                             m.overdue ? tr(" (overdue)") : QString());
        }
        return done(
            QJsonObject{{QStringLiteral("total"), json.size()}, {QStringLiteral("results"), json}},
            text.isEmpty() ? tr("No improvement measures.") : text);
    }
    const auto m = store.measure(session, id, &e);
    if (!m)
        return failWith(e);
    return done(measureJson(*m),
                tr("Measure %1: %2, owner %3, due %4, %5")
                    .arg(m->id)
                    .arg(m->title, m->owner, m->due.toString(Qt::ISODate), m->status));
}

} // namespace rmdesk
