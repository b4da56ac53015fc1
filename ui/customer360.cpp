#include "customer360.h"

#include "customereditdialog.h"
#include "customerlifecyclebar.h"
#include "customerlistmodel.h"
#include "customerrecorddialogs.h"
#include "customerui.h"
#include "dialogs.h"
#include "interactiontimeline.h"
#include "security/masking.h"
#include "security/permissions.h"
#include "security/vault.h"
#include "surveydialog.h"
#include "usertablemodel.h"

#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace rmdesk {

namespace {

QStackedWidget* withEmptyState(QTableWidget* table, QLabel* empty)
{
    auto* stack = new QStackedWidget;
    stack->addWidget(table);
    stack->addWidget(empty);
    return stack;
}

void setEmpty(QStackedWidget* stack, bool empty)
{
    stack->setCurrentIndex(empty ? 1 : 0);
}

QLabel* valueLabel(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// Where an identity change stands with its second person's check (schema 21).
QString checkText(const CustomerChange& c)
{
    if (c.checkId <= 0)
        return QString();
    if (c.checkStatus == QLatin1String("confirmed"))
        return Customer360::tr("✓ confirmed by %1").arg(c.checkedBy);
    if (c.checkStatus == QLatin1String("rejected"))
        return c.checkRestored
                   ? Customer360::tr("✗ rejected by %1, old values restored").arg(c.checkedBy)
                   : Customer360::tr("✗ rejected by %1: correct the profile with Edit…")
                         .arg(c.checkedBy);
    if (c.checkStatus == QLatin1String("superseded"))
        return Customer360::tr("closed by a merge (%1)").arg(c.checkedBy);
    return Customer360::tr("⏳ awaiting a second person's check");
}

QString shown(const QString& field, const QString& value)
{
    return value.isEmpty() ? QStringLiteral("—") : CustomerListModel::valueLabel(field, value);
}

} // namespace

Customer360::Customer360(Vault& vault, qint64 customerId, QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_store(std::make_unique<CustomerStore>(vault.database().connection()))
    , m_id(customerId)
{
    setObjectName(QStringLiteral("customer360"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildHeader());
    m_lifecycle = new CustomerLifecycleBar(vault);
    layout->addWidget(m_lifecycle);
    connect(m_lifecycle, &CustomerLifecycleBar::changed, this, [this] {
        afterChange();
        emit customerChanged(m_id);
    });
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("customerSections"));
    m_tabs->addTab(buildProfile(), tr("&Profile"));
    m_tabs->addTab(buildHoldings(), tr("&Holdings"));
    m_tabs->addTab(buildHistory(), tr("C&hanges and reviews"));
    m_tabs->addTab(buildConsents(), tr("C&onsents"));
    m_tabs->addTab(buildAccess(), tr("&Who viewed"));
    auto* timeline = new InteractionTimeline(vault, customerId, this); // Ctrl+I in the whole view
    m_tabs->addTab(timeline, tr("&Interactions"));
    connect(timeline, &InteractionTimeline::recorded, m_tabs,
            [this, timeline] { m_tabs->setCurrentWidget(timeline); });
    m_surveys = new SurveyHistory(vault, customerId);
    m_tabs->addTab(m_surveys, tr("Sa&tisfaction"));
    layout->addWidget(m_tabs, 1);
}

Customer360::~Customer360() = default;

QWidget* Customer360::buildHeader()
{
    auto* header = new QFrame;
    header->setObjectName(QStringLiteral("customerHeader"));
    header->setFrameShape(QFrame::StyledPanel);
    header->setAutoFillBackground(true);
    header->setBackgroundRole(QPalette::AlternateBase);
    auto* layout = new QVBoxLayout(header);
    auto* top = new QHBoxLayout;
    m_name = valueLabel(QStringLiteral("headerName"));
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_name->setFont(big);
    m_idNumber = valueLabel(QStringLiteral("headerIdNumber"));
    m_show = new QToolButton;
    m_show->setText(tr("S&how…"));
    m_show->setAutoRaise(false);
    m_show->setObjectName(QStringLiteral("showButton"));
    m_show->setToolTip(tr("Show the masked values in the clear. You will be asked why; the reason "
                          "is kept in the audit trail."));
    m_maskState = valueLabel(QStringLiteral("maskState"));
    m_edit = new QPushButton(tr("&Edit…"));
    m_edit->setObjectName(QStringLiteral("editButton"));
    top->addWidget(m_name);
    top->addSpacing(fontMetrics().horizontalAdvance(QLatin1Char('M')));
    top->addWidget(m_idNumber);
    top->addWidget(m_show);
    top->addWidget(m_maskState);
    top->addStretch(1);
    top->addWidget(m_edit);
    layout->addLayout(top);

    auto* facts = new QHBoxLayout;
    auto addFact = [&](const QString& caption, QLabel* value) {
        auto* label = new QLabel(caption);
        label->setForegroundRole(QPalette::PlaceholderText);
        facts->addWidget(label);
        facts->addWidget(value);
        facts->addSpacing(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 2);
    };
    m_tier = valueLabel(QStringLiteral("headerTier"));
    m_risk = valueLabel(QStringLiteral("headerRisk"));
    m_rm = valueLabel(QStringLiteral("headerRm"));
    m_stage = valueLabel(QStringLiteral("headerStage"));
    m_nextReview = valueLabel(QStringLiteral("headerNextReview"));
    addFact(tr("%1:").arg(CustomerFields::label(QStringLiteral("tier"))), m_tier);
    addFact(tr("%1:").arg(CustomerFields::label(QStringLiteral("risk_level"))), m_risk);
    addFact(tr("%1:").arg(CustomerFields::label(QStringLiteral("rm"))), m_rm);
    addFact(tr("%1:").arg(CustomerFields::label(QStringLiteral("lifecycle_stage"))), m_stage);
    addFact(tr("%1:").arg(CustomerFields::label(QStringLiteral("next_review_due"))), m_nextReview);
    facts->addStretch(1);
    layout->addLayout(facts);
    connect(m_show, &QToolButton::clicked, this, &Customer360::reveal);
    connect(m_edit, &QPushButton::clicked, this, &Customer360::edit);
    return header;
}

QWidget* Customer360::buildProfile()
{
    m_profile = new QScrollArea;
    m_profile->setObjectName(QStringLiteral("profileTab"));
    m_profile->setWidgetResizable(true);
    m_profile->setFrameShape(QFrame::NoFrame);
    return m_profile;
}

QWidget* Customer360::buildHoldings()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    m_holdings = CustomerUi::makeTable(
        QStringLiteral("holdingsView"),
        {tr("Product"), tr("Type"), tr("Product risk"), tr("Month"), tr("Balance (yuan)")});
    m_holdings->horizontalHeaderItem(4)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // The product name takes the spare width, so balances stay next to their product.
    m_holdings->horizontalHeader()->setStretchLastSection(false);
    m_holdings->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_holdingsStack = withEmptyState(
        m_holdings, CustomerUi::makeEmptyLabel(
                        QStringLiteral("holdingsEmpty"),
                        tr("No holdings recorded for this customer. Month-end balances appear here "
                           "after the monthly holdings import.")));
    m_aum = valueLabel(QStringLiteral("aumTotal"));
    m_aum->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    layout->addWidget(m_holdingsStack, 1);
    layout->addWidget(m_aum);
    return page;
}

QWidget* Customer360::buildHistory()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    m_changes = CustomerUi::makeTable(QStringLiteral("changesView"),
                                      {tr("When"), tr("Who"), tr("Field"), tr("Old value"),
                                       tr("New value"), tr("Reason"), tr("Proof"), tr("Check")});
    m_changesStack = withEmptyState(
        m_changes, CustomerUi::makeEmptyLabel(QStringLiteral("changesEmpty"),
                                              tr("No changes yet. Edits made with Edit… are "
                                                 "listed here with their reason and proof.")));
    m_reviews = CustomerUi::makeTable(QStringLiteral("reviewsView"),
                                      {tr("Reviewed on"), tr("Who"), tr("What was checked"),
                                       tr("Result"), tr("Proof"), tr("Next review")});
    m_reviewsStack = withEmptyState(
        m_reviews, CustomerUi::makeEmptyLabel(QStringLiteral("reviewsEmpty"),
                                              tr("No periodic reviews recorded yet. Record one "
                                                 "with Record review… when you have checked the "
                                                 "profile with the customer.")));
    auto* changesTitle = new QLabel(tr("Changes"));
    QFont bold = changesTitle->font();
    bold.setBold(true);
    changesTitle->setFont(bold);
    auto* reviewsTitle = new QLabel(tr("Periodic reviews"));
    reviewsTitle->setFont(bold);
    m_recordReview = new QPushButton(tr("&Record review…"));
    m_recordReview->setObjectName(QStringLiteral("recordReviewButton"));
    auto* reviewBar = new QHBoxLayout;
    reviewBar->addWidget(reviewsTitle);
    reviewBar->addStretch(1);
    reviewBar->addWidget(m_recordReview);
    layout->addWidget(changesTitle);
    layout->addWidget(m_changesStack, 3);
    layout->addLayout(reviewBar);
    layout->addWidget(m_reviewsStack, 2);
    connect(m_recordReview, &QPushButton::clicked, this, &Customer360::recordReview);
    return page;
}

QWidget* Customer360::buildConsents()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    m_consents = CustomerUi::makeTable(QStringLiteral("consentsView"),
                                       {tr("Purpose"), tr("Status"), tr("Given on"), tr("Channel"),
                                        tr("Evidence"), tr("Recorded by")});
    m_consentsStack = withEmptyState(
        m_consents, CustomerUi::makeEmptyLabel(
                        QStringLiteral("consentsEmpty"),
                        tr("No consents recorded. Use Record consent… when the customer agrees to "
                           "marketing, data sharing, cross-border transfer "
                           "or profiling.")));
    auto* bar = new QHBoxLayout;
    m_recordConsent = new QPushButton(tr("Record &consent…"));
    m_recordConsent->setObjectName(QStringLiteral("recordConsentButton"));
    m_withdraw = new QPushButton(tr("&Withdraw…"));
    m_withdraw->setObjectName(QStringLiteral("withdrawConsentButton"));
    m_withdraw->setToolTip(tr("Withdraw the selected consent as of today."));
    bar->addStretch(1);
    bar->addWidget(m_recordConsent);
    bar->addWidget(m_withdraw);
    layout->addWidget(m_consentsStack, 1);
    layout->addLayout(bar);
    connect(m_recordConsent, &QPushButton::clicked, this, &Customer360::recordConsent);
    connect(m_withdraw, &QPushButton::clicked, this, &Customer360::withdrawConsent);
    connect(m_consents, &QTableWidget::itemSelectionChanged, this, &Customer360::updateWithdraw);
    return page;
}

QWidget* Customer360::buildAccess()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    auto* intro = new QLabel(tr("Everyone who opened, unmasked or exported this profile, newest "
                                "first."));
    intro->setWordWrap(true);
    m_access = CustomerUi::makeTable(QStringLiteral("accessView"),
                                     {tr("When"), tr("Who"), tr("Role"), tr("What"), tr("Reason")});
    layout->addWidget(intro);
    layout->addWidget(m_access, 1);
    return page;
}

bool Customer360::load(StoreError* error)
{
    StoreError e;
    const auto view = m_store->show(m_vault.session(), m_id, &e);
    if (!view) {
        if (error)
            *error = e;
        return false;
    }
    m_view = *view;
    m_revealed = false;
    showCustomer();
    loadRecords();
    return true;
}

QString Customer360::title() const
{
    return m_view.value("name");
}

void Customer360::showCustomer()
{
    const Session& session = m_vault.session();
    const Target target{m_view.branch, m_view.rmUserId};
    m_name->setText(m_view.value("name"));
    const QString idNumber = m_view.value("id_number");
    m_idNumber->setText(
        idNumber.isEmpty()
            ? tr("No ID document recorded")
            : tr("%1 %2").arg(shown(QStringLiteral("id_type"), m_view.value("id_type")), idNumber));
    const bool canUnmask = Permissions::allows(session, Action::CustomerUnmask, target);
    m_show->setVisible(canUnmask && m_view.masked());
    m_maskState->setText(m_revealed ? tr("Unmasked: this access is recorded.")
                                    : (m_view.masked() ? tr("Masked") : QString()));
    CustomerUi::setTextColour(m_maskState, m_revealed ? CustomerUi::warningColour() : QColor());
    m_edit->setVisible(Permissions::allows(session, Action::CustomerUpdate, target));
    m_recordReview->setVisible(m_edit->isVisibleTo(this));
    m_recordConsent->setVisible(m_edit->isVisibleTo(this));
    m_withdraw->setVisible(m_edit->isVisibleTo(this));
    // Survey answers for those who may read them; recording for the RM and the supervisor.
    m_tabs->setTabVisible(m_tabs->indexOf(m_surveys),
                          Permissions::allows(session, Action::SurveyRead, target));
    m_surveys->setMayRecord(Permissions::allows(session, Action::SurveyWrite, target));
    m_tier->setText(shown(QStringLiteral("tier"), m_view.value("tier")));
    m_risk->setText(shown(QStringLiteral("risk_level"), m_view.value("risk_level")));
    m_rm->setText(shown(QStringLiteral("rm"), m_view.value("rm")));
    m_stage->setText(shown(QStringLiteral("lifecycle_stage"), m_view.value("lifecycle_stage")));
    m_lifecycle->setCustomer(m_view);
    const QString due = m_view.value("next_review_due");
    CustomerUi::showReviewState(m_nextReview, due,
                                CustomerListModel::reviewStateOn(due, QDate::currentDate()));

    // The profile, in the groups of the edit form.
    auto* host = new QWidget;
    auto* grid = new QGridLayout(host);
    QFormLayout* forms[CustomerUi::GroupCount] = {};
    for (int g = 0; g < CustomerUi::GroupCount; ++g) {
        auto* box = new QGroupBox(CustomerUi::groupTitle(CustomerUi::Group(g)));
        forms[g] = new QFormLayout(box);
        grid->addWidget(box, g % 2, g / 2, Qt::AlignTop);
    }
    for (const FieldDef& def : CustomerFields::forType(m_view.type)) {
        const QString name = QString::fromLatin1(def.name);
        QLabel* value = valueLabel(QStringLiteral("profile_") + name);
        value->setWordWrap(true);
        value->setText(shown(name, m_view.values.value(name)));
        if (m_view.maskedFields.contains(name))
            value->setToolTip(tr("Masked"));
        forms[CustomerUi::groupOf(name)]->addRow(tr("%1:").arg(CustomerFields::label(name)), value);
    }
    for (const char* f : {"branch", "created_at", "updated_at"}) {
        const QString name = QString::fromLatin1(f);
        QLabel* value = valueLabel(QStringLiteral("profile_") + name);
        QString text = name == QLatin1String("branch")
                           ? m_view.branch
                           : CustomerUi::localTime(m_view.values.value(name));
        const QString creator = m_view.value("created_by");
        if (name == QLatin1String("created_at") && !creator.isEmpty())
            text = tr("%1 by %2", "when a customer was added, and by whom").arg(text, creator);
        value->setText(text);
        const QString caption = name == QLatin1String("branch")       ? CustomerFields::label(name)
                                : name == QLatin1String("created_at") ? tr("Added")
                                                                      : tr("Last changed");
        forms[CustomerUi::Service]->addRow(tr("%1:").arg(caption), value);
    }
    grid->setRowStretch(2, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    m_profile->setWidget(host);
    emit titleChanged(title());
}

void Customer360::loadRecords()
{
    const Session& session = m_vault.session();
    StoreError e;
    qint64 aum = 0;
    const QList<Holding> holdings = m_store->holdings(session, m_id, &aum, &e);
    m_holdings->setRowCount(0);
    for (const Holding& h : holdings)
        CustomerUi::appendRow(
            m_holdings,
            {h.productName + QStringLiteral(" (") + h.productCode + QLatin1Char(')'),
             CustomerListModel::valueLabel(QStringLiteral("product"), h.productType), h.productRisk,
             h.month, CustomerUi::money(h.balanceFen)},
            {4});
    CustomerUi::fitColumns(m_holdings);
    setEmpty(m_holdingsStack, holdings.isEmpty());
    m_aum->setText(holdings.isEmpty() ? QString()
                                      : tr("Assets under management at the end of %1: %2 yuan")
                                            .arg(holdings.first().month, CustomerUi::money(aum)));

    m_changes->setRowCount(0);
    for (const CustomerChange& c : m_store->changes(session, m_id, &e))
        CustomerUi::appendRow(
            m_changes, {CustomerUi::localTime(c.at), c.userName, CustomerFields::label(c.field),
                        shown(c.field, c.oldValue), shown(c.field, c.newValue), c.reason,
                        QStringList({c.proofType, c.proofRef}).join(QLatin1Char(' ')).trimmed(),
                        checkText(c)});
    CustomerUi::fitColumns(m_changes);
    setEmpty(m_changesStack, m_changes->rowCount() == 0);

    m_reviews->setRowCount(0);
    for (const CustomerReview& r : m_store->reviews(session, m_id, &e))
        CustomerUi::appendRow(
            m_reviews,
            {r.reviewedOn, r.userName, r.checked,
             CustomerListModel::valueLabel(QStringLiteral("result"), r.result),
             QStringList({r.proofType, r.proofRef}).join(QLatin1Char(' ')).trimmed(), r.nextDue});
    CustomerUi::fitColumns(m_reviews);
    setEmpty(m_reviewsStack, m_reviews->rowCount() == 0);

    m_consentRows = m_store->consents(session, m_id, &e);
    m_consents->setRowCount(0);
    for (const Consent& c : std::as_const(m_consentRows))
        CustomerUi::appendRow(
            m_consents,
            {CustomerListModel::valueLabel(QStringLiteral("purpose"), c.purpose),
             c.withdrawnOn.isEmpty() ? tr("✔ Given") : tr("Withdrawn on %1").arg(c.withdrawnOn),
             c.grantedOn, c.channel, c.evidenceRef, c.recordedBy});
    CustomerUi::fitColumns(m_consents);
    setEmpty(m_consentsStack, m_consentRows.isEmpty());
    updateWithdraw();

    m_access->setRowCount(0);
    for (const CustomerAccess& a : m_store->accessLog(session, m_id, &e)) {
        const auto role = roleFromName(a.role);
        CustomerUi::appendRow(m_access,
                              {CustomerUi::localTime(a.at), a.userName,
                               role ? UserTableModel::roleLabel(*role) : a.role,
                               CustomerListModel::valueLabel(QStringLiteral("access"), a.action),
                               a.reason});
    }
    CustomerUi::fitColumns(m_access);
    if (m_tabs->isTabVisible(m_tabs->indexOf(m_surveys)))
        m_surveys->reload();
}

void Customer360::updateWithdraw()
{
    const int row = m_consents->currentRow();
    const bool active = m_consents->selectionModel()->hasSelection() && row >= 0 &&
                        row < m_consentRows.size() && m_consentRows.at(row).withdrawnOn.isEmpty();
    m_withdraw->setEnabled(active);
}

bool Customer360::reveal()
{
    const QString reason = Dialogs::askText(
        this, tr("Show unmasked values"),
        tr("Why do you need to see this customer's data in the clear? The reason is kept in the "
           "audit trail."),
        UnmaskRecorder::MinimumReasonLength, tr("e.g. customer called to confirm the address"));
    if (reason.isEmpty())
        return false;
    StoreError error;
    const auto view = m_store->reveal(m_vault.session(), m_id, reason, &error);
    if (!view) {
        Dialogs::warn(this, tr("Show unmasked values"), error.message);
        return false;
    }
    m_view = *view;
    m_revealed = true;
    showCustomer();
    loadRecords();
    return true;
}

void Customer360::edit()
{
    auto* dialog = new CustomerEditDialog(m_vault, m_view, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CustomerEditDialog::saved, this, [this] {
        afterChange();
        emit customerChanged(m_id);
    });
    dialog->open();
}

void Customer360::recordReview()
{
    auto* dialog = new ReviewDialog(m_vault, m_id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        afterChange();
        emit customerChanged(m_id);
    });
    dialog->open();
}

void Customer360::recordConsent()
{
    auto* dialog = new ConsentDialog(m_vault, m_id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &Customer360::afterChange);
    dialog->open();
}

void Customer360::withdrawConsent()
{
    const int row = m_consents->currentRow();
    if (row < 0 || row >= m_consentRows.size() || !m_consentRows.at(row).withdrawnOn.isEmpty())
        return;
    const QString purpose = m_consentRows.at(row).purpose;
    if (!Dialogs::confirm(
            this, tr("Withdraw consent"),
            tr("Withdraw the customer's consent to %1 as of today? From today on it may no longer "
               "be relied on; the record of the consent and its withdrawal stays.")
                .arg(CustomerListModel::valueLabel(QStringLiteral("purpose"), purpose)),
            tr("Withdraw")))
        return;
    StoreError error;
    if (!m_store->withdrawConsent(m_vault.session(), m_id, purpose, QDate::currentDate(), &error)) {
        Dialogs::warn(this, tr("Withdraw consent"), error.message);
        return;
    }
    afterChange();
}

void Customer360::afterChange()
{
    // Values shown unmasked stay unmasked only until the record changes: read it again, masked.
    StoreError error;
    if (!load(&error))
        Dialogs::warn(this, tr("Customer"), error.message);
}

} // namespace rmdesk
