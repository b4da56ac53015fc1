// The retention dashboard's figures on a real encrypted database: the book of stagefixture.h run
// month by month (Jan-Oct 2026) plus
//   o  rm2 SH01 affluent: active in Oct 2025 (AUM 2000) and Oct 2026 (3000), never run before Jan;
//   x1-x7 rm1 BJ01: never held anything, relationships ended (reasons below);
//   NPS answers (annual-review): g 10 (Mar), d 3 (May, by rm2), s 8 (Sep), g 9 (Jun); c 0 on
//   5 Nov (after the period).
// Hand-worked for Jan-Oct 2026 over everyone:
//   active Oct: g d s c o = 5; churn Oct 0 / 4 (Sep: g d s c) = 0; 12-month retention Oct: o of
//   {o} = 1; net new = 5 - 0 (Dec 2025: nobody); AUM Oct = 1700 + 300 + 500 + 430 + 3000 = 5930,
//   Dec 2025 = 0: no growth; NPS (2 promoters - 1 detractor) / 4 = 25 %.
// Feb-Oct: net new 5 - 4 = 1; AUM Jan = 1000 + 1000 + 500 + 300 = 2800, growth 5930 / 2800 - 1.
#include "dashboards/retentiondashboard.h"
#include "domain/lifecyclerules.h"
#include "stores/stagefixture.h"
#include "stores/surveystore.h"

using namespace rmdesk;
using namespace rmdesk::test;
namespace tt = boost::test_tools;

namespace {

struct DashboardFixture : StageFixture
{
    DashboardFixture()
    {
        o = addCustomer("rm2", {{QStringLiteral("name"), QStringLiteral("欧老客")}});
        hold(o, jan - 3, 2000);
        hold(o, jan + 9, 3000);
        // Affluent as a holdings import would make it: the tier with the AUM it comes from (the
        // monthly run brings tiers in line with their AUM and the thresholds).
        execOrFail(db(), QStringLiteral("UPDATE customers SET tier = 'affluent', aum_fen = "
                                        "100000000 WHERE id = %1")
                             .arg(o));
        // Ended relationships: (day, reason); NULL: none given. p ended before the period.
        const QList<std::pair<const char*, const char*>> ended = {
            {"2026-03-05", "迁居外地"},   {"2026-06-30", "迁居外地"}, {"2026-04-01", "收益不满意"},
            {"2026-10-31", "转至他行"},   {"2026-02-01", nullptr},    {"2026-01-01", "费率高"},
            {"2026-07-15", "服务不满意"}, {"2026-08-01", "其他原因"}};
        for (const auto& [day, reason] : ended) {
            const qint64 x = addCustomer("rm1", {{QStringLiteral("name"), QStringLiteral("许")}});
            endRelationship(x, day, reason);
        }
        endRelationship(p, "2025-12-31", "身故");
        runThrough(jan + 9);
        for (const auto& [who, customer, list, day] :
             {std::tuple{"rm1", g, "nps=10,csat=5,ces=2", "2026-03-10"},
              {"rm2", d, "nps=3,csat=2,ces=4", "2026-05-20"},
              {"rm1", s, "nps=8,csat=4,ces=2", "2026-09-30"},
              {"rm1", g, "nps=9,csat=4,ces=2", "2026-06-01"},
              {"rm1", c, "nps=0,csat=1,ces=5", "2026-11-05"}}) {
            NewSurveyResponse in;
            in.customerId = customer;
            in.templateName = QStringLiteral("annual-review");
            QString problem;
            BOOST_REQUIRE(
                SurveyTemplates::parseAnswers(QString::fromLatin1(list), &in.answers, &problem));
            in.answeredOn = QDate::fromString(QString::fromLatin1(day), Qt::ISODate);
            SurveySaved saved;
            StoreError e;
            QList<SurveyAnswerError> errors;
            BOOST_REQUIRE_MESSAGE(SurveyStore(as(who).database().connection(), now)
                                      .record(session(who), in, &saved, &e, &errors),
                                  e.message);
        }
    }

    void endRelationship(qint64 id, const char* day, const char* reason)
    {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("UPDATE customers SET status = 'ended', relationship_ended_on = "
                                 "?, end_reason = ? WHERE id = ?"));
        q.addBindValue(QString::fromLatin1(day));
        q.addBindValue(reason ? QVariant(QString::fromUtf8(reason)) : QVariant(QString()));
        q.addBindValue(id);
        BOOST_REQUIRE_MESSAGE(q.exec(), q.lastError().text());
    }

    RetentionDashboardData compute(const char* who, const RetentionDashboardFilter& f,
                                   StoreError* e)
    {
        return RetentionDashboard::compute(as(who).database().connection(), session(who), f, e,
                                           now);
    }
    RetentionDashboardData computeOk(const char* who, const RetentionDashboardFilter& f)
    {
        StoreError e;
        const auto data = compute(who, f, &e);
        BOOST_REQUIRE_MESSAGE(e.ok(), e.message);
        return data;
    }
    QList<CustomerMonths> pureMonths(const char* who)
    {
        StoreError e;
        const auto list = RetentionStore(as(who).database().connection(), now)
                              .customerMonths(session(who), {}, &e);
        BOOST_REQUIRE(e.ok());
        return list;
    }

    const QDateTime now{QDate(2026, 11, 27), QTime(10, 0)};
    qint64 o = 0;
};

void sameMonth(const RetentionMonth& a, const RetentionMonth& b)
{
    BOOST_TEST_CONTEXT("month " << monthName(a.month).toStdString())
    {
        BOOST_TEST(a.month == b.month);
        BOOST_TEST(a.active == b.active);
        BOOST_TEST(a.newCustomers == b.newCustomers);
        BOOST_TEST(a.wonBack == b.wonBack);
        BOOST_TEST(a.churned == b.churned);
        BOOST_TEST(a.netNew == b.netNew);
        BOOST_TEST(a.churnRate.has_value() == b.churnRate.has_value());
        BOOST_TEST(a.churnRate.value_or(-1) == b.churnRate.value_or(-1), tt::tolerance(1e-12));
        BOOST_TEST(a.retention12.has_value() == b.retention12.has_value());
        BOOST_TEST(a.retention12.value_or(-1) == b.retention12.value_or(-1), tt::tolerance(1e-12));
    }
}

int funnelCount(const RetentionDashboardData& data, const QString& stage)
{
    for (const FunnelStage& s : data.funnel)
        if (s.stage == stage)
            return s.customers;
    return -1;
}

} // namespace

BOOST_FIXTURE_TEST_SUITE(retention_dashboard, DashboardFixture)

BOOST_AUTO_TEST_CASE(hand_worked_tiles_and_series)
{
    const auto data = computeOk("comp1", {jan, jan + 9, {}, {}, {}});
    BOOST_TEST(data.cubeBuilt());
    BOOST_TEST(!data.empty());
    BOOST_TEST(data.filter.from == jan);
    BOOST_TEST(data.filter.to == jan + 9);
    const RetentionTiles& t = data.tiles;
    BOOST_TEST(t.active == 5);
    BOOST_TEST(*t.retention12 == 1.0);
    BOOST_TEST(*t.churnRate == 0.0);
    BOOST_TEST(t.netNew == 5);
    BOOST_TEST(t.aumFen == 5930);
    BOOST_TEST(t.aumStartFen == 0);
    BOOST_TEST(!t.aumGrowth.has_value());
    BOOST_TEST(*t.nps == 25.0, tt::tolerance(1e-9));
    BOOST_TEST(t.npsResponses == 4);
    BOOST_TEST(!t.npsReliable);

    // Each month: active, new, won back, churned, net new.
    BOOST_REQUIRE(data.months.size() == 10);
    const QList<std::array<int, 5>> expected = {
        {4, 4, 0, 0, 4}, {4, 0, 0, 0, 0}, {3, 0, 0, 1, -1}, {3, 0, 0, 0, 0}, {3, 0, 0, 0, 0},
        {3, 0, 0, 0, 0}, {4, 0, 1, 0, 1}, {4, 0, 0, 0, 0},  {4, 0, 0, 0, 0}, {5, 0, 1, 0, 1}};
    for (int i = 0; i < 10; ++i) {
        BOOST_TEST_CONTEXT("month " << i)
        {
            const RetentionMonth& m = data.months[i];
            BOOST_TEST(m.month == jan + i);
            BOOST_TEST(m.active == expected[i][0]);
            BOOST_TEST(m.newCustomers == expected[i][1]);
            BOOST_TEST(m.wonBack == expected[i][2]);
            BOOST_TEST(m.churned == expected[i][3]);
            BOOST_TEST(m.netNew == expected[i][4]);
        }
    }
    BOOST_TEST(!data.months[0].churnRate.has_value()); // nobody in Dec 2025
    BOOST_TEST(*data.months[2].churnRate == 0.25);

    // Segments in tier order: the four of January are mass, o affluent.
    BOOST_REQUIRE(data.segments.size() == 2);
    BOOST_TEST(data.segments[0].segment == QStringLiteral("mass"));
    BOOST_TEST(data.segments[0].months.last().active == 4);
    BOOST_TEST(!data.segments[0].months.last().retention12.has_value());
    BOOST_TEST(data.segments[1].segment == QStringLiteral("affluent"));
    BOOST_TEST(data.segments[1].months.last().active == 1);
    BOOST_TEST(*data.segments[1].months.last().retention12 == 1.0);

    // One cohort in the period: January's four.
    BOOST_REQUIRE(data.cohorts.size() == 1);
    BOOST_TEST(data.cohorts[0].cohort == jan);
    BOOST_TEST(data.cohorts[0].size == 4);
    BOOST_TEST(
        (data.cohorts[0].retained == QList<double>{1, 1, 0.75, 0.75, 0.75, 0.75, 1, 1, 1, 1}));
}

BOOST_AUTO_TEST_CASE(the_figures_equal_the_pure_metrics_in_every_scope)
{
    const int from = jan, to = jan + 9;
    for (const char* who : {"comp1", "sup1", "sup3", "rm1", "rm2"}) {
        BOOST_TEST_CONTEXT("as " << who)
        {
            const auto data = computeOk(who, {from, to, {}, {}, {}});
            const auto months = pureMonths(who);
            const auto pure = RetentionMetrics::series(months, from, to);
            BOOST_REQUIRE(data.months.size() == pure.size());
            for (int i = 0; i < pure.size(); ++i)
                sameMonth(data.months[i], pure[i]);
            const auto cohorts = RetentionMetrics::cohorts(months, from, to);
            BOOST_REQUIRE(data.cohorts.size() == cohorts.size());
            for (int i = 0; i < cohorts.size(); ++i) {
                BOOST_TEST(data.cohorts[i].cohort == cohorts[i].cohort);
                BOOST_TEST(data.cohorts[i].size == cohorts[i].size);
                BOOST_TEST((data.cohorts[i].retained == cohorts[i].retained));
            }
            const auto bySegment =
                RetentionMetrics::seriesBy(months, &RetentionMetrics::bySegment, from, to);
            for (const SegmentSeries& s : data.segments)
                for (int i = 0; i < s.months.size(); ++i)
                    sameMonth(s.months[i], bySegment[s.segment][i]);
            // AUM at the ends of Dec 2025 and Oct 2026, tiles from the last month.
            qint64 aumEnd = 0, aumStart = 0;
            for (const CustomerMonths& c : months) {
                aumEnd += c.aumIn(to);
                aumStart += c.aumIn(from - 1);
            }
            BOOST_TEST(data.tiles.aumFen == aumEnd);
            BOOST_TEST(data.tiles.aumStartFen == aumStart);
            BOOST_TEST(data.tiles.active == pure.last().active);
            BOOST_TEST(data.tiles.netNew ==
                       pure.last().active - RetentionMetrics::month(months, from - 1).active);
        }
    }
    // By hand: rm1's book is g, s, c (+ p and the x's, never active); rm2's d and o.
    const auto rm1 = computeOk("rm1", {from, to, {}, {}, {}});
    BOOST_TEST(rm1.tiles.active == 3);
    BOOST_TEST(rm1.tiles.aumFen == 1700 + 500 + 430);
    // g 10 and 9 promoters, s 8 passive: (2 - 0) / 3.
    BOOST_TEST(*rm1.tiles.nps == 200.0 / 3.0, tt::tolerance(1e-9));
    BOOST_TEST(rm1.tiles.npsResponses == 3);
    const auto rm2 = computeOk("rm2", {from, to, {}, {}, {}});
    BOOST_TEST(rm2.tiles.active == 2);
    BOOST_TEST(rm2.tiles.aumFen == 300 + 3000);
    BOOST_TEST(*rm2.tiles.nps == -100.0, tt::tolerance(1e-9));
    BOOST_TEST(funnelCount(rm2, QStringLiteral("declining")) == 1);
    BOOST_TEST(rm2.churnReasons.isEmpty());
    // sup3 (SH01) sees what rm2 sees.
    const auto sup3 = computeOk("sup3", {from, to, {}, {}, {}});
    BOOST_TEST(sup3.tiles.aumFen == rm2.tiles.aumFen);
}

BOOST_AUTO_TEST_CASE(aum_growth_over_a_later_period)
{
    const auto data = computeOk("comp1", {jan + 1, jan + 9, {}, {}, {}});
    BOOST_TEST(data.tiles.netNew == 1);
    BOOST_TEST(data.tiles.aumStartFen == 2800);
    BOOST_TEST(data.tiles.aumFen == 5930);
    BOOST_TEST(*data.tiles.aumGrowth == 5930.0 / 2800.0 - 1.0, tt::tolerance(1e-12));
    BOOST_TEST(data.cohorts.isEmpty()); // January's cohort starts before the period
}

BOOST_AUTO_TEST_CASE(funnel_in_stage_order)
{
    const auto data = computeOk("comp1", {jan, jan + 9, {}, {}, {}});
    QStringList stages;
    for (const FunnelStage& s : data.funnel)
        stages << s.stage;
    BOOST_TEST((stages == LifecycleRules::stages()));
    // g growing, d declining, s dormant, c mature (stagefixture.h); p and the x's prospects.
    const QString oStage = stageOf(o);
    QHash<QString, int> expected = {{QStringLiteral("prospect"), 9},
                                    {QStringLiteral("growing"), 1},
                                    {QStringLiteral("declining"), 1},
                                    {QStringLiteral("dormant"), 1},
                                    {QStringLiteral("mature"), 1}};
    expected[oStage] += 1;
    int total = 0;
    for (const FunnelStage& s : data.funnel) {
        BOOST_TEST_CONTEXT(s.stage.toStdString())
        BOOST_TEST(s.customers == expected.value(s.stage));
        total += s.customers;
    }
    BOOST_TEST(total == 14);
    // One segment: o alone is affluent.
    const auto affluent = computeOk("comp1", {jan, jan + 9, {}, {}, QStringLiteral("affluent")});
    BOOST_TEST(funnelCount(affluent, oStage) == 1);
    BOOST_TEST(funnelCount(affluent, QStringLiteral("prospect")) ==
               (oStage == QStringLiteral("prospect") ? 1 : 0));
}

BOOST_AUTO_TEST_CASE(churn_reasons_top_five_and_other)
{
    const auto data = computeOk("comp1", {jan, jan + 9, {}, {}, {}});
    // 迁居外地 twice; the rest once each, in text order ("" = none given first); p ended in Dec
    // 2025, before the period.
    BOOST_REQUIRE(data.churnReasons.size() == 6);
    const QStringList reasons = {QStringLiteral("迁居外地"), QString(), QStringLiteral("其他原因"),
                                 QStringLiteral("收益不满意"), QStringLiteral("服务不满意")};
    for (int i = 0; i < 5; ++i) {
        BOOST_TEST(data.churnReasons[i].reason == reasons[i]);
        BOOST_TEST(data.churnReasons[i].customers == (i == 0 ? 2 : 1));
        BOOST_TEST(!data.churnReasons[i].other);
    }
    BOOST_TEST(data.churnReasons[5].other);
    BOOST_TEST(data.churnReasons[5].customers == 2); // 费率高 (1 Jan), 转至他行 (31 Oct)
    // Jan-Sep: six reasons (转至他行 ended on 31 Oct): all shown, an "other" of one would say less.
    const auto toSep = computeOk("comp1", {jan, jan + 8, {}, {}, {}});
    BOOST_REQUIRE(toSep.churnReasons.size() == 6);
    BOOST_TEST(toSep.churnReasons[5].reason == QStringLiteral("费率高"));
    BOOST_TEST(!toSep.churnReasons[5].other);
    // Two months: the ends of Mar-Apr only.
    const auto spring = computeOk("comp1", {jan + 2, jan + 3, {}, {}, {}});
    BOOST_REQUIRE(spring.churnReasons.size() == 2);
    BOOST_TEST(spring.churnReasons[0].reason == QStringLiteral("收益不满意"));
    BOOST_TEST(spring.churnReasons[1].reason == QStringLiteral("迁居外地"));
}

BOOST_AUTO_TEST_CASE(filters_by_segment_branch_and_rm)
{
    const auto affluent = computeOk("comp1", {jan, jan + 9, {}, {}, QStringLiteral("affluent")});
    BOOST_REQUIRE(affluent.segments.size() == 1);
    BOOST_TEST(affluent.tiles.active == 1);
    BOOST_TEST(affluent.tiles.aumFen == 3000);
    BOOST_TEST(affluent.tiles.netNew == 1);
    BOOST_TEST(affluent.months[8].active == 0);
    BOOST_TEST(affluent.cohorts.isEmpty()); // o's cohort is Oct 2025
    BOOST_TEST(affluent.tiles.npsResponses == 0);
    const auto mass = computeOk("comp1", {jan, jan + 9, {}, {}, QStringLiteral("mass")});
    BOOST_TEST(mass.tiles.active == 4);
    BOOST_REQUIRE(mass.cohorts.size() == 1);
    BOOST_TEST(mass.cohorts[0].size == 4);
    BOOST_TEST(mass.tiles.npsResponses == 4);
    // Private: nobody, but the months are there, empty.
    const auto none = computeOk("comp1", {jan, jan + 9, {}, {}, QStringLiteral("private")});
    BOOST_TEST(none.months.size() == 10);
    BOOST_TEST(none.tiles.active == 0);
    BOOST_TEST(none.empty());
    const auto sh = computeOk("comp1", {jan, jan + 9, QStringLiteral("SH01"), {}, {}});
    BOOST_TEST(sh.tiles.active == 2);
    BOOST_TEST(sh.tiles.aumFen == 3300);
    const auto rm1 = computeOk("sup1", {jan, jan + 9, {}, QStringLiteral("rm1"), {}});
    BOOST_TEST(rm1.tiles.active == 3);
    // BJ01 is rm1's book: g growing, s dormant, c mature, p and the eight x's prospects. Read
    // through the branch index (sup1) and through the RM's rows (an RM filter) alike.
    const auto bj01 = computeOk("sup1", {jan, jan + 9, {}, {}, {}});
    for (const auto* data : {&rm1, &bj01}) {
        BOOST_TEST(funnelCount(*data, QStringLiteral("prospect")) == 9);
        BOOST_TEST(funnelCount(*data, QStringLiteral("growing")) == 1);
        BOOST_TEST(funnelCount(*data, QStringLiteral("dormant")) == 1);
        BOOST_TEST(funnelCount(*data, QStringLiteral("mature")) == 1);
        BOOST_TEST(funnelCount(*data, QStringLiteral("declining")) == 0);
    }
    const auto bj01Mass = computeOk("sup1", {jan, jan + 9, {}, {}, QStringLiteral("mass")});
    BOOST_TEST(funnelCount(bj01Mass, QStringLiteral("prospect")) == 9);
    BOOST_TEST(bj01Mass.churnReasons.size() == 6);
}

BOOST_AUTO_TEST_CASE(refusals)
{
    StoreError e;
    compute("sup1", {jan, jan + 9, QStringLiteral("SH01"), {}, {}}, &e);
    BOOST_TEST(e.kind == StoreError::Forbidden);
    compute("rm1", {jan, jan + 9, {}, QStringLiteral("rm2"), {}}, &e);
    BOOST_TEST(e.kind == StoreError::Forbidden);
    RetentionDashboard::compute(db(), admin->session(), {jan, jan + 9, {}, {}, {}}, &e, now);
    BOOST_TEST(e.kind == StoreError::Forbidden);
    compute("comp1", {jan, jan + 9, {}, {}, QStringLiteral("gold")}, &e);
    BOOST_TEST(e.kind == StoreError::Invalid);
    compute("comp1", {jan + 9, jan, {}, {}, {}}, &e);
    BOOST_TEST(e.kind == StoreError::Invalid);
    compute("comp1", {jan, jan + 9, {}, QStringLiteral("nobody"), {}}, &e);
    BOOST_TEST(e.kind == StoreError::NotFound);
}

BOOST_AUTO_TEST_CASE(default_months_and_a_cube_never_built)
{
    // Default: the twelve months up to October (the last complete month on 27 Nov).
    const auto data = computeOk("comp1", {});
    BOOST_TEST(data.filter.from == jan - 2);
    BOOST_TEST(data.filter.to == jan + 9);
    execOrFail(db(), QStringLiteral("DELETE FROM retention_cube_state"));
    execOrFail(db(), QStringLiteral("DELETE FROM retention_cube"));
    const auto never = computeOk("comp1", {});
    BOOST_TEST(!never.cubeBuilt());
    BOOST_TEST(never.months.isEmpty());
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM retention_cube")) == 0); // not built
}

BOOST_AUTO_TEST_SUITE_END()
