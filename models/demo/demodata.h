#pragma once
// Reference tables for the demo generator: surnames with their frequencies, common given-name
// characters, real GB/T 2260 district codes of the branch cities, products and word lists (every
// text is UTF-8); its random source; the branches and staff it plans.

#include "security/vault.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <string>
#include <thread>
#include <vector>

namespace rmdesk::demo {

template <typename T> struct Table
{
    const T* items;
    std::size_t size;
    const T& operator[](std::size_t i) const { return items[i]; }
};

struct Surname
{
    const char* name;
    const char* pinyin; // for e-mail addresses
    int weight;         // per 10,000 of the population, roughly (2020 census)
};

// A county-level division: the first six digits of its residents' ID numbers.
struct Region
{
    const char* code;
    const char* city;     // "北京市", "广州市"
    const char* district; // "朝阳区"
};

struct City
{
    const char* branchCode; // BJ01
    const char* branchName; // 北京分行
    const char* shortName;  // 北京 (company names)
    const char* areaCode;   // landline prefix
    int subBranches;        // BJ01-01 …
    int weight;             // share of customers
    Table<Region> districts;
    Table<const char*> streets;
    Table<const char*> subBranchNames; // 朝阳支行 …
};

struct Product
{
    const char* code;
    const char* name;
    const char* type; // deposit, wealth, fund, insurance, bond
    int risk;         // 1..5 (R1..R5)
};

struct Industry
{
    const char* word;     // in company names: 科技
    const char* category; // GB/T 4754 section, stored in customers.industry
};

const Table<Surname>& surnames();
const Table<const char*>& maleGivenChars();
const Table<const char*>& femaleGivenChars();
const Table<City>& cities();
// Where customers who moved to a branch city were registered (ID numbers of other provinces).
const Table<Region>& otherRegions();
const Table<Product>& products();
const Table<Industry>& industries();
const Table<const char*>& tradeNames();     // characters of company trade names (two each)
const Table<const char*>& occupations();    // working age
const Table<const char*>& mobilePrefixes(); // 3-digit segments of the three carriers
const Table<const char*>& mailDomains();

// xoshiro256** seeded through splitmix64: the same seed gives the same numbers everywhere.
class Rng
{
public:
    explicit Rng(std::uint64_t seed);
    std::uint64_t next();
    std::uint64_t below(std::uint64_t n); // 0 … n-1
    int between(int low, int high);       // low … high, inclusive
    double uniform();                     // [0, 1)
    bool chance(double p) { return uniform() < p; }
    double normal(); // standard normal (Box-Muller)
    // An index into `weights` with probability proportional to its weight.
    std::size_t weighted(const int* weights, std::size_t count);

private:
    std::uint64_t m_s[4];
};

struct BranchPlan
{
    QString code;
    QString name;
    QString parent; // empty for a city branch
    int city = 0;
    int rms = 2;
    double share = 0; // of all customers
};

// Branches and how many RMs each gets for `customers` customers (one per ~2,000, at least 2).
std::vector<BranchPlan> planBranches(std::int64_t customers);
// Inserts or renames the planned branches, in a transaction of their own.
bool writeBranches(QSqlDatabase& db, const std::vector<BranchPlan>& plan, QString* why);

// The demo staff: a supervisor and RMs per branch (sup.bj01, rm.bj01-01.03) and one compliance
// officer (compliance1). Users that exist with the same role and branch are kept; the new ones
// get the ids after the highest, which the customers and histories use before their rows are
// written (in the loading transaction, foreign keys checked at its end).
struct StaffPlan
{
    QList<NewUser> newUsers;
    QList<qint64> newIds;
    std::vector<std::vector<qint64>> rmIds; // per branch, in rmSlot order
    std::vector<qint64> supervisorIds;      // per branch
    qint64 complianceId = 0;
    std::vector<std::string> names; // user names by id ("" where none)
    QStringList newNames() const;
};
bool planStaff(Vault& vault, const std::vector<BranchPlan>& plan, std::uint64_t seed,
               StaffPlan* staff, StoreError* error);

// Makes the new users' key slots (Vault::prepareUserSlots: one Argon2id derivation with the
// Interactive profile, a key pair per user) on a thread of its own while the rows load.
class SlotDeriver
{
public:
    SlotDeriver(const Vault& vault, const QList<NewUser>& users, const SecretBytes& password);
    ~SlotDeriver();
    SlotDeriver(const SlotDeriver&) = delete;
    SlotDeriver& operator=(const SlotDeriver&) = delete;

    int percent() const;
    bool finished() const { return m_finished; }
    qint64 elapsedMs() const { return m_elapsedMs; } // until the last slot was derived
    void stop();
    // Waits for every slot; false with *error if one could not be derived.
    bool wait(QList<KeySlot>* derived, StoreError* error);

private:
    QList<KeySlot> m_slots;
    int m_count = 0;
    std::thread m_thread;
    std::atomic<int> m_done{0};
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_finished{false};
    std::atomic<qint64> m_elapsedMs{0};
    QElapsedTimer m_timer;
    StoreError m_error;
};

} // namespace rmdesk::demo
