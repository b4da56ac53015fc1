// CustomerImport: preview, the run (checks, duplicates, the bulk write) and the report.
#include "customerimport.h"

#include "security/masking.h"
#include "security/permissions.h"
#include "storage/sqlcipherdriver.h"
#include "stores/audittrail.h"
#include "stores/customersearch.h"
#include "stores/customerstore.h"

#include <sqlcipher/sqlite3.h>

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <thread>

namespace rmdesk {

namespace {

constexpr int kChunk = 8192;      // rows checked (on two threads) between progress reports
constexpr int kCacheKiB = 131072; // page cache while writing, as the demo generator

// A prepared statement on the connection's own handle: no QVariant per value.
class Statement
{
public:
    Statement(sqlite3* db, const QString& sql)
        : m_db(db)
    {
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(db, utf8.constData(), -1, &m_stmt, nullptr) != SQLITE_OK)
            m_stmt = nullptr;
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    bool ok() const { return m_stmt != nullptr; }
    void text(int i, const QString& s)
    {
        if (s.isEmpty()) {
            sqlite3_bind_null(m_stmt, i);
            return;
        }
        const QByteArray utf8 = s.toUtf8();
        sqlite3_bind_text(m_stmt, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    void integer(int i, qint64 v) { sqlite3_bind_int64(m_stmt, i, v); }
    void null(int i) { sqlite3_bind_null(m_stmt, i); }
    void emptyText(int i) { sqlite3_bind_text(m_stmt, i, "", 0, SQLITE_STATIC); }
    bool run()
    {
        const int rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        return rc == SQLITE_DONE;
    }
    // Runs a query; *found says whether it returned a row, whose first columns are read.
    bool find(qint64* a, QString* b, qint64* c)
    {
        const int rc = sqlite3_step(m_stmt);
        const bool found = rc == SQLITE_ROW;
        if (found) {
            *a = sqlite3_column_int64(m_stmt, 0);
            *b = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, 1)));
            *c = sqlite3_column_int64(m_stmt, 2);
        }
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        return found;
    }
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
};

// Columns of `customers` an import fills from the catalogue.
QStringList catalogueColumns()
{
    QStringList columns;
    for (const CustomerType t : {CustomerType::Individual, CustomerType::Institution})
        for (const QString& f : CustomerFields::namesFor(t))
            if (!columns.contains(f))
                columns << f;
    return columns;
}

// What happens to a checked row.
enum Fate { FateRejected, FateNew, FateSkip, FateUpdate };

} // namespace

CustomerImport::CustomerImport(QSqlDatabase db, QDate today)
    : m_db(std::move(db))
    , m_today(today)
{}

std::optional<ImportPreview> CustomerImport::preview(const Session& session,
                                                     const QString& fileName,
                                                     const CustomerImportOptions& options, int rows,
                                                     StoreError* error)
{
    if (!Permissions::allows(session, Action::CustomerImport)) {
        fail(error, StoreError::Forbidden, Permissions::refusal(session, Action::CustomerImport));
        return std::nullopt;
    }
    const auto source = open(fileName, options, error);
    if (!source)
        return std::nullopt;
    Directory directory;
    if (!loadDirectory(&directory, error))
        return std::nullopt;
    ImportPreview p;
    p.encoding = source->table.encoding;
    p.headings = source->headings;
    p.mapping = source->mapping;
    p.unmappedHeadings = source->unmapped;
    p.missingRequired = source->missingRequired;
    p.dataRows = int(source->table.records.size()) - 1;
    QList<QPair<int, QString>> shown;
    for (auto it = source->mapping.cbegin(); it != source->mapping.cend(); ++it)
        shown.append({it.value(), it.key()});
    std::sort(shown.begin(), shown.end());
    for (const auto& s : std::as_const(shown))
        p.fields << s.second;
    const Masker masker = Masker::fromRules(m_db);
    for (int r = 1; r < source->table.records.size() && r <= rows; ++r) {
        const CsvRecord& record = source->table.records.at(r);
        const Row row = check(session, *source, directory, record);
        QList<ImportPreviewCell> cells;
        for (const QString& field : std::as_const(p.fields)) {
            const int column = source->mapping.value(field);
            const QString text =
                column < record.fields.size() ? record.fields.at(column).trimmed() : QString();
            ImportPreviewCell cell;
            cell.text = masker.mask(row.type, field, text);
            if (field == QLatin1String("type") || field == QLatin1String("branch") ||
                field == QLatin1String("rm"))
                cell.text = text;
            cell.error = row.cellErrors.value(field);
            cells << cell;
        }
        // A problem of the whole row (field count, encoding) shows on its first cell.
        if (!row.problems.isEmpty() && row.cellErrors.isEmpty() && !cells.isEmpty())
            cells.first().error = row.problems.first().reason;
        p.lines << record.line;
        p.rows << cells;
    }
    return p;
}

std::optional<ImportResult> CustomerImport::run(const Session& session, const QString& fileName,
                                                const CustomerImportOptions& options,
                                                StoreError* error, const Progress& progress)
{
    QElapsedTimer timer;
    timer.start();
    if (!Permissions::allows(session, Action::CustomerImport)) {
        fail(error, StoreError::Forbidden, Permissions::refusal(session, Action::CustomerImport));
        return std::nullopt;
    }
    auto source = open(fileName, options, error);
    if (!source)
        return std::nullopt;
    if (!source->missingRequired.isEmpty()) {
        QStringList labels;
        for (const QString& f : std::as_const(source->missingRequired))
            labels << CustomerFields::label(f);
        fail(error, StoreError::Invalid,
             tr("No column of the file gives %1; nothing was imported.")
                 .arg(labels.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    const int total = int(source->table.records.size()) - 1;
    if (total == 0) {
        fail(error, StoreError::Invalid, tr("The file has a header row but no customers."));
        return std::nullopt;
    }
    Directory directory;
    if (!loadDirectory(&directory, error))
        return std::nullopt;
    auto* driver = qobject_cast<SqlCipherDriver*>(m_db.driver());
    if (!driver || !driver->connection()) {
        fail(error, StoreError::Failed, tr("The database connection is not an RM Desk one."));
        return std::nullopt;
    }
    sqlite3* handle = driver->connection();

    ImportResult result;
    result.rows = total;
    auto cancelled = [&] {
        result.cancelled = true;
        result.written = false;
        result.elapsedMs = timer.elapsed();
        return result;
    };
    // Checks, half of each chunk on a second thread. Progress: checking is the first half.
    std::vector<Row> rows(static_cast<std::size_t>(total));
    const QList<CsvRecord>& records = source->table.records;
    for (int from = 0; from < total; from += kChunk) {
        const int to = std::min(total, from + kChunk);
        const int middle = from + (to - from) / 2;
        auto work = [&](int a, int b) {
            for (int i = a; i < b; ++i)
                rows[std::size_t(i)] = check(session, *source, directory, records.at(i + 1));
        };
        if (to - from >= 512) {
            std::thread helper(work, middle, to);
            work(from, middle);
            helper.join();
        } else {
            work(from, to);
        }
        if (progress && !progress(to / 2, total))
            return cancelled();
    }

    source->table.records.clear(); // the checked rows hold what is needed; free the text
    source->table.records.squeeze();

    // Duplicates, in the order of the file.
    QHash<QString, int> firstLine;
    Statement existing(handle, QStringLiteral("SELECT id, branch_code, coalesce(rm_user_id, 0) "
                                              "FROM customers WHERE id_number = ?"));
    if (!existing.ok()) {
        fail(error, StoreError::Failed, existing.error());
        return std::nullopt;
    }
    std::vector<int> fates(rows.size(), FateRejected);
    QList<Update> updates;
    QHash<QString, int> reviewMonths;
    {
        const CustomerStore store(m_db, m_today);
        for (const QString& r : CustomerFields::amlRisks())
            reviewMonths.insert(r, store.reviewMonths(r));
    }
    const QString idLabel = CustomerFields::label(QStringLiteral("id_number"));
    const int idColumn = source->mapping.value(QStringLiteral("id_number"), -1);
    const QString idHeading =
        idColumn >= 0 ? source->headings.at(idColumn).trimmed() : QStringLiteral("id_number");
    for (std::size_t i = 0; i < rows.size(); ++i) {
        Row& row = rows[i];
        const QString idNumber = row.values.value(QStringLiteral("id_number"));
        if (row.problems.isEmpty() && !idNumber.isEmpty()) {
            const auto first = firstLine.constFind(idNumber);
            if (first != firstLine.cend())
                row.problems.append({row.line, idHeading,
                                     tr("%1: the same number is on line %2 of the file.")
                                         .arg(idLabel)
                                         .arg(*first)});
        }
        if (!idNumber.isEmpty() && !firstLine.contains(idNumber))
            firstLine.insert(idNumber, row.line);
        if (!row.problems.isEmpty()) {
            result.problems += row.problems;
            ++result.rejected;
            continue;
        }
        qint64 id = 0, rmId = 0;
        QString branch;
        existing.text(1, idNumber.isEmpty() ? QString() : idNumber);
        if (idNumber.isEmpty() || !existing.find(&id, &branch, &rmId)) {
            fates[i] = FateNew;
            ++result.imported;
            continue;
        }
        if (options.duplicates == CustomerImportOptions::Duplicates::Skip) {
            fates[i] = FateSkip;
            ++result.skipped;
            continue;
        }
        QList<ImportProblem> problems;
        Update plan;
        if (!planUpdate(session, row, id, branch, rmId, directory, reviewMonths, &plan,
                        &problems)) {
            result.problems += problems;
            ++result.rejected;
            continue;
        }
        if (plan.changes.isEmpty()) {
            fates[i] = FateSkip;
            ++result.skipped;
            continue;
        }
        fates[i] = FateUpdate;
        ++result.updated;
        updates.append(plan);
    }
    std::sort(result.problems.begin(), result.problems.end(),
              [](const ImportProblem& a, const ImportProblem& b) { return a.line < b.line; });
    if (options.dryRun || (options.allOrNothing && result.rejected > 0) ||
        result.imported + result.updated == 0) {
        result.elapsedMs = timer.elapsed();
        if (progress && !options.dryRun)
            progress(total, total);
        return result;
    }
    if (!write(session, rows, fates, updates, &result, progress, error))
        return std::nullopt;
    result.elapsedMs = timer.elapsed();
    if (result.cancelled)
        return result;
    return result;
}

bool CustomerImport::write(const Session& session, const std::vector<Row>& rows,
                           const std::vector<int>& fates, const QList<Update>& updates,
                           ImportResult* result, const Progress& progress, StoreError* error)
{
    sqlite3* handle = qobject_cast<SqlCipherDriver*>(m_db.driver())->connection();
    const int total = int(rows.size());
    // A large page cache while writing (SQLite's default is 2 MiB), put back afterwards.
    QString cacheSize = QStringLiteral("-2000");
    {
        QSqlQuery c(m_db);
        if (c.exec(QStringLiteral("PRAGMA cache_size")) && c.next())
            cacheSize = c.value(0).toString();
        c.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(kCacheKiB));
    }
    struct RestoreCache
    {
        QSqlDatabase db;
        QString size;
        ~RestoreCache() { QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size = %1").arg(size)); }
    } restoreCache{m_db, cacheSize};
    if (!m_db.transaction())
        return fail(error, StoreError::Failed, m_db.lastError().text());
    auto abort = [&](const QString& why) {
        m_db.rollback();
        return fail(error, StoreError::Failed, tr("Nothing was imported: %1").arg(why));
    };
    // Many rows into few: the indexes are built again once, by sorting, rather than kept up to
    // date row by row (as the demo generator does); in the transaction, so a failure restores
    // them.
    QStringList indexes;
    QSqlQuery q(m_db);
    qint64 existingRows = 0;
    if (q.exec(QStringLiteral("SELECT count(*) FROM customers")) && q.next())
        existingRows = q.value(0).toLongLong();
    if (result->imported >= 20000 && result->imported >= existingRows) {
        if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                                   "tbl_name IN ('customers', 'customer_search', "
                                   "'customer_name_grams') AND sql IS NOT NULL")))
            return abort(q.lastError().text());
        QStringList names;
        while (q.next()) {
            names << q.value(0).toString();
            indexes << q.value(1).toString();
        }
        for (const QString& name : std::as_const(names))
            if (!q.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name)))
                return abort(q.lastError().text());
    }
    const QStringList columns = catalogueColumns();
    QString sql = QStringLiteral("INSERT INTO customers (id, type, branch_code, rm_user_id, "
                                 "next_review_due, created_at, updated_at");
    for (const QString& c : columns)
        sql += QStringLiteral(", ") + c;
    sql += QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?") +
           QStringLiteral(", ?").repeated(columns.size()) + QLatin1Char(')');
    Statement customer(handle, sql);
    Statement grams(handle, QStringLiteral("INSERT INTO customer_name_grams (gram, customer_id) "
                                           "VALUES (?, ?)"));
    Statement search(handle, QStringLiteral("INSERT INTO customer_search (customer_id, pinyin, "
                                            "initials, id_reversed) VALUES (?, ?, ?, ?)"));
    Statement mobiles(handle, QStringLiteral("INSERT INTO customer_mobile_fts (rowid, mobile) "
                                             "VALUES (?, ?)"));
    for (const Statement* s : {&customer, &grams, &search, &mobiles})
        if (!s->ok())
            return abort(s->error());
    QHash<QString, int> reviewMonths;
    {
        const CustomerStore store(m_db, m_today);
        for (const QString& r : CustomerFields::amlRisks())
            reviewMonths.insert(r, store.reviewMonths(r));
    }
    QHash<QString, QString> dues;
    for (auto it = reviewMonths.cbegin(); it != reviewMonths.cend(); ++it)
        dues.insert(it.key(), m_today.addMonths(it.value()).toString(Qt::ISODate));
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    qint64 nextId = CustomerStore::nextCustomerId(m_db);
    const QString individual = customerTypeName(CustomerType::Individual);
    const QString institution = customerTypeName(CustomerType::Institution);
    for (int i = 0; i < total; ++i) {
        if (progress && i % 4096 == 4095 && !progress(total / 2 + i / 2, total)) {
            m_db.rollback();
            result->cancelled = true;
            result->written = false;
            return true;
        }
        if (fates[std::size_t(i)] != FateNew)
            continue;
        const Row& row = rows[std::size_t(i)];
        const qint64 id = nextId++;
        customer.integer(1, id);
        customer.text(2, row.type == CustomerType::Individual ? individual : institution);
        customer.text(3, row.branch);
        if (row.rmId)
            customer.integer(4, row.rmId);
        else
            customer.null(4);
        const QString aml = row.values.value(QStringLiteral("aml_risk"), QStringLiteral("low"));
        customer.text(5, dues.value(aml));
        customer.text(6, at);
        customer.text(7, at);
        for (int c = 0; c < columns.size(); ++c) {
            const QString& column = columns.at(c);
            const QString value = row.values.value(column);
            // What the table's defaults give for a value not stated (as in add()).
            if (!value.isEmpty())
                customer.text(8 + c, value);
            else if (column == QLatin1String("aml_risk"))
                customer.text(8 + c, QStringLiteral("low"));
            else if (column == QLatin1String("tags") || column == QLatin1String("notes"))
                customer.emptyText(8 + c);
            else
                customer.null(8 + c);
        }
        if (!customer.run())
            return abort(customer.error());
        const QString name = row.values.value(QStringLiteral("name"));
        for (const QString& gram : CustomerSearch::nameGrams(name)) {
            grams.text(1, gram);
            grams.integer(2, id);
            if (!grams.run())
                return abort(grams.error());
        }
        const QString idNumber = row.values.value(QStringLiteral("id_number"));
        search.integer(1, id);
        search.text(2, row.pinyin);
        search.text(3, row.initials);
        search.text(4, idNumber.isEmpty() ? QString() : CustomerSearch::reversedId(idNumber));
        if (!search.run())
            return abort(search.error());
        const QString mobile = row.values.value(QStringLiteral("mobile"));
        if (!mobile.isEmpty()) {
            mobiles.integer(1, id);
            mobiles.text(2, mobile);
            if (!mobiles.run())
                return abort(mobiles.error());
        }
    }
    for (const QString& index : std::as_const(indexes))
        if (!q.exec(index))
            return abort(q.lastError().text());
    // Existing customers, field by field with their change history, as CustomerStore::update.
    const QString reason = tr("Customer import");
    for (const Update& u : updates) {
        for (const Update::Change& c : u.changes) {
            const bool rm = c.field == QLatin1String("rm");
            q.prepare(QStringLiteral("UPDATE customers SET %1 = ?, updated_at = ? WHERE id = ?")
                          .arg(rm ? QStringLiteral("rm_user_id") : c.field));
            q.addBindValue(rm ? QVariant(u.rmId)
                              : (c.newValue.isEmpty() ? QVariant() : QVariant(c.newValue)));
            q.addBindValue(at);
            q.addBindValue(u.id);
            if (!q.exec())
                return abort(q.lastError().databaseText());
            q.prepare(QStringLiteral("INSERT INTO customer_changes (customer_id, at, user_name, "
                                     "field, old_value, new_value, reason) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?)"));
            for (const QVariant& v :
                 {QVariant(u.id), QVariant(at), QVariant(session.userName), QVariant(c.field),
                  c.oldValue.isEmpty() ? QVariant() : QVariant(c.oldValue),
                  c.newValue.isEmpty() ? QVariant() : QVariant(c.newValue), QVariant(reason)})
                q.addBindValue(v);
            if (!q.exec())
                return abort(q.lastError().databaseText());
        }
        if (!u.due.isEmpty()) {
            q.prepare(QStringLiteral("UPDATE customers SET next_review_due = ? WHERE id = ?"));
            q.addBindValue(u.due);
            q.addBindValue(u.id);
            if (!q.exec())
                return abort(q.lastError().databaseText());
        }
        QString why;
        if (u.reindex && !CustomerSearch::index(m_db, u.id, u.name, u.mobile, u.idNumber, &why))
            return abort(why);
    }
    // One audit row of counts: never the rows' contents.
    QString why;
    const QJsonObject details{{QStringLiteral("rows"), result->rows},
                              {QStringLiteral("imported"), result->imported},
                              {QStringLiteral("updated"), result->updated},
                              {QStringLiteral("skipped"), result->skipped},
                              {QStringLiteral("rejected"), result->rejected}};
    if (!AuditTrail::record(m_db, session,
                            {QStringLiteral("customer.import"), QStringLiteral("customer"),
                             QString(), details, QString()},
                            &why))
        return abort(why);
    if (progress && !progress(total, total)) {
        m_db.rollback();
        result->cancelled = true;
        result->written = false;
        return true;
    }
    if (!m_db.commit())
        return abort(m_db.lastError().text());
    result->written = true;
    return true;
}

bool CustomerImport::writeReport(const ImportResult& result, const QString& fileName,
                                 QString* error)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("The report %1 cannot be written: %2").arg(fileName, file.errorString());
        return false;
    }
    auto quoted = [](QString s) {
        if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) ||
            s.contains(QLatin1Char('\n')) || s.contains(QLatin1Char('\r')))
            s = QLatin1Char('"') + s.replace(QLatin1Char('"'), QLatin1String("\"\"")) +
                QLatin1Char('"');
        return s;
    };
    QByteArray out("\xEF\xBB\xBF");
    out += "line,column,reason\r\n";
    for (const ImportProblem& p : result.problems)
        out += (QString::number(p.line) + QLatin1Char(',') + quoted(p.column) + QLatin1Char(',') +
                quoted(p.reason) + QLatin1String("\r\n"))
                   .toUtf8();
    file.write(out);
    if (!file.commit()) {
        *error = tr("The report %1 cannot be written: %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
}

} // namespace rmdesk
