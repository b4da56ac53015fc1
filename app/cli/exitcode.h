#pragma once

namespace rmdesk {

// Exit codes of rmdesk-cli: a contract (../shared/design/CLI.md).
enum ExitCode : int {
    ExitOk = 0,
    ExitNo = 1,         // ran, but the answer is no: rejected input, problems found, not found
    ExitUsage = 2,      // usage error
    ExitAuth = 3,       // unknown or disabled user, wrong password
    ExitUnreadable = 4, // missing, not an RM Desk database, or damaged
    ExitForbidden = 5,  // the user's role does not permit this
};

} // namespace rmdesk
