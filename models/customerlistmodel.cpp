#include "customerlistmodel.h"

#include "customerlistloader.h"
#include "security/permissions.h"

namespace rmdesk {

CustomerListModel::CustomerListModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_today(QDate::currentDate())
{}

CustomerListModel::~CustomerListModel() = default;

void CustomerListModel::setSource(Database& database, const Session& session, const QDate& today)
{
    m_loader.reset();
    m_database = &database;
    m_session = session;
    m_today = today;
    CustomerListLoader::Callbacks callbacks;
    callbacks.counted = [this](int generation, int total, const StoreError& error) {
        onCounted(generation, total, error);
    };
    callbacks.pageLoaded = [this](int generation, int page, const QList<CustomerView>& rows,
                                  const StoreError& error) {
        onPage(generation, page, rows, error);
    };
    callbacks.dropped = [this](int generation, int page) {
        if (generation == m_generation)
            m_pending.remove(page);
    };
    m_loader =
        std::make_unique<CustomerListLoader>(database, session, today, this, std::move(callbacks));
    m_loader->start();
}

bool CustomerListModel::reload(bool recount)
{
    beginResetModel();
    ++m_generation;
    m_cache.clear();
    m_pending.clear();
    m_total = 0;
    m_counting = false;
    m_error = StoreError();
    endResetModel();
    if (!m_loader) {
        m_error = StoreError{StoreError::Failed, tr("The customer list has no database.")};
        return false;
    }
    if (!Permissions::allows(m_session, Action::CustomerRead)) {
        m_error = StoreError{StoreError::Forbidden,
                             Permissions::refusal(m_session, Action::CustomerRead)};
        return false;
    }
    m_counting = true;
    m_pending.insert(0); // the loader reads the first page unasked
    m_loader->load(m_generation, m_query, m_pageSize, recount);
    return true;
}

void CustomerListModel::onCounted(int generation, int total, const StoreError& error)
{
    if (generation != m_generation)
        return;
    m_counting = false;
    if (!error.ok()) {
        m_error = error;
        emit failed(error);
        return;
    }
    // The first page may be on screen already, counted as its own rows.
    if (total > m_total) {
        beginInsertRows(QModelIndex(), m_total, total - 1);
        m_total = total;
        endInsertRows();
    } else if (total < m_total) {
        beginRemoveRows(QModelIndex(), total, m_total - 1);
        m_total = total;
        endRemoveRows();
    }
    if (total == 0)
        m_pending.clear();
    emit counted(total);
}

void CustomerListModel::onPage(int generation, int page, const QList<CustomerView>& rows,
                               const StoreError& error)
{
    if (generation != m_generation)
        return;
    m_pending.remove(page);
    if (!error.ok()) {
        m_error = error;
        emit failed(error);
        return;
    }
    if (rows.isEmpty())
        return;
    if (m_counting && page == 0 && m_total == 0) {
        // Shown before the count arrives; the count then adds the rest.
        beginInsertRows(QModelIndex(), 0, int(rows.size()) - 1);
        m_total = int(rows.size());
        endInsertRows();
    }
    m_cache.insert(page, Page{rows, ++m_clock});
    evict();
    const int first = page * m_pageSize;
    const int last = std::min(first + int(rows.size()), m_total) - 1;
    if (last >= first)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
    emit pageLoaded(page);
}

void CustomerListModel::evict()
{
    while (m_cache.size() > m_cachePages) {
        auto oldest = m_cache.begin();
        for (auto it = m_cache.begin(); it != m_cache.end(); ++it)
            if (it->used < oldest->used)
                oldest = it;
        m_cache.erase(oldest);
    }
}

void CustomerListModel::want(int page) const
{
    if (!m_loader || m_pending.contains(page))
        return;
    m_pending.insert(page);
    m_loader->request(m_generation, page);
}

const CustomerView* CustomerListModel::row(int row) const
{
    if (row < 0 || row >= m_total)
        return nullptr;
    const int page = row / m_pageSize;
    const auto it = m_cache.find(page);
    if (it == m_cache.end()) {
        want(page);
        return nullptr;
    }
    it->used = ++m_clock;
    const int at = row % m_pageSize;
    return at < it->rows.size() ? &it->rows.at(at) : nullptr;
}

bool CustomerListModel::isRowLoaded(int row) const
{
    const auto it = m_cache.constFind(row / m_pageSize);
    return it != m_cache.cend() && row % m_pageSize < it->rows.size();
}

qint64 CustomerListModel::customerId(int row) const
{
    const CustomerView* c = this->row(row);
    return c ? c->id : 0;
}

int CustomerListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_total;
}

int CustomerListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<CustomerSort> CustomerListModel::sortFor(int column)
{
    switch (column) {
    case IdColumn:
        return CustomerSort::Number;
    case NameColumn:
        return CustomerSort::Name;
    case TierColumn:
        return CustomerSort::Tier;
    case AumColumn:
        return CustomerSort::Aum;
    case NextReviewColumn:
        return CustomerSort::NextReview;
    case CreatedColumn:
        return CustomerSort::Created;
    default:
        return std::nullopt;
    }
}

int CustomerListModel::columnFor(CustomerSort sort)
{
    for (int c = 0; c < ColumnCount; ++c)
        if (sortFor(c) == sort)
            return c;
    return IdColumn;
}

void CustomerListModel::sort(int column, Qt::SortOrder order)
{
    const auto sort = sortFor(column);
    if (!sort)
        return;
    const bool descending = order == Qt::DescendingOrder;
    if (m_query.sort == *sort && m_query.descending == descending && m_generation > 0)
        return;
    m_query.sort = *sort;
    m_query.descending = descending;
    if (m_loader)
        reload(false); // the same rows in another order: no new count
}

QVariant CustomerListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_total)
        return QVariant();
    const CustomerView* c = row(index.row());
    if (role == LoadedRole)
        return c != nullptr;
    if (!c) {
        if (role == Qt::DisplayRole && index.column() == NameColumn)
            return tr("Loading…");
        return QVariant();
    }
    if (role == CustomerIdRole)
        return c->id;
    const QString due = c->value("next_review_due");
    if (role == ReviewStateRole)
        return int(reviewState(due));
    if (role == Qt::TextAlignmentRole &&
        (index.column() == IdColumn || index.column() == AumColumn))
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
        return c->id;
    case NameColumn:
        return c->value("name");
    case MobileColumn:
        return c->value("mobile");
    case IdNumberColumn:
        return c->value("id_number");
    case BranchColumn:
        return c->branch;
    case RmColumn:
        return c->value("rm");
    case RiskLevelColumn:
        return c->value("risk_level");
    case TierColumn:
        return valueLabel(QStringLiteral("tier"), c->value("tier"));
    case AumColumn:
        return yuan(c->value("aum_fen").toLongLong());
    case LifecycleColumn:
        if (c->value("status") == QLatin1String("ended"))
            return valueLabel(QStringLiteral("status"), QStringLiteral("ended"));
        return valueLabel(QStringLiteral("lifecycle_stage"), c->value("lifecycle_stage"));
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
    case CreatedColumn:
        return c->value("created_at").left(10);
    case ColumnCount:
        break;
    }
    return QVariant();
}

QVariant CustomerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case IdColumn:
        return tr("No.");
    case AumColumn:
        return tr("AUM (yuan)");
    case CreatedColumn:
        return tr("Created");
    case ColumnCount:
        return QVariant();
    default:
        break;
    }
    static const char* const fields[ColumnCount] = {
        "",           "name", "mobile", "id_number",       "branch",          "rm",
        "risk_level", "tier", "",       "lifecycle_stage", "next_review_due", ""};
    return CustomerFields::label(QLatin1String(fields[section]));
}

} // namespace rmdesk
