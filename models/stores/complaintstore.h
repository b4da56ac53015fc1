#pragma once

#include "domain/complaintclock.h"
#include "domain/complaintflow.h"
#include "domain/customerfields.h"
#include "security/permissions.h"
#include "stores/rulestore.h"
#include "stores/storeerror.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <QTime>

#include <functional>
#include <optional>

namespace rmdesk {

// A configured choice (category, root cause, channel): the stored key, its configured name and
// the label to show (translated for the shipped keys).
struct ComplaintChoice
{
    QString key;
    QString name;
    QString label;
};

// When and how the complainant was told (of a decision, an extension, a pause …).
struct ComplaintNotice
{
    QDate on;
    QString channel; // a complaint_channels key
};

// A new complaint as taken in: from a customer, or from a complainant who is not one (name and
// contact, no customer).
struct ComplaintIntake
{
    qint64 customerId = 0;
    QString complainantName;
    QString complainantContact;
    QString channel;  // complaint_channels key
    QString category; // complaint_categories key
    qint64 amountFen = 0;
    QString severity = QStringLiteral("medium");
    QString summary;
    QDate receivedOn;
    QTime receivedTime; // invalid when only the day is known
    int groupSize = 0;  // people behind a group complaint; 0 for one complainant
    QStringList representatives;
};

// One row of the timeline.
struct ComplaintEvent
{
    qint64 id = 0;
    QString at; // when it was recorded, UTC ISO 8601
    QString userName;
    QString kind; // opened, accepted, extended, paused, resumed, new_facts, notified, decided, …
    QDate on;     // the day it took effect
    int days = 0; // extended: the new period
    QString text; // reason, decision, summary of new facts …
    QJsonObject details;
};

// An improvement action that comes out of a complaint's root cause (specification 3.4).
struct ImprovementAction
{
    qint64 id = 0;
    qint64 complaintId = 0;
    QString description;
    qint64 ownerUserId = 0;
    QString owner;
    QDate due;
    QString status; // open, done
    QDate doneOn;
    QString doneNote;
    QString createdBy;
    QString createdAt;
    bool overdue(const QDate& today) const
    {
        return status == QLatin1String("open") && due < today;
    }
};

struct Complaint
{
    qint64 id = 0;
    qint64 customerId = 0;   // 0: the complainant is not a customer
    QString customerName;    // masked
    QString complainantName; // masked unless revealed
    QString complainantContact;
    bool revealed = false;
    QString branch;         // of the complaint's scope: the customer's, or the receiving branch
    qint64 ownerUserId = 0; // the customer's RM, or (not a customer) who took it
    QString owner;
    QString receivingBranch;
    QString takenBy;
    QString channel;
    QString category;
    qint64 amountFen = 0;
    QString severity;
    QString summary;
    QString receivedAt; // as entered: YYYY-MM-DD or YYYY-MM-DDTHH:MM (local wall clock)
    QDate receivedOn;
    int groupSize = 0;
    QStringList representatives;
    ComplaintStatus status = ComplaintStatus::Received;
    ComplaintClockRules rules;
    ClockState clock; // as of the store's today
    QString decision;
    QDate decidedOn;
    QDate closedOn;
    QDate withdrawnOn;
    qint64 mergedInto = 0;
    QDate mergedOn;
    QString response; // accepted, disputed
    QDate responseOn;
    QString disputeReferral; // mediation, arbitration, litigation
    QString disputeBody;
    QDate disputeReferredOn;
    QString disputeOutcome;
    QDate disputeOutcomeOn;
    QString rootCause;
    QString rootCauseNote;
    QList<ComplaintEvent> events;     // the timeline, oldest first (show only)
    QList<ImprovementAction> actions; // (show only)

    bool isOpen() const { return ComplaintFlow::isOpen(status); }
    // Overdue now: open, running and past its due date.
    bool overdue() const { return isOpen() && clock.urgency == ClockState::Overdue; }
    QString who() const { return customerId ? customerName : complainantName; }
    Target target() const { return Target{branch, ownerUserId}; }
};

struct ComplaintFilter
{
    bool openOnly = true;   // false: every status
    bool overdue = false;   // open, running and past due
    int dueWithinDays = -1; // >= 0: open, running and due from today to today + N
                            // (with `overdue` too: either of them)
    qint64 customerId = 0;
    QString status; // one status name only (empty: any)
    int limit = 200;
    int offset = 0;
};

// Counts of root causes per period (specification 3.4: recurring causes).
struct CauseCount
{
    QString period; // YYYY-MM or YYYY-Qn, by the day of receipt
    QString cause;
    int count = 0;
};

// Complaints and their regulatory clock (specification 3.3, 3.4, 6.3; models/domain/
// complaintclock.h for the clock's semantics). Every call checks the role's scope on the
// complaint (its customer's RM and branch; for a complainant who is not a customer the branch
// that received it and the user who took it), and every change runs in one transaction with its
// timeline row and its audit row. A refused step changes nothing.
class ComplaintStore
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintStore)

public:
    static constexpr int MinimumReasonLength = 4;

    explicit ComplaintStore(QSqlDatabase db, QDate today = QDate::currentDate());

    QDate today() const { return m_today; }
    // The complaint_clock (and complaint_escalation) rules in force on `day`; version 0 when no
    // clock rule is in force.
    ComplaintClockRules clockRules(const QDate& day) const;
    int maxRepresentatives(const QDate& day) const;
    // The configured lists in force on `day` (default: today): "category", "cause", "channel".
    QList<ComplaintChoice> choices(const QString& list, const QDate& day = QDate()) const;
    QString choiceLabel(const QString& list, const QString& key, const QDate& day = QDate()) const;

    // On invalid input *fieldErrors lists every problem (field: customer, complainant_name,
    // complainant_contact, channel, category, amount, severity, summary, received_at,
    // representatives) and nothing is written.
    bool open(const Session& session, const ComplaintIntake& intake, qint64* id, StoreError* error,
              QList<FieldError>* fieldErrors = nullptr);
    // With its timeline and improvement actions; a complainant's name and contact masked.
    std::optional<Complaint> show(const Session& session, qint64 id, StoreError* error);
    // The complainant's name and contact in the clear: needs the unmask permission and a reason.
    std::optional<Complaint> reveal(const Session& session, qint64 id, const QString& reason,
                                    StoreError* error);
    // Most urgent first: running open ones by due date, then paused ones, then the rest.
    QList<Complaint> list(const Session& session, const ComplaintFilter& filter, int* total,
                          StoreError* error);
    // The steps the session may take on the complaint now (status and role; the clock's own
    // conditions are checked when the step is taken).
    QList<ComplaintStep> allowedSteps(const Session& session, const Complaint& complaint) const;

    bool accept(const Session& session, qint64 id, StoreError* error);
    bool investigate(const Session& session, qint64 id, StoreError* error);
    // To the configured 30 days with a reason; to 60 only by a supervisor, with the notice to the
    // complainant. `on` (default today) is the day the extension was granted.
    bool extend(const Session& session, qint64 id, int toDays, const QString& reason,
                const ComplaintNotice& notice, StoreError* error, const QDate& on = QDate());
    // External appraisal or testing, with the notice to the complainant.
    bool pause(const Session& session, qint64 id, const QDate& from, const QString& reason,
               const ComplaintNotice& notice, StoreError* error);
    bool resume(const Session& session, qint64 id, const QDate& at, StoreError* error);
    bool newFacts(const Session& session, qint64 id, const QDate& on, const QString& summary,
                  StoreError* error);
    // The decision and the notice that told the complainant of it.
    bool decide(const Session& session, qint64 id, const QString& decision, const QDate& on,
                const ComplaintNotice& notice, StoreError* error);
    // A notice about something else (about: decision, extension, pause, other).
    bool notify(const Session& session, qint64 id, const QString& about,
                const ComplaintNotice& notice, StoreError* error);
    bool respond(const Session& session, qint64 id, bool accepts, const QDate& on,
                 StoreError* error);
    // A disputed decision referred to mediation, arbitration or litigation (specification 6.3).
    bool referDispute(const Session& session, qint64 id, const QString& referral,
                      const QString& body, const QDate& on, StoreError* error);
    bool recordDisputeOutcome(const Session& session, qint64 id, const QString& outcome,
                              const QDate& on, StoreError* error);
    // Decided and told; refused while a referred dispute has no outcome. `on` defaults to today.
    bool close(const Session& session, qint64 id, StoreError* error, const QDate& on = QDate());
    bool withdraw(const Session& session, qint64 id, const QDate& on, const QString& reason,
                  StoreError* error);
    // A repeat without new facts, into the earlier complaint of the same complainant.
    bool merge(const Session& session, qint64 id, qint64 into, const QString& reason,
               StoreError* error, const QDate& on = QDate());
    bool reopen(const Session& session, qint64 id, const QDate& on, const QString& reason,
                StoreError* error);

    bool setRootCause(const Session& session, qint64 id, const QString& cause, const QString& note,
                      StoreError* error);
    bool addAction(const Session& session, qint64 complaintId, const QString& description,
                   const QString& ownerName, const QDate& due, qint64* actionId, StoreError* error);
    bool completeAction(const Session& session, qint64 actionId, const QString& note,
                        StoreError* error, const QDate& on = QDate());
    // Improvement actions of the complaints the session may read (openOnly: not done yet).
    QList<ImprovementAction> actions(const Session& session, bool openOnly, StoreError* error,
                                     int limit = 500);
    // Root causes of complaints received from `from` to `to` (inclusive), by month or quarter.
    QList<CauseCount> causeReport(const Session& session, const QDate& from, const QDate& to,
                                  bool byQuarter, StoreError* error);

private:
    struct Change
    {
        ComplaintStep step;
        QString audit; // complaint.accept, …
        QString reason;
        QJsonObject details;
        QList<ComplaintEvent> events; // timeline rows to add (kind, on, days, text, details)
        QList<QPair<QString, QVariant>> columns; // complaints columns to set
        qint64 otherId = 0;                      // a second complaint (merge: the first one)
        QList<ComplaintEvent> otherEvents = {};  // timeline rows for it
        // Runs first inside the transaction (e.g. inserts an action row); may add details.
        std::function<bool(Change*, QString*)> before = {};
    };
    std::optional<Complaint> load(qint64 id, StoreError* error, bool withTimeline = true) const;
    bool permitted(const Session& session, Action action, const Complaint& c,
                   StoreError* error) const;
    // Loads the complaint, checks scope and the state machine for `step`.
    std::optional<Complaint> prepare(const Session& session, qint64 id, ComplaintStep step,
                                     StoreError* error, Action action = Action::ComplaintWrite);
    // The clock with `extra` events after the recorded ones, as of `asOf`.
    ClockState clockWith(const Complaint& c, const QList<ComplaintEvent>& extra,
                         const QDate& asOf) const;
    // Writes the change, its timeline rows, the clock columns and the audit row in one
    // transaction.
    bool apply(const Session& session, const Complaint& c, const Change& change, StoreError* error);
    bool validChoice(const QString& list, const QString& key, const QDate& day,
                     QString* problem) const;
    QString scopeClause(const Session& session, QVariantList* binds, StoreError* error) const;
    void finish(Complaint* c, const QList<ComplaintEvent>& events) const;

    const QList<Rule>& rulesOn(const QDate& day) const;

    QSqlDatabase m_db;
    QDate m_today;
    mutable QHash<QDate, QList<Rule>> m_rules; // rules in force by day, read once per store
};

// The kinds of timeline rows that move the clock, as clock events.
QList<ClockEvent> clockEvents(const QList<ComplaintEvent>& events);

} // namespace rmdesk
