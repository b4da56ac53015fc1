<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Agenda</name>
    <message>
        <source>There is no user %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may look at the tasks of your own branch only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may look at your own tasks only; a supervisor sees the branch&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentCharts</name>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: average total %2 over %n RM(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: total %2, rank %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average total by branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals of the RMs of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-time rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %L2 due, %L3 on time, %L4 late (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln response(s), NPS %2, CSAT %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssessmentCsv</name>
    <message>
        <source>Assessment dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standards version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMs scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints decided on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-time rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluations signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluations in draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement measures open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement measures overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attainment (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity changes awaiting a check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity changes late for their check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentDashboard</name>
    <message>
        <source>The trend must not start after the period ends (%1 to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no active relationship manager %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship manager %1 is not in your scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship manager %1 does not work in branch %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentStore</name>
    <message>
        <source>No KPI standards for role %1 and period kind %2 are in force on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI standards are kept for the roles rm and supervisor, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period kind must be month, quarter or year, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New standards take effect today (%1) or later: give the date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one KPI with its weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown KPI &quot;%1&quot;: use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI %1 is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weight of %1 must be above 0 and at most 100 (percent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target of %1 must be a number above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weights add up to %1 %; they must add up to 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest standards take effect on %1: a new version cannot take effect before that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The KPI standards were not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may read the scorecards of your own branch (%1) only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may read your own scorecard only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a month; a month looks like 2026-10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month-end balances of customer %1 are not a series of months and whole amounts in fen. Correct them and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>The audit trail is broken: the triggers that keep its rows from being changed or deleted are missing, so rows at its end may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit row %1 is not the row of the anchor kept for it: the trail was written again from that row or before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is broken: audit row %1, of a kept anchor, is missing; rows were deleted from its end.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeCheckRules</name>
    <message>
        <source>You made this change yourself: another person checks it against the proof (four eyes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the change is rejected (at least %1 characters): the RM reads it and it is kept with the restored values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note seems to hold an ID or card number: say what is wrong without it (the numbers are on the profile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change is rejected, but nothing was restored: %1 changed again after it. Correct the profile with Edit… (the RM sees the rejection in its history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeCheckStore</name>
    <message>
        <source>Change check %1 was already decided (%2 by %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change check %1 was not decided: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone decided it at the same time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no change check %1 among the customers you may check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change is rejected, but nothing was restored: the old ID number now belongs to another customer. Correct the profile with Edit….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejecting would restore %1 as you wrote it yourself: another person decides this check (four eyes).</source>
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
        <source>Say what to search for: a name, pinyin, mobile digits or the end of an ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 found in %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer list takes --branch CODE, --rm NAME, --tier, --stage, --risk, --status, --review-overdue, --expiring-within DAYS, --sort number|name|created|tier|aum|next-review, --desc, --limit N, and --offset N or (sorted by number) --after ID.</source>
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
    <message>
        <source>complaint needs a subcommand: open, show, list, accept, investigate, extend, pause, resume, new-facts, decide, notify, respond, dispute, close, withdraw, merge, reopen, cause, action, causes or choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown complaint subcommand &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one complaint number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaint %1 takes options only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a date like 2026-03-16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--customer needs a customer number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --customer ID, or --complainant NAME --contact TEXT for someone who is not a customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the channel with --channel NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the category with --category NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the summary with --summary TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the day it was received with --received YYYY-MM-DD[THH:MM].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--amount needs yuan, like 1234.56.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--group-size needs a number of people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--due-within needs a number of days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown --status %1; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--offset needs a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the new deadline with --to 30 or --to 60 (days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why with --reason TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the first day of the pause with --from DATE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what is appraised or tested with --reason TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the day the clock runs again with --at DATE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the day the new facts were received with --at DATE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the new facts are with --summary TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the day of the decision with --at DATE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the decision with --decision TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the day the complainant was told with --at DATE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give how they were told with --channel NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --accepts or --disputes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --referral mediation|arbitration|litigation --body TEXT, or --outcome TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the body it is referred to with --body TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the day the withdrawal arrived with --at DATE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how it was withdrawn with --reason TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the earlier complaint with --into ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n complaint</numerusform>
            <numerusform>%n complaints</numerusform>
        </translation>
    </message>
    <message>
        <source>complaint action needs add, done or list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one improvement action number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaint choices lists category, cause or channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the root cause with --cause NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaint action add needs --description TEXT --owner NAME --due YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--at needs a date like 2026-03-16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--by is month or quarter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to need a month like 2026-03.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement action %1 is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No improvement actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No root causes recorded in that period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a subcommand: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one task number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 takes options only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--customer and --limit need a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the customer with --customer ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interaction add needs --channel %1, --purpose %2 and --summary TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the next follow-up as --follow-up YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the time of the contact as --at YYYY-MM-DD or YYYY-MM-DDTHH:MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--continues needs the number of an interaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the due date with --due YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task snooze needs --until YYYY-MM-DD and --reason TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who takes the task over with --to NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the period as --from YYYY-MM-DD --to YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interaction %1 recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up task %1 for %2 is due on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interactions recorded for customer %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 comes back on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 is now %2&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2: on-time follow-ups %3, first-contact resolution %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage set needs --stage %1 and --reason TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the month as --month YYYY-MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the months as --from YYYY-MM and --to YYYY-MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from must not come after --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for at most 20 years of months at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--by takes branch, rm or segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 had been run already; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages of %1 assigned to %2 customers: %3 changed, %4 kept at an override, in %5 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 is now %2 (was %3); the monthly run keeps it through %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 has no stage transitions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month	active	new	won back	churned	net new	churn rate	12-month retention	AUM retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cohort	size	retained by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>survey needs a subcommand: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: survey template list [--all].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>survey %1 takes options only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>survey record needs --customer ID, --template NAME and --answers KEY=VALUE[,KEY=VALUE...].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--template-version needs a version number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the day of the answer as --at YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--interaction and --complaint need a record number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--by takes rm, branch, segment, channel or month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one CSV file: survey import FILE.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback task %1 for %2 is due on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No survey responses for customer %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey response %1: customer %2 (%3), %4 version %5, answered on %6 by %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback task: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row(s) read, %2 imported, %3 rejected, %4 callback task(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one %1 number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the period as YYYY-MM, YYYY-Qn or YYYY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kpi set needs --from YYYY-MM-DD and --kpis KPI=WEIGHT:TARGET[:higher|lower],…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluation create needs --rm NAME and --period P.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluation rate needs --rating 1-5 and --comment TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spotcheck sample needs --period P and --size N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed needs a number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spotcheck finding needs --item N and --result ok|issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--source-id needs a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measure add needs --title TEXT, --owner NAME and --due YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measure done needs --note TEXT saying what was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI standards version %1 for %2 (%3) take effect on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No KPI standards for %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2, version %3 from %4 (%5):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecards for %1 (standards version %2):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 %2  total %3  rank %4  trend %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch %1: %2 RMs, average total %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation %1 of %2 for %3: score %4, rank %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation %1 rated %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation %1 signed off; it can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation %1: %2, %3, score %4, rating %5, %6
%7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evaluations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 %3  %4 items, %5 checked, %6 issues
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No spot checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot check %1 of %2 for %3 (seed %4):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No improvement measures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure %1: %2, owner %3, due %4, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written. Check that its folder exists and that you may write there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report needs a dashboard: retention or assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report %1 takes options only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report needs --out FILE.pdf, FILE.png or FILE.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the report&apos;s file name must end in .pdf, .png or .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--segment is an option of the retention report only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown segment %1; use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not over yet: the last complete month is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention dashboard goes back %1 months, to %2: choose a later --from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report draws the dashboards and needs the widgets of RM Desk; run it as rmdesk-cli report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may report on your own branch (%1) only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no branch %1. &apos;rmdesk-cli customer list&apos; shows the branches of your customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may report on your own customers only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no RM %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>branch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard does not offer this choice of months, branch, RM and segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No retention figures yet: an administrator runs the monthly stage assessment first (rmdesk-cli stage run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody in this scope held assets from %1 to %2: there is nothing to report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment dashboard does not offer the period %1 with trends from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scorecards yet: an administrator runs the monthly stage assessment first (rmdesk-cli stage run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No RM in this scope has figures for %1: there is nothing to report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be recorded in the audit trail, so %1 was removed again: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs what to export: customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export customers takes only --out FILE, --unmask and --reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to write with --out FILE.csv or --out FILE.xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not end in .csv or .xlsx; export writes only those formats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exporting customers %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 customers to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: import customers FILE.csv [--dry-run] [--all-or-nothing] [--report FILE.csv] [--encoding utf-8|gb18030] [--duplicates skip|update].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--encoding takes utf-8 or gb18030.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--duplicates takes skip or update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--report needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>importing customers %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows: %2 new, %3 updated, %4 skipped (already on file), %5 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written (--all-or-nothing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are invalid, so nothing was imported; see the report.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers + histories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1 customers (%2 institutions) in %3 branches with %4 new users and %5 products in %6 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holdings: %1 series with %2 month-end balances over %3 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histories: %1 interactions, %2 complaints (%3 overdue), %4 surveys, %5 stage transitions, %6 tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These columns were not imported (no customer field takes them): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit needs a subcommand: verify, anchor or list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--anchor goes with audit verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--anchor needs a row number and its hash, like 1234:9f86d0…, as audit anchor printed them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail has no rows yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The kept anchors match: %n row(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>rules list takes only --on YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules history needs the name of a rule set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not KEY=VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules set needs a rule set, KEY=VALUE for each rule that changes, --from YYYY-MM-DD and --reason TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules needs list, history or set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no rule set &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 from %2, by %3 at %4%5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of %2 takes effect on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: import %1 FILE.csv [--dry-run] [--all-or-nothing] [--report FILE.csv] [--encoding utf-8|gb18030].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--duplicates goes with import customers only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--suitability takes insisted (the customer insisted after a special risk warning they confirmed) or declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer needs a subcommand: add, show, update, list, review or tiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer tiers needs --month YYYY-MM: the month whose balances decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) changed tier with the balances of %1.</source>
        <translation>
            <numerusform>%n customer changed tier with the balances of %1.</numerusform>
            <numerusform>%n customers changed tier with the balances of %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>customer checks takes --all (decided ones too) and --limit N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change check %1 rejected: the old identity values are back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change check %1 confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity change is checked by a second person against its proof (change check %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer check needs one change check number and one of --confirm [--note TEXT], --reject --note TEXT or --show [--unmask --reason TEXT].</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) changed tier under the thresholds now in force.</source>
        <translation>
            <numerusform>%n customer changed tier under the thresholds now in force.</numerusform>
            <numerusform>%n customers changed tier under the thresholds now in force.</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed by a merge</source>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CohortHeatmap</name>
    <message>
        <source>Share of the cohort still active: lighter is fewer, darker is more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintClock</name>
    <message>
        <source>Give a date like 2026-03-16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the future: record what has happened, on the day it happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before the complaint&apos;s clock started (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complaint&apos;s clock has ended: there is no deadline to extend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deadline can be extended to %1 or %2 days only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The deadline is already %n day(s) from the start of the clock.</source>
        <translation>
            <numerusform>The deadline is already %n day from the start of the clock.</numerusform>
            <numerusform>The deadline is already %n days from the start of the clock.</numerusform>
        </translation>
    </message>
    <message>
        <source>The deadline (%1) passed before %2: a missed deadline cannot be extended afterwards. If the extension was granted in time, give the day it was granted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the complaint needs more time (at least %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extending the deadline to %1 days needs a supervisor&apos;s approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extending the deadline to %1 days needs a notice to the complainant: record when and how they were told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complaint&apos;s clock has ended: there is nothing to pause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clock is already paused since %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the first day of the pause, like 2026-03-16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the future: record a pause on the day it begins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pause cannot begin before the complaint was received (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clock was already paused until %1: a new pause begins on that day or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline (%1) had passed before %2: a pause cannot stop a clock that has run out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clock is not paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the day the clock runs again, like 2026-03-16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the future: record the resumption on the day it happens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clock cannot resume (%1) before the pause began (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complaint&apos;s clock has ended: reopen the complaint to look at new facts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline (%1) had passed before %2: new facts restart the clock only when they arrive within it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>overdue by %n day</numerusform>
            <numerusform>overdue by %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>paused since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>deadline missed by %n day(s)</source>
        <translation>
            <numerusform>deadline missed by %n day</numerusform>
            <numerusform>deadline missed by %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>deadline met</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintFlow</name>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept the complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start the investigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extend the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pause the clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resume the clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record new facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a notice to the complainant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the complainant&apos;s response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close the complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge it into an earlier complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopen the complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the root cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add an improvement action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complaint is %1: you cannot %2 now.</source>
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
        <source>Mediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbitration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Litigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepts the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputes the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales conduct and mis-selling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees and charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service attitude and quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts and deposits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loans and credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wealth management and funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance sold by the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments and transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debt collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff conduct or skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product design or terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information not disclosed clearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third party or partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer misunderstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online banking or app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded by the regulator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintJson</name>
    <message>
        <source>due %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount involved: %1 yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Due: %1 (%2; %n day(s) from %3)</source>
        <translation>
            <numerusform>Due: %1 (%2; %n day from %3)</numerusform>
            <numerusform>Due: %1 (%2; %n days from %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paused: %n day(s) not counted</source>
        <translation>
            <numerusform>Paused: %n day not counted</numerusform>
            <numerusform>Paused: %n days not counted</numerusform>
        </translation>
    </message>
    <message>
        <source>Decided on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintStore</name>
    <message>
        <source>There is no customer %1. Check the number, or take the complaint as from someone who is not a customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 is not in your %2: you may not take complaints for them.</source>
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
        <source>Give either a customer or a complainant who is not a customer, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You belong to no branch, so you cannot take a complaint from someone who is not a customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the customer, or the complainant&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complainant&apos;s name is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a way to reach the complainant (a phone number or an address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the day the complaint was received, like 2026-03-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complaint cannot be received in the future (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complaint clock rule is in force on %1, so its deadline cannot be set. Ask an administrator to check the complaint_clock rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount involved cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The severity is low, medium or high.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say in a sentence or two what the complaint is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group complaint is made by at least 2 people: give how many.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the group&apos;s representatives (at most %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are more representatives (%1) than people in the group (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the improvement action (at least %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no active user named &quot;%1&quot; to own the action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a due date from today on, like %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no improvement action %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement action %1 is already done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action is done from the day the complaint was received (%1) to today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a period whose start is not after its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown category &quot;%1&quot;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown root cause &quot;%1&quot;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown channel &quot;%1&quot;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint %1 is not in your %2: you may not %3 outside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no complaint %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complainant is customer %1: open the customer&apos;s profile to see their details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the day the complainant was told, like 2026-03-16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complainant cannot have been told in the future (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complainant cannot have been told (%1) before %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown channel &quot;%1&quot; for the notice to the complainant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what is being appraised or tested, and by whom (at least %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the new facts are (at least %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clock is paused since %1 for external appraisal or testing: record the day it resumed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down the decision (at least %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A notice is about the decision, an extension, a pause or other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the complainant&apos;s response (%1) is already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response must be dated from the decision (%1) to today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the complainant accepted the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dispute was already referred to %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a dispute is referred to mediation, arbitration or litigation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the body it is referred to (a mediation centre, an arbitration commission, a court).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the referral must be dated from the decision (%1) to today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no dispute was referred to mediation or arbitration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dispute&apos;s outcome is already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>describe the outcome (at least %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the outcome must be dated from the referral (%1) to today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dispute referred to %1 has no outcome yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it can be closed from the decision (%1) to today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how the complainant withdrew (at least %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a complaint cannot be merged into itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaint %1 was itself merged into %2: merge into that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a repeat is merged into the earlier complaint, and %1 is not earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaint %1 is from another complainant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why this is a repeat without new facts (at least %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it can be reopened from the decision (%1) to today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the complaint is reopened (at least %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the group&apos;s representatives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group complaining in person may send at most %1 representatives; %2 were named.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintUi</name>
    <message numerus="yes">
        <source>Due %1: %n day(s) from %2</source>
        <translation>
            <numerusform>Due %1: %n day from %2</numerusform>
            <numerusform>Due %1: %n days from %2</numerusform>
        </translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigation started</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deadline extended to %n day(s)</source>
        <translation>
            <numerusform>Deadline extended to %n day</numerusform>
            <numerusform>Deadline extended to %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Clock paused for appraisal or testing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New facts: the clock restarts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant told of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute referred to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome of the dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn by the complainant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into complaint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat complaint %1 merged into this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root cause: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement action added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement action %1 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (approved by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (owner %2, due %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvColumnReader</name>
    <message>
        <source>The file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header names the column %1 twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is larger than 2 GB: split it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown encoding %1: use UTF-8 or GB18030.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is in UTF-16, which is not read here: save it as CSV UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds binary data (NUL bytes): it is not a CSV text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a quoted field that starts here is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build cannot read GB18030 text: save the file as CSV UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line is not UTF-8 text (saved in another encoding, or damaged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line is UTF-8 text, but the file is GB18030: save the whole file in one encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line is not GB18030 text (damaged bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor ordinary GB18030 text (it may be Big5 or a Western encoding, which would come out garbled): save it as CSV UTF-8. If it really is GB18030, choose that encoding.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerEditWriter</name>
    <message>
        <source>someone changed the profile at the same time; open it again and repeat.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerExport</name>
    <message>
        <source>%1 could not be written (%2). Check that its folder exists, that you may write there and that the disk has room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the spreadsheet could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to a file ending in .csv or .xlsx; %1 is neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why you need an unmasked export (at least %1 characters); the reason is kept in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An XLSX sheet holds at most %1 customers and this export has %2. Export to CSV, or filter the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk may be full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail cannot be written: %1</source>
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
        <source>is before the assessment date.</source>
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
    <message>
        <source>Customer type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not match the birth date in the ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a date like 2026-01-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be a birth date (in the future, or before 1900).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a mainland mobile number (11 digits starting with 13 to 19).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number %1 of the list is not a phone number (5 to 20 digits, spaces or dashes, an optional + in front).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerImport</name>
    <message>
        <source>No column of the file gives %1; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a header row but no customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database connection is not an RM Desk one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the same number is on line %2 of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is empty: it needs a header row and customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header row: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a field a customer import can fill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no column %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has %1 fields; the header has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: use individual or institution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no branch %2.</source>
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
        <source>You may import customers only into your own %1.</source>
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
        <source>Customer %1 with this ID number is of the other type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 differs from customer %2&apos;s: identity fields change only with a proof document, in the customer&apos;s profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: moving a customer to another branch is a transfer, not an edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 changed while it was imported; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two columns give the same field (%1); keep one of them, or map the columns. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer outside your %1 has this ID number; the row was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report cannot be written to %1: that file is the database, its keyring or the file being imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: looks masked (it has *); import from an unmasked export.</source>
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
    <message>
        <source>The month-end balances of customer %1 are not a series of months and whole amounts in fen; nothing was merged.</source>
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
    <message>
        <source>A complaint of this customer is not finished yet; close it first.</source>
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
        <source>The database connection is not an RM Desk one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the last %1 digits, or the whole mobile or ID number: the digits in between are masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name (Chinese characters or pinyin), by the last digits of a mobile or ID number as the list shows them, or by a whole number.</source>
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
    <message>
        <source>%1: change it with Change stage… (rmdesk-cli stage set), which keeps the transition and its reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month-end balances of product %1 are not a series of months and whole amounts in fen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a month; a month looks like 2026-10.</source>
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
    <name>DashboardReport</name>
    <message>
        <source>Printed by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2. Choose another folder or file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new page could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF could not be finished</source>
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
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database key is being changed. Try again when that is done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
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
    <message numerus="yes">
        <source>%n customer RM(s) are missing.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The demo data was written, but write-ahead logging could not be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The survey template %1 is missing.</source>
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
    <name>DraftStore</name>
    <message>
        <source>Drafts belong to a signed-in user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft needs the name of its form.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationStore</name>
    <message>
        <source>does not meet expectations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly meets expectations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meets expectations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exceeds expectations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no evaluation %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no evaluation %1 among yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the period as YYYY-MM, YYYY-Qn or YYYY, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1 has not ended yet: evaluate a period once it is over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no active relationship manager %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 works in branch %2: only a supervisor of that branch may evaluate them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no scorecard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has evaluation %2 for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evaluation was not created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation %1 belongs to branch %2: only a supervisor of that branch may change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation %1 was signed off by %2 on %3 and can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation %1 was not changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rating must be 1 (does not meet expectations) to 5 (outstanding).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a comment of 1 to %1 characters with the rating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate evaluation %1 with a comment before signing it off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoldingImport</name>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header has no column %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header has no column %1: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has %1 fields; the header has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer of yours has this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the product code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product %1 is not in the catalogue: import the products first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the month as YYYY-MM, like 2026-10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month has not begun yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the balance in yuan, like 12345.67, not below zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same customer, product and month are on line %1 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were rejected, so nothing was imported.</source>
        <translation>
            <numerusform>%n row was rejected, so nothing was imported.</numerusform>
            <numerusform>%n rows were rejected, so nothing was imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The balances on file for customer %1 and product %2 are damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A product code is 1 to 32 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the product&apos;s name, at most 80 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The type is one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risk level is R1 to R5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product is on line %1 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month is before 2000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows checked: %2 valid, %3 rejected. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows: %2 balances written (%3 corrected), %4 rejected; %5 customers, %6 changed tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows: %2 products added, %3 changed, %4 unchanged, %5 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>The check character (the last) does not agree with the others: a character is mistyped. Compare the whole number with the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first two digits are not the code of a Chinese province.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters 7 to 14 (the birth date) are not a date that exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date in it (characters 7 to 14) is before 1900.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date in it (characters 7 to 14) is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InteractionStore</name>
    <message>
        <source>When: the contact cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel: use one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose: use one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: use one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary: say what was discussed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary: it seems to hold an ID or bank card number. Leave such numbers out; they belong in the profile, masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products: there is no product %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next follow-up: a date from today to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continues: customer %1 has no interaction %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interaction was not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 has no consent to marketing contact in force: advise on products only when they ask for it, and say so in the summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suitability: %1</source>
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
    <name>KpiText</name>
    <message>
        <source>Retention rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net new customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUM growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints decided on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactions per customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LifecycleRules</name>
    <message>
        <source>%1 is not a lifecycle stage; choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the stage is set by hand (at least 4 characters).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LifecycleStore</name>
    <message>
        <source>The monthly stage run is a batch job for administrators: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not ended yet: stages are assigned for complete months, up to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages are assigned month by month and %1 has been run already: run %1 again or a later month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stages of %1 were not assigned: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept: override in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage was not set: %1</source>
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
    <message>
        <source>check identity changes against their proof</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionCsv</name>
    <message>
        <source>Retention dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12-month retention (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly churn rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net new customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUM at the end (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUM at the start (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUM growth (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 mo. (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason the relationship ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other reasons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionDashboard</name>
    <message>
        <source>There is no segment %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period must not start after it ends (%1 to %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionStore</name>
    <message>
        <source>The retention figures could not be rebuilt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may read the figures of your own branch (%1) only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may read the figures of your own book of customers only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month-end balances of customer %1 are not a series of months and whole amounts in fen. Correct them and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleChecks</name>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fixed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>first:N,last:N or until:X|Y, showing at most %n character(s)</source>
        <translation>
            <numerusform>first:N,last:N or until:X|Y, showing at most %n character</numerusform>
            <numerusform>first:N,last:N or until:X|Y, showing at most %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>entries are added, never changed or removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rule set RM Desk knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be removed: complaints may use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing: every rule needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be renamed: complaints already filed under it would change their meaning. Add a new entry instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; must be 2 to 40 lower-case letters, digits or &apos;_&apos;, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of %1 must be one line of 1 to 80 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a rule of this set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is set by regulation and stays &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: write the pattern as first:N,last:N or until:X|Y.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 may show at most %n character(s) of a value.</source>
        <translation>
            <numerusform>%1 may show at most %n character of a value.</numerusform>
            <numerusform>%1 may show at most %n characters of a value.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be at least %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be more than %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;until&quot; is for addresses; use first:N,last:N.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleStore</name>
    <message>
        <source>Say why the rules change (at least %1 characters): the reason is kept with the version and in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no rule set &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new version takes effect today (%1) or later: rules of past days stay as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 takes effect on %2: a newer version cannot take effect before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changes: every value is the one of version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule set was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satisfaction</name>
    <message numerus="yes">
        <source>Based on %n response(s): too few to compare groups; read with care.</source>
        <translation>
            <numerusform>Based on %n response: too few to compare groups; read with care.</numerusform>
            <numerusform>Based on %n responses: too few to compare groups; read with care.</numerusform>
        </translation>
    </message>
    <message>
        <source>No answers yet: nothing to compare.</source>
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
    <name>ServiceCodes</name>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online banking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periodic review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending, follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID document expiry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceStats</name>
    <message>
        <source>The period must run from a date to the same or a later date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a relationship manager whose service numbers you may see.</source>
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
    <name>Suitability</name>
    <message>
        <source>The customer&apos;s risk tolerance has not been assessed: no product may be offered before it is (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s risk assessment expired on %1: assess again before offering products (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above the customer&apos;s risk level %1: %2. Offer such a product only at the customer&apos;s insistence, with a special risk warning they confirm, and record both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer is a C1 investor: %1 must not be offered to them at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every product advised on suits the customer: there is no exception to record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how it was handled: the customer insisted after a special risk warning they confirmed, or the products were declined as unsuitable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A C1 investor may not be offered products above R1, even at their insistence: record the products as declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a valid risk assessment no product may be offered, even at the customer&apos;s insistence: assess the customer first, or record the products as declined.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisionStore</name>
    <message>
        <source>Give the period as YYYY-MM, YYYY-Qn or YYYY, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1 has not begun: nothing can be sampled from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample size must be 1 to %1 records of each kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed must be a number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch %1 has no interactions or complaints in %2 to sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample was not drawn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot checks are read by supervisors and compliance staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That spot check is not among your branch&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no spot check %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot check %1 belongs to branch %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The finding must be ok or issue, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the issue in a note of 1 to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot check %1 has items 1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 was already checked by %2 (%3): a finding stands once recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The finding was not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the measure a title of 1 to 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description may have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source must be spot_check, complaint, evaluation or other, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the spot check item, complaint or evaluation the measure comes from by its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date must be a date like %1, today or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner must be an active relationship manager or supervisor of branch %1; %2 is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure was not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no improvement measure %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no improvement measure %1 among yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 (the owner) or a supervisor of branch %2 may update measure %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure %1 was completed on %2 and is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure %1 was not changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure %1 is already in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what was done in a note of 1 to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisionUi</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveyStore</name>
    <message>
        <source>The survey file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The survey file is larger than %1 MB: split it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The survey file is not UTF-8 text: save it as CSV UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted field that starts here is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The survey file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header has no column %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header of the survey file is not usable: %1 Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has %1 fields; the header has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the customer&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the survey template&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the day of the answer as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give an interaction number or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a complaint number or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the survey file were rejected, so nothing was imported (see the errors; or skip the bad rows).</source>
        <translation>
            <numerusform>%n row of the survey file was rejected, so nothing was imported (see the errors; or skip the bad rows).</numerusform>
            <numerusform>%n rows of the survey file were rejected, so nothing was imported (see the errors; or skip the bad rows).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period starts (%1) after it ends (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No relationship manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper form</source>
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
        <source>There is no survey template %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no survey template %1, version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered on: %1 is in the future; give the day the customer answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel: use one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 has no interaction %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 has no complaint %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey callback: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The survey response was not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no survey response %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey response %1 is outside your scope: you may not %2 outside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 complaint %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveyTemplates</name>
    <message>
        <source>Answers: write each as KEY=VALUE, separated by commas (&quot;%1&quot; is not).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers: a value without a question key (&quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers: %1 is answered twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an answer is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: choose one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: choose from %2, each once, joined by &apos;;&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: at most %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: it seems to hold an ID or bank card number. Leave such numbers out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no such question in %2 (version %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskStore</name>
    <message>
        <source>Follow up: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no task %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no task %1 among yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 is assigned to %2: only they or a supervisor of branch %3 may change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 was not changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the task a title of 1 to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date must be a date like %1, today or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no active user %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not give tasks to %1: a relationship manager keeps their own tasks, a supervisor gives tasks within the branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot work this task: give it to a relationship manager or supervisor of branch %2 who may serve the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task was not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 was already done on %2 by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 is already done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Snooze to a date after %1 and no later than %2 (at most %n day(s) ahead, the service standard).</source>
        <translation>
            <numerusform>Snooze to a date after %1 and no later than %2 (at most %n day ahead, the service standard).</numerusform>
            <numerusform>Snooze to a date after %1 and no later than %2 (at most %n days ahead, the service standard).</numerusform>
        </translation>
    </message>
    <message>
        <source>Say why the task waits (at least %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 is already assigned to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot work this task: it goes to the customer&apos;s relationship manager or a supervisor of branch %2. To hand the customer to another relationship manager, a supervisor assigns the customer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot work this task: give it to a relationship manager or supervisor of branch %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TierUpkeep</name>
    <message>
        <source>version %1 of the customer tiers has no valid thresholds; publish a corrected version.</source>
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
    <message>
        <source>A user named %1 already exists with another role or branch; the demo staff cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every new user needs one key slot and one id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key slot prepared for %1 is not one for that user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user could not be added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was cancelled; no copy was left behind.</source>
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
    <message>
        <source>Cancel backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new random key encrypts the whole database file, which is rewritten page by page; on a large file this takes a while and cannot be stopped once started. Every active user and the recovery key keep working, but copies of the old keyring and older backups no longer open the current file.

Make a backup first if you have none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database key was changed, but this window cannot use the database any more: %1 Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the database key. The file is rewritten page by page; this cannot be cancelled, and closing the window waits for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database key is being changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RM Desk can close once the new key is in place: the file is being rewritten and stopping now is not possible. The bar under Database shows how far it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing cancels the backup; no copy is left behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel backup and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import products…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or update products from a CSV file: code, name, type, risk level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue is empty: import the bank&apos;s products before their month-end balances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) in the catalogue. Month-end balances and investor suitability refer to them.</source>
        <translation>
            <numerusform>%n product in the catalogue. Month-end balances and investor suitability refer to it.</numerusform>
            <numerusform>%n products in the catalogue. Month-end balances and investor suitability refer to them.</numerusform>
        </translation>
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
    <message>
        <source>&amp;Identity changes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Identity changes (%1, %2 late)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rmdesk::AssessmentView</name>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Q%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All RMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMs scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints decided on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluations signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open improvement measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average total by branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assessment figures yet. Run the monthly stage assessment first (rmdesk-cli stage run, by an administrator): it works out the figures the scorecards are made of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no active relationship manager in this scope to assess. Choose another branch, or &quot;All branches&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no active relationship manager in this scope to assess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to assess for %1 in this scope: no scorecard has a value, no complaint was due and no survey was answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · trends %2 to %3 · KPI standards version %4 · figures of the monthly stage run of %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>of %n RM(s) in scope</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>points out of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 of %L2 due on time, %L3 late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no complaint was due</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln response(s)</source>
        <translation type="unfinished">
            <numerusform>%Ln response</numerusform>
            <numerusform>%Ln responses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in draft</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Assessment of relationship managers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RM: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessment-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity changes to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln late</source>
        <translation>
            <numerusform>%Ln late</numerusform>
            <numerusform>%Ln late</numerusform>
        </translation>
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
    <message>
        <source>✖ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a&amp;nchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the newest row&apos;s number and hash. Kept outside RM Desk (in a report or a ticket), it shows later whether the trail was written again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check anc&amp;hor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifies the chain and that a kept anchor&apos;s row is still there with the same hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail has no rows yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anchor of row %1 (written %2) copied: %3…. Keep it outside RM Desk; &quot;Check anchor…&quot; compares it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a kept anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The anchor as it was copied (row number, colon, hash):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ That is not an anchor: a row number, a colon and 64 hexadecimal characters, as &quot;Copy anchor&quot; gives them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>✔ Intact: all %n row(s) link up, none was changed, and the kept anchor matches.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rmdesk::ChangeChecksSection</name>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity changes (name, ID document, birth date, gender) take effect at once and are checked here by someone other than the person who made them: compare each with its proof document. Rejecting restores the old values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No identity changes wait for a check. They appear here when a name, an ID document, a birth date or a gender is changed with Edit… on a customer&apos;s profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change agrees with its proof document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change does not agree with its proof: restore the old values and say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the oldest %1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm that customer %1&apos;s change agrees with its proof (%2)?

%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does customer %1&apos;s change not agree with its proof? The old values of the identity fields are restored, and %2 reads your reason in the profile&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the scan shows the old ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show values…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the old and new values in the clear to compare them with the proof; asks why, and the audit trail keeps it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why do you need customer %1&apos;s values in the clear? The reason is kept in the audit trail and in the customer&apos;s access log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. comparing the change with its proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1, late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be checked by %1</source>
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
    <name>rmdesk::CohortHeatmap</name>
    <message>
        <source>Cohort retention: share of each month&apos;s new customers still active, by months since their first month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 mo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort %1 (%L2 customers): %3 active %4 month(s) later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rmdesk::ComplaintDeadlines</name>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint deadlines (the %1 most urgent of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint deadlines (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No complaint is overdue or due within %n day(s).</source>
        <translation>
            <numerusform>No complaint is overdue or due within %n day.</numerusform>
            <numerusform>No complaint is overdue or due within %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rmdesk::ComplaintIntakeDialog</name>
    <message>
        <source>A &amp;customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;group complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile, phone or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, what the complainant asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomer No.: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant&apos;s na&amp;me: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontact: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount &amp;involved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Received at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;presentatives: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The decision is due %n calendar day(s) after the day of receipt.</source>
        <translation>
            <numerusform>The decision is due %n calendar day after the day of receipt.</numerusform>
            <numerusform>The decision is due %n calendar days after the day of receipt.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer %1 among yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More representatives than people in the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the number of the customer who complains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the complainant&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a way to reach the complainant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the complaint is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the group&apos;s representatives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names, separated by commas (at most %1 in person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 representatives in person; %2 are named.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rmdesk::ComplaintStepDialog</name>
    <message>
        <source>Extend the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice to the complainant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant&apos;s response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge a repeat complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — complaint %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complainant was &amp;told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Told on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Told &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) from the start of the clock</source>
        <translation>
            <numerusform>%n day from the start of the clock</numerusform>
            <numerusform>%n days from the start of the clock</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 days need a reason; %2 days a supervisor&apos;s approval and a notice to the complainant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the complaint needs more time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Granted on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What is appraised: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is appraised or tested, and by whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock runs again &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New facts: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the complainant brought forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decision: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was decided, and what the bank will do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complainant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Referred to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediation centre, arbitration commission or court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the mediation or arbitration decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the complainant phoned to withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1, received %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why a repeat: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same facts as the earlier complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the complaint is handled again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root &amp;cause:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What exactly went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be changed to prevent it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;wner (user name): *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no earlier complaint from this complainant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Fill in the fields marked * (at least %n character(s)).</source>
        <translation>
            <numerusform>Fill in the fields marked * (at least %n character).</numerusform>
            <numerusform>Fill in the fields marked * (at least %n characters).</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the user who owns the action.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rmdesk::ComplaintView</name>
    <message>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Investigate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause clock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume clock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New facts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;sponse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disp&amp;ute…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdrawn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge repeat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root cause…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the customer&apos;s 360 view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the complainant&apos;s name and contact in the clear. You will be asked why; the reason is kept in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No improvement actions yet. Record the root cause, then add what will be changed so that it does not happen again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> · %n day(s) from %1</source>
        <translation>
            <numerusform> · %n day from %1</numerusform>
            <numerusform> · %n days from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n day(s) paused</source>
        <translation>
            <numerusform> · %n day paused</numerusform>
            <numerusform> · %n days paused</numerusform>
        </translation>
    </message>
    <message>
        <source>severity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 yuan involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handled by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (No. %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 (not a customer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people; representatives: %1</source>
        <translation>
            <numerusform>%n people; representatives: %1</numerusform>
            <numerusform>%n people; representatives: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant told:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referred to %1, %2, on %3; no outcome yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referred to %1, %2, on %3; outcome on %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root cause:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaint %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaint_clock version %1: %2 / %3 / %4 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close complaint %1? The decision of %2 stands; it can be reopened later if the complainant brings new facts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why do you need to see the complainant&apos;s name and contact? The reason is kept in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. calling back about the complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement action done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done for “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. new notice printed and in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-complaint survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint %1 is closed. Record the post-complaint survey with the customer now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record survey</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rmdesk::ComplaintsPage</name>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint queue — branch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints — all branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New complaint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a complaint in (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every open complaint, most urgent first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;verdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open complaints past their deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due &amp;soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Open complaints due within %n day(s), or overdue</source>
        <translation>
            <numerusform>Open complaints due within %n day, or overdue</numerusform>
            <numerusform>Open complaints due within %n days, or overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>A&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every complaint, also decided, closed and withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clock is paused: due then if it runs again today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 most urgent of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n complaint</numerusform>
            <numerusform>%n complaints</numerusform>
        </translation>
    </message>
    <message>
        <source>No open complaints. Take one in with New complaint… (Ctrl+N) when a customer complains at the counter, by phone, letter, online or through the regulator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open complaints in your scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complaint is past its deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No complaint is overdue or due within %n day(s).</source>
        <translation>
            <numerusform>No complaint is overdue or due within %n day.</numerusform>
            <numerusform>No complaint is overdue or due within %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>No complaints yet. Complaints appear here once they are taken in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rmdesk::CompleteMeasureDialog</name>
    <message>
        <source>What was done, and where the evidence is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete measure %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (owner %2, due %3). Once complete the measure is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What was done: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
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
    <message>
        <source>&amp;Interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;tisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ confirmed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ rejected by %1, old values restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⏳ awaiting a second person&apos;s check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ rejected by %1: correct the profile with Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed by a merge (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <comment>when a customer was added, and by whom</comment>
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
        <source>Change the stage with Change stage… on the customer view; the reason is kept with the transition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supervisor or a compliance officer then checks the change against this proof; a rejected change is undone.</source>
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
    <message>
        <source>Change s&amp;tage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the lifecycle stage by hand, with a reason, and see every change of stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
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
    <message>
        <source>Onboarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won back</source>
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
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the customers of the list as filtered to CSV or Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import customers, or their month-end balances, from a CSV file (UTF-8 or GB18030)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month-end balances…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rmdesk::DashboardFrame</name>
    <message>
        <source>Working out the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the dashboard as it is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save numbers as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every number of the dashboard as a table for Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the dashboard as a PDF report with its period and filters on every page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the dashboard as a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the dashboard&apos;s numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save numbers as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the dashboard as a PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be recorded in the audit trail, so %1 was removed again: %2</source>
        <translation type="unfinished"></translation>
    </message>
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
</context>
<context>
    <name>rmdesk::DashboardsPage</name>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement measures</source>
        <translation type="unfinished"></translation>
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
    <name>rmdesk::DrawSampleDialog</name>
    <message>
        <source>Use the &amp;seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw spot-check sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to this many interactions and this many complaints (1 to %1 each); fewer when the period has fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number of 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picks interactions and complaints of branch %1 at random. The seed is kept with the sample: the same seed over the same records draws the same items, so anyone can repeat the draw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;ze per kind: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the seed, or clear the box for a random draw.</source>
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
    <name>rmdesk::EvaluationsView</name>
    <message>
        <source>Evaluations — branch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluations — all branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New evaluation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate an RM of your branch for a period that has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected draft a rating of 1 to 5 with a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the selected evaluation off; it is locked afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All RMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;M:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evaluations match these filters. Choose &quot;All periods&quot;, &quot;Any status&quot; and &quot;All RMs&quot; to see every one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evaluations yet. Choose New evaluation… to evaluate an RM of your branch for a period that has ended: it keeps the RM&apos;s scorecard, then you rate it, comment and sign it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evaluation of you yet. Your supervisor evaluates each period once it has ended; it appears here to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evaluations yet. Supervisors create them for their branch&apos;s RMs once a period has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate the evaluation with a comment before signing it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, branch %2, %3: score %4 of 100, rank %5 (standards version %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off by %1 on %2 and locked: it can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft created by %1 on %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate it with a comment, then sign it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisor may still change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign off evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign off the evaluation of %1 for %2 with the rating %3?

It is then locked: nobody can change the score, the rating or the comment afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign off and lock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rmdesk::ExportDialog</name>
    <message>
        <source>The &amp;list as filtered, in its order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All customers I may see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unmasked: names, ID numbers, phone numbers and addresses in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, UTF-8 (for other programs and import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why you need the data in full; kept in the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without it, sensitive fields are masked as on screen (138****5678).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive fields:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name must end in .csv or .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why you need the data in full (at least %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already. Replace it with the export?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 customers to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rmdesk::FindingDialog</name>
    <message>
        <source>&amp;OK: nothing to correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue: something must be corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong or missing, and what should be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding for item %1 of spot check %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A finding stands once recorded; it cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An issue needs a note: say what must be corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rmdesk::FormDraft</name>
    <message>
        <source>The draft could not be kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unfinished entry in this form from %1 was kept. Restore it?</source>
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
    <name>rmdesk::HoldingImportDialog</name>
    <message>
        <source>All or nothing: import only if every row is valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import month-end balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the product catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file (UTF-8 or GB18030) with one row per customer, product and month: customer_id (or id_number), product_code, month (YYYY-MM) and balance in yuan; 0 for a product sold out that month. A month already on file is corrected. Afterwards each customer&apos;s AUM and tier are those of their latest month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file (UTF-8 or GB18030) with the columns code, name, type (deposit, wealth, fund, insurance, bond, loan, other) and risk_level (R1 to R5). New codes are added, known ones updated; a changed risk level is named in the audit trail, as it decides which customers a product suits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rejected rows with their reasons, as CSV readable by you only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every row and list the problems; nothing is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV file first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rmdesk::ImportWizard</name>
    <message>
        <source>Import customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column that holds %1: it is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import customers from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file %1. Choose the CSV file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read: check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read. Check that it is a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is written: this only checks the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel stops the import; then nothing of it is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked %1 of %2 rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rows done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import stopped without a result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling… nothing of this import will be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report of rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file with one customer per row and the column headings in its first row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB18030 (Chinese Windows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file that Export customers writes is recognised as it is, and so are common Chinese or English headings such as 姓名, 证件号码 and 手机号码. You choose or correct the columns on the next page. Nothing is written before the last step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which column fills which field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields marked * are required. Columns that no field takes are not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the first rows and choose how to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid cells are marked; point at one to see what is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers already on file (same ID number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update them with the file&apos;s values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the valid rows and &amp;report the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;nothing unless every row is valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;only (dry run): check every row, write nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows go in together at the end: until then nothing is changed, and Cancel leaves the customers exactly as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was imported, and every row that was not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the &amp;report of rejected rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change the options…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the preview and its options, to import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Read as %1: %Ln customer row(s) below the header row.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(column %1, no heading)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every column of the file is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported (no field takes them): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no customer rows below its header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer row(s) in the file.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of the first %Ln shown, rows with problems (marked ⚠): %1. Every row is checked again when you import or check.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check goes through every row and writes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid cells are marked; point at one to see what is wrong. Import writes the customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked: nothing was written. With these options: new customers %1, updated %2, rejected rows %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: no row holds a new customer or a change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %Ln row(s) are invalid, and you chose to import all rows or none. Save the report, correct them and import again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The import is done, but %Ln row(s) were rejected: save the report to correct them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The import is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customers (would be):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated (would be):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already on file, skipped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row was rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 of %2 problems are shown; the report lists them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rmdesk::InteractionDialog</name>
    <message>
        <source>&amp;Follow up on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chan&amp;ge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new request or issue starts a new matter; a contact about an earlier one continues it and completes its open follow-ups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer asked or said, and what you agreed. Enter saves; Shift+Enter starts a new line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product codes, comma-separated; type a code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomer: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Matter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summar&amp;y: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;roducts discussed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may look at this customer&apos;s record but not add to it: only their relationship manager or a supervisor of the branch records interactions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (No. %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task for %1, the customer&apos;s manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continues %1 %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by the service standard; change it if the customer asked for another day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such product: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer first: type a name, pinyin or mobile digits and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say in the summary what was discussed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent to marketing contact is on file for this customer. Advise on products only when they ask for it, and say so in the summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer withdrew consent to marketing contact on %1. Advise on products only when they ask for it, and say so in the summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer insisted after a special risk warning, which they confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined: the customer was told these products do not suit them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how the products that do not suit the customer were handled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rmdesk::InteractionTimeline</name>
    <message>
        <source>&amp;Log interaction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits, calls and messages with this customer, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a visit, call or message (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interactions recorded yet. Log a visit, call or message with Log interaction… (Ctrl+I); a next follow-up date you set there appears on My day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ %1 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continues the matter begun by interaction %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>products %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>continues interaction %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ above the customer&apos;s risk level: they insisted after a special risk warning, which they confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ did not suit the customer: declined</source>
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
    <message>
        <source>My day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rmdesk::MeasureDialog</name>
    <message>
        <source>What is to be done, by whom, and how it will be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add improvement measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Record the customer&apos;s feedback after every call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An active relationship manager or supervisor of branch %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the measure a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description may have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rmdesk::MeasuresView</name>
    <message>
        <source>Improvement measures — branch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My improvement measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement measures — all branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open and in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add measure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a measure for your branch with an owner and a due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected measure as in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Complete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the selected measure with a note saying what was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot check item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 No. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measure is overdue. Choose &quot;All measures&quot; to see every one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open measures: every measure is done. Choose &quot;All measures&quot; to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No improvement measures yet. Choose Add measure… to give one to an RM or supervisor of your branch with a due date, or add one from an issue found in a spot check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No improvement measures for you. When your supervisor gives you one, it appears here: start it and complete it with a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No improvement measures yet. Branch supervisors add them and their owners track them here to done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, owner %3, due %4, branch %5; added by %6 on %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other (not from a spot check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start measure</source>
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
    <name>rmdesk::MyDayPage</name>
    <message>
        <source>%1% (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log interaction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a visit, call or message (Ctrl+I). With a follow-up selected, it continues that matter and completes the follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups completed by the date promised, of those due in the last 30 days (snoozing does not move the promise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matters resolved at the first contact with the customer and not taken up again, of the matters begun in the last 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-time follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-contact resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is due in the next days. Follow-ups appear here when you log an interaction with a next follow-up date (Log interaction…, Ctrl+I).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected task done. A follow-up is also done when you log a contact about its matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;nooze…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected task again on a later day, with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reassign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand the selected task to a supervisor or to whoever serves the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the customer&apos;s 360 view (Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews and ID documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Next %n day(s)</source>
        <translation>
            <numerusform>Next %n day</numerusform>
            <numerusform>Next %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n day(s) overdue</source>
        <translation>
            <numerusform>⚠ %n day overdue</numerusform>
            <numerusform>⚠ %n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · snoozed, was due %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periodic reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Expires within %n day(s)</source>
        <translation>
            <numerusform>Expires within %n day</numerusform>
            <numerusform>Expires within %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No periodic review is due within %n day(s) and no ID document expires within %1 days. Reviews and expiry dates come from your customers&apos; profiles.</source>
        <translation>
            <numerusform>No periodic review is due within %n day and no ID document expires within %1 days. Reviews and expiry dates come from your customers&apos; profiles.</numerusform>
            <numerusform>No periodic review is due within %n days and no ID document expires within %1 days. Reviews and expiry dates come from your customers&apos; profiles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Service standards, branch %1, last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your service standards, last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing to count yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, below the %3% target ▼</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, target %3%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark task done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open them on the Approvals page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n identity change(s) wait for a check, %1 late</source>
        <translation>
            <numerusform>%n identity change waits for a check, %1 late</numerusform>
            <numerusform>%n identity changes wait for a check, %1 late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identity change(s) wait for a check</source>
        <translation>
            <numerusform>%n identity change waits for a check</numerusform>
            <numerusform>%n identity changes wait for a check</numerusform>
        </translation>
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
    <name>rmdesk::NewEvaluationDialog</name>
    <message>
        <source>New evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a period that has ended can be evaluated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evaluation keeps the RM&apos;s scorecard of the period as it is now; later changes to the data do not alter it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relationship manager: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score to keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — already evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch %1 has no relationship managers to evaluate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a period and a relationship manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1 of 100, rank %2 / %3 in branch %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No score: none of the KPIs has a value in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3, score %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has evaluation %2 for %3.</source>
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
    <message>
        <source>New version of a rule set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change rules from a day on; the change is kept with its reason and audited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, version %2, from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published, not yet in force: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of %2 takes effect on %3.</source>
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
    <name>rmdesk::RateEvaluationDialog</name>
    <message>
        <source>Rate %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went well, what must improve, and what was agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed score %1 of 100, rank %2 / %3. The rating is your judgement beside it; both stay once signed off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rating: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a comment with the rating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rmdesk::ReassignDialog</name>
    <message>
        <source>Reassign task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
A task about a customer goes to the customer&apos;s relationship manager or a supervisor of the branch; other tasks to anyone of the branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Give to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody else in branch %1 can work this task.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rmdesk::RetentionView</name>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12-month retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly churn rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net new customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUM (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active and churned customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12-month retention by segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why relationships ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No retention figures yet. Run the monthly stage assessment first (rmdesk-cli stage run, by an administrator): it works out the figures this dashboard shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody in this scope held assets from %1 to %2. Choose a longer period, or &quot;All&quot; in a filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 · figures of the monthly stage run of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the end of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of those active 12 months before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody was active 12 months before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 since the end of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no assets at the end of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln response(s)</source>
        <translation>
            <numerusform>%Ln response</numerusform>
            <numerusform>%Ln responses</numerusform>
        </translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %L2 active customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %L3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3 retained over 12 months (%L4 active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retained (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %L2 customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationships ended in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why relationships ended: none ended in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RM: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures of the monthly stage run of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retention-%1</source>
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
    <name>rmdesk::RuleSetDialog</name>
    <message>
        <source>Add entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New version of a rule set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change is a new version that takes effect on a day; the rules of past days stay as they were. Limits a regulation sets can be made stricter, not looser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. head office notice 2027/3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries are added, never changed or removed: complaints already filed keep their meaning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a new value to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, in force from %2 — %3, %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (shipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code: lower-case letters, digits or &apos;_&apos;, starting with a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name shown in lists, one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the values marked in red first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change at least one value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the rules change (at least %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of this rule set</source>
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
    <message>
        <source>Complaint categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint root causes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amber when due within (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up within (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call back an unreached customer within (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze a task at most (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My day shows tasks due within (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn of expiring ID documents (days ahead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: on-time follow-ups (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: resolved at first contact (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT: call back at or below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey callback within (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboarding lasts (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUM trend over (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growing: AUM up at least (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declining: AUM down at least (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dormant after no activity for (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churned after no activity and no assets for (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won back lasts (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stage set by hand holds (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity change checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to check an identity change against its proof</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rmdesk::ScorecardTable</name>
    <message>
        <source>RM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: score 0–100 (weight %2%, target %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted total of the KPI scores, 0–100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank within the branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change of the total against the previous period, in points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Actual: %2
Target: %3 (%4)
Attainment: %5
Weight: %6%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank %1 in the branch, %2 among all shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No total: not ranked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No total in the previous period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rmdesk::SnoozeDialog</name>
    <message>
        <source>Snooze task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the customer is travelling until Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1
Due on %2. It comes back on the day you choose, at most %n day(s) ahead; it still counts as due on %2.</source>
        <translation>
            <numerusform>%1
Due on %2. It comes back on the day you choose, at most %n day ahead; it still counts as due on %2.</numerusform>
            <numerusform>%1
Due on %2. It comes back on the day you choose, at most %n days ahead; it still counts as due on %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show again &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the task waits (at least %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rmdesk::SpotChecksView</name>
    <message>
        <source>Spot checks — branch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot checks — all branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Draw sample…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick interactions and complaints of a period at random for checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;finding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record ok or an issue for the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;measure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an improvement measure for the issue found in the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No spot checks yet. Choose Draw sample… to pick interactions and complaints of a period at random, then record a finding for each item: ok, or an issue with a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No spot checks yet. Branch supervisors draw samples of interactions and complaints and record their findings; they appear here to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— (none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (No. %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1 (not readable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a sample to see its items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample %1 of branch %2 for %3: %4 of %5 items checked, %6 with an issue (seed %7, up to %8 of each kind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 was checked by %2: a finding stands once recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample %1 of %2 drawn: %3 items with seed %4. Drawing with the same seed over the same records picks the same items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 No. %2, customer %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue in item %1 of spot check %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure was added; follow it under Improvement measures.</source>
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
    <message>
        <source>Cannot size the page cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding the database is full, so the change was not saved. Free some space on it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file could not be read or written (the disk may be full, removed or failing). Check the disk, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file cannot be written. Check that you may write it and its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy with other work. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough memory for this work. Close other programs, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rmdesk::StageDialog</name>
    <message>
        <source>Lifecycle stage of customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. signed a long-term mandate; assets will stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The monthly run keeps a stage set by hand for %n month(s), then its rules assign the stage again.</source>
        <translation>
            <numerusform>The monthly run keeps a stage set by hand for %n month, then its rules assign the stage again.</numerusform>
            <numerusform>The monthly run keeps a stage set by hand for %n months, then its rules assign the stage again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transitions, newest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(set by hand by %1; the monthly run keeps it through %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(assigned by the monthly rules)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transitions yet: the monthly run records each change of stage here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the customer&apos;s RM or branch supervisor may set the stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the stage is set by hand (at least %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rmdesk::SurveyDialog</name>
    <message>
        <source>Record survey response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the customer answered; never in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact or complaint the customer is rating, if any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomer: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Survey:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answered on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Linked to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A callback task was created for the relationship manager %1, due %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may look at this customer&apos;s record but not add to it: only their relationship manager or a supervisor of the branch records surveys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (No. %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not answered —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the customer&apos;s words. Ctrl+Enter saves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer first: type a name, pinyin or mobile digits and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No survey to record: the survey templates could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer cannot be from the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) are missing or not valid; see the questions marked in red.</source>
        <translation>
            <numerusform>%n answer is missing or not valid; see the questions marked in red.</numerusform>
            <numerusform>%n answers are missing or not valid; see the questions marked in red.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the questions marked in red, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not at all likely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extremely likely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very little effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A great deal of effort</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rmdesk::SurveyHistory</name>
    <message>
        <source>Answered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;survey…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No survey answers from this customer yet. Record one with Record survey… after a review, an onboarding or a closed complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the customer&apos;s answers to a satisfaction survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rmdesk::SurveyImportDialog</name>
    <message>
        <source>&amp;All or nothing: one bad row imports nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip bad rows and import the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check only (dry run): write nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import survey responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A UTF-8 CSV file with a header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns: customer_id, template, answered_on (YYYY-MM-DD), channel, optional interaction_id and complaint_id, then one column per question of the survey (e.g. nps, csat, ces). Each row is checked like an answer entered at the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checked %n row(s): </source>
        <translation>
            <numerusform>Checked %n row: </numerusform>
            <numerusform>Checked %n rows: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could be imported, %2 have problems. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have problems. Correct them, or choose to skip bad rows.</source>
        <translation>
            <numerusform>Nothing was imported: %n row has problems. Correct it, or choose to skip bad rows.</numerusform>
            <numerusform>Nothing was imported: %n rows have problems. Correct them, or choose to skip bad rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %n row(s): </source>
        <translation>
            <numerusform>Read %n row: </numerusform>
            <numerusform>Read %n rows: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 imported, %2 skipped, %3 callback task(s) created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rmdesk::SurveyScale</name>
    <message>
        <source>Type the number (for 10: 1 then 0), or use Left and Right; Backspace clears.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rmdesk::SurveysPage</name>
    <message>
        <source>Customer satisfaction — branch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My customers&apos; satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer satisfaction — all branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record response…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a customer&apos;s answers to a survey at the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import responses…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read answers collected elsewhere from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CES (1–7, lower is easier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores in grey rest on fewer than %1 responses: a few more answers can move them a lot, so read them with care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All surveys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Survey:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Br&amp;anch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey answers matching the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net promoter score: the share answering 9–10 minus the share answering 0–6, from −100 to +100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer satisfaction: the share answering 4 or 5 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer effort: the mean answer from 1 to 7; lower is easier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out the scores…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promoters %1, passives %2, detractors %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No survey responses for these filters. They appear here once answers are recorded at the desk (Record response…, or Record survey… on a customer) or imported from a CSV file. Try a longer period or another survey.</source>
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
