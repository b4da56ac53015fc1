// The second person's check of an identity change: which edits need one, who may decide it, and
// what a rejection restores. Each case is worked by hand.
#include "common/testsupport.h"
#include "domain/changecheck.h"

using namespace rmdesk;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

} // namespace

BOOST_AUTO_TEST_SUITE(change_check)

BOOST_AUTO_TEST_CASE(only_identity_fields_need_a_check)
{
    const auto individual = CustomerType::Individual;
    BOOST_TEST(ChangeCheckRules::needsCheck(individual, {s("name")}));
    BOOST_TEST(ChangeCheckRules::needsCheck(individual, {s("mobile"), s("id_expiry")}));
    BOOST_TEST(ChangeCheckRules::needsCheck(individual, {s("gender")}));
    BOOST_TEST(!ChangeCheckRules::needsCheck(individual, {s("mobile"), s("address"), s("rm")}));
    BOOST_TEST(!ChangeCheckRules::needsCheck(individual, {}));
    // An institution's legal representative is an identity field; its industry is not.
    BOOST_TEST(ChangeCheckRules::needsCheck(CustomerType::Institution, {s("legal_rep")}));
    BOOST_TEST(!ChangeCheckRules::needsCheck(CustomerType::Institution, {s("industry")}));
    // A field the type does not have needs nothing.
    BOOST_TEST(!ChangeCheckRules::needsCheck(CustomerType::Institution, {s("gender")}));
}

BOOST_AUTO_TEST_CASE(nobody_checks_their_own_edit)
{
    BOOST_TEST(!ChangeCheckRules::checkerProblem(7, 7).isEmpty());
    BOOST_TEST(ChangeCheckRules::checkerProblem(8, 7).isEmpty());
}

BOOST_AUTO_TEST_CASE(a_rejection_says_why)
{
    BOOST_TEST(ChangeCheckRules::noteProblem(false, QString()).isEmpty());
    BOOST_TEST(!ChangeCheckRules::noteProblem(true, QString()).isEmpty());
    BOOST_TEST(!ChangeCheckRules::noteProblem(true, s("  no ")).isEmpty());   // 2 characters
    BOOST_TEST(ChangeCheckRules::noteProblem(true, s("证件不符")).isEmpty()); // 4 characters
    // No ID numbers in the note: it is shown in the history and kept in the audit trail.
    BOOST_TEST(!ChangeCheckRules::noteProblem(true, s("card says 11010519491231002X")).isEmpty());
}

BOOST_AUTO_TEST_CASE(a_rejection_restores_the_identity_fields_of_the_edit)
{
    // The edit: a new resident ID (with the birth date and gender it carries), a new mobile.
    const QList<FieldChange> edit = {
        {s("id_number"), s("11010519491231002X"), s("110105198001010032")},
        {s("birth_date"), s("1949-12-31"), s("1980-01-01")},
        {s("gender"), s("female"), s("male")},
        {s("mobile"), s("13812345678"), s("13900001111")},
    };
    const QHash<QString, QString> now = {{s("id_number"), s("110105198001010032")},
                                         {s("birth_date"), s("1980-01-01")},
                                         {s("gender"), s("male")},
                                         {s("mobile"), s("13900001111")}};
    const auto r = ChangeCheckRules::restoration(CustomerType::Individual, edit, now);
    BOOST_TEST(r.conflicts.isEmpty());
    BOOST_TEST(r.diff.size() == 3); // the mobile needed no proof and stays
    BOOST_TEST(r.diff.value(s("id_number")).first == s("110105198001010032"));
    BOOST_TEST(r.diff.value(s("id_number")).second == s("11010519491231002X"));
    BOOST_TEST(r.diff.value(s("birth_date")).second == s("1949-12-31"));
    BOOST_TEST(r.diff.value(s("gender")).second == s("female"));
    BOOST_TEST(!r.diff.contains(s("mobile")));
}

BOOST_AUTO_TEST_CASE(a_field_changed_again_blocks_the_restoration)
{
    const QList<FieldChange> edit = {{s("name"), s("张伟"), s("张维")},
                                     {s("id_expiry"), s("2030-01-01"), s("2040-01-01")}};
    // The name was changed again after the edit: restoring "张伟" would undo the later change.
    const auto r =
        ChangeCheckRules::restoration(CustomerType::Individual, edit,
                                      {{s("name"), s("张薇")}, {s("id_expiry"), s("2040-01-01")}});
    BOOST_TEST(r.conflicts == QStringList{s("name")});
    BOOST_TEST(r.diff.isEmpty()); // nothing is restored at all
    BOOST_TEST(!ChangeCheckRules::conflictMessage(r.conflicts).isEmpty());
    // Changed back by hand to the old value: nothing left to restore there, and no conflict.
    const auto back = ChangeCheckRules::restoration(CustomerType::Individual, edit,
                                                    {{s("name"), s("张伟")},
                                                     {s("id_expiry"), s("2040-01-01")}});
    BOOST_TEST(back.conflicts.isEmpty());
    BOOST_TEST(back.diff.size() == 1);
    BOOST_TEST(back.diff.value(s("id_expiry")).second == s("2030-01-01"));
}

BOOST_AUTO_TEST_SUITE_END()
