#include "customersearch.h"

#include "domain/pinyin.h"
#include "security/permissions.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace rmdesk {

namespace {

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
        q.prepare(QStringLiteral("INSERT INTO customer_mobile_fts (rowid, mobile) VALUES (?, ?)"));
        q.addBindValue(customerId);
        q.addBindValue(mobile);
        if (!run(q, error))
            return false;
    }
    return true;
}

bool CustomerSearch::rebuild(QSqlDatabase& db, QString* error,
                             const std::function<void(qint64, qint64)>& progress)
{
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    auto abort = [&] {
        db.rollback();
        return false;
    };
    QSqlQuery q(db);
    for (const char* sql : {"DELETE FROM customer_name_grams", "DELETE FROM customer_search",
                            "DELETE FROM customer_mobile_fts"}) {
        if (!q.exec(QLatin1String(sql))) {
            *error = q.lastError().text();
            return abort();
        }
    }
    qint64 total = 0;
    if (q.exec(QStringLiteral("SELECT count(*) FROM customers")) && q.next())
        total = q.value(0).toLongLong();
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    if (!rows.exec(QStringLiteral("SELECT id, name, coalesce(mobile, ''), coalesce(id_number, '') "
                                  "FROM customers ORDER BY id"))) {
        *error = rows.lastError().text();
        return abort();
    }
    QSqlQuery grams(db);
    grams.prepare(
        QStringLiteral("INSERT INTO customer_name_grams (gram, customer_id) VALUES (?, ?)"));
    QSqlQuery search(db);
    search.prepare(QStringLiteral("INSERT INTO customer_search (customer_id, pinyin, initials, "
                                  "id_reversed) VALUES (?, ?, ?, ?)"));
    QSqlQuery mobiles(db);
    mobiles.prepare(
        QStringLiteral("INSERT INTO customer_mobile_fts (rowid, mobile) VALUES (?, ?)"));
    qint64 done = 0;
    while (rows.next()) {
        const qint64 id = rows.value(0).toLongLong();
        const QString name = rows.value(1).toString();
        const QString mobile = rows.value(2).toString();
        const QString idNumber = rows.value(3).toString();
        for (const QString& gram : CustomerSearch::nameGrams(name)) {
            grams.bindValue(0, gram);
            grams.bindValue(1, id);
            if (!run(grams, error))
                return abort();
        }
        search.bindValue(0, id);
        search.bindValue(1, Pinyin::fullName(name));
        search.bindValue(2, Pinyin::nameInitials(name));
        search.bindValue(3, idNumber.isEmpty() ? QVariant()
                                               : QVariant(CustomerSearch::reversedId(idNumber)));
        if (!run(search, error))
            return abort();
        if (!mobile.isEmpty()) {
            mobiles.bindValue(0, id);
            mobiles.bindValue(1, mobile);
            if (!run(mobiles, error))
                return abort();
        }
        if (progress && ++done % 10000 == 0)
            progress(done, total);
    }
    rows.finish();
    if (!db.commit()) {
        *error = db.lastError().text();
        return abort();
    }
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
        const QString tail = compact.toUpper();
        if (!tail.endsWith(QLatin1Char('X'))) {
            candidates << QStringLiteral("SELECT rowid AS id FROM customer_mobile_fts WHERE "
                                         "customer_mobile_fts MATCH ?");
            plan.binds << QLatin1Char('"') + tail + QLatin1Char('"');
            kinds << QStringLiteral("mobile");
        }
        const QString rev = CustomerSearch::reversedId(tail);
        candidates << QStringLiteral("SELECT customer_id AS id FROM customer_search WHERE "
                                     "id_reversed >= ? AND id_reversed < ?");
        plan.binds << rev << rev + QChar(0xFFFF);
        kinds << QStringLiteral("id_tail");
    } else {
        fail(error, StoreError::Invalid,
             tr("Search by name (Chinese characters or pinyin), by four or more mobile digits, "
                "or by the end of an ID number."));
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
