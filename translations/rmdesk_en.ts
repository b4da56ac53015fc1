<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Cli</name>
    <message>
        <source>%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language %1; use zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;rmdesk-cli --help&apos; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given. Run &apos;rmdesk-cli --help&apos; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;. Run &apos;rmdesk-cli --help&apos; for the commands.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database file %1 does not exist. Check the path, or create a new database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 cannot be opened. Check that you may read and write it and its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened with this key: either the key is wrong or the file is not an RM Desk database. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 is damaged. Nothing was changed; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the new database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an encrypted database, but not an RM Desk database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer RM Desk (schema version %2; this version knows up to %3). Update RM Desk to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 could not be updated to this version of RM Desk; it was left as it was. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cryptography library cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of the new database could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key for %1 is available: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlCipherResult</name>
    <message>
        <source>Unable to prepare statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to execute multiple statements at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one statement per query is allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter count mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement has %1 placeholders but %2 values were bound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to bind parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to fetch row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to execute statement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>RM Desk, the relationship manager&apos;s workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RM Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cryptography library cannot be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No temporary folder could be created for the database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rmdesk::MainWindow</name>
    <message>
        <source>RM Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About RM Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1 (temporary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted · unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About RM Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;RM Desk %1&lt;/b&gt;&lt;p&gt;A workstation for relationship managers at banks, securities firms, insurers and fund companies. Customer data is kept in one encrypted file.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rmdesk::Migrator</name>
    <message>
        <source>Cannot read the schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start schema update %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema update %1 (%2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema update %1 (%2) could not be saved: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rmdesk::OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a temporary database for trying RM Desk. It is encrypted with a key held only in memory and is deleted when you close the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size on disk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules in force today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rules are in force. Rule sets come with the database; if this list stays empty, the database may be incomplete: run &quot;rmdesk-cli check&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLCipher %1, AES-256 with a random 256-bit key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rmdesk::RuleTableModel</name>
    <message>
        <source>Complaint deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periodic information review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display masking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to decide a complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days after an extension with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days after a supervisor-approved extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of days counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representatives of a group complaint, at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High-risk customers: months between reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other customers: months between reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years kept after the relationship ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept while an AML investigation is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS: lowest promoter score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS: highest detractor score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT: lowest satisfied score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>keep the first %n character(s)</source>
        <translation>
            <numerusform>keep the first %n character</numerusform>
            <numerusform>keep the first %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>keep the last %n character(s)</source>
        <translation>
            <numerusform>keep the last %n character</numerusform>
            <numerusform>keep the last %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>keep up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rmdesk::SqlCipherDriver</name>
    <message>
        <source>Unknown connection option: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database key was given before opening the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is empty: it is not a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database key could not be applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a database this key can open: the key is wrong, or the file is damaged or not an encrypted database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot keep temporary data in memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot enable foreign keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot switch the database to write-ahead logging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to begin transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to commit transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to roll back transaction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
