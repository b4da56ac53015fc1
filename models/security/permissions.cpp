#include "permissions.h"

namespace rmdesk {

namespace {

struct Grant
{
    Role role;
    Action action;
    Scope scope;
};

using A = Action;
using R = Role;
using S = Scope;

// The whole matrix. RMs work their own book; supervisors their branch and its approvals;
// compliance reads everything and the audit trail, and changes nothing but AML holds, its half
// of a retention purge (the other half is a supervisor's) and the identity changes it rejects on
// its check (specification 2.2 names compliance as a department that may check them);
// administrators run users, keys, backups and settings and never see customer data.
constexpr Grant grants[] = {
    {R::Rm, A::CustomerRead, S::Own},
    {R::Rm, A::CustomerCreate, S::Own},
    {R::Rm, A::CustomerUpdate, S::Own},
    {R::Rm, A::CustomerUnmask, S::Own},
    {R::Rm, A::CustomerExport, S::Own},
    {R::Rm, A::CustomerImport, S::Own},
    {R::Rm, A::ServiceWrite, S::Own},
    {R::Rm, A::ComplaintRead, S::Own},
    {R::Rm, A::ComplaintWrite, S::Own},
    {R::Rm, A::SurveyRead, S::Own},
    {R::Rm, A::SurveyWrite, S::Own},
    {R::Rm, A::DashboardRead, S::Own},

    {R::Supervisor, A::CustomerRead, S::Branch},
    {R::Supervisor, A::CustomerCreate, S::Branch},
    {R::Supervisor, A::CustomerUpdate, S::Branch},
    {R::Supervisor, A::CustomerUnmask, S::Branch},
    {R::Supervisor, A::CustomerExport, S::Branch},
    {R::Supervisor, A::CustomerImport, S::Branch},
    {R::Supervisor, A::CustomerAssign, S::Branch},
    {R::Supervisor, A::CustomerMerge, S::Branch},
    {R::Supervisor, A::CustomerPurge, S::Branch},
    {R::Supervisor, A::CustomerReopen, S::Branch},
    {R::Supervisor, A::ServiceWrite, S::Branch},
    {R::Supervisor, A::ComplaintRead, S::Branch},
    {R::Supervisor, A::ComplaintWrite, S::Branch},
    {R::Supervisor, A::ComplaintExtend60, S::Branch},
    {R::Supervisor, A::SurveyRead, S::Branch},
    {R::Supervisor, A::SurveyWrite, S::Branch},
    {R::Supervisor, A::DashboardRead, S::Branch},
    {R::Supervisor, A::EvaluationWrite, S::Branch},
    {R::Supervisor, A::CustomerChangeCheck, S::Branch},

    {R::Compliance, A::AuditRead, S::All},
    {R::Compliance, A::AuditVerify, S::All},
    {R::Compliance, A::CustomerRead, S::All},
    {R::Compliance, A::CustomerUnmask, S::All},
    {R::Compliance, A::CustomerPurge, S::All},
    {R::Compliance, A::CustomerAmlHold, S::All},
    {R::Compliance, A::CustomerChangeCheck, S::All},
    {R::Compliance, A::ComplaintRead, S::All},
    {R::Compliance, A::SurveyRead, S::All},
    {R::Compliance, A::DashboardRead, S::All},

    {R::Admin, A::UserManage, S::All},
    {R::Admin, A::KeyRekey, S::All},
    {R::Admin, A::BackupCreate, S::All},
    {R::Admin, A::SettingsEdit, S::All},
    {R::Admin, A::AuditRead, S::All},
    {R::Admin, A::AuditVerify, S::All},
};

} // namespace

Scope Permissions::scope(Role role, Action action)
{
    for (const Grant& g : grants)
        if (g.role == role && g.action == action)
            return g.scope;
    return Scope::None;
}

bool Permissions::allows(const Session& session, Action action)
{
    return scope(session.role, action) != Scope::None;
}

bool Permissions::allows(const Session& session, Action action, const Target& target)
{
    switch (scope(session.role, action)) {
    case Scope::None:
        return false;
    case Scope::Own:
        return target.ownerUserId != 0 && target.ownerUserId == session.userId;
    case Scope::Branch:
        return !target.branch.isEmpty() && target.branch == session.branch;
    case Scope::All:
        return true;
    }
    return false;
}

QList<Action> Permissions::allActions()
{
    QList<Action> all;
    for (int a = int(Action::UserManage); a <= int(Action::CustomerChangeCheck); ++a)
        all.append(Action(a));
    return all;
}

QString Permissions::actionName(Action action)
{
    switch (action) {
    case Action::UserManage:
        return tr("manage users");
    case Action::KeyRekey:
        return tr("change the database key");
    case Action::BackupCreate:
        return tr("make backups");
    case Action::SettingsEdit:
        return tr("change settings and rules");
    case Action::AuditRead:
        return tr("read the audit trail");
    case Action::AuditVerify:
        return tr("verify the audit trail and the database");
    case Action::CustomerRead:
        return tr("read customer profiles");
    case Action::CustomerCreate:
        return tr("add customers");
    case Action::CustomerUpdate:
        return tr("change customer profiles");
    case Action::CustomerUnmask:
        return tr("show masked customer data");
    case Action::CustomerExport:
        return tr("export customers");
    case Action::CustomerImport:
        return tr("import customers");
    case Action::CustomerAssign:
        return tr("assign customers to relationship managers");
    case Action::CustomerMerge:
        return tr("merge duplicate customers");
    case Action::CustomerPurge:
        return tr("purge customers past retention");
    case Action::CustomerAmlHold:
        return tr("hold customer records for an AML investigation");
    case Action::CustomerReopen:
        return tr("reopen ended customer relationships");
    case Action::ServiceWrite:
        return tr("record visits, calls and follow-ups");
    case Action::ComplaintRead:
        return tr("read complaints");
    case Action::ComplaintWrite:
        return tr("handle complaints");
    case Action::ComplaintExtend60:
        return tr("extend a complaint deadline to 60 days");
    case Action::SurveyRead:
        return tr("read satisfaction surveys");
    case Action::SurveyWrite:
        return tr("record satisfaction surveys");
    case Action::DashboardRead:
        return tr("read dashboards");
    case Action::EvaluationWrite:
        return tr("evaluate relationship managers");
    case Action::CustomerChangeCheck:
        return tr("check identity changes against their proof");
    }
    return QString();
}

QString Permissions::refusal(const Session& session, Action action)
{
    return tr("Your role (%1) does not permit you to %2.")
        .arg(roleName(session.role), actionName(action));
}

} // namespace rmdesk
