// rmdesk-cli customer checks | customer check: the second person's check of identity changes
// (specification 2.2). ChangeCheckStore decides who may check and writes the decision.
#include "cli.h"

#include "exitcode.h"
#include "stores/changecheckstore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace rmdesk {

namespace {

QJsonObject checkJson(const ChangeCheck& c)
{
    QJsonArray fields;
    for (const FieldChange& f : c.fields)
        fields.append(QJsonObject{{QStringLiteral("field"), f.field},
                                  {QStringLiteral("old"), f.oldValue},
                                  {QStringLiteral("new"), f.newValue}});
    auto orNull = [](const QString& s) {
        return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
    };
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("customer"), c.customerId},
            {QStringLiteral("customer_name"), c.customerName},
            {QStringLiteral("branch"), c.branch},
            {QStringLiteral("changed_at"), c.changedAt},
            {QStringLiteral("changed_by"), c.changedBy},
            {QStringLiteral("fields"), fields},
            {QStringLiteral("reason"), c.reason},
            {QStringLiteral("proof_type"), c.proofType},
            {QStringLiteral("proof_ref"), c.proofRef},
            {QStringLiteral("status"), c.status},
            {QStringLiteral("checked_by"), orNull(c.checkedBy)},
            {QStringLiteral("checked_at"), orNull(c.checkedAt)},
            {QStringLiteral("note"), orNull(c.note)},
            {QStringLiteral("due_on"), c.dueOn.toString(Qt::ISODate)},
            {QStringLiteral("late"), c.late},
            {QStringLiteral("restored"), c.status == QLatin1String("rejected")
                                             ? QJsonValue(c.restored)
                                             : QJsonValue(QJsonValue::Null)}};
}

} // namespace

void Cli::printCheck(const ChangeCheck& c)
{
    const QHash<QString, QString> statuses = {
        {QStringLiteral("pending"), tr("waiting")},
        {QStringLiteral("confirmed"), tr("confirmed")},
        {QStringLiteral("rejected"), tr("rejected")},
        {QStringLiteral("superseded"), tr("closed by a merge")}};
    m_out << c.id << '\t' << statuses.value(c.status, c.status) << '\t' << c.customerId << ' '
          << c.customerName << '\t' << c.changedAt << '\t' << c.changedBy << '\t'
          << ChangeCheckRules::describe(c.fields) << '\t' << c.proofType << ' ' << c.proofRef
          << '\n';
}

int Cli::cmdChangeChecks(const QStringList& args)
{
    const QString sub = args.value(0);
    CommandArgs a;
    QString error;
    if (!parseArgs(
            args.mid(1),
            {QStringLiteral("--limit"), QStringLiteral("--note"), QStringLiteral("--reason")},
            {QStringLiteral("--all"), QStringLiteral("--confirm"), QStringLiteral("--reject"),
             QStringLiteral("--show"), QStringLiteral("--unmask")},
            &a, &error))
        return usageError(error);
    // Each form takes its own options only: an option another form takes is a usage error, not
    // silently ignored.
    auto only = [&a](const QStringList& allowed) {
        for (const QString& option : a.values.keys() + a.flags)
            if (!allowed.contains(option))
                return false;
        return true;
    };
    int code = ExitOk;
    if (sub == QLatin1String("checks")) {
        bool ok = true;
        const int limit = a.values.contains(QStringLiteral("--limit"))
                              ? a.value(QStringLiteral("--limit")).toInt(&ok)
                              : 100;
        if (!ok || limit <= 0 || !a.positional.isEmpty() ||
            !only({QStringLiteral("--all"), QStringLiteral("--limit")}))
            return usageError(tr("customer checks takes --all (decided ones too) and --limit N."));
        if (!(m_vault = signIn(&code)))
            return code;
        StoreError e;
        int total = 0;
        int late = 0;
        const auto list = ChangeCheckStore(m_vault->database().connection())
                              .checks(m_vault->session(), !a.has(QStringLiteral("--all")), limit,
                                      &total, &e, &late);
        if (!e.ok())
            return failWith(e);
        if (m_opts.json) {
            QJsonArray results;
            for (const ChangeCheck& c : list)
                results.append(checkJson(c));
            printJson(QJsonObject{{QStringLiteral("total"), total},
                                  {QStringLiteral("late"), late},
                                  {QStringLiteral("results"), results}});
            return ExitOk;
        }
        for (const ChangeCheck& c : list)
            printCheck(c);
        m_out.flush();
        return ExitOk;
    }
    const bool showing = a.has(QStringLiteral("--show"));
    const bool confirming = a.has(QStringLiteral("--confirm"));
    const bool rejecting = a.has(QStringLiteral("--reject"));
    const bool unmask = a.has(QStringLiteral("--unmask"));
    bool ok = false;
    const qint64 id = a.positional.size() == 1 ? a.positional.first().toLongLong(&ok) : 0;
    if (sub != QLatin1String("check") || !ok || id <= 0 ||
        int(showing) + int(confirming) + int(rejecting) != 1 ||
        (showing && (!only({QStringLiteral("--show"), QStringLiteral("--unmask"),
                            QStringLiteral("--reason")}) ||
                     unmask == a.value(QStringLiteral("--reason")).trimmed().isEmpty())) ||
        (!showing && !only({QStringLiteral("--confirm"), QStringLiteral("--reject"),
                            QStringLiteral("--note")})))
        return usageError(tr("customer check needs one change check number and one of --confirm "
                             "[--note TEXT], --reject --note TEXT or --show [--unmask --reason "
                             "TEXT]."));
    if (!(m_vault = signIn(&code)))
        return code;
    StoreError e;
    ChangeCheckStore store(m_vault->database().connection());
    if (showing) {
        const auto check =
            unmask ? store.reveal(m_vault->session(), id, a.value(QStringLiteral("--reason")), &e)
                   : store.find(m_vault->session(), id, &e);
        if (!check)
            return failWith(e);
        if (m_opts.json)
            printJson(checkJson(*check));
        else
            printCheck(*check);
        m_out.flush();
        return ExitOk;
    }
    const QString note = a.value(QStringLiteral("--note"));
    QString notRestored;
    if (!(rejecting ? store.reject(m_vault->session(), id, note, &e, &notRestored)
                    : store.confirm(m_vault->session(), id, note, &e)))
        return failWith(e);
    if (m_opts.json) {
        QJsonObject result{{QStringLiteral("id"), id},
                           {QStringLiteral("status"),
                            rejecting ? QStringLiteral("rejected") : QStringLiteral("confirmed")}};
        if (rejecting)
            result.insert(QStringLiteral("restored"), notRestored.isEmpty());
        printJson(result);
    } else if (!rejecting) {
        printText(tr("Change check %1 confirmed.").arg(id));
    } else {
        printText(notRestored.isEmpty()
                      ? tr("Change check %1 rejected: the old identity values are back.").arg(id)
                      : notRestored);
    }
    return ExitOk;
}

} // namespace rmdesk
