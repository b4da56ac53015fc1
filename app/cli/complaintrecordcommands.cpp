// rmdesk-cli's complaint feedback commands (specification 3.4): a complaint's root cause,
// improvement actions tracked until done, the report of recurring causes, and the configured
// lists (categories, root causes, channels).
#include "cli.h"

#include "complaintjson.h"
#include "exitcode.h"
#include "stores/complaintstore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

namespace rmdesk {

namespace {

// "YYYY-MM" as the first (or, with `last`, the last) day of that month.
QDate monthDay(const QString& text, bool last)
{
    const QDate first = QDate::fromString(text + QStringLiteral("-01"), Qt::ISODate);
    if (!first.isValid() || text.size() != 7)
        return QDate();
    return last ? first.addMonths(1).addDays(-1) : first;
}

} // namespace

int Cli::cmdComplaintRecords(const QStringList& args)
{
    const QString sub = args.first();
    const bool action = sub == QLatin1String("action");
    const QString verb = action && args.size() > 1 ? args.at(1) : QString();
    if (action &&
        !QStringList{QStringLiteral("add"), QStringLiteral("done"), QStringLiteral("list")}
             .contains(verb))
        return usageError(tr("complaint action needs add, done or list."));
    CommandArgs a;
    QString error;
    if (!parseArgs(args.mid(action ? 2 : 1),
                   {QStringLiteral("--cause"), QStringLiteral("--note"),
                    QStringLiteral("--description"), QStringLiteral("--owner"),
                    QStringLiteral("--due"), QStringLiteral("--at"), QStringLiteral("--from"),
                    QStringLiteral("--to"), QStringLiteral("--by")},
                   {QStringLiteral("--all")}, &a, &error))
        return usageError(error);
    auto value = [&](const char* option) { return a.value(QLatin1String(option)); };
    const bool takesId = sub == QLatin1String("cause") || verb == QLatin1String("add") ||
                         verb == QLatin1String("done");
    qint64 id = 0;
    if (takesId) {
        bool ok = false;
        id = a.positional.size() == 1 ? a.positional.first().toLongLong(&ok) : 0;
        if (!ok || id <= 0)
            return usageError(verb == QLatin1String("done")
                                  ? tr("Give one improvement action number.")
                                  : tr("Give one complaint number."));
    } else if (sub != QLatin1String("choices") && !a.positional.isEmpty()) {
        return usageError(tr("complaint %1 takes options only.").arg(sub));
    }
    const QString list = sub == QLatin1String("choices") && !a.positional.isEmpty()
                             ? a.positional.first()
                             : QString();
    if (!list.isEmpty() &&
        !QStringList{QStringLiteral("category"), QStringLiteral("cause"), QStringLiteral("channel")}
             .contains(list))
        return usageError(tr("complaint choices lists category, cause or channel."));
    if (sub == QLatin1String("cause") && value("--cause").isEmpty())
        return usageError(tr("Give the root cause with --cause NAME."));
    QDate due;
    if (verb == QLatin1String("add")) {
        due = QDate::fromString(value("--due"), Qt::ISODate);
        if (value("--description").trimmed().isEmpty() || value("--owner").isEmpty() ||
            !due.isValid())
            return usageError(tr("complaint action add needs --description TEXT --owner NAME "
                                 "--due YYYY-MM-DD."));
    }
    QDate at;
    if (a.values.contains(QStringLiteral("--at")) &&
        !(at = QDate::fromString(value("--at"), Qt::ISODate)).isValid())
        return usageError(tr("--at needs a date like 2026-03-16."));
    const bool byQuarter = value("--by") == QLatin1String("quarter");
    if (!value("--by").isEmpty() && !byQuarter && value("--by") != QLatin1String("month"))
        return usageError(tr("--by is month or quarter."));
    const QDate thisMonth = QDate::currentDate().addDays(1 - QDate::currentDate().day());
    const QDate from = a.values.contains(QStringLiteral("--from"))
                           ? monthDay(value("--from"), false)
                           : thisMonth.addMonths(-11);
    const QDate to = a.values.contains(QStringLiteral("--to")) ? monthDay(value("--to"), true)
                                                               : thisMonth.addMonths(1).addDays(-1);
    if (sub == QLatin1String("causes") && (!from.isValid() || !to.isValid()))
        return usageError(tr("--from and --to need a month like 2026-03."));

    int code = ExitOk;
    if (!(m_vault = signIn(&code)))
        return code;
    const Session& session = m_vault->session();
    ComplaintStore store(m_vault->database().connection());
    StoreError e;
    auto done = [this](const QJsonValue& json, const QString& text) {
        return printResult(json, text);
    };

    if (sub == QLatin1String("choices")) {
        QJsonObject out;
        QStringList lines;
        for (const QString& l :
             list.isEmpty() ? QStringList{QStringLiteral("category"), QStringLiteral("cause"),
                                          QStringLiteral("channel")}
                            : QStringList{list}) {
            QJsonArray items;
            for (const ComplaintChoice& c : store.choices(l)) {
                items.append(QJsonObject{{QStringLiteral("key"), c.key},
                                         {QStringLiteral("name"), c.name},
                                         {QStringLiteral("label"), c.label}});
                lines << QStringLiteral("%1\t%2\t%3").arg(l, c.key, c.label);
            }
            out.insert(l, items);
        }
        return done(out, lines.join(QLatin1Char('\n')));
    }
    if (sub == QLatin1String("cause")) {
        if (!store.setRootCause(session, id, value("--cause"), value("--note"), &e))
            return failWith(e);
        const auto c = store.show(session, id, &e);
        if (!c)
            return failWith(e);
        return done(ComplaintJson::full(*c, store), ComplaintJson::line(*c, store));
    }
    if (verb == QLatin1String("add")) {
        qint64 actionId = 0;
        if (!store.addAction(session, id, value("--description"), value("--owner"), due, &actionId,
                             &e))
            return failWith(e);
        return done(
            QJsonObject{{QStringLiteral("id"), actionId}, {QStringLiteral("complaint"), id}},
            QString::number(actionId));
    }
    if (verb == QLatin1String("done")) {
        if (!store.completeAction(session, id, value("--note"), &e, at))
            return failWith(e);
        return done(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("status"), "done"}},
                    tr("Improvement action %1 is done.").arg(id));
    }
    if (verb == QLatin1String("list")) {
        const QList<ImprovementAction> rows =
            store.actions(session, !a.has(QStringLiteral("--all")), &e);
        if (!e.ok())
            return failWith(e);
        QJsonArray results;
        QStringList lines;
        for (const ImprovementAction& r : rows) {
            results.append(ComplaintJson::action(r));
            lines << QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
                         .arg(r.id)
                         .arg(r.complaintId)
                         .arg(r.status, r.due.toString(Qt::ISODate), r.owner, r.description);
        }
        return done(QJsonObject{{QStringLiteral("total"), int(rows.size())},
                                {QStringLiteral("results"), results}},
                    lines.isEmpty() ? tr("No improvement actions.") : lines.join(u'\n'));
    }
    // causes: counts by cause and period, and the causes that recur most.
    const QList<CauseCount> rows = store.causeReport(session, from, to, byQuarter, &e);
    if (!e.ok())
        return failWith(e);
    QJsonArray counts;
    QMap<QString, QPair<int, int>> totals; // cause → (complaints, periods)
    QStringList lines;
    for (const CauseCount& r : rows) {
        const QString label = store.choiceLabel(QStringLiteral("cause"), r.cause);
        counts.append(QJsonObject{{QStringLiteral("period"), r.period},
                                  {QStringLiteral("cause"), r.cause},
                                  {QStringLiteral("label"), label},
                                  {QStringLiteral("count"), r.count}});
        totals[r.cause].first += r.count;
        totals[r.cause].second += 1;
        lines << QStringLiteral("%1\t%2\t%3").arg(r.period, label).arg(r.count);
    }
    QList<QString> causes = totals.keys();
    std::stable_sort(causes.begin(), causes.end(), [&](const QString& x, const QString& y) {
        return totals.value(x).first > totals.value(y).first;
    });
    QJsonArray recurring;
    for (const QString& cause : causes)
        recurring.append(QJsonObject{
            {QStringLiteral("cause"), cause},
            {QStringLiteral("label"), store.choiceLabel(QStringLiteral("cause"), cause)},
            {QStringLiteral("count"), totals.value(cause).first},
            {QStringLiteral("periods"), totals.value(cause).second}});
    return done(QJsonObject{{QStringLiteral("from"), from.toString(Qt::ISODate)},
                            {QStringLiteral("to"), to.toString(Qt::ISODate)},
                            {QStringLiteral("by"),
                             byQuarter ? QStringLiteral("quarter") : QStringLiteral("month")},
                            {QStringLiteral("rows"), counts},
                            {QStringLiteral("totals"), recurring}},
                lines.isEmpty() ? tr("No root causes recorded in that period.")
                                : lines.join(u'\n'));
}

} // namespace rmdesk
