// The writer side of the demo histories (see demohistory.h): the rows HistoryMaker decided, with
// raw prepared statements inside the generator's loading transaction, as the stores would have
// written them (codes, statuses, clock columns, timelines, follow-up and callback tasks).
#include "demohistory.h"

#include "demodata.h"
#include "demohistorystatements.h"

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
using namespace writing;

HistoryRules HistoryWriter::loadRules(sqlite3* db, const QDate& day, QString* error)
{
    HistoryRules r;
    sqlite3_stmt* q = nullptr;
    const std::string on = day.toString(Qt::ISODate).toStdString();
    if (sqlite3_prepare_v2(db,
                           "SELECT s.name, s.version, v.key, v.value FROM rule_sets s "
                           "JOIN rule_values v ON v.rule_set_id = s.id "
                           "WHERE s.name IN ('lifecycle', 'complaint_clock', 'satisfaction', "
                           "'service_standards') AND s.version = (SELECT max(version) FROM "
                           "rule_sets n WHERE n.name = s.name AND n.effective_from <= ?)",
                           -1, &q, nullptr) != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(db));
        return r;
    }
    sqlite3_bind_text(q, 1, on.data(), int(on.size()), SQLITE_STATIC);
    auto text = [q](int i) {
        const auto* t = reinterpret_cast<const char*>(sqlite3_column_text(q, i));
        return std::string(t ? t : "");
    };
    while (sqlite3_step(q) == SQLITE_ROW) {
        const std::string set = text(0), key = text(2);
        const QString value = QString::fromStdString(text(3));
        bool ok = false;
        const int v = value.toInt(&ok);
        auto whole = [&](const char* name, int* out, int minimum) {
            if (key == name && ok && v >= minimum)
                *out = v;
        };
        if (set == "lifecycle") {
            whole("onboarding_months", &r.onboardingMonths, 0);
            whole("trend_months", &r.trendMonths, 1);
            whole("dormant_months", &r.dormantMonths, 1);
            whole("churned_months", &r.churnedMonths, 1);
            whole("won_back_months", &r.wonBackMonths, 0);
            if (key == "growing_pct" || key == "declining_pct") {
                const double pct = value.toDouble(&ok);
                if (ok)
                    (key == "growing_pct" ? r.growingPct : r.decliningPct) = pct;
            }
        } else if (set == "complaint_clock") {
            r.clockVersion = sqlite3_column_int(q, 1);
            whole("decision_days", &r.decisionDays, 1);
            whole("extended_days", &r.extendedDays, 1);
            whole("approved_extended_days", &r.approvedDays, 1);
        } else if (set == "satisfaction") {
            whole("nps_promoter_min", &r.npsPromoterMin, 0);
            whole("nps_detractor_max", &r.npsDetractorMax, 0);
            whole("csat_follow_up_max", &r.csatFollowUpMax, 0);
            whole("callback_days", &r.callbackDays, 0);
        } else {
            whole("follow_up_days", &r.followUpDays, 0);
            whole("callback_hours", &r.callbackHours, 0);
        }
    }
    sqlite3_finalize(q);
    return r;
}

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
