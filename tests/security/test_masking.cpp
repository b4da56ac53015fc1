// Display masking with hand-worked examples, and the access record an unmasking leaves.
#include "common/vaultfixture.h"
#include "security/masking.h"
#include "stores/audittrail.h"

using namespace rmdesk;
using namespace rmdesk::test;

BOOST_AUTO_TEST_SUITE(masking)

BOOST_AUTO_TEST_CASE(shipped_patterns_by_hand)
{
    const Masker m;
    BOOST_TEST(m.mask(CustomerType::Individual, QStringLiteral("mobile"),
                      QStringLiteral("13812345678")) == QStringLiteral("138****5678"));
    BOOST_TEST(m.mask(CustomerType::Individual, QStringLiteral("id_number"),
                      QStringLiteral("11010519491231002X")) ==
               QStringLiteral("110***********002X"));
    BOOST_TEST(m.maskWith(QStringLiteral("bank_card"), QStringLiteral("6222021234567890123")) ==
               QStringLiteral("622202*********0123"));
    BOOST_TEST(m.mask(CustomerType::Individual, QStringLiteral("name"), QStringLiteral("张伟")) ==
               QStringLiteral("张*"));
    BOOST_TEST(m.mask(CustomerType::Individual, QStringLiteral("name"),
                      QStringLiteral("欧阳娜娜")) == QStringLiteral("欧***"));
    BOOST_TEST(m.mask(CustomerType::Individual, QStringLiteral("address"),
                      QStringLiteral("北京市朝阳区建国路88号")) ==
               QStringLiteral("北京市朝阳区****"));
    BOOST_TEST(m.mask(CustomerType::Individual, QStringLiteral("address"),
                      QStringLiteral("河北省涞水县城关镇1号")) ==
               QStringLiteral("河北省涞水县****"));
    // C1 data is shown as it is; empty stays empty; too-short values hide all but the first.
    BOOST_TEST(m.mask(CustomerType::Individual, QStringLiteral("risk_level"),
                      QStringLiteral("C3")) == QStringLiteral("C3"));
    BOOST_TEST(m.mask(CustomerType::Institution, QStringLiteral("name"),
                      QStringLiteral("示例科技有限公司")) == QStringLiteral("示例科技有限公司"));
    BOOST_TEST(m.mask(CustomerType::Institution, QStringLiteral("legal_rep"),
                      QStringLiteral("王芳")) == QStringLiteral("王*"));
    BOOST_TEST(m.mask(CustomerType::Individual, QStringLiteral("mobile"), QString()).isEmpty());
    BOOST_TEST(m.mask(CustomerType::Individual, QStringLiteral("mobile"),
                      QStringLiteral("12345")) == QStringLiteral("1****"));
    // An unknown C2 field with no pattern is hidden entirely.
    BOOST_TEST(m.mask(CustomerType::Individual, QStringLiteral("kyc_answer"),
                      QStringLiteral("secret")) == QStringLiteral("****"));
}

BOOST_AUTO_TEST_CASE(patterns_parse_and_are_configurable)
{
    bool ok = false;
    const MaskPattern p = MaskPattern::parse(QStringLiteral("first:2,last:2"), &ok);
    BOOST_TEST(ok);
    BOOST_TEST(p.apply(QStringLiteral("abcdefg")) == QStringLiteral("ab***fg"));
    MaskPattern::parse(QStringLiteral("first:x"), &ok);
    BOOST_TEST(!ok);
    MaskPattern::parse(QStringLiteral("middle:3"), &ok);
    BOOST_TEST(!ok);
    const Masker custom({{QStringLiteral("mobile"), MaskPattern::parse(QStringLiteral("last:4"))}});
    BOOST_TEST(custom.mask(CustomerType::Individual, QStringLiteral("mobile"),
                           QStringLiteral("13812345678")) == QStringLiteral("*******5678"));
    BOOST_TEST(
        (CustomerFields::find(CustomerType::Individual, QStringLiteral("id_number"))->grade ==
         Grade::C2));
    BOOST_TEST(
        (CustomerFields::find(CustomerType::Individual, QStringLiteral("risk_level"))->grade ==
         Grade::C1));
    // C3 data is never stored: the catalogue has no place for it.
    for (const char* c3 : {"password", "cvn", "otp", "card_pin"})
        BOOST_TEST(CustomerFields::find(CustomerType::Individual, QLatin1String(c3)) == nullptr);
}

BOOST_FIXTURE_TEST_CASE(masking_rules_come_from_the_database, VaultFixture)
{
    QSqlDatabase c = admin->database().connection();
    execOrFail(
        c, QStringLiteral("INSERT INTO rule_sets (id, name, version, effective_from, changed_by, "
                          "changed_at) VALUES (50, 'display_masking', 2, '2021-01-01', 'root', "
                          "'2026-11-27T00:00:00Z')"));
    execOrFail(c, QStringLiteral("INSERT INTO rule_values (rule_set_id, key, value) VALUES "
                                 "(50, 'mobile', 'first:3,last:2')"));
    const Masker m = Masker::fromRules(c);
    BOOST_TEST(m.mask(CustomerType::Individual, QStringLiteral("mobile"),
                      QStringLiteral("13812345678")) == QStringLiteral("138******78"));
    // Rules the new version does not list keep their defaults.
    BOOST_TEST(m.mask(CustomerType::Individual, QStringLiteral("name"), QStringLiteral("张伟")) ==
               QStringLiteral("张*"));
}

BOOST_FIXTURE_TEST_CASE(unmasking_needs_permission_and_reason_and_leaves_a_record, VaultFixture)
{
    addStaff();
    auto comp = login(QStringLiteral("comp1"));
    auto rm = login(QStringLiteral("rm1"));
    BOOST_REQUIRE(comp && rm);
    QSqlDatabase c = admin->database().connection();
    const auto before = AuditTrail::list(c, AuditFilter()).size();
    const Target customer{QStringLiteral("BJ01"), rm->session().userId};
    QString why;

    // Compliance with a reason: allowed and recorded.
    QSqlDatabase cc = comp->database().connection();
    BOOST_TEST(UnmaskRecorder::record(cc, comp->session(), QStringLiteral("customer"),
                                      QStringLiteral("42"), customer, {QStringLiteral("mobile")},
                                      QStringLiteral("AML case 2026-117"), &why));
    AuditFilter unmasks;
    unmasks.action = QStringLiteral("unmask");
    const auto rows = AuditTrail::list(c, unmasks);
    BOOST_REQUIRE(rows.size() == 1);
    BOOST_TEST(rows.first().userName == QStringLiteral("comp1"));
    BOOST_TEST(rows.first().entityId == QStringLiteral("42"));
    BOOST_TEST(rows.first().reason == QStringLiteral("AML case 2026-117"));
    BOOST_TEST(rows.first().details.contains(QStringLiteral("mobile")));

    // Without a reason, or by an administrator, or by another branch's RM: refused, nothing
    // written.
    BOOST_TEST(!UnmaskRecorder::record(cc, comp->session(), QStringLiteral("customer"),
                                       QStringLiteral("42"), customer, {QStringLiteral("mobile")},
                                       QStringLiteral("  "), &why));
    BOOST_TEST(why.contains(QStringLiteral("reason")));
    QSqlDatabase ac = admin->database().connection();
    BOOST_TEST(!UnmaskRecorder::record(ac, admin->session(), QStringLiteral("customer"),
                                       QStringLiteral("42"), customer, {QStringLiteral("mobile")},
                                       QStringLiteral("curious"), &why));
    auto rm2 = login(QStringLiteral("rm2"));
    QSqlDatabase rc = rm2->database().connection();
    BOOST_TEST(!UnmaskRecorder::record(rc, rm2->session(), QStringLiteral("customer"),
                                       QStringLiteral("42"), customer, {QStringLiteral("mobile")},
                                       QStringLiteral("a good reason"), &why));
    BOOST_TEST(AuditTrail::list(c, unmasks).size() == 1);
    // Its own RM may, with a reason.
    QSqlDatabase oc = rm->database().connection();
    BOOST_TEST(UnmaskRecorder::record(oc, rm->session(), QStringLiteral("customer"),
                                      QStringLiteral("42"), customer, {QStringLiteral("id_number")},
                                      QStringLiteral("account opening"), &why));
    BOOST_TEST(AuditTrail::list(c, unmasks).size() == 2);
    BOOST_TEST(AuditTrail::list(c, AuditFilter()).size() > before);
    BOOST_TEST(AuditTrail::verify(c).ok);
}

BOOST_AUTO_TEST_SUITE_END()
