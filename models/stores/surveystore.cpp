// SurveyStore: templates, recording a response with its callback, reading responses and the
// records a response may be linked to. Stats are in surveystats.cpp, the CSV import in
// surveyimport.cpp.
#include "surveystore.h"

#include "domain/servicecodes.h"
#include "security/masking.h"
#include "stores/audittrail.h"
#include "stores/lifecyclesupport.h"
#include "stores/rulestore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace rmdesk {

using lifecycle::Support;

namespace {

const QString selectResponses = QStringLiteral(
    "SELECT r.id, r.customer_id, coalesce(c.name, ''), coalesce(c.type, ''), r.template_id, "
    "t.name, t.version, r.answered_on, r.channel, coalesce(r.interaction_id, 0), "
    "coalesce(r.complaint_id, 0), r.branch_code, coalesce(u.name, ''), r.segment, r.nps, r.csat, "
    "r.ces, coalesce(r.follow_up_task_id, 0), r.recorded_by, r.recorded_at, r.source, "
    "coalesce(r.rm_user_id, 0) "
    "FROM survey_responses r JOIN survey_templates t ON t.id = r.template_id "
    "LEFT JOIN customers c ON c.id = r.customer_id LEFT JOIN users u ON u.id = r.rm_user_id ");

std::optional<int> optionalInt(const QVariant& v)
{
    return v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
}

QVariant nullableInt(std::optional<int> v)
{
    return v ? QVariant(*v) : QVariant();
}

QVariant nullableId(qint64 id)
{
    return id != 0 ? QVariant(id) : QVariant();
}

} // namespace

SurveyStore::SurveyStore(QSqlDatabase db, QDateTime now)
    : m_db(std::move(db))
    , m_now(std::move(now))
    , m_today(m_now.toLocalTime().date())
{}

QStringList SurveyStore::channels()
{
    return {QStringLiteral("phone"), QStringLiteral("visit"), QStringLiteral("sms"),
            QStringLiteral("app"),   QStringLiteral("email"), QStringLiteral("wechat"),
            QStringLiteral("paper")};
}

QString SurveyStore::channelLabel(const QString& code)
{
    if (code == QLatin1String("phone"))
        return tr("Phone");
    if (code == QLatin1String("visit"))
        return tr("Visit");
    if (code == QLatin1String("sms"))
        return tr("SMS");
    if (code == QLatin1String("app"))
        return tr("Mobile app");
    if (code == QLatin1String("email"))
        return tr("Email");
    if (code == QLatin1String("wechat"))
        return tr("WeChat");
    if (code == QLatin1String("paper"))
        return tr("Paper form");
    return code;
}

QString SurveyStore::segmentLabel(const QString& tier)
{
    if (tier == QLatin1String("mass"))
        return tr("Mass");
    if (tier == QLatin1String("affluent"))
        return tr("Affluent");
    if (tier == QLatin1String("private"))
        return tr("Private banking");
    return tier;
}

SurveyStore::Rules SurveyStore::rules(const QSqlDatabase& db, const QDate& day)
{
    Rules r;
    for (const Rule& rule : RuleStore(db).rulesInForce(day)) {
        if (rule.ruleSet != QLatin1String("satisfaction"))
            continue;
        bool ok = false;
        const int v = rule.value.toInt(&ok);
        if (!ok)
            continue;
        if (rule.key == QLatin1String("nps_promoter_min"))
            r.scores.npsPromoterMin = v;
        else if (rule.key == QLatin1String("nps_detractor_max"))
            r.scores.npsDetractorMax = v;
        else if (rule.key == QLatin1String("csat_satisfied_min"))
            r.scores.csatSatisfiedMin = v;
        else if (rule.key == QLatin1String("csat_follow_up_max"))
            r.csatFollowUpMax = v;
        else if (rule.key == QLatin1String("callback_days") && v >= 0)
            r.callbackDays = v;
    }
    return r;
}

bool SurveyStore::needsCallback(const Rules& rules, std::optional<int> nps, std::optional<int> csat)
{
    return (nps && Satisfaction::isDetractor(*nps, rules.scores)) ||
           (csat && *csat >= 1 && *csat <= rules.csatFollowUpMax);
}

QList<SurveyTemplate> SurveyStore::templates(StoreError* error, bool allVersions) const
{
    QList<SurveyTemplate> list;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QString latest = allVersions
                               ? QString()
                               : QStringLiteral("WHERE t.version = (SELECT max(version) FROM "
                                                "survey_templates n WHERE n.name = t.name) ");
    if (!q.exec(QStringLiteral("SELECT t.id, t.name, t.version, t.title_en, t.title_zh FROM "
                               "survey_templates t ") +
                latest + QStringLiteral("ORDER BY t.name, t.version"))) {
        fail(error, StoreError::Failed, q.lastError().text());
        return list;
    }
    QHash<qint64, int> index;
    while (q.next()) {
        SurveyTemplate t;
        t.id = q.value(0).toLongLong();
        t.name = q.value(1).toString();
        t.version = q.value(2).toInt();
        t.titleEn = q.value(3).toString();
        t.titleZh = q.value(4).toString();
        index.insert(t.id, int(list.size()));
        list.append(t);
    }
    if (!q.exec(QStringLiteral("SELECT template_id, key, type, coalesce(min_value, 0), "
                               "coalesce(max_value, 0), required, text_en, text_zh, options FROM "
                               "survey_questions ORDER BY template_id, position"))) {
        fail(error, StoreError::Failed, q.lastError().text());
        return {};
    }
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it == index.cend())
            continue;
        SurveyQuestion question;
        question.key = q.value(1).toString();
        question.type =
            SurveyTemplates::typeFromName(q.value(2).toString()).value_or(QuestionType::Text);
        question.min = q.value(3).toInt();
        question.max = q.value(4).toInt();
        question.required = q.value(5).toInt() != 0;
        question.textEn = q.value(6).toString();
        question.textZh = q.value(7).toString();
        const QJsonArray options = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).array();
        for (const QJsonValue& o : options)
            question.options.append({o[QLatin1String("code")].toString(),
                                     o[QLatin1String("en")].toString(),
                                     o[QLatin1String("zh")].toString()});
        list[*it].questions.append(question);
    }
    return list;
}

std::optional<SurveyTemplate> SurveyStore::findTemplate(const QString& name, int version,
                                                        StoreError* error) const
{
    StoreError e;
    const QList<SurveyTemplate> all = templates(&e, version != 0);
    if (!e.ok()) {
        if (error)
            *error = e;
        return std::nullopt;
    }
    for (const SurveyTemplate& t : all)
        if (t.name == name && (version == 0 || t.version == version))
            return t;
    fail(error, StoreError::NotFound,
         version == 0 ? tr("There is no survey template %1.").arg(name)
                      : tr("There is no survey template %1, version %2.").arg(name).arg(version));
    return std::nullopt;
}

bool SurveyStore::check(const Session& session, const NewSurveyResponse& in, Draft* draft,
                        StoreError* error, QList<SurveyAnswerError>* answerErrors, QString* field,
                        QHash<QString, SurveyTemplate>* templateCache) const
{
    auto refuse = [&](const char* name, StoreError::Kind kind, const QString& message) {
        if (field)
            *field = QLatin1String(name);
        return fail(error, kind, message);
    };
    StoreError e;
    const auto customer = Support::load(m_db, in.customerId, &e);
    if (!customer)
        return refuse("customer_id", e.kind, e.message);
    if (!Support::permitted(session, Action::SurveyWrite, *customer, &e))
        return refuse("customer_id", e.kind, e.message);

    const QString cacheKey =
        in.templateName + QLatin1Char('/') + QString::number(in.templateVersion);
    std::optional<SurveyTemplate> survey;
    if (templateCache && templateCache->contains(cacheKey)) {
        survey = templateCache->value(cacheKey);
    } else {
        survey = findTemplate(in.templateName, in.templateVersion, &e);
        if (!survey)
            return refuse("template", e.kind == StoreError::NotFound ? StoreError::Invalid : e.kind,
                          e.message);
        if (templateCache)
            templateCache->insert(cacheKey, *survey);
    }

    const QDate answeredOn = in.answeredOn.isValid() ? in.answeredOn : m_today;
    if (answeredOn > m_today)
        return refuse("answered_on", StoreError::Invalid,
                      tr("Answered on: %1 is in the future; give the day the customer answered.")
                          .arg(answeredOn.toString(Qt::ISODate)));
    if (!channels().contains(in.channel))
        return refuse("channel", StoreError::Invalid,
                      tr("Channel: use one of %1.").arg(channels().join(QStringLiteral(", "))));
    if (in.interactionId != 0 &&
        Support::count(m_db,
                       QStringLiteral("SELECT count(*) FROM interactions WHERE id = ? AND "
                                      "customer_id = ?"),
                       {in.interactionId, in.customerId}) == 0)
        return refuse(
            "interaction_id", StoreError::Invalid,
            tr("Customer %1 has no interaction %2.").arg(in.customerId).arg(in.interactionId));
    if (in.complaintId != 0 &&
        Support::count(m_db,
                       QStringLiteral("SELECT count(*) FROM complaints WHERE id = ? AND "
                                      "customer_id = ?"),
                       {in.complaintId, in.customerId}) == 0)
        return refuse(
            "complaint_id", StoreError::Invalid,
            tr("Customer %1 has no complaint %2.").arg(in.customerId).arg(in.complaintId));

    const QList<SurveyAnswerError> problems = SurveyTemplates::validate(*survey, in.answers);
    if (!problems.isEmpty()) {
        if (answerErrors)
            *answerErrors = problems;
        return refuse("answers", StoreError::Invalid, problems.first().message);
    }

    Draft d;
    d.in = in;
    d.survey = *survey;
    d.answeredOn = answeredOn;
    d.branch = customer->branch;
    d.rmUserId = customer->rmUserId;
    d.segment = customer->value("tier");
    for (auto it = in.answers.cbegin(); it != in.answers.cend(); ++it) {
        const QString value = it.value().trimmed();
        if (value.isEmpty())
            continue;
        const SurveyQuestion* q = survey->question(it.key());
        if (q->type == QuestionType::Multi) {
            QStringList codes;
            for (const QString& part : value.split(QLatin1Char(';')))
                codes << part.trimmed();
            d.answers.insert(it.key(), codes.join(QLatin1Char(';')));
            continue;
        }
        d.answers.insert(it.key(), value);
        if (q->type == QuestionType::Nps && !d.nps)
            d.nps = value.toInt();
        else if (q->type == QuestionType::Csat && !d.csat)
            d.csat = value.toInt();
        else if (q->type == QuestionType::Ces && !d.ces)
            d.ces = value.toInt();
    }
    if (draft)
        *draft = d;
    return true;
}

bool SurveyStore::write(const Session& session, const Draft& d, const Rules& rules,
                        const QString& source, SurveySaved* saved, QString* why)
{
    const QString now = m_now.toUTC().toString(Qt::ISODateWithMs);
    SurveySaved result;
    QSqlQuery q(m_db);
    // The callback first, so the response can point at it.
    if (needsCallback(rules, d.nps, d.csat)) {
        qint64 assigneeId = session.userId;
        QString assignee = session.userName;
        if (d.rmUserId != 0) {
            q.prepare(QStringLiteral("SELECT name FROM users WHERE id = ? AND active = 1"));
            if (!Support::exec(q, {d.rmUserId}, why))
                return false;
            if (q.next()) {
                assigneeId = d.rmUserId;
                assignee = q.value(0).toString();
            }
        }
        QStringList scores;
        // What asked for the callback.
        if (d.nps && Satisfaction::isDetractor(*d.nps, rules.scores))
            scores << tr("NPS %1").arg(*d.nps);
        if (d.csat && needsCallback(rules, std::nullopt, d.csat))
            scores << tr("CSAT %1").arg(*d.csat);
        const QString title =
            tr("Survey callback: %1 (%2)")
                .arg(scores.join(QStringLiteral(", ")), d.survey.title(QLocale().name()));
        const QDate due = d.answeredOn.addDays(rules.callbackDays);
        q.prepare(QStringLiteral(
            "INSERT INTO tasks (kind, customer_id, title, branch_code, due_on, assigned_to, "
            "created_by, created_at, updated_at) VALUES ('manual', ?, ?, ?, ?, ?, ?, ?, ?)"));
        if (!Support::exec(q,
                           {d.in.customerId, title, d.branch, due.toString(Qt::ISODate), assigneeId,
                            session.userName, now, now},
                           why))
            return false;
        result.followUpTaskId = q.lastInsertId().toLongLong();
        result.followUpOn = due;
        result.followUpAssignee = assignee;
        if (source == QLatin1String("desk") &&
            !AuditTrail::record(m_db, session,
                                {QStringLiteral("task.add"), QStringLiteral("task"),
                                 QString::number(result.followUpTaskId),
                                 QJsonObject{{QStringLiteral("kind"), QStringLiteral("manual")},
                                             {QStringLiteral("customer"), d.in.customerId},
                                             {QStringLiteral("due_on"), due.toString(Qt::ISODate)},
                                             {QStringLiteral("assignee"), assignee},
                                             {QStringLiteral("survey_callback"), true}},
                                 QString()},
                                why))
            return false;
    }
    q.prepare(QStringLiteral(
        "INSERT INTO survey_responses (customer_id, template_id, answered_on, channel, "
        "interaction_id, complaint_id, branch_code, rm_user_id, segment, nps, csat, ces, "
        "follow_up_task_id, recorded_by, recorded_at, source) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!Support::exec(q,
                       {d.in.customerId, d.survey.id, d.answeredOn.toString(Qt::ISODate),
                        d.in.channel, nullableId(d.in.interactionId), nullableId(d.in.complaintId),
                        d.branch, nullableId(d.rmUserId), d.segment, nullableInt(d.nps),
                        nullableInt(d.csat), nullableInt(d.ces), nullableId(result.followUpTaskId),
                        session.userName, now, source},
                       why))
        return false;
    result.id = q.lastInsertId().toLongLong();
    QStringList keys = d.answers.keys();
    keys.sort();
    for (const QString& key : std::as_const(keys)) {
        q.prepare(QStringLiteral(
            "INSERT INTO survey_answers (response_id, key, value) VALUES (?, ?, ?)"));
        if (!Support::exec(q, {result.id, key, d.answers.value(key)}, why))
            return false;
    }
    if (saved)
        *saved = result;
    return true;
}

bool SurveyStore::record(const Session& session, const NewSurveyResponse& response,
                         SurveySaved* saved, StoreError* error,
                         QList<SurveyAnswerError>* answerErrors)
{
    if (answerErrors)
        answerErrors->clear();
    Draft d;
    if (!check(session, response, &d, error, answerErrors, nullptr))
        return false;
    const Rules r = rules(m_db, m_today);
    if (!m_db.transaction())
        return fail(error, StoreError::Failed, m_db.lastError().text());
    QString why;
    SurveySaved result;
    bool ok = write(session, d, r, QStringLiteral("desk"), &result, &why);
    if (ok) {
        // The scores and which questions were answered; no answer text.
        QStringList keys = d.answers.keys();
        keys.sort();
        QJsonObject details{{QStringLiteral("customer"), d.in.customerId},
                            {QStringLiteral("template"), d.survey.name},
                            {QStringLiteral("version"), d.survey.version},
                            {QStringLiteral("answered_on"), d.answeredOn.toString(Qt::ISODate)},
                            {QStringLiteral("channel"), d.in.channel},
                            {QStringLiteral("answered"), QJsonArray::fromStringList(keys)}};
        for (const auto& [name, value] :
             {std::pair{"nps", d.nps}, {"csat", d.csat}, {"ces", d.ces}})
            if (value)
                details.insert(QLatin1String(name), *value);
        if (d.in.interactionId)
            details.insert(QStringLiteral("interaction"), d.in.interactionId);
        if (d.in.complaintId)
            details.insert(QStringLiteral("complaint"), d.in.complaintId);
        if (result.followUpTaskId)
            details.insert(QStringLiteral("follow_up_task"), result.followUpTaskId);
        ok = AuditTrail::record(m_db, session,
                                {QStringLiteral("survey.record"), QStringLiteral("survey_response"),
                                 QString::number(result.id), details, QString()},
                                &why) &&
             m_db.commit();
    }
    if (!ok) {
        m_db.rollback();
        return fail(error, StoreError::Failed,
                    tr("The survey response was not recorded: %1")
                        .arg(why.isEmpty() ? m_db.lastError().text() : why));
    }
    if (saved)
        *saved = result;
    return true;
}

namespace {

SurveyResponse responseFrom(const QSqlQuery& q, const Masker& masker)
{
    SurveyResponse r;
    r.id = q.value(0).toLongLong();
    r.customerId = q.value(1).toLongLong();
    r.customerName =
        masker.mask(customerTypeFromName(q.value(3).toString()).value_or(CustomerType::Individual),
                    QStringLiteral("name"), q.value(2).toString());
    r.templateId = q.value(4).toLongLong();
    r.templateName = q.value(5).toString();
    r.templateVersion = q.value(6).toInt();
    r.answeredOn = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    r.channel = q.value(8).toString();
    r.interactionId = q.value(9).toLongLong();
    r.complaintId = q.value(10).toLongLong();
    r.branch = q.value(11).toString();
    r.rm = q.value(12).toString();
    r.segment = q.value(13).toString();
    r.nps = optionalInt(q.value(14));
    r.csat = optionalInt(q.value(15));
    r.ces = optionalInt(q.value(16));
    r.followUpTaskId = q.value(17).toLongLong();
    r.recordedBy = q.value(18).toString();
    r.recordedAt = q.value(19).toString();
    r.source = q.value(20).toString();
    return r;
}

bool loadAnswers(const QSqlDatabase& db, SurveyResponse* r, QString* why)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT key, value FROM survey_answers WHERE response_id = ?"));
    if (!Support::exec(q, {r->id}, why))
        return false;
    while (q.next())
        r->answers.insert(q.value(0).toString(), q.value(1).toString());
    return true;
}

} // namespace

QList<SurveyResponse> SurveyStore::list(const Session& session, qint64 customerId,
                                        StoreError* error, int limit)
{
    QList<SurveyResponse> list;
    const auto customer = Support::load(m_db, customerId, error);
    if (!customer || !Support::permitted(session, Action::SurveyRead, *customer, error))
        return list;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(selectResponses +
              QStringLiteral("WHERE r.customer_id = ? ORDER BY r.answered_on DESC, r.id DESC "
                             "LIMIT ?"));
    QString why;
    if (!Support::exec(q, {customerId, limit > 0 ? limit : -1}, &why)) {
        fail(error, StoreError::Failed, why);
        return list;
    }
    const Masker masker = Masker::fromRules(m_db);
    while (q.next())
        list.append(responseFrom(q, masker));
    for (SurveyResponse& r : list)
        if (!loadAnswers(m_db, &r, &why)) {
            fail(error, StoreError::Failed, why);
            return {};
        }
    return list;
}

std::optional<SurveyResponse> SurveyStore::response(const Session& session, qint64 id,
                                                    StoreError* error)
{
    if (!Permissions::allows(session, Action::SurveyRead)) {
        fail(error, StoreError::Forbidden, Permissions::refusal(session, Action::SurveyRead));
        return std::nullopt;
    }
    QSqlQuery q(m_db);
    q.prepare(selectResponses + QStringLiteral("WHERE r.id = ?"));
    QString why;
    if (!Support::exec(q, {id}, &why)) {
        fail(error, StoreError::Failed, why);
        return std::nullopt;
    }
    if (!q.next()) {
        fail(error, StoreError::NotFound, tr("There is no survey response %1.").arg(id));
        return std::nullopt;
    }
    SurveyResponse r = responseFrom(q, Masker::fromRules(m_db));
    const qint64 snapshotRm = q.value(21).toLongLong();
    q.finish();
    // Readable by whoever may read the customer now, or whose scope the response counted in
    // when it was recorded (the stats include it).
    const auto customer = Support::load(m_db, r.customerId, nullptr);
    const bool now =
        customer && Permissions::allows(session, Action::SurveyRead, customer->target());
    if (!now && !Permissions::allows(session, Action::SurveyRead, Target{r.branch, snapshotRm})) {
        fail(error, StoreError::Forbidden,
             tr("Survey response %1 is outside your scope: you may not %2 outside it.")
                 .arg(id)
                 .arg(Permissions::actionName(Action::SurveyRead)));
        return std::nullopt;
    }
    if (!loadAnswers(m_db, &r, &why)) {
        fail(error, StoreError::Failed, why);
        return std::nullopt;
    }
    return r;
}

QList<SurveyLink> SurveyStore::links(const Session& session, qint64 customerId, StoreError* error,
                                     int limit)
{
    QList<SurveyLink> list;
    const auto customer = Support::load(m_db, customerId, error);
    if (!customer)
        return list;
    if (!Permissions::allows(session, Action::SurveyWrite, customer->target()) &&
        !Support::permitted(session, Action::SurveyRead, *customer, error))
        return list;
    const int n = limit > 0 ? limit : -1;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, at, channel, purpose FROM interactions WHERE "
                             "customer_id = ? ORDER BY at DESC, id DESC LIMIT ?"));
    QString why;
    if (!Support::exec(q, {customerId, n}, &why)) {
        fail(error, StoreError::Failed, why);
        return {};
    }
    while (q.next()) {
        SurveyLink l;
        l.kind = SurveyLink::Interaction;
        l.id = q.value(0).toLongLong();
        l.at = q.value(1).toString();
        const QDateTime at = QDateTime::fromString(l.at, Qt::ISODateWithMs);
        const QString day =
            at.isValid() ? at.toLocalTime().date().toString(Qt::ISODate) : l.at.left(10);
        l.label =
            tr("%1 %2 · %3")
                .arg(day, ServiceCodes::label(QStringLiteral("channel"), q.value(2).toString()),
                     ServiceCodes::label(QStringLiteral("purpose"), q.value(3).toString()));
        list.append(l);
    }
    q.prepare(QStringLiteral("SELECT id, received_at, category FROM complaints WHERE "
                             "customer_id = ? ORDER BY received_at DESC, id DESC LIMIT ?"));
    if (!Support::exec(q, {customerId, n}, &why)) {
        fail(error, StoreError::Failed, why);
        return {};
    }
    while (q.next()) {
        SurveyLink l;
        l.kind = SurveyLink::Complaint;
        l.id = q.value(0).toLongLong();
        l.at = q.value(1).toString();
        l.label =
            tr("%1 complaint %2 · %3").arg(l.at.left(10)).arg(l.id).arg(q.value(2).toString());
        list.append(l);
    }
    // Newest first across both kinds (an interaction's time is UTC, a complaint's receipt the
    // local wall clock: the day is what orders them).
    std::stable_sort(list.begin(), list.end(), [](const SurveyLink& a, const SurveyLink& b) {
        return a.at.left(16) > b.at.left(16);
    });
    if (limit > 0 && list.size() > limit)
        list.resize(limit);
    return list;
}

} // namespace rmdesk
