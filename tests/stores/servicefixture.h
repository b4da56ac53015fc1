#pragma once

// Staff in two branches (see LifecycleFixture), a third RM in BJ01, and helpers for the service
// stores at a fixed time.
#include "stores/agenda.h"
#include "stores/interactionstore.h"
#include "stores/lifecyclefixture.h"
#include "stores/servicestats.h"
#include "stores/taskstore.h"

// Lets Boost.Test print dates and times in failed assertions.
QT_BEGIN_NAMESPACE
inline std::ostream& operator<<(std::ostream& os, const QDate& d)
{
    return os << d.toString(Qt::ISODate).toStdString();
}
inline std::ostream& operator<<(std::ostream& os, const QDateTime& t)
{
    return os << t.toString(Qt::ISODateWithMs).toStdString();
}
QT_END_NAMESPACE

namespace rmdesk::test {

struct ServiceFixture : LifecycleFixture
{
    ServiceFixture()
    {
        StoreError error;
        BOOST_REQUIRE_MESSAGE(
            admin->addUser({QStringLiteral("rm3"), QString(), Role::Rm, QStringLiteral("BJ01")},
                           passwordOf(QStringLiteral("rm3")), KdfProfile::Interactive, &error),
            error.message);
        auto v = login(QStringLiteral("rm3"));
        BOOST_REQUIRE(v);
        users.insert(QStringLiteral("rm3"), std::shared_ptr<Vault>(std::move(v)));
        zhang = addCustomer("rm1", {{QStringLiteral("name"), QStringLiteral("张伟")}});
        li = addCustomer("rm2", {{QStringLiteral("name"), QStringLiteral("李娜")}});
        // Assessed C3 until the end of 2027: product advice on R1–R3 suits them.
        execOrFail(db(), QStringLiteral("UPDATE customers SET risk_level = 'C3', "
                                        "risk_expires_on = '2027-12-31'"));
    }

    // 2026-11-`day` at `hour`:00, local time.
    static QDateTime day(int day, int hour = 10, int month = 11)
    {
        return QDateTime(QDate(2026, month, day), QTime(hour, 0));
    }
    static QDateTime now() { return day(27); }

    InteractionStore interactions(const char* who, const QDateTime& at = now())
    {
        return InteractionStore(as(who).database().connection(), at);
    }
    TaskStore tasks(const char* who, const QDateTime& at = now())
    {
        return TaskStore(as(who).database().connection(), at);
    }

    // Records an interaction and returns what was saved; fails the test when refused.
    InteractionSaved record(const char* who, NewInteraction in, const QDateTime& at = now())
    {
        if (in.customerId == 0)
            in.customerId = zhang;
        if (in.summary.isEmpty())
            in.summary = QStringLiteral("客户咨询理财产品到期转存事宜");
        InteractionSaved saved;
        StoreError e;
        QList<FieldError> errors;
        BOOST_REQUIRE_MESSAGE(interactions(who, at).add(session(who), in, &saved, &e, &errors),
                              e.message);
        return saved;
    }

    qint64 userId(const char* name) { return session(name).userId; }

    qint64 zhang = 0; // rm1's customer in BJ01
    qint64 li = 0;    // rm2's customer in SH01
};

} // namespace rmdesk::test
