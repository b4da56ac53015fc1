// Benchmark on a generated database (ARCHITECTURE decision 4; issues "A million customers" and 9).
//
//   rmdesk-bench --db FILE --user NAME [--customers N [--months M] [--seed S]] [--queries N]
//                [--plaintext] [--import N] < password
//   rmdesk-bench --import N
//   rmdesk-bench --import N --import-into FILE --import-user NAME < password
//   rmdesk-bench --import-holdings N --import-into FILE --import-user NAME < password
//
// --customers N: when FILE does not exist, it is generated first (administrator "admin", the
// demo of N customers over M months (default 36) with the password as every user's, and last
// month's stage run), each step timed ("generate"); an existing FILE is reused.
// Measures, as the signed-in user: sign-in, the customer list model's first page (loader thread
// and all), a change of order, a jump to the last row, searches per query kind (2- and
// 3-character names, full pinyin, initials, 4 mobile digits, ID tail) with p50/p95, the same
// search statements on the raw SQLite engine in the same run, the retention and assessment
// dashboards and survey scores, and the peak RSS. --plaintext: the read workload (list pages in
// every order, the searches, the dashboards) recorded and replayed on the encrypted file and on a
// plaintext copy of it, for the encryption overhead (generated databases only). Prints one JSON
// document. --import N: N generated valid customer rows imported from CSV into a fresh database
// (in a temporary folder), or into a copy of FILE as NAME, as rows per second. --import-holdings
// N: a month of N month-end balances for NAME's customers, into a copy of FILE.
#include "benchholdings.h"
#include "benchimport.h"
#include "benchsupport.h"
#include "benchworkload.h"
#include "customerlistmodel.h"
#include "dashboards/assessmentdashboard.h"
#include "dashboards/retentiondashboard.h"
#include "security/vault.h"
#include "storage/secretbytes.h"
#include "stores/customerimport.h"
#include "stores/customerlisting.h"
#include "stores/customersearch.h"
#include "stores/retentionstore.h"
#include "stores/surveystore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <cstdio>
#include <cstring>
#include <iostream>

using namespace rmdesk;
using namespace rmdesk::bench;

namespace {

// Time until `row` of the model is on screen, asking for it as a view would.
double timeToRow(CustomerListModel& model, int row)
{
    QElapsedTimer t;
    t.start();
    waitUntil([&] {
        if (model.isCounting())
            return false;
        model.index(row, 0).data();
        return model.isRowLoaded(row) || row >= model.total();
    });
    return ms(t);
}

QJsonObject listFigures(CustomerListModel& model)
{
    QJsonArray sorts;
    QList<double> changes, jumps;
    const struct
    {
        int column;
        const char* name;
    } columns[] = {{CustomerListModel::NameColumn, "name"},
                   {CustomerListModel::CreatedColumn, "created"},
                   {CustomerListModel::TierColumn, "tier"},
                   {CustomerListModel::AumColumn, "aum"},
                   {CustomerListModel::NextReviewColumn, "next_review"},
                   {CustomerListModel::IdColumn, "number"}};
    for (const auto& c : columns) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            QElapsedTimer t;
            t.start();
            model.sort(c.column, order);
            const double first = timeToRow(model, 0);
            const double jump = timeToRow(model, model.total() - 1);
            const double middle = timeToRow(model, model.total() / 2);
            changes << first;
            jumps << jump;
            sorts.append(QJsonObject{{QStringLiteral("sort"), QLatin1String(c.name)},
                                     {QStringLiteral("descending"), order == Qt::DescendingOrder},
                                     {QStringLiteral("first_page_ms"), first},
                                     {QStringLiteral("jump_to_last_row_ms"), jump},
                                     {QStringLiteral("jump_to_middle_ms"), middle}});
        }
    }
    return QJsonObject{{QStringLiteral("sort_change_p50_ms"), percentile(changes, 0.5)},
                       {QStringLiteral("sort_change_max_ms"), percentile(changes, 1.0)},
                       {QStringLiteral("jump_to_last_row_p50_ms"), percentile(jumps, 0.5)},
                       {QStringLiteral("jump_to_last_row_max_ms"), percentile(jumps, 1.0)},
                       {QStringLiteral("by_sort"), sorts}};
}

} // namespace

// Milliseconds of the metrics behind the dashboards, as the session sees them: the last twelve
// months of retention from the cube the lifecycle run builds, the assessment dashboard and the
// survey scores.
QJsonObject metricFigures(Vault& vault)
{
    QJsonObject figures;
    auto time = [&](const char* name, const std::function<bool()>& run) {
        QElapsedTimer t;
        t.start();
        const bool ok = run();
        figures.insert(QLatin1String(name), ok ? QJsonValue(ms(t)) : QJsonValue());
    };
    StoreError e;
    RetentionStore retention(vault.database().connection());
    const RetentionFilter months = retention.resolved({});
    time("retention_series_ms",
         [&] { return !retention.series(vault.session(), months, &e).isEmpty() && e.ok(); });
    time("retention_by_rm_ms", [&] {
        retention.seriesBy(vault.session(), months, RetentionGroup::Rm, &e);
        return e.ok();
    });
    time("retention_cohorts_ms", [&] {
        retention.cohorts(vault.session(), months, &e);
        return e.ok();
    });
    time("retention_dashboard_ms", [&] {
        const RetentionDashboardData data =
            RetentionDashboard::compute(vault.database().connection(), vault.session(), {}, &e);
        return e.ok() && data.cubeBuilt();
    });
    time("retention_dashboard_mass_ms", [&] {
        RetentionDashboardFilter mass;
        mass.segment = QStringLiteral("mass");
        const RetentionDashboardData data =
            RetentionDashboard::compute(vault.database().connection(), vault.session(), mass, &e);
        return e.ok() && data.cubeBuilt();
    });
    // The assessment dashboard of the last complete month (scorecards, tiles, twelve months of
    // complaint and survey trends) in the session's scope: every branch as compliance, the
    // branch as a supervisor.
    int scored = 0;
    time("assessment_dashboard_ms", [&] {
        const AssessmentDashboardData data =
            AssessmentDashboard::compute(vault.database().connection(), vault.session(), {}, &e);
        scored = data.tiles.rmsScored;
        return e.ok() && data.cubeBuilt();
    });
    figures.insert(QStringLiteral("assessment_rms_scored"), scored);
    SurveyStore surveys(vault.database().connection());
    int responses = 0;
    time("survey_stats_ms", [&] {
        responses = surveys.stats(vault.session(), {}, SurveyGroupBy::None, &e).total.responses;
        return e.ok();
    });
    time("survey_stats_by_rm_ms", [&] {
        surveys.stats(vault.session(), {}, SurveyGroupBy::Rm, &e);
        return e.ok();
    });
    figures.insert(QStringLiteral("survey_responses"), responses);
    figures.insert(QStringLiteral("retention_built_at"), retention.builtAt());
    return figures;
}

// The read workload compared with a plaintext copy, all on the session's own connection: the
// first and the last page of the list in every order, the searches of every kind, the dashboards.
void readWorkload(Vault& vault, int perKind)
{
    StoreError e;
    QSqlDatabase db = vault.database().connection();
    CustomerListing listing(db, vault.session());
    for (const CustomerSort sort :
         {CustomerSort::Number, CustomerSort::Name, CustomerSort::Created, CustomerSort::Tier,
          CustomerSort::Aum, CustomerSort::NextReview}) {
        for (const bool descending : {false, true}) {
            CustomerListQuery query;
            query.sort = sort;
            query.descending = descending;
            if (!listing.prepare(query, &e))
                continue;
            listing.after(nullptr, 100, &e);
            listing.before(nullptr, 100, &e);
        }
    }
    CustomerSearch search(db);
    for (const SearchKind& k : searchKinds(db, perKind))
        for (const QString& text : k.queries)
            search.search(vault.session(), text, 20, &e);
    metricFigures(vault);
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const char* name, const QString& fallback = QString()) {
        const int i = int(args.indexOf(QLatin1String(name)));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const QString db = option("--db");
    const QString user = option("--user");
    const int perKind = option("--queries", QStringLiteral("200")).toInt();
    const int importRows = option("--import", QStringLiteral("0")).toInt();
    if (const int holdings = option("--import-holdings", QStringLiteral("0")).toInt();
        holdings > 0) {
        const QJsonObject report{{QStringLiteral("import_holdings"), holdingsFigure(holdings)}};
        std::printf("%s\n", QJsonDocument(report).toJson(QJsonDocument::Indented).constData());
        return 0;
    }
    if (db.isEmpty() && importRows > 0) {
        const QJsonObject report{{QStringLiteral("import"), importFigure(importRows)}};
        std::printf("%s\n", QJsonDocument(report).toJson(QJsonDocument::Indented).constData());
        return 0;
    }
    if (db.isEmpty() || user.isEmpty()) {
        std::fprintf(
            stderr,
            "usage: rmdesk-bench --db FILE --user NAME [--customers N [--months M] [--seed S]]\n"
            "                    [--queries N] [--plaintext] [--import N] < password\n"
            "       rmdesk-bench --import N [--import-into FILE --import-user NAME]\n"
            "       rmdesk-bench --import-holdings N --import-into FILE --import-user NAME\n");
        return 2;
    }
    std::string line;
    std::getline(std::cin, line);
    const SecretBytes password = SecretBytes::fromBytes(line.data(), line.size());
    std::fill(line.begin(), line.end(), '\0');

    QJsonObject generated;
    if (args.contains(QStringLiteral("--customers"))) {
        GenerateRequest request;
        request.customers = option("--customers").toLongLong();
        request.months = option("--months", QStringLiteral("36")).toInt();
        request.seed = option("--seed", QStringLiteral("7")).toULongLong();
        generated = ensureDatabase(db, request, password);
        if (generated.contains(QStringLiteral("error"))) {
            std::fprintf(stderr, "rmdesk-bench: %s\n",
                         qPrintable(generated.value(QStringLiteral("error")).toString()));
            return 3;
        }
    }

    QElapsedTimer open;
    open.start();
    StoreError e;
    auto vault = Vault::login(db, user, password, &e);
    if (!vault) {
        std::fprintf(stderr, "rmdesk-bench: %s\n", qPrintable(e.message));
        return 3;
    }
    const double signInMs = ms(open);
    CustomerListModel model;
    QElapsedTimer list;
    list.start();
    model.setSource(vault->database(), vault->session());
    model.refresh();
    // The first rows are on screen before the whole list is counted.
    waitUntil([&] { return model.isRowLoaded(0) || !model.lastError().ok(); });
    const double firstPage = ms(list);
    const double openToFirstPage = ms(open);
    waitUntil([&] { return !model.isCounting(); });
    const double countMs = ms(list);
    const int inScope = model.total();
    const QJsonObject lists = listFigures(model);

    QJsonObject searches;
    CustomerSearch search(vault->database().connection());
    sqlite3* raw = rawHandle(vault->database().connection());
    for (const SearchKind& k : searchKinds(vault->database().connection(), perKind)) {
        QList<double> appMs, rawMs;
        qint64 hits = 0;
        for (int i = 0; i < k.queries.size(); ++i) {
            const QString& text = k.queries.at(i);
            const auto plan = search.plan(vault->session(), text, &e);
            if (plan && i % 2 == 1) // every other query goes to the raw engine first (warm cache)
                rawMs << rawSearch(raw, *plan, 20);
            QElapsedTimer t;
            t.start();
            const SearchResult r = search.search(vault->session(), text, 20, &e);
            appMs << ms(t);
            hits += r.total;
            if (plan && i % 2 == 0)
                rawMs << rawSearch(raw, *plan, 20);
        }
        searches.insert(
            k.name,
            QJsonObject{{QStringLiteral("queries"), int(k.queries.size())},
                        {QStringLiteral("p50_ms"), percentile(appMs, 0.5)},
                        {QStringLiteral("p95_ms"), percentile(appMs, 0.95)},
                        {QStringLiteral("raw_p50_ms"), percentile(rawMs, 0.5)},
                        {QStringLiteral("raw_p95_ms"), percentile(rawMs, 0.95)},
                        {QStringLiteral("mean_total"),
                         k.queries.isEmpty() ? 0.0 : double(hits) / double(k.queries.size())}});
    }
    QJsonObject report{{QStringLiteral("database"), db},
                       {QStringLiteral("user"), user},
                       {QStringLiteral("customers_in_scope"), inScope},
                       {QStringLiteral("sign_in_ms"), signInMs},
                       {QStringLiteral("list_first_page_ms"), firstPage},
                       {QStringLiteral("list_counted_ms"), countMs},
                       {QStringLiteral("open_to_first_page_ms"), openToFirstPage},
                       {QStringLiteral("list"), lists},
                       {QStringLiteral("search"), searches},
                       {QStringLiteral("metrics"), metricFigures(*vault)},
                       {QStringLiteral("peak_rss_mb"), double(peakRssKb()) / 1024.0}};
    if (!generated.isEmpty())
        report.insert(QStringLiteral("generate"), generated);
    if (args.contains(QStringLiteral("--plaintext"))) {
        StatementRecorder recorder(raw);
        readWorkload(*vault, perKind);
        recorder.stop();
        report.insert(QStringLiteral("encryption_overhead"),
                      encryptionOverhead(raw, db, recorder.statements()));
    }
    if (importRows > 0)
        report.insert(QStringLiteral("import"), importFigure(importRows));
    std::printf("%s\n", QJsonDocument(report).toJson(QJsonDocument::Indented).constData());
    vault->logout();
    return 0;
}
