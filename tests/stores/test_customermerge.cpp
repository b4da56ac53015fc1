// Likely duplicates and their merges against a real encrypted database: flagging by mobile and by
// birth date, dismissal, four-eyes approval, the history moving to the survivor, the archive, the
// search tables and the audit trail; every refusal changes nothing.
#include "stores/complaintstore.h"
#include "stores/customermerge.h"
#include "stores/customersearch.h"
#include "stores/draftstore.h"
#include "stores/interactionstore.h"
#include "stores/lifecyclefixture.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace rmdesk;
using namespace rmdesk::test;

namespace {

const QString residentId = QStringLiteral("11010519491231002X"); // born 1949-12-31, female

struct MergeFixture : LifecycleFixture
{
    CustomerMerge merge(const char* who)
    {
        return CustomerMerge(as(who).database().connection(), lifecycleToday);
    }
    qint64 add(const QString& name, const QString& mobile, const QString& birth = QString(),
               const char* who = "rm1")
    {
        QHash<QString, QString> v{{QStringLiteral("name"), name}};
        if (!mobile.isEmpty())
            v.insert(QStringLiteral("mobile"), mobile);
        if (!birth.isEmpty())
            v.insert(QStringLiteral("birth_date"), birth);
        return addCustomer(who, v);
    }
};

QString pairText(const QList<DuplicatePair>& pairs)
{
    QStringList out;
    for (const DuplicatePair& p : pairs)
        out << QStringLiteral("%1-%2:%3").arg(p.a).arg(p.b).arg(p.match);
    return out.join(QLatin1Char(' '));
}

} // namespace

BOOST_FIXTURE_TEST_SUITE(customer_merge, MergeFixture)

BOOST_AUTO_TEST_CASE(flags_same_name_with_same_mobile_or_birth_date)
{
    const qint64 a = add(QStringLiteral("张伟"), QStringLiteral("13812345678"));
    const qint64 b = add(QStringLiteral("张伟"), QStringLiteral("13812345678"));
    const qint64 c =
        add(QStringLiteral("张伟"), QStringLiteral("13900000001"), QStringLiteral("1980-01-01"));
    const qint64 d =
        add(QStringLiteral("张伟"), QStringLiteral("13900000002"), QStringLiteral("1980-01-01"));
    const qint64 e = add(QStringLiteral("李娜"), QStringLiteral("13812345678")); // other name
    const qint64 f = add(QStringLiteral("张伟"), QString(), QStringLiteral("1990-05-05"));
    const qint64 g = add(QStringLiteral("张伟"), QString()); // nothing to compare
    StoreError error;
    BOOST_TEST(pairText(merge("rm1").duplicatesOf(session("rm1"), a, &error)) ==
               QStringLiteral("%1-%2:mobile").arg(a).arg(b));
    BOOST_TEST(pairText(merge("rm1").duplicatesOf(session("rm1"), d, &error)) ==
               QStringLiteral("%1-%2:birth_date").arg(c).arg(d));
    for (const qint64 id : {e, f, g})
        BOOST_TEST(merge("rm1").duplicatesOf(session("rm1"), id, &error).isEmpty());

    int total = -1;
    const auto pairs = merge("sup1").duplicates(session("sup1"), 10, &total, &error);
    BOOST_TEST(error.ok());
    BOOST_TEST(total == 2);
    BOOST_TEST(pairText(pairs) ==
               QStringLiteral("%1-%2:mobile %3-%4:birth_date").arg(a).arg(b).arg(c).arg(d));
    // Paging by (a, b); compliance sees every branch, another branch nothing.
    BOOST_TEST(pairText(merge("sup1").duplicates(session("sup1"), 1, &total, &error, a, b)) ==
               QStringLiteral("%1-%2:birth_date").arg(c).arg(d));
    BOOST_TEST(merge("comp1").duplicates(session("comp1"), 10, &total, &error).size() == 2);
    BOOST_TEST(merge("sup3").duplicates(session("sup3"), 10, &total, &error).isEmpty());
    BOOST_TEST(total == 0);
    BOOST_TEST(merge("rm2").duplicates(session("rm2"), 10, &total, &error).isEmpty());
    BOOST_TEST(CustomerMerge(db(), lifecycleToday)
                   .duplicates(admin->session(), 10, &total, &error)
                   .isEmpty());
    BOOST_TEST(error.kind == StoreError::Forbidden);
    BOOST_TEST(merge("rm2").duplicatesOf(session("rm2"), a, &error).isEmpty());
    BOOST_TEST(error.kind == StoreError::Forbidden);
}

BOOST_AUTO_TEST_CASE(a_supervisor_dismisses_a_pair_that_is_two_people)
{
    const qint64 c = add(QStringLiteral("王芳"), QString(), QStringLiteral("1980-01-01"));
    const qint64 d = add(QStringLiteral("王芳"), QString(), QStringLiteral("1980-01-01"));
    StoreError error;
    const QByteArray before = digest();
    BOOST_TEST(
        !merge("rm1").dismiss(session("rm1"), c, d, QStringLiteral("different people"), &error));
    BOOST_TEST(error.kind == StoreError::Forbidden);
    BOOST_TEST(
        !merge("sup3").dismiss(session("sup3"), c, d, QStringLiteral("different people"), &error));
    BOOST_TEST(error.kind == StoreError::Forbidden);
    BOOST_TEST(!merge("sup1").dismiss(session("sup1"), c, d, QStringLiteral("no"), &error));
    BOOST_TEST(error.kind == StoreError::Invalid);
    BOOST_TEST(digest() == before);

    BOOST_REQUIRE_MESSAGE(merge("sup1").dismiss(session("sup1"), d, c,
                                                QStringLiteral("Met both: twins, different IDs"),
                                                &error),
                          error.message);
    BOOST_TEST(merge("rm1").duplicatesOf(session("rm1"), c, &error).isEmpty());
    int total = -1;
    BOOST_TEST(merge("sup1").duplicates(session("sup1"), 10, &total, &error).isEmpty());
    BOOST_TEST(total == 0);
    BOOST_TEST(
        !merge("sup2").dismiss(session("sup2"), c, d, QStringLiteral("again, really"), &error));
    BOOST_TEST(error.kind == StoreError::Invalid);
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                    "'customer.duplicate_dismiss'")) == 1);
}

BOOST_AUTO_TEST_CASE(requests_are_checked_and_refusals_change_nothing)
{
    const qint64 a = add(QStringLiteral("张伟"), QStringLiteral("13812345678"));
    const qint64 b = add(QStringLiteral("张伟"), QStringLiteral("13812345678"));
    const qint64 other =
        add(QStringLiteral("李四"), QStringLiteral("13700000000"), QString(), "rm2");
    const qint64 firm = addCustomer("rm1", {{QStringLiteral("name"), QStringLiteral("张伟")}},
                                    CustomerType::Institution);
    StoreError error;
    qint64 request = 0;
    const QByteArray before = digest();
    const QString why = QStringLiteral("Same person, opened twice");
    BOOST_TEST(!merge("rm1").request(session("rm1"), a, a, {}, why, &request, &error));
    BOOST_TEST(error.kind == StoreError::Invalid);
    BOOST_TEST(
        !merge("rm1").request(session("rm1"), a, b, {}, QStringLiteral("x"), &request, &error));
    BOOST_TEST(error.kind == StoreError::Invalid);
    BOOST_TEST(!merge("rm1").request(session("rm1"), a, firm, {}, why, &request, &error));
    BOOST_TEST(error.kind == StoreError::Invalid);
    BOOST_TEST(!merge("rm1").request(session("rm1"), a, b,
                                     {{QStringLiteral("salary"), QStringLiteral("absorb")}}, why,
                                     &request, &error));
    BOOST_TEST(error.kind == StoreError::Invalid);
    BOOST_TEST(!merge("rm1").request(session("rm1"), a, b,
                                     {{QStringLiteral("email"), QStringLiteral("both")}}, why,
                                     &request, &error));
    BOOST_TEST(error.kind == StoreError::Invalid);
    BOOST_TEST(!merge("rm1").request(session("rm1"), a, other, {}, why, &request, &error));
    BOOST_TEST(error.kind == StoreError::Forbidden);
    BOOST_TEST(!merge("comp1").request(session("comp1"), a, b, {}, why, &request, &error));
    BOOST_TEST(error.kind == StoreError::Forbidden);
    BOOST_TEST(!merge("rm1").request(session("rm1"), a, 999, {}, why, &request, &error));
    BOOST_TEST(error.kind == StoreError::NotFound);
    BOOST_TEST(digest() == before);

    BOOST_REQUIRE_MESSAGE(merge("rm1").request(session("rm1"), a, b, {}, why, &request, &error),
                          error.message);
    BOOST_TEST(request > 0);
    // One request at a time per customer.
    qint64 second = 0;
    BOOST_TEST(!merge("sup1").request(session("sup1"), b, a, {}, why, &second, &error));
    BOOST_TEST(error.kind == StoreError::Invalid);
    const auto listed = merge("sup1").requests(session("sup1"), true, &error);
    BOOST_REQUIRE(listed.size() == 1);
    BOOST_TEST(listed.first().keepId == a);
    BOOST_TEST(listed.first().absorbId == b);
    BOOST_TEST(listed.first().requestedBy == QStringLiteral("rm1"));
    BOOST_TEST(merge("sup3").requests(session("sup3"), true, &error).isEmpty());
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                    "'customer.merge_request'")) == 1);

    // Rejecting needs a note and a supervisor of both who did not ask.
    const QByteArray pending = digest();
    BOOST_TEST(!merge("sup1").reject(session("sup1"), request, QString(), &error));
    BOOST_TEST(error.kind == StoreError::Invalid);
    BOOST_TEST(
        !merge("rm1").reject(session("rm1"), request, QStringLiteral("not the same"), &error));
    BOOST_TEST(error.kind == StoreError::Forbidden);
    BOOST_TEST(
        !merge("sup3").reject(session("sup3"), request, QStringLiteral("not the same"), &error));
    BOOST_TEST(error.kind == StoreError::Forbidden);
    BOOST_TEST(digest() == pending);
    BOOST_REQUIRE_MESSAGE(merge("sup1").reject(session("sup1"), request,
                                               QStringLiteral("Different ID documents"), &error),
                          error.message);
    BOOST_TEST(merge("sup1").find(session("sup1"), request, &error)->status ==
               QStringLiteral("rejected"));
    BOOST_TEST(!merge("sup2").approve(session("sup2"), request, QString(), &error));
    BOOST_TEST(error.kind == StoreError::Invalid);
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM customers")) == 4);
}

BOOST_AUTO_TEST_CASE(an_approved_merge_moves_the_history_and_archives_the_absorbed_record)
{
    const qint64 keep =
        addCustomer("rm1", {{QStringLiteral("name"), QStringLiteral("张伟")},
                            {QStringLiteral("mobile"), QStringLiteral("13812345678")},
                            {QStringLiteral("email"), QStringLiteral("old@example.com")},
                            {QStringLiteral("risk_level"), QStringLiteral("C3")}});
    const qint64 absorb =
        addCustomer("rm1", {{QStringLiteral("name"), QStringLiteral("张伟")},
                            {QStringLiteral("mobile"), QStringLiteral("13812345678")},
                            {QStringLiteral("id_number"), residentId},
                            {QStringLiteral("email"), QStringLiteral("new@example.com")},
                            {QStringLiteral("address"), QStringLiteral("北京市朝阳区建国路88号")},
                            {QStringLiteral("risk_level"), QStringLiteral("C2")}});
    StoreError error;
    BOOST_REQUIRE(store("rm1").update(
        session("rm1"), keep, {{QStringLiteral("occupation"), QStringLiteral("教师")}},
        QStringLiteral("Customer told us"), QString(), QString(), &error));
    for (const qint64 id : {keep, absorb}) {
        BOOST_REQUIRE(store("rm1").recordReview(session("rm1"), id,
                                                {QString(), QString(), QStringLiteral("ID card"),
                                                 QStringLiteral("confirmed"), QString(), QString(),
                                                 QString()},
                                                &error));
        BOOST_REQUIRE(store("rm1").grantConsent(session("rm1"), id,
                                                {0, QStringLiteral("marketing_contact"), QString(),
                                                 QString(), QStringLiteral("branch"),
                                                 QStringLiteral("F-%1").arg(id), QString()},
                                                &error));
    }
    // A call about the absorbed record that wants a follow-up: both move to the survivor.
    NewInteraction call;
    call.customerId = absorb;
    call.summary = QStringLiteral("Asked about the new fund");
    call.outcome = QStringLiteral("pending");
    InteractionSaved saved;
    BOOST_REQUIRE_MESSAGE(InteractionStore(as("rm1").database().connection())
                              .add(session("rm1"), call, &saved, &error),
                          error.message);
    ComplaintIntake intake;
    intake.customerId = absorb;
    intake.channel = QStringLiteral("phone");
    intake.category = QStringLiteral("fees");
    intake.summary = QStringLiteral("Charged twice");
    intake.receivedOn = QDate::currentDate();
    qint64 complaint = 0;
    BOOST_REQUIRE_MESSAGE(ComplaintStore(as("rm1").database().connection())
                              .open(session("rm1"), intake, &complaint, &error),
                          error.message);
    execOrFail(db(), QStringLiteral("INSERT INTO holdings VALUES (%1, 'P1', '2026-10', 10000), "
                                    "(%1, 'P2', '2026-10', 5000), (%2, 'P1', '2026-10', 3000), "
                                    "(%2, 'P1', '2026-09', 2000)")
                         .arg(keep)
                         .arg(absorb));
    const HistoryCounts k = merge("rm1").history(session("rm1"), keep, &error);
    const HistoryCounts a = merge("rm1").history(session("rm1"), absorb, &error);
    BOOST_TEST(k.changes == 1);
    BOOST_TEST(a.reviews == 1);
    BOOST_TEST(a.holdings == 2);

    // A supervisor asks: the absorbed email wins; the ID number, the address and what the ID
    // number says (birth date, gender) come by default, since the kept record has none.
    qint64 request = 0;
    BOOST_REQUIRE_MESSAGE(
        merge("sup1").request(session("sup1"), keep, absorb,
                              {{QStringLiteral("email"), QStringLiteral("absorb")}},
                              QStringLiteral("Same ID card, opened twice"), &request, &error),
        error.message);
    const auto asked = merge("sup1").find(session("sup1"), request, &error);
    BOOST_REQUIRE(asked);
    BOOST_TEST(asked->taken().join(QLatin1Char(',')) ==
               QStringLiteral("address,birth_date,email,gender,id_number,id_type"));
    BOOST_TEST(asked->choices.value(QStringLiteral("risk_level")) == QStringLiteral("keep"));

    // An identity change of the absorbed record, not yet checked: its check moves too.
    BOOST_REQUIRE_MESSAGE(
        store("rm1").update(session("rm1"), absorb,
                            {{QStringLiteral("id_issuer"), QStringLiteral("朝阳分局")}},
                            QStringLiteral("card renewed"), QStringLiteral("ID card"),
                            QStringLiteral("PSB-7"), &error),
        error.message);

    // Refusals: the requester, an RM, a supervisor of another branch.
    const QByteArray before = digest();
    BOOST_TEST(!merge("sup1").approve(session("sup1"), request, QString(), &error));
    BOOST_TEST(error.kind == StoreError::Forbidden);
    BOOST_TEST(!merge("rm1").approve(session("rm1"), request, QString(), &error));
    BOOST_TEST(error.kind == StoreError::Forbidden);
    BOOST_TEST(!merge("sup3").approve(session("sup3"), request, QString(), &error));
    BOOST_TEST(error.kind == StoreError::Forbidden);
    BOOST_TEST(!merge("comp1").approve(session("comp1"), request, QString(), &error));
    BOOST_TEST(error.kind == StoreError::Forbidden);
    BOOST_TEST(!merge("sup2").approve(session("sup2"), 999, QString(), &error));
    BOOST_TEST(error.kind == StoreError::NotFound);
    BOOST_TEST(digest() == before);

    // An entry about the absorbed record that its RM left unfinished (opened from My day).
    BOOST_REQUIRE(DraftStore(db()).save(session("rm1"), {QStringLiteral("interaction"), 0}, absorb,
                                        QStringLiteral("{}"), &error));
    BOOST_REQUIRE_MESSAGE(merge("sup2").approve(session("sup2"), request,
                                                QStringLiteral("Checked the ID card"), &error),
                          error.message);
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM drafts")) == 0); // dropped with it

    // The absorbed record's pending check is closed by the merge, not left to restore onto K.
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM change_checks WHERE status = "
                                    "'superseded' AND checked_by_id IS NOT NULL")) == 1);
    for (const char* table : {"interactions", "tasks", "complaints", "change_checks"})
        BOOST_TEST_CONTEXT(table)
        {
            BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM %1 WHERE customer_id = %2")
                                 .arg(table)
                                 .arg(keep)) == 1);
        }
    // The absorbed record left the live tables and the search, and sits in the archive.
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM customers WHERE id = %1").arg(absorb)) ==
               0);
    BOOST_TEST(!store("sup1").show(session("sup1"), absorb, &error));
    BOOST_TEST(error.kind == StoreError::NotFound);
    for (const char* table : {"customer_search", "customer_name_grams"})
        BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM %1 WHERE customer_id = %2")
                             .arg(table)
                             .arg(absorb)) == 0);
    const SearchResult found =
        CustomerSearch(as("sup1").database().connection())
            .search(session("sup1"), QStringLiteral("13812345678"), 10, &error);
    BOOST_REQUIRE(found.customers.size() == 1);
    BOOST_TEST(found.customers.first().id == keep);
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM merged_customers WHERE id = %1 AND "
                                    "merged_into = %2 AND merge_request_id = %3")
                         .arg(absorb)
                         .arg(keep)
                         .arg(request)) == 1);
    const QJsonObject archived =
        QJsonDocument::fromJson(
            text(QStringLiteral("SELECT record FROM merged_customers WHERE id = %1").arg(absorb))
                .toUtf8())
            .object();
    BOOST_TEST(archived.value(QStringLiteral("email")).toString() ==
               QStringLiteral("new@example.com"));
    BOOST_TEST(merge("sup1").absorbedInto(keep) == QList<qint64>{absorb});

    // Both histories are the survivor's; balances of the same product and month add up.
    const HistoryCounts after = merge("rm1").history(session("rm1"), keep, &error);
    BOOST_TEST(after.reviews == k.reviews + a.reviews);
    BOOST_TEST(after.consents == k.consents + a.consents);
    BOOST_TEST(after.holdings == 3);
    BOOST_TEST(count(QStringLiteral("SELECT balance_fen FROM holdings WHERE customer_id = %1 AND "
                                    "product_code = 'P1' AND month = '2026-10'")
                         .arg(keep)) == 13000);
    BOOST_TEST(count(QStringLiteral("SELECT aum_fen FROM customers WHERE id = %1").arg(keep)) ==
               18000);
    for (const char* table :
         {"customer_changes", "customer_reviews", "review_due_changes", "consents", "holdings"})
        BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM %1 WHERE customer_id = %2")
                             .arg(table)
                             .arg(absorb)) == 0);

    // The chosen values, each with a change row; the kept ones untouched.
    const auto full =
        store("sup1").reveal(session("sup1"), keep, QStringLiteral("check merge"), &error);
    BOOST_REQUIRE_MESSAGE(full, error.message);
    BOOST_TEST(full->value("email") == QStringLiteral("new@example.com"));
    BOOST_TEST(full->value("id_number") == residentId);
    BOOST_TEST(full->value("birth_date") == QStringLiteral("1949-12-31"));
    BOOST_TEST(full->value("risk_level") == QStringLiteral("C3"));
    BOOST_TEST(full->value("occupation") == QStringLiteral("教师"));
    const auto changes = store("sup1").changes(session("sup1"), keep, &error);
    QStringList fields;
    for (const CustomerChange& c : changes)
        if (c.reason == QStringLiteral("Merged from #%1").arg(absorb))
            fields << c.field;
    fields.sort();
    BOOST_TEST(fields.join(QLatin1Char(',')) ==
               QStringLiteral("address,birth_date,email,gender,id_number,id_type"));
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM customer_changes WHERE customer_id = %1 "
                                    "AND field = 'merged_from' AND new_value = '%2' AND "
                                    "proof_ref = '#%3'")
                         .arg(keep)
                         .arg(absorb)
                         .arg(request)) == 1);
    // Seven changes of the merge, and the absorbed record's ID issuer changed after the counts.
    BOOST_TEST(after.changes == k.changes + a.changes + 7 + 1);

    // Audited, and the chain still holds.
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                    "'customer.merge' AND entity_id = '%1' AND user_name = 'sup2'")
                         .arg(keep)) == 1);
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                    "'customer.merged_into' AND entity_id = '%1'")
                         .arg(absorb)) == 1);
    BOOST_TEST(!text(QStringLiteral("SELECT details FROM audit_log WHERE action = "
                                    "'customer.merge'"))
                    .contains(residentId));
    BOOST_TEST(AuditTrail::verify(db()).ok);
    const auto decided = merge("sup1").find(session("sup1"), request, &error);
    BOOST_TEST(decided->status == QStringLiteral("approved"));
    BOOST_TEST(decided->decidedBy == QStringLiteral("sup2"));
    BOOST_TEST(!merge("sup1").approve(session("sup1"), request, QString(), &error));
    BOOST_TEST(error.kind == StoreError::Invalid);

    // Who viewed the absorbed record shows on the survivor's access list.
    const int views = count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = "
                                           "'customer' AND action IN ('customer.view', 'unmask', "
                                           "'customer.export') AND entity_id IN ('%1', '%2')")
                                .arg(keep)
                                .arg(absorb));
    BOOST_TEST(views > 0);
    BOOST_TEST(store("sup1").accessLog(session("sup1"), keep, &error).size() == views);
    // The absorbed number is never given to a new customer.
    const qint64 next = addCustomer("rm1", {{QStringLiteral("name"), QStringLiteral("王芳")}});
    BOOST_TEST(next > absorb);
}

BOOST_AUTO_TEST_CASE(a_merged_record_must_be_valid)
{
    // The kept birth date contradicts the absorbed resident ID number.
    const qint64 keep =
        add(QStringLiteral("张伟"), QStringLiteral("13812345678"), QStringLiteral("1980-01-01"));
    const qint64 absorb =
        addCustomer("rm1", {{QStringLiteral("name"), QStringLiteral("张伟")},
                            {QStringLiteral("mobile"), QStringLiteral("13812345678")},
                            {QStringLiteral("id_number"), residentId}});
    StoreError error;
    qint64 request = 0;
    const QByteArray before = digest();
    BOOST_TEST(!merge("rm1").request(session("rm1"), keep, absorb,
                                     {{QStringLiteral("birth_date"), QStringLiteral("keep")},
                                      {QStringLiteral("gender"), QStringLiteral("keep")}},
                                     QStringLiteral("Same person"), &request, &error));
    BOOST_TEST(error.kind == StoreError::Invalid);
    BOOST_TEST(error.message.contains(QStringLiteral("Birth date")));
    BOOST_TEST(digest() == before);
    // By default the birth date follows the ID number.
    BOOST_REQUIRE_MESSAGE(merge("rm1").request(session("rm1"), keep, absorb, {},
                                               QStringLiteral("Same person"), &request, &error),
                          error.message);
    BOOST_REQUIRE_MESSAGE(merge("sup1").approve(session("sup1"), request, QString(), &error),
                          error.message);
    BOOST_TEST(text(QStringLiteral("SELECT birth_date FROM customers WHERE id = %1").arg(keep)) ==
               QStringLiteral("1949-12-31"));
    BOOST_TEST(AuditTrail::verify(db()).ok);
}

BOOST_AUTO_TEST_SUITE_END()
