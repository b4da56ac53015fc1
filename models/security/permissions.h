#pragma once

#include "session.h"

#include <QCoreApplication>
#include <QList>

namespace rmdesk {

// Everything a person can ask RM Desk to do. Stores name the action they are about to perform.
enum class Action {
    UserManage,   // add, disable, enable users; reset others' passwords
    KeyRekey,     // new database key
    BackupCreate, // encrypted copy of database and keyring
    SettingsEdit, // rule sets and configuration
    AuditRead,    // audit log viewer, audit list
    AuditVerify,  // hash chain and integrity check
    CustomerRead, // masked profiles
    CustomerCreate,
    CustomerUpdate,
    CustomerUnmask, // a C2 field in the clear, with a reason
    CustomerExport,
    CustomerImport,
    CustomerAssign,  // move a customer to another RM
    CustomerMerge,   // approve a duplicate merge
    CustomerPurge,   // request or approve a retention purge
    CustomerAmlHold, // keep a customer past retention during an AML investigation
    CustomerReopen,  // reopen an ended relationship
    ServiceWrite,    // visits, calls, follow-ups
    ComplaintRead,
    ComplaintWrite, // open, pause, resume, decide, close; extend to 30 days
    ComplaintExtend60,
    SurveyRead,
    SurveyWrite,
    DashboardRead,
    EvaluationWrite,     // assess RMs against KPIs
    CustomerChangeCheck, // confirm or reject another person's identity change
};

// How far an allowed action reaches.
enum class Scope {
    None,   // refused
    Own,    // the customers assigned to the acting RM
    Branch, // the acting user's branch
    All,    // every branch
};

// What an action touches, for scope checks. Empty fields mean "not tied to one customer".
struct Target
{
    QString branch;
    qint64 ownerUserId = 0;
};

// The role × action × scope matrix. Deny by default: an action missing from the table is refused.
class Permissions
{
    Q_DECLARE_TR_FUNCTIONS(Permissions)

public:
    static Scope scope(Role role, Action action);
    static bool allows(const Session& session, Action action);
    static bool allows(const Session& session, Action action, const Target& target);

    static QList<Action> allActions();
    static QString actionName(Action action);
    // "Your role (rm) may not …" for error messages.
    static QString refusal(const Session& session, Action action);
};

} // namespace rmdesk
