#pragma once
// Histories of the demo customers over the demo's months (issue 9): interactions, complaints with
// their events, satisfaction surveys, lifecycle stage transitions (and the stage runs of those
// months), follow-up tasks. Deterministic from the seed and the customer.
//
// The generator calls, per customer: HistoryMaker::make on its maker thread (pure: no database),
// which may also set the row's lifecycle stage to the one its month-by-month story ends in; then
// HistoryWriter::write on its writer thread inside the loading transaction. finish() once after
// the last customer (stage runs, sequences, anything summed over all customers).

#include "demohistoryrows.h"
#include "demorows.h"

#include <QString>
#include <QStringList>

#include <array>
#include <memory>

struct sqlite3;

namespace rmdesk::demo {

// Who the histories can name, known once the staff exist.
struct HistoryStaff
{
    std::vector<std::string> branchCodes;         // per branch, plan order
    std::vector<std::vector<std::int64_t>> rmIds; // per branch: the RMs' user ids (rmSlot order)
    std::vector<std::string> rmNames;             // unused slots allowed; by user id via rmIndex
    std::vector<std::int64_t> supervisorIds;      // per branch
    std::int64_t complianceId = 0;
    std::int64_t adminId = 0; // the signed-in administrator running the demo
    std::string adminName;
};

struct HistoryCounts
{
    std::int64_t interactions = 0;
    std::int64_t complaints = 0;
    std::int64_t overdueComplaints = 0;
    std::int64_t surveys = 0;
    std::int64_t transitions = 0;
    std::int64_t tasks = 0;
};

class HistoryMaker
{
public:
    explicit HistoryMaker(const RowSettings& settings);
    // With the rules in force in the database (HistoryWriter::loadRules); the one above uses the
    // shipped defaults.
    HistoryMaker(const RowSettings& settings, const HistoryRules& rules);
    // Decides the customer's history from its holdings (row->holdings: product, month, fen) and
    // stage; fills row->history and may set row->values[ColLifecycleStage].
    void make(CustomerRow* row);

    // The stage the lifecycle rules give a customer at each month end (0 … months-1) from the
    // month-end totals and the months with an interaction, as LifecycleStore's monthly pass
    // would (a relationship held since month 0 counts as older than the demo's months). Public
    // for the tests.
    std::vector<std::uint8_t> stagesFor(const std::vector<std::int64_t>& totals,
                                        const std::vector<bool>& contacted, int months) const;

private:
    struct Customer; // what make() works out about the row first
    void interactions(const Customer& c, Rng& rng, HistoryRows* h) const;
    void complaints(const Customer& c, Rng& rng, HistoryRows* h) const;
    void surveys(const Customer& c, Rng& rng, HistoryRows* h) const;
    void stages(const Customer& c, CustomerRow* row) const;
    HistoryInteraction contact(const Customer& c, Rng& rng, std::int64_t day, int purpose) const;
    std::int64_t dayIn(Rng& rng, int month) const; // a past day of the month, 0 when none
    std::string utcAt(Rng& rng, std::int64_t day) const;

    RowSettings m_s;
    HistoryRules m_rules;
    std::int64_t m_today = 0;               // Julian day
    std::vector<std::int64_t> m_monthStart; // months + 2 entries: month m's first day
};

class HistoryWriter
{
public:
    HistoryWriter(sqlite3* db, const HistoryStaff& staff, const RowSettings& settings);
    ~HistoryWriter();
    HistoryWriter(const HistoryWriter&) = delete;
    HistoryWriter& operator=(const HistoryWriter&) = delete;

    // The tables whose indexes the generator drops before loading and rebuilds after.
    static QStringList tables();
    bool prepare(QString* error);
    bool write(const CustomerRow& row, QString* error);
    bool finish(QString* error);
    HistoryCounts counts() const { return m_counts; }

    // The rules in force on `day` (those of the demo's today), read with plain SQL.
    static HistoryRules loadRules(sqlite3* db, const QDate& day, QString* error = nullptr);

private:
    struct Statements;
    struct Template
    {
        std::int64_t id = 0;
        std::string titleEn, titleZh;
        struct Question
        {
            std::string key, type;
            std::vector<std::string> options; // codes of single and multi questions
            bool required = false;
        };
        std::vector<Question> questions;
        bool hasNps = false, hasCsat = false, hasCes = false;
    };
    bool writeInteractions(const CustomerRow& row, QString* error);
    bool writeComplaints(const CustomerRow& row, std::vector<std::int64_t>* ids, QString* error);
    bool writeSurveys(const CustomerRow& row, const std::vector<std::int64_t>& complaintIds,
                      QString* error);
    bool writeTransitions(const CustomerRow& row, QString* error);
    const std::string& userName(std::int64_t id) const;

    sqlite3* m_db;
    const HistoryStaff& m_staff;
    RowSettings m_s;
    HistoryRules m_rules;
    HistoryCounts m_counts;
    std::unique_ptr<Statements> m_st;
    std::vector<std::string> m_userNames;    // by user id
    std::vector<std::string> m_monthNames;   // "yyyy-MM" of month m (0 … months+1)
    std::vector<std::int64_t> m_monthStarts; // its first day (Julian)
    std::array<Template, 3> m_templates;
    std::string m_callbackTitle; // "Survey callback: %1 (%2)", translated
    std::string m_npsLabel, m_csatLabel;
    bool m_chinese = false;
    std::int64_t m_nextInteraction = 1, m_nextTask = 1, m_nextComplaint = 1, m_nextResponse = 1;
    std::int64_t m_customers = 0;
    std::vector<std::array<std::int64_t, 8>> m_stageCounts; // per simulated month
    std::vector<std::int64_t> m_changed;                    // per simulated month
};

} // namespace rmdesk::demo
