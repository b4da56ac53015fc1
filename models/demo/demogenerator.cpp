#include "demogenerator.h"

#include "demodata.h"
#include "demorows.h"
#include "domain/customerfields.h"
#include "security/permissions.h"
#include "storage/sqlcipherdriver.h"
#include "stores/audittrail.h"
#include "stores/customersearch.h"
#include "stores/customerstore.h"
#include "stores/rulestore.h"
#include "stores/userstore.h"

#include <sqlcipher/sqlite3.h>

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace rmdesk {

namespace {

using demo::CustomerRow;

constexpr int kBatch = 4000;      // rows handed from the maker thread to the writer at a time
constexpr int kQueueLimit = 8;    // batches waiting at most
constexpr int kCacheKiB = 131072; // page cache while loading (SQLite's default is 2 MiB)

// Rows made on a second thread while this one writes: both cores work.
struct RowQueue
{
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<std::vector<CustomerRow>> batches;
    bool finished = false;
    bool stop = false;
    QString error;
};

// A prepared statement on the connection's own handle: bulk inserts without QVariant per value.
class Statement
{
public:
    Statement(sqlite3* db, const char* sql)
        : m_db(db)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
            m_stmt = nullptr;
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    bool ok() const { return m_stmt != nullptr; }
    void text(int i, const std::string& s)
    {
        if (s.empty())
            sqlite3_bind_null(m_stmt, i);
        else
            sqlite3_bind_text(m_stmt, i, s.data(), int(s.size()), SQLITE_STATIC);
    }
    void integer(int i, qint64 v) { sqlite3_bind_int64(m_stmt, i, v); }
    bool run()
    {
        const int rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        return rc == SQLITE_DONE;
    }
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
};

QString lowerCode(const QString& code)
{
    return code.toLower();
}

// Supervisors and RMs of every planned branch, and one compliance officer: names like sup.bj01,
// rm.bj01-01.03 and compliance1. Users that already exist with the same role and branch are
// kept (a run that failed later can be repeated); *rmIds receives the RMs' ids per branch.
bool createStaff(Vault& vault, const std::vector<demo::BranchPlan>& plan, quint64 seed,
                 const SecretBytes& password, QList<QList<qint64>>* rmIds, int* created,
                 StoreError* error)
{
    struct Wanted
    {
        QString name;
        Role role;
        int branch; // -1: none
    };
    QList<Wanted> wanted;
    for (int b = 0; b < int(plan.size()); ++b) {
        const demo::BranchPlan& p = plan[std::size_t(b)];
        wanted.append({QStringLiteral("sup.") + lowerCode(p.code), Role::Supervisor, b});
        for (int r = 1; r <= p.rms; ++r)
            wanted.append({QStringLiteral("rm.%1.%2")
                               .arg(lowerCode(p.code))
                               .arg(r, p.rms > 99 ? 3 : 2, 10, QLatin1Char('0')),
                           Role::Rm, b});
    }
    wanted.append({QStringLiteral("compliance1"), Role::Compliance, -1});

    demo::Rng names(seed ^ 0x5eed5eed5eedULL); // staff names do not disturb the customers' stream
    rmIds->clear();
    for (std::size_t b = 0; b < plan.size(); ++b)
        rmIds->append(QList<qint64>());
    for (const Wanted& w : wanted) {
        const QString branch = w.branch < 0 ? QString() : plan[std::size_t(w.branch)].code;
        std::string fullName = demo::surnames()[names.below(demo::surnames().size)].name;
        const auto& chars = names.chance(0.5) ? demo::maleGivenChars() : demo::femaleGivenChars();
        fullName += chars[names.below(chars.size)];
        fullName += chars[names.below(chars.size)];
        UserStore users(vault.database().connection());
        auto user = users.find(w.name);
        if (user && (user->role != w.role || user->branch != branch))
            return fail(error, StoreError::Invalid,
                        DemoGenerator::tr("A user named %1 already exists with another role or "
                                          "branch; the demo staff cannot be created.")
                            .arg(w.name));
        if (!user) {
            const NewUser nu{w.name, QString::fromStdString(fullName), w.role, branch};
            if (!vault.addUser(nu, password, KdfProfile::Interactive, error))
                return false;
            ++*created;
            user = users.find(w.name, error);
            if (!user)
                return false;
        }
        if (w.role == Role::Rm)
            (*rmIds)[w.branch].append(user->id);
    }
    return true;
}

bool exec(QSqlDatabase& db, const QString& sql, StoreError* error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    return fail(error, StoreError::Failed, q.lastError().text());
}

} // namespace

DemoGenerator::DemoGenerator(DemoOptions options, Progress progress, Stage stage)
    : m_options(std::move(options))
    , m_progress(std::move(progress))
    , m_stage(std::move(stage))
{}

std::optional<DemoCounts> DemoGenerator::run(Vault& vault, const SecretBytes& staffPassword,
                                             StoreError* error)
{
    QElapsedTimer timer;
    timer.start();
    const Session& session = vault.session();
    if (!Permissions::allows(session, Action::UserManage)) {
        fail(error, StoreError::Forbidden, Permissions::refusal(session, Action::UserManage));
        return std::nullopt;
    }
    const qint64 total = m_options.customers;
    if (total < 1 || total > MaxCustomers || m_options.months < 1 || m_options.months > MaxMonths) {
        fail(error, StoreError::Invalid,
             tr("Between 1 and %1 customers, and 1 to %2 months of holdings.")
                 .arg(MaxCustomers)
                 .arg(MaxMonths));
        return std::nullopt;
    }
    const QString weak = Vault::passwordProblem(staffPassword);
    if (!weak.isEmpty()) {
        fail(error, StoreError::Invalid, weak);
        return std::nullopt;
    }
    QSqlDatabase db = vault.database().connection();
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT count(*) FROM customers")) || !q.next()) {
            fail(error, StoreError::Failed, q.lastError().text());
            return std::nullopt;
        }
        if (q.value(0).toLongLong() > 0) {
            fail(error, StoreError::Invalid,
                 tr("The database already has %n customer(s): demo data goes only into a "
                    "database without customers.",
                    nullptr, q.value(0).toInt()));
            return std::nullopt;
        }
    }
    const QDate today = m_options.today.isValid() ? m_options.today : QDate::currentDate();
    const std::vector<demo::BranchPlan> plan = demo::planBranches(total);

    // Branches first, named in Chinese, so that the staff's branch codes find them.
    if (!db.transaction()) {
        fail(error, StoreError::Failed, db.lastError().text());
        return std::nullopt;
    }
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO branches (code, name, parent_code) VALUES (?, ?, ?) "
                                 "ON CONFLICT (code) DO UPDATE SET name = excluded.name, "
                                 "parent_code = excluded.parent_code"));
        for (const demo::BranchPlan& b : plan) {
            q.addBindValue(b.code);
            q.addBindValue(b.name);
            q.addBindValue(b.parent.isEmpty() ? QVariant() : QVariant(b.parent));
            if (!q.exec()) {
                fail(error, StoreError::Failed, q.lastError().text());
                db.rollback();
                return std::nullopt;
            }
        }
    }
    if (!db.commit()) {
        fail(error, StoreError::Failed, db.lastError().text());
        db.rollback();
        return std::nullopt;
    }

    DemoCounts counts;
    counts.branches = int(plan.size());
    QList<QList<qint64>> rmIds;
    demo::RowSettings settings;
    settings.seed = m_options.seed;
    settings.today = today;
    settings.months = m_options.months;
    {
        CustomerStore store(db, today);
        settings.reviewMonthsHigh = store.reviewMonths(QStringLiteral("high"));
        settings.reviewMonthsOther = store.reviewMonths(QStringLiteral("low"));
        for (const Rule& r : RuleStore(db).rulesInForce(today)) {
            if (r.ruleSet != QLatin1String("customer_tiers"))
                continue;
            if (r.key == QLatin1String("affluent_min_aum"))
                settings.affluentMinFen = r.value.toLongLong() * 100;
            if (r.key == QLatin1String("private_min_aum"))
                settings.privateMinFen = r.value.toLongLong() * 100;
        }
    }
    std::vector<std::string> monthNames;
    for (int m = 0; m < m_options.months; ++m)
        monthNames.push_back(today.addMonths(m - m_options.months)
                                 .toString(QStringLiteral("yyyy-MM"))
                                 .toStdString());
    std::vector<std::string> branchCodes;
    for (const demo::BranchPlan& b : plan)
        branchCodes.push_back(b.code.toStdString());

    auto* driver = qobject_cast<SqlCipherDriver*>(db.driver());
    if (!driver || !driver->connection()) {
        fail(error, StoreError::Failed, tr("The database connection is not an RM Desk one."));
        return std::nullopt;
    }
    sqlite3* handle = driver->connection();
    QString cacheSize = QStringLiteral("-2000");
    {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next())
            cacheSize = q.value(0).toString();
    }
    if (!exec(db, QStringLiteral("PRAGMA cache_size = -%1").arg(kCacheKiB), error))
        return std::nullopt;

    QString columns = QStringLiteral("id, type, branch_code, rm_user_id");
    for (int c = 0; c < demo::ColumnCount; ++c)
        columns += QStringLiteral(", ") + QLatin1String(demo::columnName(c));
    columns += QStringLiteral(", tags, notes, created_at, updated_at");
    QString params = QStringLiteral("?");
    for (int i = 1; i < 4 + demo::ColumnCount; ++i)
        params += QStringLiteral(", ?");
    params += QStringLiteral(", '', '', ?, ?");
    const QByteArray customerSql =
        QStringLiteral("INSERT INTO customers (%1) VALUES (%2)").arg(columns, params).toUtf8();

    RowQueue queue;
    const qint64 firstId = CustomerStore::nextCustomerId(db);
    std::thread maker([&] {
        demo::RowMaker rows(settings, plan);
        for (qint64 done = 0; done < total;) {
            std::vector<CustomerRow> batch(std::size_t(std::min<qint64>(kBatch, total - done)));
            for (CustomerRow& row : batch) {
                const qint64 n = done++;
                rows.make(firstId + n, &row);
                // A sample goes through the same checks as CustomerStore::add.
                if (n < 200 || n % 1000 == 0) {
                    QHash<QString, QString> values = demo::RowMaker::catalogueValues(row);
                    const QList<FieldError> problems = CustomerFields::normalise(
                        row.institution ? CustomerType::Institution : CustomerType::Individual,
                        &values, true, today);
                    if (!problems.isEmpty()) {
                        std::lock_guard<std::mutex> lock(queue.mutex);
                        queue.error = problems.first().message;
                        queue.stop = true;
                        queue.changed.notify_all();
                        return;
                    }
                }
            }
            std::unique_lock<std::mutex> lock(queue.mutex);
            queue.changed.wait(
                lock, [&] { return queue.stop || int(queue.batches.size()) < kQueueLimit; });
            if (queue.stop)
                return;
            queue.batches.push_back(std::move(batch));
            queue.changed.notify_all();
        }
        std::lock_guard<std::mutex> lock(queue.mutex);
        queue.finished = true;
        queue.changed.notify_all();
    });
    auto stopMaker = [&] {
        {
            std::lock_guard<std::mutex> lock(queue.mutex);
            queue.stop = true;
            queue.changed.notify_all();
        }
        if (maker.joinable())
            maker.join();
    };
    bool inTransaction = false;
    auto abandon = [&](const QString& why) {
        stopMaker();
        if (inTransaction)
            db.rollback();
        QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size = %1").arg(cacheSize));
        fail(error, StoreError::Failed, tr("No demo data was written: %1").arg(why));
        return std::nullopt;
    };

    // The staff's key derivations keep one core busy; meanwhile the maker fills the queue.
    if (m_stage)
        m_stage(QStringLiteral("users"));
    if (!createStaff(vault, plan, m_options.seed, staffPassword, &rmIds, &counts.users, error)) {
        const StoreError why = *error;
        abandon(QString());
        *error = why;
        return std::nullopt;
    }
    if (m_stage)
        m_stage(QStringLiteral("customers"));
    if (!db.transaction())
        return abandon(db.lastError().text());
    inTransaction = true;
    // Indexes are built once after the rows are in, by sorting, rather than kept up to date row by
    // row; in the same transaction, so a failure puts them back.
    QStringList indexes;
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                                   "tbl_name IN ('customers', 'holdings') AND sql IS NOT NULL")))
            return abandon(q.lastError().text());
        QStringList names;
        while (q.next()) {
            names << q.value(0).toString();
            indexes << q.value(1).toString();
        }
        for (const QString& name : names)
            if (!q.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name)))
                return abandon(q.lastError().text());
    }
    {
        Statement product(handle, "INSERT INTO products (code, name, type, risk_level) "
                                  "VALUES (?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET "
                                  "name = excluded.name, type = excluded.type, "
                                  "risk_level = excluded.risk_level");
        if (!product.ok())
            return abandon(product.error());
        for (std::size_t p = 0; p < demo::products().size; ++p) {
            const demo::Product& d = demo::products()[p];
            // Bound without copies: the texts must live until run().
            const std::string code = d.code, name = d.name, type = d.type;
            const std::string risk = "R" + std::to_string(d.risk);
            product.text(1, code);
            product.text(2, name);
            product.text(3, type);
            product.text(4, risk);
            if (!product.run())
                return abandon(product.error());
        }
        counts.products = int(demo::products().size);
    }
    Statement customer(handle, customerSql.constData());
    Statement holding(handle, "INSERT INTO holdings (customer_id, product_code, month, "
                              "balance_fen) VALUES (?, ?, ?, ?)");
    if (!customer.ok() || !holding.ok())
        return abandon(customer.ok() ? holding.error() : customer.error());
    const std::string at =
        QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toStdString();
    const std::string individual = "individual", institution = "institution";
    std::vector<std::string> productCodes;
    for (std::size_t p = 0; p < demo::products().size; ++p)
        productCodes.push_back(demo::products()[p].code);

    qint64 written = 0;
    qint64 reported = -1;
    for (;;) {
        std::vector<CustomerRow> batch;
        {
            std::unique_lock<std::mutex> lock(queue.mutex);
            queue.changed.wait(
                lock, [&] { return queue.stop || queue.finished || !queue.batches.empty(); });
            if (!queue.error.isEmpty()) {
                const QString why = queue.error;
                lock.unlock();
                return abandon(why);
            }
            if (queue.batches.empty())
                break; // finished
            batch = std::move(queue.batches.front());
            queue.batches.pop_front();
            queue.changed.notify_all();
        }
        for (const CustomerRow& row : batch) {
            customer.integer(1, row.id);
            customer.text(2, row.institution ? institution : individual);
            customer.text(3, branchCodes[std::size_t(row.branch)]);
            customer.integer(4, rmIds[row.branch][row.rmSlot]);
            for (int c = 0; c < demo::ColumnCount; ++c)
                customer.text(5 + c, row.values[c]);
            customer.text(5 + demo::ColumnCount, at);
            customer.text(6 + demo::ColumnCount, at);
            if (!customer.run())
                return abandon(customer.error());
            for (const demo::HoldingRow& h : row.holdings) {
                holding.integer(1, row.id);
                holding.text(2, productCodes[std::size_t(h.product)]);
                holding.text(3, monthNames[std::size_t(h.month)]);
                holding.integer(4, h.balanceFen);
                if (!holding.run())
                    return abandon(holding.error());
            }
            counts.holdings += qint64(row.holdings.size());
            counts.institutions += row.institution ? 1 : 0;
        }
        written += qint64(batch.size());
        // About every 1%, and at the end.
        if (m_progress &&
            (written == total || written - reported >= std::max<qint64>(1, total / 100))) {
            m_progress(written, total);
            reported = written;
        }
    }
    maker.join();
    counts.customers = written;
    if (m_stage)
        m_stage(QStringLiteral("indexes"));
    for (const QString& sql : indexes) {
        QSqlQuery q(db);
        if (!q.exec(sql))
            return abandon(q.lastError().text());
    }

    QString why;
    const QJsonObject details{{QStringLiteral("customers"), counts.customers},
                              {QStringLiteral("institutions"), counts.institutions},
                              {QStringLiteral("branches"), counts.branches},
                              {QStringLiteral("users"), counts.users},
                              {QStringLiteral("products"), counts.products},
                              {QStringLiteral("holdings"), counts.holdings},
                              {QStringLiteral("months"), m_options.months},
                              {QStringLiteral("seed"), QString::number(m_options.seed)}};
    if (!AuditTrail::record(db, session,
                            {QStringLiteral("demo.generate"), QStringLiteral("database"), QString(),
                             details, QString()},
                            &why) ||
        !db.commit()) {
        if (why.isEmpty())
            why = db.lastError().text();
        db.rollback();
        QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size = %1").arg(cacheSize));
        fail(error, StoreError::Failed, tr("No demo data was written: %1").arg(why));
        return std::nullopt;
    }

    if (m_stage)
        m_stage(QStringLiteral("search"));
    bool indexed = CustomerSearch::rebuild(db, &why);
    // Statistics for the query planner, so filtered lists pick the right index; sampled, so a
    // million rows take a second rather than a minute.
    QSqlQuery stats(db);
    if (indexed && (!stats.exec(QStringLiteral("PRAGMA analysis_limit = 1000")) ||
                    !stats.exec(QStringLiteral("ANALYZE")))) {
        why = stats.lastError().text();
        indexed = false;
    }
    QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size = %1").arg(cacheSize));
    if (!indexed) {
        fail(error, StoreError::Failed,
             tr("The demo data was written, but the search index could not be built: %1").arg(why));
        return std::nullopt;
    }
    counts.elapsedMs = timer.elapsed();
    return counts;
}

} // namespace rmdesk
