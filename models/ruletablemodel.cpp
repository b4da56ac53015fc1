#include "ruletablemodel.h"

#include "domain/complaintflow.h"

#include <QHash>

namespace rmdesk {

RuleTableModel::RuleTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void RuleTableModel::setRules(QList<Rule> rules)
{
    beginResetModel();
    m_rules = std::move(rules);
    endResetModel();
}

int RuleTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rules.size());
}

int RuleTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RuleTableModel::ruleSetLabel(const QString& name)
{
    if (name == QLatin1String("complaint_clock"))
        return tr("Complaint deadlines");
    if (name == QLatin1String("review_cadence"))
        return tr("Periodic information review");
    if (name == QLatin1String("record_retention"))
        return tr("Record retention");
    if (name == QLatin1String("display_masking"))
        return tr("Display masking");
    if (name == QLatin1String("satisfaction"))
        return tr("Satisfaction scores");
    if (name == QLatin1String("customer_tiers"))
        return tr("Customer tiers");
    if (name == QLatin1String("complaint_categories"))
        return tr("Complaint categories");
    if (name == QLatin1String("complaint_root_causes"))
        return tr("Complaint root causes");
    if (name == QLatin1String("complaint_channels"))
        return tr("Complaint channels");
    if (name == QLatin1String("complaint_escalation"))
        return tr("Complaint escalation");
    if (name == QLatin1String("service_standards"))
        return tr("Service standards");
    if (name == QLatin1String("lifecycle"))
        return tr("Lifecycle stages");
    if (name == QLatin1String("change_check"))
        return tr("Identity change checks");
    return name;
}

QString RuleTableModel::ruleLabel(const QString& key)
{
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("decision_days"), QT_TR_NOOP("Days to decide a complaint")},
        {QStringLiteral("check_within_days"),
         QT_TR_NOOP("Days to check an identity change against its proof")},
        {QStringLiteral("extended_days"), QT_TR_NOOP("Days after an extension with a reason")},
        {QStringLiteral("approved_extended_days"),
         QT_TR_NOOP("Days after a supervisor-approved extension")},
        {QStringLiteral("day_kind"), QT_TR_NOOP("Kind of days counted")},
        {QStringLiteral("max_group_representatives"),
         QT_TR_NOOP("Representatives of a group complaint, at most")},
        {QStringLiteral("high_risk_months"),
         QT_TR_NOOP("High-risk customers: months between reviews")},
        {QStringLiteral("other_months"), QT_TR_NOOP("Other customers: months between reviews")},
        {QStringLiteral("years_after_end"), QT_TR_NOOP("Years kept after the relationship ends")},
        {QStringLiteral("hold_while_aml_investigation_open"),
         QT_TR_NOOP("Kept while an AML investigation is open")},
        {QStringLiteral("id_number"), QT_TR_NOOP("ID number")},
        {QStringLiteral("mobile"), QT_TR_NOOP("Mobile number")},
        {QStringLiteral("bank_card"), QT_TR_NOOP("Bank card number")},
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("address"), QT_TR_NOOP("Address")},
        {QStringLiteral("nps_promoter_min"), QT_TR_NOOP("NPS: lowest promoter score")},
        {QStringLiteral("nps_detractor_max"), QT_TR_NOOP("NPS: highest detractor score")},
        {QStringLiteral("csat_satisfied_min"), QT_TR_NOOP("CSAT: lowest satisfied score")},
        {QStringLiteral("csat_follow_up_max"), QT_TR_NOOP("CSAT: call back at or below")},
        {QStringLiteral("callback_days"), QT_TR_NOOP("Survey callback within (days)")},
        {QStringLiteral("onboarding_months"), QT_TR_NOOP("Onboarding lasts (months)")},
        {QStringLiteral("trend_months"), QT_TR_NOOP("AUM trend over (months)")},
        {QStringLiteral("growing_pct"), QT_TR_NOOP("Growing: AUM up at least (%)")},
        {QStringLiteral("declining_pct"), QT_TR_NOOP("Declining: AUM down at least (%)")},
        {QStringLiteral("dormant_months"), QT_TR_NOOP("Dormant after no activity for (months)")},
        {QStringLiteral("churned_months"),
         QT_TR_NOOP("Churned after no activity and no assets for (months)")},
        {QStringLiteral("won_back_months"), QT_TR_NOOP("Won back lasts (months)")},
        {QStringLiteral("override_months"), QT_TR_NOOP("A stage set by hand holds (months)")},
        {QStringLiteral("affluent_min_aum"), QT_TR_NOOP("Affluent: assets from (yuan)")},
        {QStringLiteral("private_min_aum"), QT_TR_NOOP("Private banking: assets from (yuan)")},
        {QStringLiteral("warning_days"), QT_TR_NOOP("Amber when due within (days)")},
        {QStringLiteral("follow_up_days"), QT_TR_NOOP("Follow up within (days)")},
        {QStringLiteral("callback_hours"),
         QT_TR_NOOP("Call back an unreached customer within (hours)")},
        {QStringLiteral("max_snooze_days"), QT_TR_NOOP("Snooze a task at most (days)")},
        {QStringLiteral("upcoming_days"), QT_TR_NOOP("My day shows tasks due within (days)")},
        {QStringLiteral("document_expiry_notice_days"),
         QT_TR_NOOP("Warn of expiring ID documents (days ahead)")},
        {QStringLiteral("on_time_follow_up_target_percent"),
         QT_TR_NOOP("Target: on-time follow-ups (%)")},
        {QStringLiteral("first_contact_resolution_target_percent"),
         QT_TR_NOOP("Target: resolved at first contact (%)")},
    };
    const auto it = labels.constFind(key);
    return it == labels.cend() ? key : tr(*it);
}

QString RuleTableModel::valueLabel(const QString& value)
{
    if (value == QLatin1String("calendar"))
        return tr("calendar days");
    if (value == QLatin1String("true"))
        return tr("yes");
    if (value == QLatin1String("false"))
        return tr("no");
    // Masking patterns: "first:3,last:4", "first:1", "until:区|县".
    if (value.startsWith(QLatin1String("first:")) || value.startsWith(QLatin1String("until:"))) {
        QStringList parts;
        for (const QString& part : value.split(QLatin1Char(','))) {
            const QString arg = part.section(QLatin1Char(':'), 1);
            if (part.startsWith(QLatin1String("first:")))
                parts << tr("keep the first %n character(s)", nullptr, arg.toInt());
            else if (part.startsWith(QLatin1String("last:")))
                parts << tr("keep the last %n character(s)", nullptr, arg.toInt());
            else
                parts << tr("keep up to %1").arg(arg.split(QLatin1Char('|')).join(tr(" or ")));
        }
        return parts.join(tr(", "));
    }
    return value;
}

QVariant RuleTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rules.size())
        return QVariant();
    const Rule& r = m_rules.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == VersionColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QVariant();
    switch (index.column()) {
    case RuleSetColumn:
        return ruleSetLabel(r.ruleSet);
    case RuleColumn:
        return role == Qt::ToolTipRole ? r.key : ruleLabel(r.key);
    case ValueColumn: {
        // The complaint lists: code → name, shown in the interface language.
        static const QHash<QString, QString> lists = {
            {QStringLiteral("complaint_categories"), QStringLiteral("category")},
            {QStringLiteral("complaint_root_causes"), QStringLiteral("cause")},
            {QStringLiteral("complaint_channels"), QStringLiteral("channel")}};
        if (role == Qt::ToolTipRole)
            return r.value;
        if (const auto list = lists.constFind(r.ruleSet); list != lists.cend())
            return ComplaintFlow::choiceLabel(*list, r.key, r.value);
        return valueLabel(r.value);
    }
    case VersionColumn:
        return r.version;
    case EffectiveColumn:
        return r.effectiveFrom.toString(Qt::ISODate);
    case SourceColumn:
        return r.source;
    default:
        return QVariant();
    }
}

QVariant RuleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case RuleSetColumn:
        return tr("Rule set");
    case RuleColumn:
        return tr("Rule");
    case ValueColumn:
        return tr("Value");
    case VersionColumn:
        return tr("Version");
    case EffectiveColumn:
        return tr("In force since");
    case SourceColumn:
        return tr("Source");
    default:
        return QVariant();
    }
}

} // namespace rmdesk
