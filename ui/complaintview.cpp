#include "complaintview.h"

#include "complaintdialogs.h"
#include "complaintui.h"
#include "customerui.h"
#include "dialogs.h"
#include "security/masking.h"
#include "security/permissions.h"
#include "security/vault.h"
#include "stores/interactionstore.h"
#include "surveydialog.h"

#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace rmdesk {

namespace {

using Step = ComplaintStep;

// The steps of the first button row (handling and the clock); the rest go in the second.
const QList<Step> handlingSteps = {Step::Accept, Step::Investigate, Step::Decide,
                                   Step::Close,  Step::Extend,      Step::Pause,
                                   Step::Resume, Step::NewFacts,    Step::Reopen};
const QList<Step> recordSteps = {Step::Notify,    Step::Respond, Step::Dispute, Step::RootCause,
                                 Step::AddAction, Step::Merge,   Step::Withdraw};

QLabel* wrapped(const QString& text, const QString& objectName = QString())
{
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::PlainText);
    if (!objectName.isEmpty())
        label->setObjectName(objectName);
    return label;
}

QString day(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

ComplaintView::ComplaintView(Vault& vault, qint64 complaintId, QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_id(complaintId)
{
    setObjectName(QStringLiteral("complaintView"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildHeader());
    layout->addWidget(buildBody(), 1);
}

QString ComplaintView::objectNameFor(Step step)
{
    static const QHash<int, const char*> names = {
        {int(Step::Accept), "stepAccept"},       {int(Step::Investigate), "stepInvestigate"},
        {int(Step::Extend), "stepExtend"},       {int(Step::Pause), "stepPause"},
        {int(Step::Resume), "stepResume"},       {int(Step::NewFacts), "stepNewFacts"},
        {int(Step::Decide), "stepDecide"},       {int(Step::Notify), "stepNotify"},
        {int(Step::Respond), "stepRespond"},     {int(Step::Dispute), "stepDispute"},
        {int(Step::Close), "stepClose"},         {int(Step::Withdraw), "stepWithdraw"},
        {int(Step::Merge), "stepMerge"},         {int(Step::Reopen), "stepReopen"},
        {int(Step::RootCause), "stepRootCause"}, {int(Step::AddAction), "stepAddAction"}};
    return QLatin1String(names.value(int(step)));
}

QString ComplaintView::buttonText(Step step)
{
    switch (step) {
    case Step::Accept:
        return tr("&Accept");
    case Step::Investigate:
        return tr("&Investigate");
    case Step::Extend:
        return tr("E&xtend…");
    case Step::Pause:
        return tr("&Pause clock…");
    case Step::Resume:
        return tr("&Resume clock…");
    case Step::NewFacts:
        return tr("&New facts…");
    case Step::Decide:
        return tr("&Decide…");
    case Step::Notify:
        return tr("No&tice…");
    case Step::Respond:
        return tr("Re&sponse…");
    case Step::Dispute:
        return tr("Disp&ute…");
    case Step::Close:
        return tr("&Close");
    case Step::Withdraw:
        return tr("&Withdrawn…");
    case Step::Merge:
        return tr("&Merge repeat…");
    case Step::Reopen:
        return tr("Re&open…");
    case Step::RootCause:
        return tr("Root cause…");
    case Step::AddAction:
        return tr("Improvement action…");
    }
    return QString();
}

QWidget* ComplaintView::buildHeader()
{
    auto* header = new QFrame;
    header->setObjectName(QStringLiteral("complaintHeader"));
    header->setFrameShape(QFrame::StyledPanel);
    header->setAutoFillBackground(true);
    header->setBackgroundRole(QPalette::AlternateBase);
    auto* layout = new QVBoxLayout(header);
    auto* top = new QHBoxLayout;
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("complaintTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("complaintStatus"));
    m_status->setFrameShape(QFrame::Box);
    m_status->setMargin(fontMetrics().height() / 6);
    m_openCustomer = new QPushButton(tr("Open &customer"));
    m_openCustomer->setObjectName(QStringLiteral("openCustomerButton"));
    m_openCustomer->setToolTip(tr("Show the customer's 360 view"));
    m_reveal = new QToolButton;
    m_reveal->setObjectName(QStringLiteral("revealButton"));
    m_reveal->setText(tr("S&how contact…"));
    m_reveal->setToolTip(tr("Show the complainant's name and contact in the clear. You will be "
                            "asked why; the reason is kept in the audit trail."));
    top->addWidget(m_title);
    top->addSpacing(fontMetrics().horizontalAdvance(QLatin1Char('M')));
    top->addWidget(m_status);
    top->addStretch(1);
    top->addWidget(m_reveal);
    top->addWidget(m_openCustomer);
    layout->addLayout(top);

    auto* deadline = new QHBoxLayout;
    m_deadlineIcon = new QLabel;
    m_deadlineIcon->setObjectName(QStringLiteral("complaintDeadlineIcon"));
    m_deadline = new QLabel;
    m_deadline->setObjectName(QStringLiteral("complaintDeadline"));
    QFont bold = m_deadline->font();
    bold.setBold(true);
    m_deadline->setFont(bold);
    deadline->addWidget(m_deadlineIcon);
    deadline->addWidget(m_deadline, 1);
    layout->addLayout(deadline);
    m_facts = wrapped(QString(), QStringLiteral("complaintFacts"));
    layout->addWidget(m_facts);

    for (const QList<Step>& row : {handlingSteps, recordSteps}) {
        auto* buttons = new QHBoxLayout;
        for (const Step step : row) {
            auto* button = new QPushButton(buttonText(step));
            button->setObjectName(objectNameFor(step));
            button->setToolTip(ComplaintFlow::stepLabel(step));
            connect(button, &QPushButton::clicked, this, [this, step] { takeStep(step); });
            m_steps.insert(int(step), button);
            buttons->addWidget(button);
        }
        buttons->addStretch(1);
        layout->addLayout(buttons);
    }
    connect(m_openCustomer, &QPushButton::clicked, this,
            [this] { emit customerChosen(m_complaint.customerId); });
    connect(m_reveal, &QToolButton::clicked, this, &ComplaintView::reveal);
    return header;
}

QWidget* ComplaintView::buildBody()
{
    auto* split = new QSplitter(Qt::Horizontal);
    auto* detailsBox = new QWidget;
    detailsBox->setObjectName(QStringLiteral("complaintDetails"));
    m_details = new QFormLayout(detailsBox);
    m_details->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(detailsBox);
    scroll->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 28);
    split->addWidget(scroll);

    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto* timelineTitle = new QLabel(tr("Timeline"));
    QFont bold = timelineTitle->font();
    bold.setBold(true);
    timelineTitle->setFont(bold);
    m_timeline =
        CustomerUi::makeTable(QStringLiteral("complaintTimeline"),
                              {tr("Date"), tr("Event"), tr("Details"), tr("By"), tr("Recorded")});
    m_timeline->horizontalHeader()->setStretchLastSection(false);
    m_timeline->setWordWrap(false);
    rightLayout->addWidget(timelineTitle);
    rightLayout->addWidget(m_timeline, 3);

    auto* actionsBar = new QHBoxLayout;
    auto* actionsTitle = new QLabel(tr("Improvement actions"));
    actionsTitle->setFont(bold);
    m_actionDone = new QPushButton(tr("Mark &done…"));
    m_actionDone->setObjectName(QStringLiteral("actionDoneButton"));
    actionsBar->addWidget(actionsTitle);
    actionsBar->addStretch(1);
    actionsBar->addWidget(m_actionDone);
    m_actions =
        CustomerUi::makeTable(QStringLiteral("complaintActions"),
                              {tr("No."), tr("Action"), tr("Owner"), tr("Due"), tr("Status")});
    m_actionsStack = new QStackedWidget;
    m_actionsStack->addWidget(m_actions);
    m_actionsStack->addWidget(CustomerUi::makeEmptyLabel(
        QStringLiteral("complaintActionsEmpty"),
        tr("No improvement actions yet. Record the root cause, then add what will be changed so "
           "that it does not happen again.")));
    rightLayout->addLayout(actionsBar);
    rightLayout->addWidget(m_actionsStack, 1);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 5);
    connect(m_actionDone, &QPushButton::clicked, this, &ComplaintView::markActionDone);
    connect(m_actions, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_actions->currentRow();
        m_actionDone->setEnabled(row >= 0 && row < m_complaint.actions.size() &&
                                 m_complaint.actions.at(row).status == QLatin1String("open"));
    });
    return split;
}

bool ComplaintView::load(StoreError* error)
{
    const auto c = store().show(m_vault.session(), m_id, error);
    if (!c)
        return false;
    display(*c);
    return true;
}

ComplaintStore ComplaintView::store() const
{
    return ComplaintStore(m_vault.database().connection());
}

QString ComplaintView::title() const
{
    return ComplaintUi::title(m_complaint);
}

void ComplaintView::display(const Complaint& c)
{
    const ComplaintStore current = store();
    const bool revealed = m_complaint.revealed && m_complaint.id == c.id && !c.customerId;
    const QString name = revealed ? m_complaint.complainantName : QString();
    const QString contact = revealed ? m_complaint.complainantContact : QString();
    m_complaint = c;
    if (revealed) {
        m_complaint.complainantName = name;
        m_complaint.complainantContact = contact;
        m_complaint.revealed = true;
    }
    m_title->setText(tr("Complaint %1").arg(ComplaintUi::title(m_complaint)));
    m_status->setText(ComplaintFlow::statusLabel(c.status));
    const QColor colour = ComplaintUi::deadlineColour(c);
    const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_deadlineIcon->setPixmap(ComplaintUi::deadlineIcon(c).pixmap(icon, icon));
    QString deadline = ComplaintUi::deadlineText(c);
    if (c.clock.urgency != ClockState::Done)
        deadline = tr("%1 · due %2").arg(deadline, day(c.clock.due));
    deadline += tr(" · %n day(s) from %1", nullptr, c.clock.periodDays).arg(day(c.clock.start));
    if (c.clock.pausedDays)
        deadline += tr(" · %n day(s) paused", nullptr, c.clock.pausedDays);
    m_deadline->setText(deadline);
    CustomerUi::setTextColour(m_deadline, colour);
    QStringList facts{current.choiceLabel(QStringLiteral("channel"), c.channel),
                      current.choiceLabel(QStringLiteral("category"), c.category),
                      tr("severity %1").arg(ComplaintFlow::severityLabel(c.severity).toLower())};
    if (c.amountFen)
        facts << tr("%1 yuan involved").arg(CustomerUi::money(c.amountFen));
    facts << tr("received %1").arg(QString(c.receivedAt).replace(QLatin1Char('T'), u' '))
          << tr("taken by %1").arg(c.takenBy);
    if (!c.owner.isEmpty() && c.owner != c.takenBy)
        facts << tr("handled by %1").arg(c.owner);
    m_facts->setText(facts.join(QStringLiteral(" · ")));
    m_openCustomer->setVisible(c.customerId > 0 &&
                               Permissions::allows(m_vault.session(), Action::CustomerRead));
    m_reveal->setVisible(
        !c.customerId && !m_complaint.revealed &&
        Permissions::allows(m_vault.session(), Action::CustomerUnmask, c.target()));
    const QList<Step> allowed = current.allowedSteps(m_vault.session(), c);
    for (auto it = m_steps.cbegin(); it != m_steps.cend(); ++it)
        it.value()->setVisible(allowed.contains(Step(it.key())));
    showDetails(m_complaint, current);

    m_timeline->setRowCount(0);
    for (const ComplaintEvent& e : c.events)
        CustomerUi::appendRow(m_timeline, {day(e.on), ComplaintUi::eventTitle(e, current),
                                           ComplaintUi::eventDetails(e, current), e.userName,
                                           CustomerUi::localTime(e.at)});
    CustomerUi::fitColumns(m_timeline);
    m_timeline->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_actions->setRowCount(0);
    for (const ImprovementAction& a : c.actions) {
        const bool late = a.overdue(current.today());
        CustomerUi::appendRow(m_actions,
                              {QString::number(a.id), a.description, a.owner, day(a.due),
                               a.status == QLatin1String("done")
                                   ? tr("done %1").arg(day(a.doneOn))
                                   : (late ? tr("overdue") : tr("open"))},
                              {0});
        QTableWidgetItem* status = m_actions->item(m_actions->rowCount() - 1, 4);
        if (late) {
            status->setForeground(CustomerUi::breachedColour());
            status->setIcon(style()->standardIcon(QStyle::SP_MessageBoxCritical));
        } else if (a.status == QLatin1String("done")) {
            status->setForeground(ComplaintUi::doneColour());
        }
    }
    CustomerUi::fitColumns(m_actions);
    m_actionsStack->setCurrentIndex(c.actions.isEmpty() ? 1 : 0);
    m_actionDone->setEnabled(false);
    m_actionDone->setVisible(!c.actions.isEmpty());
    emit titleChanged(title());
}

void ComplaintView::showDetails(const Complaint& c, const ComplaintStore& store)
{
    while (m_details->rowCount() > 0)
        m_details->removeRow(0);
    auto row = [this](const QString& label, const QString& text, const char* name = nullptr) {
        if (!text.isEmpty())
            m_details->addRow(label, wrapped(text, name ? QLatin1String(name) : QString()));
    };
    if (c.customerId)
        row(tr("Customer:"), tr("%1 (No. %2)").arg(c.customerName).arg(c.customerId), "detailWho");
    else
        row(tr("Complainant:"),
            tr("%1, %2 (not a customer)").arg(c.complainantName, c.complainantContact),
            "detailWho");
    row(tr("Summary:"), c.summary, "detailSummary");
    if (c.groupSize)
        row(tr("Group:"), tr("%n people; representatives: %1", nullptr, c.groupSize)
                              .arg(c.representatives.join(tr(", "))));
    if (c.decidedOn.isValid())
        row(tr("Decision:"), tr("%1: %2").arg(day(c.decidedOn), c.decision), "detailDecision");
    QStringList notices;
    for (const ComplaintEvent& e : c.events)
        if (e.kind == QLatin1String("notified"))
            notices << tr("%1 by %2: %3")
                           .arg(
                               day(e.on),
                               store.choiceLabel(QStringLiteral("channel"),
                                                 e.details.value(u"channel").toString()),
                               ComplaintUi::noticeAboutLabel(e.details.value(u"about").toString()));
    row(tr("Complainant told:"), notices.join(u'\n'), "detailNotices");
    if (!c.response.isEmpty())
        row(tr("Response:"),
            tr("%1 (%2)").arg(ComplaintFlow::responseLabel(c.response), day(c.responseOn)));
    if (!c.disputeReferral.isEmpty())
        row(tr("Dispute:"),
            c.disputeOutcome.isEmpty()
                ? tr("referred to %1, %2, on %3; no outcome yet")
                      .arg(ComplaintFlow::referralLabel(c.disputeReferral).toLower(), c.disputeBody,
                           day(c.disputeReferredOn))
                : tr("referred to %1, %2, on %3; outcome on %4: %5")
                      .arg(ComplaintFlow::referralLabel(c.disputeReferral).toLower(), c.disputeBody,
                           day(c.disputeReferredOn), day(c.disputeOutcomeOn), c.disputeOutcome));
    if (!c.rootCause.isEmpty())
        row(tr("Root cause:"),
            c.rootCauseNote.isEmpty()
                ? store.choiceLabel(QStringLiteral("cause"), c.rootCause)
                : tr("%1: %2").arg(store.choiceLabel(QStringLiteral("cause"), c.rootCause),
                                   c.rootCauseNote));
    if (c.mergedInto)
        row(tr("Merged into:"), tr("complaint %1 on %2").arg(c.mergedInto).arg(day(c.mergedOn)));
    row(tr("Rules:"), tr("complaint_clock version %1: %2 / %3 / %4 days")
                          .arg(c.rules.version)
                          .arg(c.rules.decisionDays)
                          .arg(c.rules.extendedDays)
                          .arg(c.rules.approvedExtendedDays));
}

void ComplaintView::afterChange()
{
    StoreError error;
    if (!load(&error))
        Dialogs::warn(this, tr("Complaint"), error.message);
    emit changed(m_id);
}

void ComplaintView::takeStep(Step step)
{
    const Session& s = m_vault.session();
    StoreError error;
    if (step == Step::Accept || step == Step::Investigate) {
        if (!(step == Step::Accept ? store().accept(s, m_id, &error)
                                   : store().investigate(s, m_id, &error)))
            Dialogs::warn(this, tr("Complaint %1").arg(m_id), error.message);
        afterChange();
        return;
    }
    if (step == Step::Close) {
        if (!Dialogs::confirm(this, tr("Close complaint"),
                              tr("Close complaint %1? The decision of %2 stands; it can be "
                                 "reopened later if the complainant brings new facts.")
                                  .arg(m_id)
                                  .arg(day(m_complaint.decidedOn)),
                              tr("Close")))
            return;
        if (!store().close(s, m_id, &error)) {
            Dialogs::warn(this, tr("Complaint %1").arg(m_id), error.message);
            afterChange();
            return;
        }
        afterChange();
        offerSurvey();
        return;
    }
    auto* dialog = new ComplaintStepDialog(m_vault, m_complaint, step, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ComplaintStepDialog::done, this, &ComplaintView::afterChange);
    dialog->open();
}

void ComplaintView::offerSurvey()
{
    // Closing the loop: ask the customer how the complaint was handled, while it is fresh.
    const Session& s = m_vault.session();
    if (m_complaint.status != ComplaintStatus::Closed || !m_complaint.customerId ||
        !Permissions::allows(s, Action::SurveyWrite))
        return;
    StoreError error;
    const auto customer = InteractionStore(m_vault.database().connection())
                              .customer(s, m_complaint.customerId, &error);
    if (!customer || !customer->mayRecord)
        return;
    if (!Dialogs::confirm(this, tr("Post-complaint survey"),
                          tr("Complaint %1 is closed. Record the post-complaint survey with the "
                             "customer now?")
                              .arg(m_id),
                          tr("Record survey")))
        return;
    auto* dialog = new SurveyDialog(m_vault, m_complaint.customerId, this,
                                    QStringLiteral("post-complaint"), m_id);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ComplaintView::reveal()
{
    const QString reason = Dialogs::askText(
        this, tr("Show contact"),
        tr("Why do you need to see the complainant's name and contact? The reason is kept in "
           "the audit trail."),
        UnmaskRecorder::MinimumReasonLength, tr("e.g. calling back about the complaint"));
    if (reason.isEmpty())
        return;
    StoreError error;
    const auto c = store().reveal(m_vault.session(), m_id, reason, &error);
    if (!c) {
        Dialogs::warn(this, tr("Show contact"), error.message);
        return;
    }
    m_complaint = *c;
    display(*c);
}

void ComplaintView::markActionDone()
{
    const int row = m_actions->currentRow();
    if (row < 0 || row >= m_complaint.actions.size())
        return;
    const ImprovementAction a = m_complaint.actions.at(row);
    const QString note = Dialogs::askText(this, tr("Improvement action done"),
                                          tr("What was done for “%1”?").arg(a.description), 2,
                                          tr("e.g. new notice printed and in use"));
    if (note.isEmpty())
        return;
    StoreError error;
    if (!store().completeAction(m_vault.session(), a.id, note, &error))
        Dialogs::warn(this, tr("Improvement action done"), error.message);
    afterChange();
}

} // namespace rmdesk
