// Pinyin for search, by hand. The expected readings were looked up in Unihan_Readings.txt
// (unicode-data 15.0, kMandarin, first reading) and written out with tone marks stripped.
#include "common/testsupport.h"
#include "domain/pinyin.h"

#include <QElapsedTimer>
#include <QString>

using namespace rmdesk;
using namespace rmdesk::test;

namespace {} // namespace

BOOST_AUTO_TEST_SUITE(pinyin)

BOOST_AUTO_TEST_CASE(table_loads_and_is_large)
{
    QElapsedTimer timer;
    timer.start();
    const qsizetype size = Pinyin::tableSize(); // the first use loads the table
    BOOST_TEST_MESSAGE("pinyin table: " << size << " code points, first use took "
                                        << timer.nsecsElapsed() / 1000 << " us");
    BOOST_TEST(size > 20000);
    // U+4E00..U+9FFF alone has more than 20,000 ideographs with a kMandarin reading.
    int unified = 0;
    for (char32_t ch = 0x4E00; ch <= 0x9FFF; ++ch)
        unified += Pinyin::reading(ch).isEmpty() ? 0 : 1;
    BOOST_TEST(unified > 20000);
}

BOOST_AUTO_TEST_CASE(single_characters)
{
    BOOST_TEST(Pinyin::reading(U'张') == utf8("zhang"));
    BOOST_TEST(Pinyin::reading(U'李') == utf8("li"));
    BOOST_TEST(Pinyin::reading(U'吕') == utf8("lv")); // lǚ
    BOOST_TEST(Pinyin::reading(U'绿') == utf8("lv")); // lǜ (Unihan's first reading, not lù)
    BOOST_TEST(Pinyin::reading(U'单') == utf8("dan"));
    BOOST_TEST(Pinyin::reading(U'曾') == utf8("ceng"));
    BOOST_TEST(Pinyin::reading(U'A') == utf8("a"));
    BOOST_TEST(Pinyin::reading(U'7') == utf8("7"));
    BOOST_TEST(Pinyin::reading(U'Ａ') == utf8("a")); // full-width
    BOOST_TEST(Pinyin::reading(U' ').isEmpty());
    BOOST_TEST(Pinyin::reading(U'，').isEmpty());
    BOOST_TEST(Pinyin::reading(U'é').isEmpty());
    BOOST_TEST(Pinyin::reading(U'〇').isEmpty()); // Han, but no kMandarin reading
}

BOOST_AUTO_TEST_CASE(is_han)
{
    BOOST_TEST(Pinyin::isHan(U'张'));
    BOOST_TEST(Pinyin::isHan(U'\U00003400'));
    BOOST_TEST(Pinyin::isHan(U'\U00020000'));
    BOOST_TEST(!Pinyin::isHan(U'a'));
    BOOST_TEST(!Pinyin::isHan(U'，'));
    BOOST_TEST(!Pinyin::isHan(U'あ'));
    BOOST_TEST(!Pinyin::isHan(U'한'));
}

BOOST_AUTO_TEST_CASE(full_and_initials)
{
    BOOST_TEST(Pinyin::full(utf8("张三")) == utf8("zhangsan"));
    BOOST_TEST(Pinyin::initials(utf8("张三")) == utf8("zs"));
    BOOST_TEST(Pinyin::full(utf8("欧阳娜娜")) == utf8("ouyangnana"));
    BOOST_TEST(Pinyin::initials(utf8("欧阳娜娜")) == utf8("oynn"));
    BOOST_TEST(Pinyin::full(utf8("李")) == utf8("li"));
    BOOST_TEST(Pinyin::full(utf8("吕绿")) == utf8("lvlv"));
    BOOST_TEST(Pinyin::full(utf8("张A3")) == utf8("zhanga3"));
    BOOST_TEST(Pinyin::initials(utf8("张A3")) == utf8("za"));
    BOOST_TEST(Pinyin::full(utf8("Zhang Wei")) == utf8("zhangwei"));
    BOOST_TEST(Pinyin::initials(utf8("Zhang Wei")) == utf8("zw"));
    BOOST_TEST(Pinyin::full(utf8("买买提·艾力")) ==
               utf8("maimaitiaili")); // the middle dot is dropped
    BOOST_TEST(Pinyin::initials(utf8("买买提·艾力")) == utf8("mmtal"));
}

BOOST_AUTO_TEST_CASE(empty_and_punctuation)
{
    BOOST_TEST(Pinyin::full(QString()).isEmpty());
    BOOST_TEST(Pinyin::initials(QString()).isEmpty());
    BOOST_TEST(Pinyin::fullName(QString()).isEmpty());
    BOOST_TEST(Pinyin::nameInitials(QString()).isEmpty());
    BOOST_TEST(Pinyin::full(utf8(" ，。！")).isEmpty());
    BOOST_TEST(Pinyin::full(utf8("王 小-明。")) == utf8("wangxiaoming"));
}

BOOST_AUTO_TEST_CASE(plain_readings_ignore_surnames)
{
    BOOST_TEST(Pinyin::full(utf8("单雄信")) == utf8("danxiongxin"));
    BOOST_TEST(Pinyin::full(utf8("曾国藩")) == utf8("cengguofan"));
}

BOOST_AUTO_TEST_CASE(surname_readings_for_the_first_character)
{
    BOOST_TEST(Pinyin::fullName(utf8("单雄信")) == utf8("shanxiongxin"));
    BOOST_TEST(Pinyin::nameInitials(utf8("单雄信")) == utf8("sxx"));
    BOOST_TEST(Pinyin::fullName(utf8("曾国藩")) == utf8("zengguofan"));
    BOOST_TEST(Pinyin::nameInitials(utf8("曾国藩")) == utf8("zgf"));
    BOOST_TEST(Pinyin::fullName(utf8("解缙")) == utf8("xiejin"));
    BOOST_TEST(Pinyin::fullName(utf8("仇英")) == utf8("qiuying"));
    BOOST_TEST(Pinyin::fullName(utf8("朴槿惠")) == utf8("piaojinhui"));
    BOOST_TEST(Pinyin::fullName(utf8("区")) == utf8("ou"));
    BOOST_TEST(Pinyin::fullName(utf8("查良镛")) == utf8("zhaliangyong"));
    BOOST_TEST(Pinyin::fullName(utf8("盖聂")) == utf8("genie"));
    BOOST_TEST(Pinyin::fullName(utf8("乐毅")) == utf8("yueyi"));
    BOOST_TEST(Pinyin::fullName(utf8("尉迟恭")) == utf8("yuchigong"));
    BOOST_TEST(Pinyin::fullName(utf8("單")) == utf8("shan"));             // traditional form
    BOOST_TEST(Pinyin::fullName(utf8("  曾国藩")) == utf8("zengguofan")); // leading spaces skipped
    // Only the first character: 单 later in a name keeps its ordinary reading.
    BOOST_TEST(Pinyin::fullName(utf8("王单")) == utf8("wangdan"));
    BOOST_TEST(Pinyin::fullName(utf8("曾曾")) == utf8("zengceng"));
    // Ordinary names are unchanged.
    BOOST_TEST(Pinyin::fullName(utf8("张三")) == utf8("zhangsan"));
    BOOST_TEST(Pinyin::nameInitials(utf8("欧阳娜娜")) == utf8("oynn"));
    BOOST_TEST(Pinyin::fullName(utf8("Zhang Wei")) == utf8("zhangwei"));
}

BOOST_AUTO_TEST_CASE(extension_characters)
{
    // U+3400 (Extension A) is qiū in Unihan; U+20000 (Extension B, a surrogate pair) is hē.
    BOOST_TEST(!Pinyin::reading(U'\U00003400').isEmpty());
    BOOST_TEST(Pinyin::reading(U'\U00003400') == utf8("qiu"));
    BOOST_TEST(Pinyin::full(utf8("\xF0\xA0\x80\x80")) == utf8("he"));
    BOOST_TEST(Pinyin::initials(utf8("张\xF0\xA0\x80\x80")) == utf8("zh"));
}

BOOST_AUTO_TEST_SUITE_END()
