// Customer CSV import against a real encrypted database: a hand-worked small file, an imported
// customer indistinguishable from one added through CustomerStore, duplicates skipped or updated
// with their history, scope per role, files that cannot be imported (the hostile CSV of the
// acceptance is in test_customerimporthostile.cpp).
#include "stores/audittrail.h"
#include "stores/customerimportfixture.h"
#include "stores/customerstore.h"

#include <QStringEncoder>

using namespace rmdesk;
using namespace rmdesk::test;

BOOST_FIXTURE_TEST_SUITE(customer_import, ImportFixture)

BOOST_AUTO_TEST_CASE(a_hand_worked_file)
{
    const QString a = residentId(QDate(1985, 3, 14), 123); // odd sequence: male
    const QString b = residentId(QDate(1990, 12, 1), 246); // even: female
    QString badSum = residentId(QDate(1970, 1, 1), 1);
    badSum[17] = badSum[17] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
    const QByteArray csv =
        "\xEF\xBB\xBF" + exportHeader + "\r\n" +
        // line 2: valid, a note with a comma, quotes and a line break (to 3)
        QStringLiteral(",individual,张伟,,,,%1,,,13800138000,,,,,,C3,,,medium,"
                       "active,,\"他说\"\"好, 的\"\"\nOK\",,,,,BJ01,rm1,"
                       "private,active,100\r\n")
            .arg(a)
            .toUtf8() +
        // line 4: bad checksum
        QStringLiteral(",individual,王芳,,,,%1,,,,,,,,,,,,,,,,,,,,,,,,\r\n").arg(badSum).toUtf8() +
        // line 5: empty, skipped; line 6: a name missing and a bad mobile
        "\r\n,individual,,,,,,,,12345,,,,,,,,,,,,,,,,,,,,,\r\n" +
        // line 7: the same ID number as line 2
        QStringLiteral(",individual,张三,,,,%1,,,,,,,,,,,,,,,,,,,,,,,,\r\n").arg(a).toUtf8() +
        // line 8: a field too many
        ",individual,李四,,,,,,,,,,,,,,,,,,,,,,,,,,,,,x\r\n" +
        // line 9: valid, no rm given: the RM importing it
        QStringLiteral(",individual,李娜,,,,%1,,,,,,,,,,,,,,,,,,,,,,,,\r\n").arg(b).toUtf8();
    const QString file = write(QStringLiteral("small.csv"), csv);
    CustomerImport import(rm1->database().connection(), today);
    StoreError e;
    const auto preview = import.preview(rm1->session(), file, {}, 3, &e);
    BOOST_REQUIRE_MESSAGE(preview, e.message);
    BOOST_TEST(preview->encoding == QStringLiteral("UTF-8"));
    BOOST_TEST(preview->dataRows == 6);
    BOOST_TEST(preview->unmappedHeadings ==
               (QStringList{"id", "lifecycle_stage", "tier", "status", "aum_yuan"}));
    BOOST_TEST(preview->missingRequired.isEmpty());
    BOOST_TEST(preview->mapping.value(QStringLiteral("name")) == 2);
    BOOST_TEST(preview->lines == (QList<int>{2, 4, 6}));
    const int nameColumn = int(preview->fields.indexOf(QStringLiteral("name")));
    const int idColumn = int(preview->fields.indexOf(QStringLiteral("id_number")));
    BOOST_TEST(preview->rows[0][nameColumn].text == QStringLiteral("张*")); // masked C2
    BOOST_TEST(preview->rows[0][nameColumn].error.isEmpty());
    BOOST_TEST(preview->rows[1][idColumn].error.contains(QStringLiteral("check")));
    BOOST_TEST(preview->rows[2][nameColumn].error.contains(QStringLiteral("required")));

    const auto r = run(*rm1, file);
    BOOST_TEST(r->rows == 6);
    BOOST_TEST(r->imported == 2);
    BOOST_TEST(r->rejected == 4);
    BOOST_TEST(r->skipped == 0);
    BOOST_TEST(r->written);
    BOOST_TEST(problemsOn(*r, 4).size() == 1);
    BOOST_TEST(problemsOn(*r, 4).join(' ').startsWith(QStringLiteral("id_number: ")));
    BOOST_TEST(problemsOn(*r, 6).size() == 2); // the name and the mobile
    BOOST_TEST(problemsOn(*r, 7).join(' ').contains(QStringLiteral("line 2")));
    BOOST_TEST(
        problemsOn(*r, 8).join(' ').contains(QStringLiteral("32 fields; the header has 31")));
    QSqlQuery q(db());
    BOOST_REQUIRE(q.exec(QStringLiteral(
        "SELECT c.name, c.gender, c.birth_date, c.mobile, c.notes, c.aml_risk, c.risk_level, "
        "c.lifecycle_stage, c.tier, c.next_review_due, u.name FROM customers c JOIN users u ON "
        "u.id = c.rm_user_id ORDER BY c.id")));
    BOOST_REQUIRE(q.next());
    BOOST_TEST(q.value(0).toString() == QStringLiteral("张伟"));
    BOOST_TEST(q.value(1).toString() == QStringLiteral("male"));
    BOOST_TEST(q.value(2).toString() == QStringLiteral("1985-03-14"));
    BOOST_TEST(q.value(3).toString() == QStringLiteral("13800138000"));
    BOOST_TEST(q.value(4).toString() == QStringLiteral("他说\"好, 的\"\nOK"));
    BOOST_TEST(q.value(5).toString() == QStringLiteral("medium"));
    BOOST_TEST(q.value(6).toString() == QStringLiteral("C3"));
    BOOST_TEST(q.value(7).toString() == QStringLiteral("prospect"));   // the file's stage ignored
    BOOST_TEST(q.value(8).toString() == QStringLiteral("mass"));       // the file's tier ignored
    BOOST_TEST(q.value(9).toString() == QStringLiteral("2027-05-27")); // medium: 6 months
    BOOST_TEST(q.value(10).toString() == QStringLiteral("rm1"));
    BOOST_REQUIRE(q.next());
    BOOST_TEST(q.value(0).toString() == QStringLiteral("李娜"));
    BOOST_TEST(q.value(1).toString() == QStringLiteral("female"));
    BOOST_TEST(q.value(10).toString() == QStringLiteral("rm1"));
    BOOST_TEST(!q.next());
    // The audit row holds counts only.
    BOOST_TEST(scalar(QStringLiteral("SELECT details FROM audit_log WHERE action = "
                                     "'customer.import'")) ==
               QStringLiteral(R"({"imported":2,"rejected":4,"rows":6,"skipped":0,"updated":0})"));
    // The report: a BOM, a header and one line per problem.
    const QString report = folder.file(QStringLiteral("report.csv"));
    QString why;
    BOOST_REQUIRE_MESSAGE(CustomerImport::writeReport(*r, report, {}, &why), why);
    QFile f(report);
    BOOST_REQUIRE(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    BOOST_TEST(lines.first() == QByteArray("\xEF\xBB\xBFline,column,reason\r"));
    BOOST_TEST(lines.size() == 2 + r->problems.size()); // the last one is empty
    BOOST_TEST(lines.at(1).startsWith("4,id_number,"));
}

BOOST_AUTO_TEST_CASE(an_imported_customer_is_one_added_through_the_store)
{
    // The same customer in two databases: one through CustomerStore::add, one imported.
    VaultFixture other;
    other.addStaff();
    auto otherRm = other.login(QStringLiteral("rm1"));
    BOOST_REQUIRE(otherRm);
    const QString id = residentId(QDate(1978, 6, 30), 57);
    QHash<QString, QString> values{{"name", QStringLiteral("欧阳娜娜")},
                                   {"id_number", id},
                                   {"id_issuer", QStringLiteral("北京市公安局西城分局")},
                                   {"id_expiry", "2031-01-01"},
                                   {"mobile", "139 1234 5678"},
                                   {"phones", "010-66001234"},
                                   {"email", "nana@example.com"},
                                   {"address", QStringLiteral("北京市西城区金融街1号")},
                                   {"occupation", QStringLiteral("教师")},
                                   {"risk_level", "C2"},
                                   {"risk_assessed_on", "2026-01-05"},
                                   {"risk_expires_on", "2027-01-05"},
                                   {"aml_risk", "high"},
                                   {"tags", "vip"},
                                   {"branch", "BJ01"},
                                   {"rm", "rm1"}};
    CustomerStore store(otherRm->database().connection(), today);
    StoreError e;
    qint64 added = 0;
    BOOST_REQUIRE_MESSAGE(
        store.add(otherRm->session(), CustomerType::Individual, values, &added, &e), e.message);
    QStringList headings = {QStringLiteral("type")}, cells = {QStringLiteral("individual")};
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        headings << it.key();
        cells << it.value();
    }
    const QString file = write(
        QStringLiteral("one.csv"),
        (headings.join(',') + QLatin1Char('\n') + cells.join(',') + QLatin1Char('\n')).toUtf8());
    const auto r = run(*rm1, file);
    BOOST_REQUIRE(r->imported == 1);
    auto rowOf = [](QSqlDatabase d, const QString& sql) {
        QSqlQuery q(d);
        BOOST_REQUIRE_MESSAGE(q.exec(sql), sql);
        QStringList rows;
        while (q.next()) {
            QStringList cols;
            for (int i = 0; i < q.record().count(); ++i) {
                const QString name = q.record().fieldName(i);
                if (name == QLatin1String("created_at") || name == QLatin1String("updated_at"))
                    continue; // the moment of writing
                cols << name + QLatin1Char('=') +
                            (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
            }
            rows << cols.join(QLatin1Char('|'));
        }
        return rows;
    };
    const QSqlDatabase mine = db(), theirs = otherRm->database().connection();
    for (const char* sql : {"SELECT * FROM customers", "SELECT * FROM customer_search",
                            "SELECT * FROM customer_name_grams ORDER BY gram",
                            "SELECT rowid FROM customer_mobile_fts WHERE mobile MATCH '12345678'",
                            "SELECT rowid FROM customer_mobile_fts WHERE mobile MATCH '1391234'"}) {
        const QStringList expected = rowOf(theirs, QLatin1String(sql));
        BOOST_TEST_MESSAGE(expected.join(QLatin1Char('\n')));
        BOOST_TEST(!expected.isEmpty());
        BOOST_TEST(rowOf(mine, QLatin1String(sql)) == expected, sql);
    }
    BOOST_TEST(scalar(QStringLiteral("SELECT created_at = updated_at FROM customers")) ==
               QStringLiteral("1"));
}

BOOST_AUTO_TEST_CASE(duplicates_on_file_are_skipped_or_updated_with_their_history)
{
    const QString a = residentId(QDate(1980, 1, 2), 11);
    const QString b = residentId(QDate(1981, 1, 2), 12);
    const QString first =
        write(QStringLiteral("first.csv"), QStringLiteral("name,id_number,mobile,aml_risk\n"
                                                          "张伟,%1,13800138000,low\n王芳,%2,,low\n")
                                               .arg(a, b)
                                               .toUtf8());
    BOOST_REQUIRE(run(*rm1, first)->imported == 2);
    const qint64 id =
        scalar(QStringLiteral("SELECT id FROM customers WHERE id_number = '%1'").arg(a))
            .toLongLong();
    // Only the columns the file has (mobile, aml risk, occupation); an empty cell changes nothing.
    const QString second =
        write(QStringLiteral("second.csv"), QStringLiteral("姓名,证件号码,手机号码,aml_risk,职业\n"
                                                           "张伟,%1,13900139000,high,\n"
                                                           "王芳,%2,,low,\n")
                                                .arg(a, b)
                                                .toUtf8());
    const auto skipped = run(*rm1, second);
    BOOST_TEST(skipped->skipped == 2);
    BOOST_TEST(skipped->imported == 0);
    BOOST_TEST(!skipped->written);
    CustomerImportOptions update;
    update.duplicates = CustomerImportOptions::Duplicates::Update;
    const auto updated = run(*rm1, second, update);
    BOOST_TEST(updated->updated == 1);
    BOOST_TEST(updated->skipped == 1); // nothing changes for 王芳
    BOOST_TEST(updated->written);
    BOOST_TEST(scalar(QStringLiteral("SELECT mobile || ' ' || aml_risk || ' ' || "
                                     "next_review_due || ' ' || coalesce(occupation, '-') FROM "
                                     "customers WHERE id = %1")
                          .arg(id)) == QStringLiteral("13900139000 high 2027-02-27 -"));
    BOOST_TEST(scalar(QStringLiteral("SELECT group_concat(field || ':' || old_value || '>' || "
                                     "new_value, ';') FROM (SELECT * FROM customer_changes "
                                     "WHERE customer_id = %1 ORDER BY field)")
                          .arg(id)) ==
               QStringLiteral("aml_risk:low>high;mobile:13800138000>13900139000"));
    // Each updated customer has its own audit row, in the chain, with masked values only (as
    // CustomerStore::update writes).
    BOOST_TEST(scalar(QStringLiteral("SELECT details || ' ' || reason FROM audit_log WHERE "
                                     "action = 'customer.update' AND entity_id = '%1'")
                          .arg(id)) ==
               QStringLiteral(R"({"changes":{"aml_risk":{"new":"high","old":"low"},)"
                              R"("mobile":{"new":"139****9000","old":"138****8000"}}})"
                              " Customer import"));
    BOOST_TEST(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                     "'customer.update'")) == QStringLiteral("1"));
    BOOST_TEST(AuditTrail::verify(db()).ok);
    // The search finds the new number, not the old one.
    BOOST_TEST(scalar(QStringLiteral("SELECT count(*) FROM customer_mobile_fts WHERE mobile "
                                     "MATCH '13900139'")) == QStringLiteral("1"));
    BOOST_TEST(scalar(QStringLiteral("SELECT count(*) FROM customer_mobile_fts WHERE mobile "
                                     "MATCH '13800138'")) == QStringLiteral("0"));
    // An identity field differing is refused: it changes only with a proof document.
    const QString renamed = write(QStringLiteral("renamed.csv"),
                                  QStringLiteral("name,id_number\n张大伟,%1\n").arg(a).toUtf8());
    const auto refused = run(*rm1, renamed, update);
    BOOST_TEST(refused->rejected == 1);
    BOOST_TEST(problemsOn(*refused, 2).join(' ').contains(QStringLiteral("proof")));
    // Another RM's customer is not theirs to update.
    auto rm2 = login(QStringLiteral("rm2"));
    const QString theirs = write(QStringLiteral("theirs.csv"),
                                 QStringLiteral("name,id_number,mobile,branch\n张伟,%1,13700137000,"
                                                "SH01\n")
                                     .arg(a)
                                     .toUtf8());
    const auto notInScope = run(*rm2, theirs, update);
    BOOST_TEST(notInScope->rejected == 1);
    const QString outside = problemsOn(*notInScope, 2).join(' ');
    BOOST_TEST(outside.contains(QStringLiteral("outside your")));
    // Nothing says which customer it is: no more than adding one with that number would say.
    BOOST_TEST(!outside.contains(QString::number(id)), outside);
    BOOST_TEST(scalar(QStringLiteral("SELECT mobile FROM customers WHERE id = %1").arg(id)) ==
               QStringLiteral("13900139000"));
}

BOOST_AUTO_TEST_CASE(scope_rm_into_own_book_supervisor_own_branch_admin_refused)
{
    const QString file =
        write(QStringLiteral("scope.csv"), "name,branch,rm\n"
                                           "甲一,BJ01,rm1\n"  // line 2
                                           "乙二,SH01,rm2\n"  // line 3: another branch
                                           "丙三,BJ01,sup1\n" // line 4: another RM's book
                                           "丁四,,\n");       // line 5: the importer's own
    const auto asRm = run(*rm1, file, [] {
        CustomerImportOptions o;
        o.dryRun = true;
        return o;
    }());
    BOOST_TEST(asRm->imported == 2);
    BOOST_TEST(asRm->rejected == 2);
    BOOST_TEST(problemsOn(*asRm, 3).join(' ').contains(QStringLiteral("own book")));
    BOOST_TEST(problemsOn(*asRm, 4).join(' ').contains(QStringLiteral("own book")));
    BOOST_TEST(!asRm->written);
    const auto asSup = run(*sup1, file);
    BOOST_TEST(asSup->imported == 3); // BJ01 only; line 5 has no RM
    BOOST_TEST(asSup->rejected == 1);
    BOOST_TEST(problemsOn(*asSup, 3).join(' ').contains(QStringLiteral("own branch")));
    BOOST_TEST(scalar(QStringLiteral("SELECT count(*) FROM customers WHERE branch_code = 'BJ01' "
                                     "AND rm_user_id IS NULL")) == QStringLiteral("1"));
    StoreError e;
    auto comp = login(QStringLiteral("comp1"));
    const auto before = tables();
    BOOST_TEST(!run(*admin, file, {}, &e));
    BOOST_TEST(e.kind == StoreError::Forbidden);
    BOOST_TEST(!run(*comp, file, {}, &e));
    BOOST_TEST(e.kind == StoreError::Forbidden);
    BOOST_TEST(tables() == before);
}

BOOST_AUTO_TEST_CASE(files_that_cannot_be_imported_say_why_and_change_nothing)
{
    const auto before = tables();
    const struct
    {
        const char* name;
        QByteArray bytes;
        const char* expected;
    } cases[] = {
        {"empty.csv", "", "is empty"},
        {"blank.csv", "\r\n\r\n", "is empty"},
        {"header.csv", "name,mobile\r\n", "no customers"},
        {"noname.csv", "mobile,email\n13800138000,a@b.cn\n", "Name"},
        {"open.csv", "name,notes\n张伟,\"never closed\n", "never closed"},
        {"utf16.csv", QByteArray("\xFF\xFEn\0a\0", 6), "UTF-16"},
        {"binary.csv", QByteArray("name\n\0\0\0", 8), "binary"},
    };
    for (const auto& c : cases) {
        StoreError e;
        BOOST_TEST(!run(*rm1, write(QLatin1String(c.name), c.bytes), {}, &e), c.name);
        BOOST_TEST(e.kind == StoreError::Invalid);
        BOOST_TEST(e.message.contains(QLatin1String(c.expected)), c.name << ": " << e.message);
    }
    StoreError e;
    BOOST_TEST(!run(*rm1, folder.file(QStringLiteral("missing.csv")), {}, &e));
    BOOST_TEST(e.message.contains(QStringLiteral("does not exist")));
    CustomerImportOptions mapped;
    mapped.mapping = {{QStringLiteral("name"), 5}};
    BOOST_TEST(!run(*rm1, write(QStringLiteral("m.csv"), "a,b\n1,2\n"), mapped, &e));
    BOOST_TEST(e.message.contains(QStringLiteral("no column 6")));
    mapped.mapping = {{QStringLiteral("tier"), 0}};
    BOOST_TEST(!run(*rm1, write(QStringLiteral("m.csv"), "a,b\n1,2\n"), mapped, &e));
    BOOST_TEST(e.message.contains(QStringLiteral("tier")));
    // A mapping chosen by hand: the file's own headings mean nothing.
    mapped.mapping = {{QStringLiteral("name"), 1}, {QStringLiteral("mobile"), 0}};
    const auto r = run(*rm1, write(QStringLiteral("m.csv"), "x,y\n13800138000,张伟\n"), mapped);
    BOOST_TEST(r->imported == 1);
    BOOST_TEST(scalar(QStringLiteral("SELECT name || mobile FROM customers")) ==
               QStringLiteral("张伟13800138000"));
    BOOST_TEST(before != tables());
}

BOOST_AUTO_TEST_SUITE_END()
