// Windowed customer lists against a real encrypted database: every order, forwards, backwards
// and by position, with filters sparse and common, in each role's scope, must give exactly the
// rows a plain ORDER BY gives, masked.
#include "stores/listingfixture.h"

using namespace rmdesk;
using namespace rmdesk::test;

BOOST_FIXTURE_TEST_SUITE(customer_listing, ListingFixture)

BOOST_AUTO_TEST_CASE(every_order_and_filter_matches_a_plain_order_by_in_each_scope)
{
    QList<CustomerListQuery> filters;
    filters << CustomerListQuery{};
    CustomerListQuery sparse; // a filter's own index is cheaper
    sparse.tier = QStringLiteral("private");
    CustomerListQuery common; // walking the sort's index is cheaper
    common.tier = QStringLiteral("mass");
    common.status = QStringLiteral("active");
    CustomerListQuery several;
    several.stage = QStringLiteral("growing");
    several.riskLevel = QStringLiteral("C2");
    several.reviewOverdue = true;
    CustomerListQuery branch;
    branch.branch = QStringLiteral("SH01");
    CustomerListQuery book;
    book.rmName = QStringLiteral("rm1");
    filters << sparse << common << several << branch << book;
    for (Vault* v : {comp1.get(), sup1.get(), rm1.get()}) {
        for (const CustomerListQuery& f : filters) {
            for (const CustomerSort sort : allSorts) {
                for (const bool descending : {false, true}) {
                    CustomerListQuery q = f;
                    q.sort = sort;
                    q.descending = descending;
                    BOOST_TEST_CONTEXT(v->session().userName
                                       << " sort " << int(sort) << (descending ? " desc" : "")
                                       << " tier " << q.tier << " branch " << q.branch << " rm "
                                       << q.rmName)
                    {
                        check(*v, q);
                    }
                }
            }
        }
    }
}

BOOST_AUTO_TEST_CASE(rows_are_masked_and_carry_their_sort_value)
{
    CustomerListing listing(comp1->database().connection(), comp1->session(), listToday);
    CustomerListQuery q;
    q.sort = CustomerSort::Aum;
    q.descending = true;
    StoreError e;
    BOOST_REQUIRE(listing.prepare(q, &e));
    const auto rows = listing.after(nullptr, 3, &e);
    BOOST_REQUIRE(rows.size() == 3);
    BOOST_TEST(rows.first().value("name").contains(QLatin1Char('*')));
    BOOST_TEST(rows.first().sortValue.toLongLong() == 1000000);
    BOOST_TEST(rows.first().value("aum_fen") == QStringLiteral("1000000"));
}

BOOST_AUTO_TEST_CASE(scope_is_enforced_and_refusals_are_clear)
{
    CustomerListQuery other;
    other.branch = QStringLiteral("SH01");
    CustomerListing supervisor(sup1->database().connection(), sup1->session(), listToday);
    StoreError e;
    BOOST_REQUIRE(supervisor.prepare(other, &e));
    BOOST_TEST(supervisor.total() == 0); // another branch: nothing, not an error

    CustomerListing administrator(admin->database().connection(), admin->session(), listToday);
    BOOST_TEST(!administrator.prepare(CustomerListQuery{}, &e));
    BOOST_TEST(e.kind == StoreError::Forbidden);

    CustomerListing unprepared(comp1->database().connection(), comp1->session(), listToday);
    e = StoreError();
    BOOST_TEST(unprepared.after(nullptr, 5, &e).isEmpty());
    BOOST_TEST(!e.ok());
}

BOOST_AUTO_TEST_CASE(filter_choices_follow_the_scope)
{
    CustomerListing all(comp1->database().connection(), comp1->session(), listToday);
    BOOST_TEST(all.branchChoices().size() >= 2);
    BOOST_TEST(all.rmChoices(QString()).contains(QStringLiteral("rm2")));
    BOOST_TEST(!all.rmChoices(QStringLiteral("BJ01")).contains(QStringLiteral("rm2")));
    CustomerListing branch(sup1->database().connection(), sup1->session(), listToday);
    BOOST_TEST(branch.branchChoices().size() == 1);
    BOOST_TEST(branch.rmChoices(QStringLiteral("SH01")) == QStringList{QStringLiteral("rm1")});
    CustomerListing own(rm1->database().connection(), rm1->session(), listToday);
    BOOST_TEST(own.rmChoices(QString()) == QStringList{QStringLiteral("rm1")});
}

BOOST_AUTO_TEST_SUITE_END()
