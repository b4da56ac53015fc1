#pragma once

// A database with staff in two branches and customers, for the complaint suites: helpers to take
// complaints in as of a given day and to prove that a refusal changed nothing.
#include "stores/complaintstore.h"
#include "stores/lifecyclefixture.h"

namespace rmdesk::test {

inline QDate day(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

struct ComplaintFixture : LifecycleFixture
{
    ComplaintFixture()
    {
        customer = addCustomer("rm1", {{QStringLiteral("name"), QStringLiteral("张伟")},
                                       {QStringLiteral("mobile"), QStringLiteral("13812345678")}});
        otherCustomer = addCustomer("rm2", {{QStringLiteral("name"), QStringLiteral("李娜")}});
    }

    ComplaintStore complaints(const char* who, const QDate& today)
    {
        return ComplaintStore(as(who).database().connection(), today);
    }

    static ComplaintIntake intake(qint64 customerId, const char* received,
                                  const char* category = "fees")
    {
        ComplaintIntake in;
        in.customerId = customerId;
        in.channel = QStringLiteral("phone");
        in.category = QString::fromLatin1(category);
        in.amountFen = 12345;
        in.severity = QStringLiteral("medium");
        in.summary = QStringLiteral("年费被重复扣收");
        in.receivedOn = day(received);
        in.receivedTime = QTime(10, 30);
        return in;
    }

    // A complaint taken in by `who` for `customerId` on `received`, the store's today being
    // `today` (default: the day of receipt).
    qint64 take(const char* who, qint64 customerId, const char* received,
                const char* today = nullptr)
    {
        qint64 id = 0;
        StoreError e;
        QList<FieldError> errors;
        BOOST_REQUIRE_MESSAGE(
            complaints(who, day(today ? today : received))
                .open(session(who), intake(customerId, received), &id, &e, &errors),
            e.message);
        return id;
    }

    Complaint shown(const char* who, qint64 id, const char* today)
    {
        StoreError e;
        auto c = complaints(who, day(today)).show(session(who), id, &e);
        BOOST_REQUIRE_MESSAGE(c, e.message);
        return *c;
    }

    ComplaintNotice notice(const char* on, const char* channel = "phone")
    {
        return {day(on), QString::fromLatin1(channel)};
    }

    int auditCount(const QString& action, qint64 id)
    {
        return count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = '%1' AND "
                                    "entity = 'complaint' AND entity_id = '%2'")
                         .arg(action)
                         .arg(id));
    }

    // A hash over every row of the complaint tables and the audit trail.
    QByteArray complaintDigest()
    {
        QCryptographicHash h(QCryptographicHash::Sha256);
        for (const char* table :
             {"complaints", "complaint_events", "complaint_actions", "audit_log", "customers"}) {
            QSqlQuery q(db());
            BOOST_REQUIRE(q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(table)));
            h.addData(QByteArray(table) + "\n");
            while (q.next()) {
                for (int i = 0; i < q.record().count(); ++i)
                    h.addData(q.value(i).toString().toUtf8() + '\x1f');
                h.addData("\n");
            }
        }
        return h.result().toHex();
    }

    qint64 customer = 0;
    qint64 otherCustomer = 0;
};

} // namespace rmdesk::test
