// rmdesk-cli's lifecycle commands as the built binary: likely duplicates, four-eyes merges, the end
// of a relationship, AML holds and purges by a supervisor and a compliance officer.
#include "common/clifixture.h"

#include <QDate>

using namespace rmdesk;
using namespace rmdesk::test;

namespace {

QByteArray pw(const char* user)
{
    return QByteArray(user) + "-password\n";
}

struct LifecycleCli : CliFixture
{
    LifecycleCli()
    {
        init(); // rm1 and sup1 in BJ01, comp1
        for (const char* who : {"sup2:BJ01", "sup3:SH01"}) {
            const QStringList parts = QString::fromLatin1(who).split(QLatin1Char(':'));
            const Result r = as(
                QStringLiteral("root"), "root-password\n" + pw(qPrintable(parts[0])),
                {QStringLiteral("user"), QStringLiteral("add"), parts[0], QStringLiteral("--role"),
                 QStringLiteral("supervisor"), QStringLiteral("--branch"), parts[1],
                 QStringLiteral("--kdf"), QStringLiteral("interactive")});
            BOOST_REQUIRE_MESSAGE(r.code == 0, r.err);
        }
    }
    Result run(const char* user, QStringList args)
    {
        args.prepend(QStringLiteral("customer"));
        return as(QString::fromLatin1(user), pw(user), args);
    }
    qint64 add(const QString& name, const QString& mobile, const QString& email)
    {
        const Result r =
            run("rm1", {QStringLiteral("add"), QStringLiteral("--type"),
                        QStringLiteral("individual"), QStringLiteral("--name"), name,
                        QStringLiteral("--mobile"), mobile, QStringLiteral("--email"), email});
        BOOST_REQUIRE_MESSAGE(r.code == 0, r.err);
        return r.json.value(QStringLiteral("id")).toInteger();
    }
};

QString n(qint64 id)
{
    return QString::number(id);
}

} // namespace

BOOST_FIXTURE_TEST_SUITE(cli_lifecycle, LifecycleCli)

BOOST_AUTO_TEST_CASE(duplicates_are_flagged_and_merged_with_four_eyes)
{
    const qint64 keep = add(QStringLiteral("张伟"), QStringLiteral("13812345678"),
                            QStringLiteral("old@example.com"));
    const qint64 absorb = add(QStringLiteral("张伟"), QStringLiteral("13812345678"),
                              QStringLiteral("new@example.com"));
    add(QStringLiteral("李娜"), QStringLiteral("13812345678"), QStringLiteral("ln@example.com"));

    Result r = run("sup1", {QStringLiteral("duplicates")});
    BOOST_REQUIRE_MESSAGE(r.code == 0, r.err);
    BOOST_TEST(r.json.value(QStringLiteral("total")).toInt() == 1);
    const QJsonObject pair = r.json.value(QStringLiteral("pairs")).toArray().first().toObject();
    BOOST_TEST(pair.value(QStringLiteral("a")).toInteger() == keep);
    BOOST_TEST(pair.value(QStringLiteral("b")).toInteger() == absorb);
    BOOST_TEST(pair.value(QStringLiteral("match")).toString() == QStringLiteral("mobile"));
    r = run("rm1", {QStringLiteral("duplicates"), n(absorb)});
    BOOST_TEST(r.json.value(QStringLiteral("total")).toInt() == 1);
    BOOST_TEST(
        run("sup3", {QStringLiteral("duplicates")}).json.value(QStringLiteral("total")).toInt() ==
        0);

    // Asking: a reason is required, fields must exist.
    BOOST_TEST(run("sup1", {QStringLiteral("merge"), n(keep), n(absorb)}).code == 1);
    BOOST_TEST(run("sup1", {QStringLiteral("merge"), n(keep), n(absorb), QStringLiteral("--reason"),
                            QStringLiteral("Same person"), QStringLiteral("--take"),
                            QStringLiteral("salary")})
                   .code == 1);
    BOOST_TEST(run("sup1", {QStringLiteral("merge"), n(keep)}).code == 2);
    BOOST_TEST(run("comp1", {QStringLiteral("merge"), n(keep), n(absorb),
                             QStringLiteral("--reason"), QStringLiteral("Same person")})
                   .code == 5);
    r = run("sup1", {QStringLiteral("merge"), n(keep), n(absorb), QStringLiteral("--reason"),
                     QStringLiteral("Same person, opened twice"), QStringLiteral("--take"),
                     QStringLiteral("email")});
    BOOST_REQUIRE_MESSAGE(r.code == 0, r.err);
    const QString request = n(r.json.value(QStringLiteral("request")).toInteger());

    // The requester, an RM, compliance and a supervisor of another branch may not approve.
    for (const char* who : {"sup1", "rm1", "comp1", "sup3"}) {
        BOOST_TEST_CONTEXT(who)
        {
            r = run(who, {QStringLiteral("merge-approve"), request});
            BOOST_TEST(r.code == 5);
            BOOST_TEST(r.err.startsWith(QStringLiteral("rmdesk-cli: ")));
        }
    }
    r = run("sup2", {QStringLiteral("merge-list"), QStringLiteral("--pending")});
    BOOST_REQUIRE(r.json.value(QStringLiteral("total")).toInt() == 1);
    BOOST_TEST(run("rm1", {QStringLiteral("show"), n(absorb)}).code == 0);

    r = run("sup2", {QStringLiteral("merge-approve"), request, QStringLiteral("--note"),
                     QStringLiteral("Checked the ID card")});
    BOOST_REQUIRE_MESSAGE(r.code == 0, r.err);
    BOOST_TEST(r.json.value(QStringLiteral("status")).toString() == QStringLiteral("approved"));
    BOOST_TEST(r.json.value(QStringLiteral("keep")).toInteger() == keep);
    BOOST_TEST(r.json.value(QStringLiteral("absorbed")).toInteger() == absorb);
    BOOST_TEST(run("sup2", {QStringLiteral("merge-approve"), request}).code == 1);

    // The absorbed number is gone; the list says where it went.
    BOOST_TEST(run("rm1", {QStringLiteral("show"), n(absorb)}).code == 1);
    r = run("rm1", {QStringLiteral("merge-list")});
    const QJsonObject listed =
        r.json.value(QStringLiteral("requests")).toArray().first().toObject();
    BOOST_TEST(listed.value(QStringLiteral("absorb")).toInteger() == absorb);
    BOOST_TEST(listed.value(QStringLiteral("merged_into")).toInteger() == keep);
    BOOST_TEST(listed.value(QStringLiteral("status")).toString() == QStringLiteral("approved"));
    BOOST_TEST(listed.value(QStringLiteral("decided_by")).toString() == QStringLiteral("sup2"));
    BOOST_TEST(listed.value(QStringLiteral("take")).toArray().contains(QStringLiteral("email")));
    r = as(QStringLiteral("comp1"), pw("comp1"),
           {QStringLiteral("customer"), QStringLiteral("show"), n(keep), QStringLiteral("--unmask"),
            QStringLiteral("--reason"), QStringLiteral("check the merge")});
    BOOST_TEST(r.json.value(QStringLiteral("email")).toString() ==
               QStringLiteral("new@example.com"));
    r = as(QStringLiteral("rm1"), pw("rm1"),
           {QStringLiteral("search"), QStringLiteral("13812345678")});
    BOOST_TEST(r.json.value(QStringLiteral("total")).toInt() == 2); // the survivor and 李娜
    BOOST_TEST(
        run("sup1", {QStringLiteral("duplicates")}).json.value(QStringLiteral("total")).toInt() ==
        0);
    r = as(QStringLiteral("comp1"), pw("comp1"),
           {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--action"),
            QStringLiteral("customer.merge")});
    BOOST_TEST(r.json.value(QStringLiteral("total")).toInt() == 1);
    BOOST_TEST(as(QStringLiteral("comp1"), pw("comp1"),
                  {QStringLiteral("audit"), QStringLiteral("verify")})
                   .code == 0);
}

BOOST_AUTO_TEST_CASE(a_pair_marked_as_two_people_is_no_longer_flagged)
{
    const qint64 a =
        add(QStringLiteral("王芳"), QStringLiteral("13812345678"), QStringLiteral("a@example.com"));
    const qint64 b =
        add(QStringLiteral("王芳"), QStringLiteral("13812345678"), QStringLiteral("b@example.com"));
    const QStringList dismiss{QStringLiteral("not-duplicate"), n(a), n(b),
                              QStringLiteral("--reason"), QStringLiteral("Mother and daughter")};
    BOOST_TEST(run("rm1", dismiss).code == 5);
    BOOST_TEST(run("sup1", dismiss).code == 0);
    BOOST_TEST(run("sup1", dismiss).code == 1);
    BOOST_TEST(run("rm1", {QStringLiteral("duplicates"), n(a)})
                   .json.value(QStringLiteral("total"))
                   .toInt() == 0);
}

BOOST_AUTO_TEST_CASE(ended_relationships_are_purged_by_a_supervisor_and_compliance)
{
    const qint64 id = add(QStringLiteral("张伟"), QStringLiteral("13812345678"),
                          QStringLiteral("zw@example.com"));
    const qint64 young = add(QStringLiteral("李娜"), QStringLiteral("13912345678"),
                             QStringLiteral("ln@example.com"));
    const QString tomorrow = QDate::currentDate().addDays(1).toString(Qt::ISODate);
    const QString lastYear = QDate::currentDate().addYears(-1).toString(Qt::ISODate);
    const QString reason = QStringLiteral("Moved abroad");
    BOOST_TEST(run("rm1", {QStringLiteral("end"), n(id), QStringLiteral("--on"),
                           QStringLiteral("2012-13-01"), QStringLiteral("--reason"), reason})
                   .code == 2);
    BOOST_TEST(run("rm1", {QStringLiteral("end"), n(id), QStringLiteral("--on"), tomorrow,
                           QStringLiteral("--reason"), reason})
                   .code == 1);
    BOOST_TEST(run("comp1", {QStringLiteral("end"), n(id), QStringLiteral("--on"),
                             QStringLiteral("2012-03-31"), QStringLiteral("--reason"), reason})
                   .code == 5);
    Result r = run("rm1", {QStringLiteral("end"), n(id), QStringLiteral("--on"),
                           QStringLiteral("2012-03-31"), QStringLiteral("--reason"), reason});
    BOOST_REQUIRE_MESSAGE(r.code == 0, r.err);
    BOOST_TEST(r.json.value(QStringLiteral("ended_on")).toString() == QStringLiteral("2012-03-31"));
    BOOST_REQUIRE(run("rm1", {QStringLiteral("end"), n(young), QStringLiteral("--on"), lastYear,
                              QStringLiteral("--reason"), reason})
                      .code == 0);
    // Still on file after the end.
    BOOST_TEST(run("rm1", {QStringLiteral("show"), n(id)}).code == 0);

    // Within retention, or under an AML hold: no purge.
    const QStringList purge{QStringLiteral("purge"), n(id), QStringLiteral("--reason"),
                            QStringLiteral("Ten years past the end")};
    r = run("sup1", {QStringLiteral("purge"), n(young), QStringLiteral("--reason"),
                     QStringLiteral("Ten years past the end")});
    BOOST_TEST(r.code == 1);
    BOOST_TEST(r.err.contains(QStringLiteral("kept until")));
    BOOST_TEST(run("sup1", {QStringLiteral("hold"), n(id), QStringLiteral("--reason"),
                            QStringLiteral("Case 17")})
                   .code == 5);
    r = run("comp1",
            {QStringLiteral("hold"), n(id), QStringLiteral("--reason"), QStringLiteral("Case 17")});
    BOOST_REQUIRE_MESSAGE(r.code == 0, r.err);
    BOOST_TEST(r.json.value(QStringLiteral("aml_hold")).toBool());
    BOOST_TEST(run("sup1", purge).code == 1);
    BOOST_TEST(run("comp1", {QStringLiteral("release"), n(id), QStringLiteral("--reason"),
                             QStringLiteral("Case 17 closed")})
                   .code == 0);
    BOOST_TEST(run("rm1", purge).code == 5);
    r = run("sup1", {QStringLiteral("purge-list")});
    BOOST_TEST(r.json.value(QStringLiteral("retention_years")).toInt() == 10);
    BOOST_TEST(r.json.value(QStringLiteral("eligible_total")).toInt() == 1);

    r = run("sup1", purge);
    BOOST_REQUIRE_MESSAGE(r.code == 0, r.err);
    const QString request = n(r.json.value(QStringLiteral("request")).toInteger());
    // The requester, the same role, an RM: refused.
    for (const char* who : {"sup1", "sup2", "rm1"})
        BOOST_TEST_CONTEXT(who)
    BOOST_TEST(run(who, {QStringLiteral("purge-approve"), request}).code == 5);
    BOOST_TEST(run("rm1", {QStringLiteral("show"), n(id)}).code == 0);

    r = run("comp1", {QStringLiteral("purge-approve"), request});
    BOOST_REQUIRE_MESSAGE(r.code == 0, r.err);
    BOOST_TEST(r.json.value(QStringLiteral("purged")).toBool());
    BOOST_TEST(r.json.value(QStringLiteral("customer")).toInteger() == id);
    BOOST_TEST(run("rm1", {QStringLiteral("show"), n(id)}).code == 1);
    r = run("comp1", {QStringLiteral("purge-list")});
    const QJsonObject done = r.json.value(QStringLiteral("requests")).toArray().first().toObject();
    BOOST_TEST(done.value(QStringLiteral("status")).toString() == QStringLiteral("approved"));
    BOOST_TEST(done.value(QStringLiteral("decided_by")).toString() == QStringLiteral("comp1"));
    BOOST_TEST(as(QStringLiteral("comp1"), pw("comp1"),
                  {QStringLiteral("audit"), QStringLiteral("verify")})
                   .code == 0);
    BOOST_TEST(cli({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("comp1"),
                    QStringLiteral("--password-stdin"), QStringLiteral("check")},
                   pw("comp1"))
                   .code == 0);
}

BOOST_AUTO_TEST_SUITE_END()
