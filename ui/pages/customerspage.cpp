#include "customerspage.h"

#include "customer360.h"
#include "customereditdialog.h"
#include "customerlistmodel.h"
#include "customerui.h"
#include "dialogs.h"
#include "security/permissions.h"
#include "security/vault.h"

#include <QApplication>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
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
    , m_tabs(new QTabWidget)
{
    setObjectName(QStringLiteral("customersPage"));
    m_model->setSource(vault.database().connection(), vault.session());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs->setObjectName(QStringLiteral("customerTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->addTab(buildList(), tr("All customers"));
    for (auto side : {QTabBar::LeftSide, QTabBar::RightSide})
        m_tabs->tabBar()->setTabButton(0, side, nullptr);
    layout->addWidget(m_tabs);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &CustomersPage::closeTab);
    auto* close = new QShortcut(QKeySequence::Close, this);
    close->setContext(Qt::WidgetWithChildrenShortcut);
    connect(close, &QShortcut::activated, this, [this] { closeTab(m_tabs->currentIndex()); });
    refresh();
}

QWidget* CustomersPage::buildList()
{
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("customerListTab"));
    auto* layout = new QVBoxLayout(page);
    auto* title = new QLabel(tr("Customers"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);

    auto* bar = new QHBoxLayout;
    m_overdueOnly = new QCheckBox(tr("Review &overdue only"));
    m_overdueOnly->setObjectName(QStringLiteral("overdueOnly"));
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("customerCount"));
    auto* add = new QPushButton(tr("&Add customer…"));
    add->setObjectName(QStringLiteral("addCustomerButton"));
    add->setToolTip(tr("Add a customer to your branch (Ctrl+N)"));
    add->setShortcut(QKeySequence::New);
    add->setVisible(Permissions::allows(m_vault.session(), Action::CustomerCreate));
    bar->addWidget(m_overdueOnly);
    bar->addSpacing(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 2);
    bar->addWidget(m_count);
    bar->addStretch(1);
    bar->addWidget(add);
    layout->addLayout(bar);

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
    m_view->setToolTip(tr("Double-click or press Enter to open the customer."));
    m_columnsRestored = m_view->horizontalHeader()->restoreState(
        QSettings().value(columnsKey(m_vault)).toByteArray());
    m_empty = CustomerUi::makeEmptyLabel(QStringLiteral("customersEmpty"), QString());
    m_stack = new QStackedWidget;
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);

    auto* bottom = new QHBoxLayout;
    m_loadMore = new QPushButton(tr("&Load more"));
    m_loadMore->setObjectName(QStringLiteral("loadMoreButton"));
    bottom->addStretch(1);
    bottom->addWidget(m_loadMore);
    layout->addLayout(bottom);

    connect(m_overdueOnly, &QCheckBox::toggled, this, &CustomersPage::refresh);
    connect(add, &QPushButton::clicked, this, &CustomersPage::addCustomer);
    connect(m_loadMore, &QPushButton::clicked, this, &CustomersPage::loadMore);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        openCustomer(index.data(CustomerListModel::CustomerIdRole).toLongLong());
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        m_loadMore->setVisible(m_model->canFetchMore());
        m_count->setText(
            tr("Showing %1 of %n customer(s)", nullptr, m_model->total()).arg(m_model->rowCount()));
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

void CustomersPage::refresh()
{
    CustomerFilter filter = m_model->filter();
    filter.reviewOverdue = m_overdueOnly->isChecked();
    m_model->setFilter(filter);
    StoreError error;
    const bool ok = m_model->refresh(&error);
    const int rows = m_model->rowCount();
    if (!ok)
        m_count->setText(error.message);
    else if (rows < m_model->total())
        m_count->setText(tr("Showing %1 of %n customer(s)", nullptr, m_model->total()).arg(rows));
    else
        m_count->setText(tr("%n customer(s)", nullptr, rows));
    if (m_overdueOnly->isChecked())
        m_empty->setText(tr("No customer's periodic review is overdue. Clear \"Review overdue "
                            "only\" to see every customer."));
    else if (Permissions::allows(m_vault.session(), Action::CustomerCreate))
        m_empty->setText(tr("No customers yet. Add one with Add customer…, or import a customer "
                            "file exported from the core banking system."));
    else
        m_empty->setText(tr("No customers in your scope yet. Customers appear here once "
                            "relationship managers add or import them."));
    m_stack->setCurrentIndex(rows > 0 ? 0 : 1);
    m_loadMore->setVisible(m_model->canFetchMore());
    if (!m_columnsRestored && rows > 0) {
        m_view->resizeColumnsToContents();
        const int widest = fontMetrics().horizontalAdvance(QLatin1Char('M')) * 20;
        for (int c = 0; c < m_model->columnCount(); ++c)
            if (m_view->columnWidth(c) > widest)
                m_view->setColumnWidth(c, widest);
    }
}

void CustomersPage::loadMore()
{
    m_model->fetchMore();
    m_loadMore->setVisible(m_model->canFetchMore());
}

void CustomersPage::saveColumns()
{
    QSettings().setValue(columnsKey(m_vault), m_view->horizontalHeader()->saveState());
}

Customer360* CustomersPage::customerView(qint64 customerId) const
{
    for (int i = 1; i < m_tabs->count(); ++i)
        if (auto* view = qobject_cast<Customer360*>(m_tabs->widget(i));
            view && view->customerId() == customerId)
            return view;
    return nullptr;
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
    const int index = m_tabs->addTab(view, view->title());
    m_tabs->setTabToolTip(index, tr("Customer %1").arg(customerId));
    m_tabs->setCurrentIndex(index);
    connect(view, &Customer360::titleChanged, this, [this, view](const QString& title) {
        m_tabs->setTabText(m_tabs->indexOf(view), title);
    });
    connect(view, &Customer360::customerChanged, this, &CustomersPage::refresh);
    return true;
}

void CustomersPage::closeTab(int index)
{
    if (index <= 0)
        return;
    QWidget* view = m_tabs->widget(index);
    m_tabs->removeTab(index);
    view->deleteLater();
}

void CustomersPage::addCustomer()
{
    auto* dialog = new CustomerEditDialog(m_vault, std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->offerDraft();
    connect(dialog, &CustomerEditDialog::saved, this, [this](qint64 id) {
        refresh();
        openCustomer(id);
    });
    dialog->open();
}

} // namespace rmdesk
