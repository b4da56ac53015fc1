#include "customersearch.h"

#include "domain/pinyin.h"
#include "security/masking.h"
#include "security/permissions.h"
#include "storage/sqlcipherdriver.h"
#include "stores/audittrail.h"

#include <sqlcipher/sqlite3.h>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace rmdesk {

namespace {

// The shortest whole number a digit search looks for exactly (a Taiwan travel permit's eight
// digits; a mobile has eleven, a resident ID eighteen).
constexpr int kShortestWholeNumber = 8;

bool hasHan(const QString& text)
{
    for (const char32_t c : text.toUcs4())
        if (Pinyin::isHan(c))
            return true;
    return false;
}

// LIKE pattern for a literal substring.
QString likeEscaped(const QString& s)
{
    QString e = s;
    e.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    e.replace(QLatin1Char('%'), QLatin1String("\\%"));
    e.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + e + QLatin1Char('%');
}

bool run(QSqlQuery& q, QString* error)
{
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

} // namespace

bool CustomerSearch::unindex(QSqlDatabase& db, qint64 customerId, QString* error)
{
    QSqlQuery q(db);
    for (const char* sql : {"DELETE FROM customer_name_grams WHERE customer_id = ?",
                            "DELETE FROM customer_search WHERE customer_id = ?",
                            "DELETE FROM customer_mobile_fts WHERE rowid = ?"}) {
        q.prepare(QLatin1String(sql));
        q.addBindValue(customerId);
        if (!run(q, error))
            return false;
    }
    return true;
}

bool CustomerSearch::index(QSqlDatabase& db, qint64 customerId, const QString& name,
                           const QString& mobile, const QString& idNumber, QString* error)
{
    if (!unindex(db, customerId, error))
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO customer_name_grams (gram, customer_id) VALUES (?, ?)"));
    for (const QString& gram : CustomerSearch::nameGrams(name)) {
        q.addBindValue(gram);
        q.addBindValue(customerId);
        if (!run(q, error))
            return false;
    }
    q.prepare(QStringLiteral("INSERT INTO customer_search (customer_id, pinyin, initials, "
                             "id_reversed) VALUES (?, ?, ?, ?)"));
    q.addBindValue(customerId);
    q.addBindValue(Pinyin::fullName(name));
    q.addBindValue(Pinyin::nameInitials(name));
    q.addBindValue(idNumber.isEmpty() ? QVariant()
                                      : QVariant(CustomerSearch::reversedId(idNumber)));
    if (!run(q, error))
        return false;
    if (!mobile.isEmpty()) {
        q.prepare(QLatin1String(InsertMobileSql));
        q.addBindValue(customerId);
        q.addBindValue(mobile);
        if (!run(q, error))
            return false;
    }
    return true;
}

namespace {

// A statement on the connection's own handle, for the bulk rebuild.
struct RawStatement
{
    sqlite3_stmt* stmt = nullptr;
    ~RawStatement() { sqlite3_finalize(stmt); }
    bool prepare(sqlite3* db, const char* sql)
    {
        return sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK;
    }
    void text(int i, const QByteArray& t)
    {
        sqlite3_bind_text(stmt, i, t.constData(), int(t.size()), SQLITE_TRANSIENT);
    }
    bool run()
    {
        const int rc = sqlite3_step(stmt);
        sqlite3_reset(stmt);
        return rc == SQLITE_DONE;
    }
};

struct Gram
{
    QString text;
    qint64 customerId;
};

} // namespace

bool CustomerSearch::rebuild(QSqlDatabase& db, QString* error,
                             const std::function<void(qint64, qint64)>& progress)
{
    auto* driver = qobject_cast<SqlCipherDriver*>(db.driver());
    sqlite3* handle = driver ? driver->connection() : nullptr;
    if (!handle) {
        *error = tr("The database connection is not an RM Desk one.");
        return false;
    }
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    auto abort = [&](const QString& why) {
        *error = why.isEmpty() ? QString::fromUtf8(sqlite3_errmsg(handle)) : why;
        db.rollback();
        return false;
    };
    // The tables are emptied and their indexes dropped, then filled in key order and indexed
    // once, by sorting: far fewer page writes than keeping four indexes up to date row by row.
    QSqlQuery q(db);
    QStringList indexes, names;
    if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                               "tbl_name IN ('customer_search', 'customer_name_grams') AND sql "
                               "IS NOT NULL")))
        return abort(q.lastError().text());
    while (q.next()) {
        names << q.value(0).toString();
        indexes << q.value(1).toString();
    }
    for (const QString& name : names)
        if (!q.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name)))
            return abort(q.lastError().text());
    for (const char* sql : {"DELETE FROM customer_name_grams", "DELETE FROM customer_search",
                            "DELETE FROM customer_mobile_fts"}) {
        if (!q.exec(QLatin1String(sql)))
            return abort(q.lastError().text());
    }
    qint64 total = 0;
    if (q.exec(QStringLiteral("SELECT count(*) FROM customers")) && q.next())
        total = q.value(0).toLongLong();
    q.finish();
    RawStatement rows, search, mobiles, grams;
    if (!rows.prepare(handle, "SELECT id, name, mobile, id_number FROM customers ORDER BY id") ||
        !search.prepare(handle, "INSERT INTO customer_search (customer_id, pinyin, initials, "
                                "id_reversed) VALUES (?, ?, ?, ?)") ||
        !mobiles.prepare(handle, InsertMobileSql) ||
        !grams.prepare(handle, "INSERT INTO customer_name_grams (gram, customer_id) VALUES (?, ?)"))
        return abort(QString());
    std::vector<Gram> pieces;
    qint64 done = 0;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(rows.stmt)) == SQLITE_ROW) {
        const qint64 id = sqlite3_column_int64(rows.stmt, 0);
        const auto column = [&](int c) {
            return QString::fromUtf8(
                reinterpret_cast<const char*>(sqlite3_column_text(rows.stmt, c)),
                sqlite3_column_bytes(rows.stmt, c));
        };
        const QString name = column(1);
        for (const QString& gram : CustomerSearch::nameGrams(name))
            pieces.push_back({gram, id});
        sqlite3_bind_int64(search.stmt, 1, id);
        search.text(2, Pinyin::fullName(name).toUtf8());
        search.text(3, Pinyin::nameInitials(name).toUtf8());
        if (sqlite3_column_type(rows.stmt, 3) == SQLITE_NULL ||
            sqlite3_column_bytes(rows.stmt, 3) == 0)
            sqlite3_bind_null(search.stmt, 4);
        else
            search.text(4, CustomerSearch::reversedId(column(3)).toUtf8());
        if (!search.run())
            return abort(QString());
        if (sqlite3_column_bytes(rows.stmt, 2) > 0) {
            sqlite3_bind_int64(mobiles.stmt, 1, id);
            sqlite3_bind_text(mobiles.stmt, 2,
                              reinterpret_cast<const char*>(sqlite3_column_text(rows.stmt, 2)),
                              sqlite3_column_bytes(rows.stmt, 2), SQLITE_TRANSIENT);
            if (!mobiles.run())
                return abort(QString());
        }
        if (progress && ++done % 10000 == 0)
            progress(done, total);
    }
    if (rc != SQLITE_DONE)
        return abort(QString());
    // In the table's key order (BINARY on UTF-8 is code point order; so is UTF-16 within the
    // BMP, which is all that nameGrams gives), so that every insert appends.
    std::sort(pieces.begin(), pieces.end(), [](const Gram& a, const Gram& b) {
        const int c = QString::compare(a.text, b.text);
        return c != 0 ? c < 0 : a.customerId < b.customerId;
    });
    for (const Gram& g : pieces) {
        grams.text(1, g.text.toUtf8());
        sqlite3_bind_int64(grams.stmt, 2, g.customerId);
        if (!grams.run())
            return abort(QString());
    }
    for (const QString& sql : indexes)
        if (!q.exec(sql))
            return abort(q.lastError().text());
    if (!db.commit())
        return abort(db.lastError().text());
    if (progress)
        progress(total, total);
    return true;
}

CustomerSearch::CustomerSearch(QSqlDatabase db)
    : m_db(std::move(db))
{}

CustomerSearch::~CustomerSearch() = default;

std::optional<CustomerSearch::Plan>
CustomerSearch::plan(const Session& session, const QString& text, StoreError* error) const
{
    const QString query = text.trimmed();
    const QString compact = QString(query).remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
    static const QRegularExpression letters(QStringLiteral("^[A-Za-z]+$"));
    static const QRegularExpression digits(QStringLiteral("^[0-9]+[0-9Xx]?$"));
    Plan plan;
    QStringList candidates; // each yields "id"
    QString confirm;        // a condition on the customer row "p" (a name substring)
    QVariantList confirmBinds;
    QStringList kinds;
    if (hasHan(query)) {
        if (compact.size() < 2) {
            fail(error, StoreError::Invalid, tr("Type at least two characters of the name."));
            return std::nullopt;
        }
        // Customers with every two-character piece of the text; longer texts are then checked
        // for the whole substring.
        QStringList grams = CustomerSearch::nameGrams(compact);
        if (grams.isEmpty())
            grams << compact.left(2);
        QStringList pieces;
        for (const QString& gram : grams.mid(0, 4)) {
            pieces << QStringLiteral("SELECT customer_id AS id FROM customer_name_grams "
                                     "WHERE gram = ?");
            plan.binds << gram;
        }
        candidates << pieces.join(QStringLiteral(" INTERSECT "));
        if (compact.size() > 2) {
            confirm = QStringLiteral("replace(p.name, ' ', '') LIKE ? ESCAPE '\\'");
            confirmBinds << likeEscaped(compact);
        }
        kinds << QStringLiteral("name");
    } else if (letters.match(compact).hasMatch()) {
        const QString p = compact.toLower();
        candidates << QStringLiteral("SELECT customer_id AS id FROM customer_search WHERE "
                                     "pinyin >= ? AND pinyin < ?")
                   << QStringLiteral("SELECT customer_id AS id FROM customer_search WHERE "
                                     "initials >= ? AND initials < ?");
        plan.binds << p << p + QLatin1Char('{') << p << p + QLatin1Char('{');
        kinds << QStringLiteral("pinyin");
    } else if (digits.match(compact).hasMatch()) {
        if (compact.size() < 4) {
            fail(error, StoreError::Invalid,
                 tr("Type at least four digits of the mobile or ID number."));
            return std::nullopt;
        }
        // Digits find what the masked list shows, or a whole number, and nothing in between:
        // were "27495" to find a customer shown as 341***********7495, one search per digit
        // would show the whole number without the reason and audit row unmasking takes.
        const QString number = compact.toUpper();
        const Masker masker = Masker::fromRules(m_db);
        const int mobileShown = masker.shownAtEnd(QStringLiteral("mobile"));
        const int idShown = masker.shownAtEnd(QStringLiteral("id_number"));
        const bool mobileTail = number.size() <= mobileShown;
        const bool idTail = number.size() <= idShown;
        if (!mobileTail && !idTail && number.size() < kShortestWholeNumber) {
            fail(error, StoreError::Invalid,
                 tr("Type the last %1 digits, or the whole mobile or ID number: the digits in "
                    "between are masked.")
                     .arg(std::max(mobileShown, idShown)));
            return std::nullopt;
        }
        plan.whole = !mobileTail || !idTail;
        if (!number.endsWith(QLatin1Char('X'))) {
            // Indexed as ^13812345678$ (schema 16): the end, or the whole, from the index alone.
            candidates << QStringLiteral("SELECT rowid AS id FROM customer_mobile_fts WHERE "
                                         "customer_mobile_fts MATCH ?");
            plan.binds << (mobileTail ? QStringLiteral("\"%1$\"").arg(number)
                                      : QStringLiteral("\"^%1$\"").arg(number));
            kinds << QStringLiteral("mobile");
        }
        const QString rev = CustomerSearch::reversedId(number);
        if (idTail) {
            candidates << QStringLiteral("SELECT customer_id AS id FROM customer_search WHERE "
                                         "id_reversed >= ? AND id_reversed < ?");
            plan.binds << rev << rev + QChar(0xFFFF);
            kinds << QStringLiteral("id_tail");
        } else {
            candidates << QStringLiteral("SELECT customer_id AS id FROM customer_search WHERE "
                                         "id_reversed = ?");
            plan.binds << rev;
            kinds << QStringLiteral("id_number");
        }
    } else {
        fail(error, StoreError::Invalid,
             tr("Search by name (Chinese characters or pinyin), by the last digits of a mobile "
                "or ID number as the list shows them, or by a whole number."));
        return std::nullopt;
    }
    plan.kind = kinds.join(QLatin1Char('+'));

    // The scope is checked on a small covering index where it can be (branch or book), so
    // thousands of candidates cost microseconds each; the row itself is read only to confirm a
    // name substring.
    QString probe;
    QVariantList probeBinds;
    switch (Permissions::scope(session.role, Action::CustomerRead)) {
    case Scope::All:
        if (!confirm.isEmpty())
            probe = QStringLiteral("EXISTS (SELECT 1 FROM customers p WHERE p.id = m.id AND %1)")
                        .arg(confirm);
        break;
    case Scope::Branch:
        probeBinds << session.branch;
        probe = confirm.isEmpty()
                    ? QStringLiteral("EXISTS (SELECT 1 FROM customers p INDEXED BY "
                                     "customers_branch WHERE p.branch_code = ? AND p.id = m.id)")
                    : QStringLiteral("EXISTS (SELECT 1 FROM customers p WHERE p.id = m.id AND "
                                     "p.branch_code = ? AND %1)")
                          .arg(confirm);
        break;
    case Scope::Own:
        probeBinds << session.userId;
        probe = confirm.isEmpty()
                    ? QStringLiteral("EXISTS (SELECT 1 FROM customers p INDEXED BY customers_rm "
                                     "WHERE p.rm_user_id = ? AND p.id = m.id)")
                    : QStringLiteral("EXISTS (SELECT 1 FROM customers p WHERE p.id = m.id AND "
                                     "p.rm_user_id = ? AND %1)")
                          .arg(confirm);
        break;
    case Scope::None:
        fail(error, StoreError::Forbidden, Permissions::refusal(session, Action::CustomerRead));
        return std::nullopt;
    }
    plan.binds << probeBinds << confirmBinds;
    const QString matches =
        QStringLiteral("SELECT m.id FROM (%1) m%2")
            .arg(candidates.join(QStringLiteral(" UNION ")),
                 probe.isEmpty() ? QString() : QStringLiteral(" WHERE ") + probe);
    plan.countSql = QStringLiteral("SELECT count(*) FROM (%1)").arg(matches);
    plan.pageSql = QStringLiteral("SELECT c.*, coalesce(u.name, '') AS rm_name FROM customers c "
                                  "LEFT JOIN users u ON u.id = c.rm_user_id WHERE c.id IN "
                                  "(%1 ORDER BY m.id LIMIT ?) ORDER BY c.id")
                       .arg(matches);
    return plan;
}

SearchResult CustomerSearch::search(const Session& session, const QString& text, int limit,
                                    StoreError* error)
{
    QElapsedTimer timer;
    timer.start();
    SearchResult result;
    const auto plan = this->plan(session, text, error);
    if (!plan)
        return result;
    result.kind = plan->kind;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(plan->countSql);
    for (const QVariant& b : plan->binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next()) {
        fail(error, StoreError::Failed, q.lastError().text());
        return result;
    }
    result.total = q.value(0).toInt();
    if (result.total > 0) {
        q.prepare(plan->pageSql);
        for (const QVariant& b : plan->binds)
            q.addBindValue(b);
        q.addBindValue(limit > 0 ? limit : 20);
        if (!q.exec()) {
            fail(error, StoreError::Failed, q.lastError().text());
            return result;
        }
        if (!m_store)
            m_store = std::make_unique<CustomerStore>(m_db);
        while (q.next())
            result.customers.append(m_store->view(CustomerStore::rowFrom(q), false));
    }
    // A whole number that finds someone tells the digits the list masks: who looked whom up
    // that way is in the audit trail (the customers, never the number), as unmasking is; ten
    // thousand guesses at a mobile's hidden middle would show there.
    if (plan->whole && result.total > 0) {
        QJsonArray ids;
        for (const CustomerView& c : std::as_const(result.customers))
            ids.append(c.id);
        QString why;
        if (!AuditTrail::recordAlone(
                m_db, session,
                {QStringLiteral("customer.search"), QStringLiteral("customer"),
                 result.total == 1 ? QString::number(result.customers.value(0).id) : QString(),
                 QJsonObject{{QStringLiteral("by"), QStringLiteral("whole_number")},
                             {QStringLiteral("kind"), result.kind},
                             {QStringLiteral("results"), result.total},
                             {QStringLiteral("customers"), ids}},
                 QString()},
                &why)) {
            fail(error, StoreError::Failed, why);
            return SearchResult();
        }
    }
    result.elapsedMs = timer.elapsed();
    return result;
}

QStringList CustomerSearch::nameGrams(const QString& name)
{
    QStringList grams;
    const QString compact = QString(name).remove(QLatin1Char(' '));
    for (int i = 0; i + 1 < compact.size(); ++i) {
        if (compact.at(i).isSurrogate() || compact.at(i + 1).isSurrogate())
            continue; // names outside the BMP are found by their other pieces
        grams << compact.mid(i, 2);
    }
    grams.removeDuplicates();
    return grams;
}

QString CustomerSearch::reversedId(const QString& idNumber)
{
    QString r = idNumber;
    std::reverse(r.begin(), r.end());
    return r;
}

} // namespace rmdesk
