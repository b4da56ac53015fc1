#include "evaluationstore.h"

#include "security/permissions.h"
#include "stores/assessmentstore.h"
#include "stores/audittrail.h"
#include "stores/userstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace rmdesk {

namespace {

const QString selectEvaluations = QStringLiteral(
    "SELECT e.id, e.rm_user_id, coalesce(u.name, ''), e.branch_code, e.period, "
    "e.standards_version, e.score, coalesce(e.rank, 0), e.ranked, e.kpis, e.rating, e.comment, "
    "e.status, e.created_by, e.created_at, e.updated_at, coalesce(e.signed_by, ''), "
    "coalesce(e.signed_at, '') FROM evaluations e LEFT JOIN users u ON u.id = e.rm_user_id ");

Evaluation evaluationFrom(const QSqlQuery& q)
{
    Evaluation e;
    e.id = q.value(0).toLongLong();
    e.rmUserId = q.value(1).toLongLong();
    e.rm = q.value(2).toString();
    e.branch = q.value(3).toString();
    e.period = q.value(4).toString();
    e.standardsVersion = q.value(5).toInt();
    if (!q.value(6).isNull())
        e.score = q.value(6).toDouble();
    e.rank = q.value(7).toInt();
    e.ranked = q.value(8).toInt();
    e.kpis = QJsonDocument::fromJson(q.value(9).toString().toUtf8()).array();
    if (!q.value(10).isNull())
        e.rating = q.value(10).toInt();
    e.comment = q.value(11).toString();
    e.status = q.value(12).toString();
    e.createdBy = q.value(13).toString();
    e.createdAt = q.value(14).toString();
    e.updatedAt = q.value(15).toString();
    e.signedBy = q.value(16).toString();
    e.signedAt = q.value(17).toString();
    return e;
}

QJsonValue optionalJson(std::optional<double> v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

} // namespace

EvaluationStore::EvaluationStore(QSqlDatabase db, QDateTime now)
    : m_db(std::move(db))
    , m_now(std::move(now))
{}

QString EvaluationStore::ratingLabel(int rating)
{
    switch (rating) {
    case 1:
        return tr("does not meet expectations");
    case 2:
        return tr("partly meets expectations");
    case 3:
        return tr("meets expectations");
    case 4:
        return tr("exceeds expectations");
    case 5:
        return tr("outstanding");
    default:
        break;
    }
    return QString();
}

std::optional<Evaluation> EvaluationStore::load(qint64 id, StoreError* error) const
{
    QSqlQuery q(m_db);
    q.prepare(selectEvaluations + QStringLiteral("WHERE e.id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        fail(error, StoreError::Failed, q.lastError().text());
        return std::nullopt;
    }
    if (!q.next()) {
        fail(error, StoreError::NotFound, tr("There is no evaluation %1.").arg(id));
        return std::nullopt;
    }
    return evaluationFrom(q);
}

bool EvaluationStore::mayRead(const Session& session, const Evaluation& e) const
{
    return Permissions::allows(session, Action::DashboardRead, Target{e.branch, e.rmUserId});
}

std::optional<Evaluation> EvaluationStore::find(const Session& session, qint64 id,
                                                StoreError* error) const
{
    if (!Permissions::allows(session, Action::DashboardRead)) {
        fail(error, StoreError::Forbidden, Permissions::refusal(session, Action::DashboardRead));
        return std::nullopt;
    }
    auto e = load(id, error);
    if (e && !mayRead(session, *e)) {
        // Whether someone else's evaluation exists is not for others to learn.
        fail(error, StoreError::NotFound, tr("There is no evaluation %1 among yours.").arg(id));
        return std::nullopt;
    }
    return e;
}

QList<Evaluation> EvaluationStore::list(const Session& session, const EvaluationFilter& filter,
                                        StoreError* error) const
{
    QList<Evaluation> out;
    QStringList where;
    QVariantList binds;
    switch (Permissions::scope(session.role, Action::DashboardRead)) {
    case Scope::None:
        fail(error, StoreError::Forbidden, Permissions::refusal(session, Action::DashboardRead));
        return out;
    case Scope::Own:
        where << QStringLiteral("e.rm_user_id = ?");
        binds << session.userId;
        break;
    case Scope::Branch:
        where << QStringLiteral("e.branch_code = ?");
        binds << session.branch;
        break;
    case Scope::All:
        break;
    }
    if (!filter.period.isEmpty()) {
        where << QStringLiteral("e.period = ?");
        binds << filter.period;
    }
    if (!filter.rm.isEmpty()) {
        where << QStringLiteral("u.name = ?");
        binds << filter.rm;
    }
    if (!filter.status.isEmpty()) {
        where << QStringLiteral("e.status = ?");
        binds << filter.status;
    }
    QSqlQuery q(m_db);
    q.prepare(selectEvaluations +
              (where.isEmpty() ? QString()
                               : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))) +
              QStringLiteral(" ORDER BY e.period DESC, e.branch_code, u.name, e.id"));
    for (const QVariant& v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec()) {
        fail(error, StoreError::Failed, q.lastError().text());
        return out;
    }
    while (q.next())
        out.append(evaluationFrom(q));
    return out;
}

bool EvaluationStore::create(const Session& session, const QString& rmName, const QString& period,
                             qint64* id, StoreError* error)
{
    if (!Permissions::allows(session, Action::EvaluationWrite))
        return fail(error, StoreError::Forbidden,
                    Permissions::refusal(session, Action::EvaluationWrite));
    const auto p = KpiPeriod::parse(period);
    if (!p)
        return fail(error, StoreError::Invalid,
                    tr("Give the period as YYYY-MM, YYYY-Qn or YYYY, not \"%1\".").arg(period));
    if (p->last() >= m_now.toLocalTime().date())
        return fail(
            error, StoreError::Invalid,
            tr("Period %1 has not ended yet: evaluate a period once it is over.").arg(p->code()));
    const auto user = UserStore(m_db).find(rmName.trimmed());
    if (!user || !user->active || user->role != Role::Rm)
        return fail(error, StoreError::Invalid,
                    tr("There is no active relationship manager %1.").arg(rmName.trimmed()));
    if (!Permissions::allows(session, Action::EvaluationWrite, Target{user->branch, user->id}))
        return fail(error, StoreError::Forbidden,
                    tr("%1 works in branch %2: only a supervisor of that branch may evaluate them.")
                        .arg(user->name, user->branch));
    const auto cards =
        AssessmentStore(m_db, m_now).scorecards(session, *p, user->branch, error, user->id);
    if (!cards)
        return false;
    if (cards->cards.isEmpty())
        return fail(error, StoreError::Invalid, tr("%1 has no scorecard.").arg(user->name));
    const Scorecard& card = cards->cards.first();
    int ranked = 0;
    for (const BranchScore& b : cards->branches)
        if (b.branch == user->branch)
            ranked = b.rms;
    QJsonArray kpis;
    for (const KpiScore& s : card.kpis)
        kpis.append(
            QJsonObject{{QStringLiteral("kpi"), s.kpi},
                        {QStringLiteral("actual"), optionalJson(s.actual)},
                        {QStringLiteral("target"), s.target},
                        {QStringLiteral("weight"), s.weight},
                        {QStringLiteral("direction"), KpiScoring::directionName(s.direction)},
                        {QStringLiteral("attainment"), optionalJson(s.attainment)},
                        {QStringLiteral("score"), optionalJson(s.score)}});
    const QString at = m_now.toUTC().toString(Qt::ISODateWithMs);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM evaluations WHERE rm_user_id = ? AND period = ?"));
    q.addBindValue(user->id);
    q.addBindValue(p->code());
    if (q.exec() && q.next())
        return fail(error, StoreError::Invalid,
                    tr("%1 already has evaluation %2 for %3.")
                        .arg(user->name)
                        .arg(q.value(0).toLongLong())
                        .arg(p->code()));
    if (!m_db.transaction())
        return fail(error, StoreError::Failed, m_db.lastError().text());
    q.prepare(QStringLiteral(
        "INSERT INTO evaluations (rm_user_id, branch_code, period, standards_version, score, "
        "rank, ranked, kpis, created_by, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v :
         QVariantList{user->id, user->branch, p->code(), cards->standards.version,
                      card.total ? QVariant(*card.total) : QVariant(),
                      card.rank ? QVariant(card.rank) : QVariant(), ranked,
                      QString::fromUtf8(QJsonDocument(kpis).toJson(QJsonDocument::Compact)),
                      session.userName, at, at})
        q.addBindValue(v);
    QString why;
    const bool inserted = q.exec();
    if (!inserted)
        why = q.lastError().text();
    const qint64 newId = inserted ? q.lastInsertId().toLongLong() : 0;
    if (!inserted ||
        !AuditTrail::record(m_db, session,
                            {QStringLiteral("evaluation.create"),
                             QStringLiteral("evaluation"),
                             QString::number(newId),
                             {{QStringLiteral("rm"), user->name},
                              {QStringLiteral("period"), p->code()},
                              {QStringLiteral("score"), optionalJson(card.total)},
                              {QStringLiteral("rank"), card.rank}},
                             QString()},
                            &why) ||
        !m_db.commit()) {
        m_db.rollback();
        return fail(error, StoreError::Failed, tr("The evaluation was not created: %1").arg(why));
    }
    if (id)
        *id = newId;
    return true;
}

std::optional<Evaluation> EvaluationStore::forChange(const Session& session, qint64 id,
                                                     StoreError* error) const
{
    if (!Permissions::allows(session, Action::EvaluationWrite)) {
        fail(error, StoreError::Forbidden, Permissions::refusal(session, Action::EvaluationWrite));
        return std::nullopt;
    }
    auto e = load(id, error);
    if (!e)
        return std::nullopt;
    if (!Permissions::allows(session, Action::EvaluationWrite, Target{e->branch, e->rmUserId})) {
        fail(error, StoreError::Forbidden,
             tr("Evaluation %1 belongs to branch %2: only a supervisor of that branch may change "
                "it.")
                 .arg(id)
                 .arg(e->branch));
        return std::nullopt;
    }
    if (e->signedOff()) {
        fail(error, StoreError::Invalid,
             tr("Evaluation %1 was signed off by %2 on %3 and can no longer be changed.")
                 .arg(id)
                 .arg(e->signedBy, e->signedAt.left(10)));
        return std::nullopt;
    }
    return e;
}

bool EvaluationStore::update(const Session& session, const Evaluation& e, const QString& action,
                             const QString& sql, const QVariantList& binds,
                             const QJsonObject& details, StoreError* error)
{
    if (!m_db.transaction())
        return fail(error, StoreError::Failed, m_db.lastError().text());
    QSqlQuery q(m_db);
    q.prepare(sql);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    QString why;
    const bool ok = q.exec();
    if (!ok)
        why = q.lastError().text();
    if (!ok ||
        !AuditTrail::record(
            m_db, session,
            {action, QStringLiteral("evaluation"), QString::number(e.id), details, QString()},
            &why) ||
        !m_db.commit()) {
        m_db.rollback();
        return fail(error, StoreError::Failed,
                    tr("Evaluation %1 was not changed: %2").arg(e.id).arg(why));
    }
    return true;
}

bool EvaluationStore::rate(const Session& session, qint64 id, int rating, const QString& comment,
                           StoreError* error)
{
    const auto e = forChange(session, id, error);
    if (!e)
        return false;
    if (rating < 1 || rating > 5)
        return fail(error, StoreError::Invalid,
                    tr("The rating must be 1 (does not meet expectations) to 5 (outstanding)."));
    const QString text = comment.trimmed();
    if (text.isEmpty() || text.size() > MaximumCommentLength)
        return fail(
            error, StoreError::Invalid,
            tr("Give a comment of 1 to %1 characters with the rating.").arg(MaximumCommentLength));
    QJsonObject details{{QStringLiteral("rating"), rating}};
    if (e->rating)
        details.insert(QStringLiteral("old_rating"), *e->rating);
    return update(session, *e, QStringLiteral("evaluation.rate"),
                  QStringLiteral("UPDATE evaluations SET rating = ?, comment = ?, updated_at = ? "
                                 "WHERE id = ? AND status = 'draft'"),
                  {rating, text, m_now.toUTC().toString(Qt::ISODateWithMs), id}, details, error);
}

bool EvaluationStore::signOff(const Session& session, qint64 id, StoreError* error)
{
    const auto e = forChange(session, id, error);
    if (!e)
        return false;
    if (!e->rating)
        return fail(error, StoreError::Invalid,
                    tr("Rate evaluation %1 with a comment before signing it off.").arg(id));
    const QString at = m_now.toUTC().toString(Qt::ISODateWithMs);
    return update(session, *e, QStringLiteral("evaluation.signoff"),
                  QStringLiteral("UPDATE evaluations SET status = 'signed_off', signed_by = ?, "
                                 "signed_at = ?, updated_at = ? WHERE id = ? AND status = 'draft'"),
                  {session.userName, at, at, id},
                  {{QStringLiteral("rm"), e->rm},
                   {QStringLiteral("period"), e->period},
                   {QStringLiteral("rating"), *e->rating},
                   {QStringLiteral("score"), optionalJson(e->score)}},
                  error);
}

} // namespace rmdesk
