#include "complaintspage.h"

#include "complaintdialogs.h"
#include "complaintui.h"
#include "complaintview.h"
#include "customerui.h"
#include "dialogs.h"
#include "recordtabs.h"
#include "security/vault.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace rmdesk {

namespace {

enum Column {
    NumberColumn,
    WhoColumn,
    CategoryColumn,
    SeverityColumn,
    ReceivedColumn,
    StatusColumn,
    DeadlineColumn,
    DueColumn,
    OwnerColumn,
    SummaryColumn
};

} // namespace

ComplaintsPage::ComplaintsPage(Vault& vault, QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
{
    setObjectName(QStringLiteral("complaintsPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new RecordTabs(QStringLiteral("complaintTabs"), buildList(), tr("Complaints"));
    layout->addWidget(m_tabs);
    refresh();
}

QWidget* ComplaintsPage::buildList()
{
    const Session& session = m_vault.session();
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("complaintListTab"));
    auto* layout = new QVBoxLayout(page);
    auto* titleRow = new QHBoxLayout;
    // A supervisor's list is the branch's queue; an RM's their own; compliance sees all.
    const Scope scope = Permissions::scope(session.role, Action::ComplaintRead);
    auto* title =
        new QLabel(scope == Scope::Branch ? tr("Complaint queue — branch %1").arg(session.branch)
                   : scope == Scope::Own  ? tr("My complaints")
                                          : tr("Complaints — all branches"));
    title->setObjectName(QStringLiteral("complaintsTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("complaintsCount"));
    auto* add = new QPushButton(tr("&New complaint…"));
    add->setObjectName(QStringLiteral("newComplaintButton"));
    add->setToolTip(tr("Take a complaint in (Ctrl+N)"));
    add->setShortcut(QKeySequence::New);
    add->setVisible(Permissions::allows(session, Action::ComplaintWrite));
    titleRow->addWidget(title);
    titleRow->addSpacing(fontMetrics().horizontalAdvance(QLatin1Char('M')));
    titleRow->addWidget(m_count, 0, Qt::AlignBottom);
    titleRow->addStretch(1);
    titleRow->addWidget(add);
    layout->addLayout(titleRow);

    auto* filters = new QHBoxLayout;
    m_filters = new QButtonGroup(this);
    const QList<std::tuple<Filter, QString, const char*, QString>> choices = {
        {Open, tr("&Open"), "filterOpen", tr("Every open complaint, most urgent first")},
        {Overdue, tr("O&verdue"), "filterOverdue", tr("Open complaints past their deadline")},
        {DueSoon, tr("Due &soon"), "filterDueSoon",
         tr("Open complaints due within %n day(s), or overdue", nullptr,
            store().clockRules(QDate::currentDate()).warningDays)},
        {All, tr("A&ll"), "filterAll", tr("Every complaint, also decided, closed and withdrawn")}};
    for (const auto& [id, text, name, tip] : choices) {
        auto* button = new QToolButton;
        button->setText(text);
        button->setObjectName(QLatin1String(name));
        button->setToolTip(tip);
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_filters->addButton(button, id);
        filters->addWidget(button);
    }
    m_filters->button(Open)->setChecked(true);
    filters->addStretch(1);
    layout->addLayout(filters);

    m_table = CustomerUi::makeTable(QStringLiteral("complaintsView"),
                                    {tr("No."), tr("Complainant"), tr("Category"), tr("Severity"),
                                     tr("Received"), tr("Status"), tr("Deadline"), tr("Due"),
                                     tr("Handled by"), tr("Summary")});
    m_table->setToolTip(tr("Double-click or press Enter to open the complaint."));
    m_empty = CustomerUi::makeEmptyLabel(QStringLiteral("complaintsEmpty"), QString());
    m_stack = new QStackedWidget;
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);

    connect(m_filters, &QButtonGroup::idClicked, this, &ComplaintsPage::refresh);
    connect(add, &QPushButton::clicked, this, &ComplaintsPage::newComplaint);
    connect(m_table, &QTableWidget::activated, this, [this](const QModelIndex& index) {
        if (index.row() >= 0 && index.row() < m_rows.size())
            openComplaint(m_rows.at(index.row()).id);
    });
    return page;
}

void ComplaintsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

ComplaintStore ComplaintsPage::store() const
{
    return ComplaintStore(m_vault.database().connection());
}

ComplaintsPage::Filter ComplaintsPage::filter() const
{
    return Filter(qMax(0, m_filters->checkedId()));
}

void ComplaintsPage::setFilter(Filter filter)
{
    m_filters->button(filter)->setChecked(true);
    refresh();
}

void ComplaintsPage::refresh()
{
    ComplaintStore today = store();
    ComplaintFilter query;
    query.limit = PageSize;
    const int warning = today.clockRules(today.today()).warningDays;
    switch (filter()) {
    case Open:
        break;
    case Overdue:
        query.overdue = true;
        break;
    case DueSoon:
        query.overdue = true;
        query.dueWithinDays = warning;
        break;
    case All:
        query.openOnly = false;
        break;
    }
    StoreError error;
    int total = 0;
    m_rows = today.list(m_vault.session(), query, &total, &error);
    const int keep =
        m_table->currentRow() >= 0 && m_table->currentRow() < m_table->rowCount()
            ? int(m_table->item(m_table->currentRow(), 0)->data(Qt::UserRole).toLongLong())
            : 0;
    m_table->setRowCount(0);
    for (const Complaint& c : std::as_const(m_rows)) {
        CustomerUi::appendRow(m_table,
                              {QString::number(c.id), c.who(),
                               today.choiceLabel(QStringLiteral("category"), c.category),
                               ComplaintFlow::severityLabel(c.severity),
                               QString(c.receivedAt).replace(QLatin1Char('T'), u' '),
                               ComplaintFlow::statusLabel(c.status), QString(),
                               // While paused the due date is only what it would be if the clock
                               // ran again today.
                               c.clock.pausedSince.isValid()
                                   ? tr("(%1)").arg(c.clock.due.toString(Qt::ISODate))
                                   : c.clock.due.toString(Qt::ISODate),
                               c.owner, QString(c.summary).replace(QLatin1Char('\n'), u' ')},
                              {NumberColumn});
        const int row = m_table->rowCount() - 1;
        m_table->item(row, NumberColumn)->setData(Qt::UserRole, c.id);
        ComplaintUi::styleDeadline(m_table->item(row, DeadlineColumn), c);
        if (c.clock.pausedSince.isValid())
            m_table->item(row, DueColumn)
                ->setToolTip(tr("The clock is paused: due then if it runs again today"));
        if (c.severity == QLatin1String("high"))
            m_table->item(row, SeverityColumn)
                ->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
        if (c.id == keep)
            m_table->selectRow(row);
    }
    CustomerUi::fitColumns(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(SummaryColumn, QHeaderView::Stretch);
    if (!error.ok())
        m_count->setText(error.message);
    else if (total > m_rows.size())
        m_count->setText(tr("the %1 most urgent of %2").arg(m_rows.size()).arg(total));
    else
        m_count->setText(tr("%n complaint(s)", nullptr, total));
    switch (filter()) {
    case Open:
        m_empty->setText(Permissions::allows(m_vault.session(), Action::ComplaintWrite)
                             ? tr("No open complaints. Take one in with New complaint… (Ctrl+N) "
                                  "when a customer complains at the counter, by phone, letter, "
                                  "online or through the regulator.")
                             : tr("No open complaints in your scope."));
        break;
    case Overdue:
        m_empty->setText(tr("No complaint is past its deadline."));
        break;
    case DueSoon:
        m_empty->setText(tr("No complaint is overdue or due within %n day(s).", nullptr, warning));
        break;
    case All:
        m_empty->setText(tr("No complaints yet. Complaints appear here once they are taken in."));
        break;
    }
    m_stack->setCurrentIndex(m_rows.isEmpty() ? 1 : 0);
}

ComplaintView* ComplaintsPage::complaintView(qint64 id) const
{
    return m_tabs->find<ComplaintView>(
        [id](const ComplaintView* view) { return view->complaintId() == id; });
}

bool ComplaintsPage::openComplaint(qint64 complaintId)
{
    if (ComplaintView* open = complaintView(complaintId)) {
        m_tabs->setCurrentWidget(open);
        return true;
    }
    auto* view = new ComplaintView(m_vault, complaintId);
    StoreError error;
    if (!view->load(&error)) {
        delete view;
        Dialogs::warn(this, tr("Open complaint"), error.message);
        return false;
    }
    m_tabs->addRecord(view, tr("Complaint %1").arg(complaintId));
    connect(view, &ComplaintView::changed, this, &ComplaintsPage::refresh);
    connect(view, &ComplaintView::customerChosen, this, &ComplaintsPage::customerChosen);
    return true;
}

void ComplaintsPage::newComplaint()
{
    auto* dialog = new ComplaintIntakeDialog(m_vault, 0, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ComplaintIntakeDialog::saved, this, [this](qint64 id) {
        refresh();
        openComplaint(id);
    });
    dialog->open();
}

} // namespace rmdesk
