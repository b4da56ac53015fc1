#include "indexbuilder.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

namespace rmdesk {

namespace {

// SQLite's cap on one in-memory sort (SQLITE_MAX_PMASZ, vdbesort.c).
constexpr qint64 kMaxPmaBytes = qint64(1) << 29;
// What one index record costs the sorter in its buffer (vdbesort.c, SQLite 3.46): ROUND8 of the
// record and its 16-byte SorterRecord. The record is its header (a size varint of at most 2
// bytes, then a serial type per value) and the values. Per record: 16 + 7 of rounding + 2, and
// a row id the statement does not name (a serial type byte and at most 8 bytes): 34, taken as
// 40. Per value: its serial type, 1 byte and 1 more for every 57 bytes of text or blob (taken
// as every 32), then the value: a text's or blob's octet_length; an integer in no more bytes
// than its decimal text has; a real in 8, which measure() adds to the column's sum. NULL: none.
constexpr qint64 kRowOverhead = 40;
constexpr qint64 kColumnOverhead = 1;
constexpr qint64 kSerialTypeBytesPer = 32;

// The sum, over a table's rows, of what a term's values take in index records beyond their
// serial types: octet_length (read from the record header for a column), and 8 for a real.
QString storedBytesSum(const QString& term)
{
    return QStringLiteral("coalesce(sum(octet_length(%1) + CASE typeof(%1) WHEN 'real' THEN 8 "
                          "ELSE 0 END), 0)")
        .arg(term);
}

QString quoted(const QString& name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QLatin1String("\"\"")) +
           QLatin1Char('"');
}

QString literal(const QString& text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QLatin1String("''")) +
           QLatin1Char('\'');
}

QString unquoted(QString name)
{
    name = name.trimmed();
    if (name.size() >= 2 && name.startsWith(QLatin1Char('"')) && name.endsWith(QLatin1Char('"')))
        name = name.mid(1, name.size() - 2).replace(QLatin1String("\"\""), QLatin1String("\""));
    return name.toLower();
}

// The terms between the parentheses that follow `open` in `sql`, split at top-level commas;
// empty when the parentheses do not close.
QStringList termsOf(const QString& sql, qsizetype open)
{
    QStringList out;
    int depth = 0;
    bool inString = false;
    qsizetype start = open + 1;
    for (qsizetype i = open; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        if (c == QLatin1Char('\'')) {
            inString = !inString;
        } else if (inString) {
            continue;
        } else if (c == QLatin1Char('(')) {
            ++depth;
        } else if (c == QLatin1Char(')') && --depth == 0) {
            out << sql.mid(start, i - start);
            return out;
        } else if (c == QLatin1Char(',') && depth == 1) {
            out << sql.mid(start, i - start);
            start = i + 1;
        }
    }
    return {};
}

} // namespace

IndexBuilder::IndexBuilder(QSqlDatabase db, const QStringList& planned)
    : m_db(std::move(db))
{
    QSqlQuery q(m_db);
    qint64 cache = -2000, page = 4096;
    if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next())
        cache = q.value(0).toLongLong();
    if (q.exec(QStringLiteral("PRAGMA page_size")) && q.next())
        page = q.value(0).toLongLong();
    m_budget = budget(cache, page);
    for (const QString& sql : planned)
        if (const std::optional<Target> target = parse(sql)) {
            m_tables[target->table].planned << target->keys;
            m_tables[target->table].plannedExpressions << target->expressions;
        }
}

qint64 IndexBuilder::budget(qint64 cacheSizeSetting, qint64 pageSize)
{
    const qint64 bytes =
        cacheSizeSetting < 0 ? -cacheSizeSetting * 1024 : cacheSizeSetting * pageSize;
    return std::min(bytes, kMaxPmaBytes) / 2;
}

std::optional<IndexBuilder::Target> IndexBuilder::parse(const QString& sql)
{
    static const QRegularExpression head(
        QStringLiteral("^\\s*CREATE\\s+(?:UNIQUE\\s+)?INDEX\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?"
                       "(?:\"[^\"]+\"|\\w+)\\s+ON\\s+(\"[^\"]+\"|\\w+)\\s*\\("),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression suffix(QStringLiteral("\\s+(?:COLLATE\\s+\\w+|ASC|DESC)\\s*$"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression name(QStringLiteral("^(?:\"[^\"]+\"|\\w+)$"));
    const auto match = head.match(sql);
    if (!match.hasMatch())
        return std::nullopt;
    const QStringList terms = termsOf(sql, match.capturedEnd() - 1);
    if (terms.isEmpty())
        return std::nullopt;
    Target target;
    target.table = unquoted(match.captured(1));
    for (QString key : terms) {
        key = key.trimmed();
        while (suffix.match(key).hasMatch())
            key = key.left(suffix.match(key).capturedStart()).trimmed();
        if (name.match(key).hasMatch())
            target.keys << unquoted(key);
        else
            target.expressions << key;
    }
    return target;
}

bool IndexBuilder::describe(const QString& table, QString* error)
{
    TableBytes& t = m_tables[table];
    if (!t.names.isEmpty())
        return true;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT name, pk FROM pragma_table_info(%1)").arg(literal(table)))) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        t.names << q.value(0).toString().toLower();
        if (q.value(1).toInt() > 0)
            t.primaryKey << q.value(0).toString().toLower();
    }
    return true;
}

bool IndexBuilder::measure(const QString& table, const QStringList& wanted, QString* error)
{
    TableBytes& t = m_tables[table];
    // What this index needs and the planned indexes will, in one scan; each column once.
    QStringList missing;
    for (const QString& c : wanted + t.planned + t.primaryKey)
        if (t.names.contains(c) && !t.columns.contains(c) && !missing.contains(c))
            missing << c;
    if (t.rows >= 0 && missing.isEmpty())
        return true;
    QString sql = QStringLiteral("SELECT count(*)");
    for (const QString& c : std::as_const(missing))
        sql += QStringLiteral(", ") + storedBytesSum(quoted(c));
    sql += QStringLiteral(" FROM ") + quoted(table);
    QSqlQuery q(m_db);
    if (!q.exec(sql) || !q.next()) {
        *error = q.lastError().text();
        return false;
    }
    t.rows = q.value(0).toLongLong();
    for (int i = 0; i < missing.size(); ++i)
        t.columns.insert(missing[i], q.value(i + 1).toLongLong());
    ++m_scans;
    return true;
}

void IndexBuilder::measureExpressions(const QString& table, const QStringList& wanted,
                                      bool withPlanned)
{
    TableBytes& t = m_tables[table];
    QStringList missing;
    for (const QString& e : withPlanned ? wanted + t.plannedExpressions : wanted)
        if (!t.expressions.contains(e) && !missing.contains(e))
            missing << e;
    if (missing.isEmpty())
        return;
    // The expressions come from the index statements, where SQLite has checked that they use
    // only this table's columns and deterministic functions.
    QString sql = QStringLiteral("SELECT 0");
    for (const QString& e : std::as_const(missing))
        sql += QStringLiteral(", ") + storedBytesSum(QLatin1Char('(') + e + QLatin1Char(')'));
    sql += QStringLiteral(" FROM ") + quoted(table);
    QSqlQuery q(m_db);
    ++m_scans;
    if (q.exec(sql) && q.next()) {
        for (int i = 0; i < missing.size(); ++i)
            t.expressions.insert(missing[i], q.value(i + 1).toLongLong());
    } else if (missing.size() == 1) {
        t.expressions.insert(missing.front(), -1);
    } else {
        // One of them failed: each on its own, so that only that one goes without a bound.
        q.finish();
        for (const QString& e : std::as_const(missing))
            measureExpressions(table, {e}, false);
    }
}

qint64 IndexBuilder::sortBytes(const QString& sql, QString* error)
{
    const std::optional<Target> target = parse(sql);
    if (!target)
        return -1;
    if (!describe(target->table, error))
        return -2;
    const TableBytes& t = m_tables[target->table];
    for (const QString& c : target->keys)
        if (!t.names.contains(c))
            return -1; // not a column of the table: no bound (SQLite will refuse it)
    // The key columns, then the table's primary key (what a WITHOUT ROWID table's index records
    // carry instead of a row id).
    const QStringList columns = target->keys + t.primaryKey;
    if (!measure(target->table, columns, error))
        return -2;
    qint64 values = 0;
    for (const QString& c : columns)
        values += t.columns.value(c);
    if (!target->expressions.isEmpty()) {
        measureExpressions(target->table, target->expressions);
        for (const QString& e : target->expressions) {
            const qint64 bytes = t.expressions.value(e, -1);
            if (bytes < 0)
                return -1;
            values += bytes;
        }
    }
    const qint64 terms = columns.size() + target->expressions.size();
    return t.rows * (kRowOverhead + kColumnOverhead * terms) + values +
           values / kSerialTypeBytesPer;
}

bool IndexBuilder::setTempStore(const char* mode, QString* error)
{
    QSqlQuery q(m_db);
    const QString wanted = QLatin1String(mode);
    const int expected = wanted == QLatin1String("FILE") ? 1 : 2;
    if (q.exec(QStringLiteral("PRAGMA temp_store = %1").arg(wanted)) &&
        q.exec(QStringLiteral("PRAGMA temp_store")) && q.next() && q.value(0).toInt() == expected)
        return true;
    *error = QStringLiteral("temp_store %1: %2").arg(wanted, q.lastError().text());
    return false;
}

bool IndexBuilder::create(const QString& sql, QString* error)
{
    const qint64 records = sortBytes(sql, error);
    if (records == -2)
        return false;
    bool fast = false;
    if (records >= 0 && records <= m_budget) {
        QString ignored;
        fast = setTempStore("FILE", &ignored);
        if (!fast && !setTempStore("MEMORY", error))
            return false;
    }
    QSqlQuery q(m_db);
    const bool ok = q.exec(sql);
    if (!ok)
        *error = q.lastError().text();
    // Back to MEMORY whatever happened; a connection that cannot be put back fails the build.
    QString back;
    if (fast && !setTempStore("MEMORY", &back)) {
        if (ok)
            *error = back;
        return false;
    }
    if (fast && ok)
        ++m_fast;
    return ok;
}

} // namespace rmdesk
