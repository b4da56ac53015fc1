// rmdesk-cli report: the retention or assessment dashboard drawn without a screen (offscreen
// widgets, see main.cpp) and written as a PDF report, a PNG picture or its numbers as CSV.
#include "cli.h"

#include "dashboards/assessmentview.h"
#include "dashboards/retentionview.h"
#include "exitcode.h"
#include "security/permissions.h"
#include "stores/audittrail.h"
#include "stores/customerlisting.h"

#include <QApplication>
#include <QDate>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>

#include <optional>

namespace rmdesk {

namespace {

// The size the dashboards are drawn at, in logical pixels: the output does not depend on a screen.
const QSize RenderSize(1600, 1300);
// RetentionView offers the 36 months up to the last complete one.
constexpr int RetentionMonths = 36;

// "YYYY-MM" to a month index; nothing when it is not one.
std::optional<int> parseMonth(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}$"));
    if (!pattern.match(text).hasMatch())
        return std::nullopt;
    const QDate d = QDate::fromString(text + QStringLiteral("-01"), Qt::ISODate);
    if (!d.isValid())
        return std::nullopt;
    return monthIndex(d);
}

// The scorecards' period for the months from … to: the calendar quarter or year they make up
// exactly, else the month `to`.
KpiPeriod assessmentPeriod(int from, int to, bool fromGiven)
{
    const QDate first = monthStart(from);
    const QString month = monthName(to);
    if (fromGiven && to - from == 2 && first.month() % 3 == 1)
        return *KpiPeriod::parse(
            QStringLiteral("%1-Q%2").arg(first.year()).arg((first.month() - 1) / 3 + 1));
    if (fromGiven && to - from == 11 && first.month() == 1)
        return *KpiPeriod::parse(QString::number(first.year()));
    return *KpiPeriod::parse(month);
}

// Sets the filter, lets the view compute on its worker thread and waits for the figures.
template <typename View, typename Filter> void computeNow(View& view, const Filter& filter)
{
    bool done = false;
    QEventLoop loop;
    QObject::connect(&view, &View::computed, &loop, [&] {
        done = true;
        loop.quit();
    });
    view.setAttribute(Qt::WA_DontShowOnScreen);
    view.resize(RenderSize);
    view.setFilter(filter);
    view.show(); // laid out at RenderSize; the figures were asked for already
    if (!done)
        loop.exec();
    // The figures changed the labels' sizes: the layouts they asked for, each of which may ask
    // its parent for another, before anything is drawn.
    auto settle = [] {
        for (int i = 0; i < 8; ++i)
            QCoreApplication::sendPostedEvents();
    };
    settle();
    // Taller than the screen size: the view grows to show it all, so the picture is always as
    // wide as RenderSize and never has a scroll bar.
    auto* scroll = view.template findChild<QScrollArea*>();
    if (scroll && scroll->widget() && scroll->verticalScrollBar()->isVisible()) {
        view.resize(RenderSize.width(), RenderSize.height() + scroll->widget()->height() -
                                            scroll->viewport()->height());
        settle();
    }
}

// Writes what `view` shows in `format`; false with the reason in `error`.
template <typename View>
bool writeView(View& view, const QString& format, const QString& fileName, QString* error)
{
    bool ok = false;
    if (format == QLatin1String("pdf"))
        return view.savePdf(fileName, error);
    if (format == QLatin1String("png"))
        ok = view.savePng(fileName);
    else
        ok = view.saveCsv(fileName);
    if (!ok)
        *error = Cli::tr("%1 could not be written. Check that its folder exists and that you may "
                         "write there.")
                     .arg(fileName);
    return ok;
}

} // namespace

int Cli::cmdReport(const QStringList& args)
{
    const QString kind = args.value(0);
    const bool retention = kind == QLatin1String("retention");
    if (!retention && kind != QLatin1String("assessment"))
        return usageError(tr("report needs a dashboard: retention or assessment."));
    CommandArgs a;
    QString error;
    if (!parseArgs(args.mid(1),
                   {QStringLiteral("--from"), QStringLiteral("--to"), QStringLiteral("--branch"),
                    QStringLiteral("--rm"), QStringLiteral("--segment"), QStringLiteral("--out")},
                   {}, &a, &error))
        return usageError(error);
    if (!a.positional.isEmpty())
        return usageError(tr("report %1 takes options only.").arg(kind));

    // Everything is checked before a password is asked for.
    const QString out = a.value(QStringLiteral("--out"));
    if (out.isEmpty())
        return usageError(tr("report needs --out FILE.pdf, FILE.png or FILE.csv."));
    const QString format = QFileInfo(out).suffix().toLower();
    if (!QStringList{QStringLiteral("pdf"), QStringLiteral("png"), QStringLiteral("csv")}.contains(
            format))
        return usageError(
            tr("%1: the report's file name must end in .pdf, .png or .csv.").arg(out));
    const int last = monthIndex(QDate::currentDate()) - 1; // the last complete month
    std::optional<int> from;
    std::optional<int> to;
    for (const char* option : {"--from", "--to"}) {
        const QString name = QLatin1String(option);
        if (!a.values.contains(name))
            continue;
        const auto m = parseMonth(a.value(name));
        if (!m)
            return usageError(tr("Give the months as --from YYYY-MM and --to YYYY-MM."));
        (name == QLatin1String("--from") ? from : to) = *m;
    }
    const bool fromGiven = from.has_value();
    if (!to) // as in retention stats: up to the last complete month
        to = from ? std::max(*from, last) : last;
    if (!from)
        from = *to - 11;
    if (*from > *to)
        return usageError(tr("--from must not come after --to."));
    const QString segment = a.value(QStringLiteral("--segment"));
    if (!segment.isEmpty() && !retention)
        return usageError(tr("--segment is an option of the retention report only."));
    if (!segment.isEmpty() && !RetentionDashboard::segments().contains(segment))
        return usageError(tr("Unknown segment %1; use %2.")
                              .arg(segment, RetentionDashboard::segments().join(QLatin1Char('|'))));
    if (*to > last)
        return fail(ExitNo, tr("%1 is not over yet: the last complete month is %2.")
                                .arg(monthName(*to), monthName(last)));
    if (retention && *from <= last - RetentionMonths)
        return fail(ExitNo, tr("The retention dashboard goes back %1 months, to %2: choose a "
                               "later --from.")
                                .arg(RetentionMonths)
                                .arg(monthName(last - RetentionMonths + 1)));
    if (!qobject_cast<QApplication*>(QCoreApplication::instance()))
        return fail(ExitNo, tr("report draws the dashboards and needs the widgets of RM Desk; "
                               "run it as rmdesk-cli report."));

    int code = ExitOk;
    if (!(m_vault = signIn(&code)))
        return code;
    const Session& session = m_vault->session();
    QSqlDatabase db = m_vault->database().connection();
    const QString branch = a.value(QStringLiteral("--branch"));
    const QString rm = a.value(QStringLiteral("--rm"));
    const Scope scope = Permissions::scope(session.role, Action::DashboardRead);
    if (scope == Scope::None)
        return fail(ExitForbidden, Permissions::refusal(session, Action::DashboardRead));
    // The dashboards' branch and RM lists hold what the session may see: anything else is
    // another branch (not permitted) or none at all.
    if (!branch.isEmpty()) {
        bool known = false;
        for (const auto& choice : CustomerListing(db, session).branchChoices())
            known = known || choice.first == branch;
        if (!known && scope != Scope::All)
            return fail(ExitForbidden,
                        tr("You may report on your own branch (%1) only.").arg(session.branch));
        if (!known)
            return fail(ExitNo,
                        tr("There is no branch %1. 'rmdesk-cli customer list' shows the branches "
                           "of your customers.")
                            .arg(branch));
    }
    if (!rm.isEmpty() && !CustomerListing(db, session).rmChoices(branch).contains(rm))
        return fail(
            scope == Scope::Own ? ExitForbidden : ExitNo,
            scope == Scope::Own
                ? tr("You may report on your own customers only.")
                : tr("There is no RM %1 in %2.")
                      .arg(rm, branch.isEmpty() ? tr("your scope") : tr("branch %1").arg(branch)));

    QJsonObject filterJson{{QStringLiteral("from"), monthName(*from)},
                           {QStringLiteral("to"), monthName(*to)},
                           {QStringLiteral("branch"), branch},
                           {QStringLiteral("rm"), rm}};
    bool written = false;
    if (retention) {
        RetentionView view(*m_vault);
        const RetentionDashboardFilter f{*from, *to, branch, rm, segment};
        computeNow(view, f);
        filterJson.insert(QStringLiteral("segment"), segment);
        if (!view.lastError().ok())
            return failWith(view.lastError());
        if (!(view.data().filter == f))
            return fail(ExitNo, tr("The dashboard does not offer this choice of months, branch, "
                                   "RM and segment."));
        if (!view.data().cubeBuilt())
            return fail(ExitNo, tr("No retention figures yet: an administrator runs the monthly "
                                   "stage assessment first (rmdesk-cli stage run)."));
        if (view.data().empty())
            return fail(ExitNo, tr("Nobody in this scope held assets from %1 to %2: there is "
                                   "nothing to report.")
                                    .arg(monthName(*from), monthName(*to)));
        written = writeView(view, format, out, &error);
    } else {
        AssessmentView view(*m_vault);
        AssessmentDashboardFilter f;
        f.period = assessmentPeriod(*from, *to, fromGiven);
        f.trendFrom = *from;
        f.branch = branch;
        f.rm = rm;
        computeNow(view, f);
        filterJson.insert(QStringLiteral("period"), f.period.code());
        if (!view.lastError().ok())
            return failWith(view.lastError());
        const AssessmentDashboardFilter& got = view.data().filter;
        if (!(got.period == f.period) || got.trendFrom != f.trendFrom)
            return fail(ExitNo, tr("The assessment dashboard does not offer the period %1 with "
                                   "trends from %2.")
                                    .arg(f.period.code(), monthName(*from)));
        if (!view.data().cubeBuilt())
            return fail(ExitNo, tr("No scorecards yet: an administrator runs the monthly stage "
                                   "assessment first (rmdesk-cli stage run)."));
        if (view.data().empty())
            return fail(ExitNo, tr("No RM in this scope has figures for %1: there is nothing to "
                                   "report.")
                                    .arg(f.period.code()));
        written = writeView(view, format, out, &error);
    }
    if (!written)
        return fail(ExitNo, error);
    // Scores and names of staff: the writers make the file owner-only from its first byte.

    // One audit row per export: what was exported, never a figure or a customer.
    QString why;
    const AuditEvent event{QStringLiteral("dashboard.export"), QStringLiteral("dashboard"), kind,
                           QJsonObject{{QStringLiteral("kind"), kind},
                                       {QStringLiteral("format"), format},
                                       {QStringLiteral("file"), QFileInfo(out).fileName()},
                                       {QStringLiteral("filter"), filterJson}},
                           QString()};
    if (!AuditTrail::recordAlone(db, session, event, &why)) {
        QFile::remove(out); // no export without its audit row
        return fail(ExitNo, tr("The export could not be recorded in the audit trail, so %1 was "
                               "removed again: %2")
                                .arg(out, why));
    }
    const QString file = QFileInfo(out).absoluteFilePath();
    return printResult(QJsonObject{{QStringLiteral("file"), file},
                                   {QStringLiteral("format"), format},
                                   {QStringLiteral("kind"), kind}},
                       tr("Wrote %1.").arg(file));
}

} // namespace rmdesk
