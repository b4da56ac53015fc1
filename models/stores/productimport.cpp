// HoldingImport's product catalogue (see holdingimport.h).
#include "holdingimport.h"

#include "security/permissions.h"
#include "stores/audittrail.h"
#include "stores/csvcolumnreader.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace rmdesk {

bool HoldingImport::importProducts(const Session& session, const QString& fileName,
                                   const HoldingImportOptions& options, ProductImportResult* result,
                                   StoreError* error)
{
    ProductImportResult out;
    auto finish = [&](bool ok) {
        if (result)
            *result = out;
        return ok;
    };
    if (!Permissions::allows(session, Action::SettingsEdit))
        return finish(fail(error, StoreError::Forbidden,
                           Permissions::refusal(session, Action::SettingsEdit)));
    QString why;
    CsvColumnReader table;
    if (!table.open(
            fileName, options.encoding,
            {{"code",
              {QStringLiteral("code"), QStringLiteral("product_code"), QStringLiteral("产品代码")}},
             {"name", {QStringLiteral("name"), QStringLiteral("产品名称")}},
             {"type", {QStringLiteral("type"), QStringLiteral("产品类型")}},
             {"risk_level", {QStringLiteral("risk_level"), QStringLiteral("风险等级")}}},
            &why))
        return finish(fail(error, StoreError::Invalid, why));
    for (const char* required : {"code", "name", "type", "risk_level"})
        if (!table.column.contains(QLatin1String(required)))
            return finish(fail(error, StoreError::Invalid,
                               tr("The header has no column %1: nothing was imported.")
                                   .arg(QLatin1String(required))));
    struct Product
    {
        QString name, type, risk;
    };
    QHash<QString, Product> onFile;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT code, name, type, risk_level FROM products")))
        return finish(fail(error, StoreError::Failed, q.lastError().text()));
    while (q.next())
        onFile.insert(q.value(0).toString(),
                      {q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    static const QRegularExpression codePattern(
        QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$"));
    static const QStringList types = {QStringLiteral("deposit"), QStringLiteral("wealth"),
                                      QStringLiteral("fund"),    QStringLiteral("insurance"),
                                      QStringLiteral("bond"),    QStringLiteral("loan"),
                                      QStringLiteral("other")};
    QHash<QString, int> seen;
    QList<QPair<QString, Product>> writes;
    QJsonArray riskChanges, typeChanges; // both decide which customers a product suits
    CsvRecord r;
    while (table.next(&r)) {
        if (options.progress && out.rows % 512 == 0 && !options.progress(out.rows, table.records()))
            return finish(cancelled(error));
        ++out.rows;
        auto reject = [&](const QString& column, const QString& reason) {
            out.problems.append({r.line, column, reason});
            ++out.rejected;
        };
        if (!r.problem.isEmpty() || r.fields.size() != table.width) {
            reject(QString(), r.problem.isEmpty() ? tr("The row has %1 fields; the header has %2.")
                                                        .arg(r.fields.size())
                                                        .arg(table.width)
                                                  : r.problem);
            continue;
        }
        const QString code = table.cell(r, "code");
        const Product p{table.cell(r, "name"), table.cell(r, "type").toLower(),
                        table.cell(r, "risk_level").toUpper()};
        if (!codePattern.match(code).hasMatch()) {
            reject(QStringLiteral("code"), tr("A product code is 1 to 32 letters, digits, '_', "
                                              "'.' or '-', starting with a letter or digit."));
        } else if (p.name.isEmpty() || p.name.size() > 80) {
            reject(QStringLiteral("name"), tr("Give the product's name, at most 80 characters."));
        } else if (!types.contains(p.type)) {
            reject(QStringLiteral("type"),
                   tr("The type is one of %1.").arg(types.join(QStringLiteral(", "))));
        } else if (!QRegularExpression(QStringLiteral("^R[1-5]$")).match(p.risk).hasMatch()) {
            reject(QStringLiteral("risk_level"), tr("The risk level is R1 to R5."));
        } else if (seen.contains(code)) {
            reject(QStringLiteral("code"),
                   tr("The product is on line %1 already.").arg(seen.value(code)));
        } else {
            seen.insert(code, r.line);
            const auto old = onFile.constFind(code);
            if (old == onFile.cend()) {
                ++out.added;
                writes.append({code, p});
            } else if (old->name != p.name || old->type != p.type || old->risk != p.risk) {
                ++out.changed;
                writes.append({code, p});
                if (old->risk != p.risk)
                    riskChanges.append(QJsonObject{{QStringLiteral("code"), code},
                                                   {QStringLiteral("old"), old->risk},
                                                   {QStringLiteral("new"), p.risk}});
                if (old->type != p.type)
                    typeChanges.append(QJsonObject{{QStringLiteral("code"), code},
                                                   {QStringLiteral("old"), old->type},
                                                   {QStringLiteral("new"), p.type}});
            } else {
                ++out.unchanged;
            }
        }
    }
    if (!table.error().isEmpty())
        return finish(fail(error, StoreError::Invalid, table.error()));
    if (out.rejected > 0 && options.allOrNothing) {
        out.added = out.changed = out.unchanged = 0;
        return finish(
            fail(error, StoreError::Invalid,
                 tr("%n row(s) were rejected, so nothing was imported.", nullptr, out.rejected)));
    }
    if (options.dryRun || writes.isEmpty())
        return finish(true);
    if (!m_db.transaction())
        return finish(fail(error, StoreError::Failed, m_db.lastError().text()));
    q.prepare(QStringLiteral("INSERT INTO products (code, name, type, risk_level) VALUES (?, ?, "
                             "?, ?) ON CONFLICT (code) DO UPDATE SET name = excluded.name, type "
                             "= excluded.type, risk_level = excluded.risk_level"));
    bool ok = true;
    for (const auto& [code, p] : std::as_const(writes)) {
        for (const QString& v : {code, p.name, p.type, p.risk})
            q.addBindValue(v);
        if (!(ok = q.exec())) {
            why = q.lastError().text();
            break;
        }
    }
    ok = ok && AuditTrail::record(m_db, session,
                                  {QStringLiteral("products.import"),
                                   QStringLiteral("product"),
                                   QString(),
                                   {{QStringLiteral("rows"), out.rows},
                                    {QStringLiteral("added"), out.added},
                                    {QStringLiteral("changed"), out.changed},
                                    {QStringLiteral("rejected"), out.rejected},
                                    {QStringLiteral("risk_level_changes"), riskChanges},
                                    {QStringLiteral("type_changes"), typeChanges}},
                                   QString()},
                                  &why);
    const bool stop = ok && options.progress && !options.progress(out.rows, out.rows);
    if (!ok || stop || !m_db.commit()) {
        m_db.rollback();
        out.added = out.changed = 0;
        if (stop)
            return finish(cancelled(error));
        return finish(fail(
            error, StoreError::Failed,
            tr("Nothing was imported: %1").arg(why.isEmpty() ? m_db.lastError().text() : why)));
    }
    return finish(true);
}

QString HoldingImport::summary(const ProductImportResult& r, bool dryRun)
{
    QString text = tr("%1 rows: %2 products added, %3 changed, %4 unchanged, %5 rejected.")
                       .arg(r.rows)
                       .arg(r.added)
                       .arg(r.changed)
                       .arg(r.unchanged)
                       .arg(r.rejected);
    if (dryRun)
        text += QLatin1Char(' ') + tr("Nothing was written.");
    return text;
}

int HoldingImport::catalogueSize() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT count(*) FROM products")) && q.next() ? q.value(0).toInt()
                                                                               : -1;
}

} // namespace rmdesk
