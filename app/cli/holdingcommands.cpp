// rmdesk-cli import holdings | import products: month-end balances and the product catalogue
// through HoldingImport, with the same options and report as import customers.
#include "cli.h"

#include "exitcode.h"
#include "storage/ownerfile.h"
#include "stores/customerimport.h"
#include "stores/holdingimport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace rmdesk {

int Cli::cmdImportHoldings(const CommandArgs& a)
{
    const QString what = a.positional.value(0);
    if (a.positional.size() != 2)
        return usageError(tr("Use: import %1 FILE.csv [--dry-run] [--all-or-nothing] "
                             "[--report FILE.csv] [--encoding utf-8|gb18030].")
                              .arg(what));
    if (a.values.contains(QStringLiteral("--duplicates")))
        return usageError(tr("--duplicates goes with import customers only."));
    const QString fileName = a.positional.at(1);
    if (!QFile::exists(fileName))
        return fail(ExitNo, tr("The file %1 does not exist.").arg(fileName));
    HoldingImportOptions options;
    options.dryRun = a.has(QStringLiteral("--dry-run"));
    options.allOrNothing = a.has(QStringLiteral("--all-or-nothing"));
    QString reportFile;
    int code = ExitOk;
    if (!importFileOptions(a, &options.encoding, &reportFile, &code))
        return code;
    if (!(m_vault = signIn(&code)))
        return code;
    QSqlDatabase db = m_vault->database().connection();
    // The report is opened first: a name it cannot have stops the import before it writes.
    std::unique_ptr<OwnerOnlyFile> reportOut;
    if (!reportFile.isEmpty()) {
        QString why;
        reportOut = CustomerImport::openReport(reportFile,
                                               CustomerImport::protectedFiles(db, fileName), &why);
        if (!reportOut)
            return fail(ExitNo, why);
    }
    HoldingImport import(db);
    StoreError e;
    bool ok = false;
    ImportResult report; // only its problems, for the report file
    QJsonObject json;
    QString text;
    if (what == QLatin1String("holdings")) {
        HoldingImportResult r;
        ok = import.importHoldings(m_vault->session(), fileName, options, &r, &e);
        report.problems = r.problems;
        json = {{QStringLiteral("rows"), r.rows},
                {QStringLiteral("imported"), r.imported},
                {QStringLiteral("replaced"), r.replaced},
                {QStringLiteral("rejected"), r.rejected},
                {QStringLiteral("customers"), r.customers},
                {QStringLiteral("tier_changes"), r.tierChanges},
                {QStringLiteral("first_month"),
                 r.firstMonth.isEmpty() ? QJsonValue() : QJsonValue(r.firstMonth)},
                {QStringLiteral("last_month"),
                 r.lastMonth.isEmpty() ? QJsonValue() : QJsonValue(r.lastMonth)}};
        text = HoldingImport::summary(r, options.dryRun);
    } else {
        ProductImportResult r;
        ok = import.importProducts(m_vault->session(), fileName, options, &r, &e);
        report.problems = r.problems;
        json = {{QStringLiteral("rows"), r.rows},
                {QStringLiteral("added"), r.added},
                {QStringLiteral("changed"), r.changed},
                {QStringLiteral("unchanged"), r.unchanged},
                {QStringLiteral("rejected"), r.rejected}};
        text = HoldingImport::summary(r, options.dryRun);
    }
    if (e.kind == StoreError::Forbidden || e.kind == StoreError::Failed)
        return failWith(e);
    if (reportOut) {
        QString why;
        if (!CustomerImport::finishReport(reportOut.get(), report, &why))
            return fail(ExitNo, why);
    }
    QJsonArray problems;
    for (const ImportProblem& p : std::as_const(report.problems))
        problems.append(QJsonObject{{QStringLiteral("line"), p.line},
                                    {QStringLiteral("column"), p.column},
                                    {QStringLiteral("reason"), p.reason}});
    json.insert(QStringLiteral("dry_run"), options.dryRun);
    json.insert(QStringLiteral("problems"), problems);
    json.insert(QStringLiteral("report"),
                reportFile.isEmpty() ? QJsonValue() : QJsonValue(reportFile));
    if (!reportFile.isEmpty())
        text += QLatin1Char(' ') + tr("Report: %1").arg(reportFile);
    else
        for (const ImportProblem& p : std::as_const(report.problems))
            text +=
                QLatin1Char('\n') +
                (p.column.isEmpty() ? tr("line %1: %2").arg(p.line).arg(p.reason)
                                    : tr("line %1, %2: %3").arg(p.line).arg(p.column, p.reason));
    printResult(json, text);
    return ok ? ExitOk : failWith(e);
}

} // namespace rmdesk
