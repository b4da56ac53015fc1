// The second person's check of identity changes (specification 2.2), against a real encrypted
// database: which edits open a check, who may decide it, what confirming and rejecting write, and
// that every refusal changes nothing.
#include "common/vaultfixture.h"
#include "stores/audittrail.h"
#include "stores/changecheckstore.h"
#include "stores/customerstore.h"

using namespace rmdesk;
using namespace rmdesk::test;

namespace {

const QDate today(2026, 11, 27);

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

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
                                                 {{s("name"), s(name)},
                                                  {s("id_number"), s(idNumber)},
                                                  {s("mobile"), s("13812345678")}},
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
                                                    s("document renewed"), s(proof),
                                                    s("scan 2026-301"), &e, &errors, &check),
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
    BOOST_TEST(edit("rm1", id, {{s("mobile"), s("13900001111")}}, "") == 0);
    const qint64 check = edit(
        "rm1", id, {{s("id_number"), s("110105198001010032")}, {s("email"), s("zw@example.com")}});
    BOOST_TEST(check > 0);
    StoreError e;
    int total = 0;
    const auto queue = checks("sup1").checks(as("sup1").session(), true, 50, &total, &e);
    BOOST_REQUIRE_MESSAGE(queue.size() == 1, e.message);
    BOOST_TEST(total == 1);
    const ChangeCheck& c = queue.first();
    BOOST_TEST(c.id == check);
    BOOST_TEST(c.customerId == id);
    BOOST_TEST(c.customerName == s("张*"));
    BOOST_TEST(c.changedBy == s("rm1"));
    BOOST_TEST(c.status == s("pending"));
    BOOST_TEST(c.reason == s("document renewed"));
    BOOST_TEST(c.proofType == s("resident_id_card"));
    BOOST_TEST(c.proofRef == s("scan 2026-301"));
    // The whole edit, masked: the number with the birth date and gender it carries, the e-mail.
    QStringList fields;
    for (const FieldChange& f : c.fields) {
        fields << f.field;
        if (f.field == QLatin1String("id_number")) {
            BOOST_TEST(f.oldValue == s("110***********002X"));
            BOOST_TEST(f.newValue == s("110***********0032"));
        }
    }
    fields.sort();
    BOOST_TEST(fields.join(QLatin1Char(',')) == s("birth_date,email,gender,id_number"));
    // The RM sees the check on the profile's history.
    const auto history = customers("rm1").changes(as("rm1").session(), id, &e);
    BOOST_REQUIRE(history.size() == 5);
    BOOST_TEST(history.first().checkId == check);
    BOOST_TEST(history.first().checkStatus == s("pending"));
    BOOST_TEST(history.last().checkId == 0); // the mobile
    const auto rows = audit("customer.update");
    BOOST_REQUIRE(rows.size() == 2);
    const bool named = rows.first().details.contains(s("\"check\":%1").arg(check)) ||
                       rows.last().details.contains(s("\"check\":%1").arg(check));
    BOOST_TEST(named, rows.first().details << " / " << rows.last().details);
}

BOOST_AUTO_TEST_CASE(only_another_person_in_scope_decides)
{
    const qint64 id = add("sup1", "李娜", "11010519491231002X");
    const qint64 check = edit("sup1", id, {{s("name"), s("李娜娜")}});
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
    BOOST_TEST(!e.message.contains(s("branch")), e.message); // nothing about the customer
    BOOST_TEST(!checks("sup1").reject(as("sup1").session(), check, s("not my job"), &e));
    BOOST_TEST(e.message.contains(s("four eyes")));
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
    BOOST_TEST(decided->status == s("confirmed"));
    BOOST_TEST(decided->checkedBy == s("comp1"));
    BOOST_TEST(column(id, "name") == s("李娜娜")); // confirming changes no value
    // Decided once only.
    BOOST_TEST(!checks("sup2").reject(as("sup2").session(), check, s("too late now"), &e));
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
        "rm1", id, {{s("id_number"), s("110105198001010032")}, {s("email"), s("zw@example.com")}});
    BOOST_TEST(column(id, "birth_date") == s("1980-01-01"));
    StoreError e;
    const auto before = snapshot();
    BOOST_TEST(!checks("sup1").reject(as("sup1").session(), check, s("no"), &e));
    BOOST_TEST((e.kind == StoreError::Invalid)); // a rejection says why
    BOOST_TEST((snapshot() == before));
    BOOST_REQUIRE_MESSAGE(
        checks("sup1").reject(as("sup1").session(), check, s("scan shows the old card"), &e),
        e.message);
    BOOST_TEST(column(id, "id_number") == s("11010519491231002X"));
    BOOST_TEST(column(id, "birth_date") == s("1949-12-31"));
    BOOST_TEST(column(id, "gender") == s("female"));
    BOOST_TEST(column(id, "email") == s("zw@example.com")); // needed no proof: stays
    // The restoration is a change of its own, by the checker, with the note as its reason.
    const auto history = customers("rm1").changes(as("rm1").session(), id, &e);
    BOOST_REQUIRE(history.size() == 7);
    BOOST_TEST(history.first().userName == s("sup1"));
    BOOST_TEST(history.first().reason == s("scan shows the old card"));
    BOOST_TEST(history.first().checkId == 0);
    BOOST_TEST(history.last().checkStatus == s("rejected"));
    BOOST_TEST(history.last().checkedBy == s("sup1"));
    // The search finds the customer by the restored number's end again.
    BOOST_TEST(count(s("SELECT count(*) FROM customers WHERE id_number = "
                       "'11010519491231002X'")) == 1);
    const auto rows = audit("customer.change_reject");
    BOOST_REQUIRE(rows.size() == 1);
    BOOST_TEST(rows.first().reason == s("scan shows the old card"));
    // The restoration is on the customer's own audit rows too, masked.
    bool restored = false;
    for (const AuditRow& row : audit("customer.update"))
        if (row.details.contains(s("rejected_check")) && row.entityId == QString::number(id)) {
            restored = true;
            BOOST_TEST(row.details.contains(s("110***********002X")));
            BOOST_TEST(!row.details.contains(s("11010519491231002X")));
            BOOST_TEST(row.reason == s("scan shows the old card"));
        }
    BOOST_TEST(restored);
}

BOOST_AUTO_TEST_CASE(the_values_are_shown_in_the_clear_with_a_reason)
{
    const qint64 id = add("rm1", "张伟", "11010519491231002X");
    const qint64 check = edit("rm1", id, {{s("name"), s("张维")}});
    StoreError e;
    const auto before = snapshot();
    BOOST_TEST(!checks("sup1").reveal(as("sup1").session(), check, QString(), &e));
    BOOST_TEST((e.kind == StoreError::Invalid));
    BOOST_TEST(!checks("rm1").reveal(as("rm1").session(), check, s("just looking"), &e));
    BOOST_TEST((e.kind == StoreError::Forbidden));
    BOOST_TEST((snapshot() == before));
    const auto shown = checks("sup1").reveal(as("sup1").session(), check, s("compare scan"), &e);
    BOOST_REQUIRE_MESSAGE(shown, e.message);
    BOOST_REQUIRE(shown->fields.size() == 1);
    BOOST_TEST(shown->fields.first().oldValue == s("张伟"));
    BOOST_TEST(shown->fields.first().newValue == s("张维"));
    const auto rows = audit("unmask");
    BOOST_REQUIRE(rows.size() == 1);
    BOOST_TEST(rows.first().reason == s("compare scan"));
    BOOST_TEST(rows.first().entityId == QString::number(id));
}

BOOST_AUTO_TEST_CASE(a_later_change_is_never_overwritten)
{
    const qint64 id = add("rm1", "张伟", "11010519491231002X");
    const qint64 first = edit("rm1", id, {{s("name"), s("张维")}});
    const qint64 second = edit("rm1", id, {{s("name"), s("张薇")}});
    StoreError e;
    // Rejecting the first edit would undo the second unseen: it is rejected, nothing restored.
    QString notRestored;
    BOOST_REQUIRE_MESSAGE(
        checks("sup1").reject(as("sup1").session(), first, s("wrong spelling"), &e, &notRestored),
        e.message);
    BOOST_TEST(notRestored.contains(s("Name")), notRestored);
    BOOST_TEST(column(id, "name") == s("张薇"));
    const auto decided = checks("sup1").find(as("sup1").session(), first, &e);
    BOOST_REQUIRE(decided);
    BOOST_TEST(decided->status == s("rejected"));
    BOOST_TEST(!decided->restored);
    // The later edit itself still comes back on rejection.
    BOOST_REQUIRE_MESSAGE(
        checks("sup1").reject(as("sup1").session(), second, s("wrong spelling"), &e, &notRestored),
        e.message);
    BOOST_TEST(notRestored.isEmpty());
    BOOST_TEST(column(id, "name") == s("张维"));
    BOOST_TEST(checks("sup1").find(as("sup1").session(), second, &e)->restored);
}

BOOST_AUTO_TEST_CASE(nobody_restores_values_they_wrote)
{
    // A supervisor changes a name; the other supervisor puts it back; the first may not reject
    // that correction, which would bring back their own value unchecked.
    const qint64 id = add("sup1", "张伟", "11010519491231002X");
    edit("sup1", id, {{s("name"), s("张维")}});
    const qint64 correction = edit("sup2", id, {{s("name"), s("张伟")}});
    StoreError e;
    const auto before = snapshot();
    BOOST_TEST(!checks("sup1").reject(as("sup1").session(), correction, s("it was right"), &e));
    BOOST_TEST((e.kind == StoreError::Forbidden));
    BOOST_TEST(e.message.contains(s("four eyes")), e.message);
    BOOST_TEST((snapshot() == before));
    BOOST_REQUIRE_MESSAGE(
        checks("comp1").reject(as("comp1").session(), correction, s("it was right"), &e),
        e.message);
    BOOST_TEST(column(id, "name") == s("张维"));
}

BOOST_AUTO_TEST_CASE(an_old_number_taken_since_is_not_restored)
{
    const qint64 a = add("rm1", "张伟", "11010519491231002X");
    const qint64 check = edit("rm1", a, {{s("id_number"), s("110105198001010032")}});
    add("rm1", "王芳", "11010519491231002X"); // the freed number, now someone else's
    StoreError e;
    QString notRestored;
    BOOST_REQUIRE_MESSAGE(
        checks("sup1").reject(as("sup1").session(), check, s("wrong card"), &e, &notRestored),
        e.message);
    BOOST_TEST(notRestored.contains(s("another customer")), notRestored);
    BOOST_TEST(column(a, "id_number") == s("110105198001010032"));
    BOOST_TEST(checks("sup1").find(as("sup1").session(), check, &e)->status == s("rejected"));
}

BOOST_AUTO_TEST_CASE(the_queue_is_oldest_first)
{
    const qint64 a = add("rm1", "张伟", "11010519491231002X");
    const qint64 b = add("sup1", "李娜", "110105198001010059");
    const qint64 older = edit("rm1", a, {{s("id_expiry"), s("2040-01-01")}});
    const qint64 newer = edit("sup1", b, {{s("id_issuer"), s("北京市公安局朝阳分局")}});
    StoreError e;
    int total = 0;
    const auto queue = checks("comp1").checks(as("comp1").session(), true, 1, &total, &e);
    BOOST_REQUIRE(queue.size() == 1); // the limit
    BOOST_TEST(total == 2);
    BOOST_TEST(queue.first().id == older);
    const auto all = checks("sup2").checks(as("sup2").session(), false, 50, &total, &e);
    BOOST_REQUIRE(all.size() == 2);
    BOOST_TEST(all.first().id == newer); // newest first when not only pending
}

BOOST_AUTO_TEST_SUITE_END()
