#include "demogenerator.h"

#include "demochanges.h"
#include "demodata.h"
#include "demohistory.h"
#include "demorows.h"
#include "demowriter.h"
#include "domain/customerfields.h"
#include "security/permissions.h"
#include "storage/directwrites.h"
#include "storage/indexbuilder.h"
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
#include <unistd.h>

namespace rmdesk {

namespace {

using demo::CustomerRow;

constexpr int kBatch = 2000;   // rows handed from the maker thread to the writer at a time
constexpr int kQueueLimit = 8; // batches waiting at most

// The page cache while loading: the whole database, so that no page is encrypted and written
// before the commit, and the indexes are built from decrypted pages (a million customers with 36
// months, 3.7 GB: 2 GiB of cache took 146 s, the whole file 119 s). About 1 KiB per customer
// and 80 bytes per customer-month (measured: 3.7 GB for 1,000,000 x 36), at most half the
// machine's memory, at least 64 MiB.
qint64 cacheKiB(qint64 customers, int months)
{
    const qint64 wanted = customers * (1024 + 80 * qint64(months)) / 1024;
    qint64 limit = 2097152;
#ifdef _SC_PHYS_PAGES
    const long pages = sysconf(_SC_PHYS_PAGES), pageSize = sysconf(_SC_PAGESIZE);
    if (pages > 0 && pageSize > 0)
        limit = qint64(pages) * pageSize / 2048;
#endif
    return std::clamp<qint64>(wanted, 65536, std::max<qint64>(limit, 65536));
}

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

using demo::CustomerWriter;
using demo::Statement;
using demo::writeProducts;

bool exec(QSqlDatabase& db, const QString& sql, QString* why)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    *why = q.lastError().text();
    return false;
}

// Drops the indexes or triggers (`type`) of `tables`, to be created again once the rows are in
// (an index then by one sort), and appends the statements that create them again.
bool setAside(QSqlDatabase& db, const char* type, const QStringList& tables, QStringList* creates,
              QString* why)
{
    if (tables.isEmpty())
        return true;
    QSqlQuery q(db);
    QStringList quoted;
    for (const QString& t : tables)
        quoted << QLatin1Char('\'') + QString(t).replace(QLatin1Char('\''), QLatin1String("''")) +
                      QLatin1Char('\'');
    if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = '%1' AND "
                               "tbl_name IN (%2) AND sql IS NOT NULL ORDER BY tbl_name, name")
                    .arg(QLatin1String(type), quoted.join(QLatin1Char(','))))) {
        *why = q.lastError().text();
        return false;
    }
    QStringList names;
    while (q.next()) {
        names << q.value(0).toString();
        *creates << q.value(1).toString();
    }
    for (const QString& name : names)
        if (!q.exec(QStringLiteral("DROP %1 \"%2\"").arg(QLatin1String(type), name))) {
            *why = q.lastError().text();
            return false;
        }
    return true;
}

bool createIndexes(QSqlDatabase& db, const QStringList& creates, const std::function<void(int)>& at,
                   QString* why)
{
    IndexBuilder builder(db, creates);
    for (int i = 0; i < creates.size(); ++i) {
        if (!builder.create(creates[i], why))
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
    exec(db, QStringLiteral("PRAGMA cache_size = -%1").arg(cacheKiB(total, m_options.months)),
         &why);

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
    std::optional<DirectWrites> direct;
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
        direct.reset(); // write-ahead logging again
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
    // Straight into the file rather than through the WAL: the gigabytes are not written twice.
    direct.emplace(db);
    if (!db.transaction())
        return abandon(db.lastError().text());
    inTransaction = true;
    // Indexes are built once after the rows are in, by sorting, rather than kept up to date row by
    // row; in the same transaction, so a failure puts them back.
    // The customers' triggers are set aside too: the only one turns a stage of 'new' or 'lost'
    // into 'prospect' or 'churned', which the generated stages never are, and running it cost
    // more than the insert itself.
    QStringList rowIndexes, searchIndexes;
    if (!setAside(db, "index",
                  QStringList{QStringLiteral("customers")} + demo::HistoryWriter::tables(),
                  &rowIndexes, &why) ||
        !setAside(db, "trigger", {QStringLiteral("customers")}, &rowIndexes, &why) ||
        !setAside(db, "index",
                  {QStringLiteral("customer_search"), QStringLiteral("customer_name_grams")},
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
    // A few identity documents renewed lately, some still waiting for their check.
    const int identityChanges = demo::writeIdentityChanges(db, historyStaff, today, &why);
    if (identityChanges < 0)
        return abandon(why);
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
                              {QStringLiteral("identity_changes"), identityChanges},
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
    if (!direct->restore(&why)) {
        fail(error, StoreError::Failed,
             tr("The demo data was written, but write-ahead logging could not be restored: %1")
                 .arg(why));
        return std::nullopt;
    }
    counts.elapsedMs = timer.elapsed();
    return counts;
}

} // namespace rmdesk
