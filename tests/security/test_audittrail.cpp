// The hash-chained audit trail: rows chain, the database refuses edits, and verify() names the
// first broken link after tampering done with the key and raw SQL.
#include "common/testsupport.h"
#include "storage/database.h"
#include "stores/audittrail.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace rmdesk;
using namespace rmdesk::test;

namespace {

struct AuditFixture
{
    AuditFixture()
    {
        db = Database::create(folder.file(QStringLiteral("audit.rmdb")), keys, &error);
        BOOST_REQUIRE_MESSAGE(db, error.message);
        QSqlDatabase c = db->connection();
        const Session s{1, QStringLiteral("root"), Role::Admin, QString()};
        for (int i = 1; i <= 6; ++i) {
            QString why;
            BOOST_REQUIRE_MESSAGE(
                AuditTrail::recordAlone(c, s,
                                        {QStringLiteral("test.event"), QStringLiteral("thing"),
                                         QString::number(i), QJsonObject{{QStringLiteral("n"), i}},
                                         i == 3 ? QStringLiteral("because") : QString()},
                                        &why),
                why);
        }
    }
    // Tampering as an attacker with the key would: drop the guards, change rows.
    void tamper(const QString& sql)
    {
        QSqlDatabase c = db->connection();
        execOrFail(c, QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_update"));
        execOrFail(c, QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_delete"));
        execOrFail(c, sql);
    }
    TempFolder folder;
    MemoryKeyProvider keys;
    DbError error;
    std::unique_ptr<Database> db;
};

} // namespace

BOOST_FIXTURE_TEST_SUITE(audit_trail, AuditFixture)

BOOST_AUTO_TEST_CASE(rows_chain_and_verify)
{
    const AuditVerification v = AuditTrail::verify(db->connection());
    BOOST_TEST(v.ok);
    BOOST_TEST(v.rowsChecked == 6);
    const QList<AuditRow> rows = AuditTrail::list(db->connection(), AuditFilter());
    BOOST_REQUIRE(rows.size() == 6);
    BOOST_TEST(rows.last().prevHash == AuditTrail::GenesisHash); // newest first
    BOOST_TEST(rows.first().prevHash == rows.at(1).hash);
    BOOST_TEST(rows.at(3).reason == QStringLiteral("because"));
    BOOST_TEST(rows.first().details == QStringLiteral("{\"n\":6}"));
}

BOOST_AUTO_TEST_CASE(the_database_refuses_to_change_or_delete_rows)
{
    QSqlQuery q(db->connection());
    BOOST_TEST(!q.exec(QStringLiteral("UPDATE audit_log SET reason = 'x' WHERE id = 2")));
    BOOST_TEST(q.lastError().databaseText().contains(QStringLiteral("cannot be changed")));
    BOOST_TEST(!q.exec(QStringLiteral("DELETE FROM audit_log WHERE id = 2")));
    BOOST_TEST(q.lastError().databaseText().contains(QStringLiteral("cannot be deleted")));
    BOOST_TEST(AuditTrail::verify(db->connection()).ok);
}

BOOST_AUTO_TEST_CASE(an_edited_row_is_named)
{
    tamper(QStringLiteral("UPDATE audit_log SET user_name = 'mallory' WHERE id = 4"));
    const AuditVerification v = AuditTrail::verify(db->connection());
    BOOST_TEST(!v.ok);
    BOOST_TEST(v.firstBrokenId == 4);
    BOOST_TEST(v.problem.contains(QStringLiteral("4")));
}

BOOST_AUTO_TEST_CASE(a_deleted_row_is_found)
{
    tamper(QStringLiteral("DELETE FROM audit_log WHERE id = 3"));
    const AuditVerification v = AuditTrail::verify(db->connection());
    BOOST_TEST(!v.ok);
    BOOST_TEST(v.firstBrokenId == 4);
}

BOOST_AUTO_TEST_CASE(the_newest_rows_deleted_with_the_guards_dropped_are_noticed)
{
    // The rest still links up; the missing guards are what gives it away (made again, only a
    // kept anchor does: see below).
    tamper(QStringLiteral("DELETE FROM audit_log WHERE id > 4"));
    const AuditVerification v = AuditTrail::verify(db->connection());
    BOOST_TEST(!v.ok);
    BOOST_TEST(v.rowsChecked == 4);
    BOOST_TEST(v.problem.contains(QStringLiteral("triggers")), v.problem.toStdString());
}

// What an attacker with the key can do that the chain alone cannot show: write it again so that
// it links up, guards and all. A row's number and hash kept outside the file (audit anchor) can.
struct Rewrite
{
    explicit Rewrite(QSqlDatabase c)
        : c(std::move(c))
    {
        QSqlQuery q(this->c);
        BOOST_REQUIRE(q.exec(QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'trigger' "
                                            "AND tbl_name = 'audit_log'")));
        while (q.next())
            guards << q.value(0).toString();
        BOOST_REQUIRE(guards.size() == 2);
        execOrFail(this->c, QStringLiteral("DROP TRIGGER audit_log_no_update"));
        execOrFail(this->c, QStringLiteral("DROP TRIGGER audit_log_no_delete"));
    }
    // Every row from `from` on hashed again, linked to the one before.
    void relink(qint64 from)
    {
        QList<AuditRow> rows = AuditTrail::list(c, AuditFilter());
        std::reverse(rows.begin(), rows.end());
        QString prev = AuditTrail::GenesisHash;
        for (AuditRow& r : rows) {
            if (r.id >= from) {
                r.prevHash = prev;
                r.hash = AuditTrail::hashOf(r);
                QSqlQuery u(c);
                u.prepare(
                    QStringLiteral("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?"));
                u.addBindValue(r.prevHash);
                u.addBindValue(r.hash);
                u.addBindValue(r.id);
                BOOST_REQUIRE(u.exec());
            }
            prev = r.hash;
        }
    }
    ~Rewrite()
    {
        for (const QString& sql : std::as_const(guards))
            execOrFail(c, sql);
    }
    QSqlDatabase c;
    QStringList guards;
};

BOOST_AUTO_TEST_CASE(a_chain_written_again_is_caught_by_a_kept_anchor)
{
    QString why;
    const auto head = AuditTrail::head(db->connection(), &why);
    BOOST_REQUIRE(head.has_value());
    BOOST_TEST(head->id == 6);
    const AuditAnchor first{1, AuditTrail::list(db->connection(), AuditFilter()).last().hash, {}};
    BOOST_TEST(AuditTrail::verify(db->connection(), {*head, first}).ok);
    {
        Rewrite rewrite(db->connection());
        execOrFail(rewrite.c,
                   QStringLiteral("UPDATE audit_log SET user_name = 'mallory' WHERE id = 3"));
        rewrite.relink(3);
    }
    // Links up, guards in place: the chain alone sees nothing.
    BOOST_TEST(AuditTrail::verify(db->connection()).ok);
    BOOST_TEST(AuditTrail::verify(db->connection(), {first}).ok); // before the change
    const AuditVerification v = AuditTrail::verify(db->connection(), {first, *head});
    BOOST_TEST(!v.ok);
    BOOST_TEST(v.firstBrokenId == 6);
    BOOST_TEST(v.problem.contains(QStringLiteral("written again")), v.problem.toStdString());
}

BOOST_AUTO_TEST_CASE(the_newest_rows_deleted_and_the_guards_made_again_miss_a_kept_anchor)
{
    QString why;
    const auto head = AuditTrail::head(db->connection(), &why);
    BOOST_REQUIRE(head.has_value());
    {
        Rewrite rewrite(db->connection());
        execOrFail(rewrite.c, QStringLiteral("DELETE FROM audit_log WHERE id > 4"));
    }
    BOOST_TEST(AuditTrail::verify(db->connection()).ok);
    const AuditVerification v = AuditTrail::verify(db->connection(), {*head});
    BOOST_TEST(!v.ok);
    BOOST_TEST(v.firstBrokenId == 6);
    BOOST_TEST(v.problem.contains(QStringLiteral("missing")), v.problem.toStdString());
}

BOOST_AUTO_TEST_CASE(anchors_are_read_as_number_colon_hash)
{
    const QString hash(64, QLatin1Char('a'));
    const auto plain = AuditAnchor::parse(QStringLiteral("12:") + hash);
    BOOST_REQUIRE(plain.has_value());
    BOOST_TEST(plain->id == 12);
    BOOST_TEST(plain->text() == QStringLiteral("12:") + hash);
    BOOST_TEST(AuditAnchor::parse(QStringLiteral(" #12 : ") + hash.toUpper() + QStringLiteral(" "))
                   ->hash == hash);
    for (const QString& bad : {QStringLiteral("12:abc"), QStringLiteral("0:") + hash,
                               QStringLiteral("x:") + hash, QString(), hash})
        BOOST_TEST(!AuditAnchor::parse(bad).has_value(), bad.toStdString());
    // An empty trail has no anchor to keep.
    TempFolder other;
    MemoryKeyProvider keys2;
    DbError e;
    auto empty = Database::create(other.file(QStringLiteral("empty.rmdb")), keys2, &e);
    BOOST_REQUIRE_MESSAGE(empty, e.message);
    QString why;
    const auto none = AuditTrail::head(empty->connection(), &why);
    BOOST_REQUIRE(none.has_value());
    BOOST_TEST(none->id == 0);
}

BOOST_AUTO_TEST_CASE(a_guard_made_harmless_under_its_own_name_is_noticed)
{
    QSqlDatabase c = db->connection();
    execOrFail(c, QStringLiteral("DROP TRIGGER audit_log_no_delete"));
    execOrFail(c, QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                                 "WHEN 0 BEGIN SELECT RAISE(ABORT, 'audit rows cannot be "
                                 "deleted'); END"));
    const AuditVerification v = AuditTrail::verify(c);
    BOOST_TEST(!v.ok);
    BOOST_TEST(v.firstBrokenId == 0);
    BOOST_TEST(v.problem.contains(QStringLiteral("triggers")), v.problem.toStdString());
}

BOOST_AUTO_TEST_CASE(a_deleted_row_with_ids_closed_up_is_found)
{
    tamper(QStringLiteral("DELETE FROM audit_log WHERE id = 3"));
    execOrFail(db->connection(), QStringLiteral("UPDATE audit_log SET id = id - 1 WHERE id > 3"));
    const AuditVerification v = AuditTrail::verify(db->connection());
    BOOST_TEST(!v.ok);
    BOOST_TEST(v.firstBrokenId == 3);
}

BOOST_AUTO_TEST_CASE(reordered_rows_are_found)
{
    // Swap rows 2 and 5 by id.
    tamper(QStringLiteral("UPDATE audit_log SET id = -2 WHERE id = 2"));
    execOrFail(db->connection(), QStringLiteral("UPDATE audit_log SET id = 2 WHERE id = 5"));
    execOrFail(db->connection(), QStringLiteral("UPDATE audit_log SET id = 5 WHERE id = -2"));
    const AuditVerification v = AuditTrail::verify(db->connection());
    BOOST_TEST(!v.ok);
    BOOST_TEST(v.firstBrokenId == 2);
}

BOOST_AUTO_TEST_CASE(a_refused_write_rolls_back_with_its_change)
{
    QSqlDatabase c = db->connection();
    execOrFail(c, QStringLiteral("CREATE TABLE things (v TEXT)"));
    BOOST_REQUIRE(c.transaction());
    execOrFail(c, QStringLiteral("INSERT INTO things VALUES ('x')"));
    QString why;
    BOOST_REQUIRE(AuditTrail::record(c, Session{1, QStringLiteral("root"), Role::Admin, QString()},
                                     {QStringLiteral("thing.add"), QStringLiteral("thing"),
                                      QStringLiteral("7"), QJsonObject(), QString()},
                                     &why));
    BOOST_REQUIRE(c.rollback());
    BOOST_TEST(AuditTrail::list(c, AuditFilter()).size() == 6); // the audit row went with it
    BOOST_TEST(AuditTrail::verify(c).ok);
}

BOOST_AUTO_TEST_CASE(list_filters)
{
    QSqlDatabase c = db->connection();
    QString why;
    BOOST_REQUIRE(AuditTrail::recordAlone(
        c, Session{2, QStringLiteral("alice"), Role::Rm, QStringLiteral("BJ01")},
        {QStringLiteral("login"), QStringLiteral("session"), QString(), QJsonObject(), QString()},
        &why));
    AuditFilter byUser;
    byUser.userName = QStringLiteral("alice");
    BOOST_TEST(AuditTrail::list(c, byUser).size() == 1);
    AuditFilter byAction;
    byAction.action = QStringLiteral("test.event");
    byAction.limit = 2;
    const auto two = AuditTrail::list(c, byAction);
    BOOST_TEST(two.size() == 2);
    BOOST_TEST(two.first().id == 6);
    AuditFilter future;
    future.since = QDateTime::currentDateTimeUtc().addDays(1);
    BOOST_TEST(AuditTrail::list(c, future).isEmpty());
}

BOOST_AUTO_TEST_SUITE_END()
