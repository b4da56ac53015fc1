// The writer side of the demo histories (see demohistory.h): the rows HistoryMaker decided, with
// raw prepared statements inside the generator's loading transaction, as the stores would have
// written them (codes, statuses, clock columns, timelines, follow-up and callback tasks).
#include "demohistory.h"

#include "demodata.h"

#include <sqlcipher/sqlite3.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace rmdesk::demo {

using namespace hist;
using namespace hist::notes;

namespace {

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
            keep(i, isoDay(jd));
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

bool failed(QString* error, const QString& why)
{
    if (error)
        *error = why;
    return false;
}

std::string at(std::int64_t day, int hour, int minute = 0)
{
    std::string s = isoDay(day) + "T00:00:00.000Z";
    s[11] = char('0' + hour / 10);
    s[12] = char('0' + hour % 10);
    s[14] = char('0' + minute / 10);
    s[15] = char('0' + minute % 10);
    return s;
}

} // namespace

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

    Stmt interaction, product, followUp, callback, complaint, event, response, answer, transition;
};

HistoryWriter::HistoryWriter(sqlite3* db, const HistoryStaff& staff, const RowSettings& settings)
    : m_db(db)
    , m_staff(staff)
    , m_s(settings)
{}

HistoryWriter::~HistoryWriter() = default;

QStringList HistoryWriter::tables()
{
    return {QStringLiteral("interactions"),
            QStringLiteral("interaction_products"),
            QStringLiteral("tasks"),
            QStringLiteral("complaints"),
            QStringLiteral("complaint_events"),
            QStringLiteral("survey_responses"),
            QStringLiteral("survey_answers"),
            QStringLiteral("stage_transitions")};
}

bool HistoryWriter::prepare(QString* error)
{
    QString why;
    m_rules = loadRules(m_db, m_s.today, &why);
    if (!why.isEmpty())
        return failed(error, why);
    // The staff's names (their rows come after the customers), then anyone else's.
    m_userNames = m_staff.rmNames;
    {
        Stmt users(m_db, "SELECT id, name FROM users ORDER BY id");
        if (!users.ok())
            return failed(error, users.error());
        while (users.step()) {
            const std::int64_t id = users.column(0);
            if (id < 0 || id > 10000000)
                continue;
            if (std::size_t(id) >= m_userNames.size())
                m_userNames.resize(std::size_t(id) + 1);
            if (m_userNames[std::size_t(id)].empty())
                m_userNames[std::size_t(id)] = users.columnText(1);
        }
    }
    for (std::size_t t = 0; t < m_templates.size(); ++t) {
        Template& tpl = m_templates[t];
        Stmt q(m_db, "SELECT id, title_en, title_zh FROM survey_templates WHERE name = ? "
                     "ORDER BY version DESC LIMIT 1");
        if (!q.ok())
            return failed(error, q.error());
        q.text(1, kSurveyTemplates[t]);
        if (!q.step())
            return failed(error, QCoreApplication::translate("DemoGenerator",
                                                             "The survey template %1 is missing.")
                                     .arg(QLatin1String(kSurveyTemplates[t])));
        tpl.id = q.column(0);
        tpl.titleEn = q.columnText(1);
        tpl.titleZh = q.columnText(2);
        Stmt questions(m_db, "SELECT key, type, required, options FROM survey_questions "
                             "WHERE template_id = ? ORDER BY position");
        if (!questions.ok())
            return failed(error, questions.error());
        questions.integer(1, tpl.id);
        while (questions.step()) {
            Template::Question question;
            question.key = questions.columnText(0);
            question.type = questions.columnText(1);
            question.required = questions.column(2) != 0;
            const QJsonArray options =
                QJsonDocument::fromJson(QByteArray::fromStdString(questions.columnText(3))).array();
            for (const QJsonValue& o : options)
                question.options.push_back(
                    o.toObject().value(QLatin1String("code")).toString().toStdString());
            tpl.hasNps = tpl.hasNps || question.type == "nps";
            tpl.hasCsat = tpl.hasCsat || question.type == "csat";
            tpl.hasCes = tpl.hasCes || question.type == "ces";
            tpl.questions.push_back(std::move(question));
        }
    }
    struct Next
    {
        const char* sql;
        std::int64_t* into;
    };
    for (const Next& n :
         {Next{"SELECT coalesce(max(id), 0) + 1 FROM interactions", &m_nextInteraction},
          Next{"SELECT coalesce(max(id), 0) + 1 FROM tasks", &m_nextTask},
          Next{"SELECT coalesce(max(id), 0) + 1 FROM complaints", &m_nextComplaint},
          Next{"SELECT coalesce(max(id), 0) + 1 FROM survey_responses", &m_nextResponse}}) {
        Stmt q(m_db, n.sql);
        if (!q.ok() || !q.step())
            return failed(error, q.error());
        *n.into = q.column(0);
    }
    m_st = std::make_unique<Statements>(m_db);
    if (!m_st->ok())
        return failed(error, QString::fromUtf8(sqlite3_errmsg(m_db)));
    m_chinese = QLocale().name().startsWith(QLatin1String("zh"));
    m_callbackTitle =
        QCoreApplication::translate("SurveyStore", "Survey callback: %1 (%2)").toStdString();
    m_npsLabel = QCoreApplication::translate("SurveyStore", "NPS %1").toStdString();
    m_csatLabel = QCoreApplication::translate("SurveyStore", "CSAT %1").toStdString();
    for (int m = 0; m <= m_s.months + 1; ++m) {
        const QDate d = m_s.today.addMonths(m - m_s.months);
        const QDate first(d.year(), d.month(), 1);
        m_monthStarts.push_back(first.toJulianDay());
        m_monthNames.push_back(first.toString(QStringLiteral("yyyy-MM")).toStdString());
    }
    const int simulated = std::max(0, m_s.months - 1);
    m_stageCounts.assign(std::size_t(simulated), {});
    m_changed.assign(std::size_t(simulated), 0);
    return true;
}

const std::string& HistoryWriter::userName(std::int64_t id) const
{
    static const std::string none;
    return id >= 0 && std::size_t(id) < m_userNames.size() ? m_userNames[std::size_t(id)] : none;
}

bool HistoryWriter::write(const CustomerRow& row, QString* error)
{
    ++m_customers;
    const HistoryRows& h = row.history;
    int stored = 0;
    for (int s = 0; s < 8; ++s)
        if (row.values[ColLifecycleStage] == kStages[s])
            stored = s;
    for (std::size_t m = 0; m < m_stageCounts.size(); ++m)
        ++m_stageCounts[m][m < h.stages.size() ? h.stages[m] : std::size_t(stored)];
    std::vector<std::int64_t> complaintIds;
    return writeInteractions(row, error) && writeComplaints(row, &complaintIds, error) &&
           writeSurveys(row, complaintIds, error) && writeTransitions(row, error);
}

bool HistoryWriter::writeInteractions(const CustomerRow& row, QString* error)
{
    const auto& list = row.history.interactions;
    if (list.empty())
        return true;
    Statements& st = *m_st;
    const std::int64_t rm = m_staff.rmIds[std::size_t(row.branch)][std::size_t(row.rmSlot)];
    const std::string& rmName = userName(rm);
    const std::string& branch = m_staff.branchCodes[std::size_t(row.branch)];
    const std::int64_t first = m_nextInteraction;
    m_nextInteraction += std::int64_t(list.size());
    for (std::size_t i = 0; i < list.size(); ++i) {
        const HistoryInteraction& in = list[i];
        Stmt& q = st.interaction;
        q.integer(1, first + std::int64_t(i));
        q.integer(2, row.id);
        q.integer(3, first + in.matter);
        q.text(4, in.at);
        q.integer(5, rm);
        q.text(6, rmName);
        q.text(7, kInteractionChannels[in.channel]);
        q.text(8, kInteractionPurposes[in.purpose]);
        q.text(9, in.summary);
        q.text(10, kInteractionOutcomes[in.outcome]);
        q.day(11, in.followUpDay);
        q.text(12, in.at);
        if (!q.run())
            return failed(error, q.error());
        for (int p = 0; p < in.productCount; ++p) {
            st.product.integer(1, first + std::int64_t(i));
            st.product.text(2, products()[in.products[p]].code);
            if (!st.product.run())
                return failed(error, st.product.error());
        }
    }
    m_counts.interactions += std::int64_t(list.size());
    // The follow-ups, once the contacts that completed them are in.
    for (std::size_t i = 0; i < list.size(); ++i) {
        const HistoryInteraction& in = list[i];
        if (in.task == NoTask)
            continue;
        const bool done = in.task == TaskDone && in.doneBy >= 0;
        const std::string& doneAt = done ? list[std::size_t(in.doneBy)].at : in.at;
        Stmt& q = st.followUp;
        q.integer(1, m_nextTask++);
        q.integer(2, row.id);
        q.integer(3, first + std::int64_t(i));
        q.text(4, branch);
        q.day(5, in.followUpDay);
        q.integer(6, rm);
        q.text(7, done ? "done" : "open");
        if (done) {
            q.text(8, doneAt);
            q.text(9, rmName);
            q.integer(10, first + in.doneBy);
        }
        q.text(11, rmName);
        q.text(12, in.at);
        q.text(13, doneAt);
        if (!q.run())
            return failed(error, q.error());
        ++m_counts.tasks;
    }
    return true;
}

bool HistoryWriter::writeComplaints(const CustomerRow& row, std::vector<std::int64_t>* ids,
                                    QString* error)
{
    Statements& st = *m_st;
    const std::int64_t rm = m_staff.rmIds[std::size_t(row.branch)][std::size_t(row.rmSlot)];
    const std::string& rmName = userName(rm);
    const std::string& branch = m_staff.branchCodes[std::size_t(row.branch)];
    for (const HistoryComplaint& x : row.history.complaints) {
        const std::int64_t id = m_nextComplaint++;
        ids->push_back(id);
        struct Event
        {
            std::int64_t on;
            int order;
            const char* kind;
            std::string text;
            std::string details;
            int days;
        };
        const std::string channel = kComplaintChannels[x.noticeChannel];
        const std::string received = isoDay(x.received);
        std::vector<Event> events;
        events.push_back({x.received, 0, "opened", x.summary,
                          "{\"customer\":" + std::to_string(row.id) + ",\"channel\":\"" +
                              kComplaintChannels[x.channel] + "\",\"category\":\"" +
                              kComplaintCategories[x.category] + "\",\"severity\":\"" +
                              kComplaintSeverities[x.severity] + "\",\"amount_fen\":" +
                              std::to_string(x.amountFen) + ",\"received_at\":\"" + x.receivedAt +
                              "\",\"due_on\":\"" + isoDay(x.received + m_rules.decisionDays) +
                              "\",\"clock_version\":" + std::to_string(m_rules.clockVersion) +
                              ",\"group_size\":0,\"representatives\":0}",
                          0});
        if (x.acceptedOn)
            events.push_back({x.acceptedOn, 1, "accepted", std::string(), "{}", 0});
        if (x.investigatingOn)
            events.push_back({x.investigatingOn, 2, "investigating", std::string(), "{}", 0});
        if (x.extendedOn) {
            events.push_back({x.extendedOn, 3, "extended", x.extensionReason,
                              "{\"from_days\":" + std::to_string(m_rules.decisionDays) +
                                  ",\"to_days\":" + std::to_string(m_rules.extendedDays) + "}",
                              m_rules.extendedDays});
            events.push_back({x.extendedOn, 4, "notified", std::string(),
                              "{\"about\":\"extension\",\"channel\":\"" + channel + "\"}", 0});
        }
        if (x.withdrawnOn)
            events.push_back({x.withdrawnOn, 5, "withdrawn", kWithdrawal, "{}", 0});
        if (x.decidedOn) {
            events.push_back({x.decidedOn, 5, "decided", x.decision, "{}", 0});
            events.push_back({x.decidedOn, 6, "notified", std::string(),
                              "{\"about\":\"decision\",\"channel\":\"" + channel + "\"}", 0});
        }
        if (x.respondedOn)
            events.push_back(
                {x.respondedOn, 7, "responded", std::string(), "{\"response\":\"accepted\"}", 0});
        if (x.closedOn) {
            events.push_back({x.closedOn, 8, "closed", std::string(), "{}", 0});
            if (x.rootCause >= 0)
                events.push_back({x.closedOn, 9, "cause_set", x.rootCauseNote,
                                  std::string("{\"cause\":\"") + kRootCauses[x.rootCause] + "\"}",
                                  0});
        }
        std::stable_sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
            return a.on != b.on ? a.on < b.on : a.order < b.order;
        });
        const std::string created = at(x.received, 1, int(x.received % 60));
        const std::string updated = at(events.back().on, 7, int(events.size()));

        Stmt& q = st.complaint;
        q.integer(1, id);
        q.integer(2, row.id);
        q.text(3, branch);
        q.integer(4, rm);
        q.text(5, rmName);
        q.text(6, kComplaintChannels[x.channel]);
        q.text(7, kComplaintCategories[x.category]);
        q.integer(8, x.amountFen);
        q.text(9, kComplaintSeverities[x.severity]);
        q.text(10, x.summary);
        q.text(11, x.receivedAt);
        q.text(12, received);
        q.integer(13, m_rules.clockVersion);
        q.integer(14, m_rules.decisionDays);
        q.integer(15, m_rules.extendedDays);
        q.integer(16, m_rules.approvedDays);
        q.text(17, x.status);
        q.day(18, x.due);
        q.textOrNull(19, x.decision);
        q.day(20, x.decidedOn);
        q.day(21, x.closedOn);
        q.day(22, x.withdrawnOn);
        if (x.respondedOn)
            q.text(23, "accepted");
        q.day(24, x.respondedOn);
        if (x.rootCause >= 0) {
            q.text(25, kRootCauses[x.rootCause]);
            q.text(26, x.rootCauseNote);
        }
        q.text(27, created);
        q.text(28, updated);
        if (!q.run())
            return failed(error, q.error());
        for (std::size_t e = 0; e < events.size(); ++e) {
            Stmt& ev = st.event;
            ev.integer(1, id);
            ev.keep(2, at(events[e].on, 2 + events[e].order / 2, int(e)));
            ev.text(3, rmName);
            ev.text(4, events[e].kind);
            ev.day(5, events[e].on);
            if (events[e].days)
                ev.integer(6, events[e].days);
            ev.text(7, events[e].text);
            ev.text(8, events[e].details);
            if (!ev.run())
                return failed(error, ev.error());
        }
        ++m_counts.complaints;
        if (x.status == "received" || x.status == "accepted" || x.status == "investigating")
            if (x.due < m_s.today.toJulianDay())
                ++m_counts.overdueComplaints;
    }
    return true;
}

bool HistoryWriter::writeSurveys(const CustomerRow& row,
                                 const std::vector<std::int64_t>& complaintIds, QString* error)
{
    Statements& st = *m_st;
    const std::int64_t rm = m_staff.rmIds[std::size_t(row.branch)][std::size_t(row.rmSlot)];
    const std::string& rmName = userName(rm);
    const std::string& branch = m_staff.branchCodes[std::size_t(row.branch)];
    for (const HistorySurvey& s : row.history.surveys) {
        const Template& tpl = m_templates[s.kind];
        const bool detractor = tpl.hasNps && s.nps <= m_rules.npsDetractorMax;
        const bool unhappy = tpl.hasCsat && s.csat >= 1 && s.csat <= m_rules.csatFollowUpMax;
        const std::string recorded = at(s.answered, 8, int(s.extra % 60));
        std::int64_t task = 0;
        if (detractor || unhappy) {
            QStringList scores;
            if (detractor)
                scores << QString::fromStdString(m_npsLabel).arg(s.nps);
            if (unhappy)
                scores << QString::fromStdString(m_csatLabel).arg(s.csat);
            const std::string title =
                QString::fromStdString(m_callbackTitle)
                    .arg(scores.join(QStringLiteral(", ")),
                         QString::fromStdString(m_chinese ? tpl.titleZh : tpl.titleEn))
                    .toStdString();
            task = m_nextTask++;
            const bool done = s.callbackDone != 0;
            const std::string doneAt = done ? at(s.callbackDone, 6, int(s.extra % 53)) : recorded;
            Stmt& q = st.callback;
            q.integer(1, task);
            q.integer(2, row.id);
            q.text(3, title);
            q.text(4, branch);
            q.day(5, s.answered + m_rules.callbackDays);
            q.integer(6, rm);
            q.text(7, done ? "done" : "open");
            if (done) {
                q.text(8, doneAt);
                q.text(9, rmName);
            }
            q.text(10, rmName);
            q.text(11, recorded);
            q.text(12, doneAt);
            if (!q.run())
                return failed(error, q.error());
            ++m_counts.tasks;
        }
        const std::int64_t id = m_nextResponse++;
        Stmt& q = st.response;
        q.integer(1, id);
        q.integer(2, row.id);
        q.integer(3, tpl.id);
        q.day(4, s.answered);
        q.text(5, kSurveyChannels[s.channel]);
        q.idOrNull(6, s.complaint >= 0 ? complaintIds[std::size_t(s.complaint)] : 0);
        q.text(7, branch);
        q.integer(8, rm);
        q.text(9, row.values[ColTier]);
        if (tpl.hasNps)
            q.integer(10, s.nps);
        if (tpl.hasCsat)
            q.integer(11, s.csat);
        if (tpl.hasCes)
            q.integer(12, s.ces);
        q.idOrNull(13, task);
        q.text(14, rmName);
        q.text(15, recorded);
        if (!q.run())
            return failed(error, q.error());
        // The answers by key, in key order as the store writes them.
        Rng rng(s.extra);
        std::vector<std::pair<std::string, std::string>> answers;
        for (const Template::Question& question : tpl.questions) {
            std::string value;
            if (question.type == "nps")
                value = std::to_string(s.nps);
            else if (question.type == "csat")
                value = std::to_string(s.csat);
            else if (question.type == "ces")
                value = std::to_string(s.ces);
            else if (question.type == "single" && !question.options.empty() &&
                     (question.required || rng.chance(0.5))) {
                const auto& o = question.options;
                const std::string wanted = s.csat >= 4 ? "yes" : s.csat == 3 ? "partly" : "no";
                value = question.key == "solved" && std::find(o.begin(), o.end(), wanted) != o.end()
                            ? wanted
                            : o[rng.below(o.size())];
            } else if (question.type == "multi" && !question.options.empty() &&
                       (question.required || rng.chance(0.5))) {
                const std::size_t a = rng.below(question.options.size());
                const std::size_t b = rng.below(question.options.size());
                value = question.options[std::min(a, b)];
                if (a != b && rng.chance(0.4))
                    value += ";" + question.options[std::max(a, b)];
            } else if (question.type == "text" && (question.required || rng.chance(0.08))) {
                value = s.csat >= 4 ? kGoodComments[rng.below(3)] : kBadComments[rng.below(3)];
            }
            if (!value.empty())
                answers.emplace_back(question.key, std::move(value));
        }
        std::sort(answers.begin(), answers.end());
        for (const auto& [key, value] : answers) {
            st.answer.integer(1, id);
            st.answer.text(2, key);
            st.answer.text(3, value);
            if (!st.answer.run())
                return failed(error, st.answer.error());
        }
        ++m_counts.surveys;
    }
    return true;
}

bool HistoryWriter::writeTransitions(const CustomerRow& row, QString* error)
{
    Stmt& q = m_st->transition;
    for (const HistoryTransition& t : row.history.transitions) {
        if (t.month < 0 || std::size_t(t.month) >= m_changed.size())
            continue;
        q.integer(1, row.id);
        q.text(2, m_monthNames[std::size_t(t.month)]);
        q.day(3, m_monthStarts[std::size_t(t.month) + 1] - 1);
        q.text(4, kStages[t.from]);
        q.text(5, kStages[t.to]);
        q.text(6, m_staff.adminName);
        q.keep(7, at(m_monthStarts[std::size_t(t.month) + 1], 1));
        if (!q.run())
            return failed(error, q.error());
        ++m_changed[std::size_t(t.month)];
        ++m_counts.transitions;
    }
    return true;
}

bool HistoryWriter::finish(QString* error)
{
    // The monthly runs the histories stand for, so that `stage run` goes on from the last one.
    Stmt q(m_db, "INSERT INTO stage_runs (month, run_at, run_by, customers, changed, counts) "
                 "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (month) DO UPDATE SET "
                 "run_at = excluded.run_at, run_by = excluded.run_by, "
                 "customers = excluded.customers, changed = excluded.changed, "
                 "counts = excluded.counts");
    if (!q.ok())
        return failed(error, q.error());
    for (std::size_t m = 0; m < m_stageCounts.size(); ++m) {
        std::string counts = "{";
        for (int s = 0; s < 8; ++s) {
            if (s > 0)
                counts += ',';
            counts += std::string("\"") + kStages[s] +
                      "\":" + std::to_string(m_stageCounts[m][std::size_t(s)]);
        }
        counts += '}';
        q.text(1, m_monthNames[m]);
        q.keep(2, at(m_monthStarts[m + 1], 1));
        q.text(3, m_staff.adminName);
        q.integer(4, m_customers);
        q.integer(5, m_changed[m]);
        q.text(6, counts);
        if (!q.run())
            return failed(error, q.error());
    }
    return true;
}

} // namespace rmdesk::demo
