// The windowed list model over a real encrypted database: exact count before any row is read,
// pages read on a loader thread on demand, a bounded cache, a jump to the last row, sorting.
#include "customerlistmodel.h"
#include "stores/listingfixture.h"

using namespace rmdesk;
using namespace rmdesk::test;

namespace {

struct ModelFixture : ListingFixture
{
    ModelFixture()
    {
        model.setSource(comp1->database(), comp1->session(), listToday);
        model.setPageSize(50);
        model.setCachePages(3);
    }
    CustomerListModel model;
};

} // namespace

BOOST_FIXTURE_TEST_SUITE(customer_list_model, ModelFixture)

BOOST_AUTO_TEST_CASE(counts_exactly_and_reads_pages_on_demand_within_a_bounded_cache)
{
    const QList<qint64> expected = truth(*comp1, CustomerListQuery{});
    BOOST_REQUIRE(model.refresh());
    BOOST_TEST(model.isCounting());
    BOOST_REQUIRE(waitForRow(model, 0));
    BOOST_TEST(model.rowCount() == expected.size());
    BOOST_TEST(model.cachedPages() == 1);

    // Straight to the end, as a scrollbar dragged down does: no page in between is read.
    BOOST_TEST(!model.isRowLoaded(399));
    BOOST_TEST(!model.index(399, CustomerListModel::NameColumn)
                    .data(CustomerListModel::LoadedRole)
                    .toBool());
    BOOST_REQUIRE(waitForRow(model, 399));
    BOOST_TEST(model.customerId(399) == expected.last());
    BOOST_TEST(model.cachedPages() == 2);
    BOOST_TEST(!model.isRowLoaded(200));

    for (int row = 0; row < expected.size(); ++row) {
        BOOST_REQUIRE(waitForRow(model, row));
        BOOST_TEST(model.customerId(row) == expected.at(row));
        BOOST_TEST(model.cachedPages() <= 3);
    }
    BOOST_TEST(!model.isRowLoaded(0)); // the least recently used pages went first
    BOOST_TEST(model.index(7, CustomerListModel::NameColumn).data().toString() ==
               QStringLiteral("Loading…"));
    BOOST_REQUIRE(waitForRow(model, 7));
    BOOST_TEST(model.index(7, CustomerListModel::NameColumn).data().toString().contains(u'*'));
}

BOOST_AUTO_TEST_CASE(sorting_and_filtering_read_the_list_again)
{
    CustomerListQuery q;
    q.tier = QStringLiteral("affluent");
    model.setQuery(q);
    model.sort(CustomerListModel::AumColumn, Qt::DescendingOrder);
    BOOST_TEST((model.query().sort == CustomerSort::Aum));
    q.sort = CustomerSort::Aum;
    q.descending = true;
    const QList<qint64> expected = truth(*comp1, q);
    BOOST_REQUIRE(waitForRow(model, 0));
    BOOST_REQUIRE(model.total() == expected.size());
    for (int row = 0; row < expected.size(); ++row) {
        BOOST_REQUIRE(waitForRow(model, row));
        BOOST_TEST(model.customerId(row) == expected.at(row));
    }
    BOOST_TEST(!CustomerListModel::sortFor(CustomerListModel::MobileColumn).has_value());
    model.sort(CustomerListModel::MobileColumn, Qt::AscendingOrder); // no index: ignored
    BOOST_TEST((model.query().sort == CustomerSort::Aum));
}

BOOST_AUTO_TEST_CASE(a_newer_read_replaces_an_older_one)
{
    BOOST_REQUIRE(model.refresh());
    CustomerListQuery q;
    q.branch = QStringLiteral("SH01");
    model.setQuery(q);
    BOOST_REQUIRE(model.refresh()); // before the first answer arrives
    BOOST_REQUIRE(waitForRow(model, 0));
    BOOST_TEST(model.total() == truth(*comp1, q).size());
    BOOST_TEST(model.index(0, CustomerListModel::BranchColumn).data().toString() ==
               QStringLiteral("SH01"));
}

BOOST_AUTO_TEST_CASE(a_role_without_customer_access_gets_a_refusal)
{
    CustomerListModel adminModel;
    adminModel.setSource(admin->database(), admin->session(), listToday);
    BOOST_TEST(!adminModel.refresh());
    BOOST_TEST(adminModel.lastError().kind == StoreError::Forbidden);
    BOOST_TEST(adminModel.rowCount() == 0);
}

BOOST_AUTO_TEST_SUITE_END()
