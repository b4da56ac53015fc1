#pragma once

#include <QString>

namespace rmdesk {

// Pinyin for search: plain lower-case ASCII without tone marks, ü written as v ("lv" for 吕).
// The readings come from Unihan's kMandarin field (its first, customary reading), turned into a
// table at build time (resources/pinyin) and loaded once, lazily and thread-safely, from
// ":/data/pinyin.bin" on first use.
//
// Text conversions work code point by code point: a Han character gives its reading (nothing when
// Unihan has none), an ASCII or full-width letter or digit gives itself lower-cased, and anything
// else (spaces, punctuation, the middle dot in transliterated names, other scripts) is dropped.
class Pinyin
{
public:
    // Unicode script Han (the CJK Unified Ideographs and their extensions, compatibility
    // ideographs, radicals, 〇 and 々), whether or not the table has a reading for it; also any
    // code point the table has a reading for.
    static bool isHan(char32_t ch);
    // "zhang" for 张; the lower-cased character for an ASCII or full-width letter or digit; empty
    // for everything else, including Han characters without a reading.
    static QString reading(char32_t ch);
    // The readings concatenated: "zhangsan" for 张三, "zhanga3" for 张A3, "zhangwei" for "Zhang
    // Wei".
    static QString full(const QString& text);
    // The first letter of each Han reading, and the first character of each run of other letters
    // and digits: "zs" for 张三, "zw" for "Zhang Wei", "za" for 张A3.
    static QString initials(const QString& text);

    // full() and initials() for a personal name: the FIRST character, when it is one of the common
    // surnames read differently as a surname (单 shan, 曾 zeng, 解 xie, 仇 qiu, 朴 piao, 区 ou,
    // 查 zha, 盖 ge, 乐 yue, 尉 yu, and a few more listed in pinyin.cpp), gets the surname reading;
    // every other character gets its ordinary reading. Two-character surnames (万俟 moqi, 长孙
    // zhangsun) are not special-cased: they come out as their characters' ordinary readings.
    static QString fullName(const QString& name);
    static QString nameInitials(const QString& name);

    // How many code points the table has a reading for (0 if the resource could not be loaded).
    static qsizetype tableSize();
};

} // namespace rmdesk
