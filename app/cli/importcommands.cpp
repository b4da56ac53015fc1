// rmdesk-cli import customers: a customer CSV through CustomerImport (holdings and products:
// holdingcommands.cpp).
#include "cli.h"

#include "exitcode.h"
#include "stores/customerimport.h"

#include <QJsonArray>
#include <QJsonObject>

#include <unistd.h>

namespace rmdesk {

bool Cli::importFileOptions(const CommandArgs& a, QString* encoding, QString* reportFile, int* code)
{
    if (a.values.contains(QStringLiteral("--encoding"))) {
        *encoding = CsvTable::encodingName(a.value(QStringLiteral("--encoding")));
        if (encoding->isEmpty()) {
            *code = usageError(tr("--encoding takes utf-8 or gb18030."));
            return false;
        }
    }
    *reportFile = a.value(QStringLiteral("--report"));
    if (a.values.contains(QStringLiteral("--report")) && reportFile->isEmpty()) {
        *code = usageError(tr("--report needs a file name."));
        return false;
    }
    return true;
}

int Cli::cmdImport(const QStringList& args)
{
    CommandArgs a;
    QString error;
    if (!parseArgs(args,
                   {QStringLiteral("--report"), QStringLiteral("--encoding"),
                    QStringLiteral("--duplicates")},
                   {QStringLiteral("--dry-run"), QStringLiteral("--all-or-nothing")}, &a, &error))
        return usageError(error);
    if (a.positional.value(0) == QLatin1String("holdings") ||
        a.positional.value(0) == QLatin1String("products"))
        return cmdImportHoldings(a);
    if (a.positional.size() != 2 || a.positional.first() != QLatin1String("customers"))
        return usageError(tr("Use: import customers FILE.csv [--dry-run] [--all-or-nothing] "
                             "[--report FILE.csv] [--encoding utf-8|gb18030] "
                             "[--duplicates skip|update]."));
    const QString fileName = a.positional.at(1);
    CustomerImportOptions options;
    options.dryRun = a.has(QStringLiteral("--dry-run"));
    options.allOrNothing = a.has(QStringLiteral("--all-or-nothing"));
    QString reportFile;
    int code = ExitOk;
    if (!importFileOptions(a, &options.encoding, &reportFile, &code))
        return code;
    if (a.values.contains(QStringLiteral("--duplicates"))) {
        const QString d = a.value(QStringLiteral("--duplicates"));
        if (d == QLatin1String("skip"))
            options.duplicates = CustomerImportOptions::Duplicates::Skip;
        else if (d == QLatin1String("update"))
            options.duplicates = CustomerImportOptions::Duplicates::Update;
        else
            return usageError(tr("--duplicates takes skip or update."));
    }
    if (!(m_vault = signIn(&code)))
        return code;
    // Progress goes to a terminal only, about every 5%.
    const bool terminal = ::isatty(STDERR_FILENO) == 1;
    int lastShown = -1;
    const auto progress = [&](int done, int total) {
        if (terminal && (done == total || done - lastShown >= std::max(1, total / 20))) {
            lastShown = done;
            m_err << "rmdesk-cli: " << tr("importing customers %1%").arg(done * 100 / total)
                  << Qt::endl;
        }
        return true;
    };
    options.reportFile = reportFile;
    CustomerImport import(m_vault->database().connection());
    StoreError e;
    const auto result = import.run(m_vault->session(), fileName, options, &e, progress);
    if (!result)
        return failWith(e);
    const bool refused = options.allOrNothing && result->rejected > 0;
    if (!result->ignoredColumns.isEmpty() && !m_opts.json) // with --json: ignored_columns
        m_err << "rmdesk-cli: "
              << tr("These columns were not imported (no customer field takes them): %1")
                     .arg(result->ignoredColumns.join(QStringLiteral(", ")))
              << Qt::endl;
    if (m_opts.json) {
        printJson(QJsonObject{
            {QStringLiteral("rows"), result->rows},
            {QStringLiteral("imported"), result->imported},
            {QStringLiteral("updated"), result->updated},
            {QStringLiteral("skipped"), result->skipped},
            {QStringLiteral("rejected"), result->rejected},
            {QStringLiteral("written"), result->written},
            {QStringLiteral("ignored_columns"), QJsonArray::fromStringList(result->ignoredColumns)},
            {QStringLiteral("report"),
             reportFile.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(reportFile)}});
    } else {
        QString text = tr("%1 rows: %2 new, %3 updated, %4 skipped (already on file), %5 "
                          "rejected.")
                           .arg(result->rows)
                           .arg(result->imported)
                           .arg(result->updated)
                           .arg(result->skipped)
                           .arg(result->rejected);
        if (options.dryRun)
            text += QLatin1Char(' ') + tr("Dry run: nothing was written.");
        else if (refused)
            text += QLatin1Char(' ') + tr("Nothing was written (--all-or-nothing).");
        if (!reportFile.isEmpty())
            text += QLatin1Char(' ') + tr("Report: %1").arg(reportFile);
        printText(text);
    }
    if (refused)
        return fail(ExitNo, tr("%n row(s) are invalid, so nothing was imported; see the report.",
                               nullptr, result->rejected));
    return ExitOk;
}

} // namespace rmdesk
