#pragma once
// The demo loader's writing side (DemoGenerator): prepared statements on the connection's own
// handle, the products, and each customer's row, holding series, search rows and history.

#include "demodata.h"
#include "demohistory.h"
#include "demorows.h"
#include "stores/customersearch.h"

#include <sqlcipher/sqlite3.h>

#include <QDateTime>
#include <QString>

#include <algorithm>
#include <string>
#include <vector>

namespace rmdesk::demo {

// A prepared statement on the connection's own handle: bulk inserts without QVariant per value.
class Statement
{
public:
    Statement() = default;
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    bool prepare(sqlite3* db, const char* sql, QString* why)
    {
        m_db = db;
        if (sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) == SQLITE_OK)
            return true;
        *why = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    void text(int i, const std::string& s)
    {
        if (s.empty())
            sqlite3_bind_null(m_stmt, i);
        else
            sqlite3_bind_text(m_stmt, i, s.data(), int(s.size()), SQLITE_STATIC);
    }
    void text(int i, const char* s, int size)
    {
        sqlite3_bind_text(m_stmt, i, s, size, SQLITE_STATIC);
    }
    void integer(int i, qint64 v) { sqlite3_bind_int64(m_stmt, i, v); }
    bool run(QString* why)
    {
        const int rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        if (rc == SQLITE_DONE)
            return true;
        *why = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};

inline int writeProducts(sqlite3* db, QString* why)
{
    Statement product;
    if (!product.prepare(db,
                         "INSERT INTO products (code, name, type, risk_level) VALUES (?, ?, ?, ?) "
                         "ON CONFLICT (code) DO UPDATE SET name = excluded.name, "
                         "type = excluded.type, risk_level = excluded.risk_level",
                         why))
        return -1;
    for (std::size_t p = 0; p < demo::products().size; ++p) {
        const demo::Product& d = demo::products()[p];
        // Bound without copies: the texts must live until run().
        const std::string code = d.code, name = d.name, type = d.type;
        std::string risk = "R";
        risk.push_back(char('0' + d.risk));
        product.text(1, code);
        product.text(2, name);
        product.text(3, type);
        product.text(4, risk);
        if (!product.run(why))
            return -1;
    }
    return int(demo::products().size);
}

// Writes each customer's row, holding series, search rows and history on the loading
// transaction; the name pieces are kept and written at the end in index order.
class CustomerWriter
{
public:
    CustomerWriter(sqlite3* db, const demo::HistoryStaff& staff, const demo::RowSettings& settings)
        : m_db(db)
        , m_staff(staff)
        , m_histories(db, staff, settings)
        , m_at(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toStdString())
    {
        for (std::size_t p = 0; p < demo::products().size; ++p)
            m_productCodes.push_back(demo::products()[p].code);
    }

    bool prepare(QString* why)
    {
        QString columns = QStringLiteral("id, type, branch_code, rm_user_id");
        for (int c = 0; c < demo::ColumnCount; ++c)
            columns += QStringLiteral(", ") + QLatin1String(demo::columnName(c));
        // Created by the RM the customer was generated for, as if they had entered it.
        columns += QStringLiteral(", tags, notes, created_at, updated_at, created_by_id");
        QString params = QStringLiteral("?");
        for (int i = 1; i < 4 + demo::ColumnCount; ++i)
            params += QStringLiteral(", ?");
        params += QStringLiteral(", '', '', ?, ?, ?");
        const QByteArray customerSql =
            QStringLiteral("INSERT INTO customers (%1) VALUES (%2)").arg(columns, params).toUtf8();
        return m_customer.prepare(m_db, customerSql.constData(), why) &&
               m_series.prepare(m_db,
                                "INSERT INTO holding_series (customer_id, product_code, "
                                "balances) VALUES (?, ?, ?)",
                                why) &&
               m_search.prepare(m_db,
                                "INSERT INTO customer_search (customer_id, pinyin, initials, "
                                "id_reversed) VALUES (?, ?, ?, ?)",
                                why) &&
               m_mobile.prepare(m_db, CustomerSearch::InsertMobileSql, why) &&
               m_histories.prepare(why);
    }

    bool write(const CustomerRow& row, QString* why)
    {
        static const std::string individual = "individual", institution = "institution";
        m_customer.integer(1, row.id);
        m_customer.text(2, row.institution ? institution : individual);
        m_customer.text(3, m_staff.branchCodes[std::size_t(row.branch)]);
        const qint64 rm = m_staff.rmIds[std::size_t(row.branch)][std::size_t(row.rmSlot)];
        m_customer.integer(4, rm);
        for (int c = 0; c < demo::ColumnCount; ++c)
            m_customer.text(5 + c, row.values[c]);
        m_customer.text(5 + demo::ColumnCount, row.createdAt);
        m_customer.text(6 + demo::ColumnCount, m_at);
        m_customer.integer(7 + demo::ColumnCount, rm);
        if (!m_customer.run(why))
            return false;
        for (const demo::SeriesRow& s : row.series) {
            m_series.integer(1, row.id);
            m_series.text(2, m_productCodes[std::size_t(s.product)]);
            m_series.text(3, s.balances);
            if (!m_series.run(why))
                return false;
        }
        m_search.integer(1, row.id);
        m_search.text(2, row.pinyin.data(), int(row.pinyin.size())); // NOT NULL, maybe ''
        m_search.text(3, row.initials.data(), int(row.initials.size()));
        m_search.text(4, row.idReversed);
        if (!m_search.run(why))
            return false;
        const std::string& mobile = row.values[demo::ColMobile];
        if (!mobile.empty()) {
            m_mobile.integer(1, row.id);
            m_mobile.text(2, mobile);
            if (!m_mobile.run(why))
                return false;
        }
        for (const std::uint32_t gram : row.nameGrams)
            m_grams.push_back(std::uint64_t(gram) << 32 | std::uint64_t(row.id));
        if (!m_histories.write(row, why))
            return false;
        ++m_customers;
        m_institutions += row.institution ? 1 : 0;
        m_seriesRows += qint64(row.series.size());
        m_balances += qint64(row.holdings.size());
        return true;
    }

    bool finish(QString* why) { return m_histories.finish(why); }

    // Sorted as the table's key (UTF-8 of BMP characters sorts as their code points), so every
    // insert appends.
    bool writeNameGrams(QString* why)
    {
        std::sort(m_grams.begin(), m_grams.end());
        Statement gram;
        if (!gram.prepare(m_db, "INSERT INTO customer_name_grams (gram, customer_id) VALUES (?, ?)",
                          why))
            return false;
        char text[8];
        for (const std::uint64_t g : m_grams) {
            int n = 0;
            for (const std::uint32_t unit :
                 {std::uint32_t(g >> 48), std::uint32_t(g >> 32) & 0xFFFF})
                n += utf8(unit, text + n);
            gram.text(1, text, n);
            gram.integer(2, qint64(g & 0xFFFFFFFFULL));
            if (!gram.run(why))
                return false;
        }
        m_grams = std::vector<std::uint64_t>();
        return true;
    }

    void addCounts(DemoCounts* counts) const
    {
        counts->customers = m_customers;
        counts->institutions = m_institutions;
        counts->series = m_seriesRows;
        counts->balances = m_balances;
        const demo::HistoryCounts h = m_histories.counts();
        counts->interactions = h.interactions;
        counts->complaints = h.complaints;
        counts->overdueComplaints = h.overdueComplaints;
        counts->surveys = h.surveys;
        counts->transitions = h.transitions;
        counts->tasks = h.tasks;
    }

private:
    static int utf8(std::uint32_t c, char* out)
    {
        if (c < 0x80) {
            out[0] = char(c);
            return 1;
        }
        if (c < 0x800) {
            out[0] = char(0xC0 | (c >> 6));
            out[1] = char(0x80 | (c & 0x3F));
            return 2;
        }
        out[0] = char(0xE0 | (c >> 12));
        out[1] = char(0x80 | ((c >> 6) & 0x3F));
        out[2] = char(0x80 | (c & 0x3F));
        return 3;
    }

    sqlite3* m_db;
    const demo::HistoryStaff& m_staff;
    demo::HistoryWriter m_histories;
    std::string m_at;
    std::vector<std::string> m_productCodes;
    Statement m_customer, m_series, m_search, m_mobile;
    std::vector<std::uint64_t> m_grams; // gram's two UTF-16 units << 32 | customer id
    qint64 m_customers = 0, m_institutions = 0, m_seriesRows = 0, m_balances = 0;
};

} // namespace rmdesk::demo
