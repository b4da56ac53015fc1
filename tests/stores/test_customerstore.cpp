// Customer profiles against a real encrypted database: scope, masking, validation, proofs,
// history, reviews, consents and drafts.
#include "common/vaultfixture.h"
#include "stores/audittrail.h"
#include "stores/customerstore.h"
#include "stores/draftstore.h"

#include <QSqlQuery>

using namespace rmdesk;
using namespace rmdesk::test;

namespace {

const QDate today(2026, 11, 27);

struct CustomerFixture : VaultFixture
{
    CustomerFixture()
    {
        addStaff();
        rm1 = login(QStringLiteral("rm1"));
        rm2 = login(QStringLiteral("rm2"));
        sup1 = login(QStringLiteral("sup1"));
        comp1 = login(QStringLiteral("comp1"));
        BOOST_REQUIRE(rm1 && rm2 && sup1 && comp1);
    }
    CustomerStore store(Vault& v) { return CustomerStore(v.database().connection(), today); }
    qint64 addZhang()
    {
        qint64 id = 0;
        StoreError e;
        QList<FieldError> errors;
        BOOST_REQUIRE_MESSAGE(
            store(*rm1).add(rm1->session(), CustomerType::Individual,
                            {{QStringLiteral("name"), QStringLiteral("张伟")},
                             {QStringLiteral("id_number"), QStringLiteral("11010519491231002x")},
                             {QStringLiteral("mobile"), QStringLiteral("+86 138 1234 5678")},
                             {QStringLiteral("email"), QStringLiteral("zw@example.com")},
                             {QStringLiteral("address"), QStringLiteral("北京市朝阳区建国路88号")},
                             {QStringLiteral("risk_level"), QStringLiteral("C3")}},
                            &id, &e, &errors),
            e.message);
        return id;
    }
    int count(const QString& sql)
    {
        QSqlQuery q(admin->database().connection());
        BOOST_REQUIRE(q.exec(sql) && q.next());
        return q.value(0).toInt();
    }
    std::unique_ptr<Vault> rm1, rm2, sup1, comp1;
};

} // namespace

BOOST_FIXTURE_TEST_SUITE(customer_store, CustomerFixture)

BOOST_AUTO_TEST_CASE(an_rm_adds_to_their_own_book_and_sees_it_masked)
{
    const qint64 id = addZhang();
    StoreError e;
    const auto v = store(*rm1).show(rm1->session(), id, &e);
    BOOST_REQUIRE_MESSAGE(v, e.message);
    BOOST_TEST(v->value("mobile") == QStringLiteral("138****5678"));
    BOOST_TEST(v->value("id_number") == QStringLiteral("110***********002X"));
    BOOST_TEST(v->value("name") == QStringLiteral("张*"));
    BOOST_TEST(v->value("address") == QStringLiteral("北京市朝阳区****"));
    BOOST_TEST(v->value("risk_level") == QStringLiteral("C3"));
    BOOST_TEST(v->value("rm") == QStringLiteral("rm1"));
    BOOST_TEST(v->branch == QStringLiteral("BJ01"));
    BOOST_TEST(v->value("next_review_due") ==
               QStringLiteral("2027-05-27")); // low AML risk: 6 months
    BOOST_TEST(v->masked());
    // Derived from the ID number.
    const auto full = store(*rm1).reveal(rm1->session(), id, QStringLiteral("calling back"), &e);
    BOOST_REQUIRE_MESSAGE(full, e.message);
    BOOST_TEST(full->value("birth_date") == QStringLiteral("1949-12-31"));
    BOOST_TEST(full->value("gender") == QStringLiteral("female"));
    BOOST_TEST(full->value("mobile") == QStringLiteral("13812345678"));
    BOOST_TEST(full->value("id_number") == QStringLiteral("11010519491231002X"));
    BOOST_TEST(!full->masked());
}

BOOST_AUTO_TEST_CASE(scope_decides_who_sees_the_customer)
{
    const qint64 id = addZhang();
    StoreError e;
    BOOST_TEST(!store(*rm2).show(rm2->session(), id, &e));
    BOOST_TEST(e.kind == StoreError::Forbidden);
    BOOST_TEST(store(*sup1).show(sup1->session(), id, &e).has_value());   // same branch
    BOOST_TEST(store(*comp1).show(comp1->session(), id, &e).has_value()); // all branches
    BOOST_TEST(!store(*admin).show(admin->session(), id, &e));            // no customer data
    BOOST_TEST(e.kind == StoreError::Forbidden);
    int total = -1;
    BOOST_TEST(store(*rm2).list(rm2->session(), CustomerFilter(), &total, &e).isEmpty());
    BOOST_TEST(total == 0);
    BOOST_TEST(store(*sup1).list(sup1->session(), CustomerFilter(), &total, &e).size() == 1);
    BOOST_TEST(store(*admin).list(admin->session(), CustomerFilter(), &total, &e).isEmpty());
    BOOST_TEST(e.kind == StoreError::Forbidden);
    // Compliance reads but cannot unmask without a reason, nor change anything.
    BOOST_TEST(!store(*comp1).reveal(comp1->session(), id, QString(), &e));
    BOOST_TEST(!store(*comp1).update(comp1->session(), id,
                                     {{QStringLiteral("email"), QStringLiteral("x@y.cn")}},
                                     QStringLiteral("audit"), QString(), QString(), &e));
    BOOST_TEST(e.kind == StoreError::Forbidden);
    // An RM cannot add a customer to another RM's book.
    qint64 other = 0;
    BOOST_TEST(!store(*rm1).add(rm1->session(), CustomerType::Individual,
                                {{QStringLiteral("name"), QStringLiteral("李娜")},
                                 {QStringLiteral("rm"), QStringLiteral("rm2")}},
                                &other, &e));
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM customers")) == 1);
}

BOOST_AUTO_TEST_CASE(invalid_input_is_refused_field_by_field_and_writes_nothing)
{
    StoreError e;
    QList<FieldError> errors;
    qint64 id = 0;
    const int auditBefore = count(QStringLiteral("SELECT count(*) FROM audit_log"));
    BOOST_TEST(
        !store(*rm1).add(rm1->session(), CustomerType::Individual,
                         {{QStringLiteral("name"), QStringLiteral("王芳")},
                          {QStringLiteral("id_number"), QStringLiteral("110105194912310037")},
                          {QStringLiteral("mobile"), QStringLiteral("12812345678")},
                          {QStringLiteral("email"), QStringLiteral("not-an-email")},
                          {QStringLiteral("risk_level"), QStringLiteral("C9")},
                          {QStringLiteral("legal_rep"), QStringLiteral("someone")}},
                         &id, &e, &errors));
    BOOST_TEST(e.kind == StoreError::Invalid);
    QStringList fields;
    for (const FieldError& f : errors)
        fields << f.field;
    fields.sort();
    BOOST_TEST(fields == (QStringList{QStringLiteral("email"), QStringLiteral("id_number"),
                                      QStringLiteral("legal_rep"), QStringLiteral("mobile"),
                                      QStringLiteral("risk_level")}));
    for (const FieldError& f : errors)
        BOOST_TEST(!f.message.isEmpty());
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM customers")) == 0);
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM audit_log")) == auditBefore);

    // A birth date or gender that disagrees with the ID number.
    BOOST_TEST(
        !store(*rm1).add(rm1->session(), CustomerType::Individual,
                         {{QStringLiteral("name"), QStringLiteral("王芳")},
                          {QStringLiteral("id_number"), QStringLiteral("11010519491231002X")},
                          {QStringLiteral("birth_date"), QStringLiteral("1950-01-01")},
                          {QStringLiteral("gender"), QStringLiteral("male")}},
                         &id, &e, &errors));
    BOOST_TEST(errors.size() == 2);
    // The same ID number twice.
    addZhang();
    BOOST_TEST(
        !store(*sup1).add(sup1->session(), CustomerType::Individual,
                          {{QStringLiteral("name"), QStringLiteral("冒名")},
                           {QStringLiteral("id_number"), QStringLiteral("11010519491231002X")}},
                          &id, &e, &errors));
    BOOST_TEST(e.message.contains(QStringLiteral("another customer")));
}

BOOST_AUTO_TEST_CASE(institutions_use_the_credit_code_and_their_own_fields)
{
    StoreError e;
    QList<FieldError> errors;
    qint64 id = 0;
    BOOST_REQUIRE_MESSAGE(
        store(*sup1).add(sup1->session(), CustomerType::Institution,
                         {{QStringLiteral("name"), QStringLiteral("示例科技有限公司")},
                          {QStringLiteral("id_number"), QStringLiteral("91350100m000100y43")},
                          {QStringLiteral("legal_rep"), QStringLiteral("王芳")},
                          {QStringLiteral("rm"), QStringLiteral("rm1")}},
                         &id, &e, &errors),
        e.message);
    const auto v = store(*rm1).show(rm1->session(), id, &e);
    BOOST_REQUIRE(v);
    BOOST_TEST(v->value("name") == QStringLiteral("示例科技有限公司")); // public registry data
    BOOST_TEST(v->value("id_number") == QStringLiteral("91350100M000100Y43"));
    BOOST_TEST(v->value("id_type") == QStringLiteral("uscc"));
    BOOST_TEST(v->value("legal_rep") == QStringLiteral("王*"));
    BOOST_TEST(!store(*sup1).add(sup1->session(), CustomerType::Institution,
                                 {{QStringLiteral("name"), QStringLiteral("另一家公司")},
                                  {QStringLiteral("birth_date"), QStringLiteral("2000-01-01")}},
                                 &id, &e, &errors));
    BOOST_TEST(errors.first().message.contains(QStringLiteral("not collected")));
}

BOOST_AUTO_TEST_CASE(identity_changes_need_a_proof_and_leave_history)
{
    const qint64 id = addZhang();
    StoreError e;
    QList<FieldError> errors;
    const int changesBefore = count(QStringLiteral("SELECT count(*) FROM customer_changes"));
    const QHash<QString, QString> newId{
        {QStringLiteral("id_number"), QStringLiteral("110101199003071233")}};
    // Without proof: refused, nothing changes.
    BOOST_TEST(!store(*rm1).update(rm1->session(), id, newId,
                                   QStringLiteral("wrong number on file"), QString(), QString(), &e,
                                   &errors));
    BOOST_TEST(e.kind == StoreError::Invalid);
    BOOST_TEST(e.message.contains(QStringLiteral("proof")));
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM customer_changes")) == changesBefore);
    BOOST_TEST(count(QStringLiteral(
                   "SELECT count(*) FROM customers WHERE id_number = '11010519491231002X'")) == 1);
    // Without a reason: refused.
    BOOST_TEST(!store(*rm1).update(rm1->session(), id, newId, QString(),
                                   QStringLiteral("resident_id_card"),
                                   QStringLiteral("scan 2026-117"), &e));
    // With proof and reason: saved, and the history says what, who, why and with which proof.
    BOOST_REQUIRE_MESSAGE(
        store(*rm1).update(rm1->session(), id,
                           {{QStringLiteral("id_number"), QStringLiteral("110105194912310046")},
                            {QStringLiteral("email"), QStringLiteral("zhang.wei@example.com")}},
                           QStringLiteral("wrong number on file"),
                           QStringLiteral("resident_id_card"), QStringLiteral("scan 2026-117"), &e,
                           &errors),
        e.message << (errors.isEmpty() ? QString() : errors.first().message));
    const QList<CustomerChange> history = store(*rm1).changes(rm1->session(), id, &e);
    BOOST_REQUIRE(history.size() == 2);
    bool sawId = false;
    for (const CustomerChange& c : history) {
        BOOST_TEST(c.userName == QStringLiteral("rm1"));
        BOOST_TEST(c.reason == QStringLiteral("wrong number on file"));
        BOOST_TEST(c.proofType == QStringLiteral("resident_id_card"));
        BOOST_TEST(c.proofRef == QStringLiteral("scan 2026-117"));
        if (c.field == QLatin1String("id_number")) {
            sawId = true;
            BOOST_TEST(c.oldValue == QStringLiteral("110***********002X"));
            BOOST_TEST(c.newValue == QStringLiteral("110***********0046"));
        }
    }
    BOOST_TEST(sawId);
    // The audit row holds masked values only: administrators read it.
    AuditFilter f;
    f.action = QStringLiteral("customer.update");
    const auto rows = AuditTrail::list(admin->database().connection(), f);
    BOOST_REQUIRE(rows.size() == 1);
    BOOST_TEST(!rows.first().details.contains(QStringLiteral("11010519491231002X")));
    BOOST_TEST(!rows.first().details.contains(QStringLiteral("zhang.wei@example.com")));
    BOOST_TEST(rows.first().details.contains(QStringLiteral("110***********0046")));
    BOOST_TEST(rows.first().reason == QStringLiteral("wrong number on file"));
    // A non-identity change needs a reason but no proof.
    BOOST_TEST(store(*rm1).update(rm1->session(), id,
                                  {{QStringLiteral("risk_level"), QStringLiteral("C4")}},
                                  QStringLiteral("new questionnaire"), QString(), QString(), &e));
}

BOOST_AUTO_TEST_CASE(reviews_follow_the_risk_cadence_and_overdue_lists_find_them)
{
    StoreError e;
    qint64 high = 0;
    BOOST_REQUIRE(store(*rm1).add(rm1->session(), CustomerType::Individual,
                                  {{QStringLiteral("name"), QStringLiteral("高风险")},
                                   {QStringLiteral("aml_risk"), QStringLiteral("high")}},
                                  &high, &e));
    const auto v = store(*rm1).show(rm1->session(), high, &e);
    BOOST_TEST(v->value("next_review_due") == QStringLiteral("2027-02-27")); // 3 months
    // Half a year later it is overdue for the RM and the supervisor, not for another RM.
    CustomerStore later(rm1->database().connection(), QDate(2027, 6, 1));
    CustomerFilter overdue;
    overdue.reviewOverdue = true;
    int total = 0;
    BOOST_TEST(later.list(rm1->session(), overdue, &total, &e).size() == 1);
    BOOST_TEST(CustomerStore(sup1->database().connection(), QDate(2027, 6, 1))
                   .list(sup1->session(), overdue, &total, &e)
                   .size() == 1);
    BOOST_TEST(CustomerStore(rm2->database().connection(), QDate(2027, 6, 1))
                   .list(rm2->session(), overdue, &total, &e)
                   .isEmpty());
    // A review moves the due date from the review day.
    BOOST_REQUIRE_MESSAGE(
        later.recordReview(rm1->session(), high,
                           {QStringLiteral("2027-05-30"), QString(),
                            QStringLiteral("ID card, mobile, address"), QStringLiteral("confirmed"),
                            QStringLiteral("resident_id_card"), QStringLiteral("copy 88"),
                            QString()},
                           &e),
        e.message);
    BOOST_TEST(later.reviews(rm1->session(), high, &e).first().nextDue ==
               QStringLiteral("2027-08-30"));
    BOOST_TEST(later.list(rm1->session(), overdue, &total, &e).isEmpty());
    BOOST_TEST(!later.recordReview(rm1->session(), high,
                                   {QString(), QString(), QString(), QStringLiteral("confirmed"),
                                    QString(), QString(), QString()},
                                   &e));
}

BOOST_AUTO_TEST_CASE(consents_are_granted_and_withdrawn_with_evidence)
{
    const qint64 id = addZhang();
    StoreError e;
    BOOST_TEST(!store(*rm1).grantConsent(rm1->session(), id,
                                         {0, QStringLiteral("marketing_contact"), QString(),
                                          QString(), QString(), QString(), QString()},
                                         &e));
    BOOST_REQUIRE(store(*rm1).grantConsent(
        rm1->session(), id,
        {0, QStringLiteral("marketing_contact"), QStringLiteral("2026-11-01"), QString(),
         QStringLiteral("branch counter"), QStringLiteral("form 2026-1101-07"), QString()},
        &e));
    BOOST_REQUIRE(store(*rm1).withdrawConsent(
        rm1->session(), id, QStringLiteral("marketing_contact"), QDate(2026, 11, 20), &e));
    const auto list = store(*rm1).consents(rm1->session(), id, &e);
    BOOST_REQUIRE(list.size() == 1);
    BOOST_TEST(list.first().withdrawnOn == QStringLiteral("2026-11-20"));
    BOOST_TEST(!store(*rm1).withdrawConsent(rm1->session(), id, QStringLiteral("marketing_contact"),
                                            QDate(2026, 11, 21), &e));
    BOOST_TEST(e.kind == StoreError::NotFound);
}

BOOST_AUTO_TEST_CASE(drafts_and_who_viewed)
{
    const qint64 id = addZhang();
    StoreError e;
    DraftStore drafts(rm1->database().connection());
    const DraftKey key{QStringLiteral("customer"), id};
    BOOST_REQUIRE(drafts.save(rm1->session(), key, id, QStringLiteral("{\"mobile\":\"139\"}"), &e));
    BOOST_TEST(drafts.load(rm1->session(), key).value_or(Draft()).body ==
               QStringLiteral("{\"mobile\":\"139\"}"));
    BOOST_TEST(drafts.load(rm1->session(), key)->savedAt.isValid());
    BOOST_TEST(!drafts.load(sup1->session(), key).has_value()); // drafts are personal
    BOOST_TEST(!drafts.load(rm1->session(), {QStringLiteral("interaction"), id}).has_value());
    BOOST_TEST(!drafts.save(Session(), key, id, QStringLiteral("{}"), &e)); // nobody's
    BOOST_TEST(e.kind == StoreError::Invalid);
    BOOST_TEST(drafts.discard(rm1->session(), key));
    BOOST_TEST(!drafts.load(rm1->session(), key).has_value());
    store(*sup1).show(sup1->session(), id, &e);
    store(*comp1).reveal(comp1->session(), id, QStringLiteral("AML case 7"), &e);
    const auto log = store(*rm1).accessLog(rm1->session(), id, &e);
    BOOST_REQUIRE(log.size() >= 2);
    BOOST_TEST(log.first().userName == QStringLiteral("comp1"));
    BOOST_TEST(log.first().action == QStringLiteral("unmask"));
    BOOST_TEST(log.first().reason == QStringLiteral("AML case 7"));
}

BOOST_AUTO_TEST_CASE(tiers_follow_assets_under_management)
{
    BOOST_TEST(CustomerFields::tierFor(0, 500000, 6000000) == QStringLiteral("mass"));
    BOOST_TEST(CustomerFields::tierFor(49999999, 500000, 6000000) == QStringLiteral("mass"));
    BOOST_TEST(CustomerFields::tierFor(50000000, 500000, 6000000) == QStringLiteral("affluent"));
    BOOST_TEST(CustomerFields::tierFor(600000000, 500000, 6000000) == QStringLiteral("private"));
    const qint64 id = addZhang();
    QSqlDatabase c = admin->database().connection();
    execOrFail(c, QStringLiteral("INSERT INTO products VALUES ('WM1', '稳健理财', 'wealth', 'R2'), "
                                 "('DP1', '定期存款', 'deposit', 'R1')"));
    execOrFail(c, QStringLiteral("INSERT INTO holdings VALUES (%1, 'WM1', '2026-10', 40000000), "
                                 "(%1, 'DP1', '2026-10', 20000000), (%1, 'DP1', '2026-09', 1)")
                      .arg(id));
    StoreError e;
    BOOST_TEST(store(*admin).refreshTiers(admin->session(), QStringLiteral("2026-10"), &e) == -1);
    BOOST_TEST(e.kind == StoreError::Forbidden);
    BOOST_TEST(store(*rm2).refreshTiers(rm2->session(), QStringLiteral("2026-10"), &e) ==
               0); // not theirs
    BOOST_TEST(store(*sup1).refreshTiers(sup1->session(), QStringLiteral("2026-10"), &e) == 1);
    BOOST_TEST(store(*rm1).show(rm1->session(), id, &e)->value("tier") ==
               QStringLiteral("affluent"));
    qint64 aum = 0;
    const auto held = store(*rm1).holdings(rm1->session(), id, &aum, &e);
    BOOST_TEST(held.size() == 2);
    BOOST_TEST(aum == 60000000); // 600,000.00 yuan in the latest month
    BOOST_TEST(store(*sup1).refreshTiers(sup1->session(), QStringLiteral("2026-10"), &e) == 0);
}

BOOST_AUTO_TEST_SUITE_END()
