#include "customerfilterbar.h"

#include "customerlistmodel.h"
#include "domain/customerfields.h"
#include "security/permissions.h"
#include "security/vault.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace rmdesk {

CustomerFilterBar::CustomerFilterBar(Vault& vault, QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
{
    setObjectName(QStringLiteral("customerFilterBar"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const Scope scope = Permissions::scope(vault.session().role, Action::CustomerRead);
    CustomerListing listing(vault.database().connection(), vault.session());

    m_branch = addCombo("branchFilter", tr("&Branch:"), tr("All branches"));
    for (const auto& [code, name] : listing.branchChoices())
        m_branch->addItem(QStringLiteral("%1 %2").arg(code, name), code);
    m_rm = addCombo("rmFilter", tr("&RM:"), tr("All RMs"));
    fillRms();
    // An RM sees one book and a supervisor one branch: no choice to offer there.
    m_branch->parentWidget()->setVisible(scope == Scope::All);
    m_rm->parentWidget()->setVisible(scope != Scope::Own);

    m_tier = addCombo("tierFilter", tr("&Tier:"), tr("All tiers"));
    for (const char* tier : {"mass", "affluent", "private"})
        m_tier->addItem(CustomerListModel::valueLabel(QStringLiteral("tier"), QLatin1String(tier)),
                        QLatin1String(tier));
    m_stage = addCombo("stageFilter", tr("Sta&ge:"), tr("All stages"));
    for (const QString& stage : CustomerFields::lifecycleStages())
        m_stage->addItem(CustomerListModel::valueLabel(QStringLiteral("lifecycle_stage"), stage),
                         stage);
    m_risk = addCombo("riskFilter", tr("Ris&k:"), tr("All levels"));
    for (const char* level : {"C1", "C2", "C3", "C4", "C5"})
        m_risk->addItem(QLatin1String(level), QLatin1String(level));
    m_status = addCombo("statusFilter", tr("Stat&us:"), tr("All"));
    for (const char* status : {"active", "ended"})
        m_status->addItem(
            CustomerListModel::valueLabel(QStringLiteral("status"), QLatin1String(status)),
            QLatin1String(status));
    m_overdue = new QCheckBox(tr("Review &overdue"));
    m_overdue->setObjectName(QStringLiteral("overdueOnly"));
    m_overdue->setToolTip(tr("Only customers whose periodic review date has passed"));
    layout->addWidget(m_overdue);
    layout->addStretch(1);

    connect(m_branch, &QComboBox::currentIndexChanged, this, [this] {
        fillRms();
        emit changed();
    });
    for (QComboBox* combo : {m_rm, m_tier, m_stage, m_risk, m_status})
        connect(combo, &QComboBox::currentIndexChanged, this, &CustomerFilterBar::changed);
    connect(m_overdue, &QCheckBox::toggled, this, &CustomerFilterBar::changed);
}

QComboBox* CustomerFilterBar::addCombo(const char* objectName, const QString& label,
                                       const QString& allText)
{
    auto* box = new QWidget;
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(4);
    auto* combo = new QComboBox;
    combo->setObjectName(QLatin1String(objectName));
    combo->addItem(allText, QString());
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* caption = new QLabel(label);
    caption->setBuddy(combo);
    row->addWidget(caption);
    row->addWidget(combo);
    layout()->addWidget(box);
    return combo;
}

void CustomerFilterBar::fillRms()
{
    const QSignalBlocker block(m_rm);
    const QString current = m_rm->currentData().toString();
    while (m_rm->count() > 1)
        m_rm->removeItem(1);
    CustomerListing listing(m_vault.database().connection(), m_vault.session());
    for (const QString& name : listing.rmChoices(m_branch->currentData().toString()))
        m_rm->addItem(name, name);
    const int keep = m_rm->findData(current);
    m_rm->setCurrentIndex(keep > 0 ? keep : 0);
}

void CustomerFilterBar::apply(CustomerListQuery* query) const
{
    query->branch = m_branch->currentData().toString();
    query->rmName = m_rm->currentData().toString();
    query->tier = m_tier->currentData().toString();
    query->stage = m_stage->currentData().toString();
    query->riskLevel = m_risk->currentData().toString();
    query->status = m_status->currentData().toString();
    query->reviewOverdue = m_overdue->isChecked();
}

bool CustomerFilterBar::anyFilter() const
{
    CustomerListQuery q;
    apply(&q);
    return q != CustomerListQuery{};
}

void CustomerFilterBar::clear()
{
    for (QComboBox* combo : {m_branch, m_rm, m_tier, m_stage, m_risk, m_status}) {
        const QSignalBlocker block(combo);
        combo->setCurrentIndex(0);
    }
    const QSignalBlocker block(m_overdue);
    m_overdue->setChecked(false);
    fillRms();
    emit changed();
}

void CustomerFilterBar::setQuery(const CustomerListQuery& query)
{
    {
        const QSignalBlocker blockBranch(m_branch);
        const QSignalBlocker blockOverdue(m_overdue);
        m_branch->setCurrentIndex(qMax(0, m_branch->findData(query.branch)));
        fillRms();
        for (const auto& [combo, value] :
             {std::pair{m_rm, query.rmName}, std::pair{m_tier, query.tier},
              std::pair{m_stage, query.stage}, std::pair{m_risk, query.riskLevel},
              std::pair{m_status, query.status}}) {
            const QSignalBlocker block(combo);
            combo->setCurrentIndex(qMax(0, combo->findData(value)));
        }
        m_overdue->setChecked(query.reviewOverdue);
    }
    emit changed();
}

} // namespace rmdesk
