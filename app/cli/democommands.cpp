// rmdesk-cli demo: synthetic branches, users and customers (filled in by the demo generator).
#include "cli.h"

#include "demo/demogenerator.h"
#include "exitcode.h"

#include <QJsonObject>

#include <unistd.h>

namespace rmdesk {

int Cli::cmdDemo(const QStringList& args)
{
    CommandArgs a;
    QString error;
    if (!parseArgs(
            args,
            {QStringLiteral("--customers"), QStringLiteral("--seed"), QStringLiteral("--months")},
            {}, &a, &error))
        return usageError(error);
    if (!a.positional.isEmpty())
        return usageError(tr("demo takes only --customers N, --seed S and --months M."));
    DemoOptions options;
    bool ok = false;
    options.customers = a.value(QStringLiteral("--customers")).toLongLong(&ok);
    if (!ok || options.customers < 1 || options.customers > DemoGenerator::MaxCustomers)
        return usageError(tr("Say how many customers to generate with --customers N (1 to %1).")
                              .arg(DemoGenerator::MaxCustomers));
    if (a.values.contains(QStringLiteral("--seed"))) {
        options.seed = a.value(QStringLiteral("--seed")).toULongLong(&ok);
        if (!ok)
            return usageError(tr("--seed needs a whole number of 0 or more."));
    }
    if (a.values.contains(QStringLiteral("--months"))) {
        options.months = a.value(QStringLiteral("--months")).toInt(&ok);
        if (!ok || options.months < 1 || options.months > DemoGenerator::MaxMonths)
            return usageError(
                tr("--months needs a number from 1 to %1.").arg(DemoGenerator::MaxMonths));
    }
    int code = ExitOk;
    if (!(m_vault = signIn(&code)))
        return code;
    if (!Permissions::allows(m_vault->session(), Action::UserManage))
        return fail(ExitForbidden, Permissions::refusal(m_vault->session(), Action::UserManage));
    SecretBytes staffPassword;
    if (!readSecret(tr("Password for the demo users: "), &staffPassword, &code))
        return code;

    // Progress goes to a terminal only, about every 5%, so that scripts see one clean line or
    // document at the end.
    const bool terminal = ::isatty(STDERR_FILENO) == 1;
    qint64 lastShown = -1;
    const auto progress = [&](qint64 done, qint64 total) {
        if (!terminal || (done != total && done - lastShown < std::max<qint64>(1, total / 20)))
            return;
        lastShown = done;
        m_err << "rmdesk-cli: " << tr("generating customers %1/%2").arg(done).arg(total)
              << Qt::endl;
    };
    const auto stage = [&](const QString& what) {
        if (!terminal)
            return;
        if (what == QLatin1String("users"))
            m_err << "rmdesk-cli: " << tr("creating the demo staff accounts") << Qt::endl;
        else if (what == QLatin1String("indexes"))
            m_err << "rmdesk-cli: " << tr("building the indexes") << Qt::endl;
        else if (what == QLatin1String("search"))
            m_err << "rmdesk-cli: " << tr("building the search index") << Qt::endl;
    };
    DemoGenerator generator(options, progress, stage);
    StoreError e;
    const auto counts = generator.run(*m_vault, staffPassword, &e);
    if (!counts)
        return failWith(e);
    if (m_opts.json) {
        printJson(QJsonObject{{QStringLiteral("branches"), counts->branches},
                              {QStringLiteral("users"), counts->users},
                              {QStringLiteral("customers"), counts->customers},
                              {QStringLiteral("institutions"), counts->institutions},
                              {QStringLiteral("products"), counts->products},
                              {QStringLiteral("holdings"), counts->holdings},
                              {QStringLiteral("elapsed_ms"), counts->elapsedMs}});
    } else {
        printText(tr("Generated %1 customers (%2 institutions) in %3 branches with %4 new users, "
                     "%5 products and %6 month-end holdings in %7 s.")
                      .arg(counts->customers)
                      .arg(counts->institutions)
                      .arg(counts->branches)
                      .arg(counts->users)
                      .arg(counts->products)
                      .arg(counts->holdings)
                      .arg(double(counts->elapsedMs) / 1000.0, 0, 'f', 1));
    }
    return ExitOk;
}

} // namespace rmdesk
