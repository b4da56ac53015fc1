// The demo generator end to end on a small database: deterministic by seed, counts that match the
// tables, balances over the months that tell believable stories (customers coming throughout the
// span, churning, coming back), valid customers, and a search that finds them.
#include "demo/demogenerator.h"
#include "domain/customerfields.h"
#include "domain/pinyin.h"
#include "stores/customersearch.h"
#include "stores/demotestsupport.h"
#include "stores/holdingseries.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>

#include <map>
#include <set>

using namespace rmdesk;
using namespace rmdesk::test;

namespace {

struct DemoFixture : VaultFixture
{
    std::optional<DemoCounts> generate(Vault& vault, qint64 customers, quint64 seed,
                                       StoreError* error = nullptr)
    {
        StoreError e;
        auto counts =
            DemoGenerator(demoOptions(customers, seed)).run(vault, secret("demo-password"), &e);
        if (error)
            *error = e;
        return counts;
    }

    // A second database in the same folder, with its own administrator.
    std::unique_ptr<Vault> another(const QString& name)
    {
        StoreError e;
        SecretBytes recovery;
        auto v = Vault::create(folder.file(name), QStringLiteral("root"), secret("root-password"),
                               KdfProfile::Interactive, &recovery, &e);
        BOOST_REQUIRE_MESSAGE(v, e.message);
        return v;
    }

    // SHA-256 over the customers (without the load's own time) and their holding series.
    static QByteArray digest(QSqlDatabase db)
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QSqlQuery q(db);
        BOOST_REQUIRE(q.exec(QStringLiteral("SELECT * FROM customers ORDER BY id")));
        while (q.next()) {
            const QSqlRecord r = q.record();
            for (int i = 0; i < r.count(); ++i)
                if (r.fieldName(i) != QLatin1String("updated_at"))
                    hash.addData((r.value(i).toString() + QLatin1Char('\x1f')).toUtf8());
        }
        BOOST_REQUIRE(q.exec(QStringLiteral("SELECT customer_id, product_code, balances FROM "
                                            "holding_series ORDER BY customer_id, product_code")));
        while (q.next())
            hash.addData(
                QStringLiteral("%1|%2|%3\n")
                    .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString())
                    .toUtf8());
        return hash.result();
    }
};

// Month index (year * 12 + month - 1) → the customer's total of that month.
using Totals = std::map<int, qint64>;

std::map<qint64, Totals> totalsByCustomer(QSqlDatabase db)
{
    std::map<qint64, Totals> out;
    QSqlQuery q(db);
    BOOST_REQUIRE(q.exec(QStringLiteral("SELECT customer_id, balances FROM holding_series")));
    std::vector<MonthBalance> balances;
    while (q.next()) {
        const QByteArray text = q.value(1).toString().toUtf8();
        BOOST_REQUIRE(HoldingSeries::decode(
            std::string_view(text.constData(), std::size_t(text.size())), &balances));
        Totals& t = out[q.value(0).toLongLong()];
        for (const MonthBalance& b : balances)
            t[b.month] += b.fen;
    }
    return out;
}

} // namespace

BOOST_FIXTURE_TEST_SUITE(demo_generator, DemoFixture)

BOOST_AUTO_TEST_CASE(same_seed_same_data)
{
    BOOST_REQUIRE(generate(*admin, 300, 42));
    auto second = another(QStringLiteral("second.rmdb"));
    BOOST_REQUIRE(generate(*second, 300, 42));
    auto third = another(QStringLiteral("third.rmdb"));
    BOOST_REQUIRE(generate(*third, 300, 43));
    const QByteArray a = digest(admin->database().connection());
    BOOST_TEST(a.toHex() == digest(second->database().connection()).toHex());
    BOOST_TEST(a.toHex() != digest(third->database().connection()).toHex());
}

BOOST_AUTO_TEST_CASE(counts_balances_and_tiers_agree)
{
    QSqlDatabase db = admin->database().connection();
    // Every index and trigger the loader set aside is back as it was (ANALYZE adds its table).
    const auto schema = [&] {
        QSqlQuery q(db);
        BOOST_REQUIRE(q.exec(QStringLiteral("SELECT group_concat(type || ' ' || name || ' ' || "
                                            "coalesce(sql, ''), '\n') FROM (SELECT * FROM "
                                            "sqlite_master WHERE name NOT LIKE 'sqlite_stat%' "
                                            "ORDER BY type, name)")) &&
                      q.next());
        return q.value(0).toString();
    };
    const QString before = schema();
    BOOST_TEST(before.contains(QStringLiteral("trigger customers_stage_default")));
    const auto counts = generate(*admin, 800, 7);
    BOOST_REQUIRE(counts);
    BOOST_TEST(schema() == before);
    BOOST_TEST(counts->customers == 800);
    BOOST_TEST(scalar(db, QStringLiteral("SELECT count(*) FROM customers")) == 800);
    BOOST_TEST(scalar(db, QStringLiteral("SELECT count(*) FROM customers WHERE type = "
                                         "'institution'")) == counts->institutions);
    BOOST_TEST(scalar(db, QStringLiteral("SELECT count(*) FROM holding_series")) == counts->series);
    BOOST_TEST(scalar(db, QStringLiteral("SELECT count(*) FROM holdings")) == counts->balances);
    BOOST_TEST(counts->months == kMonths);
    BOOST_TEST(scalar(db, QStringLiteral("SELECT count(*) FROM users WHERE name != 'root'")) ==
               counts->users);
    BOOST_TEST(scalar(db, QStringLiteral("SELECT count(*) FROM products")) == counts->products);
    BOOST_TEST(scalar(db, QStringLiteral("SELECT count(*) FROM interactions")) ==
               counts->interactions);
    BOOST_TEST(scalar(db, QStringLiteral("SELECT count(*) FROM complaints")) == counts->complaints);
    BOOST_TEST(scalar(db, QStringLiteral("SELECT count(*) FROM survey_responses")) ==
               counts->surveys);
    BOOST_TEST(scalar(db, QStringLiteral("SELECT count(*) FROM tasks")) == counts->tasks);
    BOOST_TEST(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                         "'demo.generate'")) == 1);
    BOOST_TEST(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                         "'user.add'")) == counts->users + 1);
    BOOST_TEST(scalar(db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")) == 0);
    // Every customer's RM is an RM of its branch.
    BOOST_TEST(scalar(db, QStringLiteral("SELECT count(*) FROM customers c JOIN users u ON "
                                         "u.id = c.rm_user_id AND u.role = 'rm' AND "
                                         "u.branch_code = c.branch_code")) == 800);

    // The tier thresholds in force, in fen.
    const qint64 affluent =
        scalar(db, QStringLiteral("SELECT v.value FROM rule_values v JOIN rule_sets s ON s.id = "
                                  "v.rule_set_id WHERE s.name = 'customer_tiers' AND v.key = "
                                  "'affluent_min_aum' ORDER BY s.version DESC LIMIT 1")) *
        100;
    const qint64 privateMin =
        scalar(db, QStringLiteral("SELECT v.value FROM rule_values v JOIN rule_sets s ON s.id = "
                                  "v.rule_set_id WHERE s.name = 'customer_tiers' AND v.key = "
                                  "'private_min_aum' ORDER BY s.version DESC LIMIT 1")) *
        100;
    BOOST_REQUIRE(affluent > 0);
    BOOST_REQUIRE(privateMin > affluent);

    // The span: 2023-11 … 2026-10 for 36 months before 2026-11-27.
    const int first = 2023 * 12 + 10, last = 2026 * 12 + 9;
    BOOST_TEST(HoldingSeries::monthName(first) == "2023-11");
    const auto totals = totalsByCustomer(db);
    QSqlQuery q(db);
    BOOST_REQUIRE(q.exec(QStringLiteral("SELECT id, aum_fen, tier, created_at, lifecycle_stage "
                                        "FROM customers ORDER BY id")));
    int tiers[3] = {0, 0, 0};
    std::set<int> firstMonths;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        BOOST_TEST_CONTEXT(id)
        {
            const auto found = totals.find(id);
            const qint64 latest =
                found == totals.end() || !found->second.count(last) ? 0 : found->second.at(last);
            BOOST_TEST(q.value(1).toLongLong() == latest);
            const QString tier = q.value(2).toString();
            const QString expected = latest >= privateMin ? QStringLiteral("private")
                                     : latest >= affluent ? QStringLiteral("affluent")
                                                          : QStringLiteral("mass");
            BOOST_TEST(tier == expected);
            ++tiers[expected == QLatin1String("mass")       ? 0
                    : expected == QLatin1String("affluent") ? 1
                                                            : 2];
            const QDateTime created =
                QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
            BOOST_REQUIRE(created.isValid());
            BOOST_TEST((created.date() < kToday));
            if (found == totals.end()) {
                BOOST_TEST(q.value(4).toString() == QStringLiteral("prospect"));
                continue;
            }
            for (const auto& [month, fen] : found->second) {
                BOOST_TEST(month >= first);
                BOOST_TEST(month <= last);
                BOOST_TEST(fen >= 0);
            }
            // Onboarded in the month of the first holdings, or before the span.
            const int firstHeld = found->second.begin()->first;
            const int createdMonth = created.date().year() * 12 + created.date().month() - 1;
            if (firstHeld > first)
                BOOST_TEST(createdMonth == firstHeld);
            else
                BOOST_TEST(createdMonth <= first);
            firstMonths.insert(firstHeld);
        }
    }
    BOOST_TEST(tiers[0] > 600);
    BOOST_TEST(tiers[1] > 20);
    // New customers came throughout the span.
    BOOST_TEST(firstMonths.size() >= 30u);
}

BOOST_AUTO_TEST_CASE(renewed_documents_wait_for_their_check)
{
    QSqlDatabase db = admin->database().connection();
    BOOST_REQUIRE(generate(*admin, 800, 7));
    // Up to four per branch, the oldest of each branch confirmed by its supervisor.
    const qint64 checks = scalar(db, QStringLiteral("SELECT count(*) FROM change_checks"));
    BOOST_TEST(checks > 0);
    BOOST_TEST(scalar(db, QStringLiteral("SELECT count(*) FROM change_checks WHERE status = "
                                         "'pending'")) > 0);
    BOOST_TEST(scalar(db, QStringLiteral("SELECT max(n) FROM (SELECT count(*) AS n FROM "
                                         "change_checks k JOIN customers c ON c.id = "
                                         "k.customer_id GROUP BY c.branch_code)")) <= 4);
    // Each is one renewed expiry by the customer's RM, which the profile now shows.
    BOOST_TEST(scalar(db, QStringLiteral(
                              "SELECT count(*) FROM change_checks k JOIN customer_changes x ON "
                              "x.check_id = k.id JOIN customers c ON c.id = k.customer_id JOIN "
                              "users u ON u.id = k.changed_by_id WHERE x.field = 'id_expiry' AND "
                              "x.new_value = c.id_expiry AND x.new_value > x.old_value AND "
                              "u.name = x.user_name AND c.rm_user_id = u.id")) == checks);
    BOOST_TEST(scalar(db, QStringLiteral(
                              "SELECT count(*) FROM change_checks k JOIN customers c ON c.id = "
                              "k.customer_id JOIN users s ON s.id = k.checked_by_id WHERE "
                              "k.status = 'confirmed' AND s.role = 'supervisor' AND "
                              "s.branch_code = c.branch_code AND k.checked_at > k.changed_at")) ==
               scalar(db, QStringLiteral("SELECT count(*) FROM change_checks WHERE status <> "
                                         "'pending'")));
}

BOOST_AUTO_TEST_CASE(customers_churn_and_come_back)
{
    BOOST_REQUIRE(generate(*admin, 1500, 11));
    QSqlDatabase db = admin->database().connection();
    const int last = 2026 * 12 + 9;
    const auto totals = totalsByCustomer(db);
    // The stories seen in the balances: gone for good, and back after at least three empty
    // months.
    int churned = 0, wonBack = 0;
    for (const auto& [id, t] : totals) {
        const int firstHeld = t.begin()->first, lastHeld = t.rbegin()->first;
        if (lastHeld < last)
            ++churned;
        int gap = 0; // the longest run of empty months between two held ones
        for (int m = firstHeld + 1, empty = 0; m <= lastHeld; ++m) {
            empty = t.count(m) ? 0 : empty + 1;
            gap = std::max(gap, empty);
        }
        if (gap >= 3)
            ++wonBack;
    }
    BOOST_TEST(churned > 75);
    BOOST_TEST(wonBack > 40);

    // The stages agree with the balances. The histories assign them month by month up to the
    // month before last (the last is left to the monthly run): a churned customer has held
    // nothing for months by then, a won-back one holds again after empty months, a prospect had
    // nothing yet.
    QSqlQuery q(db);
    BOOST_REQUIRE(q.exec(QStringLiteral("SELECT id, lifecycle_stage FROM customers")));
    int stagedChurned = 0, stagedWonBack = 0;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const QString stage = q.value(1).toString();
        const auto found = totals.find(id);
        BOOST_TEST_CONTEXT(id << ' ' << stage.toStdString())
        {
            if (stage == QLatin1String("churned")) {
                ++stagedChurned;
                BOOST_REQUIRE(found != totals.end());
                for (int m = last - 6; m < last; ++m)
                    BOOST_TEST(!found->second.count(m));
            } else if (stage == QLatin1String("won_back")) {
                ++stagedWonBack;
                BOOST_REQUIRE(found != totals.end());
                BOOST_TEST(found->second.count(last - 1) == 1u);
                int emptyBefore = 0;
                for (int m = found->second.begin()->first; m < last - 1; ++m)
                    emptyBefore += found->second.count(m) ? 0 : 1;
                BOOST_TEST(emptyBefore >= 3);
            } else if (stage == QLatin1String("prospect")) {
                BOOST_TEST((found == totals.end() || found->second.begin()->first == last));
            }
        }
    }
    BOOST_TEST(stagedChurned > 10);
    BOOST_TEST(stagedWonBack > 0);
}

BOOST_AUTO_TEST_CASE(customers_pass_the_store_checks)
{
    BOOST_REQUIRE(generate(*admin, 500, 3));
    QSqlQuery q(admin->database().connection());
    BOOST_REQUIRE(q.exec(QStringLiteral("SELECT * FROM customers ORDER BY id")));
    int checked = 0;
    while (q.next()) {
        const CustomerType t = *customerTypeFromName(q.value(QStringLiteral("type")).toString());
        QHash<QString, QString> values;
        for (const QString& f : CustomerFields::namesFor(t))
            if (!q.value(f).isNull() && !q.value(f).toString().isEmpty())
                values.insert(f, q.value(f).toString());
        const QList<FieldError> problems = CustomerFields::normalise(t, &values, true, kToday);
        BOOST_TEST_CONTEXT(q.value(QStringLiteral("id")).toLongLong())
        BOOST_TEST(problems.isEmpty(),
                   (problems.isEmpty() ? QString() : problems.first().message).toStdString());
        ++checked;
    }
    BOOST_TEST(checked == 500);
}

BOOST_AUTO_TEST_CASE(refuses_a_database_with_customers_and_other_roles)
{
    addStaff();
    auto rm = login(QStringLiteral("rm1"));
    BOOST_REQUIRE(rm);
    StoreError e;
    BOOST_TEST(!generate(*rm, 10, 1, &e));
    BOOST_TEST(e.kind == StoreError::Forbidden);
    QSqlDatabase db = admin->database().connection();
    BOOST_TEST(scalar(db, QStringLiteral("SELECT count(*) FROM customers")) == 0);
    BOOST_TEST(scalar(db, QStringLiteral("SELECT count(*) FROM users")) == 5);

    BOOST_REQUIRE(generate(*admin, 20, 1));
    const qint64 users = scalar(db, QStringLiteral("SELECT count(*) FROM users"));
    const qint64 audit = scalar(db, QStringLiteral("SELECT count(*) FROM audit_log"));
    BOOST_TEST(!generate(*admin, 10, 2, &e));
    BOOST_TEST(e.kind == StoreError::Invalid);
    BOOST_TEST(e.message.contains(QLatin1String("20")));
    BOOST_TEST(scalar(db, QStringLiteral("SELECT count(*) FROM customers")) == 20);
    BOOST_TEST(scalar(db, QStringLiteral("SELECT count(*) FROM users")) == users);
    BOOST_TEST(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log")) == audit);

    // Bad sizes change nothing either.
    auto fresh = another(QStringLiteral("fresh.rmdb"));
    BOOST_TEST(!generate(*fresh, 0, 1, &e));
    BOOST_TEST(e.kind == StoreError::Invalid);
    BOOST_TEST(
        scalar(fresh->database().connection(), QStringLiteral("SELECT count(*) FROM users")) == 1);
}

BOOST_AUTO_TEST_CASE(staff_can_sign_in)
{
    BOOST_REQUIRE(generate(*admin, 50, 5));
    StoreError e;
    for (const char* name : {"rm.bj01.01", "sup.sh01", "compliance1"}) {
        auto v = Vault::login(path, QString::fromLatin1(name), secret("demo-password"), &e);
        BOOST_TEST_CONTEXT(name) BOOST_TEST(v != nullptr, e.message.toStdString());
    }
}

BOOST_AUTO_TEST_CASE(prepared_key_slots_add_users_with_the_same_checks)
{
    addStaff();
    StoreError e;
    const QList<KeySlot> made =
        admin->prepareUserSlots({QStringLiteral("rm9"), QStringLiteral("rm10")},
                                secret("rm9-password"), KdfProfile::Interactive, &e);
    BOOST_REQUIRE_MESSAGE(made.size() == 2, e.message);
    const KeySlot& slot = made[0];
    BOOST_TEST(slot.publicKey.size() == 32);
    BOOST_TEST(made[1].user == QStringLiteral("rm10"));
    // One derivation, a key pair (and so a private key and a sealed database key) per user.
    BOOST_TEST(made[1].kdf.salt == slot.kdf.salt);
    BOOST_TEST(made[1].publicKey != slot.publicKey);
    BOOST_TEST(made[1].privateKey != slot.privateKey);
    BOOST_TEST(admin
                   ->prepareUserSlots({QStringLiteral("rm8")}, secret("short"),
                                      KdfProfile::Interactive, &e)
                   .isEmpty());
    BOOST_TEST(e.kind == StoreError::Invalid);
    QSqlDatabase db = admin->database().connection();
    const auto users = [&] { return scalar(db, QStringLiteral("SELECT count(*) FROM users")); };
    const qint64 before = users();
    const NewUser rm9{QStringLiteral("rm9"), QString(), Role::Rm, QStringLiteral("BJ01")};
    // Another user's slot, an RM acting, a name that exists: refused, nothing written.
    BOOST_TEST(!admin->addPreparedUsers(
        {{QStringLiteral("rm7"), QString(), Role::Rm, QStringLiteral("BJ01")}}, {slot}, {100}, &e));
    BOOST_TEST(e.kind == StoreError::Invalid);
    auto rm = login(QStringLiteral("rm1"));
    BOOST_REQUIRE(rm);
    BOOST_TEST(!rm->addPreparedUsers({rm9}, {slot}, {100}, &e));
    BOOST_TEST(e.kind == StoreError::Forbidden);
    BOOST_TEST(!admin->addPreparedUsers(
        {{QStringLiteral("rm1"), QString(), Role::Rm, QStringLiteral("BJ01")}}, {slot}, {100}, &e));
    BOOST_TEST(users() == before);
    BOOST_TEST(!Vault::login(path, QStringLiteral("rm9"), secret("rm9-password"), &e));

    BOOST_REQUIRE_MESSAGE(admin->addPreparedUsers({rm9}, {slot}, {100}, &e), e.message);
    BOOST_TEST(users() == before + 1);
    BOOST_TEST(scalar(db, QStringLiteral("SELECT id FROM users WHERE name = 'rm9'")) == 100);
    BOOST_TEST(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                         "'user.add' AND entity_id = '100'")) == 1);
    auto rm9Vault = Vault::login(path, QStringLiteral("rm9"), secret("rm9-password"), &e);
    BOOST_TEST(rm9Vault != nullptr, e.message.toStdString());
    rm9Vault.reset();
    const NewUser rm10{QStringLiteral("rm10"), QString(), Role::Rm, QStringLiteral("BJ01")};
    BOOST_REQUIRE_MESSAGE(admin->addPreparedUsers({rm10}, {made[1]}, {101}, &e), e.message);
    auto rm10Vault = Vault::login(path, QStringLiteral("rm10"), secret("rm9-password"), &e);
    BOOST_TEST(rm10Vault != nullptr, e.message.toStdString());
    BOOST_TEST(!Vault::login(path, QStringLiteral("rm10"), secret("rm10-password"), &e));
}

BOOST_AUTO_TEST_CASE(search_finds_generated_customers)
{
    BOOST_REQUIRE(generate(*admin, 400, 9));
    // Compliance reads every customer (an administrator reads none).
    StoreError e;
    auto reader = Vault::login(path, QStringLiteral("compliance1"), secret("demo-password"), &e);
    BOOST_REQUIRE_MESSAGE(reader, e.message);
    QSqlDatabase db = reader->database().connection();
    QSqlQuery q(db);
    BOOST_REQUIRE(q.exec(QStringLiteral("SELECT id, name, id_number FROM customers WHERE type = "
                                        "'individual' AND length(name) = 3 ORDER BY id LIMIT 5")));
    CustomerSearch search(db);
    int checked = 0;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const QString name = q.value(1).toString();
        const QString number = q.value(2).toString();
        const auto finds = [&](const QString& text) {
            StoreError e;
            const SearchResult r = search.search(reader->session(), text, 500, &e);
            BOOST_TEST_REQUIRE(e.ok(), e.message.toStdString());
            for (const CustomerView& c : r.customers)
                if (c.id == id)
                    return true;
            return false;
        };
        BOOST_TEST_CONTEXT(name.toStdString())
        {
            BOOST_TEST(finds(name));
            BOOST_TEST(finds(name.right(2)));
            BOOST_TEST(finds(Pinyin::nameInitials(name)));
            BOOST_TEST(finds(number.right(4)));
            BOOST_TEST(finds(number));
        }
        ++checked;
    }
    BOOST_TEST(checked == 5);
}

BOOST_AUTO_TEST_SUITE_END()
