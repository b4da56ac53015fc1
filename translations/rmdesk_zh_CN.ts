<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Agenda</name>
    <message>
        <source>There is no user %1.</source>
        <translation>不存在用户 %1。</translation>
    </message>
    <message>
        <source>You may look at the tasks of your own branch only.</source>
        <translation>您只能查看本机构的任务。</translation>
    </message>
    <message>
        <source>You may look at your own tasks only; a supervisor sees the branch&apos;s.</source>
        <translation>您只能查看自己的任务；主管可查看本机构的任务。</translation>
    </message>
</context>
<context>
    <name>AssessmentCharts</name>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Average total</source>
        <translation>平均总分</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message numerus="yes">
        <source>%1: average total %2 over %n RM(s)</source>
        <translation>
            <numerusform>%1：%n 位客户经理的平均总分 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: total %2, rank %3</source>
        <translation>%1：总分 %2，排名 %3</translation>
    </message>
    <message>
        <source>Average total by branch</source>
        <translation>各机构平均总分</translation>
    </message>
    <message>
        <source>Totals of the RMs of %1</source>
        <translation>%1 各客户经理总分</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>On-time rate (%)</source>
        <translation>按时处理率（%）</translation>
    </message>
    <message>
        <source>Complaints due</source>
        <translation>到期投诉数</translation>
    </message>
    <message>
        <source>On time (%)</source>
        <translation>按时（%）</translation>
    </message>
    <message>
        <source>%1: %L2 due, %L3 on time, %L4 late (%5)</source>
        <translation>%1：到期 %L2 件，按时 %L3 件，逾期 %L4 件（%5）</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>答卷数</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln response(s), NPS %2, CSAT %3</source>
        <translation>
            <numerusform>%1：%Ln 份答卷，NPS %2，CSAT %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssessmentCsv</name>
    <message>
        <source>Assessment dashboard</source>
        <translation>考核看板</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>RM</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Figures of</source>
        <translation>数据截至</translation>
    </message>
    <message>
        <source>Standards version</source>
        <translation>考核标准版本</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>RMs scored</source>
        <translation>参评客户经理数</translation>
    </message>
    <message>
        <source>Average total</source>
        <translation>平均总分</translation>
    </message>
    <message>
        <source>Complaints due</source>
        <translation>到期投诉数</translation>
    </message>
    <message>
        <source>Complaints decided on time</source>
        <translation>按时处理投诉数</translation>
    </message>
    <message>
        <source>Complaints late</source>
        <translation>逾期处理投诉数</translation>
    </message>
    <message>
        <source>On-time rate (%)</source>
        <translation>按时处理率（%）</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>NPS responses</source>
        <translation>NPS 答卷数</translation>
    </message>
    <message>
        <source>Evaluations signed off</source>
        <translation>已签核绩效评价数</translation>
    </message>
    <message>
        <source>Evaluations in draft</source>
        <translation>绩效评价草稿数</translation>
    </message>
    <message>
        <source>Improvement measures open</source>
        <translation>未完成整改措施数</translation>
    </message>
    <message>
        <source>Improvement measures overdue</source>
        <translation>逾期整改措施数</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际值</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Weight (%)</source>
        <translation>权重（%）</translation>
    </message>
    <message>
        <source>Attainment (%)</source>
        <translation>达成率（%）</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Overall rank</source>
        <translation>总排名</translation>
    </message>
    <message>
        <source>Previous total</source>
        <translation>上期总分</translation>
    </message>
    <message>
        <source>Trend (points)</source>
        <translation>趋势（分）</translation>
    </message>
    <message>
        <source>RMs</source>
        <translation>客户经理数</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Survey responses</source>
        <translation>满意度调查答卷数</translation>
    </message>
    <message>
        <source>CSAT (%)</source>
        <translation>CSAT（%）</translation>
    </message>
    <message>
        <source>Identity changes awaiting a check</source>
        <translation>待核实的身份信息变更</translation>
    </message>
    <message>
        <source>Identity changes late for their check</source>
        <translation>逾期未核实的身份信息变更</translation>
    </message>
</context>
<context>
    <name>AssessmentDashboard</name>
    <message>
        <source>The trend must not start after the period ends (%1 to %2).</source>
        <translation>趋势的起始月份不能晚于考核期间的结束月份（%1 至 %2）。</translation>
    </message>
    <message>
        <source>There is no active relationship manager %1.</source>
        <translation>不存在有效的客户经理 %1。</translation>
    </message>
    <message>
        <source>Relationship manager %1 is not in your scope.</source>
        <translation>客户经理 %1 不在您的权限范围内。</translation>
    </message>
    <message>
        <source>Relationship manager %1 does not work in branch %2.</source>
        <translation>客户经理 %1 不属于机构 %2。</translation>
    </message>
</context>
<context>
    <name>AssessmentStore</name>
    <message>
        <source>No KPI standards for role %1 and period kind %2 are in force on %3.</source>
        <translation>%3 没有适用于角色 %1、考核周期类型 %2 的有效考核标准。</translation>
    </message>
    <message>
        <source>KPI standards are kept for the roles rm and supervisor, not &quot;%1&quot;.</source>
        <translation>考核标准只适用于角色 rm 和 supervisor，而不是“%1”。</translation>
    </message>
    <message>
        <source>The period kind must be month, quarter or year, not &quot;%1&quot;.</source>
        <translation>考核周期类型须为 month、quarter 或 year，而不是“%1”。</translation>
    </message>
    <message>
        <source>New standards take effect today (%1) or later: give the date as YYYY-MM-DD.</source>
        <translation>新考核标准须自今天（%1）或之后生效：请按 YYYY-MM-DD 格式给出日期。</translation>
    </message>
    <message>
        <source>Give at least one KPI with its weight.</source>
        <translation>请至少给出一项 KPI 及其权重。</translation>
    </message>
    <message>
        <source>Unknown KPI &quot;%1&quot;: use one of %2.</source>
        <translation>未知的 KPI“%1”：请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>KPI %1 is given twice.</source>
        <translation>KPI %1 重复给出。</translation>
    </message>
    <message>
        <source>The weight of %1 must be above 0 and at most 100 (percent).</source>
        <translation>%1 的权重须大于 0 且不超过 100（百分比）。</translation>
    </message>
    <message>
        <source>The target of %1 must be a number above 0.</source>
        <translation>%1 的目标值须为大于 0 的数。</translation>
    </message>
    <message>
        <source>The weights add up to %1 %; they must add up to 100 %.</source>
        <translation>权重合计为 %1%；须合计为 100%。</translation>
    </message>
    <message>
        <source>The newest standards take effect on %1: a new version cannot take effect before that.</source>
        <translation>最新的考核标准于 %1 生效：新版本的生效日期不能早于该日期。</translation>
    </message>
    <message>
        <source>The KPI standards were not saved: %1</source>
        <translation>考核标准未保存：%1</translation>
    </message>
    <message>
        <source>You may read the scorecards of your own branch (%1) only.</source>
        <translation>您只能查看本机构（%1）的考核记分卡。</translation>
    </message>
    <message>
        <source>You may read your own scorecard only.</source>
        <translation>您只能查看自己的考核记分卡。</translation>
    </message>
    <message>
        <source>%1 is not a month; a month looks like 2026-10.</source>
        <translation>%1 不是月份；月份的格式如 2026-10。</translation>
    </message>
    <message>
        <source>The month-end balances of customer %1 are not a series of months and whole amounts in fen. Correct them and try again.</source>
        <translation>客户 %1 的月末余额不是按月份排列、以分为单位的整数金额。请更正后重试。</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>The audit trail cannot be read: %1</source>
        <translation>无法读取审计日志：%1</translation>
    </message>
    <message>
        <source>The audit trail cannot be written: %1</source>
        <translation>无法写入审计日志：%1</translation>
    </message>
    <message>
        <source>audit row %1 follows row %2: the rows between are missing.</source>
        <translation>审计记录 %1 紧跟在记录 %2 之后：中间的记录缺失。</translation>
    </message>
    <message>
        <source>audit row %1 does not link to the row before it: a row was deleted, inserted or moved.</source>
        <translation>审计记录 %1 与前一条记录的链接不符：有记录被删除、插入或移动。</translation>
    </message>
    <message>
        <source>audit row %1 was changed after it was written.</source>
        <translation>审计记录 %1 在写入后被修改。</translation>
    </message>
    <message>
        <source>The audit trail is broken: %1</source>
        <translation>审计日志链已断开：%1</translation>
    </message>
    <message>
        <source>The audit trail is broken: the triggers that keep its rows from being changed or deleted are missing, so rows at its end may have been deleted.</source>
        <translation>审计日志已损坏：防止其记录被修改或删除的触发器不存在，末尾的记录可能已被删除。</translation>
    </message>
    <message>
        <source>audit row %1 is not the row of the anchor kept for it: the trail was written again from that row or before.</source>
        <translation>审计记录 %1 与为其保存的锚点不符：日志已从该记录或更早的记录起被重写。</translation>
    </message>
    <message>
        <source>The audit trail is broken: audit row %1, of a kept anchor, is missing; rows were deleted from its end.</source>
        <translation>审计日志已损坏：保存的锚点所指的审计记录 %1 不存在，末尾的记录已被删除。</translation>
    </message>
</context>
<context>
    <name>ChangeCheckRules</name>
    <message>
        <source>You made this change yourself: another person checks it against the proof (four eyes).</source>
        <translation>这项变更是您本人做的：须由另一人对照证明材料复核（双人复核）。</translation>
    </message>
    <message>
        <source>Say why the change is rejected (at least %1 characters): the RM reads it and it is kept with the restored values.</source>
        <translation>请说明退回变更的原因（至少 %1 个字符）：客户经理会看到，并与恢复的原值一同保存。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The note seems to hold an ID or card number: say what is wrong without it (the numbers are on the profile).</source>
        <translation>说明中似乎含有证件号或卡号：请不写号码说明问题（号码在客户资料中）。</translation>
    </message>
    <message>
        <source>The change is rejected, but nothing was restored: %1 changed again after it. Correct the profile with Edit… (the RM sees the rejection in its history).</source>
        <translation>变更已退回，但未恢复原值：%1 在此之后又被修改过。请用“编辑…”更正资料（客户经理可在变更记录中看到此次退回）。</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
</context>
<context>
    <name>ChangeCheckStore</name>
    <message>
        <source>Change check %1 was already decided (%2 by %3).</source>
        <translation>变更复核 %1 已有结论（%3：%2）。</translation>
    </message>
    <message>
        <source>Change check %1 was not decided: %2</source>
        <translation>变更复核 %1 未能完成：%2</translation>
    </message>
    <message>
        <source>someone decided it at the same time.</source>
        <translation>另一人同时作出了结论。</translation>
    </message>
    <message>
        <source>There is no change check %1 among the customers you may check.</source>
        <translation>在您可复核的客户中没有变更复核 %1。</translation>
    </message>
    <message>
        <source>The change is rejected, but nothing was restored: the old ID number now belongs to another customer. Correct the profile with Edit….</source>
        <translation>变更已退回，但未恢复原值：原证件号码现已属于另一位客户。请用“编辑…”更正资料。</translation>
    </message>
    <message>
        <source>Rejecting would restore %1 as you wrote it yourself: another person decides this check (four eyes).</source>
        <translation>退回将恢复您本人填写的%1：此复核须由另一人决定（双人复核）。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 需要一个值。</translation>
    </message>
    <message>
        <source>%1 takes no value.</source>
        <translation>%1 不接受值。</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>未知选项 %1。</translation>
    </message>
    <message>
        <source>Unknown language %1; use zh_CN or en.</source>
        <translation>未知语言 %1；请使用 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Run &apos;rmdesk-cli --help&apos; for usage.</source>
        <translation>运行 &apos;rmdesk-cli --help&apos; 查看用法。</translation>
    </message>
    <message>
        <source>No command given. Run &apos;rmdesk-cli --help&apos; for usage.</source>
        <translation>未指定命令。运行 &apos;rmdesk-cli --help&apos; 查看用法。</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;. Run &apos;rmdesk-cli --help&apos; for the commands.</source>
        <translation>未知命令 &apos;%1&apos;。运行 &apos;rmdesk-cli --help&apos; 查看可用命令。</translation>
    </message>
    <message>
        <source>No database given: add --db FILE.</source>
        <translation>未指定数据库：请加上 --db 文件。</translation>
    </message>
    <message>
        <source>No user given: add --user NAME.</source>
        <translation>未指定用户：请加上 --user 用户名。</translation>
    </message>
    <message>
        <source>The database file %1 does not exist. Check the path, or create one with &apos;rmdesk-cli init&apos;.</source>
        <translation>数据库文件 %1 不存在。请检查路径，或用 &apos;rmdesk-cli init&apos; 新建。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>An administrator reset your password: choose your own first with &apos;rmdesk-cli --db %1 --user %2 user passwd %2&apos;.</source>
        <translation>管理员已重置您的密码：请先用 &apos;rmdesk-cli --db %1 --user %2 user passwd %2&apos; 设置自己的密码。</translation>
    </message>
    <message>
        <source>Unknown --kdf profile %1; use interactive, moderate or sensitive.</source>
        <translation>未知的 --kdf 强度 %1；请使用 interactive、moderate 或 sensitive。</translation>
    </message>
    <message>
        <source>init takes no arguments besides its options.</source>
        <translation>init 除选项外不接受其他参数。</translation>
    </message>
    <message>
        <source>Name the first administrator with --admin NAME.</source>
        <translation>请用 --admin 用户名 指定第一位管理员。</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it instead.</source>
        <translation>%1 已存在。请换一个名称，或直接打开它。</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <source>Created %1 and its keyring %2.

Recovery key (shown only now; store it offline, apart from the database):

    %3

With it an administrator&apos;s password can be reset when every administrator has forgotten theirs.</source>
        <translation>已创建 %1 及其密钥环 %2。

恢复密钥（仅此一次显示；请离线保存，并与数据库分开存放）：

    %3

当所有管理员都忘记密码时，可凭此密钥重置管理员密码。</translation>
    </message>
    <message>
        <source>user needs a subcommand: add, list, passwd, disable or enable.</source>
        <translation>user 需要子命令：add、list、passwd、disable 或 enable。</translation>
    </message>
    <message>
        <source>user list takes no arguments.</source>
        <translation>user list 不接受参数。</translation>
    </message>
    <message>
        <source>active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>must change password</source>
        <translation>须修改密码</translation>
    </message>
    <message>
        <source>user %1 needs exactly one user name.</source>
        <translation>user %1 需要且只需要一个用户名。</translation>
    </message>
    <message>
        <source>Give the role with --role rm|supervisor|compliance|admin.</source>
        <translation>请用 --role rm|supervisor|compliance|admin 指定角色。</translation>
    </message>
    <message>
        <source>Password for the new user %1: </source>
        <translation>新用户 %1 的密码：</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>已添加 %1（%2）。</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
    <message>
        <source>%1 has a new password and must choose their own at the next sign-in.</source>
        <translation>%1 已设置新密码，下次登录时须自行设置密码。</translation>
    </message>
    <message>
        <source>%1 is enabled and must choose a new password at the next sign-in.</source>
        <translation>%1 已启用，下次登录时须设置新密码。</translation>
    </message>
    <message>
        <source>%1 is disabled; their key slot was removed. Run &apos;rekey&apos; so that old copies of the keyring stop opening the database.</source>
        <translation>%1 已停用，其密钥槽已删除。请运行 &apos;rekey&apos;，使旧的密钥环副本无法再打开数据库。</translation>
    </message>
    <message>
        <source>Unknown user subcommand &apos;%1&apos;.</source>
        <translation>未知的 user 子命令 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>rekey takes no arguments.</source>
        <translation>rekey 不接受参数。</translation>
    </message>
    <message>
        <source>The database has a new key; every active user&apos;s slot was resealed.</source>
        <translation>数据库已更换密钥；每个有效用户的密钥槽均已重新封装。</translation>
    </message>
    <message>
        <source>backup takes only --out FILE.</source>
        <translation>backup 只接受 --out 文件。</translation>
    </message>
    <message>
        <source>Say where the backup goes with --out FILE.</source>
        <translation>请用 --out 文件 指定备份位置。</translation>
    </message>
    <message>
        <source>Backed up to %1 and %2.</source>
        <translation>已备份到 %1 和 %2。</translation>
    </message>
    <message>
        <source>check takes no arguments.</source>
        <translation>check 不接受参数。</translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>数据库文件 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is healthy: pages, structure, key slots and %2 audit rows check out.</source>
        <translation>%1 状态良好：页面、结构、密钥槽及 %2 条审计记录均检查通过。</translation>
    </message>
    <message>
        <source>audit %1 takes no arguments.</source>
        <translation>audit %1 不接受参数。</translation>
    </message>
    <message>
        <source>Unknown audit subcommand &apos;%1&apos;.</source>
        <translation>未知的 audit 子命令 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>--since needs a date like 2026-01-31.</source>
        <translation>--since 需要日期，例如 2026-01-31。</translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation>--limit 需要正整数。</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n row(s) checked.</source>
        <translation>
            <numerusform>审计日志完整：已检查 %n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>recover needs the name of the administrator to give a new password.</source>
        <translation>recover 需要指定要设置新密码的管理员用户名。</translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation>恢复密钥：</translation>
    </message>
    <message>
        <source>The recovery key resets administrators only; %1 is not one. Ask an administrator to reset their password.</source>
        <translation>恢复密钥只能重置管理员的密码；%1 不是管理员。请让管理员为其重置密码。</translation>
    </message>
    <message>
        <source>%1 has a new password.</source>
        <translation>%1 已设置新密码。</translation>
    </message>
    <message>
        <source>Give one customer number.</source>
        <translation>请给出一个客户编号。</translation>
    </message>
    <message>
        <source>Give the customer type with --type individual|institution.</source>
        <translation>请用 --type individual|institution 指定客户类型。</translation>
    </message>
    <message>
        <source>customer add takes options only.</source>
        <translation>customer add 只接受选项。</translation>
    </message>
    <message>
        <source>--unmask needs --reason TEXT; the reason is kept in the audit trail.</source>
        <translation>--unmask 需要 --reason 原因；原因将记入审计日志。</translation>
    </message>
    <message>
        <source>Customer %1 was updated.</source>
        <translation>客户 %1 已更新。</translation>
    </message>
    <message>
        <source>Review recorded; the next one is due on %1.</source>
        <translation>核实已记录；下次核实日期为 %1。</translation>
    </message>
    <message>
        <source>Unknown customer subcommand &apos;%1&apos;.</source>
        <translation>未知的 customer 子命令 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>demo takes only --customers N, --seed S and --months M.</source>
        <translation>demo 只接受 --customers 数量、--seed 种子 和 --months 月数。</translation>
    </message>
    <message>
        <source>Say how many customers to generate with --customers N (1 to %1).</source>
        <translation>请用 --customers 数量 指定要生成的客户数（1 至 %1）。</translation>
    </message>
    <message>
        <source>--seed needs a whole number of 0 or more.</source>
        <translation>--seed 需要大于或等于 0 的整数。</translation>
    </message>
    <message>
        <source>--months needs a number from 1 to %1.</source>
        <translation>--months 需要 1 至 %1 之间的数字。</translation>
    </message>
    <message>
        <source>Password for the demo users: </source>
        <translation>演示用户的密码：</translation>
    </message>
    <message>
        <source>Say what to search for: a name, pinyin, mobile digits or the end of an ID number.</source>
        <translation>请输入要搜索的内容：姓名、拼音、手机号码数字或证件号码末几位。</translation>
    </message>
    <message>
        <source>%1 found in %2 ms</source>
        <translation>找到 %1 条，用时 %2 毫秒</translation>
    </message>
    <message>
        <source>customer list takes --branch CODE, --rm NAME, --tier, --stage, --risk, --status, --review-overdue, --expiring-within DAYS, --sort number|name|created|tier|aum|next-review, --desc, --limit N, and --offset N or (sorted by number) --after ID.</source>
        <translation>customer list 接受 --branch 机构、--rm 客户经理、--tier、--stage、--risk、--status、--review-overdue、--expiring-within 天数、--sort number|name|created|tier|aum|next-review、--desc、--limit 条数，以及 --offset 位置 或（按编号排序时）--after 编号。</translation>
    </message>
    <message>
        <source>%1 is not a customer or request number.</source>
        <translation>%1 不是客户编号或申请编号。</translation>
    </message>
    <message>
        <source>customer duplicates takes at most one customer.</source>
        <translation>customer duplicates 最多接受一个客户编号。</translation>
    </message>
    <message>
        <source>Give the two customer numbers.</source>
        <translation>请给出两个客户编号。</translation>
    </message>
    <message>
        <source>Give the customer to keep, then the one to merge into it.</source>
        <translation>请先给出要保留的客户编号，再给出要并入的客户编号。</translation>
    </message>
    <message>
        <source>%1 takes no numbers.</source>
        <translation>%1 不接受编号。</translation>
    </message>
    <message>
        <source>Give one request number.</source>
        <translation>请给出一个申请编号。</translation>
    </message>
    <message>
        <source>Give the date the relationship ended with --on YYYY-MM-DD.</source>
        <translation>请用 --on YYYY-MM-DD 给出客户关系终止日期。</translation>
    </message>
    <message numerus="yes">
        <source>%n likely duplicate pair(s)</source>
        <translation>
            <numerusform>%n 对疑似重复客户</numerusform>
        </translation>
    </message>
    <message>
        <source>Customers %1 and %2 are no longer flagged as duplicates.</source>
        <translation>客户 %1 和 %2 不再被标记为重复。</translation>
    </message>
    <message>
        <source>Merge request %1 is waiting for a supervisor&apos;s approval.</source>
        <translation>合并申请 %1 正在等待主管审批。</translation>
    </message>
    <message>
        <source>Customer %1 was merged into %2.</source>
        <translation>客户 %1 已并入客户 %2。</translation>
    </message>
    <message>
        <source>Merge request %1 was rejected.</source>
        <translation>合并申请 %1 已被驳回。</translation>
    </message>
    <message>
        <source>No merge requests.</source>
        <translation>没有合并申请。</translation>
    </message>
    <message>
        <source>The relationship with customer %1 ended on %2.</source>
        <translation>与客户 %1 的关系已于 %2 终止。</translation>
    </message>
    <message>
        <source>The relationship with customer %1 is active again.</source>
        <translation>与客户 %1 的关系已恢复。</translation>
    </message>
    <message>
        <source>Customer %1 is held for an AML investigation.</source>
        <translation>客户 %1 已因反洗钱调查被保全。</translation>
    </message>
    <message>
        <source>Customer %1 is no longer held.</source>
        <translation>客户 %1 已解除保全。</translation>
    </message>
    <message>
        <source>Purge request %1 is waiting for approval by a %2.</source>
        <translation>清除申请 %1 正在等待%2审批。</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>compliance officer</source>
        <translation>合规人员</translation>
    </message>
    <message>
        <source>Customer %1 was purged.</source>
        <translation>客户 %1 已被清除。</translation>
    </message>
    <message>
        <source>Purge request %1 was rejected.</source>
        <translation>清除申请 %1 已被驳回。</translation>
    </message>
    <message>
        <source>request %1	customer %2	ended %3	%4	%5 (%6)</source>
        <translation>申请 %1	客户 %2	终止于 %3	%4	%5（%6）</translation>
    </message>
    <message>
        <source>eligible	customer %1	ended %2</source>
        <translation>可清除	客户 %1	终止于 %2</translation>
    </message>
    <message>
        <source>No purge requests and no customers past retention.</source>
        <translation>没有清除申请，也没有已过保存期限的客户。</translation>
    </message>
    <message>
        <source>complaint needs a subcommand: open, show, list, accept, investigate, extend, pause, resume, new-facts, decide, notify, respond, dispute, close, withdraw, merge, reopen, cause, action, causes or choices.</source>
        <translation>complaint 需要子命令：open、show、list、accept、investigate、extend、pause、resume、new-facts、decide、notify、respond、dispute、close、withdraw、merge、reopen、cause、action、causes 或 choices。</translation>
    </message>
    <message>
        <source>Unknown complaint subcommand &apos;%1&apos;.</source>
        <translation>未知的 complaint 子命令 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>Give one complaint number.</source>
        <translation>请给出一个投诉编号。</translation>
    </message>
    <message>
        <source>complaint %1 takes options only.</source>
        <translation>complaint %1 只接受选项。</translation>
    </message>
    <message>
        <source>%1 needs a date like 2026-03-16.</source>
        <translation>%1 需要日期，例如 2026-03-16。</translation>
    </message>
    <message>
        <source>--customer needs a customer number.</source>
        <translation>--customer 需要客户编号。</translation>
    </message>
    <message>
        <source>Give --customer ID, or --complainant NAME --contact TEXT for someone who is not a customer.</source>
        <translation>请给出 --customer 编号；投诉人不是客户时，请给出 --complainant 姓名 --contact 联系方式。</translation>
    </message>
    <message>
        <source>Give the channel with --channel NAME.</source>
        <translation>请用 --channel 渠道 指定投诉渠道。</translation>
    </message>
    <message>
        <source>Give the category with --category NAME.</source>
        <translation>请用 --category 类别 指定投诉类别。</translation>
    </message>
    <message>
        <source>Give the summary with --summary TEXT.</source>
        <translation>请用 --summary 摘要 给出投诉摘要。</translation>
    </message>
    <message>
        <source>Give the day it was received with --received YYYY-MM-DD[THH:MM].</source>
        <translation>请用 --received YYYY-MM-DD[THH:MM] 给出收到投诉的日期。</translation>
    </message>
    <message>
        <source>--amount needs yuan, like 1234.56.</source>
        <translation>--amount 需要以元为单位的金额，例如 1234.56。</translation>
    </message>
    <message>
        <source>--group-size needs a number of people.</source>
        <translation>--group-size 需要人数。</translation>
    </message>
    <message>
        <source>--due-within needs a number of days.</source>
        <translation>--due-within 需要天数。</translation>
    </message>
    <message>
        <source>Unknown --status %1; use one of: %2.</source>
        <translation>未知的 --status %1；请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>--offset needs a number.</source>
        <translation>--offset 需要数字。</translation>
    </message>
    <message>
        <source>Give the new deadline with --to 30 or --to 60 (days).</source>
        <translation>请用 --to 30 或 --to 60（天）给出新的处理期限。</translation>
    </message>
    <message>
        <source>Say why with --reason TEXT.</source>
        <translation>请用 --reason 原因 说明理由。</translation>
    </message>
    <message>
        <source>Give the first day of the pause with --from DATE.</source>
        <translation>请用 --from 日期 给出暂停计时的起始日。</translation>
    </message>
    <message>
        <source>Say what is appraised or tested with --reason TEXT.</source>
        <translation>请用 --reason 原因 说明鉴定或检测的内容。</translation>
    </message>
    <message>
        <source>Give the day the clock runs again with --at DATE.</source>
        <translation>请用 --at 日期 给出恢复计时的日期。</translation>
    </message>
    <message>
        <source>Give the day the new facts were received with --at DATE.</source>
        <translation>请用 --at 日期 给出收到新事实的日期。</translation>
    </message>
    <message>
        <source>Say what the new facts are with --summary TEXT.</source>
        <translation>请用 --summary 摘要 说明新事实。</translation>
    </message>
    <message>
        <source>Give the day of the decision with --at DATE.</source>
        <translation>请用 --at 日期 给出作出处理决定的日期。</translation>
    </message>
    <message>
        <source>Give the decision with --decision TEXT.</source>
        <translation>请用 --decision 决定内容 给出处理决定。</translation>
    </message>
    <message>
        <source>Give the day the complainant was told with --at DATE.</source>
        <translation>请用 --at 日期 给出告知投诉人的日期。</translation>
    </message>
    <message>
        <source>Give how they were told with --channel NAME.</source>
        <translation>请用 --channel 渠道 给出告知方式。</translation>
    </message>
    <message>
        <source>Give either --accepts or --disputes.</source>
        <translation>请给出 --accepts 或 --disputes 之一。</translation>
    </message>
    <message>
        <source>Give either --referral mediation|arbitration|litigation --body TEXT, or --outcome TEXT.</source>
        <translation>请给出 --referral mediation|arbitration|litigation --body 受理机构，或 --outcome 结果。</translation>
    </message>
    <message>
        <source>Name the body it is referred to with --body TEXT.</source>
        <translation>请用 --body 受理机构 写明争议提交的机构。</translation>
    </message>
    <message>
        <source>Give the day the withdrawal arrived with --at DATE.</source>
        <translation>请用 --at 日期 给出收到撤回的日期。</translation>
    </message>
    <message>
        <source>Say how it was withdrawn with --reason TEXT.</source>
        <translation>请用 --reason 原因 说明投诉是如何撤回的。</translation>
    </message>
    <message>
        <source>Give the earlier complaint with --into ID.</source>
        <translation>请用 --into 编号 给出更早的那项投诉。</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n 项投诉</numerusform>
        </translation>
    </message>
    <message>
        <source>complaint action needs add, done or list.</source>
        <translation>complaint action 需要 add、done 或 list。</translation>
    </message>
    <message>
        <source>Give one improvement action number.</source>
        <translation>请给出一个改进措施编号。</translation>
    </message>
    <message>
        <source>complaint choices lists category, cause or channel.</source>
        <translation>complaint choices 可列出 category、cause 或 channel。</translation>
    </message>
    <message>
        <source>Give the root cause with --cause NAME.</source>
        <translation>请用 --cause 原因类别 给出根本原因。</translation>
    </message>
    <message>
        <source>complaint action add needs --description TEXT --owner NAME --due YYYY-MM-DD.</source>
        <translation>complaint action add 需要 --description 描述 --owner 用户名 --due YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>--at needs a date like 2026-03-16.</source>
        <translation>--at 需要日期，例如 2026-03-16。</translation>
    </message>
    <message>
        <source>--by is month or quarter.</source>
        <translation>--by 须为 month 或 quarter。</translation>
    </message>
    <message>
        <source>--from and --to need a month like 2026-03.</source>
        <translation>--from 和 --to 需要月份，例如 2026-03。</translation>
    </message>
    <message>
        <source>Improvement action %1 is done.</source>
        <translation>改进措施 %1 已完成。</translation>
    </message>
    <message>
        <source>No improvement actions.</source>
        <translation>没有改进措施。</translation>
    </message>
    <message>
        <source>No root causes recorded in that period.</source>
        <translation>该期间没有记录根本原因。</translation>
    </message>
    <message>
        <source>%1 needs a subcommand: %2.</source>
        <translation>%1 需要子命令：%2。</translation>
    </message>
    <message>
        <source>Give one task number.</source>
        <translation>请给出一个任务编号。</translation>
    </message>
    <message>
        <source>%1 %2 takes options only.</source>
        <translation>%1 %2 只接受选项。</translation>
    </message>
    <message>
        <source>--customer and --limit need a positive number.</source>
        <translation>--customer 和 --limit 需要正整数。</translation>
    </message>
    <message>
        <source>Give the customer with --customer ID.</source>
        <translation>请用 --customer ID 指定客户。</translation>
    </message>
    <message>
        <source>interaction add needs --channel %1, --purpose %2 and --summary TEXT.</source>
        <translation>interaction add 需要 --channel %1、--purpose %2 和 --summary 文本。</translation>
    </message>
    <message>
        <source>Give the next follow-up as --follow-up YYYY-MM-DD.</source>
        <translation>请用 --follow-up YYYY-MM-DD 给出下次跟进日期。</translation>
    </message>
    <message>
        <source>Give the time of the contact as --at YYYY-MM-DD or YYYY-MM-DDTHH:MM.</source>
        <translation>请用 --at YYYY-MM-DD 或 YYYY-MM-DDTHH:MM 给出接触时间。</translation>
    </message>
    <message>
        <source>--continues needs the number of an interaction.</source>
        <translation>--continues 需要一条服务记录的编号。</translation>
    </message>
    <message>
        <source>Give the due date with --due YYYY-MM-DD.</source>
        <translation>请用 --due YYYY-MM-DD 给出到期日。</translation>
    </message>
    <message>
        <source>task snooze needs --until YYYY-MM-DD and --reason TEXT.</source>
        <translation>task snooze 需要 --until YYYY-MM-DD 和 --reason 文本。</translation>
    </message>
    <message>
        <source>Say who takes the task over with --to NAME.</source>
        <translation>请用 --to 用户名 指定接手任务的人。</translation>
    </message>
    <message>
        <source>Give the period as --from YYYY-MM-DD --to YYYY-MM-DD.</source>
        <translation>请用 --from YYYY-MM-DD --to YYYY-MM-DD 给出统计期间。</translation>
    </message>
    <message>
        <source>Interaction %1 recorded.</source>
        <translation>服务记录 %1 已登记。</translation>
    </message>
    <message>
        <source>Follow-up task %1 for %2 is due on %3.</source>
        <translation>跟进任务 %1 已派给 %2，到期日 %3。</translation>
    </message>
    <message>
        <source>No interactions recorded for customer %1.</source>
        <translation>客户 %1 尚无服务记录。</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>不存在用户 %1。</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>没有待办事项。</translation>
    </message>
    <message>
        <source>Task %1 added.</source>
        <translation>任务 %1 已添加。</translation>
    </message>
    <message>
        <source>Task %1 is done.</source>
        <translation>任务 %1 已完成。</translation>
    </message>
    <message>
        <source>Task %1 comes back on %2.</source>
        <translation>任务 %1 将于 %2 重新出现。</translation>
    </message>
    <message>
        <source>Task %1 is now %2&apos;s.</source>
        <translation>任务 %1 已转派给 %2。</translation>
    </message>
    <message>
        <source>%1 to %2: on-time follow-ups %3, first-contact resolution %4</source>
        <translation>%1 至 %2：按时跟进率 %3，首次接触解决率 %4</translation>
    </message>
    <message>
        <source>stage set needs --stage %1 and --reason TEXT.</source>
        <translation>stage set 需要 --stage %1 和 --reason 文本。</translation>
    </message>
    <message>
        <source>Give the month as --month YYYY-MM.</source>
        <translation>请用 --month YYYY-MM 给出月份。</translation>
    </message>
    <message>
        <source>Give the months as --from YYYY-MM and --to YYYY-MM.</source>
        <translation>请用 --from YYYY-MM 和 --to YYYY-MM 给出月份。</translation>
    </message>
    <message>
        <source>--from must not come after --to.</source>
        <translation>--from 不能晚于 --to。</translation>
    </message>
    <message>
        <source>Ask for at most 20 years of months at a time.</source>
        <translation>一次最多查询 20 年的月份。</translation>
    </message>
    <message>
        <source>--by takes branch, rm or segment.</source>
        <translation>--by 须为 branch、rm 或 segment。</translation>
    </message>
    <message>
        <source>%1 had been run already; nothing changed.</source>
        <translation>%1 已运行过；没有任何变化。</translation>
    </message>
    <message>
        <source>Stages of %1 assigned to %2 customers: %3 changed, %4 kept at an override, in %5 s.</source>
        <translation>已为 %2 位客户评定 %1 的阶段：%3 位有变更，%4 位保持人工调整的阶段，用时 %5 秒。</translation>
    </message>
    <message>
        <source>Customer %1 is now %2 (was %3); the monthly run keeps it through %4.</source>
        <translation>客户 %1 现为%2（原为%3）；每月评定将保持该阶段至 %4。</translation>
    </message>
    <message>
        <source>monthly rules</source>
        <translation>月度规则</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>手动设置</translation>
    </message>
    <message>
        <source>Customer %1 has no stage transitions yet.</source>
        <translation>客户 %1 尚无阶段变更记录。</translation>
    </message>
    <message>
        <source>month	active	new	won back	churned	net new	churn rate	12-month retention	AUM retention</source>
        <translation>月份	有效	新增	已挽回	已流失	净增	流失率	12 个月留存率	资产规模留存率</translation>
    </message>
    <message>
        <source>cohort	size	retained by month</source>
        <translation>同期群	人数	各月留存率</translation>
    </message>
    <message>
        <source>survey needs a subcommand: %1.</source>
        <translation>survey 需要子命令：%1。</translation>
    </message>
    <message>
        <source>Use: survey template list [--all].</source>
        <translation>用法：survey template list [--all]。</translation>
    </message>
    <message>
        <source>survey %1 takes options only.</source>
        <translation>survey %1 只接受选项。</translation>
    </message>
    <message>
        <source>survey record needs --customer ID, --template NAME and --answers KEY=VALUE[,KEY=VALUE...].</source>
        <translation>survey record 需要 --customer 编号、--template 名称 和 --answers KEY=VALUE[,KEY=VALUE...]。</translation>
    </message>
    <message>
        <source>--template-version needs a version number.</source>
        <translation>--template-version 需要版本号。</translation>
    </message>
    <message>
        <source>Give the day of the answer as --at YYYY-MM-DD.</source>
        <translation>请用 --at YYYY-MM-DD 给出作答日期。</translation>
    </message>
    <message>
        <source>--interaction and --complaint need a record number.</source>
        <translation>--interaction 和 --complaint 需要记录编号。</translation>
    </message>
    <message>
        <source>--by takes rm, branch, segment, channel or month.</source>
        <translation>--by 须为 rm、branch、segment、channel 或 month。</translation>
    </message>
    <message>
        <source>Give one CSV file: survey import FILE.csv.</source>
        <translation>请给出一个 CSV 文件：survey import FILE.csv。</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>Callback task %1 for %2 is due on %3.</source>
        <translation>回访任务 %1 已派给 %2，将于 %3 到期。</translation>
    </message>
    <message>
        <source>No survey responses for customer %1.</source>
        <translation>客户 %1 尚无满意度调查答卷。</translation>
    </message>
    <message>
        <source>Survey response %1: customer %2 (%3), %4 version %5, answered on %6 by %7</source>
        <translation>满意度调查答卷 %1：客户 %2（%3），%4 第 %5 版，%6 通过%7作答</translation>
    </message>
    <message>
        <source>Callback task: %1</source>
        <translation>回访任务：%1</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The report %1 cannot be written: %2</source>
        <translation>无法写入报告 %1：%2</translation>
    </message>
    <message>
        <source>%1 row(s) read, %2 imported, %3 rejected, %4 callback task(s).</source>
        <translation>读取 %1 行，导入 %2 行，拒绝 %3 行，回访任务 %4 项。</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>试运行：未写入任何数据。</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>line %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message>
        <source>Give one %1 number.</source>
        <translation>请给出一个 %1 编号。</translation>
    </message>
    <message>
        <source>Give the period as YYYY-MM, YYYY-Qn or YYYY.</source>
        <translation>请按 YYYY-MM、YYYY-Qn 或 YYYY 格式给出期间。</translation>
    </message>
    <message>
        <source>kpi set needs --from YYYY-MM-DD and --kpis KPI=WEIGHT:TARGET[:higher|lower],…</source>
        <translation>kpi set 需要 --from YYYY-MM-DD 和 --kpis KPI=WEIGHT:TARGET[:higher|lower],…</translation>
    </message>
    <message>
        <source>evaluation create needs --rm NAME and --period P.</source>
        <translation>evaluation create 需要 --rm 用户名 和 --period 期间。</translation>
    </message>
    <message>
        <source>evaluation rate needs --rating 1-5 and --comment TEXT.</source>
        <translation>evaluation rate 需要 --rating 1-5 和 --comment 文本。</translation>
    </message>
    <message>
        <source>spotcheck sample needs --period P and --size N.</source>
        <translation>spotcheck sample 需要 --period 期间 和 --size 数量。</translation>
    </message>
    <message>
        <source>--seed needs a number of 0 or more.</source>
        <translation>--seed 需要大于或等于 0 的数。</translation>
    </message>
    <message>
        <source>spotcheck finding needs --item N and --result ok|issue.</source>
        <translation>spotcheck finding 需要 --item 序号 和 --result ok|issue。</translation>
    </message>
    <message>
        <source>--source-id needs a number.</source>
        <translation>--source-id 需要一个编号。</translation>
    </message>
    <message>
        <source>measure add needs --title TEXT, --owner NAME and --due YYYY-MM-DD.</source>
        <translation>measure add 需要 --title 标题、--owner 用户名 和 --due YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>measure done needs --note TEXT saying what was done.</source>
        <translation>measure done 需要用 --note 文本 说明所做的工作。</translation>
    </message>
    <message>
        <source>KPI standards version %1 for %2 (%3) take effect on %4.</source>
        <translation>%2（%3）的考核标准第 %1 版将于 %4 生效。</translation>
    </message>
    <message>
        <source>No KPI standards for %1 (%2).</source>
        <translation>没有 %1（%2）的考核标准。</translation>
    </message>
    <message>
        <source>%1 / %2, version %3 from %4 (%5):
</source>
        <translation>%1 / %2，第 %3 版，自 %4 起生效（%5 设置）：
</translation>
    </message>
    <message>
        <source>Scorecards for %1 (standards version %2):
</source>
        <translation>%1 考核记分卡（考核标准第 %2 版）：
</translation>
    </message>
    <message>
        <source>  %1 %2  total %3  rank %4  trend %5
</source>
        <translation>  %1 %2  加权总分 %3  排名 %4  趋势 %5
</translation>
    </message>
    <message>
        <source>Branch %1: %2 RMs, average total %3
</source>
        <translation>机构 %1：%2 位客户经理，平均加权总分 %3
</translation>
    </message>
    <message>
        <source>Evaluation %1 of %2 for %3: score %4, rank %5.</source>
        <translation>绩效评价 %1（%2，%3）：得分 %4，排名 %5。</translation>
    </message>
    <message>
        <source>Evaluation %1 rated %2 (%3).</source>
        <translation>绩效评价 %1 已评级为 %2（%3）。</translation>
    </message>
    <message>
        <source>Evaluation %1 signed off; it can no longer be changed.</source>
        <translation>绩效评价 %1 已签核，不能再修改。</translation>
    </message>
    <message>
        <source>Evaluation %1: %2, %3, score %4, rating %5, %6
%7</source>
        <translation>绩效评价 %1：%2，%3，得分 %4，评级 %5，%6
%7</translation>
    </message>
    <message>
        <source>No evaluations.</source>
        <translation>没有绩效评价。</translation>
    </message>
    <message>
        <source>%1  %2 %3  %4 items, %5 checked, %6 issues
</source>
        <translation>%1  %2 %3  共 %4 项，已检查 %5 项，发现问题 %6 项
</translation>
    </message>
    <message>
        <source>No spot checks.</source>
        <translation>没有抽查。</translation>
    </message>
    <message>
        <source>Spot check %1 of %2 for %3 (seed %4):
</source>
        <translation>抽查 %1（机构 %2，%3，随机种子 %4）：
</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation> （已逾期）</translation>
    </message>
    <message>
        <source>No improvement measures.</source>
        <translation>没有整改措施。</translation>
    </message>
    <message>
        <source>Measure %1: %2, owner %3, due %4, %5</source>
        <translation>整改措施 %1：%2，负责人 %3，截止日期 %4，%5</translation>
    </message>
    <message>
        <source>%1 could not be written. Check that its folder exists and that you may write there.</source>
        <translation>无法写入 %1。请检查其所在文件夹是否存在，以及您是否有写入权限。</translation>
    </message>
    <message>
        <source>report needs a dashboard: retention or assessment.</source>
        <translation>report 需要指定看板：retention 或 assessment。</translation>
    </message>
    <message>
        <source>report %1 takes options only.</source>
        <translation>report %1 只接受选项。</translation>
    </message>
    <message>
        <source>report needs --out FILE.pdf, FILE.png or FILE.csv.</source>
        <translation>report 需要 --out FILE.pdf、FILE.png 或 FILE.csv。</translation>
    </message>
    <message>
        <source>%1: the report&apos;s file name must end in .pdf, .png or .csv.</source>
        <translation>%1：报表文件名须以 .pdf、.png 或 .csv 结尾。</translation>
    </message>
    <message>
        <source>--segment is an option of the retention report only.</source>
        <translation>--segment 只适用于留存报表（retention）。</translation>
    </message>
    <message>
        <source>Unknown segment %1; use %2.</source>
        <translation>未知客群 %1；请使用 %2。</translation>
    </message>
    <message>
        <source>%1 is not over yet: the last complete month is %2.</source>
        <translation>%1 尚未结束：最近一个完整月份是 %2。</translation>
    </message>
    <message>
        <source>The retention dashboard goes back %1 months, to %2: choose a later --from.</source>
        <translation>留存看板最多追溯 %1 个月，即至 %2：请选择更晚的 --from。</translation>
    </message>
    <message>
        <source>report draws the dashboards and needs the widgets of RM Desk; run it as rmdesk-cli report.</source>
        <translation>report 需要绘制看板，须使用客户经理工作台的界面组件；请以 rmdesk-cli report 方式运行。</translation>
    </message>
    <message>
        <source>You may report on your own branch (%1) only.</source>
        <translation>您只能生成本机构（%1）的报表。</translation>
    </message>
    <message>
        <source>There is no branch %1. &apos;rmdesk-cli customer list&apos; shows the branches of your customers.</source>
        <translation>不存在机构 %1。&apos;rmdesk-cli customer list&apos; 可显示您的客户所属的机构。</translation>
    </message>
    <message>
        <source>You may report on your own customers only.</source>
        <translation>您只能生成自己客户的报表。</translation>
    </message>
    <message>
        <source>There is no RM %1 in %2.</source>
        <translation>%2内没有客户经理 %1。</translation>
    </message>
    <message>
        <source>your scope</source>
        <translation>您的权限范围</translation>
    </message>
    <message>
        <source>branch %1</source>
        <translation>机构 %1</translation>
    </message>
    <message>
        <source>The dashboard does not offer this choice of months, branch, RM and segment.</source>
        <translation>看板不支持这一月份、机构、客户经理和客群的组合。</translation>
    </message>
    <message>
        <source>No retention figures yet: an administrator runs the monthly stage assessment first (rmdesk-cli stage run).</source>
        <translation>暂无留存数据：须先由管理员运行每月阶段评定（rmdesk-cli stage run）。</translation>
    </message>
    <message>
        <source>Nobody in this scope held assets from %1 to %2: there is nothing to report.</source>
        <translation>此范围内在 %1 至 %2 期间没有客户持有资产：没有可生成报表的内容。</translation>
    </message>
    <message>
        <source>The assessment dashboard does not offer the period %1 with trends from %2.</source>
        <translation>考核看板不支持期间为 %1、趋势自 %2 起的组合。</translation>
    </message>
    <message>
        <source>No scorecards yet: an administrator runs the monthly stage assessment first (rmdesk-cli stage run).</source>
        <translation>暂无考核记分卡：须先由管理员运行每月阶段评定（rmdesk-cli stage run）。</translation>
    </message>
    <message>
        <source>No RM in this scope has figures for %1: there is nothing to report.</source>
        <translation>此范围内没有客户经理有 %1 的数据：没有可生成报表的内容。</translation>
    </message>
    <message>
        <source>The export could not be recorded in the audit trail, so %1 was removed again: %2</source>
        <translation>导出操作无法记入审计日志，因此已删除 %1：%2</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>export needs what to export: customers.</source>
        <translation>export 需要指定导出内容：customers。</translation>
    </message>
    <message>
        <source>export customers takes only --out FILE, --unmask and --reason.</source>
        <translation>export customers 只接受 --out FILE、--unmask 和 --reason。</translation>
    </message>
    <message>
        <source>Say where to write with --out FILE.csv or --out FILE.xlsx.</source>
        <translation>请用 --out FILE.csv 或 --out FILE.xlsx 指定写入位置。</translation>
    </message>
    <message>
        <source>%1 does not end in .csv or .xlsx; export writes only those formats.</source>
        <translation>%1 不是以 .csv 或 .xlsx 结尾；export 只能写入这两种格式。</translation>
    </message>
    <message>
        <source>exporting customers %1/%2</source>
        <translation>正在导出客户 %1/%2</translation>
    </message>
    <message>
        <source>Exported %1 customers to %2.</source>
        <translation>已将 %1 位客户导出到 %2。</translation>
    </message>
    <message>
        <source>Use: import customers FILE.csv [--dry-run] [--all-or-nothing] [--report FILE.csv] [--encoding utf-8|gb18030] [--duplicates skip|update].</source>
        <translation>用法：import customers FILE.csv [--dry-run] [--all-or-nothing] [--report FILE.csv] [--encoding utf-8|gb18030] [--duplicates skip|update]。</translation>
    </message>
    <message>
        <source>--encoding takes utf-8 or gb18030.</source>
        <translation>--encoding 只接受 utf-8 或 gb18030。</translation>
    </message>
    <message>
        <source>--duplicates takes skip or update.</source>
        <translation>--duplicates 只接受 skip 或 update。</translation>
    </message>
    <message>
        <source>--report needs a file name.</source>
        <translation>--report 需要文件名。</translation>
    </message>
    <message>
        <source>importing customers %1%</source>
        <translation>正在导入客户 %1%</translation>
    </message>
    <message>
        <source>%1 rows: %2 new, %3 updated, %4 skipped (already on file), %5 rejected.</source>
        <translation>共 %1 行：新增 %2 行，更新 %3 行，跳过 %4 行（已存在），拒绝 %5 行。</translation>
    </message>
    <message>
        <source>Nothing was written (--all-or-nothing).</source>
        <translation>未写入任何数据（--all-or-nothing）。</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>报告：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are invalid, so nothing was imported; see the report.</source>
        <translation>
            <numerusform>%n 行无效，因此未导入任何数据；请查看报告。</numerusform>
        </translation>
    </message>
    <message>
        <source>staff</source>
        <translation>员工账户</translation>
    </message>
    <message>
        <source>customers + histories</source>
        <translation>客户与历史记录</translation>
    </message>
    <message>
        <source>indexes</source>
        <translation>索引</translation>
    </message>
    <message>
        <source>search</source>
        <translation>搜索索引</translation>
    </message>
    <message>
        <source>statistics</source>
        <translation>统计信息</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2%</translation>
    </message>
    <message>
        <source>Generated %1 customers (%2 institutions) in %3 branches with %4 new users and %5 products in %6 s.</source>
        <translation>已在 %3 个机构生成 %1 位客户（其中机构客户 %2 位），新增用户 %4 个、产品 %5 种，用时 %6 秒。</translation>
    </message>
    <message>
        <source>Holdings: %1 series with %2 month-end balances over %3 months.</source>
        <translation>持仓：%1 个序列，共 %2 条月末余额，覆盖 %3 个月。</translation>
    </message>
    <message>
        <source>Histories: %1 interactions, %2 complaints (%3 overdue), %4 surveys, %5 stage transitions, %6 tasks.</source>
        <translation>历史记录：互动 %1 条，投诉 %2 件（逾期 %3 件），满意度调查 %4 份，生命周期阶段变更 %5 次，任务 %6 项。</translation>
    </message>
    <message>
        <source>These columns were not imported (no customer field takes them): %1</source>
        <translation>以下列未导入（没有对应的客户字段）：%1</translation>
    </message>
    <message>
        <source>audit needs a subcommand: verify, anchor or list.</source>
        <translation>audit 需要子命令：verify、anchor 或 list。</translation>
    </message>
    <message>
        <source>--anchor goes with audit verify.</source>
        <translation>--anchor 只能与 audit verify 一起使用。</translation>
    </message>
    <message>
        <source>--anchor needs a row number and its hash, like 1234:9f86d0…, as audit anchor printed them.</source>
        <translation>--anchor 需要记录编号及其哈希，例如 1234:9f86d0…，即 audit anchor 输出的形式。</translation>
    </message>
    <message>
        <source>The audit trail has no rows yet.</source>
        <translation>审计日志中还没有记录。</translation>
    </message>
    <message numerus="yes">
        <source>The kept anchors match: %n row(s).</source>
        <translation>
            <numerusform>保存的锚点均相符：%n 条。</numerusform>
        </translation>
    </message>
    <message>
        <source>rules list takes only --on YYYY-MM-DD.</source>
        <translation>rules list 只接受 --on YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>rules history needs the name of a rule set.</source>
        <translation>rules history 需要规则集名称。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not KEY=VALUE.</source>
        <translation>“%1”不是 KEY=VALUE 的形式。</translation>
    </message>
    <message>
        <source>rules set needs a rule set, KEY=VALUE for each rule that changes, --from YYYY-MM-DD and --reason TEXT.</source>
        <translation>rules set 需要规则集名称、每条要修改的规则的 KEY=VALUE、--from YYYY-MM-DD 和 --reason 原因。</translation>
    </message>
    <message>
        <source>rules needs list, history or set.</source>
        <translation>rules 需要子命令：list、history 或 set。</translation>
    </message>
    <message>
        <source>There is no rule set &quot;%1&quot;.</source>
        <translation>没有名为“%1”的规则集。</translation>
    </message>
    <message>
        <source>version %1 from %2, by %3 at %4%5
</source>
        <translation>版本 %1，自 %2 起生效，由 %3 于 %4 发布%5
</translation>
    </message>
    <message>
        <source>Version %1 of %2 takes effect on %3.</source>
        <translation>%2的版本 %1 将于 %3 生效。</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>：%1</translation>
    </message>
    <message>
        <source>Use: import %1 FILE.csv [--dry-run] [--all-or-nothing] [--report FILE.csv] [--encoding utf-8|gb18030].</source>
        <translation>用法：import %1 FILE.csv [--dry-run] [--all-or-nothing] [--report FILE.csv] [--encoding utf-8|gb18030]。</translation>
    </message>
    <message>
        <source>--duplicates goes with import customers only.</source>
        <translation>--duplicates 只能用于 import customers。</translation>
    </message>
    <message>
        <source>--suitability takes insisted (the customer insisted after a special risk warning they confirmed) or declined.</source>
        <translation>--suitability 接受 insisted（客户在确认特别风险警示后仍坚持）或 declined。</translation>
    </message>
    <message>
        <source>customer needs a subcommand: add, show, update, list, review or tiers.</source>
        <translation>customer 需要子命令：add、show、update、list、review 或 tiers。</translation>
    </message>
    <message>
        <source>customer tiers needs --month YYYY-MM: the month whose balances decide.</source>
        <translation>customer tiers 需要 --month YYYY-MM：以该月余额为准。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) changed tier with the balances of %1.</source>
        <translation>
            <numerusform>按 %1 的余额，%n 位客户的层级发生变化。</numerusform>
        </translation>
    </message>
    <message>
        <source>customer checks takes --all (decided ones too) and --limit N.</source>
        <translation>customer checks 只接受 --all（包括已有结论的）和 --limit N。</translation>
    </message>
    <message>
        <source>Change check %1 rejected: the old identity values are back.</source>
        <translation>变更复核 %1 已退回：身份信息已恢复原值。</translation>
    </message>
    <message>
        <source>Change check %1 confirmed.</source>
        <translation>变更复核 %1 已确认。</translation>
    </message>
    <message>
        <source>The identity change is checked by a second person against its proof (change check %1).</source>
        <translation>该身份信息变更将由另一人对照证明材料复核（变更复核 %1）。</translation>
    </message>
    <message>
        <source>customer check needs one change check number and one of --confirm [--note TEXT], --reject --note TEXT or --show [--unmask --reason TEXT].</source>
        <translation>customer check 需要一个变更复核编号，以及 --confirm [--note 文字]、--reject --note 文字 或 --show [--unmask --reason 文字] 之一。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) changed tier under the thresholds now in force.</source>
        <translation>
            <numerusform>%n 位客户按现行门槛调整了客户层级。</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>待复核</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>closed by a merge</source>
        <translation>因合并关闭</translation>
    </message>
    <message>
        <source>Usage: rmdesk-cli [--db FILE] [--user NAME] [--password-stdin] [--json] [--lang zh_CN|en] COMMAND ...

Drives RM Desk&apos;s stores, permission checks and audit trail from scripts.

Commands:
  init --db FILE --admin NAME [--kdf interactive|moderate|sensitive]
                     create a database and its keyring; prints the recovery key once
  user add NAME --role rm|supervisor|compliance|admin [--branch CODE] [--full-name TEXT] [--kdf P]
  user list
  user passwd NAME   your own password, or (administrators) reset another&apos;s
  user disable NAME | user enable NAME
  rekey              a new database key, resealed to every active user
  backup --out FILE  an encrypted copy of the database and its keyring
  check              file integrity, key slots and the audit chain
  audit verify [--anchor N:HASH[,…]]
                     the audit trail&apos;s hash chain (and rows kept outside still there)
  audit anchor       the newest row&apos;s number and hash, to keep outside RM Desk
  audit list [--since DATE] [--user NAME] [--action NAME] [--limit N]
  recover NAME       with the recovery key: give administrator NAME a new password
  customer add --type individual|institution --name TEXT [--id-type T] [--id-number X]
               [--mobile X] [--email X] [--birth-date D] [--branch CODE] [--rm NAME] [--risk-level C1..C5] ...
  customer show ID [--unmask --reason TEXT]
  customer update ID [--FIELD VALUE ...] --reason TEXT [--proof-type T --proof-ref R]
  customer list [--branch CODE] [--rm NAME] [--tier T] [--stage S] [--risk C1-C5]
                [--status active|ended] [--review-overdue] [--expiring-within DAYS]
                [--sort number|name|created|tier|aum|next-review] [--desc]
                [--limit N] [--offset N | --after ID]
  customer review ID --checked TEXT --result confirmed|updated|unreachable
  customer checks [--all] [--limit N]   identity changes waiting for a second person&apos;s check
  customer check ID --confirm [--note TEXT] | customer check ID --reject --note TEXT
                     (supervisors of the branch, compliance; not the one who made it)
  customer check ID --show [--unmask --reason TEXT]   one check (values in the clear: audited)
  customer tiers --month YYYY-MM   tiers again from that month&apos;s balances, with the
                     thresholds in force today (after a new customer_tiers version)
  customer duplicates [ID] [--limit N]
                     likely duplicates: the same name with the same mobile or birth date
  customer not-duplicate A B --reason TEXT   (supervisors) stop flagging a pair
  customer merge KEEP ABSORB --reason TEXT [--take FIELD,FIELD...]
                     ask to merge ABSORB into KEEP (--take: fields whose value comes from ABSORB)
  customer merge-approve REQ [--note TEXT] | customer merge-reject REQ --note TEXT
                     (supervisors of both customers, not the one who asked)
  customer merge-list [--pending]
  customer end ID --on YYYY-MM-DD --reason TEXT   record the end of the relationship
  customer reopen ID --reason TEXT   (supervisors)
  customer hold ID --reason TEXT | customer release ID --reason TEXT   (compliance) AML hold
  customer purge ID --reason TEXT   ask to purge a customer past retention
  customer purge-approve REQ | customer purge-reject REQ --note TEXT
                     a supervisor and a compliance officer: two people, one of each
  customer purge-list [--pending]
  complaint open (--customer ID | --complainant NAME --contact TEXT) --channel NAME
               --category NAME --received YYYY-MM-DD[THH:MM] --summary TEXT
               [--amount YUAN] [--severity low|medium|high]
               [--group-size N --representatives NAME,NAME...]
  complaint show ID [--unmask --reason TEXT]
  complaint list [--overdue] [--due-within DAYS] [--all] [--status S] [--customer ID]
                 [--limit N] [--offset N]   open complaints, most urgent first
  complaint accept ID | complaint investigate ID
  complaint extend ID --to 30|60 --reason TEXT [--at DATE]   (to 60: supervisors)
  complaint pause ID --reason TEXT --from DATE | complaint resume ID --at DATE
  complaint new-facts ID --at DATE --summary TEXT   the clock restarts from DATE
  complaint decide ID --decision TEXT --at DATE | complaint close ID [--at DATE]
                     extend to 60, pause and decide record the notice to the
                     complainant: by default on the day, through the complaint&apos;s own
                     channel; say otherwise with --notice-date D --notice-channel C
  complaint notify ID --at DATE --channel NAME [--about decision|extension|pause|other]
  complaint respond ID --accepts|--disputes [--at DATE]
  complaint dispute ID --referral mediation|arbitration|litigation --body TEXT [--at D]
  complaint dispute ID --outcome TEXT [--at DATE]
  complaint withdraw ID --at DATE --reason TEXT | complaint reopen ID --reason TEXT
  complaint merge ID --into FIRST --reason TEXT   a repeat without new facts
  complaint cause ID --cause NAME [--note TEXT]
  complaint action add ID --description TEXT --owner NAME --due DATE
  complaint action done ACTION [--note TEXT] | complaint action list [--all]
  complaint causes [--from YYYY-MM] [--to YYYY-MM] [--by month|quarter]
  complaint choices [category|cause|channel]
  interaction add --customer ID --channel C --purpose P --summary TEXT
               [--outcome resolved|pending|referred|not_reached] [--products CODE,CODE]
               [--follow-up DATE] [--at DATE[THH:MM]] [--continues ID]
               [--suitability insisted|declined]
                     product advice above the customer&apos;s risk level says how it
                     was handled: insisted (a special risk warning the customer
                     confirmed; never for C1 or unassessed) or declined
                     C: visit, phone, branch, online_banking, wechat, letter
                     P: service_request, product_advice, periodic_review,
                        relationship_care, complaint_follow_up, other
  interaction list --customer ID [--limit N]
  task list [--due-within DAYS] [--overdue] [--assignee NAME | --all]
                     your follow-ups and tasks, reviews due and ID documents expiring
  task add --title TEXT --due DATE [--customer ID] [--assignee NAME]
  task done ID | task snooze ID --until DATE --reason TEXT | task reassign ID --to NAME
  service stats [--from DATE] [--to DATE] [--rm NAME]
                     on-time follow-up rate and first-contact resolution per RM
  survey template list [--all]   templates with their questions (--all: every version)
  survey record --customer ID --template NAME --answers KEY=VALUE[,KEY=VALUE...]
                [--at DATE] [--channel C] [--interaction ID] [--complaint ID]
                [--template-version N]
                     a Multi answer joins option codes with &apos;;&apos;; a detractor (NPS 0-6)
                     or CSAT &lt;= 2 creates a follow-up task for the customer&apos;s RM
  survey list --customer ID [--limit N] | survey show ID
  survey stats [--from DATE] [--to DATE] [--branch CODE] [--rm NAME] [--template NAME]
               [--segment TIER] [--channel C] [--by rm|branch|segment|channel|month]
  survey import FILE.csv [--skip-bad-rows] [--dry-run] [--report FILE.csv]
                     columns: customer_id, template, answered_on, channel,
                     [interaction_id, complaint_id,] one column per question key
  stage run [--month YYYY-MM]   assign every customer&apos;s lifecycle stage for the month
  stage set ID --stage S --reason TEXT   an RM&apos;s override of the monthly rules
  stage history ID               every stage transition of a customer, with its date
  retention stats [--from YYYY-MM] [--to YYYY-MM] [--branch CODE] [--rm NAME]
                  [--by branch|rm|segment] [--cohorts] [--refresh]
                     active, new, won back, churned, churn rate, 12-month and AUM
                     retention per month, as of the last stage run (--refresh: now)
  kpi list [--role rm] [--period-kind month|quarter|year] [--history]
                     the KPI standards in force: weight, target, direction
  kpi set --period-kind K --from YYYY-MM-DD --kpis KPI=WEIGHT:TARGET[:lower],...
                     a new version of the standards (weights add up to 100; admin)
  scorecard [--period YYYY-MM|YYYY-Qn|YYYY] [--branch CODE] [--rm NAME]
                     per RM: each KPI&apos;s actual, target, score; total, rank, trend;
                     branch averages
  evaluation create --rm NAME --period P   the RM&apos;s scorecard as an evaluation draft
  evaluation rate ID --rating 1-5 --comment TEXT | evaluation signoff ID (then locked)
  evaluation show ID | evaluation list [--period P] [--rm NAME] [--status S]
  spotcheck sample --period P --size N [--seed S]   N interactions and N complaints
  spotcheck show ID | spotcheck list
  spotcheck finding ID --item N --result ok|issue [--note TEXT]
  measure add --title T --owner NAME --due DATE [--description TEXT]
              [--source spot_check|complaint|evaluation|other] [--source-id N]
  measure start ID | measure done ID --note TEXT | measure show ID
  measure list [--open] [--overdue]
  report retention|assessment [--from YYYY-MM] [--to YYYY-MM] [--branch CODE] [--rm NAME]
         [--segment mass|affluent|private] --out FILE.pdf|FILE.png|FILE.csv
                     a dashboard as a PDF report, a picture or its numbers (default:
                     the 12 months up to the last complete one). Assessment: the
                     scorecards of the month --to, or of the quarter or year that
                     --from ... --to make up; the trends from --from. --segment:
                     retention only
  import customers FILE.csv [--dry-run] [--all-or-nothing] [--report FILE.csv]
                   [--encoding utf-8|gb18030] [--duplicates skip|update]
                     imports the valid rows and lists every rejected row (line,
                     reason) in the report; --all-or-nothing: nothing unless all
                     are valid; rows whose ID number is on file are skipped or
                     update that customer
  import holdings FILE.csv [--dry-run] [--all-or-nothing] [--report FILE.csv]
                     month-end balances: customer_id (or id_number), product_code,
                     month (YYYY-MM), balance (yuan; 0 when sold out); a month on
                     file is corrected; AUM and tier follow the latest month
  import products FILE.csv [--dry-run] [--all-or-nothing] [--report FILE.csv]
                     the catalogue: code, name, type, risk_level (R1-R5); admin
  rules list [--on YYYY-MM-DD]   the rules in force on a day (default: today)
  rules history NAME             every version of a rule set, with who and why
  rules set NAME KEY=VALUE... --from YYYY-MM-DD --reason TEXT
                     a new version of a rule set from that day (admin); limits a
                     regulation sets can be tightened, not loosened; the complaint
                     lists only grow (KEY=VALUE adds an entry)
  export customers --out FILE.csv|FILE.xlsx [--unmask --reason TEXT]
                     the customers you may see, masked unless --unmask (needs the
                     permission; the reason is audited)

Global options:
  --db FILE          the database (NAME.rmdb); its keyring is FILE.keyring
  --user NAME        the user to act as
  --password-stdin   read passwords from standard input, one per line (yours first)
  --json             print one JSON document on standard output
  --lang zh_CN|en    language of messages (default: the system&apos;s)
  --help             show this help
  --version          show the version

Exit codes: 0 done, 1 the answer is no, 2 usage error, 3 authentication failed,
4 missing, unreadable or damaged database, 5 not permitted for this role.
</source>
        <translation>用法：rmdesk-cli [--db FILE] [--user NAME] [--password-stdin] [--json] [--lang zh_CN|en] COMMAND ...

通过脚本操作客户经理工作台的数据存储、权限检查和审计日志。

命令：
  init --db FILE --admin NAME [--kdf interactive|moderate|sensitive]
                     创建数据库及其密钥环；恢复密钥只显示一次
  user add NAME --role rm|supervisor|compliance|admin [--branch CODE] [--full-name TEXT] [--kdf P]
  user list
  user passwd NAME   修改自己的密码，或（管理员）重置他人的密码
  user disable NAME | user enable NAME
  rekey              更换数据库密钥，并为每位有效用户重新封装
  backup --out FILE  生成数据库及其密钥环的加密副本
  check              检查文件完整性、密钥槽和审计链
  audit verify [--anchor N:HASH[,…]]
                     校验审计日志的哈希链（以及保存在外部的锚点所在记录是否仍在）
  audit anchor       最新一条记录的编号和哈希，保存在 RM Desk 之外
  audit list [--since DATE] [--user NAME] [--action NAME] [--limit N]
  recover NAME       使用恢复密钥：为管理员 NAME 设置新密码
  customer add --type individual|institution --name TEXT [--id-type T] [--id-number X]
               [--mobile X] [--email X] [--birth-date D] [--branch CODE] [--rm NAME] [--risk-level C1..C5] ...
  customer show ID [--unmask --reason TEXT]
  customer update ID [--FIELD VALUE ...] --reason TEXT [--proof-type T --proof-ref R]
  customer list [--branch CODE] [--rm NAME] [--tier T] [--stage S] [--risk C1-C5]
                [--status active|ended] [--review-overdue] [--expiring-within DAYS]
                [--sort number|name|created|tier|aum|next-review] [--desc]
                [--limit N] [--offset N | --after ID]
  customer review ID --checked TEXT --result confirmed|updated|unreachable
  customer checks [--all] [--limit N]   等待另一人复核的身份信息变更
  customer check ID --confirm [--note 文字] | customer check ID --reject --note 文字
                     （本网点主管、合规人员；变更人本人除外）
  customer check ID --show [--unmask --reason 文字]   显示一项复核（显示明文将记入审计）
  customer tiers --month YYYY-MM   按该月余额和今日生效的门槛重新确定客户层级
                     （customer_tiers 新版本生效后使用）
  customer duplicates [ID] [--limit N]
                     可能重复的客户：姓名相同，且手机号或出生日期相同
  customer not-duplicate A B --reason TEXT   （主管）不再将这两位客户标记为重复
  customer merge KEEP ABSORB --reason TEXT [--take FIELD,FIELD...]
                     申请将 ABSORB 并入 KEEP（--take：取 ABSORB 中的值的字段）
  customer merge-approve REQ [--note TEXT] | customer merge-reject REQ --note TEXT
                     （两位客户的主管，且不能是申请人本人）
  customer merge-list [--pending]
  customer end ID --on YYYY-MM-DD --reason TEXT   记录客户关系终止
  customer reopen ID --reason TEXT   （主管）
  customer hold ID --reason TEXT | customer release ID --reason TEXT   （合规人员）反洗钱保全
  customer purge ID --reason TEXT   申请清除已过保存期限的客户
  customer purge-approve REQ | customer purge-reject REQ --note TEXT
                     须由一位主管和一位合规人员审批：两个人，各一位
  customer purge-list [--pending]
  complaint open (--customer ID | --complainant NAME --contact TEXT) --channel NAME
               --category NAME --received YYYY-MM-DD[THH:MM] --summary TEXT
               [--amount YUAN] [--severity low|medium|high]
               [--group-size N --representatives NAME,NAME...]
  complaint show ID [--unmask --reason TEXT]
  complaint list [--overdue] [--due-within DAYS] [--all] [--status S] [--customer ID]
                 [--limit N] [--offset N]   处理中的投诉，最紧急的在前
  complaint accept ID | complaint investigate ID
  complaint extend ID --to 30|60 --reason TEXT [--at DATE]   （延至 60 天：主管）
  complaint pause ID --reason TEXT --from DATE | complaint resume ID --at DATE
  complaint new-facts ID --at DATE --summary TEXT   自 DATE 起重新计时
  complaint decide ID --decision TEXT --at DATE | complaint close ID [--at DATE]
                     延期至 60 天、暂停计时和作出决定时会记录对投诉人的
                     告知：默认为当天、通过该投诉本身的渠道告知；如有不同，
                     请用 --notice-date D --notice-channel C 指定
  complaint notify ID --at DATE --channel NAME [--about decision|extension|pause|other]
  complaint respond ID --accepts|--disputes [--at DATE]
  complaint dispute ID --referral mediation|arbitration|litigation --body TEXT [--at D]
  complaint dispute ID --outcome TEXT [--at DATE]
  complaint withdraw ID --at DATE --reason TEXT | complaint reopen ID --reason TEXT
  complaint merge ID --into FIRST --reason TEXT   没有新事实的重复投诉
  complaint cause ID --cause NAME [--note TEXT]
  complaint action add ID --description TEXT --owner NAME --due DATE
  complaint action done ACTION [--note TEXT] | complaint action list [--all]
  complaint causes [--from YYYY-MM] [--to YYYY-MM] [--by month|quarter]
  complaint choices [category|cause|channel]
  interaction add --customer ID --channel C --purpose P --summary TEXT
               [--outcome resolved|pending|referred|not_reached] [--products CODE,CODE]
               [--follow-up DATE] [--at DATE[THH:MM]] [--continues ID]
               [--suitability insisted|declined]
                     高于客户风险等级的产品建议须说明处理方式：insisted（客户
                     坚持购买并确认了特别风险警示；不适用于 C1 或未评估客户）
                     或 declined（已告知不适合）
                     C: visit, phone, branch, online_banking, wechat, letter
                     P: service_request, product_advice, periodic_review,
                        relationship_care, complaint_follow_up, other
  interaction list --customer ID [--limit N]
  task list [--due-within DAYS] [--overdue] [--assignee NAME | --all]
                     您的跟进和任务、到期的定期核实以及即将到期的身份证件
  task add --title TEXT --due DATE [--customer ID] [--assignee NAME]
  task done ID | task snooze ID --until DATE --reason TEXT | task reassign ID --to NAME
  service stats [--from DATE] [--to DATE] [--rm NAME]
                     每位客户经理的按时跟进率和首次接触解决率
  survey template list [--all]   问卷模板及其题目（--all：所有版本）
  survey record --customer ID --template NAME --answers KEY=VALUE[,KEY=VALUE...]
                [--at DATE] [--channel C] [--interaction ID] [--complaint ID]
                [--template-version N]
                     多选题的回答用 &apos;;&apos; 连接选项代码；贬损者（NPS 0-6）
                     或 CSAT &lt;= 2 会为该客户的客户经理创建回访任务
  survey list --customer ID [--limit N] | survey show ID
  survey stats [--from DATE] [--to DATE] [--branch CODE] [--rm NAME] [--template NAME]
               [--segment TIER] [--channel C] [--by rm|branch|segment|channel|month]
  survey import FILE.csv [--skip-bad-rows] [--dry-run] [--report FILE.csv]
                     列：customer_id, template, answered_on, channel,
                     [interaction_id, complaint_id,] 每个题目键一列
  stage run [--month YYYY-MM]   评定所有客户该月的生命周期阶段
  stage set ID --stage S --reason TEXT   客户经理对月度规则结果的人工调整
  stage history ID               客户的每次阶段变更及其日期
  retention stats [--from YYYY-MM] [--to YYYY-MM] [--branch CODE] [--rm NAME]
                  [--by branch|rm|segment] [--cohorts] [--refresh]
                     每月的有效、新增、已挽回、已流失客户数，流失率，12 个月留存率
                     和资产规模留存率（截至上次阶段评定；--refresh：立即重算）
  kpi list [--role rm] [--period-kind month|quarter|year] [--history]
                     现行考核标准：权重、目标值、方向
  kpi set --period-kind K --from YYYY-MM-DD --kpis KPI=WEIGHT:TARGET[:lower],...
                     新版本的考核标准（权重合计须为 100；管理员）
  scorecard [--period YYYY-MM|YYYY-Qn|YYYY] [--branch CODE] [--rm NAME]
                     每位客户经理：各项 KPI 的实际值、目标值、得分；加权总分、排名、趋势；
                     以及机构平均值
  evaluation create --rm NAME --period P   以该客户经理的考核记分卡生成绩效评价草稿
  evaluation rate ID --rating 1-5 --comment TEXT | evaluation signoff ID （签核后锁定）
  evaluation show ID | evaluation list [--period P] [--rm NAME] [--status S]
  spotcheck sample --period P --size N [--seed S]   抽取 N 条服务记录和 N 件投诉
  spotcheck show ID | spotcheck list
  spotcheck finding ID --item N --result ok|issue [--note TEXT]
  measure add --title T --owner NAME --due DATE [--description TEXT]
              [--source spot_check|complaint|evaluation|other] [--source-id N]
  measure start ID | measure done ID --note TEXT | measure show ID
  measure list [--open] [--overdue]
  report retention|assessment [--from YYYY-MM] [--to YYYY-MM] [--branch CODE] [--rm NAME]
         [--segment mass|affluent|private] --out FILE.pdf|FILE.png|FILE.csv
                     将看板输出为 PDF 报表、图片或其数据（默认：截至
                     最近一个完整月份的 12 个月）。考核看板：--to 所在
                     月份的考核记分卡，或由 --from ... --to 构成的季度
                     或年度的考核记分卡；趋势自 --from 起。--segment：
                     仅适用于留存看板
  import customers FILE.csv [--dry-run] [--all-or-nothing] [--report FILE.csv]
                   [--encoding utf-8|gb18030] [--duplicates skip|update]
                     导入有效行，并在报告中列出每个被拒绝的行（行号、原因）；
                     --all-or-nothing：全部有效才导入；证件号码已存在的行
                     将被跳过或用于更新该客户
  import holdings FILE.csv [--dry-run] [--all-or-nothing] [--report FILE.csv]
                     月末余额：customer_id（或 id_number）、product_code、
                     month（YYYY-MM）、balance（元；售罄为 0）；已有月份将被
                     更正；资产规模和客户层级以最近月份为准
  import products FILE.csv [--dry-run] [--all-or-nothing] [--report FILE.csv]
                     产品目录：code、name、type、risk_level（R1-R5）；管理员
  rules list [--on YYYY-MM-DD]   某日生效的规则（默认：今天）
  rules history NAME             规则集的每个版本，及修改人和原因
  rules set NAME KEY=VALUE... --from YYYY-MM-DD --reason TEXT
                     规则集自该日起的新版本（管理员）；法规规定的限值
                     只能收紧、不能放宽；投诉清单只增不改
                     （KEY=VALUE 新增一项）
  export customers --out FILE.csv|FILE.xlsx [--unmask --reason TEXT]
                     导出您有权查看的客户；敏感字段均脱敏，除非使用
                     --unmask（需要相应权限；原因将记入审计日志）

全局选项：
  --db FILE          数据库（NAME.rmdb）；其密钥环为 FILE.keyring
  --user NAME        以该用户身份操作
  --password-stdin   从标准输入读取密码，每行一个（您自己的密码在前）
  --json             在标准输出上输出一个 JSON 文档
  --lang zh_CN|en    消息语言（默认：系统语言）
  --help             显示本帮助
  --version          显示版本

退出码：0 完成，1 结果为否，2 用法错误，3 身份验证失败，
4 数据库缺失、无法读取或已损坏，5 该角色无权执行。
</translation>
    </message>
</context>
<context>
    <name>CohortHeatmap</name>
    <message>
        <source>Share of the cohort still active: lighter is fewer, darker is more.</source>
        <translation>同期群中仍为有效客户的比例：颜色越浅比例越低，越深比例越高。</translation>
    </message>
</context>
<context>
    <name>ComplaintClock</name>
    <message>
        <source>Give a date like 2026-03-16.</source>
        <translation>请给出日期，例如 2026-03-16。</translation>
    </message>
    <message>
        <source>%1 is in the future: record what has happened, on the day it happened.</source>
        <translation>%1 晚于今天：请在事情发生当天记录已经发生的事项。</translation>
    </message>
    <message>
        <source>%1 is before the complaint&apos;s clock started (%2).</source>
        <translation>%1 早于投诉开始计时的日期（%2）。</translation>
    </message>
    <message>
        <source>The complaint&apos;s clock has ended: there is no deadline to extend.</source>
        <translation>投诉已停止计时：没有可延长的处理期限。</translation>
    </message>
    <message>
        <source>A deadline can be extended to %1 or %2 days only.</source>
        <translation>处理期限只能延长至 %1 天或 %2 天。</translation>
    </message>
    <message numerus="yes">
        <source>The deadline is already %n day(s) from the start of the clock.</source>
        <translation>
            <numerusform>处理期限已是自开始计时起 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <source>The deadline (%1) passed before %2: a missed deadline cannot be extended afterwards. If the extension was granted in time, give the day it was granted.</source>
        <translation>处理期限（%1）在 %2 之前已过：已错过的处理期限不能事后延长。如延期是按时批准的，请填写批准日期。</translation>
    </message>
    <message>
        <source>Say why the complaint needs more time (at least %1 characters).</source>
        <translation>请说明投诉需要更多处理时间的原因（至少 %1 个字）。</translation>
    </message>
    <message>
        <source>Extending the deadline to %1 days needs a supervisor&apos;s approval.</source>
        <translation>将处理期限延长至 %1 天须经主管批准。</translation>
    </message>
    <message>
        <source>Extending the deadline to %1 days needs a notice to the complainant: record when and how they were told.</source>
        <translation>将处理期限延长至 %1 天须告知投诉人：请记录告知的日期和方式。</translation>
    </message>
    <message>
        <source>The complaint&apos;s clock has ended: there is nothing to pause.</source>
        <translation>投诉已停止计时：无需暂停计时。</translation>
    </message>
    <message>
        <source>The clock is already paused since %1.</source>
        <translation>已自 %1 起暂停计时。</translation>
    </message>
    <message>
        <source>Give the first day of the pause, like 2026-03-16.</source>
        <translation>请给出暂停计时的起始日，例如 2026-03-16。</translation>
    </message>
    <message>
        <source>%1 is in the future: record a pause on the day it begins.</source>
        <translation>%1 晚于今天：请在暂停计时开始当天记录。</translation>
    </message>
    <message>
        <source>A pause cannot begin before the complaint was received (%1).</source>
        <translation>暂停计时不能早于收到投诉的日期（%1）。</translation>
    </message>
    <message>
        <source>The clock was already paused until %1: a new pause begins on that day or later.</source>
        <translation>此前已暂停计时至 %1：新的暂停须从该日或之后开始。</translation>
    </message>
    <message>
        <source>The deadline (%1) had passed before %2: a pause cannot stop a clock that has run out.</source>
        <translation>处理期限（%1）在 %2 之前已过：已到期的计时不能暂停。</translation>
    </message>
    <message>
        <source>The clock is not paused.</source>
        <translation>当前未暂停计时。</translation>
    </message>
    <message>
        <source>Give the day the clock runs again, like 2026-03-16.</source>
        <translation>请给出恢复计时的日期，例如 2026-03-16。</translation>
    </message>
    <message>
        <source>%1 is in the future: record the resumption on the day it happens.</source>
        <translation>%1 晚于今天：请在恢复计时当天记录。</translation>
    </message>
    <message>
        <source>The clock cannot resume (%1) before the pause began (%2).</source>
        <translation>恢复计时的日期（%1）不能早于暂停开始的日期（%2）。</translation>
    </message>
    <message>
        <source>The complaint&apos;s clock has ended: reopen the complaint to look at new facts.</source>
        <translation>投诉已停止计时：如需处理新事实，请重新开启投诉。</translation>
    </message>
    <message>
        <source>The deadline (%1) had passed before %2: new facts restart the clock only when they arrive within it.</source>
        <translation>处理期限（%1）在 %2 之前已过：只有在处理期限内收到的新事实才会重新开始计时。</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>今天到期</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>剩余 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>paused since %1</source>
        <translation>自 %1 起暂停计时</translation>
    </message>
    <message numerus="yes">
        <source>deadline missed by %n day(s)</source>
        <translation>
            <numerusform>超出处理期限 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>deadline met</source>
        <translation>按期完成</translation>
    </message>
</context>
<context>
    <name>ComplaintFlow</name>
    <message>
        <source>Received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>调查中</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>已作出决定</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>重新开启</translation>
    </message>
    <message>
        <source>accept the complaint</source>
        <translation>受理投诉</translation>
    </message>
    <message>
        <source>start the investigation</source>
        <translation>开始调查</translation>
    </message>
    <message>
        <source>extend the deadline</source>
        <translation>延长处理期限</translation>
    </message>
    <message>
        <source>pause the clock</source>
        <translation>暂停计时</translation>
    </message>
    <message>
        <source>resume the clock</source>
        <translation>恢复计时</translation>
    </message>
    <message>
        <source>record new facts</source>
        <translation>记录新事实</translation>
    </message>
    <message>
        <source>record the decision</source>
        <translation>记录处理决定</translation>
    </message>
    <message>
        <source>record a notice to the complainant</source>
        <translation>记录对投诉人的告知</translation>
    </message>
    <message>
        <source>record the complainant&apos;s response</source>
        <translation>记录投诉人的反馈</translation>
    </message>
    <message>
        <source>record a dispute</source>
        <translation>记录争议</translation>
    </message>
    <message>
        <source>close the complaint</source>
        <translation>办结投诉</translation>
    </message>
    <message>
        <source>record a withdrawal</source>
        <translation>记录撤回</translation>
    </message>
    <message>
        <source>merge it into an earlier complaint</source>
        <translation>将其并入更早的投诉</translation>
    </message>
    <message>
        <source>reopen the complaint</source>
        <translation>重新开启投诉</translation>
    </message>
    <message>
        <source>record the root cause</source>
        <translation>记录根本原因</translation>
    </message>
    <message>
        <source>add an improvement action</source>
        <translation>添加改进措施</translation>
    </message>
    <message>
        <source>The complaint is %1: you cannot %2 now.</source>
        <translation>投诉当前状态为“%1”：现在不能%2。</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation>调解</translation>
    </message>
    <message>
        <source>Arbitration</source>
        <translation>仲裁</translation>
    </message>
    <message>
        <source>Litigation</source>
        <translation>诉讼</translation>
    </message>
    <message>
        <source>Accepts the decision</source>
        <translation>接受处理决定</translation>
    </message>
    <message>
        <source>Disputes the decision</source>
        <translation>对处理决定有异议</translation>
    </message>
    <message>
        <source>Sales conduct and mis-selling</source>
        <translation>销售行为与误导销售</translation>
    </message>
    <message>
        <source>Fees and charges</source>
        <translation>收费</translation>
    </message>
    <message>
        <source>Service attitude and quality</source>
        <translation>服务态度与服务质量</translation>
    </message>
    <message>
        <source>Accounts and deposits</source>
        <translation>账户与存款</translation>
    </message>
    <message>
        <source>Bank cards</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>Loans and credit</source>
        <translation>贷款与授信</translation>
    </message>
    <message>
        <source>Wealth management and funds</source>
        <translation>理财与基金</translation>
    </message>
    <message>
        <source>Insurance sold by the bank</source>
        <translation>代销保险</translation>
    </message>
    <message>
        <source>Payments and transfers</source>
        <translation>支付与转账</translation>
    </message>
    <message>
        <source>Personal information</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <source>Debt collection</source>
        <translation>催收</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Process design</source>
        <translation>流程设计</translation>
    </message>
    <message>
        <source>Staff conduct or skills</source>
        <translation>员工行为或业务技能</translation>
    </message>
    <message>
        <source>Product design or terms</source>
        <translation>产品设计或条款</translation>
    </message>
    <message>
        <source>Information not disclosed clearly</source>
        <translation>信息披露不清</translation>
    </message>
    <message>
        <source>System failure</source>
        <translation>系统故障</translation>
    </message>
    <message>
        <source>Third party or partner</source>
        <translation>第三方或合作机构</translation>
    </message>
    <message>
        <source>Customer misunderstanding</source>
        <translation>客户误解</translation>
    </message>
    <message>
        <source>Branch counter</source>
        <translation>网点柜台</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>Online banking or app</source>
        <translation>网上银行或手机银行</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Forwarded by the regulator</source>
        <translation>监管转办</translation>
    </message>
</context>
<context>
    <name>ComplaintJson</name>
    <message>
        <source>due %1 (%2)</source>
        <translation>%1 到期（%2）</translation>
    </message>
    <message>
        <source>Complaint %1: %2</source>
        <translation>投诉 %1：%2</translation>
    </message>
    <message>
        <source>Customer: %1 %2</source>
        <translation>客户：%1 %2</translation>
    </message>
    <message>
        <source>Complainant: %1, %2</source>
        <translation>投诉人：%1，%2</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>渠道：%1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>类别：%1</translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation>严重程度：%1</translation>
    </message>
    <message>
        <source>Amount involved: %1 yuan</source>
        <translation>涉及金额：%1 元</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>收到时间：%1</translation>
    </message>
    <message numerus="yes">
        <source>Due: %1 (%2; %n day(s) from %3)</source>
        <translation>
            <numerusform>到期日：%1（%2；自 %3 起 %n 天）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paused: %n day(s) not counted</source>
        <translation>
            <numerusform>暂停计时：%n 天不计入</numerusform>
        </translation>
    </message>
    <message>
        <source>Decided on %1: %2</source>
        <translation>%1 作出处理决定：%2</translation>
    </message>
    <message>
        <source>Summary: %1</source>
        <translation>摘要：%1</translation>
    </message>
</context>
<context>
    <name>ComplaintStore</name>
    <message>
        <source>There is no customer %1. Check the number, or take the complaint as from someone who is not a customer.</source>
        <translation>不存在客户 %1。请检查编号，或按非客户投诉登记。</translation>
    </message>
    <message>
        <source>Customer %1 is not in your %2: you may not take complaints for them.</source>
        <translation>客户 %1 不在您的%2内：您不能为其登记投诉。</translation>
    </message>
    <message>
        <source>book of customers</source>
        <translation>客户名单</translation>
    </message>
    <message>
        <source>branch</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Give either a customer or a complainant who is not a customer, not both.</source>
        <translation>请给出客户或非客户投诉人，二者只能选其一。</translation>
    </message>
    <message>
        <source>You belong to no branch, so you cannot take a complaint from someone who is not a customer.</source>
        <translation>您不隶属于任何机构，因此不能登记非客户的投诉。</translation>
    </message>
    <message>
        <source>Give the customer, or the complainant&apos;s name.</source>
        <translation>请给出客户，或投诉人的姓名。</translation>
    </message>
    <message>
        <source>The complainant&apos;s name is too long (at most %1 characters).</source>
        <translation>投诉人姓名过长（最多 %1 个字符）。</translation>
    </message>
    <message>
        <source>Give a way to reach the complainant (a phone number or an address).</source>
        <translation>请给出投诉人的联系方式（电话号码或地址）。</translation>
    </message>
    <message>
        <source>Give the day the complaint was received, like 2026-03-01.</source>
        <translation>请给出收到投诉的日期，例如 2026-03-01。</translation>
    </message>
    <message>
        <source>The complaint cannot be received in the future (%1).</source>
        <translation>收到投诉的日期不能晚于今天（%1）。</translation>
    </message>
    <message>
        <source>No complaint clock rule is in force on %1, so its deadline cannot be set. Ask an administrator to check the complaint_clock rules.</source>
        <translation>%1 没有生效的投诉计时规则，因此无法设定处理期限。请管理员检查 complaint_clock 规则。</translation>
    </message>
    <message>
        <source>The amount involved cannot be negative.</source>
        <translation>涉及金额不能为负数。</translation>
    </message>
    <message>
        <source>The severity is low, medium or high.</source>
        <translation>严重程度须为 low（低）、medium（中）或 high（高）。</translation>
    </message>
    <message>
        <source>Say in a sentence or two what the complaint is about.</source>
        <translation>请用一两句话说明投诉内容。</translation>
    </message>
    <message>
        <source>The summary is too long (at most %1 characters).</source>
        <translation>摘要过长（最多 %1 个字符）。</translation>
    </message>
    <message>
        <source>A group complaint is made by at least 2 people: give how many.</source>
        <translation>集体投诉至少由 2 人提出：请填写人数。</translation>
    </message>
    <message>
        <source>Name the group&apos;s representatives (at most %1).</source>
        <translation>请填写集体投诉的代表（最多 %1 名）。</translation>
    </message>
    <message>
        <source>There are more representatives (%1) than people in the group (%2).</source>
        <translation>代表人数（%1）多于集体投诉人数（%2）。</translation>
    </message>
    <message>
        <source>Complaint %1: %2</source>
        <translation>投诉 %1：%2</translation>
    </message>
    <message>
        <source>Describe the improvement action (at least %1 characters).</source>
        <translation>请描述改进措施（至少 %1 个字）。</translation>
    </message>
    <message>
        <source>There is no active user named &quot;%1&quot; to own the action.</source>
        <translation>没有名为“%1”的有效用户可负责该措施。</translation>
    </message>
    <message>
        <source>Give a due date from today on, like %1.</source>
        <translation>请给出今天或之后的到期日，例如 %1。</translation>
    </message>
    <message>
        <source>There is no improvement action %1.</source>
        <translation>不存在改进措施 %1。</translation>
    </message>
    <message>
        <source>Improvement action %1 is already done.</source>
        <translation>改进措施 %1 已完成。</translation>
    </message>
    <message>
        <source>An action is done from the day the complaint was received (%1) to today.</source>
        <translation>措施的完成日期须在收到投诉之日（%1）至今天之间。</translation>
    </message>
    <message>
        <source>Give a period whose start is not after its end.</source>
        <translation>请给出开始日期不晚于结束日期的期间。</translation>
    </message>
    <message>
        <source>Unknown category &quot;%1&quot;; use one of: %2.</source>
        <translation>未知的类别“%1”；请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>Unknown root cause &quot;%1&quot;; use one of: %2.</source>
        <translation>未知的根本原因“%1”；请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>Unknown channel &quot;%1&quot;; use one of: %2.</source>
        <translation>未知的渠道“%1”；请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>Complaint %1 is not in your %2: you may not %3 outside it.</source>
        <translation>投诉 %1 不在您的%2内：您不能在范围外%3。</translation>
    </message>
    <message>
        <source>There is no complaint %1.</source>
        <translation>不存在投诉 %1。</translation>
    </message>
    <message>
        <source>The complainant is customer %1: open the customer&apos;s profile to see their details.</source>
        <translation>投诉人是客户 %1：请打开客户资料查看其详细信息。</translation>
    </message>
    <message>
        <source>Give the day the complainant was told, like 2026-03-16.</source>
        <translation>请给出告知投诉人的日期，例如 2026-03-16。</translation>
    </message>
    <message>
        <source>The complainant cannot have been told in the future (%1).</source>
        <translation>告知投诉人的日期不能晚于今天（%1）。</translation>
    </message>
    <message>
        <source>The complainant cannot have been told (%1) before %2.</source>
        <translation>告知投诉人的日期（%1）不能早于 %2。</translation>
    </message>
    <message>
        <source>Unknown channel &quot;%1&quot; for the notice to the complainant.</source>
        <translation>告知投诉人的渠道“%1”未知。</translation>
    </message>
    <message>
        <source>Say what is being appraised or tested, and by whom (at least %1 characters).</source>
        <translation>请说明鉴定或检测的内容及由谁进行（至少 %1 个字）。</translation>
    </message>
    <message>
        <source>Say what the new facts are (at least %1 characters).</source>
        <translation>请说明新事实的内容（至少 %1 个字）。</translation>
    </message>
    <message>
        <source>the clock is paused since %1 for external appraisal or testing: record the day it resumed first.</source>
        <translation>自 %1 起因外部鉴定或检测暂停计时：请先记录恢复计时的日期。</translation>
    </message>
    <message>
        <source>Write down the decision (at least %1 characters).</source>
        <translation>请写明处理决定（至少 %1 个字）。</translation>
    </message>
    <message>
        <source>A notice is about the decision, an extension, a pause or other.</source>
        <translation>告知内容须为 decision（处理决定）、extension（延期）、pause（暂停计时）或 other（其他）。</translation>
    </message>
    <message>
        <source>the complainant&apos;s response (%1) is already recorded.</source>
        <translation>已记录投诉人的反馈（%1）。</translation>
    </message>
    <message>
        <source>the response must be dated from the decision (%1) to today.</source>
        <translation>反馈日期须在作出处理决定之日（%1）至今天之间。</translation>
    </message>
    <message>
        <source>the complainant accepted the decision.</source>
        <translation>投诉人已接受处理决定。</translation>
    </message>
    <message>
        <source>the dispute was already referred to %1 on %2.</source>
        <translation>争议已于 %2 提交%1。</translation>
    </message>
    <message>
        <source>a dispute is referred to mediation, arbitration or litigation.</source>
        <translation>争议须提交调解、仲裁或诉讼。</translation>
    </message>
    <message>
        <source>name the body it is referred to (a mediation centre, an arbitration commission, a court).</source>
        <translation>请写明争议提交的机构（调解中心、仲裁委员会或法院）。</translation>
    </message>
    <message>
        <source>the referral must be dated from the decision (%1) to today.</source>
        <translation>提交日期须在作出处理决定之日（%1）至今天之间。</translation>
    </message>
    <message>
        <source>no dispute was referred to mediation or arbitration.</source>
        <translation>没有提交调解或仲裁的争议。</translation>
    </message>
    <message>
        <source>the dispute&apos;s outcome is already recorded.</source>
        <translation>已记录争议结果。</translation>
    </message>
    <message>
        <source>describe the outcome (at least %1 characters).</source>
        <translation>请描述结果（至少 %1 个字）。</translation>
    </message>
    <message>
        <source>the outcome must be dated from the referral (%1) to today.</source>
        <translation>结果日期须在提交之日（%1）至今天之间。</translation>
    </message>
    <message>
        <source>the dispute referred to %1 has no outcome yet.</source>
        <translation>提交%1的争议尚无结果。</translation>
    </message>
    <message>
        <source>it can be closed from the decision (%1) to today.</source>
        <translation>办结日期须在作出处理决定之日（%1）至今天之间。</translation>
    </message>
    <message>
        <source>Say how the complainant withdrew (at least %1 characters).</source>
        <translation>请说明投诉人如何撤回投诉（至少 %1 个字）。</translation>
    </message>
    <message>
        <source>a complaint cannot be merged into itself.</source>
        <translation>投诉不能并入其自身。</translation>
    </message>
    <message>
        <source>complaint %1 was itself merged into %2: merge into that one.</source>
        <translation>投诉 %1 本身已并入投诉 %2：请并入后者。</translation>
    </message>
    <message>
        <source>a repeat is merged into the earlier complaint, and %1 is not earlier.</source>
        <translation>重复投诉应并入更早的投诉，而投诉 %1 并不更早。</translation>
    </message>
    <message>
        <source>complaint %1 is from another complainant.</source>
        <translation>投诉 %1 来自其他投诉人。</translation>
    </message>
    <message>
        <source>Say why this is a repeat without new facts (at least %1 characters).</source>
        <translation>请说明为何这是没有新事实的重复投诉（至少 %1 个字）。</translation>
    </message>
    <message>
        <source>it can be reopened from the decision (%1) to today.</source>
        <translation>重新开启日期须在作出处理决定之日（%1）至今天之间。</translation>
    </message>
    <message>
        <source>Say why the complaint is reopened (at least %1 characters).</source>
        <translation>请说明重新开启投诉的原因（至少 %1 个字）。</translation>
    </message>
    <message>
        <source>Name the group&apos;s representatives.</source>
        <translation>请填写集体投诉的代表。</translation>
    </message>
    <message>
        <source>A group complaining in person may send at most %1 representatives; %2 were named.</source>
        <translation>集体走访投诉最多可推选 %1 名代表；现填写了 %2 名。</translation>
    </message>
</context>
<context>
    <name>ComplaintUi</name>
    <message numerus="yes">
        <source>Due %1: %n day(s) from %2</source>
        <translation>
            <numerusform>%1 到期：自 %2 起 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>%1 号</translation>
    </message>
    <message>
        <source>No. %1 · %2</source>
        <translation>%1 号 · %2</translation>
    </message>
    <message>
        <source>the decision</source>
        <translation>处理决定</translation>
    </message>
    <message>
        <source>the extension</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>the pause</source>
        <translation>暂停计时</translation>
    </message>
    <message>
        <source>the complaint</source>
        <translation>投诉相关事项</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到投诉</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Investigation started</source>
        <translation>开始调查</translation>
    </message>
    <message numerus="yes">
        <source>Deadline extended to %n day(s)</source>
        <translation>
            <numerusform>处理期限延长至 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Clock paused for appraisal or testing</source>
        <translation>因鉴定或检测暂停计时</translation>
    </message>
    <message>
        <source>Clock resumed</source>
        <translation>恢复计时</translation>
    </message>
    <message>
        <source>New facts: the clock restarts</source>
        <translation>新事实：重新开始计时</translation>
    </message>
    <message>
        <source>Complainant told of %1 (%2)</source>
        <translation>已告知投诉人%1（%2）</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>处理决定</translation>
    </message>
    <message>
        <source>Dispute referred to %1</source>
        <translation>争议已提交%1</translation>
    </message>
    <message>
        <source>Outcome of the dispute</source>
        <translation>争议结果</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Withdrawn by the complainant</source>
        <translation>投诉人已撤回</translation>
    </message>
    <message>
        <source>Merged into complaint %1</source>
        <translation>已并入投诉 %1</translation>
    </message>
    <message>
        <source>Repeat complaint %1 merged into this one</source>
        <translation>重复投诉 %1 已并入本投诉</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>重新开启</translation>
    </message>
    <message>
        <source>Root cause: %1</source>
        <translation>根本原因：%1</translation>
    </message>
    <message>
        <source>Improvement action added</source>
        <translation>已添加改进措施</translation>
    </message>
    <message>
        <source>Improvement action %1 done</source>
        <translation>改进措施 %1 已完成</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 (approved by %2)</source>
        <translation>%1（%2 批准）</translation>
    </message>
    <message>
        <source>%1 (owner %2, due %3)</source>
        <translation>%1（负责人 %2，%3 到期）</translation>
    </message>
</context>
<context>
    <name>CsvColumnReader</name>
    <message>
        <source>The file %1 is empty.</source>
        <translation>文件 %1 是空的。</translation>
    </message>
    <message>
        <source>The header names the column %1 twice.</source>
        <translation>表头中 %1 列出现了两次。</translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>The file %1 is larger than 2 GB: split it.</source>
        <translation>文件 %1 大于 2 GB：请拆分后再导入。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>Unknown encoding %1: use UTF-8 or GB18030.</source>
        <translation>未知编码 %1：请使用 UTF-8 或 GB18030。</translation>
    </message>
    <message>
        <source>The file is in UTF-16, which is not read here: save it as CSV UTF-8.</source>
        <translation>该文件为 UTF-16 编码，此处无法读取：请另存为 CSV UTF-8。</translation>
    </message>
    <message>
        <source>The file holds binary data (NUL bytes): it is not a CSV text file.</source>
        <translation>该文件含有二进制数据（NUL 字节）：不是 CSV 文本文件。</translation>
    </message>
    <message>
        <source>Line %1: a quoted field that starts here is never closed.</source>
        <translation>第 %1 行：从此处开始的带引号字段没有闭合。</translation>
    </message>
    <message>
        <source>This build cannot read GB18030 text: save the file as CSV UTF-8.</source>
        <translation>此版本无法读取 GB18030 文本：请将文件另存为 CSV UTF-8。</translation>
    </message>
    <message>
        <source>The line is not UTF-8 text (saved in another encoding, or damaged).</source>
        <translation>该行不是 UTF-8 文本（以其他编码保存，或已损坏）。</translation>
    </message>
    <message>
        <source>The line is UTF-8 text, but the file is GB18030: save the whole file in one encoding.</source>
        <translation>该行是 UTF-8 文本，但文件为 GB18030 编码：请将整个文件保存为同一种编码。</translation>
    </message>
    <message>
        <source>The line is not GB18030 text (damaged bytes).</source>
        <translation>该行不是 GB18030 文本（字节已损坏）。</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor ordinary GB18030 text (it may be Big5 or a Western encoding, which would come out garbled): save it as CSV UTF-8. If it really is GB18030, choose that encoding.</source>
        <translation>该文件既不是 UTF-8，也不是常见的 GB18030 文本（可能是 Big5 或西文编码，读入后会成为乱码）：请另存为 CSV UTF-8。如果确实是 GB18030，请选择该编码。</translation>
    </message>
</context>
<context>
    <name>CustomerEditWriter</name>
    <message>
        <source>someone changed the profile at the same time; open it again and repeat.</source>
        <translation>另一人同时修改了该客户资料；请重新打开后再操作。</translation>
    </message>
</context>
<context>
    <name>CustomerExport</name>
    <message>
        <source>%1 could not be written (%2). Check that its folder exists, that you may write there and that the disk has room.</source>
        <translation>无法写入 %1（%2）。请检查其所在文件夹是否存在、您是否有写入权限，以及磁盘空间是否充足。</translation>
    </message>
    <message>
        <source>the spreadsheet could not start</source>
        <translation>无法启动电子表格</translation>
    </message>
    <message>
        <source>it could not be renamed</source>
        <translation>无法重命名</translation>
    </message>
    <message>
        <source>Export to a file ending in .csv or .xlsx; %1 is neither.</source>
        <translation>请导出为以 .csv 或 .xlsx 结尾的文件；%1 两者都不是。</translation>
    </message>
    <message>
        <source>Say why you need an unmasked export (at least %1 characters); the reason is kept in the audit trail.</source>
        <translation>请说明需要导出明文的原因（至少 %1 个字符）；原因将记入审计日志。</translation>
    </message>
    <message>
        <source>An XLSX sheet holds at most %1 customers and this export has %2. Export to CSV, or filter the list first.</source>
        <translation>一个 XLSX 工作表最多容纳 %1 位客户，而本次导出有 %2 位。请导出为 CSV，或先筛选列表。</translation>
    </message>
    <message>
        <source>the disk may be full</source>
        <translation>磁盘可能已满</translation>
    </message>
    <message>
        <source>The audit trail cannot be written: %1</source>
        <translation>无法写入审计日志：%1</translation>
    </message>
</context>
<context>
    <name>CustomerFields</name>
    <message>
        <source>identify the customer</source>
        <translation>识别客户身份</translation>
    </message>
    <message>
        <source>know your customer</source>
        <translation>了解客户</translation>
    </message>
    <message>
        <source>know your customer; suitability by age</source>
        <translation>了解客户；按年龄评估适当性</translation>
    </message>
    <message>
        <source>identify the customer (anti-money-laundering)</source>
        <translation>识别客户身份（反洗钱）</translation>
    </message>
    <message>
        <source>verify the identity document</source>
        <translation>核验身份证件</translation>
    </message>
    <message>
        <source>remind before the document expires</source>
        <translation>证件到期前提醒</translation>
    </message>
    <message>
        <source>contact the customer</source>
        <translation>联系客户</translation>
    </message>
    <message>
        <source>contact the customer; visits</source>
        <translation>联系客户；上门拜访</translation>
    </message>
    <message>
        <source>know your customer; suitability</source>
        <translation>了解客户；适当性管理</translation>
    </message>
    <message>
        <source>suitability of products (C1–C5)</source>
        <translation>产品适当性（C1–C5）</translation>
    </message>
    <message>
        <source>suitability: when the risk level was assessed</source>
        <translation>适当性：风险等级评估日期</translation>
    </message>
    <message>
        <source>suitability: when it must be assessed again</source>
        <translation>适当性：须重新评估的日期</translation>
    </message>
    <message>
        <source>anti-money-laundering rating; sets the review cadence</source>
        <translation>反洗钱风险等级；决定核实周期</translation>
    </message>
    <message>
        <source>differentiated service by stage</source>
        <translation>按生命周期阶段提供差异化服务</translation>
    </message>
    <message>
        <source>service notes for the relationship manager</source>
        <translation>客户经理的服务备注</translation>
    </message>
    <message>
        <source>identify the legal representative</source>
        <translation>识别法定代表人</translation>
    </message>
    <message>
        <source>know your customer; segmentation</source>
        <translation>了解客户；客户细分</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>签发机关</translation>
    </message>
    <message>
        <source>ID valid until</source>
        <translation>证件有效期至</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Other phones</source>
        <translation>其他电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Registered address</source>
        <translation>注册地址</translation>
    </message>
    <message>
        <source>Risk tolerance</source>
        <translation>风险承受能力</translation>
    </message>
    <message>
        <source>Risk assessed on</source>
        <translation>风险评估日期</translation>
    </message>
    <message>
        <source>Risk assessment valid until</source>
        <translation>风险评估有效期至</translation>
    </message>
    <message>
        <source>AML risk</source>
        <translation>反洗钱风险等级</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Relationship manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>客户层级</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>下次核实</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>is not collected for individual customers.</source>
        <translation>不对个人客户采集。</translation>
    </message>
    <message>
        <source>is not collected for institutions.</source>
        <translation>不对机构客户采集。</translation>
    </message>
    <message>
        <source>is required.</source>
        <translation>为必填项。</translation>
    </message>
    <message>
        <source>is too long (200 characters at most).</source>
        <translation>过长（最多 200 个字符）。</translation>
    </message>
    <message>
        <source>looks like an ID or card number.</source>
        <translation>看起来像证件号或卡号。</translation>
    </message>
    <message>
        <source>use resident_id, passport, hk_macau_permit, taiwan_permit or foreign_permanent.</source>
        <translation>请使用 resident_id、passport、hk_macau_permit、taiwan_permit 或 foreign_permanent。</translation>
    </message>
    <message>
        <source>institutions are identified by their unified social credit code (uscc).</source>
        <translation>机构客户以统一社会信用代码（uscc）识别。</translation>
    </message>
    <message>
        <source>is required when an ID type is given.</source>
        <translation>填写证件类型时为必填项。</translation>
    </message>
    <message>
        <source>does not match the ID number, which says %1.</source>
        <translation>与证件号码不符，证件号码显示为%1。</translation>
    </message>
    <message>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>use male or female.</source>
        <translation>请填写 male（男）或 female（女）。</translation>
    </message>
    <message>
        <source>is before the assessment date.</source>
        <translation>早于评估日期。</translation>
    </message>
    <message>
        <source>use C1, C2, C3, C4 or C5.</source>
        <translation>请使用 C1、C2、C3、C4 或 C5。</translation>
    </message>
    <message>
        <source>use low, medium or high.</source>
        <translation>请使用 low（低）、medium（中）或 high（高）。</translation>
    </message>
    <message>
        <source>use one of: %1.</source>
        <translation>请使用以下之一：%1。</translation>
    </message>
    <message>
        <source>is too long (2000 characters at most).</source>
        <translation>过长（最多 2000 个字符）。</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>客户关系</translation>
    </message>
    <message>
        <source>Relationship ended on</source>
        <translation>关系终止日期</translation>
    </message>
    <message>
        <source>Reason for ending</source>
        <translation>终止原因</translation>
    </message>
    <message>
        <source>Merged with</source>
        <translation>合并自</translation>
    </message>
    <message>
        <source>Customer type</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <source>does not match the birth date in the ID number.</source>
        <translation>与证件号码中的出生日期不一致。</translation>
    </message>
    <message>
        <source>not a date like 2026-01-31.</source>
        <translation>不是形如 2026-01-31 的日期。</translation>
    </message>
    <message>
        <source>cannot be a birth date (in the future, or before 1900).</source>
        <translation>不能作为出生日期（晚于今天或早于 1900 年）。</translation>
    </message>
    <message>
        <source>not a mainland mobile number (11 digits starting with 13 to 19).</source>
        <translation>不是中国大陆手机号码（以 13 至 19 开头的 11 位数字）。</translation>
    </message>
    <message>
        <source>number %1 of the list is not a phone number (5 to 20 digits, spaces or dashes, an optional + in front).</source>
        <translation>列表中的第 %1 个号码不是电话号码（5 至 20 位数字、空格或连字符，前面可有 +）。</translation>
    </message>
    <message>
        <source>not an email address.</source>
        <translation>不是电子邮箱地址。</translation>
    </message>
</context>
<context>
    <name>CustomerImport</name>
    <message>
        <source>No column of the file gives %1; nothing was imported.</source>
        <translation>文件中没有提供%1的列；未导入任何数据。</translation>
    </message>
    <message>
        <source>The file has a header row but no customers.</source>
        <translation>文件有标题行，但没有客户数据。</translation>
    </message>
    <message>
        <source>The database connection is not an RM Desk one.</source>
        <translation>该数据库连接不是客户经理工作台的连接。</translation>
    </message>
    <message>
        <source>%1: the same number is on line %2 of the file.</source>
        <translation>%1：文件第 %2 行有相同的号码。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何数据：%1</translation>
    </message>
    <message>
        <source>Customer import</source>
        <translation>客户导入</translation>
    </message>
    <message>
        <source>The report %1 cannot be written: %2</source>
        <translation>无法写入报告 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 is empty: it needs a header row and customers.</source>
        <translation>文件 %1 为空：须包含标题行和客户数据。</translation>
    </message>
    <message>
        <source>The header row: %1</source>
        <translation>标题行：%1</translation>
    </message>
    <message>
        <source>The file has no header row.</source>
        <translation>文件没有标题行。</translation>
    </message>
    <message>
        <source>%1 is not a field a customer import can fill.</source>
        <translation>%1 不是客户导入可填写的字段。</translation>
    </message>
    <message>
        <source>The file has no column %1 for %2.</source>
        <translation>文件中没有%2所需的列 %1。</translation>
    </message>
    <message>
        <source>The row has %1 fields; the header has %2.</source>
        <translation>该行有 %1 个字段，而标题行有 %2 个。</translation>
    </message>
    <message>
        <source>%1: use individual or institution.</source>
        <translation>%1：请填写 individual（个人）或 institution（机构）。</translation>
    </message>
    <message>
        <source>%1: is required.</source>
        <translation>%1：必填。</translation>
    </message>
    <message>
        <source>%1: there is no branch %2.</source>
        <translation>%1：不存在机构 %2。</translation>
    </message>
    <message>
        <source>%1: there is no user %2.</source>
        <translation>%1：不存在用户 %2。</translation>
    </message>
    <message>
        <source>%1: %2 is not an active relationship manager.</source>
        <translation>%1：%2 不是有效的客户经理。</translation>
    </message>
    <message>
        <source>%1: %2 works in branch %3, not %4.</source>
        <translation>%1：%2 属于机构 %3，而不是 %4。</translation>
    </message>
    <message>
        <source>You may import customers only into your own %1.</source>
        <translation>您只能将客户导入到您自己的%1。</translation>
    </message>
    <message>
        <source>book of customers</source>
        <translation>客户名单</translation>
    </message>
    <message>
        <source>branch</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Customer %1 with this ID number is of the other type.</source>
        <translation>使用此证件号码的客户 %1 属于另一客户类型。</translation>
    </message>
    <message>
        <source>%1 differs from customer %2&apos;s: identity fields change only with a proof document, in the customer&apos;s profile.</source>
        <translation>%1 与客户 %2 的不同：身份信息只能凭证明文件在客户资料中修改。</translation>
    </message>
    <message>
        <source>%1: moving a customer to another branch is a transfer, not an edit.</source>
        <translation>%1：将客户转到其他机构属于移交，不能直接修改。</translation>
    </message>
    <message>
        <source>The file %1 changed while it was imported; nothing was imported.</source>
        <translation>导入过程中文件 %1 发生了变化；未导入任何数据。</translation>
    </message>
    <message>
        <source>Two columns give the same field (%1); keep one of them, or map the columns. Nothing was imported.</source>
        <translation>有两列对应同一字段（%1）；请只保留其中一列，或指定列的对应关系。未导入任何数据。</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何数据。</translation>
    </message>
    <message>
        <source>A customer outside your %1 has this ID number; the row was not imported.</source>
        <translation>您的%1之外的一位客户已使用此证件号码；该行未导入。</translation>
    </message>
    <message>
        <source>The report cannot be written to %1: that file is the database, its keyring or the file being imported.</source>
        <translation>报告不能写入 %1：该文件是数据库、其密钥环或正在导入的文件。</translation>
    </message>
    <message>
        <source>%1: looks masked (it has *); import from an unmasked export.</source>
        <translation>%1：看起来是脱敏后的值（含有 *）；请使用未脱敏的导出文件导入。</translation>
    </message>
</context>
<context>
    <name>CustomerLifecycle</name>
    <message>
        <source>There is no customer %1.</source>
        <translation>不存在客户 %1。</translation>
    </message>
    <message>
        <source>Customer %1 is not in your %2: you may not %3 outside it.</source>
        <translation>客户 %1 不在您的%2内：您不能在范围外%3。</translation>
    </message>
    <message>
        <source>book of customers</source>
        <translation>客户名单</translation>
    </message>
    <message>
        <source>branch</source>
        <translation>机构</translation>
    </message>
</context>
<context>
    <name>CustomerListing</name>
    <message>
        <source>The customer list was read before it was prepared.</source>
        <translation>客户列表尚未准备好就被读取。</translation>
    </message>
</context>
<context>
    <name>CustomerMerge</name>
    <message>
        <source>Name two different customers.</source>
        <translation>请指定两个不同的客户。</translation>
    </message>
    <message>
        <source>Say how you know these are two different people (at least %1 characters); it is kept in the audit trail.</source>
        <translation>请说明您如何确定这是两个不同的人（至少 %1 个字）；该说明将记入审计日志。</translation>
    </message>
    <message>
        <source>Customers %1 and %2 are already marked as different people.</source>
        <translation>客户 %1 和 %2 已被标记为不同的人。</translation>
    </message>
    <message>
        <source>A customer cannot be merged with itself.</source>
        <translation>客户不能与自己合并。</translation>
    </message>
    <message>
        <source>Customer %1 is an individual and %2 an institution (or the other way round): they cannot be the same customer.</source>
        <translation>客户 %1 是个人而 %2 是机构（或相反）：不可能是同一客户。</translation>
    </message>
    <message>
        <source>Say why these records are the same customer (at least %1 characters); the approver reads it and it is kept in the audit trail.</source>
        <translation>请说明为何这两条记录是同一客户（至少 %1 个字）；审批人会阅读该说明，并记入审计日志。</translation>
    </message>
    <message>
        <source>%1 is not a field of this customer; choose among: %2.</source>
        <translation>%1 不是该客户的字段；请从以下字段中选择：%2。</translation>
    </message>
    <message>
        <source>%1: say keep or absorb.</source>
        <translation>%1：请填写 keep 或 absorb。</translation>
    </message>
    <message>
        <source>Customer %1 already has a merge request waiting for a decision; wait for it or ask a supervisor to reject it.</source>
        <translation>客户 %1 已有一条待审批的合并申请；请等待审批，或请主管驳回。</translation>
    </message>
    <message>
        <source>The merged record would not be valid: %1 Choose the other value.</source>
        <translation>合并后的记录将无效：%1 请选择另一个取值。</translation>
    </message>
    <message>
        <source>There is no merge request %1.</source>
        <translation>不存在合并申请 %1。</translation>
    </message>
    <message>
        <source>Merge request %1 is about customers outside your scope.</source>
        <translation>合并申请 %1 涉及您权限范围外的客户。</translation>
    </message>
    <message>
        <source>Customers %1 and %2 are not both in your branch: a supervisor of their branch decides this merge.</source>
        <translation>客户 %1 和 %2 不都在您的机构：应由其所属机构的主管审批此合并。</translation>
    </message>
    <message>
        <source>You asked for this merge yourself: another supervisor must decide it (four eyes).</source>
        <translation>此合并是您本人申请的：须由另一位主管审批（双人复核）。</translation>
    </message>
    <message>
        <source>Merge request %1 was already decided (%2).</source>
        <translation>合并申请 %1 已有决定（%2）。</translation>
    </message>
    <message>
        <source>%1 The request cannot be carried out; reject it.</source>
        <translation>%1 该申请无法执行；请驳回。</translation>
    </message>
    <message>
        <source>The merged record would not be valid: %1 Reject the request and ask for a new one.</source>
        <translation>合并后的记录将无效：%1 请驳回该申请并重新申请。</translation>
    </message>
    <message>
        <source>%1: a third customer already has this number.</source>
        <translation>%1：已有第三位客户使用此号码。</translation>
    </message>
    <message>
        <source>Nothing was merged: %1</source>
        <translation>未合并任何记录：%1</translation>
    </message>
    <message>
        <source>Say why the merge is rejected (at least 4 characters); the requester reads it.</source>
        <translation>请说明驳回合并的原因（至少 4 个字）；申请人会看到该说明。</translation>
    </message>
    <message>
        <source>Merge request</source>
        <translation>合并申请</translation>
    </message>
    <message>
        <source>Merged from #%1</source>
        <translation>合并自 #%1</translation>
    </message>
    <message>
        <source>The month-end balances of customer %1 are not a series of months and whole amounts in fen; nothing was merged.</source>
        <translation>客户 %1 的月末余额不是按月份排列、以分为单位的整数金额；未合并任何数据。</translation>
    </message>
</context>
<context>
    <name>CustomerRetention</name>
    <message>
        <source>The relationship has not ended.</source>
        <translation>客户关系尚未终止。</translation>
    </message>
    <message>
        <source>No record retention rule is in force, so nothing may be purged.</source>
        <translation>没有生效的记录保存规则，因此不能清除任何记录。</translation>
    </message>
    <message numerus="yes">
        <source>Records must be kept until %1 (%n year(s) after the relationship ended).</source>
        <translation>
            <numerusform>记录须保存至 %1（关系终止后 %n 年）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The records are held for an open anti-money-laundering investigation.</source>
        <translation>该记录因反洗钱调查尚未结束而被保全。</translation>
    </message>
    <message>
        <source>The relationship with customer %1 already ended on %2.</source>
        <translation>与客户 %1 的关系已于 %2 终止。</translation>
    </message>
    <message>
        <source>The end date must be a date like 2026-01-31, not in the future.</source>
        <translation>终止日期须为形如 2026-01-31 的日期，且不能晚于今天。</translation>
    </message>
    <message>
        <source>Say why the relationship ends (at least %1 characters).</source>
        <translation>请说明关系终止的原因（至少 %1 个字）。</translation>
    </message>
    <message>
        <source>The relationship with customer %1 has not ended.</source>
        <translation>与客户 %1 的关系尚未终止。</translation>
    </message>
    <message>
        <source>Say why the relationship is reopened (at least %1 characters).</source>
        <translation>请说明恢复关系的原因（至少 %1 个字）。</translation>
    </message>
    <message>
        <source>Customer %1 is already held for an AML investigation.</source>
        <translation>客户 %1 已因反洗钱调查被保全。</translation>
    </message>
    <message>
        <source>Customer %1 is not held.</source>
        <translation>客户 %1 未被保全。</translation>
    </message>
    <message>
        <source>Give the reason or case reference (at least %1 characters).</source>
        <translation>请给出原因或案件编号（至少 %1 个字）。</translation>
    </message>
    <message>
        <source>Customer %1 cannot be purged: %2</source>
        <translation>客户 %1 不能清除：%2</translation>
    </message>
    <message>
        <source>Say why the customer is purged (at least %1 characters).</source>
        <translation>请说明清除该客户的原因（至少 %1 个字）。</translation>
    </message>
    <message>
        <source>A purge of customer %1 is already waiting for approval.</source>
        <translation>客户 %1 的清除申请正在等待审批。</translation>
    </message>
    <message>
        <source>Customer %1 has a merge request waiting; decide it first.</source>
        <translation>客户 %1 有一条待审批的合并申请；请先处理该申请。</translation>
    </message>
    <message>
        <source>There is no purge request %1.</source>
        <translation>不存在清除申请 %1。</translation>
    </message>
    <message>
        <source>Purge request %1 was already decided (%2).</source>
        <translation>清除申请 %1 已有决定（%2）。</translation>
    </message>
    <message>
        <source>Customer %1 is not in your branch: a supervisor of branch %2 approves this purge.</source>
        <translation>客户 %1 不在您的机构：应由机构 %2 的主管审批此清除。</translation>
    </message>
    <message>
        <source>You asked for this purge yourself: someone else must approve it.</source>
        <translation>此清除是您本人申请的：须由他人审批。</translation>
    </message>
    <message>
        <source>A purge needs a supervisor and a compliance officer: it was asked for by a %1, so a %1 cannot approve it.</source>
        <translation>清除须由一位主管和一位合规人员完成：此申请由%1提出，因此%1不能审批。</translation>
    </message>
    <message>
        <source>Nothing was purged: %1</source>
        <translation>未清除任何记录：%1</translation>
    </message>
    <message>
        <source>Customer %1 is not in your branch.</source>
        <translation>客户 %1 不在您的机构。</translation>
    </message>
    <message>
        <source>Say why the purge is rejected (at least %1 characters).</source>
        <translation>请说明驳回清除的原因（至少 %1 个字）。</translation>
    </message>
    <message>
        <source>A complaint of this customer is not finished yet; close it first.</source>
        <translation>该客户还有未办结的投诉；请先办结。</translation>
    </message>
</context>
<context>
    <name>CustomerSearch</name>
    <message>
        <source>Type at least two characters of the name.</source>
        <translation>请至少输入姓名中的两个字。</translation>
    </message>
    <message>
        <source>Type at least four digits of the mobile or ID number.</source>
        <translation>请至少输入手机号码或证件号码的四位数字。</translation>
    </message>
    <message>
        <source>Search by name (Chinese characters or pinyin), by the last digits of a mobile or ID number as the list shows them, or by a whole number.</source>
        <translation>可按姓名（汉字或拼音）、列表中显示的手机号码或证件号码末几位，或完整号码搜索。</translation>
    </message>
    <message>
        <source>The database connection is not an RM Desk one.</source>
        <translation>该数据库连接不是 RM Desk 的连接。</translation>
    </message>
    <message>
        <source>Type the last %1 digits, or the whole mobile or ID number: the digits in between are masked.</source>
        <translation>请输入末尾 %1 位，或完整的手机号码或证件号码：中间的数字已脱敏。</translation>
    </message>
</context>
<context>
    <name>CustomerStore</name>
    <message>
        <source>The review result must be confirmed, updated or unreachable.</source>
        <translation>核实结果必须是 confirmed（已确认）、updated（已更新）或 unreachable（无法联系）。</translation>
    </message>
    <message>
        <source>Say what was checked in the review (documents, contact details, …).</source>
        <translation>请说明核实了哪些内容（证件、联系方式等）。</translation>
    </message>
    <message>
        <source>The review date must be a date like 2026-01-31, not in the future.</source>
        <translation>核实日期必须是形如 2026-01-31 的日期，且不能晚于今天。</translation>
    </message>
    <message>
        <source>The consent purpose must be one of: %1.</source>
        <translation>授权用途必须是以下之一：%1。</translation>
    </message>
    <message>
        <source>The consent date must be a date like 2026-01-31, not in the future.</source>
        <translation>授权日期必须是形如 2026-01-31 的日期，且不能晚于今天。</translation>
    </message>
    <message>
        <source>A consent needs its channel and a reference to its evidence (signed form, recording).</source>
        <translation>授权须注明渠道及凭证编号（签字表格、录音等）。</translation>
    </message>
    <message>
        <source>The withdrawal date must be a date like 2026-01-31, not in the future.</source>
        <translation>撤回日期必须是形如 2026-01-31 的日期，且不能晚于今天。</translation>
    </message>
    <message>
        <source>Customer %1 has no consent for %2 to withdraw.</source>
        <translation>客户 %1 没有可撤回的“%2”授权。</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>不存在客户 %1。</translation>
    </message>
    <message>
        <source>Customer %1 is not in your %2; you may not see or change it.</source>
        <translation>客户 %1 不在您的%2内；您无权查看或修改。</translation>
    </message>
    <message>
        <source>book of customers</source>
        <translation>客户名单</translation>
    </message>
    <message>
        <source>branch</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>%1: there is no user %2.</source>
        <translation>%1：没有用户 %2。</translation>
    </message>
    <message>
        <source>%1: %2 is not an active relationship manager.</source>
        <translation>%1：%2 不是有效的客户经理。</translation>
    </message>
    <message>
        <source>%1: %2 works in branch %3, not %4.</source>
        <translation>%1：%2 隶属于机构 %3，而不是 %4。</translation>
    </message>
    <message>
        <source>%1: is required.</source>
        <translation>%1：为必填项。</translation>
    </message>
    <message>
        <source>You may add customers only to your own %1.</source>
        <translation>您只能向自己的%1添加客户。</translation>
    </message>
    <message>
        <source>%1: another customer already has this number.</source>
        <translation>%1：已有其他客户使用此号码。</translation>
    </message>
    <message>
        <source>The customer could not be added: %1</source>
        <translation>无法添加客户：%1</translation>
    </message>
    <message>
        <source>Nothing to change: name at least one field.</source>
        <translation>没有要修改的内容：请至少指定一个字段。</translation>
    </message>
    <message>
        <source>Say why the profile changes (--reason); it is kept with the change.</source>
        <translation>请说明修改原因（--reason）；原因将与修改一同保存。</translation>
    </message>
    <message>
        <source>%1: moving a customer to another branch is a transfer, not an edit.</source>
        <translation>%1：将客户移到其他机构属于移交，而不是编辑。</translation>
    </message>
    <message>
        <source>%1: cannot be left empty.</source>
        <translation>%1：不能为空。</translation>
    </message>
    <message>
        <source>Identity fields (name, ID document, birth date, gender) change only with a proof document: give its type and reference.</source>
        <translation>身份信息（姓名、证件、出生日期、性别）须凭证明文件才能修改：请填写证明文件类型和编号。</translation>
    </message>
    <message>
        <source>Nothing changes: the values are the same.</source>
        <translation>没有变化：取值相同。</translation>
    </message>
    <message>
        <source>Customer %1 was not changed: %2</source>
        <translation>客户 %1 未修改：%2</translation>
    </message>
    <message>
        <source>%1: change it with Change stage… (rmdesk-cli stage set), which keeps the transition and its reason.</source>
        <translation>%1：请通过“变更阶段…”（rmdesk-cli stage set）修改，系统会记录阶段变更及其原因。</translation>
    </message>
    <message>
        <source>The month-end balances of product %1 are not a series of months and whole amounts in fen.</source>
        <translation>产品 %1 的月末余额不是按月份排列、以分为单位的整数金额。</translation>
    </message>
    <message>
        <source>%1 is not a month; a month looks like 2026-10.</source>
        <translation>%1 不是月份；月份的格式如 2026-10。</translation>
    </message>
</context>
<context>
    <name>CustomerUi</name>
    <message>
        <source>Identity</source>
        <translation>身份信息</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Know your customer and risk</source>
        <translation>了解客户与风险</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>⚠ %1 — overdue</source>
        <translation>⚠ %1 — 已逾期</translation>
    </message>
    <message>
        <source>%1 — due soon</source>
        <translation>%1 — 即将到期</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>DashboardReport</name>
    <message>
        <source>Printed by %1 on %2</source>
        <translation>由 %1 于 %2 打印</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2. Choose another folder or file name.</source>
        <translation>无法将报表写入 %1：%2。请选择其他文件夹或文件名。</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>无法创建 PDF</translation>
    </message>
    <message>
        <source>a new page could not be started</source>
        <translation>无法新建页面</translation>
    </message>
    <message>
        <source>the PDF could not be finished</source>
        <translation>无法完成 PDF</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database file %1 does not exist. Check the path, or create a new database.</source>
        <translation>数据库文件 %1 不存在。请检查路径，或新建数据库。</translation>
    </message>
    <message>
        <source>The database file %1 cannot be opened. Check that you may read and write it and its folder.</source>
        <translation>无法打开数据库文件 %1。请检查您是否有权读写该文件及其所在文件夹。</translation>
    </message>
    <message>
        <source>%1 cannot be opened with this key: either the key is wrong or the file is not an RM Desk database. Nothing was changed.</source>
        <translation>无法用此密钥打开 %1：密钥错误，或该文件不是客户经理工作台数据库。文件未做任何更改。</translation>
    </message>
    <message>
        <source>The database file %1 is damaged. Nothing was changed; restore it from a backup.</source>
        <translation>数据库文件 %1 已损坏。文件未做任何更改；请从备份恢复。</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write the new database %1: %2</source>
        <translation>无法写入新数据库 %1：%2</translation>
    </message>
    <message>
        <source>%1 is an encrypted database, but not an RM Desk database.</source>
        <translation>%1 是加密数据库，但不是客户经理工作台数据库。</translation>
    </message>
    <message>
        <source>%1 was written by a newer RM Desk (schema version %2; this version knows up to %3). Update RM Desk to open it.</source>
        <translation>%1 由更新版本的客户经理工作台写入（结构版本 %2；本版本最高支持 %3）。请升级客户经理工作台后再打开。</translation>
    </message>
    <message>
        <source>The database %1 could not be updated to this version of RM Desk; it was left as it was. %2</source>
        <translation>数据库 %1 无法升级到本版本的客户经理工作台，已保持原样。%2</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it instead.</source>
        <translation>%1 已存在。请换一个名称，或直接打开它。</translation>
    </message>
    <message>
        <source>The cryptography library cannot be used.</source>
        <translation>加密库无法使用。</translation>
    </message>
    <message>
        <source>The key of the new database could not be stored: %1</source>
        <translation>无法保存新数据库的密钥：%1</translation>
    </message>
    <message>
        <source>No key for %1 is available: %2</source>
        <translation>没有可用于 %1 的密钥：%2</translation>
    </message>
    <message>
        <source>The database key can only be changed while no other work is using the database.</source>
        <translation>只有在没有其他工作使用数据库时才能更换密钥。</translation>
    </message>
    <message>
        <source>The database could not be prepared for a new key: %1</source>
        <translation>无法为更换密钥准备数据库：%1</translation>
    </message>
    <message>
        <source>The new key is in place, but write-ahead logging could not be restored: %1</source>
        <translation>新密钥已生效，但无法恢复预写日志模式：%1</translation>
    </message>
    <message>
        <source>The database key could not be changed: %1</source>
        <translation>无法更换数据库密钥：%1</translation>
    </message>
    <message>
        <source>%1 already exists; choose another file for the copy.</source>
        <translation>%1 已存在；请为副本另选文件。</translation>
    </message>
    <message>
        <source>The copy %1 could not be created: %2</source>
        <translation>无法创建副本 %1：%2</translation>
    </message>
    <message>
        <source>The copy %1 could not be written: %2</source>
        <translation>无法写入副本 %1：%2</translation>
    </message>
    <message>
        <source>The encrypted pages cannot be checked: %1</source>
        <translation>无法检查加密页面：%1</translation>
    </message>
    <message>
        <source>Damaged page: %1</source>
        <translation>页面损坏：%1</translation>
    </message>
    <message>
        <source>The database structure cannot be checked: %1</source>
        <translation>无法检查数据库结构：%1</translation>
    </message>
    <message>
        <source>Database structure: %1</source>
        <translation>数据库结构：%1</translation>
    </message>
    <message>
        <source>Table %1, row %2 refers to a missing row in %3.</source>
        <translation>表 %1 第 %2 行引用了 %3 中不存在的行。</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>The database key is being changed. Try again when that is done.</source>
        <translation>正在更换数据库密钥。请在完成后再试。</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Between 1 and %1 customers, and 1 to %2 months of holdings.</source>
        <translation>客户数须在 1 至 %1 之间，持仓月数须在 1 至 %2 之间。</translation>
    </message>
    <message numerus="yes">
        <source>The database already has %n customer(s): demo data goes only into a database without customers.</source>
        <translation>
            <numerusform>数据库中已有 %n 位客户：演示数据只能写入没有客户的数据库。</numerusform>
        </translation>
    </message>
    <message>
        <source>The database connection is not an RM Desk one.</source>
        <translation>该数据库连接不属于客户经理工作台。</translation>
    </message>
    <message>
        <source>No demo data was written: %1</source>
        <translation>未写入任何演示数据：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n customer RM(s) are missing.</source>
        <translation>
            <numerusform>缺少 %n 位客户的客户经理。</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo data was written, but write-ahead logging could not be restored: %1</source>
        <translation>演示数据已写入，但无法恢复预写日志（WAL）模式：%1</translation>
    </message>
    <message>
        <source>The survey template %1 is missing.</source>
        <translation>缺少满意度调查模板 %1。</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Go ahead</source>
        <translation>继续</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s).</source>
        <translation>
            <numerusform>至少 %n 个字符。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>Drafts belong to a signed-in user.</source>
        <translation>草稿属于已登录的用户。</translation>
    </message>
    <message>
        <source>A draft needs the name of its form.</source>
        <translation>草稿须注明所属的表单。</translation>
    </message>
</context>
<context>
    <name>EvaluationStore</name>
    <message>
        <source>does not meet expectations</source>
        <translation>未达预期</translation>
    </message>
    <message>
        <source>partly meets expectations</source>
        <translation>部分达到预期</translation>
    </message>
    <message>
        <source>meets expectations</source>
        <translation>达到预期</translation>
    </message>
    <message>
        <source>exceeds expectations</source>
        <translation>超出预期</translation>
    </message>
    <message>
        <source>outstanding</source>
        <translation>卓越</translation>
    </message>
    <message>
        <source>There is no evaluation %1.</source>
        <translation>不存在绩效评价 %1。</translation>
    </message>
    <message>
        <source>There is no evaluation %1 among yours.</source>
        <translation>您的绩效评价中没有 %1。</translation>
    </message>
    <message>
        <source>Give the period as YYYY-MM, YYYY-Qn or YYYY, not &quot;%1&quot;.</source>
        <translation>请按 YYYY-MM、YYYY-Qn 或 YYYY 格式给出期间，而不是“%1”。</translation>
    </message>
    <message>
        <source>Period %1 has not ended yet: evaluate a period once it is over.</source>
        <translation>期间 %1 尚未结束：请在期间结束后再进行评价。</translation>
    </message>
    <message>
        <source>There is no active relationship manager %1.</source>
        <translation>不存在有效的客户经理 %1。</translation>
    </message>
    <message>
        <source>%1 works in branch %2: only a supervisor of that branch may evaluate them.</source>
        <translation>%1 隶属机构 %2：只有该机构的主管可以对其进行评价。</translation>
    </message>
    <message>
        <source>%1 has no scorecard.</source>
        <translation>%1 没有考核记分卡。</translation>
    </message>
    <message>
        <source>%1 already has evaluation %2 for %3.</source>
        <translation>%1 在 %3 已有绩效评价 %2。</translation>
    </message>
    <message>
        <source>The evaluation was not created: %1</source>
        <translation>绩效评价未创建：%1</translation>
    </message>
    <message>
        <source>Evaluation %1 belongs to branch %2: only a supervisor of that branch may change it.</source>
        <translation>绩效评价 %1 属于机构 %2：只有该机构的主管可以修改。</translation>
    </message>
    <message>
        <source>Evaluation %1 was signed off by %2 on %3 and can no longer be changed.</source>
        <translation>绩效评价 %1 已由 %2 于 %3 签核，不能再修改。</translation>
    </message>
    <message>
        <source>Evaluation %1 was not changed: %2</source>
        <translation>绩效评价 %1 未修改：%2</translation>
    </message>
    <message>
        <source>The rating must be 1 (does not meet expectations) to 5 (outstanding).</source>
        <translation>评级须为 1（未达预期）至 5（卓越）。</translation>
    </message>
    <message>
        <source>Give a comment of 1 to %1 characters with the rating.</source>
        <translation>评级时请填写 1 至 %1 个字符的评语。</translation>
    </message>
    <message>
        <source>Rate evaluation %1 with a comment before signing it off.</source>
        <translation>请先为绩效评价 %1 评级并填写评语，再签核。</translation>
    </message>
</context>
<context>
    <name>HoldingImport</name>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>导入已取消；未写入任何内容。</translation>
    </message>
    <message>
        <source>The header has no column %1.</source>
        <translation>表头中没有 %1 列。</translation>
    </message>
    <message>
        <source>The header has no column %1: nothing was imported.</source>
        <translation>表头中没有 %1 列：未导入任何内容。</translation>
    </message>
    <message>
        <source>The row has %1 fields; the header has %2.</source>
        <translation>该行有 %1 个字段；表头有 %2 个。</translation>
    </message>
    <message>
        <source>Give the customer.</source>
        <translation>请填写客户。</translation>
    </message>
    <message>
        <source>No customer of yours has this number.</source>
        <translation>您名下没有该编号的客户。</translation>
    </message>
    <message>
        <source>Give the product code.</source>
        <translation>请填写产品代码。</translation>
    </message>
    <message>
        <source>The product %1 is not in the catalogue: import the products first.</source>
        <translation>产品 %1 不在产品目录中：请先导入产品。</translation>
    </message>
    <message>
        <source>Give the month as YYYY-MM, like 2026-10.</source>
        <translation>请按 YYYY-MM 填写月份，例如 2026-10。</translation>
    </message>
    <message>
        <source>The month has not begun yet.</source>
        <translation>该月份尚未开始。</translation>
    </message>
    <message>
        <source>Give the balance in yuan, like 12345.67, not below zero.</source>
        <translation>请以元为单位填写余额，例如 12345.67，不能为负数。</translation>
    </message>
    <message>
        <source>The same customer, product and month are on line %1 already.</source>
        <translation>同一客户、产品和月份已出现在第 %1 行。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were rejected, so nothing was imported.</source>
        <translation>
            <numerusform>有 %n 行被拒绝，因此未导入任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message>
        <source>The balances on file for customer %1 and product %2 are damaged.</source>
        <translation>客户 %1 的产品 %2 已存余额已损坏。</translation>
    </message>
    <message>
        <source>A product code is 1 to 32 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>产品代码为 1 至 32 个字母、数字、“_”、“.”或“-”，以字母或数字开头。</translation>
    </message>
    <message>
        <source>Give the product&apos;s name, at most 80 characters.</source>
        <translation>请填写产品名称，最多 80 个字符。</translation>
    </message>
    <message>
        <source>The type is one of %1.</source>
        <translation>产品类型须为以下之一：%1。</translation>
    </message>
    <message>
        <source>The risk level is R1 to R5.</source>
        <translation>风险等级须为 R1 至 R5。</translation>
    </message>
    <message>
        <source>The product is on line %1 already.</source>
        <translation>该产品已出现在第 %1 行。</translation>
    </message>
    <message>
        <source>The month is before 2000.</source>
        <translation>月份早于 2000 年。</translation>
    </message>
    <message>
        <source>%1 rows checked: %2 valid, %3 rejected. Nothing was written.</source>
        <translation>已检查 %1 行：有效 %2 行，拒绝 %3 行。未写入任何内容。</translation>
    </message>
    <message>
        <source>%1 rows: %2 balances written (%3 corrected), %4 rejected; %5 customers, %6 changed tier.</source>
        <translation>共 %1 行：写入 %2 条余额（其中更正 %3 条），拒绝 %4 行；涉及 %5 位客户，%6 位客户层级变化。</translation>
    </message>
    <message>
        <source>%1 rows: %2 products added, %3 changed, %4 unchanged, %5 rejected.</source>
        <translation>共 %1 行：新增产品 %2 个，修改 %3 个，未变 %4 个，拒绝 %5 行。</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>IdNumbers</name>
    <message>
        <source>No number was given.</source>
        <translation>未填写号码。</translation>
    </message>
    <message>
        <source>This is an old 15-digit number; the 18-digit number is required.</source>
        <translation>这是旧的 15 位号码；须使用 18 位号码。</translation>
    </message>
    <message>
        <source>18 characters are needed; this has %1.</source>
        <translation>需要 18 个字符；现为 %1 个。</translation>
    </message>
    <message>
        <source>Character %1 should be a digit, not &quot;%2&quot;.</source>
        <translation>第 %1 位应为数字，而不是“%2”。</translation>
    </message>
    <message>
        <source>The last character should be a digit or X, not &quot;%1&quot;.</source>
        <translation>最后一位应为数字或 X，而不是“%1”。</translation>
    </message>
    <message>
        <source>No code was given.</source>
        <translation>未填写代码。</translation>
    </message>
    <message>
        <source>Character %1 is the letter %2, which these codes never use.</source>
        <translation>第 %1 位是字母 %2，此类代码从不使用该字母。</translation>
    </message>
    <message>
        <source>Character %1 should be a digit or a capital letter, not &quot;%2&quot;.</source>
        <translation>第 %1 位应为数字或大写字母，而不是“%2”。</translation>
    </message>
    <message>
        <source>The first character %1 is not a registration authority.</source>
        <translation>第一位 %1 不是登记管理部门代码。</translation>
    </message>
    <message>
        <source>Characters 3 to 8 should be a six-digit region code, not %1.</source>
        <translation>第 3 至 8 位应为 6 位地区代码，而不是 %1。</translation>
    </message>
    <message>
        <source>Only letters and digits are allowed, not &quot;%1&quot;.</source>
        <translation>只允许字母和数字，不允许“%1”。</translation>
    </message>
    <message>
        <source>5 to 17 letters and digits are needed; this has %1.</source>
        <translation>需要 5 至 17 个字母或数字；现为 %1 个。</translation>
    </message>
    <message>
        <source>A passport number has at least one digit; this has none.</source>
        <translation>护照号码至少包含一个数字；此号码没有。</translation>
    </message>
    <message>
        <source>It should start with H (Hong Kong) or M (Macao), not &quot;%1&quot;.</source>
        <translation>应以 H（香港）或 M（澳门）开头，而不是“%1”。</translation>
    </message>
    <message>
        <source>%1 should be followed by 8 or 10 digits.</source>
        <translation>%1 后应跟 8 位或 10 位数字。</translation>
    </message>
    <message>
        <source>8 digits are needed (older permits: 10 digits, or 8 digits, a letter and a digit).</source>
        <translation>需要 8 位数字（旧版通行证：10 位数字，或 8 位数字加一个字母和一个数字）。</translation>
    </message>
    <message>
        <source>An old-style number starts with 3 letters, then 12 digits.</source>
        <translation>旧版号码以 3 个字母开头，后跟 12 位数字。</translation>
    </message>
    <message>
        <source>18 characters are needed (15 for cards issued before 2023); this has %1.</source>
        <translation>需要 18 个字符（2023 年前签发的为 15 个）；现为 %1 个。</translation>
    </message>
    <message>
        <source>An 18-character number starts with 9, not &quot;%1&quot;.</source>
        <translation>18 位号码应以 9 开头，而不是“%1”。</translation>
    </message>
    <message>
        <source>Unknown kind of identity document.</source>
        <translation>未知的身份证件类型。</translation>
    </message>
    <message>
        <source>The check character (the last) does not agree with the others: a character is mistyped. Compare the whole number with the document.</source>
        <translation>校验码（最后一位）与其他各位不符：有字符录入错误。请对照证件核对整个号码。</translation>
    </message>
    <message>
        <source>The first two digits are not the code of a Chinese province.</source>
        <translation>前两位不是中国省级行政区的代码。</translation>
    </message>
    <message>
        <source>Characters 7 to 14 (the birth date) are not a date that exists.</source>
        <translation>第 7 至 14 位（出生日期）不是一个存在的日期。</translation>
    </message>
    <message>
        <source>The birth date in it (characters 7 to 14) is before 1900.</source>
        <translation>其中的出生日期（第 7 至 14 位）早于 1900 年。</translation>
    </message>
    <message>
        <source>The birth date in it (characters 7 to 14) is in the future.</source>
        <translation>其中的出生日期（第 7 至 14 位）晚于今天。</translation>
    </message>
</context>
<context>
    <name>InteractionStore</name>
    <message>
        <source>When: the contact cannot be in the future.</source>
        <translation>时间：接触时间不能晚于当前时间。</translation>
    </message>
    <message>
        <source>Channel: use one of %1.</source>
        <translation>渠道：请使用 %1 之一。</translation>
    </message>
    <message>
        <source>Purpose: use one of %1.</source>
        <translation>目的：请使用 %1 之一。</translation>
    </message>
    <message>
        <source>Outcome: use one of %1.</source>
        <translation>结果：请使用 %1 之一。</translation>
    </message>
    <message>
        <source>Summary: say what was discussed.</source>
        <translation>摘要：请说明沟通内容。</translation>
    </message>
    <message>
        <source>Summary: at most %1 characters.</source>
        <translation>摘要：最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Summary: it seems to hold an ID or bank card number. Leave such numbers out; they belong in the profile, masked.</source>
        <translation>摘要：似乎包含身份证号或银行卡号。请勿填写此类号码，它们应脱敏保存在客户资料中。</translation>
    </message>
    <message>
        <source>Products: there is no product %1.</source>
        <translation>产品：不存在产品 %1。</translation>
    </message>
    <message>
        <source>Next follow-up: a date from today to %1.</source>
        <translation>下次跟进：须为今天至 %1 之间的日期。</translation>
    </message>
    <message>
        <source>Continues: customer %1 has no interaction %2.</source>
        <translation>延续事项：客户 %1 没有服务记录 %2。</translation>
    </message>
    <message>
        <source>The interaction was not recorded: %1</source>
        <translation>服务记录未登记：%1</translation>
    </message>
    <message>
        <source>Customer %1 has no consent to marketing contact in force: advise on products only when they ask for it, and say so in the summary.</source>
        <translation>客户 %1 没有有效的营销联系同意：仅在客户主动询问时提供产品建议，并在摘要中注明。</translation>
    </message>
    <message>
        <source>Suitability: %1</source>
        <translation>适当性：%1</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>The keyring %1 is missing. It holds the keys to the database and must stay beside it; restore it from the backup that holds the database.</source>
        <translation>缺少密钥环 %1。它保存着数据库的密钥，必须与数据库放在一起；请从包含该数据库的备份中恢复。</translation>
    </message>
    <message>
        <source>The keyring %1 cannot be read: %2</source>
        <translation>无法读取密钥环 %1：%2</translation>
    </message>
    <message>
        <source>The keyring %1 is damaged (it is far too large).</source>
        <translation>密钥环 %1 已损坏（文件过大）。</translation>
    </message>
    <message>
        <source>The keyring %1 is damaged or is not an RM Desk keyring.</source>
        <translation>密钥环 %1 已损坏，或不是客户经理工作台的密钥环。</translation>
    </message>
    <message>
        <source>The keyring %1 was written by a newer RM Desk. Update RM Desk to use it.</source>
        <translation>密钥环 %1 由更新版本的客户经理工作台写入。请升级后再使用。</translation>
    </message>
    <message>
        <source>The keyring %1 is damaged: a key slot cannot be read.</source>
        <translation>密钥环 %1 已损坏：有密钥槽无法读取。</translation>
    </message>
    <message>
        <source>The keyring %1 could not be written: %2</source>
        <translation>无法写入密钥环 %1：%2</translation>
    </message>
</context>
<context>
    <name>KpiText</name>
    <message>
        <source>Retention rate</source>
        <translation>留存率</translation>
    </message>
    <message>
        <source>Net new customers</source>
        <translation>净新增客户</translation>
    </message>
    <message>
        <source>AUM growth</source>
        <translation>资产规模增长率</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Complaints decided on time</source>
        <translation>投诉按时处理率</translation>
    </message>
    <message>
        <source>Reviews up to date</source>
        <translation>定期核实及时率</translation>
    </message>
    <message>
        <source>Interactions per customer</source>
        <translation>户均服务记录数</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>留存</translation>
    </message>
    <message>
        <source>Net new</source>
        <translation>净新增</translation>
    </message>
    <message>
        <source>Complaints on time</source>
        <translation>投诉按时率</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>定期核实</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>服务频次</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 位客户</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>%1 per customer</source>
        <translation>户均 %1</translation>
    </message>
</context>
<context>
    <name>LifecycleRules</name>
    <message>
        <source>%1 is not a lifecycle stage; choose one of: %2.</source>
        <translation>%1 不是生命周期阶段；请从以下选择：%2。</translation>
    </message>
    <message>
        <source>Say why the stage is set by hand (at least 4 characters).</source>
        <translation>请说明手动设置阶段的原因（至少 4 个字）。</translation>
    </message>
</context>
<context>
    <name>LifecycleStore</name>
    <message>
        <source>The monthly stage run is a batch job for administrators: %1</source>
        <translation>每月阶段评定是由管理员执行的批处理作业：%1</translation>
    </message>
    <message>
        <source>%1 has not ended yet: stages are assigned for complete months, up to %2.</source>
        <translation>%1 尚未结束：阶段只按已结束的完整月份评定，最晚至 %2。</translation>
    </message>
    <message>
        <source>Stages are assigned month by month and %1 has been run already: run %1 again or a later month.</source>
        <translation>阶段按月依次评定，且 %1 已运行过：请重新运行 %1 或运行更晚的月份。</translation>
    </message>
    <message>
        <source>The stages of %1 were not assigned: %2</source>
        <translation>%1 的阶段未评定：%2</translation>
    </message>
    <message>
        <source>kept: override in force</source>
        <translation>保持不变：人工调整仍有效</translation>
    </message>
    <message>
        <source>The stage was not set: %1</source>
        <translation>阶段未设置：%1</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>manage users</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <source>change the database key</source>
        <translation>更换数据库密钥</translation>
    </message>
    <message>
        <source>make backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>change settings and rules</source>
        <translation>修改设置和规则</translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <source>verify the audit trail and the database</source>
        <translation>校验审计日志和数据库</translation>
    </message>
    <message>
        <source>read customer profiles</source>
        <translation>查看客户资料</translation>
    </message>
    <message>
        <source>add customers</source>
        <translation>新增客户</translation>
    </message>
    <message>
        <source>change customer profiles</source>
        <translation>修改客户资料</translation>
    </message>
    <message>
        <source>show masked customer data</source>
        <translation>查看脱敏前的客户数据</translation>
    </message>
    <message>
        <source>export customers</source>
        <translation>导出客户</translation>
    </message>
    <message>
        <source>import customers</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <source>assign customers to relationship managers</source>
        <translation>为客户分配客户经理</translation>
    </message>
    <message>
        <source>merge duplicate customers</source>
        <translation>合并重复客户</translation>
    </message>
    <message>
        <source>purge customers past retention</source>
        <translation>清除超过保存期限的客户</translation>
    </message>
    <message>
        <source>record visits, calls and follow-ups</source>
        <translation>记录拜访、电话和跟进</translation>
    </message>
    <message>
        <source>read complaints</source>
        <translation>查看投诉</translation>
    </message>
    <message>
        <source>handle complaints</source>
        <translation>处理投诉</translation>
    </message>
    <message>
        <source>extend a complaint deadline to 60 days</source>
        <translation>将投诉处理期限延长至 60 天</translation>
    </message>
    <message>
        <source>read satisfaction surveys</source>
        <translation>查看满意度调查</translation>
    </message>
    <message>
        <source>record satisfaction surveys</source>
        <translation>录入满意度调查</translation>
    </message>
    <message>
        <source>read dashboards</source>
        <translation>查看看板</translation>
    </message>
    <message>
        <source>evaluate relationship managers</source>
        <translation>考核客户经理</translation>
    </message>
    <message>
        <source>Your role (%1) does not permit you to %2.</source>
        <translation>您的角色（%1）无权%2。</translation>
    </message>
    <message>
        <source>hold customer records for an AML investigation</source>
        <translation>因反洗钱调查保全客户记录</translation>
    </message>
    <message>
        <source>reopen ended customer relationships</source>
        <translation>恢复已终止的客户关系</translation>
    </message>
    <message>
        <source>check identity changes against their proof</source>
        <translation>对照证明材料复核身份信息变更</translation>
    </message>
</context>
<context>
    <name>RetentionCsv</name>
    <message>
        <source>Retention dashboard</source>
        <translation>留存看板</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>RM</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>客群</translation>
    </message>
    <message>
        <source>Figures of</source>
        <translation>数据截至</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>有效客户</translation>
    </message>
    <message>
        <source>12-month retention (%)</source>
        <translation>12 个月留存率（%）</translation>
    </message>
    <message>
        <source>Monthly churn rate (%)</source>
        <translation>月流失率（%）</translation>
    </message>
    <message>
        <source>Net new customers</source>
        <translation>净新增客户</translation>
    </message>
    <message>
        <source>AUM at the end (yuan)</source>
        <translation>期末资产规模（元）</translation>
    </message>
    <message>
        <source>AUM at the start (yuan)</source>
        <translation>期初资产规模（元）</translation>
    </message>
    <message>
        <source>AUM growth (%)</source>
        <translation>资产规模增长率（%）</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>NPS responses</source>
        <translation>NPS 答卷数</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Won back</source>
        <translation>已挽回</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>已流失</translation>
    </message>
    <message>
        <source>Net new</source>
        <translation>净新增</translation>
    </message>
    <message>
        <source>Churn rate (%)</source>
        <translation>流失率（%）</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>同期群</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>+%1 mo. (%)</source>
        <translation>+%1 个月（%）</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Reason the relationship ended</source>
        <translation>关系终止原因</translation>
    </message>
    <message>
        <source>Other reasons</source>
        <translation>其他原因</translation>
    </message>
</context>
<context>
    <name>RetentionDashboard</name>
    <message>
        <source>There is no segment %1.</source>
        <translation>不存在客群 %1。</translation>
    </message>
    <message>
        <source>The period must not start after it ends (%1 to %2).</source>
        <translation>期间的开始不能晚于结束（%1 至 %2）。</translation>
    </message>
</context>
<context>
    <name>RetentionStore</name>
    <message>
        <source>The retention figures could not be rebuilt: %1</source>
        <translation>无法重新计算留存数据：%1</translation>
    </message>
    <message>
        <source>You may read the figures of your own branch (%1) only.</source>
        <translation>您只能查看本机构（%1）的数据。</translation>
    </message>
    <message>
        <source>There is no user named %1.</source>
        <translation>没有名为 %1 的用户。</translation>
    </message>
    <message>
        <source>You may read the figures of your own book of customers only.</source>
        <translation>您只能查看自己客户名单的数据。</translation>
    </message>
    <message>
        <source>The month-end balances of customer %1 are not a series of months and whole amounts in fen. Correct them and try again.</source>
        <translation>客户 %1 的月末余额不是按月份排列、以分为单位的整数金额。请更正后重试。</translation>
    </message>
</context>
<context>
    <name>RuleChecks</name>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>%1 至 %2 之间的整数</translation>
    </message>
    <message>
        <source>fixed: %1</source>
        <translation>固定为：%1</translation>
    </message>
    <message numerus="yes">
        <source>first:N,last:N or until:X|Y, showing at most %n character(s)</source>
        <translation>
            <numerusform>first:N,last:N 或 until:X|Y，最多显示 %n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>entries are added, never changed or removed</source>
        <translation>只能新增条目，不能修改或删除</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rule set RM Desk knows.</source>
        <translation>“%1”不是客户经理工作台已知的规则集。</translation>
    </message>
    <message>
        <source>%1 is given twice.</source>
        <translation>%1 重复给出。</translation>
    </message>
    <message>
        <source>%1 cannot be removed: complaints may use it.</source>
        <translation>%1 不能删除：已有投诉可能使用它。</translation>
    </message>
    <message>
        <source>%1 is missing: every rule needs a value.</source>
        <translation>缺少 %1：每条规则都必须有值。</translation>
    </message>
    <message>
        <source>%1 cannot be renamed: complaints already filed under it would change their meaning. Add a new entry instead.</source>
        <translation>%1 不能改名：已归入该项的投诉含义会随之改变。请改为新增一项。</translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; must be 2 to 40 lower-case letters, digits or &apos;_&apos;, starting with a letter.</source>
        <translation>代码“%1”须为 2 至 40 个小写字母、数字或“_”，并以字母开头。</translation>
    </message>
    <message>
        <source>The name of %1 must be one line of 1 to 80 characters.</source>
        <translation>%1 的名称须为一行，1 至 80 个字符。</translation>
    </message>
    <message>
        <source>%1 is not a rule of this set.</source>
        <translation>%1 不是本规则集中的规则。</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 须为 %2 至 %3 之间的整数。</translation>
    </message>
    <message>
        <source>%1 is set by regulation and stays &quot;%2&quot;.</source>
        <translation>%1 由法规规定，保持为“%2”。</translation>
    </message>
    <message>
        <source>%1: write the pattern as first:N,last:N or until:X|Y.</source>
        <translation>%1：请按 first:N,last:N 或 until:X|Y 的格式填写。</translation>
    </message>
    <message numerus="yes">
        <source>%1 may show at most %n character(s) of a value.</source>
        <translation>
            <numerusform>%1 最多只能显示 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be changed.</source>
        <translation>%1 不能修改。</translation>
    </message>
    <message>
        <source>%1 must be at least %2.</source>
        <translation>%1 不能小于 %2。</translation>
    </message>
    <message>
        <source>%1 must be more than %2.</source>
        <translation>%1 必须大于 %2。</translation>
    </message>
    <message>
        <source>%1: &quot;until&quot; is for addresses; use first:N,last:N.</source>
        <translation>%1：“until”只用于地址；请使用 first:N,last:N。</translation>
    </message>
</context>
<context>
    <name>RuleStore</name>
    <message>
        <source>Say why the rules change (at least %1 characters): the reason is kept with the version and in the audit trail.</source>
        <translation>请说明修改规则的原因（至少 %1 个字符）：原因将与版本一起保存并记入审计日志。</translation>
    </message>
    <message>
        <source>There is no rule set &quot;%1&quot;.</source>
        <translation>没有名为“%1”的规则集。</translation>
    </message>
    <message>
        <source>A new version takes effect today (%1) or later: rules of past days stay as they were.</source>
        <translation>新版本须自今天（%1）或之后生效：过去日期的规则保持不变。</translation>
    </message>
    <message>
        <source>Version %1 takes effect on %2: a newer version cannot take effect before it.</source>
        <translation>版本 %1 于 %2 生效：更新的版本不能早于该日生效。</translation>
    </message>
    <message>
        <source>Nothing changes: every value is the one of version %1.</source>
        <translation>没有任何改动：所有值都与版本 %1 相同。</translation>
    </message>
    <message>
        <source>The rule set was not saved: %1</source>
        <translation>规则集未保存：%1</translation>
    </message>
</context>
<context>
    <name>Satisfaction</name>
    <message numerus="yes">
        <source>Based on %n response(s): too few to compare groups; read with care.</source>
        <translation>
            <numerusform>仅基于 %n 份答卷：样本过少，不宜进行分组比较；请谨慎解读。</numerusform>
        </translation>
    </message>
    <message>
        <source>No answers yet: nothing to compare.</source>
        <translation>暂无答卷：无可比较的内容。</translation>
    </message>
</context>
<context>
    <name>SecretInput</name>
    <message>
        <source>The input line is too long.</source>
        <translation>输入行过长。</translation>
    </message>
    <message>
        <source>Standard input ended before a password was read.</source>
        <translation>标准输入在读到密码之前已结束。</translation>
    </message>
    <message>
        <source>There is no terminal to ask for the password on; use --password-stdin.</source>
        <translation>没有可用于输入密码的终端；请使用 --password-stdin。</translation>
    </message>
</context>
<context>
    <name>ServiceCodes</name>
    <message>
        <source>Visit</source>
        <translation>上门拜访</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Branch counter</source>
        <translation>网点柜台</translation>
    </message>
    <message>
        <source>Online banking</source>
        <translation>网上银行</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>服务请求</translation>
    </message>
    <message>
        <source>Product advice</source>
        <translation>产品咨询</translation>
    </message>
    <message>
        <source>Periodic review</source>
        <translation>定期核实</translation>
    </message>
    <message>
        <source>Relationship care</source>
        <translation>客户关怀</translation>
    </message>
    <message>
        <source>Complaint follow-up</source>
        <translation>投诉回访</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Pending, follow up</source>
        <translation>待跟进</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>已转办</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>未联系上</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>ID document expiry</source>
        <translation>证件到期</translation>
    </message>
</context>
<context>
    <name>ServiceStats</name>
    <message>
        <source>The period must run from a date to the same or a later date.</source>
        <translation>统计期间的结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>不存在用户 %1。</translation>
    </message>
    <message>
        <source>%1 is not a relationship manager whose service numbers you may see.</source>
        <translation>您无权查看 %1 的服务指标。</translation>
    </message>
</context>
<context>
    <name>SqlCipherResult</name>
    <message>
        <source>Unable to prepare statement</source>
        <translation>无法准备语句</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>数据库未打开。</translation>
    </message>
    <message>
        <source>Unable to execute multiple statements at a time</source>
        <translation>不能一次执行多条语句</translation>
    </message>
    <message>
        <source>Only one statement per query is allowed.</source>
        <translation>每次查询只允许一条语句。</translation>
    </message>
    <message>
        <source>Parameter count mismatch</source>
        <translation>参数个数不匹配</translation>
    </message>
    <message>
        <source>The statement has %1 placeholders but %2 values were bound.</source>
        <translation>语句有 %1 个占位符，但绑定了 %2 个值。</translation>
    </message>
    <message>
        <source>Unable to bind parameters</source>
        <translation>无法绑定参数</translation>
    </message>
    <message>
        <source>Unable to fetch row</source>
        <translation>无法读取数据行</translation>
    </message>
    <message>
        <source>Unable to execute statement</source>
        <translation>无法执行语句</translation>
    </message>
</context>
<context>
    <name>Suitability</name>
    <message>
        <source>The customer&apos;s risk tolerance has not been assessed: no product may be offered before it is (%1).</source>
        <translation>尚未评估该客户的风险承受能力：评估之前不得推介任何产品（%1）。</translation>
    </message>
    <message>
        <source>The customer&apos;s risk assessment expired on %1: assess again before offering products (%2).</source>
        <translation>该客户的风险评估已于 %1 到期：推介产品前请重新评估（%2）。</translation>
    </message>
    <message>
        <source>Above the customer&apos;s risk level %1: %2. Offer such a product only at the customer&apos;s insistence, with a special risk warning they confirm, and record both.</source>
        <translation>高于该客户的风险等级 %1：%2。仅在客户坚持购买时方可推介此类产品，须作出特别风险警示并经客户确认，且两者均应记录。</translation>
    </message>
    <message>
        <source>The customer is a C1 investor: %1 must not be offered to them at all.</source>
        <translation>该客户为 C1 投资者：不得向其推介 %1。</translation>
    </message>
    <message>
        <source>Every product advised on suits the customer: there is no exception to record.</source>
        <translation>所建议的产品均适合该客户：没有需要记录的例外。</translation>
    </message>
    <message>
        <source>Say how it was handled: the customer insisted after a special risk warning they confirmed, or the products were declined as unsuitable.</source>
        <translation>请说明处理方式：客户在确认特别风险警示后仍坚持，或因不适合而未予推荐。</translation>
    </message>
    <message>
        <source>A C1 investor may not be offered products above R1, even at their insistence: record the products as declined.</source>
        <translation>不得向 C1 投资者提供高于 R1 的产品，即使其坚持也不可以：请记录为未予推荐。</translation>
    </message>
    <message>
        <source>Without a valid risk assessment no product may be offered, even at the customer&apos;s insistence: assess the customer first, or record the products as declined.</source>
        <translation>没有有效的风险测评，不得提供任何产品，即使客户坚持也不可以：请先为客户做风险测评，或记录为未予推荐。</translation>
    </message>
</context>
<context>
    <name>SupervisionStore</name>
    <message>
        <source>Give the period as YYYY-MM, YYYY-Qn or YYYY, not &quot;%1&quot;.</source>
        <translation>请按 YYYY-MM、YYYY-Qn 或 YYYY 格式给出期间，而不是“%1”。</translation>
    </message>
    <message>
        <source>Period %1 has not begun: nothing can be sampled from it.</source>
        <translation>期间 %1 尚未开始：无法从中抽样。</translation>
    </message>
    <message>
        <source>The sample size must be 1 to %1 records of each kind.</source>
        <translation>抽样数量须为每类 1 至 %1 条记录。</translation>
    </message>
    <message>
        <source>The seed must be a number of 0 or more.</source>
        <translation>随机种子须为大于或等于 0 的数。</translation>
    </message>
    <message>
        <source>Branch %1 has no interactions or complaints in %2 to sample.</source>
        <translation>机构 %1 在 %2 没有可供抽样的服务记录或投诉。</translation>
    </message>
    <message>
        <source>The sample was not drawn: %1</source>
        <translation>未完成抽样：%1</translation>
    </message>
    <message>
        <source>Spot checks are read by supervisors and compliance staff.</source>
        <translation>抽查仅供主管和合规人员查看。</translation>
    </message>
    <message>
        <source>That spot check is not among your branch&apos;s.</source>
        <translation>该抽查不属于您的机构。</translation>
    </message>
    <message>
        <source>There is no spot check %1.</source>
        <translation>不存在抽查 %1。</translation>
    </message>
    <message>
        <source>Spot check %1 belongs to branch %2.</source>
        <translation>抽查 %1 属于机构 %2。</translation>
    </message>
    <message>
        <source>The finding must be ok or issue, not &quot;%1&quot;.</source>
        <translation>检查结论须为 ok 或 issue，而不是“%1”。</translation>
    </message>
    <message>
        <source>Describe the issue in a note of 1 to %1 characters.</source>
        <translation>请用 1 至 %1 个字符的备注描述问题。</translation>
    </message>
    <message>
        <source>Spot check %1 has items 1 to %2.</source>
        <translation>抽查 %1 的抽样项为第 1 至 %2 项。</translation>
    </message>
    <message>
        <source>Item %1 was already checked by %2 (%3): a finding stands once recorded.</source>
        <translation>第 %1 项已由 %2 检查（%3）：检查结论一经记录即不可更改。</translation>
    </message>
    <message>
        <source>The finding was not recorded: %1</source>
        <translation>检查结论未记录：%1</translation>
    </message>
    <message>
        <source>Give the measure a title of 1 to 200 characters.</source>
        <translation>请为整改措施填写 1 至 200 个字符的标题。</translation>
    </message>
    <message>
        <source>The description may have at most %1 characters.</source>
        <translation>描述最多 %1 个字符。</translation>
    </message>
    <message>
        <source>The source must be spot_check, complaint, evaluation or other, not &quot;%1&quot;.</source>
        <translation>来源须为 spot_check、complaint、evaluation 或 other，而不是“%1”。</translation>
    </message>
    <message>
        <source>Name the spot check item, complaint or evaluation the measure comes from by its number.</source>
        <translation>请用编号指明该整改措施来源于哪个抽查项、投诉或绩效评价。</translation>
    </message>
    <message>
        <source>There is no %1 %2.</source>
        <translation>不存在 %1 %2。</translation>
    </message>
    <message>
        <source>The due date must be a date like %1, today or later.</source>
        <translation>截止日期须为形如 %1 的日期，且不早于今天。</translation>
    </message>
    <message>
        <source>The owner must be an active relationship manager or supervisor of branch %1; %2 is not.</source>
        <translation>负责人须为机构 %1 的有效客户经理或主管；%2 不是。</translation>
    </message>
    <message>
        <source>The measure was not added: %1</source>
        <translation>整改措施未添加：%1</translation>
    </message>
    <message>
        <source>There is no improvement measure %1.</source>
        <translation>不存在整改措施 %1。</translation>
    </message>
    <message>
        <source>There is no improvement measure %1 among yours.</source>
        <translation>您的整改措施中没有 %1。</translation>
    </message>
    <message>
        <source>Only %1 (the owner) or a supervisor of branch %2 may update measure %3.</source>
        <translation>只有 %1（负责人）或机构 %2 的主管可以更新整改措施 %3。</translation>
    </message>
    <message>
        <source>Measure %1 was completed on %2 and is closed.</source>
        <translation>整改措施 %1 已于 %2 完成并关闭。</translation>
    </message>
    <message>
        <source>Measure %1 was not changed: %2</source>
        <translation>整改措施 %1 未修改：%2</translation>
    </message>
    <message>
        <source>Measure %1 is already in progress.</source>
        <translation>整改措施 %1 已在进行中。</translation>
    </message>
    <message>
        <source>Say what was done in a note of 1 to %1 characters.</source>
        <translation>请用 1 至 %1 个字符的备注说明所做的工作。</translation>
    </message>
</context>
<context>
    <name>SupervisionUi</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>已签核</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
</context>
<context>
    <name>SurveyStore</name>
    <message>
        <source>The survey file cannot be read.</source>
        <translation>无法读取满意度调查文件。</translation>
    </message>
    <message>
        <source>The survey file is larger than %1 MB: split it.</source>
        <translation>满意度调查文件大于 %1 MB：请拆分后再导入。</translation>
    </message>
    <message>
        <source>The survey file is not UTF-8 text: save it as CSV UTF-8.</source>
        <translation>满意度调查文件不是 UTF-8 文本：请另存为“CSV UTF-8”格式。</translation>
    </message>
    <message>
        <source>A quoted field that starts here is never closed.</source>
        <translation>从此处开始的带引号字段没有闭合。</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed; nothing was imported.</source>
        <translation>第 %1 行：带引号的字段没有闭合；未导入任何数据。</translation>
    </message>
    <message>
        <source>The survey file is empty.</source>
        <translation>满意度调查文件为空。</translation>
    </message>
    <message>
        <source>The column appears twice.</source>
        <translation>该列出现了两次。</translation>
    </message>
    <message>
        <source>The header has no column %1.</source>
        <translation>标题行中没有 %1 列。</translation>
    </message>
    <message>
        <source>The header of the survey file is not usable: %1 Nothing was imported.</source>
        <translation>满意度调查文件的标题行无法使用：%1未导入任何数据。</translation>
    </message>
    <message>
        <source>The row has %1 fields; the header has %2.</source>
        <translation>该行有 %1 个字段；标题行有 %2 个。</translation>
    </message>
    <message>
        <source>Give the customer&apos;s number.</source>
        <translation>请填写客户编号。</translation>
    </message>
    <message>
        <source>Give the survey template&apos;s name.</source>
        <translation>请填写问卷模板名称。</translation>
    </message>
    <message>
        <source>Give the day of the answer as YYYY-MM-DD.</source>
        <translation>请按 YYYY-MM-DD 格式填写作答日期。</translation>
    </message>
    <message>
        <source>Give an interaction number or nothing.</source>
        <translation>请填写服务记录编号，或留空。</translation>
    </message>
    <message>
        <source>Give a complaint number or nothing.</source>
        <translation>请填写投诉编号，或留空。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the survey file were rejected, so nothing was imported (see the errors; or skip the bad rows).</source>
        <translation>
            <numerusform>满意度调查文件中有 %n 行被拒绝，因此未导入任何数据（请查看错误；或跳过错误行）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何数据：%1</translation>
    </message>
    <message>
        <source>All responses</source>
        <translation>全部答卷</translation>
    </message>
    <message>
        <source>The period starts (%1) after it ends (%2).</source>
        <translation>期间的开始日期（%1）晚于结束日期（%2）。</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>不存在用户 %1。</translation>
    </message>
    <message>
        <source>No relationship manager</source>
        <translation>无客户经理</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>上门拜访</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation>手机银行 App</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Paper form</source>
        <translation>纸质问卷</translation>
    </message>
    <message>
        <source>Mass</source>
        <translation>大众客户</translation>
    </message>
    <message>
        <source>Affluent</source>
        <translation>富裕客户</translation>
    </message>
    <message>
        <source>Private banking</source>
        <translation>私人银行客户</translation>
    </message>
    <message>
        <source>There is no survey template %1.</source>
        <translation>不存在问卷模板 %1。</translation>
    </message>
    <message>
        <source>There is no survey template %1, version %2.</source>
        <translation>不存在问卷模板 %1 第 %2 版。</translation>
    </message>
    <message>
        <source>Answered on: %1 is in the future; give the day the customer answered.</source>
        <translation>作答日期：%1 晚于今天；请填写客户作答的日期。</translation>
    </message>
    <message>
        <source>Channel: use one of %1.</source>
        <translation>渠道：请使用 %1 之一。</translation>
    </message>
    <message>
        <source>Customer %1 has no interaction %2.</source>
        <translation>客户 %1 没有服务记录 %2。</translation>
    </message>
    <message>
        <source>Customer %1 has no complaint %2.</source>
        <translation>客户 %1 没有投诉 %2。</translation>
    </message>
    <message>
        <source>NPS %1</source>
        <translation>NPS %1</translation>
    </message>
    <message>
        <source>CSAT %1</source>
        <translation>CSAT %1</translation>
    </message>
    <message>
        <source>Survey callback: %1 (%2)</source>
        <translation>满意度调查回访：%1（%2）</translation>
    </message>
    <message>
        <source>The survey response was not recorded: %1</source>
        <translation>满意度调查答卷未录入：%1</translation>
    </message>
    <message>
        <source>There is no survey response %1.</source>
        <translation>不存在满意度调查答卷 %1。</translation>
    </message>
    <message>
        <source>Survey response %1 is outside your scope: you may not %2 outside it.</source>
        <translation>满意度调查答卷 %1 不在您的权限范围内：您不能在范围外%2。</translation>
    </message>
    <message>
        <source>%1 %2 · %3</source>
        <translation>%1 %2 · %3</translation>
    </message>
    <message>
        <source>%1 complaint %2 · %3</source>
        <translation>%1 投诉 %2 · %3</translation>
    </message>
</context>
<context>
    <name>SurveyTemplates</name>
    <message>
        <source>Answers: write each as KEY=VALUE, separated by commas (&quot;%1&quot; is not).</source>
        <translation>回答：每项须写成 KEY=VALUE，以逗号分隔（“%1”不符合）。</translation>
    </message>
    <message>
        <source>Answers: a value without a question key (&quot;%1&quot;).</source>
        <translation>回答：有一个值缺少题目键（“%1”）。</translation>
    </message>
    <message>
        <source>Answers: %1 is answered twice.</source>
        <translation>回答：%1 被回答了两次。</translation>
    </message>
    <message>
        <source>%1: an answer is required.</source>
        <translation>%1：必须作答。</translation>
    </message>
    <message>
        <source>%1: give a whole number from %2 to %3.</source>
        <translation>%1：请填写 %2 至 %3 之间的整数。</translation>
    </message>
    <message>
        <source>%1: choose one of %2.</source>
        <translation>%1：请从 %2 中选择一项。</translation>
    </message>
    <message>
        <source>%1: choose from %2, each once, joined by &apos;;&apos;.</source>
        <translation>%1：请从 %2 中选择，每项最多一次，用 &apos;;&apos; 连接。</translation>
    </message>
    <message>
        <source>%1: at most %2 characters.</source>
        <translation>%1：最多 %2 个字符。</translation>
    </message>
    <message>
        <source>%1: it seems to hold an ID or bank card number. Leave such numbers out.</source>
        <translation>%1：似乎包含身份证号或银行卡号。请勿填写此类号码。</translation>
    </message>
    <message>
        <source>%1: there is no such question in %2 (version %3).</source>
        <translation>%1：%2（第 %3 版）中没有该题目。</translation>
    </message>
</context>
<context>
    <name>TaskStore</name>
    <message>
        <source>Follow up: %1 (%2)</source>
        <translation>跟进：%1（%2）</translation>
    </message>
    <message>
        <source>There is no task %1.</source>
        <translation>不存在任务 %1。</translation>
    </message>
    <message>
        <source>There is no task %1 among yours.</source>
        <translation>您的任务中没有任务 %1。</translation>
    </message>
    <message>
        <source>Task %1 is assigned to %2: only they or a supervisor of branch %3 may change it.</source>
        <translation>任务 %1 已派给 %2：只有其本人或机构 %3 的主管可以修改。</translation>
    </message>
    <message>
        <source>Task %1 was not changed: %2</source>
        <translation>任务 %1 未修改：%2</translation>
    </message>
    <message>
        <source>Give the task a title of 1 to %1 characters.</source>
        <translation>请为任务填写 1 至 %1 个字符的标题。</translation>
    </message>
    <message>
        <source>The due date must be a date like %1, today or later.</source>
        <translation>到期日须为今天或之后的日期，例如 %1。</translation>
    </message>
    <message>
        <source>There is no active user %1.</source>
        <translation>不存在有效用户 %1。</translation>
    </message>
    <message>
        <source>You may not give tasks to %1: a relationship manager keeps their own tasks, a supervisor gives tasks within the branch.</source>
        <translation>您不能给 %1 派任务：客户经理只管理自己的任务，主管在本机构内派发任务。</translation>
    </message>
    <message>
        <source>%1 cannot work this task: give it to a relationship manager or supervisor of branch %2 who may serve the customer.</source>
        <translation>%1 无法处理此任务：请派给机构 %2 中可服务该客户的客户经理或主管。</translation>
    </message>
    <message>
        <source>The task was not added: %1</source>
        <translation>任务未添加：%1</translation>
    </message>
    <message>
        <source>Task %1 was already done on %2 by %3.</source>
        <translation>任务 %1 已于 %2 由 %3 完成。</translation>
    </message>
    <message>
        <source>Task %1 is already done.</source>
        <translation>任务 %1 已完成。</translation>
    </message>
    <message numerus="yes">
        <source>Snooze to a date after %1 and no later than %2 (at most %n day(s) ahead, the service standard).</source>
        <translation>
            <numerusform>请暂缓至 %1 之后、不晚于 %2 的日期（按服务标准最多 %n 天）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Say why the task waits (at least %1 characters).</source>
        <translation>请说明暂缓原因（至少 %1 个字符）。</translation>
    </message>
    <message>
        <source>Task %1 is already assigned to %2.</source>
        <translation>任务 %1 已派给 %2。</translation>
    </message>
    <message>
        <source>%1 cannot work this task: it goes to the customer&apos;s relationship manager or a supervisor of branch %2. To hand the customer to another relationship manager, a supervisor assigns the customer first.</source>
        <translation>%1 无法处理此任务：此任务应派给客户的客户经理或机构 %2 的主管。如需将客户交给其他客户经理，请主管先调整客户归属。</translation>
    </message>
    <message>
        <source>%1 cannot work this task: give it to a relationship manager or supervisor of branch %2.</source>
        <translation>%1 无法处理此任务：请派给机构 %2 的客户经理或主管。</translation>
    </message>
</context>
<context>
    <name>TierUpkeep</name>
    <message>
        <source>version %1 of the customer tiers has no valid thresholds; publish a corrected version.</source>
        <translation>客户层级规则第 %1 版没有有效的门槛；请发布更正后的版本。</translation>
    </message>
</context>
<context>
    <name>UnmaskRecorder</name>
    <message>
        <source>Say why you need to see this data (at least %1 characters); the reason is kept in the audit trail.</source>
        <translation>请说明查看此数据的原因（至少 %1 个字符）；原因将记入审计日志。</translation>
    </message>
</context>
<context>
    <name>UserStore</name>
    <message>
        <source>The user name &quot;%1&quot; is not valid: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>用户名&quot;%1&quot;无效：请使用 1 至 64 个字母、数字、&quot;.&quot;、&quot;_&quot;或&quot;-&quot;，并以字母或数字开头。</translation>
    </message>
    <message>
        <source>The branch code &quot;%1&quot; is not valid.</source>
        <translation>机构代码&quot;%1&quot;无效。</translation>
    </message>
    <message>
        <source>The full name is too long (200 characters at most).</source>
        <translation>姓名过长（最多 200 个字符）。</translation>
    </message>
    <message>
        <source>The users cannot be read: %1</source>
        <translation>无法读取用户：%1</translation>
    </message>
    <message>
        <source>There is no user named %1.</source>
        <translation>没有名为 %1 的用户。</translation>
    </message>
    <message>
        <source>A user named %1 already exists.</source>
        <translation>已存在名为 %1 的用户。</translation>
    </message>
    <message>
        <source>The user could not be added: %1</source>
        <translation>无法添加用户：%1</translation>
    </message>
    <message>
        <source>The user %1 could not be changed: %2</source>
        <translation>无法修改用户 %1：%2</translation>
    </message>
    <message>
        <source>You cannot disable yourself.</source>
        <translation>不能停用自己。</translation>
    </message>
    <message>
        <source>%1 is the last active administrator and cannot be disabled.</source>
        <translation>%1 是最后一位有效管理员，不能停用。</translation>
    </message>
    <message>
        <source>A %1 works in a branch: give its branch code.</source>
        <translation>%1 隶属于某个机构：请填写机构代码。</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>Unknown user or wrong password.</source>
        <translation>用户不存在或密码错误。</translation>
    </message>
    <message>
        <source>The password is too short: use at least %1 characters.</source>
        <translation>密码过短：请至少使用 %1 个字符。</translation>
    </message>
    <message>
        <source>The password is too long: use at most %1 characters.</source>
        <translation>密码过长：最多使用 %1 个字符。</translation>
    </message>
    <message>
        <source>Not enough memory to protect the password with the %1 profile; choose a lighter one.</source>
        <translation>内存不足，无法以 %1 强度保护密码；请选择较低的强度。</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is not valid: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>用户名&quot;%1&quot;无效：请使用 1 至 64 个字母、数字、&quot;.&quot;、&quot;_&quot;或&quot;-&quot;，并以字母或数字开头。</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it instead.</source>
        <translation>%1 已存在。请换一个名称，或直接打开它。</translation>
    </message>
    <message>
        <source>The keyring %1 is damaged: the database key in your slot cannot be unsealed.</source>
        <translation>密钥环 %1 已损坏：无法解封您密钥槽中的数据库密钥。</translation>
    </message>
    <message>
        <source>The database file %1 does not exist. Check the path, or create a new database.</source>
        <translation>数据库文件 %1 不存在。请检查路径，或新建数据库。</translation>
    </message>
    <message>
        <source>The database %1 is damaged: %2 Run &apos;rmdesk-cli check&apos; and restore it from a backup.</source>
        <translation>数据库 %1 已损坏：%2 请运行 &apos;rmdesk-cli check&apos;，并从备份恢复。</translation>
    </message>
    <message>
        <source>The user %1 is disabled or unknown. Ask an administrator.</source>
        <translation>用户 %1 已停用或不存在。请联系管理员。</translation>
    </message>
    <message>
        <source>The keyring&apos;s slot for %1 does not belong to that user: log-in refused. Restore the keyring from a backup or ask an administrator.</source>
        <translation>密钥环中 %1 的密钥槽不属于该用户：已拒绝登录。请从备份恢复密钥环或联系管理员。</translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>数据库文件 %1 不存在。</translation>
    </message>
    <message>
        <source>That is not a recovery key: it has 52 letters and digits in groups of four.</source>
        <translation>这不是恢复密钥：恢复密钥由 52 个字母和数字组成，每四个一组。</translation>
    </message>
    <message>
        <source>This recovery key does not open %1.</source>
        <translation>此恢复密钥无法打开 %1。</translation>
    </message>
    <message>
        <source>The recovery key has no password; reset an administrator&apos;s password instead.</source>
        <translation>恢复密钥没有密码；请改为重置管理员的密码。</translation>
    </message>
    <message>
        <source>Your key slot is missing from the keyring.</source>
        <translation>密钥环中缺少您的密钥槽。</translation>
    </message>
    <message>
        <source>A user named %1 already exists.</source>
        <translation>已存在名为 %1 的用户。</translation>
    </message>
    <message>
        <source>%1 is disabled; enable the user to give them a new password.</source>
        <translation>%1 已停用；请先启用该用户再为其设置新密码。</translation>
    </message>
    <message>
        <source>%1 is already active.</source>
        <translation>%1 已是有效状态。</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name for the backup.</source>
        <translation>%1 已存在；请为备份另选文件名。</translation>
    </message>
    <message>
        <source>The active user %1 has no key slot.</source>
        <translation>有效用户 %1 没有密钥槽。</translation>
    </message>
    <message>
        <source>The key slot of %1 does not match the user&apos;s key.</source>
        <translation>%1 的密钥槽与该用户的密钥不符。</translation>
    </message>
    <message>
        <source>The disabled user %1 still has a key slot.</source>
        <translation>已停用的用户 %1 仍有密钥槽。</translation>
    </message>
    <message>
        <source>The keyring has a slot for %1, who is not a user.</source>
        <translation>密钥环中有 %1 的密钥槽，但 %1 不是用户。</translation>
    </message>
    <message>
        <source>A key change was interrupted; sign in once to finish it.</source>
        <translation>更换密钥的过程被中断；请登录一次以完成。</translation>
    </message>
    <message>
        <source>The keyring has no recovery slot.</source>
        <translation>密钥环中没有恢复密钥槽。</translation>
    </message>
    <message>
        <source>The users table cannot be read, though no damaged page was found.</source>
        <translation>未发现损坏的页面，但无法读取用户表。</translation>
    </message>
    <message>
        <source>A user named %1 already exists with another role or branch; the demo staff cannot be created.</source>
        <translation>已存在名为 %1 的用户，但其角色或机构不同；无法创建演示员工账户。</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>Every new user needs one key slot and one id.</source>
        <translation>每个新用户都需要一个密钥槽和一个编号。</translation>
    </message>
    <message>
        <source>The key slot prepared for %1 is not one for that user.</source>
        <translation>为 %1 准备的密钥槽不属于该用户。</translation>
    </message>
    <message>
        <source>The user could not be added: %1</source>
        <translation>无法添加该用户：%1</translation>
    </message>
    <message>
        <source>The backup was cancelled; no copy was left behind.</source>
        <translation>备份已取消，未留下任何副本。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>RM Desk, the relationship manager&apos;s workstation.</source>
        <translation>客户经理工作台。</translation>
    </message>
    <message>
        <source>Interface language.</source>
        <translation>界面语言。</translation>
    </message>
    <message>
        <source>RM Desk</source>
        <translation>客户经理工作台</translation>
    </message>
    <message>
        <source>The cryptography library cannot be started.</source>
        <translation>加密库无法启动。</translation>
    </message>
    <message>
        <source>Database file to sign in to.</source>
        <translation>要登录的数据库文件。</translation>
    </message>
</context>
<context>
    <name>rmdesk::AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>Give the first password to the user in person. They can choose their own with File &gt; Change password after signing in.</source>
        <translation>请当面将初始密码交给用户。用户登录后可通过&quot;文件 &gt; 修改密码&quot;设置自己的密码。</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>用户名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>姓名(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Branch code:</source>
        <translation>机构代码(&amp;B)：</translation>
    </message>
    <message>
        <source>First &amp;password:</source>
        <translation>初始密码(&amp;P)：</translation>
    </message>
    <message>
        <source>R&amp;epeat:</source>
        <translation>再次输入(&amp;E)：</translation>
    </message>
    <message>
        <source>Password pro&amp;tection:</source>
        <translation>密码保护强度(&amp;T)：</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>Use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; for the user name, starting with a letter or digit.</source>
        <translation>用户名请使用 1 至 64 个字母、数字、&quot;.&quot;、&quot;_&quot;或&quot;-&quot;，并以字母或数字开头。</translation>
    </message>
    <message>
        <source>Relationship managers and supervisors work in a branch: enter its code.</source>
        <translation>客户经理和主管隶属于某个机构：请输入机构代码。</translation>
    </message>
    <message>
        <source>Use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; for the branch code.</source>
        <translation>机构代码请使用字母、数字、&quot;.&quot;、&quot;_&quot;或&quot;-&quot;。</translation>
    </message>
</context>
<context>
    <name>rmdesk::AdministrationPage</name>
    <message>
        <source>Add user…</source>
        <translation>添加用户…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <source>Disable…</source>
        <translation>停用…</translation>
    </message>
    <message>
        <source>Enable…</source>
        <translation>启用…</translation>
    </message>
    <message>
        <source>Change database key (rekey)…</source>
        <translation>更换数据库密钥…</translation>
    </message>
    <message>
        <source>Back up…</source>
        <translation>备份…</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>管理</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>No users to show. Add the first user with &quot;Add user…&quot;.</source>
        <translation>没有可显示的用户。请用&quot;添加用户…&quot;添加第一位用户。</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>After disabling a user, change the database key so that copies of the old keyring stop working. Back up to another disk regularly: a backup opens with the same passwords and recovery key as this database.</source>
        <translation>停用用户后，请更换数据库密钥，使旧的密钥环副本失效。请定期备份到另一块磁盘：备份可用与本数据库相同的密码和恢复密钥打开。</translation>
    </message>
    <message>
        <source>Select a user in the table first.</source>
        <translation>请先在表格中选择一位用户。</translation>
    </message>
    <message>
        <source>You cannot disable yourself.</source>
        <translation>不能停用自己。</translation>
    </message>
    <message>
        <source>%1 was added. Give them the first password in person and ask them to change it after signing in.</source>
        <translation>已添加 %1。请当面告知其初始密码，并请其登录后修改。</translation>
    </message>
    <message>
        <source>Reset password of %1</source>
        <translation>重置 %1 的密码</translation>
    </message>
    <message>
        <source>%1 gets a new key pair and must choose their own password at the next sign-in.</source>
        <translation>%1 将获得新的密钥对，下次登录时须设置自己的密码。</translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation>%1 的密码已重置。</translation>
    </message>
    <message>
        <source>Disable %1?</source>
        <translation>停用 %1？</translation>
    </message>
    <message>
        <source>%1 will no longer be able to sign in: their key slot is removed from the keyring. Their records and audit entries stay.

Copies of the old keyring file still open the database for them until you change the database key (rekey).</source>
        <translation>%1 将无法再登录：其密钥槽将从密钥环中删除。其记录和审计条目会保留。

在您更换数据库密钥之前，旧的密钥环文件副本仍可为其打开数据库。</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>%1 was disabled. Change the database key (rekey) so that old keyring copies stop working.</source>
        <translation>%1 已停用。请更换数据库密钥，使旧的密钥环副本失效。</translation>
    </message>
    <message>
        <source>Enable %1</source>
        <translation>启用 %1</translation>
    </message>
    <message>
        <source>%1 gets a new key slot with this password and must choose their own at the next sign-in.</source>
        <translation>%1 将获得使用此密码的新密钥槽，下次登录时须设置自己的密码。</translation>
    </message>
    <message>
        <source>%1 was enabled.</source>
        <translation>%1 已启用。</translation>
    </message>
    <message>
        <source>Change the database key?</source>
        <translation>更换数据库密钥？</translation>
    </message>
    <message>
        <source>Change key</source>
        <translation>更换密钥</translation>
    </message>
    <message>
        <source>The database key was changed.</source>
        <translation>数据库密钥已更换。</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>RM Desk databases (*.rmdb)</source>
        <translation>客户经理工作台数据库 (*.rmdb)</translation>
    </message>
    <message>
        <source>Backed up to %1 and its keyring. Keep the copy on another disk.</source>
        <translation>已备份到 %1 及其密钥环。请将副本保存在另一块磁盘上。</translation>
    </message>
    <message>
        <source>Cancel backup</source>
        <translation>取消备份</translation>
    </message>
    <message>
        <source>Cancelling the backup…</source>
        <translation>正在取消备份…</translation>
    </message>
    <message>
        <source>Backing up to %1…</source>
        <translation>正在备份到 %1…</translation>
    </message>
    <message>
        <source>A new random key encrypts the whole database file, which is rewritten page by page; on a large file this takes a while and cannot be stopped once started. Every active user and the recovery key keep working, but copies of the old keyring and older backups no longer open the current file.

Make a backup first if you have none.</source>
        <translation>将用新的随机密钥加密整个数据库文件，文件会逐页重写；文件较大时需要一些时间，一旦开始便无法中止。所有有效用户和恢复密钥仍可使用，但旧的密钥环副本和较早的备份将无法再打开当前文件。

如果还没有备份，请先备份。</translation>
    </message>
    <message>
        <source>The database key was changed, but this window cannot use the database any more: %1 Sign in again.</source>
        <translation>数据库密钥已更换，但此窗口无法再使用数据库：%1 请重新登录。</translation>
    </message>
    <message>
        <source>Changing the database key. The file is rewritten page by page; this cannot be cancelled, and closing the window waits for it.</source>
        <translation>正在更换数据库密钥。文件正在逐页重写；此操作无法取消，关闭窗口时会等待其完成。</translation>
    </message>
    <message>
        <source>The database key is being changed</source>
        <translation>正在更换数据库密钥</translation>
    </message>
    <message>
        <source>RM Desk can close once the new key is in place: the file is being rewritten and stopping now is not possible. The bar under Database shows how far it is.</source>
        <translation>新密钥生效后才能关闭 RM Desk：文件正在重写，现在无法中止。“数据库”下方的进度条显示当前进度。</translation>
    </message>
    <message>
        <source>A backup is running</source>
        <translation>正在备份</translation>
    </message>
    <message>
        <source>Closing cancels the backup; no copy is left behind.</source>
        <translation>关闭将取消备份，不会留下副本。</translation>
    </message>
    <message>
        <source>Cancel backup and close</source>
        <translation>取消备份并关闭</translation>
    </message>
    <message>
        <source>Product catalogue</source>
        <translation>产品目录</translation>
    </message>
    <message>
        <source>Import products…</source>
        <translation>导入产品…</translation>
    </message>
    <message>
        <source>Add or update products from a CSV file: code, name, type, risk level</source>
        <translation>从 CSV 文件新增或更新产品：代码、名称、类型、风险等级</translation>
    </message>
    <message>
        <source>The catalogue is empty: import the bank&apos;s products before their month-end balances.</source>
        <translation>产品目录为空：请先导入本行产品，再导入月末余额。</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) in the catalogue. Month-end balances and investor suitability refer to them.</source>
        <translation>
            <numerusform>产品目录中有 %n 个产品。月末余额和投资者适当性均以此为准。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rmdesk::ApprovalsPage</name>
    <message>
        <source>Approvals</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Merge in</source>
        <translation>并入</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>No merge requests wait for a decision. They are asked for from a customer&apos;s “Possible duplicate” banner or from Likely duplicates.</source>
        <translation>没有待决定的合并申请。合并申请可从客户的“疑似重复”提示或“疑似重复客户”中发起。</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Compare the two records and approve or reject the merge.</source>
        <translation>比较两条记录，批准或驳回合并。</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>疑似重复</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>相同项</translation>
    </message>
    <message>
        <source>No likely duplicates in your customers: no two of them share a name together with a mobile number or a birth date.</source>
        <translation>您的客户中没有疑似重复：没有两位客户姓名相同且手机号或出生日期也相同。</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>比较(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Not the same person…</source>
        <translation>不是同一人(&amp;N)…</translation>
    </message>
    <message>
        <source>Stop flagging this pair. You will be asked how you know.</source>
        <translation>不再标记这一对客户。系统会询问您的依据。</translation>
    </message>
    <message numerus="yes">
        <source>Records are kept %n year(s) after a relationship ends (the record_retention rules), longer while an AML hold is on. A purge needs a supervisor and a compliance officer: one asks, the other approves.</source>
        <translation>
            <numerusform>客户关系终止后记录保存 %n 年（record_retention 规则），反洗钱保全期间更久。清除须由一位主管和一位合规人员完成：一人申请，另一人审批。</numerusform>
        </translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>终止日期</translation>
    </message>
    <message>
        <source>No purge requests wait for approval.</source>
        <translation>没有待审批的清除申请。</translation>
    </message>
    <message>
        <source>&amp;Approve purge…</source>
        <translation>批准清除(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>驳回(&amp;J)…</translation>
    </message>
    <message>
        <source>Purge requests</source>
        <translation>清除申请</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Reason for ending</source>
        <translation>终止原因</translation>
    </message>
    <message>
        <source>No ended relationship is past retention. Customers appear here once their retention period has run out.</source>
        <translation>没有已过保存期限的已终止关系。保存期满后，客户会出现在这里。</translation>
    </message>
    <message>
        <source>Request &amp;purge…</source>
        <translation>申请清除(&amp;P)…</translation>
    </message>
    <message>
        <source>Past retention</source>
        <translation>已过保存期限</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>(the first %1 of %2)</source>
        <translation>（共 %2 条中的前 %1 条）</translation>
    </message>
    <message>
        <source>Looking for likely duplicates…</source>
        <translation>正在查找疑似重复客户…</translation>
    </message>
    <message>
        <source>name and mobile</source>
        <translation>姓名和手机号</translation>
    </message>
    <message>
        <source>name and birth date</source>
        <translation>姓名和出生日期</translation>
    </message>
    <message>
        <source>The first %1 of %2 likely duplicate pairs; merge or dismiss them to see more.</source>
        <translation>共 %2 对疑似重复客户，显示前 %1 对；合并或排除后可看到更多。</translation>
    </message>
    <message numerus="yes">
        <source>%n likely duplicate pair(s): the same name with the same mobile or birth date.</source>
        <translation>
            <numerusform>%n 对疑似重复客户：姓名相同且手机号或出生日期相同。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Merge requests (%1)</source>
        <translation>合并申请(&amp;M)（%1）</translation>
    </message>
    <message>
        <source>&amp;Likely duplicates</source>
        <translation>疑似重复客户(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Likely duplicates (%1)</source>
        <translation>疑似重复客户(&amp;L)（%1）</translation>
    </message>
    <message>
        <source>&amp;Retention (%1)</source>
        <translation>记录保存(&amp;R)（%1）</translation>
    </message>
    <message>
        <source>A purge needs two people of different roles: a supervisor and a compliance officer. This request was made by a %1.</source>
        <translation>清除须由两位不同角色的人员完成：一位主管和一位合规人员。此申请由%1提出。</translation>
    </message>
    <message>
        <source>Compare and merge</source>
        <translation>比较并合并</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>不是同一人</translation>
    </message>
    <message>
        <source>How do you know that customers %1 and %2 are two different people? They will no longer be flagged; the reason is kept in the audit trail.</source>
        <translation>您如何确定客户 %1 和 %2 是两个不同的人？它们将不再被标记；原因将记入审计日志。</translation>
    </message>
    <message>
        <source>e.g. checked both ID cards: different numbers</source>
        <translation>例如：核对了两人的身份证，号码不同</translation>
    </message>
    <message>
        <source>Approve purge</source>
        <translation>批准清除</translation>
    </message>
    <message>
        <source>Purge customer %1 for good? The profile, its change history, reviews, consents, holdings and any records merged into it are deleted. Only the customer number, the end date (%2) and who asked and approved are kept. This cannot be undone.</source>
        <translation>彻底清除客户 %1？其档案、变更历史、核实记录、授权、持仓以及并入的记录都将删除，只保留客户编号、终止日期（%2）以及申请人和审批人。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Reject purge</source>
        <translation>驳回清除</translation>
    </message>
    <message>
        <source>Why should customer %1&apos;s records not be purged?</source>
        <translation>为什么不应清除客户 %1 的记录？</translation>
    </message>
    <message>
        <source>Request purge</source>
        <translation>申请清除</translation>
    </message>
    <message>
        <source>Why should customer %1 be purged? A %2 must approve it.</source>
        <translation>为什么要清除客户 %1？须由%2审批。</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>compliance officer</source>
        <translation>合规人员</translation>
    </message>
    <message>
        <source>e.g. retention period over, no open matters</source>
        <translation>例如：保存期限已满，无未结事项</translation>
    </message>
    <message>
        <source>&amp;Identity changes (%1)</source>
        <translation>身份信息变更(&amp;I)（%1）</translation>
    </message>
    <message>
        <source>&amp;Identity changes (%1, %2 late)</source>
        <translation>身份信息变更(&amp;I)（%1，逾期 %2）</translation>
    </message>
</context>
<context>
    <name>rmdesk::AssessmentView</name>
    <message>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月度</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>All branches</source>
        <translation>全部机构</translation>
    </message>
    <message>
        <source>%1 Q%2</source>
        <translation>%1 年第 %2 季度</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>%1 年度</translation>
    </message>
    <message>
        <source>All RMs</source>
        <translation>全部客户经理</translation>
    </message>
    <message>
        <source>RMs scored</source>
        <translation>参评客户经理</translation>
    </message>
    <message>
        <source>Average total</source>
        <translation>平均总分</translation>
    </message>
    <message>
        <source>Complaints decided on time</source>
        <translation>投诉按时处理率</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Evaluations signed off</source>
        <translation>已签核绩效评价</translation>
    </message>
    <message>
        <source>Open improvement measures</source>
        <translation>未完成整改措施</translation>
    </message>
    <message>
        <source>Average total by branch</source>
        <translation>各机构平均总分</translation>
    </message>
    <message>
        <source>Survey trend</source>
        <translation>满意度调查趋势</translation>
    </message>
    <message>
        <source>No assessment figures yet. Run the monthly stage assessment first (rmdesk-cli stage run, by an administrator): it works out the figures the scorecards are made of.</source>
        <translation>暂无考核数据。请先运行每月阶段评定（由管理员执行 rmdesk-cli stage run）：它会计算考核记分卡所需的数据。</translation>
    </message>
    <message>
        <source>There is no active relationship manager in this scope to assess. Choose another branch, or &quot;All branches&quot;.</source>
        <translation>此范围内没有可考核的有效客户经理。请选择其他机构或“全部机构”。</translation>
    </message>
    <message>
        <source>There is no active relationship manager in this scope to assess.</source>
        <translation>此范围内没有可考核的有效客户经理。</translation>
    </message>
    <message>
        <source>Nothing to assess for %1 in this scope: no scorecard has a value, no complaint was due and no survey was answered.</source>
        <translation>此范围内 %1 没有可考核的内容：考核记分卡均无数值，没有到期的投诉，也没有满意度调查答卷。</translation>
    </message>
    <message>
        <source>%1 · trends %2 to %3 · KPI standards version %4 · figures of the monthly stage run of %5</source>
        <translation>%1 · 趋势 %2 至 %3 · 考核标准第 %4 版 · 数据来自 %5 的每月阶段评定</translation>
    </message>
    <message numerus="yes">
        <source>of %n RM(s) in scope</source>
        <translation>
            <numerusform>范围内共 %n 位客户经理</numerusform>
        </translation>
    </message>
    <message>
        <source>points out of 100</source>
        <translation>满分 100 分</translation>
    </message>
    <message>
        <source>%L1 of %L2 due on time, %L3 late</source>
        <translation>到期 %L2 件中按时 %L1 件，逾期 %L3 件</translation>
    </message>
    <message>
        <source>no complaint was due</source>
        <translation>没有到期的投诉</translation>
    </message>
    <message numerus="yes">
        <source>%Ln response(s)</source>
        <translation>
            <numerusform>%Ln 份答卷</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in draft</source>
        <translation>
            <numerusform>%Ln 份草稿</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln 项已逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>Assessment of relationship managers</source>
        <translation>客户经理考核</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>期间：%1</translation>
    </message>
    <message>
        <source>Branch: %1</source>
        <translation>机构：%1</translation>
    </message>
    <message>
        <source>RM: %1</source>
        <translation>客户经理：%1</translation>
    </message>
    <message>
        <source>assessment-%1</source>
        <translation>assessment-%1</translation>
    </message>
    <message>
        <source>Identity changes to check</source>
        <translation>待核实身份变更</translation>
    </message>
    <message numerus="yes">
        <source>%Ln late</source>
        <translation>
            <numerusform>%Ln 项已逾期</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rmdesk::AuditLogModel</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation>对象编号</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>rmdesk::AuditLogPage</name>
    <message>
        <source>&amp;Since:</source>
        <translation>起始日期(&amp;S)：</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Any user</source>
        <translation>所有用户</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>所有操作</translation>
    </message>
    <message>
        <source>The newest rows are shown, at most this many.</source>
        <translation>显示最新的记录，最多这么多条。</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>操作(&amp;A)：</translation>
    </message>
    <message>
        <source>At &amp;most:</source>
        <translation>最多(&amp;M)：</translation>
    </message>
    <message>
        <source>No audit rows match these filters. Every sign-in and every change is recorded here; widen the filters to see more.</source>
        <translation>没有符合筛选条件的审计记录。每次登录和每项更改都会记录在此；请放宽筛选条件查看更多。</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>校验哈希链(&amp;V)</translation>
    </message>
    <message>
        <source>Recomputes every row&apos;s hash and checks that no row was changed, inserted or removed.</source>
        <translation>重新计算每条记录的哈希，检查是否有记录被修改、插入或删除。</translation>
    </message>
    <message>
        <source>The newest %1 rows (raise the limit to see older ones)</source>
        <translation>最新的 %1 条记录（提高上限可查看更早的记录）</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✔ Intact: all %n row(s) link up and none was changed.</source>
        <translation>
            <numerusform>✔ 完整：%n 条记录均链接正确，且未被修改。</numerusform>
        </translation>
    </message>
    <message>
        <source>✖ Broken at row %1. %2</source>
        <translation>✖ 在第 %1 条记录处断开。%2</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>Copy a&amp;nchor</source>
        <translation>复制锚点(&amp;N)</translation>
    </message>
    <message>
        <source>Copies the newest row&apos;s number and hash. Kept outside RM Desk (in a report or a ticket), it shows later whether the trail was written again.</source>
        <translation>复制最新一条记录的编号和哈希。将其保存在 RM Desk 之外（报告或工单中），日后可据此发现日志是否被重写。</translation>
    </message>
    <message>
        <source>Check anc&amp;hor…</source>
        <translation>核对锚点(&amp;H)…</translation>
    </message>
    <message>
        <source>Verifies the chain and that a kept anchor&apos;s row is still there with the same hash.</source>
        <translation>校验哈希链，并确认所保存锚点对应的记录仍在且哈希相同。</translation>
    </message>
    <message>
        <source>The audit trail has no rows yet.</source>
        <translation>审计日志中还没有记录。</translation>
    </message>
    <message>
        <source>Anchor of row %1 (written %2) copied: %3…. Keep it outside RM Desk; &quot;Check anchor…&quot; compares it later.</source>
        <translation>已复制第 %1 条记录（写入于 %2）的锚点：%3…。请将其保存在 RM Desk 之外；日后用“核对锚点…”进行比对。</translation>
    </message>
    <message>
        <source>Check a kept anchor</source>
        <translation>核对保存的锚点</translation>
    </message>
    <message>
        <source>The anchor as it was copied (row number, colon, hash):</source>
        <translation>复制时的锚点（记录编号、冒号、哈希）：</translation>
    </message>
    <message>
        <source>✖ That is not an anchor: a row number, a colon and 64 hexadecimal characters, as &quot;Copy anchor&quot; gives them.</source>
        <translation>✖ 这不是锚点：锚点由记录编号、冒号和 64 个十六进制字符组成，即“复制锚点”给出的形式。</translation>
    </message>
    <message numerus="yes">
        <source>✔ Intact: all %n row(s) link up, none was changed, and the kept anchor matches.</source>
        <translation>
            <numerusform>✔ 完整：%n 条记录均链接正确，未被修改，且保存的锚点相符。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rmdesk::ChangeChecksSection</name>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Check</source>
        <translation>复核</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>Proof</source>
        <translation>证明材料</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>变更人</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>已等待</translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation>确认(&amp;O)</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>退回(&amp;J)…</translation>
    </message>
    <message>
        <source>Identity changes (name, ID document, birth date, gender) take effect at once and are checked here by someone other than the person who made them: compare each with its proof document. Rejecting restores the old values.</source>
        <translation>身份信息变更（姓名、证件、出生日期、性别）即时生效，并在此由变更人以外的人复核：请逐条对照证明材料。退回将恢复原值。</translation>
    </message>
    <message>
        <source>No identity changes wait for a check. They appear here when a name, an ID document, a birth date or a gender is changed with Edit… on a customer&apos;s profile.</source>
        <translation>没有待复核的身份信息变更。在客户资料中用“编辑…”修改姓名、证件、出生日期或性别后，会出现在这里。</translation>
    </message>
    <message>
        <source>The change agrees with its proof document.</source>
        <translation>变更与证明材料一致。</translation>
    </message>
    <message>
        <source>The change does not agree with its proof: restore the old values and say why.</source>
        <translation>变更与证明材料不符：恢复原值并说明原因。</translation>
    </message>
    <message>
        <source>No. %1 %2</source>
        <translation>%1 号 %2</translation>
    </message>
    <message>
        <source>(the oldest %1 of %2)</source>
        <translation>（最早的 %1 条，共 %2 条）</translation>
    </message>
    <message>
        <source>Confirm change</source>
        <translation>确认变更</translation>
    </message>
    <message>
        <source>Confirm that customer %1&apos;s change agrees with its proof (%2)?

%3</source>
        <translation>确认客户 %1 的变更与证明材料（%2）一致？

%3</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Reject change</source>
        <translation>退回变更</translation>
    </message>
    <message>
        <source>Why does customer %1&apos;s change not agree with its proof? The old values of the identity fields are restored, and %2 reads your reason in the profile&apos;s history.</source>
        <translation>客户 %1 的变更为何与证明材料不符？身份信息将恢复原值，%2 会在资料变更记录中看到您的原因。</translation>
    </message>
    <message>
        <source>e.g. the scan shows the old ID card</source>
        <translation>例如：扫描件显示的是旧身份证</translation>
    </message>
    <message>
        <source>&amp;Show values…</source>
        <translation>显示明文(&amp;S)…</translation>
    </message>
    <message>
        <source>Show the old and new values in the clear to compare them with the proof; asks why, and the audit trail keeps it.</source>
        <translation>显示变更前后的明文，以便与证明材料核对；需说明原因，并记入审计日志。</translation>
    </message>
    <message>
        <source>Show values</source>
        <translation>显示明文</translation>
    </message>
    <message>
        <source>Why do you need customer %1&apos;s values in the clear? The reason is kept in the audit trail and in the customer&apos;s access log.</source>
        <translation>为何需要查看客户 %1 的明文？原因将记入审计日志和该客户的访问记录。</translation>
    </message>
    <message>
        <source>e.g. comparing the change with its proof</source>
        <translation>例如：与证明材料核对变更</translation>
    </message>
    <message>
        <source>⚠ %1, late</source>
        <translation>⚠ %1，已逾期</translation>
    </message>
    <message>
        <source>To be checked by %1</source>
        <translation>应于 %1 前复核</translation>
    </message>
</context>
<context>
    <name>rmdesk::ChangePasswordDialog</name>
    <message>
        <source>Current password:</source>
        <translation>当前密码：</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>再次输入：</translation>
    </message>
    <message>
        <source>Protection:</source>
        <translation>保护强度：</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>当前密码不正确。</translation>
    </message>
</context>
<context>
    <name>rmdesk::CohortHeatmap</name>
    <message>
        <source>Cohort retention: share of each month&apos;s new customers still active, by months since their first month</source>
        <translation>同期群留存：各月新增客户中仍为有效客户的比例，按自首月起的月数列示</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>色阶：</translation>
    </message>
    <message>
        <source>+%1 mo.</source>
        <translation>+%1 个月</translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1（%L2）</translation>
    </message>
    <message>
        <source>Cohort %1 (%L2 customers): %3 active %4 month(s) later</source>
        <translation>同期群 %1（%L2 位客户）：%4 个月后仍有效的比例为 %3</translation>
    </message>
</context>
<context>
    <name>rmdesk::ComplaintDeadlines</name>
    <message>
        <source>Deadline</source>
        <translation>处理期限</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the complaint.</source>
        <translation>双击或按回车打开投诉。</translation>
    </message>
    <message>
        <source>Complaint deadlines (the %1 most urgent of %2)</source>
        <translation>投诉处理期限（共 %2 项中最紧急的 %1 项）</translation>
    </message>
    <message>
        <source>Complaint deadlines (%1)</source>
        <translation>投诉处理期限（%1）</translation>
    </message>
    <message numerus="yes">
        <source>No complaint is overdue or due within %n day(s).</source>
        <translation>
            <numerusform>没有已逾期或 %n 天内到期的投诉。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rmdesk::ComplaintIntakeDialog</name>
    <message>
        <source>A &amp;customer</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Not a customer</source>
        <translation>非客户(&amp;N)</translation>
    </message>
    <message>
        <source>A &amp;group complaint</source>
        <translation>集体投诉(&amp;G)</translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation>新建投诉</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Mobile, phone or address</source>
        <translation>手机、电话或地址</translation>
    </message>
    <message>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <source>What happened, what the complainant asks for</source>
        <translation>发生了什么，投诉人有何诉求</translation>
    </message>
    <message>
        <source> people</source>
        <translation> 人</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>投诉人身份：</translation>
    </message>
    <message>
        <source>C&amp;ustomer No.: *</source>
        <translation>客户编号(&amp;U)：*</translation>
    </message>
    <message>
        <source>Complainant&apos;s na&amp;me: *</source>
        <translation>投诉人姓名(&amp;M)：*</translation>
    </message>
    <message>
        <source>C&amp;ontact: *</source>
        <translation>联系方式(&amp;O)：*</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>类别(&amp;A)：</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>严重程度(&amp;V)：</translation>
    </message>
    <message>
        <source>Amount &amp;involved:</source>
        <translation>涉及金额(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Received at:</source>
        <translation>收到时间(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Summary: *</source>
        <translation>摘要(&amp;S)：*</translation>
    </message>
    <message>
        <source>Group si&amp;ze:</source>
        <translation>人数(&amp;Z)：</translation>
    </message>
    <message>
        <source>Re&amp;presentatives: *</source>
        <translation>代表(&amp;P)：*</translation>
    </message>
    <message numerus="yes">
        <source>The decision is due %n calendar day(s) after the day of receipt.</source>
        <translation>
            <numerusform>应在收到投诉后 %n 个自然日内作出处理决定。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>No customer %1 among yours.</source>
        <translation>您的客户中没有客户 %1。</translation>
    </message>
    <message>
        <source>More representatives than people in the group.</source>
        <translation>代表人数多于集体投诉人数。</translation>
    </message>
    <message>
        <source>Give the number of the customer who complains.</source>
        <translation>请填写投诉客户的编号。</translation>
    </message>
    <message>
        <source>Give the complainant&apos;s name.</source>
        <translation>请填写投诉人姓名。</translation>
    </message>
    <message>
        <source>Give a way to reach the complainant.</source>
        <translation>请填写投诉人的联系方式。</translation>
    </message>
    <message>
        <source>Say what the complaint is about.</source>
        <translation>请说明投诉内容。</translation>
    </message>
    <message>
        <source>Name the group&apos;s representatives.</source>
        <translation>请填写集体投诉的代表。</translation>
    </message>
    <message>
        <source>Names, separated by commas (at most %1 in person)</source>
        <translation>姓名，以逗号分隔（走访时最多 %1 人）</translation>
    </message>
    <message>
        <source>At most %1 representatives in person; %2 are named.</source>
        <translation>走访时最多 %1 名代表；现填写了 %2 名。</translation>
    </message>
</context>
<context>
    <name>rmdesk::ComplaintStepDialog</name>
    <message>
        <source>Extend the deadline</source>
        <translation>延长处理期限</translation>
    </message>
    <message>
        <source>Pause the clock</source>
        <translation>暂停计时</translation>
    </message>
    <message>
        <source>Resume the clock</source>
        <translation>恢复计时</translation>
    </message>
    <message>
        <source>New facts</source>
        <translation>新事实</translation>
    </message>
    <message>
        <source>Record the decision</source>
        <translation>记录处理决定</translation>
    </message>
    <message>
        <source>Notice to the complainant</source>
        <translation>告知投诉人</translation>
    </message>
    <message>
        <source>Complainant&apos;s response</source>
        <translation>投诉人反馈</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>争议</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>撤回投诉</translation>
    </message>
    <message>
        <source>Merge a repeat complaint</source>
        <translation>合并重复投诉</translation>
    </message>
    <message>
        <source>Reopen the complaint</source>
        <translation>重新开启投诉</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <source>Improvement action</source>
        <translation>改进措施</translation>
    </message>
    <message>
        <source>%1 — complaint %2</source>
        <translation>%1 — 投诉 %2</translation>
    </message>
    <message>
        <source>The complainant was &amp;told</source>
        <translation>已告知投诉人(&amp;T)</translation>
    </message>
    <message>
        <source>Told on:</source>
        <translation>告知日期：</translation>
    </message>
    <message>
        <source>Told &amp;by:</source>
        <translation>告知方式(&amp;B)：</translation>
    </message>
    <message>
        <source>New &amp;deadline:</source>
        <translation>新的处理期限(&amp;D)：</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) from the start of the clock</source>
        <translation>
            <numerusform>自开始计时起 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 days need a reason; %2 days a supervisor&apos;s approval and a notice to the complainant.</source>
        <translation>延长至 %1 天须说明理由；延长至 %2 天须经主管批准并告知投诉人。</translation>
    </message>
    <message>
        <source>&amp;Reason: *</source>
        <translation>原因(&amp;R)：*</translation>
    </message>
    <message>
        <source>Why the complaint needs more time</source>
        <translation>投诉为何需要更多处理时间</translation>
    </message>
    <message>
        <source>&amp;Granted on:</source>
        <translation>批准日期(&amp;G)：</translation>
    </message>
    <message>
        <source>Paused &amp;from:</source>
        <translation>暂停起始日(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;What is appraised: *</source>
        <translation>鉴定或检测内容(&amp;W)：*</translation>
    </message>
    <message>
        <source>What is appraised or tested, and by whom</source>
        <translation>鉴定或检测什么，由谁进行</translation>
    </message>
    <message>
        <source>Clock runs again &amp;on:</source>
        <translation>恢复计时日期(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>收到日期(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;New facts: *</source>
        <translation>新事实(&amp;N)：*</translation>
    </message>
    <message>
        <source>What the complainant brought forward</source>
        <translation>投诉人提出的新情况</translation>
    </message>
    <message>
        <source>&amp;Decision: *</source>
        <translation>处理决定(&amp;D)：*</translation>
    </message>
    <message>
        <source>What was decided, and what the bank will do</source>
        <translation>作出了什么决定，本行将采取哪些措施</translation>
    </message>
    <message>
        <source>Decided &amp;on:</source>
        <translation>决定日期(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;About:</source>
        <translation>告知内容(&amp;A)：</translation>
    </message>
    <message>
        <source>The complainant:</source>
        <translation>投诉人：</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>日期(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Referred to:</source>
        <translation>提交至(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Body: *</source>
        <translation>受理机构(&amp;B)：*</translation>
    </message>
    <message>
        <source>Mediation centre, arbitration commission or court</source>
        <translation>调解中心、仲裁委员会或法院</translation>
    </message>
    <message>
        <source>&amp;Outcome: *</source>
        <translation>结果(&amp;O)：*</translation>
    </message>
    <message>
        <source>What the mediation or arbitration decided</source>
        <translation>调解或仲裁的结果</translation>
    </message>
    <message>
        <source>Withdrawn &amp;on:</source>
        <translation>撤回日期(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;How: *</source>
        <translation>撤回方式(&amp;H)：*</translation>
    </message>
    <message>
        <source>e.g. the complainant phoned to withdraw</source>
        <translation>例如：投诉人来电撤回投诉</translation>
    </message>
    <message>
        <source>&amp;Into:</source>
        <translation>并入(&amp;I)：</translation>
    </message>
    <message>
        <source>No. %1, received %2: %3</source>
        <translation>%1 号，%2 收到：%3</translation>
    </message>
    <message>
        <source>&amp;Why a repeat: *</source>
        <translation>重复理由(&amp;W)：*</translation>
    </message>
    <message>
        <source>Same facts as the earlier complaint</source>
        <translation>与先前投诉的事实相同</translation>
    </message>
    <message>
        <source>Reopened &amp;on:</source>
        <translation>重新开启日期(&amp;O)：</translation>
    </message>
    <message>
        <source>Why the complaint is handled again</source>
        <translation>为何重新处理该投诉</translation>
    </message>
    <message>
        <source>Root &amp;cause:</source>
        <translation>根本原因(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>What exactly went wrong</source>
        <translation>具体是哪里出了问题</translation>
    </message>
    <message>
        <source>&amp;Action: *</source>
        <translation>改进措施(&amp;A)：*</translation>
    </message>
    <message>
        <source>What will be changed to prevent it</source>
        <translation>将作出哪些改变以防再次发生</translation>
    </message>
    <message>
        <source>O&amp;wner (user name): *</source>
        <translation>负责人（用户名）(&amp;W)：*</translation>
    </message>
    <message>
        <source>D&amp;ue on:</source>
        <translation>完成期限(&amp;U)：</translation>
    </message>
    <message>
        <source>There is no earlier complaint from this complainant.</source>
        <translation>该投诉人没有更早的投诉。</translation>
    </message>
    <message>
        <source>There is nothing to choose.</source>
        <translation>没有可选择的项。</translation>
    </message>
    <message numerus="yes">
        <source>Fill in the fields marked * (at least %n character(s)).</source>
        <translation>
            <numerusform>请填写标 * 的字段（至少 %n 个字）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the user who owns the action.</source>
        <translation>请填写负责该措施的用户。</translation>
    </message>
</context>
<context>
    <name>rmdesk::ComplaintView</name>
    <message>
        <source>&amp;Accept</source>
        <translation>受理(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Investigate</source>
        <translation>开始调查(&amp;I)</translation>
    </message>
    <message>
        <source>E&amp;xtend…</source>
        <translation>延期(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Pause clock…</source>
        <translation>暂停计时(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Resume clock…</source>
        <translation>恢复计时(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;New facts…</source>
        <translation>新事实(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation>作出决定(&amp;D)…</translation>
    </message>
    <message>
        <source>No&amp;tice…</source>
        <translation>告知(&amp;T)…</translation>
    </message>
    <message>
        <source>Re&amp;sponse…</source>
        <translation>投诉人反馈(&amp;S)…</translation>
    </message>
    <message>
        <source>Disp&amp;ute…</source>
        <translation>争议(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>办结(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Withdrawn…</source>
        <translation>撤回(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Merge repeat…</source>
        <translation>合并重复投诉(&amp;M)…</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation>重新开启(&amp;O)…</translation>
    </message>
    <message>
        <source>Root cause…</source>
        <translation>根本原因…</translation>
    </message>
    <message>
        <source>Improvement action…</source>
        <translation>改进措施…</translation>
    </message>
    <message>
        <source>Open &amp;customer</source>
        <translation>打开客户(&amp;C)</translation>
    </message>
    <message>
        <source>Show the customer&apos;s 360 view</source>
        <translation>显示客户 360 视图</translation>
    </message>
    <message>
        <source>S&amp;how contact…</source>
        <translation>显示联系方式(&amp;H)…</translation>
    </message>
    <message>
        <source>Show the complainant&apos;s name and contact in the clear. You will be asked why; the reason is kept in the audit trail.</source>
        <translation>以明文显示投诉人的姓名和联系方式。系统会询问原因；原因将记入审计日志。</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>处理过程</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>By</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <source>Improvement actions</source>
        <translation>改进措施</translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation>标记完成(&amp;D)…</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>No improvement actions yet. Record the root cause, then add what will be changed so that it does not happen again.</source>
        <translation>暂无改进措施。请先记录根本原因，再添加将作出的改变，避免同类问题再次发生。</translation>
    </message>
    <message>
        <source>Complaint %1</source>
        <translation>投诉 %1</translation>
    </message>
    <message>
        <source>%1 · due %2</source>
        <translation>%1 · %2 到期</translation>
    </message>
    <message numerus="yes">
        <source> · %n day(s) from %1</source>
        <translation>
            <numerusform> · 自 %1 起 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n day(s) paused</source>
        <translation>
            <numerusform> · 暂停计时 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>severity %1</source>
        <translation>严重程度：%1</translation>
    </message>
    <message>
        <source>%1 yuan involved</source>
        <translation>涉及金额 %1 元</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>%1 收到</translation>
    </message>
    <message>
        <source>taken by %1</source>
        <translation>登记人 %1</translation>
    </message>
    <message>
        <source>handled by %1</source>
        <translation>处理人 %1</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>%1 完成</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>%1 (No. %2)</source>
        <translation>%1（编号 %2）</translation>
    </message>
    <message>
        <source>Complainant:</source>
        <translation>投诉人：</translation>
    </message>
    <message>
        <source>%1, %2 (not a customer)</source>
        <translation>%1，%2（非客户）</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>摘要：</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>集体投诉：</translation>
    </message>
    <message numerus="yes">
        <source>%n people; representatives: %1</source>
        <translation>
            <numerusform>%n 人；代表：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>处理决定：</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1 通过%2告知%3</translation>
    </message>
    <message>
        <source>Complainant told:</source>
        <translation>已告知投诉人：</translation>
    </message>
    <message>
        <source>Response:</source>
        <translation>投诉人反馈：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Dispute:</source>
        <translation>争议：</translation>
    </message>
    <message>
        <source>referred to %1, %2, on %3; no outcome yet</source>
        <translation>%3 提交%1（%2）；尚无结果</translation>
    </message>
    <message>
        <source>referred to %1, %2, on %3; outcome on %4: %5</source>
        <translation>%3 提交%1（%2）；%4 结果：%5</translation>
    </message>
    <message>
        <source>Root cause:</source>
        <translation>根本原因：</translation>
    </message>
    <message>
        <source>Merged into:</source>
        <translation>已并入：</translation>
    </message>
    <message>
        <source>complaint %1 on %2</source>
        <translation>投诉 %1（%2）</translation>
    </message>
    <message>
        <source>Rules:</source>
        <translation>规则：</translation>
    </message>
    <message>
        <source>complaint_clock version %1: %2 / %3 / %4 days</source>
        <translation>complaint_clock 第 %1 版：%2 / %3 / %4 天</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Close complaint</source>
        <translation>办结投诉</translation>
    </message>
    <message>
        <source>Close complaint %1? The decision of %2 stands; it can be reopened later if the complainant brings new facts.</source>
        <translation>办结投诉 %1？%2 作出的处理决定维持不变；如投诉人日后提出新事实，可重新开启。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Show contact</source>
        <translation>显示联系方式</translation>
    </message>
    <message>
        <source>Why do you need to see the complainant&apos;s name and contact? The reason is kept in the audit trail.</source>
        <translation>您为什么需要查看投诉人的姓名和联系方式？原因将记入审计日志。</translation>
    </message>
    <message>
        <source>e.g. calling back about the complaint</source>
        <translation>例如：就投诉事项回电</translation>
    </message>
    <message>
        <source>Improvement action done</source>
        <translation>改进措施完成</translation>
    </message>
    <message>
        <source>What was done for “%1”?</source>
        <translation>针对“%1”做了哪些工作？</translation>
    </message>
    <message>
        <source>e.g. new notice printed and in use</source>
        <translation>例如：新告示已印制并投入使用</translation>
    </message>
    <message>
        <source>Post-complaint survey</source>
        <translation>投诉后满意度调查</translation>
    </message>
    <message>
        <source>Complaint %1 is closed. Record the post-complaint survey with the customer now?</source>
        <translation>投诉 %1 已办结。现在与客户进行投诉后满意度调查并录入吗？</translation>
    </message>
    <message>
        <source>Record survey</source>
        <translation>录入满意度调查</translation>
    </message>
</context>
<context>
    <name>rmdesk::ComplaintsPage</name>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Complaint queue — branch %1</source>
        <translation>投诉队列 — 机构 %1</translation>
    </message>
    <message>
        <source>My complaints</source>
        <translation>我的投诉</translation>
    </message>
    <message>
        <source>Complaints — all branches</source>
        <translation>投诉 — 全部机构</translation>
    </message>
    <message>
        <source>&amp;New complaint…</source>
        <translation>新建投诉(&amp;N)…</translation>
    </message>
    <message>
        <source>Take a complaint in (Ctrl+N)</source>
        <translation>登记一项投诉（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>处理中(&amp;O)</translation>
    </message>
    <message>
        <source>Every open complaint, most urgent first</source>
        <translation>所有处理中的投诉，最紧急的在前</translation>
    </message>
    <message>
        <source>O&amp;verdue</source>
        <translation>已逾期(&amp;V)</translation>
    </message>
    <message>
        <source>Open complaints past their deadline</source>
        <translation>已超过处理期限的处理中投诉</translation>
    </message>
    <message>
        <source>Due &amp;soon</source>
        <translation>即将到期(&amp;S)</translation>
    </message>
    <message numerus="yes">
        <source>Open complaints due within %n day(s), or overdue</source>
        <translation>
            <numerusform>%n 天内到期或已逾期的处理中投诉</numerusform>
        </translation>
    </message>
    <message>
        <source>A&amp;ll</source>
        <translation>全部(&amp;L)</translation>
    </message>
    <message>
        <source>Every complaint, also decided, closed and withdrawn</source>
        <translation>所有投诉，包括已作出决定、已办结和已撤回的投诉</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>处理期限</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the complaint.</source>
        <translation>双击或按回车打开投诉。</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>The clock is paused: due then if it runs again today</source>
        <translation>已暂停计时：如今天恢复计时，将于该日到期</translation>
    </message>
    <message>
        <source>the %1 most urgent of %2</source>
        <translation>共 %2 项中最紧急的 %1 项</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n 项投诉</numerusform>
        </translation>
    </message>
    <message>
        <source>No open complaints. Take one in with New complaint… (Ctrl+N) when a customer complains at the counter, by phone, letter, online or through the regulator.</source>
        <translation>没有处理中的投诉。客户在柜台、通过电话、信函、网络或经监管部门投诉时，请用“新建投诉…”（Ctrl+N）登记。</translation>
    </message>
    <message>
        <source>No open complaints in your scope.</source>
        <translation>您权限范围内没有处理中的投诉。</translation>
    </message>
    <message>
        <source>No complaint is past its deadline.</source>
        <translation>没有已超过处理期限的投诉。</translation>
    </message>
    <message numerus="yes">
        <source>No complaint is overdue or due within %n day(s).</source>
        <translation>
            <numerusform>没有已逾期或 %n 天内到期的投诉。</numerusform>
        </translation>
    </message>
    <message>
        <source>No complaints yet. Complaints appear here once they are taken in.</source>
        <translation>暂无投诉。投诉登记后会显示在这里。</translation>
    </message>
    <message>
        <source>Open complaint</source>
        <translation>打开投诉</translation>
    </message>
    <message>
        <source>Complaint %1</source>
        <translation>投诉 %1</translation>
    </message>
</context>
<context>
    <name>rmdesk::CompleteMeasureDialog</name>
    <message>
        <source>What was done, and where the evidence is.</source>
        <translation>做了哪些工作，佐证材料存放在哪里。</translation>
    </message>
    <message>
        <source>Complete measure %1</source>
        <translation>完成整改措施 %1</translation>
    </message>
    <message>
        <source>%1 (owner %2, due %3). Once complete the measure is closed.</source>
        <translation>%1（负责人 %2，截止日期 %3）。完成后该整改措施即关闭。</translation>
    </message>
    <message>
        <source>&amp;What was done: *</source>
        <translation>完成情况(&amp;W)：*</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Say what was done.</source>
        <translation>请说明完成了哪些工作。</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation>说明超过 %1 个字符。</translation>
    </message>
</context>
<context>
    <name>rmdesk::ConsentDialog</name>
    <message>
        <source>Branch counter</source>
        <translation>网点柜台</translation>
    </message>
    <message>
        <source>Mobile banking</source>
        <translation>手机银行</translation>
    </message>
    <message>
        <source>Recorded phone call</source>
        <translation>录音电话</translation>
    </message>
    <message>
        <source>Online banking</source>
        <translation>网上银行</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>记录授权</translation>
    </message>
    <message>
        <source>Signed form number, recording ID, …</source>
        <translation>签字表格编号、录音编号等</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>用途(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Given on:</source>
        <translation>授权日期(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Channel: *</source>
        <translation>渠道(&amp;C)：*</translation>
    </message>
    <message>
        <source>&amp;Evidence: *</source>
        <translation>凭证(&amp;E)：*</translation>
    </message>
    <message>
        <source>Say through which channel the consent was given.</source>
        <translation>请说明授权的渠道。</translation>
    </message>
    <message>
        <source>Give a reference to the evidence (signed form, recording).</source>
        <translation>请填写凭证编号（签字表格、录音）。</translation>
    </message>
</context>
<context>
    <name>rmdesk::Customer360</name>
    <message>
        <source>&amp;Profile</source>
        <translation>资料(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Holdings</source>
        <translation>持仓(&amp;H)</translation>
    </message>
    <message>
        <source>C&amp;hanges and reviews</source>
        <translation>变更与核实(&amp;H)</translation>
    </message>
    <message>
        <source>C&amp;onsents</source>
        <translation>授权(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Who viewed</source>
        <translation>查看记录(&amp;W)</translation>
    </message>
    <message>
        <source>S&amp;how…</source>
        <translation>显示(&amp;H)…</translation>
    </message>
    <message>
        <source>Show the masked values in the clear. You will be asked why; the reason is kept in the audit trail.</source>
        <translation>以明文显示脱敏内容。系统会询问原因；原因将记入审计日志。</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Product risk</source>
        <translation>产品风险</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Balance (yuan)</source>
        <translation>余额（元）</translation>
    </message>
    <message>
        <source>No holdings recorded for this customer. Month-end balances appear here after the monthly holdings import.</source>
        <translation>该客户暂无持仓记录。每月持仓导入后，月末余额会显示在这里。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Proof</source>
        <translation>证明文件</translation>
    </message>
    <message>
        <source>No changes yet. Edits made with Edit… are listed here with their reason and proof.</source>
        <translation>暂无变更。通过“编辑…”所做的修改会连同原因和证明文件列在这里。</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>核实日期</translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation>核实内容</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>下次核实</translation>
    </message>
    <message>
        <source>No periodic reviews recorded yet. Record one with Record review… when you have checked the profile with the customer.</source>
        <translation>暂无定期核实记录。与客户核对资料后，请用“记录核实…”登记。</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Periodic reviews</source>
        <translation>定期核实</translation>
    </message>
    <message>
        <source>&amp;Record review…</source>
        <translation>记录核实(&amp;R)…</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>授权日期</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>凭证</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <source>No consents recorded. Use Record consent… when the customer agrees to marketing, data sharing, cross-border transfer or profiling.</source>
        <translation>暂无授权记录。客户同意营销联系、数据共享、跨境传输或画像分析时，请用“记录授权…”登记。</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>记录授权(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>撤回(&amp;W)…</translation>
    </message>
    <message>
        <source>Withdraw the selected consent as of today.</source>
        <translation>自今日起撤回所选授权。</translation>
    </message>
    <message>
        <source>Everyone who opened, unmasked or exported this profile, newest first.</source>
        <translation>所有打开、显示明文或导出过该客户资料的人，最新的在前。</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>No ID document recorded</source>
        <translation>未登记身份证件</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Unmasked: this access is recorded.</source>
        <translation>已显示明文：本次查看已被记录。</translation>
    </message>
    <message>
        <source>Masked</source>
        <translation>已脱敏</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>最近修改</translation>
    </message>
    <message>
        <source>Assets under management at the end of %1: %2 yuan</source>
        <translation>%1 末资产管理规模：%2 元</translation>
    </message>
    <message>
        <source>✔ Given</source>
        <translation>✔ 已授权</translation>
    </message>
    <message>
        <source>Withdrawn on %1</source>
        <translation>已于 %1 撤回</translation>
    </message>
    <message>
        <source>Show unmasked values</source>
        <translation>显示明文</translation>
    </message>
    <message>
        <source>Why do you need to see this customer&apos;s data in the clear? The reason is kept in the audit trail.</source>
        <translation>您为什么需要查看该客户数据的明文？原因将记入审计日志。</translation>
    </message>
    <message>
        <source>e.g. customer called to confirm the address</source>
        <translation>例如：客户来电核对地址</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>撤回授权</translation>
    </message>
    <message>
        <source>Withdraw the customer&apos;s consent to %1 as of today? From today on it may no longer be relied on; the record of the consent and its withdrawal stays.</source>
        <translation>自今日起撤回客户对“%1”的授权？从今天起不得再依据该授权；授权及撤回的记录将保留。</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>&amp;Interactions</source>
        <translation>服务记录(&amp;I)</translation>
    </message>
    <message>
        <source>Sa&amp;tisfaction</source>
        <translation>满意度(&amp;T)</translation>
    </message>
    <message>
        <source>✓ confirmed by %1</source>
        <translation>✓ 已由 %1 确认</translation>
    </message>
    <message>
        <source>✗ rejected by %1, old values restored</source>
        <translation>✗ 已由 %1 退回，已恢复原值</translation>
    </message>
    <message>
        <source>⏳ awaiting a second person&apos;s check</source>
        <translation>⏳ 等待另一人复核</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>复核</translation>
    </message>
    <message>
        <source>✗ rejected by %1: correct the profile with Edit…</source>
        <translation>✗ 已由 %1 退回：请用“编辑…”更正资料</translation>
    </message>
    <message>
        <source>closed by a merge (%1)</source>
        <translation>因合并而关闭（%1）</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <comment>when a customer was added, and by whom</comment>
        <translation>%1（%2 创建）</translation>
    </message>
</context>
<context>
    <name>rmdesk::CustomerEditDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Discard edit</source>
        <translation>放弃编辑(&amp;D)</translation>
    </message>
    <message>
        <source>Edit customer %1</source>
        <translation>编辑客户 %1</translation>
    </message>
    <message>
        <source>Add customer</source>
        <translation>添加客户</translation>
    </message>
    <message>
        <source>Fields marked * are required. Masked values stay as they are unless you replace them completely. Every change is kept with its reason.</source>
        <translation>标 * 的为必填项。脱敏的内容除非整体替换，否则保持不变。每次修改都会连同原因保存。</translation>
    </message>
    <message>
        <source>Fields marked * are required. The customer joins your branch%1.</source>
        <translation>标 * 的为必填项。客户将归入您的机构%1。</translation>
    </message>
    <message>
        <source> and your book</source>
        <translation>及您的名下</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Customer &amp;type:</source>
        <translation>客户类型(&amp;T)：</translation>
    </message>
    <message>
        <source>User name of the relationship manager (optional)</source>
        <translation>客户经理的用户名（可选）</translation>
    </message>
    <message>
        <source>&amp;Relationship manager:</source>
        <translation>客户经理(&amp;R)：</translation>
    </message>
    <message>
        <source>Change record</source>
        <translation>变更记录</translation>
    </message>
    <message>
        <source>e.g. customer moved; new ID card issued</source>
        <translation>例如：客户搬家；换发新身份证</translation>
    </message>
    <message>
        <source>Resident ID card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>Household register</source>
        <translation>户口簿</translation>
    </message>
    <message>
        <source>Name change certificate</source>
        <translation>更名证明</translation>
    </message>
    <message>
        <source>Business licence</source>
        <translation>营业执照</translation>
    </message>
    <message>
        <source>Document number or scan reference</source>
        <translation>文件编号或扫描件编号</translation>
    </message>
    <message>
        <source>Reason for the c&amp;hange: *</source>
        <translation>修改原因(&amp;H)：*</translation>
    </message>
    <message>
        <source>Proof document t&amp;ype: *</source>
        <translation>证明文件类型(&amp;Y)：*</translation>
    </message>
    <message>
        <source>Re&amp;ference: *</source>
        <translation>编号(&amp;F)：*</translation>
    </message>
    <message>
        <source>Throw this edit away, including its kept draft.</source>
        <translation>放弃本次编辑，包括已保存的草稿。</translation>
    </message>
    <message>
        <source>Shown masked. Replace the whole value to change it.</source>
        <translation>以脱敏形式显示。如需修改请整体替换。</translation>
    </message>
    <message>
        <source>%1: *</source>
        <translation>%1：*</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Identity fields change only with a proof document: give its type and reference.</source>
        <translation>身份信息须凭证明文件才能修改：请填写证明文件类型和编号。</translation>
    </message>
    <message>
        <source>Say why the profile changes; the reason is kept with the change.</source>
        <translation>请说明修改原因；原因将与修改一同保存。</translation>
    </message>
    <message>
        <source>Nothing has changed yet.</source>
        <translation>尚未做任何修改。</translation>
    </message>
    <message>
        <source>Save (Enter or Ctrl+S)</source>
        <translation>保存（Enter 或 Ctrl+S）</translation>
    </message>
    <message>
        <source>⚠ Notes contain what looks like an ID or bank card number (%1). Notes are not masked: keep such numbers in their own fields.</source>
        <translation>⚠ 备注中含有疑似证件号或银行卡号（%1）。备注不会脱敏：请将此类号码填在相应字段中。</translation>
    </message>
    <message>
        <source>Change the stage with Change stage… on the customer view; the reason is kept with the transition.</source>
        <translation>请在客户视图中通过“变更阶段…”修改阶段；原因会随阶段变更一并记录。</translation>
    </message>
    <message>
        <source>A supervisor or a compliance officer then checks the change against this proof; a rejected change is undone.</source>
        <translation>随后由主管或合规人员对照此证明材料复核；被退回的变更将撤销。</translation>
    </message>
</context>
<context>
    <name>rmdesk::CustomerFilterBar</name>
    <message>
        <source>&amp;Branch:</source>
        <translation>机构(&amp;B)：</translation>
    </message>
    <message>
        <source>All branches</source>
        <translation>全部机构</translation>
    </message>
    <message>
        <source>&amp;RM:</source>
        <translation>客户经理(&amp;R)：</translation>
    </message>
    <message>
        <source>All RMs</source>
        <translation>全部客户经理</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>层级(&amp;T)：</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>全部层级</translation>
    </message>
    <message>
        <source>Sta&amp;ge:</source>
        <translation>阶段(&amp;G)：</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <source>Ris&amp;k:</source>
        <translation>风险(&amp;K)：</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>状态(&amp;U)：</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Review &amp;overdue</source>
        <translation>核实已逾期(&amp;O)</translation>
    </message>
    <message>
        <source>Only customers whose periodic review date has passed</source>
        <translation>只显示定期核实日期已过的客户</translation>
    </message>
</context>
<context>
    <name>rmdesk::CustomerForm</name>
    <message>
        <source>(not given)</source>
        <translation>（未填写）</translation>
    </message>
</context>
<context>
    <name>rmdesk::CustomerLifecycleBar</name>
    <message>
        <source>Compare and mer&amp;ge…</source>
        <translation>比较并合并(&amp;G)…</translation>
    </message>
    <message>
        <source>En&amp;d relationship…</source>
        <translation>终止关系(&amp;D)…</translation>
    </message>
    <message>
        <source>Reopen re&amp;lationship…</source>
        <translation>恢复关系(&amp;L)…</translation>
    </message>
    <message>
        <source>Record that the relationship has ended. The customer stays on file; the records are kept for the retention period after the end date.</source>
        <translation>记录客户关系已终止。客户仍保留在档案中；记录自终止日期起保存至保存期满。</translation>
    </message>
    <message>
        <source>⏹ Relationship ended on %1: %2</source>
        <translation>⏹ 关系已于 %1 终止：%2</translation>
    </message>
    <message>
        <source>(records kept until %1)</source>
        <translation>（记录保存至 %1）</translation>
    </message>
    <message>
        <source>Relationship: active</source>
        <translation>客户关系：有效</translation>
    </message>
    <message>
        <source>⚑ AML hold: %1</source>
        <translation>⚑ 反洗钱保全：%1</translation>
    </message>
    <message>
        <source>customer %1 (same name and mobile)</source>
        <translation>客户 %1（姓名和手机号相同）</translation>
    </message>
    <message>
        <source>customer %1 (same name and birth date)</source>
        <translation>客户 %1（姓名和出生日期相同）</translation>
    </message>
    <message>
        <source>A merge of customer %1 into customer %2 was requested by %3 and waits for a supervisor&apos;s decision.</source>
        <translation>%3 申请将客户 %1 并入客户 %2，正在等待主管决定。</translation>
    </message>
    <message>
        <source>Open merge re&amp;quest…</source>
        <translation>打开合并申请(&amp;Q)…</translation>
    </message>
    <message>
        <source>⚠ Possible duplicate of %1.</source>
        <translation>⚠ 可能与%1重复。</translation>
    </message>
    <message>
        <source>Release A&amp;ML hold…</source>
        <translation>解除反洗钱保全(&amp;M)…</translation>
    </message>
    <message>
        <source>A&amp;ML hold…</source>
        <translation>反洗钱保全(&amp;M)…</translation>
    </message>
    <message>
        <source>The anti-money-laundering investigation has ended: the records may again be purged after retention.</source>
        <translation>反洗钱调查已结束：保存期满后可再次清除这些记录。</translation>
    </message>
    <message>
        <source>Keep this customer&apos;s records past retention while an anti-money-laundering investigation is open.</source>
        <translation>在反洗钱调查未结束期间，保存期满后仍保留该客户的记录。</translation>
    </message>
    <message>
        <source>Compare and merge</source>
        <translation>比较并合并</translation>
    </message>
    <message>
        <source>Reopen relationship</source>
        <translation>恢复关系</translation>
    </message>
    <message>
        <source>Why is the relationship with customer %1 active again? The end stays in the history.</source>
        <translation>为什么与客户 %1 的关系恢复？终止记录仍保留在历史中。</translation>
    </message>
    <message>
        <source>e.g. the customer opened a new account</source>
        <translation>例如：客户新开了账户</translation>
    </message>
    <message>
        <source>AML hold</source>
        <translation>反洗钱保全</translation>
    </message>
    <message>
        <source>Release AML hold</source>
        <translation>解除反洗钱保全</translation>
    </message>
    <message>
        <source>Which investigation keeps customer %1&apos;s records? They will not be purged until the hold is released.</source>
        <translation>哪项调查需要保全客户 %1 的记录？解除保全前这些记录不会被清除。</translation>
    </message>
    <message>
        <source>Why does the hold on customer %1 end?</source>
        <translation>为什么解除对客户 %1 的保全？</translation>
    </message>
    <message>
        <source>e.g. case reference</source>
        <translation>例如：案件编号</translation>
    </message>
    <message>
        <source>Change s&amp;tage…</source>
        <translation>变更阶段(&amp;T)…</translation>
    </message>
    <message>
        <source>Set the lifecycle stage by hand, with a reason, and see every change of stage.</source>
        <translation>说明原因后手动设置生命周期阶段，并查看每次阶段变更。</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>生命周期阶段</translation>
    </message>
</context>
<context>
    <name>rmdesk::CustomerListModel</name>
    <message>
        <source>The periodic review was due on %1.</source>
        <translation>定期核实应于 %1 完成。</translation>
    </message>
    <message numerus="yes">
        <source>The periodic review is due within %n day(s).</source>
        <translation>
            <numerusform>定期核实将在 %n 天内到期。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（已逾期）</translation>
    </message>
    <message>
        <source>%1 (due soon)</source>
        <translation>%1（即将到期）</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <source>Growing</source>
        <translation>成长期</translation>
    </message>
    <message>
        <source>Mature</source>
        <translation>成熟期</translation>
    </message>
    <message>
        <source>Declining</source>
        <translation>衰退期</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>休眠期</translation>
    </message>
    <message>
        <source>Mass</source>
        <translation>大众客户</translation>
    </message>
    <message>
        <source>Affluent</source>
        <translation>富裕客户</translation>
    </message>
    <message>
        <source>Private banking</source>
        <translation>私人银行客户</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Resident ID card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>Hong Kong/Macau permit</source>
        <translation>港澳居民来往内地通行证</translation>
    </message>
    <message>
        <source>Taiwan permit</source>
        <translation>台湾居民来往大陆通行证</translation>
    </message>
    <message>
        <source>Foreign permanent residence</source>
        <translation>外国人永久居留身份证</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Marketing contact</source>
        <translation>营销联系</translation>
    </message>
    <message>
        <source>Data sharing</source>
        <translation>数据共享</translation>
    </message>
    <message>
        <source>Cross-border transfer</source>
        <translation>跨境传输</translation>
    </message>
    <message>
        <source>Profiling</source>
        <translation>画像分析</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>无法联系</translation>
    </message>
    <message>
        <source>Viewed (masked)</source>
        <translation>查看（脱敏）</translation>
    </message>
    <message>
        <source>Unmasked</source>
        <translation>显示明文</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>存款</translation>
    </message>
    <message>
        <source>Wealth management</source>
        <translation>理财</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>基金</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>保险</translation>
    </message>
    <message>
        <source>Bond</source>
        <translation>债券</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>贷款</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>The customer list has no database.</source>
        <translation>客户列表没有数据库。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>AUM (yuan)</source>
        <translation>资产 (元)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>建档日期</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Relationship ended</source>
        <translation>关系已终止</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>新客导入期</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>已流失</translation>
    </message>
    <message>
        <source>Won back</source>
        <translation>已挽回</translation>
    </message>
</context>
<context>
    <name>rmdesk::CustomerMergeDialog</name>
    <message>
        <source>Compare and merge customers</source>
        <translation>比较并合并客户</translation>
    </message>
    <message>
        <source>e.g. same ID card; the customer was added twice</source>
        <translation>例如：身份证相同；客户被重复录入</translation>
    </message>
    <message>
        <source>Required to reject; optional to approve</source>
        <translation>驳回时必填；批准时可选</translation>
    </message>
    <message>
        <source>&amp;Why are they the same customer? *</source>
        <translation>为什么是同一客户(&amp;W)？*</translation>
    </message>
    <message>
        <source>&amp;Note for the requester:</source>
        <translation>给申请人的备注(&amp;N)：</translation>
    </message>
    <message>
        <source>⇄ &amp;Keep the other record</source>
        <translation>⇄ 保留另一条记录(&amp;K)</translation>
    </message>
    <message>
        <source>Make the record on the right the one that is kept.</source>
        <translation>改为保留右侧的记录。</translation>
    </message>
    <message>
        <source>&amp;Request merge</source>
        <translation>申请合并(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Approve merge…</source>
        <translation>批准合并(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>驳回(&amp;J)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1, branch %2, RM %3</source>
        <translation>%1，机构 %2，客户经理 %3</translation>
    </message>
    <message>
        <source>Keep: customer %1</source>
        <translation>保留：客户 %1</translation>
    </message>
    <message>
        <source>Merge in: customer %1</source>
        <translation>并入：客户 %1</translation>
    </message>
    <message>
        <source>Customer %1 and customer %2</source>
        <translation>客户 %1 与客户 %2</translation>
    </message>
    <message>
        <source>Requested by %1 on %2: “%3”. The values the merged record keeps are selected; the record on the right is merged into the one on the left.</source>
        <translation>%1 于 %2 申请：“%3”。已选中合并后保留的取值；右侧记录将并入左侧记录。</translation>
    </message>
    <message>
        <source>Choose, field by field, which value the merged record keeps; rows marked ≠ differ. The record on the right is merged into the one on the left: its changes, reviews, consents and holdings move over and its number is no longer used. A supervisor approves the merge.</source>
        <translation>请逐个字段选择合并后保留的取值；标有 ≠ 的行取值不同。右侧记录将并入左侧记录：其变更、核实、授权和持仓都会转入，其编号不再使用。合并须由主管批准。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>历史：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n 次变更</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n 次核实</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s)</source>
        <translation>
            <numerusform>%n 项授权</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n holding(s)</source>
        <translation>
            <numerusform>%n 笔持仓</numerusform>
        </translation>
    </message>
    <message>
        <source>The two records differ here.</source>
        <translation>两条记录在此处不同。</translation>
    </message>
    <message>
        <source>%1 (masked)</source>
        <translation>%1（已脱敏）</translation>
    </message>
    <message>
        <source>The ID type follows the ID number.</source>
        <translation>证件类型随证件号码一起取值。</translation>
    </message>
    <message>
        <source>Ask a supervisor to approve this merge.</source>
        <translation>请主管批准此合并。</translation>
    </message>
    <message>
        <source>Say why these records are the same customer (at least %1 characters).</source>
        <translation>请说明为何这两条记录是同一客户（至少 %1 个字）。</translation>
    </message>
    <message>
        <source>Say in the note why the merge is rejected (at least %1 characters).</source>
        <translation>请在备注中说明驳回合并的原因（至少 %1 个字）。</translation>
    </message>
    <message>
        <source>You may compare these records but not ask for their merge: both customers must be in your book (relationship managers) or your branch (supervisors).</source>
        <translation>您可以比较这两条记录，但不能申请合并：两位客户都须在您的客户名单（客户经理）或您的机构（主管）内。</translation>
    </message>
    <message>
        <source>You asked for this merge; another supervisor of the branch decides it.</source>
        <translation>此合并是您申请的；由本机构的另一位主管决定。</translation>
    </message>
    <message>
        <source>Waiting for a supervisor of both customers&apos; branch to decide.</source>
        <translation>等待两位客户所属机构的主管决定。</translation>
    </message>
    <message>
        <source>%1 by %2 on %3. %4</source>
        <translation>%2 于 %3 %1。%4</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Approve merge</source>
        <translation>批准合并</translation>
    </message>
    <message>
        <source>Merge customer %1 into customer %2? Customer %1 disappears from lists and search; its changes, reviews, consents and holdings move to customer %2, its record is archived, and the chosen values replace those of customer %2. This cannot be undone.</source>
        <translation>将客户 %1 并入客户 %2？客户 %1 将从列表和搜索中消失；其变更、核实、授权和持仓转入客户 %2，其记录归档，所选取值将替换客户 %2 的取值。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
</context>
<context>
    <name>rmdesk::CustomersPage</name>
    <message>
        <source>All customers</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>&amp;Add customer…</source>
        <translation>添加客户(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a customer to your branch (Ctrl+N)</source>
        <translation>向您的机构添加客户（Ctrl+N）</translation>
    </message>
    <message>
        <source>No customers yet. Add one with Add customer…, or import a customer file exported from the core banking system.</source>
        <translation>暂无客户。请用“添加客户…”添加，或导入从核心系统导出的客户文件。</translation>
    </message>
    <message>
        <source>No customers in your scope yet. Customers appear here once relationship managers add or import them.</source>
        <translation>您的权限范围内暂无客户。客户经理添加或导入客户后会显示在这里。</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>打开客户</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>客户 %1</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the customer. Click a column title (No., name, tier, AUM, next review, created) to sort by it.</source>
        <translation>双击或按回车打开客户。点击列标题（编号、姓名、层级、资产、下次核实、建档日期）可按该列排序。</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在计数…</translation>
    </message>
    <message>
        <source>No customer&apos;s periodic review is overdue among these customers.</source>
        <translation>这些客户中没有定期核实逾期的客户。</translation>
    </message>
    <message>
        <source>No customers match these filters. Choose &quot;All&quot; in a filter to see more.</source>
        <translation>没有符合这些筛选条件的客户。在筛选项中选择“全部”可看到更多客户。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln 位客户</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Export the customers of the list as filtered to CSV or Excel</source>
        <translation>将当前筛选后列表中的客户导出为 CSV 或 Excel 文件</translation>
    </message>
    <message>
        <source>Import customers, or their month-end balances, from a CSV file (UTF-8 or GB18030)</source>
        <translation>从 CSV 文件（UTF-8 或 GB18030）导入客户或其月末余额</translation>
    </message>
    <message>
        <source>Customers…</source>
        <translation>客户…</translation>
    </message>
    <message>
        <source>Month-end balances…</source>
        <translation>月末余额…</translation>
    </message>
</context>
<context>
    <name>rmdesk::DashboardFrame</name>
    <message>
        <source>Working out the figures…</source>
        <translation>正在计算数据…</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>另存为 PNG(&amp;P)…</translation>
    </message>
    <message>
        <source>Save a picture of the dashboard as it is shown</source>
        <translation>将看板按当前显示的样子保存为图片</translation>
    </message>
    <message>
        <source>Save numbers as &amp;CSV…</source>
        <translation>数据另存为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Save every number of the dashboard as a table for Excel</source>
        <translation>将看板上的所有数据保存为可用 Excel 打开的表格</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Save the dashboard as a PDF report with its period and filters on every page</source>
        <translation>将看板保存为 PDF 报表，每页均注明期间和筛选条件</translation>
    </message>
    <message>
        <source>Save the dashboard as a picture</source>
        <translation>将看板保存为图片</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Save as PNG</source>
        <translation>另存为 PNG</translation>
    </message>
    <message>
        <source>Save the dashboard&apos;s numbers</source>
        <translation>保存看板数据</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Save numbers as CSV</source>
        <translation>数据另存为 CSV</translation>
    </message>
    <message>
        <source>Save the dashboard as a PDF report</source>
        <translation>将看板保存为 PDF 报表</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>The export could not be recorded in the audit trail, so %1 was removed again: %2</source>
        <translation>导出操作无法记入审计日志，因此已删除 %1：%2</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>机构(&amp;B)：</translation>
    </message>
    <message>
        <source>All branches</source>
        <translation>全部机构</translation>
    </message>
    <message>
        <source>&amp;RM:</source>
        <translation>客户经理(&amp;R)：</translation>
    </message>
    <message>
        <source>All RMs</source>
        <translation>全部客户经理</translation>
    </message>
</context>
<context>
    <name>rmdesk::DashboardsPage</name>
    <message>
        <source>Retention</source>
        <translation>留存</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>考核</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>绩效评价</translation>
    </message>
    <message>
        <source>Spot checks</source>
        <translation>抽查</translation>
    </message>
    <message>
        <source>Improvement measures</source>
        <translation>整改措施</translation>
    </message>
</context>
<context>
    <name>rmdesk::DateField</name>
    <message>
        <source>yyyy-MM-dd, or empty</source>
        <translation>yyyy-MM-dd，或留空</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Pick a date from a calendar</source>
        <translation>从日历中选择日期</translation>
    </message>
</context>
<context>
    <name>rmdesk::DrawSampleDialog</name>
    <message>
        <source>Use the &amp;seed</source>
        <translation>使用随机种子(&amp;S)</translation>
    </message>
    <message>
        <source>Draw spot-check sample</source>
        <translation>抽取抽查样本</translation>
    </message>
    <message>
        <source>Up to this many interactions and this many complaints (1 to %1 each); fewer when the period has fewer.</source>
        <translation>最多抽取该数量的服务记录和该数量的投诉（每类 1 至 %1 条）；期间内记录不足时按实际数量抽取。</translation>
    </message>
    <message>
        <source>A number of 0 or more</source>
        <translation>0 或更大的数字</translation>
    </message>
    <message>
        <source>Picks interactions and complaints of branch %1 at random. The seed is kept with the sample: the same seed over the same records draws the same items, so anyone can repeat the draw.</source>
        <translation>从机构 %1 的服务记录和投诉中随机抽取。随机种子随样本一同保存：对相同的记录使用相同的随机种子会抽出相同的项目，因此任何人都可以重复这次抽样。</translation>
    </message>
    <message>
        <source>&amp;Period: *</source>
        <translation>期间(&amp;P)：*</translation>
    </message>
    <message>
        <source>Si&amp;ze per kind: *</source>
        <translation>每类数量(&amp;Z)：*</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>随机种子：</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>抽取</translation>
    </message>
    <message>
        <source>Type the seed, or clear the box for a random draw.</source>
        <translation>请输入随机种子，或取消勾选以随机抽取。</translation>
    </message>
</context>
<context>
    <name>rmdesk::EndRelationshipDialog</name>
    <message>
        <source>End relationship</source>
        <translation>终止关系</translation>
    </message>
    <message>
        <source>e.g. all accounts closed at the customer&apos;s request</source>
        <translation>例如：应客户要求已销户</translation>
    </message>
    <message numerus="yes">
        <source>Customer %1 stays on file. Nothing is deleted: the records are kept for %n year(s) after the end date, then a supervisor and a compliance officer may purge them.</source>
        <translation>
            <numerusform>客户 %1 仍保留在档案中，不会删除任何内容：记录自终止日期起保存 %n 年，之后可由一位主管和一位合规人员清除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Ended &amp;on:</source>
        <translation>终止日期(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Why: *</source>
        <translation>原因(&amp;W)：*</translation>
    </message>
    <message>
        <source>Say why the relationship ends (at least %1 characters).</source>
        <translation>请说明关系终止的原因（至少 %1 个字）。</translation>
    </message>
</context>
<context>
    <name>rmdesk::EvaluationsView</name>
    <message>
        <source>Evaluations — branch %1</source>
        <translation>绩效评价 — 机构 %1</translation>
    </message>
    <message>
        <source>My evaluations</source>
        <translation>我的绩效评价</translation>
    </message>
    <message>
        <source>Evaluations — all branches</source>
        <translation>绩效评价 — 全部机构</translation>
    </message>
    <message>
        <source>&amp;New evaluation…</source>
        <translation>新建绩效评价(&amp;N)…</translation>
    </message>
    <message>
        <source>Evaluate an RM of your branch for a period that has ended</source>
        <translation>对本机构客户经理已结束期间的表现进行绩效评价</translation>
    </message>
    <message>
        <source>&amp;Rate…</source>
        <translation>评级(&amp;R)…</translation>
    </message>
    <message>
        <source>Give the selected draft a rating of 1 to 5 with a comment</source>
        <translation>为所选草稿给出 1 至 5 级的评级并填写评语</translation>
    </message>
    <message>
        <source>&amp;Sign off…</source>
        <translation>签核(&amp;S)…</translation>
    </message>
    <message>
        <source>Sign the selected evaluation off; it is locked afterwards</source>
        <translation>签核所选绩效评价；签核后即锁定</translation>
    </message>
    <message>
        <source>RM</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>已签核</translation>
    </message>
    <message>
        <source>All periods</source>
        <translation>全部期间</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>All RMs</source>
        <translation>全部客户经理</translation>
    </message>
    <message>
        <source>R&amp;M:</source>
        <translation>客户经理(&amp;M)：</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际值</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>达成率</translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation>评级：</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>评语：</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>No evaluations match these filters. Choose &quot;All periods&quot;, &quot;Any status&quot; and &quot;All RMs&quot; to see every one.</source>
        <translation>没有符合筛选条件的绩效评价。选择“全部期间”“全部状态”和“全部客户经理”可查看所有绩效评价。</translation>
    </message>
    <message>
        <source>No evaluations yet. Choose New evaluation… to evaluate an RM of your branch for a period that has ended: it keeps the RM&apos;s scorecard, then you rate it, comment and sign it off.</source>
        <translation>暂无绩效评价。选择“新建绩效评价…”可对本机构客户经理已结束的期间进行评价：系统会保存该客户经理的考核记分卡，然后由您评级、填写评语并签核。</translation>
    </message>
    <message>
        <source>No evaluation of you yet. Your supervisor evaluates each period once it has ended; it appears here to read.</source>
        <translation>暂无对您的绩效评价。每个期间结束后由您的主管进行评价，评价将显示在此处供您查阅。</translation>
    </message>
    <message>
        <source>No evaluations yet. Supervisors create them for their branch&apos;s RMs once a period has ended.</source>
        <translation>暂无绩效评价。期间结束后，由各机构主管为本机构的客户经理创建。</translation>
    </message>
    <message>
        <source>Rate the evaluation with a comment before signing it off.</source>
        <translation>请先为该绩效评价评级并填写评语，再签核。</translation>
    </message>
    <message>
        <source>%1, branch %2, %3: score %4 of 100, rank %5 (standards version %6)</source>
        <translation>%1，机构 %2，%3：得分 %4（满分 100），排名 %5（考核标准第 %6 版）</translation>
    </message>
    <message>
        <source>Signed off by %1 on %2 and locked: it can no longer be changed.</source>
        <translation>已由 %1 于 %2 签核并锁定：不能再修改。</translation>
    </message>
    <message>
        <source>Draft created by %1 on %2. %3</source>
        <translation>草稿由 %1 于 %2 创建。%3</translation>
    </message>
    <message>
        <source>Rate it with a comment, then sign it off.</source>
        <translation>请评级并填写评语，然后签核。</translation>
    </message>
    <message>
        <source>The supervisor may still change it.</source>
        <translation>主管仍可修改。</translation>
    </message>
    <message>
        <source>Not rated yet.</source>
        <translation>尚未评级。</translation>
    </message>
    <message>
        <source>Sign off evaluation</source>
        <translation>签核绩效评价</translation>
    </message>
    <message>
        <source>Sign off the evaluation of %1 for %2 with the rating %3?

It is then locked: nobody can change the score, the rating or the comment afterwards.</source>
        <translation>签核 %1 %2 期间的绩效评价（评级 %3）？

签核后即锁定：此后任何人都不能再修改得分、评级或评语。</translation>
    </message>
    <message>
        <source>Sign off and lock</source>
        <translation>签核并锁定</translation>
    </message>
</context>
<context>
    <name>rmdesk::ExportDialog</name>
    <message>
        <source>The &amp;list as filtered, in its order</source>
        <translation>当前筛选后的列表，按列表顺序(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;All customers I may see</source>
        <translation>我有权查看的全部客户(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Unmasked: names, ID numbers, phone numbers and addresses in full</source>
        <translation>明文(&amp;U)：完整显示姓名、证件号码、手机号码和地址</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>导出客户</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel 工作簿（XLSX）</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (for other programs and import)</source>
        <translation>CSV，UTF-8（用于其他程序和导入）</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>Why you need the data in full; kept in the audit trail</source>
        <translation>需要完整数据的原因；将记入审计日志</translation>
    </message>
    <message>
        <source>Without it, sensitive fields are masked as on screen (138****5678).</source>
        <translation>不勾选时，敏感字段按屏幕显示方式脱敏（138****5678）。</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>格式(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;File: *</source>
        <translation>文件(&amp;F)：*</translation>
    </message>
    <message>
        <source>Customers:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>Sensitive fields:</source>
        <translation>敏感字段：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>请选择要写入的文件。</translation>
    </message>
    <message>
        <source>The file name must end in .csv or .xlsx.</source>
        <translation>文件名必须以 .csv 或 .xlsx 结尾。</translation>
    </message>
    <message>
        <source>Say why you need the data in full (at least %1 characters).</source>
        <translation>请说明需要完整数据的原因（至少 %1 个字符）。</translation>
    </message>
    <message>
        <source>%1 exists already. Replace it with the export?</source>
        <translation>%1 已存在。是否用导出文件替换？</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消；未写入任何文件。</translation>
    </message>
    <message>
        <source>Exported %1 customers to %2.</source>
        <translation>已将 %1 位客户导出到 %2。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>rmdesk::FindingDialog</name>
    <message>
        <source>&amp;OK: nothing to correct</source>
        <translation>合格：无需整改(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Issue: something must be corrected</source>
        <translation>问题：需要整改(&amp;I)</translation>
    </message>
    <message>
        <source>What is wrong or missing, and what should be done.</source>
        <translation>哪里有误或缺失，应如何处理。</translation>
    </message>
    <message>
        <source>Finding for item %1 of spot check %2</source>
        <translation>抽查 %2 第 %1 项的检查结论</translation>
    </message>
    <message>
        <source>Finding: *</source>
        <translation>检查结论：*</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>A finding stands once recorded; it cannot be changed.</source>
        <translation>检查结论一经记录即不可更改。</translation>
    </message>
    <message>
        <source>Record finding</source>
        <translation>记录检查结论</translation>
    </message>
    <message>
        <source>An issue needs a note: say what must be corrected.</source>
        <translation>有问题时须填写备注：说明需要整改的内容。</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation>备注超过 %1 个字符。</translation>
    </message>
</context>
<context>
    <name>rmdesk::FormDraft</name>
    <message>
        <source>The draft could not be kept: %1</source>
        <translation>无法保存草稿：%1</translation>
    </message>
    <message>
        <source>Unfinished entry</source>
        <translation>未完成的录入</translation>
    </message>
    <message>
        <source>An unfinished entry in this form from %1 was kept. Restore it?</source>
        <translation>此表单有一份 %1 保存的未完成录入。要恢复吗？</translation>
    </message>
    <message>
        <source>If you do not restore it, it is discarded.</source>
        <translation>如果不恢复，它将被丢弃。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
</context>
<context>
    <name>rmdesk::GlobalSearch</name>
    <message>
        <source>Find a customer: name, pinyin, mobile digits, ID tail (Ctrl+K)</source>
        <translation>查找客户：姓名、拼音、手机号码数字、证件号码末几位（Ctrl+K）</translation>
    </message>
    <message>
        <source>No customer in your scope matches &quot;%1&quot;.</source>
        <translation>您权限范围内没有与“%1”匹配的客户。</translation>
    </message>
    <message>
        <source>%1 more: type more to narrow the search.</source>
        <translation>还有 %1 条：请输入更多内容以缩小范围。</translation>
    </message>
</context>
<context>
    <name>rmdesk::HoldingImportDialog</name>
    <message>
        <source>All or nothing: import only if every row is valid</source>
        <translation>全部或全不：所有行均有效时才导入</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>保存报告…</translation>
    </message>
    <message>
        <source>Import month-end balances</source>
        <translation>导入月末余额</translation>
    </message>
    <message>
        <source>Import the product catalogue</source>
        <translation>导入产品目录</translation>
    </message>
    <message>
        <source>A CSV file (UTF-8 or GB18030) with one row per customer, product and month: customer_id (or id_number), product_code, month (YYYY-MM) and balance in yuan; 0 for a product sold out that month. A month already on file is corrected. Afterwards each customer&apos;s AUM and tier are those of their latest month.</source>
        <translation>CSV 文件（UTF-8 或 GB18030），每位客户、每个产品、每个月一行：customer_id（或 id_number）、product_code、month（YYYY-MM）和以元为单位的 balance；当月已售罄的产品填 0。已有月份的余额将被更正。导入后，每位客户的资产规模和客户层级以其最近月份为准。</translation>
    </message>
    <message>
        <source>A CSV file (UTF-8 or GB18030) with the columns code, name, type (deposit, wealth, fund, insurance, bond, loan, other) and risk_level (R1 to R5). New codes are added, known ones updated; a changed risk level is named in the audit trail, as it decides which customers a product suits.</source>
        <translation>CSV 文件（UTF-8 或 GB18030），列为 code、name、type（deposit、wealth、fund、insurance、bond、loan、other）和 risk_level（R1 至 R5）。新代码将被新增，已有代码将被更新；风险等级的变更会记入审计日志，因为它决定产品适合哪些客户。</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>选择 CSV 文件</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>The rejected rows with their reasons, as CSV readable by you only</source>
        <translation>被拒绝的行及其原因，保存为仅您本人可读的 CSV</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Read every row and list the problems; nothing is written</source>
        <translation>读取每一行并列出问题；不写入任何内容</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose a CSV file first</source>
        <translation>请先选择 CSV 文件</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation>报告已保存：%1</translation>
    </message>
</context>
<context>
    <name>rmdesk::ImportWizard</name>
    <message>
        <source>Import customers</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <source>Customer type</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <source>Choose the column that holds %1: it is required.</source>
        <translation>请选择包含%1的列：该字段为必填项。</translation>
    </message>
    <message>
        <source>Import customers from</source>
        <translation>导入客户 — 选择文件</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>There is no file %1. Choose the CSV file to import.</source>
        <translation>文件 %1 不存在。请选择要导入的 CSV 文件。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: check its permissions.</source>
        <translation>无法读取文件 %1：请检查文件权限。</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>The file could not be read. Check that it is a CSV file.</source>
        <translation>无法读取该文件。请确认它是 CSV 文件。</translation>
    </message>
    <message>
        <source>Checking every row</source>
        <translation>正在检查每一行</translation>
    </message>
    <message>
        <source>Importing customers</source>
        <translation>正在导入客户</translation>
    </message>
    <message>
        <source>Nothing is written: this only checks the file.</source>
        <translation>不会写入任何数据：仅检查文件。</translation>
    </message>
    <message>
        <source>Cancel stops the import; then nothing of it is kept.</source>
        <translation>取消将中止导入，本次导入的内容均不会保留。</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>正在检查文件…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Checked %1 of %2 rows…</source>
        <translation>已检查 %1 / %2 行…</translation>
    </message>
    <message>
        <source>%1 of %2 rows done…</source>
        <translation>已处理 %1 / %2 行…</translation>
    </message>
    <message>
        <source>The import stopped without a result.</source>
        <translation>导入已中止，没有结果。</translation>
    </message>
    <message>
        <source>Cancelling… nothing of this import will be kept.</source>
        <translation>正在取消…本次导入的内容均不会保留。</translation>
    </message>
    <message>
        <source>Save the report of rejected rows</source>
        <translation>保存被拒绝行的报告</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The report was not saved: %1</source>
        <translation>报告未保存：%1</translation>
    </message>
    <message>
        <source>The report was saved to %1.</source>
        <translation>报告已保存到 %1。</translation>
    </message>
    <message>
        <source>Which file to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <source>A CSV file with one customer per row and the column headings in its first row.</source>
        <translation>CSV 文件，每行一位客户，第一行为列标题。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>GB18030 (Chinese Windows)</source>
        <translation>GB18030（中文 Windows）</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>The file that Export customers writes is recognised as it is, and so are common Chinese or English headings such as 姓名, 证件号码 and 手机号码. You choose or correct the columns on the next page. Nothing is written before the last step.</source>
        <translation>“导出客户”生成的文件可直接识别，常见的中英文列标题（如 姓名、证件号码、手机号码）也可识别。您可以在下一页选择或更正列的对应关系。最后一步之前不会写入任何数据。</translation>
    </message>
    <message>
        <source>Which column fills which field</source>
        <translation>各列与字段的对应关系</translation>
    </message>
    <message>
        <source>Fields marked * are required. Columns that no field takes are not imported.</source>
        <translation>标有 * 的字段为必填项。未对应任何字段的列不会导入。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Check the first rows and choose how to import</source>
        <translation>检查前几行并选择导入方式</translation>
    </message>
    <message>
        <source>Invalid cells are marked; point at one to see what is wrong.</source>
        <translation>无效的单元格已标出；将鼠标指向单元格可查看问题所在。</translation>
    </message>
    <message>
        <source>Customers already on file (same ID number)</source>
        <translation>已存在的客户（证件号码相同）</translation>
    </message>
    <message>
        <source>&amp;Skip them</source>
        <translation>跳过(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Update them with the file&apos;s values</source>
        <translation>用文件中的值更新(&amp;U)</translation>
    </message>
    <message>
        <source>Invalid rows</source>
        <translation>无效行</translation>
    </message>
    <message>
        <source>Import the valid rows and &amp;report the others</source>
        <translation>导入有效行，并在报告中列出其他行(&amp;R)</translation>
    </message>
    <message>
        <source>Import &amp;nothing unless every row is valid</source>
        <translation>全部有效才导入，否则不导入任何行(&amp;N)</translation>
    </message>
    <message>
        <source>Check &amp;only (dry run): check every row, write nothing</source>
        <translation>仅检查（试运行）：检查每一行，不写入任何数据(&amp;O)</translation>
    </message>
    <message>
        <source>Show the result</source>
        <translation>显示结果</translation>
    </message>
    <message>
        <source>The rows go in together at the end: until then nothing is changed, and Cancel leaves the customers exactly as they were.</source>
        <translation>所有行在最后一步一起写入：在此之前不会做任何修改，点击“取消”后客户数据保持原样。</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>What was imported, and every row that was not.</source>
        <translation>已导入的内容，以及每一个未导入的行。</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Save the &amp;report of rejected rows…</source>
        <translation>保存被拒绝行的报告(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Change the options…</source>
        <translation>更改选项(&amp;C)…</translation>
    </message>
    <message>
        <source>Back to the preview and its options, to import again.</source>
        <translation>返回预览及其选项，以便重新导入。</translation>
    </message>
    <message numerus="yes">
        <source>Read as %1: %Ln customer row(s) below the header row.</source>
        <translation>
            <numerusform>按 %1 读取：标题行下共有 %Ln 行客户数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— 不导入 —</translation>
    </message>
    <message>
        <source>(column %1, no heading)</source>
        <translation>（第 %1 列，无标题）</translation>
    </message>
    <message>
        <source>Every column of the file is used.</source>
        <translation>文件中的每一列均已使用。</translation>
    </message>
    <message>
        <source>Not imported (no field takes them): %1</source>
        <translation>不导入（未对应任何字段）：%1</translation>
    </message>
    <message>
        <source>The file has no customer rows below its header row.</source>
        <translation>文件在标题行下没有客户数据行。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer row(s) in the file.</source>
        <translation>
            <numerusform>文件中共有 %Ln 行客户数据。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of the first %Ln shown, rows with problems (marked ⚠): %1. Every row is checked again when you import or check.</source>
        <translation>
            <numerusform>在显示的前 %Ln 行中，有问题的行（标有 ⚠）：%1。导入或检查时会重新检查每一行。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>检查(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Check goes through every row and writes nothing.</source>
        <translation>“检查”会逐行检查，不写入任何数据。</translation>
    </message>
    <message>
        <source>Invalid cells are marked; point at one to see what is wrong. Import writes the customers.</source>
        <translation>无效的单元格已标出；将鼠标指向单元格可查看问题所在。“导入”将写入客户数据。</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>未导入任何数据。%1</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation>导入已取消。未导入任何数据。</translation>
    </message>
    <message>
        <source>Checked: nothing was written. With these options: new customers %1, updated %2, rejected rows %3.</source>
        <translation>检查完成：未写入任何数据。按当前选项：新增客户 %1 位，更新 %2 位，拒绝 %3 行。</translation>
    </message>
    <message>
        <source>Nothing was imported: no row holds a new customer or a change.</source>
        <translation>未导入任何数据：没有任何行包含新客户或修改。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %Ln row(s) are invalid, and you chose to import all rows or none. Save the report, correct them and import again.</source>
        <translation>
            <numerusform>未导入任何数据：%Ln 行无效，而您选择了全部有效才导入。请保存报告，更正后重新导入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The import is done, but %Ln row(s) were rejected: save the report to correct them.</source>
        <translation>
            <numerusform>导入已完成，但有 %Ln 行被拒绝：请保存报告以便更正。</numerusform>
        </translation>
    </message>
    <message>
        <source>The import is done.</source>
        <translation>导入已完成。</translation>
    </message>
    <message>
        <source>Rows read:</source>
        <translation>读取行数：</translation>
    </message>
    <message>
        <source>New customers (would be):</source>
        <translation>新增客户（预计）：</translation>
    </message>
    <message>
        <source>New customers:</source>
        <translation>新增客户：</translation>
    </message>
    <message>
        <source>Updated (would be):</source>
        <translation>更新（预计）：</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>已更新：</translation>
    </message>
    <message>
        <source>Already on file, skipped:</source>
        <translation>已存在，已跳过：</translation>
    </message>
    <message>
        <source>Rejected rows:</source>
        <translation>被拒绝的行：</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>用时：</translation>
    </message>
    <message>
        <source>No row was rejected.</source>
        <translation>没有被拒绝的行。</translation>
    </message>
    <message>
        <source>The first %1 of %2 problems are shown; the report lists them all.</source>
        <translation>显示了 %2 个问题中的前 %1 个；报告中列出了全部问题。</translation>
    </message>
    <message>
        <source>Problems found:</source>
        <translation>发现的问题：</translation>
    </message>
</context>
<context>
    <name>rmdesk::InteractionDialog</name>
    <message>
        <source>&amp;Follow up on</source>
        <translation>跟进日期(&amp;F)</translation>
    </message>
    <message>
        <source>Log interaction</source>
        <translation>登记服务记录</translation>
    </message>
    <message>
        <source>Chan&amp;ge…</source>
        <translation>更换(&amp;G)…</translation>
    </message>
    <message>
        <source>A new request or issue starts a new matter; a contact about an earlier one continues it and completes its open follow-ups.</source>
        <translation>新的请求或问题开始一个新事项；就已有事项再次接触则延续该事项，并完成其未完成的跟进。</translation>
    </message>
    <message>
        <source>What the customer asked or said, and what you agreed. Enter saves; Shift+Enter starts a new line.</source>
        <translation>客户的诉求或反馈，以及双方约定的事项。回车保存；Shift+回车换行。</translation>
    </message>
    <message>
        <source>Product codes, comma-separated; type a code or name</source>
        <translation>产品代码，以逗号分隔；可输入代码或名称</translation>
    </message>
    <message>
        <source>C&amp;ustomer: *</source>
        <translation>客户(&amp;U)：*</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>时间(&amp;W)：</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>目的(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Matter:</source>
        <translation>事项(&amp;M)：</translation>
    </message>
    <message>
        <source>Summar&amp;y: *</source>
        <translation>摘要(&amp;Y)：*</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>结果(&amp;O)：</translation>
    </message>
    <message>
        <source>P&amp;roducts discussed:</source>
        <translation>涉及产品(&amp;R)：</translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation>下一步：</translation>
    </message>
    <message>
        <source>You may look at this customer&apos;s record but not add to it: only their relationship manager or a supervisor of the branch records interactions.</source>
        <translation>您可以查看该客户的记录，但不能新增：只有其客户经理或本机构主管可以登记服务记录。</translation>
    </message>
    <message>
        <source>%1 (No. %2)</source>
        <translation>%1（编号 %2）</translation>
    </message>
    <message>
        <source>task for you</source>
        <translation>任务派给您本人</translation>
    </message>
    <message>
        <source>task for %1, the customer&apos;s manager</source>
        <translation>任务派给客户经理 %1</translation>
    </message>
    <message>
        <source>New matter</source>
        <translation>新事项</translation>
    </message>
    <message>
        <source>Continues %1 %2 (%3): %4</source>
        <translation>延续 %1 %2（%3）：%4</translation>
    </message>
    <message>
        <source>Set by the service standard; change it if the customer asked for another day.</source>
        <translation>按服务标准自动设定；如客户另约时间，请修改。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No such product: %1</source>
        <translation>不存在的产品：%1</translation>
    </message>
    <message>
        <source>Choose the customer first: type a name, pinyin or mobile digits and press Enter.</source>
        <translation>请先选择客户：输入姓名、拼音或手机号码数字后按回车。</translation>
    </message>
    <message>
        <source>Say in the summary what was discussed.</source>
        <translation>请在摘要中说明沟通内容。</translation>
    </message>
    <message>
        <source>The summary is longer than %1 characters.</source>
        <translation>摘要超过 %1 个字符。</translation>
    </message>
    <message>
        <source>The contact cannot be in the future.</source>
        <translation>接触时间不能晚于当前时间。</translation>
    </message>
    <message>
        <source>No consent to marketing contact is on file for this customer. Advise on products only when they ask for it, and say so in the summary.</source>
        <translation>该客户没有营销联系同意记录。仅在客户主动询问时提供产品建议，并在摘要中注明。</translation>
    </message>
    <message>
        <source>The customer withdrew consent to marketing contact on %1. Advise on products only when they ask for it, and say so in the summary.</source>
        <translation>该客户已于 %1 撤回营销联系同意。仅在客户主动询问时提供产品建议，并在摘要中注明。</translation>
    </message>
    <message>
        <source>The customer insisted after a special risk warning, which they confirmed</source>
        <translation>客户在确认特别风险警示后仍坚持</translation>
    </message>
    <message>
        <source>Declined: the customer was told these products do not suit them</source>
        <translation>未予推荐：已告知客户这些产品不适合其风险承受能力</translation>
    </message>
    <message>
        <source>Say how the products that do not suit the customer were handled.</source>
        <translation>请说明不适合该客户的产品是如何处理的。</translation>
    </message>
</context>
<context>
    <name>rmdesk::InteractionTimeline</name>
    <message>
        <source>&amp;Log interaction…</source>
        <translation>登记服务记录(&amp;L)…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>By</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Visits, calls and messages with this customer, newest first.</source>
        <translation>与该客户的拜访、通话和消息往来，最新的在前。</translation>
    </message>
    <message>
        <source>Record a visit, call or message (Ctrl+I)</source>
        <translation>登记一次拜访、通话或消息（Ctrl+I）</translation>
    </message>
    <message>
        <source>No interactions recorded yet. Log a visit, call or message with Log interaction… (Ctrl+I); a next follow-up date you set there appears on My day.</source>
        <translation>尚无服务记录。请用“登记服务记录…”（Ctrl+I）登记拜访、通话或消息；其中设定的下次跟进日期会出现在“工作台”中。</translation>
    </message>
    <message>
        <source>✔ %1 done</source>
        <translation>✔ %1 已完成</translation>
    </message>
    <message>
        <source>⚠ %1 overdue</source>
        <translation>⚠ %1 已逾期</translation>
    </message>
    <message>
        <source>Continues the matter begun by interaction %1.</source>
        <translation>延续服务记录 %1 开始的事项。</translation>
    </message>
    <message>
        <source>products %1</source>
        <translation>产品 %1</translation>
    </message>
    <message>
        <source>continues interaction %1</source>
        <translation>延续服务记录 %1</translation>
    </message>
    <message>
        <source>⚠ above the customer&apos;s risk level: they insisted after a special risk warning, which they confirmed</source>
        <translation>⚠ 高于客户风险等级：客户在确认特别风险警示后仍坚持</translation>
    </message>
    <message>
        <source>⚠ did not suit the customer: declined</source>
        <translation>⚠ 不适合该客户：未予推荐</translation>
    </message>
</context>
<context>
    <name>rmdesk::LockScreen</name>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Locked — enter your password</source>
        <translation>已锁定 — 请输入密码</translation>
    </message>
    <message>
        <source>Signed in as %1. The data stays hidden until you unlock.</source>
        <translation>已以 %1 身份登录。解锁前数据保持隐藏。</translation>
    </message>
    <message>
        <source>Enter your password to unlock.</source>
        <translation>请输入密码以解锁。</translation>
    </message>
    <message>
        <source>That is not your password. Try again.</source>
        <translation>密码不正确，请重试。</translation>
    </message>
</context>
<context>
    <name>rmdesk::LoginDialog</name>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Create new database…</source>
        <translation>新建数据库…</translation>
    </message>
    <message>
        <source>Sign in — RM Desk</source>
        <translation>登录 — 客户经理工作台</translation>
    </message>
    <message>
        <source>RM Desk</source>
        <translation>客户经理工作台</translation>
    </message>
    <message>
        <source>Sign in to an encrypted database with your user name and password.</source>
        <translation>使用用户名和密码登录加密数据库。</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>RM Desk databases (*.rmdb);;All files (*)</source>
        <translation>客户经理工作台数据库 (*.rmdb);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose a database file, or create a new database.</source>
        <translation>请选择数据库文件，或新建数据库。</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>Signing in failed.</source>
        <translation>登录失败。</translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>设置新密码</translation>
    </message>
    <message>
        <source>An administrator set your password. Choose a new one that only you know before you continue.</source>
        <translation>您的密码由管理员设置。继续之前，请设置一个只有您知道的新密码。</translation>
    </message>
    <message>
        <source>You must choose a new password before you can continue.</source>
        <translation>必须先设置新密码才能继续。</translation>
    </message>
    <message>
        <source>Sign in (%1 s)</source>
        <translation>登录（%1 秒）</translation>
    </message>
</context>
<context>
    <name>rmdesk::MainWindow</name>
    <message>
        <source>RM Desk</source>
        <translation>客户经理工作台</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About RM Desk</source>
        <translation>关于客户经理工作台(&amp;A)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Encrypted · unlocked</source>
        <translation>已加密 · 已解锁</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>About RM Desk</source>
        <translation>关于客户经理工作台</translation>
    </message>
    <message>
        <source>&lt;b&gt;RM Desk %1&lt;/b&gt;&lt;p&gt;A workstation for relationship managers at banks, securities firms, insurers and fund companies. Customer data is kept in one encrypted file.&lt;/p&gt;</source>
        <translation>&lt;b&gt;客户经理工作台 %1&lt;/b&gt;&lt;p&gt;供银行、证券、保险和基金公司客户经理使用的工作台。客户数据保存在一个加密文件中。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>管理</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>用户：%1</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>角色：%1</translation>
    </message>
    <message>
        <source>Branch: all</source>
        <translation>机构：全部</translation>
    </message>
    <message>
        <source>Branch: %1</source>
        <translation>机构：%1</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Choose a new password for %1. Only you should know it; nobody can look it up later.</source>
        <translation>为 %1 设置新密码。只有您应当知道它；日后任何人都无法查到。</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>&amp;Find customer…</source>
        <translation>查找客户(&amp;F)…</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>My day</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>看板</translation>
    </message>
</context>
<context>
    <name>rmdesk::MeasureDialog</name>
    <message>
        <source>What is to be done, by whom, and how it will be checked.</source>
        <translation>要做什么、由谁负责、如何检验。</translation>
    </message>
    <message>
        <source>Add improvement measure</source>
        <translation>添加整改措施</translation>
    </message>
    <message>
        <source>e.g. Record the customer&apos;s feedback after every call</source>
        <translation>例如：每次通话后记录客户的反馈</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1（您）</translation>
    </message>
    <message>
        <source>An active relationship manager or supervisor of branch %1.</source>
        <translation>机构 %1 的有效客户经理或主管。</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>&amp;Title: *</source>
        <translation>标题(&amp;T)：*</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Owner: *</source>
        <translation>负责人(&amp;O)：*</translation>
    </message>
    <message>
        <source>D&amp;ue: *</source>
        <translation>截止日期(&amp;U)：*</translation>
    </message>
    <message>
        <source>Add measure</source>
        <translation>添加整改措施</translation>
    </message>
    <message>
        <source>Give the measure a title.</source>
        <translation>请为整改措施填写标题。</translation>
    </message>
    <message>
        <source>The description may have at most %1 characters.</source>
        <translation>描述最多 %1 个字符。</translation>
    </message>
</context>
<context>
    <name>rmdesk::MeasuresView</name>
    <message>
        <source>Improvement measures — branch %1</source>
        <translation>整改措施 — 机构 %1</translation>
    </message>
    <message>
        <source>My improvement measures</source>
        <translation>我的整改措施</translation>
    </message>
    <message>
        <source>Improvement measures — all branches</source>
        <translation>整改措施 — 全部机构</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>显示(&amp;H)：</translation>
    </message>
    <message>
        <source>All measures</source>
        <translation>全部整改措施</translation>
    </message>
    <message>
        <source>Open and in progress</source>
        <translation>未开始及进行中</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>&amp;Add measure…</source>
        <translation>添加整改措施(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a measure for your branch with an owner and a due date</source>
        <translation>为本机构添加整改措施，并指定负责人和截止日期</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>开始(&amp;T)</translation>
    </message>
    <message>
        <source>Mark the selected measure as in progress</source>
        <translation>将所选整改措施标记为进行中</translation>
    </message>
    <message>
        <source>&amp;Complete…</source>
        <translation>完成(&amp;C)…</translation>
    </message>
    <message>
        <source>Close the selected measure with a note saying what was done</source>
        <translation>填写完成情况说明并关闭所选整改措施</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <source>Done:</source>
        <translation>完成情况：</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Spot check item</source>
        <translation>抽查项</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>绩效评价</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>%1 No. %2</source>
        <translation>%1（编号 %2）</translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — 已逾期</translation>
    </message>
    <message>
        <source>No measure is overdue. Choose &quot;All measures&quot; to see every one.</source>
        <translation>没有已逾期的整改措施。选择“全部整改措施”可查看所有整改措施。</translation>
    </message>
    <message>
        <source>No open measures: every measure is done. Choose &quot;All measures&quot; to see them.</source>
        <translation>没有未完成的整改措施：所有整改措施均已完成。选择“全部整改措施”可查看。</translation>
    </message>
    <message>
        <source>No improvement measures yet. Choose Add measure… to give one to an RM or supervisor of your branch with a due date, or add one from an issue found in a spot check.</source>
        <translation>暂无整改措施。选择“添加整改措施…”可为本机构的客户经理或主管指派整改措施并设定截止日期，也可以针对抽查中发现的问题添加。</translation>
    </message>
    <message>
        <source>No improvement measures for you. When your supervisor gives you one, it appears here: start it and complete it with a note.</source>
        <translation>暂无指派给您的整改措施。主管向您指派整改措施后，会显示在此处：请开始处理，完成时填写说明。</translation>
    </message>
    <message>
        <source>No improvement measures yet. Branch supervisors add them and their owners track them here to done.</source>
        <translation>暂无整改措施。由各机构主管添加，负责人在此跟进直至完成。</translation>
    </message>
    <message>
        <source>%1 — %2, owner %3, due %4, branch %5; added by %6 on %7</source>
        <translation>%1 — %2，负责人 %3，截止日期 %4，机构 %5；由 %6 于 %7 添加</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1，已逾期</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Not yet.</source>
        <translation>尚未完成。</translation>
    </message>
    <message>
        <source>Other (not from a spot check)</source>
        <translation>其他（非来自抽查）</translation>
    </message>
    <message>
        <source>Start measure</source>
        <translation>开始整改措施</translation>
    </message>
</context>
<context>
    <name>rmdesk::Migrator</name>
    <message>
        <source>Cannot read the schema version: %1</source>
        <translation>无法读取数据库结构版本：%1</translation>
    </message>
    <message>
        <source>Cannot start schema update %1: %2</source>
        <translation>无法开始结构更新 %1：%2</translation>
    </message>
    <message>
        <source>Schema update %1 (%2) failed: %3</source>
        <translation>结构更新 %1（%2）失败：%3</translation>
    </message>
    <message>
        <source>Schema update %1 (%2) could not be saved: %3</source>
        <translation>结构更新 %1（%2）无法保存：%3</translation>
    </message>
</context>
<context>
    <name>rmdesk::MyDayPage</name>
    <message>
        <source>%1% (%2 of %3)</source>
        <translation>%1%（%2/%3）</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>&amp;Log interaction…</source>
        <translation>登记服务记录(&amp;L)…</translation>
    </message>
    <message>
        <source>Record a visit, call or message (Ctrl+I). With a follow-up selected, it continues that matter and completes the follow-up.</source>
        <translation>登记一次拜访、通话或消息（Ctrl+I）。选中跟进任务时，将延续该事项并完成该跟进。</translation>
    </message>
    <message>
        <source>My day</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>Follow-ups completed by the date promised, of those due in the last 30 days (snoozing does not move the promise).</source>
        <translation>近 30 天到期的跟进中，在约定日期前完成的比例（暂缓不改变约定日期）。</translation>
    </message>
    <message>
        <source>Matters resolved at the first contact with the customer and not taken up again, of the matters begun in the last 30 days.</source>
        <translation>近 30 天开始的事项中，首次接触即解决且未再跟进的比例。</translation>
    </message>
    <message>
        <source>Relationship manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>On-time follow-ups</source>
        <translation>按时跟进率</translation>
    </message>
    <message>
        <source>First-contact resolution</source>
        <translation>首次接触解决率</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Nothing is due in the next days. Follow-ups appear here when you log an interaction with a next follow-up date (Log interaction…, Ctrl+I).</source>
        <translation>近期没有到期的任务。登记服务记录并设定下次跟进日期后，跟进任务会出现在这里（登记服务记录…，Ctrl+I）。</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>完成(&amp;D)</translation>
    </message>
    <message>
        <source>Mark the selected task done. A follow-up is also done when you log a contact about its matter.</source>
        <translation>将所选任务标记为完成。就该事项登记一次接触，跟进任务也会自动完成。</translation>
    </message>
    <message>
        <source>S&amp;nooze…</source>
        <translation>暂缓(&amp;N)…</translation>
    </message>
    <message>
        <source>Show the selected task again on a later day, with a reason.</source>
        <translation>说明原因，让所选任务在以后某天重新出现。</translation>
    </message>
    <message>
        <source>&amp;Reassign…</source>
        <translation>转派(&amp;R)…</translation>
    </message>
    <message>
        <source>Hand the selected task to a supervisor or to whoever serves the customer.</source>
        <translation>将所选任务转派给主管或服务该客户的人员。</translation>
    </message>
    <message>
        <source>&amp;Open customer</source>
        <translation>打开客户(&amp;O)</translation>
    </message>
    <message>
        <source>Open the customer&apos;s 360 view (Enter).</source>
        <translation>打开客户 360 视图（回车）。</translation>
    </message>
    <message>
        <source>Reviews and ID documents</source>
        <translation>定期核实与身份证件</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message numerus="yes">
        <source>Next %n day(s)</source>
        <translation>
            <numerusform>未来 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n day(s) overdue</source>
        <translation>
            <numerusform>⚠ 逾期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n 天后</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · snoozed, was due %2: %3</source>
        <translation>%1 · 已暂缓，原到期日 %2：%3</translation>
    </message>
    <message>
        <source>Periodic reviews</source>
        <translation>定期核实</translation>
    </message>
    <message>
        <source>Review due %1</source>
        <translation>核实到期日 %1</translation>
    </message>
    <message>
        <source>⚠ Overdue</source>
        <translation>⚠ 已逾期</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>ID documents</source>
        <translation>身份证件</translation>
    </message>
    <message>
        <source>ID document</source>
        <translation>身份证件</translation>
    </message>
    <message>
        <source>⚠ Expired</source>
        <translation>⚠ 已过期</translation>
    </message>
    <message numerus="yes">
        <source>Expires within %n day(s)</source>
        <translation>
            <numerusform>%n 天内到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No periodic review is due within %n day(s) and no ID document expires within %1 days. Reviews and expiry dates come from your customers&apos; profiles.</source>
        <translation>
            <numerusform>%n 天内没有到期的定期核实，%1 天内没有到期的身份证件。核实日期和证件有效期来自客户资料。</numerusform>
        </translation>
    </message>
    <message>
        <source>Service standards, branch %1, last 30 days</source>
        <translation>服务标准：机构 %1，近 30 天</translation>
    </message>
    <message>
        <source>Your service standards, last 30 days</source>
        <translation>我的服务标准，近 30 天</translation>
    </message>
    <message>
        <source>%1: nothing to count yet</source>
        <translation>%1：暂无可统计数据</translation>
    </message>
    <message>
        <source>%1: %2, below the %3% target ▼</source>
        <translation>%1：%2，低于目标 %3% ▼</translation>
    </message>
    <message>
        <source>%1: %2, target %3%</source>
        <translation>%1：%2，目标 %3%</translation>
    </message>
    <message>
        <source>Mark task done</source>
        <translation>完成任务</translation>
    </message>
    <message>
        <source>Open them on the Approvals page.</source>
        <translation>在“审批”页中打开。</translation>
    </message>
    <message numerus="yes">
        <source>%n identity change(s) wait for a check, %1 late</source>
        <translation>
            <numerusform>%n 项身份信息变更待复核，%1 项已逾期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identity change(s) wait for a check</source>
        <translation>
            <numerusform>%n 项身份信息变更待复核</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rmdesk::NewDatabaseWizard</name>
    <message>
        <source>I have stored the recovery key somewhere safe</source>
        <translation>我已将恢复密钥妥善保存</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>Create database</source>
        <translation>创建数据库</translation>
    </message>
    <message>
        <source>Where to keep the database, and its first administrator</source>
        <translation>数据库的保存位置及第一位管理员</translation>
    </message>
    <message>
        <source>The database is one encrypted file with a keyring file beside it.</source>
        <translation>数据库是一个加密文件，旁边另有一个密钥环文件。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Administrator:</source>
        <translation>管理员(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>再次输入密码(&amp;R)：</translation>
    </message>
    <message>
        <source>Password &amp;protection:</source>
        <translation>密码保护强度(&amp;P)：</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>您的恢复密钥</translation>
    </message>
    <message>
        <source>It is shown only this once.</source>
        <translation>仅显示这一次。</translation>
    </message>
    <message>
        <source>The database was created and you are signed in as its administrator. If every administrator password is lost, this recovery key is the only way back in:</source>
        <translation>数据库已创建，您已作为管理员登录。如果所有管理员密码都丢失，此恢复密钥是唯一的恢复途径：</translation>
    </message>
    <message>
        <source>Write it down or print it, and keep it offline in a locked place, away from this computer. Do not save it in a file, an e-mail or a chat. Anyone with the key and the database file can read every record.</source>
        <translation>请抄写或打印下来，离线锁存于远离本电脑的地方。不要保存在文件、电子邮件或聊天中。任何同时持有此密钥和数据库文件的人都能读取全部记录。</translation>
    </message>
    <message>
        <source>RM Desk databases (*.rmdb)</source>
        <translation>客户经理工作台数据库 (*.rmdb)</translation>
    </message>
    <message>
        <source>Choose where to save the database.</source>
        <translation>请选择数据库的保存位置。</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name; an existing database is opened from the sign-in window.</source>
        <translation>%1 已存在。请换一个名称；已有的数据库请在登录窗口中打开。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>Use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>请使用 1 至 64 个字母、数字、&quot;.&quot;、&quot;_&quot;或&quot;-&quot;，并以字母或数字开头。</translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s user name.</source>
        <translation>请输入管理员用户名。</translation>
    </message>
    <message>
        <source>Close without the recovery key?</source>
        <translation>不保存恢复密钥就关闭？</translation>
    </message>
    <message>
        <source>The database was created, but the recovery key will not be shown again. Without it, a database whose administrator passwords are all lost cannot be opened by anyone.

Close this window anyway?</source>
        <translation>数据库已创建，但恢复密钥不会再次显示。没有它，一旦所有管理员密码丢失，任何人都无法打开该数据库。

仍然关闭此窗口？</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>仍然关闭</translation>
    </message>
</context>
<context>
    <name>rmdesk::NewEvaluationDialog</name>
    <message>
        <source>New evaluation</source>
        <translation>新建绩效评价</translation>
    </message>
    <message>
        <source>Only a period that has ended can be evaluated.</source>
        <translation>只能对已结束的期间进行评价。</translation>
    </message>
    <message>
        <source>The evaluation keeps the RM&apos;s scorecard of the period as it is now; later changes to the data do not alter it.</source>
        <translation>绩效评价会保存该客户经理本期间考核记分卡的当前结果；此后数据的变化不会改变它。</translation>
    </message>
    <message>
        <source>&amp;Period: *</source>
        <translation>期间(&amp;P)：*</translation>
    </message>
    <message>
        <source>&amp;Relationship manager: *</source>
        <translation>客户经理(&amp;R)：*</translation>
    </message>
    <message>
        <source>Score to keep:</source>
        <translation>将保存的得分：</translation>
    </message>
    <message>
        <source>Create evaluation</source>
        <translation>创建绩效评价</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 — already evaluated</source>
        <translation>%1 — 已评价</translation>
    </message>
    <message>
        <source>Branch %1 has no relationship managers to evaluate.</source>
        <translation>机构 %1 没有可评价的客户经理。</translation>
    </message>
    <message>
        <source>Choose a period and a relationship manager.</source>
        <translation>请选择期间和客户经理。</translation>
    </message>
    <message>
        <source>Score %1 of 100, rank %2 / %3 in branch %4</source>
        <translation>得分 %1（满分 100），在机构 %4 中排名 %2 / %3</translation>
    </message>
    <message>
        <source>No score: none of the KPIs has a value in this period.</source>
        <translation>无得分：本期间所有 KPI 均无数值。</translation>
    </message>
    <message>
        <source>%1: %2 of %3, score %4</source>
        <translation>%1：实际 %2，目标 %3，得分 %4</translation>
    </message>
    <message>
        <source>%1 already has evaluation %2 for %3.</source>
        <translation>%1 在 %3 已有绩效评价 %2。</translation>
    </message>
</context>
<context>
    <name>rmdesk::OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>This is a temporary database for trying RM Desk. It is encrypted with a key held only in memory and is deleted when you close the window.</source>
        <translation>这是用于试用客户经理工作台的临时数据库。它使用仅保存在内存中的密钥加密，关闭窗口后即被删除。</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>加密：</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>结构版本：</translation>
    </message>
    <message>
        <source>Size on disk:</source>
        <translation>磁盘占用：</translation>
    </message>
    <message>
        <source>Rules in force today</source>
        <translation>今日生效的规则</translation>
    </message>
    <message>
        <source>No rules are in force. Rule sets come with the database; if this list stays empty, the database may be incomplete: run &quot;rmdesk-cli check&quot;.</source>
        <translation>当前没有生效的规则。规则集随数据库提供；如果此列表一直为空，数据库可能不完整：请运行 &quot;rmdesk-cli check&quot;。</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>未打开数据库。</translation>
    </message>
    <message>
        <source>SQLCipher %1, AES-256 with a random 256-bit key</source>
        <translation>SQLCipher %1，AES-256，随机 256 位密钥</translation>
    </message>
    <message>
        <source>New version of a rule set…</source>
        <translation>发布规则集新版本…</translation>
    </message>
    <message>
        <source>Change rules from a day on; the change is kept with its reason and audited</source>
        <translation>自某日起修改规则；修改连同原因一并保存并记入审计日志</translation>
    </message>
    <message>
        <source>%1, version %2, from %3</source>
        <translation>%1，版本 %2，自 %3 起</translation>
    </message>
    <message>
        <source>Published, not yet in force: %1.</source>
        <translation>已发布、尚未生效：%1。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Version %1 of %2 takes effect on %3.</source>
        <translation>%2的版本 %1 将于 %3 生效。</translation>
    </message>
</context>
<context>
    <name>rmdesk::PasswordPair</name>
    <message>
        <source>At least %1 characters</source>
        <translation>至少 %1 个字符</translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Repeat the password.</source>
        <translation>请再次输入密码。</translation>
    </message>
    <message>
        <source>Fast sign-in (64 MiB of memory); for older computers.</source>
        <translation>登录快（占用 64 MiB 内存）；适合较旧的电脑。</translation>
    </message>
    <message>
        <source>Recommended: about a second to sign in (256 MiB of memory).</source>
        <translation>推荐：登录约需一秒（占用 256 MiB 内存）。</translation>
    </message>
    <message>
        <source>Strongest: several seconds to sign in (1 GiB of memory).</source>
        <translation>最强：登录需数秒（占用 1 GiB 内存）。</translation>
    </message>
    <message>
        <source>Interactive</source>
        <translation>快速</translation>
    </message>
    <message>
        <source>Moderate (recommended)</source>
        <translation>适中（推荐）</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>高强度</translation>
    </message>
</context>
<context>
    <name>rmdesk::RateEvaluationDialog</name>
    <message>
        <source>Rate %1 for %2</source>
        <translation>为 %1 评级（%2）</translation>
    </message>
    <message>
        <source>What went well, what must improve, and what was agreed.</source>
        <translation>哪些方面做得好，哪些需要改进，以及约定了哪些事项。</translation>
    </message>
    <message>
        <source>Computed score %1 of 100, rank %2 / %3. The rating is your judgement beside it; both stay once signed off.</source>
        <translation>系统计算得分 %1（满分 100），排名 %2 / %3。评级是您在得分之外作出的判断；签核后两者均予保留。</translation>
    </message>
    <message>
        <source>&amp;Rating: *</source>
        <translation>评级(&amp;R)：*</translation>
    </message>
    <message>
        <source>&amp;Comment: *</source>
        <translation>评语(&amp;C)：*</translation>
    </message>
    <message>
        <source>Give a comment with the rating.</source>
        <translation>评级时请填写评语。</translation>
    </message>
    <message>
        <source>The comment is longer than %1 characters.</source>
        <translation>评语超过 %1 个字符。</translation>
    </message>
</context>
<context>
    <name>rmdesk::ReassignDialog</name>
    <message>
        <source>Reassign task</source>
        <translation>转派任务</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>%1
A task about a customer goes to the customer&apos;s relationship manager or a supervisor of the branch; other tasks to anyone of the branch.</source>
        <translation>%1
与客户相关的任务只能派给该客户的客户经理或本机构主管；其他任务可派给本机构任何人。</translation>
    </message>
    <message>
        <source>&amp;Give to:</source>
        <translation>转派给(&amp;G)：</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>转派</translation>
    </message>
    <message>
        <source>Nobody else in branch %1 can work this task.</source>
        <translation>机构 %1 中没有其他人可以处理此任务。</translation>
    </message>
</context>
<context>
    <name>rmdesk::RetentionView</name>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>至(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>客群(&amp;S)：</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>全部客群</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>有效客户</translation>
    </message>
    <message>
        <source>12-month retention</source>
        <translation>12 个月留存率</translation>
    </message>
    <message>
        <source>Monthly churn rate</source>
        <translation>月流失率</translation>
    </message>
    <message>
        <source>Net new customers</source>
        <translation>净新增客户</translation>
    </message>
    <message>
        <source>AUM (yuan)</source>
        <translation>资产规模（AUM，元）</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Active and churned customers</source>
        <translation>有效客户与已流失客户</translation>
    </message>
    <message>
        <source>12-month retention by segment</source>
        <translation>各客群 12 个月留存率</translation>
    </message>
    <message>
        <source>Lifecycle stages</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <source>Why relationships ended</source>
        <translation>关系终止原因</translation>
    </message>
    <message>
        <source>No retention figures yet. Run the monthly stage assessment first (rmdesk-cli stage run, by an administrator): it works out the figures this dashboard shows.</source>
        <translation>暂无留存数据。请先运行每月阶段评定（由管理员执行 rmdesk-cli stage run）：它会计算本看板显示的数据。</translation>
    </message>
    <message>
        <source>Nobody in this scope held assets from %1 to %2. Choose a longer period, or &quot;All&quot; in a filter.</source>
        <translation>此范围内在 %1 至 %2 期间没有客户持有资产。请选择更长的期间，或在筛选条件中选择“全部”。</translation>
    </message>
    <message>
        <source>%1 to %2 · figures of the monthly stage run of %3</source>
        <translation>%1 至 %2 · 数据来自 %3 的每月阶段评定</translation>
    </message>
    <message>
        <source>at the end of %1</source>
        <translation>截至 %1 月末</translation>
    </message>
    <message>
        <source>of those active 12 months before %1</source>
        <translation>以 %1 之前 12 个月时的有效客户为基数</translation>
    </message>
    <message>
        <source>nobody was active 12 months before</source>
        <translation>12 个月前没有有效客户</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>%1 当月</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>%1%2 since the end of %3</source>
        <translation>较 %3 月末 %1%2</translation>
    </message>
    <message>
        <source>no assets at the end of %1</source>
        <translation>%1 月末无资产</translation>
    </message>
    <message numerus="yes">
        <source>%Ln response(s)</source>
        <translation>
            <numerusform>%Ln 份答卷</numerusform>
        </translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Won back</source>
        <translation>已挽回</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>已流失</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>每月人数</translation>
    </message>
    <message>
        <source>%1: %L2 active customers</source>
        <translation>%1：%L2 位有效客户</translation>
    </message>
    <message>
        <source>%1, %2: %L3</source>
        <translation>%1，%2：%L3</translation>
    </message>
    <message>
        <source>%1, %2: %3 retained over 12 months (%L4 active)</source>
        <translation>%1，%2：12 个月留存率 %3（%L4 位有效客户）</translation>
    </message>
    <message>
        <source>Retained (%)</source>
        <translation>留存率（%）</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>%1: %L2 customers</source>
        <translation>%1：%L2 位客户</translation>
    </message>
    <message>
        <source>Ended relationships</source>
        <translation>已终止关系</translation>
    </message>
    <message>
        <source>Other reasons</source>
        <translation>其他原因</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>未填写原因</translation>
    </message>
    <message>
        <source>Relationships ended in the period</source>
        <translation>期间内终止的关系数</translation>
    </message>
    <message>
        <source>%1: %L2</source>
        <translation>%1：%L2</translation>
    </message>
    <message>
        <source>Why relationships ended: none ended in this period</source>
        <translation>关系终止原因：本期间没有关系终止</translation>
    </message>
    <message>
        <source>Retention dashboard</source>
        <translation>留存看板</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>期间：%1 至 %2</translation>
    </message>
    <message>
        <source>Branch: %1</source>
        <translation>机构：%1</translation>
    </message>
    <message>
        <source>RM: %1</source>
        <translation>客户经理：%1</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>客群：%1</translation>
    </message>
    <message>
        <source>Figures of the monthly stage run of %1</source>
        <translation>数据来自 %1 的每月阶段评定</translation>
    </message>
    <message>
        <source>retention-%1</source>
        <translation>retention-%1</translation>
    </message>
</context>
<context>
    <name>rmdesk::ReviewDialog</name>
    <message>
        <source>Identity document seen</source>
        <translation>已查验身份证件</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Signed review form</source>
        <translation>签字核实表</translation>
    </message>
    <message>
        <source>Branch visit</source>
        <translation>网点面谈</translation>
    </message>
    <message>
        <source>Record review</source>
        <translation>记录核实</translation>
    </message>
    <message>
        <source>e.g. ID document, mobile, address, occupation</source>
        <translation>例如：身份证件、手机、地址、职业</translation>
    </message>
    <message>
        <source>The next review is scheduled from the review date by the customer&apos;s AML risk rating.</source>
        <translation>下次核实日期按客户的反洗钱风险等级从本次核实日期起算。</translation>
    </message>
    <message>
        <source>What was &amp;checked: *</source>
        <translation>核实内容(&amp;C)：*</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>结果(&amp;R)：</translation>
    </message>
    <message>
        <source>Reviewed &amp;on:</source>
        <translation>核实日期(&amp;O)：</translation>
    </message>
    <message>
        <source>Proof &amp;type:</source>
        <translation>证明类型(&amp;T)：</translation>
    </message>
    <message>
        <source>Proof r&amp;eference:</source>
        <translation>证明编号(&amp;E)：</translation>
    </message>
    <message>
        <source>Say what was checked in the review.</source>
        <translation>请说明核实了哪些内容。</translation>
    </message>
</context>
<context>
    <name>rmdesk::RuleSetDialog</name>
    <message>
        <source>Add entry</source>
        <translation>新增一项</translation>
    </message>
    <message>
        <source>New version of a rule set</source>
        <translation>规则集新版本</translation>
    </message>
    <message>
        <source>A change is a new version that takes effect on a day; the rules of past days stay as they were. Limits a regulation sets can be made stricter, not looser.</source>
        <translation>每次修改都是自某日起生效的新版本；过去日期的规则保持不变。法规规定的限值只能收紧，不能放宽。</translation>
    </message>
    <message>
        <source>Rule set:</source>
        <translation>规则集：</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>现行值</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>e.g. head office notice 2027/3</source>
        <translation>例如：总行通知 2027/3 号</translation>
    </message>
    <message>
        <source>In force from:</source>
        <translation>生效日期：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Publish version</source>
        <translation>发布版本</translation>
    </message>
    <message>
        <source>Entries are added, never changed or removed: complaints already filed keep their meaning.</source>
        <translation>只能新增条目，不能修改或删除：已登记投诉的含义保持不变。</translation>
    </message>
    <message>
        <source>Double-click a new value to change it.</source>
        <translation>双击新值即可修改。</translation>
    </message>
    <message>
        <source>Version %1, in force from %2 — %3, %4%5</source>
        <translation>版本 %1，自 %2 起生效 — %3，%4%5</translation>
    </message>
    <message>
        <source> (shipped)</source>
        <translation>（出厂默认）</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>：%1</translation>
    </message>
    <message>
        <source>The code: lower-case letters, digits or &apos;_&apos;, starting with a letter</source>
        <translation>代码：小写字母、数字或“_”，以字母开头</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>（新增）</translation>
    </message>
    <message>
        <source>The name shown in lists, one line</source>
        <translation>列表中显示的名称，一行</translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation>可接受：%1</translation>
    </message>
    <message>
        <source>Correct the values marked in red first.</source>
        <translation>请先更正标红的值。</translation>
    </message>
    <message>
        <source>Change at least one value.</source>
        <translation>请至少修改一个值。</translation>
    </message>
    <message>
        <source>Say why the rules change (at least %1 characters).</source>
        <translation>请说明修改规则的原因（至少 %1 个字符）。</translation>
    </message>
    <message>
        <source>Version %1 of this rule set</source>
        <translation>本规则集的版本 %1</translation>
    </message>
</context>
<context>
    <name>rmdesk::RuleTableModel</name>
    <message>
        <source>Complaint deadlines</source>
        <translation>投诉处理时限</translation>
    </message>
    <message>
        <source>Periodic information review</source>
        <translation>客户信息定期核实</translation>
    </message>
    <message>
        <source>Record retention</source>
        <translation>记录保存期限</translation>
    </message>
    <message>
        <source>Display masking</source>
        <translation>显示脱敏</translation>
    </message>
    <message>
        <source>Satisfaction scores</source>
        <translation>满意度评分</translation>
    </message>
    <message>
        <source>Days to decide a complaint</source>
        <translation>投诉处理决定期限（天）</translation>
    </message>
    <message>
        <source>Days after an extension with a reason</source>
        <translation>说明理由延长后的期限（天）</translation>
    </message>
    <message>
        <source>Days after a supervisor-approved extension</source>
        <translation>主管批准再延长后的期限（天）</translation>
    </message>
    <message>
        <source>Kind of days counted</source>
        <translation>计算方式</translation>
    </message>
    <message>
        <source>Representatives of a group complaint, at most</source>
        <translation>集体投诉代表人数上限</translation>
    </message>
    <message>
        <source>High-risk customers: months between reviews</source>
        <translation>高风险客户：核实间隔（月）</translation>
    </message>
    <message>
        <source>Other customers: months between reviews</source>
        <translation>其他客户：核实间隔（月）</translation>
    </message>
    <message>
        <source>Years kept after the relationship ends</source>
        <translation>业务关系结束后保存年限</translation>
    </message>
    <message>
        <source>Kept while an AML investigation is open</source>
        <translation>反洗钱调查未结束时继续保存</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>Bank card number</source>
        <translation>银行卡号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>NPS: lowest promoter score</source>
        <translation>NPS：推荐者最低分</translation>
    </message>
    <message>
        <source>NPS: highest detractor score</source>
        <translation>NPS：贬损者最高分</translation>
    </message>
    <message>
        <source>CSAT: lowest satisfied score</source>
        <translation>CSAT：满意最低分</translation>
    </message>
    <message>
        <source>calendar days</source>
        <translation>自然日</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message numerus="yes">
        <source>keep the first %n character(s)</source>
        <translation>
            <numerusform>保留前 %n 位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>keep the last %n character(s)</source>
        <translation>
            <numerusform>保留后 %n 位</numerusform>
        </translation>
    </message>
    <message>
        <source>keep up to %1</source>
        <translation>保留至%1</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>规则集</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>取值</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>In force since</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Customer tiers</source>
        <translation>客户分层</translation>
    </message>
    <message>
        <source>Affluent: assets from (yuan)</source>
        <translation>富裕客户：资产起点（元）</translation>
    </message>
    <message>
        <source>Private banking: assets from (yuan)</source>
        <translation>私人银行客户：资产起点（元）</translation>
    </message>
    <message>
        <source>Complaint categories</source>
        <translation>投诉类别</translation>
    </message>
    <message>
        <source>Complaint root causes</source>
        <translation>投诉根本原因</translation>
    </message>
    <message>
        <source>Complaint channels</source>
        <translation>投诉渠道</translation>
    </message>
    <message>
        <source>Complaint escalation</source>
        <translation>投诉预警</translation>
    </message>
    <message>
        <source>Service standards</source>
        <translation>服务标准</translation>
    </message>
    <message>
        <source>Amber when due within (days)</source>
        <translation>到期前预警（天）</translation>
    </message>
    <message>
        <source>Follow up within (days)</source>
        <translation>跟进时限（天）</translation>
    </message>
    <message>
        <source>Call back an unreached customer within (hours)</source>
        <translation>未联系上的客户回拨时限（小时）</translation>
    </message>
    <message>
        <source>Snooze a task at most (days)</source>
        <translation>任务最多暂缓（天）</translation>
    </message>
    <message>
        <source>My day shows tasks due within (days)</source>
        <translation>工作台显示即将到期的任务（天）</translation>
    </message>
    <message>
        <source>Warn of expiring ID documents (days ahead)</source>
        <translation>身份证件到期提前提醒（天）</translation>
    </message>
    <message>
        <source>Target: on-time follow-ups (%)</source>
        <translation>目标：按时跟进率（%）</translation>
    </message>
    <message>
        <source>Target: resolved at first contact (%)</source>
        <translation>目标：首次接触解决率（%）</translation>
    </message>
    <message>
        <source>Lifecycle stages</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <source>CSAT: call back at or below</source>
        <translation>CSAT：触发回访的最高分</translation>
    </message>
    <message>
        <source>Survey callback within (days)</source>
        <translation>满意度调查回访时限（天）</translation>
    </message>
    <message>
        <source>Onboarding lasts (months)</source>
        <translation>新客导入期时长（月）</translation>
    </message>
    <message>
        <source>AUM trend over (months)</source>
        <translation>资产规模趋势观察期（月）</translation>
    </message>
    <message>
        <source>Growing: AUM up at least (%)</source>
        <translation>成长期：资产规模增幅至少（%）</translation>
    </message>
    <message>
        <source>Declining: AUM down at least (%)</source>
        <translation>衰退期：资产规模降幅至少（%）</translation>
    </message>
    <message>
        <source>Dormant after no activity for (months)</source>
        <translation>无活动多久后进入休眠期（月）</translation>
    </message>
    <message>
        <source>Churned after no activity and no assets for (months)</source>
        <translation>无活动且无资产多久后视为已流失（月）</translation>
    </message>
    <message>
        <source>Won back lasts (months)</source>
        <translation>已挽回阶段时长（月）</translation>
    </message>
    <message>
        <source>A stage set by hand holds (months)</source>
        <translation>手动设置的阶段保持（月）</translation>
    </message>
    <message>
        <source>Identity change checks</source>
        <translation>身份信息变更复核</translation>
    </message>
    <message>
        <source>Days to check an identity change against its proof</source>
        <translation>对照证明材料复核身份信息变更的期限（天）</translation>
    </message>
</context>
<context>
    <name>rmdesk::ScorecardTable</name>
    <message>
        <source>RM</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>%1: score 0–100 (weight %2%, target %3)</source>
        <translation>%1：得分 0–100（权重 %2%，目标 %3）</translation>
    </message>
    <message>
        <source>Weighted total of the KPI scores, 0–100</source>
        <translation>各项 KPI 得分的加权总分，0–100</translation>
    </message>
    <message>
        <source>Rank within the branch</source>
        <translation>在机构内的排名</translation>
    </message>
    <message>
        <source>Change of the total against the previous period, in points</source>
        <translation>总分较上期的变化（分）</translation>
    </message>
    <message>
        <source>%1
Actual: %2
Target: %3 (%4)
Attainment: %5
Weight: %6%</source>
        <translation>%1
实际值：%2
目标值：%3（%4）
达成率：%5
权重：%6%</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <source>Rank %1 in the branch, %2 among all shown</source>
        <translation>机构内排名第 %1，在所有显示的客户经理中排名第 %2</translation>
    </message>
    <message>
        <source>No total: not ranked</source>
        <translation>无总分：不参与排名</translation>
    </message>
    <message>
        <source>Previous period: %1</source>
        <translation>上期：%1</translation>
    </message>
    <message>
        <source>No total in the previous period</source>
        <translation>上期无总分</translation>
    </message>
</context>
<context>
    <name>rmdesk::SnoozeDialog</name>
    <message>
        <source>Snooze task</source>
        <translation>暂缓任务</translation>
    </message>
    <message>
        <source>e.g. the customer is travelling until Monday</source>
        <translation>例如：客户出差，周一返回</translation>
    </message>
    <message numerus="yes">
        <source>%1
Due on %2. It comes back on the day you choose, at most %n day(s) ahead; it still counts as due on %2.</source>
        <translation>
            <numerusform>%1
到期日 %2。任务将在您选择的日期重新出现（最多 %n 天后）；考核时仍按 %2 到期计算。</numerusform>
        </translation>
    </message>
    <message>
        <source>Show again &amp;on:</source>
        <translation>重新出现日期(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Reason: *</source>
        <translation>原因(&amp;R)：*</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>暂缓</translation>
    </message>
    <message>
        <source>Say why the task waits (at least %1 characters).</source>
        <translation>请说明暂缓原因（至少 %1 个字符）。</translation>
    </message>
</context>
<context>
    <name>rmdesk::SpotChecksView</name>
    <message>
        <source>Spot checks — branch %1</source>
        <translation>抽查 — 机构 %1</translation>
    </message>
    <message>
        <source>Spot checks — all branches</source>
        <translation>抽查 — 全部机构</translation>
    </message>
    <message>
        <source>Spot checks</source>
        <translation>抽查</translation>
    </message>
    <message>
        <source>&amp;Draw sample…</source>
        <translation>抽取样本(&amp;D)…</translation>
    </message>
    <message>
        <source>Pick interactions and complaints of a period at random for checking</source>
        <translation>随机抽取某一期间的服务记录和投诉进行检查</translation>
    </message>
    <message>
        <source>Record &amp;finding…</source>
        <translation>记录检查结论(&amp;F)…</translation>
    </message>
    <message>
        <source>Record ok or an issue for the selected item</source>
        <translation>为所选项目记录“合格”或“问题”</translation>
    </message>
    <message>
        <source>Add &amp;measure…</source>
        <translation>添加整改措施(&amp;M)…</translation>
    </message>
    <message>
        <source>Add an improvement measure for the issue found in the selected item</source>
        <translation>针对所选项目中发现的问题添加整改措施</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Drawn by</source>
        <translation>抽样人</translation>
    </message>
    <message>
        <source>Drawn at</source>
        <translation>抽样时间</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>已检查</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>问题数</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>检查结论</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>检查人</translation>
    </message>
    <message>
        <source>Checked at</source>
        <translation>检查时间</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>No spot checks yet. Choose Draw sample… to pick interactions and complaints of a period at random, then record a finding for each item: ok, or an issue with a note.</source>
        <translation>暂无抽查。选择“抽取样本…”可随机抽取某一期间的服务记录和投诉，然后为每一项记录检查结论：合格，或有问题并填写备注。</translation>
    </message>
    <message>
        <source>No spot checks yet. Branch supervisors draw samples of interactions and complaints and record their findings; they appear here to read.</source>
        <translation>暂无抽查。由各机构主管抽取服务记录和投诉样本并记录检查结论，结果将显示在此处供查阅。</translation>
    </message>
    <message>
        <source>— (none)</source>
        <translation>—（无）</translation>
    </message>
    <message>
        <source>%1 (No. %2)</source>
        <translation>%1（编号 %2）</translation>
    </message>
    <message>
        <source>No. %1 (not readable)</source>
        <translation>编号 %1（无法读取）</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>服务记录</translation>
    </message>
    <message>
        <source>Select a sample to see its items.</source>
        <translation>选择一个样本以查看其抽样项。</translation>
    </message>
    <message>
        <source>Sample %1 of branch %2 for %3: %4 of %5 items checked, %6 with an issue (seed %7, up to %8 of each kind)</source>
        <translation>样本 %1（机构 %2，%3）：已检查 %4 / %5 项，其中 %6 项有问题（随机种子 %7，每类最多 %8 条）</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <source>Item %1 was checked by %2: a finding stands once recorded.</source>
        <translation>第 %1 项已由 %2 检查：检查结论一经记录即不可更改。</translation>
    </message>
    <message>
        <source>Sample %1 of %2 drawn: %3 items with seed %4. Drawing with the same seed over the same records picks the same items.</source>
        <translation>已抽取 %2 的样本 %1：共 %3 项，随机种子 %4。对相同的记录使用相同的随机种子会抽出相同的项目。</translation>
    </message>
    <message>
        <source>%1 No. %2, customer %3</source>
        <translation>%1（编号 %2），客户 %3</translation>
    </message>
    <message>
        <source>Issue in item %1 of spot check %2 (%3): %4</source>
        <translation>抽查 %2 第 %1 项（%3）中发现的问题：%4</translation>
    </message>
    <message>
        <source>The measure was added; follow it under Improvement measures.</source>
        <translation>整改措施已添加；请在“整改措施”中跟进。</translation>
    </message>
</context>
<context>
    <name>rmdesk::SqlCipherDriver</name>
    <message>
        <source>Unknown connection option: %1</source>
        <translation>未知连接选项：%1</translation>
    </message>
    <message>
        <source>No database key was given before opening the database.</source>
        <translation>打开数据库前未提供密钥。</translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>数据库文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The file %1 is empty: it is not a database.</source>
        <translation>文件 %1 为空，不是数据库。</translation>
    </message>
    <message>
        <source>Cannot open the database file %1.</source>
        <translation>无法打开数据库文件 %1。</translation>
    </message>
    <message>
        <source>The database key could not be applied.</source>
        <translation>无法应用数据库密钥。</translation>
    </message>
    <message>
        <source>The file is not a database this key can open: the key is wrong, or the file is damaged or not an encrypted database.</source>
        <translation>此密钥无法打开该文件：密钥错误，或文件已损坏，或不是加密数据库。</translation>
    </message>
    <message>
        <source>The database file is damaged.</source>
        <translation>数据库文件已损坏。</translation>
    </message>
    <message>
        <source>The database file cannot be read.</source>
        <translation>无法读取数据库文件。</translation>
    </message>
    <message>
        <source>Cannot keep temporary data in memory.</source>
        <translation>无法将临时数据保留在内存中。</translation>
    </message>
    <message>
        <source>Cannot enable foreign keys.</source>
        <translation>无法启用外键约束。</translation>
    </message>
    <message>
        <source>Cannot switch the database to write-ahead logging.</source>
        <translation>无法将数据库切换为预写日志模式。</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>数据库未打开。</translation>
    </message>
    <message>
        <source>Unable to begin transaction</source>
        <translation>无法开始事务</translation>
    </message>
    <message>
        <source>Unable to commit transaction</source>
        <translation>无法提交事务</translation>
    </message>
    <message>
        <source>Unable to roll back transaction</source>
        <translation>无法回滚事务</translation>
    </message>
    <message>
        <source>Unable to change the database key</source>
        <translation>无法更换数据库密钥</translation>
    </message>
    <message>
        <source>The database is not open or the key is not 32 bytes.</source>
        <translation>数据库未打开，或密钥不是 32 字节。</translation>
    </message>
    <message>
        <source>Cannot size the page cache.</source>
        <translation>无法设置页面缓存大小。</translation>
    </message>
    <message>
        <source>The disk holding the database is full, so the change was not saved. Free some space on it, then try again.</source>
        <translation>数据库所在的磁盘已满，本次更改未保存。请清理出一些磁盘空间后重试。</translation>
    </message>
    <message>
        <source>The database file could not be read or written (the disk may be full, removed or failing). Check the disk, then try again.</source>
        <translation>无法读取或写入数据库文件（磁盘可能已满、已被移除或出现故障）。请检查磁盘后重试。</translation>
    </message>
    <message>
        <source>The database file cannot be written. Check that you may write it and its folder.</source>
        <translation>无法写入数据库文件。请检查您是否有权写入该文件及其所在文件夹。</translation>
    </message>
    <message>
        <source>The database is busy with other work. Try again in a moment.</source>
        <translation>数据库正忙于其他操作，请稍后重试。</translation>
    </message>
    <message>
        <source>There is not enough memory for this work. Close other programs, then try again.</source>
        <translation>内存不足，无法完成此操作。请关闭其他程序后重试。</translation>
    </message>
    <message>
        <source>The database file is damaged. Restore it from a backup.</source>
        <translation>数据库文件已损坏，请从备份恢复。</translation>
    </message>
</context>
<context>
    <name>rmdesk::StageDialog</name>
    <message>
        <source>Lifecycle stage of customer %1</source>
        <translation>客户 %1 的生命周期阶段</translation>
    </message>
    <message>
        <source>e.g. signed a long-term mandate; assets will stay</source>
        <translation>例如：已签订长期委托，资产将继续留存</translation>
    </message>
    <message numerus="yes">
        <source>The monthly run keeps a stage set by hand for %n month(s), then its rules assign the stage again.</source>
        <translation>
            <numerusform>每月评定会将手动设置的阶段保持 %n 个月，之后再按规则重新评定阶段。</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原阶段</translation>
    </message>
    <message>
        <source>To</source>
        <translation>新阶段</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>By</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>阶段(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Why: *</source>
        <translation>原因(&amp;W)：*</translation>
    </message>
    <message>
        <source>Transitions, newest first:</source>
        <translation>阶段变更（最新的在前）：</translation>
    </message>
    <message>
        <source>Set stage</source>
        <translation>设置阶段</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>当前：%1</translation>
    </message>
    <message>
        <source>(set by hand by %1; the monthly run keeps it through %2)</source>
        <translation>（由 %1 手动设置；每月评定将保持该阶段至 %2）</translation>
    </message>
    <message>
        <source>(assigned by the monthly rules)</source>
        <translation>（按月度规则评定）</translation>
    </message>
    <message>
        <source>Monthly rules</source>
        <translation>月度规则</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>手动设置</translation>
    </message>
    <message>
        <source>No transitions yet: the monthly run records each change of stage here.</source>
        <translation>暂无阶段变更：每月评定会在这里记录每次阶段变更。</translation>
    </message>
    <message>
        <source>Only the customer&apos;s RM or branch supervisor may set the stage.</source>
        <translation>只有该客户的客户经理或本机构主管可以设置阶段。</translation>
    </message>
    <message>
        <source>Say why the stage is set by hand (at least %1 characters).</source>
        <translation>请说明手动设置阶段的原因（至少 %1 个字）。</translation>
    </message>
</context>
<context>
    <name>rmdesk::SurveyDialog</name>
    <message>
        <source>Record survey response</source>
        <translation>录入满意度调查答卷</translation>
    </message>
    <message>
        <source>The day the customer answered; never in the future.</source>
        <translation>客户作答的日期；不能晚于今天。</translation>
    </message>
    <message>
        <source>The contact or complaint the customer is rating, if any.</source>
        <translation>客户所评价的服务记录或投诉（如有）。</translation>
    </message>
    <message>
        <source>C&amp;ustomer: *</source>
        <translation>客户(&amp;U)：*</translation>
    </message>
    <message>
        <source>&amp;Survey:</source>
        <translation>调查(&amp;S)：</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Answered on:</source>
        <translation>作答日期(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Linked to:</source>
        <translation>关联(&amp;L)：</translation>
    </message>
    <message>
        <source>A callback task was created for the relationship manager %1, due %2.</source>
        <translation>已为客户经理 %1 创建回访任务，%2 到期。</translation>
    </message>
    <message>
        <source>You may look at this customer&apos;s record but not add to it: only their relationship manager or a supervisor of the branch records surveys.</source>
        <translation>您可以查看该客户的记录，但不能新增：只有其客户经理或本机构主管可以录入满意度调查。</translation>
    </message>
    <message>
        <source>%1 (No. %2)</source>
        <translation>%1（编号 %2）</translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation>不关联</translation>
    </message>
    <message>
        <source>Complaint %1: %2</source>
        <translation>投诉 %1：%2</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>服务记录：%1</translation>
    </message>
    <message>
        <source>Contact No. %1</source>
        <translation>服务记录 %1</translation>
    </message>
    <message>
        <source>Complaint %1</source>
        <translation>投诉 %1</translation>
    </message>
    <message>
        <source>%1. %2 *</source>
        <translation>%1. %2 *</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>— not answered —</source>
        <translation>— 未作答 —</translation>
    </message>
    <message>
        <source>In the customer&apos;s words. Ctrl+Enter saves.</source>
        <translation>按客户原话填写。按 Ctrl+Enter 保存。</translation>
    </message>
    <message>
        <source>Choose the customer first: type a name, pinyin or mobile digits and press Enter.</source>
        <translation>请先选择客户：输入姓名、拼音或手机号码数字后按回车。</translation>
    </message>
    <message>
        <source>No survey to record: the survey templates could not be read.</source>
        <translation>无法录入满意度调查：无法读取问卷模板。</translation>
    </message>
    <message>
        <source>The answer cannot be from the future.</source>
        <translation>作答日期不能晚于今天。</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) are missing or not valid; see the questions marked in red.</source>
        <translation>
            <numerusform>有 %n 个回答缺失或无效；请查看标红的题目。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>保存（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Answer the questions marked in red, then save.</source>
        <translation>请回答标红的题目，然后保存。</translation>
    </message>
    <message>
        <source>Saved. %1</source>
        <translation>已保存。%1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Not at all likely</source>
        <translation>完全不可能</translation>
    </message>
    <message>
        <source>Extremely likely</source>
        <translation>极有可能</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>非常不满意</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <source>Very little effort</source>
        <translation>非常省力</translation>
    </message>
    <message>
        <source>A great deal of effort</source>
        <translation>非常费力</translation>
    </message>
</context>
<context>
    <name>rmdesk::SurveyHistory</name>
    <message>
        <source>Answered on</source>
        <translation>作答日期</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>调查</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>CES</source>
        <translation>CES</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <source>Record &amp;survey…</source>
        <translation>录入满意度调查(&amp;S)…</translation>
    </message>
    <message>
        <source>No survey answers from this customer yet. Record one with Record survey… after a review, an onboarding or a closed complaint.</source>
        <translation>该客户暂无满意度调查答卷。请在定期核实、新客导入或投诉办结后，用“录入满意度调查…”登记。</translation>
    </message>
    <message>
        <source>Record the customer&apos;s answers to a satisfaction survey</source>
        <translation>录入客户对满意度调查的回答</translation>
    </message>
    <message>
        <source>Complaint %1</source>
        <translation>投诉 %1</translation>
    </message>
    <message>
        <source>Contact No. %1</source>
        <translation>服务记录 %1</translation>
    </message>
    <message>
        <source>Task %1</source>
        <translation>任务 %1</translation>
    </message>
</context>
<context>
    <name>rmdesk::SurveyImportDialog</name>
    <message>
        <source>&amp;All or nothing: one bad row imports nothing</source>
        <translation>全部或全不导入：有一行错误即不导入任何行(&amp;A)</translation>
    </message>
    <message>
        <source>S&amp;kip bad rows and import the others</source>
        <translation>跳过错误行，导入其余行(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Check only (dry run): write nothing</source>
        <translation>仅检查（试运行）：不写入任何数据(&amp;C)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Import survey responses</source>
        <translation>导入满意度调查答卷</translation>
    </message>
    <message>
        <source>A UTF-8 CSV file with a header row</source>
        <translation>带标题行的 UTF-8 CSV 文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Columns: customer_id, template, answered_on (YYYY-MM-DD), channel, optional interaction_id and complaint_id, then one column per question of the survey (e.g. nps, csat, ces). Each row is checked like an answer entered at the desk.</source>
        <translation>列：customer_id、template、answered_on（YYYY-MM-DD）、channel，可选的 interaction_id 和 complaint_id，然后每个调查题目一列（例如 nps、csat、ces）。每一行都按手工录入答卷的规则校验。</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Bad rows:</source>
        <translation>错误行：</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>(row)</source>
        <translation>（整行）</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n row(s): </source>
        <translation>
            <numerusform>已检查 %n 行：</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could be imported, %2 have problems. Nothing was written.</source>
        <translation>%1 行可导入，%2 行有问题。未写入任何数据。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have problems. Correct them, or choose to skip bad rows.</source>
        <translation>
            <numerusform>未导入任何数据：%n 行有问题。请更正，或选择跳过错误行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %n row(s): </source>
        <translation>
            <numerusform>已读取 %n 行：</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 imported, %2 skipped, %3 callback task(s) created.</source>
        <translation>导入 %1 行，跳过 %2 行，创建回访任务 %3 项。</translation>
    </message>
</context>
<context>
    <name>rmdesk::SurveyScale</name>
    <message>
        <source>Type the number (for 10: 1 then 0), or use Left and Right; Backspace clears.</source>
        <translation>输入数字（10 请依次输入 1 和 0），或使用左右方向键；按退格键清除。</translation>
    </message>
</context>
<context>
    <name>rmdesk::SurveysPage</name>
    <message>
        <source>Customer satisfaction — branch %1</source>
        <translation>客户满意度 — 机构 %1</translation>
    </message>
    <message>
        <source>My customers&apos; satisfaction</source>
        <translation>我的客户满意度</translation>
    </message>
    <message>
        <source>Customer satisfaction — all branches</source>
        <translation>客户满意度 — 全部机构</translation>
    </message>
    <message>
        <source>&amp;Record response…</source>
        <translation>录入答卷(&amp;R)…</translation>
    </message>
    <message>
        <source>Enter a customer&apos;s answers to a survey at the desk</source>
        <translation>手工录入客户对满意度调查的回答</translation>
    </message>
    <message>
        <source>&amp;Import responses…</source>
        <translation>导入答卷(&amp;I)…</translation>
    </message>
    <message>
        <source>Read answers collected elsewhere from a CSV file</source>
        <translation>从 CSV 文件读取通过其他途径收集的回答</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>答卷数</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>CES (1–7, lower is easier)</source>
        <translation>CES（1–7，越低越省力）</translation>
    </message>
    <message>
        <source>Scores in grey rest on fewer than %1 responses: a few more answers can move them a lot, so read them with care.</source>
        <translation>灰色分数所依据的答卷少于 %1 份：再多几份回答就可能使其大幅变动，请谨慎解读。</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>从(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>至(&amp;T)：</translation>
    </message>
    <message>
        <source>All surveys</source>
        <translation>全部调查</translation>
    </message>
    <message>
        <source>&amp;Survey:</source>
        <translation>调查(&amp;S)：</translation>
    </message>
    <message>
        <source>All branches</source>
        <translation>全部机构</translation>
    </message>
    <message>
        <source>Br&amp;anch:</source>
        <translation>机构(&amp;A)：</translation>
    </message>
    <message>
        <source>Relationship manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>客群</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Group &amp;by:</source>
        <translation>分组方式(&amp;B)：</translation>
    </message>
    <message>
        <source>Survey answers matching the filters</source>
        <translation>符合筛选条件的答卷</translation>
    </message>
    <message>
        <source>Net promoter score: the share answering 9–10 minus the share answering 0–6, from −100 to +100</source>
        <translation>净推荐值（NPS）：回答 9–10 分的比例减去回答 0–6 分的比例，范围为 −100 至 +100</translation>
    </message>
    <message>
        <source>Customer satisfaction: the share answering 4 or 5 of 5</source>
        <translation>客户满意度（CSAT）：5 分制中回答 4 或 5 分的比例</translation>
    </message>
    <message>
        <source>CES</source>
        <translation>CES</translation>
    </message>
    <message>
        <source>Customer effort: the mean answer from 1 to 7; lower is easier</source>
        <translation>客户费力度（CES）：1 至 7 分的平均值；越低越省力</translation>
    </message>
    <message>
        <source>Working out the scores…</source>
        <translation>正在计算分数…</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>promoters %1, passives %2, detractors %3</source>
        <translation>推荐者 %1，中立者 %2，贬损者 %3</translation>
    </message>
    <message>
        <source>%1 of %2 satisfied</source>
        <translation>%2 份中 %1 份满意</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n 份回答</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>No survey responses for these filters. They appear here once answers are recorded at the desk (Record response…, or Record survey… on a customer) or imported from a CSV file. Try a longer period or another survey.</source>
        <translation>没有符合这些筛选条件的满意度调查答卷。在系统中录入回答（“录入答卷…”，或在客户页面使用“录入满意度调查…”）或从 CSV 文件导入后，答卷会显示在这里。请尝试更长的期间或其他调查。</translation>
    </message>
</context>
<context>
    <name>rmdesk::UserTableModel</name>
    <message>
        <source>Relationship manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>合规</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>须修改密码</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>建档日期</translation>
    </message>
</context>
</TS>
