#include "common/testsupport.h"
#include "storage/sqlscript.h"

using namespace rmdesk;

BOOST_AUTO_TEST_SUITE(sqlscript)

BOOST_AUTO_TEST_CASE(splits_on_statement_ends_only)
{
    const QString script =
        QStringLiteral("-- header comment; with a semicolon\n"
                       "CREATE TABLE a (x TEXT DEFAULT 'x;y');\n"
                       "/* block; comment */\n"
                       "INSERT INTO a VALUES ('it''s; fine');\n"
                       "CREATE TRIGGER tr AFTER INSERT ON a BEGIN SELECT 1; SELECT 2; END;\n"
                       "SELECT 3 -- no semicolon at the end\n");
    const QStringList parts = splitSqlScript(script);
    BOOST_REQUIRE(parts.size() == 4);
    BOOST_TEST(parts.at(0).endsWith(QStringLiteral("DEFAULT 'x;y');")));
    BOOST_TEST(parts.at(1).startsWith(QStringLiteral("/* block; comment */")));
    BOOST_TEST(parts.at(2).endsWith(QStringLiteral("SELECT 2; END;")));
    BOOST_TEST(parts.at(3).startsWith(QStringLiteral("SELECT 3")));
}

BOOST_AUTO_TEST_CASE(comments_only_give_nothing)
{
    BOOST_TEST(splitSqlScript(QStringLiteral("-- nothing\n/* at all */\n;\n")).isEmpty());
    BOOST_TEST(splitSqlScript(QString()).isEmpty());
}

BOOST_AUTO_TEST_SUITE_END()
