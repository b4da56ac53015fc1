// Signing in through key slots, and the administrator's user and key operations.
#include "common/vaultfixture.h"
#include "storage/keyring.h"
#include "storage/sqlcipherdriver.h"
#include "stores/audittrail.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <atomic>
#include <thread>

using namespace rmdesk;
using namespace rmdesk::test;

BOOST_FIXTURE_TEST_SUITE(vault, VaultFixture)

BOOST_AUTO_TEST_CASE(create_makes_database_keyring_and_admin)
{
    BOOST_TEST(QFile::exists(path));
    BOOST_TEST(QFile::exists(Keyring::pathFor(path)));
    BOOST_TEST((admin->session().role == Role::Admin));
    BOOST_TEST(recoveryKey.size() == 64u);
    Keyring ring;
    QString why;
    BOOST_REQUIRE(Keyring::load(Keyring::pathFor(path), &ring, &why));
    BOOST_TEST(ring.userSlot(QStringLiteral("root")) != nullptr);
    BOOST_TEST(ring.recoverySlot() != nullptr);
    AuditFilter f;
    f.action = QStringLiteral("database.create");
    BOOST_TEST(AuditTrail::list(admin->database().connection(), f).size() == 1);
    StoreError e;
    // A second create on the same path is refused and changes nothing.
    const auto before = snapshot();
    SecretBytes rk;
    BOOST_TEST(!Vault::create(path, QStringLiteral("x"), secret("long-enough"),
                              KdfProfile::Interactive, &rk, &e));
    BOOST_TEST(e.kind == StoreError::Invalid);
    BOOST_TEST(snapshot() == before);
    // Weak passwords and bad names are refused before anything is written.
    TempFolder other;
    BOOST_TEST(!Vault::create(other.file(QStringLiteral("a.rmdb")), QStringLiteral("root"),
                              secret("short"), KdfProfile::Interactive, &rk, &e));
    BOOST_TEST(!Vault::create(other.file(QStringLiteral("a.rmdb")), QStringLiteral("bad name"),
                              secret("long-enough"), KdfProfile::Interactive, &rk, &e));
    BOOST_TEST(QDir(other.dir.path()).entryList(QDir::Files).isEmpty());
}

BOOST_AUTO_TEST_CASE(wrong_password_or_unknown_user_touches_only_the_failures_file)
{
    admin.reset(); // closed: nothing else writes
    const auto before = snapshot();
    StoreError e;
    BOOST_TEST(!Vault::login(path, QStringLiteral("root"), secret("wrong-password"), &e));
    BOOST_TEST(e.kind == StoreError::Auth);
    BOOST_TEST(!Vault::login(path, QStringLiteral("nobody"), secret("root-password"), &e));
    BOOST_TEST(e.kind == StoreError::Auth);
    auto after = snapshot();
    BOOST_TEST(after.remove(QFileInfo(SignInFailures::pathFor(path)).fileName()) == 1);
    BOOST_TEST(after == before);
    auto root = Vault::login(path, QStringLiteral("root"), secret("root-password"), &e);
    BOOST_REQUIRE(root);
    BOOST_TEST(!QFile::exists(SignInFailures::pathFor(path)));
    AuditFilter f;
    f.action = QStringLiteral("login.failed");
    const QList<AuditRow> rows = AuditTrail::list(root->database().connection(), f);
    BOOST_REQUIRE(rows.size() == 2);
    BOOST_TEST(rows.at(1).entityId == QStringLiteral("root")); // newest first
    BOOST_TEST(rows.at(0).entityId.isEmpty());
    BOOST_TEST(!rows.at(0).details.contains(QStringLiteral("nobody")));
}

BOOST_AUTO_TEST_CASE(a_flood_of_failures_is_recorded_as_a_count_beyond_the_first_thousand)
{
    admin.reset();
    QFile file(SignInFailures::pathFor(path));
    BOOST_REQUIRE(file.open(QIODevice::WriteOnly));
    for (int i = 0; i < SignInFailures::MaximumRecorded + 5; ++i)
        file.write("2026-11-29T01:02:03Z\troot\n");
    file.write("garbage without a tab\n2026-11-29T01:02:03Z\tnot a name!\n");
    file.close();
    StoreError e;
    auto root = Vault::login(path, QStringLiteral("root"), secret("root-password"), &e);
    BOOST_REQUIRE(root);
    AuditFilter f;
    f.action = QStringLiteral("login.failed");
    f.limit = 5000;
    const QList<AuditRow> rows = AuditTrail::list(root->database().connection(), f);
    BOOST_REQUIRE(rows.size() == SignInFailures::MaximumRecorded + 1);
    BOOST_TEST(rows.first().details == QStringLiteral("{\"more_failures\":5}"));
    BOOST_TEST(rows.last().details.contains(QStringLiteral("2026-11-29T01:02:03Z")));
    // Nothing is left waiting, claimed or not.
    BOOST_TEST(QDir(QFileInfo(path).path())
                   .entryList({QFileInfo(path).fileName() + QStringLiteral(".failures*")},
                              QDir::Files | QDir::Hidden)
                   .isEmpty());
}

BOOST_AUTO_TEST_CASE(an_unrecorded_claim_is_put_back_and_links_are_not_followed)
{
    admin.reset();
    const QString waiting = SignInFailures::pathFor(path);
    SignInFailures::note(path, {QDateTime::currentDateTimeUtc(), QStringLiteral("root")});
    {
        SignInFailures::Claim claim(path);
        BOOST_TEST(claim.failures().size() == 1);
        BOOST_TEST(!QFile::exists(waiting)); // claimed: a failure now starts a new file
        SignInFailures::note(path, {QDateTime::currentDateTimeUtc(), QString()});
        SignInFailures::Claim second(path);
        BOOST_TEST(second.failures().size() == 1); // only the new one
        BOOST_TEST(second.failures().first().user.isEmpty());
    } // neither recorded: both back
    {
        SignInFailures::Claim again(path);
        BOOST_TEST(again.failures().size() == 2);
        again.done();
    }
    BOOST_TEST(!QFile::exists(waiting));
    // A link planted where the file goes is neither written through nor claimed.
    const QString target = folder.file(QStringLiteral("elsewhere.txt"));
    BOOST_REQUIRE(QFile::link(target, waiting));
    SignInFailures::note(path, {QDateTime::currentDateTimeUtc(), QStringLiteral("root")});
    BOOST_TEST(!QFile::exists(target));
    SignInFailures::Claim linked(path);
    BOOST_TEST(linked.failures().isEmpty());
    BOOST_TEST(QFileInfo(waiting).isSymLink());
}

BOOST_AUTO_TEST_CASE(missing_or_damaged_keyring_is_unreadable_not_a_crash)
{
    admin.reset();
    StoreError e;
    QFile::rename(Keyring::pathFor(path), Keyring::pathFor(path) + QStringLiteral(".away"));
    BOOST_TEST(!Vault::login(path, QStringLiteral("root"), secret("root-password"), &e));
    BOOST_TEST(e.kind == StoreError::Unreadable);
    QFile garbage(Keyring::pathFor(path));
    BOOST_REQUIRE(garbage.open(QIODevice::WriteOnly));
    garbage.write("{ not json");
    garbage.close();
    BOOST_TEST(!Vault::login(path, QStringLiteral("root"), secret("root-password"), &e));
    BOOST_TEST(e.kind == StoreError::Unreadable);
    BOOST_TEST(!Vault::login(folder.file(QStringLiteral("none.rmdb")), QStringLiteral("root"),
                             secret("root-password"), &e));
    BOOST_TEST(e.kind == StoreError::Unreadable);
}

BOOST_AUTO_TEST_CASE(disabled_user_cannot_sign_in_with_the_right_password)
{
    addStaff();
    BOOST_REQUIRE(login(QStringLiteral("rm1")));
    StoreError e;
    BOOST_REQUIRE_MESSAGE(admin->disableUser(QStringLiteral("rm1"), &e), e.message);
    BOOST_TEST(!login(QStringLiteral("rm1"), &e));
    BOOST_TEST(e.kind == StoreError::Auth);
    // Even with the old slot put back into the keyring, the row says disabled.
    BOOST_TEST(!admin->disableUser(QStringLiteral("root"), &e)); // not yourself
    BOOST_REQUIRE(admin->enableUser(QStringLiteral("rm1"), secret("fresh-password"),
                                    KdfProfile::Interactive, &e));
    auto back = Vault::login(path, QStringLiteral("rm1"), secret("fresh-password"), &e);
    BOOST_REQUIRE(back);
    BOOST_TEST(back->mustChangePassword());
    BOOST_REQUIRE(back->changePassword(secret("my-own-password"), KdfProfile::Interactive, &e));
    back.reset();
    auto own = Vault::login(path, QStringLiteral("rm1"), secret("my-own-password"), &e);
    BOOST_REQUIRE(own);
    BOOST_TEST(!own->mustChangePassword());
    BOOST_TEST(own->verifyPassword(secret("my-own-password")));
    BOOST_TEST(!own->verifyPassword(secret("fresh-password")));
}

BOOST_AUTO_TEST_CASE(a_slot_swapped_between_users_is_refused)
{
    addStaff();
    Keyring ring;
    QString why;
    BOOST_REQUIRE(Keyring::load(Keyring::pathFor(path), &ring, &why));
    // rm2 puts their own slot under rm1's name (and drops rm1's), then signs in as rm1 with their
    // own password: the slot opens, but its key is not rm1's.
    KeySlot stolen = *ring.userSlot(QStringLiteral("rm2"));
    stolen.user = QStringLiteral("rm1");
    ring.setSlot(stolen);
    BOOST_REQUIRE(ring.save(Keyring::pathFor(path), &why));
    StoreError e;
    BOOST_TEST(!Vault::login(path, QStringLiteral("rm1"), passwordOf(QStringLiteral("rm2")), &e));
    BOOST_TEST(e.kind == StoreError::Auth);
    BOOST_TEST(e.message.contains(QStringLiteral("does not belong")));
    // And check reports the mismatch.
    const CheckReport report = admin->check(&e);
    BOOST_TEST(!report.healthy());
}

BOOST_AUTO_TEST_CASE(rekey_reseals_for_everyone_and_retires_the_old_key)
{
    addStaff();
    StoreError e;
    BOOST_REQUIRE(admin->disableUser(QStringLiteral("rm2"), &e));
    const SecretBytes oldKey = admin->database().key().clone();
    BOOST_REQUIRE_MESSAGE(admin->rekey(&e), e.message);
    BOOST_TEST(!admin->database().key().equals(oldKey));
    // The open session keeps working.
    BOOST_TEST(AuditTrail::verify(admin->database().connection()).ok);
    admin.reset();
    for (const char* name : {"root", "rm1", "sup1", "comp1"})
        BOOST_TEST_CONTEXT(name) BOOST_TEST(login(QString::fromLatin1(name)) != nullptr);
    BOOST_TEST(!login(QStringLiteral("rm2")));
    // The old key opens nothing any more.
    {
        QSqlDatabase raw = openCipher(path, oldKey, QStringLiteral("old-key"), QString());
        BOOST_TEST(!raw.isOpen());
    }
    dropConnection(QStringLiteral("old-key"));
    // Nor does the recovery key stop working.
    BOOST_TEST(Vault::recover(path, recoveryKey, &e) != nullptr);
}

BOOST_AUTO_TEST_CASE(a_rekey_on_a_worker_thread_while_this_thread_waits_suspended)
{
    // As the administration page does it: this thread's connection is closed but kept, the
    // worker rekeys alone, and the same connection (and every copy of it) opens again.
    const SecretBytes oldKey = admin->database().key().clone();
    {
        QSqlDatabase mine = admin->database().connection();
        admin->database().suspendThreadConnection();
        BOOST_TEST(!mine.isOpen()); // what still holds it reads nothing with the old key
        DbError refused;
        BOOST_TEST(!admin->database().connection(&refused).isOpen());
        BOOST_TEST(refused.message.contains(QStringLiteral("being changed")));

        StoreError e;
        bool rekeyed = false;
        std::thread worker([&] {
            rekeyed = admin->database().connection().isValid() && admin->rekey(&e);
            admin->database().releaseThreadConnection();
        });
        worker.join();
        BOOST_REQUIRE_MESSAGE(rekeyed, e.message);
        BOOST_TEST(!admin->database().key().equals(oldKey));

        QString why;
        BOOST_REQUIRE_MESSAGE(admin->database().resumeThreadConnection(&why), why);
        QSqlQuery again(mine); // the copy taken before
        BOOST_TEST(again.exec(QStringLiteral("SELECT count(*) FROM users")));
        BOOST_TEST(again.next());
        BOOST_TEST(again.value(0).toInt() > 0);
        BOOST_TEST(AuditTrail::verify(admin->database().connection()).ok);
    }
    admin.reset();
    BOOST_TEST(login(QStringLiteral("root")) != nullptr);
}

BOOST_AUTO_TEST_CASE(a_rekey_refuses_while_another_thread_holds_a_connection)
{
    // The administration page's own connection still open: the worker may not rekey.
    admin->database().connection();
    StoreError e;
    bool rekeyed = true;
    std::thread worker([&] {
        rekeyed = admin->rekey(&e);
        admin->database().releaseThreadConnection();
    });
    worker.join();
    BOOST_TEST(!rekeyed);
    BOOST_TEST(e.message.contains(QStringLiteral("no other work")));
    BOOST_TEST(login(QStringLiteral("root")) != nullptr);
}

BOOST_AUTO_TEST_CASE(an_interrupted_rekey_settles_on_the_key_that_opens_the_file)
{
    // Simulate a crash after the file was rewritten but before the keyring was: every slot holds
    // the old key as sealed_key and the new one as sealed_next_key.
    Keyring ring;
    QString why;
    BOOST_REQUIRE(Keyring::load(Keyring::pathFor(path), &ring, &why));
    const SecretBytes newKey = SecretBytes::random(32);
    QList<KeySlot> all = ring.slotList();
    for (KeySlot& s : all)
        s.sealedNextKey = sealTo(s.publicKey, newKey);
    ring.setSlotList(all);
    BOOST_REQUIRE(ring.save(Keyring::pathFor(path), &why));
    BOOST_REQUIRE_MESSAGE(admin->database().rekey(newKey, &why), why);
    admin.reset();
    StoreError e;
    auto again = Vault::login(path, QStringLiteral("root"), secret("root-password"), &e);
    BOOST_REQUIRE_MESSAGE(again, e.message);
    BOOST_REQUIRE(Keyring::load(Keyring::pathFor(path), &ring, &why));
    for (const KeySlot& s : ring.slotList())
        BOOST_TEST(s.sealedNextKey.isEmpty());
    BOOST_TEST(again->check(&e).healthy());
}

BOOST_AUTO_TEST_CASE(backup_opens_with_the_same_users_and_passes_check)
{
    addStaff();
    StoreError e;
    const QString copy = folder.file(QStringLiteral("copy.rmdb"));
    BOOST_REQUIRE_MESSAGE(admin->backup(copy, &e), e.message);
    BOOST_TEST(!admin->backup(copy, &e)); // never overwrites
    BOOST_TEST(e.kind == StoreError::Invalid);
    QFile head(copy);
    BOOST_REQUIRE(head.open(QIODevice::ReadOnly));
    BOOST_TEST(!head.read(16).startsWith("SQLite format 3"));
    head.close();
    for (const char* name : {"root", "rm1", "comp1"}) {
        auto v = Vault::login(copy, QString::fromLatin1(name),
                              passwordOf(QString::fromLatin1(name)), &e);
        BOOST_TEST_CONTEXT(name) BOOST_TEST(v != nullptr);
    }
    auto rootCopy = Vault::login(copy, QStringLiteral("root"), secret("root-password"), &e);
    BOOST_REQUIRE(rootCopy);
    const CheckReport report = rootCopy->check(&e);
    BOOST_TEST(report.healthy());
    BOOST_TEST(report.problems.join(QLatin1Char('\n')) == QString());
    AuditFilter f;
    f.action = QStringLiteral("backup.create");
    BOOST_TEST(AuditTrail::list(admin->database().connection(), f).size() == 1);
}

BOOST_AUTO_TEST_CASE(a_backup_runs_on_a_worker_and_a_cancelled_one_leaves_nothing)
{
    addStaff();
    // Enough customers that a copy takes a moment (tens of milliseconds at least).
    QSqlDatabase db = admin->database().connection();
    execOrFail(db, QStringLiteral("INSERT OR IGNORE INTO branches (code, name) VALUES ('ZZ01', "
                                  "'测试分行')"));
    execOrFail(db, QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                  "WHERE i < 60000) INSERT INTO customers (name, type, "
                                  "branch_code, next_review_due, created_at, updated_at, address) "
                                  "SELECT '客户' || i, 'individual', 'ZZ01', '2027-01-01', 'x', "
                                  "'x', hex(randomblob(40)) FROM n"));
    auto leftBehind = [&](const QString& copy) {
        QStringList found;
        for (const QString& f : QStringList{copy, copy + QStringLiteral("-journal"),
                                            copy + QStringLiteral("-wal"), Keyring::pathFor(copy)})
            if (QFileInfo::exists(f))
                found << f;
        return found.join(QLatin1Char(' '));
    };
    StoreError e;
    // Cancelled before it starts, and while it runs (from another thread): no copy, no audit row.
    std::atomic<bool> cancel{true};
    const QString first = folder.file(QStringLiteral("first.rmdb"));
    BOOST_TEST(!admin->backup(first, &e, &cancel));
    BOOST_TEST(e.message.contains(QStringLiteral("cancelled")));
    BOOST_TEST(leftBehind(first) == QString());
    cancel = false;
    const QString second = folder.file(QStringLiteral("second.rmdb"));
    std::thread stopper([&] {
        QElapsedTimer waited;
        waited.start();
        while (!QFileInfo::exists(second) && waited.elapsed() < 5000)
            std::this_thread::yield();
        cancel = true;
    });
    BOOST_TEST(!admin->backup(second, &e, &cancel));
    stopper.join();
    BOOST_TEST(e.message.contains(QStringLiteral("cancelled")));
    BOOST_TEST(leftBehind(second) == QString());
    AuditFilter f;
    f.action = QStringLiteral("backup.create");
    BOOST_TEST(AuditTrail::list(db, f).isEmpty());

    // On a worker thread, with its own connection, while this one goes on writing: the copy is
    // read from one snapshot and passes the check.
    const QString third = folder.file(QStringLiteral("third.rmdb"));
    bool ok = false;
    std::thread worker([&] {
        StoreError we;
        ok = admin->backup(third, &we);
        admin->database().releaseThreadConnection();
    });
    for (int i = 0; i < 20; ++i)
        execOrFail(
            db, QStringLiteral("UPDATE customers SET updated_at = 'y%1' WHERE id <= 1000").arg(i));
    worker.join();
    BOOST_REQUIRE(ok);
    auto copy = Vault::login(third, QStringLiteral("root"), secret("root-password"), &e);
    BOOST_REQUIRE_MESSAGE(copy, e.message);
    BOOST_TEST(copy->check(&e).healthy());
    QSqlQuery q(copy->database().connection());
    BOOST_REQUIRE(q.exec(QStringLiteral("SELECT count(DISTINCT updated_at) FROM customers WHERE "
                                        "id <= 1000 AND type = 'individual'")) &&
                  q.next());
    BOOST_TEST(q.value(0).toInt() == 1); // each update wholly in, or wholly not
    BOOST_TEST(AuditTrail::list(db, f).size() == 1);
}

BOOST_AUTO_TEST_CASE(check_reports_a_flipped_byte_without_crashing)
{
    // Enough rows that the file has pages well past the schema and the users table.
    QList<FailedSignIn> guesses;
    for (int i = 0; i < 300; ++i)
        guesses.append({QDateTime::currentDateTimeUtc(), QStringLiteral("guess%1").arg(i)});
    QString why;
    BOOST_REQUIRE_MESSAGE(admin->recordFailedLogins(guesses, 0, &why), why);
    admin.reset();
    QFile f(path);
    BOOST_REQUIRE(f.open(QIODevice::ReadWrite));
    const qint64 pages = f.size() / 4096;
    BOOST_REQUIRE(pages > 6);
    const qint64 at = (pages - 2) * 4096 + 1000; // inside a late data page
    f.seek(at);
    char byte = 0;
    f.getChar(&byte);
    f.seek(at);
    f.putChar(char(byte ^ 0x01));
    f.close();
    StoreError e;
    auto v = Vault::login(path, QStringLiteral("root"), secret("root-password"), &e);
    if (v) {
        const CheckReport report = v->check(&e);
        BOOST_TEST(!report.healthy());
        BOOST_TEST(!report.problems.isEmpty());
    } else {
        BOOST_TEST(e.kind == StoreError::Unreadable); // damaged where sign-in needs it
    }
}

BOOST_AUTO_TEST_CASE(recovery_key_resets_an_administrators_password)
{
    admin.reset();
    StoreError e;
    BOOST_TEST(!Vault::recover(path, secret("AAAA-BBBB"), &e));
    BOOST_TEST(e.kind == StoreError::Auth);
    auto recovery = Vault::recover(path, recoveryKey, &e);
    BOOST_REQUIRE_MESSAGE(recovery, e.message);
    BOOST_TEST(recovery->session().userName == QStringLiteral("recovery"));
    BOOST_REQUIRE(recovery->resetPassword(QStringLiteral("root"), secret("new-root-password"),
                                          KdfProfile::Interactive, &e, false));
    BOOST_TEST(Vault::login(path, QStringLiteral("root"), secret("new-root-password"), &e) !=
               nullptr);
    BOOST_TEST(!Vault::login(path, QStringLiteral("root"), secret("root-password"), &e));
}

BOOST_AUTO_TEST_CASE(refused_actions_change_nothing)
{
    addStaff();
    for (const char* name : {"rm1", "sup1", "comp1"}) {
        auto v = login(QString::fromLatin1(name));
        BOOST_REQUIRE(v);
        const auto before = snapshot();
        StoreError e;
        BOOST_TEST_CONTEXT(name)
        {
            BOOST_TEST(!v->addUser({QStringLiteral("eve"), QString(), Role::Admin, QString()},
                                   secret("eve-password"), KdfProfile::Interactive, &e));
            BOOST_TEST(e.kind == StoreError::Forbidden);
            BOOST_TEST(!v->disableUser(QStringLiteral("rm2"), &e));
            BOOST_TEST(e.kind == StoreError::Forbidden);
            BOOST_TEST(!v->enableUser(QStringLiteral("rm2"), secret("eve-password"),
                                      KdfProfile::Interactive, &e));
            BOOST_TEST(e.kind == StoreError::Forbidden);
            BOOST_TEST(!v->resetPassword(QStringLiteral("rm2"), secret("eve-password"),
                                         KdfProfile::Interactive, &e));
            BOOST_TEST(e.kind == StoreError::Forbidden);
            BOOST_TEST(!v->rekey(&e));
            BOOST_TEST(e.kind == StoreError::Forbidden);
            BOOST_TEST(!v->backup(folder.file(QStringLiteral("stolen.rmdb")), &e));
            BOOST_TEST(e.kind == StoreError::Forbidden);
            StoreError listError;
            UserStore(v->database().connection()).list(v->session(), &listError);
            BOOST_TEST((listError.kind == StoreError::Forbidden) ==
                       (v->session().role != Role::Compliance));
            BOOST_TEST(snapshot() == before);
        }
    }
}

BOOST_AUTO_TEST_CASE(user_changes_are_audited_with_old_and_new_values)
{
    addStaff();
    StoreError e;
    BOOST_REQUIRE(admin->disableUser(QStringLiteral("rm2"), &e));
    AuditFilter f;
    f.action = QStringLiteral("user.disable");
    const auto rows = AuditTrail::list(admin->database().connection(), f);
    BOOST_REQUIRE(rows.size() == 1);
    BOOST_TEST(rows.first().userName == QStringLiteral("root"));
    BOOST_TEST(rows.first().details == QStringLiteral("{\"active\":{\"new\":false,\"old\":true}}"));
    f.action = QStringLiteral("user.add");
    BOOST_TEST(AuditTrail::list(admin->database().connection(), f).size() == 5);
    BOOST_TEST(!admin->addUser({QStringLiteral("rm1"), QString(), Role::Rm, QStringLiteral("BJ01")},
                               secret("another-password"), KdfProfile::Interactive, &e));
    BOOST_TEST(e.kind == StoreError::Invalid);
    BOOST_TEST(!admin->addUser({QStringLiteral("rm9"), QString(), Role::Rm, QString()},
                               secret("another-password"), KdfProfile::Interactive, &e));
    BOOST_TEST(e.message.contains(QStringLiteral("branch")));
}

BOOST_AUTO_TEST_SUITE_END()
