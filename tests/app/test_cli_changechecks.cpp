// rmdesk-cli customer checks | customer check as the built binary: an identity change waits for a
// second person, who confirms or rejects it; exit codes for the refusals.
#include "common/clifixture.h"

using namespace rmdesk;
using namespace rmdesk::test;

namespace {

const QByteArray rm1 = "rm1-password\n";
const QByteArray sup1 = "sup1-password\n";
const QByteArray comp1 = "comp1-password\n";

} // namespace

BOOST_FIXTURE_TEST_SUITE(cli_change_checks, CliFixture)

BOOST_AUTO_TEST_CASE(an_identity_change_is_checked_by_someone_else)
{
    init();
    const Result add = as(QStringLiteral("rm1"), rm1,
                          words({"customer", "add", "--type", "individual", "--name", "张伟",
                                 "--id-number", "11010519491231002X", "--mobile", "13812345678"}));
    BOOST_REQUIRE_MESSAGE(add.code == 0, add.err);
    const QString id = QString::number(add.json.value(QStringLiteral("id")).toInt());
    // A new mobile needs no check; a new name does.
    const Result mobile =
        as(QStringLiteral("rm1"), rm1,
           words({"customer", "update"})
               << id << words({"--mobile", "13900001111", "--reason", "new phone"}));
    BOOST_REQUIRE_MESSAGE(mobile.code == 0, mobile.err);
    BOOST_TEST(!mobile.json.contains(QStringLiteral("check")));
    const Result name =
        as(QStringLiteral("rm1"), rm1,
           words({"customer", "update"})
               << id
               << words({"--name", "李伟", "--reason", "name changed", "--proof-type",
                         "resident_id_card", "--proof-ref", "scan 2026-301"}));
    BOOST_REQUIRE_MESSAGE(name.code == 0, name.err);
    BOOST_TEST(name.json.value(QStringLiteral("updated")).toBool());
    const QString check = QString::number(name.json.value(QStringLiteral("check")).toInt());
    BOOST_TEST(check.toInt() > 0);

    // The RM neither lists nor decides checks.
    BOOST_TEST(as(QStringLiteral("rm1"), rm1, words({"customer", "checks"})).code == 5);
    BOOST_TEST(as(QStringLiteral("rm1"), rm1,
                  words({"customer", "check"}) << check << QStringLiteral("--confirm"))
                   .code == 5);
    const Result queue = as(QStringLiteral("sup1"), sup1, words({"customer", "checks"}));
    BOOST_REQUIRE_MESSAGE(queue.code == 0, queue.err);
    BOOST_TEST(queue.json.value(QStringLiteral("total")).toInt() == 1);
    BOOST_TEST(queue.json.value(QStringLiteral("late")).toInt() == 0); // five days to check
    const QJsonObject row =
        queue.json.value(QStringLiteral("results")).toArray().first().toObject();
    BOOST_TEST(row.value(QStringLiteral("id")).toInt() == check.toInt());
    BOOST_TEST(row.value(QStringLiteral("changed_by")).toString() == QStringLiteral("rm1"));
    BOOST_TEST(row.value(QStringLiteral("proof_ref")).toString() ==
               QStringLiteral("scan 2026-301"));
    BOOST_TEST(row.value(QStringLiteral("status")).toString() == QStringLiteral("pending"));
    const QJsonObject field = row.value(QStringLiteral("fields")).toArray().first().toObject();
    BOOST_TEST(field.value(QStringLiteral("old")).toString() == QStringLiteral("张*"));
    BOOST_TEST(field.value(QStringLiteral("new")).toString() == QStringLiteral("李*"));

    // One check, masked; in the clear only with a reason, which the audit trail keeps.
    const Result masked =
        as(QStringLiteral("sup1"), sup1, words({"customer", "check"}) << check << "--show");
    BOOST_REQUIRE_MESSAGE(masked.code == 0, masked.err);
    BOOST_TEST(masked.json.value(QStringLiteral("fields"))
                   .toArray()
                   .first()
                   .toObject()
                   .value(QStringLiteral("new"))
                   .toString() == QStringLiteral("李*"));
    BOOST_TEST(as(QStringLiteral("sup1"), sup1,
                  words({"customer", "check"}) << check << words({"--show", "--unmask"}))
                   .code == 2);
    const Result clear =
        as(QStringLiteral("sup1"), sup1,
           words({"customer", "check"})
               << check << words({"--show", "--unmask", "--reason", "compare with scan"}));
    BOOST_REQUIRE_MESSAGE(clear.code == 0, clear.err);
    const QJsonObject shown =
        clear.json.value(QStringLiteral("fields")).toArray().first().toObject();
    BOOST_TEST(shown.value(QStringLiteral("old")).toString() == QStringLiteral("张伟"));
    BOOST_TEST(shown.value(QStringLiteral("new")).toString() == QStringLiteral("李伟"));
    BOOST_TEST(as(QStringLiteral("comp1"), comp1, words({"audit", "list", "--action", "unmask"}))
                   .json.value(QStringLiteral("total"))
                   .toInt() == 1);

    // Usage: neither or both decisions; a rejection without a note is a no.
    BOOST_TEST(as(QStringLiteral("sup1"), sup1, words({"customer", "check"}) << check).code == 2);
    BOOST_TEST(as(QStringLiteral("sup1"), sup1,
                  words({"customer", "check"}) << check << words({"--confirm", "--reject"}))
                   .code == 2);
    BOOST_TEST(
        as(QStringLiteral("sup1"), sup1, words({"customer", "checks", "--limit", "0"})).code == 2);
    // An option of another form is a usage error, not ignored.
    BOOST_TEST(
        as(QStringLiteral("sup1"), sup1, words({"customer", "checks", "--note", "x"})).code == 2);
    BOOST_TEST(as(QStringLiteral("sup1"), sup1,
                  words({"customer", "check"})
                      << check << words({"--confirm", "--unmask", "--reason", "look"}))
                   .code == 2);
    BOOST_TEST(
        as(QStringLiteral("sup1"), sup1, words({"customer", "check", "x", "--confirm"})).code == 2);
    const Result bare = as(QStringLiteral("sup1"), sup1,
                           words({"customer", "check"}) << check << QStringLiteral("--reject"));
    BOOST_TEST(bare.code == 1);
    BOOST_TEST(bare.err.startsWith(QStringLiteral("rmdesk-cli: ")));
    BOOST_TEST(
        as(QStringLiteral("sup1"), sup1, words({"customer", "check", "999", "--confirm"})).code ==
        1);

    const Result reject = as(QStringLiteral("sup1"), sup1,
                             words({"customer", "check"})
                                 << check << words({"--reject", "--note", "scan shows 张伟"}));
    BOOST_REQUIRE_MESSAGE(reject.code == 0, reject.err);
    BOOST_TEST(reject.json.value(QStringLiteral("status")).toString() ==
               QStringLiteral("rejected"));
    BOOST_TEST(reject.json.value(QStringLiteral("restored")).toBool());
    const Result show = as(QStringLiteral("sup1"), sup1, words({"customer", "show"}) << id);
    BOOST_TEST(show.json.value(QStringLiteral("name")).toString() == QStringLiteral("张*"));
    // Decided once.
    BOOST_TEST(as(QStringLiteral("comp1"), comp1,
                  words({"customer", "check"}) << check << QStringLiteral("--confirm"))
                   .code == 1);
    const Result all = as(QStringLiteral("comp1"), comp1, words({"customer", "checks", "--all"}));
    BOOST_REQUIRE(all.code == 0);
    const QJsonObject decided =
        all.json.value(QStringLiteral("results")).toArray().first().toObject();
    BOOST_TEST(decided.value(QStringLiteral("status")).toString() == QStringLiteral("rejected"));
    BOOST_TEST(decided.value(QStringLiteral("checked_by")).toString() == QStringLiteral("sup1"));
    BOOST_TEST(decided.value(QStringLiteral("note")).toString() ==
               QStringLiteral("scan shows 张伟"));
    BOOST_TEST(as(QStringLiteral("comp1"), comp1, words({"customer", "checks"}))
                   .json.value(QStringLiteral("total"))
                   .toInt() == 0);
    const Result audit = as(QStringLiteral("comp1"), comp1,
                            words({"audit", "list", "--action", "customer.change_reject"}));
    BOOST_TEST(audit.json.value(QStringLiteral("total")).toInt() == 1);
}

BOOST_AUTO_TEST_SUITE_END()
