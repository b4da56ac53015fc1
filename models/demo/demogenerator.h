#pragma once

#include "security/vault.h"
#include "storage/secretbytes.h"
#include "stores/storeerror.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QPair>

#include <functional>
#include <optional>

namespace rmdesk {

struct DemoOptions
{
    qint64 customers = 0;
    quint64 seed = 1;
    int months = 36; // month-end holdings for so many months, the last one being last month
    QDate today;     // invalid: the current date (dates are relative to it; names and IDs not)
};

struct DemoCounts
{
    int branches = 0;
    int users = 0; // created by this run
    qint64 customers = 0;
    qint64 institutions = 0;
    int products = 0;
    qint64 series = 0;   // holding_series rows: one per customer and product held
    qint64 balances = 0; // month-end balances in them (rows of the holdings view)
    int months = 0;
    qint64 interactions = 0;
    qint64 complaints = 0;
    qint64 overdueComplaints = 0;
    qint64 surveys = 0;
    qint64 transitions = 0;
    qint64 tasks = 0;
    qint64 elapsedMs = 0;
    // Wall time of each stage in ms, in order, and its CPU time (all threads) as "<stage>_cpu":
    // customers (with histories), indexes, search, staff_rows (waiting for the last key slot,
    // then the users' rows), statistics, commit. "staff" overlaps the others: the time until the
    // last key slot was derived.
    QList<QPair<QString, qint64>> stageMs;
};

// Fills an empty database with synthetic but valid data: branches, staff of every role (through
// Vault::addUser), customers with real-looking Chinese names, resident IDs and credit codes,
// products, month-end balances over the months (holding_series) with customers coming, growing,
// leaving and coming back, and their histories (demohistory.h). The same seed gives the same data.
//
// This is the one bulk loader of customers: it writes with prepared statements in one
// transaction instead of CustomerStore::add, with the search tables, and leaves one
// "demo.generate" audit row with the counts (besides the user.add rows of the staff it creates).
// The staff's key slots are derived on another thread while the customers are loaded; their rows
// join the same transaction (foreign keys checked at its end), so a failure leaves nothing.
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    static constexpr qint64 MaxCustomers = 5000000;
    static constexpr int MaxMonths = 120;
    // Stages: "staff", "customers" (with their histories), "indexes", "search", "statistics".
    // `progress` is called on the calling thread with a stage and how far it is (0 … 100), at
    // most about every percent; "staff" runs beside the others.
    using Progress = std::function<void(const QString& stage, int percent)>;

    explicit DemoGenerator(DemoOptions options, Progress progress = {});

    // Needs an administrator's session (user management). `staffPassword` becomes every new
    // user's password. Refuses a database that already has customers.
    std::optional<DemoCounts> run(Vault& vault, const SecretBytes& staffPassword,
                                  StoreError* error);

private:
    DemoOptions m_options;
    Progress m_progress;
};

} // namespace rmdesk
