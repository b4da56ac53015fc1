// rmdesk-cli's storage and security commands, run as the built binary: exit codes, JSON, and that
// refused or failed commands leave every file as it was.
#include "common/clifixture.h"
#include "stores/audittrail.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>

#include <algorithm>

using namespace rmdesk;
using namespace rmdesk::test;

BOOST_FIXTURE_TEST_SUITE(cli_security, CliFixture)

BOOST_AUTO_TEST_CASE(init_prints_the_recovery_key_once_and_refuses_to_overwrite)
{
    initWithCli();
    BOOST_TEST(recoveryKey.size() == 64);
    BOOST_TEST(QFile::exists(db + QStringLiteral(".keyring")));
    const auto before = snapshot();
    const Result again =
        cli({QStringLiteral("--password-stdin"), QStringLiteral("init"), QStringLiteral("--db"), db,
             QStringLiteral("--admin"), QStringLiteral("x")},
            "another-password\n");
    BOOST_TEST(again.code == 1);
    BOOST_TEST(again.err.startsWith(QStringLiteral("rmdesk-cli: ")));
    BOOST_TEST(snapshot() == before);
    const Result noPassword = cli({QStringLiteral("--password-stdin"), QStringLiteral("init"),
                                   QStringLiteral("--db"), folder.file(QStringLiteral("b.rmdb")),
                                   QStringLiteral("--admin"), QStringLiteral("x")});
    BOOST_TEST(noPassword.code == 2);
    const Result weak =
        cli({QStringLiteral("--password-stdin"), QStringLiteral("init"), QStringLiteral("--db"),
             folder.file(QStringLiteral("b.rmdb")), QStringLiteral("--admin"), QStringLiteral("x")},
            "short\n");
    BOOST_TEST(weak.code == 1);
    BOOST_TEST(!QFile::exists(folder.file(QStringLiteral("b.rmdb"))));
}

// The test executables make their own slots at libsodium's least cost (testmain.cpp); the
// shipped rmdesk-cli never does: every slot it makes carries its profile's cost.
BOOST_AUTO_TEST_CASE(slots_carry_their_profiles_cost)
{
    initWithCli(); // every user --kdf interactive
    const Result add = as(QStringLiteral("root"), "root-password\nrm2-password\n",
                          {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("rm2"),
                           QStringLiteral("--role"), QStringLiteral("rm"),
                           QStringLiteral("--branch"), QStringLiteral("BJ01")});
    BOOST_REQUIRE_MESSAGE(add.code == 0, add.err);
    QFile file(db + QStringLiteral(".keyring"));
    BOOST_REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    // libsodium's presets: interactive 2 passes over 64 MiB, moderate (the default) 3 over 256 MiB.
    QMap<QString, QString> cost;
    for (const QJsonValue& v : root.value(QStringLiteral("slots")).toArray()) {
        const QJsonObject slot = v.toObject();
        if (slot.value(QStringLiteral("kind")).toString() != QLatin1String("user"))
            continue;
        const QJsonObject k = slot.value(QStringLiteral("kdf")).toObject();
        cost.insert(slot.value(QStringLiteral("user")).toString(),
                    k.value(QStringLiteral("profile")).toString() + QLatin1Char(' ') +
                        k.value(QStringLiteral("opslimit")).toString() + QLatin1Char(' ') +
                        k.value(QStringLiteral("memlimit")).toString());
    }
    const QString interactive = QStringLiteral("interactive 2 67108864");
    BOOST_TEST(cost.size() == 5);
    for (const char* user : {"root", "rm1", "sup1", "comp1"})
        BOOST_TEST(cost.value(QString::fromLatin1(user)) == interactive, user);
    BOOST_TEST(cost.value(QStringLiteral("rm2")) == QStringLiteral("moderate 3 268435456"));
}

BOOST_AUTO_TEST_CASE(wrong_password_exits_3_and_changes_no_file)
{
    init();
    const auto before = snapshot();
    const Result r = as(QStringLiteral("root"), "not-the-password\n",
                        {QStringLiteral("user"), QStringLiteral("list")});
    BOOST_TEST(r.code == 3);
    BOOST_TEST(r.out.isEmpty());
    BOOST_TEST(!r.err.contains(QStringLiteral("not-the-password")));
    const Result unknown = as(QStringLiteral("nobody"), "root-password\n",
                              {QStringLiteral("user"), QStringLiteral("list")});
    BOOST_TEST(unknown.code == 3);
    // The database and its keyring are as they were; the failures wait beside them, the owner's
    // only, with the real user's name and none for the unknown one.
    auto after = snapshot();
    const QString failures = QStringLiteral("bank.rmdb.failures");
    BOOST_REQUIRE(after.contains(failures));
    after.remove(failures);
    BOOST_TEST(after == before);
    QFile waiting(folder.file(failures));
    BOOST_TEST((waiting.permissions() & (QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                         QFileDevice::ReadOther | QFileDevice::WriteOther)) ==
               QFileDevice::Permissions());
    BOOST_REQUIRE(waiting.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = waiting.readAll().split('\n');
    BOOST_REQUIRE(lines.size() == 3); // and the empty one after the last newline
    BOOST_TEST(lines.at(0).endsWith("\troot"));
    BOOST_TEST(lines.at(1).endsWith("\t"));
    waiting.close();

    // The next sign-in that works, by any program, puts them in the audit trail.
    const Result audit = as(QStringLiteral("root"), "root-password\n",
                            {QStringLiteral("audit"), QStringLiteral("list"),
                             QStringLiteral("--action"), QStringLiteral("login.failed")});
    BOOST_TEST_REQUIRE(audit.code == 0, audit.err);
    const QJsonArray rows = audit.json.value(QStringLiteral("results")).toArray();
    BOOST_REQUIRE(rows.size() == 2);
    QStringList who;
    for (const QJsonValue& row : rows)
        who << row.toObject().value(QStringLiteral("entity_id")).toString();
    who.sort();
    BOOST_TEST(who == (QStringList{QString(), QStringLiteral("root")}));
    BOOST_TEST(!QFile::exists(folder.file(failures)));
}

BOOST_AUTO_TEST_CASE(missing_or_foreign_files_exit_4)
{
    BOOST_TEST(as(QStringLiteral("root"), "root-password\n", {QStringLiteral("check")}).code == 4);
    QFile junk(db);
    BOOST_REQUIRE(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(8192, 'x'));
    junk.close();
    BOOST_TEST(as(QStringLiteral("root"), "root-password\n", {QStringLiteral("check")}).code == 4);
}

BOOST_AUTO_TEST_CASE(role_refusals_exit_5_and_change_nothing)
{
    init();
    for (const char* who : {"rm1", "sup1", "comp1"}) {
        const QByteArray pw = QByteArray(who) + "-password\nnew-user-password\n";
        const auto before = snapshot();
        BOOST_TEST_CONTEXT(who)
        {
            BOOST_TEST(as(QString::fromLatin1(who), pw,
                          {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("eve"),
                           QStringLiteral("--role"), QStringLiteral("admin")})
                           .code == 5);
            BOOST_TEST(as(QString::fromLatin1(who), pw, {QStringLiteral("rekey")}).code == 5);
            BOOST_TEST(as(QString::fromLatin1(who), pw,
                          {QStringLiteral("backup"), QStringLiteral("--out"),
                           folder.file(QStringLiteral("x.rmdb"))})
                           .code == 5);
            BOOST_TEST(
                as(QString::fromLatin1(who), pw,
                   {QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("rm1")})
                    .code == 5);
            // Sign-in and sign-out rows are the only writes a refused command makes.
            const auto after = snapshot();
            BOOST_TEST(after.value(QStringLiteral("bank.rmdb.keyring")) ==
                       before.value(QStringLiteral("bank.rmdb.keyring")));
            BOOST_TEST(!QFile::exists(folder.file(QStringLiteral("x.rmdb"))));
        }
    }
    const Result list = as(QStringLiteral("rm1"), "rm1-password\n",
                           {QStringLiteral("audit"), QStringLiteral("list")});
    BOOST_TEST(list.code == 5);
    const Result compList =
        as(QStringLiteral("comp1"), "comp1-password\n",
           {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--user"),
            QStringLiteral("rm1"), QStringLiteral("--action"), QStringLiteral("login")});
    BOOST_TEST(compList.code == 0);
    const QJsonArray rows = compList.json.value(QStringLiteral("results")).toArray();
    BOOST_TEST(rows.size() >= 1);
    for (const QJsonValue& row : rows) {
        BOOST_TEST(row.toObject().value(QStringLiteral("user")).toString() ==
                   QStringLiteral("rm1"));
        BOOST_TEST(row.toObject().value(QStringLiteral("action")).toString() ==
                   QStringLiteral("login"));
    }
}

BOOST_AUTO_TEST_CASE(users_rekey_backup_and_check_work_end_to_end)
{
    init();
    const Result list = as(QStringLiteral("root"), "root-password\n",
                           {QStringLiteral("user"), QStringLiteral("list")});
    BOOST_TEST(list.code == 0);
    BOOST_TEST(list.json.value(QStringLiteral("total")).toInt() == 4);

    BOOST_TEST(as(QStringLiteral("root"), "root-password\n",
                  {QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("rm1")})
                   .code == 0);
    BOOST_TEST(as(QStringLiteral("rm1"), "rm1-password\n", {QStringLiteral("check")}).code == 3);
    BOOST_TEST(as(QStringLiteral("root"), "root-password\n", {QStringLiteral("rekey")}).code == 0);
    BOOST_TEST(as(QStringLiteral("sup1"), "sup1-password\n",
                  {QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("sup1"),
                   QStringLiteral("--kdf"), QStringLiteral("interactive")})
                   .code == 2); // no new password line: usage error
    const Result passwd =
        cli({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("sup1"),
             QStringLiteral("--password-stdin"), QStringLiteral("user"), QStringLiteral("passwd"),
             QStringLiteral("sup1"), QStringLiteral("--kdf"), QStringLiteral("interactive")},
            "sup1-password\nsup1-new-password\n");
    BOOST_TEST(passwd.code == 0);
    BOOST_TEST(as(QStringLiteral("sup1"), "sup1-new-password\n",
                  {QStringLiteral("user"), QStringLiteral("list")})
                   .code == 5);

    const QString copy = folder.file(QStringLiteral("copy.rmdb"));
    const Result backup = as(QStringLiteral("root"), "root-password\n",
                             {QStringLiteral("backup"), QStringLiteral("--out"), copy});
    BOOST_TEST(backup.code == 0);
    const Result check =
        cli({QStringLiteral("--db"), copy, QStringLiteral("--user"), QStringLiteral("root"),
             QStringLiteral("--password-stdin"), QStringLiteral("--json"), QStringLiteral("check")},
            "root-password\n");
    BOOST_TEST(check.code == 0);
    BOOST_TEST(check.json.value(QStringLiteral("healthy")).toBool());
    BOOST_TEST(as(QStringLiteral("comp1"), "comp1-password\n",
                  {QStringLiteral("audit"), QStringLiteral("verify")})
                   .code == 0);

    // The recovery key gives the administrator a new password.
    const Result recover = cli({QStringLiteral("--db"), db, QStringLiteral("--password-stdin"),
                                QStringLiteral("recover"), QStringLiteral("root"),
                                QStringLiteral("--kdf"), QStringLiteral("interactive")},
                               recoveryKey.toLatin1() + "\nroot-new-password\n");
    BOOST_TEST_MESSAGE(recover.err.toStdString());
    BOOST_TEST(recover.code == 0);
    BOOST_TEST(as(QStringLiteral("root"), "root-new-password\n", {QStringLiteral("check")}).code ==
               0);
}

BOOST_AUTO_TEST_CASE(a_kept_anchor_catches_a_chain_written_again)
{
    init();
    const auto audit = [&](const QStringList& rest) {
        return as(QStringLiteral("comp1"), "comp1-password\n",
                  QStringList{QStringLiteral("audit")} + rest);
    };
    const Result anchor = audit({QStringLiteral("anchor")});
    BOOST_REQUIRE_MESSAGE(anchor.code == 0, anchor.err);
    const QString kept = anchor.json.value(QStringLiteral("anchor")).toString();
    BOOST_TEST(kept == QString::number(anchor.json.value(QStringLiteral("id")).toInteger()) +
                           QLatin1Char(':') + anchor.json.value(QStringLiteral("hash")).toString());
    BOOST_TEST(audit({QStringLiteral("verify"), QStringLiteral("--anchor"), kept}).code == 0);
    BOOST_TEST(audit({QStringLiteral("verify"), QStringLiteral("--anchor"), QStringLiteral("12:x")})
                   .code == 2);
    BOOST_TEST(as(QStringLiteral("rm1"), "rm1-password\n",
                  {QStringLiteral("audit"), QStringLiteral("anchor")})
                   .code == 5);

    // With the key: row 2 changed, every row after it hashed again, the guards put back.
    {
        StoreError e;
        auto v = Vault::login(db, QStringLiteral("root"), secret("root-password"), &e);
        BOOST_REQUIRE_MESSAGE(v, e.message);
        QSqlDatabase c = v->database().connection();
        QStringList guards;
        {
            QSqlQuery q(c);
            BOOST_REQUIRE(q.exec(QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = "
                                                "'trigger' AND tbl_name = 'audit_log'")));
            while (q.next())
                guards << q.value(0).toString();
        }
        execOrFail(c, QStringLiteral("DROP TRIGGER audit_log_no_update"));
        execOrFail(c, QStringLiteral("DROP TRIGGER audit_log_no_delete"));
        execOrFail(c, QStringLiteral("UPDATE audit_log SET user_name = 'mallory' WHERE id = 2"));
        QList<AuditRow> rows = AuditTrail::list(c, AuditFilter());
        std::reverse(rows.begin(), rows.end());
        QString prev = AuditTrail::GenesisHash;
        for (AuditRow& r : rows) {
            r.prevHash = prev;
            r.hash = AuditTrail::hashOf(r);
            execOrFail(c, QStringLiteral("UPDATE audit_log SET prev_hash = '%1', hash = '%2' "
                                         "WHERE id = %3")
                              .arg(r.prevHash, r.hash)
                              .arg(r.id));
            prev = r.hash;
        }
        for (const QString& sql : std::as_const(guards))
            execOrFail(c, sql);
    }
    BOOST_TEST(audit({QStringLiteral("verify")}).code == 0); // links up
    const Result caught = audit({QStringLiteral("verify"), QStringLiteral("--anchor"), kept});
    BOOST_TEST(caught.code == 1);
    BOOST_TEST(caught.err.contains(QStringLiteral("written again")), caught.err.toStdString());
}

BOOST_AUTO_TEST_CASE(tampered_audit_and_flipped_byte_exit_1)
{
    init();
    {
        StoreError e;
        auto v = Vault::login(db, QStringLiteral("root"), secret("root-password"), &e);
        BOOST_REQUIRE_MESSAGE(v, e.message);
        execOrFail(v->database().connection(), QStringLiteral("DROP TRIGGER audit_log_no_update"));
        execOrFail(v->database().connection(),
                   QStringLiteral("UPDATE audit_log SET reason = 'edited' WHERE id = 3"));
    }
    const Result verify = as(QStringLiteral("comp1"), "comp1-password\n",
                             {QStringLiteral("audit"), QStringLiteral("verify")});
    BOOST_TEST(verify.code == 1);
    BOOST_TEST(verify.json.value(QStringLiteral("first_broken_id")).toInt() == 3);
    BOOST_TEST(verify.err.contains(QStringLiteral("3")));

    // Grow the file, then flip one byte in a late data page.
    for (int i = 0; i < 30; ++i)
        as(QStringLiteral("root"), "root-password\n",
           {QStringLiteral("user"), QStringLiteral("list")});
    QFile f(db);
    BOOST_REQUIRE(f.open(QIODevice::ReadWrite));
    const qint64 at = (f.size() / 4096 - 2) * 4096 + 777;
    f.seek(at);
    char b = 0;
    f.getChar(&b);
    f.seek(at);
    f.putChar(char(b ^ 0x10));
    f.close();
    const Result check = as(QStringLiteral("root"), "root-password\n", {QStringLiteral("check")});
    BOOST_TEST(check.code == 1);
    BOOST_TEST(check.err.contains(QStringLiteral("rmdesk-cli: ")));
}

BOOST_AUTO_TEST_SUITE_END()
