// rmdesk-cli demo: synthetic branches, users, customers with their holdings over the months and
// their histories (made by the demo generator).
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

    // Progress goes to a terminal only, as one line rewritten in place, so that scripts see one
    // clean line or document at the end.
    const bool terminal = ::isatty(STDERR_FILENO) == 1;
    const QStringList stages{QStringLiteral("staff"), QStringLiteral("customers"),
                             QStringLiteral("indexes"), QStringLiteral("search"),
                             QStringLiteral("statistics")};
    const QStringList stageNames{tr("staff"), tr("customers + histories"), tr("indexes"),
                                 tr("search"), tr("statistics")};
    QList<int> percents(stages.size(), -1);
    bool shown = false;
    const auto progress = [&](const QString& stage, int percent) {
        const int i = int(stages.indexOf(stage));
        if (!terminal || i < 0 || percents[i] == percent)
            return;
        percents[i] = percent;
        QStringList parts;
        for (int s = 0; s < stages.size(); ++s) {
            // Finished stages drop out, except the last one reported.
            if (percents[s] < 0 || (percents[s] == 100 && s != i))
                continue;
            parts << tr("%1 %2%").arg(stageNames[s]).arg(percents[s]);
        }
        m_err << "\rrmdesk-cli: " << parts.join(QStringLiteral(" · ")) << "\x1b[K";
        m_err.flush();
        shown = true;
    };
    DemoGenerator generator(options, progress);
    StoreError e;
    const auto counts = generator.run(*m_vault, staffPassword, &e);
    if (shown)
        m_err << Qt::endl;
    if (!counts)
        return failWith(e);
    if (m_opts.json) {
        QJsonObject stageMs;
        for (const auto& [stage, ms] : counts->stageMs)
            stageMs.insert(stage, ms);
        printJson(QJsonObject{{QStringLiteral("branches"), counts->branches},
                              {QStringLiteral("users"), counts->users},
                              {QStringLiteral("customers"), counts->customers},
                              {QStringLiteral("institutions"), counts->institutions},
                              {QStringLiteral("products"), counts->products},
                              {QStringLiteral("months"), counts->months},
                              {QStringLiteral("series"), counts->series},
                              {QStringLiteral("balances"), counts->balances},
                              {QStringLiteral("interactions"), counts->interactions},
                              {QStringLiteral("complaints"), counts->complaints},
                              {QStringLiteral("overdue_complaints"), counts->overdueComplaints},
                              {QStringLiteral("surveys"), counts->surveys},
                              {QStringLiteral("transitions"), counts->transitions},
                              {QStringLiteral("tasks"), counts->tasks},
                              {QStringLiteral("elapsed_ms"), counts->elapsedMs},
                              {QStringLiteral("stages_ms"), stageMs}});
    } else {
        printText(tr("Generated %1 customers (%2 institutions) in %3 branches with %4 new users "
                     "and %5 products in %6 s.")
                      .arg(counts->customers)
                      .arg(counts->institutions)
                      .arg(counts->branches)
                      .arg(counts->users)
                      .arg(counts->products)
                      .arg(double(counts->elapsedMs) / 1000.0, 0, 'f', 1));
        printText(tr("Holdings: %1 series with %2 month-end balances over %3 months.")
                      .arg(counts->series)
                      .arg(counts->balances)
                      .arg(counts->months));
        printText(tr("Histories: %1 interactions, %2 complaints (%3 overdue), %4 surveys, %5 "
                     "stage transitions, %6 tasks.")
                      .arg(counts->interactions)
                      .arg(counts->complaints)
                      .arg(counts->overdueComplaints)
                      .arg(counts->surveys)
                      .arg(counts->transitions)
                      .arg(counts->tasks));
    }
    return ExitOk;
}

} // namespace rmdesk
