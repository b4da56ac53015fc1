#include "interactiontimeline.h"

#include "customerui.h"
#include "domain/servicecodes.h"
#include "interactiondialog.h"
#include "security/vault.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rmdesk {

namespace {

enum Column { When, Channel, Purpose, Outcome, Summary, Products, FollowUp, By };

QString label(const char* what, const QString& code)
{
    return ServiceCodes::label(QLatin1String(what), code);
}

} // namespace

InteractionTimeline::InteractionTimeline(Vault& vault, qint64 customerId, QWidget* shortcutScope,
                                         QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_customerId(customerId)
    , m_log(new QPushButton(tr("&Log interaction…")))
    , m_stack(new QStackedWidget)
    , m_table(CustomerUi::makeTable(QStringLiteral("interactionsView"),
                                    {tr("When"), tr("Channel"), tr("Purpose"), tr("Outcome"),
                                     tr("Summary"), tr("Products"), tr("Follow-up"), tr("By")}))
    , m_detail(new QLabel)
{
    setObjectName(QStringLiteral("interactionTimeline"));
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    auto* intro = new QLabel(tr("Visits, calls and messages with this customer, newest first."));
    intro->setWordWrap(true);
    m_log->setObjectName(QStringLiteral("logInteractionButton"));
    m_log->setToolTip(tr("Record a visit, call or message (Ctrl+I)"));
    bar->addWidget(intro, 1);
    bar->addWidget(m_log);
    layout->addLayout(bar);
    m_stack->addWidget(m_table);
    m_stack->addWidget(CustomerUi::makeEmptyLabel(
        QStringLiteral("interactionsEmpty"),
        tr("No interactions recorded yet. Log a visit, call or message with Log interaction… "
           "(Ctrl+I); a next follow-up date you set there appears on My day.")));
    layout->addWidget(m_stack, 3);
    m_detail->setObjectName(QStringLiteral("interactionDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detail->setFrameShape(QFrame::StyledPanel);
    m_detail->setMargin(fontMetrics().height() / 3);
    m_detail->setMinimumHeight(fontMetrics().lineSpacing() * 3);
    layout->addWidget(m_detail, 1);

    const bool mayRecord = Permissions::allows(vault.session(), Action::ServiceWrite) &&
                           InteractionStore(vault.database().connection())
                               .customer(vault.session(), customerId, nullptr)
                               .value_or(ServiceCustomer())
                               .mayRecord;
    m_log->setVisible(mayRecord);
    if (mayRecord) {
        auto* shortcut =
            new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_I), shortcutScope ? shortcutScope : this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &InteractionTimeline::logInteraction);
    }
    connect(m_log, &QPushButton::clicked, this, &InteractionTimeline::logInteraction);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &InteractionTimeline::showDetail);
    reload();
}

void InteractionTimeline::reload()
{
    StoreError error;
    m_rows = InteractionStore(m_vault.database().connection())
                 .list(m_vault.session(), m_customerId, &error);
    m_table->setRowCount(0);
    const QDate today = QDate::currentDate();
    for (const Interaction& i : std::as_const(m_rows)) {
        QString followUp;
        if (i.followUpTaskId != 0) {
            const bool done = i.followUpStatus == QLatin1String("done");
            followUp = done ? tr("✔ %1 done").arg(i.nextFollowUp.toString(Qt::ISODate))
                       : i.nextFollowUp < today
                           ? tr("⚠ %1 overdue").arg(i.nextFollowUp.toString(Qt::ISODate))
                           : i.nextFollowUp.toString(Qt::ISODate);
        }
        CustomerUi::appendRow(
            m_table,
            {CustomerUi::localTime(i.at), label("channel", i.channel), label("purpose", i.purpose),
             (i.outcome == QLatin1String("resolved") ? QStringLiteral("✔ ") : QString()) +
                 label("outcome", i.outcome),
             i.summary.simplified(),
             (i.suitability.isEmpty() ? QString() : QStringLiteral("⚠ ")) +
                 i.products.join(QStringLiteral(", ")),
             followUp, i.userName});
        const int row = m_table->rowCount() - 1;
        if (i.outcome == QLatin1String("pending") || i.outcome == QLatin1String("referred"))
            m_table->item(row, Outcome)->setForeground(CustomerUi::warningColour());
        if (i.followUpTaskId && i.followUpStatus != QLatin1String("done") && i.nextFollowUp < today)
            m_table->item(row, FollowUp)->setForeground(CustomerUi::breachedColour());
        if (i.matterId != i.id)
            m_table->item(row, Purpose)
                ->setToolTip(tr("Continues the matter begun by interaction %1.").arg(i.matterId));
        if (!i.suitability.isEmpty()) // advice above the customer's level: amber, with the words
            m_table->item(row, Products)->setForeground(CustomerUi::warningColour());
    }
    CustomerUi::fitColumns(m_table);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(Summary, QHeaderView::Stretch);
    m_stack->setCurrentIndex(m_rows.isEmpty() ? 1 : 0);
    if (!m_rows.isEmpty())
        m_table->selectRow(0);
    m_detail->setVisible(!m_rows.isEmpty());
    showDetail();
}

void InteractionTimeline::showDetail()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_rows.size()) {
        m_detail->clear();
        return;
    }
    const Interaction& i = m_rows.at(row);
    QStringList head = {CustomerUi::localTime(i.at), label("channel", i.channel),
                        label("purpose", i.purpose), label("outcome", i.outcome), i.userName};
    if (!i.products.isEmpty())
        head << tr("products %1").arg(i.products.join(QStringLiteral(", ")));
    if (i.suitabilityHandling == QLatin1String("insisted"))
        head << tr("⚠ above the customer's risk level: they insisted after a special risk "
                   "warning, which they confirmed");
    else if (i.suitabilityHandling == QLatin1String("declined"))
        head << tr("⚠ did not suit the customer: declined");
    if (i.matterId != i.id)
        head << tr("continues interaction %1").arg(i.matterId);
    m_detail->setText(head.join(QStringLiteral(" · ")) + QStringLiteral("\n") + i.summary);
}

void InteractionTimeline::logInteraction()
{
    if (m_log->isHidden())
        return;
    auto* dialog = new InteractionDialog(m_vault, m_customerId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &InteractionDialog::recorded, this, [this] {
        reload();
        emit recorded();
    });
    dialog->open();
}

} // namespace rmdesk
