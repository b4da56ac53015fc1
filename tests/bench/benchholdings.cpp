// rmdesk-bench --import-holdings: a month of balances as a branch's core system would send them.
#include "benchholdings.h"

#include "benchsupport.h"
#include "security/vault.h"
#include "stores/holdingimport.h"
#include "stores/lifecyclesupport.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace rmdesk::bench {

QJsonObject holdingsFigure(int rows)
{
    const QStringList args = QCoreApplication::arguments();
    auto option = [&](const char* name) {
        const int i = int(args.indexOf(QLatin1String(name)));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : QString();
    };
    const QString into = option("--import-into");
    const QString name = option("--import-user");
    if (into.isEmpty() || name.isEmpty())
        return QJsonObject{{QStringLiteral("error"),
                            QStringLiteral("--import-holdings needs --import-into FILE and "
                                           "--import-user NAME")}};
    QTemporaryDir dir;
    QString why;
    auto user = loginToCopy(into, dir.filePath(QStringLiteral("holdings.rmdb")), name, &why);
    if (!user)
        return QJsonObject{{QStringLiteral("error"), why}};
    StoreError e;
    QSqlDatabase db = user->database().connection();

    // The customers in the user's scope, and the catalogue: three products per customer, the
    // current month (after the demo's last complete one), balances that vary by customer.
    QVariantList binds;
    const QString scope = lifecycle::Support::scopeClause(user->session(), Action::CustomerImport,
                                                          QStringLiteral("c"), &binds, &e);
    if (scope.isEmpty())
        return QJsonObject{{QStringLiteral("error"), e.message}};
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT c.id FROM customers c WHERE %1 ORDER BY c.id LIMIT ?").arg(scope));
    binds << (rows + 2) / 3;
    if (!lifecycle::Support::exec(q, binds, &why))
        return QJsonObject{{QStringLiteral("error"), why}};
    QList<qint64> customers;
    while (q.next())
        customers << q.value(0).toLongLong();
    QStringList products;
    if (q.exec(QStringLiteral("SELECT code FROM products ORDER BY code")))
        while (q.next())
            products << q.value(0).toString();
    if (customers.isEmpty() || products.size() < 3)
        return QJsonObject{{QStringLiteral("error"),
                            QStringLiteral("no customers in scope, or fewer than 3 products")}};
    const QString month = QDate::currentDate().toString(QStringLiteral("yyyy-MM"));
    const QString file = dir.filePath(QStringLiteral("holdings.csv"));
    {
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly))
            return QJsonObject{{QStringLiteral("error"), out.errorString()}};
        QByteArray text = "customer_id,product_code,month,balance\n";
        int written = 0;
        for (const qint64 id : std::as_const(customers))
            for (int k = 0; k < 3 && written < rows; ++k, ++written) {
                const QString& product = products.at(int((id * 7 + k * 5) % products.size()));
                const qint64 fen = (id * 7919 + k * 104729) % 50000000;
                text += QByteArray::number(id) + ',' + product.toUtf8() + ',' + month.toUtf8() +
                        ',' + QByteArray::number(fen / 100) + '.' +
                        QByteArray::number(fen % 100).rightJustified(2, '0') + '\n';
            }
        out.write(text);
    }
    HoldingImport import(db);
    HoldingImportResult result;
    const qint64 rssBefore = rssKb("VmRSS:");
    resetPeakRss();
    QElapsedTimer t;
    t.start();
    const bool ok = import.importHoldings(user->session(), file, {}, &result, &e);
    const double seconds = ms(t) / 1000.0;
    const qint64 peak = peakRssKb();
    if (!ok)
        return QJsonObject{{QStringLiteral("error"), e.message}};
    return QJsonObject{
        {QStringLiteral("rows"), result.rows},
        {QStringLiteral("customers"), result.customers},
        {QStringLiteral("imported"), result.imported},
        {QStringLiteral("rejected"), result.rejected},
        {QStringLiteral("tier_changes"), result.tierChanges},
        {QStringLiteral("file_mb"), double(QFileInfo(file).size()) / 1048576.0},
        {QStringLiteral("seconds"), seconds},
        {QStringLiteral("rows_per_second"), seconds > 0 ? result.imported / seconds : 0.0},
        {QStringLiteral("rss_before_mb"), double(rssBefore) / 1024.0},
        {QStringLiteral("peak_rss_mb"), double(peak) / 1024.0}};
}

} // namespace rmdesk::bench
