#include "customerlistmodel.h"

namespace rmdesk {

CustomerListModel::CustomerListModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_today(QDate::currentDate())
{}

void CustomerListModel::setSource(const QSqlDatabase& db, const Session& session,
                                  const QDate& today)
{
    m_db = db;
    m_session = session;
    m_today = today;
}

void CustomerListModel::setFilter(const CustomerFilter& filter)
{
    m_filter = filter;
    m_filter.afterId = 0;
}

QList<CustomerView> CustomerListModel::load(qint64 afterId)
{
    CustomerFilter filter = m_filter;
    filter.afterId = afterId;
    m_error = StoreError();
    int total = 0;
    QList<CustomerView> rows =
        CustomerStore(m_db, m_today).list(m_session, filter, &total, &m_error);
    if (m_error.ok())
        m_total = total;
    return rows;
}

bool CustomerListModel::refresh(StoreError* error)
{
    beginResetModel();
    m_total = 0;
    m_rows = load(0);
    endResetModel();
    if (error)
        *error = m_error;
    return m_error.ok();
}

qint64 CustomerListModel::customerId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int CustomerListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CustomerListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool CustomerListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_error.ok() && m_rows.size() < m_total;
}

void CustomerListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<CustomerView> more = load(m_rows.isEmpty() ? 0 : m_rows.last().id);
    if (more.isEmpty()) {
        m_total = int(m_rows.size()); // rows went away meanwhile: stop asking
        return;
    }
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows += more;
    endInsertRows();
}

CustomerListModel::ReviewState CustomerListModel::reviewStateOn(const QString& nextReviewDue,
                                                                const QDate& today)
{
    const QDate due = QDate::fromString(nextReviewDue, Qt::ISODate);
    if (!due.isValid())
        return ReviewNormal;
    if (due < today)
        return ReviewOverdue;
    return due <= today.addDays(DueSoonDays) ? ReviewDueSoon : ReviewNormal;
}

QVariant CustomerListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return QVariant();
    const CustomerView& c = m_rows.at(index.row());
    if (role == CustomerIdRole)
        return c.id;
    const QString due = c.value("next_review_due");
    if (role == ReviewStateRole)
        return int(reviewState(due));
    if (role == Qt::TextAlignmentRole && index.column() == IdColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == NextReviewColumn) {
        switch (reviewState(due)) {
        case ReviewOverdue:
            return tr("The periodic review was due on %1.").arg(due);
        case ReviewDueSoon:
            return tr("The periodic review is due within %n day(s).", nullptr, DueSoonDays);
        case ReviewNormal:
            break;
        }
        return QVariant();
    }
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (Column(index.column())) {
    case IdColumn:
        return c.id;
    case NameColumn:
        return c.value("name");
    case MobileColumn:
        return c.value("mobile");
    case IdNumberColumn:
        return c.value("id_number");
    case BranchColumn:
        return c.branch;
    case RmColumn:
        return c.value("rm");
    case RiskLevelColumn:
        return c.value("risk_level");
    case TierColumn:
        return valueLabel(QStringLiteral("tier"), c.value("tier"));
    case LifecycleColumn:
        return valueLabel(QStringLiteral("lifecycle_stage"), c.value("lifecycle_stage"));
    case NextReviewColumn:
        switch (reviewState(due)) {
        case ReviewOverdue:
            return tr("%1 (overdue)").arg(due);
        case ReviewDueSoon:
            return tr("%1 (due soon)").arg(due);
        case ReviewNormal:
            break;
        }
        return due;
    case ColumnCount:
        break;
    }
    return QVariant();
}

QVariant CustomerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char* const fields[ColumnCount] = {
        "",   "name",       "mobile", "id_number",       "branch",
        "rm", "risk_level", "tier",   "lifecycle_stage", "next_review_due"};
    if (section == IdColumn)
        return tr("No.");
    if (section > IdColumn && section < ColumnCount)
        return CustomerFields::label(QLatin1String(fields[section]));
    return QVariant();
}

QString CustomerListModel::valueLabel(const QString& field, const QString& value)
{
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("lifecycle_stage/prospect"), QT_TR_NOOP("Prospect")},
        {QStringLiteral("lifecycle_stage/new"), QT_TR_NOOP("New")},
        {QStringLiteral("lifecycle_stage/growing"), QT_TR_NOOP("Growing")},
        {QStringLiteral("lifecycle_stage/mature"), QT_TR_NOOP("Mature")},
        {QStringLiteral("lifecycle_stage/declining"), QT_TR_NOOP("Declining")},
        {QStringLiteral("lifecycle_stage/dormant"), QT_TR_NOOP("Dormant")},
        {QStringLiteral("lifecycle_stage/lost"), QT_TR_NOOP("Lost")},
        {QStringLiteral("tier/mass"), QT_TR_NOOP("Mass")},
        {QStringLiteral("tier/affluent"), QT_TR_NOOP("Affluent")},
        {QStringLiteral("tier/private"), QT_TR_NOOP("Private banking")},
        {QStringLiteral("aml_risk/low"), QT_TR_NOOP("Low")},
        {QStringLiteral("aml_risk/medium"), QT_TR_NOOP("Medium")},
        {QStringLiteral("aml_risk/high"), QT_TR_NOOP("High")},
        {QStringLiteral("gender/male"), QT_TR_NOOP("Male")},
        {QStringLiteral("gender/female"), QT_TR_NOOP("Female")},
        {QStringLiteral("id_type/resident_id"), QT_TR_NOOP("Resident ID card")},
        {QStringLiteral("id_type/passport"), QT_TR_NOOP("Passport")},
        {QStringLiteral("id_type/hk_macau_permit"), QT_TR_NOOP("Hong Kong/Macau permit")},
        {QStringLiteral("id_type/taiwan_permit"), QT_TR_NOOP("Taiwan permit")},
        {QStringLiteral("id_type/foreign_permanent"), QT_TR_NOOP("Foreign permanent residence")},
        {QStringLiteral("id_type/uscc"), QT_TR_NOOP("Unified social credit code")},
        {QStringLiteral("purpose/marketing_contact"), QT_TR_NOOP("Marketing contact")},
        {QStringLiteral("purpose/data_sharing"), QT_TR_NOOP("Data sharing")},
        {QStringLiteral("purpose/cross_border_transfer"), QT_TR_NOOP("Cross-border transfer")},
        {QStringLiteral("purpose/profiling"), QT_TR_NOOP("Profiling")},
        {QStringLiteral("result/confirmed"), QT_TR_NOOP("Confirmed")},
        {QStringLiteral("result/updated"), QT_TR_NOOP("Updated")},
        {QStringLiteral("result/unreachable"), QT_TR_NOOP("Unreachable")},
        {QStringLiteral("access/customer.view"), QT_TR_NOOP("Viewed (masked)")},
        {QStringLiteral("access/unmask"), QT_TR_NOOP("Unmasked")},
        {QStringLiteral("access/customer.export"), QT_TR_NOOP("Exported")},
        {QStringLiteral("product/deposit"), QT_TR_NOOP("Deposit")},
        {QStringLiteral("product/wealth"), QT_TR_NOOP("Wealth management")},
        {QStringLiteral("product/fund"), QT_TR_NOOP("Fund")},
        {QStringLiteral("product/insurance"), QT_TR_NOOP("Insurance")},
        {QStringLiteral("product/bond"), QT_TR_NOOP("Bond")},
        {QStringLiteral("product/loan"), QT_TR_NOOP("Loan")},
        {QStringLiteral("product/other"), QT_TR_NOOP("Other")},
    };
    const auto it = labels.constFind(field + QLatin1Char('/') + value);
    return it == labels.cend() ? value : tr(*it);
}

} // namespace rmdesk
