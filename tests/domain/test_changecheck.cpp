// The second person's check of an identity change: which edits need one, who may decide it, and
// what a rejection restores. Each case is worked by hand.
#include "common/testsupport.h"
#include "domain/changecheck.h"

using namespace rmdesk;
using namespace rmdesk::test;

namespace {} // namespace

BOOST_AUTO_TEST_SUITE(change_check)

BOOST_AUTO_TEST_CASE(only_identity_fields_need_a_check)
{
    const auto individual = CustomerType::Individual;
    BOOST_TEST(ChangeCheckRules::needsCheck(individual, {utf8("name")}));
    BOOST_TEST(ChangeCheckRules::needsCheck(individual, {utf8("mobile"), utf8("id_expiry")}));
    BOOST_TEST(ChangeCheckRules::needsCheck(individual, {utf8("gender")}));
    BOOST_TEST(
        !ChangeCheckRules::needsCheck(individual, {utf8("mobile"), utf8("address"), utf8("rm")}));
    BOOST_TEST(!ChangeCheckRules::needsCheck(individual, {}));
    // An institution's legal representative is an identity field; its industry is not.
    BOOST_TEST(ChangeCheckRules::needsCheck(CustomerType::Institution, {utf8("legal_rep")}));
    BOOST_TEST(!ChangeCheckRules::needsCheck(CustomerType::Institution, {utf8("industry")}));
    // A field the type does not have needs nothing.
    BOOST_TEST(!ChangeCheckRules::needsCheck(CustomerType::Institution, {utf8("gender")}));
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
    BOOST_TEST(!ChangeCheckRules::noteProblem(true, utf8("  no ")).isEmpty());   // 2 characters
    BOOST_TEST(ChangeCheckRules::noteProblem(true, utf8("证件不符")).isEmpty()); // 4 characters
    // No ID numbers in the note: it is shown in the history and kept in the audit trail.
    BOOST_TEST(
        !ChangeCheckRules::noteProblem(true, utf8("card says 11010519491231002X")).isEmpty());
}

BOOST_AUTO_TEST_CASE(a_rejection_restores_the_identity_fields_of_the_edit)
{
    // The edit: a new resident ID (with the birth date and gender it carries), a new mobile.
    const QList<FieldChange> edit = {
        {utf8("id_number"), utf8("11010519491231002X"), utf8("110105198001010032")},
        {utf8("birth_date"), utf8("1949-12-31"), utf8("1980-01-01")},
        {utf8("gender"), utf8("female"), utf8("male")},
        {utf8("mobile"), utf8("13812345678"), utf8("13900001111")},
    };
    const QHash<QString, QString> now = {{utf8("id_number"), utf8("110105198001010032")},
                                         {utf8("birth_date"), utf8("1980-01-01")},
                                         {utf8("gender"), utf8("male")},
                                         {utf8("mobile"), utf8("13900001111")}};
    const auto r = ChangeCheckRules::restoration(CustomerType::Individual, edit, now);
    BOOST_TEST(r.conflicts.isEmpty());
    BOOST_TEST(r.diff.size() == 3); // the mobile needed no proof and stays
    BOOST_TEST(r.diff.value(utf8("id_number")).first == utf8("110105198001010032"));
    BOOST_TEST(r.diff.value(utf8("id_number")).second == utf8("11010519491231002X"));
    BOOST_TEST(r.diff.value(utf8("birth_date")).second == utf8("1949-12-31"));
    BOOST_TEST(r.diff.value(utf8("gender")).second == utf8("female"));
    BOOST_TEST(!r.diff.contains(utf8("mobile")));
}

BOOST_AUTO_TEST_CASE(a_field_changed_again_blocks_the_restoration)
{
    const QList<FieldChange> edit = {{utf8("name"), utf8("张伟"), utf8("张维")},
                                     {utf8("id_expiry"), utf8("2030-01-01"), utf8("2040-01-01")}};
    // The name was changed again after the edit: restoring "张伟" would undo the later change.
    const auto r = ChangeCheckRules::restoration(
        CustomerType::Individual, edit,
        {{utf8("name"), utf8("张薇")}, {utf8("id_expiry"), utf8("2040-01-01")}});
    BOOST_TEST(r.conflicts == QStringList{utf8("name")});
    BOOST_TEST(r.diff.isEmpty()); // nothing is restored at all
    BOOST_TEST(!ChangeCheckRules::conflictMessage(r.conflicts).isEmpty());
    // Changed back by hand to the old value: nothing left to restore there, and no conflict.
    const auto back = ChangeCheckRules::restoration(
        CustomerType::Individual, edit,
        {{utf8("name"), utf8("张伟")}, {utf8("id_expiry"), utf8("2040-01-01")}});
    BOOST_TEST(back.conflicts.isEmpty());
    BOOST_TEST(back.diff.size() == 1);
    BOOST_TEST(back.diff.value(utf8("id_expiry")).second == utf8("2030-01-01"));
}

BOOST_AUTO_TEST_CASE(a_check_is_late_after_its_days)
{
    // Changed on 2026-11-20 (local time), five days to check: due on the 25th, late on the 26th.
    const QDateTime at(QDate(2026, 11, 20), QTime(10, 30));
    const QDateTime utc = at.toUTC();
    BOOST_TEST((ChangeCheckRules::dueOn(utc, 5) == QDate(2026, 11, 25)));
    BOOST_TEST(!ChangeCheckRules::isLate(utc, 5, QDate(2026, 11, 20)));
    BOOST_TEST(!ChangeCheckRules::isLate(utc, 5, QDate(2026, 11, 25)));
    BOOST_TEST(ChangeCheckRules::isLate(utc, 5, QDate(2026, 11, 26)));
    BOOST_TEST(ChangeCheckRules::isLate(utc, 1, QDate(2026, 11, 22)));
    BOOST_TEST(!ChangeCheckRules::isLate(QDateTime(), 5, QDate(2026, 11, 26))); // no date
}

BOOST_AUTO_TEST_SUITE_END()
