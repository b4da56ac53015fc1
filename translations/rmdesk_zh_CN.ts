<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>Usage: rmdesk-cli [--db FILE] [--user NAME] [--password-stdin] [--json] [--lang zh_CN|en] COMMAND ...

Drives RM Desk&apos;s stores, permission checks and audit trail from scripts.

Global options:
  --db FILE          the database (NAME.rmdb); its keyring is FILE.keyring
  --user NAME        the user to act as
  --password-stdin   read passwords from standard input, one per line
  --json             print one JSON document on standard output
  --lang zh_CN|en    language of messages (default: the system&apos;s)
  --help             show this help
  --version          show the version

Exit codes: 0 done, 1 the answer is no, 2 usage error, 3 authentication failed,
4 missing, unreadable or damaged database, 5 not permitted for this role.
</source>
        <translation>用法：rmdesk-cli [--db 文件] [--user 用户名] [--password-stdin] [--json] [--lang zh_CN|en] 命令 ...

以脚本方式调用客户经理工作台的数据存储、权限检查和审计日志。

全局选项：
  --db 文件          数据库文件（名称.rmdb）；其密钥环为 文件.keyring
  --user 用户名      以该用户身份操作
  --password-stdin   从标准输入读取密码，每行一个
  --json             在标准输出打印一个 JSON 文档
  --lang zh_CN|en    消息语言（默认跟随系统）
  --help             显示本帮助
  --version          显示版本

退出码：0 完成，1 结果为否，2 用法错误，3 身份验证失败，
4 数据库缺失、无法读取或已损坏，5 当前角色无权执行。
</translation>
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
        <source>No temporary folder could be created for the database.</source>
        <translation>无法为数据库创建临时文件夹。</translation>
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
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>Database: %1 (temporary)</source>
        <translation>数据库：%1（临时）</translation>
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
        <source>No database open</source>
        <translation>未打开数据库</translation>
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
</context>
</TS>
