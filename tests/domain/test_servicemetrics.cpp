// The service metrics and standards, with examples worked by hand (the comments show the sums).
#include "common/testsupport.h"
#include "domain/servicecodes.h"
#include "domain/servicemetrics.h"

using namespace rmdesk;

namespace {

const QDate asOf(2026, 11, 27);
const ServicePeriod november{QDate(2026, 11, 1), QDate(2026, 11, 30)};
constexpr qint64 A = 1;
constexpr qint64 B = 2;

QDate nov(int day)
{
    return QDate(2026, 11, day);
}

QDateTime at(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute));
}

// Ten follow-ups; the comment on each says whether it counts and whether it was on time.
const QList<FollowUpFact> followUps = {
    {1, A, nov(3), nov(3)},               // counts, on time (done on the day)
    {2, A, nov(10), nov(12)},             // counts, late
    {3, A, nov(20), QDate()},             // counts, late (overdue and open)
    {4, A, nov(27), QDate()},             // not yet: due today, may still be done today
    {5, A, nov(29), nov(26)},             // counts, on time (done before its due date)
    {6, A, nov(30), QDate()},             // not yet: due later, open
    {7, A, QDate(2026, 10, 31), nov(2)},  // outside: due in October
    {8, B, nov(15), nov(1)},              // counts, on time (early)
    {9, B, nov(27), nov(27)},             // counts, on time (due today, done today)
    {10, B, QDate(2026, 12, 1), nov(20)}, // outside: due in December
};

using O = ContactOutcome;

// Matters of November: the comment on the first interaction of each says how it counts.
const QList<ContactFact> interactions = {
    {10, 10, A, at(11, 2, 9), O::Resolved}, // A: resolved at first contact, nothing after
    {11, 11, A, at(11, 3, 9), O::Pending},  // A: not (pending, then resolved on the 5th)
    {12, 11, A, at(11, 5, 9), O::Resolved},
    {13, 13, B, at(11, 4, 9), O::NotReached}, // a failed attempt by B does not count ...
    {14, 13, A, at(11, 4, 15), O::Resolved},  // ... A's first contact resolved it: A, yes
    {15, 15, B, at(11, 6, 9), O::Resolved},   // B: not (the customer came back on the 20th)
    {16, 15, B, at(11, 20, 9), O::Pending},
    {17, 17, B, at(11, 7, 9), O::Resolved},       // B: yes; the unanswered courtesy call after
    {18, 17, B, at(11, 8, 9), O::NotReached},     //    it is no contact
    {19, 19, A, at(11, 9, 9), O::NotReached},     // never reached: not a matter that counts
    {20, 20, A, at(10, 31, 23, 30), O::Resolved}, // outside: first contact in October
    {21, 21, B, at(11, 30, 23), O::Referred},     // B: not (referred)
    {22, 22, A, at(11, 10, 10), O::Resolved},     // A: not; two contacts at the same minute,
    {23, 22, A, at(11, 10, 10), O::Resolved},     //    the lower number is the first
    {24, 24, A, at(12, 1, 9), O::Resolved},       // outside: December
    {25, 25, A, at(11, 13, 9), O::Pending},       // recorded first, but happened after #26:
    {26, 25, B, at(11, 12, 9), O::Resolved},      // B made the first contact; not resolved
};

} // namespace

BOOST_AUTO_TEST_SUITE(service_metrics)

BOOST_AUTO_TEST_CASE(on_time_follow_up_rate_by_hand)
{
    // A: counted 1, 2, 3, 5; on time 1, 5 → 2 / 4.
    BOOST_TEST(
        (ServiceMetrics::onTimeFollowUpRate(followUps, november, asOf, A) == ServiceRatio{2, 4}));
    BOOST_TEST(*ServiceMetrics::onTimeFollowUpRate(followUps, november, asOf, A).value() == 0.5);
    // B: counted 8, 9; both on time → 2 / 2.
    BOOST_TEST(
        (ServiceMetrics::onTimeFollowUpRate(followUps, november, asOf, B) == ServiceRatio{2, 2}));
    // Everyone: 4 / 6.
    BOOST_TEST(
        (ServiceMetrics::onTimeFollowUpRate(followUps, november, asOf) == ServiceRatio{4, 6}));
    // A day later, A's follow-up 4 (due the 27th, still open) is late: 2 / 5.
    BOOST_TEST((ServiceMetrics::onTimeFollowUpRate(followUps, november, asOf.addDays(1), A) ==
                ServiceRatio{2, 5}));
    // Nothing due: no rate at all, not 0 % or 100 %.
    const ServiceRatio none = ServiceMetrics::onTimeFollowUpRate(
        followUps, {QDate(2026, 6, 1), QDate(2026, 6, 30)}, asOf);
    BOOST_TEST(none.total == 0);
    BOOST_TEST(!none.value().has_value());
}

BOOST_AUTO_TEST_CASE(matters_and_their_first_contacts)
{
    const QList<MatterResult> matters = ServiceMetrics::matters(interactions);
    // 19 never reached the customer: every other matter is listed, in order of number.
    QList<qint64> ids;
    for (const MatterResult& m : matters)
        ids << m.matterId;
    BOOST_TEST(ids == (QList<qint64>{10, 11, 13, 15, 17, 20, 21, 22, 24, 25}),
               boost::test_tools::per_element());
    auto find = [&](qint64 id) {
        for (const MatterResult& m : matters)
            if (m.matterId == id)
                return m;
        return MatterResult{};
    };
    BOOST_TEST(find(13).firstContactId == 14);
    BOOST_TEST(find(13).userId == A);
    BOOST_TEST(find(13).resolvedAtFirstContact);
    BOOST_TEST(find(17).resolvedAtFirstContact);
    BOOST_TEST(!find(15).resolvedAtFirstContact);
    BOOST_TEST(find(22).firstContactId == 22);
    BOOST_TEST(!find(22).resolvedAtFirstContact);
    BOOST_TEST(find(25).firstContactId == 26);
    BOOST_TEST(find(25).userId == B);
    BOOST_TEST((find(25).firstContactOn == nov(12)));
    BOOST_TEST((find(20).firstContactOn == QDate(2026, 10, 31)));
}

BOOST_AUTO_TEST_CASE(first_contact_resolution_by_hand)
{
    // A: matters 10 (yes), 11 (no), 13 (yes), 22 (no) → 2 / 4.
    BOOST_TEST(
        (ServiceMetrics::firstContactResolution(interactions, november, A) == ServiceRatio{2, 4}));
    // B: 15 (no), 17 (yes), 21 (no), 25 (no) → 1 / 4.
    BOOST_TEST(
        (ServiceMetrics::firstContactResolution(interactions, november, B) == ServiceRatio{1, 4}));
    // Everyone: 3 / 8.
    const ServiceRatio all = ServiceMetrics::firstContactResolution(interactions, november);
    BOOST_TEST((all == ServiceRatio{3, 8}));
    BOOST_TEST(*all.value() == 0.375);
    // October holds matter 20 alone, resolved at first contact: 1 / 1.
    BOOST_TEST((ServiceMetrics::firstContactResolution(interactions,
                                                       {QDate(2026, 10, 1), QDate(2026, 10, 31)}) ==
                ServiceRatio{1, 1}));
    BOOST_TEST(!ServiceMetrics::firstContactResolution({}, november).value().has_value());
}

BOOST_AUTO_TEST_CASE(scores_per_user)
{
    const QList<UserServiceScore> scores =
        ServiceMetrics::byUser(followUps, interactions, november, asOf);
    BOOST_REQUIRE(scores.size() == 2);
    BOOST_TEST(scores[0].userId == A);
    BOOST_TEST((scores[0].onTimeFollowUp == ServiceRatio{2, 4}));
    BOOST_TEST((scores[0].firstContactResolution == ServiceRatio{2, 4}));
    BOOST_TEST(scores[1].userId == B);
    BOOST_TEST((scores[1].onTimeFollowUp == ServiceRatio{2, 2}));
    BOOST_TEST((scores[1].firstContactResolution == ServiceRatio{1, 4}));
}

BOOST_AUTO_TEST_CASE(service_standards_and_codes)
{
    const ServiceStandards defaults = ServiceStandards::fromValues({});
    BOOST_TEST(defaults.followUpDays == 3);
    BOOST_TEST(defaults.callbackHours == 24);
    BOOST_TEST(defaults.maxSnoozeDays == 14);
    BOOST_TEST(defaults.upcomingDays == 7);
    BOOST_TEST(defaults.documentExpiryNoticeDays == 30);
    // Configured values win; nonsense keeps the default.
    const ServiceStandards s = ServiceStandards::fromValues(
        {{QStringLiteral("follow_up_days"), QStringLiteral("5")},
         {QStringLiteral("max_snooze_days"), QStringLiteral("0")},
         {QStringLiteral("upcoming_days"), QStringLiteral("soon")},
         {QStringLiteral("on_time_follow_up_target_percent"), QStringLiteral("120")}});
    BOOST_TEST(s.followUpDays == 5);
    BOOST_TEST(s.maxSnoozeDays == 14);
    BOOST_TEST(s.upcomingDays == 7);
    BOOST_TEST(s.onTimeFollowUpTargetPercent == 100);

    BOOST_TEST(ServiceCodes::channels().size() == 6);
    for (const QString& what : {QStringLiteral("channel"), QStringLiteral("purpose"),
                                QStringLiteral("outcome"), QStringLiteral("task_kind")}) {
        const QStringList codes = what == QLatin1String("channel")   ? ServiceCodes::channels()
                                  : what == QLatin1String("purpose") ? ServiceCodes::purposes()
                                  : what == QLatin1String("outcome") ? ServiceCodes::outcomes()
                                                                     : ServiceCodes::taskKinds();
        for (const QString& code : codes) {
            BOOST_TEST_CONTEXT(what << "/" << code)
            {
                BOOST_TEST(ServiceCodes::label(what, code) != code);
            }
        }
    }
    BOOST_TEST(ServiceCodes::label(QStringLiteral("channel"), QStringLiteral("fax")) ==
               QStringLiteral("fax"));
}

BOOST_AUTO_TEST_SUITE_END()
