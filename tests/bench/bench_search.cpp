// Search benchmark on a generated database (ARCHITECTURE decision 4; issue "A million customers").
//
//   rmdesk-bench-search --db FILE --user NAME [--queries N] < password
//
// Samples real names, mobiles and ID numbers from the database, then times CustomerSearch per
// query kind (2- and 3-character names, full pinyin, initials, 4 mobile digits, ID tail) and the
// same lookups as plain SQL on the raw engine in the same run, and prints one JSON document with
// p50/p95 in milliseconds, the time to open and show the first page, and the peak RSS.
#include "security/vault.h"
#include "storage/secretbytes.h"
#include "stores/customersearch.h"
#include "stores/customerstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>
#include <iostream>

using namespace rmdesk;

namespace {

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const auto i = std::min<qsizetype>(v.size() - 1, qsizetype(p * double(v.size())));
    return v.at(i);
}

qint64 peakRssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

QString reversed(QString s)
{
    std::reverse(s.begin(), s.end());
    return s;
}

struct Kind
{
    QString name;
    QStringList queries;
    QString rawSql; // the same lookup without scope or masking
    std::function<QVariantList(const QString&)> rawBinds;
};

} // namespace

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
    if (db.isEmpty() || user.isEmpty()) {
        std::fprintf(stderr,
                     "usage: rmdesk-bench-search --db FILE --user NAME [--queries N] < password\n");
        return 2;
    }
    std::string line;
    std::getline(std::cin, line);
    const SecretBytes password = SecretBytes::fromBytes(line.data(), line.size());
    std::fill(line.begin(), line.end(), '\0');

    QElapsedTimer open;
    open.start();
    StoreError e;
    auto vault = Vault::login(db, user, password, &e);
    if (!vault) {
        std::fprintf(stderr, "rmdesk-bench-search: %s\n", qPrintable(e.message));
        return 3;
    }
    CustomerStore store(vault->database().connection());
    CustomerFilter first;
    first.limit = 50;
    int total = 0;
    const auto page = store.list(vault->session(), first, &total, &e);
    const qint64 firstPageMs = open.elapsed();

    // Samples from the data itself, spread over the whole table.
    QSqlQuery q(vault->database().connection());
    q.exec(
        QStringLiteral("SELECT name, coalesce(mobile, ''), coalesce(id_number, '') FROM customers "
                       "WHERE type = 'individual' AND id % 997 = 1 LIMIT %1")
            .arg(perKind));
    QStringList names2, names3, mobiles, ids;
    while (q.next()) {
        const QString name = q.value(0).toString();
        names2 << name.left(2);
        if (name.size() >= 3)
            names3 << name.left(3);
        if (!q.value(1).toString().isEmpty())
            mobiles << q.value(1).toString().right(4);
        if (!q.value(2).toString().isEmpty())
            ids << q.value(2).toString().right(6);
    }
    QStringList pinyins, initials;
    q.exec(
        QStringLiteral("SELECT pinyin, initials FROM customer_search WHERE customer_id % 997 = 1 "
                       "LIMIT %1")
            .arg(perKind));
    while (q.next()) {
        pinyins << q.value(0).toString();
        initials << q.value(1).toString();
    }
    q.finish();

    const QList<Kind> kinds = {
        {QStringLiteral("name_2"), names2,
         QStringLiteral("SELECT c.id FROM customers c WHERE c.id IN (SELECT customer_id FROM "
                        "customer_name_grams WHERE gram = ?) ORDER BY c.id LIMIT 20"),
         [](const QString& s) { return QVariantList{s}; }},
        {QStringLiteral("name_3"), names3,
         QStringLiteral(
             "SELECT c.id FROM customers c WHERE c.id IN (SELECT customer_id FROM "
             "customer_name_grams WHERE gram = ?) AND c.name LIKE ? ORDER BY c.id LIMIT 20"),
         [](const QString& s) {
             return QVariantList{s.left(2), QLatin1Char('%') + s + QLatin1Char('%')};
         }},
        {QStringLiteral("pinyin"), pinyins,
         QStringLiteral("SELECT customer_id FROM customer_search WHERE pinyin >= ? AND pinyin < ? "
                        "ORDER BY customer_id LIMIT 20"),
         [](const QString& s) {
             return QVariantList{s, s + QLatin1Char('{')};
         }},
        {QStringLiteral("initials"), initials,
         QStringLiteral(
             "SELECT customer_id FROM customer_search WHERE initials >= ? AND initials < ? "
             "ORDER BY customer_id LIMIT 20"),
         [](const QString& s) {
             return QVariantList{s, s + QLatin1Char('{')};
         }},
        {QStringLiteral("mobile_4"), mobiles,
         QStringLiteral("SELECT rowid FROM customer_mobile_fts WHERE customer_mobile_fts MATCH ? "
                        "ORDER BY rowid LIMIT 20"),
         [](const QString& s) { return QVariantList{QLatin1Char('"') + s + QLatin1Char('"')}; }},
        {QStringLiteral("id_tail"), ids,
         QStringLiteral("SELECT customer_id FROM customer_search WHERE id_reversed >= ? AND "
                        "id_reversed < ? ORDER BY customer_id LIMIT 20"),
         [](const QString& s) {
             return QVariantList{reversed(s), reversed(s) + QChar(0xFFFF)};
         }},
    };

    QJsonObject searches;
    CustomerSearch search(vault->database().connection());
    for (const Kind& k : kinds) {
        QList<double> appMs, rawMs;
        qint64 hits = 0;
        for (const QString& text : k.queries) {
            QElapsedTimer t;
            t.start();
            const SearchResult r = search.search(vault->session(), text, 20, &e);
            appMs << double(t.nsecsElapsed()) / 1e6;
            hits += r.total;
            QElapsedTimer raw;
            raw.start();
            QSqlQuery rq(vault->database().connection());
            rq.setForwardOnly(true);
            rq.prepare(k.rawSql);
            for (const QVariant& b : k.rawBinds(text))
                rq.addBindValue(b);
            rq.exec();
            while (rq.next()) {
            }
            rawMs << double(raw.nsecsElapsed()) / 1e6;
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
    const QJsonObject report{{QStringLiteral("database"), db},
                             {QStringLiteral("user"), user},
                             {QStringLiteral("customers_in_scope"), total},
                             {QStringLiteral("open_to_first_page_ms"), firstPageMs},
                             {QStringLiteral("first_page_rows"), int(page.size())},
                             {QStringLiteral("search"), searches},
                             {QStringLiteral("peak_rss_mb"), double(peakRssKb()) / 1024.0}};
    std::printf("%s\n", QJsonDocument(report).toJson(QJsonDocument::Indented).constData());
    vault->logout();
    return 0;
}
