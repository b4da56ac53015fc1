// Search as the relationship manager types: names, pinyin, initials, mobile digits, ID tails;
// scoped by role and masked.
#include "common/vaultfixture.h"
#include "stores/audittrail.h"
#include "stores/customersearch.h"

#include <QSqlQuery>

using namespace rmdesk;
using namespace rmdesk::test;

namespace {

struct SearchFixture : VaultFixture
{
    SearchFixture()
    {
        addStaff();
        rm1 = login(QStringLiteral("rm1"));
        rm2 = login(QStringLiteral("rm2"));
        BOOST_REQUIRE(rm1 && rm2);
        add(QStringLiteral("张三"), QStringLiteral("13812345678"),
            QStringLiteral("11010519491231002X"));
        add(QStringLiteral("张三丰"), QStringLiteral("13900001111"), QString());
        add(QStringLiteral("李四"), QStringLiteral("13700002222"), QString());
        add(QStringLiteral("欧阳娜娜"), QString(), QString());
    }
    qint64 add(const QString& name, const QString& mobile, const QString& id)
    {
        QHash<QString, QString> v{{QStringLiteral("name"), name}};
        if (!mobile.isEmpty())
            v.insert(QStringLiteral("mobile"), mobile);
        if (!id.isEmpty())
            v.insert(QStringLiteral("id_number"), id);
        qint64 newId = 0;
        StoreError e;
        BOOST_REQUIRE_MESSAGE(CustomerStore(rm1->database().connection())
                                  .add(rm1->session(), CustomerType::Individual, v, &newId, &e),
                              e.message);
        return newId;
    }
    QStringList names(const QString& text, Vault* who = nullptr, StoreError* error = nullptr)
    {
        Vault& v = who ? *who : *rm1;
        StoreError e;
        const SearchResult r =
            CustomerSearch(v.database().connection()).search(v.session(), text, 20, &e);
        if (error)
            *error = e;
        QStringList found;
        for (const CustomerView& c : r.customers)
            found << QString::number(c.id);
        return found;
    }
    std::unique_ptr<Vault> rm1, rm2;
};

} // namespace

BOOST_FIXTURE_TEST_SUITE(customer_search, SearchFixture)

BOOST_AUTO_TEST_CASE(chinese_names_by_any_two_characters)
{
    BOOST_TEST(names(QStringLiteral("张三")) ==
               (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
    BOOST_TEST(names(QStringLiteral("三丰")) == QStringList{QStringLiteral("2")});
    BOOST_TEST(names(QStringLiteral("张三丰")) == QStringList{QStringLiteral("2")});
    BOOST_TEST(names(QStringLiteral("阳娜娜")) == QStringList{QStringLiteral("4")});
    BOOST_TEST(names(QStringLiteral("王五")).isEmpty());
    StoreError e;
    BOOST_TEST(names(QStringLiteral("张"), nullptr, &e).isEmpty());
    BOOST_TEST(e.kind == StoreError::Invalid);
}

BOOST_AUTO_TEST_CASE(full_pinyin_and_initials)
{
    BOOST_TEST(names(QStringLiteral("zhangsan")) ==
               (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
    BOOST_TEST(names(QStringLiteral("ZhangSanFeng")) == QStringList{QStringLiteral("2")});
    BOOST_TEST(names(QStringLiteral("zs")) ==
               (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
    BOOST_TEST(names(QStringLiteral("zsf")) == QStringList{QStringLiteral("2")});
    BOOST_TEST(names(QStringLiteral("lisi")) == QStringList{QStringLiteral("3")});
    BOOST_TEST(names(QStringLiteral("oynn")) == QStringList{QStringLiteral("4")});
    BOOST_TEST(names(QStringLiteral("ouyang")) == QStringList{QStringLiteral("4")});
}

BOOST_AUTO_TEST_CASE(mobile_digits_and_id_tails)
{
    // The last four digits, as the masked list shows them (138****5678), or a whole number.
    BOOST_TEST(names(QStringLiteral("5678")) == QStringList{QStringLiteral("1")});
    BOOST_TEST(names(QStringLiteral("1111")) == QStringList{QStringLiteral("2")});
    BOOST_TEST(names(QStringLiteral("139 0000 1111")) == QStringList{QStringLiteral("2")});
    BOOST_TEST(names(QStringLiteral("13812345678")) == QStringList{QStringLiteral("1")});
    BOOST_TEST(names(QStringLiteral("002X")) == QStringList{QStringLiteral("1")});
    BOOST_TEST(names(QStringLiteral("11010519491231002x")) == QStringList{QStringLiteral("1")});
    // Masked digits find nothing: the middle of a mobile, more of an ID number's end than the
    // list shows (one search per digit would unmask it).
    BOOST_TEST(names(QStringLiteral("2345")).isEmpty());
    BOOST_TEST(names(QStringLiteral("0000")).isEmpty());
    BOOST_TEST(names(QStringLiteral("1231002x")).isEmpty());
    BOOST_TEST(names(QStringLiteral("1381234567")).isEmpty());
    StoreError e;
    BOOST_TEST(names(QStringLiteral("31002X"), nullptr, &e).isEmpty());
    BOOST_TEST(e.kind == StoreError::Invalid);
    BOOST_TEST(e.message.contains(QStringLiteral("last 4 digits")), e.message);
    // A rule that shows six digits at the end lets six be searched.
    QSqlDatabase c = admin->database().connection();
    BOOST_REQUIRE(QSqlQuery(c).exec(QStringLiteral(
        "UPDATE rule_values SET value = 'first:3,last:6' WHERE key = 'id_number' AND "
        "rule_set_id = (SELECT id FROM rule_sets WHERE name = 'display_masking')")));
    BOOST_TEST(names(QStringLiteral("31002X")) == QStringList{QStringLiteral("1")});
    BOOST_TEST(names(QStringLiteral("231002X")).isEmpty());
    BOOST_TEST(names(QStringLiteral("123"), nullptr, &e).isEmpty());
    BOOST_TEST(e.kind == StoreError::Invalid);
    BOOST_TEST(names(QStringLiteral("张3!"), nullptr, &e).isEmpty());
}

BOOST_AUTO_TEST_CASE(a_whole_number_that_finds_someone_is_audited_without_the_number)
{
    auto audited = [&] {
        QSqlQuery q(rm1->database().connection());
        BOOST_REQUIRE(q.exec(QStringLiteral("SELECT entity_id || ' ' || details FROM audit_log "
                                            "WHERE action = 'customer.search' ORDER BY id")));
        QStringList rows;
        while (q.next())
            rows << q.value(0).toString();
        return rows;
    };
    // The end the list shows, a miss, a refusal: nothing to record.
    BOOST_TEST(names(QStringLiteral("5678")) == QStringList{QStringLiteral("1")});
    BOOST_TEST(names(QStringLiteral("13800000000")).isEmpty());
    BOOST_TEST(audited().isEmpty());
    // A whole mobile, a whole ID number: who found whom.
    BOOST_TEST(names(QStringLiteral("13812345678")) == QStringList{QStringLiteral("1")});
    BOOST_TEST(names(QStringLiteral("11010519491231002X")) == QStringList{QStringLiteral("1")});
    const QStringList rows = audited();
    BOOST_REQUIRE(rows.size() == 2);
    BOOST_TEST(rows.at(0) ==
               QStringLiteral(R"(1 {"by":"whole_number","customers":[1],"kind":"mobile+id_number",)"
                              R"("results":1})"));
    for (const QString& row : rows) {
        BOOST_TEST(!row.contains(QStringLiteral("13812345678")));
        BOOST_TEST(!row.contains(QStringLiteral("002X")));
    }
    BOOST_TEST(AuditTrail::verify(rm1->database().connection()).ok);
}

BOOST_AUTO_TEST_CASE(results_are_scoped_masked_and_follow_changes)
{
    BOOST_TEST(names(QStringLiteral("zhang"), rm2.get()).isEmpty()); // another branch's customers
    StoreError e;
    const SearchResult r = CustomerSearch(rm1->database().connection())
                               .search(rm1->session(), QStringLiteral("5678"), 20, &e);
    BOOST_REQUIRE(r.customers.size() == 1);
    BOOST_TEST(r.customers.first().value("mobile") == QStringLiteral("138****5678"));
    BOOST_TEST(r.total == 1);
    BOOST_TEST(r.kind == QStringLiteral("mobile+id_tail"));
    BOOST_TEST(r.elapsedMs >= 0);
    BOOST_REQUIRE(CustomerStore(rm1->database().connection())
                      .update(rm1->session(), 1,
                              {{QStringLiteral("mobile"), QStringLiteral("13655554444")}},
                              QStringLiteral("new phone"), QString(), QString(), &e));
    BOOST_TEST(names(QStringLiteral("5678")).isEmpty());
    BOOST_TEST(names(QStringLiteral("4444")) == QStringList{QStringLiteral("1")});
    // A rebuilt index finds the same.
    QString why;
    QSqlDatabase c = admin->database().connection();
    BOOST_REQUIRE_MESSAGE(CustomerSearch::rebuild(c, &why), why);
    BOOST_TEST(names(QStringLiteral("4444")) == QStringList{QStringLiteral("1")});
    BOOST_TEST(names(QStringLiteral("zs")) ==
               (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
}

BOOST_AUTO_TEST_CASE(every_scope_counts_and_pages_the_same_matches)
{
    auto sup1 = login(QStringLiteral("sup1"));   // BJ01, like rm1
    auto comp1 = login(QStringLiteral("comp1")); // every branch
    BOOST_REQUIRE(sup1 && comp1);
    for (Vault* v : {rm1.get(), sup1.get(), comp1.get()}) {
        BOOST_TEST_CONTEXT(v->session().userName)
        {
            BOOST_TEST(names(QStringLiteral("zs"), v) ==
                       (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
            BOOST_TEST(names(QStringLiteral("张三丰"), v) == QStringList{QStringLiteral("2")});
            BOOST_TEST(names(QStringLiteral("三丰张"), v).isEmpty()); // every piece, not in order
            StoreError e;
            const SearchResult few =
                CustomerSearch(v->database().connection()).search(v->session(), "zs", 1, &e);
            BOOST_TEST(few.total == 2); // the count is of every match, not of the page
            BOOST_TEST(few.customers.size() == 1);
        }
    }
    BOOST_TEST(names(QStringLiteral("zs"), rm2.get()).isEmpty());
    StoreError e;
    BOOST_TEST(!CustomerSearch(admin->database().connection())
                    .plan(admin->session(), QStringLiteral("zs"), &e)
                    .has_value());
    BOOST_TEST(e.kind == StoreError::Forbidden);
}

BOOST_AUTO_TEST_SUITE_END()
