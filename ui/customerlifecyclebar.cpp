#include "customerlifecyclebar.h"

#include "customermergedialog.h"
#include "customerui.h"
#include "dialogs.h"
#include "passwordpair.h"
#include "security/permissions.h"
#include "security/vault.h"
#include "stagedialog.h"
#include "stores/customermerge.h"
#include "stores/customerretention.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rmdesk {

namespace {

constexpr int MinimumReasonLength = 4;

} // namespace

CustomerLifecycleBar::CustomerLifecycleBar(Vault& vault, QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_banner(new QFrame)
    , m_bannerText(new QLabel)
    , m_compare(new QPushButton(tr("Compare and mer&ge…")))
    , m_status(new QLabel)
    , m_hold(new QLabel)
    , m_stage(new QPushButton(tr("Change s&tage…")))
    , m_end(new QPushButton(tr("En&d relationship…")))
    , m_reopen(new QPushButton(tr("Reopen re&lationship…")))
    , m_holdButton(new QPushButton)
{
    setObjectName(QStringLiteral("customerLifecycle"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_banner->setObjectName(QStringLiteral("duplicateBanner"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setAutoFillBackground(true);
    QPalette amber = m_banner->palette();
    amber.setColor(QPalette::Window, QColor(0xff, 0xf1, 0xc9));
    m_banner->setPalette(amber);
    auto* bannerLayout = new QHBoxLayout(m_banner);
    m_bannerText->setObjectName(QStringLiteral("duplicateText"));
    m_bannerText->setWordWrap(true);
    m_compare->setObjectName(QStringLiteral("compareButton"));
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_compare);
    layout->addWidget(m_banner);

    auto* row = new QHBoxLayout;
    m_status->setObjectName(QStringLiteral("relationshipStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hold->setObjectName(QStringLiteral("amlHoldState"));
    m_stage->setObjectName(QStringLiteral("changeStageButton"));
    m_stage->setToolTip(tr("Set the lifecycle stage by hand, with a reason, and see every change "
                           "of stage."));
    m_end->setObjectName(QStringLiteral("endRelationshipButton"));
    m_end->setToolTip(tr("Record that the relationship has ended. The customer stays on file; the "
                         "records are kept for the retention period after the end date."));
    m_reopen->setObjectName(QStringLiteral("reopenButton"));
    m_holdButton->setObjectName(QStringLiteral("amlHoldButton"));
    row->addWidget(m_status);
    row->addSpacing(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 2);
    row->addWidget(m_hold);
    row->addStretch(1);
    row->addWidget(m_stage);
    row->addWidget(m_end);
    row->addWidget(m_reopen);
    row->addWidget(m_holdButton);
    layout->addLayout(row);
    connect(m_compare, &QPushButton::clicked, this, &CustomerLifecycleBar::compare);
    connect(m_stage, &QPushButton::clicked, this, &CustomerLifecycleBar::changeStage);
    connect(m_end, &QPushButton::clicked, this, &CustomerLifecycleBar::endRelationship);
    connect(m_reopen, &QPushButton::clicked, this, &CustomerLifecycleBar::reopen);
    connect(m_holdButton, &QPushButton::clicked, this, &CustomerLifecycleBar::toggleAmlHold);
}

void CustomerLifecycleBar::setCustomer(const CustomerView& view)
{
    m_view = view;
    const Session& session = m_vault.session();
    const Target target{view.branch, view.rmUserId};
    QSqlDatabase db = m_vault.database().connection();
    StoreError error;
    const auto state = CustomerRetention(db).state(session, view.id, &error);
    m_ended = state && state->status == QLatin1String("ended");
    m_held = state && state->amlHold;
    if (m_ended) {
        QString text = tr("⏹ Relationship ended on %1: %2")
                           .arg(state->endedOn.toString(Qt::ISODate), state->endReason);
        if (state->purgeableFrom.isValid())
            text += QLatin1Char(' ') +
                    tr("(records kept until %1)").arg(state->purgeableFrom.toString(Qt::ISODate));
        m_status->setText(text);
        CustomerUi::setTextColour(m_status, CustomerUi::warningColour());
    } else {
        m_status->setText(tr("Relationship: active"));
        CustomerUi::setTextColour(m_status, QColor());
    }
    m_hold->setText(m_held ? tr("⚑ AML hold: %1").arg(state->amlHoldReason) : QString());
    CustomerUi::setTextColour(m_hold, CustomerUi::breachedColour());
    m_hold->setVisible(m_held);

    CustomerMerge merge(db);
    m_duplicates.clear();
    QStringList matches;
    for (const DuplicatePair& p : merge.duplicatesOf(session, view.id, &error)) {
        const qint64 other = p.a == view.id ? p.b : p.a;
        m_duplicates << other;
        matches << (p.match == QLatin1String("mobile")
                        ? tr("customer %1 (same name and mobile)").arg(other)
                        : tr("customer %1 (same name and birth date)").arg(other));
    }
    m_pendingRequest = 0;
    QString pendingText;
    for (const MergeRequest& r : merge.requests(session, true, &error)) {
        if (r.keepId != view.id && r.absorbId != view.id)
            continue;
        m_pendingRequest = r.id;
        pendingText = tr("A merge of customer %1 into customer %2 was requested by %3 and waits "
                         "for a supervisor's decision.")
                          .arg(r.absorbId)
                          .arg(r.keepId)
                          .arg(r.requestedBy);
    }
    if (m_pendingRequest) {
        m_bannerText->setText(pendingText);
        m_compare->setText(tr("Open merge re&quest…"));
    } else {
        m_bannerText->setText(
            tr("⚠ Possible duplicate of %1.").arg(matches.join(QStringLiteral(", "))));
        m_compare->setText(tr("Compare and mer&ge…"));
    }
    m_banner->setVisible(m_pendingRequest || !m_duplicates.isEmpty());

    m_stage->setVisible(Permissions::allows(session, Action::CustomerUpdate, target));
    m_end->setVisible(!m_ended && Permissions::allows(session, Action::CustomerUpdate, target));
    m_reopen->setVisible(m_ended && Permissions::allows(session, Action::CustomerReopen, target));
    m_holdButton->setVisible(Permissions::allows(session, Action::CustomerAmlHold, target));
    m_holdButton->setText(m_held ? tr("Release A&ML hold…") : tr("A&ML hold…"));
    m_holdButton->setToolTip(m_held ? tr("The anti-money-laundering investigation has ended: the "
                                         "records may again be purged after retention.")
                                    : tr("Keep this customer's records past retention while an "
                                         "anti-money-laundering investigation is open."));
}

void CustomerLifecycleBar::compare()
{
    CustomerMergeDialog* dialog = nullptr;
    StoreError error;
    if (m_pendingRequest) {
        const auto request = CustomerMerge(m_vault.database().connection())
                                 .find(m_vault.session(), m_pendingRequest, &error);
        if (request)
            dialog = new CustomerMergeDialog(m_vault, *request, this);
    } else if (!m_duplicates.isEmpty()) {
        dialog = new CustomerMergeDialog(m_vault, m_view.id, m_duplicates.first(), this);
    }
    if (!dialog)
        return;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!dialog->load(&error)) {
        Dialogs::warn(this, tr("Compare and merge"), error.message);
        dialog->deleteLater();
        return;
    }
    connect(dialog, &CustomerMergeDialog::decided, this, &CustomerLifecycleBar::changed);
    dialog->open();
}

void CustomerLifecycleBar::changeStage()
{
    auto* dialog = new StageDialog(m_vault, m_view.id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    StoreError error;
    if (!dialog->load(&error)) {
        Dialogs::warn(this, tr("Lifecycle stage"), error.message);
        dialog->deleteLater();
        return;
    }
    connect(dialog, &QDialog::accepted, this, &CustomerLifecycleBar::changed);
    dialog->open();
}

void CustomerLifecycleBar::endRelationship()
{
    auto* dialog = new EndRelationshipDialog(m_vault, m_view.id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &CustomerLifecycleBar::changed);
    dialog->open();
}

void CustomerLifecycleBar::reopen()
{
    const QString reason =
        Dialogs::askText(this, tr("Reopen relationship"),
                         tr("Why is the relationship with customer %1 active again? The end stays "
                            "in the history.")
                             .arg(m_view.id),
                         MinimumReasonLength, tr("e.g. the customer opened a new account"));
    if (reason.isEmpty())
        return;
    StoreError error;
    if (!CustomerRetention(m_vault.database().connection())
             .reopen(m_vault.session(), m_view.id, reason, &error)) {
        Dialogs::warn(this, tr("Reopen relationship"), error.message);
        return;
    }
    emit changed();
}

void CustomerLifecycleBar::toggleAmlHold()
{
    const bool hold = !m_held;
    const QString title = hold ? tr("AML hold") : tr("Release AML hold");
    const QString reason = Dialogs::askText(
        this, title,
        hold ? tr("Which investigation keeps customer %1's records? They will not be purged until "
                  "the hold is released.")
                   .arg(m_view.id)
             : tr("Why does the hold on customer %1 end?").arg(m_view.id),
        MinimumReasonLength, tr("e.g. case reference"));
    if (reason.isEmpty())
        return;
    StoreError error;
    if (!CustomerRetention(m_vault.database().connection())
             .setAmlHold(m_vault.session(), m_view.id, hold, reason, &error)) {
        Dialogs::warn(this, title, error.message);
        return;
    }
    emit changed();
}

EndRelationshipDialog::EndRelationshipDialog(Vault& vault, qint64 customerId, QWidget* parent)
    : QDialog(parent)
    , m_vault(vault)
    , m_customerId(customerId)
    , m_on(new QDateEdit(QDate::currentDate()))
    , m_reason(new QLineEdit)
    , m_problem(makeProblemLabel(QStringLiteral("endProblem")))
{
    setObjectName(QStringLiteral("endRelationshipDialog"));
    setWindowTitle(tr("End relationship"));
    m_on->setObjectName(QStringLiteral("endedOn"));
    m_on->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_on->setCalendarPopup(true);
    m_on->setMaximumDate(QDate::currentDate());
    m_reason->setObjectName(QStringLiteral("endReason"));
    m_reason->setPlaceholderText(tr("e.g. all accounts closed at the customer's request"));
    const int years = CustomerRetention(vault.database().connection()).retentionYears();
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Customer %1 stays on file. Nothing is deleted: the records are "
                                "kept for %n year(s) after the end date, then a supervisor and a "
                                "compliance officer may purge them.",
                                nullptr, years)
                                 .arg(customerId));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    form->addRow(tr("Ended &on:"), m_on);
    form->addRow(tr("&Why: *"), m_reason);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setText(tr("End relationship"));
    m_ok->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addStretch(1);
    layout->addWidget(buttons);
    connect(m_reason, &QLineEdit::textChanged, this, &EndRelationshipDialog::validate);
    validate();
    resize(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 40, sizeHint().height());
}

void EndRelationshipDialog::validate()
{
    const bool ok = m_reason->text().trimmed().size() >= MinimumReasonLength;
    m_ok->setEnabled(ok);
    m_ok->setToolTip(ok ? QString()
                        : tr("Say why the relationship ends (at least %1 characters).")
                              .arg(MinimumReasonLength));
}

void EndRelationshipDialog::accept()
{
    StoreError error;
    if (!CustomerRetention(m_vault.database().connection())
             .endRelationship(m_vault.session(), m_customerId, m_on->date(), m_reason->text(),
                              &error)) {
        showProblem(m_problem, error.message);
        return;
    }
    QDialog::accept();
}

} // namespace rmdesk
