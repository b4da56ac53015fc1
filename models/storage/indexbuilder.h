#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace rmdesk {

// Creates indexes again after a bulk load (import, demo), as fast as SQLite can without ever
// writing key material to a temporary file.
//
// Every connection runs with temp_store = MEMORY (ARCHITECTURE: temporary files would hold
// plaintext). In that mode SQLite's sorter allocates each index record on its own and merges a
// linked list scattered over the heap; with temp_store = FILE it packs the records into one
// buffer and sorts them in place, which made the demo's 56 index builds take 35 s instead of
// 70 s. But in FILE mode a sort larger than its in-memory limit (the page cache's size, at most
// 512 MiB) is written to a temporary file. So FILE is used for one CREATE INDEX only when the
// index's records provably fit in half that limit: the stored bytes of its key columns (one
// scan per table sums the columns of every planned index, a real counted as its 8 bytes) plus
// the record's header, row id and the sorter's own bookkeeping, each at its largest (see
// sortBytes). An expression is measured the same way, by evaluating it over the table in one
// more scan; when that fails (a function refusing rows that a partial index leaves out), or a
// term is neither, the index is built in MEMORY mode; so is everything when the setting cannot
// be changed. The connection is back in MEMORY mode after every statement, or the build fails.
class IndexBuilder
{
public:
    // planned: the statements that will be run, so that each table is scanned once for the
    // columns all of them need (a statement not planned is measured when it runs).
    explicit IndexBuilder(QSqlDatabase db, const QStringList& planned = {});

    // Runs one CREATE [UNIQUE] INDEX statement (anything else runs as it is).
    bool create(const QString& sql, QString* error);
    int sortedInBuffer() const { return m_fast; } // statements run in FILE mode so far
    int tableScans() const { return m_scans; }    // scans to measure columns so far

    // The most bytes SQLite's sorter can hold for the records of `sql` in FILE mode: -1 when
    // there is no bound (not an index, or an expression that could not be measured), -2 on an
    // error (*error says which).
    qint64 sortBytes(const QString& sql, QString* error);

    // The largest record bytes an index build may hold in FILE mode, for the connection's page
    // cache: half of min(cache, 512 MiB).
    static qint64 budget(qint64 cacheSizeSetting, qint64 pageSize);

private:
    struct Target
    {
        QString table;           // lower case, unquoted
        QStringList keys;        // the terms that are plain names, lower case
        QStringList expressions; // the other terms, as written, without COLLATE, ASC or DESC
    };
    struct TableBytes
    {
        QStringList names, primaryKey, planned; // lower case
        QStringList plannedExpressions;
        qint64 rows = -1;                   // -1: not scanned yet
        QHash<QString, qint64> columns;     // column -> stored bytes in all rows
        QHash<QString, qint64> expressions; // expression -> the same; -1: not measurable
    };
    static std::optional<Target> parse(const QString& sql);
    bool describe(const QString& table, QString* error);
    bool measure(const QString& table, const QStringList& wanted, QString* error);
    // Measures `wanted` (with the table's planned expressions, in one scan); an expression whose
    // evaluation fails is stored as -1.
    void measureExpressions(const QString& table, const QStringList& wanted,
                            bool withPlanned = true);
    bool setTempStore(const char* mode, QString* error);

    QSqlDatabase m_db;
    QHash<QString, TableBytes> m_tables; // by lower-case name
    qint64 m_budget = 0;
    int m_fast = 0;
    int m_scans = 0;
};

} // namespace rmdesk
