#include "approvalspage.h"

#include "backgroundtask.h"
#include "changecheckssection.h"
#include "customermergedialog.h"
#include "customerui.h"
#include "dialogs.h"
#include "security/permissions.h"
#include "security/vault.h"
#include "usertablemodel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <memory>
#include <optional>

namespace rmdesk {

namespace {

constexpr int PageSize = 500;
constexpr int MinimumReasonLength = 4;

QStackedWidget* withEmptyState(QTableWidget* table, QLabel* empty)
{
    auto* stack = new QStackedWidget;
    stack->addWidget(table);
    stack->addWidget(empty);
    return stack;
}

QLabel* sectionTitle(const QString& text)
{
    auto* label = new QLabel(text);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

QPushButton* button(const QString& text, const QString& objectName)
{
    auto* b = new QPushButton(text);
    b->setObjectName(objectName);
    return b;
}

int selectedRow(QTableWidget* table, int rows)
{
    const int row = table->currentRow();
    return table->selectionModel()->hasSelection() && row >= 0 && row < rows ? row : -1;
}

QString roleText(const QString& name)
{
    const auto role = roleFromName(name);
    return role ? UserTableModel::roleLabel(*role) : name;
}

struct DuplicateResult
{
    QList<DuplicatePair> pairs;
    int total = 0;
};

} // namespace

ApprovalsPage::ApprovalsPage(Vault& vault, QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_sections(new QTabWidget)
    , m_duplicateFinder(
          new BackgroundTask(vault.database(), QStringLiteral("duplicateFinder"), this))
    , m_changeChecks(new ChangeChecksSection(vault))
{
    setObjectName(QStringLiteral("approvalsPage"));
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("Approvals"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);
    m_sections->setObjectName(QStringLiteral("approvalSections"));
    m_sections->addTab(buildMerges(), QString());
    m_sections->addTab(buildDuplicates(), QString());
    m_sections->addTab(buildRetention(), QString());
    m_sections->addTab(m_changeChecks, QString());
    if (!Permissions::allows(vault.session(), Action::CustomerPurge))
        m_sections->setTabVisible(2, false);
    if (!Permissions::allows(vault.session(), Action::CustomerChangeCheck))
        m_sections->setTabVisible(3, false);
    connect(m_changeChecks, &ChangeChecksSection::decided, this, &ApprovalsPage::updateTitles);
    layout->addWidget(m_sections, 1);
    updateTitles();
}

ApprovalsPage::~ApprovalsPage() = default;

bool ApprovalsPage::isLoadingDuplicates() const
{
    return m_duplicateFinder->isRunning();
}

QWidget* ApprovalsPage::buildMerges()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    m_requests = CustomerUi::makeTable(
        QStringLiteral("mergeRequestsView"),
        {tr("Request"), tr("Keep"), tr("Merge in"), tr("Requested by"), tr("When"), tr("Reason")});
    m_requestsStack = withEmptyState(
        m_requests, CustomerUi::makeEmptyLabel(
                        QStringLiteral("mergeRequestsEmpty"),
                        tr("No merge requests wait for a decision. They are asked for from a "
                           "customer's “Possible duplicate” banner or from Likely duplicates.")));
    m_open = button(tr("&Open…"), QStringLiteral("openRequestButton"));
    m_open->setToolTip(tr("Compare the two records and approve or reject the merge."));
    auto* bar = new QHBoxLayout;
    bar->addStretch(1);
    bar->addWidget(m_open);
    layout->addWidget(m_requestsStack, 1);
    layout->addLayout(bar);
    connect(m_open, &QPushButton::clicked, this, &ApprovalsPage::openRequest);
    connect(m_requests, &QTableWidget::cellDoubleClicked, this, &ApprovalsPage::openRequest);
    connect(m_requests, &QTableWidget::itemSelectionChanged, this, &ApprovalsPage::updateButtons);
    return page;
}

QWidget* ApprovalsPage::buildDuplicates()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    m_pairsCount = new QLabel;
    m_pairsCount->setObjectName(QStringLiteral("duplicatesCount"));
    m_pairs = CustomerUi::makeTable(QStringLiteral("duplicatesView"),
                                    {tr("Customer"), tr("Possible duplicate"), tr("Same")});
    m_pairsStack = withEmptyState(
        m_pairs, CustomerUi::makeEmptyLabel(
                     QStringLiteral("duplicatesEmpty"),
                     tr("No likely duplicates in your customers: no two of them share a name "
                        "together with a mobile number or a birth date.")));
    m_compare = button(tr("&Compare…"), QStringLiteral("compareButton"));
    m_dismiss = button(tr("&Not the same person…"), QStringLiteral("dismissButton"));
    m_dismiss->setToolTip(tr("Stop flagging this pair. You will be asked how you know."));
    m_dismiss->setVisible(Permissions::allows(m_vault.session(), Action::CustomerMerge));
    auto* bar = new QHBoxLayout;
    bar->addStretch(1);
    bar->addWidget(m_compare);
    bar->addWidget(m_dismiss);
    layout->addWidget(m_pairsCount);
    layout->addWidget(m_pairsStack, 1);
    layout->addLayout(bar);
    connect(m_compare, &QPushButton::clicked, this, &ApprovalsPage::compare);
    connect(m_pairs, &QTableWidget::cellDoubleClicked, this, &ApprovalsPage::compare);
    connect(m_dismiss, &QPushButton::clicked, this, &ApprovalsPage::dismiss);
    connect(m_pairs, &QTableWidget::itemSelectionChanged, this, &ApprovalsPage::updateButtons);
    return page;
}

QWidget* ApprovalsPage::buildRetention()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    const int years = CustomerRetention(m_vault.database().connection()).retentionYears();
    auto* intro = new QLabel(tr("Records are kept %n year(s) after a relationship ends (the "
                                "record_retention rules), longer while an AML hold is on. A purge "
                                "needs a supervisor and a compliance officer: one asks, the other "
                                "approves.",
                                nullptr, years));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_purges = CustomerUi::makeTable(QStringLiteral("purgeRequestsView"),
                                     {tr("Request"), tr("Customer"), tr("Ended on"),
                                      tr("Requested by"), tr("When"), tr("Reason")});
    m_purgesStack = withEmptyState(
        m_purges, CustomerUi::makeEmptyLabel(QStringLiteral("purgeRequestsEmpty"),
                                             tr("No purge requests wait for approval.")));
    m_approvePurge = button(tr("&Approve purge…"), QStringLiteral("approvePurgeButton"));
    m_rejectPurge = button(tr("Re&ject…"), QStringLiteral("rejectPurgeButton"));
    auto* requestsBar = new QHBoxLayout;
    requestsBar->addWidget(sectionTitle(tr("Purge requests")));
    requestsBar->addStretch(1);
    requestsBar->addWidget(m_approvePurge);
    requestsBar->addWidget(m_rejectPurge);
    layout->addLayout(requestsBar);
    layout->addWidget(m_purgesStack, 1);

    m_purgeable = CustomerUi::makeTable(
        QStringLiteral("purgeableView"),
        {tr("Customer"), tr("Branch"), tr("Ended on"), tr("Reason for ending")});
    m_purgeableStack = withEmptyState(
        m_purgeable,
        CustomerUi::makeEmptyLabel(QStringLiteral("purgeableEmpty"),
                                   tr("No ended relationship is past retention. Customers appear "
                                      "here once their retention period has run out.")));
    m_purgeableCount = new QLabel;
    m_purgeableCount->setObjectName(QStringLiteral("purgeableCount"));
    m_requestPurge = button(tr("Request &purge…"), QStringLiteral("requestPurgeButton"));
    auto* eligibleBar = new QHBoxLayout;
    eligibleBar->addWidget(sectionTitle(tr("Past retention")));
    eligibleBar->addWidget(m_purgeableCount);
    eligibleBar->addStretch(1);
    eligibleBar->addWidget(m_requestPurge);
    layout->addLayout(eligibleBar);
    layout->addWidget(m_purgeableStack, 1);
    connect(m_approvePurge, &QPushButton::clicked, this, &ApprovalsPage::approvePurge);
    connect(m_rejectPurge, &QPushButton::clicked, this, &ApprovalsPage::rejectPurge);
    connect(m_requestPurge, &QPushButton::clicked, this, &ApprovalsPage::requestPurge);
    for (QTableWidget* t : {m_purges, m_purgeable})
        connect(t, &QTableWidget::itemSelectionChanged, this, &ApprovalsPage::updateButtons);
    return page;
}

void ApprovalsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

QHash<qint64, QString> ApprovalsPage::names(const QList<qint64>& ids)
{
    const QHash<qint64, QString> masked =
        CustomerMerge(m_vault.database().connection()).maskedNames(m_vault.session(), ids);
    QHash<qint64, QString> shown;
    for (const qint64 id : ids)
        shown.insert(id, masked.contains(id) ? tr("%1 · %2").arg(id).arg(masked.value(id))
                                             : QString::number(id));
    return shown;
}

void ApprovalsPage::refresh()
{
    const Session& session = m_vault.session();
    QSqlDatabase db = m_vault.database().connection();
    StoreError error;
    m_requestRows = CustomerMerge(db).requests(session, true, &error, PageSize);
    QList<qint64> ids;
    for (const MergeRequest& r : std::as_const(m_requestRows))
        ids << r.keepId << r.absorbId;
    const bool purging = Permissions::allows(session, Action::CustomerPurge);
    CustomerRetention retention(db);
    int purgeableTotal = 0;
    m_purgeRows =
        purging ? retention.purgeRequests(session, true, &error, PageSize) : QList<PurgeRequest>();
    m_purgeableRows = purging ? retention.purgeable(session, PageSize, &purgeableTotal, &error)
                              : QList<EndedCustomer>();
    for (const PurgeRequest& r : std::as_const(m_purgeRows))
        ids << r.customerId;
    for (const EndedCustomer& c : std::as_const(m_purgeableRows))
        ids << c.id;
    const QHash<qint64, QString> shown = names(ids);

    m_requests->setRowCount(0);
    for (const MergeRequest& r : std::as_const(m_requestRows))
        CustomerUi::appendRow(m_requests,
                              {QString::number(r.id), shown.value(r.keepId),
                               shown.value(r.absorbId), r.requestedBy,
                               CustomerUi::localTime(r.requestedAt), r.reason},
                              {0});
    CustomerUi::fitColumns(m_requests);
    m_requestsStack->setCurrentIndex(m_requestRows.isEmpty() ? 1 : 0);

    m_purges->setRowCount(0);
    for (const PurgeRequest& r : std::as_const(m_purgeRows))
        CustomerUi::appendRow(m_purges,
                              {QString::number(r.id), shown.value(r.customerId), r.endedOn,
                               tr("%1 (%2)").arg(r.requestedBy, roleText(r.requestedRole)),
                               CustomerUi::localTime(r.requestedAt), r.reason},
                              {0});
    CustomerUi::fitColumns(m_purges);
    m_purgesStack->setCurrentIndex(m_purgeRows.isEmpty() ? 1 : 0);

    m_purgeable->setRowCount(0);
    for (const EndedCustomer& c : std::as_const(m_purgeableRows))
        CustomerUi::appendRow(m_purgeable, {shown.value(c.id), c.branch, c.endedOn, c.endReason});
    CustomerUi::fitColumns(m_purgeable);
    m_purgeableStack->setCurrentIndex(m_purgeableRows.isEmpty() ? 1 : 0);
    m_purgeableCount->setText(
        purgeableTotal > m_purgeableRows.size()
            ? tr("(the first %1 of %2)").arg(m_purgeableRows.size()).arg(purgeableTotal)
            : QString());
    if (Permissions::allows(session, Action::CustomerChangeCheck))
        m_changeChecks->refresh();
    updateTitles();
    updateButtons();
    loadDuplicates();
}

void ApprovalsPage::loadDuplicates()
{
    m_pairsCount->setText(tr("Looking for likely duplicates…"));
    auto result = std::make_shared<DuplicateResult>();
    const Session session = m_vault.session();
    m_duplicateFinder->run(
        [session, result](QSqlDatabase db, StoreError* error) {
            result->pairs = CustomerMerge(db).duplicates(session, PageSize, &result->total, error);
        },
        [this, result](const StoreError& error) {
            showDuplicates(result->pairs, result->total, error);
        });
}

void ApprovalsPage::showDuplicates(const QList<DuplicatePair>& pairs, int total,
                                   const StoreError& error)
{
    // The list is refreshed behind the person's back: keep the pair they selected.
    const int selected = selectedRow(m_pairs, int(m_pairRows.size()));
    const std::optional<DuplicatePair> kept =
        selected >= 0 ? std::optional(m_pairRows.at(selected)) : std::nullopt;
    m_pairRows = pairs;
    m_pairTotal = total;
    QList<qint64> ids;
    for (const DuplicatePair& p : pairs)
        ids << p.a << p.b;
    const QHash<qint64, QString> shown = names(ids);
    m_pairs->setRowCount(0);
    for (const DuplicatePair& p : pairs)
        CustomerUi::appendRow(m_pairs,
                              {shown.value(p.a), shown.value(p.b),
                               p.match == QLatin1String("mobile") ? tr("name and mobile")
                                                                  : tr("name and birth date")});
    CustomerUi::fitColumns(m_pairs);
    for (int row = 0; kept && row < pairs.size(); ++row)
        if (pairs.at(row).a == kept->a && pairs.at(row).b == kept->b)
            m_pairs->selectRow(row);
    m_pairsStack->setCurrentIndex(pairs.isEmpty() ? 1 : 0);
    if (!error.ok())
        m_pairsCount->setText(error.message);
    else if (total > pairs.size())
        m_pairsCount->setText(tr("The first %1 of %2 likely duplicate pairs; merge or dismiss them "
                                 "to see more.")
                                  .arg(pairs.size())
                                  .arg(total));
    else
        m_pairsCount->setText(tr("%n likely duplicate pair(s): the same name with the same mobile "
                                 "or birth date.",
                                 nullptr, total));
    updateTitles();
    updateButtons();
}

void ApprovalsPage::updateTitles()
{
    m_sections->setTabText(0, tr("&Merge requests (%1)").arg(m_requestRows.size()));
    m_sections->setTabText(1, isLoadingDuplicates() && m_pairRows.isEmpty()
                                  ? tr("&Likely duplicates")
                                  : tr("&Likely duplicates (%1)").arg(m_pairTotal));
    m_sections->setTabText(2, tr("&Retention (%1)").arg(m_purgeRows.size()));
    m_sections->setTabText(3,
                           m_changeChecks->lateCount() > 0
                               ? tr("&Identity changes (%1, %2 late)")
                                     .arg(m_changeChecks->pendingCount())
                                     .arg(m_changeChecks->lateCount())
                               : tr("&Identity changes (%1)").arg(m_changeChecks->pendingCount()));
}

void ApprovalsPage::updateButtons()
{
    const Session& session = m_vault.session();
    m_open->setEnabled(selectedRow(m_requests, int(m_requestRows.size())) >= 0);
    const bool pair = selectedRow(m_pairs, int(m_pairRows.size())) >= 0;
    m_compare->setEnabled(pair);
    m_dismiss->setEnabled(pair);
    const int purge = selectedRow(m_purges, int(m_purgeRows.size()));
    const bool decidable = purge >= 0 && m_purgeRows.at(purge).requestedById != session.userId &&
                           m_purgeRows.at(purge).requestedRole != roleName(session.role);
    m_approvePurge->setEnabled(decidable);
    m_approvePurge->setToolTip(
        purge >= 0 && !decidable
            ? tr("A purge needs two people of different roles: a supervisor and a compliance "
                 "officer. This request was made by a %1.")
                  .arg(roleText(m_purgeRows.at(purge).requestedRole))
            : QString());
    m_rejectPurge->setEnabled(purge >= 0);
    m_requestPurge->setEnabled(selectedRow(m_purgeable, int(m_purgeableRows.size())) >= 0);
}

void ApprovalsPage::openDialog(CustomerMergeDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    StoreError error;
    if (!dialog->load(&error)) {
        Dialogs::warn(this, tr("Compare and merge"), error.message);
        dialog->deleteLater();
        return;
    }
    connect(dialog, &CustomerMergeDialog::decided, this, &ApprovalsPage::refresh);
    dialog->open();
}

void ApprovalsPage::openRequest()
{
    const int row = selectedRow(m_requests, int(m_requestRows.size()));
    if (row >= 0)
        openDialog(new CustomerMergeDialog(m_vault, m_requestRows.at(row), this));
}

void ApprovalsPage::compare()
{
    const int row = selectedRow(m_pairs, int(m_pairRows.size()));
    if (row >= 0)
        openDialog(
            new CustomerMergeDialog(m_vault, m_pairRows.at(row).a, m_pairRows.at(row).b, this));
}

void ApprovalsPage::dismiss()
{
    const int row = selectedRow(m_pairs, int(m_pairRows.size()));
    if (row < 0)
        return;
    const DuplicatePair pair = m_pairRows.at(row);
    const QString reason = Dialogs::askText(
        this, tr("Not the same person"),
        tr("How do you know that customers %1 and %2 are two different people? They will no "
           "longer be flagged; the reason is kept in the audit trail.")
            .arg(pair.a)
            .arg(pair.b),
        MinimumReasonLength, tr("e.g. checked both ID cards: different numbers"));
    if (reason.isEmpty())
        return;
    StoreError error;
    if (!CustomerMerge(m_vault.database().connection())
             .dismiss(m_vault.session(), pair.a, pair.b, reason, &error))
        Dialogs::warn(this, tr("Not the same person"), error.message);
    refresh();
}

void ApprovalsPage::approvePurge()
{
    const int row = selectedRow(m_purges, int(m_purgeRows.size()));
    if (row < 0)
        return;
    const PurgeRequest r = m_purgeRows.at(row);
    if (!Dialogs::confirm(
            this, tr("Approve purge"),
            tr("Purge customer %1 for good? The profile, its change history, reviews, consents, "
               "holdings and any records merged into it are deleted. Only the customer number, "
               "the end date (%2) and who asked and approved are kept. This cannot be undone.")
                .arg(r.customerId)
                .arg(r.endedOn),
            tr("Purge")))
        return;
    StoreError error;
    if (!CustomerRetention(m_vault.database().connection())
             .approvePurge(m_vault.session(), r.id, &error))
        Dialogs::warn(this, tr("Approve purge"), error.message);
    refresh();
}

void ApprovalsPage::rejectPurge()
{
    const int row = selectedRow(m_purges, int(m_purgeRows.size()));
    if (row < 0)
        return;
    const QString note = Dialogs::askText(
        this, tr("Reject purge"),
        tr("Why should customer %1's records not be purged?").arg(m_purgeRows.at(row).customerId),
        MinimumReasonLength);
    if (note.isEmpty())
        return;
    StoreError error;
    if (!CustomerRetention(m_vault.database().connection())
             .rejectPurge(m_vault.session(), m_purgeRows.at(row).id, note, &error))
        Dialogs::warn(this, tr("Reject purge"), error.message);
    refresh();
}

void ApprovalsPage::requestPurge()
{
    const int row = selectedRow(m_purgeable, int(m_purgeableRows.size()));
    if (row < 0)
        return;
    const qint64 id = m_purgeableRows.at(row).id;
    const QString reason = Dialogs::askText(
        this, tr("Request purge"),
        tr("Why should customer %1 be purged? A %2 must approve it.")
            .arg(id)
            .arg(m_vault.session().role == Role::Compliance ? tr("supervisor")
                                                            : tr("compliance officer")),
        MinimumReasonLength, tr("e.g. retention period over, no open matters"));
    if (reason.isEmpty())
        return;
    StoreError error;
    qint64 request = 0;
    if (!CustomerRetention(m_vault.database().connection())
             .requestPurge(m_vault.session(), id, reason, &request, &error))
        Dialogs::warn(this, tr("Request purge"), error.message);
    refresh();
}

} // namespace rmdesk
