#pragma once

// How the CSV reader judges a file's encoding from its bytes (used by csvtable.cpp only).

#include <QByteArray>
#include <QString>

namespace rmdesk {

// Of the non-ASCII characters in GB18030 bytes, how many are common Chinese text (GB2312's
// hanzi, and its first three rows: punctuation, numbers, fullwidth Latin; or the middle dot of
// transcribed names) and how many are anything else: kana, Greek, box drawing, GBK's and
// GB18030's rarer characters. Big5 or Windows-1252 bytes decode as GB18030 without an error, but
// mostly into the second kind (measured: a Big5 list of Taiwanese names and addresses 77 % rare,
// a Western one 100 %, a GB18030 list of names chosen for their rare characters 13 %).
struct GbShape
{
    int characters = 0;
    int rare = 0;
    static constexpr int Sample = 4096;        // characters enough to judge a file by
    static constexpr int SampleRecords = 4096; // records looked at for them, at most

    void add(const QByteArray& bytes)
    {
        const auto* b = reinterpret_cast<const unsigned char*>(bytes.constData());
        const qsizetype n = bytes.size();
        for (qsizetype i = 0; i < n && characters < Sample;) {
            if (b[i] < 0x80) {
                ++i;
                continue;
            }
            ++characters;
            const unsigned lead = b[i];
            const unsigned trail = i + 1 < n ? b[i + 1] : 0;
            if (trail >= 0x30 && trail <= 0x39) { // four bytes: outside GBK
                ++rare;
                i += 4;
                continue;
            }
            const bool gb2312 = trail >= 0xA1 && trail <= 0xFE &&
                                ((lead >= 0xB0 && lead <= 0xF7) || (lead >= 0xA1 && lead <= 0xA3));
            if (!gb2312)
                ++rare;
            i += 2;
        }
    }
    bool full() const { return characters >= Sample; }
    // Most likely not GB18030 at all: a clear share of rare characters, and enough of them.
    bool implausible() const { return rare >= 4 && rare * 10 >= characters * 4; }
};

QString implausibleGbMessage();

// Whether the first bytes of a file look like UTF-16 without a byte-order mark: NUL bytes, all at
// even or all at odd offsets (the ASCII in UTF-16 text), at least four of them.
bool looksUtf16(const QByteArray& start);
QString utf16Message();

} // namespace rmdesk
