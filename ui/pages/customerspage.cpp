#include "customerspage.h"

#include "customer360.h"
#include "customereditdialog.h"
#include "customerfilterbar.h"
#include "customerlistmodel.h"
#include "customerui.h"
#include "dialogs.h"
#include "exportdialog.h"
#include "holdingimportdialog.h"
#include "importwizard.h"
#include "recordtabs.h"
#include "security/permissions.h"
#include "security/vault.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace rmdesk {

namespace {

// Review states in the one palette, with an icon next to the text ("overdue", "due soon").
class ReviewStateColours : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex& index, int role) const override
    {
        if (index.column() == CustomerListModel::NextReviewColumn &&
            (role == Qt::ForegroundRole || role == Qt::DecorationRole)) {
            const auto state = CustomerListModel::ReviewState(
                index.data(CustomerListModel::ReviewStateRole).toInt());
            if (state == CustomerListModel::ReviewNormal)
                return QVariant();
            if (role == Qt::ForegroundRole)
                return state == CustomerListModel::ReviewOverdue ? CustomerUi::breachedColour()
                                                                 : CustomerUi::warningColour();
            return QApplication::style()->standardIcon(state == CustomerListModel::ReviewOverdue
                                                           ? QStyle::SP_MessageBoxCritical
                                                           : QStyle::SP_MessageBoxWarning);
        }
        return QIdentityProxyModel::data(index, role);
    }
};

QString columnsKey(const Vault& vault)
{
    return QStringLiteral("columns/customers/") + vault.session().userName;
}

} // namespace

CustomersPage::CustomersPage(Vault& vault, QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_model(new CustomerListModel(this))
{
    setObjectName(QStringLiteral("customersPage"));
    m_model->setSource(vault.database(), vault.session());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new RecordTabs(QStringLiteral("customerTabs"), buildList(), tr("All customers"));
    layout->addWidget(m_tabs);
    refresh();
}

QWidget* CustomersPage::buildList()
{
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("customerListTab"));
    auto* layout = new QVBoxLayout(page);
    auto* titleRow = new QHBoxLayout;
    auto* title = new QLabel(tr("Customers"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("customerCount"));
    auto* add = new QPushButton(tr("&Add customer…"));
    add->setObjectName(QStringLiteral("addCustomerButton"));
    add->setToolTip(tr("Add a customer to your branch (Ctrl+N)"));
    add->setShortcut(QKeySequence::New);
    add->setVisible(Permissions::allows(m_vault.session(), Action::CustomerCreate));
    titleRow->addWidget(title);
    titleRow->addSpacing(fontMetrics().horizontalAdvance(QLatin1Char('M')));
    titleRow->addWidget(m_count, 0, Qt::AlignBottom);
    titleRow->addStretch(1);
    auto* import = new QPushButton(tr("&Import…"));
    import->setObjectName(QStringLiteral("importCustomersButton"));
    import->setToolTip(tr("Import customers, or their month-end balances, from a CSV file "
                          "(UTF-8 or GB18030)"));
    import->setVisible(Permissions::allows(m_vault.session(), Action::CustomerImport));
    auto* importMenu = new QMenu(import);
    importMenu->setObjectName(QStringLiteral("importMenu"));
    importMenu->addAction(tr("Customers…"), this, &CustomersPage::importCustomers)
        ->setObjectName(QStringLiteral("importCustomersAction"));
    importMenu->addAction(tr("Month-end balances…"), this, &CustomersPage::importHoldings)
        ->setObjectName(QStringLiteral("importHoldingsAction"));
    import->setMenu(importMenu);
    auto* exportButton = new QPushButton(tr("E&xport…"));
    exportButton->setObjectName(QStringLiteral("exportCustomersButton"));
    exportButton->setToolTip(tr("Export the customers of the list as filtered to CSV or Excel"));
    exportButton->setVisible(Permissions::allows(m_vault.session(), Action::CustomerExport));
    titleRow->addWidget(import);
    titleRow->addWidget(exportButton);
    titleRow->addWidget(add);
    layout->addLayout(titleRow);

    m_filters = new CustomerFilterBar(m_vault);
    layout->addWidget(m_filters);

    auto* proxy = new ReviewStateColours(this);
    proxy->setSourceModel(m_model);
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("customersView"));
    m_view->setModel(proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->horizontalHeader()->setSortIndicator(CustomerListModel::IdColumn, Qt::AscendingOrder);
    m_view->setToolTip(tr("Double-click or press Enter to open the customer. Click a column "
                          "title (No., name, tier, AUM, next review, created) to sort by it."));
    m_columnsRestored = m_view->horizontalHeader()->restoreState(
        QSettings().value(columnsKey(m_vault)).toByteArray());
    m_empty = CustomerUi::makeEmptyLabel(QStringLiteral("customersEmpty"), QString());
    m_stack = new QStackedWidget;
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);

    connect(m_filters, &CustomerFilterBar::changed, this, &CustomersPage::refresh);
    connect(add, &QPushButton::clicked, this, &CustomersPage::addCustomer);
    connect(exportButton, &QPushButton::clicked, this, &CustomersPage::exportCustomers);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (const qint64 id = index.data(CustomerListModel::CustomerIdRole).toLongLong())
            openCustomer(id);
    });
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            &CustomersPage::sortBy);
    connect(m_model, &CustomerListModel::counted, this, &CustomersPage::showState);
    connect(m_model, &CustomerListModel::failed, this, &CustomersPage::showState);
    connect(m_model, &CustomerListModel::pageLoaded, this, [this](int page) {
        if (page == 0 && !m_columnsRestored)
            fitColumns();
    });
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, this,
            &CustomersPage::saveColumns);
    return page;
}

void CustomersPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void CustomersPage::sortBy(int column, Qt::SortOrder order)
{
    if (!CustomerListModel::sortFor(column)) {
        // Columns without an index keep the current order.
        const QSignalBlocker block(m_view->horizontalHeader());
        const CustomerListQuery q = m_model->query();
        m_view->horizontalHeader()->setSortIndicator(CustomerListModel::columnFor(q.sort),
                                                     q.descending ? Qt::DescendingOrder
                                                                  : Qt::AscendingOrder);
        return;
    }
    m_model->sort(column, order);
    saveColumns();
    showState();
}

void CustomersPage::refresh()
{
    CustomerListQuery query = m_model->query();
    m_filters->apply(&query);
    const QHeaderView* header = m_view->horizontalHeader();
    if (const auto sort = CustomerListModel::sortFor(header->sortIndicatorSection())) {
        query.sort = *sort;
        query.descending = header->sortIndicatorOrder() == Qt::DescendingOrder;
    }
    m_model->setQuery(query);
    m_model->refresh();
    showState();
}

void CustomersPage::showState()
{
    const int total = m_model->total();
    if (!m_model->lastError().ok())
        m_count->setText(m_model->lastError().message);
    else if (m_model->isCounting())
        m_count->setText(tr("Counting…"));
    else
        m_count->setText(tr("%Ln customer(s)", nullptr, total));
    if (m_model->query().reviewOverdue)
        m_empty->setText(tr("No customer's periodic review is overdue among these customers."));
    else if (m_filters->anyFilter())
        m_empty->setText(tr("No customers match these filters. Choose \"All\" in a filter to "
                            "see more."));
    else if (Permissions::allows(m_vault.session(), Action::CustomerCreate))
        m_empty->setText(tr("No customers yet. Add one with Add customer…, or import a customer "
                            "file exported from the core banking system."));
    else
        m_empty->setText(tr("No customers in your scope yet. Customers appear here once "
                            "relationship managers add or import them."));
    m_stack->setCurrentIndex(total > 0 || m_model->isCounting() ? 0 : 1);
}

void CustomersPage::fitColumns()
{
    m_view->resizeColumnsToContents();
    const int widest = fontMetrics().horizontalAdvance(QLatin1Char('M')) * 20;
    for (int c = 0; c < m_model->columnCount(); ++c)
        if (m_view->columnWidth(c) > widest)
            m_view->setColumnWidth(c, widest);
}

void CustomersPage::saveColumns()
{
    QSettings().setValue(columnsKey(m_vault), m_view->horizontalHeader()->saveState());
}

Customer360* CustomersPage::customerView(qint64 id) const
{
    return m_tabs->find<Customer360>(
        [id](const Customer360* view) { return view->customerId() == id; });
}

bool CustomersPage::openCustomer(qint64 customerId)
{
    if (Customer360* open = customerView(customerId)) {
        m_tabs->setCurrentWidget(open);
        return true;
    }
    auto* view = new Customer360(m_vault, customerId);
    StoreError error;
    if (!view->load(&error)) {
        delete view;
        Dialogs::warn(this, tr("Open customer"), error.message);
        return false;
    }
    m_tabs->addRecord(view, tr("Customer %1").arg(customerId));
    connect(view, &Customer360::customerChanged, this, &CustomersPage::refresh);
    return true;
}

void CustomersPage::showQuery(const CustomerListQuery& query)
{
    m_tabs->setCurrentIndex(0);
    m_filters->setQuery(query); // changed() refreshes the list
}

void CustomersPage::addCustomer()
{
    auto* dialog = new CustomerEditDialog(m_vault, std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CustomerEditDialog::saved, this, [this](qint64 id) {
        refresh();
        openCustomer(id);
    });
    dialog->open();
}

void CustomersPage::importCustomers()
{
    auto* wizard = new ImportWizard(m_vault, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::imported, this, &CustomersPage::refresh);
    wizard->open();
}

void CustomersPage::importHoldings()
{
    auto* dialog = new HoldingImportDialog(m_vault, HoldingImportDialog::Kind::Holdings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &HoldingImportDialog::imported, this, &CustomersPage::refresh);
    dialog->open();
}

void CustomersPage::exportCustomers()
{
    CustomerListQuery query = m_model->query();
    m_filters->apply(&query);
    auto* dialog = new ExportDialog(m_vault, query, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace rmdesk
