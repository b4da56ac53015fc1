#pragma once
// The demo histories' writing side, shared by its two files (demohistorywriter.cpp: interactions,
// follow-ups, stage transitions; demoservicewriter.cpp: complaints and surveys): the raw prepared
// statements on the connection's own handle.
#include "demohistory.h"

#include <sqlcipher/sqlite3.h>

#include <QString>

#include <string>

namespace rmdesk::demo::writing {

// A prepared statement on the connection's own handle. Texts are bound without a copy: those
// that do not outlive run() (days, numbers) are kept in the statement's own buffers.
class Stmt
{
public:
    Stmt(sqlite3* db, const char* sql)
        : m_db(db)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
            m_stmt = nullptr;
    }
    ~Stmt() { sqlite3_finalize(m_stmt); }
    Stmt(const Stmt&) = delete;
    Stmt& operator=(const Stmt&) = delete;

    bool ok() const { return m_stmt != nullptr; }
    // `s` must live until run().
    void text(int i, const std::string& s)
    {
        sqlite3_bind_text(m_stmt, i, s.data(), int(s.size()), SQLITE_STATIC);
    }
    void text(int i, const char* s) { sqlite3_bind_text(m_stmt, i, s, -1, SQLITE_STATIC); }
    void keep(int i, std::string s)
    {
        m_kept[std::size_t(i)] = std::move(s);
        text(i, m_kept[std::size_t(i)]);
    }
    void textOrNull(int i, const std::string& s)
    {
        if (s.empty())
            sqlite3_bind_null(m_stmt, i);
        else
            text(i, s);
    }
    void integer(int i, std::int64_t v) { sqlite3_bind_int64(m_stmt, i, v); }
    void idOrNull(int i, std::int64_t v)
    {
        if (v == 0)
            sqlite3_bind_null(m_stmt, i);
        else
            integer(i, v);
    }
    void day(int i, std::int64_t jd)
    {
        if (jd == 0)
            sqlite3_bind_null(m_stmt, i);
        else
            keep(i, hist::isoDay(jd));
    }
    bool run()
    {
        const int rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        return rc == SQLITE_DONE;
    }
    bool step() { return sqlite3_step(m_stmt) == SQLITE_ROW; }
    std::int64_t column(int i) const { return sqlite3_column_int64(m_stmt, i); }
    std::string columnText(int i) const
    {
        const auto* t = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, i));
        return t ? std::string(t, std::size_t(sqlite3_column_bytes(m_stmt, i))) : std::string();
    }
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
    std::string m_kept[32];
};

inline bool failed(QString* error, const QString& why)
{
    if (error)
        *error = why;
    return false;
}

inline std::string at(std::int64_t day, int hour, int minute = 0)
{
    std::string s = hist::isoDay(day) + "T00:00:00.000Z";
    s[11] = char('0' + hour / 10);
    s[12] = char('0' + hour % 10);
    s[14] = char('0' + minute / 10);
    s[15] = char('0' + minute % 10);
    return s;
}

} // namespace rmdesk::demo::writing

namespace rmdesk::demo {

struct HistoryWriter::Statements
{
    explicit Statements(sqlite3* db)
        : interaction(db, "INSERT INTO interactions (id, customer_id, matter_id, at, user_id, "
                          "user_name, channel, purpose, summary, outcome, next_follow_up, "
                          "recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        , product(db, "INSERT INTO interaction_products (interaction_id, product_code) "
                      "VALUES (?, ?)")
        , followUp(db, "INSERT INTO tasks (id, kind, customer_id, interaction_id, title, "
                       "branch_code, due_on, assigned_to, status, done_at, done_by, "
                       "done_interaction_id, created_by, created_at, updated_at) "
                       "VALUES (?, 'follow_up', ?, ?, '', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        , callback(db, "INSERT INTO tasks (id, kind, customer_id, title, branch_code, due_on, "
                       "assigned_to, status, done_at, done_by, created_by, created_at, "
                       "updated_at) VALUES (?, 'manual', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        , complaint(db, "INSERT INTO complaints (id, customer_id, branch_code, taken_by_user_id, "
                        "taken_by, channel, category, amount_fen, severity, summary, "
                        "received_at, received_on, clock_version, decision_days, extended_days, "
                        "approved_days, status, due_on, decision, decided_on, closed_on, "
                        "withdrawn_on, response, response_on, root_cause, root_cause_note, "
                        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                        "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        , event(db, "INSERT INTO complaint_events (complaint_id, at, user_name, kind, on_date, "
                    "days, text, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        , response(db, "INSERT INTO survey_responses (id, customer_id, template_id, "
                       "answered_on, channel, complaint_id, branch_code, rm_user_id, segment, "
                       "nps, csat, ces, follow_up_task_id, recorded_by, recorded_at, source) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'desk')")
        , answer(db, "INSERT INTO survey_answers (response_id, key, value) VALUES (?, ?, ?)")
        , transition(db, "INSERT INTO stage_transitions (customer_id, month, effective_on, "
                         "from_stage, to_stage, source, user_name, recorded_at) "
                         "VALUES (?, ?, ?, ?, ?, 'rules', ?, ?)")
    {}
    bool ok() const
    {
        return interaction.ok() && product.ok() && followUp.ok() && callback.ok() &&
               complaint.ok() && event.ok() && response.ok() && answer.ok() && transition.ok();
    }

    writing::Stmt interaction, product, followUp, callback, complaint, event, response, answer,
        transition;
};

} // namespace rmdesk::demo
