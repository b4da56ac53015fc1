#include "demodata.h"

#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace rmdesk::demo {

namespace {

std::uint64_t splitmix64(std::uint64_t* x)
{
    std::uint64_t z = (*x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

std::uint64_t rotl(std::uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}

template <typename T, std::size_t N> constexpr Table<T> table(const T (&items)[N])
{
    return Table<T>{items, N};
}

const Surname kSurnames[] = {
    {"王", "wang", 712},   {"李", "li", 700},   {"张", "zhang", 674},    {"刘", "liu", 510},
    {"陈", "chen", 461},   {"杨", "yang", 322}, {"黄", "huang", 245},    {"赵", "zhao", 219},
    {"吴", "wu", 208},     {"周", "zhou", 205}, {"徐", "xu", 167},       {"孙", "sun", 154},
    {"马", "ma", 144},     {"朱", "zhu", 141},  {"胡", "hu", 133},       {"郭", "guo", 124},
    {"何", "he", 118},     {"林", "lin", 113},  {"高", "gao", 112},      {"罗", "luo", 110},
    {"郑", "zheng", 102},  {"梁", "liang", 97}, {"谢", "xie", 84},       {"宋", "song", 80},
    {"唐", "tang", 80},    {"许", "xu", 72},    {"韩", "han", 70},       {"邓", "deng", 70},
    {"冯", "feng", 70},    {"曹", "cao", 67},   {"彭", "peng", 65},      {"曾", "zeng", 63},
    {"肖", "xiao", 61},    {"田", "tian", 58},  {"董", "dong", 57},      {"潘", "pan", 53},
    {"袁", "yuan", 53},    {"蔡", "cai", 52},   {"蒋", "jiang", 51},     {"余", "yu", 50},
    {"于", "yu", 49},      {"杜", "du", 48},    {"叶", "ye", 47},        {"程", "cheng", 46},
    {"魏", "wei", 45},     {"苏", "su", 44},    {"吕", "lv", 43},        {"丁", "ding", 42},
    {"任", "ren", 41},     {"卢", "lu", 40},    {"姚", "yao", 39},       {"沈", "shen", 38},
    {"钟", "zhong", 37},   {"姜", "jiang", 36}, {"崔", "cui", 35},       {"谭", "tan", 34},
    {"陆", "lu", 33},      {"范", "fan", 32},   {"汪", "wang", 31},      {"廖", "liao", 30},
    {"石", "shi", 29},     {"金", "jin", 28},   {"韦", "wei", 27},       {"贾", "jia", 26},
    {"夏", "xia", 25},     {"付", "fu", 24},    {"方", "fang", 23},      {"邹", "zou", 22},
    {"熊", "xiong", 21},   {"白", "bai", 20},   {"孟", "meng", 19},      {"秦", "qin", 18},
    {"邱", "qiu", 17},     {"侯", "hou", 16},   {"江", "jiang", 15},     {"尹", "yin", 14},
    {"欧阳", "ouyang", 4}, {"司马", "sima", 1}, {"上官", "shangguan", 1}};

const char* const kMaleChars[] = {
    "伟", "强", "磊", "军", "勇", "杰", "涛", "斌", "超", "明", "刚", "平", "辉", "鹏", "华",
    "飞", "鑫", "波", "宇", "浩", "凯", "健", "俊", "帆", "旭", "宁", "龙", "林", "阳", "建",
    "国", "文", "志", "海", "东", "峰", "博", "晨", "然", "轩", "睿", "子", "泽", "天", "一",
    "思", "家", "嘉", "成", "振", "庆", "永", "德", "荣", "新", "立", "鸿", "亮", "毅", "哲",
    "铭", "宏", "兵", "武", "昊", "翔", "瑞", "杨", "晓", "智", "诚", "航", "远", "锋", "奕"};

const char* const kFemaleChars[] = {
    "芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "秀", "燕", "玲", "婷", "洁", "红", "梅",
    "琳", "雪", "慧", "颖", "倩", "萍", "雯", "婧", "佳", "欣", "怡", "悦", "琪", "蕾", "晶",
    "月", "彤", "诗", "梦", "雨", "涵", "萱", "瑶", "璐", "莉", "丹", "凤", "兰", "英", "华",
    "春", "晓", "思", "嘉", "可", "馨", "若", "然", "宁", "子", "一", "小", "文", "媛", "蓉"};

const Region kBeijing[] = {{"110101", "北京市", "东城区"},   {"110102", "北京市", "西城区"},
                           {"110105", "北京市", "朝阳区"},   {"110106", "北京市", "丰台区"},
                           {"110107", "北京市", "石景山区"}, {"110108", "北京市", "海淀区"},
                           {"110112", "北京市", "通州区"},   {"110113", "北京市", "顺义区"},
                           {"110114", "北京市", "昌平区"},   {"110115", "北京市", "大兴区"}};
const Region kShanghai[] = {{"310101", "上海市", "黄浦区"}, {"310104", "上海市", "徐汇区"},
                            {"310105", "上海市", "长宁区"}, {"310106", "上海市", "静安区"},
                            {"310107", "上海市", "普陀区"}, {"310109", "上海市", "虹口区"},
                            {"310110", "上海市", "杨浦区"}, {"310112", "上海市", "闵行区"},
                            {"310113", "上海市", "宝山区"}, {"310115", "上海市", "浦东新区"}};
const Region kGuangzhou[] = {
    {"440103", "广东省广州市", "荔湾区"}, {"440104", "广东省广州市", "越秀区"},
    {"440105", "广东省广州市", "海珠区"}, {"440106", "广东省广州市", "天河区"},
    {"440111", "广东省广州市", "白云区"}, {"440112", "广东省广州市", "黄埔区"},
    {"440113", "广东省广州市", "番禺区"}, {"440114", "广东省广州市", "花都区"}};
const Region kShenzhen[] = {
    {"440303", "广东省深圳市", "罗湖区"}, {"440304", "广东省深圳市", "福田区"},
    {"440305", "广东省深圳市", "南山区"}, {"440306", "广东省深圳市", "宝安区"},
    {"440307", "广东省深圳市", "龙岗区"}, {"440308", "广东省深圳市", "盐田区"},
    {"440309", "广东省深圳市", "龙华区"}, {"440310", "广东省深圳市", "坪山区"}};
const Region kChengdu[] = {
    {"510104", "四川省成都市", "锦江区"}, {"510105", "四川省成都市", "青羊区"},
    {"510106", "四川省成都市", "金牛区"}, {"510107", "四川省成都市", "武侯区"},
    {"510108", "四川省成都市", "成华区"}, {"510112", "四川省成都市", "龙泉驿区"},
    {"510114", "四川省成都市", "新都区"}, {"510116", "四川省成都市", "双流区"}};

const char* const kBeijingStreets[] = {"建国路", "朝阳北路",     "中关村大街", "学院路",
                                       "复兴路", "西直门外大街", "望京街",     "东三环中路",
                                       "安立路", "丰台路"};
const char* const kShanghaiStreets[] = {"南京西路", "淮海中路", "世纪大道", "张杨路",   "漕溪北路",
                                        "四川北路", "长寿路",   "虹桥路",   "共和新路", "延安西路"};
const char* const kGuangzhouStreets[] = {"天河路",   "中山大道", "环市东路", "江南大道", "黄埔大道",
                                         "东风中路", "广州大道", "体育西路", "工业大道", "机场路"};
const char* const kShenzhenStreets[] = {"深南大道", "科技园路", "滨海大道", "福华路",   "宝安大道",
                                        "人民南路", "龙岗大道", "民治大道", "沙河西路", "华强北路"};
const char* const kChengduStreets[] = {"人民南路", "天府大道", "蜀都大道", "红星路",   "一环路",
                                       "科华北路", "建设路",   "春熙路",   "府城大道", "金府路"};

const char* const kBeijingSubs[] = {"朝阳支行", "海淀支行", "西城支行"};
const char* const kShanghaiSubs[] = {"浦东支行", "徐汇支行", "静安支行"};
const char* const kGuangzhouSubs[] = {"天河支行", "越秀支行"};
const char* const kShenzhenSubs[] = {"南山支行", "福田支行"};
const char* const kChengduSubs[] = {"武侯支行", "锦江支行"};

const City kCities[] = {{"BJ01", "北京分行", "北京", "010", 2, 26, table(kBeijing),
                         table(kBeijingStreets), table(kBeijingSubs)},
                        {"SH01", "上海分行", "上海", "021", 2, 25, table(kShanghai),
                         table(kShanghaiStreets), table(kShanghaiSubs)},
                        {"GZ01", "广州分行", "广州", "020", 1, 17, table(kGuangzhou),
                         table(kGuangzhouStreets), table(kGuangzhouSubs)},
                        {"SZ01", "深圳分行", "深圳", "0755", 1, 18, table(kShenzhen),
                         table(kShenzhenStreets), table(kShenzhenSubs)},
                        {"CD01", "成都分行", "成都", "028", 1, 14, table(kChengdu),
                         table(kChengduStreets), table(kChengduSubs)}};

const Region kOtherRegions[] = {{"430104", "湖南省长沙市", "岳麓区"},
                                {"420106", "湖北省武汉市", "武昌区"},
                                {"410105", "河南省郑州市", "金水区"},
                                {"370102", "山东省济南市", "历下区"},
                                {"320106", "江苏省南京市", "鼓楼区"},
                                {"330106", "浙江省杭州市", "西湖区"},
                                {"500103", "重庆市", "渝中区"},
                                {"610113", "陕西省西安市", "雁塔区"},
                                {"350203", "福建省厦门市", "思明区"},
                                {"130102", "河北省石家庄市", "长安区"},
                                {"340104", "安徽省合肥市", "蜀山区"},
                                {"360102", "江西省南昌市", "东湖区"},
                                {"450103", "广西壮族自治区南宁市", "青秀区"},
                                {"210102", "辽宁省沈阳市", "和平区"},
                                {"230103", "黑龙江省哈尔滨市", "南岗区"},
                                {"220102", "吉林省长春市", "南关区"},
                                {"140105", "山西省太原市", "小店区"},
                                {"520102", "贵州省贵阳市", "南明区"},
                                {"530102", "云南省昆明市", "五华区"},
                                {"441302", "广东省惠州市", "惠城区"},
                                {"440511", "广东省汕头市", "金平区"},
                                {"511302", "四川省南充市", "顺庆区"},
                                {"510703", "四川省绵阳市", "涪城区"},
                                {"430602", "湖南省岳阳市", "岳阳楼区"},
                                {"360702", "江西省赣州市", "章贡区"},
                                {"411302", "河南省南阳市", "宛城区"},
                                {"341202", "安徽省阜阳市", "颍州区"},
                                {"320583", "江苏省苏州市", "昆山市"}};

const Product kProducts[] = {{"DEP-CUR", "活期储蓄", "deposit", 1},
                             {"DEP-3M", "三个月整存整取", "deposit", 1},
                             {"DEP-1Y", "一年期整存整取", "deposit", 1},
                             {"DEP-CD3Y", "三年期大额存单", "deposit", 1},
                             {"WM-DAILY", "安心理财·日日盈", "wealth", 2},
                             {"WM-90D", "稳健理财90天", "wealth", 2},
                             {"WM-PENSION", "养老理财2035", "wealth", 2},
                             {"WM-180D", "固收增强180天", "wealth", 3},
                             {"FD-BOND", "中短债债券基金", "fund", 3},
                             {"FD-BAL", "平衡配置混合基金", "fund", 3},
                             {"FD-CSI300", "沪深300指数增强基金", "fund", 4},
                             {"FD-CONS", "消费升级股票基金", "fund", 4},
                             {"FD-TECH", "科技创新股票基金", "fund", 5},
                             {"FD-HEALTH", "医疗健康股票基金", "fund", 5},
                             {"INS-ANNUITY", "金福年金保险", "insurance", 1},
                             {"INS-LIFE", "鑫享终身寿险(分红型)", "insurance", 2},
                             {"INS-UL", "稳盈万能型两全保险", "insurance", 2},
                             {"BD-SAV3Y", "三年期储蓄国债(凭证式)", "bond", 1},
                             {"BD-SAV5Y", "五年期储蓄国债(电子式)", "bond", 1},
                             {"BD-LOCAL", "地方政府债券(柜台)", "bond", 2}};

const Industry kIndustries[] = {{"科技", "信息传输、软件和信息技术服务业"},
                                {"信息技术", "信息传输、软件和信息技术服务业"},
                                {"贸易", "批发和零售业"},
                                {"商贸", "批发和零售业"},
                                {"实业", "制造业"},
                                {"电子", "制造业"},
                                {"机械设备", "制造业"},
                                {"食品", "制造业"},
                                {"建设工程", "建筑业"},
                                {"物流", "交通运输、仓储和邮政业"},
                                {"餐饮管理", "住宿和餐饮业"},
                                {"文化传媒", "文化、体育和娱乐业"},
                                {"医疗器械", "制造业"},
                                {"新能源", "电力、热力、燃气及水生产和供应业"},
                                {"企业管理咨询", "租赁和商务服务业"},
                                {"物业管理", "房地产业"},
                                {"教育咨询", "教育"},
                                {"农业发展", "农、林、牧、渔业"}};

const char* const kTradeNames[] = {
    "华", "信", "金", "石", "恒", "达", "瑞", "丰", "中", "科", "鼎", "盛", "博", "远",
    "卓", "越", "新", "元", "天", "成", "宏", "图", "汇", "通", "东", "方", "锦", "程",
    "安", "泰", "永", "凯", "海", "纳", "星", "辰", "明", "德", "聚", "力", "智", "联",
    "云", "帆", "正", "嘉", "禾", "润", "泽", "同", "创", "众", "诚", "腾", "跃", "福",
    "佳", "优", "蓝", "祥", "宇", "鑫", "荣", "兴", "茂", "隆", "昌", "晟", "峰", "川"};

const char* const kOccupations[] = {"企业职员",     "企业职员",   "企业职员",   "企业管理人员",
                                    "专业技术人员", "工程师",     "教师",       "医生",
                                    "护士",         "公务员",     "会计",       "律师",
                                    "销售人员",     "个体工商户", "私营企业主", "自由职业",
                                    "软件工程师",   "设计师",     "司机",       "厨师"};

const char* const kMobilePrefixes[] = {
    "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "147", "150",
    "151", "152", "153", "155", "156", "157", "158", "159", "166", "173", "176", "177",
    "180", "181", "182", "183", "185", "186", "187", "188", "189", "191", "198", "199"};

const char* const kMailDomains[] = {"163.com",     "126.com",   "sina.com", "foxmail.com",
                                    "outlook.com", "gmail.com", "sohu.com", "139.com"};

} // namespace

const Table<Surname>& surnames()
{
    static const Table<Surname> t = table(kSurnames);
    return t;
}

const Table<const char*>& maleGivenChars()
{
    static const Table<const char*> t = table(kMaleChars);
    return t;
}

const Table<const char*>& femaleGivenChars()
{
    static const Table<const char*> t = table(kFemaleChars);
    return t;
}

const Table<City>& cities()
{
    static const Table<City> t = table(kCities);
    return t;
}

const Table<Region>& otherRegions()
{
    static const Table<Region> t = table(kOtherRegions);
    return t;
}

const Table<Product>& products()
{
    static const Table<Product> t = table(kProducts);
    return t;
}

const Table<Industry>& industries()
{
    static const Table<Industry> t = table(kIndustries);
    return t;
}

const Table<const char*>& tradeNames()
{
    static const Table<const char*> t = table(kTradeNames);
    return t;
}

const Table<const char*>& occupations()
{
    static const Table<const char*> t = table(kOccupations);
    return t;
}

const Table<const char*>& mobilePrefixes()
{
    static const Table<const char*> t = table(kMobilePrefixes);
    return t;
}

const Table<const char*>& mailDomains()
{
    static const Table<const char*> t = table(kMailDomains);
    return t;
}

Rng::Rng(std::uint64_t seed)
{
    for (std::uint64_t& s : m_s)
        s = splitmix64(&seed);
}

std::uint64_t Rng::next()
{
    const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
    const std::uint64_t t = m_s[1] << 17;
    m_s[2] ^= m_s[0];
    m_s[3] ^= m_s[1];
    m_s[1] ^= m_s[2];
    m_s[0] ^= m_s[3];
    m_s[2] ^= t;
    m_s[3] = rotl(m_s[3], 45);
    return result;
}

std::uint64_t Rng::below(std::uint64_t n)
{
    // Lemire's multiply-shift without 128-bit integers: the high half of a 64×64 product.
    const std::uint64_t x = next();
    const std::uint64_t xl = x & 0xffffffffULL, xh = x >> 32;
    const std::uint64_t nl = n & 0xffffffffULL, nh = n >> 32;
    const std::uint64_t ll = xl * nl, lh = xl * nh, hl = xh * nl, hh = xh * nh;
    const std::uint64_t mid = (ll >> 32) + (lh & 0xffffffffULL) + (hl & 0xffffffffULL);
    return hh + (lh >> 32) + (hl >> 32) + (mid >> 32);
}

int Rng::between(int low, int high)
{
    return low + int(below(std::uint64_t(high - low + 1)));
}

double Rng::uniform()
{
    return double(next() >> 11) * 0x1.0p-53;
}

double Rng::normal()
{
    const double u = 1.0 - uniform();
    return std::sqrt(-2.0 * std::log(u)) * std::cos(6.283185307179586 * uniform());
}

std::size_t Rng::weighted(const int* weights, std::size_t count)
{
    int total = 0;
    for (std::size_t i = 0; i < count; ++i)
        total += weights[i];
    int r = int(below(std::uint64_t(total)));
    for (std::size_t i = 0; i < count; ++i) {
        if (r < weights[i])
            return i;
        r -= weights[i];
    }
    return count - 1;
}

std::vector<BranchPlan> planBranches(std::int64_t customers)
{
    std::vector<BranchPlan> plan;
    int totalWeight = 0;
    for (std::size_t c = 0; c < cities().size; ++c)
        totalWeight += cities()[c].weight;
    for (std::size_t c = 0; c < cities().size; ++c) {
        const City& city = cities()[c];
        const int count = 1 + city.subBranches;
        for (int b = 0; b < count; ++b) {
            BranchPlan p;
            p.city = int(c);
            p.code = QString::fromLatin1(city.branchCode);
            p.name = QString::fromUtf8(city.branchName);
            if (b > 0) {
                p.parent = p.code;
                p.code += QStringLiteral("-%1").arg(b, 2, 10, QLatin1Char('0'));
                p.name = QString::fromUtf8(city.shortName) +
                         QString::fromUtf8(city.subBranchNames[std::size_t(b - 1)]);
            }
            p.share = double(city.weight) / totalWeight / count;
            p.rms = std::max(2, int(std::llround(double(customers) * p.share / 2000.0)));
            plan.push_back(p);
        }
    }
    return plan;
}

namespace {

QString lowerCode(const QString& code)
{
    return code.toLower();
}

} // namespace

bool writeBranches(QSqlDatabase& db, const std::vector<BranchPlan>& plan, QString* why)
{
    if (!db.transaction()) {
        *why = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO branches (code, name, parent_code) VALUES (?, ?, ?) "
                             "ON CONFLICT (code) DO UPDATE SET name = excluded.name, "
                             "parent_code = excluded.parent_code"));
    for (const BranchPlan& b : plan) {
        q.addBindValue(b.code);
        q.addBindValue(b.name);
        q.addBindValue(b.parent.isEmpty() ? QVariant() : QVariant(b.parent));
        if (!q.exec()) {
            *why = q.lastError().text();
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        *why = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

bool planStaff(Vault& vault, const std::vector<BranchPlan>& plan, std::uint64_t seed,
               StaffPlan* staff, StoreError* error)
{
    struct Wanted
    {
        QString name;
        Role role;
        int branch; // -1: none
    };
    QList<Wanted> wanted;
    for (int b = 0; b < int(plan.size()); ++b) {
        const BranchPlan& p = plan[std::size_t(b)];
        wanted.append({QStringLiteral("sup.") + lowerCode(p.code), Role::Supervisor, b});
        for (int r = 1; r <= p.rms; ++r)
            wanted.append({QStringLiteral("rm.%1.%2")
                               .arg(lowerCode(p.code))
                               .arg(r, p.rms > 99 ? 3 : 2, 10, QLatin1Char('0')),
                           Role::Rm, b});
    }
    wanted.append({QStringLiteral("compliance1"), Role::Compliance, -1});

    QSqlDatabase db = vault.database().connection();
    qint64 nextId = 1;
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM users")) || !q.next())
            return fail(error, StoreError::Failed, q.lastError().text());
        nextId = q.value(0).toLongLong() + 1;
    }
    *staff = StaffPlan();
    staff->rmIds.resize(plan.size());
    staff->supervisorIds.resize(plan.size(), 0);
    Rng names(seed ^ 0x5eed5eed5eedULL); // staff names do not disturb the customers' stream
    UserStore users(db);
    for (const Wanted& w : wanted) {
        const QString branch = w.branch < 0 ? QString() : plan[std::size_t(w.branch)].code;
        std::string fullName = surnames()[names.below(surnames().size)].name;
        const auto& chars = names.chance(0.5) ? maleGivenChars() : femaleGivenChars();
        fullName += chars[names.below(chars.size)];
        fullName += chars[names.below(chars.size)];
        const auto user = users.find(w.name);
        if (user && (user->role != w.role || user->branch != branch))
            return fail(error, StoreError::Invalid,
                        Vault::tr("A user named %1 already exists with another role or branch; "
                                  "the demo staff cannot be created.")
                            .arg(w.name));
        // Users that exist with the same role and branch are kept (a failed run can be
        // repeated); the others get the next ids, in this order.
        qint64 id = 0;
        if (user) {
            id = user->id;
        } else {
            id = nextId++;
            staff->newUsers.append(
                NewUser{w.name, QString::fromStdString(fullName), w.role, branch});
            staff->newIds.append(id);
        }
        if (w.role == Role::Rm)
            staff->rmIds[std::size_t(w.branch)].push_back(id);
        else if (w.role == Role::Supervisor)
            staff->supervisorIds[std::size_t(w.branch)] = id;
        else
            staff->complianceId = id;
        if (staff->names.size() <= std::size_t(id))
            staff->names.resize(std::size_t(id) + 1);
        staff->names[std::size_t(id)] = w.name.toStdString();
    }
    return true;
}

QStringList StaffPlan::newNames() const
{
    QStringList n;
    for (const NewUser& u : newUsers)
        n << u.name;
    return n;
}

SlotDeriver::SlotDeriver(const Vault& vault, const QList<NewUser>& users,
                         const SecretBytes& password)
    : m_slots(users.size())
    , m_count(int(users.size()))
{
    m_timer.start();
    if (users.isEmpty()) {
        m_finished = true;
        return;
    }
    QStringList names;
    for (const NewUser& u : users)
        names << u.name;
    m_thread = std::thread([this, &vault, names, &password] {
        StoreError e;
        const QList<KeySlot> made =
            vault.prepareUserSlots(names, password, KdfProfile::Interactive, &e);
        if (made.size() == m_count) {
            m_slots = made;
            m_done = m_count;
        } else {
            m_error = e;
        }
        m_elapsedMs = m_timer.elapsed();
        m_finished = true;
    });
}

SlotDeriver::~SlotDeriver()
{
    stop();
}

int SlotDeriver::percent() const
{
    return m_count == 0 ? 100 : int(100 * qint64(m_done) / m_count);
}

void SlotDeriver::stop()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
}

bool SlotDeriver::wait(QList<KeySlot>* derived, StoreError* error)
{
    if (m_thread.joinable())
        m_thread.join();
    if (m_done != m_count) {
        *error =
            m_error.ok() ? StoreError::make(StoreError::Failed, Vault::tr("Stopped.")) : m_error;
        return false;
    }
    *derived = m_slots;
    return true;
}

} // namespace rmdesk::demo
