#pragma once

#include "domain/suitability.h"

#include "domain/customerfields.h"
#include "security/session.h"
#include "stores/storeerror.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace rmdesk {

// One contact with a customer (specification 4.2), as recorded.
struct Interaction
{
    qint64 id = 0;
    qint64 customerId = 0;
    qint64 matterId = 0; // the first interaction of its matter (its own id when it started one)
    QString at;          // UTC, ISO 8601
    qint64 userId = 0;
    QString userName;
    QString channel; // ServiceCodes::channels()
    QString purpose; // ServiceCodes::purposes()
    QString summary;
    QString outcome;      // ServiceCodes::outcomes()
    QStringList products; // product codes
    QDate nextFollowUp;
    qint64 followUpTaskId = 0; // the task its follow-up date made
    QString followUpStatus;    // that task's status: open, done
    // Product advice that did not suit the customer: the verdict (Suitability::name) and how it
    // was handled (Suitability::handlingName); empty otherwise.
    QString suitability;
    QString suitabilityHandling;
};

struct NewInteraction
{
    qint64 customerId = 0;
    QDateTime at; // invalid: now
    QString channel = QStringLiteral("phone");
    QString purpose = QStringLiteral("service_request");
    QString summary;
    QString outcome = QStringLiteral("resolved");
    QStringList products;
    // Invalid: none when resolved; otherwise by the service standard (follow_up_days, or
    // callback_hours when the customer was not reached).
    QDate nextFollowUp;
    qint64 continues = 0; // any interaction of the matter this one continues; 0: a new matter
    // Product advice on products that do not suit the customer must say how it was handled
    // (Suitability::handlingProblem); anything else must leave it None.
    SuitabilityHandling suitability = SuitabilityHandling::None;
};

struct InteractionSaved
{
    qint64 id = 0;
    qint64 matterId = 0;
    qint64 followUpTaskId = 0;
    QDate followUpOn;
    QString followUpAssignee;
    QList<qint64> completedTasks; // the matter's follow-ups this contact completed
    // Product advice to a customer with no consent to marketing contact in force (recorded all
    // the same: the customer may have asked), or on products that do not suit the customer's
    // risk level, recorded with how it was handled (translated lines; empty otherwise).
    QString notice;
};

// A matter of one customer, for choosing which one an interaction continues.
struct ServiceMatter
{
    qint64 id = 0; // its first interaction
    QString startedAt;
    QString purpose;
    QString channel;
    QString lastOutcome;
    QString lastAt;
    int interactions = 0;
    bool open = false; // its latest interaction did not resolve it
};

// Who an interaction is with, as the quick-entry dialog shows it (no view is recorded: nothing
// beyond the masked name and the RM is read).
struct ServiceCustomer
{
    qint64 id = 0;
    QString name; // masked
    QString rm;   // the RM's user name; follow-ups go to them
    QString branch;
    bool mayRecord = false;        // the session may record interactions with this customer
    bool marketingConsent = false; // consent to marketing contact in force today
    QString marketingWithdrawnOn;  // when the latest one was withdrawn; empty: none or in force
    QString riskLevel;             // C1…C5 (suitability); empty: not assessed
    QDate riskExpiresOn;           // when the assessment stops being valid; invalid: no end
};

struct ServiceProduct
{
    QString code;
    QString name;
    QString type;
    QString riskLevel;
};

// Interactions with customers. Reading follows CustomerRead (RM own book, supervisor branch,
// compliance all); recording needs ServiceWrite on the customer. Recording writes, in one
// transaction with its audit rows: the interaction, its products, a follow-up task for the
// customer's RM when a next follow-up date is set (or the outcome is not "resolved"), and the
// completion of the matter's open follow-ups when this interaction reached the customer.
// The summary is not copied into the audit trail (free text may hold personal data).
class InteractionStore
{
    Q_DECLARE_TR_FUNCTIONS(InteractionStore)

public:
    static constexpr int MaximumSummaryLength = 4000;

    explicit InteractionStore(QSqlDatabase db, QDateTime now = QDateTime::currentDateTime());

    bool add(const Session& session, const NewInteraction& interaction, InteractionSaved* saved,
             StoreError* error, QList<FieldError>* fieldErrors = nullptr);
    // Newest first.
    QList<Interaction> list(const Session& session, qint64 customerId, StoreError* error,
                            int limit = 1000);
    // The customer's latest matters, open ones first.
    QList<ServiceMatter> matters(const Session& session, qint64 customerId, StoreError* error,
                                 int limit = 20);
    QList<ServiceProduct> products(StoreError* error = nullptr) const;
    std::optional<ServiceCustomer> customer(const Session& session, qint64 customerId,
                                            StoreError* error) const;

private:
    QSqlDatabase m_db;
    QDateTime m_now;
    QDate m_today;
};

} // namespace rmdesk
