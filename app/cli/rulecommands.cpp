// rmdesk-cli rules: the regulatory rule sets (specification ch. 8) — the rules in force on a day,
// a set's versions, and a new version published by an administrator (RuleStore::publish does the
// checks and the audit row).
#include "cli.h"

#include "exitcode.h"
#include "stores/rulestore.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace rmdesk {

namespace {

QJsonObject versionJson(const RuleSetVersion& v)
{
    QJsonObject values;
    for (const RuleEntry& e : v.entries)
        values.insert(e.key, e.value);
    return {{QStringLiteral("rule_set"), v.name},
            {QStringLiteral("version"), v.version},
            {QStringLiteral("effective_from"), v.effectiveFrom.toString(Qt::ISODate)},
            {QStringLiteral("changed_by"), v.changedBy},
            {QStringLiteral("changed_at"), v.changedAt},
            {QStringLiteral("source"), v.source},
            {QStringLiteral("reason"), v.reason},
            {QStringLiteral("values"), values}};
}

} // namespace

int Cli::cmdRules(const QStringList& args)
{
    const QString sub = args.value(0);
    CommandArgs a;
    QString error;
    if (!parseArgs(args.mid(1),
                   {QStringLiteral("--on"), QStringLiteral("--from"), QStringLiteral("--reason")},
                   {}, &a, &error))
        return usageError(error);
    QDate on = QDate::currentDate();
    if (a.values.contains(QStringLiteral("--on")))
        on = QDate::fromString(a.value(QStringLiteral("--on")), Qt::ISODate);
    const QDate from = QDate::fromString(a.value(QStringLiteral("--from")), Qt::ISODate);
    QList<RuleEntry> changes;
    if (sub == QLatin1String("list")) {
        if (!on.isValid() || !a.positional.isEmpty())
            return usageError(tr("rules list takes only --on YYYY-MM-DD."));
    } else if (sub == QLatin1String("history")) {
        if (a.positional.size() != 1)
            return usageError(tr("rules history needs the name of a rule set."));
    } else if (sub == QLatin1String("set")) {
        for (const QString& p : a.positional.mid(1)) {
            const qsizetype eq = p.indexOf(QLatin1Char('='));
            if (eq <= 0)
                return usageError(tr("\"%1\" is not KEY=VALUE.").arg(p));
            changes.append({p.left(eq), p.mid(eq + 1)});
        }
        if (a.positional.isEmpty() || changes.isEmpty() || !from.isValid() ||
            a.value(QStringLiteral("--reason")).trimmed().isEmpty())
            return usageError(tr("rules set needs a rule set, KEY=VALUE for each rule that "
                                 "changes, --from YYYY-MM-DD and --reason TEXT."));
    } else {
        return usageError(tr("rules needs list, history or set."));
    }

    int code = ExitOk;
    if (!(m_vault = signIn(&code)))
        return code;
    RuleStore store(m_vault->database().connection());
    if (sub == QLatin1String("list")) {
        const QList<Rule> rules = store.rulesInForce(on, &error);
        if (!error.isEmpty())
            return fail(ExitNo, error);
        QJsonArray json;
        QString text;
        for (const Rule& r : rules) {
            json.append(QJsonObject{
                {QStringLiteral("rule_set"), r.ruleSet},
                {QStringLiteral("version"), r.version},
                {QStringLiteral("effective_from"), r.effectiveFrom.toString(Qt::ISODate)},
                {QStringLiteral("key"), r.key},
                {QStringLiteral("value"), r.value}});
            text += QStringLiteral("%1 v%2  %3 = %4\n")
                        .arg(r.ruleSet)
                        .arg(r.version)
                        .arg(r.key, r.value);
        }
        return printResult(json, text);
    }
    const QString name = a.positional.first();
    if (sub == QLatin1String("history")) {
        const QList<RuleSetVersion> versions = store.history(name, &error);
        if (!error.isEmpty())
            return fail(ExitNo, error);
        if (versions.isEmpty())
            return fail(ExitNo, tr("There is no rule set \"%1\".").arg(name));
        QJsonArray json;
        QString text;
        for (const RuleSetVersion& v : versions) {
            json.append(versionJson(v));
            text += tr("version %1 from %2, by %3 at %4%5\n")
                        .arg(v.version)
                        .arg(v.effectiveFrom.toString(Qt::ISODate), v.changedBy, v.changedAt,
                             v.reason.isEmpty() ? QString() : tr(": %1").arg(v.reason));
            for (const RuleEntry& e : v.entries)
                text += QStringLiteral("  %1 = %2\n").arg(e.key, e.value);
        }
        return printResult(json, text);
    }
    // set: the newest version with the given rules changed (or, in a list, added).
    const QList<RuleSetVersion> versions = store.history(name, &error);
    if (versions.isEmpty())
        return fail(ExitNo, error.isEmpty() ? tr("There is no rule set \"%1\".").arg(name) : error);
    QList<RuleEntry> entries = versions.first().entries;
    for (const RuleEntry& c : std::as_const(changes)) {
        auto it = std::find_if(entries.begin(), entries.end(),
                               [&](const RuleEntry& e) { return e.key == c.key; });
        if (it != entries.end())
            it->value = c.value;
        else
            entries.append(c);
    }
    StoreError e;
    QList<RuleProblem> problems;
    const auto version = store.publish(m_vault->session(), name, entries, from,
                                       a.value(QStringLiteral("--reason")), &problems, &e);
    if (!version)
        return failWith(e);
    return printResult(QJsonObject{{QStringLiteral("rule_set"), name},
                                   {QStringLiteral("version"), *version},
                                   {QStringLiteral("effective_from"), from.toString(Qt::ISODate)}},
                       tr("Version %1 of %2 takes effect on %3.")
                           .arg(*version)
                           .arg(name, from.toString(Qt::ISODate)));
}

} // namespace rmdesk
