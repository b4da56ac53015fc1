// rmdesk-cli's survey commands: survey template list, record, list, show, stats and import.
#include "cli.h"

#include "exitcode.h"
#include "storage/ownerfile.h"
#include "stores/csvtable.h"
#include "stores/surveystore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace rmdesk {

namespace {

QJsonValue orNull(std::optional<double> v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue orNull(std::optional<int> v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue idOrNull(qint64 id)
{
    return id != 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

bool isScale(QuestionType type)
{
    return type == QuestionType::Nps || type == QuestionType::Csat || type == QuestionType::Ces;
}

QJsonObject templateJson(const SurveyTemplate& t, const QString& language)
{
    QJsonArray questions;
    for (const SurveyQuestion& q : t.questions) {
        QJsonArray options;
        for (const SurveyOption& o : q.options)
            options.append(
                QJsonObject{{QStringLiteral("code"), o.code},
                            {QStringLiteral("text"),
                             language.startsWith(QLatin1String("zh")) ? o.textZh : o.textEn}});
        QJsonObject json{{QStringLiteral("key"), q.key},
                         {QStringLiteral("type"), SurveyTemplates::typeName(q.type)},
                         {QStringLiteral("min"),
                          isScale(q.type) ? QJsonValue(q.min) : QJsonValue(QJsonValue::Null)},
                         {QStringLiteral("max"),
                          isScale(q.type) ? QJsonValue(q.max) : QJsonValue(QJsonValue::Null)},
                         {QStringLiteral("required"), q.required},
                         {QStringLiteral("text"), q.text(language)}};
        if (!options.isEmpty())
            json.insert(QStringLiteral("options"), options);
        questions.append(json);
    }
    return {{QStringLiteral("name"), t.name},
            {QStringLiteral("version"), t.version},
            {QStringLiteral("title"), t.title(language)},
            {QStringLiteral("questions"), questions}};
}

QJsonObject responseJson(const SurveyResponse& r)
{
    QJsonObject answers;
    for (auto it = r.answers.cbegin(); it != r.answers.cend(); ++it)
        answers.insert(it.key(), it.value());
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("customer"), r.customerId},
            {QStringLiteral("customer_name"), r.customerName},
            {QStringLiteral("template"), r.templateName},
            {QStringLiteral("version"), r.templateVersion},
            {QStringLiteral("answered_on"), r.answeredOn.toString(Qt::ISODate)},
            {QStringLiteral("channel"), r.channel},
            {QStringLiteral("interaction"), idOrNull(r.interactionId)},
            {QStringLiteral("complaint"), idOrNull(r.complaintId)},
            {QStringLiteral("branch"), r.branch},
            {QStringLiteral("rm"), textOrNull(r.rm)},
            {QStringLiteral("segment"), r.segment},
            {QStringLiteral("nps"), orNull(r.nps)},
            {QStringLiteral("csat"), orNull(r.csat)},
            {QStringLiteral("ces"), orNull(r.ces)},
            {QStringLiteral("answers"), answers},
            {QStringLiteral("follow_up_task"), idOrNull(r.followUpTaskId)},
            {QStringLiteral("recorded_by"), r.recordedBy},
            {QStringLiteral("recorded_at"), r.recordedAt},
            {QStringLiteral("source"), r.source}};
}

QJsonObject groupJson(const SurveyGroupStats& g)
{
    return {{QStringLiteral("group"), g.group},
            {QStringLiteral("label"), g.label},
            {QStringLiteral("responses"), g.responses},
            {QStringLiteral("nps"), orNull(g.nps.nps)},
            {QStringLiteral("csat"), orNull(g.csat.csat)},
            {QStringLiteral("ces"), orNull(g.ces.ces)},
            {QStringLiteral("promoters"), g.nps.promoters},
            {QStringLiteral("passives"), g.nps.passives},
            {QStringLiteral("detractors"), g.nps.detractors},
            {QStringLiteral("reliable"), g.reliable},
            {QStringLiteral("caution"), textOrNull(Satisfaction::caution(g.responses))}};
}

QString score(std::optional<double> v, int decimals)
{
    return v ? QString::number(*v, 'f', decimals) : QStringLiteral("—");
}

QString statsLine(const SurveyGroupStats& g)
{
    QString line = QStringLiteral("%1\t%2\tNPS %3\tCSAT %4%\tCES %5")
                       .arg(g.label)
                       .arg(g.responses)
                       .arg(score(g.nps.nps, 1), score(g.csat.csat, 1), score(g.ces.ces, 2));
    if (!g.reliable)
        line += QLatin1Char('\t') + Satisfaction::caution(g.responses);
    return line;
}

const QHash<QString, SurveyGroupBy>& groupings()
{
    static const QHash<QString, SurveyGroupBy> by = {
        {QStringLiteral("rm"), SurveyGroupBy::Rm},
        {QStringLiteral("branch"), SurveyGroupBy::Branch},
        {QStringLiteral("segment"), SurveyGroupBy::Segment},
        {QStringLiteral("channel"), SurveyGroupBy::Channel},
        {QStringLiteral("month"), SurveyGroupBy::Month}};
    return by;
}

} // namespace

int Cli::cmdSurvey(const QStringList& args)
{
    const QString sub = args.value(0);
    const QStringList subcommands = {QStringLiteral("template"), QStringLiteral("record"),
                                     QStringLiteral("list"),     QStringLiteral("show"),
                                     QStringLiteral("stats"),    QStringLiteral("import")};
    if (!subcommands.contains(sub))
        return usageError(
            tr("survey needs a subcommand: %1.").arg(subcommands.join(QStringLiteral(", "))));
    CommandArgs a;
    QString error;
    if (!parseArgs(args.mid(1),
                   {QStringLiteral("--customer"), QStringLiteral("--template"),
                    QStringLiteral("--template-version"), QStringLiteral("--answers"),
                    QStringLiteral("--at"), QStringLiteral("--channel"),
                    QStringLiteral("--interaction"), QStringLiteral("--complaint"),
                    QStringLiteral("--from"), QStringLiteral("--to"), QStringLiteral("--branch"),
                    QStringLiteral("--rm"), QStringLiteral("--segment"), QStringLiteral("--by"),
                    QStringLiteral("--report"), QStringLiteral("--limit")},
                   {QStringLiteral("--all"), QStringLiteral("--skip-bad-rows"),
                    QStringLiteral("--dry-run")},
                   &a, &error))
        return usageError(error);
    auto number = [&a](const QString& option, qint64* out) {
        bool ok = true;
        if (a.values.contains(option))
            *out = a.value(option).toLongLong(&ok);
        return ok && *out >= 0;
    };
    auto date = [&a](const QString& option, QDate* out) {
        if (!a.values.contains(option))
            return true;
        *out = QDate::fromString(a.value(option), QStringLiteral("yyyy-MM-dd"));
        return out->isValid();
    };

    // Everything is checked before a password is asked for.
    qint64 id = 0;
    qint64 customer = 0;
    qint64 limit = 200;
    if (!number(QStringLiteral("--customer"), &customer) ||
        !number(QStringLiteral("--limit"), &limit))
        return usageError(tr("--customer and --limit need a positive number."));
    NewSurveyResponse in;
    SurveyFilter filter;
    SurveyGroupBy by = SurveyGroupBy::None;
    QString file;
    if (sub == QLatin1String("template")) {
        if (a.positional != QStringList{QStringLiteral("list")})
            return usageError(tr("Use: survey template list [--all]."));
    } else if (sub == QLatin1String("show")) {
        int code = ExitOk;
        if (!readId(a.positional, &id, &code))
            return code;
    } else if (!a.positional.isEmpty() && sub != QLatin1String("import")) {
        return usageError(tr("survey %1 takes options only.").arg(sub));
    }
    if (sub == QLatin1String("record")) {
        if (customer == 0 || a.value(QStringLiteral("--template")).isEmpty() ||
            !a.values.contains(QStringLiteral("--answers")))
            return usageError(tr("survey record needs --customer ID, --template NAME and "
                                 "--answers KEY=VALUE[,KEY=VALUE...]."));
        in.customerId = customer;
        in.templateName = a.value(QStringLiteral("--template"));
        qint64 version = 0;
        if (!number(QStringLiteral("--template-version"), &version))
            return usageError(tr("--template-version needs a version number."));
        in.templateVersion = int(version);
        QString problem;
        if (!SurveyTemplates::parseAnswers(a.value(QStringLiteral("--answers")), &in.answers,
                                           &problem))
            return usageError(problem);
        if (!date(QStringLiteral("--at"), &in.answeredOn))
            return usageError(tr("Give the day of the answer as --at YYYY-MM-DD."));
        if (a.values.contains(QStringLiteral("--channel")))
            in.channel = a.value(QStringLiteral("--channel"));
        if (!number(QStringLiteral("--interaction"), &in.interactionId) ||
            !number(QStringLiteral("--complaint"), &in.complaintId))
            return usageError(tr("--interaction and --complaint need a record number."));
    } else if (sub == QLatin1String("list")) {
        if (customer == 0)
            return usageError(tr("Give the customer with --customer ID."));
    } else if (sub == QLatin1String("stats")) {
        if (!date(QStringLiteral("--from"), &filter.from) ||
            !date(QStringLiteral("--to"), &filter.to))
            return usageError(tr("Give the period as --from YYYY-MM-DD --to YYYY-MM-DD."));
        filter.branch = a.value(QStringLiteral("--branch"));
        filter.rm = a.value(QStringLiteral("--rm"));
        filter.templateName = a.value(QStringLiteral("--template"));
        filter.segment = a.value(QStringLiteral("--segment"));
        filter.channel = a.value(QStringLiteral("--channel"));
        if (a.values.contains(QStringLiteral("--by"))) {
            const auto it = groupings().constFind(a.value(QStringLiteral("--by")));
            if (it == groupings().cend())
                return usageError(tr("--by takes rm, branch, segment, channel or month."));
            by = *it;
        }
    } else if (sub == QLatin1String("import")) {
        if (a.positional.size() != 1)
            return usageError(tr("Give one CSV file: survey import FILE.csv."));
        file = a.positional.first();
        if (!QFile::exists(file))
            return fail(ExitNo, tr("The file %1 does not exist.").arg(file));
    }

    int code = ExitOk;
    if (!(m_vault = signIn(&code)))
        return code;
    const Session& session = m_vault->session();
    SurveyStore store(m_vault->database().connection());
    const QString language = m_opts.lang.isEmpty() ? QLocale().name() : m_opts.lang;
    StoreError e;
    auto done = [this](const QJsonValue& json, const QString& text) {
        return printResult(json, text);
    };

    if (sub == QLatin1String("template")) {
        const QList<SurveyTemplate> list = store.templates(&e, a.has(QStringLiteral("--all")));
        if (!e.ok())
            return failWith(e);
        QJsonArray json;
        QStringList lines;
        for (const SurveyTemplate& t : list) {
            json.append(templateJson(t, language));
            QStringList keys;
            for (const SurveyQuestion& q : t.questions)
                keys << q.key + QLatin1Char(':') + SurveyTemplates::typeName(q.type);
            lines << QStringLiteral("%1\tv%2\t%3\t%4")
                         .arg(t.name)
                         .arg(t.version)
                         .arg(t.title(language), keys.join(QLatin1Char(' ')));
        }
        return done(json, lines.join(QLatin1Char('\n')));
    }
    if (sub == QLatin1String("record")) {
        SurveySaved saved;
        QList<SurveyAnswerError> answerErrors;
        if (!store.record(session, in, &saved, &e, &answerErrors)) {
            if (answerErrors.isEmpty())
                return failWith(e);
            for (const SurveyAnswerError& problem : std::as_const(answerErrors))
                m_err << "rmdesk-cli: " << problem.message << Qt::endl;
            return ExitNo;
        }
        // The new id alone on the first line (scripts read it), then what happened.
        QString text = QString::number(saved.id);
        if (saved.followUpTaskId)
            text += QLatin1Char('\n') +
                    tr("Callback task %1 for %2 is due on %3.")
                        .arg(saved.followUpTaskId)
                        .arg(saved.followUpAssignee, saved.followUpOn.toString(Qt::ISODate));
        return done(
            QJsonObject{{QStringLiteral("id"), saved.id},
                        {QStringLiteral("follow_up_task"), idOrNull(saved.followUpTaskId)},
                        {QStringLiteral("follow_up_on"),
                         saved.followUpOn.isValid()
                             ? QJsonValue(saved.followUpOn.toString(Qt::ISODate))
                             : QJsonValue(QJsonValue::Null)},
                        {QStringLiteral("follow_up_assignee"), textOrNull(saved.followUpAssignee)}},
            text);
    }
    if (sub == QLatin1String("list")) {
        const QList<SurveyResponse> list = store.list(session, customer, &e, int(limit));
        if (!e.ok())
            return failWith(e);
        QJsonArray json;
        QStringList lines;
        for (const SurveyResponse& r : list) {
            json.append(responseJson(r));
            lines << QStringLiteral("%1\t%2\t%3 v%4\t%5\tNPS %6\tCSAT %7\tCES %8")
                         .arg(r.id)
                         .arg(r.answeredOn.toString(Qt::ISODate), r.templateName)
                         .arg(r.templateVersion)
                         .arg(SurveyStore::channelLabel(r.channel),
                              r.nps ? QString::number(*r.nps) : QStringLiteral("—"),
                              r.csat ? QString::number(*r.csat) : QStringLiteral("—"),
                              r.ces ? QString::number(*r.ces) : QStringLiteral("—"));
        }
        return done(QJsonObject{{QStringLiteral("customer"), customer},
                                {QStringLiteral("total"), int(list.size())},
                                {QStringLiteral("responses"), json}},
                    lines.isEmpty() ? tr("No survey responses for customer %1.").arg(customer)
                                    : lines.join(QLatin1Char('\n')));
    }
    if (sub == QLatin1String("show")) {
        const auto r = store.response(session, id, &e);
        if (!r)
            return failWith(e);
        QStringList lines = {
            tr("Survey response %1: customer %2 (%3), %4 version %5, answered on %6 by %7")
                .arg(r->id)
                .arg(r->customerId)
                .arg(r->customerName, r->templateName)
                .arg(r->templateVersion)
                .arg(r->answeredOn.toString(Qt::ISODate), SurveyStore::channelLabel(r->channel))};
        QStringList keys = r->answers.keys();
        keys.sort();
        for (const QString& key : std::as_const(keys))
            lines << QStringLiteral("  %1 = %2").arg(key, r->answers.value(key));
        if (r->followUpTaskId)
            lines << tr("Callback task: %1").arg(r->followUpTaskId);
        return done(responseJson(*r), lines.join(QLatin1Char('\n')));
    }
    if (sub == QLatin1String("stats")) {
        const SurveyStats stats = store.stats(session, filter, by, &e);
        if (!e.ok())
            return failWith(e);
        QJsonObject json = groupJson(stats.total);
        json.remove(QStringLiteral("group"));
        json.remove(QStringLiteral("label"));
        QJsonArray groups;
        QStringList lines = {statsLine(stats.total)};
        for (const SurveyGroupStats& g : stats.groups) {
            groups.append(groupJson(g));
            lines << statsLine(g);
        }
        if (by != SurveyGroupBy::None)
            json.insert(QStringLiteral("groups"), groups);
        json.insert(QStringLiteral("from"), filter.from.isValid()
                                                ? QJsonValue(filter.from.toString(Qt::ISODate))
                                                : QJsonValue(QJsonValue::Null));
        json.insert(QStringLiteral("to"), filter.to.isValid()
                                              ? QJsonValue(filter.to.toString(Qt::ISODate))
                                              : QJsonValue(QJsonValue::Null));
        return done(json, lines.join(QLatin1Char('\n')));
    }

    // import
    QFile csv(file);
    if (!csv.open(QIODevice::ReadOnly))
        return fail(ExitNo, tr("%1 cannot be read: %2").arg(file, csv.errorString()));
    SurveyImportOptions options;
    options.skipBadRows = a.has(QStringLiteral("--skip-bad-rows"));
    options.dryRun = a.has(QStringLiteral("--dry-run"));
    SurveyImportResult result;
    const bool ok = store.importCsv(session, &csv, options, &result, &e);
    if (e.kind == StoreError::Forbidden)
        return failWith(e);
    const QString reportPath = a.value(QStringLiteral("--report"));
    if (!reportPath.isEmpty()) {
        QString text = QStringLiteral("line,column,reason\n");
        for (const SurveyImportRowError& r : std::as_const(result.errors))
            text += QStringLiteral("%1,%2,%3\n")
                        .arg(r.line)
                        .arg(CsvTable::field(r.column), CsvTable::field(r.reason));
        // It quotes the survey file's own values: for the person who ran the import only.
        QString why;
        if (!OwnerOnlyFile::write(reportPath, text.toUtf8(), &why))
            return fail(ExitNo, tr("The report %1 cannot be written: %2").arg(reportPath, why));
    }
    QJsonArray errors;
    QStringList lines = {tr("%1 row(s) read, %2 imported, %3 rejected, %4 callback task(s).")
                             .arg(result.rows)
                             .arg(result.imported)
                             .arg(result.rejected)
                             .arg(result.followUps)};
    if (options.dryRun)
        lines.first() += QLatin1Char(' ') + tr("Dry run: nothing was written.");
    for (const SurveyImportRowError& r : std::as_const(result.errors)) {
        errors.append(QJsonObject{{QStringLiteral("line"), r.line},
                                  {QStringLiteral("column"), textOrNull(r.column)},
                                  {QStringLiteral("reason"), r.reason}});
        lines << (r.column.isEmpty() ? tr("line %1: %2").arg(r.line).arg(r.reason)
                                     : tr("line %1, %2: %3").arg(r.line).arg(r.column, r.reason));
    }
    const QJsonObject json{{QStringLiteral("rows"), result.rows},
                           {QStringLiteral("imported"), result.imported},
                           {QStringLiteral("rejected"), result.rejected},
                           {QStringLiteral("follow_ups"), result.followUps},
                           {QStringLiteral("dry_run"), options.dryRun},
                           {QStringLiteral("errors"), errors}};
    done(json, lines.join(QLatin1Char('\n')));
    return ok ? ExitOk : failWith(e);
}

} // namespace rmdesk
