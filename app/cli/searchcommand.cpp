// rmdesk-cli search: finds customers by name, pinyin, mobile digits or ID-number tail.
#include "cli.h"

#include "exitcode.h"
#include "stores/customersearch.h"

#include <QJsonArray>
#include <QJsonObject>

namespace rmdesk {

int Cli::cmdSearch(const QStringList& args)
{
    CommandArgs a;
    QString error;
    if (!parseArgs(args, {QStringLiteral("--limit")}, {}, &a, &error))
        return usageError(error);
    if (a.positional.isEmpty())
        return usageError(tr("Say what to search for: a name, pinyin, mobile digits or the end of "
                             "an ID number."));
    bool ok = true;
    const int limit = a.values.contains(QStringLiteral("--limit"))
                          ? a.value(QStringLiteral("--limit")).toInt(&ok)
                          : 20;
    if (!ok || limit <= 0)
        return usageError(tr("--limit needs a positive number."));
    int code = ExitOk;
    if (!(m_vault = signIn(&code)))
        return code;
    StoreError e;
    const SearchResult found =
        CustomerSearch(m_vault->database().connection())
            .search(m_vault->session(), a.positional.join(QLatin1Char(' ')), limit, &e);
    if (!e.ok())
        return failWith(e);
    if (m_opts.json) {
        QJsonArray results;
        for (const CustomerView& v : found.customers) {
            QJsonObject o{{QStringLiteral("id"), v.id}, {QStringLiteral("masked"), v.masked()}};
            for (const char* key : {"name", "mobile", "id_number", "type", "branch", "rm", "tier",
                                    "lifecycle_stage", "next_review_due"})
                o.insert(QLatin1String(key), v.value(key));
            results.append(o);
        }
        printJson(QJsonObject{{QStringLiteral("total"), found.total},
                              {QStringLiteral("elapsed_ms"), found.elapsedMs},
                              {QStringLiteral("kind"), found.kind},
                              {QStringLiteral("results"), results}});
    } else {
        for (const CustomerView& v : found.customers)
            m_out << v.id << '\t' << v.value("name") << '\t' << v.value("mobile") << '\t'
                  << v.value("id_number") << '\t' << v.value("rm") << '\n';
        m_out << tr("%1 found in %2 ms").arg(found.total).arg(found.elapsedMs) << '\n';
        m_out.flush();
    }
    return ExitOk;
}

} // namespace rmdesk
