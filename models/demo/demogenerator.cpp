#include "demogenerator.h"

#include "demodata.h"
#include "demohistory.h"
#include "demorows.h"
#include "domain/customerfields.h"
#include "security/permissions.h"
#include "storage/sqlcipherdriver.h"
#include "stores/audittrail.h"
#include "stores/customerstore.h"
#include "stores/rulestore.h"

#include <sqlcipher/sqlite3.h>

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

#include <sys/resource.h>

namespace rmdesk {

namespace {

using demo::CustomerRow;

constexpr int kBatch = 2000;   // rows handed from the maker thread to the writer at a time
constexpr int kQueueLimit = 8; // batches waiting at most
constexpr int kCacheKiB =
    2097152; // page cache while loading: the customers stay in it for their indexes

// Rows made on a second thread while this one writes: both cores work.
struct RowQueue
{
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<std::vector<CustomerRow>> batches;
    std::vector<std::vector<CustomerRow>> spare; // written batches, reused (no reallocation)
    bool finished = false;
    bool stop = false;
    QString error;
};

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

int writeProducts(sqlite3* db, QString* why)
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
        columns += QStringLiteral(", tags, notes, created_at, updated_at");
        QString params = QStringLiteral("?");
        for (int i = 1; i < 4 + demo::ColumnCount; ++i)
            params += QStringLiteral(", ?");
        params += QStringLiteral(", '', '', ?, ?");
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
               m_mobile.prepare(
                   m_db, "INSERT INTO customer_mobile_fts (rowid, mobile) VALUES (?, ?)", why) &&
               m_histories.prepare(why);
    }

    bool write(const CustomerRow& row, QString* why)
    {
        static const std::string individual = "individual", institution = "institution";
        m_customer.integer(1, row.id);
        m_customer.text(2, row.institution ? institution : individual);
        m_customer.text(3, m_staff.branchCodes[std::size_t(row.branch)]);
        m_customer.integer(4, m_staff.rmIds[std::size_t(row.branch)][std::size_t(row.rmSlot)]);
        for (int c = 0; c < demo::ColumnCount; ++c)
            m_customer.text(5 + c, row.values[c]);
        m_customer.text(5 + demo::ColumnCount, row.createdAt);
        m_customer.text(6 + demo::ColumnCount, m_at);
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

bool exec(QSqlDatabase& db, const QString& sql, QString* why)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    *why = q.lastError().text();
    return false;
}

// Drops the indexes of `tables` (to be built once, by sorting, after the rows are in) and
// returns the statements that create them again.
bool dropIndexes(QSqlDatabase& db, const QStringList& tables, QStringList* creates, QString* why)
{
    if (tables.isEmpty())
        return true;
    QSqlQuery q(db);
    QStringList quoted;
    for (const QString& t : tables)
        quoted << QLatin1Char('\'') + QString(t).replace(QLatin1Char('\''), QLatin1String("''")) +
                      QLatin1Char('\'');
    if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                               "tbl_name IN (%1) AND sql IS NOT NULL ORDER BY tbl_name, name")
                    .arg(quoted.join(QLatin1Char(','))))) {
        *why = q.lastError().text();
        return false;
    }
    QStringList names;
    while (q.next()) {
        names << q.value(0).toString();
        *creates << q.value(1).toString();
    }
    for (const QString& name : names)
        if (!q.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name))) {
            *why = q.lastError().text();
            return false;
        }
    return true;
}

bool createIndexes(QSqlDatabase& db, const QStringList& creates, const std::function<void(int)>& at,
                   QString* why)
{
    for (int i = 0; i < creates.size(); ++i) {
        if (!exec(db, creates[i], why))
            return false;
        at(100 * (i + 1) / int(creates.size()));
    }
    return true;
}

} // namespace

DemoGenerator::DemoGenerator(DemoOptions options, Progress progress)
    : m_options(std::move(options))
    , m_progress(std::move(progress))
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
    auto* driver = qobject_cast<SqlCipherDriver*>(db.driver());
    if (!driver || !driver->connection()) {
        fail(error, StoreError::Failed, tr("The database connection is not an RM Desk one."));
        return std::nullopt;
    }
    sqlite3* handle = driver->connection();
    const QDate today = m_options.today.isValid() ? m_options.today : QDate::currentDate();
    const std::vector<demo::BranchPlan> plan = demo::planBranches(total);
    DemoCounts counts;
    counts.branches = int(plan.size());
    counts.months = m_options.months;
    QElapsedTimer stageTimer;
    stageTimer.start();
    // Wall and CPU time (all threads, the staff's derivations included) of each stage.
    const auto cpuMs = [] {
        rusage u{};
        getrusage(RUSAGE_SELF, &u);
        return qint64(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1000 +
               qint64(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1000;
    };
    qint64 stageCpu = cpuMs();
    auto stageDone = [&](const char* stage) {
        counts.stageMs.append({QLatin1String(stage), stageTimer.restart()});
        const qint64 cpu = cpuMs();
        counts.stageMs.append({QLatin1String(stage) + QLatin1String("_cpu"), cpu - stageCpu});
        stageCpu = cpu;
    };
    auto progress = [&](const char* stage, int percent) {
        if (m_progress)
            m_progress(QLatin1String(stage), percent);
    };

    // Branches first, named in Chinese, so that the staff's branch codes find them.
    QString why;
    if (!demo::writeBranches(db, plan, &why)) {
        fail(error, StoreError::Failed, why);
        return std::nullopt;
    }

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

    // The staff: who exists already, who is new (with the ids their rows will get), and their
    // key slots derived on another thread while the customers are made and written.
    demo::StaffPlan staff;
    if (!demo::planStaff(vault, plan, m_options.seed, &staff, error))
        return std::nullopt;
    demo::SlotDeriver deriver(vault, staff.newUsers, staffPassword);
    counts.users = int(staff.newUsers.size());
    demo::HistoryStaff historyStaff;
    for (const demo::BranchPlan& b : plan)
        historyStaff.branchCodes.push_back(b.code.toStdString());
    for (const auto& ids : staff.rmIds)
        historyStaff.rmIds.emplace_back(ids.begin(), ids.end());
    historyStaff.rmNames = staff.names;
    historyStaff.supervisorIds.assign(staff.supervisorIds.begin(), staff.supervisorIds.end());
    historyStaff.complianceId = staff.complianceId;
    historyStaff.adminId = session.userId;
    historyStaff.adminName = session.userName.toStdString();

    QString cacheSize = QStringLiteral("-2000");
    {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next())
            cacheSize = q.value(0).toString();
    }
    exec(db, QStringLiteral("PRAGMA cache_size = -%1").arg(kCacheKiB), &why);

    RowQueue queue;
    const qint64 firstId = CustomerStore::nextCustomerId(db);
    const demo::HistoryRules rules = demo::HistoryWriter::loadRules(handle, today);
    std::thread maker([&] {
        demo::RowMaker rows(settings, plan);
        demo::HistoryMaker histories(settings, rules);
        for (qint64 done = 0; done < total;) {
            std::vector<CustomerRow> batch;
            {
                std::lock_guard<std::mutex> lock(queue.mutex);
                if (!queue.spare.empty()) {
                    batch = std::move(queue.spare.back());
                    queue.spare.pop_back();
                }
            }
            batch.resize(std::size_t(std::min<qint64>(kBatch, total - done)));
            for (CustomerRow& row : batch) {
                const qint64 n = done++;
                rows.make(firstId + n, &row);
                histories.make(&row);
                // A sample goes through the same checks as CustomerStore::add.
                if (n < 200 || n % 1000 == 0) {
                    QHash<QString, QString> values = demo::RowMaker::catalogueValues(row);
                    const QList<FieldError> problems = CustomerFields::normalise(
                        row.institution ? CustomerType::Institution : CustomerType::Individual,
                        &values, true, today);
                    if (!problems.isEmpty()) {
                        std::lock_guard<std::mutex> lock(queue.mutex);
                        queue.error =
                            problems.first().field + QLatin1String(": ") + problems.first().message;
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
    bool inTransaction = false;
    bool usersAdded = false;
    bool walOff = false;
    auto abandon = [&](const QString& reason) {
        {
            std::lock_guard<std::mutex> lock(queue.mutex);
            queue.stop = true;
            queue.changed.notify_all();
        }
        if (maker.joinable())
            maker.join();
        deriver.stop();
        if (inTransaction)
            db.rollback();
        if (usersAdded) {
            StoreError ignored; // slots without rows open nothing; tidy them all the same
            vault.removeUserSlots(staff.newNames(), &ignored);
        }
        QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size = %1").arg(cacheSize));
        QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        if (walOff)
            QSqlQuery(db).exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        fail(error, StoreError::Failed, tr("No demo data was written: %1").arg(reason));
        return std::nullopt;
    };

    progress("staff", 0);
    progress("customers", 0);
    // The customers and histories name staff whose rows come at the end, after their key
    // slots: foreign keys are checked by hand then, not row by row (with violations pending,
    // SQLite would scan the child tables on every parent insert). The pragma works only outside
    // a transaction.
    if (!exec(db, QStringLiteral("PRAGMA foreign_keys = OFF"), &why))
        return abandon(why);
    // Written straight into the file rather than through the WAL (pages new to the file need no
    // journal): the gigabytes are not written twice. Kept in WAL when another connection has
    // the file open.
    {
        QSqlQuery q(db);
        walOff = q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) &&
                 q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")) && q.next() &&
                 q.value(0).toString() == QLatin1String("delete");
    }
    if (!db.transaction())
        return abandon(db.lastError().text());
    inTransaction = true;
    // Indexes are built once after the rows are in, by sorting, rather than kept up to date row by
    // row; in the same transaction, so a failure puts them back.
    QStringList rowIndexes, searchIndexes;
    if (!dropIndexes(db, QStringList{QStringLiteral("customers")} + demo::HistoryWriter::tables(),
                     &rowIndexes, &why) ||
        !dropIndexes(db, {QStringLiteral("customer_search"), QStringLiteral("customer_name_grams")},
                     &searchIndexes, &why))
        return abandon(why);
    counts.products = writeProducts(handle, &why);
    if (counts.products < 0)
        return abandon(why);

    CustomerWriter writer(handle, historyStaff, settings);
    if (!writer.prepare(&why))
        return abandon(why);
    qint64 written = 0;
    int shownCustomers = 0, shownStaff = 0;
    for (;;) {
        std::vector<CustomerRow> batch;
        {
            std::unique_lock<std::mutex> lock(queue.mutex);
            queue.changed.wait(
                lock, [&] { return queue.stop || queue.finished || !queue.batches.empty(); });
            if (!queue.error.isEmpty()) {
                const QString reason = queue.error;
                lock.unlock();
                return abandon(reason);
            }
            if (queue.batches.empty())
                break; // finished
            batch = std::move(queue.batches.front());
            queue.batches.pop_front();
            queue.changed.notify_all();
        }
        for (const CustomerRow& row : batch)
            if (!writer.write(row, &why))
                return abandon(why);
        written += qint64(batch.size());
        {
            std::lock_guard<std::mutex> lock(queue.mutex);
            queue.spare.push_back(std::move(batch));
        }
        const int percent = int(100 * written / total);
        if (percent > shownCustomers) {
            shownCustomers = percent;
            progress("customers", percent);
        }
        if (deriver.percent() > shownStaff) {
            shownStaff = deriver.percent();
            progress("staff", shownStaff);
        }
    }
    maker.join();
    if (!writer.finish(&why))
        return abandon(why);
    writer.addCounts(&counts);
    stageDone("customers");

    QSqlQuery(db).exec(QStringLiteral("PRAGMA threads = 2")); // sorter threads, if built with
    if (!createIndexes(
            db, rowIndexes, [&](int p) { progress("indexes", p); }, &why))
        return abandon(why);
    stageDone("indexes");
    if (!writer.writeNameGrams(&why) ||
        !createIndexes(
            db, searchIndexes, [&](int p) { progress("search", p); }, &why))
        return abandon(why);
    stageDone("search");

    // The staff's rows, once their slots are derived (slots first, then rows and audit).
    QList<KeySlot> derived;
    StoreError slotError;
    const qint64 staffWaitStart = timer.elapsed();
    while (!deriver.finished()) {
        progress("staff", deriver.percent());
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    if (!deriver.wait(&derived, &slotError) ||
        !vault.addPreparedUsers(staff.newUsers, derived, staff.newIds, &slotError)) {
        usersAdded = true;
        return abandon(slotError.message);
    }
    usersAdded = true;
    // Every customer's RM exists now (the histories name the same staff).
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT count(*) FROM (SELECT DISTINCT rm_user_id AS id FROM "
                                   "customers) c WHERE NOT EXISTS (SELECT 1 FROM users u WHERE "
                                   "u.id = c.id)")) ||
            !q.next())
            return abandon(q.lastError().text());
        if (q.value(0).toLongLong() != 0)
            return abandon(tr("%n customer RM(s) are missing.", nullptr, q.value(0).toInt()));
    }
    progress("staff", 100);
    counts.stageMs.append({QStringLiteral("staff"), deriver.elapsedMs()});
    counts.stageMs.append({QStringLiteral("staff_wait"), timer.elapsed() - staffWaitStart});
    stageDone("staff_rows");

    const QJsonObject details{{QStringLiteral("customers"), counts.customers},
                              {QStringLiteral("institutions"), counts.institutions},
                              {QStringLiteral("branches"), counts.branches},
                              {QStringLiteral("users"), counts.users},
                              {QStringLiteral("products"), counts.products},
                              {QStringLiteral("series"), counts.series},
                              {QStringLiteral("balances"), counts.balances},
                              {QStringLiteral("months"), counts.months},
                              {QStringLiteral("interactions"), counts.interactions},
                              {QStringLiteral("complaints"), counts.complaints},
                              {QStringLiteral("overdue_complaints"), counts.overdueComplaints},
                              {QStringLiteral("surveys"), counts.surveys},
                              {QStringLiteral("transitions"), counts.transitions},
                              {QStringLiteral("tasks"), counts.tasks},
                              {QStringLiteral("seed"), QString::number(m_options.seed)}};
    if (!AuditTrail::record(db, session,
                            {QStringLiteral("demo.generate"), QStringLiteral("database"), QString(),
                             details, QString()},
                            &why))
        return abandon(why);
    // Statistics for the query planner, so filtered lists pick the right index; sampled, so a
    // million rows take a second rather than a minute.
    progress("statistics", 0);
    if (!exec(db, QStringLiteral("PRAGMA analysis_limit = 1000"), &why) ||
        !exec(db, QStringLiteral("ANALYZE"), &why))
        return abandon(why);
    progress("statistics", 90);
    stageDone("statistics");
    if (!db.commit())
        return abandon(db.lastError().text());
    inTransaction = false;
    progress("statistics", 100);
    stageDone("commit");
    QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size = %1").arg(cacheSize));
    QSqlQuery(db).exec(QStringLiteral("PRAGMA threads = 0"));
    QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (walOff && !exec(db, QStringLiteral("PRAGMA journal_mode = WAL"), &why)) {
        fail(error, StoreError::Failed,
             tr("The demo data was written, but write-ahead logging could not be restored: %1")
                 .arg(why));
        return std::nullopt;
    }
    counts.elapsedMs = timer.elapsed();
    return counts;
}

} // namespace rmdesk
