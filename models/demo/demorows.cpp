#include "demorows.h"

#include "demodata.h"
#include "domain/pinyin.h"
#include "stores/customersearch.h"
#include "stores/holdingseries.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace rmdesk::demo {

namespace {

const char* const kColumns[ColumnCount] = {"name",
                                           "gender",
                                           "birth_date",
                                           "id_type",
                                           "id_number",
                                           "id_issuer",
                                           "id_expiry",
                                           "mobile",
                                           "phones",
                                           "email",
                                           "address",
                                           "occupation",
                                           "employer",
                                           "legal_rep",
                                           "contacts",
                                           "industry",
                                           "registered_address",
                                           "risk_level",
                                           "risk_assessed_on",
                                           "risk_expires_on",
                                           "aml_risk",
                                           "tier",
                                           "lifecycle_stage",
                                           "next_review_due",
                                           "aum_fen"};

// Shares in percent or per mille, for Rng::weighted.
const int kRiskWeights[] = {10, 25, 35, 20, 10};          // C1 … C5
const int kInstitutionRiskWeights[] = {5, 30, 40, 20, 5}; // C1 … C5
const int kAmlWeights[] = {900, 80, 20};                  // low, medium, high
const char* const kAml[] = {"low", "medium", "high"};
// Mature, growing, declining, dormant, churned, won back (Story after Prospect).
const int kStoryWeights[] = {38, 18, 12, 8, 14, 10};
const char* const kCompanySuffix[] = {"有限公司", "有限责任公司", "股份有限公司"};
const int kCompanySuffixWeights[] = {70, 20, 10};
constexpr std::int64_t kDuplicateEvery = 2000;
const char kUsccCharset[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";

void appendNumber(std::string* s, std::int64_t n, int width = 0)
{
    char buf[24];
    int len = 0;
    do {
        buf[len++] = char('0' + n % 10);
        n /= 10;
    } while (n > 0);
    for (int i = len; i < width; ++i)
        s->push_back('0');
    while (len > 0)
        s->push_back(buf[--len]);
}

// "朝阳区" → "朝阳", "浦东新区" → "浦东": how a police sub-bureau is named after its district.
std::string districtShort(const std::string& district)
{
    for (const char* suffix : {"新区", "区", "县"}) {
        const std::size_t n = std::strlen(suffix);
        if (district.size() > n && district.compare(district.size() - n, n, suffix) == 0)
            return district.substr(0, district.size() - n);
    }
    return district;
}

// "广东省广州市" → "广州市": the city without its province.
std::string cityOnly(const std::string& city)
{
    for (const char* marker : {"自治区", "省"}) {
        const std::size_t at = city.find(marker);
        if (at != std::string::npos)
            return city.substr(at + std::strlen(marker));
    }
    return city;
}

std::string issuerFor(const Region& r)
{
    const std::string district = r.district;
    if (district.size() > 3 && district.compare(district.size() - 3, 3, "市") == 0)
        return district + "公安局";
    return cityOnly(r.city) + "公安局" + districtShort(district) + "分局";
}

} // namespace

const char* columnName(int column)
{
    return kColumns[column];
}

RowMaker::RowMaker(const RowSettings& settings, const std::vector<BranchPlan>& branches)
    : m_s(settings)
    , m_rng(settings.seed)
    , m_branches(branches)
    , m_nextRm(branches.size(), 0)
    , m_todayJd(settings.today.toJulianDay())
    , m_lastPerson(branches.size())
{
    for (const BranchPlan& b : branches)
        m_branchWeights.push_back(int(std::llround(b.share * 100000)));
    const QDate first = settings.today.addMonths(-settings.months);
    m_firstMonthIndex = first.year() * 12 + first.month() - 1;
    for (int m = 0; m <= settings.months; ++m) {
        const QDate d = settings.today.addMonths(m - settings.months);
        m_monthStartJd.push_back(QDate(d.year(), d.month(), 1).toJulianDay());
    }
    m_spanStartJd = m_monthStartJd.front();
}

std::string RowMaker::timestamp(std::int64_t julianDay)
{
    std::string s = date(int(julianDay - m_todayJd));
    // Office hours in Beijing, in UTC.
    const int second = m_rng.between(30 * 60, 10 * 3600);
    s.push_back('T');
    appendNumber(&s, second / 3600, 2);
    s.push_back(':');
    appendNumber(&s, second / 60 % 60, 2);
    s.push_back(':');
    appendNumber(&s, second % 60, 2);
    s += ".000Z";
    return s;
}

std::string RowMaker::date(int daysFromToday) const
{
    int y = 0, m = 0, d = 0;
    QDate::fromJulianDay(m_todayJd + daysFromToday).getDate(&y, &m, &d);
    std::string s;
    s.reserve(10);
    appendNumber(&s, y, 4);
    s.push_back('-');
    appendNumber(&s, m, 2);
    s.push_back('-');
    appendNumber(&s, d, 2);
    return s;
}

std::string RowMaker::personName(bool male)
{
    static const std::vector<int> surnameWeights = [] {
        std::vector<int> w;
        for (std::size_t i = 0; i < surnames().size; ++i)
            w.push_back(surnames()[i].weight);
        return w;
    }();
    std::string name =
        surnames()[m_rng.weighted(surnameWeights.data(), surnameWeights.size())].name;
    const Table<const char*>& chars = male ? maleGivenChars() : femaleGivenChars();
    const int count = m_rng.chance(0.22) ? 1 : 2;
    for (int i = 0; i < count; ++i)
        name += chars[m_rng.below(chars.size)];
    return name;
}

std::string RowMaker::residentId(const char* region, const QDate& birth, bool male)
{
    std::string first17;
    for (int attempt = 0; attempt < 50; ++attempt) {
        first17 = region;
        appendNumber(&first17, birth.year(), 4);
        appendNumber(&first17, birth.month(), 2);
        appendNumber(&first17, birth.day(), 2);
        appendNumber(&first17, std::int64_t(m_rng.below(500)) * 2 + (male ? 1 : 0), 3);
        if (m_ids.insert(std::stoll(first17)).second)
            break;
    }
    // ISO 7064 MOD 11-2, as IdNumbers::residentIdCheckChar computes it.
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17[std::size_t(i)] - '0') * weights[i];
    return first17 + "10X98765432"[sum % 11];
}

std::string RowMaker::mobile()
{
    std::string m;
    for (int attempt = 0; attempt < 5; ++attempt) {
        m = mobilePrefixes()[m_rng.below(mobilePrefixes().size)];
        appendNumber(&m, std::int64_t(m_rng.below(100000000)), 8);
        if (m_mobiles.insert(std::stoll(m)).second)
            break; // after five tries a shared number is kept: families share phones too
    }
    return m;
}

std::string RowMaker::companyName(int city, int industry)
{
    std::string name = cities()[std::size_t(city)].shortName;
    const std::size_t a = m_rng.below(tradeNames().size);
    std::size_t b = m_rng.below(tradeNames().size - 1);
    if (b >= a)
        ++b;
    name += tradeNames()[a];
    name += tradeNames()[b];
    name += industries()[std::size_t(industry)].word;
    name += kCompanySuffix[m_rng.weighted(kCompanySuffixWeights, 3)];
    return name;
}

std::string RowMaker::uscc(const char* region)
{
    std::string code;
    for (int attempt = 0; attempt < 50; ++attempt) {
        code = "91"; // industry and commerce; enterprise
        code += region;
        const bool recent = m_rng.chance(0.6); // registered since 2015: "MA" and 7 characters
        if (recent)
            code += "MA";
        for (int i = recent ? 2 : 0; i < 9; ++i)
            code.push_back(recent || i == 8 ? kUsccCharset[m_rng.below(31)]
                                            : char('0' + m_rng.below(10)));
        static const int weights[17] = {1,  3,  9,  27, 19, 26, 16, 17, 20,
                                        29, 25, 13, 8,  24, 10, 30, 28};
        int sum = 0;
        for (int i = 0; i < 17; ++i)
            sum += int(std::strchr(kUsccCharset, code[std::size_t(i)]) - kUsccCharset) * weights[i];
        code.push_back(kUsccCharset[(31 - sum % 31) % 31]);
        if (m_codes.insert(code).second)
            break;
    }
    return code;
}

std::string RowMaker::street(int city, bool company)
{
    const City& c = cities()[std::size_t(city)];
    const Region& d = c.districts[m_rng.below(c.districts.size)];
    std::string s = std::string(d.city) + d.district + c.streets[m_rng.below(c.streets.size)];
    appendNumber(&s, m_rng.between(1, 999));
    s += "号";
    if (company) {
        appendNumber(&s, m_rng.between(1, 32));
        s += "层";
    } else if (m_rng.chance(0.85)) {
        appendNumber(&s, m_rng.between(1, 20));
        s += "号楼";
        appendNumber(&s, m_rng.between(1, 6));
        s += "单元";
        appendNumber(&s, m_rng.between(1, 30) * 100 + m_rng.between(1, 4));
        s += "室";
    }
    return s;
}

void RowMaker::make(std::int64_t id, CustomerRow* row)
{
    for (std::string& v : row->values)
        v.clear();
    row->holdings.clear();
    row->series.clear();
    row->nameGrams.clear();
    row->id = id;
    row->branch = int(m_rng.weighted(m_branchWeights.data(), m_branchWeights.size()));
    const int rms = m_branches[std::size_t(row->branch)].rms;
    row->rmSlot = m_nextRm[std::size_t(row->branch)]++ % rms;
    row->institution = m_rng.chance(0.05);
    if (row->institution)
        institution(row);
    else
        person(row);
    std::string* v = row->values;
    v[ColAmlRisk] = kAml[m_rng.weighted(kAmlWeights, 3)];

    // When the relationship began: a good part before the span, the others throughout it, in
    // the month of their first holdings. Prospects have none.
    const int months = m_s.months;
    const bool beforeSpan = m_rng.chance(0.45);
    const int start = beforeSpan ? 0 : int(m_rng.below(std::uint64_t(months)));
    std::int64_t createdJd = m_spanStartJd - m_rng.between(1, 3650);
    if (!beforeSpan) {
        const std::int64_t from = m_monthStartJd[std::size_t(start)];
        createdJd =
            from +
            std::int64_t(m_rng.below(std::uint64_t(m_monthStartJd[std::size_t(start) + 1] - from)));
    }
    createdJd = std::min(createdJd, m_todayJd - 1);
    row->createdAt = timestamp(createdJd);
    row->story = m_rng.chance(0.05)
                     ? Story::Prospect
                     : Story(1 + m_rng.weighted(kStoryWeights, std::size(kStoryWeights)));
    row->firstMonth = row->story == Story::Prospect ? -1 : start;

    if (m_rng.chance(0.92) || row->institution) {
        v[ColRiskLevel] = "C1";
        v[ColRiskLevel][1] = char(
            '1' + m_rng.weighted(row->institution ? kInstitutionRiskWeights : kRiskWeights, 5));
        // Assessed since the customer came, within the last 450 days.
        const int known = int(std::min<std::int64_t>(450, m_todayJd - createdJd));
        const int assessed = -int(m_rng.below(std::uint64_t(std::max(1, known))));
        v[ColRiskAssessedOn] = date(assessed);
        v[ColRiskExpiresOn] = date(assessed + 365);
    }
    const int cadence = v[ColAmlRisk] == "high" ? m_s.reviewMonthsHigh : m_s.reviewMonthsOther;
    v[ColNextReviewDue] = date(m_rng.between(-30, cadence * 30));
    finances(row, beforeSpan);
    if (!row->institution) {
        // One customer in DuplicateEvery is entered twice, as happens at a counter: the same
        // person under another document, same name and mobile, in the same branch.
        auto& last = m_lastPerson[std::size_t(row->branch)];
        if (id % kDuplicateEvery == 0 && !last.first.empty()) {
            v[ColName] = last.first;
            v[ColMobile] = last.second;
        }
        last = {v[ColName], v[ColMobile]};
    }
    searchTerms(row);
    encodeSeries(row);
}

void RowMaker::searchTerms(CustomerRow* row) const
{
    const QString name = QString::fromStdString(row->values[ColName]);
    row->pinyin = Pinyin::fullName(name).toStdString();
    row->initials = Pinyin::nameInitials(name).toStdString();
    const std::string& number = row->values[ColIdNumber];
    row->idReversed.assign(number.rbegin(), number.rend()); // ASCII: reversed bytes
    for (const QString& gram : CustomerSearch::nameGrams(name))
        row->nameGrams.push_back(std::uint32_t(gram.at(0).unicode()) << 16 | gram.at(1).unicode());
}

void RowMaker::person(CustomerRow* row)
{
    std::string* v = row->values;
    const City& city = cities()[std::size_t(m_branches[std::size_t(row->branch)].city)];
    const bool male = m_rng.chance(0.5);
    const int year = m_rng.chance(0.7) ? m_rng.between(1960, 1995) : m_rng.between(1940, 2005);
    const QDate birth =
        QDate(year, 1, 1).addDays(qint64(m_rng.below(QDate(year, 1, 1).daysInYear())));
    const Region& region = m_rng.chance(0.72) ? city.districts[m_rng.below(city.districts.size)]
                                              : otherRegions()[m_rng.below(otherRegions().size)];
    v[ColName] = personName(male);
    v[ColGender] = male ? "male" : "female";
    v[ColBirthDate] = date(int(birth.toJulianDay() - m_todayJd));
    v[ColIdType] = "resident_id";
    v[ColIdNumber] = residentId(region.code, birth, male);
    v[ColIdIssuer] = issuerFor(region);
    const int age = m_s.today.year() - year;
    const int validity = age <= 25 ? 10 : (age <= 45 || m_rng.chance(0.3)) ? 20 : 0;
    if (validity > 0)
        v[ColIdExpiry] = date(m_rng.between(-60, validity * 365 - 1));
    if (m_rng.chance(0.93))
        v[ColMobile] = mobile();
    if (m_rng.chance(0.08)) {
        v[ColPhones] = std::string(city.areaCode) + "-";
        appendNumber(&v[ColPhones], m_rng.between(5, 8) * 10000000 + m_rng.between(0, 9999999));
    }
    if (m_rng.chance(0.3)) {
        if (m_rng.chance(0.5)) {
            appendNumber(&v[ColEmail], m_rng.between(10000, 1999999999));
            v[ColEmail] += "@qq.com";
        } else {
            v[ColEmail] = surnames()[m_rng.below(surnames().size)].pinyin;
            appendNumber(&v[ColEmail], m_rng.chance(0.5) ? year : m_rng.between(1, 9999));
            v[ColEmail] += std::string("@") + mailDomains()[m_rng.below(mailDomains().size)];
        }
    }
    v[ColAddress] = street(m_branches[std::size_t(row->branch)].city, false);
    if (age >= 60 && m_rng.chance(0.75)) {
        v[ColOccupation] = "退休人员";
    } else if (age <= 22 && m_rng.chance(0.6)) {
        v[ColOccupation] = "学生";
    } else {
        v[ColOccupation] = occupations()[m_rng.below(occupations().size)];
        const std::string& o = v[ColOccupation];
        const Region& d = city.districts[m_rng.below(city.districts.size)];
        if (o == "教师") {
            v[ColEmployer] = std::string(d.district) + "第";
            appendNumber(&v[ColEmployer], m_rng.between(1, 30));
            v[ColEmployer] += "中学";
        } else if (o == "医生" || o == "护士") {
            v[ColEmployer] = std::string(city.shortName) + "市第";
            appendNumber(&v[ColEmployer], m_rng.between(1, 12));
            v[ColEmployer] += "人民医院";
        } else if (o == "公务员") {
            v[ColEmployer] = std::string(d.district) + "人民政府";
        } else if (o != "个体工商户" && o != "自由职业" && o != "司机" && o != "私营企业主") {
            v[ColEmployer] = companyName(m_branches[std::size_t(row->branch)].city,
                                         int(m_rng.below(industries().size)));
        }
    }
}

void RowMaker::institution(CustomerRow* row)
{
    std::string* v = row->values;
    const int cityIndex = m_branches[std::size_t(row->branch)].city;
    const City& city = cities()[std::size_t(cityIndex)];
    const int industry = int(m_rng.below(industries().size));
    v[ColName] = companyName(cityIndex, industry);
    v[ColIdType] = "uscc";
    v[ColIdNumber] = uscc(city.districts[m_rng.below(city.districts.size)].code);
    v[ColLegalRep] = personName(m_rng.chance(0.7));
    v[ColContacts] = personName(m_rng.chance(0.4));
    if (m_rng.chance(0.9))
        v[ColMobile] = mobile();
    if (m_rng.chance(0.4)) {
        v[ColEmail] = "cw";
        appendNumber(&v[ColEmail], m_rng.between(100, 99999));
        v[ColEmail] += std::string("@") + mailDomains()[m_rng.below(mailDomains().size)];
    }
    v[ColIndustry] = industries()[std::size_t(industry)].category;
    v[ColRegisteredAddress] = street(cityIndex, true);
}

QHash<QString, QString> RowMaker::catalogueValues(const CustomerRow& row)
{
    QHash<QString, QString> values;
    for (int c = 0; c < ColumnCount; ++c) {
        if (c == ColTier || c == ColNextReviewDue || c == ColAumFen || row.values[c].empty())
            continue;
        values.insert(QString::fromLatin1(kColumns[c]), QString::fromStdString(row.values[c]));
    }
    return values;
}

} // namespace rmdesk::demo
