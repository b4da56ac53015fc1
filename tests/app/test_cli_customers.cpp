// rmdesk-cli's customer commands as the built binary: masking, scope, validation and proofs.
#include "common/clifixture.h"

using namespace rmdesk;
using namespace rmdesk::test;

namespace {

const QByteArray rm1 = "rm1-password\n";

} // namespace

BOOST_FIXTURE_TEST_SUITE(cli_customers, CliFixture)

BOOST_AUTO_TEST_CASE(add_show_list_with_masking_and_scope)
{
    init();
    BOOST_TEST(cli({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("root"),
                    QStringLiteral("--password-stdin"), QStringLiteral("user"),
                    QStringLiteral("add"), QStringLiteral("rm2"), QStringLiteral("--role"),
                    QStringLiteral("rm"), QStringLiteral("--branch"), QStringLiteral("SH01"),
                    QStringLiteral("--kdf"), QStringLiteral("interactive")},
                   "root-password\nrm2-password\n")
                   .code == 0);
    const Result add = as(
        QStringLiteral("rm1"), rm1,
        {QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--type"),
         QStringLiteral("individual"), QStringLiteral("--name"), QStringLiteral("张伟"),
         QStringLiteral("--id-type"), QStringLiteral("resident_id"), QStringLiteral("--id-number"),
         QStringLiteral("11010519491231002X"), QStringLiteral("--mobile"),
         QStringLiteral("13812345678"), QStringLiteral("--risk-level"), QStringLiteral("C3")});
    BOOST_REQUIRE_MESSAGE(add.code == 0, add.err);
    const int id = add.json.value(QStringLiteral("id")).toInt();
    BOOST_TEST(id > 0);

    const Result show =
        as(QStringLiteral("rm1"), rm1,
           {QStringLiteral("customer"), QStringLiteral("show"), QString::number(id)});
    BOOST_TEST(show.code == 0);
    const QJsonObject c = show.json;
    BOOST_TEST(c.value(QStringLiteral("mobile")).toString() == QStringLiteral("138****5678"));
    BOOST_TEST(c.value(QStringLiteral("id_number")).toString() ==
               QStringLiteral("110***********002X"));
    BOOST_TEST(c.value(QStringLiteral("masked")).toBool());
    for (const char* key :
         {"id", "type", "name", "id_type", "id_number", "mobile", "email", "branch", "rm",
          "risk_level", "lifecycle_stage", "next_review_due", "masked"})
        BOOST_TEST_CONTEXT(key) BOOST_TEST(c.contains(QLatin1String(key)));
    BOOST_TEST(c.value(QStringLiteral("branch")).toString() == QStringLiteral("BJ01"));
    BOOST_TEST(c.value(QStringLiteral("rm")).toString() == QStringLiteral("rm1"));
    BOOST_TEST(c.value(QStringLiteral("created_by")).toString() == QStringLiteral("rm1"));

    // An RM of another branch is refused; an administrator too.
    BOOST_TEST(as(QStringLiteral("rm2"), "rm2-password\n",
                  {QStringLiteral("customer"), QStringLiteral("show"), QString::number(id)})
                   .code == 5);
    BOOST_TEST(as(QStringLiteral("root"), "root-password\n",
                  {QStringLiteral("customer"), QStringLiteral("show"), QString::number(id)})
                   .code == 5);
    BOOST_TEST(as(QStringLiteral("rm1"), rm1,
                  {QStringLiteral("customer"), QStringLiteral("show"), QStringLiteral("999")})
                   .code == 1);

    // Unmasking needs a reason and leaves an access record.
    BOOST_TEST(as(QStringLiteral("rm1"), rm1,
                  {QStringLiteral("customer"), QStringLiteral("show"), QString::number(id),
                   QStringLiteral("--unmask")})
                   .code == 2);
    const Result full = as(QStringLiteral("comp1"), "comp1-password\n",
                           {QStringLiteral("customer"), QStringLiteral("show"), QString::number(id),
                            QStringLiteral("--unmask"), QStringLiteral("--reason"),
                            QStringLiteral("AML case 2026-117")});
    BOOST_TEST(full.code == 0);
    BOOST_TEST(full.json.value(QStringLiteral("mobile")).toString() ==
               QStringLiteral("13812345678"));
    BOOST_TEST(!full.json.value(QStringLiteral("masked")).toBool());
    const Result access = as(QStringLiteral("comp1"), "comp1-password\n",
                             {QStringLiteral("audit"), QStringLiteral("list"),
                              QStringLiteral("--action"), QStringLiteral("unmask")});
    BOOST_TEST(access.json.value(QStringLiteral("total")).toInt() == 1);

    const Result list = as(QStringLiteral("sup1"), "sup1-password\n",
                           {QStringLiteral("customer"), QStringLiteral("list")});
    BOOST_TEST(list.code == 0);
    BOOST_TEST(list.json.value(QStringLiteral("total")).toInt() == 1);
    BOOST_TEST(list.json.value(QStringLiteral("results"))
                   .toArray()
                   .first()
                   .toObject()
                   .value(QStringLiteral("mobile"))
                   .toString() == QStringLiteral("138****5678"));
    BOOST_TEST(as(QStringLiteral("rm2"), "rm2-password\n",
                  {QStringLiteral("customer"), QStringLiteral("list")})
                   .json.value(QStringLiteral("total"))
                   .toInt() == 0);
}

BOOST_AUTO_TEST_CASE(invalid_ids_and_missing_proofs_exit_1_and_change_nothing)
{
    init();
    const Result bad =
        as(QStringLiteral("rm1"), rm1,
           {QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--type"),
            QStringLiteral("individual"), QStringLiteral("--name"), QStringLiteral("王芳"),
            QStringLiteral("--id-number"), QStringLiteral("110105194912310037"),
            QStringLiteral("--mobile"), QStringLiteral("1381234567")});
    BOOST_TEST(bad.code == 1);
    BOOST_TEST(bad.err.contains(QStringLiteral("ID number")));
    BOOST_TEST(bad.err.contains(QStringLiteral("Mobile")));
    BOOST_TEST(as(QStringLiteral("rm1"), rm1, {QStringLiteral("customer"), QStringLiteral("list")})
                   .json.value(QStringLiteral("total"))
                   .toInt() == 0);

    const Result ok =
        as(QStringLiteral("rm1"), rm1,
           {QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--type"),
            QStringLiteral("individual"), QStringLiteral("--name"), QStringLiteral("王芳"),
            QStringLiteral("--id-number"), QStringLiteral("11010519491231002X")});
    const QString id = QString::number(ok.json.value(QStringLiteral("id")).toInt());
    const QStringList change{QStringLiteral("customer"),
                             QStringLiteral("update"),
                             id,
                             QStringLiteral("--id-number"),
                             QStringLiteral("110105194912310046"),
                             QStringLiteral("--reason"),
                             QStringLiteral("wrong number on file")};
    const Result noProof = as(QStringLiteral("rm1"), rm1, change);
    BOOST_TEST(noProof.code == 1);
    BOOST_TEST(noProof.err.contains(QStringLiteral("proof")));
    const Result unmasked =
        as(QStringLiteral("rm1"), rm1,
           {QStringLiteral("customer"), QStringLiteral("show"), id, QStringLiteral("--unmask"),
            QStringLiteral("--reason"), QStringLiteral("check the change")});
    BOOST_TEST(unmasked.json.value(QStringLiteral("id_number")).toString() ==
               QStringLiteral("11010519491231002X"));
    const Result withProof =
        as(QStringLiteral("rm1"), rm1,
           change + QStringList{QStringLiteral("--proof-type"), QStringLiteral("resident_id_card"),
                                QStringLiteral("--proof-ref"), QStringLiteral("scan 117")});
    BOOST_TEST(withProof.code == 0);
    const Result after =
        as(QStringLiteral("rm1"), rm1,
           {QStringLiteral("customer"), QStringLiteral("show"), id, QStringLiteral("--unmask"),
            QStringLiteral("--reason"), QStringLiteral("check the change")});
    BOOST_TEST(after.json.value(QStringLiteral("id_number")).toString() ==
               QStringLiteral("110105194912310046"));
    const Result audit = as(QStringLiteral("comp1"), "comp1-password\n",
                            {QStringLiteral("audit"), QStringLiteral("list"),
                             QStringLiteral("--action"), QStringLiteral("customer.update")});
    const QJsonObject row =
        audit.json.value(QStringLiteral("results")).toArray().first().toObject();
    BOOST_TEST(row.value(QStringLiteral("reason")).toString() ==
               QStringLiteral("wrong number on file"));
    BOOST_TEST(row.value(QStringLiteral("details"))
                   .toObject()
                   .value(QStringLiteral("proof"))
                   .toObject()
                   .value(QStringLiteral("ref"))
                   .toString() == QStringLiteral("scan 117"));
}

BOOST_AUTO_TEST_CASE(search_by_pinyin_digits_and_id_tail)
{
    init();
    const Result add =
        as(QStringLiteral("rm1"), rm1,
           {QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--type"),
            QStringLiteral("individual"), QStringLiteral("--name"), QStringLiteral("张三"),
            QStringLiteral("--id-number"), QStringLiteral("11010519491231002X"),
            QStringLiteral("--mobile"), QStringLiteral("13812345678")});
    BOOST_REQUIRE_MESSAGE(add.code == 0, add.err);
    for (const char* query : {"张三", "zhangsan", "zs", "5678", "002X"}) {
        BOOST_TEST_CONTEXT(query)
        {
            const Result r = as(QStringLiteral("rm1"), rm1,
                                {QStringLiteral("search"), QString::fromUtf8(query)});
            BOOST_TEST(r.code == 0);
            BOOST_TEST(r.json.value(QStringLiteral("total")).toInt() == 1);
            BOOST_TEST(r.json.contains(QStringLiteral("elapsed_ms")));
            const QJsonObject first =
                r.json.value(QStringLiteral("results")).toArray().first().toObject();
            BOOST_TEST(first.value(QStringLiteral("name")).toString() == QStringLiteral("张*"));
            BOOST_TEST(first.value(QStringLiteral("mobile")).toString() ==
                       QStringLiteral("138****5678"));
            BOOST_TEST(first.contains(QStringLiteral("id")));
        }
    }
    BOOST_TEST(
        as(QStringLiteral("rm1"), rm1, {QStringLiteral("search"), QStringLiteral("12")}).code == 1);
    BOOST_TEST(as(QStringLiteral("rm1"), rm1, {QStringLiteral("search")}).code == 2);
    BOOST_TEST(as(QStringLiteral("root"), "root-password\n",
                  {QStringLiteral("search"), QStringLiteral("zs")})
                   .code == 5);
}

BOOST_AUTO_TEST_CASE(list_sorts_filters_and_pages)
{
    init();
    for (const char* name : {"王芳", "张伟", "李娜"}) {
        const Result add =
            as(QStringLiteral("rm1"), rm1,
               {QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--type"),
                QStringLiteral("individual"), QStringLiteral("--name"), QString::fromUtf8(name)});
        BOOST_REQUIRE_MESSAGE(add.code == 0, add.err);
    }
    auto ids = [](const Result& r) {
        QList<int> out;
        for (const QJsonValue& v : r.json.value(QStringLiteral("results")).toArray())
            out << v.toObject().value(QStringLiteral("id")).toInt();
        return out;
    };
    // 张 (U+5F20) > 王 (U+738B)? No: 王 > 李 (U+674E) > 张. Descending: 王芳 1, 李娜 3, 张伟 2.
    const Result byName =
        as(QStringLiteral("rm1"), rm1,
           {QStringLiteral("customer"), QStringLiteral("list"), QStringLiteral("--sort"),
            QStringLiteral("name"), QStringLiteral("--desc"), QStringLiteral("--limit"),
            QStringLiteral("2")});
    BOOST_REQUIRE_MESSAGE(byName.code == 0, byName.err);
    BOOST_TEST(byName.json.value(QStringLiteral("total")).toInt() == 3);
    BOOST_TEST((ids(byName) == QList<int>{1, 3}));
    const Result rest =
        as(QStringLiteral("rm1"), rm1,
           {QStringLiteral("customer"), QStringLiteral("list"), QStringLiteral("--sort"),
            QStringLiteral("name"), QStringLiteral("--desc"), QStringLiteral("--offset"),
            QStringLiteral("2")});
    BOOST_TEST((ids(rest) == QList<int>{2}));
    const Result after = as(QStringLiteral("rm1"), rm1,
                            {QStringLiteral("customer"), QStringLiteral("list"),
                             QStringLiteral("--after"), QStringLiteral("1")});
    BOOST_TEST((ids(after) == QList<int>{2, 3}));
    const Result none = as(QStringLiteral("rm1"), rm1,
                           {QStringLiteral("customer"), QStringLiteral("list"),
                            QStringLiteral("--tier"), QStringLiteral("private")});
    BOOST_TEST(none.code == 0);
    BOOST_TEST(none.json.value(QStringLiteral("total")).toInt() == 0);
    for (const QStringList& bad : {QStringList{QStringLiteral("--sort"), QStringLiteral("mobile")},
                                   QStringList{QStringLiteral("--limit"), QStringLiteral("0")},
                                   QStringList{QStringLiteral("--sort"), QStringLiteral("name"),
                                               QStringLiteral("--after"), QStringLiteral("1")}})
        BOOST_TEST(as(QStringLiteral("rm1"), rm1,
                      QStringList{QStringLiteral("customer"), QStringLiteral("list")} + bad)
                       .code == 2);
}

BOOST_AUTO_TEST_SUITE_END()
