// The demo customers' histories (models/demo/demohistory.h) on a small generated database: rates
// within their bounds, complaints that follow the clock and the state machine, survey scores in
// their scales with the callbacks the store would make, stage transitions that chain up to the
// stored stage and let `stage run` go on, everything readable by the stores, and the same
// histories for the same seed.
#include "demo/demogenerator.h"
#include "demo/demohistory.h"
#include "domain/lifecyclerules.h"
#include "domain/satisfaction.h"
#include "stores/complaintstore.h"
#include "stores/demotestsupport.h"
#include "stores/interactionstore.h"
#include "stores/lifecyclestore.h"
#include "stores/surveystore.h"
#include "stores/taskstore.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>

#include <map>

using namespace rmdesk;
using namespace rmdesk::test;

namespace {

constexpr qint64 kCustomers = 4000;

std::optional<DemoCounts> generate(Vault& vault, qint64 customers, quint64 seed)
{
    StoreError e;
    auto counts =
        DemoGenerator(demoOptions(customers, seed)).run(vault, secret("demo-password"), &e);
    BOOST_REQUIRE_MESSAGE(counts, e.message);
    return counts;
}

// One demo database for the whole suite (generating it takes a while under the sanitizers).
struct Demo
{
    Demo()
        : path(folder.file(QStringLiteral("demo.rmdb")))
    {
        StoreError e;
        SecretBytes recovery;
        admin = Vault::create(path, QStringLiteral("root"), secret("root-password"),
                              KdfProfile::Interactive, &recovery, &e);
        BOOST_REQUIRE_MESSAGE(admin, e.message);
        counts = generate(*admin, kCustomers, 11);
        compliance = Vault::login(path, QStringLiteral("compliance1"), secret("demo-password"), &e);
        BOOST_REQUIRE_MESSAGE(compliance, e.message);
    }
    QSqlDatabase db() const { return admin->database().connection(); }

    TempFolder folder;
    QString path;
    std::unique_ptr<Vault> admin, compliance;
    std::optional<DemoCounts> counts;
};

Demo& shared()
{
    static Demo d;
    return d;
}

// SHA-256 over every history table, in id order.
QByteArray historyDigest(QSqlDatabase db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char* table :
         {"interactions", "interaction_products", "tasks", "complaints", "complaint_events",
          "survey_responses", "survey_answers", "stage_transitions", "stage_runs"}) {
        QSqlQuery q(db);
        BOOST_REQUIRE(q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(table)));
        while (q.next()) {
            const QSqlRecord r = q.record();
            for (int i = 0; i < r.count(); ++i)
                hash.addData((r.value(i).toString() + QLatin1Char('\x1f')).toUtf8());
        }
    }
    return hash.result();
}

} // namespace

BOOST_AUTO_TEST_SUITE(demo_history)

BOOST_AUTO_TEST_CASE(stages_month_by_month_as_the_rules_say)
{
    demo::RowSettings settings;
    settings.today = kToday;
    settings.months = 8;
    const demo::HistoryMaker maker(settings);
    auto names = [](const std::vector<std::uint8_t>& stages) {
        QStringList out;
        for (std::uint8_t s : stages)
            out << QLatin1String(demo::hist::kStages[s]);
        return out.join(QLatin1Char(' ')).toStdString();
    };
    // Held from month 2, unchanged, never contacted: onboarding for three months, then mature.
    const std::vector<bool> none(8, false);
    BOOST_TEST(names(maker.stagesFor({0, 0, 1000, 1000, 1000, 1000, 1000, 1000}, none, 8)) ==
               "prospect prospect onboarding onboarding onboarding mature mature mature");
    // Held since before the demo's months, up by half in month 4: growing while the three-month
    // trend sees it (months 4-6), mature again in month 7.
    BOOST_TEST(names(maker.stagesFor({100, 100, 100, 100, 150, 150, 150, 150}, none, 8)) ==
               "mature mature mature mature growing growing growing mature");
    // Nothing moves after month 0 and nobody calls: dormant from month 6 (six quiet months); a
    // contact in month 6 keeps the customer mature.
    BOOST_TEST(names(maker.stagesFor({500, 500, 500, 500, 500, 500, 500, 500}, none, 8)) ==
               "mature mature mature mature mature mature dormant dormant");
    std::vector<bool> called(8, false);
    called[6] = true;
    BOOST_TEST(names(maker.stagesFor({500, 500, 500, 500, 500, 500, 500, 500}, called, 8)) ==
               "mature mature mature mature mature mature mature mature");
}

BOOST_AUTO_TEST_CASE(rates_within_their_bounds)
{
    Demo& d = shared();
    QSqlDatabase db = d.db();
    const double customers = double(kCustomers);
    BOOST_TEST_MESSAGE("interactions "
                       << d.counts->interactions << ", complaints " << d.counts->complaints
                       << " (overdue " << d.counts->overdueComplaints << "), surveys "
                       << d.counts->surveys << ", transitions " << d.counts->transitions
                       << ", tasks " << d.counts->tasks);
    const qint64 interactions = scalar(db, QStringLiteral("SELECT count(*) FROM interactions"));
    BOOST_TEST(interactions == d.counts->interactions);
    // About 3-4 contacts per customer over 36 months.
    BOOST_TEST(interactions / customers >= 2.5);
    BOOST_TEST(interactions / customers <= 5.0);
    // Every contact by the customer's RM, with a note; products sometimes.
    BOOST_TEST(scalar(db, QStringLiteral("SELECT count(*) FROM interactions i JOIN customers c "
                                         "ON c.id = i.customer_id WHERE i.user_id != "
                                         "c.rm_user_id OR length(i.summary) < 5")) == 0);
    const qint64 withProducts = scalar(
        db, QStringLiteral("SELECT count(DISTINCT interaction_id) FROM interaction_products"));
    BOOST_TEST(withProducts > interactions / 10);
    BOOST_TEST(withProducts < interactions / 2);
    // No product above the customer's risk level, and only deposits for a customer not
    // assessed, as the app asks.
    BOOST_TEST(scalar(db, QStringLiteral(
                              "SELECT count(*) FROM interaction_products ip JOIN interactions i "
                              "ON i.id = ip.interaction_id JOIN customers c ON c.id = "
                              "i.customer_id JOIN products p ON p.code = ip.product_code WHERE "
                              "c.risk_level IS NULL AND p.type != 'deposit'")) == 0);
    BOOST_TEST(scalar(db, QStringLiteral(
                              "SELECT count(*) FROM interaction_products ip JOIN interactions i "
                              "ON i.id = ip.interaction_id JOIN customers c ON c.id = "
                              "i.customer_id JOIN products p ON p.code = ip.product_code WHERE "
                              "CAST(substr(p.risk_level, 2) AS INTEGER) > "
                              "coalesce(CAST(substr(c.risk_level, 2) AS INTEGER), 1)")) == 0);
    // Nor an investment product once the assessment has expired: the app calls that an
    // exception (Suitability: Expired) until the customer is assessed again.
    BOOST_TEST(scalar(db, QStringLiteral(
                              "SELECT count(*) FROM interaction_products ip JOIN interactions i "
                              "ON i.id = ip.interaction_id JOIN customers c ON c.id = "
                              "i.customer_id JOIN products p ON p.code = ip.product_code WHERE "
                              "p.type != 'deposit' AND substr(i.at, 1, 10) > "
                              "c.risk_expires_on")) == 0);
    BOOST_TEST(scalar(db, QStringLiteral("SELECT count(*) FROM customers WHERE risk_expires_on < "
                                         "date('now') AND created_at < risk_assessed_on")) > 0);
    // 0.5-1 % of customers complain a year (3 years here; some complain twice).
    const qint64 complaints = scalar(db, QStringLiteral("SELECT count(*) FROM complaints"));
    BOOST_TEST(complaints == d.counts->complaints);
    BOOST_TEST(complaints / customers / 3.0 >= 0.005);
    BOOST_TEST(complaints / customers / 3.0 <= 0.012);
    // Surveys and tasks exist, and the follow-up list is alive: open follow-ups overdue and due
    // this week.
    BOOST_TEST(scalar(db, QStringLiteral("SELECT count(*) FROM survey_responses")) ==
               d.counts->surveys);
    BOOST_TEST(d.counts->surveys > kCustomers / 20);
    BOOST_TEST(scalar(db, QStringLiteral("SELECT count(*) FROM tasks")) == d.counts->tasks);
    BOOST_TEST(scalar(db, QStringLiteral("SELECT count(*) FROM tasks WHERE status = 'open' AND "
                                         "kind = 'follow_up' AND due_on < '2026-11-27'")) > 0);
    BOOST_TEST(scalar(db, QStringLiteral("SELECT count(*) FROM tasks WHERE status = 'open' AND "
                                         "due_on BETWEEN '2026-11-27' AND '2026-12-04'")) > 0);
    // A follow-up is the interaction's next follow-up date; a done one names the contact that
    // completed it, in the same matter.
    BOOST_TEST(scalar(db, QStringLiteral("SELECT count(*) FROM tasks t JOIN interactions i ON "
                                         "i.id = t.interaction_id WHERE t.kind = 'follow_up' AND "
                                         "t.due_on != i.next_follow_up")) == 0);
    BOOST_TEST(scalar(db, QStringLiteral("SELECT count(*) FROM tasks t JOIN interactions i ON "
                                         "i.id = t.done_interaction_id JOIN interactions f ON "
                                         "f.id = t.interaction_id WHERE i.matter_id != f.matter_id "
                                         "OR i.at <= f.at")) == 0);
    // Nothing happened after today.
    BOOST_TEST(scalar(db, QStringLiteral("SELECT count(*) FROM interactions WHERE at >= "
                                         "'2026-11-27'")) == 0);
}

BOOST_AUTO_TEST_CASE(complaints_follow_the_clock_and_the_flow)
{
    Demo& d = shared();
    QSqlDatabase db = d.db();
    ComplaintStore store(db, kToday);
    const Session& session = d.compliance->session();
    QSqlQuery q(db);
    BOOST_REQUIRE(q.exec(QStringLiteral("SELECT id, due_on, status, received_on, root_cause, "
                                        "decided_on FROM complaints ORDER BY id")));
    int open = 0, overdue = 0, decided = 0, late = 0, closedWithoutCause = 0;
    std::map<QString, int> categories;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        StoreError e;
        const auto c = store.show(session, id, &e);
        BOOST_REQUIRE_MESSAGE(c, e.message);
        const QDate received = q.value(3).toDate();
        // The due date is the clock's deadline for the day of receipt: 15 days, 30 when extended.
        const ClockState clock = ComplaintClock::compute(store.clockRules(received), received,
                                                         clockEvents(c->events), kToday);
        BOOST_TEST((q.value(1).toDate() == clock.due));
        bool extended = false;
        for (const ComplaintEvent& ev : c->events)
            extended = extended || ev.kind == QLatin1String("extended");
        BOOST_TEST(received.daysTo(q.value(1).toDate()) == (extended ? 30 : 15));
        // The events replay through the state machine to the stored status.
        ComplaintStatus status = ComplaintStatus::Received;
        static const std::map<QString, ComplaintStep> steps = {
            {QStringLiteral("accepted"), ComplaintStep::Accept},
            {QStringLiteral("investigating"), ComplaintStep::Investigate},
            {QStringLiteral("extended"), ComplaintStep::Extend},
            {QStringLiteral("decided"), ComplaintStep::Decide},
            {QStringLiteral("notified"), ComplaintStep::Notify},
            {QStringLiteral("responded"), ComplaintStep::Respond},
            {QStringLiteral("closed"), ComplaintStep::Close},
            {QStringLiteral("withdrawn"), ComplaintStep::Withdraw},
            {QStringLiteral("cause_set"), ComplaintStep::RootCause}};
        QDate previous = received;
        BOOST_REQUIRE(!c->events.isEmpty());
        BOOST_TEST(c->events.first().kind == QStringLiteral("opened"));
        for (int i = 1; i < c->events.size(); ++i) {
            const ComplaintEvent& ev = c->events[i];
            const auto step = steps.find(ev.kind);
            BOOST_REQUIRE_MESSAGE(step != steps.end(), ev.kind.toStdString());
            BOOST_TEST(ComplaintFlow::allows(status, step->second));
            status = ComplaintFlow::after(status, step->second);
            BOOST_TEST((ev.on >= previous));
            BOOST_TEST((ev.on < kToday));
            previous = ev.on;
        }
        BOOST_TEST(ComplaintFlow::statusName(status) == q.value(2).toString());
        BOOST_TEST((c->status == status));
        categories[c->category]++;
        if (c->isOpen()) {
            ++open;
            overdue += c->overdue() ? 1 : 0;
        }
        if (c->decidedOn.isValid()) {
            ++decided;
            late += c->decidedOn > clock.due ? 1 : 0;
        }
        if (status == ComplaintStatus::Closed && q.value(4).toString().isEmpty())
            ++closedWithoutCause;
    }
    BOOST_TEST(closedWithoutCause == 0);
    // Most decided in time, some late; a few open and overdue, as the overdue list shows them.
    BOOST_TEST(decided > 0);
    BOOST_TEST(late > 0);
    BOOST_TEST(double(late) / decided < 0.2);
    BOOST_TEST(overdue > 0);
    BOOST_TEST(overdue == d.counts->overdueComplaints);
    ComplaintFilter filter;
    filter.overdue = true;
    int total = 0;
    StoreError e;
    const QList<Complaint> listed = store.list(session, filter, &total, &e);
    BOOST_TEST(e.message.isEmpty());
    BOOST_TEST(total == overdue);
    BOOST_TEST(listed.size() == overdue);
    // A mix of categories, service quality the most common.
    BOOST_TEST(categories.size() >= 6u);
    for (const auto& [category, n] : categories)
        BOOST_TEST(n <= categories[QStringLiteral("service_quality")] + 3);
}

BOOST_AUTO_TEST_CASE(survey_scores_and_callbacks)
{
    Demo& d = shared();
    QSqlDatabase db = d.db();
    BOOST_TEST(scalar(db, QStringLiteral("SELECT count(*) FROM survey_responses WHERE nps NOT "
                                         "BETWEEN 0 AND 10 OR csat NOT BETWEEN 1 AND 5 OR ces "
                                         "NOT BETWEEN 1 AND 7")) == 0);
    // Each kind of survey was asked; the post-complaint ones name a closed complaint of the
    // same customer.
    for (const char* name : {"post-complaint", "post-onboarding", "annual-review"})
        BOOST_TEST(scalar(db, QStringLiteral("SELECT count(*) FROM survey_responses r JOIN "
                                             "survey_templates t ON t.id = r.template_id WHERE "
                                             "t.name = '%1'")
                                  .arg(QLatin1String(name))) > 0);
    BOOST_TEST(scalar(db, QStringLiteral("SELECT count(*) FROM survey_responses r JOIN "
                                         "complaints c ON c.id = r.complaint_id WHERE "
                                         "c.customer_id != r.customer_id OR c.status != 'closed' "
                                         "OR r.answered_on <= c.closed_on")) == 0);
    // The NPS answers are the column; Satisfaction over them is the score worked out by hand.
    QList<int> answers;
    int promoters = 0, detractors = 0;
    QSqlQuery q(db);
    BOOST_REQUIRE(q.exec(
        QStringLiteral("SELECT a.value, r.nps FROM survey_answers a JOIN survey_responses r ON "
                       "r.id = a.response_id WHERE a.key = 'nps'")));
    while (q.next()) {
        const int v = q.value(0).toInt();
        BOOST_TEST(v == q.value(1).toInt());
        answers << v;
        promoters += v >= 9 ? 1 : 0;
        detractors += v <= 6 ? 1 : 0;
    }
    BOOST_REQUIRE(answers.size() > 100);
    const NpsScore nps = Satisfaction::nps(answers);
    BOOST_TEST(nps.responses == answers.size());
    BOOST_TEST(nps.promoters == promoters);
    BOOST_TEST(nps.detractors == detractors);
    BOOST_REQUIRE(nps.nps);
    BOOST_TEST(*nps.nps == 100.0 * (promoters - detractors) / answers.size(),
               boost::test_tools::tolerance(1e-9));
    // Around 45 % promoters and 25 % detractors.
    BOOST_TEST(double(promoters) / answers.size() > 0.33);
    BOOST_TEST(double(promoters) / answers.size() < 0.55);
    BOOST_TEST(double(detractors) / answers.size() > 0.15);
    BOOST_TEST(double(detractors) / answers.size() < 0.38);
    // CSAT skewed high.
    BOOST_TEST(scalar(db, QStringLiteral("SELECT avg(csat) * 100 FROM survey_responses")) > 370);
    // A detractor or a CSAT of 2 or less has its callback task, for the customer's RM; nobody
    // else has one.
    BOOST_TEST(scalar(db, QStringLiteral("SELECT count(*) FROM survey_responses WHERE "
                                         "(coalesce(nps, 10) <= 6 OR coalesce(csat, 5) <= 2) != "
                                         "(follow_up_task_id IS NOT NULL)")) == 0);
    BOOST_TEST(scalar(db, QStringLiteral("SELECT count(*) FROM survey_responses r JOIN tasks t ON "
                                         "t.id = r.follow_up_task_id JOIN customers c ON "
                                         "c.id = r.customer_id WHERE t.assigned_to != "
                                         "c.rm_user_id OR t.due_on != date(r.answered_on, "
                                         "'+2 days') OR t.kind != 'manual'")) == 0);
    // The store's stats over everything agree.
    SurveyStore surveys(db, QDateTime(kToday, QTime(12, 0)));
    StoreError e;
    const SurveyStats stats =
        surveys.stats(d.compliance->session(), {}, SurveyGroupBy::Segment, &e);
    BOOST_TEST(e.message.isEmpty());
    BOOST_TEST(stats.total.nps.responses == answers.size());
    BOOST_REQUIRE(stats.total.nps.nps);
    BOOST_TEST(*stats.total.nps.nps == *nps.nps, boost::test_tools::tolerance(1e-9));
    BOOST_TEST(stats.total.responses == d.counts->surveys);
}

BOOST_AUTO_TEST_CASE(stage_transitions_chain_to_the_stored_stage)
{
    Demo& d = shared();
    QSqlDatabase db = d.db();
    const QStringList stages = LifecycleRules::stages();
    QSqlQuery q(db);
    BOOST_REQUIRE(q.exec(QStringLiteral(
        "SELECT t.customer_id, t.month, t.from_stage, t.to_stage, c.lifecycle_stage, "
        "t.effective_on FROM stage_transitions t JOIN customers c ON c.id = t.customer_id "
        "ORDER BY t.customer_id, t.month, t.id")));
    qint64 customer = 0;
    QString last, lastStored, lastMonth;
    int transitions = 0, broken = 0, notStages = 0, wrongEnd = 0;
    auto close = [&] {
        if (customer != 0 && last != lastStored)
            ++wrongEnd;
    };
    while (q.next()) {
        ++transitions;
        const qint64 id = q.value(0).toLongLong();
        const QString from = q.value(2).toString(), to = q.value(3).toString();
        notStages += stages.contains(from) && stages.contains(to) && from != to ? 0 : 1;
        if (id != customer) {
            close();
            customer = id;
        } else {
            broken += from == last && q.value(1).toString() > lastMonth ? 0 : 1;
        }
        last = to;
        lastStored = q.value(4).toString();
        lastMonth = q.value(1).toString();
        // Effective the month's last day; before the last month (left to `stage run`).
        const QDate month = QDate::fromString(lastMonth + QStringLiteral("-01"), Qt::ISODate);
        BOOST_TEST((q.value(5).toDate() == month.addMonths(1).addDays(-1)));
        BOOST_TEST(lastMonth < QStringLiteral("2026-10"));
    }
    close();
    BOOST_TEST(transitions == d.counts->transitions);
    BOOST_TEST(transitions > kCustomers / 10);
    BOOST_TEST(notStages == 0);
    BOOST_TEST(broken == 0);
    BOOST_TEST(wrongEnd == 0);
    // The runs of the months before the last one, their counts adding up to every customer.
    BOOST_TEST(scalar(db, QStringLiteral("SELECT count(*) FROM stage_runs")) == kMonths - 1);
    QSqlQuery runs(db);
    BOOST_REQUIRE(runs.exec(QStringLiteral("SELECT max(month), sum(changed) FROM stage_runs")));
    BOOST_REQUIRE(runs.next());
    BOOST_TEST(runs.value(0).toString() == QStringLiteral("2026-09"));
    BOOST_TEST(runs.value(1).toLongLong() == transitions);
    BOOST_REQUIRE(runs.exec(QStringLiteral("SELECT counts FROM stage_runs WHERE month = "
                                           "'2026-09'")));
    BOOST_REQUIRE(runs.next());
    const QJsonObject counts = QJsonDocument::fromJson(runs.value(0).toByteArray()).object();
    int sum = 0;
    for (const QString& s : stages) {
        sum += counts.value(s).toInt();
        BOOST_TEST(counts.value(s).toInt() ==
                   scalar(db, QStringLiteral("SELECT count(*) FROM customers WHERE "
                                             "lifecycle_stage = '%1'")
                                  .arg(s)));
    }
    BOOST_TEST(sum == kCustomers);

    // The rules, run again for the last month the histories assessed, agree with every stage.
    LifecycleStore store(db, QDateTime(kToday, QTime(12, 0)));
    StageRunResult result;
    StoreError e;
    BOOST_REQUIRE_MESSAGE(store.run(d.admin->session(), 2026 * 12 + 8, &result, &e), e.message);
    BOOST_TEST(result.month == QStringLiteral("2026-09"));
    BOOST_TEST(result.repeated);
    BOOST_TEST(result.changed == 0);
    // `stage run` of the last month goes forward and changes a plausible share.
    BOOST_REQUIRE_MESSAGE(store.run(d.admin->session(), std::nullopt, &result, &e), e.message);
    BOOST_TEST(result.month == QStringLiteral("2026-10"));
    BOOST_TEST(result.customers == kCustomers);
    BOOST_TEST(result.changed > 0);
    BOOST_TEST(result.changed < kCustomers / 5);
}

BOOST_AUTO_TEST_CASE(stores_read_everything_back)
{
    Demo& d = shared();
    QSqlDatabase db = d.db();
    const Session& compliance = d.compliance->session();
    InteractionStore interactions(db, QDateTime(kToday, QTime(12, 0)));
    QSqlQuery q(db);
    BOOST_REQUIRE(q.exec(QStringLiteral("SELECT customer_id, count(*) FROM interactions GROUP BY "
                                        "customer_id ORDER BY count(*) DESC LIMIT 20")));
    while (q.next()) {
        StoreError e;
        const QList<Interaction> list = interactions.list(compliance, q.value(0).toLongLong(), &e);
        BOOST_TEST(e.message.isEmpty());
        BOOST_TEST(list.size() == q.value(1).toInt());
    }
    // An RM's follow-up list: their open tasks, overdue first.
    BOOST_REQUIRE(q.exec(QStringLiteral("SELECT u.name, count(*) FROM tasks t JOIN users u ON "
                                        "u.id = t.assigned_to WHERE t.status = 'open' GROUP BY "
                                        "u.name ORDER BY count(*) DESC LIMIT 1")));
    BOOST_REQUIRE(q.next());
    StoreError e;
    auto rm = Vault::login(d.path, q.value(0).toString(), secret("demo-password"), &e);
    BOOST_REQUIRE_MESSAGE(rm, e.message);
    TaskStore tasks(rm->database().connection(), QDateTime(kToday, QTime(12, 0)));
    TaskFilter filter;
    filter.dueWithinDays = 7;
    int total = 0;
    const QList<Task> due = tasks.list(rm->session(), filter, &total, &e);
    BOOST_TEST(e.message.isEmpty());
    BOOST_TEST(!due.isEmpty());
    for (const Task& t : due)
        BOOST_TEST(!TaskStore::titleOf(t).isEmpty());
}

BOOST_AUTO_TEST_CASE(same_seed_same_histories)
{
    TempFolder folder;
    auto database = [&](const char* name) {
        StoreError e;
        SecretBytes recovery;
        auto v = Vault::create(folder.file(QLatin1String(name)), QStringLiteral("root"),
                               secret("root-password"), KdfProfile::Interactive, &recovery, &e);
        BOOST_REQUIRE_MESSAGE(v, e.message);
        return v;
    };
    auto a = database("a.rmdb"), b = database("b.rmdb"), c = database("c.rmdb");
    generate(*a, 300, 5);
    generate(*b, 300, 5);
    generate(*c, 300, 6);
    const QByteArray first = historyDigest(a->database().connection());
    BOOST_TEST(first.toHex() == historyDigest(b->database().connection()).toHex());
    BOOST_TEST(first.toHex() != historyDigest(c->database().connection()).toHex());
}

BOOST_AUTO_TEST_SUITE_END()
