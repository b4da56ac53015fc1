// The second person's check of identity changes (specification 2.2), against a real encrypted
// database: which edits open a check, who may decide it, what confirming and rejecting write, and
// that every refusal changes nothing.
#include "common/vaultfixture.h"
#include "stores/audittrail.h"
#include "stores/changecheckstore.h"
#include "stores/customerimport.h"
#include "stores/customerstore.h"

#include <QFile>

using namespace rmdesk;
using namespace rmdesk::test;

namespace {

const QDate today(2026, 11, 27);

struct CheckFixture : VaultFixture
{
    CheckFixture()
    {
        addStaff();
        addUsers(*admin, {{"sup2", Role::Supervisor, "BJ01"}, {"sup3", Role::Supervisor, "SH01"}});
        for (const char* name : {"rm1", "rm2", "sup1", "sup2", "sup3", "comp1"}) {
            staff[name] = login(QString::fromLatin1(name));
            BOOST_REQUIRE(staff[name]);
        }
    }
    Vault& as(const char* name) { return *staff.at(name); }
    CustomerStore customers(const char* who)
    {
        return CustomerStore(as(who).database().connection(), today);
    }
    ChangeCheckStore checks(const char* who)
    {
        return ChangeCheckStore(as(who).database().connection());
    }
    qint64 add(const char* who, const char* name, const char* idNumber)
    {
        qint64 id = 0;
        StoreError e;
        BOOST_REQUIRE_MESSAGE(customers(who).add(as(who).session(), CustomerType::Individual,
                                                 {{utf8("name"), utf8(name)},
                                                  {utf8("id_number"), utf8(idNumber)},
                                                  {utf8("mobile"), utf8("13812345678")}},
                                                 &id, &e),
                              e.message);
        return id;
    }
    // An edit by `who`; returns the check it opened (0: none).
    qint64 edit(const char* who, qint64 id, const QHash<QString, QString>& values,
                const char* proof = "resident_id_card")
    {
        StoreError e;
        QList<FieldError> errors;
        qint64 check = -1;
        BOOST_REQUIRE_MESSAGE(customers(who).update(as(who).session(), id, values,
                                                    utf8("document renewed"), utf8(proof),
                                                    utf8("scan 2026-301"), &e, &errors, &check),
                              e.message);
        return check;
    }
    QString column(qint64 id, const char* name)
    {
        QSqlQuery q(admin->database().connection());
        q.prepare(QStringLiteral("SELECT coalesce(%1, '') FROM customers WHERE id = ?")
                      .arg(QLatin1String(name)));
        q.addBindValue(id);
        BOOST_REQUIRE(q.exec() && q.next());
        return q.value(0).toString();
    }
    int count(const QString& sql)
    {
        QSqlQuery q(admin->database().connection());
        BOOST_REQUIRE(q.exec(sql) && q.next());
        return q.value(0).toInt();
    }
    QList<AuditRow> audit(const char* action)
    {
        AuditFilter f;
        f.action = QLatin1String(action);
        return AuditTrail::list(admin->database().connection(), f);
    }
    std::map<std::string, std::unique_ptr<Vault>> staff;
};

} // namespace

BOOST_FIXTURE_TEST_SUITE(change_checks, CheckFixture)

BOOST_AUTO_TEST_CASE(an_identity_edit_opens_a_check_and_others_do_not)
{
    const qint64 id = add("rm1", "张伟", "11010519491231002X");
    BOOST_TEST(edit("rm1", id, {{utf8("mobile"), utf8("13900001111")}}, "") == 0);
    const qint64 check = edit(
        "rm1", id,
        {{utf8("id_number"), utf8("110105198001010032")}, {utf8("email"), utf8("zw@example.com")}});
    BOOST_TEST(check > 0);
    StoreError e;
    int total = 0;
    const auto queue = checks("sup1").checks(as("sup1").session(), true, 50, &total, &e);
    BOOST_REQUIRE_MESSAGE(queue.size() == 1, e.message);
    BOOST_TEST(total == 1);
    const ChangeCheck& c = queue.first();
    BOOST_TEST(c.id == check);
    BOOST_TEST(c.customerId == id);
    BOOST_TEST(c.customerName == utf8("张*"));
    BOOST_TEST(c.changedBy == utf8("rm1"));
    BOOST_TEST(c.status == utf8("pending"));
    BOOST_TEST(c.reason == utf8("document renewed"));
    BOOST_TEST(c.proofType == utf8("resident_id_card"));
    BOOST_TEST(c.proofRef == utf8("scan 2026-301"));
    // The whole edit, masked: the number with the birth date and gender it carries, the e-mail.
    QStringList fields;
    for (const FieldChange& f : c.fields) {
        fields << f.field;
        if (f.field == QLatin1String("id_number")) {
            BOOST_TEST(f.oldValue == utf8("110***********002X"));
            BOOST_TEST(f.newValue == utf8("110***********0032"));
        }
    }
    fields.sort();
    BOOST_TEST(fields.join(QLatin1Char(',')) == utf8("birth_date,email,gender,id_number"));
    // The RM sees the check on the profile's history.
    const auto history = customers("rm1").changes(as("rm1").session(), id, &e);
    BOOST_REQUIRE(history.size() == 5);
    BOOST_TEST(history.first().checkId == check);
    BOOST_TEST(history.first().checkStatus == utf8("pending"));
    BOOST_TEST(history.last().checkId == 0); // the mobile
    const auto rows = audit("customer.update");
    BOOST_REQUIRE(rows.size() == 2);
    const bool named = rows.first().details.contains(utf8("\"check\":%1").arg(check)) ||
                       rows.last().details.contains(utf8("\"check\":%1").arg(check));
    BOOST_TEST(named, rows.first().details << " / " << rows.last().details);
}

BOOST_AUTO_TEST_CASE(only_another_person_in_scope_decides)
{
    const qint64 id = add("sup1", "李娜", "11010519491231002X");
    const qint64 check = edit("sup1", id, {{utf8("name"), utf8("李娜娜")}});
    StoreError e;
    const auto before = snapshot();
    // Its author, an RM, an administrator: refused. For a supervisor of another branch the check
    // is not there at all (nothing says that customer changed).
    for (const char* who : {"sup1", "rm1"}) {
        BOOST_TEST(!checks(who).confirm(as(who).session(), check, QString(), &e), who);
        BOOST_TEST((e.kind == StoreError::Forbidden), who << ": " << e.message);
    }
    BOOST_TEST(!checks("sup3").confirm(as("sup3").session(), check, QString(), &e));
    BOOST_TEST((e.kind == StoreError::NotFound));
    BOOST_TEST(!e.message.contains(utf8("branch")), e.message); // nothing about the customer
    BOOST_TEST(!checks("sup1").reject(as("sup1").session(), check, utf8("not my job"), &e));
    BOOST_TEST(e.message.contains(utf8("four eyes")));
    BOOST_TEST(!ChangeCheckStore(admin->database().connection())
                    .confirm(admin->session(), check, QString(), &e));
    BOOST_TEST((e.kind == StoreError::Forbidden));
    BOOST_TEST(!checks("comp1").confirm(as("comp1").session(), 999, QString(), &e));
    BOOST_TEST((e.kind == StoreError::NotFound));
    BOOST_TEST((snapshot() == before));
    // The other supervisor of the branch sees it; the one of another branch does not.
    int total = -1;
    BOOST_TEST(checks("sup2").checks(as("sup2").session(), true, 50, &total, &e).size() == 1);
    BOOST_TEST(checks("sup3").checks(as("sup3").session(), true, 50, &total, &e).isEmpty());
    BOOST_TEST(total == 0);
    BOOST_TEST(checks("rm1").checks(as("rm1").session(), true, 50, &total, &e).isEmpty());
    BOOST_TEST((e.kind == StoreError::Forbidden));
    // Compliance reads every branch and may decide.
    BOOST_REQUIRE_MESSAGE(checks("comp1").confirm(as("comp1").session(), check, QString(), &e),
                          e.message);
    const auto decided = checks("sup2").find(as("sup2").session(), check, &e);
    BOOST_REQUIRE(decided);
    BOOST_TEST(decided->status == utf8("confirmed"));
    BOOST_TEST(decided->checkedBy == utf8("comp1"));
    BOOST_TEST(column(id, "name") == utf8("李娜娜")); // confirming changes no value
    // Decided once only.
    BOOST_TEST(!checks("sup2").reject(as("sup2").session(), check, utf8("too late now"), &e));
    BOOST_TEST((e.kind == StoreError::Invalid));
    BOOST_TEST(audit("customer.change_confirm").size() == 1);
    BOOST_TEST(audit("customer.change_reject").isEmpty());
    // Pending only: none left; all: the decided one.
    BOOST_TEST(checks("sup2").checks(as("sup2").session(), true, 50, &total, &e).isEmpty());
    BOOST_TEST(checks("sup2").checks(as("sup2").session(), false, 50, &total, &e).size() == 1);
}

BOOST_AUTO_TEST_CASE(a_rejection_restores_the_identity_fields_only)
{
    const qint64 id = add("rm1", "张伟", "11010519491231002X");
    const qint64 check = edit(
        "rm1", id,
        {{utf8("id_number"), utf8("110105198001010032")}, {utf8("email"), utf8("zw@example.com")}});
    BOOST_TEST(column(id, "birth_date") == utf8("1980-01-01"));
    StoreError e;
    const auto before = snapshot();
    BOOST_TEST(!checks("sup1").reject(as("sup1").session(), check, utf8("no"), &e));
    BOOST_TEST((e.kind == StoreError::Invalid)); // a rejection says why
    BOOST_TEST((snapshot() == before));
    BOOST_REQUIRE_MESSAGE(
        checks("sup1").reject(as("sup1").session(), check, utf8("scan shows the old card"), &e),
        e.message);
    BOOST_TEST(column(id, "id_number") == utf8("11010519491231002X"));
    BOOST_TEST(column(id, "birth_date") == utf8("1949-12-31"));
    BOOST_TEST(column(id, "gender") == utf8("female"));
    BOOST_TEST(column(id, "email") == utf8("zw@example.com")); // needed no proof: stays
    // The restoration is a change of its own, by the checker, with the note as its reason.
    const auto history = customers("rm1").changes(as("rm1").session(), id, &e);
    BOOST_REQUIRE(history.size() == 7);
    BOOST_TEST(history.first().userName == utf8("sup1"));
    BOOST_TEST(history.first().reason == utf8("scan shows the old card"));
    BOOST_TEST(history.first().checkId == 0);
    BOOST_TEST(history.last().checkStatus == utf8("rejected"));
    BOOST_TEST(history.last().checkedBy == utf8("sup1"));
    // The search finds the customer by the restored number's end again.
    BOOST_TEST(count(utf8("SELECT count(*) FROM customers WHERE id_number = "
                          "'11010519491231002X'")) == 1);
    const auto rows = audit("customer.change_reject");
    BOOST_REQUIRE(rows.size() == 1);
    BOOST_TEST(rows.first().reason == utf8("scan shows the old card"));
    // The restoration is on the customer's own audit rows too, masked.
    bool restored = false;
    for (const AuditRow& row : audit("customer.update"))
        if (row.details.contains(utf8("rejected_check")) && row.entityId == QString::number(id)) {
            restored = true;
            BOOST_TEST(row.details.contains(utf8("110***********002X")));
            BOOST_TEST(!row.details.contains(utf8("11010519491231002X")));
            BOOST_TEST(row.reason == utf8("scan shows the old card"));
        }
    BOOST_TEST(restored);
}

BOOST_AUTO_TEST_CASE(the_values_are_shown_in_the_clear_with_a_reason)
{
    const qint64 id = add("rm1", "张伟", "11010519491231002X");
    const qint64 check = edit("rm1", id, {{utf8("name"), utf8("张维")}});
    StoreError e;
    const auto before = snapshot();
    BOOST_TEST(!checks("sup1").reveal(as("sup1").session(), check, QString(), &e));
    BOOST_TEST((e.kind == StoreError::Invalid));
    BOOST_TEST(!checks("rm1").reveal(as("rm1").session(), check, utf8("just looking"), &e));
    BOOST_TEST((e.kind == StoreError::Forbidden));
    BOOST_TEST((snapshot() == before));
    const auto shown = checks("sup1").reveal(as("sup1").session(), check, utf8("compare scan"), &e);
    BOOST_REQUIRE_MESSAGE(shown, e.message);
    BOOST_REQUIRE(shown->fields.size() == 1);
    BOOST_TEST(shown->fields.first().oldValue == utf8("张伟"));
    BOOST_TEST(shown->fields.first().newValue == utf8("张维"));
    const auto rows = audit("unmask");
    BOOST_REQUIRE(rows.size() == 1);
    BOOST_TEST(rows.first().reason == utf8("compare scan"));
    BOOST_TEST(rows.first().entityId == QString::number(id));
}

BOOST_AUTO_TEST_CASE(a_later_change_is_never_overwritten)
{
    const qint64 id = add("rm1", "张伟", "11010519491231002X");
    const qint64 first = edit("rm1", id, {{utf8("name"), utf8("张维")}});
    const qint64 second = edit("rm1", id, {{utf8("name"), utf8("张薇")}});
    StoreError e;
    // Rejecting the first edit would undo the second unseen: it is rejected, nothing restored.
    QString notRestored;
    BOOST_REQUIRE_MESSAGE(checks("sup1").reject(as("sup1").session(), first, utf8("wrong spelling"),
                                                &e, &notRestored),
                          e.message);
    BOOST_TEST(notRestored.contains(utf8("Name")), notRestored);
    BOOST_TEST(column(id, "name") == utf8("张薇"));
    const auto decided = checks("sup1").find(as("sup1").session(), first, &e);
    BOOST_REQUIRE(decided);
    BOOST_TEST(decided->status == utf8("rejected"));
    BOOST_TEST(!decided->restored);
    // The later edit itself still comes back on rejection.
    BOOST_REQUIRE_MESSAGE(checks("sup1").reject(as("sup1").session(), second,
                                                utf8("wrong spelling"), &e, &notRestored),
                          e.message);
    BOOST_TEST(notRestored.isEmpty());
    BOOST_TEST(column(id, "name") == utf8("张维"));
    BOOST_TEST(checks("sup1").find(as("sup1").session(), second, &e)->restored);
}

BOOST_AUTO_TEST_CASE(nobody_restores_values_they_wrote)
{
    // A supervisor changes a name; the other supervisor puts it back; the first may not reject
    // that correction, which would bring back their own value unchecked.
    const qint64 id = add("sup1", "张伟", "11010519491231002X");
    edit("sup1", id, {{utf8("name"), utf8("张维")}});
    const qint64 correction = edit("sup2", id, {{utf8("name"), utf8("张伟")}});
    StoreError e;
    const auto before = snapshot();
    BOOST_TEST(!checks("sup1").reject(as("sup1").session(), correction, utf8("it was right"), &e));
    BOOST_TEST((e.kind == StoreError::Forbidden));
    BOOST_TEST(e.message.contains(utf8("four eyes")), e.message);
    BOOST_TEST((snapshot() == before));
    BOOST_REQUIRE_MESSAGE(
        checks("comp1").reject(as("comp1").session(), correction, utf8("it was right"), &e),
        e.message);
    BOOST_TEST(column(id, "name") == utf8("张维"));
}

BOOST_AUTO_TEST_CASE(nor_values_they_entered_when_adding_the_customer)
{
    // sup1 added the customer with this name; sup2 changed it; sup1 may not reject the change,
    // which would bring back sup1's own entry unchecked.
    const qint64 id = add("sup1", "张伟", "11010519491231002X");
    const qint64 change = edit("sup2", id, {{utf8("name"), utf8("张维")}});
    StoreError e;
    BOOST_TEST(!checks("sup1").reject(as("sup1").session(), change, utf8("it was right"), &e));
    BOOST_TEST((e.kind == StoreError::Forbidden));
    BOOST_TEST(column(id, "name") == utf8("张维"));
    // Confirming is another matter: it brings nothing back.
    BOOST_REQUIRE_MESSAGE(checks("sup1").confirm(as("sup1").session(), change, QString(), &e),
                          e.message);
}

BOOST_AUTO_TEST_CASE(nor_values_they_imported)
{
    // sup1 imported the customer (one audit row of counts for the whole file: who added it is
    // the customer's created_by_id); rm1 corrected the name; sup1 may not reject the correction.
    const QString file = folder.file(QStringLiteral("book.csv"));
    QFile f(file);
    BOOST_REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(utf8("name,id_number,rm\n张伟,11010519491231002X,rm1\n").toUtf8());
    f.close();
    StoreError e;
    CustomerImport import(as("sup1").database().connection(), today);
    const auto imported = import.run(as("sup1").session(), file, {}, &e);
    BOOST_REQUIRE_MESSAGE(imported && imported->imported == 1, e.message);
    const qint64 id = count(QStringLiteral("SELECT max(id) FROM customers"));
    BOOST_TEST(column(id, "created_by_id") == QString::number(as("sup1").session().userId));
    const qint64 added = add("rm1", "王芳", "110105198001010032");
    BOOST_TEST(column(added, "created_by_id") == QString::number(as("rm1").session().userId));

    const qint64 change = edit("rm1", id, {{utf8("name"), utf8("张维")}});
    const auto before = snapshot();
    BOOST_TEST(!checks("sup1").reject(as("sup1").session(), change, utf8("it was right"), &e));
    BOOST_TEST((e.kind == StoreError::Forbidden));
    BOOST_TEST(e.message.contains(utf8("four eyes")), e.message);
    BOOST_TEST((snapshot() == before));
    BOOST_REQUIRE_MESSAGE(
        checks("comp1").reject(as("comp1").session(), change, utf8("it was right"), &e), e.message);
    BOOST_TEST(column(id, "name") == utf8("张伟"));
    BOOST_TEST(customers("sup1").show(as("sup1").session(), id, &e)->value("created_by") ==
               utf8("sup1"));
}

BOOST_AUTO_TEST_CASE(an_old_number_taken_since_is_not_restored)
{
    const qint64 a = add("rm1", "张伟", "11010519491231002X");
    const qint64 check = edit("rm1", a, {{utf8("id_number"), utf8("110105198001010032")}});
    add("rm1", "王芳", "11010519491231002X"); // the freed number, now someone else's
    StoreError e;
    QString notRestored;
    BOOST_REQUIRE_MESSAGE(
        checks("sup1").reject(as("sup1").session(), check, utf8("wrong card"), &e, &notRestored),
        e.message);
    BOOST_TEST(notRestored.contains(utf8("another customer")), notRestored);
    BOOST_TEST(column(a, "id_number") == utf8("110105198001010032"));
    BOOST_TEST(checks("sup1").find(as("sup1").session(), check, &e)->status == utf8("rejected"));
}

BOOST_AUTO_TEST_CASE(the_queue_is_oldest_first)
{
    const qint64 a = add("rm1", "张伟", "11010519491231002X");
    const qint64 b = add("sup1", "李娜", "110105198001010059");
    const qint64 older = edit("rm1", a, {{utf8("id_expiry"), utf8("2040-01-01")}});
    const qint64 newer = edit("sup1", b, {{utf8("id_issuer"), utf8("北京市公安局朝阳分局")}});
    StoreError e;
    int total = 0;
    const auto queue = checks("comp1").checks(as("comp1").session(), true, 1, &total, &e);
    BOOST_REQUIRE(queue.size() == 1); // the limit
    BOOST_TEST(total == 2);
    BOOST_TEST(queue.first().id == older);
    const auto all = checks("sup2").checks(as("sup2").session(), false, 50, &total, &e);
    BOOST_REQUIRE(all.size() == 2);
    BOOST_TEST(all.first().id == newer); // newest first when not only pending
    // Five days to check them (the change_check rules): late from the sixth day on.
    int late = -1;
    const QDate changedOn = QDate::currentDate();
    ChangeCheckStore onTime(as("comp1").database().connection(), changedOn.addDays(5));
    BOOST_TEST(onTime.withinDays() == 5);
    BOOST_TEST(onTime.checks(as("comp1").session(), true, 50, &total, &e, &late).size() == 2);
    BOOST_TEST(late == 0);
    ChangeCheckStore after(as("comp1").database().connection(), changedOn.addDays(6));
    const auto overdue = after.checks(as("comp1").session(), true, 50, &total, &e, &late);
    BOOST_TEST(late == 2);
    BOOST_REQUIRE(overdue.size() == 2);
    BOOST_TEST(overdue.first().late);
    BOOST_TEST((overdue.first().dueOn == changedOn.addDays(5)));
    // Decided checks are never late.
    BOOST_REQUIRE_MESSAGE(checks("comp1").confirm(as("comp1").session(), older, QString(), &e),
                          e.message);
    BOOST_TEST(after.checks(as("comp1").session(), true, 50, &total, &e, &late).size() == 1);
    BOOST_TEST(late == 1);
    for (const ChangeCheck& c : after.checks(as("comp1").session(), false, 50, &total, &e))
        BOOST_TEST(c.late == (c.id == newer));
}

BOOST_AUTO_TEST_SUITE_END()
