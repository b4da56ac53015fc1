// The customer field catalogue and its normalisation, by hand.
#include "common/testsupport.h"
#include "domain/customerfields.h"

using namespace rmdesk;

namespace {

const QDate today(2026, 11, 27);

QStringList fieldsOf(const QList<FieldError>& errors)
{
    QStringList fields;
    for (const FieldError& e : errors)
        fields << e.field;
    fields.sort();
    return fields;
}

} // namespace

BOOST_AUTO_TEST_SUITE(customer_fields)

BOOST_AUTO_TEST_CASE(catalogue_is_minimal_and_graded)
{
    // Every field has a purpose; nothing of grade C3 exists; identity fields need proofs.
    for (CustomerType t : {CustomerType::Individual, CustomerType::Institution}) {
        for (const FieldDef& f : CustomerFields::forType(t)) {
            BOOST_TEST_CONTEXT(f.name)
            {
                BOOST_TEST(!CustomerFields::purpose(f).isEmpty());
                BOOST_TEST(CustomerFields::label(QLatin1String(f.name)) != QLatin1String(f.name));
            }
        }
    }
    // The columns outside the catalogue that import and export messages name.
    for (const char* column : {"type", "branch", "rm", "tier", "next_review_due", "status"})
        BOOST_TEST(CustomerFields::label(QLatin1String(column)) != QLatin1String(column), column);
    BOOST_TEST(
        CustomerFields::find(CustomerType::Individual, QStringLiteral("id_number"))->identity);
    BOOST_TEST(!CustomerFields::find(CustomerType::Individual, QStringLiteral("mobile"))->identity);
    BOOST_TEST(CustomerFields::find(CustomerType::Institution, QStringLiteral("birth_date")) ==
               nullptr);
    BOOST_TEST(CustomerFields::find(CustomerType::Individual, QStringLiteral("legal_rep")) ==
               nullptr);
}

BOOST_AUTO_TEST_CASE(resident_id_fills_birth_date_gender_and_type)
{
    QHash<QString, QString> v{{QStringLiteral("name"), QStringLiteral(" 张伟 ")},
                              {QStringLiteral("id_number"), QStringLiteral("11010519491231002x")},
                              {QStringLiteral("mobile"), QStringLiteral("+86 138-1234-5678")}};
    BOOST_TEST(CustomerFields::normalise(CustomerType::Individual, &v, true, today).isEmpty());
    BOOST_TEST(v.value(QStringLiteral("name")) == QStringLiteral("张伟"));
    BOOST_TEST(v.value(QStringLiteral("id_type")) == QStringLiteral("resident_id"));
    BOOST_TEST(v.value(QStringLiteral("id_number")) == QStringLiteral("11010519491231002X"));
    BOOST_TEST(v.value(QStringLiteral("birth_date")) == QStringLiteral("1949-12-31"));
    BOOST_TEST(v.value(QStringLiteral("gender")) == QStringLiteral("female"));
    BOOST_TEST(v.value(QStringLiteral("mobile")) == QStringLiteral("13812345678"));
}

BOOST_AUTO_TEST_CASE(every_kind_of_problem_is_named_by_field)
{
    QHash<QString, QString> v{{QStringLiteral("name"), QString()},
                              {QStringLiteral("id_type"), QStringLiteral("uscc")},
                              {QStringLiteral("birth_date"), QStringLiteral("2030-01-01")},
                              {QStringLiteral("email"), QStringLiteral("a@b")},
                              {QStringLiteral("risk_assessed_on"), QStringLiteral("2026-05-01")},
                              {QStringLiteral("risk_expires_on"), QStringLiteral("2026-04-01")},
                              {QStringLiteral("aml_risk"), QStringLiteral("extreme")},
                              {QStringLiteral("lifecycle_stage"), QStringLiteral("asleep")},
                              {QStringLiteral("phones"), QStringLiteral("010-12345678, abc")},
                              {QStringLiteral("industry"), QStringLiteral("banking")}};
    const auto errors = CustomerFields::normalise(CustomerType::Individual, &v, true, today);
    BOOST_TEST(
        fieldsOf(errors) ==
        (QStringList{QStringLiteral("aml_risk"), QStringLiteral("birth_date"),
                     QStringLiteral("email"), QStringLiteral("id_type"), QStringLiteral("industry"),
                     QStringLiteral("lifecycle_stage"), QStringLiteral("name"),
                     QStringLiteral("phones"), QStringLiteral("risk_expires_on")}));
    for (const FieldError& e : errors)
        BOOST_TEST(e.message.startsWith(CustomerFields::label(e.field) + QStringLiteral(": ")));
}

BOOST_AUTO_TEST_CASE(messages_never_quote_the_value)
{
    // They reach import reports and standard error (batch logs); a wrong mobile is often one
    // digit off the real one.
    QHash<QString, QString> v{{QStringLiteral("name"), QStringLiteral("张三")},
                              {QStringLiteral("mobile"), QStringLiteral("1381234567")},
                              {QStringLiteral("email"), QStringLiteral("zhang.san@example")},
                              {QStringLiteral("phones"), QStringLiteral("010-12345678, 0109x")},
                              {QStringLiteral("id_number"), QStringLiteral("11010519491231002X")},
                              {QStringLiteral("birth_date"), QStringLiteral("1949-12-30")},
                              {QStringLiteral("id_expiry"), QStringLiteral("2031-02-30")}};
    const auto errors = CustomerFields::normalise(CustomerType::Individual, &v, true, today);
    BOOST_TEST(fieldsOf(errors) ==
               (QStringList{QStringLiteral("birth_date"), QStringLiteral("email"),
                            QStringLiteral("id_expiry"), QStringLiteral("mobile"),
                            QStringLiteral("phones")}));
    for (const FieldError& e : errors)
        for (const char* secret :
             {"1381234567", "zhang.san", "0109x", "1949-12-3", "1949-12-31", "2031-02-30"})
            BOOST_TEST(!e.message.contains(QLatin1String(secret)), e.message.toStdString());
}

BOOST_AUTO_TEST_CASE(changes_are_checked_without_requiring_the_rest)
{
    QHash<QString, QString> v{{QStringLiteral("email"), QStringLiteral("zw@example.com")}};
    BOOST_TEST(CustomerFields::normalise(CustomerType::Individual, &v, false, today).isEmpty());
    QHash<QString, QString> empty;
    BOOST_TEST(fieldsOf(CustomerFields::normalise(CustomerType::Individual, &empty, true, today)) ==
               QStringList{QStringLiteral("name")});
    QHash<QString, QString> org{
        {QStringLiteral("name"), QStringLiteral("示例科技有限公司")},
        {QStringLiteral("id_number"), QStringLiteral("91350100m000100y43")}};
    BOOST_TEST(CustomerFields::normalise(CustomerType::Institution, &org, true, today).isEmpty());
    BOOST_TEST(org.value(QStringLiteral("id_type")) == QStringLiteral("uscc"));
    BOOST_TEST(org.value(QStringLiteral("id_number")) == QStringLiteral("91350100M000100Y43"));
}

BOOST_AUTO_TEST_CASE(notes_that_hold_ids_or_card_numbers_are_spotted)
{
    BOOST_TEST(
        CustomerFields::sensitiveLooking(QStringLiteral("called, ID 11010519491231002X ok")) ==
        QStringList{QStringLiteral("11010519491231002X")});
    BOOST_TEST(
        CustomerFields::sensitiveLooking(QStringLiteral("card 6222021234567890123 lost")).size() ==
        1);
    BOOST_TEST(
        CustomerFields::sensitiveLooking(QStringLiteral("meeting at 10:30, room 1203")).isEmpty());
    BOOST_TEST(CustomerFields::sensitiveLooking(QStringLiteral("order 12345678901234"))
                   .isEmpty()); // 14 digits
}

BOOST_AUTO_TEST_SUITE_END()
