// rmdesk-cli's lifecycle stage and retention commands: stage run, stage set, stage history and
// retention stats.
#include "cli.h"

#include "customerlistmodel.h"
#include "exitcode.h"
#include "stores/lifecyclestore.h"
#include "stores/retentionstore.h"

#include <QDate>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace rmdesk {

namespace {

// "YYYY-MM" to a month index; nothing when it is not one.
std::optional<int> parseMonth(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}$"));
    if (!pattern.match(text).hasMatch())
        return std::nullopt;
    const QDate d = QDate::fromString(text + QStringLiteral("-01"), Qt::ISODate);
    if (!d.isValid())
        return std::nullopt;
    return monthIndex(d);
}

QJsonValue ratio(const std::optional<double>& v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QString percent(const std::optional<double>& v)
{
    return v ? QStringLiteral("%1%").arg(*v * 100.0, 0, 'f', 1) : QStringLiteral("—");
}

QString stageLabel(const QString& code)
{
    return CustomerListModel::valueLabel(QStringLiteral("lifecycle_stage"), code);
}

QJsonObject countsJson(const QMap<QString, int>& counts)
{
    QJsonObject o;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QJsonObject transitionJson(const StageTransition& t)
{
    return {{QStringLiteral("id"), t.id},
            {QStringLiteral("customer"), t.customerId},
            {QStringLiteral("month"), t.month},
            {QStringLiteral("effective_on"), t.effectiveOn},
            {QStringLiteral("from"), t.fromStage},
            {QStringLiteral("to"), t.toStage},
            {QStringLiteral("source"), t.source},
            {QStringLiteral("reason"),
             t.reason.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(t.reason)},
            {QStringLiteral("user"), t.userName},
            {QStringLiteral("recorded_at"), t.recordedAt}};
}

QJsonArray monthsJson(const QList<RetentionMonth>& months)
{
    QJsonArray a;
    for (const RetentionMonth& m : months)
        a.append(QJsonObject{{QStringLiteral("month"), monthName(m.month)},
                             {QStringLiteral("active"), m.active},
                             {QStringLiteral("new"), m.newCustomers},
                             {QStringLiteral("won_back"), m.wonBack},
                             {QStringLiteral("churned"), m.churned},
                             {QStringLiteral("net_new"), m.netNew},
                             {QStringLiteral("churn_rate"), ratio(m.churnRate)},
                             {QStringLiteral("retention_12"), ratio(m.retention12)},
                             {QStringLiteral("aum_retention_12"), ratio(m.aumRetention12)}});
    return a;
}

} // namespace

int Cli::cmdStage(const QStringList& args)
{
    const bool retention = m_opts.command == QLatin1String("retention");
    const QString sub = args.value(0);
    const QStringList subs = retention ? QStringList{QStringLiteral("stats")}
                                       : QStringList{QStringLiteral("run"), QStringLiteral("set"),
                                                     QStringLiteral("history")};
    if (!subs.contains(sub))
        return usageError(
            tr("%1 needs a subcommand: %2.").arg(m_opts.command, subs.join(QStringLiteral(", "))));
    CommandArgs a;
    QString error;
    if (!parseArgs(args.mid(1),
                   {QStringLiteral("--month"), QStringLiteral("--stage"),
                    QStringLiteral("--reason"), QStringLiteral("--from"), QStringLiteral("--to"),
                    QStringLiteral("--branch"), QStringLiteral("--rm"), QStringLiteral("--by")},
                   {QStringLiteral("--cohorts"), QStringLiteral("--refresh")}, &a, &error))
        return usageError(error);

    // Everything is checked before a password is asked for.
    qint64 customer = 0;
    int code = ExitOk;
    std::optional<int> month;
    RetentionFilter filter;
    std::optional<RetentionGroup> by;
    if (sub == QLatin1String("set") || sub == QLatin1String("history")) {
        if (!readId(a.positional, &customer, &code))
            return code;
        if (sub == QLatin1String("set") && (!a.values.contains(QStringLiteral("--stage")) ||
                                            !a.values.contains(QStringLiteral("--reason"))))
            return usageError(tr("stage set needs --stage %1 and --reason TEXT.")
                                  .arg(LifecycleRules::stages().join(QLatin1Char('|'))));
    } else if (!a.positional.isEmpty()) {
        return usageError(tr("%1 %2 takes options only.").arg(m_opts.command, sub));
    }
    if (sub == QLatin1String("run") && a.values.contains(QStringLiteral("--month"))) {
        month = parseMonth(a.value(QStringLiteral("--month")));
        if (!month)
            return usageError(tr("Give the month as --month YYYY-MM."));
    }
    if (retention) {
        for (const char* option : {"--from", "--to"}) {
            const QString name = QLatin1String(option);
            if (!a.values.contains(name))
                continue;
            const auto m = parseMonth(a.value(name));
            if (!m)
                return usageError(tr("Give the months as --from YYYY-MM and --to YYYY-MM."));
            (name == QLatin1String("--from") ? filter.from : filter.to) = *m;
        }
        if (filter.to && !filter.from)
            filter.from = filter.to - 11;
        if (filter.from && !filter.to) // up to the last complete month
            filter.to = std::max(filter.from, monthIndex(QDate::currentDate()) - 1);
        if (filter.from > filter.to)
            return usageError(tr("--from must not come after --to."));
        if (filter.to - filter.from > 240)
            return usageError(tr("Ask for at most 20 years of months at a time."));
        filter.branch = a.value(QStringLiteral("--branch"));
        filter.rm = a.value(QStringLiteral("--rm"));
        if (a.values.contains(QStringLiteral("--by"))) {
            const QString group = a.value(QStringLiteral("--by"));
            if (group == QLatin1String("branch"))
                by = RetentionGroup::Branch;
            else if (group == QLatin1String("rm"))
                by = RetentionGroup::Rm;
            else if (group == QLatin1String("segment"))
                by = RetentionGroup::Segment;
            else
                return usageError(tr("--by takes branch, rm or segment."));
        }
    }

    if (!(m_vault = signIn(&code)))
        return code;
    const Session& session = m_vault->session();
    QSqlDatabase db = m_vault->database().connection();
    StoreError e;
    auto done = [this](const QJsonValue& json, const QString& text) {
        return printResult(json, text);
    };

    if (sub == QLatin1String("run")) {
        StageRunResult r;
        if (!LifecycleStore(db).run(session, month, &r, &e))
            return failWith(e);
        QStringList lines{r.changed == 0 && r.repeated
                              ? tr("%1 had been run already; nothing changed.").arg(r.month)
                              : tr("Stages of %1 assigned to %2 customers: %3 changed, %4 kept "
                                   "at an override, in %5 s.")
                                    .arg(r.month)
                                    .arg(r.customers)
                                    .arg(r.changed)
                                    .arg(r.overridden)
                                    .arg(r.seconds, 0, 'f', 1)};
        if (r.tiersChanged > 0)
            lines << tr("%n customer(s) changed tier under the thresholds now in force.", nullptr,
                        r.tiersChanged);
        for (const QString& stage : LifecycleRules::stages())
            lines << QStringLiteral("%1\t%2\t+%3")
                         .arg(stageLabel(stage))
                         .arg(r.counts.value(stage))
                         .arg(r.entered.value(stage));
        return done(QJsonObject{{QStringLiteral("month"), r.month},
                                {QStringLiteral("customers"), r.customers},
                                {QStringLiteral("changed"), r.changed},
                                {QStringLiteral("overridden"), r.overridden},
                                {QStringLiteral("repeated"), r.repeated},
                                {QStringLiteral("tiers_changed"), r.tiersChanged},
                                {QStringLiteral("counts"), countsJson(r.counts)},
                                {QStringLiteral("entered"), countsJson(r.entered)},
                                {QStringLiteral("seconds"), r.seconds}},
                    lines.join(QLatin1Char('\n')));
    }
    if (sub == QLatin1String("set")) {
        LifecycleStore store(db);
        StageTransition t;
        if (!store.setStage(session, customer, a.value(QStringLiteral("--stage")),
                            a.value(QStringLiteral("--reason")), &t, &e))
            return failWith(e);
        const auto pinned = store.overrideOf(session, customer, &e);
        QJsonObject json = transitionJson(t);
        json.insert(QStringLiteral("until"),
                    pinned ? QJsonValue(pinned->untilMonth) : QJsonValue(QJsonValue::Null));
        return done(json, tr("Customer %1 is now %2 (was %3); the monthly run keeps it through %4.")
                              .arg(customer)
                              .arg(stageLabel(t.toStage), stageLabel(t.fromStage),
                                   pinned ? pinned->untilMonth : t.month));
    }
    if (sub == QLatin1String("history")) {
        const QList<StageTransition> list = LifecycleStore(db).history(session, customer, &e);
        if (!e.ok())
            return failWith(e);
        QJsonArray json;
        QStringList lines;
        for (const StageTransition& t : list) {
            json.append(transitionJson(t));
            lines << QStringLiteral("%1\t%2 → %3\t%4\t%5\t%6")
                         .arg(t.effectiveOn, stageLabel(t.fromStage), stageLabel(t.toStage),
                              t.source == QLatin1String("rules") ? tr("monthly rules")
                                                                 : tr("set by hand"),
                              t.userName, t.reason);
        }
        return done(json, lines.isEmpty()
                              ? tr("Customer %1 has no stage transitions yet.").arg(customer)
                              : lines.join(QLatin1Char('\n')));
    }

    // retention stats
    QElapsedTimer timer;
    timer.start();
    RetentionStore store(db);
    if (a.has(QStringLiteral("--refresh")) && !store.rebuild(session, &e))
        return failWith(e);
    filter = store.resolved(filter);
    const QList<RetentionMonth> months = store.series(session, filter, &e);
    if (!e.ok())
        return failWith(e);
    QJsonObject json{{QStringLiteral("from"), monthName(filter.from)},
                     {QStringLiteral("to"), monthName(filter.to)},
                     {QStringLiteral("months"), monthsJson(months)}};
    QStringList lines{tr("month\tactive\tnew\twon back\tchurned\tnet new\tchurn rate\t"
                         "12-month retention\tAUM retention")};
    auto addLines = [&lines](const QList<RetentionMonth>& list, const QString& prefix) {
        for (const RetentionMonth& m : list)
            lines << QStringLiteral("%1%2\t%3\t%4\t%5\t%6\t%7\t%8\t%9\t%10")
                         .arg(prefix, monthName(m.month))
                         .arg(m.active)
                         .arg(m.newCustomers)
                         .arg(m.wonBack)
                         .arg(m.churned)
                         .arg(m.netNew)
                         .arg(percent(m.churnRate), percent(m.retention12),
                              percent(m.aumRetention12));
    };
    addLines(months, QString());
    if (by) {
        const auto groups = store.seriesBy(session, filter, *by, &e);
        if (!e.ok())
            return failWith(e);
        QJsonObject groupJson;
        for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
            groupJson.insert(it.key(), monthsJson(*it));
            addLines(*it, it.key() + QLatin1Char('\t'));
        }
        json.insert(QStringLiteral("by"), a.value(QStringLiteral("--by")));
        json.insert(QStringLiteral("groups"), groupJson);
    }
    if (a.has(QStringLiteral("--cohorts"))) {
        const QList<CohortRow> rows = store.cohorts(session, filter, &e);
        if (!e.ok())
            return failWith(e);
        QJsonArray cohorts;
        lines << QString() << tr("cohort\tsize\tretained by month");
        for (const CohortRow& row : rows) {
            QJsonArray retained;
            QStringList shares;
            for (const double share : row.retained) {
                retained.append(share);
                shares << percent(share);
            }
            cohorts.append(QJsonObject{{QStringLiteral("cohort"), monthName(row.cohort)},
                                       {QStringLiteral("size"), row.size},
                                       {QStringLiteral("retained"), retained}});
            lines << QStringLiteral("%1\t%2\t%3")
                         .arg(monthName(row.cohort))
                         .arg(row.size)
                         .arg(shares.join(QLatin1Char(' ')));
        }
        json.insert(QStringLiteral("cohorts"), cohorts);
    }
    json.insert(QStringLiteral("built_at"), store.builtAt());
    json.insert(QStringLiteral("elapsed_ms"), timer.elapsed());
    return done(json, lines.join(QLatin1Char('\n')));
}

} // namespace rmdesk
