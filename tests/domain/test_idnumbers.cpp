// Identity numbers with hand-built examples. Every number is written out literally; the valid ones
// (and the invalid ones that must fail for one reason only) were worked out once, outside the code
// under test, with the GB 11643 and GB 32100 check-character formulas.
#include "common/testsupport.h"
#include "domain/idnumbers.h"

#include <QDate>
#include <QString>

#include <vector>

using namespace rmdesk;
using namespace rmdesk::test;

namespace {

const QDate kToday(2026, 11, 27);

struct ValidResident
{
    const char* input;
    const char* normalized;
    QDate birth;
    const char* gender;
};

// An invalid number and a fragment its message must contain (which rule caught it).
struct Invalid
{
    const char* input;
    const char* messageContains;
};

void expectInvalid(const IdCheck& r, const Invalid& c)
{
    BOOST_TEST_CONTEXT("input \"" << c.input << "\", message \"" << r.error.toStdString() << "\"")
    {
        BOOST_TEST(!r.ok);
        BOOST_TEST(!r.error.isEmpty());
        BOOST_TEST(r.error.contains(utf8(c.messageContains)));
        BOOST_TEST(!r.birthDate.isValid());
        BOOST_TEST(r.gender.isEmpty());
    }
}

void expectValid(const IdCheck& r, const char* input, const char* normalized)
{
    BOOST_TEST_CONTEXT("input \"" << input << "\"")
    {
        BOOST_TEST(r.ok);
        BOOST_TEST(r.error.isEmpty(), r.error);
        BOOST_TEST(r.normalized == utf8(normalized));
    }
}

} // namespace

BOOST_AUTO_TEST_SUITE(idnumbers)

BOOST_AUTO_TEST_CASE(type_names_round_trip)
{
    const std::vector<std::pair<IdType, const char*>> names = {
        {IdType::ResidentId, "resident_id"},
        {IdType::Passport, "passport"},
        {IdType::HkMacauPermit, "hk_macau_permit"},
        {IdType::TaiwanPermit, "taiwan_permit"},
        {IdType::ForeignPermanent, "foreign_permanent"},
        {IdType::Uscc, "uscc"},
    };
    for (const auto& [type, name] : names) {
        BOOST_TEST(idTypeName(type) == utf8(name));
        BOOST_TEST((idTypeFromName(utf8(name)) == type));
    }
    BOOST_TEST(!idTypeFromName(QString()).has_value());
    BOOST_TEST(!idTypeFromName(utf8("id_card")).has_value());
    BOOST_TEST(!idTypeFromName(utf8("Passport")).has_value());
}

BOOST_AUTO_TEST_CASE(published_check_characters)
{
    // GB 11643-1999's own example and a published credit code (Fujian), checked by hand:
    // 1*7+1*9+0*10+1*5+0*8+5*4+1*2+9*1+4*6+9*3+1*7+2*9+3*10+1*5+0*8+0*4+2*2 = 167,
    // 167 mod 11 = 2 -> X.
    BOOST_TEST(QString(IdNumbers::residentIdCheckChar(utf8("11010519491231002"))) == utf8("X"));
    BOOST_TEST(QString(IdNumbers::usccCheckChar(utf8("91350100M000100Y4"))) == utf8("3"));
    BOOST_TEST(QString(IdNumbers::residentIdCheckChar(utf8("31010419850615123"))) == utf8("7"));
    BOOST_TEST(QString(IdNumbers::usccCheckChar(utf8("9144030001024ABCD"))) == utf8("0"));
    // Not 17 valid characters: no check character.
    BOOST_TEST(IdNumbers::residentIdCheckChar(utf8("1101051949123100")).isNull());
    BOOST_TEST(IdNumbers::residentIdCheckChar(utf8("1101051949123100A")).isNull());
    BOOST_TEST(IdNumbers::usccCheckChar(utf8("91350100M000100Y")).isNull());
    BOOST_TEST(IdNumbers::usccCheckChar(utf8("91350100M000100I4")).isNull());
}

BOOST_AUTO_TEST_CASE(resident_ids_valid)
{
    const std::vector<ValidResident> cases = {
        {"11010519491231002X", "11010519491231002X", QDate(1949, 12, 31), "female"}, // Beijing
        {"310104198506151237", "310104198506151237", QDate(1985, 6, 15), "male"},    // Shanghai
        {"440305200002290045", "440305200002290045", QDate(2000, 2, 29), "female"},  // leap day
        {"510107197608035511", "510107197608035511", QDate(1976, 8, 3), "male"},     // Sichuan
        {"650102199211203589", "650102199211203589", QDate(1992, 11, 20), "female"}, // Xinjiang
        {"540102196801010171", "540102196801010171", QDate(1968, 1, 1), "male"},     // Tibet
        {"810000199505050022", "810000199505050022", QDate(1995, 5, 5), "female"},   // HK permit
        {"83000019880808013X", "83000019880808013X", QDate(1988, 8, 8), "male"},     // Taiwan
        {"230103195902282212", "230103195902282212", QDate(1959, 2, 28), "male"},    // Heilongjiang
        {"460105202611270041", "460105202611270041", QDate(2026, 11, 27), "female"}, // born today
        {"500103190001010028", "500103190001010028", QDate(1900, 1, 1), "female"},   // earliest
        {"15010219730415036x", "15010219730415036X", QDate(1973, 4, 15), "female"},  // lower x
        {"820000200109300242", "820000200109300242", QDate(2001, 9, 30), "female"},  // Macao
        {"350203199707070450", "350203199707070450", QDate(1997, 7, 7), "male"},     // Fujian
        {"620102198303120799", "620102198303120799", QDate(1983, 3, 12), "male"},    // Gansu
        {"33010619990909109X", "33010619990909109X", QDate(1999, 9, 9), "male"},     // Zhejiang
        {" 420111 2005 1231 103x ", "42011120051231103X", QDate(2005, 12, 31), "male"}, // spaces
        {"3101\xe3\x80\x80"
         "04198506151237",
         "310104198506151237", QDate(1985, 6, 15), "male"},
    };
    BOOST_TEST(cases.size() >= 12u);
    for (const ValidResident& c : cases) {
        const IdCheck r = IdNumbers::residentId(utf8(c.input), kToday);
        expectValid(r, c.input, c.normalized);
        BOOST_TEST_CONTEXT("input \"" << c.input << "\"")
        {
            BOOST_TEST(r.birthDate.toString(Qt::ISODate) == c.birth.toString(Qt::ISODate));
            BOOST_TEST(r.gender == utf8(c.gender));
        }
        // The dispatcher gives the same answer.
        const IdCheck d = IdNumbers::check(IdType::ResidentId, utf8(c.input), kToday);
        BOOST_TEST(d.ok);
        BOOST_TEST(d.normalized == r.normalized);
    }
}

BOOST_AUTO_TEST_CASE(resident_ids_invalid)
{
    const std::vector<Invalid> cases = {
        {"", "No number"},
        {"   ", "No number"},
        {"11010519491231002", "18 characters are needed; this has 17."},
        {"11010519491231002X1", "18 characters are needed; this has 19."},
        {"1101051949123100", "this has 16"},
        {"110105491231002", "15-digit"},
        {"110105 491231 002", "15-digit"},
        {"1101051949A231002X", "Character 11 should be a digit, not \"A\"."},
        {"11010519491231002-", "last character should be a digit or X"},
        {"1101051949123100X2", "Character 17 should be a digit, not \"X\"."},
        {"X10105194912310022", "Character 1 should be a digit"},
        {"000105199001010015", "not the code of a Chinese province"},
        {"990105199001010014", "not the code of a Chinese province"},
        {"100105199001010019", "not the code of a Chinese province"},
        {"11010519900230001X", "(the birth date) are not a date that exists"},
        {"110105199013010018", "(the birth date) are not a date that exists"},
        {"110105199001000015", "(the birth date) are not a date that exists"},
        {"110105190002290017", "(the birth date) are not a date that exists"},
        {"110105189912310015", "is before 1900"},
        {"110105202611280012", "is in the future"},
        {"110105202701010016", "is in the future"},
        {"110105194912310021", "check character (the last) does not agree"},
        {"310104198506151230", "check character (the last) does not agree"},
        {"31010419850615123x", "check character (the last) does not agree"},
        {"33010619990909109Y", "last character should be a digit or X, not \"Y\""},
    };
    BOOST_TEST(cases.size() >= 18u);
    for (const Invalid& c : cases)
        expectInvalid(IdNumbers::residentId(utf8(c.input), kToday), c);
    // The messages reach import reports (files outside the database): none repeats the region,
    // the birth date or the check character the rest of the number would need.
    for (const char* number : {"000105199001010015", "11010519900230001X", "110105189912310015",
                               "110105202611280012", "110105194912310021", "310104198506151230"}) {
        const QString error = IdNumbers::residentId(utf8(number), kToday).error;
        BOOST_TEST_CONTEXT(number << ": " << error.toStdString())
        {
            BOOST_TEST(!error.contains(utf8(number).mid(6, 8)));
            BOOST_TEST(!error.contains(utf8(number).mid(6, 4)));
            BOOST_TEST(!error.contains(utf8(number).left(2)));
            BOOST_TEST(!error.contains(QStringLiteral("should be"))); // no character to type
        }
    }
    // Normalised even when wrong, so the form can show what was read.
    BOOST_TEST(IdNumbers::residentId(utf8(" 3101041985061512 3x"), kToday).normalized ==
               utf8("31010419850615123X"));
}

BOOST_AUTO_TEST_CASE(credit_codes_valid)
{
    const std::vector<std::pair<const char*, const char*>> cases = {
        {"91350100M000100Y43", "91350100M000100Y43"}, // published example
        {"91110108MA01ABCD0B", "91110108MA01ABCD0B"}, // industry and commerce, company
        {"93310000MA2HX0QW1R", "93310000MA2HX0QW1R"}, // farmers' co-operative
        {"11100000000013127D", "11100000000013127D"}, // organisation establishment
        {"12100000400012345P", "12100000400012345P"}, // public institution
        {"31310000425006117A", "31310000425006117A"}, // judicial administration
        {"52440300MJL1234565", "52440300MJL1234565"}, // civil affairs, foundation
        {"81110000MC0000018G", "81110000MC0000018G"}, // trade union
        {"A1110000MB1234567A", "A1110000MB1234567A"},
        {"B2440300MA5F1Y2K4X", "B2440300MA5F1Y2K4X"},
        {"C11100001000005897", "C11100001000005897"},
        {"G1110000KLMNPQRTUY", "G1110000KLMNPQRTUY"},
        {"N2330100MF12345608", "N2330100MF12345608"}, // agriculture
        {"Y1440300ABCDEFGHJR", "Y1440300ABCDEFGHJR"}, // other
        {"9144030001024ABCD0", "9144030001024ABCD0"}, // 31 - sum % 31 == 31 -> 0
        {"9131011501008MA1HY", "9131011501008MA1HY"}, // check value 30 -> Y
        {"91440300ma5f1y2k43", "91440300MA5F1Y2K43"}, // lower case
        {" 9135 0100 M000 100Y 43 ", "91350100M000100Y43"},
    };
    BOOST_TEST(cases.size() >= 12u);
    for (const auto& [input, normalized] : cases) {
        expectValid(IdNumbers::uscc(utf8(input)), input, normalized);
        const IdCheck d = IdNumbers::check(IdType::Uscc, utf8(input), kToday);
        BOOST_TEST(d.ok);
        BOOST_TEST(d.normalized == utf8(normalized));
        BOOST_TEST(!d.birthDate.isValid());
    }
}

BOOST_AUTO_TEST_CASE(credit_codes_invalid)
{
    const std::vector<Invalid> cases = {
        {"", "No code"},
        {"  ", "No code"},
        {"91350100M000100Y4", "18 characters are needed; this has 17."},
        {"91350100M000100Y431", "18 characters are needed; this has 19."},
        {"350100000012345", "this has 15"}, // an old business registration number
        {"91110108MA01IBCD0B", "letter I"},
        {"91110108MA01OBCD0B", "letter O"},
        {"91110108MA01SBCD0B", "letter S"},
        {"91110108MA01VBCD0B", "letter V"},
        {"91110108MA01ZBCD0B", "letter Z"},
        {"91350100M000100Y4-", "Character 18 should be a digit or a capital letter"},
        {"91350100M000100Y4\xe5\x85\xac", "Character 18 should be a digit or a capital letter"},
        {"0111000010000058AN", "The first character 0 is not a registration authority."},
        {"H11100001000005892", "The first character H is not a registration authority."},
        {"X1110000100000589M", "The first character X is not a registration authority."},
        {"M1110000100000589X", "The first character M is not a registration authority."},
        {"91A10000100000589N", "six-digit region code, not A10000"},
        {"9111000X100000589D", "six-digit region code, not 11000X"},
        {"91350100M000100Y44", "check character (the last) does not agree"},
        {"91110108MA01ABCD0C", "check character (the last) does not agree"},
        {"9144030001024ABCD1", "check character (the last) does not agree"},
        {"91440300ma5f1y2k44", "check character (the last) does not agree"},
    };
    BOOST_TEST(cases.size() >= 18u);
    for (const Invalid& c : cases)
        expectInvalid(IdNumbers::uscc(utf8(c.input)), c);
}

BOOST_AUTO_TEST_CASE(passports)
{
    const std::vector<std::pair<const char*, const char*>> valid = {
        {"E12345678", "E12345678"}, // current Chinese ordinary passport
        {"EA1234567", "EA1234567"},
        {"G12345678", "G12345678"}, // older Chinese passport
        {"k1234567", "K1234567"},
        {"123456789", "123456789"},                 // United States: digits only
        {"AB 123 4567", "AB1234567"},               // spaces removed
        {"X1234", "X1234"},                         // shortest
        {"AB1234567890CDEFG", "AB1234567890CDEFG"}, // longest
    };
    for (const auto& [input, normalized] : valid)
        expectValid(IdNumbers::check(IdType::Passport, utf8(input), kToday), input, normalized);

    const std::vector<Invalid> invalid = {
        {"", "No number"},
        {"E123", "5 to 17 letters and digits are needed; this has 4."},
        {"AB1234567890CDEFGH", "this has 18"},
        {"ABCDEFGH", "at least one digit"},
        {"E1234-5678", "not \"-\""},
        {"E12345678\xe5\x8f\xb7", "Only letters and digits"},
    };
    for (const Invalid& c : invalid)
        expectInvalid(IdNumbers::passport(utf8(c.input)), c);
}

BOOST_AUTO_TEST_CASE(hk_macau_permits)
{
    const std::vector<std::pair<const char*, const char*>> valid = {
        {"H12345678", "H12345678"},
        {"M87654321", "M87654321"},
        {"H1234567801", "H1234567801"}, // older booklet: 10 digits
        {"m 1234 5678", "M12345678"},
    };
    for (const auto& [input, normalized] : valid)
        expectValid(IdNumbers::check(IdType::HkMacauPermit, utf8(input), kToday), input,
                    normalized);

    const std::vector<Invalid> invalid = {
        {"", "No number"},
        {"12345678", "should start with H (Hong Kong) or M (Macao), not \"1\""},
        {"C12345678", "not \"C\""},
        {"H1234567", "H should be followed by 8 or 10 digits."},
        {"H123456789", "8 or 10 digits"},
        {"M12345678901", "8 or 10 digits"},
        {"H1234567A", "8 or 10 digits"},
    };
    for (const Invalid& c : invalid)
        expectInvalid(IdNumbers::hkMacauPermit(utf8(c.input)), c);
}

BOOST_AUTO_TEST_CASE(taiwan_permits)
{
    const std::vector<std::pair<const char*, const char*>> valid = {
        {"12345678", "12345678"},     // current card
        {"1234567890", "1234567890"}, // older, 10 digits
        {"12345678B1", "12345678B1"}, // older, issue letter and digit
        {"12345678b1", "12345678B1"}, {"0123 4567", "01234567"},
    };
    for (const auto& [input, normalized] : valid)
        expectValid(IdNumbers::check(IdType::TaiwanPermit, utf8(input), kToday), input, normalized);

    const std::vector<Invalid> invalid = {
        {"", "No number"},
        {"1234567", "8 digits are needed"},
        {"123456789", "8 digits are needed"},
        {"12345678901", "8 digits are needed"},
        {"12345678AB", "8 digits are needed"},
        {"T1234567", "8 digits are needed"},
    };
    for (const Invalid& c : invalid)
        expectInvalid(IdNumbers::taiwanPermit(utf8(c.input)), c);
}

BOOST_AUTO_TEST_CASE(foreign_permanent_ids)
{
    const std::vector<std::pair<const char*, const char*>> valid = {
        {"911184019800101001", "911184019800101001"}, // 2023 format
        {"915684020000225005", "915684020000225005"}, {"944182620010430006", "944182620010430006"},
        {"93115619950512105x", "93115619950512105X"}, // X check character, lower case
        {"USA110070010001", "USA110070010001"},       // before 2023
        {"can 3100 8501 0122", "CAN310085010122"},
    };
    for (const auto& [input, normalized] : valid)
        expectValid(IdNumbers::check(IdType::ForeignPermanent, utf8(input), kToday), input,
                    normalized);

    const std::vector<Invalid> invalid = {
        {"", "No number"},
        {"911184019800101002", "check character (the last) does not agree"},
        {"93115619950512105Y", "last character should be a digit or X"},
        {"811184019800101001", "starts with 9, not \"8\""},
        {"9111840198001A1001", "Character 14 should be a digit"},
        {"91118401980010100", "this has 17"},
        {"US1110070010001", "3 letters, then 12 digits"},
        {"USA11007001000A", "3 letters, then 12 digits"},
    };
    for (const Invalid& c : invalid)
        expectInvalid(IdNumbers::foreignPermanent(utf8(c.input)), c);
}

BOOST_AUTO_TEST_CASE(mobiles)
{
    const std::vector<std::pair<const char*, const char*>> valid = {
        {"13800138000", "13800138000"},    {"+86 138 0013 8000", "13800138000"},
        {"+8613912345678", "13912345678"}, {"0086-139-1234-5678", "13912345678"},
        {"199 1234 5678", "19912345678"},  {"166-0000-1111", "16600001111"},
    };
    for (const auto& [input, digits] : valid) {
        const std::optional<QString> m = IdNumbers::mobile(utf8(input));
        BOOST_TEST_CONTEXT("input \"" << input << "\"")
        {
            BOOST_TEST(m.has_value());
            if (m)
                BOOST_TEST(*m == utf8(digits));
        }
    }
    for (const char* input :
         {"", "138001380001", "1380013800", "12800138000", "10086123456", "010-12345678",
          "021 6888 8888", "86 13800138000", "+85 13800138000", "1380013800a", "+86"}) {
        BOOST_TEST_CONTEXT("input \"" << input << "\"")
        {
            BOOST_TEST(!IdNumbers::mobile(utf8(input)).has_value());
        }
    }
}

BOOST_AUTO_TEST_CASE(emails)
{
    for (const char* good : {"li.wei@example.com", "zhang+crm@mail.bank.com.cn", "a@b.cn",
                             "\xe7\x8e\x8b@\xe4\xbe\x8b\xe5\xad\x90.\xe4\xb8\xad\xe5\x9b\xbd"})
        BOOST_TEST(IdNumbers::email(utf8(good)), good);
    const QString longest = QString(64, QLatin1Char('a')) + utf8("@") +
                            QString(185, QLatin1Char('b')) + utf8(".com"); // 254 characters
    BOOST_TEST(longest.size() == 254);
    BOOST_TEST(IdNumbers::email(longest));
    for (const char* bad : {"", "li.wei.example.com", "li@wei@example.com", "li@localhost",
                            "li wei@example.com", "li@example .com", " li@example.com",
                            "@example.com", "li@.com", "li@example.", "li@example..com"})
        BOOST_TEST(!IdNumbers::email(utf8(bad)), "\"" << bad << "\"");
    BOOST_TEST(!IdNumbers::email(longest + utf8("m")));
}

BOOST_AUTO_TEST_SUITE_END()
