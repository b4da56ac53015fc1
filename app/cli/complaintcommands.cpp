// rmdesk-cli's complaint commands (CLI.md): open, show, list and every step of the state machine.
// Root causes, improvement actions and reports are in complaintrecordcommands.cpp.
#include "cli.h"

#include "complaintjson.h"
#include "domain/money.h"
#include "exitcode.h"
#include "stores/complaintstore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace rmdesk {

namespace {

// Options per subcommand (value options, then flags). Anything else is a usage error.
struct Syntax
{
    QStringList values;
    QStringList flags;
    int ids = 1; // positional complaint numbers
};

QStringList opts(std::initializer_list<const char*> names)
{
    QStringList out;
    for (const char* n : names)
        out << QString::fromLatin1(n);
    return out;
}

const QHash<QString, Syntax>& syntaxes()
{
    static const QHash<QString, Syntax> table = {
        {QStringLiteral("open"),
         {opts({"--customer", "--complainant", "--contact", "--channel", "--category", "--received",
                "--summary", "--amount", "--severity", "--group-size", "--representatives"}),
          {},
          0}},
        {QStringLiteral("show"), {opts({"--reason"}), opts({"--unmask"}), 1}},
        {QStringLiteral("list"),
         {opts({"--due-within", "--status", "--customer", "--limit", "--offset"}),
          opts({"--overdue", "--all"}), 0}},
        {QStringLiteral("accept"), {{}, {}, 1}},
        {QStringLiteral("investigate"), {{}, {}, 1}},
        {QStringLiteral("extend"),
         {opts({"--to", "--reason", "--at", "--notice-date", "--notice-channel"}), {}, 1}},
        {QStringLiteral("pause"),
         {opts({"--from", "--reason", "--notice-date", "--notice-channel"}), {}, 1}},
        {QStringLiteral("resume"), {opts({"--at"}), {}, 1}},
        {QStringLiteral("new-facts"), {opts({"--at", "--summary"}), {}, 1}},
        {QStringLiteral("decide"),
         {opts({"--decision", "--at", "--notice-date", "--notice-channel"}), {}, 1}},
        {QStringLiteral("notify"), {opts({"--about", "--at", "--channel"}), {}, 1}},
        {QStringLiteral("respond"), {opts({"--at"}), opts({"--accepts", "--disputes"}), 1}},
        {QStringLiteral("dispute"), {opts({"--referral", "--body", "--outcome", "--at"}), {}, 1}},
        {QStringLiteral("close"), {opts({"--at"}), {}, 1}},
        {QStringLiteral("withdraw"), {opts({"--at", "--reason"}), {}, 1}},
        {QStringLiteral("merge"), {opts({"--into", "--reason", "--at"}), {}, 1}},
        {QStringLiteral("reopen"), {opts({"--at", "--reason"}), {}, 1}},
    };
    return table;
}

// YYYY-MM-DD, or YYYY-MM-DDTHH:MM (also with a space) into a day and a time.
bool parseReceived(const QString& text, QDate* day, QTime* time)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2}:\\d{2}))?$"));
    const auto m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return false;
    *day = QDate::fromString(m.captured(1), Qt::ISODate);
    *time = m.captured(2).isEmpty() ? QTime() : QTime::fromString(m.captured(2), u"HH:mm");
    return day->isValid() && (m.captured(2).isEmpty() || time->isValid());
}

// "1234.5" yuan → 123450 fen.
} // namespace

int Cli::cmdComplaint(const QStringList& args)
{
    if (args.isEmpty())
        return usageError(tr("complaint needs a subcommand: open, show, list, accept, "
                             "investigate, extend, pause, resume, new-facts, decide, notify, "
                             "respond, dispute, close, withdraw, merge, reopen, cause, action, "
                             "causes or choices."));
    const QString sub = args.first();
    static const QStringList records = {QStringLiteral("cause"), QStringLiteral("action"),
                                        QStringLiteral("causes"), QStringLiteral("choices")};
    if (records.contains(sub))
        return cmdComplaintRecords(args);
    if (!syntaxes().contains(sub))
        return usageError(tr("Unknown complaint subcommand '%1'.").arg(sub));
    const Syntax syntax = syntaxes().value(sub);
    CommandArgs a;
    QString error;
    if (!parseArgs(args.mid(1), syntax.values, syntax.flags, &a, &error))
        return usageError(error);
    qint64 id = 0;
    if (syntax.ids == 1) {
        bool ok = false;
        id = a.positional.size() == 1 ? a.positional.first().toLongLong(&ok) : 0;
        if (!ok || id <= 0)
            return usageError(tr("Give one complaint number."));
    } else if (!a.positional.isEmpty()) {
        return usageError(tr("complaint %1 takes options only.").arg(sub));
    }
    auto has = [&](const char* option) { return a.values.contains(QLatin1String(option)); };
    auto value = [&](const char* option) { return a.value(QLatin1String(option)); };
    // Dates: every --at, --from and --notice-date is YYYY-MM-DD.
    QHash<QString, QDate> dates;
    for (const char* option : {"--at", "--from", "--notice-date"}) {
        if (!has(option))
            continue;
        const QDate d = QDate::fromString(value(option), Qt::ISODate);
        if (!d.isValid())
            return usageError(tr("%1 needs a date like 2026-03-16.").arg(QLatin1String(option)));
        dates.insert(QLatin1String(option), d);
    }
    auto need = [&](const char* option, const QString& why) {
        return has(option) && !value(option).trimmed().isEmpty() ? QString() : why;
    };
    QString missing;
    ComplaintIntake intake;
    int toDays = 0;
    qint64 into = 0;
    ComplaintFilter filter;
    if (sub == QLatin1String("open")) {
        bool ok = true;
        if (has("--customer")) {
            intake.customerId = value("--customer").toLongLong(&ok);
            if (!ok || intake.customerId <= 0)
                return usageError(tr("--customer needs a customer number."));
        } else if (!has("--complainant")) {
            return usageError(tr("Give --customer ID, or --complainant NAME --contact TEXT for "
                                 "someone who is not a customer."));
        }
        intake.complainantName = value("--complainant");
        intake.complainantContact = value("--contact");
        missing = need("--channel", tr("Give the channel with --channel NAME."));
        if (missing.isEmpty())
            missing = need("--category", tr("Give the category with --category NAME."));
        if (missing.isEmpty())
            missing = need("--summary", tr("Give the summary with --summary TEXT."));
        if (missing.isEmpty() &&
            !parseReceived(value("--received"), &intake.receivedOn, &intake.receivedTime))
            missing = tr("Give the day it was received with --received YYYY-MM-DD[THH:MM].");
        if (!missing.isEmpty())
            return usageError(missing);
        intake.channel = value("--channel");
        intake.category = value("--category");
        intake.summary = value("--summary");
        if (has("--severity"))
            intake.severity = value("--severity");
        if (has("--amount") && !Money::parseYuan(value("--amount"), &intake.amountFen))
            return usageError(tr("--amount needs yuan, like 1234.56."));
        if (has("--group-size")) {
            intake.groupSize = value("--group-size").toInt(&ok);
            if (!ok || intake.groupSize < 0)
                return usageError(tr("--group-size needs a number of people."));
        }
        static const QRegularExpression separators(QStringLiteral("[,，、;；]"));
        intake.representatives = value("--representatives").split(separators, Qt::SkipEmptyParts);
    } else if (sub == QLatin1String("list")) {
        bool ok = true;
        filter.openOnly = !a.has(QStringLiteral("--all"));
        filter.overdue = a.has(QStringLiteral("--overdue"));
        if (has("--due-within")) {
            filter.dueWithinDays = value("--due-within").toInt(&ok);
            if (!ok || filter.dueWithinDays < 0)
                return usageError(tr("--due-within needs a number of days."));
        }
        filter.status = value("--status");
        if (!filter.status.isEmpty() && !ComplaintFlow::statusFromName(filter.status))
            return usageError(tr("Unknown --status %1; use one of: %2.")
                                  .arg(filter.status, ComplaintFlow::statusNames().join(u", ")));
        if (!filter.status.isEmpty())
            filter.openOnly = false;
        if (has("--customer") && (filter.customerId = value("--customer").toLongLong()) <= 0)
            return usageError(tr("--customer needs a customer number."));
        filter.limit = has("--limit") ? value("--limit").toInt(&ok) : 100;
        if (!ok || filter.limit <= 0)
            return usageError(tr("--limit needs a positive number."));
        filter.offset = has("--offset") ? value("--offset").toInt(&ok) : 0;
        if (!ok || filter.offset < 0)
            return usageError(tr("--offset needs a number."));
    } else if (sub == QLatin1String("show")) {
        if (a.has(QStringLiteral("--unmask")) && value("--reason").trimmed().isEmpty())
            return usageError(
                tr("--unmask needs --reason TEXT; the reason is kept in the audit trail."));
    } else if (sub == QLatin1String("extend")) {
        bool ok = false;
        toDays = value("--to").toInt(&ok);
        if (!ok || toDays <= 0)
            return usageError(tr("Give the new deadline with --to 30 or --to 60 (days)."));
        missing = need("--reason", tr("Say why with --reason TEXT."));
    } else if (sub == QLatin1String("pause")) {
        missing = !dates.contains(QStringLiteral("--from"))
                      ? tr("Give the first day of the pause with --from DATE.")
                      : need("--reason", tr("Say what is appraised or tested with --reason TEXT."));
    } else if (sub == QLatin1String("resume")) {
        missing = dates.contains(QStringLiteral("--at"))
                      ? QString()
                      : tr("Give the day the clock runs again with --at DATE.");
    } else if (sub == QLatin1String("new-facts")) {
        missing = !dates.contains(QStringLiteral("--at"))
                      ? tr("Give the day the new facts were received with --at DATE.")
                      : need("--summary", tr("Say what the new facts are with --summary TEXT."));
    } else if (sub == QLatin1String("decide")) {
        missing = !dates.contains(QStringLiteral("--at"))
                      ? tr("Give the day of the decision with --at DATE.")
                      : need("--decision", tr("Give the decision with --decision TEXT."));
    } else if (sub == QLatin1String("notify")) {
        missing = !dates.contains(QStringLiteral("--at"))
                      ? tr("Give the day the complainant was told with --at DATE.")
                      : need("--channel", tr("Give how they were told with --channel NAME."));
    } else if (sub == QLatin1String("respond")) {
        if (a.has(QStringLiteral("--accepts")) == a.has(QStringLiteral("--disputes")))
            missing = tr("Give either --accepts or --disputes.");
    } else if (sub == QLatin1String("dispute")) {
        if (has("--outcome") == has("--referral"))
            missing = tr("Give either --referral mediation|arbitration|litigation --body TEXT, "
                         "or --outcome TEXT.");
        else if (has("--referral"))
            missing = need("--body", tr("Name the body it is referred to with --body TEXT."));
    } else if (sub == QLatin1String("withdraw")) {
        missing = !dates.contains(QStringLiteral("--at"))
                      ? tr("Give the day the withdrawal arrived with --at DATE.")
                      : need("--reason", tr("Say how it was withdrawn with --reason TEXT."));
    } else if (sub == QLatin1String("merge")) {
        bool ok = false;
        into = value("--into").toLongLong(&ok);
        missing = ok && into > 0 ? need("--reason", tr("Say why with --reason TEXT."))
                                 : tr("Give the earlier complaint with --into ID.");
    } else if (sub == QLatin1String("reopen")) {
        missing = need("--reason", tr("Say why with --reason TEXT."));
    }
    if (!missing.isEmpty())
        return usageError(missing);

    int code = ExitOk;
    if (!(m_vault = signIn(&code)))
        return code;
    const Session& session = m_vault->session();
    ComplaintStore store(m_vault->database().connection());
    const QDate today = store.today();
    const QDate at = dates.value(QStringLiteral("--at"), today);
    StoreError e;
    QList<FieldError> fieldErrors;

    if (sub == QLatin1String("open")) {
        if (!store.open(session, intake, &id, &e, &fieldErrors))
            return failWithFields(e, fieldErrors);
    } else if (sub == QLatin1String("list")) {
        int total = 0;
        const QList<Complaint> rows = store.list(session, filter, &total, &e);
        if (!e.ok())
            return failWith(e);
        QJsonArray results;
        QStringList lines;
        for (const Complaint& c : rows) {
            results.append(ComplaintJson::summary(c, store));
            lines << ComplaintJson::line(c, store);
        }
        lines << tr("%n complaint(s)", nullptr, total);
        if (m_opts.json)
            printJson(QJsonObject{{QStringLiteral("total"), total},
                                  {QStringLiteral("results"), results}});
        else
            printText(lines.join(QLatin1Char('\n')));
        return ExitOk;
    } else if (sub != QLatin1String("show")) {
        // The complainant is taken to be told on the day, through the channel the complaint came
        // by, unless --notice-date and --notice-channel say otherwise.
        const auto current = store.show(session, id, &e);
        if (!current)
            return failWith(e);
        auto noticeFor = [&](const QDate& fallback) {
            return ComplaintNotice{dates.value(QStringLiteral("--notice-date"), fallback),
                                   has("--notice-channel") ? value("--notice-channel")
                                                           : current->channel};
        };
        bool done = false;
        if (sub == QLatin1String("accept"))
            done = store.accept(session, id, &e);
        else if (sub == QLatin1String("investigate"))
            done = store.investigate(session, id, &e);
        else if (sub == QLatin1String("extend")) {
            const bool longest = toDays == current->rules.approvedExtendedDays;
            const bool noticeGiven = has("--notice-date") || has("--notice-channel");
            done = store.extend(session, id, toDays, value("--reason"),
                                longest || noticeGiven ? noticeFor(at) : ComplaintNotice{}, &e, at);
        } else if (sub == QLatin1String("pause")) {
            const QDate from = dates.value(QStringLiteral("--from"));
            done = store.pause(session, id, from, value("--reason"), noticeFor(from), &e);
        } else if (sub == QLatin1String("resume"))
            done = store.resume(session, id, at, &e);
        else if (sub == QLatin1String("new-facts"))
            done = store.newFacts(session, id, at, value("--summary"), &e);
        else if (sub == QLatin1String("decide"))
            done = store.decide(session, id, value("--decision"), at, noticeFor(at), &e);
        else if (sub == QLatin1String("notify"))
            done = store.notify(session, id,
                                has("--about") ? value("--about") : QStringLiteral("other"),
                                {at, value("--channel")}, &e);
        else if (sub == QLatin1String("respond"))
            done = store.respond(session, id, a.has(QStringLiteral("--accepts")), at, &e);
        else if (sub == QLatin1String("dispute"))
            done =
                has("--outcome")
                    ? store.recordDisputeOutcome(session, id, value("--outcome"), at, &e)
                    : store.referDispute(session, id, value("--referral"), value("--body"), at, &e);
        else if (sub == QLatin1String("close"))
            done = store.close(session, id, &e, at);
        else if (sub == QLatin1String("withdraw"))
            done = store.withdraw(session, id, at, value("--reason"), &e);
        else if (sub == QLatin1String("merge"))
            done = store.merge(session, id, into, value("--reason"), &e, at);
        else if (sub == QLatin1String("reopen"))
            done = store.reopen(session, id, at, value("--reason"), &e);
        if (!done)
            return failWith(e);
    }
    const bool unmask = sub == QLatin1String("show") && a.has(QStringLiteral("--unmask"));
    const auto c =
        unmask ? store.reveal(session, id, value("--reason"), &e) : store.show(session, id, &e);
    if (!c)
        return failWith(e);
    if (m_opts.json)
        printJson(ComplaintJson::full(*c, store));
    else if (sub == QLatin1String("show"))
        printText(ComplaintJson::text(*c, store));
    else if (sub == QLatin1String("open"))
        printText(QString::number(id));
    else
        printText(ComplaintJson::line(*c, store));
    return ExitOk;
}

} // namespace rmdesk
