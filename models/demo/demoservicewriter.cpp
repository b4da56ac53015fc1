// The demo histories' complaints (with their events, as ComplaintFlow allows them) and surveys
// (with their answers and the callback task of a low score); see demohistory.h.
#include "demohistory.h"

#include "demodata.h"
#include "demohistorystatements.h"

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

} // namespace rmdesk::demo
