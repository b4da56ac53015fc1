#pragma once

#include "domain/satisfaction.h"
#include "domain/surveytemplates.h"
#include "security/session.h"
#include "stores/storeerror.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

class QIODevice;

namespace rmdesk {

// One recorded answer sheet (specification 4.3).
struct SurveyResponse
{
    qint64 id = 0;
    qint64 customerId = 0;
    QString customerName; // masked
    qint64 templateId = 0;
    QString templateName;
    int templateVersion = 0;
    QDate answeredOn;
    QString channel;          // how the customer answered: SurveyStore::channels()
    qint64 interactionId = 0; // 0: not linked
    qint64 complaintId = 0;   // 0: not linked
    // As they were when the answer was recorded; the stats group by these.
    QString branch;
    QString rm;             // the customer's RM (user name) at the time; empty when unassigned
    QString segment;        // the customer's tier at the time
    std::optional<int> nps; // the template's nps, csat and ces answers, when it has them
    std::optional<int> csat;
    std::optional<int> ces;
    SurveyAnswers answers;
    qint64 followUpTaskId = 0; // the callback a detractor or a low CSAT made
    QString recordedBy;
    QString recordedAt; // UTC, ISO 8601
    QString source;     // desk, import
};

struct NewSurveyResponse
{
    qint64 customerId = 0;
    QString templateName;
    int templateVersion = 0; // 0: the current version
    SurveyAnswers answers;
    QDate answeredOn; // invalid: today; never in the future
    QString channel = QStringLiteral("phone");
    qint64 interactionId = 0; // must be the same customer's
    qint64 complaintId = 0;   // must be the same customer's
};

struct SurveySaved
{
    qint64 id = 0;
    qint64 followUpTaskId = 0; // 0: no callback needed
    QDate followUpOn;
    QString followUpAssignee; // user name
};

// Something of the customer's a response may be linked to, for the entry form's choices.
struct SurveyLink
{
    enum Kind { Interaction, Complaint };
    Kind kind = Interaction;
    qint64 id = 0;
    QString at;    // when it happened (interaction time, complaint receipt)
    QString label; // short, translated: "2026-11-20 phone · service request"
};

struct SurveyFilter
{
    QDate from;           // answered on or after; invalid: no bound
    QDate to;             // answered on or before; invalid: no bound
    QString branch;       // branch code; empty: all in scope
    QString rm;           // user name; empty: all in scope
    QString templateName; // empty: every template
    QString segment;      // tier code; empty: all
    QString channel;      // empty: all
};

enum class SurveyGroupBy { None, Rm, Branch, Segment, Channel, Month };

// The scores of one group. `reliable` is false below Satisfaction::ReliableResponses responses,
// where the interface shows Satisfaction::caution().
struct SurveyGroupStats
{
    QString group; // code: user name, branch code, tier, channel or "YYYY-MM"
    QString label; // for display: full name, branch name, translated tier/channel, month
    int responses = 0;
    NpsScore nps;
    CsatScore csat;
    CesScore ces;
    bool reliable = false;
};

struct SurveyStats
{
    SurveyGroupStats total;         // everything the filter matched
    QList<SurveyGroupStats> groups; // by the asked grouping, largest first (by month: in order)
};

struct SurveyImportOptions
{
    bool skipBadRows = false; // false: all or nothing, one bad row imports nothing
    bool dryRun = false;      // check every row, write nothing
};

// A rejected CSV row: its line number in the file (1 = the header) and why. The row's content is
// not repeated (it may hold personal data).
struct SurveyImportRowError
{
    int line = 0;
    QString column; // empty: the row as a whole
    QString reason; // translated
};

struct SurveyImportResult
{
    int rows = 0;     // data rows read
    int imported = 0; // written (0 on a dry run or when all-or-nothing met a bad row)
    int rejected = 0;
    int followUps = 0; // callbacks created
    QList<SurveyImportRowError> errors;
};

// Satisfaction surveys. Templates are readable by anyone signed in. Recording needs SurveyWrite on
// the customer (RM own book, supervisor branch); reading responses and stats needs SurveyRead (RM:
// responses of their own customers, supervisor: their branch, compliance: all). Recording writes,
// in one transaction with its audit row: the response, its answers and, for a detractor (NPS 0–6)
// or a CSAT of 2 or less, a follow-up task for the customer's RM. Free-text answers are not copied
// into the audit trail.
//
// CSV import (UTF-8, with a header): customer_id, template, answered_on (YYYY-MM-DD), channel,
// optional interaction_id and complaint_id, then one column per question key of the template
// (e.g. nps, csat, ces). Each row is checked like a desk entry.
class SurveyStore
{
    Q_DECLARE_TR_FUNCTIONS(SurveyStore)

public:
    explicit SurveyStore(QSqlDatabase db, QDateTime now = QDateTime::currentDateTime());

    static QStringList channels(); // phone, visit, sms, app, email, wechat, paper
    static QString channelLabel(const QString& code);

    // The current version of each template, by name; every version with allVersions.
    QList<SurveyTemplate> templates(StoreError* error, bool allVersions = false) const;
    std::optional<SurveyTemplate> findTemplate(const QString& name, int version,
                                               StoreError* error) const; // version 0: current

    bool record(const Session& session, const NewSurveyResponse& response, SurveySaved* saved,
                StoreError* error, QList<SurveyAnswerError>* answerErrors = nullptr);
    // Newest first.
    QList<SurveyResponse> list(const Session& session, qint64 customerId, StoreError* error,
                               int limit = 200);
    std::optional<SurveyResponse> response(const Session& session, qint64 id, StoreError* error);
    // The customer's recent interactions and complaints, newest first, for linking.
    QList<SurveyLink> links(const Session& session, qint64 customerId, StoreError* error,
                            int limit = 20);

    SurveyStats stats(const Session& session, const SurveyFilter& filter, SurveyGroupBy by,
                      StoreError* error);

    bool importCsv(const Session& session, QIODevice* csv, const SurveyImportOptions& options,
                   SurveyImportResult* result, StoreError* error);

    // The `satisfaction` rule set in force on `day`: the score thresholds, when a response asks
    // for a callback (NPS at most npsDetractorMax or CSAT at most csatFollowUpMax) and how many
    // days after the answer it is due.
    struct Rules
    {
        SatisfactionRules scores;
        int csatFollowUpMax = 2;
        int callbackDays = 2;
    };
    static Rules rules(const QSqlDatabase& db, const QDate& day);
    // Whether a response with these scores asks for a callback.
    static bool needsCallback(const Rules& rules, std::optional<int> nps, std::optional<int> csat);
    static QString segmentLabel(const QString& tier); // mass, affluent, private; translated

private:
    // A response checked against its customer, template and links, ready to be written.
    struct Draft
    {
        NewSurveyResponse in;
        SurveyTemplate survey;
        QDate answeredOn;
        QString branch;
        qint64 rmUserId = 0;
        QString segment;
        std::optional<int> nps;
        std::optional<int> csat;
        std::optional<int> ces;
        SurveyAnswers answers; // trimmed, empty answers left out
    };
    // Checks everything record() checks; on refusal *field names what was wrong ("customer_id",
    // "template", "answered_on", "channel", "interaction_id", "complaint_id" or "answers").
    bool check(const Session& session, const NewSurveyResponse& in, Draft* draft, StoreError* error,
               QList<SurveyAnswerError>* answerErrors, QString* field,
               QHash<QString, SurveyTemplate>* templateCache = nullptr) const;
    // Writes a checked response, its answers and its callback task, inside the caller's
    // transaction. The desk audit row is the caller's.
    bool write(const Session& session, const Draft& draft, const Rules& rules,
               const QString& source, SurveySaved* saved, QString* why);

    QSqlDatabase m_db;
    QDateTime m_now;
    QDate m_today;
};

} // namespace rmdesk
