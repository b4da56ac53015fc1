#pragma once

// A hand-worked month for the assessment stores (staff of LifecycleFixture plus rm3, rm4 and rm5
// in BJ01). Today is 2026-11-27; the period assessed is 2026-10 (previous: 2026-09).
//
//   month-end totals (fen)   2025-10  2026-08  2026-09  2026-10   next review
//   a1  rm1 BJ01                1000     1000     1000     1100   2027-01-01
//   a2  rm1 BJ01                 500      500      500        -   2026-10-15 (overdue on 10-31)
//   b1  rm3 BJ01                2000     2000     2000     2000   2027-01-01
//   b2  rm3 BJ01                   -        -        -     1000   2027-01-01 (new in October)
//   c1  rm2 SH01                 800      800      800      800   2026-10-20 (overdue on 10-31)
//   rm4, rm5 (BJ01) have no customers.
//
// October's actuals (targets of the shipped month standards in brackets):
//                     retention(90) net new(2) AUM growth(0.5) NPS(30) complaints(95) reviews(95)
//                     inter./cust.(0.5)
//   rm1  50 % (1 of 2)    −1 (a2)    −26.67 % (1500→1100)  25        50 % (1 of 2)  50 %        1
//   (1 / 1) rm3  100 % (1 of 1)   +1 (b2)    +50 % (2000→3000)     —         0 % (0 of 1)   100 %
//   0 (0 / 2) rm2  100 % (1 of 1)    0         0 %                   100       —              0 %
//   0 (0 / 1) rm4/rm5 —              0         —                     —         —              — —
// Scores (100 × actual / target, at most 100; weights 20/15/20/15/10/10/10):
//   rm1  500/9, 0, 0, 250/3, 1000/19, 1000/19, 100
//        total = (10000/9 + 1250 + 20000/19 + 1000) / 100 = 44.1374…
//   rm3  100, 50, 100, —, 0, 100, 0           total = 5750 / 85 = 67.6470…
//   rm2  100, 0, 0, 100, —, 0, 0              total = 3500 / 90 = 38.8888…
//   rm4, rm5  net new 0 → 0                   total = 0 (tied)
// Ranks in BJ01: rm3 1, rm1 2, rm4 3, rm5 3; SH01: rm2 1; overall rm3 1, rm1 2, rm2 3, rm4/5 4.
// September (the trend): no retention base (nothing held in 2025-09), net new 0, AUM growth 0 %,
// no NPS or complaints, reviews 100 % for everyone (all due after 09-30), interactions 0:
//   rm1, rm2, rm3 total = 100 × 10 / 55 = 18.1818…
//
// NPS: rm1's October answers 10, 9, 5, 8 → (2 − 1) / 4 = 25; rm2's 10 → 100; one rm1 answer in
// November does not count. Complaints taken by rm1 due in October: k1 decided on 10-14, due 10-15
// (on time); k2 undecided, due 10-19 (late); k3 due 11-03 (not in October); k4 withdrawn (does
// not count). rm3: k5 due 10-10, decided 10-12 (late). Interactions: rm1 one in October and one in
// November; rm3 one in September (two customers, both of BJ01).
#include "stores/assessmentstore.h"
#include "stores/evaluationstore.h"
#include "stores/lifecyclefixture.h"
#include "stores/retentionstore.h"
#include "stores/supervisionstore.h"

namespace rmdesk::test {

inline const QDateTime assessmentNow(QDate(2026, 11, 27), QTime(10, 0));

struct AssessmentFixture : LifecycleFixture
{
    AssessmentFixture()
    {
        for (const char* name : {"rm3", "rm4", "rm5"}) {
            StoreError error;
            BOOST_REQUIRE_MESSAGE(admin->addUser({QString::fromLatin1(name), QString(), Role::Rm,
                                                  QStringLiteral("BJ01")},
                                                 passwordOf(QString::fromLatin1(name)),
                                                 KdfProfile::Interactive, &error),
                                  error.message);
            auto v = login(QString::fromLatin1(name));
            BOOST_REQUIRE(v);
            users.insert(QString::fromLatin1(name), std::shared_ptr<Vault>(std::move(v)));
        }
        a1 = addCustomer("rm1", {{QStringLiteral("name"), QStringLiteral("安一")}});
        a2 = addCustomer("rm1", {{QStringLiteral("name"), QStringLiteral("安二")}});
        b1 = addCustomer("rm3", {{QStringLiteral("name"), QStringLiteral("白一")}});
        b2 = addCustomer("rm3", {{QStringLiteral("name"), QStringLiteral("白二")}});
        c1 = addCustomer("rm2", {{QStringLiteral("name"), QStringLiteral("陈一")}});
        const QStringList months = {QStringLiteral("2025-10"), QStringLiteral("2026-08"),
                                    QStringLiteral("2026-09"), QStringLiteral("2026-10")};
        const QList<std::pair<qint64, QList<qint64>>> totals = {{a1, {1000, 1000, 1000, 1100}},
                                                                {a2, {500, 500, 500, 0}},
                                                                {b1, {2000, 2000, 2000, 2000}},
                                                                {b2, {0, 0, 0, 1000}},
                                                                {c1, {800, 800, 800, 800}}};
        for (const auto& [customer, fen] : totals)
            for (int i = 0; i < months.size(); ++i)
                if (fen.at(i) > 0)
                    exec(QStringLiteral("INSERT INTO holdings (customer_id, product_code, month, "
                                        "balance_fen) VALUES (%1, 'P1', '%2', %3)")
                             .arg(customer)
                             .arg(months.at(i))
                             .arg(fen.at(i)));
        for (const auto& [customer, due] : {std::pair{a1, "2027-01-01"},
                                            {a2, "2026-10-15"},
                                            {b1, "2027-01-01"},
                                            {b2, "2027-01-01"},
                                            {c1, "2026-10-20"}})
            exec(QStringLiteral("UPDATE customers SET next_review_due = '%1' WHERE id = %2")
                     .arg(QLatin1String(due))
                     .arg(customer));
        // On the books since September 2025, with these review dates all along (schema 18 keeps
        // the dates changed today; the test of past periods makes its own changes).
        exec(QStringLiteral("UPDATE customers SET created_at = '2025-09-01T00:00:00.000Z'"));
        exec(QStringLiteral("DELETE FROM review_due_changes"));
        // Survey answers (template 3, annual-review).
        for (const auto& [customer, rm, day, nps] : {std::tuple{a1, "rm1", "2026-10-03", 10},
                                                     {a1, "rm1", "2026-10-09", 9},
                                                     {a2, "rm1", "2026-10-12", 5},
                                                     {a2, "rm1", "2026-10-31", 8},
                                                     {a1, "rm1", "2026-11-02", 0},
                                                     {c1, "rm2", "2026-10-05", 10}})
            exec(QStringLiteral("INSERT INTO survey_responses (customer_id, template_id, "
                                "answered_on, channel, branch_code, rm_user_id, segment, nps, "
                                "recorded_by, recorded_at) VALUES (%1, 3, '%2', 'phone', '%3', "
                                "%4, 'mass', %5, 'rm', '2026-11-01T00:00:00Z')")
                     .arg(customer)
                     .arg(QLatin1String(day))
                     .arg(QLatin1String(rm == QLatin1String("rm2") ? "SH01" : "BJ01"))
                     .arg(userId(rm))
                     .arg(nps));
        k1 = complaint(a1, "rm1", "2026-09-30", "2026-10-15", "decided", "2026-10-14");
        k2 = complaint(a2, "rm1", "2026-10-04", "2026-10-19", "investigating", nullptr);
        k3 = complaint(a1, "rm1", "2026-10-19", "2026-11-03", "decided", "2026-10-25");
        k4 = complaint(a1, "rm1", "2026-10-02", "2026-10-17", "withdrawn", nullptr);
        k5 = complaint(b1, "rm3", "2026-09-25", "2026-10-10", "decided", "2026-10-12");
        i1 = interaction(a1, "rm1", "2026-10-10T02:00:00.000Z");
        i2 = interaction(a1, "rm1", "2026-11-03T02:00:00.000Z");
        i3 = interaction(b1, "rm3", "2026-09-15T02:00:00.000Z");
    }

    void exec(const QString& sql) { execOrFail(db(), sql); }
    qint64 userId(const char* name) { return session(name).userId; }

    qint64 complaint(qint64 customer, const char* rm, const char* received, const char* due,
                     const char* status, const char* decided)
    {
        QSqlQuery q(db());
        q.prepare(QStringLiteral(
            "INSERT INTO complaints (customer_id, branch_code, taken_by_user_id, taken_by, "
            "channel, category, severity, summary, received_at, received_on, clock_version, "
            "decision_days, extended_days, approved_days, status, due_on, decided_on, "
            "created_at, updated_at) VALUES (?, 'BJ01', ?, ?, 'branch', 'service', 'low', "
            "'服务态度', ?, ?, 1, 15, 30, 60, ?, ?, ?, '2026-09-01', '2026-09-01')"));
        for (const QVariant& v :
             QVariantList{customer, userId(rm), QString::fromLatin1(rm),
                          QString::fromLatin1(received), QString::fromLatin1(received),
                          QString::fromLatin1(status), QString::fromLatin1(due),
                          decided ? QVariant(QString::fromLatin1(decided)) : QVariant()})
            q.addBindValue(v);
        BOOST_REQUIRE_MESSAGE(q.exec(), q.lastError().text());
        return q.lastInsertId().toLongLong();
    }

    qint64 interaction(qint64 customer, const char* rm, const char* at)
    {
        QSqlQuery q(db());
        q.prepare(QStringLiteral(
            "INSERT INTO interactions (customer_id, matter_id, at, user_id, user_name, channel, "
            "purpose, summary, outcome, recorded_at) VALUES (?, 0, ?, ?, ?, 'phone', "
            "'relationship_care', '例行回访', 'resolved', ?)"));
        for (const QVariant& v : QVariantList{customer, QString::fromLatin1(at), userId(rm),
                                              QString::fromLatin1(rm), QString::fromLatin1(at)})
            q.addBindValue(v);
        BOOST_REQUIRE_MESSAGE(q.exec(), q.lastError().text());
        const qint64 id = q.lastInsertId().toLongLong();
        exec(QStringLiteral("UPDATE interactions SET matter_id = id WHERE id = %1").arg(id));
        return id;
    }

    AssessmentStore assessment(const char* who, const QDateTime& at = assessmentNow)
    {
        return AssessmentStore(as(who).database().connection(), at);
    }
    EvaluationStore evaluations(const char* who, const QDateTime& at = assessmentNow)
    {
        return EvaluationStore(as(who).database().connection(), at);
    }
    SupervisionStore supervision(const char* who, const QDateTime& at = assessmentNow)
    {
        return SupervisionStore(as(who).database().connection(), at);
    }
    AssessmentStore adminAssessment(const QDateTime& at = assessmentNow)
    {
        return AssessmentStore(db(), at);
    }

    static KpiPeriod october() { return *KpiPeriod::parse(QStringLiteral("2026-10")); }

    // The card of `rm` in a set; fails the test when missing.
    static const Scorecard& card(const ScorecardSet& set, const char* rm)
    {
        for (const Scorecard& c : set.cards)
            if (c.rm == QLatin1String(rm))
                return c;
        BOOST_FAIL("no scorecard for " << rm);
        return set.cards.first();
    }
    static std::optional<double> actual(const Scorecard& c, const char* kpi)
    {
        for (const KpiScore& s : c.kpis)
            if (s.kpi == QLatin1String(kpi))
                return s.actual;
        return std::nullopt;
    }
    static std::optional<double> score(const Scorecard& c, const char* kpi)
    {
        for (const KpiScore& s : c.kpis)
            if (s.kpi == QLatin1String(kpi))
                return s.score;
        return std::nullopt;
    }

    // A hash over the assessment tables and the audit trail, to prove a refusal changed nothing.
    QByteArray assessmentDigest()
    {
        QCryptographicHash h(QCryptographicHash::Sha256);
        for (const char* table : {"kpi_standards", "evaluations", "spot_check_samples",
                                  "spot_checks", "improvement_measures", "audit_log"}) {
            QSqlQuery q(db());
            BOOST_REQUIRE(q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(table)));
            h.addData(QByteArray(table) + "\n");
            while (q.next()) {
                for (int i = 0; i < q.record().count(); ++i)
                    h.addData(q.value(i).toString().toUtf8() + '\x1f');
                h.addData("\n");
            }
        }
        return h.result().toHex();
    }

    qint64 a1 = 0, a2 = 0, b1 = 0, b2 = 0, c1 = 0;
    qint64 k1 = 0, k2 = 0, k3 = 0, k4 = 0, k5 = 0;
    qint64 i1 = 0, i2 = 0, i3 = 0;
};

} // namespace rmdesk::test
