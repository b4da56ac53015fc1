#pragma once
// A database of customers with many ties (few names, AUMs and dates), and the plain ORDER BY
// that windowed lists must agree with.
#include "common/vaultfixture.h"
#include "stores/customerlisting.h"

#include <QSqlQuery>

namespace rmdesk::test {

inline const QDate listToday(2026, 11, 27);

struct ListingFixture : VaultFixture
{
    ListingFixture()
    {
        addStaff();
        rm1 = login(QStringLiteral("rm1"));
        sup1 = login(QStringLiteral("sup1"));
        comp1 = login(QStringLiteral("comp1"));
        BOOST_REQUIRE(rm1 && sup1 && comp1);
        fill(400);
    }

    // Deterministic rows with many ties (few names, AUMs and dates), so the customer number has
    // to break them.
    void fill(int n)
    {
        QSqlDatabase db = admin->database().connection();
        QSqlQuery q(db);
        BOOST_REQUIRE(q.exec(QStringLiteral("SELECT id FROM users WHERE name = 'rm1'")) &&
                      q.next());
        const qint64 rm1Id = q.value(0).toLongLong();
        BOOST_REQUIRE(db.transaction());
        q.prepare(QStringLiteral(
            "INSERT INTO customers (type, name, branch_code, rm_user_id, tier, aum_fen, "
            "lifecycle_stage, risk_level, next_review_due, created_at, updated_at, status) "
            "VALUES ('individual', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        const QStringList names = {QStringLiteral("张伟"), QStringLiteral("王芳"),
                                   QStringLiteral("李娜"), QStringLiteral("刘洋"),
                                   QStringLiteral("陈静")};
        const QStringList stages = {QStringLiteral("onboarding"), QStringLiteral("growing"),
                                    QStringLiteral("mature")};
        for (int i = 0; i < n; ++i) {
            const QString tier = i % 50 == 0  ? QStringLiteral("private")
                                 : i % 5 == 0 ? QStringLiteral("affluent")
                                              : QStringLiteral("mass");
            q.addBindValue(names.at((i * 7) % names.size()));
            q.addBindValue(i % 3 == 0 ? QStringLiteral("SH01") : QStringLiteral("BJ01"));
            q.addBindValue(i % 4 == 0 && i % 3 != 0 ? QVariant(rm1Id) : QVariant());
            q.addBindValue(tier);
            q.addBindValue(qint64((i * 37) % 11) * 100000);
            q.addBindValue(stages.at(i % stages.size()));
            q.addBindValue(QStringLiteral("C%1").arg(1 + i % 5));
            q.addBindValue(listToday.addDays((i * 13) % 90 - 30).toString(Qt::ISODate));
            q.addBindValue(QStringLiteral("2026-0%1-01T00:00:00Z").arg(1 + i % 9));
            q.addBindValue(QStringLiteral("2026-11-01T00:00:00Z"));
            q.addBindValue(i % 10 == 9 ? QStringLiteral("ended") : QStringLiteral("active"));
            BOOST_REQUIRE(q.exec());
        }
        BOOST_REQUIRE(db.commit());
    }

    // The ids a plain query returns, for the same scope, filters and order.
    QList<qint64> truth(const Vault& v, const CustomerListQuery& query)
    {
        QStringList where = {QStringLiteral("1")};
        QVariantList binds;
        const Session& s = v.session();
        if (s.role == Role::Rm) {
            where << QStringLiteral("c.rm_user_id = (SELECT id FROM users WHERE name = ?)");
            binds << s.userName;
        } else if (s.role == Role::Supervisor) {
            where << QStringLiteral("c.branch_code = ?");
            binds << s.branch;
        }
        auto eq = [&](const QString& value, const char* column) {
            if (!value.isEmpty()) {
                where << QStringLiteral("c.%1 = ?").arg(QLatin1String(column));
                binds << value;
            }
        };
        eq(query.branch, "branch_code");
        if (!query.rmName.isEmpty()) {
            where << QStringLiteral("c.rm_user_id = (SELECT id FROM users WHERE name = ?)");
            binds << query.rmName;
        }
        eq(query.tier, "tier");
        eq(query.stage, "lifecycle_stage");
        eq(query.riskLevel, "risk_level");
        eq(query.status, "status");
        if (query.reviewOverdue) {
            where << QStringLiteral("c.next_review_due < ?");
            binds << listToday.toString(Qt::ISODate);
        }
        const QString dir = query.descending ? QStringLiteral(" DESC") : QString();
        QSqlQuery q(admin->database().connection());
        q.prepare(QStringLiteral("SELECT c.id FROM customers c WHERE %1 ORDER BY %2%3, c.id%3")
                      .arg(where.join(QStringLiteral(" AND ")),
                           CustomerListing::sortExpression(query.sort), dir));
        for (const QVariant& b : binds)
            q.addBindValue(b);
        BOOST_REQUIRE(q.exec());
        QList<qint64> ids;
        while (q.next())
            ids << q.value(0).toLongLong();
        return ids;
    }

    static QList<qint64> idsOf(const QList<CustomerView>& rows)
    {
        QList<qint64> ids;
        for (const CustomerView& r : rows)
            ids << r.id;
        return ids;
    }

    void check(Vault& v, const CustomerListQuery& query)
    {
        const QList<qint64> expected = truth(v, query);
        CustomerListing listing(v.database().connection(), v.session(), listToday);
        StoreError e;
        BOOST_REQUIRE_MESSAGE(listing.prepare(query, &e), e.message);
        BOOST_REQUIRE_EQUAL(listing.total(), expected.size());
        const int page = 7;

        QList<CustomerView> rows;
        QList<qint64> forwards;
        for (;;) {
            const CustomerKey key = rows.isEmpty() ? CustomerKey() : listing.keyOf(rows.last());
            rows = listing.after(forwards.isEmpty() ? nullptr : &key, page, &e);
            BOOST_REQUIRE_MESSAGE(e.ok(), e.message);
            if (rows.isEmpty())
                break;
            forwards << idsOf(rows);
        }
        BOOST_TEST(forwards == expected);

        QList<qint64> backwards;
        rows.clear();
        for (;;) {
            const CustomerKey key = rows.isEmpty() ? CustomerKey() : listing.keyOf(rows.first());
            rows = listing.before(backwards.isEmpty() ? nullptr : &key, page, &e);
            BOOST_REQUIRE_MESSAGE(e.ok(), e.message);
            if (rows.isEmpty())
                break;
            backwards = idsOf(rows) + backwards;
        }
        BOOST_TEST(backwards == expected);

        for (int offset : {0, 1, int(expected.size()) / 2, int(expected.size()) - 3,
                           int(expected.size()) - 1, int(expected.size())}) {
            const QList<qint64> slice = expected.mid(std::max(0, offset), page);
            BOOST_TEST(idsOf(listing.at(offset, page, &e)) == slice);
        }
    }

    std::unique_ptr<Vault> rm1, sup1, comp1;
};

inline const CustomerSort allSorts[] = {CustomerSort::Number,  CustomerSort::Name,
                                        CustomerSort::Created, CustomerSort::Tier,
                                        CustomerSort::Aum,     CustomerSort::NextReview};

} // namespace rmdesk::test
