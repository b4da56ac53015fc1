#pragma once
// The demo generator's deterministic random source and the customer rows it makes.

#include "demodata.h"
#include "demohistoryrows.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <string>
#include <unordered_set>
#include <vector>

namespace rmdesk::demo {

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

// One holding_series row: a product's month-end balances as HoldingSeries::encode writes them.
struct SeriesRow
{
    int product;
    std::string balances;
};

// How a customer's balances go over the span (the histories read the balances themselves).
enum class Story : std::uint8_t {
    Prospect, // never held anything
    Mature,   // steady
    Growing,  // rising in the last months
    Declining,
    Dormant, // a small balance that no longer moves
    Churned, // balances drop to nothing and stay so
    WonBack, // churned, then back after some empty months
};

struct CustomerRow
{
    std::int64_t id = 0;
    bool institution = false;
    int branch = 0; // index into the plan's branches
    int rmSlot = 0; // which of that branch's RMs
    std::string values[ColumnCount];
    std::vector<HoldingRow> holdings; // by product (code order), then month; no zero balances
    std::vector<SeriesRow> series;    // the holdings encoded per product
    Story story = Story::Prospect;
    int firstMonth = -1;   // the first month with holdings (-1: none)
    std::string createdAt; // when the customer was onboarded: 2024-03-18T02:41:07.000Z
    // What the search tables hold for the customer (CustomerSearch).
    std::string pinyin, initials, idReversed;
    std::vector<std::uint32_t> nameGrams; // each gram's two UTF-16 units, high one first
    HistoryRows history;                  // interactions, complaints, surveys … (demohistory.h)
};

struct RowSettings
{
    std::uint64_t seed = 1;
    QDate today;
    int months = 36;
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
    void finances(CustomerRow* row, bool beforeSpan);
    void storyLevels(CustomerRow* row, std::vector<double>* level, double tinyShare,
                     int* frozenFrom, bool beforeSpan);
    void searchTerms(CustomerRow* row) const;
    void encodeSeries(CustomerRow* row) const;
    std::string timestamp(std::int64_t julianDay);

    RowSettings m_s;
    Rng m_rng;
    const std::vector<BranchPlan>& m_branches;
    std::vector<int> m_branchWeights;
    std::vector<int> m_nextRm;
    std::int64_t m_todayJd;
    std::int64_t m_spanStartJd;                 // the first day of month 0
    std::vector<std::int64_t> m_monthStartJd;   // per month, and one past the last
    int m_firstMonthIndex = 0;                  // HoldingSeries month index of month 0
    std::unordered_set<std::int64_t> m_ids;     // first 17 digits of resident IDs
    std::unordered_set<std::int64_t> m_mobiles; // as numbers
    std::unordered_set<std::string> m_codes;    // credit codes
    std::vector<std::pair<std::string, std::string>> m_lastPerson; // name, mobile per branch
};

} // namespace rmdesk::demo
