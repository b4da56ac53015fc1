// Amounts in yuan as files and people write them, kept in fen.
#include "common/testsupport.h"
#include "domain/money.h"

using namespace rmdesk;

BOOST_AUTO_TEST_SUITE(money)

BOOST_AUTO_TEST_CASE(yuan_to_fen)
{
    const std::pair<const char*, qint64> good[] = {{"0", 0},
                                                   {"12", 1200},
                                                   {"12.5", 1250},
                                                   {"12.05", 1205},
                                                   {" 7.10 ", 710},
                                                   {"1,234", 123400},
                                                   {"6,000,000.00", 600000000},
                                                   {"9999999999999.99", 999999999999999}};
    for (const auto& [text, fen] : good) {
        qint64 out = -1;
        BOOST_TEST(Money::parseYuan(QString::fromLatin1(text), &out), text);
        BOOST_TEST(out == fen, text);
    }
    // Negative, too many decimals, commas not in thousands, too large, not a number.
    for (const char* bad : {"", "-1", "1.234", "1,2,3.4", "12,34", ",123", "1,234,", "1.2.3",
                            "10000000000000", "1e5", "abc", "¥12"}) {
        qint64 out = -1;
        BOOST_TEST(!Money::parseYuan(QString::fromUtf8(bad), &out), bad);
    }
}

BOOST_AUTO_TEST_SUITE_END()
