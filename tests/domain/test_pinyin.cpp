// Pinyin for search, by hand. The expected readings were looked up in Unihan_Readings.txt
// (unicode-data 15.0, kMandarin, first reading) and written out with tone marks stripped.
#include "common/testsupport.h"
#include "domain/pinyin.h"

#include <QElapsedTimer>
#include <QString>

using namespace rmdesk;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

} // namespace

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
    BOOST_TEST(Pinyin::reading(U'张') == s("zhang"));
    BOOST_TEST(Pinyin::reading(U'李') == s("li"));
    BOOST_TEST(Pinyin::reading(U'吕') == s("lv")); // lǚ
    BOOST_TEST(Pinyin::reading(U'绿') == s("lv")); // lǜ (Unihan's first reading, not lù)
    BOOST_TEST(Pinyin::reading(U'单') == s("dan"));
    BOOST_TEST(Pinyin::reading(U'曾') == s("ceng"));
    BOOST_TEST(Pinyin::reading(U'A') == s("a"));
    BOOST_TEST(Pinyin::reading(U'7') == s("7"));
    BOOST_TEST(Pinyin::reading(U'Ａ') == s("a")); // full-width
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
    BOOST_TEST(Pinyin::full(s("张三")) == s("zhangsan"));
    BOOST_TEST(Pinyin::initials(s("张三")) == s("zs"));
    BOOST_TEST(Pinyin::full(s("欧阳娜娜")) == s("ouyangnana"));
    BOOST_TEST(Pinyin::initials(s("欧阳娜娜")) == s("oynn"));
    BOOST_TEST(Pinyin::full(s("李")) == s("li"));
    BOOST_TEST(Pinyin::full(s("吕绿")) == s("lvlv"));
    BOOST_TEST(Pinyin::full(s("张A3")) == s("zhanga3"));
    BOOST_TEST(Pinyin::initials(s("张A3")) == s("za"));
    BOOST_TEST(Pinyin::full(s("Zhang Wei")) == s("zhangwei"));
    BOOST_TEST(Pinyin::initials(s("Zhang Wei")) == s("zw"));
    BOOST_TEST(Pinyin::full(s("买买提·艾力")) == s("maimaitiaili")); // the middle dot is dropped
    BOOST_TEST(Pinyin::initials(s("买买提·艾力")) == s("mmtal"));
}

BOOST_AUTO_TEST_CASE(empty_and_punctuation)
{
    BOOST_TEST(Pinyin::full(QString()).isEmpty());
    BOOST_TEST(Pinyin::initials(QString()).isEmpty());
    BOOST_TEST(Pinyin::fullName(QString()).isEmpty());
    BOOST_TEST(Pinyin::nameInitials(QString()).isEmpty());
    BOOST_TEST(Pinyin::full(s(" ，。！")).isEmpty());
    BOOST_TEST(Pinyin::full(s("王 小-明。")) == s("wangxiaoming"));
}

BOOST_AUTO_TEST_CASE(plain_readings_ignore_surnames)
{
    BOOST_TEST(Pinyin::full(s("单雄信")) == s("danxiongxin"));
    BOOST_TEST(Pinyin::full(s("曾国藩")) == s("cengguofan"));
}

BOOST_AUTO_TEST_CASE(surname_readings_for_the_first_character)
{
    BOOST_TEST(Pinyin::fullName(s("单雄信")) == s("shanxiongxin"));
    BOOST_TEST(Pinyin::nameInitials(s("单雄信")) == s("sxx"));
    BOOST_TEST(Pinyin::fullName(s("曾国藩")) == s("zengguofan"));
    BOOST_TEST(Pinyin::nameInitials(s("曾国藩")) == s("zgf"));
    BOOST_TEST(Pinyin::fullName(s("解缙")) == s("xiejin"));
    BOOST_TEST(Pinyin::fullName(s("仇英")) == s("qiuying"));
    BOOST_TEST(Pinyin::fullName(s("朴槿惠")) == s("piaojinhui"));
    BOOST_TEST(Pinyin::fullName(s("区")) == s("ou"));
    BOOST_TEST(Pinyin::fullName(s("查良镛")) == s("zhaliangyong"));
    BOOST_TEST(Pinyin::fullName(s("盖聂")) == s("genie"));
    BOOST_TEST(Pinyin::fullName(s("乐毅")) == s("yueyi"));
    BOOST_TEST(Pinyin::fullName(s("尉迟恭")) == s("yuchigong"));
    BOOST_TEST(Pinyin::fullName(s("單")) == s("shan"));             // traditional form
    BOOST_TEST(Pinyin::fullName(s("  曾国藩")) == s("zengguofan")); // leading spaces skipped
    // Only the first character: 单 later in a name keeps its ordinary reading.
    BOOST_TEST(Pinyin::fullName(s("王单")) == s("wangdan"));
    BOOST_TEST(Pinyin::fullName(s("曾曾")) == s("zengceng"));
    // Ordinary names are unchanged.
    BOOST_TEST(Pinyin::fullName(s("张三")) == s("zhangsan"));
    BOOST_TEST(Pinyin::nameInitials(s("欧阳娜娜")) == s("oynn"));
    BOOST_TEST(Pinyin::fullName(s("Zhang Wei")) == s("zhangwei"));
}

BOOST_AUTO_TEST_CASE(extension_characters)
{
    // U+3400 (Extension A) is qiū in Unihan; U+20000 (Extension B, a surrogate pair) is hē.
    BOOST_TEST(!Pinyin::reading(U'\U00003400').isEmpty());
    BOOST_TEST(Pinyin::reading(U'\U00003400') == s("qiu"));
    BOOST_TEST(Pinyin::full(s("\xF0\xA0\x80\x80")) == s("he"));
    BOOST_TEST(Pinyin::initials(s("张\xF0\xA0\x80\x80")) == s("zh"));
}

BOOST_AUTO_TEST_SUITE_END()
