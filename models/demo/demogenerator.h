#pragma once

#include "security/vault.h"
#include "storage/secretbytes.h"
#include "stores/storeerror.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>
#include <optional>

namespace rmdesk {

struct DemoOptions
{
    qint64 customers = 0;
    quint64 seed = 1;
    int months = 12; // month-end holdings for so many months, the last one being last month
    QDate today;     // invalid: the current date (dates are relative to it; names and IDs not)
};

struct DemoCounts
{
    int branches = 0;
    int users = 0; // created by this run
    qint64 customers = 0;
    qint64 institutions = 0;
    int products = 0;
    qint64 holdings = 0;
    qint64 elapsedMs = 0;
};

// Fills an empty database with synthetic but valid data: branches, staff of every role (through
// Vault::addUser), customers with real-looking Chinese names, resident IDs and credit codes,
// products and month-end holdings. The same seed gives the same customers.
//
// This is the one bulk loader of customers: it writes with prepared statements in large
// transactions instead of CustomerStore::add, and leaves one "demo.generate" audit row with the
// counts (besides the user.add rows of the staff it creates).
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    static constexpr qint64 MaxCustomers = 5000000;
    static constexpr int MaxMonths = 120;
    using Progress = std::function<void(qint64 done, qint64 total)>;

    // What is being done now ("users", "customers", "search"), for progress lines.
    using Stage = std::function<void(const QString& stage)>;

    // `progress` is called with customers written so far and the total.
    explicit DemoGenerator(DemoOptions options, Progress progress = {}, Stage stage = {});

    // Needs an administrator's session (user management). `staffPassword` becomes every new
    // user's password. Refuses a database that already has customers.
    std::optional<DemoCounts> run(Vault& vault, const SecretBytes& staffPassword,
                                  StoreError* error);

private:
    DemoOptions m_options;
    Progress m_progress;
    Stage m_stage;
};

} // namespace rmdesk
