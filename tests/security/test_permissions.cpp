// The full role × action × scope matrix, written out independently of the implementation, and
// what each scope means for a concrete record.
#include "common/testsupport.h"
#include "security/permissions.h"

#include <map>

using namespace rmdesk;

namespace {

// Columns: rm, supervisor, compliance, admin. O = own book, B = branch, A = all, - = refused.
const std::map<Action, const char*> expected = {
    {Action::UserManage, "---A"},        {Action::KeyRekey, "---A"},
    {Action::BackupCreate, "---A"},      {Action::SettingsEdit, "---A"},
    {Action::AuditRead, "--AA"},         {Action::AuditVerify, "--AA"},
    {Action::CustomerRead, "OBA-"},      {Action::CustomerCreate, "OB--"},
    {Action::CustomerUpdate, "OB--"},    {Action::CustomerUnmask, "OBA-"},
    {Action::CustomerExport, "OB--"},    {Action::CustomerImport, "OB--"},
    {Action::CustomerAssign, "-B--"},    {Action::CustomerMerge, "-B--"},
    {Action::CustomerPurge, "-BA-"},     {Action::CustomerAmlHold, "--A-"},
    {Action::CustomerReopen, "-B--"},    {Action::ServiceWrite, "OB--"},
    {Action::ComplaintRead, "OBA-"},     {Action::ComplaintWrite, "OB--"},
    {Action::ComplaintExtend60, "-B--"}, {Action::SurveyRead, "OBA-"},
    {Action::SurveyWrite, "OB--"},       {Action::DashboardRead, "OBA-"},
    {Action::EvaluationWrite, "-B--"},   {Action::CustomerChangeCheck, "-BA-"},
};

const Role roles[] = {Role::Rm, Role::Supervisor, Role::Compliance, Role::Admin};

char letter(Scope s)
{
    switch (s) {
    case Scope::Own:
        return 'O';
    case Scope::Branch:
        return 'B';
    case Scope::All:
        return 'A';
    case Scope::None:
        break;
    }
    return '-';
}

} // namespace

BOOST_AUTO_TEST_SUITE(permissions)

BOOST_AUTO_TEST_CASE(every_role_and_action_matches_the_written_matrix)
{
    BOOST_TEST(Permissions::allActions().size() == int(expected.size()));
    for (Action action : Permissions::allActions()) {
        const auto it = expected.find(action);
        BOOST_REQUIRE_MESSAGE(it != expected.end(), "action missing from the test's matrix: "
                                                        << Permissions::actionName(action));
        for (int r = 0; r < 4; ++r) {
            BOOST_TEST_CONTEXT(roleName(roles[r]) << " / " << Permissions::actionName(action))
            {
                BOOST_TEST(letter(Permissions::scope(roles[r], action)) == it->second[r]);
                const Session s{7, QStringLiteral("u"), roles[r], QStringLiteral("BJ01")};
                BOOST_TEST(Permissions::allows(s, action) == (it->second[r] != '-'));
            }
        }
        BOOST_TEST(!Permissions::actionName(action).isEmpty());
    }
}

BOOST_AUTO_TEST_CASE(scope_decides_for_a_concrete_record)
{
    const Session rm{7, QStringLiteral("rm1"), Role::Rm, QStringLiteral("BJ01")};
    const Session sup{8, QStringLiteral("sup1"), Role::Supervisor, QStringLiteral("BJ01")};
    const Session comp{9, QStringLiteral("comp1"), Role::Compliance, QString()};
    const Session admin{1, QStringLiteral("root"), Role::Admin, QString()};
    const Target mine{QStringLiteral("BJ01"), 7};
    const Target colleague{QStringLiteral("BJ01"), 99};
    const Target elsewhere{QStringLiteral("SH01"), 42};

    BOOST_TEST(Permissions::allows(rm, Action::CustomerUpdate, mine));
    BOOST_TEST(!Permissions::allows(rm, Action::CustomerUpdate, colleague));
    BOOST_TEST(!Permissions::allows(rm, Action::CustomerUpdate, elsewhere));
    BOOST_TEST(Permissions::allows(sup, Action::CustomerUpdate, colleague));
    BOOST_TEST(!Permissions::allows(sup, Action::CustomerUpdate, elsewhere));
    BOOST_TEST(Permissions::allows(comp, Action::CustomerUnmask, elsewhere));
    BOOST_TEST(!Permissions::allows(comp, Action::CustomerUpdate, elsewhere));
    BOOST_TEST(!Permissions::allows(admin, Action::CustomerRead, mine));
    // A purge takes a supervisor of the branch and a compliance officer (of any branch).
    BOOST_TEST(Permissions::allows(sup, Action::CustomerPurge, colleague));
    BOOST_TEST(!Permissions::allows(sup, Action::CustomerPurge, elsewhere));
    BOOST_TEST(Permissions::allows(comp, Action::CustomerPurge, elsewhere));
    BOOST_TEST(!Permissions::allows(rm, Action::CustomerPurge, mine));
    BOOST_TEST(Permissions::allows(comp, Action::CustomerAmlHold, elsewhere));
    BOOST_TEST(!Permissions::allows(sup, Action::CustomerAmlHold, colleague));
    // A record with no owner or branch is nobody's own book and no branch's.
    BOOST_TEST(!Permissions::allows(rm, Action::CustomerRead, Target{}));
    BOOST_TEST(!Permissions::allows(sup, Action::CustomerRead, Target{}));
    BOOST_TEST(Permissions::refusal(rm, Action::KeyRekey).contains(QStringLiteral("rm")));
}

BOOST_AUTO_TEST_SUITE_END()
