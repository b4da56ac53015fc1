// HoldingImport: month-end balances and the product catalogue from CSV (see holdingimport.h).
#include "holdingimport.h"

#include "domain/customerfields.h"
#include "domain/money.h"
#include "security/permissions.h"
#include "stores/audittrail.h"
#include "stores/csvcolumnreader.h"
#include "stores/customerstore.h"
#include "stores/holdingseries.h"

#include <QHash>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <tuple>
#include <vector>

namespace rmdesk {

namespace {

struct Customer
{
    qint64 id = 0; // 0: not on file, or outside the importer's scope
};

} // namespace

bool HoldingImport::importHoldings(const Session& session, const QString& fileName,
                                   const HoldingImportOptions& options, HoldingImportResult* result,
                                   StoreError* error)
{
    HoldingImportResult out;
    auto finish = [&](bool ok) {
        if (result)
            *result = out;
        return ok;
    };
    if (!Permissions::allows(session, Action::CustomerImport))
        return finish(fail(error, StoreError::Forbidden,
                           Permissions::refusal(session, Action::CustomerImport)));
    QString why;
    CsvColumnReader table;
    if (!table.open(fileName, options.encoding,
                    {{"customer_id", {QStringLiteral("customer_id"), QStringLiteral("客户编号")}},
                     {"id_number", {QStringLiteral("id_number"), QStringLiteral("证件号码")}},
                     {"product_code", {QStringLiteral("product_code"), QStringLiteral("产品代码")}},
                     {"month", {QStringLiteral("month"), QStringLiteral("月份")}},
                     {"balance", {QStringLiteral("balance"), QStringLiteral("余额")}}},
                    &why))
        return finish(fail(error, StoreError::Invalid, why));
    const bool byNumber = !table.column.contains(QStringLiteral("customer_id"));
    QStringList missing;
    if (byNumber && !table.column.contains(QStringLiteral("id_number")))
        missing << QStringLiteral("customer_id");
    for (const char* required : {"product_code", "month", "balance"})
        if (!table.column.contains(QLatin1String(required)))
            missing << QLatin1String(required);
    if (!missing.isEmpty()) {
        for (const QString& m : std::as_const(missing))
            out.problems.append({table.headerLine, m, tr("The header has no column %1.").arg(m)});
        return finish(fail(error, StoreError::Invalid,
                           tr("The header has no column %1: nothing was imported.")
                               .arg(missing.join(QStringLiteral(", ")))));
    }

    // Products by their place in the catalogue: a balance holds a number, not a copy of the code.
    QHash<QString, int> products;
    QStringList codes;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT code FROM products ORDER BY code")))
        return finish(fail(error, StoreError::Failed, q.lastError().text()));
    while (q.next()) {
        products.insert(q.value(0).toString(), int(codes.size()));
        codes << q.value(0).toString();
    }
    QSqlQuery find(m_db);
    find.prepare(byNumber ? QStringLiteral("SELECT id, branch_code, coalesce(rm_user_id, 0) FROM "
                                           "customers WHERE id_number = ?")
                          : QStringLiteral("SELECT id, branch_code, coalesce(rm_user_id, 0) FROM "
                                           "customers WHERE id = ?"));
    QHash<QString, Customer> customers; // by the file's text
    const int lastMonth = m_today.year() * 12 + m_today.month() - 1;
    std::vector<Balance> balances;

    // Checking is about half the work: the total counts every row twice.
    const int total = table.records() * 2;
    CsvRecord r;
    while (table.next(&r)) {
        if (options.progress && out.rows % 512 == 0 && !options.progress(out.rows, total))
            return finish(cancelled(error));
        ++out.rows;
        auto reject = [&](const QString& column, const QString& reason) {
            out.problems.append({r.line, column, reason});
            ++out.rejected;
        };
        if (!r.problem.isEmpty()) {
            reject(QString(), r.problem);
            continue;
        }
        if (r.fields.size() != table.width) {
            reject(QString(), tr("The row has %1 fields; the header has %2.")
                                  .arg(r.fields.size())
                                  .arg(table.width));
            continue;
        }
        const QString who =
            byNumber ? table.cell(r, "id_number").toUpper() : table.cell(r, "customer_id");
        const QString whoColumn =
            byNumber ? QStringLiteral("id_number") : QStringLiteral("customer_id");
        auto known = customers.constFind(who);
        if (known == customers.cend()) {
            Customer c;
            bool number = true;
            const qint64 id = byNumber ? 0 : who.toLongLong(&number);
            if (!who.isEmpty() && number) {
                find.addBindValue(byNumber ? QVariant(who) : QVariant(id));
                if (!find.exec())
                    return finish(fail(error, StoreError::Failed, find.lastError().text()));
                if (find.next() && Permissions::allows(session, Action::CustomerImport,
                                                       Target{find.value(1).toString(),
                                                              find.value(2).toLongLong()}))
                    c.id = find.value(0).toLongLong();
                find.finish();
            }
            known = customers.insert(who, c);
        }
        if (who.isEmpty()) {
            reject(whoColumn, tr("Give the customer."));
            continue;
        }
        if (known->id == 0) {
            // The same words whether the customer does not exist or is someone else's.
            reject(whoColumn, tr("No customer of yours has this number."));
            continue;
        }
        const QString product = table.cell(r, "product_code");
        const int productIndex = products.value(product, -1);
        if (productIndex < 0) {
            reject(QStringLiteral("product_code"),
                   product.isEmpty() ? tr("Give the product code.")
                                     : tr("The product %1 is not in the catalogue: import the "
                                          "products first.")
                                           .arg(product));
            continue;
        }
        const QString monthText = table.cell(r, "month");
        const int month = HoldingSeries::monthIndex(monthText.toStdString());
        if (month < 0) {
            reject(QStringLiteral("month"), tr("Give the month as YYYY-MM, like 2026-10."));
            continue;
        }
        if (month < 2000 * 12) {
            reject(QStringLiteral("month"), tr("The month is before 2000."));
            continue;
        }
        if (month > lastMonth) {
            reject(QStringLiteral("month"), tr("The month has not begun yet."));
            continue;
        }
        qint64 fen = 0;
        if (!Money::parseYuan(table.cell(r, "balance"), &fen)) {
            reject(QStringLiteral("balance"),
                   tr("Give the balance in yuan, like 12345.67, not below zero."));
            continue;
        }
        balances.push_back({known->id, productIndex, month, r.line, fen});
    }
    if (!table.error().isEmpty())
        return finish(fail(error, StoreError::Invalid, table.error()));
    // The same customer, product and month twice: the first stands, the others are rejected.
    // Found by sorting (a few bytes a row) rather than by a map of every row seen; the sorted
    // order is also the order the series are written in.
    std::sort(balances.begin(), balances.end(), [](const Balance& a, const Balance& b) {
        return std::tie(a.customerId, a.product, a.month, a.line) <
               std::tie(b.customerId, b.product, b.month, b.line);
    });
    const qsizetype problemsBefore = out.problems.size();
    std::size_t kept = 0;
    for (std::size_t i = 0; i < balances.size(); ++i) {
        const Balance& b = balances[i];
        if (kept > 0) {
            const Balance& first = balances[kept - 1];
            if (first.customerId == b.customerId && first.product == b.product &&
                first.month == b.month) {
                out.problems.append(
                    {b.line, QString(),
                     tr("The same customer, product and month are on line %1 already.")
                         .arg(first.line)});
                ++out.rejected;
                continue;
            }
        }
        balances[kept++] = b;
    }
    balances.resize(kept);
    if (out.problems.size() > problemsBefore)
        std::stable_sort(
            out.problems.begin(), out.problems.end(),
            [](const ImportProblem& a, const ImportProblem& b) { return a.line < b.line; });

    if (out.rejected > 0 && options.allOrNothing)
        return finish(
            fail(error, StoreError::Invalid,
                 tr("%n row(s) were rejected, so nothing was imported.", nullptr, out.rejected)));
    if (options.dryRun || balances.empty())
        return finish(true);
    if (!m_db.transaction())
        return finish(fail(error, StoreError::Failed, m_db.lastError().text()));
    m_cancelled = false;
    if (!writeHoldings(session, balances, codes, options, &out, &why) || !m_db.commit()) {
        m_db.rollback();
        out.imported = out.replaced = out.customers = out.tierChanges = 0;
        out.firstMonth.clear();
        out.lastMonth.clear();
        if (m_cancelled)
            return finish(cancelled(error));
        return finish(fail(
            error, StoreError::Failed,
            tr("Nothing was imported: %1").arg(why.isEmpty() ? m_db.lastError().text() : why)));
    }
    return finish(true);
}

bool HoldingImport::writeHoldings(const Session& session, const std::vector<Balance>& balances,
                                  const QStringList& codes, const HoldingImportOptions& options,
                                  HoldingImportResult* out, QString* why)
{
    // One read and one write per series: the balances come sorted by customer, product and month,
    // so each series is one run of them.
    const auto sameSeries = [](const Balance& a, const Balance& b) {
        return a.customerId == b.customerId && a.product == b.product;
    };
    qint64 seriesCount = 0;
    int first = balances.front().month, last = first;
    for (std::size_t i = 0; i < balances.size(); ++i) {
        seriesCount += i == 0 || !sameSeries(balances[i - 1], balances[i]) ? 1 : 0;
        first = std::min(first, balances[i].month);
        last = std::max(last, balances[i].month);
    }
    QSqlQuery read(m_db), write(m_db);
    read.prepare(QStringLiteral(
        "SELECT balances FROM holding_series WHERE customer_id = ? AND product_code = ?"));
    write.prepare(QStringLiteral("INSERT INTO holding_series (customer_id, product_code, "
                                 "balances) VALUES (?, ?, ?) ON CONFLICT (customer_id, "
                                 "product_code) DO UPDATE SET balances = excluded.balances"));
    QList<qint64> customers;
    qint64 done = 0;
    if (options.progress && !options.progress(out->rows, out->rows * 2))
        return !(m_cancelled = true);
    for (std::size_t begin = 0, end = 0; begin < balances.size(); begin = end) {
        end = begin + 1;
        while (end < balances.size() && sameSeries(balances[begin], balances[end]))
            ++end;
        const qint64 customer = balances[begin].customerId;
        const QString& product = codes.at(balances[begin].product);
        // The second half of the work, in proportion to the series written.
        if (options.progress && ++done % 256 == 0 &&
            !options.progress(out->rows + int(qint64(out->rows) * done / seriesCount),
                              out->rows * 2))
            return !(m_cancelled = true);
        read.addBindValue(customer);
        read.addBindValue(product);
        if (!read.exec()) {
            *why = read.lastError().text();
            return false;
        }
        std::vector<MonthBalance> stored;
        if (read.next()) {
            const QByteArray text = read.value(0).toString().toUtf8();
            if (!HoldingSeries::decode(std::string_view(text.constData(), size_t(text.size())),
                                       &stored)) {
                *why = tr("The balances on file for customer %1 and product %2 are damaged.")
                           .arg(customer)
                           .arg(product);
                return false;
            }
        }
        read.finish();
        for (std::size_t i = begin; i < end; ++i) {
            const MonthBalance b{balances[i].month, balances[i].fen};
            auto at =
                std::lower_bound(stored.begin(), stored.end(), b.month,
                                 [](const MonthBalance& m, int month) { return m.month < month; });
            if (at != stored.end() && at->month == b.month) {
                at->fen = b.fen;
                ++out->replaced;
            } else {
                stored.insert(at, b);
            }
            ++out->imported;
        }
        std::string text;
        HoldingSeries::encode(stored, &text);
        write.addBindValue(customer);
        write.addBindValue(product);
        write.addBindValue(QString::fromStdString(text));
        if (!write.exec()) {
            *why = write.lastError().text();
            return false;
        }
        if (customers.isEmpty() || customers.last() != customer)
            customers.append(customer);
    }
    out->customers = int(customers.size());
    out->firstMonth = QString::fromStdString(HoldingSeries::monthName(first));
    out->lastMonth = QString::fromStdString(HoldingSeries::monthName(last));
    if (!refreshAum(customers, out, why))
        return false;
    if (options.progress && !options.progress(out->rows * 2, out->rows * 2))
        return !(m_cancelled = true); // the last moment to cancel: nothing is committed yet
    return AuditTrail::record(m_db, session,
                              {QStringLiteral("holdings.import"),
                               QStringLiteral("holding"),
                               QString(),
                               {{QStringLiteral("rows"), out->rows},
                                {QStringLiteral("imported"), out->imported},
                                {QStringLiteral("replaced"), out->replaced},
                                {QStringLiteral("rejected"), out->rejected},
                                {QStringLiteral("customers"), out->customers},
                                {QStringLiteral("tier_changes"), out->tierChanges},
                                {QStringLiteral("first_month"), out->firstMonth},
                                {QStringLiteral("last_month"), out->lastMonth}},
                               QString()},
                              why);
}

bool HoldingImport::refreshAum(const QList<qint64>& customers, HoldingImportResult* out,
                               QString* why)
{
    const auto [affluent, privateBanking] = CustomerStore::tierThresholds(m_db, m_today);
    QSqlQuery read(m_db), current(m_db), update(m_db);
    read.prepare(QStringLiteral("SELECT balances FROM holding_series WHERE customer_id = ?"));
    current.prepare(QStringLiteral("SELECT tier, aum_fen FROM customers WHERE id = ?"));
    update.prepare(QStringLiteral("UPDATE customers SET tier = ?, aum_fen = ? WHERE id = ?"));
    for (const qint64 id : customers) {
        // The latest month any product has, summed over the products: the 360 view's AUM.
        read.addBindValue(id);
        if (!read.exec()) {
            *why = read.lastError().text();
            return false;
        }
        std::vector<MonthBalance> total;
        while (read.next()) {
            const QByteArray text = read.value(0).toString().toUtf8();
            std::vector<MonthBalance> one;
            if (HoldingSeries::decode(std::string_view(text.constData(), size_t(text.size())),
                                      &one))
                HoldingSeries::add(&total, one);
        }
        const qint64 aum = total.empty() ? 0 : total.back().fen;
        const QString tier = CustomerFields::tierFor(aum, affluent, privateBanking);
        current.addBindValue(id);
        if (!current.exec() || !current.next()) {
            *why = current.lastError().text();
            return false;
        }
        const bool newTier = current.value(0).toString() != tier;
        const bool newAum = current.value(1).toLongLong() != aum;
        current.finish();
        if (!newTier && !newAum)
            continue;
        out->tierChanges += newTier ? 1 : 0;
        update.addBindValue(tier);
        update.addBindValue(aum);
        update.addBindValue(id);
        if (!update.exec()) {
            *why = update.lastError().text();
            return false;
        }
    }
    return true;
}

QString HoldingImport::summary(const HoldingImportResult& r, bool dryRun)
{
    if (dryRun)
        return tr("%1 rows checked: %2 valid, %3 rejected. Nothing was written.")
            .arg(r.rows)
            .arg(r.rows - r.rejected)
            .arg(r.rejected);
    return tr("%1 rows: %2 balances written (%3 corrected), %4 rejected; %5 customers, %6 "
              "changed tier.")
        .arg(r.rows)
        .arg(r.imported)
        .arg(r.replaced)
        .arg(r.rejected)
        .arg(r.customers)
        .arg(r.tierChanges);
}

bool HoldingImport::cancelled(StoreError* error)
{
    return fail(error, StoreError::Invalid, tr("The import was cancelled; nothing was written."));
}

} // namespace rmdesk
