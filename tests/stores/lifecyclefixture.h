#pragma once

// A database with staff in two branches and helpers to add customers and their records, for the
// duplicate, merge and retention suites.
#include "common/vaultfixture.h"
#include "stores/audittrail.h"
#include "stores/customerstore.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace rmdesk::test {

inline const QDate lifecycleToday(2026, 11, 27);

struct LifecycleFixture : VaultFixture
{
    LifecycleFixture()
    {
        addStaff(); // rm1 (BJ01), rm2 (SH01), sup1 (BJ01), comp1
        for (const auto& [name, role, branch] : {std::tuple{"sup2", Role::Supervisor, "BJ01"},
                                                 {"sup3", Role::Supervisor, "SH01"},
                                                 {"comp2", Role::Compliance, ""}}) {
            StoreError error;
            BOOST_REQUIRE_MESSAGE(admin->addUser({QString::fromLatin1(name), QString(), role,
                                                  QString::fromLatin1(branch)},
                                                 passwordOf(QString::fromLatin1(name)),
                                                 KdfProfile::Interactive, &error),
                                  error.message);
        }
        for (const char* name : {"rm1", "rm2", "sup1", "sup2", "sup3", "comp1", "comp2"}) {
            auto v = login(QString::fromLatin1(name));
            BOOST_REQUIRE(v);
            users.insert(QString::fromLatin1(name), std::shared_ptr<Vault>(std::move(v)));
        }
        execOrFail(db(), QStringLiteral("INSERT INTO products (code, name, type, risk_level) "
                                        "VALUES ('P1', '稳健理财1号', 'wealth', 'R2'), "
                                        "('P2', '定期存款', 'deposit', 'R1')"));
    }

    Vault& as(const char* name) { return *users.value(QString::fromLatin1(name)); }
    const Session& session(const char* name) { return as(name).session(); }
    QSqlDatabase db() { return admin->database().connection(); }
    CustomerStore store(const char* who)
    {
        return CustomerStore(as(who).database().connection(), lifecycleToday);
    }

    qint64 addCustomer(const char* who, QHash<QString, QString> values,
                       CustomerType type = CustomerType::Individual)
    {
        qint64 id = 0;
        StoreError e;
        QList<FieldError> errors;
        BOOST_REQUIRE_MESSAGE(CustomerStore(as(who).database().connection(), lifecycleToday)
                                  .add(session(who), type, values, &id, &e, &errors),
                              e.message);
        return id;
    }

    int count(const QString& sql)
    {
        QSqlQuery q(db());
        BOOST_REQUIRE_MESSAGE(q.exec(sql) && q.next(), sql << ": " << q.lastError().text());
        return q.value(0).toInt();
    }
    QString text(const QString& sql)
    {
        QSqlQuery q(db());
        BOOST_REQUIRE_MESSAGE(q.exec(sql), sql << ": " << q.lastError().text());
        return q.next() ? q.value(0).toString() : QString();
    }

    // A hash over every row of the tables a merge or purge touches, to prove a refusal changed
    // nothing.
    QByteArray digest()
    {
        QCryptographicHash h(QCryptographicHash::Sha256);
        for (const char* table : {"customers",
                                  "customer_changes",
                                  "customer_reviews",
                                  "consents",
                                  "holdings",
                                  "drafts",
                                  "customer_search",
                                  "customer_name_grams",
                                  "merge_requests",
                                  "merged_customers",
                                  "duplicate_dismissals",
                                  "purge_requests",
                                  "purged_customers",
                                  "interactions",
                                  "interaction_products",
                                  "tasks",
                                  "complaints",
                                  "complaint_events",
                                  "complaint_actions",
                                  "survey_responses",
                                  "survey_answers",
                                  "stage_transitions",
                                  "stage_overrides",
                                  "spot_checks",
                                  "audit_log"}) {
            QSqlQuery q(db());
            BOOST_REQUIRE(q.exec(QStringLiteral("SELECT * FROM %1 LIMIT 0").arg(table)));
            QStringList order;
            for (int i = 1; i <= q.record().count(); ++i)
                order << QString::number(i);
            BOOST_REQUIRE(q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2")
                                     .arg(table, order.join(QStringLiteral(", ")))));
            h.addData(QByteArray(table) + "\n");
            while (q.next()) {
                for (int i = 0; i < q.record().count(); ++i)
                    h.addData(q.value(i).toString().toUtf8() + '\x1f');
                h.addData("\n");
            }
        }
        QSqlQuery fts(db());
        BOOST_REQUIRE(fts.exec(QStringLiteral("SELECT rowid FROM customer_mobile_fts ORDER BY 1")));
        while (fts.next())
            h.addData(fts.value(0).toString().toUtf8() + ' ');
        return h.result().toHex();
    }

    QMap<QString, std::shared_ptr<Vault>> users;
};

} // namespace rmdesk::test
