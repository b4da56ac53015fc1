#pragma once

#include "domain/customerfields.h"
#include "security/session.h"
#include "stores/storeerror.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>
#include <optional>

namespace rmdesk {

class Masker;

// A customer as a person may see it: C2 values masked unless revealed with a reason.
struct CustomerView
{
    qint64 id = 0;
    CustomerType type = CustomerType::Individual;
    QHash<QString, QString> values; // catalogue fields, plus branch, rm, tier, next_review_due,
                                    // created_at, updated_at
    QString branch;
    qint64 rmUserId = 0;
    QStringList maskedFields; // which values are masked
    QVariant sortValue;       // set by CustomerListing: the value the list is ordered by
    bool masked() const { return !maskedFields.isEmpty(); }
    QString value(const char* field) const { return values.value(QLatin1String(field)); }
};

struct CustomerFilter
{
    QString branch;
    QString rmName;
    bool reviewOverdue = false;
    int expiringWithinDays = -1; // >= 0: identity documents expiring within so many days
    int limit = 100;
    qint64 afterId = 0; // keyset paging
    // Set by CustomerSearch: a subquery of candidate ids, and a condition every row must meet.
    QString candidateSql;
    QVariantList candidateBinds;
    QString extraWhere;
    QVariantList extraBinds;
};

struct CustomerChange
{
    QString at;
    QString userName;
    QString field;
    QString oldValue; // masked for C2 fields unless revealed
    QString newValue;
    QString reason;
    QString proofType;
    QString proofRef;
    qint64 checkId = 0;  // the second person's check of an identity change, or 0
    QString checkStatus; // pending, confirmed, rejected, superseded
    QString checkedBy;
    bool checkRestored = false; // rejected, and the old values written back
};

struct CustomerReview
{
    QString reviewedOn;
    QString userName;
    QString checked;
    QString result; // confirmed, updated, unreachable
    QString proofType;
    QString proofRef;
    QString nextDue;
};

struct Consent
{
    qint64 id = 0;
    QString purpose; // marketing_contact, data_sharing, cross_border_transfer, profiling
    QString grantedOn;
    QString withdrawnOn;
    QString channel;
    QString evidenceRef;
    QString recordedBy;
};

struct Holding
{
    QString productCode;
    QString productName;
    QString productType;
    QString productRisk; // R1–R5
    QString month;       // yyyy-MM
    qint64 balanceFen = 0;
};

struct CustomerAccess
{
    QString at;
    QString userName;
    QString role;
    QString action; // customer.view or unmask
    QString reason;
};

// Customer profiles. Every call checks the role's scope on the record (own book, branch, all),
// masks C2 values, and writes its audit row in the same transaction as the change.
class CustomerStore
{
    Q_DECLARE_TR_FUNCTIONS(CustomerStore)

public:
    explicit CustomerStore(QSqlDatabase db, QDate today = QDate::currentDate());
    ~CustomerStore();

    // values: catalogue fields as text, plus "branch" and "rm" (a user name). On invalid input,
    // *fieldErrors lists every problem and nothing is written.
    bool add(const Session& session, CustomerType type, QHash<QString, QString> values, qint64* id,
             StoreError* error, QList<FieldError>* fieldErrors = nullptr);
    // Masked, and recorded as a view.
    std::optional<CustomerView> show(const Session& session, qint64 id, StoreError* error);
    // Unmasked: needs the unmask permission and a reason; leaves an access record.
    std::optional<CustomerView> reveal(const Session& session, qint64 id, const QString& reason,
                                       StoreError* error);
    // Changes some fields. A reason is always needed; identity fields need a proof document too,
    // and their change is then checked by a second person (ChangeCheckStore): *checkId receives
    // the check's number, or 0 when the edit needs none.
    bool update(const Session& session, qint64 id, QHash<QString, QString> changes,
                const QString& reason, const QString& proofType, const QString& proofRef,
                StoreError* error, QList<FieldError>* fieldErrors = nullptr,
                qint64* checkId = nullptr);
    // Masked rows the session may see; *total counts them all (not only this page).
    QList<CustomerView> list(const Session& session, const CustomerFilter& filter, int* total,
                             StoreError* error);

    QList<CustomerChange> changes(const Session& session, qint64 id, StoreError* error);
    bool recordReview(const Session& session, qint64 id, const CustomerReview& review,
                      StoreError* error);
    QList<CustomerReview> reviews(const Session& session, qint64 id, StoreError* error);
    bool grantConsent(const Session& session, qint64 id, const Consent& consent, StoreError* error);
    bool withdrawConsent(const Session& session, qint64 id, const QString& purpose, const QDate& on,
                         StoreError* error);
    QList<Consent> consents(const Session& session, qint64 id, StoreError* error);
    QList<CustomerAccess> accessLog(const Session& session, qint64 id, StoreError* error);
    // The latest month's holdings, and the assets under management they add up to (in fen).
    QList<Holding> holdings(const Session& session, qint64 id, qint64* aumFen, StoreError* error);

    // Sets every customer's tier from the AUM of their holdings in `month` (yyyy-MM) and the
    // customer_tiers rules; run after a holdings import. Returns how many tiers changed.
    int refreshTiers(const Session& session, const QString& month, StoreError* error);

    // The customer_tiers thresholds in force on `day`, in yuan: {affluent, private banking}.
    static std::pair<qint64, qint64> tierThresholds(const QSqlDatabase& db, const QDate& day);

    // The number the next new customer gets: above every live, merged and purged one.
    static qint64 nextCustomerId(const QSqlDatabase& db);

    // Months between reviews for an AML rating, from the review_cadence rules in force.
    int reviewMonths(const QString& amlRisk) const;

private:
    friend class CustomerListing;
    friend class CustomerSearch;
    // A customer row as stored, with the RM's user name joined in as "rm_name".
    struct Row
    {
        qint64 id = 0;
        CustomerType type = CustomerType::Individual;
        QHash<QString, QString> values;
        QString branch;
        qint64 rmUserId = 0;
    };
    std::optional<Row> load(qint64 id, StoreError* error) const;
    static Row rowFrom(const QSqlQuery& query);
    bool permitted(const Session& session, int action, const Row& row, StoreError* error) const;
    CustomerView view(const Row& row, bool unmasked) const;
    QString scopeClause(const Session& session, QVariantList* binds, StoreError* error) const;
    std::optional<qint64> resolveRm(const QString& name, const QString& branch,
                                    QList<FieldError>* errors) const;

    QSqlDatabase m_db;
    QDate m_today;
    std::unique_ptr<Masker> m_masker;
};

} // namespace rmdesk
