// SurveyStore::stats: NPS, CSAT and CES of the responses in the session's scope, in total and by
// RM, branch, segment, channel or month, each with its response count and a reliability flag.
#include "surveystore.h"

#include "stores/lifecyclesupport.h"
#include "stores/userstore.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace rmdesk {

using lifecycle::Support;

namespace {

// The answers of one group, as lists for Satisfaction.
struct Tally
{
    QString code;
    QString label;
    int responses = 0;
    QList<int> nps;
    QList<int> csat;
    QList<int> ces;

    void add(const QVariant& n, const QVariant& c, const QVariant& e, int count)
    {
        responses += count;
        for (int i = 0; i < count; ++i) {
            if (!n.isNull())
                nps.append(n.toInt());
            if (!c.isNull())
                csat.append(c.toInt());
            if (!e.isNull())
                ces.append(e.toInt());
        }
    }

    SurveyGroupStats stats(const SatisfactionRules& rules) const
    {
        SurveyGroupStats s;
        s.group = code;
        s.label = label;
        s.responses = responses;
        s.nps = Satisfaction::nps(nps, rules);
        s.csat = Satisfaction::csat(csat, rules);
        s.ces = Satisfaction::ces(ces);
        s.reliable = Satisfaction::isReliable(responses);
        return s;
    }
};

} // namespace

SurveyStats SurveyStore::stats(const Session& session, const SurveyFilter& filter, SurveyGroupBy by,
                               StoreError* error)
{
    SurveyStats result;
    result.total.label = tr("All responses");
    // The scope is the response's own: the RM and branch that served the customer when it
    // answered.
    QVariantList binds;
    QStringList where;
    switch (Permissions::scope(session.role, Action::SurveyRead)) {
    case Scope::Own:
        where << QStringLiteral("r.rm_user_id = ?");
        binds << session.userId;
        break;
    case Scope::Branch:
        where << QStringLiteral("r.branch_code = ?");
        binds << session.branch;
        break;
    case Scope::All:
        break;
    case Scope::None:
        fail(error, StoreError::Forbidden, Permissions::refusal(session, Action::SurveyRead));
        return result;
    }
    if (filter.from.isValid() && filter.to.isValid() && filter.from > filter.to) {
        fail(error, StoreError::Invalid,
             tr("The period starts (%1) after it ends (%2).")
                 .arg(filter.from.toString(Qt::ISODate), filter.to.toString(Qt::ISODate)));
        return result;
    }
    if (filter.from.isValid()) {
        where << QStringLiteral("r.answered_on >= ?");
        binds << filter.from.toString(Qt::ISODate);
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("r.answered_on <= ?");
        binds << filter.to.toString(Qt::ISODate);
    }
    if (!filter.branch.isEmpty()) {
        where << QStringLiteral("r.branch_code = ?");
        binds << filter.branch;
    }
    if (!filter.rm.isEmpty()) {
        const auto user = UserStore(m_db).find(filter.rm);
        if (!user) {
            fail(error, StoreError::NotFound, tr("There is no user %1.").arg(filter.rm));
            return result;
        }
        where << QStringLiteral("r.rm_user_id = ?");
        binds << user->id;
    }
    if (!filter.templateName.isEmpty()) {
        where << QStringLiteral(
            "r.template_id IN (SELECT id FROM survey_templates WHERE name = ?)");
        binds << filter.templateName;
    }
    if (!filter.segment.isEmpty()) {
        where << QStringLiteral("r.segment = ?");
        binds << filter.segment;
    }
    if (!filter.channel.isEmpty()) {
        where << QStringLiteral("r.channel = ?");
        binds << filter.channel;
    }

    QString group = QStringLiteral("''");
    QString label = QStringLiteral("''");
    QString join;
    switch (by) {
    case SurveyGroupBy::None:
        break;
    case SurveyGroupBy::Rm:
        // By id; the few names are read afterwards (a join here slows the scan down).
        group = label = QStringLiteral("coalesce(r.rm_user_id, 0)");
        break;
    case SurveyGroupBy::Branch:
        group = QStringLiteral("r.branch_code");
        label = QStringLiteral("coalesce(b.name, r.branch_code)");
        join = QStringLiteral("LEFT JOIN branches b ON b.code = r.branch_code ");
        break;
    case SurveyGroupBy::Segment:
        group = label = QStringLiteral("r.segment");
        break;
    case SurveyGroupBy::Channel:
        group = label = QStringLiteral("r.channel");
        break;
    case SurveyGroupBy::Month:
        group = label = QStringLiteral("substr(r.answered_on, 1, 7)");
        break;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1, %2, r.nps, r.csat, r.ces, count(*) FROM "
                             "survey_responses r %3%4 GROUP BY 1, 2, 3, 4, 5")
                  .arg(group, label, join,
                       where.isEmpty()
                           ? QString()
                           : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))));
    QString why;
    if (!Support::exec(q, binds, &why)) {
        fail(error, StoreError::Failed, why);
        return result;
    }
    Tally total;
    QHash<QString, Tally> groups;
    while (q.next()) {
        const int count = q.value(5).toInt();
        total.add(q.value(2), q.value(3), q.value(4), count);
        if (by == SurveyGroupBy::None)
            continue;
        const QString code = q.value(0).toString();
        Tally& t = groups[code];
        t.code = code;
        t.label = q.value(1).toString();
        t.add(q.value(2), q.value(3), q.value(4), count);
    }
    if (by == SurveyGroupBy::Rm && !groups.isEmpty()) {
        QHash<QString, Tally> named;
        QSqlQuery users(m_db);
        users.setForwardOnly(true);
        users.prepare(QStringLiteral("SELECT name, coalesce(nullif(full_name, ''), name) FROM "
                                     "users WHERE id = ?"));
        for (auto it = groups.begin(); it != groups.end(); ++it) {
            Tally t = it.value();
            t.code.clear();
            t.label.clear();
            if (it.key() != QLatin1String("0") && Support::exec(users, {it.key()}, &why) &&
                users.next()) {
                t.code = users.value(0).toString();
                t.label = users.value(1).toString();
            }
            named.insert(t.code, t);
        }
        groups = named;
    }
    const SatisfactionRules scores = rules(m_db, m_today).scores;
    result.total = total.stats(scores);
    result.total.label = tr("All responses");
    for (const Tally& t : std::as_const(groups)) {
        SurveyGroupStats s = t.stats(scores);
        if (by == SurveyGroupBy::Segment)
            s.label = segmentLabel(t.code);
        else if (by == SurveyGroupBy::Channel)
            s.label = channelLabel(t.code);
        else if (by == SurveyGroupBy::Rm && t.code.isEmpty())
            s.label = tr("No relationship manager");
        result.groups.append(s);
    }
    std::sort(result.groups.begin(), result.groups.end(),
              [by](const SurveyGroupStats& a, const SurveyGroupStats& b) {
                  if (by != SurveyGroupBy::Month && a.responses != b.responses)
                      return a.responses > b.responses;
                  return a.group < b.group;
              });
    return result;
}

} // namespace rmdesk
