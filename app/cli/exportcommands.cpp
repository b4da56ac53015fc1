// rmdesk-cli export customers: the customers the user may export, to CSV or XLSX, masked unless
// --unmask with a reason (CustomerExport does the work, the checks and the audit row).
#include "cli.h"

#include "exitcode.h"
#include "stores/customerexport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

#include <unistd.h>

namespace rmdesk {

int Cli::cmdExport(const QStringList& args)
{
    if (args.value(0) != QLatin1String("customers"))
        return usageError(tr("export needs what to export: customers."));
    CommandArgs a;
    QString error;
    if (!parseArgs(args.mid(1), {QStringLiteral("--out"), QStringLiteral("--reason")},
                   {QStringLiteral("--unmask")}, &a, &error))
        return usageError(error);
    if (!a.positional.isEmpty())
        return usageError(tr("export customers takes only --out FILE, --unmask and --reason."));
    const QString out = a.value(QStringLiteral("--out"));
    if (out.isEmpty())
        return usageError(tr("Say where to write with --out FILE.csv or --out FILE.xlsx."));
    const auto format = CustomerExport::formatFor(out);
    if (!format)
        return usageError(
            tr("%1 does not end in .csv or .xlsx; export writes only those formats.").arg(out));
    const bool unmask = a.has(QStringLiteral("--unmask"));
    const QString reason = a.value(QStringLiteral("--reason"));
    if (unmask && reason.trimmed().isEmpty())
        return usageError(
            tr("--unmask needs --reason TEXT; the reason is kept in the audit trail."));

    int code = ExitOk;
    if (!(m_vault = signIn(&code)))
        return code;
    CustomerExportOptions options;
    options.fileName = QFileInfo(out).absoluteFilePath();
    options.unmasked = unmask;
    options.reason = reason;

    // Progress goes to a terminal only, about every 5%, as the demo command does.
    const bool terminal = ::isatty(STDERR_FILENO) == 1;
    int lastShown = -1;
    const auto progress = [&](int done, int total) {
        if (terminal && (done == total || done - lastShown >= std::max(1, total / 20))) {
            lastShown = done;
            m_err << "rmdesk-cli: " << tr("exporting customers %1/%2").arg(done).arg(total)
                  << Qt::endl;
        }
        return true;
    };
    StoreError e;
    const auto result = CustomerExport(m_vault->database().connection())
                            .run(m_vault->session(), options, &e, progress);
    if (!result)
        return failWith(e);
    return printResult(
        QJsonObject{{QStringLiteral("file"), out},
                    {QStringLiteral("format"), CustomerExport::formatName(*format)},
                    {QStringLiteral("rows"), result->rows},
                    {QStringLiteral("masked"), result->masked}},
        tr("Exported %1 customers to %2.").arg(result->rows).arg(QDir::toNativeSeparators(out)));
}

} // namespace rmdesk
