#include "benchsupport.h"
#include "security/vault.h"
#include "storage/secretbytes.h"
#include <iostream>

#include "storage/sqlcipherdriver.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlQuery>
#include <QThread>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>

namespace rmdesk::bench {

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto i = std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size())));
    return values.at(i);
}

qint64 rssKb(const char* field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qsizetype(std::strlen(field)))
                .trimmed()
                .split(' ')
                .first()
                .toLongLong();
    return -1;
}

qint64 peakRssKb()
{
    return rssKb("VmHWM:");
}

void resetPeakRss()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

void waitUntil(const std::function<bool()>& done)
{
    while (!done()) {
        QCoreApplication::processEvents();
        QThread::usleep(50);
    }
}

QList<SearchKind> searchKinds(QSqlDatabase db, int perKind)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT name, coalesce(mobile, ''), coalesce(id_number, '') FROM "
                          "customers WHERE type = 'individual' AND id % 997 = 1 LIMIT %1")
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
            ids << q.value(2).toString().right(4); // as far as the masked list shows it
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
    return {{QStringLiteral("name_2"), names2},    {QStringLiteral("name_3"), names3},
            {QStringLiteral("pinyin"), pinyins},   {QStringLiteral("initials"), initials},
            {QStringLiteral("mobile_4"), mobiles}, {QStringLiteral("id_tail"), ids}};
}

sqlite3* rawHandle(QSqlDatabase db)
{
    auto* driver = qobject_cast<SqlCipherDriver*>(db.driver());
    return driver ? driver->connection() : nullptr;
}

namespace {

void bind(sqlite3_stmt* s, const QVariantList& binds)
{
    int i = 1;
    for (const QVariant& b : binds) {
        if (b.typeId() == QMetaType::QString) {
            const QByteArray u = b.toString().toUtf8();
            sqlite3_bind_text(s, i++, u.constData(), int(u.size()), SQLITE_TRANSIENT);
        } else {
            sqlite3_bind_int64(s, i++, b.toLongLong());
        }
    }
}

} // namespace

double rawSearch(sqlite3* db, const CustomerSearch::Plan& plan, int limit)
{
    QElapsedTimer t;
    t.start();
    sqlite3_stmt* count = nullptr;
    const QByteArray countSql = plan.countSql.toUtf8();
    sqlite3_prepare_v2(db, countSql.constData(), -1, &count, nullptr);
    bind(count, plan.binds);
    qint64 total = 0;
    if (sqlite3_step(count) == SQLITE_ROW)
        total = sqlite3_column_int64(count, 0);
    sqlite3_finalize(count);
    if (total > 0) {
        sqlite3_stmt* page = nullptr;
        const QByteArray pageSql = plan.pageSql.toUtf8();
        sqlite3_prepare_v2(db, pageSql.constData(), -1, &page, nullptr);
        bind(page, plan.binds + QVariantList{limit});
        while (sqlite3_step(page) == SQLITE_ROW)
            for (int c = 0; c < sqlite3_column_count(page); ++c)
                sqlite3_column_text(page, c);
        sqlite3_finalize(page);
    }
    return ms(t);
}

std::unique_ptr<Vault> loginToCopy(const QString& into, const QString& copy, const QString& user,
                                   QString* error)
{
    for (const QString& suffix : {QString(), QStringLiteral(".keyring")})
        if (!QFile::copy(into + suffix, copy + suffix)) {
            *error = QStringLiteral("cannot copy ") + into + suffix;
            return nullptr;
        }
    std::string line;
    std::getline(std::cin, line);
    const SecretBytes password = SecretBytes::fromBytes(line.data(), line.size());
    std::fill(line.begin(), line.end(), '\0');
    StoreError e;
    auto vault = Vault::login(copy, user, password, &e);
    if (!vault)
        *error = e.message;
    return vault;
}

} // namespace rmdesk::bench
