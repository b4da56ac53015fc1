#pragma once

#include "security/session.h"
#include "stores/customerstore.h"
#include "stores/storeerror.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <memory>
#include <optional>

namespace rmdesk {

struct SearchResult
{
    int total = 0;        // matches in the session's scope
    qint64 elapsedMs = 0; // from query to results, measured here
    QString kind; // "name", "pinyin", "mobile", "id_tail", "id_number" (joined by "+" when several)
    QList<CustomerView> customers; // masked, in id order
};

// Finds customers while the user types: Chinese name substrings (two characters or more), full
// pinyin or pinyin initials (prefix), the end of a mobile or ID number as far as the masked list
// shows it (the display_masking rule's last digits, four by default), or a whole mobile or ID
// number. Digits in between find nothing: that would unmask the number a search at a time.
// Role scope and masking apply as in CustomerStore::list.
class CustomerSearch
{
    Q_DECLARE_TR_FUNCTIONS(CustomerSearch)

public:
    explicit CustomerSearch(QSqlDatabase db);
    ~CustomerSearch();

    SearchResult search(const Session& session, const QString& text, int limit, StoreError* error);

    // The two statements a search runs (the count of matches in scope, then one page of rows in
    // customer-number order) with their bound values; the benchmark runs them on the raw engine.
    struct Plan
    {
        QString kind;
        QString countSql;
        QString pageSql; // the page's rows; binds, then the limit
        QVariantList binds;
        bool whole = false; // looks a whole mobile or ID number up: audited when it finds someone
    };
    std::optional<Plan> plan(const Session& session, const QString& text, StoreError* error) const;

    // Keeps the search tables in step with one customer (inside the caller's transaction).
    static bool index(QSqlDatabase& db, qint64 customerId, const QString& name,
                      const QString& mobile, const QString& idNumber, QString* error);
    static bool unindex(QSqlDatabase& db, qint64 customerId, QString* error);
    // Rebuilds the search tables for every customer (after a bulk load), in one transaction.
    static bool rebuild(QSqlDatabase& db, QString* error,
                        const std::function<void(qint64, qint64)>& progress = {});
    // What the search tables hold for a name and an ID number (for bulk loaders that write
    // them directly): the name's distinct 2-character pieces, and the number reversed (for
    // suffix searches).
    static QStringList nameGrams(const QString& name);
    static QString reversedId(const QString& idNumber);
    // The statement that indexes a mobile (rowid, the number): between '^' and '$' (schema 16),
    // so that a search asks for its end or the whole number from the trigram index alone.
    static constexpr const char* InsertMobileSql =
        "INSERT INTO customer_mobile_fts (rowid, mobile) VALUES (?, '^' || ? || '$')";

private:
    QSqlDatabase m_db;
    std::unique_ptr<CustomerStore> m_store; // for masking, kept across keystrokes
};

} // namespace rmdesk
