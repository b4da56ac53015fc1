#include "supervisionstore.h"

#include "domain/kpiscore.h"
#include "security/permissions.h"
#include "stores/audittrail.h"
#include "stores/userstore.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

#include <random>

namespace rmdesk {

namespace {

bool run(QSqlQuery& q, const QVariantList& binds, QString* why)
{
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (q.exec())
        return true;
    *why = q.lastError().text();
    return false;
}

// An empty text, never NULL, for NOT NULL columns.
QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QString utcStart(const QDate& day)
{
    return QDateTime(day, QTime(0, 0)).toUTC().toString(Qt::ISODateWithMs);
}

const QString selectMeasures = QStringLiteral(
    "SELECT m.id, m.branch_code, m.title, m.description, m.source, coalesce(m.source_id, 0), "
    "m.owner_user_id, coalesce(u.name, ''), m.due_on, m.status, coalesce(m.done_at, ''), "
    "coalesce(m.done_note, ''), m.created_by, m.created_at FROM improvement_measures m "
    "LEFT JOIN users u ON u.id = m.owner_user_id ");

ImprovementMeasure measureFrom(const QSqlQuery& q, const QDate& today)
{
    ImprovementMeasure m;
    m.id = q.value(0).toLongLong();
    m.branch = q.value(1).toString();
    m.title = q.value(2).toString();
    m.description = q.value(3).toString();
    m.source = q.value(4).toString();
    m.sourceId = q.value(5).toLongLong();
    m.ownerId = q.value(6).toLongLong();
    m.owner = q.value(7).toString();
    m.due = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    m.status = q.value(9).toString();
    m.doneAt = q.value(10).toString();
    m.doneNote = q.value(11).toString();
    m.createdBy = q.value(12).toString();
    m.createdAt = q.value(13).toString();
    m.overdue = m.status != QLatin1String("done") && m.due < today;
    return m;
}

} // namespace

int SpotCheckSample::checked() const
{
    int n = 0;
    for (const SpotCheckItem& i : items)
        n += i.finding.isEmpty() ? 0 : 1;
    return n;
}

int SpotCheckSample::issues() const
{
    int n = 0;
    for (const SpotCheckItem& i : items)
        n += i.finding == QLatin1String("issue") ? 1 : 0;
    return n;
}

SupervisionStore::SupervisionStore(QSqlDatabase db, QDateTime now)
    : m_db(std::move(db))
    , m_now(std::move(now))
    , m_today(m_now.toLocalTime().date())
{}

QList<int> SupervisionStore::draw(qint64 seed, int population, int count)
{
    // std::mt19937_64's sequence is fixed by the standard (unlike std::shuffle and the
    // distributions), so the draw is the same everywhere.
    std::mt19937_64 generator(static_cast<std::uint64_t>(seed));
    QList<int> order(population);
    for (int i = 0; i < population; ++i)
        order[i] = i;
    const int n = qMin(count, population);
    for (int i = 0; i < n; ++i) {
        const int j = i + int(generator() % std::uint64_t(population - i));
        std::swap(order[i], order[j]);
    }
    return order.mid(0, n);
}

bool SupervisionStore::drawSample(const Session& session, const QString& period, int size,
                                  std::optional<qint64> seed, qint64* sampleId, StoreError* error)
{
    if (!Permissions::allows(session, Action::EvaluationWrite, Target{session.branch, 0}))
        return fail(error, StoreError::Forbidden,
                    Permissions::refusal(session, Action::EvaluationWrite));
    const auto p = KpiPeriod::parse(period);
    if (!p)
        return fail(error, StoreError::Invalid,
                    tr("Give the period as YYYY-MM, YYYY-Qn or YYYY, not \"%1\".").arg(period));
    if (p->first() > m_today)
        return fail(error, StoreError::Invalid,
                    tr("Period %1 has not begun: nothing can be sampled from it.").arg(p->code()));
    if (size < 1 || size > MaximumSampleSize)
        return fail(
            error, StoreError::Invalid,
            tr("The sample size must be 1 to %1 records of each kind.").arg(MaximumSampleSize));
    const qint64 s =
        seed ? *seed : qint64(QRandomGenerator::global()->generate64() & 0x7fffffffffffffffULL);
    if (s < 0)
        return fail(error, StoreError::Invalid, tr("The seed must be a number of 0 or more."));

    struct Candidate
    {
        QString kind;
        qint64 id;
        qint64 customer;
    };
    QList<Candidate> chosen;
    QString why;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    for (const QString& kind : {QStringLiteral("interaction"), QStringLiteral("complaint")}) {
        if (kind == QLatin1String("interaction")) {
            q.prepare(QStringLiteral("SELECT i.id, i.customer_id FROM interactions i JOIN "
                                     "customers c ON c.id = i.customer_id WHERE i.at >= ? AND "
                                     "i.at < ? AND c.branch_code = ? ORDER BY i.id"));
            if (!run(q, {utcStart(p->first()), utcStart(p->last().addDays(1)), session.branch},
                     &why))
                return fail(error, StoreError::Failed, why);
        } else {
            q.prepare(QStringLiteral("SELECT id, coalesce(customer_id, 0) FROM complaints WHERE "
                                     "branch_code = ? AND received_on BETWEEN ? AND ? ORDER BY "
                                     "id"));
            if (!run(q,
                     {session.branch, p->first().toString(Qt::ISODate),
                      p->last().toString(Qt::ISODate)},
                     &why))
                return fail(error, StoreError::Failed, why);
        }
        QList<Candidate> all;
        while (q.next())
            all.append({kind, q.value(0).toLongLong(), q.value(1).toLongLong()});
        for (const int i : draw(s, int(all.size()), size))
            chosen.append(all.at(i));
    }
    if (chosen.isEmpty())
        return fail(error, StoreError::Invalid,
                    tr("Branch %1 has no interactions or complaints in %2 to sample.")
                        .arg(session.branch, p->code()));

    const QString at = m_now.toUTC().toString(Qt::ISODateWithMs);
    if (!m_db.transaction())
        return fail(error, StoreError::Failed, m_db.lastError().text());
    bool ok = true;
    q.prepare(QStringLiteral("INSERT INTO spot_check_samples (branch_code, period, seed, size, "
                             "drawn_by, drawn_at) VALUES (?, ?, ?, ?, ?, ?)"));
    ok = run(q, {session.branch, p->code(), s, size, session.userName, at}, &why);
    const qint64 id = ok ? q.lastInsertId().toLongLong() : 0;
    q.prepare(QStringLiteral("INSERT INTO spot_checks (sample_id, item, record_kind, record_id, "
                             "customer_id) VALUES (?, ?, ?, ?, ?)"));
    int item = 0;
    int interactions = 0;
    for (const Candidate& c : std::as_const(chosen)) {
        interactions += c.kind == QLatin1String("interaction") ? 1 : 0;
        ok =
            ok && run(q, {id, ++item, c.kind, c.id, c.customer ? QVariant(c.customer) : QVariant()},
                      &why);
    }
    if (!ok ||
        !AuditTrail::record(m_db, session,
                            {QStringLiteral("spotcheck.sample"),
                             QStringLiteral("spot_check"),
                             QString::number(id),
                             {{QStringLiteral("period"), p->code()},
                              {QStringLiteral("seed"), QString::number(s)},
                              {QStringLiteral("size"), size},
                              {QStringLiteral("interactions"), interactions},
                              {QStringLiteral("complaints"), item - interactions}},
                             QString()},
                            &why) ||
        !m_db.commit()) {
        m_db.rollback();
        return fail(error, StoreError::Failed, tr("The sample was not drawn: %1").arg(why));
    }
    if (sampleId)
        *sampleId = id;
    return true;
}

bool SupervisionStore::mayReadSamples(const Session& session, const QString& branch,
                                      StoreError* error) const
{
    if (Permissions::scope(session.role, Action::DashboardRead) == Scope::All ||
        Permissions::allows(session, Action::EvaluationWrite, Target{branch, 0}))
        return true;
    if (!Permissions::allows(session, Action::EvaluationWrite))
        return fail(error, StoreError::Forbidden,
                    tr("Spot checks are read by supervisors and compliance staff."));
    return fail(error, StoreError::NotFound, tr("That spot check is not among your branch's."));
}

std::optional<SpotCheckSample> SupervisionStore::sample(const Session& session, qint64 id,
                                                        StoreError* error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, branch_code, period, seed, size, drawn_by, drawn_at "
                             "FROM spot_check_samples WHERE id = ?"));
    QString why;
    if (!run(q, {id}, &why)) {
        fail(error, StoreError::Failed, why);
        return std::nullopt;
    }
    if (!q.next()) {
        fail(error, StoreError::NotFound, tr("There is no spot check %1.").arg(id));
        return std::nullopt;
    }
    SpotCheckSample s{q.value(0).toLongLong(), q.value(1).toString(),
                      q.value(2).toString(),   q.value(3).toLongLong(),
                      q.value(4).toInt(),      q.value(5).toString(),
                      q.value(6).toString(),   {}};
    if (!mayReadSamples(session, s.branch, error))
        return std::nullopt;
    q.prepare(QStringLiteral("SELECT id, item, record_kind, record_id, coalesce(customer_id, 0), "
                             "coalesce(finding, ''), note, coalesce(checked_by, ''), "
                             "coalesce(checked_at, '') FROM spot_checks WHERE sample_id = ? "
                             "ORDER BY item"));
    if (!run(q, {id}, &why)) {
        fail(error, StoreError::Failed, why);
        return std::nullopt;
    }
    while (q.next())
        s.items.append({q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toString(),
                        q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toString(),
                        q.value(6).toString(), q.value(7).toString(), q.value(8).toString()});
    return s;
}

QList<SpotCheckSample> SupervisionStore::samples(const Session& session, StoreError* error) const
{
    QList<SpotCheckSample> out;
    const bool all = Permissions::scope(session.role, Action::DashboardRead) == Scope::All;
    if (!all && !mayReadSamples(session, session.branch, error))
        return out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM spot_check_samples %1 ORDER BY id DESC")
                  .arg(all ? QString() : QStringLiteral("WHERE branch_code = ?")));
    QString why;
    if (!run(q, all ? QVariantList() : QVariantList{session.branch}, &why)) {
        fail(error, StoreError::Failed, why);
        return out;
    }
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    for (const qint64 id : std::as_const(ids))
        if (auto s = sample(session, id, error))
            out.append(*s);
    return out;
}

bool SupervisionStore::recordFinding(const Session& session, qint64 sampleId, int item,
                                     const QString& finding, const QString& note, StoreError* error)
{
    if (!Permissions::allows(session, Action::EvaluationWrite))
        return fail(error, StoreError::Forbidden,
                    Permissions::refusal(session, Action::EvaluationWrite));
    const auto s = sample(session, sampleId, error);
    if (!s)
        return false;
    if (!Permissions::allows(session, Action::EvaluationWrite, Target{s->branch, 0}))
        return fail(error, StoreError::Forbidden,
                    tr("Spot check %1 belongs to branch %2.").arg(sampleId).arg(s->branch));
    if (finding != QLatin1String("ok") && finding != QLatin1String("issue"))
        return fail(error, StoreError::Invalid,
                    tr("The finding must be ok or issue, not \"%1\".").arg(finding));
    const QString text = note.trimmed();
    if (text.size() > MaximumTextLength || (finding == QLatin1String("issue") && text.isEmpty()))
        return fail(
            error, StoreError::Invalid,
            tr("Describe the issue in a note of 1 to %1 characters.").arg(MaximumTextLength));
    const SpotCheckItem* found = nullptr;
    for (const SpotCheckItem& i : s->items)
        if (i.item == item)
            found = &i;
    if (!found)
        return fail(error, StoreError::NotFound,
                    tr("Spot check %1 has items 1 to %2.").arg(sampleId).arg(s->items.size()));
    if (!found->finding.isEmpty())
        return fail(error, StoreError::Invalid,
                    tr("Item %1 was already checked by %2 (%3): a finding stands once recorded.")
                        .arg(item)
                        .arg(found->checkedBy, found->finding));
    const QString at = m_now.toUTC().toString(Qt::ISODateWithMs);
    if (!m_db.transaction())
        return fail(error, StoreError::Failed, m_db.lastError().text());
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE spot_checks SET finding = ?, note = ?, checked_by = ?, "
                             "checked_at = ? WHERE id = ? AND finding IS NULL"));
    QString why;
    if (!run(q, {finding, notNull(text), session.userName, at, found->id}, &why) ||
        !AuditTrail::record(m_db, session,
                            {QStringLiteral("spotcheck.finding"),
                             QStringLiteral("spot_check"),
                             QString::number(sampleId),
                             {{QStringLiteral("item"), item},
                              {QStringLiteral("record_kind"), found->recordKind},
                              {QStringLiteral("record_id"), found->recordId},
                              {QStringLiteral("finding"), finding}},
                             QString()},
                            &why) ||
        !m_db.commit()) {
        m_db.rollback();
        return fail(error, StoreError::Failed, tr("The finding was not recorded: %1").arg(why));
    }
    return true;
}

// Improvement measures ----------------------------------------------------------------------

bool SupervisionStore::addMeasure(const Session& session, const NewMeasure& measure, qint64* id,
                                  StoreError* error)
{
    if (!Permissions::allows(session, Action::EvaluationWrite, Target{session.branch, 0}))
        return fail(error, StoreError::Forbidden,
                    Permissions::refusal(session, Action::EvaluationWrite));
    const QString title = measure.title.trimmed();
    if (title.isEmpty() || title.size() > 200)
        return fail(error, StoreError::Invalid,
                    tr("Give the measure a title of 1 to 200 characters."));
    if (measure.description.size() > MaximumTextLength)
        return fail(error, StoreError::Invalid,
                    tr("The description may have at most %1 characters.").arg(MaximumTextLength));
    static const QHash<QString, QString> sourceTables = {
        {QStringLiteral("spot_check"), QStringLiteral("spot_checks")},
        {QStringLiteral("complaint"), QStringLiteral("complaints")},
        {QStringLiteral("evaluation"), QStringLiteral("evaluations")},
        {QStringLiteral("other"), QString()}};
    if (!sourceTables.contains(measure.source))
        return fail(error, StoreError::Invalid,
                    tr("The source must be spot_check, complaint, evaluation or other, not "
                       "\"%1\".")
                        .arg(measure.source));
    if (measure.sourceId < 0 || (measure.sourceId != 0 && measure.source == QLatin1String("other")))
        return fail(error, StoreError::Invalid,
                    tr("Name the spot check item, complaint or evaluation the measure comes from "
                       "by its number."));
    QSqlQuery q(m_db);
    QString why;
    if (measure.sourceId != 0) {
        q.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?")
                      .arg(sourceTables.value(measure.source)));
        if (!run(q, {measure.sourceId}, &why))
            return fail(error, StoreError::Failed, why);
        if (!q.next())
            return fail(error, StoreError::Invalid,
                        tr("There is no %1 %2.").arg(measure.source).arg(measure.sourceId));
    }
    if (!measure.due.isValid() || measure.due < m_today)
        return fail(error, StoreError::Invalid,
                    tr("The due date must be a date like %1, today or later.")
                        .arg(m_today.toString(Qt::ISODate)));
    const auto owner = UserStore(m_db).find(measure.owner.trimmed());
    if (!owner || !owner->active || (owner->role != Role::Rm && owner->role != Role::Supervisor) ||
        owner->branch != session.branch)
        return fail(error, StoreError::Invalid,
                    tr("The owner must be an active relationship manager or supervisor of branch "
                       "%1; %2 is not.")
                        .arg(session.branch, measure.owner.trimmed()));
    const QString at = m_now.toUTC().toString(Qt::ISODateWithMs);
    if (!m_db.transaction())
        return fail(error, StoreError::Failed, m_db.lastError().text());
    q.prepare(QStringLiteral("INSERT INTO improvement_measures (branch_code, title, description, "
                             "source, source_id, owner_user_id, due_on, created_by, created_at, "
                             "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bool ok = run(q,
                  {session.branch, title, notNull(measure.description.trimmed()), measure.source,
                   measure.sourceId ? QVariant(measure.sourceId) : QVariant(), owner->id,
                   measure.due.toString(Qt::ISODate), session.userName, at, at},
                  &why);
    const qint64 newId = ok ? q.lastInsertId().toLongLong() : 0;
    if (!ok ||
        !AuditTrail::record(m_db, session,
                            {QStringLiteral("measure.add"),
                             QStringLiteral("improvement_measure"),
                             QString::number(newId),
                             {{QStringLiteral("title"), title},
                              {QStringLiteral("source"), measure.source},
                              {QStringLiteral("owner"), owner->name},
                              {QStringLiteral("due_on"), measure.due.toString(Qt::ISODate)}},
                             QString()},
                            &why) ||
        !m_db.commit()) {
        m_db.rollback();
        return fail(error, StoreError::Failed, tr("The measure was not added: %1").arg(why));
    }
    if (id)
        *id = newId;
    return true;
}

std::optional<ImprovementMeasure> SupervisionStore::loadMeasure(qint64 id, StoreError* error) const
{
    QSqlQuery q(m_db);
    q.prepare(selectMeasures + QStringLiteral("WHERE m.id = ?"));
    QString why;
    if (!run(q, {id}, &why)) {
        fail(error, StoreError::Failed, why);
        return std::nullopt;
    }
    if (!q.next()) {
        fail(error, StoreError::NotFound, tr("There is no improvement measure %1.").arg(id));
        return std::nullopt;
    }
    return measureFrom(q, m_today);
}

std::optional<ImprovementMeasure> SupervisionStore::measure(const Session& session, qint64 id,
                                                            StoreError* error) const
{
    auto m = loadMeasure(id, error);
    if (!m)
        return std::nullopt;
    if (m->ownerId == session.userId ||
        Permissions::allows(session, Action::DashboardRead, Target{m->branch, 0}))
        return m;
    fail(error, StoreError::NotFound,
         tr("There is no improvement measure %1 among yours.").arg(id));
    return std::nullopt;
}

bool SupervisionStore::mayChangeMeasure(const Session& session, const ImprovementMeasure& m,
                                        StoreError* error) const
{
    if (m.ownerId != session.userId &&
        !Permissions::allows(session, Action::EvaluationWrite, Target{m.branch, 0}))
        return fail(error, StoreError::Forbidden,
                    tr("Only %1 (the owner) or a supervisor of branch %2 may update measure %3.")
                        .arg(m.owner, m.branch)
                        .arg(m.id));
    if (m.status == QLatin1String("done"))
        return fail(
            error, StoreError::Invalid,
            tr("Measure %1 was completed on %2 and is closed.").arg(m.id).arg(m.doneAt.left(10)));
    return true;
}

bool SupervisionStore::changeMeasure(const Session& session, const ImprovementMeasure& m,
                                     const QString& action, const QString& sql,
                                     const QVariantList& binds, const QJsonObject& details,
                                     StoreError* error)
{
    if (!m_db.transaction())
        return fail(error, StoreError::Failed, m_db.lastError().text());
    QSqlQuery q(m_db);
    q.prepare(sql);
    QString why;
    if (!run(q, binds, &why) ||
        !AuditTrail::record(m_db, session,
                            {action, QStringLiteral("improvement_measure"), QString::number(m.id),
                             details, QString()},
                            &why) ||
        !m_db.commit()) {
        m_db.rollback();
        return fail(error, StoreError::Failed,
                    tr("Measure %1 was not changed: %2").arg(m.id).arg(why));
    }
    return true;
}

bool SupervisionStore::startMeasure(const Session& session, qint64 id, StoreError* error)
{
    const auto m = measure(session, id, error);
    if (!m || !mayChangeMeasure(session, *m, error))
        return false;
    if (m->status != QLatin1String("open"))
        return fail(error, StoreError::Invalid, tr("Measure %1 is already in progress.").arg(id));
    return changeMeasure(session, *m, QStringLiteral("measure.start"),
                         QStringLiteral("UPDATE improvement_measures SET status = 'in_progress', "
                                        "updated_at = ? WHERE id = ? AND status = 'open'"),
                         {m_now.toUTC().toString(Qt::ISODateWithMs), id},
                         {{QStringLiteral("status"), QStringLiteral("in_progress")}}, error);
}

bool SupervisionStore::completeMeasure(const Session& session, qint64 id, const QString& note,
                                       StoreError* error)
{
    const auto m = measure(session, id, error);
    if (!m || !mayChangeMeasure(session, *m, error))
        return false;
    const QString text = note.trimmed();
    if (text.isEmpty() || text.size() > MaximumTextLength)
        return fail(
            error, StoreError::Invalid,
            tr("Say what was done in a note of 1 to %1 characters.").arg(MaximumTextLength));
    const QString at = m_now.toUTC().toString(Qt::ISODateWithMs);
    return changeMeasure(
        session, *m, QStringLiteral("measure.done"),
        QStringLiteral("UPDATE improvement_measures SET status = 'done', done_at = ?, "
                       "done_note = ?, updated_at = ? WHERE id = ? AND status <> 'done'"),
        {at, text, at, id},
        {{QStringLiteral("status"), QStringLiteral("done")},
         {QStringLiteral("was"), m->status},
         {QStringLiteral("overdue"), m->overdue}},
        error);
}

QList<ImprovementMeasure> SupervisionStore::measures(const Session& session,
                                                     const MeasureFilter& filter,
                                                     StoreError* error) const
{
    QList<ImprovementMeasure> out;
    QStringList where;
    QVariantList binds;
    switch (Permissions::scope(session.role, Action::DashboardRead)) {
    case Scope::None:
        fail(error, StoreError::Forbidden, Permissions::refusal(session, Action::DashboardRead));
        return out;
    case Scope::Own:
        where << QStringLiteral("m.owner_user_id = ?");
        binds << session.userId;
        break;
    case Scope::Branch:
        where << QStringLiteral("(m.branch_code = ? OR m.owner_user_id = ?)");
        binds << session.branch << session.userId;
        break;
    case Scope::All:
        break;
    }
    if (filter.openOnly || filter.overdueOnly)
        where << QStringLiteral("m.status <> 'done'");
    if (filter.overdueOnly) {
        where << QStringLiteral("m.due_on < ?");
        binds << m_today.toString(Qt::ISODate);
    }
    QSqlQuery q(m_db);
    q.prepare(selectMeasures +
              (where.isEmpty() ? QString()
                               : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))) +
              QStringLiteral(" ORDER BY m.status = 'done', m.due_on, m.id"));
    QString why;
    if (!run(q, binds, &why)) {
        fail(error, StoreError::Failed, why);
        return out;
    }
    while (q.next())
        out.append(measureFrom(q, m_today));
    return out;
}

} // namespace rmdesk
