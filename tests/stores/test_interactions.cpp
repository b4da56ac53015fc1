// Interactions against a real encrypted database: recording with products and follow-ups, the
// service standards as data, validation, scope, matters and the audit trail.
#include "stores/servicefixture.h"

using namespace rmdesk;
using namespace rmdesk::test;

namespace {

QStringList fieldsOf(const QList<FieldError>& errors)
{
    QStringList fields;
    for (const FieldError& e : errors)
        fields << e.field;
    fields.sort();
    return fields;
}

} // namespace

BOOST_FIXTURE_TEST_SUITE(interactions, ServiceFixture)

BOOST_AUTO_TEST_CASE(an_rm_records_a_call_with_products_and_a_follow_up)
{
    NewInteraction in;
    in.customerId = zhang;
    in.at = day(27, 9);
    in.channel = QStringLiteral("phone");
    in.purpose = QStringLiteral("product_advice");
    in.summary = QStringLiteral("客户询问稳健理财1号到期后的转存安排，约下周再谈");
    in.outcome = QStringLiteral("pending");
    in.products = {QStringLiteral("P2"), QStringLiteral("P1"), QStringLiteral("P1")};
    in.nextFollowUp = QDate(2026, 12, 2);
    const InteractionSaved saved = record("rm1", in);
    BOOST_TEST(saved.id > 0);
    BOOST_TEST(saved.matterId == saved.id); // a new matter
    BOOST_TEST(saved.followUpTaskId > 0);
    BOOST_TEST((saved.followUpOn == QDate(2026, 12, 2)));
    BOOST_TEST(saved.followUpAssignee == QStringLiteral("rm1"));

    StoreError e;
    const QList<Interaction> list = interactions("rm1").list(session("rm1"), zhang, &e);
    BOOST_REQUIRE(list.size() == 1);
    const Interaction& i = list.first();
    BOOST_TEST(i.channel == QStringLiteral("phone"));
    BOOST_TEST(i.purpose == QStringLiteral("product_advice"));
    BOOST_TEST(i.outcome == QStringLiteral("pending"));
    BOOST_TEST(i.userName == QStringLiteral("rm1"));
    BOOST_TEST(i.products == (QStringList{QStringLiteral("P1"), QStringLiteral("P2")}));
    BOOST_TEST(i.followUpTaskId == saved.followUpTaskId);
    BOOST_TEST(i.followUpStatus == QStringLiteral("open"));
    BOOST_TEST(QDateTime::fromString(i.at, Qt::ISODateWithMs) == day(27, 9));

    const auto task = tasks("rm1").find(session("rm1"), saved.followUpTaskId, &e);
    BOOST_REQUIRE(task);
    BOOST_TEST(task->kind == QStringLiteral("follow_up"));
    BOOST_TEST(task->customerId == zhang);
    BOOST_TEST(task->customerName == QStringLiteral("张*"));
    BOOST_TEST(task->assignee == QStringLiteral("rm1"));
    BOOST_TEST(task->branch == QStringLiteral("BJ01"));
    BOOST_TEST(task->purpose == QStringLiteral("product_advice"));

    // One audit row for each, in the same transaction; the free-text summary stays out of it.
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                    "'interaction.add' AND entity_id = '%1'")
                         .arg(saved.id)) == 1);
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'task.add'")) ==
               1);
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE details LIKE "
                                    "'%转存安排%'")) == 0);
    BOOST_TEST(AuditTrail::verify(db()).ok);
}

BOOST_AUTO_TEST_CASE(product_advice_looks_up_the_consent_to_marketing_contact)
{
    const auto advice = [&](const char* purpose) {
        NewInteraction in;
        in.customerId = zhang;
        in.at = day(27, 9);
        in.channel = QStringLiteral("phone");
        in.purpose = QString::fromLatin1(purpose);
        in.summary = QStringLiteral("客户来电询问理财产品");
        in.outcome = QStringLiteral("resolved");
        return record("rm1", in);
    };
    const auto audited = [&](qint64 id) {
        return text(QStringLiteral("SELECT coalesce(json_extract(details, '$.marketing_consent'), "
                                   "'absent') FROM audit_log WHERE action = 'interaction.add' "
                                   "AND entity_id = '%1'")
                        .arg(id));
    };
    // None on file: recorded all the same, with a notice, and audited so.
    InteractionSaved saved = advice("product_advice");
    BOOST_TEST(saved.id > 0);
    BOOST_TEST(saved.notice.contains(QStringLiteral("no consent to marketing contact")));
    BOOST_TEST(audited(saved.id) == QStringLiteral("0"));
    StoreError e;
    BOOST_TEST(!interactions("rm1").customer(session("rm1"), zhang, &e)->marketingConsent);
    // Other purposes are not marketing.
    saved = advice("service_request");
    BOOST_TEST(saved.notice.isEmpty());
    BOOST_TEST(audited(saved.id) == QStringLiteral("absent"));

    CustomerStore customers(as("rm1").database().connection());
    BOOST_REQUIRE_MESSAGE(
        customers.grantConsent(session("rm1"), zhang,
                               {0, QStringLiteral("marketing_contact"),
                                QStringLiteral("2026-01-05"), QString(), QStringLiteral("branch"),
                                QStringLiteral("F-7"), QString()},
                               &e),
        e.message);
    saved = advice("product_advice");
    BOOST_TEST(saved.notice.isEmpty());
    BOOST_TEST(audited(saved.id) == QStringLiteral("1"));
    BOOST_TEST(interactions("rm1").customer(session("rm1"), zhang, &e)->marketingConsent);

    // Withdrawn (on the stores' today): the notice again, and the day it was withdrawn for the
    // dialog.
    BOOST_REQUIRE_MESSAGE(customers.withdrawConsent(session("rm1"), zhang,
                                                    QStringLiteral("marketing_contact"),
                                                    now().date(), &e),
                          e.message);
    saved = advice("product_advice");
    BOOST_TEST(!saved.notice.isEmpty());
    const auto after = interactions("rm1").customer(session("rm1"), zhang, &e);
    BOOST_TEST(!after->marketingConsent);
    BOOST_TEST(after->marketingWithdrawnOn == now().date().toString(Qt::ISODate));
    BOOST_TEST(AuditTrail::verify(db()).ok);
}

BOOST_AUTO_TEST_CASE(product_advice_is_checked_against_the_customers_risk_level)
{
    execOrFail(db(), QStringLiteral("INSERT INTO products (code, name, type, risk_level) VALUES "
                                    "('P4', '权益基金', 'fund', 'R4')"));
    const auto advice = [&](const QStringList& products, SuitabilityHandling handling) {
        NewInteraction in;
        in.customerId = zhang;
        in.at = day(27, 9);
        in.channel = QStringLiteral("visit");
        in.purpose = QStringLiteral("product_advice");
        in.summary = QStringLiteral("介绍产品");
        in.outcome = QStringLiteral("resolved");
        in.products = products;
        in.suitability = handling;
        return in;
    };
    const auto advise = [&](const QStringList& products,
                            SuitabilityHandling handling = SuitabilityHandling::None) {
        return record("rm1", advice(products, handling));
    };
    // Refused, with the reason on the suitability field, and nothing written.
    const auto refused = [&](const QStringList& products, SuitabilityHandling handling) {
        const QString before = text(QStringLiteral("SELECT count(*) FROM interactions"));
        InteractionSaved saved;
        StoreError e;
        QList<FieldError> errors;
        const bool ok = interactions("rm1").add(session("rm1"), advice(products, handling), &saved,
                                                &e, &errors);
        BOOST_TEST(e.kind == StoreError::Invalid);
        BOOST_TEST((errors.size() == 1 && errors.first().field == QStringLiteral("suitability")));
        BOOST_TEST(text(QStringLiteral("SELECT count(*) FROM interactions")) == before);
        return !ok;
    };
    const auto audited = [&](qint64 id, const char* key) {
        return text(QStringLiteral("SELECT coalesce(json_extract(details, '$.%1'), 'absent') FROM "
                                   "audit_log WHERE action = 'interaction.add' AND entity_id = "
                                   "'%2'")
                        .arg(QLatin1String(key))
                        .arg(id));
    };
    const auto stored = [&](qint64 id) {
        return text(QStringLiteral("SELECT coalesce(suitability, '-') || '/' || "
                                   "coalesce(suitability_handling, '-') FROM interactions WHERE "
                                   "id = %1")
                        .arg(id));
    };
    const auto assess = [&](const char* level, const char* expires) {
        execOrFail(db(), QStringLiteral("UPDATE customers SET risk_level = %1, risk_expires_on = "
                                        "%2 WHERE id = %3")
                             .arg(level ? QStringLiteral("'%1'").arg(QLatin1String(level))
                                        : QStringLiteral("NULL"))
                             .arg(expires ? QStringLiteral("'%1'").arg(QLatin1String(expires))
                                          : QStringLiteral("NULL"))
                             .arg(zhang));
    };
    using H = SuitabilityHandling;
    // C2, valid: P1 (R2) suits and has nothing to record.
    assess("C2", "2027-06-30");
    InteractionSaved saved = advise({QStringLiteral("P1")});
    BOOST_TEST(audited(saved.id, "suitability") == QStringLiteral("absent"));
    BOOST_TEST(stored(saved.id) == QStringLiteral("-/-"));
    BOOST_TEST(refused({QStringLiteral("P1")}, H::Declined));
    // P4 (R4) is above the level: refused until it says how it was handled; then recorded.
    BOOST_TEST(refused({QStringLiteral("P1"), QStringLiteral("P4")}, H::None));
    saved = advise({QStringLiteral("P1"), QStringLiteral("P4")}, H::Insisted);
    BOOST_TEST(audited(saved.id, "suitability") == QStringLiteral("above_level"));
    BOOST_TEST(audited(saved.id, "suitability_handling") == QStringLiteral("insisted"));
    BOOST_TEST(audited(saved.id, "unsuitable_products") == QStringLiteral("[\"P4\"]"));
    BOOST_TEST(stored(saved.id) == QStringLiteral("above_level/insisted"));
    BOOST_TEST(saved.notice.contains(QStringLiteral("P4 (R4)")), saved.notice.toStdString());
    StoreError e;
    const QList<Interaction> listed = interactions("rm1").list(session("rm1"), zhang, &e, 1);
    BOOST_REQUIRE(listed.size() == 1);
    BOOST_TEST(listed.first().suitabilityHandling == QStringLiteral("insisted"));
    // C1: nothing above R1, not even at the customer's insistence; declined is recorded.
    assess("C1", "2027-06-30");
    BOOST_TEST(refused({QStringLiteral("P2"), QStringLiteral("P1")}, H::Insisted));
    saved = advise({QStringLiteral("P2"), QStringLiteral("P1")}, H::Declined);
    BOOST_TEST(stored(saved.id) == QStringLiteral("never_for_c1/declined"));
    BOOST_TEST(saved.notice.contains(QStringLiteral("P1 (R2)")));
    // Expired, or never assessed: no investment product at all; a deposit is no investment.
    assess("C5", "2026-01-31");
    BOOST_TEST(refused({QStringLiteral("P1")}, H::Insisted));
    saved = advise({QStringLiteral("P1")}, H::Declined);
    BOOST_TEST(stored(saved.id) == QStringLiteral("expired/declined"));
    BOOST_TEST(saved.notice.contains(QStringLiteral("2026-01-31")));
    assess(nullptr, nullptr);
    saved = advise({QStringLiteral("P1")}, H::Declined);
    BOOST_TEST(stored(saved.id) == QStringLiteral("not_assessed/declined"));
    saved = advise({QStringLiteral("P2")});
    BOOST_TEST(stored(saved.id) == QStringLiteral("-/-"));
    const auto c = interactions("rm1").customer(session("rm1"), zhang, &e);
    BOOST_TEST(c->riskLevel.isEmpty());
    BOOST_TEST(AuditTrail::verify(db()).ok);
}

BOOST_AUTO_TEST_CASE(service_standards_set_the_follow_up_when_none_is_given)
{
    // Resolved: no follow-up.
    BOOST_TEST(record("rm1", {}).followUpTaskId == 0);
    // Not reached at 10:00: call back within 24 hours, tomorrow.
    NewInteraction call;
    call.outcome = QStringLiteral("not_reached");
    BOOST_TEST((record("rm1", call).followUpOn == QDate(2026, 11, 28)));
    // Pending: follow up within 3 days.
    NewInteraction pending;
    pending.outcome = QStringLiteral("pending");
    BOOST_TEST((record("rm1", pending).followUpOn == QDate(2026, 11, 30)));
    // The standard is configuration: a new version of the rule set changes it.
    execOrFail(db(), QStringLiteral("INSERT INTO rule_sets (id, name, version, effective_from, "
                                    "changed_by, changed_at) VALUES (29, 'service_standards', 2, "
                                    "'2026-06-01', 'sup1', '2026-06-01T00:00:00Z')"));
    execOrFail(db(), QStringLiteral("INSERT INTO rule_values (rule_set_id, key, value) VALUES "
                                    "(29, 'follow_up_days', '5')"));
    pending.outcome = QStringLiteral("referred");
    BOOST_TEST((record("rm1", pending).followUpOn == QDate(2026, 12, 2)));
}

BOOST_AUTO_TEST_CASE(invalid_input_is_rejected_field_by_field_and_writes_nothing)
{
    const QByteArray before = digest();
    NewInteraction in;
    in.customerId = zhang;
    in.at = day(28, 9); // tomorrow
    in.channel = QStringLiteral("fax");
    in.purpose = QStringLiteral("gossip");
    in.outcome = QStringLiteral("maybe");
    in.summary = QStringLiteral("客户身份证 11010519491231002X 已核对");
    in.products = {QStringLiteral("P1"), QStringLiteral("NOPE")};
    in.nextFollowUp = QDate(2026, 11, 1);
    in.continues = 999;
    StoreError e;
    QList<FieldError> errors;
    InteractionSaved saved;
    BOOST_TEST(!interactions("rm1").add(session("rm1"), in, &saved, &e, &errors));
    BOOST_TEST(e.kind == StoreError::Invalid);
    BOOST_TEST(fieldsOf(errors) ==
               (QStringList{QStringLiteral("at"), QStringLiteral("channel"),
                            QStringLiteral("continues"), QStringLiteral("next_follow_up"),
                            QStringLiteral("outcome"), QStringLiteral("products"),
                            QStringLiteral("purpose"), QStringLiteral("summary")}));
    in = NewInteraction();
    in.customerId = zhang;
    in.summary = QStringLiteral("   ");
    BOOST_TEST(!interactions("rm1").add(session("rm1"), in, &saved, &e, &errors));
    BOOST_TEST(fieldsOf(errors) == QStringList{QStringLiteral("summary")});
    in.customerId = 4242;
    BOOST_TEST(!interactions("rm1").add(session("rm1"), in, &saved, &e, &errors));
    BOOST_TEST(e.kind == StoreError::NotFound);
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM interactions")) == 0);
    BOOST_TEST(digest() == before);
}

BOOST_AUTO_TEST_CASE(scope_follows_the_customer)
{
    NewInteraction in;
    in.customerId = zhang;
    in.summary = QStringLiteral("网点面谈");
    in.outcome = QStringLiteral("pending");
    StoreError e;
    InteractionSaved saved;
    // Another branch's RM, a peer in the branch, compliance and the administrator may not record.
    for (const char* who : {"rm2", "rm3", "comp1"}) {
        BOOST_TEST_CONTEXT(who)
        {
            BOOST_TEST(!interactions(who).add(session(who), in, &saved, &e));
            BOOST_TEST(e.kind == StoreError::Forbidden);
        }
    }
    BOOST_TEST(!InteractionStore(db(), now()).add(admin->session(), in, &saved, &e));
    BOOST_TEST(e.kind == StoreError::Forbidden);
    // A supervisor of the branch may; the follow-up still goes to the customer's RM.
    saved = record("sup1", in);
    BOOST_TEST(saved.followUpAssignee == QStringLiteral("rm1"));
    // Reading follows CustomerRead: the RM, the supervisor and compliance; not others.
    for (const char* who : {"rm1", "sup1", "comp1"}) {
        BOOST_TEST_CONTEXT(who)
        {
            BOOST_TEST(interactions(who).list(session(who), zhang, &e).size() == 1);
        }
    }
    for (const char* who : {"rm2", "rm3", "sup3"}) {
        BOOST_TEST_CONTEXT(who)
        {
            e = StoreError();
            BOOST_TEST(interactions(who).list(session(who), zhang, &e).isEmpty());
            BOOST_TEST(e.kind == StoreError::Forbidden);
        }
    }
}

BOOST_AUTO_TEST_CASE(a_contact_about_a_matter_completes_its_follow_up)
{
    NewInteraction first;
    first.outcome = QStringLiteral("pending");
    first.purpose = QStringLiteral("service_request");
    const InteractionSaved opened = record("rm1", first, day(20));
    BOOST_TEST(opened.followUpTaskId > 0);
    // An unanswered call about it is no contact: the follow-up stays open (and a call-back is due).
    NewInteraction attempt;
    attempt.outcome = QStringLiteral("not_reached");
    attempt.continues = opened.id;
    const InteractionSaved tried = record("rm1", attempt, day(22));
    BOOST_TEST(tried.matterId == opened.id);
    BOOST_TEST(tried.completedTasks.isEmpty());
    // The customer is reached and the matter resolved: both open follow-ups are done by it.
    NewInteraction reached;
    reached.continues = tried.id; // any interaction of the matter names it
    const InteractionSaved done = record("rm1", reached, day(23));
    BOOST_TEST(done.matterId == opened.id);
    BOOST_TEST(done.completedTasks == (QList<qint64>{opened.followUpTaskId, tried.followUpTaskId}),
               boost::test_tools::per_element());
    StoreError e;
    const auto task = tasks("rm1").find(session("rm1"), opened.followUpTaskId, &e);
    BOOST_REQUIRE(task);
    BOOST_TEST(task->status == QStringLiteral("done"));
    BOOST_TEST(task->doneBy == QStringLiteral("rm1"));
    BOOST_TEST(count(QStringLiteral("SELECT done_interaction_id FROM tasks WHERE id = %1")
                         .arg(opened.followUpTaskId)) == done.id);

    // The customer's matters: the resolved one, and a new open one listed first.
    record("rm1", first, day(24));
    const QList<ServiceMatter> matters = interactions("rm1").matters(session("rm1"), zhang, &e);
    BOOST_REQUIRE(matters.size() == 2);
    BOOST_TEST(matters[0].open);
    BOOST_TEST(!matters[1].open);
    BOOST_TEST(matters[1].id == opened.id);
    BOOST_TEST(matters[1].interactions == 3);
    BOOST_TEST(matters[1].lastOutcome == QStringLiteral("resolved"));

    // A matter of another customer cannot be continued.
    const qint64 other = addCustomer("rm1", {{QStringLiteral("name"), QStringLiteral("王芳")}});
    NewInteraction wrong;
    wrong.customerId = other;
    wrong.summary = QStringLiteral("电话回访");
    wrong.continues = opened.id;
    InteractionSaved saved;
    QList<FieldError> errors;
    BOOST_TEST(!interactions("rm1").add(session("rm1"), wrong, &saved, &e, &errors));
    BOOST_TEST(fieldsOf(errors) == QStringList{QStringLiteral("continues")});
}

BOOST_AUTO_TEST_CASE(products_come_from_the_products_table)
{
    StoreError e;
    const QList<ServiceProduct> products = interactions("rm1").products(&e);
    BOOST_REQUIRE(products.size() == 2);
    BOOST_TEST(products[0].code == QStringLiteral("P1"));
    BOOST_TEST(products[0].name == QStringLiteral("稳健理财1号"));
    BOOST_TEST(products[1].riskLevel == QStringLiteral("R1"));
}

BOOST_AUTO_TEST_SUITE_END()
