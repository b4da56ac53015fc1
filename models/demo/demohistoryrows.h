#pragma once
// The history rows of one demo customer (interactions, complaints, surveys, stage transitions,
// tasks), made by HistoryMaker on the maker thread and written by HistoryWriter. Contents are the
// histories' own business (models/demo/demohistory.h). Days are Julian day numbers; texts are
// made on the maker thread so that the writer only binds them.

#include <cstdint>
#include <string>
#include <vector>

namespace rmdesk::demo {

// The rule values the histories follow, with the shipped defaults (schemas 2, 8, 9, 10, 11);
// HistoryWriter::loadRules reads those in force from a database.
struct HistoryRules
{
    // lifecycle
    int onboardingMonths = 3;
    int trendMonths = 3;
    double growingPct = 10.0;
    double decliningPct = -10.0;
    int dormantMonths = 6;
    int churnedMonths = 12;
    int wonBackMonths = 3;
    // complaint_clock
    int clockVersion = 1;
    int decisionDays = 15;
    int extendedDays = 30;
    int approvedDays = 60;
    // satisfaction
    int npsPromoterMin = 9;
    int npsDetractorMax = 6;
    int csatFollowUpMax = 2;
    int callbackDays = 2;
    // service_standards
    int followUpDays = 3;
    int callbackHours = 24;
};

// Codes as the stores accept them (indexes into these lists are what the rows hold); in a
// namespace of their own so that they do not meet the generator's file-local tables.
namespace hist {
extern const char* const kInteractionChannels[6]; // ServiceCodes::channels()
extern const char* const kInteractionPurposes[6]; // ServiceCodes::purposes()
extern const char* const kInteractionOutcomes[4]; // ServiceCodes::outcomes()
extern const char* const kComplaintCategories[12];
extern const char* const kComplaintChannels[8];
extern const char* const kComplaintSeverities[3];
extern const char* const kRootCauses[8];
extern const char* const kSurveyTemplates[3]; // post-complaint, post-onboarding, annual-review
extern const char* const kSurveyChannels[7];  // SurveyStore::channels()
extern const char* const kStages[8];          // LifecycleRules::stages(), in that order

// "2026-03-01" of a Julian day.
std::string isoDay(std::int64_t julianDay);

// The notes the histories write (Chinese, as an RM would write them).
namespace notes {
inline constexpr const char* kServiceNotes[] = {
    "客户咨询账户年度对账单的领取方式，已说明手机银行下载路径。",
    "客户申请修改预留手机号，已告知临柜办理所需材料。",
    "客户询问跨行转账到账时间及手续费，已解答。",
    "客户反映手机银行登录异常，已协助重置登录密码。",
    "客户咨询代发工资卡升级事宜，已预约网点办理。",
    "客户需要开立资信证明，已告知办理流程和时限。",
    "客户询问定期存款提前支取的利息计算，已解释。",
    "客户咨询信用卡额度调整，已转交信用卡中心。"};
inline constexpr const char* kAdviceNotes[] = {
    "向客户介绍{p}的收益特点和风险等级，客户表示考虑后答复。",
    "客户关注{p}，已说明申购赎回规则和费用。", "结合客户风险承受能力，建议适当配置{p}。",
    "客户询问{p}近期表现，已提供产品说明书和历史业绩。", "{p}即将到期，与客户沟通续作安排。"};
inline constexpr const char* kReviewNotes[] = {
    "年度资产检视：回顾{p}持仓情况，客户对目前配置基本满意。",
    "定期回访，复核风险测评结果和资产配置，建议保持现有组合。",
    "季度检视持仓，{p}净值波动较大，已向客户解释原因。",
    "与客户回顾家庭财务目标，更新联系方式和资产状况。"};
inline constexpr const char* kCareNotes[] = {
    "节日问候，告知网点近期客户活动安排。", "客户生日致电问候，了解近期资金需求。",
    "邀请客户参加理财沙龙，客户表示有兴趣参加。", "回访客户近况，客户表示对服务满意。",
    "向客户提示防范电信诈骗，客户已知悉。"};
inline constexpr const char* kOtherNotes[] = {"客户来电核实我行工作人员身份，已确认。",
                                              "协助客户预约大额取现。"};
inline constexpr const char* kContinueNotes[] = {"按约回访，客户此前提出的事项已办结。",
                                                 "跟进上次沟通事项，客户确认已处理完毕。",
                                                 "再次联系客户，补充材料已收到，事项办结。"};
inline constexpr const char* kNotReached = "致电客户未接通，稍后再联系。";
inline constexpr const char* kPendingSuffix = "待进一步跟进。";
inline constexpr const char* kComplaintNotes[12] = {
    "客户反映购买理财产品时销售人员未充分揭示风险。",
    "客户对账户管理费和短信通知费的扣收有异议。",
    "客户反映网点排队时间过长，柜员服务态度欠佳。",
    "客户反映账户被冻结后未及时收到通知。",
    "客户反映借记卡在自助设备被吞后处理缓慢。",
    "客户对贷款利率调整和提前还款违约金有异议。",
    "客户对所购基金亏损及赎回资金到账时间不满。",
    "客户反映代销保险产品的犹豫期说明不清楚。",
    "客户反映跨行转账延迟到账，影响资金使用。",
    "客户接到自称我行人员的营销电话，担心个人信息泄露。",
    "客户对信用卡逾期催收电话过于频繁不满。",
    "客户对网点停车和无障碍设施安排不满。"};
inline constexpr const char* kDecisions[] = {"经核实，已向客户退还相关费用并致歉。",
                                             "经调查，业务办理符合规定，已向客户详细解释相关条款。",
                                             "已协调相关部门处理，客户反映的问题已解决。",
                                             "已对相关人员进行批评教育并加强培训，向客户致歉。"};
inline constexpr const char* kCauseNotes[8] = {
    "办理环节过多，已提出流程优化建议。",           "员工业务不熟练，已安排专项培训。",
    "产品条款设计对客户不够友好，已反馈产品部门。", "风险揭示和费用说明不够清楚，已修订告知材料。",
    "系统故障导致处理延迟，已提交科技部门排查。",   "合作机构处理不及时，已督促整改。",
    "客户对业务规则存在误解，已做好解释。",         "其他原因，已记录备查。"};
inline constexpr const char* kExtensionReason = "案情复杂，需调取交易记录并协调相关部门核实。";
inline constexpr const char* kFollowUpNotes[2] = {"投诉处理进展回访，已向客户说明调查进度。",
                                                  "就投诉处理结果与客户沟通，客户表示接受。"};

inline constexpr const char* kWithdrawal = "客户来电表示问题已自行解决，撤回投诉。";
inline constexpr const char* kGoodComments[] = {"客户经理很专业，解释得很清楚。",
                                                "办理很快，感谢。", "服务态度很好。"};
inline constexpr const char* kBadComments[] = {"等候时间太长。", "希望手机银行更好用一些。",
                                               "费用说明不够清楚。"};
} // namespace notes
} // namespace hist

enum TaskState : std::uint8_t { NoTask, TaskOpen, TaskDone };

struct HistoryInteraction
{
    std::int64_t day = 0; // local day (UTC day too: contacts are 01:00-09:59 UTC)
    std::string at;       // UTC, ISO 8601 with milliseconds
    int matter = 0;       // index of the matter's first interaction in the customer's list
    std::uint8_t channel = 0;
    std::uint8_t purpose = 0;
    std::uint8_t outcome = 0;
    std::uint8_t productCount = 0;
    std::uint8_t products[2] = {0, 0}; // indexes into demo::products()
    std::string summary;
    std::int64_t followUpDay = 0; // 0: none
    TaskState task = NoTask;      // the follow-up task its date made
    int doneBy = -1;              // index of the contact that completed that task
};

struct HistoryComplaint
{
    std::int64_t received = 0; // day of receipt
    std::string receivedAt;    // YYYY-MM-DDTHH:MM, local
    std::uint8_t category = 0;
    std::uint8_t channel = 0;
    std::uint8_t severity = 0;
    std::int64_t amountFen = 0;
    std::string summary;
    std::string status; // received, accepted, investigating, decided, closed, withdrawn
    std::int64_t acceptedOn = 0, investigatingOn = 0; // 0: not reached
    std::int64_t extendedOn = 0;                      // 0: not extended
    std::int64_t decidedOn = 0, respondedOn = 0, closedOn = 0, withdrawnOn = 0;
    std::int64_t due = 0; // per the clock: received + period (15, or 30 when extended)
    std::string decision;
    std::string extensionReason;
    int rootCause = -1;
    std::string rootCauseNote;
    std::uint8_t noticeChannel = 1; // complaint_channels index
};

struct HistorySurvey
{
    std::uint8_t kind = 0; // index into kSurveyTemplates
    std::int64_t answered = 0;
    std::uint8_t channel = 0;
    int complaint = -1; // index into the customer's complaints
    int nps = 0, csat = 0, ces = 0;
    std::uint32_t extra = 0;       // draws the options and comments of the other questions
    std::int64_t callbackDone = 0; // the day its callback (if any) was done; 0: still open
};

struct HistoryTransition
{
    int month = 0; // 0 … months-1
    std::uint8_t from = 0, to = 0;
};

struct HistoryRows
{
    std::vector<HistoryInteraction> interactions; // in time order
    std::vector<HistoryComplaint> complaints;
    std::vector<HistorySurvey> surveys;
    std::vector<HistoryTransition> transitions;
    std::vector<std::uint8_t> stages; // per simulated month (0 … months-2): the stage then
};

} // namespace rmdesk::demo
