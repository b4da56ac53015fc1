// The shipped rule sets and the store that reads the ones in force on a given day.
#include "common/testsupport.h"
#include "localization.h"
#include "ruletablemodel.h"
#include "storage/database.h"
#include "stores/rulestore.h"

#include <QSqlQuery>

using namespace rmdesk;
using namespace rmdesk::test;

namespace {

QString valueOf(const QList<Rule>& rules, const QString& set, const QString& key)
{
    for (const Rule& r : rules)
        if (r.ruleSet == set && r.key == key)
            return r.value;
    return QString();
}

struct RulesFixture
{
    RulesFixture()
    {
        db = Database::create(folder.file(QStringLiteral("rules.rmdb")), keys, &error);
        BOOST_REQUIRE_MESSAGE(db, error.message);
    }
    TempFolder folder;
    MemoryKeyProvider keys;
    DbError error;
    std::unique_ptr<Database> db;
};

} // namespace

BOOST_FIXTURE_TEST_SUITE(rules, RulesFixture)

BOOST_AUTO_TEST_CASE(shipped_defaults_match_the_specification)
{
    const QList<Rule> rules = RuleStore(db->connection()).rulesInForce(QDate(2026, 11, 27));
    BOOST_TEST(valueOf(rules, QStringLiteral("complaint_clock"), QStringLiteral("decision_days")) ==
               QStringLiteral("15"));
    BOOST_TEST(valueOf(rules, QStringLiteral("complaint_clock"), QStringLiteral("extended_days")) ==
               QStringLiteral("30"));
    BOOST_TEST(valueOf(rules, QStringLiteral("complaint_clock"),
                       QStringLiteral("approved_extended_days")) == QStringLiteral("60"));
    BOOST_TEST(valueOf(rules, QStringLiteral("review_cadence"),
                       QStringLiteral("high_risk_months")) == QStringLiteral("3"));
    BOOST_TEST(valueOf(rules, QStringLiteral("review_cadence"), QStringLiteral("other_months")) ==
               QStringLiteral("6"));
    BOOST_TEST(valueOf(rules, QStringLiteral("record_retention"),
                       QStringLiteral("years_after_end")) == QStringLiteral("10"));
    BOOST_TEST(valueOf(rules, QStringLiteral("display_masking"), QStringLiteral("bank_card")) ==
               QStringLiteral("first:6,last:4"));
    BOOST_TEST(valueOf(rules, QStringLiteral("satisfaction"), QStringLiteral("nps_promoter_min")) ==
               QStringLiteral("9"));
}

BOOST_AUTO_TEST_CASE(newest_version_in_force_wins)
{
    QSqlDatabase c = db->connection();
    execOrFail(
        c, QStringLiteral("INSERT INTO rule_sets (id, name, version, effective_from, changed_by, "
                          "changed_at) VALUES (100, 'complaint_clock', 2, '2027-01-01', "
                          "'supervisor', '2026-11-27T10:00:00Z')"));
    execOrFail(c, QStringLiteral("INSERT INTO rule_values (rule_set_id, key, value) VALUES (100, "
                                 "'decision_days', '10')"));
    RuleStore store(c);
    // Before the new version takes effect the old one applies, afterwards the new one.
    const auto before = store.rulesInForce(QDate(2026, 12, 31));
    BOOST_TEST(valueOf(before, QStringLiteral("complaint_clock"),
                       QStringLiteral("decision_days")) == QStringLiteral("15"));
    const auto after = store.rulesInForce(QDate(2027, 1, 1));
    BOOST_TEST(valueOf(after, QStringLiteral("complaint_clock"), QStringLiteral("decision_days")) ==
               QStringLiteral("10"));
    // Version 2 holds only what it lists.
    BOOST_TEST(valueOf(after, QStringLiteral("complaint_clock"), QStringLiteral("extended_days"))
                   .isEmpty());
    // Before any rule set took effect nothing applies.
    BOOST_TEST(store.rulesInForce(QDate(2019, 1, 1)).isEmpty());
}

BOOST_AUTO_TEST_CASE(table_model_labels_rules)
{
    RuleTableModel model;
    model.setRules(RuleStore(db->connection()).rulesInForce(QDate(2026, 11, 27)));
    // 19 shipped with customers, 7 service standards (schema 8), 29 complaint rules (schema 9),
    // satisfaction version 2 with 5 rules in place of version 1's 3 (schema 10), 8 lifecycle
    // thresholds (schema 11), the days to check an identity change (schema 21).
    BOOST_TEST(model.rowCount() == 66);
    // Every shipped rule set and rule has a label; the complaint lists show their names.
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString set = model.data(model.index(row, RuleTableModel::RuleSetColumn)).toString();
        BOOST_TEST(set.contains(QLatin1Char(' ')), set); // a label, not a name_with_underscores
        const QString value = model.data(model.index(row, RuleTableModel::ValueColumn)).toString();
        const QString key =
            model.data(model.index(row, RuleTableModel::RuleColumn), Qt::ToolTipRole).toString();
        if (key == QLatin1String("fees"))
            BOOST_TEST(value == QStringLiteral("Fees and charges"));
        if (key == QLatin1String("follow_up_days"))
            BOOST_TEST(model.data(model.index(row, RuleTableModel::RuleColumn)).toString() ==
                       QStringLiteral("Follow up within (days)"));
    }
    BOOST_TEST(model.columnCount() == int(RuleTableModel::ColumnCount));
    BOOST_TEST(model.data(model.index(0, RuleTableModel::RuleSetColumn)).toString() ==
               QStringLiteral("Complaint deadlines"));
    // Plural forms come from the English translation.
    BOOST_REQUIRE(installTranslations(*QCoreApplication::instance(), QStringLiteral("en")));
    BOOST_TEST(RuleTableModel::valueLabel(QStringLiteral("first:3,last:4")) ==
               QStringLiteral("keep the first 3 characters, keep the last 4 characters"));
    BOOST_TEST(RuleTableModel::valueLabel(QStringLiteral("first:1")) ==
               QStringLiteral("keep the first 1 character"));
    BOOST_REQUIRE(installTranslations(*QCoreApplication::instance(), QStringLiteral("zh_CN")));
    BOOST_TEST(RuleTableModel::valueLabel(QStringLiteral("first:6,last:4")) ==
               QStringLiteral("保留前 6 位，保留后 4 位"));
    BOOST_TEST(RuleTableModel::valueLabel(QStringLiteral("15")) == QStringLiteral("15"));
}

BOOST_AUTO_TEST_SUITE_END()
