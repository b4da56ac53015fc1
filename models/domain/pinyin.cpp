#include "domain/pinyin.h"

#include <QChar>
#include <QFile>
#include <QList>
#include <QtEndian>
#include <QtGlobal>

#include <algorithm>
#include <cstring>
#include <utility>
#include <vector>

namespace rmdesk {

namespace {

// The table generate_pinyin writes (its format is described in
// resources/pinyin/generate_pinyin.cpp).
struct Table
{
    struct Block
    {
        char32_t first = 0;
        quint32 count = 0;
        quint32 offset = 0; // into entries
    };
    static constexpr quint16 kNone = 0xFFFF;

    QList<QString> syllables;
    std::vector<Block> blocks; // sorted by first, not overlapping
    std::vector<quint16> entries;
    qsizetype size = 0;

    const QString* lookup(char32_t ch) const
    {
        auto it = std::upper_bound(blocks.begin(), blocks.end(), ch,
                                   [](char32_t c, const Block& b) { return c < b.first; });
        if (it == blocks.begin())
            return nullptr;
        --it;
        if (ch - it->first >= it->count)
            return nullptr;
        const quint16 index = entries[it->offset + (ch - it->first)];
        return index == kNone ? nullptr : &syllables[index];
    }
};

class Reader
{
public:
    explicit Reader(const QByteArray& data)
        : m_data(data)
    {}

    bool ok() const { return m_ok; }
    bool atEnd() const { return m_pos == m_data.size(); }

    const char* bytes(qsizetype n)
    {
        if (!m_ok || n < 0 || m_data.size() - m_pos < n) {
            m_ok = false;
            return nullptr;
        }
        const char* p = m_data.constData() + m_pos;
        m_pos += n;
        return p;
    }
    quint8 u8()
    {
        const char* p = bytes(1);
        return p ? static_cast<quint8>(*p) : 0;
    }
    quint16 u16()
    {
        const char* p = bytes(2);
        return p ? qFromLittleEndian<quint16>(p) : 0;
    }
    quint32 u32()
    {
        const char* p = bytes(4);
        return p ? qFromLittleEndian<quint32>(p) : 0;
    }

private:
    const QByteArray& m_data;
    qsizetype m_pos = 0;
    bool m_ok = true;
};

bool parse(const QByteArray& data, Table& t)
{
    Reader r(data);
    const char* magic = r.bytes(4);
    if (!magic || std::memcmp(magic, "RMPY", 4) != 0 || r.u16() != 1)
        return false;
    const quint16 syllableCount = r.u16();
    t.syllables.reserve(syllableCount);
    for (quint16 i = 0; i < syllableCount && r.ok(); ++i) {
        const quint8 length = r.u8();
        const char* p = r.bytes(length);
        if (p)
            t.syllables.append(QString::fromLatin1(p, length));
    }
    const quint32 blockCount = r.u32();
    for (quint32 i = 0; i < blockCount && r.ok(); ++i) {
        Table::Block b;
        b.first = r.u32();
        b.count = r.u32();
        b.offset = static_cast<quint32>(t.entries.size());
        const char* p = r.bytes(qsizetype(b.count) * 2);
        if (!p || (!t.blocks.empty() && b.first < t.blocks.back().first + t.blocks.back().count))
            return false;
        for (quint32 k = 0; k < b.count; ++k) {
            const quint16 index = qFromLittleEndian<quint16>(p + 2 * k);
            if (index != Table::kNone) {
                if (index >= syllableCount)
                    return false;
                ++t.size;
            }
            t.entries.push_back(index);
        }
        t.blocks.push_back(b);
    }
    return r.ok() && r.atEnd();
}

Table load()
{
    Table t;
    QFile file(QStringLiteral(":/data/pinyin.bin"));
    if (!file.open(QIODevice::ReadOnly) || !parse(file.readAll(), t)) {
        qWarning("Pinyin: the pinyin table (:/data/pinyin.bin) is missing or damaged");
        return Table{};
    }
    return t;
}

const Table& table()
{
    static const Table t = load(); // C++ guarantees a thread-safe, once-only initialisation
    return t;
}

// The surname readings that differ from a character's customary (first kMandarin) reading, for
// the first character of a name. Traditional forms are included where they differ.
struct SurnameReading
{
    char32_t ch;
    const char* reading;
};
constexpr SurnameReading kSurnames[] = {
    {U'单', "shan"}, {U'單', "shan"},  {U'曾', "zeng"},  {U'解', "xie"}, {U'仇', "qiu"},
    {U'朴', "piao"}, {U'区', "ou"},    {U'區', "ou"},    {U'查', "zha"}, {U'盖', "ge"},
    {U'蓋', "ge"},   {U'乐', "yue"},   {U'樂', "yue"},   {U'尉', "yu"},  {U'覃', "qin"},
    {U'翟', "zhai"}, {U'缪', "miao"},  {U'繆', "miao"},  {U'秘', "bi"},  {U'召', "shao"},
    {U'阚', "kan"},  {U'种', "chong"}, {U'種', "chong"}, {U'员', "yun"}, {U'員', "yun"},
};

QString surnameReading(char32_t ch)
{
    for (const auto& s : kSurnames) {
        if (s.ch == ch)
            return QString::fromLatin1(s.reading);
    }
    return Pinyin::reading(ch);
}

// ASCII letters and digits, and their full-width forms, as lower-case ASCII; 0 for anything else.
char16_t plainAlnum(char32_t ch)
{
    if (ch >= 0xFF10 && ch <= 0xFF5E) // full-width ASCII
        ch -= 0xFEE0;
    if ((ch >= U'0' && ch <= U'9') || (ch >= U'a' && ch <= U'z'))
        return static_cast<char16_t>(ch);
    if (ch >= U'A' && ch <= U'Z')
        return static_cast<char16_t>(ch - U'A' + U'a');
    return 0;
}

template <typename F> void forEachCodePoint(const QString& text, F&& f)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        char32_t ch = text.at(i).unicode();
        if (QChar::isHighSurrogate(ch) && i + 1 < n && text.at(i + 1).isLowSurrogate()) {
            ch = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        f(ch);
    }
}

enum class Mode { Full, Initials };

QString convert(const QString& text, Mode mode, bool asName)
{
    QString out;
    out.reserve(mode == Mode::Full ? text.size() * 4 : text.size());
    bool first = asName; // only the first non-space character of a name can be a surname
    bool inRun = false;  // inside a run of ASCII letters and digits (initials only)
    forEachCodePoint(text, [&](char32_t ch) {
        if (first && QChar::isSpace(ch))
            return;
        const bool surname = std::exchange(first, false);
        if (Pinyin::isHan(ch)) {
            inRun = false;
            const QString r = surname ? surnameReading(ch) : Pinyin::reading(ch);
            if (!r.isEmpty())
                out += mode == Mode::Full ? r : r.left(1);
            return;
        }
        const char16_t c = plainAlnum(ch);
        if (c == 0) {
            inRun = false;
            return;
        }
        if (mode == Mode::Full || !inRun)
            out += QChar(c);
        inRun = true;
    });
    return out;
}

} // namespace

bool Pinyin::isHan(char32_t ch)
{
    // The table check covers ideographs newer than Qt's Unicode data (Extension H in Unicode 15).
    return QChar::script(ch) == QChar::Script_Han || table().lookup(ch) != nullptr;
}

QString Pinyin::reading(char32_t ch)
{
    if (const char16_t c = plainAlnum(ch))
        return QString(QChar(c));
    if (!isHan(ch))
        return {};
    const QString* r = table().lookup(ch);
    return r ? *r : QString();
}

QString Pinyin::full(const QString& text)
{
    return convert(text, Mode::Full, false);
}

QString Pinyin::initials(const QString& text)
{
    return convert(text, Mode::Initials, false);
}

QString Pinyin::fullName(const QString& name)
{
    return convert(name, Mode::Full, true);
}

QString Pinyin::nameInitials(const QString& name)
{
    return convert(name, Mode::Initials, true);
}

qsizetype Pinyin::tableSize()
{
    return table().size;
}

} // namespace rmdesk
