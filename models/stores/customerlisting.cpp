#include "customerlisting.h"

#include "security/permissions.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace rmdesk {

namespace {

// A filter that is not the scope: its condition, and the same condition hidden from the query
// planner (a unary + on the column), used when walking the sort's index is cheaper.
struct Condition
{
    QString sql;
    QString unindexed;
    QVariant bind;
};

// Rows a page costs to read through a filter's index (all matches, sorted) against walking the
// sort's index (about limit / density rows); measured on a 1M-customer demo database.
constexpr qint64 FilterIndexWeight = 5;
constexpr qint64 PageRows = 100;

} // namespace

CustomerListing::CustomerListing(QSqlDatabase db, const Session& session, const QDate& today)
    : m_db(std::move(db))
    , m_session(session)
    , m_today(today)
    , m_store(std::make_unique<CustomerStore>(m_db, today))
{}

CustomerListing::~CustomerListing() = default;

QString CustomerListing::sortExpression(CustomerSort sort)
{
    switch (sort) {
    case CustomerSort::Number:
        break;
    case CustomerSort::Name:
        return QStringLiteral("c.name");
    case CustomerSort::Created:
        return QStringLiteral("c.created_at");
    case CustomerSort::Tier:
        // The same expression as the customers_tier_rank index (schema 6).
        return QStringLiteral("(CASE c.tier WHEN 'mass' THEN 1 WHEN 'affluent' THEN 2 "
                              "WHEN 'private' THEN 3 ELSE 0 END)");
    case CustomerSort::Aum:
        return QStringLiteral("c.aum_fen");
    case CustomerSort::NextReview:
        return QStringLiteral("c.next_review_due");
    }
    return QStringLiteral("c.id");
}

bool CustomerListing::count(const QString& where, const QVariantList& binds, int* result,
                            StoreError* error)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT count(*) FROM customers c WHERE ") + where);
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return fail(error, StoreError::Failed, q.lastError().text());
    *result = q.value(0).toInt();
    return true;
}

bool CustomerListing::prepare(const CustomerListQuery& query, StoreError* error, Count count)
{
    // A new order of the same rows needs no new count.
    CustomerListQuery rows = query;
    rows.sort = m_query.sort;
    rows.descending = m_query.descending;
    const bool sameRows = count == Count::IfFiltersChanged && m_counted && rows == m_query;
    const int counted = m_total;
    const int countedInScope = m_inScope;
    m_counted = false;
    m_query = query;
    m_total = 0;
    m_where.clear();
    m_binds.clear();
    QVariantList binds;
    const QString scope = m_store->scopeClause(m_session, &binds, error);
    if (scope.isEmpty())
        return false;
    QStringList base = {scope};
    bool smallBook = Permissions::scope(m_session.role, Action::CustomerRead) == Scope::Own;
    if (!query.branch.isEmpty()) {
        base << QStringLiteral("c.branch_code = ?");
        binds << query.branch;
    }
    if (!query.rmName.isEmpty()) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT id FROM users WHERE name = ?"));
        q.addBindValue(query.rmName);
        if (!q.exec())
            return fail(error, StoreError::Failed, q.lastError().text());
        base << QStringLiteral("c.rm_user_id = ?");
        binds << (q.next() ? q.value(0).toLongLong() : qint64(-1)); // unknown: nobody's book
        smallBook = true;
    }
    QList<Condition> extra;
    auto add = [&](const QString& value, const char* column, const char* op = "=") {
        if (value.isEmpty())
            return;
        const QString c = QLatin1String(column);
        const QString o = QLatin1String(op);
        extra.append(
            {QStringLiteral("c.%1 %2 ?").arg(c, o), QStringLiteral("+c.%1 %2 ?").arg(c, o), value});
    };
    add(query.tier, "tier");
    add(query.stage, "lifecycle_stage");
    add(query.riskLevel, "risk_level");
    add(query.status, "status");
    if (query.reviewOverdue) {
        add(m_today.toString(Qt::ISODate), "next_review_due", "<");
        if (query.sort == CustomerSort::NextReview)
            extra.last().unindexed = extra.last().sql; // a range on the sort's own index
    }

    if (query.expiringWithinDays >= 0) {
        const QString until = m_today.addDays(query.expiringWithinDays).toString(Qt::ISODate);
        extra.append({QStringLiteral("c.id_expiry IS NOT NULL AND c.id_expiry <= ?"),
                      QStringLiteral("+c.id_expiry <= ?"), until});
    }

    QStringList all = base;
    QVariantList allBinds = binds;
    for (const Condition& c : extra) {
        all << c.sql;
        allBinds << c.bind;
    }
    const QString and_ = QStringLiteral(" AND ");
    m_countSql = all.join(and_);
    m_countBinds = allBinds;
    bool walkSortIndex = !extra.isEmpty();
    if (sameRows)
        m_total = counted;
    else if (count == Count::Later && !walkSortIndex)
        m_total = -1; // countNow() after the first page
    else if (!this->count(m_countSql, m_countBinds, &m_total, error))
        return false;
    if (walkSortIndex && !smallBook) {
        // Sparse filters read their matches through their own index and sort them; common ones
        // are cheaper to meet while walking the sort's index.
        if (sameRows)
            m_inScope = countedInScope;
        else if (!this->count(base.join(and_), binds, &m_inScope, error))
            return false;
        walkSortIndex = qint64(m_total) * m_total * FilterIndexWeight >= PageRows * m_inScope;
    }
    for (const Condition& c : extra) {
        base << (walkSortIndex ? c.unindexed : c.sql);
        binds << c.bind;
    }
    m_where = base.join(and_);
    m_binds = binds;
    m_counted = m_total >= 0;
    return true;
}

bool CustomerListing::countNow(StoreError* error)
{
    if (m_counted)
        return true;
    if (m_where.isEmpty())
        return fail(error, StoreError::Failed,
                    tr("The customer list was read before it was prepared."));
    if (!count(m_countSql, m_countBinds, &m_total, error))
        return false;
    m_counted = true;
    return true;
}

QString CustomerListing::pageSql(bool backwards, bool keyed) const
{
    const QString expr = sortExpression(m_query.sort);
    const bool descending = m_query.descending != backwards;
    QString sql = QStringLiteral("SELECT c.*, coalesce(u.name, '') AS rm_name, %1 AS sort_value "
                                 "FROM customers c LEFT JOIN users u ON u.id = c.rm_user_id "
                                 "WHERE %2")
                      .arg(expr, m_where);
    const QString op = descending ? QStringLiteral("<") : QStringLiteral(">");
    if (keyed) {
        sql += m_query.sort == CustomerSort::Number
                   ? QStringLiteral(" AND c.id %1 ?").arg(op)
                   : QStringLiteral(" AND (%1, c.id) %2 (?, ?)").arg(expr, op);
    }
    const QString dir = descending ? QStringLiteral(" DESC") : QString();
    if (m_query.sort == CustomerSort::Number)
        sql += QStringLiteral(" ORDER BY c.id%1").arg(dir);
    else
        sql += QStringLiteral(" ORDER BY %1%2, c.id%2").arg(expr, dir);
    return sql + QStringLiteral(" LIMIT ? OFFSET ?");
}

QList<CustomerView> CustomerListing::read(const CustomerKey* key, bool backwards, int offset,
                                          int limit, StoreError* error)
{
    QList<CustomerView> rows;
    if (m_where.isEmpty()) {
        fail(error, StoreError::Failed, tr("The customer list was read before it was prepared."));
        return rows;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(pageSql(backwards, key != nullptr));
    for (const QVariant& b : m_binds)
        q.addBindValue(b);
    if (key) {
        if (m_query.sort != CustomerSort::Number)
            q.addBindValue(key->value);
        q.addBindValue(key->id);
    }
    q.addBindValue(std::max(0, limit));
    q.addBindValue(std::max(0, offset));
    if (!q.exec()) {
        fail(error, StoreError::Failed, q.lastError().text());
        return rows;
    }
    int sortColumn = -1;
    while (q.next()) {
        if (sortColumn < 0)
            sortColumn = q.record().indexOf(QStringLiteral("sort_value"));
        CustomerView view = m_store->view(CustomerStore::rowFrom(q), false);
        view.sortValue = q.value(sortColumn);
        rows.append(std::move(view));
    }
    if (backwards)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

QList<CustomerView> CustomerListing::after(const CustomerKey* key, int limit, StoreError* error)
{
    return read(key, false, 0, limit, error);
}

QList<CustomerView> CustomerListing::before(const CustomerKey* key, int limit, StoreError* error)
{
    return read(key, true, 0, limit, error);
}

std::optional<CustomerKey> CustomerListing::keyAt(bool backwards, int offset, StoreError* error)
{
    // Only the sort value and the number: the index alone answers, without reading rows.
    const QString expr = sortExpression(m_query.sort);
    const QString dir = m_query.descending != backwards ? QStringLiteral(" DESC") : QString();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1, c.id FROM customers c WHERE %2 ORDER BY %1%3, c.id%3 "
                             "LIMIT 1 OFFSET ?")
                  .arg(expr, m_where, dir));
    for (const QVariant& b : m_binds)
        q.addBindValue(b);
    q.addBindValue(offset);
    if (!q.exec()) {
        fail(error, StoreError::Failed, q.lastError().text());
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return CustomerKey{q.value(0), q.value(1).toLongLong()};
}

QList<CustomerView> CustomerListing::at(int offset, int limit, StoreError* error)
{
    offset = std::max(0, offset);
    if (offset >= m_total || limit <= 0)
        return {};
    const int rows = std::min(limit, m_total - offset);
    const int fromEnd = m_total - offset - rows;
    // From the nearer end: the key of the row just outside the page, then the page by keyset.
    if (offset <= fromEnd) {
        if (offset == 0)
            return read(nullptr, false, 0, rows, error);
        const auto key = keyAt(false, offset - 1, error);
        return key ? read(&*key, false, 0, rows, error) : QList<CustomerView>();
    }
    if (fromEnd == 0)
        return read(nullptr, true, 0, rows, error);
    const auto key = keyAt(true, fromEnd - 1, error);
    return key ? read(&*key, true, 0, rows, error) : QList<CustomerView>();
}

QList<std::pair<QString, QString>> CustomerListing::branchChoices()
{
    QList<std::pair<QString, QString>> choices;
    QSqlQuery q(m_db);
    switch (Permissions::scope(m_session.role, Action::CustomerRead)) {
    case Scope::All:
        q.prepare(QStringLiteral("SELECT code, name FROM branches ORDER BY code"));
        break;
    case Scope::Own:
    case Scope::Branch:
        q.prepare(QStringLiteral("SELECT code, name FROM branches WHERE code = ?"));
        q.addBindValue(m_session.branch);
        break;
    case Scope::None:
        return choices;
    }
    if (q.exec())
        while (q.next())
            choices.append({q.value(0).toString(), q.value(1).toString()});
    return choices;
}

QStringList CustomerListing::rmChoices(const QString& branch)
{
    QStringList names;
    const Scope scope = Permissions::scope(m_session.role, Action::CustomerRead);
    if (scope == Scope::None)
        return names;
    if (scope == Scope::Own)
        return {m_session.userName};
    QString only = scope == Scope::Branch ? m_session.branch : branch;
    if (only.isNull())
        only = QStringLiteral(""); // a null string would bind as NULL
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT name FROM users WHERE role = 'rm' AND active = 1 AND "
                             "(? = '' OR branch_code = ?) ORDER BY name"));
    q.addBindValue(only);
    q.addBindValue(only);
    if (q.exec())
        while (q.next())
            names << q.value(0).toString();
    return names;
}

} // namespace rmdesk
