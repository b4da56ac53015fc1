// Ending relationships, AML holds and purging after retention against a real encrypted database:
// the retention period comes from the record_retention rules, a purge needs a supervisor and a
// compliance officer (two people), removes every record about the customer and leaves no personal
// data; every refusal changes nothing.
#include "stores/complaintstore.h"
#include "stores/customermerge.h"
#include "stores/customerretention.h"
#include "stores/draftstore.h"
#include "stores/interactionstore.h"
#include "stores/lifecyclefixture.h"

using namespace rmdesk;
using namespace rmdesk::test;

namespace {

struct RetentionFixture : LifecycleFixture
{
    CustomerRetention retention(const char* who)
    {
        return CustomerRetention(as(who).database().connection(), lifecycleToday);
    }
    // A customer of rm1 with some history, whose relationship ended on `endedOn`.
    qint64 endedCustomer(const QString& name, const QString& mobile, const QDate& endedOn)
    {
        const qint64 id = addCustomer("rm1", {{QStringLiteral("name"), name},
                                              {QStringLiteral("mobile"), mobile},
                                              {QStringLiteral("email"), QStringLiteral("p@x.cn")}});
        StoreError error;
        // Reviewed a while ago: its next review moves (and review_due_changes keeps the old).
        BOOST_REQUIRE(store("rm1").recordReview(session("rm1"), id,
                                                {lifecycleToday.addMonths(-1).toString(Qt::ISODate),
                                                 QString(), QStringLiteral("ID card"),
                                                 QStringLiteral("confirmed"), QString(), QString(),
                                                 QString()},
                                                &error));
        BOOST_REQUIRE(
            store("rm1").grantConsent(session("rm1"), id,
                                      {0, QStringLiteral("profiling"), QString(), QString(),
                                       QStringLiteral("branch"), QStringLiteral("F-1"), QString()},
                                      &error));
        BOOST_REQUIRE(DraftStore(db()).save(session("rm1"), {QStringLiteral("interaction"), 0}, id,
                                            QStringLiteral("{}"), &error));
        execOrFail(
            db(), QStringLiteral("INSERT INTO holdings VALUES (%1, 'P1', '2010-01', 100)").arg(id));
        BOOST_REQUIRE_MESSAGE(retention("rm1").endRelationship(session("rm1"), id, endedOn,
                                                               QStringLiteral("Customer moved "
                                                                              "abroad"),
                                                               &error),
                              error.message);
        return id;
    }
};

} // namespace

BOOST_FIXTURE_TEST_SUITE(customer_retention, RetentionFixture)

BOOST_AUTO_TEST_CASE(ending_a_relationship_records_its_date_and_reason)
{
    const qint64 id = addCustomer("rm1", {{QStringLiteral("name"), QStringLiteral("张伟")}});
    StoreError error;
    const QByteArray before = digest();
    const QString reason = QStringLiteral("Account closed at the customer's request");
    BOOST_TEST(!retention("rm1").endRelationship(session("rm1"), id, lifecycleToday.addDays(1),
                                                 reason, &error));
    BOOST_TEST(error.kind == StoreError::Invalid);
    BOOST_TEST(!retention("rm1").endRelationship(session("rm1"), id, lifecycleToday,
                                                 QStringLiteral("no"), &error));
    BOOST_TEST(error.kind == StoreError::Invalid);
    BOOST_TEST(
        !retention("rm2").endRelationship(session("rm2"), id, lifecycleToday, reason, &error));
    BOOST_TEST(error.kind == StoreError::Forbidden);
    BOOST_TEST(
        !retention("comp1").endRelationship(session("comp1"), id, lifecycleToday, reason, &error));
    BOOST_TEST(error.kind == StoreError::Forbidden);
    BOOST_TEST(digest() == before);

    BOOST_REQUIRE_MESSAGE(
        retention("rm1").endRelationship(session("rm1"), id, QDate(2026, 10, 31), reason, &error),
        error.message);
    auto s = retention("rm1").state(session("rm1"), id, &error);
    BOOST_REQUIRE(s);
    BOOST_TEST(s->status == QStringLiteral("ended"));
    BOOST_TEST(s->endedOn.toString(Qt::ISODate) == QStringLiteral("2026-10-31"));
    BOOST_TEST(s->endReason == reason);
    BOOST_TEST(!s->purgeable);
    BOOST_TEST(s->purgeableFrom.toString(Qt::ISODate) == QStringLiteral("2036-10-31"));
    // Still on file, with the end in its history and the audit trail.
    BOOST_TEST(store("rm1").show(session("rm1"), id, &error).has_value());
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM customer_changes WHERE customer_id = %1 "
                                    "AND field IN ('status', 'relationship_ended_on')")
                         .arg(id)) == 2);
    const auto changes = store("rm1").changes(session("rm1"), id, &error);
    BOOST_REQUIRE(!changes.isEmpty());
    QStringList shown;
    for (const CustomerChange& c : changes)
        shown << c.newValue;
    BOOST_TEST(shown.contains(QStringLiteral("ended")));
    BOOST_TEST(shown.contains(QStringLiteral("2026-10-31")));
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'customer.end' "
                                    "AND entity_id = '%1'")
                         .arg(id)) == 1);
    BOOST_TEST(
        !retention("rm1").endRelationship(session("rm1"), id, lifecycleToday, reason, &error));
    BOOST_TEST(error.kind == StoreError::Invalid);

    // Only a supervisor reopens it.
    BOOST_TEST(!retention("rm1").reopen(session("rm1"), id, QStringLiteral("Came back"), &error));
    BOOST_TEST(error.kind == StoreError::Forbidden);
    BOOST_REQUIRE_MESSAGE(
        retention("sup1").reopen(session("sup1"), id, QStringLiteral("Customer came back"), &error),
        error.message);
    s = retention("rm1").state(session("rm1"), id, &error);
    BOOST_TEST(s->status == QStringLiteral("active"));
    BOOST_TEST(!s->endedOn.isValid());
    BOOST_TEST(AuditTrail::verify(db()).ok);
}

BOOST_AUTO_TEST_CASE(the_retention_period_and_holds_decide_what_may_be_purged)
{
    const int years = retention("sup1").retentionYears();
    BOOST_TEST(years == 10); // the shipped record_retention rule
    const QDate cutoff = lifecycleToday.addYears(-years);
    const qint64 young =
        endedCustomer(QStringLiteral("张伟"), QStringLiteral("13812345678"), cutoff.addDays(1));
    const qint64 old = endedCustomer(QStringLiteral("李娜"), QStringLiteral("13912345678"), cutoff);
    const qint64 active = addCustomer("rm1", {{QStringLiteral("name"), QStringLiteral("王芳")}});
    StoreError error;
    qint64 request = 0;
    const QByteArray before = digest();
    for (const qint64 id : {young, active}) {
        BOOST_TEST(!retention("sup1").requestPurge(
            session("sup1"), id, QStringLiteral("Past retention"), &request, &error));
        BOOST_TEST(error.kind == StoreError::Invalid);
    }
    BOOST_TEST(error.message.contains(QStringLiteral("not ended")));
    BOOST_TEST(!retention("rm1").requestPurge(session("rm1"), old, QStringLiteral("Past retention"),
                                              &request, &error));
    BOOST_TEST(error.kind == StoreError::Forbidden);
    BOOST_TEST(!retention("sup3").requestPurge(session("sup3"), old,
                                               QStringLiteral("Past retention"), &request, &error));
    BOOST_TEST(error.kind == StoreError::Forbidden);
    BOOST_TEST(digest() == before);
    int total = -1;
    auto eligible = retention("sup1").purgeable(session("sup1"), 10, &total, &error);
    BOOST_TEST(total == 1);
    BOOST_REQUIRE(eligible.size() == 1);
    BOOST_TEST(eligible.first().id == old);
    BOOST_TEST(retention("sup3").purgeable(session("sup3"), 10, &total, &error).isEmpty());

    // An AML hold keeps the records; only compliance sets and lifts it, and only it sees it.
    BOOST_TEST(!retention("sup1").setAmlHold(session("sup1"), old, true,
                                             QStringLiteral("Case 2026-17"), &error));
    BOOST_TEST(error.kind == StoreError::Forbidden);
    BOOST_REQUIRE_MESSAGE(retention("comp1").setAmlHold(session("comp1"), old, true,
                                                        QStringLiteral("Case 2026-17"), &error),
                          error.message);
    BOOST_TEST(!retention("rm1").state(session("rm1"), old, &error)->amlHold);
    BOOST_TEST(retention("sup1").state(session("sup1"), old, &error)->amlHold);
    const QByteArray held = digest();
    BOOST_TEST(!retention("sup1").requestPurge(session("sup1"), old,
                                               QStringLiteral("Past retention"), &request, &error));
    BOOST_TEST(error.kind == StoreError::Invalid);
    BOOST_TEST(error.message.contains(QStringLiteral("anti-money-laundering")));
    BOOST_TEST(digest() == held);
    BOOST_TEST(retention("comp1").purgeable(session("comp1"), 10, &total, &error).isEmpty());
    BOOST_REQUIRE(retention("comp1").setAmlHold(session("comp1"), old, false,
                                                QStringLiteral("Case 2026-17 closed"), &error));

    // The period is a rule: a newer version in force changes it.
    execOrFail(db(), QStringLiteral("INSERT INTO rule_sets (id, name, version, effective_from, "
                                    "changed_by, changed_at) VALUES (90, 'record_retention', 2, "
                                    "'2026-06-01', 'root', '2026-06-01T00:00:00Z')"));
    execOrFail(db(), QStringLiteral("INSERT INTO rule_values (rule_set_id, key, value) VALUES "
                                    "(90, 'years_after_end', '5'), "
                                    "(90, 'hold_while_aml_investigation_open', 'true')"));
    BOOST_TEST(retention("sup1").retentionYears() == 5);
    BOOST_TEST(retention("sup1").purgeable(session("sup1"), 10, &total, &error).size() == 2);
    BOOST_TEST(retention("sup1").state(session("sup1"), young, &error)->purgeable);
}

BOOST_AUTO_TEST_CASE(a_purge_needs_a_supervisor_and_a_compliance_officer)
{
    const QDate longAgo(2012, 3, 31);
    const qint64 id = endedCustomer(QStringLiteral("张伟"), QStringLiteral("13812345678"), longAgo);
    const qint64 other =
        endedCustomer(QStringLiteral("李娜"), QStringLiteral("13912345678"), longAgo);
    const qint64 kept = addCustomer("rm1", {{QStringLiteral("name"), QStringLiteral("王芳")}});
    StoreError error;
    // An identity change still waiting for its second person's check goes too.
    BOOST_REQUIRE_MESSAGE(store("rm1").update(session("rm1"), id,
                                              {{QStringLiteral("name"), QStringLiteral("张伟伟")}},
                                              QStringLiteral("typo"), QStringLiteral("ID card"),
                                              QStringLiteral("PSB-1"), &error),
                          error.message);
    // Service records go too: an interaction, its product and its follow-up task.
    NewInteraction call;
    call.customerId = id;
    call.summary = QStringLiteral("Closing call");
    call.outcome = QStringLiteral("pending");
    InteractionSaved saved;
    BOOST_REQUIRE_MESSAGE(InteractionStore(as("rm1").database().connection())
                              .add(session("rm1"), call, &saved, &error),
                          error.message);
    // A complaint still open keeps the records; once withdrawn, it goes with them.
    ComplaintIntake intake;
    intake.customerId = id;
    intake.channel = QStringLiteral("phone");
    intake.category = QStringLiteral("fees");
    intake.summary = QStringLiteral("Charged twice for the transfer");
    intake.receivedOn = QDate::currentDate().addDays(-3);
    qint64 complaint = 0;
    BOOST_REQUIRE_MESSAGE(ComplaintStore(as("sup1").database().connection())
                              .open(session("sup1"), intake, &complaint, &error),
                          error.message);
    qint64 request = 0;
    BOOST_TEST(!retention("sup1").requestPurge(
        session("sup1"), id, QStringLiteral("Ten years past the end"), &request, &error));
    BOOST_TEST(error.message.contains(QStringLiteral("complaint")));
    BOOST_REQUIRE_MESSAGE(ComplaintStore(as("sup1").database().connection())
                              .withdraw(session("sup1"), complaint, QDate::currentDate(),
                                        QStringLiteral("Refund received"), &error),
                          error.message);
    BOOST_REQUIRE_MESSAGE(retention("sup1").requestPurge(session("sup1"), id,
                                                         QStringLiteral("Ten years past the end"),
                                                         &request, &error),
                          error.message);
    qint64 again = 0;
    BOOST_TEST(!retention("comp1").requestPurge(
        session("comp1"), id, QStringLiteral("Ten years past the end"), &again, &error));
    BOOST_TEST(error.kind == StoreError::Invalid);
    auto pending = retention("comp1").purgeRequests(session("comp1"), true, &error);
    BOOST_REQUIRE(pending.size() == 1);
    BOOST_TEST(pending.first().requestedRole == QStringLiteral("supervisor"));
    BOOST_TEST(retention("sup3").purgeRequests(session("sup3"), true, &error).isEmpty());
    BOOST_TEST(retention("rm1").purgeRequests(session("rm1"), true, &error).isEmpty());
    BOOST_TEST(error.kind == StoreError::Forbidden);

    // The requester, another supervisor, an RM, a supervisor elsewhere: refused, nothing changes.
    const QByteArray before = digest();
    for (const char* who : {"sup1", "sup2", "rm1", "sup3"}) {
        BOOST_TEST_CONTEXT(who)
        {
            BOOST_TEST(!retention(who).approvePurge(session(who), request, &error));
            BOOST_TEST(error.kind == StoreError::Forbidden);
        }
    }
    // A hold placed after the request stops the approval too.
    BOOST_REQUIRE(retention("comp2").setAmlHold(session("comp2"), id, true,
                                                QStringLiteral("Case 2026-99"), &error));
    const QByteArray held = digest();
    BOOST_TEST(!retention("comp1").approvePurge(session("comp1"), request, &error));
    BOOST_TEST(error.kind == StoreError::Invalid);
    BOOST_TEST(digest() == held);
    BOOST_REQUIRE(retention("comp2").setAmlHold(session("comp2"), id, false,
                                                QStringLiteral("Case 2026-99 closed"), &error));
    BOOST_TEST(digest() != before); // the hold and its release are audited

    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM review_due_changes WHERE customer_id = "
                                    "%1")
                         .arg(id)) > 0); // the review moved its date
    BOOST_REQUIRE_MESSAGE(retention("comp1").approvePurge(session("comp1"), request, &error),
                          error.message);
    for (const char* table :
         {"customer_changes", "change_checks", "customer_reviews", "review_due_changes", "consents",
          "holdings", "drafts", "customer_search", "customer_name_grams", "interactions", "tasks",
          "complaints"})
        BOOST_TEST_CONTEXT(table)
    BOOST_TEST(
        count(
            QStringLiteral("SELECT count(*) FROM %1 WHERE customer_id = %2").arg(table).arg(id)) ==
        0);
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM customers WHERE id = %1").arg(id)) == 0);
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM complaint_events WHERE complaint_id = %1")
                         .arg(complaint)) == 0);
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM customer_mobile_fts WHERE rowid = %1")
                         .arg(id)) == 0);
    BOOST_TEST(!store("sup1").show(session("sup1"), id, &error));
    BOOST_TEST(error.kind == StoreError::NotFound);
    // The other customers are untouched.
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM customers WHERE id IN (%1, %2)")
                         .arg(other)
                         .arg(kept)) == 2);
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM customer_reviews WHERE customer_id = %1")
                         .arg(other)) == 1);

    // What is left: who and when, no personal data.
    QSqlQuery q(db());
    BOOST_REQUIRE(q.exec(QStringLiteral("SELECT * FROM purged_customers")) && q.next());
    QStringList row;
    for (int i = 0; i < q.record().count(); ++i)
        row << q.value(i).toString();
    BOOST_TEST(q.value(QStringLiteral("customer_id")).toLongLong() == id);
    BOOST_TEST(q.value(QStringLiteral("ended_on")).toString() == QStringLiteral("2012-03-31"));
    BOOST_TEST(q.value(QStringLiteral("requested_by")).toString() == QStringLiteral("sup1"));
    BOOST_TEST(q.value(QStringLiteral("approved_by")).toString() == QStringLiteral("comp1"));
    BOOST_TEST(!q.next());
    const QString left = row.join(QLatin1Char('|'));
    for (const char* personal : {"张伟", "13812345678", "p@x.cn"})
        BOOST_TEST(!left.contains(QString::fromUtf8(personal)));
    const QString details =
        text(QStringLiteral("SELECT details FROM audit_log WHERE action = 'customer.purge'"));
    BOOST_TEST(details.contains(QStringLiteral("\"approved_by\":\"comp1\"")));
    for (const char* personal : {"张伟", "13812345678", "p@x.cn"})
        BOOST_TEST(!details.contains(QString::fromUtf8(personal)));
    // Earlier audit rows about the customer stay: the trail is append-only, and still verifies.
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'customer.add' "
                                    "AND entity_id = '%1'")
                         .arg(id)) == 1);
    BOOST_TEST(AuditTrail::verify(db()).ok);
    BOOST_TEST(retention("comp1").purgeRequests(session("comp1"), true, &error).isEmpty());

    // The other way round: compliance asks, a supervisor of the branch approves.
    BOOST_REQUIRE(retention("comp1").requestPurge(
        session("comp1"), other, QStringLiteral("Ten years past the end"), &request, &error));
    BOOST_TEST(!retention("comp2").approvePurge(session("comp2"), request, &error));
    BOOST_TEST(error.kind == StoreError::Forbidden);
    BOOST_REQUIRE_MESSAGE(retention("sup2").approvePurge(session("sup2"), request, &error),
                          error.message);
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM purged_customers")) == 2);
    BOOST_TEST(AuditTrail::verify(db()).ok);
}

BOOST_AUTO_TEST_CASE(a_purge_also_removes_the_records_merged_into_the_customer)
{
    const QDate longAgo(2012, 3, 31);
    const qint64 keep =
        addCustomer("rm1", {{QStringLiteral("name"), QStringLiteral("张伟")},
                            {QStringLiteral("mobile"), QStringLiteral("13812345678")}});
    const qint64 absorb =
        addCustomer("rm1", {{QStringLiteral("name"), QStringLiteral("张伟")},
                            {QStringLiteral("mobile"), QStringLiteral("13812345678")}});
    StoreError error;
    CustomerMerge merge(as("rm1").database().connection(), lifecycleToday);
    qint64 request = 0;
    BOOST_REQUIRE(merge.request(session("rm1"), keep, absorb, {}, QStringLiteral("Same person"),
                                &request, &error));
    BOOST_REQUIRE(CustomerMerge(as("sup1").database().connection(), lifecycleToday)
                      .approve(session("sup1"), request, QString(), &error));
    BOOST_REQUIRE(retention("rm1").endRelationship(session("rm1"), keep, longAgo,
                                                   QStringLiteral("Moved abroad"), &error));
    BOOST_REQUIRE(retention("sup1").requestPurge(session("sup1"), keep, QStringLiteral("Past it"),
                                                 &request, &error));
    BOOST_REQUIRE_MESSAGE(retention("comp1").approvePurge(session("comp1"), request, &error),
                          error.message);
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM merged_customers")) == 0);
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM customers")) == 0);
    BOOST_TEST(AuditTrail::verify(db()).ok);
}

BOOST_AUTO_TEST_SUITE_END()
