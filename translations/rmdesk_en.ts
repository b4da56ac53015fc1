<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AuditTrail</name>
    <message>
        <source>The audit trail cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit row %1 follows row %2: the rows between are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit row %1 does not link to the row before it: a row was deleted, inserted or moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit row %1 was changed after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is broken: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>No database given: add --db FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user given: add --user NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 does not exist. Check the path, or create one with &apos;rmdesk-cli init&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator reset your password: choose your own first with &apos;rmdesk-cli --db %1 --user %2 user passwd %2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown --kdf profile %1; use interactive, moderate or sensitive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init takes no arguments besides its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the first administrator with --admin NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 and its keyring %2.

Recovery key (shown only now; store it offline, apart from the database):

    %3

With it an administrator&apos;s password can be reset when every administrator has forgotten theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user needs a subcommand: add, list, passwd, disable or enable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user list takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1 needs exactly one user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the role with --role rm|supervisor|compliance|admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for the new user %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a new password and must choose their own at the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is enabled and must choose a new password at the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is disabled; their key slot was removed. Run &apos;rekey&apos; so that old copies of the keyring stop opening the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown user subcommand &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rekey takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has a new key; every active user&apos;s slot was resealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup takes only --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where the backup goes with --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is healthy: pages, structure, key slots and %2 audit rows check out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit needs a subcommand: verify or list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit %1 takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown audit subcommand &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since needs a date like 2026-01-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n row(s) checked.</source>
        <translation>
            <numerusform>The audit trail is intact: %n row checked.</numerusform>
            <numerusform>The audit trail is intact: %n rows checked.</numerusform>
        </translation>
    </message>
    <message>
        <source>recover needs the name of the administrator to give a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key resets administrators only; %1 is not one. Ask an administrator to reset their password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one customer number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer needs a subcommand: add, show, update, list or review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the customer type with --type individual|institution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer add takes options only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--unmask needs --reason TEXT; the reason is kept in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 was updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review recorded; the next one is due on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown customer subcommand &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo takes only --customers N, --seed S and --months M.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how many customers to generate with --customers N (1 to %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed needs a whole number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--months needs a number from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for the demo users: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generating customers %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating the demo staff accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>building the search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1 customers (%2 institutions) in %3 branches with %4 new users, %5 products and %6 month-end holdings in %7 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to search for: a name, pinyin, mobile digits or the end of an ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 found in %2 ms</source>
        <translation type="unfinished"></translation>
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
  audit verify       the audit trail&apos;s hash chain
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer list takes --branch CODE, --rm NAME, --tier, --stage, --risk, --status, --review-overdue, --expiring-within DAYS, --sort number|name|created|tier|aum|next-review, --desc, --limit N, and --offset N or (sorted by number) --after ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>building the indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a customer or request number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer duplicates takes at most one customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the two customer numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the customer to keep, then the one to merge into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes no numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one request number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date the relationship ended with --on YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n likely duplicate pair(s)</source>
        <translation>
            <numerusform>%n likely duplicate pair</numerusform>
            <numerusform>%n likely duplicate pairs</numerusform>
        </translation>
    </message>
    <message>
        <source>Customers %1 and %2 are no longer flagged as duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge request %1 is waiting for a supervisor&apos;s approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 was merged into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge request %1 was rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No merge requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relationship with customer %1 ended on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relationship with customer %1 is active again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 is held for an AML investigation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 is no longer held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge request %1 is waiting for approval by a %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compliance officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 was purged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge request %1 was rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request %1	customer %2	ended %3	%4	%5 (%6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eligible	customer %1	ended %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No purge requests and no customers past retention.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerFields</name>
    <message>
        <source>identify the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>know your customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>know your customer; suitability by age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identify the customer (anti-money-laundering)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify the identity document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remind before the document expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact the customer; visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>know your customer; suitability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suitability of products (C1–C5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suitability: when the risk level was assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suitability: when it must be assessed again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anti-money-laundering rating; sets the review cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differentiated service by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service notes for the relationship manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identify the legal representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>know your customer; segmentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk assessed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk assessment valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AML risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not collected for individual customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not collected for institutions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too long (200 characters at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looks like an ID or card number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use resident_id, passport, hk_macau_permit, taiwan_permit or foreign_permanent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>institutions are identified by their unified social credit code (uscc).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required when an ID type is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not match the ID number, which says %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not match the ID number, which says %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use male or female.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date like 2026-01-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be a birth date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is before the assessment date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a mainland mobile number (11 digits starting with 13 to 19).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use C1, C2, C3, C4 or C5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use low, medium or high.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too long (2000 characters at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship ended on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged with</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerLifecycle</name>
    <message>
        <source>There is no customer %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 is not in your %2: you may not %3 outside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>book of customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>branch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerListing</name>
    <message>
        <source>The customer list was read before it was prepared.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerMerge</name>
    <message>
        <source>Name two different customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how you know these are two different people (at least %1 characters); it is kept in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers %1 and %2 are already marked as different people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer cannot be merged with itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 is an individual and %2 an institution (or the other way round): they cannot be the same customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why these records are the same customer (at least %1 characters); the approver reads it and it is kept in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a field of this customer; choose among: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: say keep or absorb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 already has a merge request waiting for a decision; wait for it or ask a supervisor to reject it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merged record would not be valid: %1 Choose the other value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no merge request %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge request %1 is about customers outside your scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers %1 and %2 are not both in your branch: a supervisor of their branch decides this merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You asked for this merge yourself: another supervisor must decide it (four eyes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge request %1 was already decided (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The request cannot be carried out; reject it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merged record would not be valid: %1 Reject the request and ask for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a third customer already has this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was merged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the merge is rejected (at least 4 characters); the requester reads it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged from #%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerRetention</name>
    <message>
        <source>The relationship has not ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No record retention rule is in force, so nothing may be purged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Records must be kept until %1 (%n year(s) after the relationship ended).</source>
        <translation>
            <numerusform>Records must be kept until %1 (%n year after the relationship ended).</numerusform>
            <numerusform>Records must be kept until %1 (%n years after the relationship ended).</numerusform>
        </translation>
    </message>
    <message>
        <source>The records are held for an open anti-money-laundering investigation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relationship with customer %1 already ended on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date must be a date like 2026-01-31, not in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the relationship ends (at least %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relationship with customer %1 has not ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the relationship is reopened (at least %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 is already held for an AML investigation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 is not held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason or case reference (at least %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 cannot be purged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the customer is purged (at least %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A purge of customer %1 is already waiting for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 has a merge request waiting; decide it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no purge request %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge request %1 was already decided (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 is not in your branch: a supervisor of branch %2 approves this purge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You asked for this purge yourself: someone else must approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A purge needs a supervisor and a compliance officer: it was asked for by a %1, so a %1 cannot approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was purged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 is not in your branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the purge is rejected (at least %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerSearch</name>
    <message>
        <source>Type at least two characters of the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type at least four digits of the mobile or ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name (Chinese characters or pinyin), by four or more mobile digits, or by the end of an ID number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerStore</name>
    <message>
        <source>The review result must be confirmed, updated or unreachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what was checked in the review (documents, contact details, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review date must be a date like 2026-01-31, not in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent purpose must be one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent date must be a date like 2026-01-31, not in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A consent needs its channel and a reference to its evidence (signed form, recording).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The withdrawal date must be a date like 2026-01-31, not in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 has no consent for %2 to withdraw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts belong to a signed-in user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 is not in your %2; you may not see or change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>book of customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no user %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not an active relationship manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 works in branch %3, not %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may add customers only to your own %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: another customer already has this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer could not be added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change: name at least one field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the profile changes (--reason); it is kept with the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: moving a customer to another branch is a transfer, not an edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be left empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity fields (name, ID document, birth date, gender) change only with a proof document: give its type and reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changes: the values are the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 was not changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerUi</name>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Know your customer and risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1 — overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
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
    <message>
        <source>The database key can only be changed while no other work is using the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be prepared for a new key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new key is in place, but write-ahead logging could not be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database key could not be changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another file for the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy %1 could not be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted pages cannot be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged page: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database structure cannot be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database structure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1, row %2 refers to a missing row in %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>A user named %1 already exists with another role or branch; the demo staff cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between 1 and %1 customers, and 1 to %2 months of holdings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The database already has %n customer(s): demo data goes only into a database without customers.</source>
        <translation>
            <numerusform>The database already has %n customer: demo data goes only into a database without customers.</numerusform>
            <numerusform>The database already has %n customers: demo data goes only into a database without customers.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database connection is not an RM Desk one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No demo data was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data was written, but the search index could not be built: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Go ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s).</source>
        <translation>
            <numerusform>At least %n character.</numerusform>
            <numerusform>At least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdNumbers</name>
    <message>
        <source>No number was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an old 15-digit number; the 18-digit number is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 characters are needed; this has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 should be a digit, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last character should be a digit or X, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region code %1 is not a Chinese province.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date %1 in it does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date %1 in it is before 1900.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date %1 in it is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check character should be %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No code was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 is the letter %2, which these codes never use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 should be a digit or a capital letter, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first character %1 is not a registration authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters 3 to 8 should be a six-digit region code, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only letters and digits are allowed, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 to 17 letters and digits are needed; this has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passport number has at least one digit; this has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It should start with H (Hong Kong) or M (Macao), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 should be followed by 8 or 10 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8 digits are needed (older permits: 10 digits, or 8 digits, a letter and a digit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An old-style number starts with 3 letters, then 12 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 characters are needed (15 for cards issued before 2023); this has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An 18-character number starts with 9, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of identity document.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>The keyring %1 is missing. It holds the keys to the database and must stay beside it; restore it from the backup that holds the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring %1 is damaged (it is far too large).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring %1 is damaged or is not an RM Desk keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring %1 was written by a newer RM Desk. Update RM Desk to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring %1 is damaged: a key slot cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>manage users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the database key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change settings and rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify the audit trail and the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read customer profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change customer profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show masked customer data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assign customers to relationship managers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge duplicate customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purge customers past retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record visits, calls and follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handle complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extend a complaint deadline to 60 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read satisfaction surveys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record satisfaction surveys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read dashboards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluate relationship managers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (%1) does not permit you to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hold customer records for an AML investigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopen ended customer relationships</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretInput</name>
    <message>
        <source>The input line is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input ended before a password was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no terminal to ask for the password on; use --password-stdin.</source>
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
    <name>UnmaskRecorder</name>
    <message>
        <source>Say why you need to see this data (at least %1 characters); the reason is kept in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserStore</name>
    <message>
        <source>The user name &quot;%1&quot; is not valid: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branch code &quot;%1&quot; is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full name is too long (200 characters at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The users cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user named %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user could not be added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user %1 could not be changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot disable yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last active administrator and cannot be disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 works in a branch: give its branch code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>Unknown user or wrong password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is too short: use at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is too long: use at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to protect the password with the %1 profile; choose a lighter one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is not valid: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring %1 is damaged: the database key in your slot cannot be unsealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 does not exist. Check the path, or create a new database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged: %2 Run &apos;rmdesk-cli check&apos; and restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user %1 is disabled or unknown. Ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring&apos;s slot for %1 does not belong to that user: log-in refused. Restore the keyring from a backup or ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a recovery key: it has 52 letters and digits in groups of four.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recovery key does not open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key has no password; reset an administrator&apos;s password instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your key slot is missing from the keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user named %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is disabled; enable the user to give them a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The active user %1 has no key slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key slot of %1 does not match the user&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disabled user %1 still has a key slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring has a slot for %1, who is not a user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key change was interrupted; sign in once to finish it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring has no recovery slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The users table cannot be read, though no damaged page was found.</source>
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
        <source>Database file to sign in to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rmdesk::AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the first password to the user in person. They can choose their own with File &gt; Change password after signing in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Branch code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;epeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password pro&amp;tection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; for the user name, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship managers and supervisors work in a branch: enter its code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; for the branch code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rmdesk::AdministrationPage</name>
    <message>
        <source>Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change database key (rekey)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No users to show. Add the first user with &quot;Add user…&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After disabling a user, change the database key so that copies of the old keyring stop working. Back up to another disk regularly: a backup opens with the same passwords and recovery key as this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a user in the table first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot disable yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was added. Give them the first password in person and ask them to change it after signing in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gets a new key pair and must choose their own password at the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will no longer be able to sign in: their key slot is removed from the keyring. Their records and audit entries stay.

Copies of the old keyring file still open the database for them until you change the database key (rekey).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was disabled. Change the database key (rekey) so that old keyring copies stop working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gets a new key slot with this password and must choose their own at the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the database key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new random key encrypts the whole database file, which is rewritten page by page; on a large file this takes a while. Every active user and the recovery key keep working, but copies of the old keyring and older backups no longer open the current file.

Make a backup first if you have none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database key was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RM Desk databases (*.rmdb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1 and its keyring. Keep the copy on another disk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rmdesk::ApprovalsPage</name>
    <message>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No merge requests wait for a decision. They are asked for from a customer&apos;s “Possible duplicate” banner or from Likely duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the two records and approve or reject the merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No likely duplicates in your customers: no two of them share a name together with a mobile number or a birth date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not the same person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop flagging this pair. You will be asked how you know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Records are kept %n year(s) after a relationship ends (the record_retention rules), longer while an AML hold is on. A purge needs a supervisor and a compliance officer: one asks, the other approves.</source>
        <translation>
            <numerusform>Records are kept %n year after a relationship ends (the record_retention rules), longer while an AML hold is on. A purge needs a supervisor and a compliance officer: one asks, the other approves.</numerusform>
            <numerusform>Records are kept %n years after a relationship ends (the record_retention rules), longer while an AML hold is on. A purge needs a supervisor and a compliance officer: one asks, the other approves.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No purge requests wait for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve purge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ended relationship is past retention. Customers appear here once their retention period has run out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request &amp;purge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the first %1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for likely duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name and mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name and birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 of %2 likely duplicate pairs; merge or dismiss them to see more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n likely duplicate pair(s): the same name with the same mobile or birth date.</source>
        <translation>
            <numerusform>%n likely duplicate pair: the same name with the same mobile or birth date.</numerusform>
            <numerusform>%n likely duplicate pairs: the same name with the same mobile or birth date.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Merge requests (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Likely duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Likely duplicates (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retention (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A purge needs two people of different roles: a supervisor and a compliance officer. This request was made by a %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare and merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do you know that customers %1 and %2 are two different people? They will no longer be flagged; the reason is kept in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. checked both ID cards: different numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge customer %1 for good? The profile, its change history, reviews, consents, holdings and any records merged into it are deleted. Only the customer number, the end date (%2) and who asked and approved are kept. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why should customer %1&apos;s records not be purged?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why should customer %1 be purged? A %2 must approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compliance officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. retention period over, no open matters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rmdesk::AuditLogModel</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rmdesk::AuditLogPage</name>
    <message>
        <source>&amp;Since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest rows are shown, at most this many.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At &amp;most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audit rows match these filters. Every sign-in and every change is recorded here; widen the filters to see more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recomputes every row&apos;s hash and checks that no row was changed, inserted or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest %1 rows (raise the limit to see older ones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✔ Intact: all %n row(s) link up and none was changed.</source>
        <translation>
            <numerusform>✔ Intact: all %n row link up and none was changed.</numerusform>
            <numerusform>✔ Intact: all %n rows link up and none was changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>✖ Broken at row %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rmdesk::ChangePasswordDialog</name>
    <message>
        <source>Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rmdesk::ConsentDialog</name>
    <message>
        <source>Branch counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile banking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online banking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed form number, recording ID, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say through which channel the consent was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reference to the evidence (signed form, recording).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rmdesk::Customer360</name>
    <message>
        <source>&amp;Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Holdings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hanges and reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onsents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the masked values in the clear. You will be asked why; the reason is kept in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No holdings recorded for this customer. Month-end balances appear here after the monthly holdings import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes yet. Edits made with Edit… are listed here with their reason and proof.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No periodic reviews recorded yet. Record one with Record review… when you have checked the profile with the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periodic reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consents recorded. Use Record consent… when the customer agrees to marketing, data sharing, cross-border transfer or profiling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the selected consent as of today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone who opened, unmasked or exported this profile, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ID document recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmasked: this access is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets under management at the end of %1: %2 yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show unmasked values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why do you need to see this customer&apos;s data in the clear? The reason is kept in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. customer called to confirm the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the customer&apos;s consent to %1 as of today? From today on it may no longer be relied on; the record of the consent and its withdrawal stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rmdesk::CustomerEditDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields marked * are required. Masked values stay as they are unless you replace them completely. Every change is kept with its reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields marked * are required. The customer joins your branch%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and your book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name of the relationship manager (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relationship manager:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. customer moved; new ID card issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name change certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number or scan reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the c&amp;hange: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof document t&amp;ype: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ference: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw this edit away, including its kept draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown masked. Replace the whole value to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity fields change only with a proof document: give its type and reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the profile changes; the reason is kept with the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has changed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Enter or Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Notes contain what looks like an ID or bank card number (%1). Notes are not masked: keep such numbers in their own fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unfinished edit from %1 was kept. Restore it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you do not restore it, it is discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rmdesk::CustomerFilterBar</name>
    <message>
        <source>&amp;Branch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;RM:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All RMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ris&amp;k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review &amp;overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only customers whose periodic review date has passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sta&amp;ge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rmdesk::CustomerForm</name>
    <message>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rmdesk::CustomerLifecycleBar</name>
    <message>
        <source>Compare and mer&amp;ge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En&amp;d relationship…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen re&amp;lationship…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the relationship has ended. The customer stays on file; the records are kept for the retention period after the end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⏹ Relationship ended on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(records kept until %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship: active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚑ AML hold: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer %1 (same name and mobile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer %1 (same name and birth date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A merge of customer %1 into customer %2 was requested by %3 and waits for a supervisor&apos;s decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open merge re&amp;quest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Possible duplicate of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release A&amp;ML hold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ML hold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The anti-money-laundering investigation has ended: the records may again be purged after retention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this customer&apos;s records past retention while an anti-money-laundering investigation is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare and merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the relationship with customer %1 active again? The end stays in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the customer opened a new account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AML hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release AML hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which investigation keeps customer %1&apos;s records? They will not be purged until the hold is released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does the hold on customer %1 end?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. case reference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rmdesk::CustomerListModel</name>
    <message>
        <source>The periodic review was due on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The periodic review is due within %n day(s).</source>
        <translation>
            <numerusform>The periodic review is due within %n day.</numerusform>
            <numerusform>The periodic review is due within %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (due soon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affluent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private banking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hong Kong/Macau permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taiwan permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign permanent residence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-border transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewed (masked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmasked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wealth management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer list has no database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUM (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship ended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rmdesk::CustomerMergeDialog</name>
    <message>
        <source>Compare and merge customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. same ID card; the customer was added twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required to reject; optional to approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why are they the same customer? *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note for the requester:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⇄ &amp;Keep the other record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the record on the right the one that is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, branch %2, RM %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep: customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge in: customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 and customer %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by %1 on %2: “%3”. The values the merged record keeps are selected; the record on the right is merged into the one on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose, field by field, which value the merged record keeps; rows marked ≠ differ. The record on the right is merged into the one on the left: its changes, reviews, consents and holdings move over and its number is no longer used. A supervisor approves the merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n review</numerusform>
            <numerusform>%n reviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s)</source>
        <translation>
            <numerusform>%n consent</numerusform>
            <numerusform>%n consents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n holding(s)</source>
        <translation>
            <numerusform>%n holding</numerusform>
            <numerusform>%n holdings</numerusform>
        </translation>
    </message>
    <message>
        <source>The two records differ here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (masked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID type follows the ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a supervisor to approve this merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why these records are the same customer (at least %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say in the note why the merge is rejected (at least %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may compare these records but not ask for their merge: both customers must be in your book (relationship managers) or your branch (supervisors).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You asked for this merge; another supervisor of the branch decides it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a supervisor of both customers&apos; branch to decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2 on %3. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge customer %1 into customer %2? Customer %1 disappears from lists and search; its changes, reviews, consents and holdings move to customer %2, its record is archived, and the chosen values replace those of customer %2. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rmdesk::CustomersPage</name>
    <message>
        <source>All customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a customer to your branch (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customers yet. Add one with Add customer…, or import a customer file exported from the core banking system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customers in your scope yet. Customers appear here once relationship managers add or import them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the customer. Click a column title (No., name, tier, AUM, next review, created) to sort by it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer&apos;s periodic review is overdue among these customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customers match these filters. Choose &quot;All&quot; in a filter to see more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rmdesk::DateField</name>
    <message>
        <source>yyyy-MM-dd, or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a date from a calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rmdesk::EndRelationshipDialog</name>
    <message>
        <source>End relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. all accounts closed at the customer&apos;s request</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Customer %1 stays on file. Nothing is deleted: the records are kept for %n year(s) after the end date, then a supervisor and a compliance officer may purge them.</source>
        <translation>
            <numerusform>Customer %1 stays on file. Nothing is deleted: the records are kept for %n year after the end date, then a supervisor and a compliance officer may purge them.</numerusform>
            <numerusform>Customer %1 stays on file. Nothing is deleted: the records are kept for %n years after the end date, then a supervisor and a compliance officer may purge them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ended &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the relationship ends (at least %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rmdesk::GlobalSearch</name>
    <message>
        <source>Find a customer: name, pinyin, mobile digits, ID tail (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer in your scope matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more: type more to narrow the search.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rmdesk::LockScreen</name>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked — enter your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1. The data stays hidden until you unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password to unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not your password. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rmdesk::LoginDialog</name>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create new database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in — RM Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RM Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to an encrypted database with your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RM Desk databases (*.rmdb);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a database file, or create a new database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator set your password. Choose a new one that only you know before you continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You must choose a new password before you can continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in (%1 s)</source>
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
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted · unlocked</source>
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
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch: all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new password for %1. Only you should know it; nobody can look it up later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals</source>
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
    <name>rmdesk::NewDatabaseWizard</name>
    <message>
        <source>I have stored the recovery key somewhere safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to keep the database, and its first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is one encrypted file with a keyring file beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Administrator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password &amp;protection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is shown only this once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was created and you are signed in as its administrator. If every administrator password is lost, this recovery key is the only way back in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it down or print it, and keep it offline in a locked place, away from this computer. Do not save it in a file, an e-mail or a chat. Anyone with the key and the database file can read every record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RM Desk databases (*.rmdb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name; an existing database is opened from the sign-in window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without the recovery key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was created, but the recovery key will not be shown again. Without it, a database whose administrator passwords are all lost cannot be opened by anyone.

Close this window anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close anyway</source>
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
    <name>rmdesk::PasswordPair</name>
    <message>
        <source>At least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fast sign-in (64 MiB of memory); for older computers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended: about a second to sign in (256 MiB of memory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strongest: several seconds to sign in (1 GiB of memory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rmdesk::ReviewDialog</name>
    <message>
        <source>Identity document seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed review form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ID document, mobile, address, occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next review is scheduled from the review date by the customer&apos;s AML risk rating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was &amp;checked: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof r&amp;eference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what was checked in the review.</source>
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
    <message>
        <source>Customer tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affluent: assets from (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private banking: assets from (yuan)</source>
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
    <message>
        <source>Unable to change the database key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not open or the key is not 32 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rmdesk::UserTableModel</name>
    <message>
        <source>Relationship manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
