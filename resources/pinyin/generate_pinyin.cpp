// generate_pinyin: turns Unihan_Readings.txt (unicode-data) into the compact pinyin table that
// models/domain/pinyin.cpp loads from the ":/data/pinyin.bin" resource. Built for the host and run
// at build time (resources/CMakeLists.txt); plain standard library so it needs nothing else.
//
//   generate_pinyin <Unihan_Readings.txt | -> <pinyin.bin>      ("-" reads standard input)
//
// Every code point with a kMandarin field gets its FIRST reading (the customary zh-CN one), tone
// marks stripped to plain ASCII letters, ü written as v. Output, all integers little-endian:
//
//   char[4]  "RMPY"
//   u16      format version (1)
//   u16      syllable count S (distinct readings, sorted)
//   S times: u8 length, then that many ASCII bytes
//   u32      block count B
//   B times: u32 first code point, u32 length N, then N times u16 syllable index (0xFFFF = none)
//
// Blocks are runs of code points with readings; a gap of up to kMaxGap code points without one is
// filled with 0xFFFF rather than starting a new block (a block header costs as much as 4 entries).
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace {

constexpr std::uint16_t kVersion = 1;
constexpr std::uint16_t kNone = 0xFFFF;
constexpr std::uint32_t kMaxGap = 4;

// Decodes one UTF-8 sequence at s[i], advancing i; nullopt on malformed input.
std::optional<char32_t> decodeUtf8(const std::string& s, std::size_t& i)
{
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char lead = byte(i);
    int extra = 0;
    char32_t cp = 0;
    if (lead < 0x80) {
        cp = lead;
    } else if ((lead & 0xE0) == 0xC0) {
        extra = 1;
        cp = lead & 0x1F;
    } else if ((lead & 0xF0) == 0xE0) {
        extra = 2;
        cp = lead & 0x0F;
    } else if ((lead & 0xF8) == 0xF0) {
        extra = 3;
        cp = lead & 0x07;
    } else {
        return std::nullopt;
    }
    if (i + extra >= s.size())
        return std::nullopt;
    for (int k = 1; k <= extra; ++k) {
        const unsigned char c = byte(i + k);
        if ((c & 0xC0) != 0x80)
            return std::nullopt;
        cp = (cp << 6) | (c & 0x3F);
    }
    i += extra + 1;
    return cp;
}

// The plain letter for a pinyin letter with a tone mark (or ü); 0 for anything unexpected.
char plainLetter(char32_t cp)
{
    if (cp >= U'a' && cp <= U'z')
        return static_cast<char>(cp);
    if (cp >= U'A' && cp <= U'Z')
        return static_cast<char>(cp - U'A' + U'a');
    switch (cp) {
    case U'ā':
    case U'á':
    case U'ǎ':
    case U'à':
        return 'a';
    case U'ē':
    case U'é':
    case U'ě':
    case U'è':
    case U'ê':
    case U'ế':
    case U'ề':
        return 'e';
    case U'ī':
    case U'í':
    case U'ǐ':
    case U'ì':
        return 'i';
    case U'ō':
    case U'ó':
    case U'ǒ':
    case U'ò':
        return 'o';
    case U'ū':
    case U'ú':
    case U'ǔ':
    case U'ù':
        return 'u';
    case U'ü':
    case U'ǖ':
    case U'ǘ':
    case U'ǚ':
    case U'ǜ':
        return 'v';
    case U'ń':
    case U'ň':
    case U'ǹ':
        return 'n';
    case U'ḿ':
        return 'm';
    default:
        return 0;
    }
}

// Tone marks stripped, ü as v; nullopt (with a message) for a character it does not know.
std::optional<std::string> plainReading(const std::string& reading, std::size_t lineNo)
{
    std::string out;
    for (std::size_t i = 0; i < reading.size();) {
        const auto cp = decodeUtf8(reading, i);
        if (!cp) {
            std::cerr << "generate_pinyin: line " << lineNo << ": malformed UTF-8\n";
            return std::nullopt;
        }
        if (*cp >= 0x0300 && *cp <= 0x036F) // combining tone mark (as in m̀)
            continue;
        const char c = plainLetter(*cp);
        if (c == 0) {
            std::cerr << "generate_pinyin: line " << lineNo << ": unexpected character U+"
                      << std::hex << static_cast<std::uint32_t>(*cp) << std::dec << " in \""
                      << reading << "\"\n";
            return std::nullopt;
        }
        out += c;
    }
    if (out.empty() || out.size() > 255) {
        std::cerr << "generate_pinyin: line " << lineNo << ": bad reading \"" << reading << "\"\n";
        return std::nullopt;
    }
    return out;
}

void putU16(std::string& out, std::uint32_t v)
{
    out += static_cast<char>(v & 0xFF);
    out += static_cast<char>((v >> 8) & 0xFF);
}

void putU32(std::string& out, std::uint32_t v)
{
    putU16(out, v & 0xFFFF);
    putU16(out, v >> 16);
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 3) {
        std::cerr << "usage: generate_pinyin <Unihan_Readings.txt | -> <pinyin.bin>\n";
        return 2;
    }
    const std::string inputPath = argv[1];
    std::ifstream file;
    if (inputPath != "-") {
        file.open(inputPath, std::ios::binary);
        if (!file) {
            std::cerr << "generate_pinyin: cannot open " << inputPath << "\n";
            return 1;
        }
    }
    std::istream& in = inputPath == "-" ? std::cin : file;

    std::map<std::uint32_t, std::string> readings; // code point -> plain first reading
    std::string line;
    std::size_t lineNo = 0;
    while (std::getline(in, line)) {
        ++lineNo;
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (line.rfind("U+", 0) != 0)
            continue;
        const auto tab1 = line.find('\t');
        const auto tab2 = tab1 == std::string::npos ? tab1 : line.find('\t', tab1 + 1);
        if (tab2 == std::string::npos || line.compare(tab1 + 1, tab2 - tab1 - 1, "kMandarin") != 0)
            continue;
        std::uint32_t cp = 0;
        try {
            cp = static_cast<std::uint32_t>(std::stoul(line.substr(2, tab1 - 2), nullptr, 16));
        } catch (const std::exception&) {
            std::cerr << "generate_pinyin: line " << lineNo << ": bad code point\n";
            return 1;
        }
        std::string value = line.substr(tab2 + 1);
        value = value.substr(0, value.find(' ')); // the first (customary) reading
        const auto plain = plainReading(value, lineNo);
        if (!plain)
            return 1;
        readings[cp] = *plain;
    }
    if (in.bad()) {
        std::cerr << "generate_pinyin: read error on " << inputPath << "\n";
        return 1;
    }
    if (readings.size() < 20000) {
        std::cerr << "generate_pinyin: only " << readings.size()
                  << " kMandarin readings found; is the input Unihan_Readings.txt?\n";
        return 1;
    }

    std::set<std::string> distinct;
    for (const auto& [cp, r] : readings)
        distinct.insert(r);
    const std::vector<std::string> syllables(distinct.begin(), distinct.end());
    if (syllables.size() >= kNone) {
        std::cerr << "generate_pinyin: too many distinct syllables\n";
        return 1;
    }
    std::map<std::string, std::uint16_t> indexOf;
    for (std::size_t i = 0; i < syllables.size(); ++i)
        indexOf[syllables[i]] = static_cast<std::uint16_t>(i);

    struct Block
    {
        std::uint32_t first = 0;
        std::vector<std::uint16_t> entries;
    };
    std::vector<Block> blocks;
    for (const auto& [cp, r] : readings) {
        if (blocks.empty() || cp - (blocks.back().first + blocks.back().entries.size()) > kMaxGap) {
            blocks.push_back({cp, {}});
        }
        Block& b = blocks.back();
        while (b.first + b.entries.size() < cp)
            b.entries.push_back(kNone);
        b.entries.push_back(indexOf[r]);
    }

    std::string out = "RMPY";
    putU16(out, kVersion);
    putU16(out, static_cast<std::uint32_t>(syllables.size()));
    for (const auto& s : syllables) {
        out += static_cast<char>(s.size());
        out += s;
    }
    putU32(out, static_cast<std::uint32_t>(blocks.size()));
    for (const auto& b : blocks) {
        putU32(out, b.first);
        putU32(out, static_cast<std::uint32_t>(b.entries.size()));
        for (const auto e : b.entries)
            putU16(out, e);
    }

    const std::string outputPath = argv[2];
    const std::string tmpPath = outputPath + ".tmp";
    {
        std::ofstream o(tmpPath, std::ios::binary | std::ios::trunc);
        o.write(out.data(), static_cast<std::streamsize>(out.size()));
        if (!o.good()) {
            std::cerr << "generate_pinyin: cannot write " << tmpPath << "\n";
            return 1;
        }
    }
    if (std::rename(tmpPath.c_str(), outputPath.c_str()) != 0) {
        std::cerr << "generate_pinyin: cannot rename " << tmpPath << " to " << outputPath << "\n";
        return 1;
    }
    return 0;
}
