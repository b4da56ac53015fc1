#include "mydaypage.h"

#include "customerui.h"
#include "dialogs.h"
#include "domain/servicecodes.h"
#include "interactiondialog.h"
#include "security/permissions.h"
#include "security/vault.h"
#include "stores/changecheckstore.h"
#include "stores/servicestats.h"
#include "taskdialogs.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPalette>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rmdesk {

namespace {

enum TaskColumn { DueColumn, CustomerColumn, TaskColumn, StatusColumn };
enum CustomerColumn { NameColumn, WhatColumn, StateColumn };
constexpr int ItemRole = Qt::UserRole + 1;

QTreeWidget* makeTree(const QString& objectName, const QStringList& headers)
{
    auto* tree = new QTreeWidget;
    tree->setObjectName(objectName);
    tree->setColumnCount(int(headers.size()));
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setIndentation(tree->fontMetrics().horizontalAdvance(QLatin1Char('M')));
    tree->setItemsExpandable(false);
    tree->setUniformRowHeights(true);
    tree->setAlternatingRowColors(true);
    tree->setSelectionMode(QAbstractItemView::SingleSelection);
    tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    tree->header()->setStretchLastSection(true);
    tree->header()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return tree;
}

QLabel* title(const QString& text, qreal scale)
{
    auto* label = new QLabel(text);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
    return label;
}

// "50% (1 of 2)" against the target, or a dash when there is nothing to count.
QString ratioText(const ServiceRatio& r)
{
    const auto v = r.value();
    return v ? MyDayPage::tr("%1% (%2 of %3)").arg(qRound(*v * 100)).arg(r.met).arg(r.total)
             : MyDayPage::tr("—");
}

bool belowTarget(const ServiceRatio& r, int targetPercent)
{
    const auto v = r.value();
    return v && qRound(*v * 100) < targetPercent;
}

} // namespace

MyDayPage::MyDayPage(Vault& vault, QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
{
    setObjectName(QStringLiteral("myDayPage"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildHeader());
    layout->addWidget(buildNumbers());
    auto* columns = new QHBoxLayout;
    columns->addWidget(buildTasks(), 3);
    auto* side = new QVBoxLayout;
    // Complaints near their deadline go here (setComplaintPanel), above reviews and documents.
    m_complaintSlot = new QWidget;
    m_complaintSlot->setObjectName(QStringLiteral("complaintSlot"));
    m_complaintLayout = new QVBoxLayout(m_complaintSlot);
    m_complaintLayout->setContentsMargins(0, 0, 0, 0);
    m_complaintSlot->hide();
    side->addWidget(m_complaintSlot);
    side->addWidget(buildCustomers(), 1);
    columns->addLayout(side, 2);
    layout->addLayout(columns, 1);

    auto* log = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_I), this);
    log->setContext(Qt::WidgetWithChildrenShortcut);
    connect(log, &QShortcut::activated, this, &MyDayPage::logInteraction);
    auto* reload = new QShortcut(QKeySequence::Refresh, this);
    reload->setContext(Qt::WidgetWithChildrenShortcut);
    connect(reload, &QShortcut::activated, this, &MyDayPage::refresh);
    refresh();
}

QWidget* MyDayPage::buildHeader()
{
    auto* header = new QWidget;
    auto* row = new QHBoxLayout(header);
    row->setContentsMargins(0, 0, 0, 0);
    m_date = new QLabel;
    m_date->setObjectName(QStringLiteral("myDayDate"));
    auto* log = new QPushButton(tr("&Log interaction…"));
    log->setObjectName(QStringLiteral("myDayLogButton"));
    log->setToolTip(tr("Record a visit, call or message (Ctrl+I). With a follow-up selected, it "
                       "continues that matter and completes the follow-up."));
    row->addWidget(title(tr("My day"), 1.4));
    row->addSpacing(fontMetrics().horizontalAdvance(QLatin1Char('M')));
    row->addWidget(m_date, 0, Qt::AlignBottom);
    m_checks = new QPushButton;
    m_checks->setObjectName(QStringLiteral("myDayChecksButton"));
    m_checks->setFlat(true);
    m_checks->setToolTip(tr("Open them on the Approvals page."));
    m_checks->setVisible(false);
    row->addSpacing(fontMetrics().horizontalAdvance(QLatin1Char('M')));
    row->addWidget(m_checks, 0, Qt::AlignBottom);
    connect(m_checks, &QPushButton::clicked, this, &MyDayPage::changeChecksRequested);
    row->addStretch(1);
    row->addWidget(log);
    connect(log, &QPushButton::clicked, this, &MyDayPage::logInteraction);
    return header;
}

void MyDayPage::fillChecks()
{
    const Session& session = m_vault.session();
    int total = 0;
    int late = 0;
    StoreError error;
    if (Permissions::allows(session, Action::CustomerChangeCheck))
        ChangeCheckStore(m_vault.database().connection())
            .checks(session, true, 1, &total, &error, &late);
    m_checks->setVisible(error.ok() && total > 0);
    m_checks->setText(
        late > 0 ? tr("%n identity change(s) wait for a check, %1 late", nullptr, total).arg(late)
                 : tr("%n identity change(s) wait for a check", nullptr, total));
    // Red with the word "late" once any is past its day (a button's text is ButtonText).
    QPalette palette;
    if (late > 0)
        palette.setColor(QPalette::ButtonText, CustomerUi::breachedColour());
    m_checks->setPalette(palette);
}

QWidget* MyDayPage::buildNumbers()
{
    m_numbersBox = new QGroupBox;
    auto* layout = new QVBoxLayout(m_numbersBox);
    auto* tiles = new QHBoxLayout;
    m_onTime = new QLabel;
    m_onTime->setObjectName(QStringLiteral("onTimeRate"));
    m_firstContact = new QLabel;
    m_firstContact->setObjectName(QStringLiteral("firstContactRate"));
    for (QLabel* tile : {m_onTime, m_firstContact}) {
        tile->setTextInteractionFlags(Qt::TextSelectableByMouse);
        tiles->addWidget(tile);
        tiles->addSpacing(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 3);
    }
    tiles->addStretch(1);
    layout->addLayout(tiles);
    m_onTime->setToolTip(tr("Follow-ups completed by the date promised, of those due in the last "
                            "30 days (snoozing does not move the promise)."));
    m_firstContact->setToolTip(tr("Matters resolved at the first contact with the customer and "
                                  "not taken up again, of the matters begun in the last 30 "
                                  "days."));
    if (Permissions::scope(m_vault.session().role, Action::DashboardRead) != Scope::Own) {
        m_team = CustomerUi::makeTable(
            QStringLiteral("teamView"),
            {tr("Relationship manager"), tr("On-time follow-ups"), tr("First-contact resolution")});
        for (int c : {1, 2})
            m_team->horizontalHeaderItem(c)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_team->horizontalHeader()->setStretchLastSection(false);
        m_team->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        layout->addWidget(m_team);
    }
    return m_numbersBox;
}

QWidget* MyDayPage::buildTasks()
{
    auto* box = new QGroupBox(tr("Tasks"));
    auto* layout = new QVBoxLayout(box);
    m_tasks = makeTree(QStringLiteral("myDayTasks"),
                       {tr("Due"), tr("Customer"), tr("Task"), tr("Status")});
    m_tasksStack = new QStackedWidget;
    m_tasksStack->addWidget(m_tasks);
    m_tasksStack->addWidget(CustomerUi::makeEmptyLabel(
        QStringLiteral("myDayTasksEmpty"),
        tr("Nothing is due in the next days. Follow-ups appear here when you log an interaction "
           "with a next follow-up date (Log interaction…, Ctrl+I).")));
    layout->addWidget(m_tasksStack, 1);
    auto* buttons = new QHBoxLayout;
    m_done = new QPushButton(tr("&Done"));
    m_done->setObjectName(QStringLiteral("doneButton"));
    m_done->setToolTip(tr("Mark the selected task done. A follow-up is also done when you log a "
                          "contact about its matter."));
    m_snooze = new QPushButton(tr("S&nooze…"));
    m_snooze->setObjectName(QStringLiteral("snoozeButton"));
    m_snooze->setToolTip(tr("Show the selected task again on a later day, with a reason."));
    m_reassign = new QPushButton(tr("&Reassign…"));
    m_reassign->setObjectName(QStringLiteral("reassignButton"));
    m_reassign->setToolTip(tr("Hand the selected task to a supervisor or to whoever serves the "
                              "customer."));
    m_open = new QPushButton(tr("&Open customer"));
    m_open->setObjectName(QStringLiteral("openCustomerButton"));
    m_open->setToolTip(tr("Open the customer's 360 view (Enter)."));
    for (QPushButton* b : {m_done, m_snooze, m_reassign})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_open);
    layout->addLayout(buttons);
    connect(m_done, &QPushButton::clicked, this, &MyDayPage::completeTask);
    connect(m_snooze, &QPushButton::clicked, this, &MyDayPage::snoozeTask);
    connect(m_reassign, &QPushButton::clicked, this, &MyDayPage::reassignTask);
    connect(m_open, &QPushButton::clicked, this, &MyDayPage::openCustomer);
    connect(m_tasks, &QTreeWidget::itemActivated, this, &MyDayPage::openCustomer);
    connect(m_tasks, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* current) {
        if (current) {
            m_lastFocused = m_tasks;
            m_customers->setCurrentItem(nullptr);
        }
        updateActions();
    });
    return box;
}

QWidget* MyDayPage::buildCustomers()
{
    auto* box = new QGroupBox(tr("Reviews and ID documents"));
    auto* layout = new QVBoxLayout(box);
    m_customers =
        makeTree(QStringLiteral("myDayCustomers"), {tr("Customer"), tr("What"), tr("Status")});
    m_customersStack = new QStackedWidget;
    m_customersStack->addWidget(m_customers);
    m_customersStack->addWidget(
        CustomerUi::makeEmptyLabel(QStringLiteral("myDayCustomersEmpty"), QString()));
    layout->addWidget(m_customersStack);
    connect(m_customers, &QTreeWidget::itemActivated, this, &MyDayPage::openCustomer);
    connect(m_customers, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* current) {
        if (current) {
            m_lastFocused = m_customers;
            m_tasks->setCurrentItem(nullptr);
        }
        updateActions();
    });
    return box;
}

void MyDayPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void MyDayPage::setComplaintPanel(QWidget* panel)
{
    m_complaintLayout->addWidget(panel);
    m_complaintSlot->show();
}

void MyDayPage::refresh()
{
    // The selection stays where it was (the next task after one that was done).
    QTreeWidget* tree = m_lastFocused ? m_lastFocused : m_tasks;
    QTreeWidgetItem* current = tree->currentItem();
    const int section =
        current && current->parent() ? tree->indexOfTopLevelItem(current->parent()) : -1;
    const int child = current && current->parent() ? current->parent()->indexOfChild(current) : -1;
    const QDate today = QDate::currentDate();
    m_date->setText(QLocale().toString(today, QStringLiteral("yyyy-MM-dd dddd")));
    StoreError error;
    Agenda agenda(m_vault.database().connection());
    m_items = agenda.items(m_vault.session(), AgendaQuery(), &m_counts, &error);
    if (!error.ok())
        m_items.clear();
    fillTasks();
    fillCustomers();
    fillNumbers();
    fillChecks();
    if (section >= 0 && tree->topLevelItemCount() > 0) {
        QTreeWidgetItem* top = tree->topLevelItem(qMin(section, tree->topLevelItemCount() - 1));
        if (top->childCount() > 0)
            tree->setCurrentItem(top->child(qMin(child, top->childCount() - 1)));
    }
    updateActions();
}

QTreeWidgetItem* MyDayPage::addSection(QTreeWidget* tree, const QString& text, int count)
{
    auto* section = new QTreeWidgetItem(tree, {tr("%1 (%2)").arg(text).arg(count)});
    section->setFlags(Qt::ItemIsEnabled);
    QFont bold = section->font(0);
    bold.setBold(true);
    section->setFont(0, bold);
    section->setFirstColumnSpanned(true);
    section->setExpanded(true);
    return section;
}

void MyDayPage::addRow(QTreeWidgetItem* section, int index, const QStringList& texts,
                       int stateColumn, const QColor& colour)
{
    auto* row = new QTreeWidgetItem(section, texts);
    row->setData(0, ItemRole, index);
    for (int c = 0; c < texts.size(); ++c)
        row->setToolTip(c, texts.at(c));
    if (colour.isValid())
        row->setForeground(stateColumn, colour);
}

void MyDayPage::fillTasks()
{
    const QDate today = QDate::currentDate();
    const struct
    {
        const char* state;
        QString title;
    } sections[] = {
        {"overdue", tr("Overdue")},
        {"due_today", tr("Due today")},
        {"upcoming", tr("Next %n day(s)", nullptr,
                        Agenda(m_vault.database().connection()).standards().upcomingDays)}};
    m_tasks->clear();
    int shown = 0;
    for (const auto& s : sections) {
        QList<int> rows;
        for (int i = 0; i < m_items.size(); ++i)
            if (m_items.at(i).isTask() && m_items.at(i).state == QLatin1String(s.state))
                rows << i;
        if (rows.isEmpty())
            continue;
        QTreeWidgetItem* section = addSection(m_tasks, s.title, int(rows.size()));
        for (const int i : std::as_const(rows)) {
            const AgendaItem& item = m_items.at(i);
            const Task& t = item.task;
            const qint64 days = today.daysTo(item.due);
            QString status = item.state == QLatin1String("overdue")
                                 ? tr("⚠ %n day(s) overdue", nullptr, int(-days))
                             : item.state == QLatin1String("due_today")
                                 ? tr("Due today")
                                 : tr("in %n day(s)", nullptr, int(days));
            if (t.snoozedUntil.isValid())
                status = tr("%1 · snoozed, was due %2: %3")
                             .arg(status, t.dueOn.toString(Qt::ISODate), t.snoozeReason);
            const QColor colour =
                item.state == QLatin1String("overdue")     ? CustomerUi::breachedColour()
                : item.state == QLatin1String("due_today") ? CustomerUi::warningColour()
                                                           : QColor();
            addRow(section, i,
                   {item.due.toString(Qt::ISODate),
                    item.customerName.isEmpty() ? tr("—") : item.customerName,
                    TaskStore::titleOf(t), status},
                   StatusColumn, colour);
            ++shown;
        }
    }
    for (int c = 0; c < StatusColumn; ++c)
        m_tasks->resizeColumnToContents(c);
    m_tasksStack->setCurrentIndex(shown > 0 ? 0 : 1);
}

void MyDayPage::fillCustomers()
{
    const ServiceStandards standards = Agenda(m_vault.database().connection()).standards();
    m_customers->clear();
    QList<int> reviews;
    QList<int> documents;
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).kind == QLatin1String("review"))
            reviews << i;
        else if (m_items.at(i).kind == QLatin1String("document_expiry"))
            documents << i;
    }
    if (!reviews.isEmpty()) {
        QTreeWidgetItem* section =
            addSection(m_customers, tr("Periodic reviews"), m_counts.reviews);
        for (const int i : std::as_const(reviews)) {
            const AgendaItem& item = m_items.at(i);
            const bool overdue = item.state == QLatin1String("overdue");
            addRow(section, i,
                   {item.customerName, tr("Review due %1").arg(item.due.toString(Qt::ISODate)),
                    overdue ? tr("⚠ Overdue")
                            : (item.state == QLatin1String("due_today") ? tr("Due today")
                                                                        : tr("Due soon"))},
                   StateColumn,
                   overdue ? CustomerUi::breachedColour() : CustomerUi::warningColour());
        }
    }
    if (!documents.isEmpty()) {
        QTreeWidgetItem* section = addSection(m_customers, tr("ID documents"), m_counts.documents);
        for (const int i : std::as_const(documents)) {
            const AgendaItem& item = m_items.at(i);
            const bool expired = item.state == QLatin1String("expired");
            addRow(section, i,
                   {item.customerName, tr("ID document"),
                    expired ? tr("⚠ Expired")
                            : tr("Expires within %n day(s)", nullptr,
                                 standards.documentExpiryNoticeDays)},
                   StateColumn,
                   expired ? CustomerUi::breachedColour() : CustomerUi::warningColour());
        }
    }
    for (int c = 0; c < StateColumn; ++c)
        m_customers->resizeColumnToContents(c);
    if (auto* label = qobject_cast<QLabel*>(m_customersStack->widget(1)))
        label->setText(tr("No periodic review is due within %n day(s) and no ID document "
                          "expires within %1 days. Reviews and expiry dates come from your "
                          "customers' profiles.",
                          nullptr, standards.upcomingDays)
                           .arg(standards.documentExpiryNoticeDays));
    m_customersStack->setCurrentIndex(reviews.isEmpty() && documents.isEmpty() ? 1 : 0);
}

void MyDayPage::fillNumbers()
{
    const Session& session = m_vault.session();
    const bool team = m_team != nullptr;
    ServiceStats stats(m_vault.database().connection());
    StoreError error;
    const auto result =
        stats.compute(session, stats.defaultPeriod(), team ? QString() : session.userName, &error);
    const ServiceStandards standards = Agenda(m_vault.database().connection()).standards();
    m_numbersBox->setTitle(
        team ? tr("Service standards, branch %1, last 30 days").arg(session.branch)
             : tr("Your service standards, last 30 days"));
    auto tile = [](QLabel* label, const QString& name, const ServiceRatio& r, int target) {
        if (!r.value()) {
            label->setText(tr("%1: nothing to count yet").arg(name));
            CustomerUi::setTextColour(label, QColor());
            return;
        }
        const bool below = belowTarget(r, target);
        label->setText((below ? tr("%1: %2, below the %3% target ▼") : tr("%1: %2, target %3%"))
                           .arg(name, ratioText(r))
                           .arg(target));
        CustomerUi::setTextColour(label, below ? CustomerUi::warningColour() : QColor());
    };
    const ServiceRatio none;
    tile(m_onTime, tr("On-time follow-ups"), result ? result->onTimeFollowUp : none,
         standards.onTimeFollowUpTargetPercent);
    tile(m_firstContact, tr("First-contact resolution"),
         result ? result->firstContactResolution : none,
         standards.firstContactResolutionTargetPercent);
    if (!team)
        return;
    m_team->setRowCount(0);
    if (!result)
        return;
    for (const ServiceScoreRow& row : result->byUser) {
        CustomerUi::appendRow(
            m_team,
            {row.fullName.isEmpty() ? row.userName : tr("%1 (%2)").arg(row.fullName, row.userName),
             ratioText(row.onTimeFollowUp), ratioText(row.firstContactResolution)},
            {1, 2});
        const int r = m_team->rowCount() - 1;
        if (belowTarget(row.onTimeFollowUp, standards.onTimeFollowUpTargetPercent))
            m_team->item(r, 1)->setText(m_team->item(r, 1)->text() + QStringLiteral(" ▼"));
        if (belowTarget(row.firstContactResolution, standards.firstContactResolutionTargetPercent))
            m_team->item(r, 2)->setText(m_team->item(r, 2)->text() + QStringLiteral(" ▼"));
        for (int c : {1, 2})
            if (m_team->item(r, c)->text().endsWith(QStringLiteral("▼")))
                m_team->item(r, c)->setForeground(CustomerUi::warningColour());
    }
    // As tall as its rows, up to eight; it scrolls beyond.
    const int rows = qBound(1, m_team->rowCount(), 8);
    m_team->setFixedHeight(m_team->horizontalHeader()->sizeHint().height() +
                           rows * m_team->verticalHeader()->defaultSectionSize() +
                           2 * m_team->frameWidth());
}

const AgendaItem* MyDayPage::itemOf(const QTreeWidgetItem* row) const
{
    if (!row || !row->data(0, ItemRole).isValid())
        return nullptr;
    const int index = row->data(0, ItemRole).toInt();
    return index >= 0 && index < m_items.size() ? &m_items.at(index) : nullptr;
}

const AgendaItem* MyDayPage::currentItem() const
{
    const QTreeWidget* tree = m_lastFocused ? m_lastFocused : m_tasks;
    return itemOf(tree->currentItem());
}

void MyDayPage::updateActions()
{
    const AgendaItem* item = currentItem();
    const bool task = item && item->isTask() && item->task.isOpen();
    m_done->setEnabled(task);
    m_snooze->setEnabled(task);
    m_reassign->setEnabled(task);
    m_open->setEnabled(item && item->customerId != 0);
}

void MyDayPage::logInteraction()
{
    const AgendaItem* item = currentItem();
    const qint64 customer = item ? item->customerId : 0;
    const qint64 matter =
        item && item->kind == QLatin1String("follow_up") ? item->task.matterId : 0;
    auto* dialog = new InteractionDialog(m_vault, customer, this, false);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (matter != 0)
        dialog->setMatter(matter);
    connect(dialog, &InteractionDialog::recorded, this, &MyDayPage::refresh);
    dialog->open();
}

void MyDayPage::completeTask()
{
    const AgendaItem* item = currentItem();
    if (!item || !item->isTask())
        return;
    StoreError error;
    if (!TaskStore(m_vault.database().connection())
             .complete(m_vault.session(), item->task.id, &error))
        Dialogs::warn(this, tr("Mark task done"), error.message);
    refresh();
}

void MyDayPage::snoozeTask()
{
    const AgendaItem* item = currentItem();
    if (!item || !item->isTask())
        return;
    auto* dialog = new SnoozeDialog(m_vault, item->task, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &MyDayPage::refresh);
    dialog->open();
}

void MyDayPage::reassignTask()
{
    const AgendaItem* item = currentItem();
    if (!item || !item->isTask())
        return;
    auto* dialog = new ReassignDialog(m_vault, item->task, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &MyDayPage::refresh);
    dialog->open();
}

void MyDayPage::openCustomer()
{
    if (const AgendaItem* item = currentItem(); item && item->customerId != 0)
        emit customerChosen(item->customerId);
}

} // namespace rmdesk
