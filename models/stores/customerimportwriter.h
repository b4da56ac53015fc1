#pragma once

#include "storage/directwrites.h"
#include "stores/customerimport.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace rmdesk {

class RawStatement;

// One data row of a customer import once checked: its problems, or what the new customer's
// columns hold (UTF-8, in CustomerImportWriter::columns() order) with its search rows. Made on
// the checking threads, so the writer only binds.
struct ImportRow
{
    int line = 0;
    QList<ImportProblem> problems;
    QString idNumber; // as checked (normalised when the row is valid): for duplicates
    bool valid() const { return problems.isEmpty(); }

    std::string type, branch, due;
    qint64 rmId = 0;
    std::vector<std::string> values;                  // per column
    quint64 nulls = 0;                                // bit c: column c is NULL
    std::string pinyin, initials, idReversed, mobile; // idReversed, mobile: "" for none
    std::vector<std::string> grams;
    std::optional<CsvRecord> record; // kept when an existing customer may be updated from it

    bool operator==(const ImportRow& o) const;
};

// ID numbers with the line each was first seen on, exact (the text is kept) in about 50 bytes a
// number: the duplicates of a file of millions of rows, and the numbers already on file.
class IdNumberSet
{
public:
    int line(const QString& id) const; // 0: not in the set
    void insert(const QString& id, int line);
    qsizetype size() const { return m_count; }

private:
    std::size_t slotOf(const char* text, std::size_t size) const;
    void grow();

    std::string m_arena;          // per number: 4 bytes of length, then its UTF-8
    std::vector<quint64> m_slots; // offset + 1 into the arena; 0: empty
    std::vector<int> m_lines;
    qsizetype m_count = 0;
};

// The writing side of a customer import, on the connection's own handle: one transaction, the
// page cache enlarged while it lasts, the lifecycle trigger set aside (an imported customer is
// always inserted as a prospect, which the trigger never changes; running it cost more than the
// insert itself), and for a bulk load into few customers the indexes dropped and built again
// once by sorting, and the pages written straight into the file (DirectWrites). Everything is in
// the transaction: a rollback (or the destructor, without commit) leaves the database as it was,
// the page cache's size included.
class CustomerImportWriter
{
public:
    // creatorId: the importing user, recorded as who added each new customer.
    CustomerImportWriter(QSqlDatabase db, QDate today, qint64 creatorId);
    ~CustomerImportWriter();
    CustomerImportWriter(const CustomerImportWriter&) = delete;
    CustomerImportWriter& operator=(const CustomerImportWriter&) = delete;

    // The columns of `customers` an import fills from the catalogue.
    static const QStringList& columns();

    // expected: rows that may go in (to choose a bulk load).
    bool begin(qint64 expected, QString* error);
    bool active() const { return m_active; }
    bool insert(const ImportRow& row, QString* error);
    // After the last insert: the indexes and the trigger back.
    bool finishInserts(QString* error);
    bool commit(QString* error);
    void rollback();

    QString at() const { return QString::fromStdString(m_at); } // created_at of the new rows
    bool bulk() const { return !m_indexes.isEmpty(); }
    bool direct() const { return m_direct && m_direct->active(); }

private:
    void restoreSettings();

    QSqlDatabase m_db;
    QDate m_today;
    qint64 m_creatorId = 0;
    bool m_active = false;
    bool m_settingsChanged = false;
    QString m_cacheSize;
    QStringList m_indexes, m_triggers; // to create again
    std::string m_at;
    qint64 m_nextId = 0;
    std::unique_ptr<RawStatement> m_customer, m_grams, m_search, m_mobiles;
    std::optional<DirectWrites> m_direct; // a bulk load: no WAL while it lasts
    // A bulk load's name grams, (UTF-8 packed big-endian, customer): written in key order by
    // finishInserts, so that each one appends to the table instead of landing anywhere in it.
    std::vector<std::pair<quint64, qint64>> m_grams8;
};

} // namespace rmdesk
