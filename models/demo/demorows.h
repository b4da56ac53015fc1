#pragma once
// The demo generator's deterministic random source and the customer rows it makes.

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <string>
#include <unordered_set>
#include <vector>

namespace rmdesk::demo {

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

// The customer columns the generator fills, in INSERT order after id, type, branch_code and
// rm_user_id. Empty text is stored as NULL (tags and notes: as '').
enum Column {
    ColName,
    ColGender,
    ColBirthDate,
    ColIdType,
    ColIdNumber,
    ColIdIssuer,
    ColIdExpiry,
    ColMobile,
    ColPhones,
    ColEmail,
    ColAddress,
    ColOccupation,
    ColEmployer,
    ColLegalRep,
    ColContacts,
    ColIndustry,
    ColRegisteredAddress,
    ColRiskLevel,
    ColRiskAssessedOn,
    ColRiskExpiresOn,
    ColAmlRisk,
    ColTier,
    ColLifecycleStage,
    ColNextReviewDue,
    ColAumFen, // the latest month's holdings, as the list sorts by them
    ColumnCount
};
const char* columnName(int column);

struct HoldingRow
{
    int product; // index into demo::products(), in code order within a customer
    int month;   // 0 … months-1, the last being the latest
    std::int64_t balanceFen;
};

struct CustomerRow
{
    std::int64_t id = 0;
    bool institution = false;
    int branch = 0; // index into the plan's branches
    int rmSlot = 0; // which of that branch's RMs
    std::string values[ColumnCount];
    std::vector<HoldingRow> holdings;
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

struct RowSettings
{
    std::uint64_t seed = 1;
    QDate today;
    int months = 12;
    int reviewMonthsHigh = 3;
    int reviewMonthsOther = 6;
    std::int64_t affluentMinFen = 50000000;
    std::int64_t privateMinFen = 600000000;
};

// Makes customer rows one after another; unique ID numbers and (almost always) unique mobiles.
class RowMaker
{
public:
    RowMaker(const RowSettings& settings, const std::vector<BranchPlan>& branches);
    void make(std::int64_t id, CustomerRow* row);
    // The row's catalogue fields as CustomerStore::add would receive them (for validation).
    static QHash<QString, QString> catalogueValues(const CustomerRow& row);

private:
    std::string date(int daysFromToday) const;
    std::string personName(bool male);
    std::string residentId(const char* region, const QDate& birth, bool male);
    std::string mobile();
    std::string companyName(int city, int industry);
    std::string uscc(const char* region);
    std::string street(int city, bool company);
    void person(CustomerRow* row);
    void institution(CustomerRow* row);
    void finances(CustomerRow* row);

    RowSettings m_s;
    Rng m_rng;
    const std::vector<BranchPlan>& m_branches;
    std::vector<int> m_branchWeights;
    std::vector<int> m_nextRm;
    std::int64_t m_todayJd;
    std::unordered_set<std::int64_t> m_ids;     // first 17 digits of resident IDs
    std::unordered_set<std::int64_t> m_mobiles; // as numbers
    std::unordered_set<std::string> m_codes;    // credit codes
    std::vector<std::pair<std::string, std::string>> m_lastPerson; // name, mobile per branch
};

} // namespace rmdesk::demo
