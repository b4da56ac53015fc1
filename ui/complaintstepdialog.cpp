// The step dialogs of a complaint (ComplaintStepDialog in complaintdialogs.h): one class that shows
// only the rows a step needs and hands them to the store.
#include "complaintdialogs.h"

#include "complaintui.h"
#include "formdraft.h"
#include "passwordpair.h"
#include "security/vault.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rmdesk {

namespace {

using Step = ComplaintStep;

QDateEdit* dateEdit(const QString& objectName, const QDate& value)
{
    auto* edit = new QDateEdit(value);
    edit->setObjectName(objectName);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setCalendarPopup(true);
    return edit;
}

QString titleFor(Step step)
{
    switch (step) {
    case Step::Extend:
        return ComplaintStepDialog::tr("Extend the deadline");
    case Step::Pause:
        return ComplaintStepDialog::tr("Pause the clock");
    case Step::Resume:
        return ComplaintStepDialog::tr("Resume the clock");
    case Step::NewFacts:
        return ComplaintStepDialog::tr("New facts");
    case Step::Decide:
        return ComplaintStepDialog::tr("Record the decision");
    case Step::Notify:
        return ComplaintStepDialog::tr("Notice to the complainant");
    case Step::Respond:
        return ComplaintStepDialog::tr("Complainant's response");
    case Step::Dispute:
        return ComplaintStepDialog::tr("Dispute");
    case Step::Withdraw:
        return ComplaintStepDialog::tr("Withdrawal");
    case Step::Merge:
        return ComplaintStepDialog::tr("Merge a repeat complaint");
    case Step::Reopen:
        return ComplaintStepDialog::tr("Reopen the complaint");
    case Step::RootCause:
        return ComplaintStepDialog::tr("Root cause");
    case Step::AddAction:
        return ComplaintStepDialog::tr("Improvement action");
    default:
        return ComplaintFlow::stepLabel(step);
    }
}

} // namespace

ComplaintStepDialog::ComplaintStepDialog(Vault& vault, const Complaint& complaint,
                                         ComplaintStep step, QWidget* parent)
    : QDialog(parent)
    , m_vault(vault)
    , m_store(vault.database().connection())
    , m_complaint(complaint)
    , m_step(step)
    , m_problem(makeProblemLabel(QStringLiteral("stepProblem")))
{
    setObjectName(QStringLiteral("complaintStepDialog"));
    setWindowTitle(tr("%1 — complaint %2").arg(titleFor(step)).arg(complaint.id));
    const QDate today = m_store.today();
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    auto addText = [&](const QString& label, const QString& placeholder, int minimum) {
        m_text = new QLineEdit;
        m_text->setObjectName(QStringLiteral("stepText"));
        m_text->setPlaceholderText(placeholder);
        m_minimumText = minimum;
        form->addRow(label, m_text);
    };
    auto addDate = [&](const QString& label, const QDate& value) {
        m_date = dateEdit(QStringLiteral("stepDate"), value);
        m_date->setMaximumDate(today);
        m_date->setMinimumDate(complaint.receivedOn);
        form->addRow(label, m_date);
    };
    auto addChoice = [&](const QString& label) {
        m_choice = new QComboBox;
        m_choice->setObjectName(QStringLiteral("stepChoice"));
        form->addRow(label, m_choice);
    };
    auto addNotice = [&](bool optional) {
        if (optional) {
            m_noticeGiven = new QCheckBox(tr("The complainant was &told"));
            m_noticeGiven->setObjectName(QStringLiteral("stepNoticeGiven"));
            form->addRow(QString(), m_noticeGiven);
        }
        m_noticeDate = dateEdit(QStringLiteral("stepNoticeDate"), today);
        m_noticeDate->setMaximumDate(today);
        m_noticeDate->setMinimumDate(complaint.receivedOn);
        m_noticeChannel = new QComboBox;
        m_noticeChannel->setObjectName(QStringLiteral("stepNoticeChannel"));
        for (const ComplaintChoice& c : m_store.choices(QStringLiteral("channel")))
            m_noticeChannel->addItem(c.label, c.key);
        m_noticeChannel->setCurrentIndex(m_noticeChannel->findData(complaint.channel));
        form->addRow(tr("Told on:"), m_noticeDate);
        form->addRow(tr("Told &by:"), m_noticeChannel);
    };
    const Session& session = vault.session();
    switch (step) {
    case Step::Extend: {
        addChoice(tr("New &deadline:"));
        // The longest extension only where the role approves it (a supervisor).
        const bool approves =
            Permissions::allows(session, Action::ComplaintExtend60, complaint.target());
        for (const int days : {complaint.rules.extendedDays, complaint.rules.approvedExtendedDays})
            if (days > complaint.clock.periodDays &&
                (days < complaint.rules.approvedExtendedDays || approves))
                m_choice->addItem(tr("%n day(s) from the start of the clock", nullptr, days), days);
        m_choice->setToolTip(tr("%1 days need a reason; %2 days a supervisor's approval and a "
                                "notice to the complainant.")
                                 .arg(complaint.rules.extendedDays)
                                 .arg(complaint.rules.approvedExtendedDays));
        addText(tr("&Reason: *"), tr("Why the complaint needs more time"), 4);
        addDate(tr("&Granted on:"), today);
        addNotice(true);
        break;
    }
    case Step::Pause:
        addDate(tr("Paused &from:"), today);
        addText(tr("&What is appraised: *"), tr("What is appraised or tested, and by whom"), 4);
        addNotice(false);
        break;
    case Step::Resume:
        addDate(tr("Clock runs again &on:"), today);
        m_date->setMinimumDate(complaint.clock.pausedSince);
        break;
    case Step::NewFacts:
        addDate(tr("&Received on:"), today);
        addText(tr("&New facts: *"), tr("What the complainant brought forward"), 4);
        break;
    case Step::Decide:
        addText(tr("&Decision: *"), tr("What was decided, and what the bank will do"), 4);
        addDate(tr("Decided &on:"), today);
        addNotice(false);
        break;
    case Step::Notify:
        addChoice(tr("&About:"));
        for (const char* about : {"decision", "extension", "pause", "other"})
            m_choice->addItem(ComplaintUi::noticeAboutLabel(QLatin1String(about)),
                              QLatin1String(about));
        addNotice(false);
        break;
    case Step::Respond:
        addChoice(tr("The complainant:"));
        m_choice->addItem(ComplaintFlow::responseLabel(QStringLiteral("accepted")), true);
        m_choice->addItem(ComplaintFlow::responseLabel(QStringLiteral("disputed")), false);
        addDate(tr("&On:"), today);
        break;
    case Step::Dispute:
        if (complaint.disputeReferral.isEmpty()) {
            addChoice(tr("&Referred to:"));
            for (const QString& r : ComplaintFlow::referrals())
                m_choice->addItem(ComplaintFlow::referralLabel(r), r);
            addText(tr("&Body: *"), tr("Mediation centre, arbitration commission or court"), 2);
        } else {
            addText(tr("&Outcome: *"), tr("What the mediation or arbitration decided"), 4);
        }
        addDate(tr("&On:"), today);
        break;
    case Step::Withdraw:
        addDate(tr("Withdrawn &on:"), today);
        addText(tr("&How: *"), tr("e.g. the complainant phoned to withdraw"), 4);
        break;
    case Step::Merge: {
        addChoice(tr("&Into:"));
        ComplaintFilter filter;
        filter.openOnly = false;
        filter.customerId = complaint.customerId;
        int total = 0;
        StoreError error;
        if (complaint.customerId)
            for (const Complaint& c : m_store.list(session, filter, &total, &error))
                if (c.id != complaint.id && c.status != ComplaintStatus::Merged &&
                    c.receivedOn <= complaint.receivedOn)
                    m_choice->addItem(tr("No. %1, received %2: %3")
                                          .arg(c.id)
                                          .arg(c.receivedAt, c.summary.left(30)),
                                      c.id);
        addText(tr("&Why a repeat: *"), tr("Same facts as the earlier complaint"), 4);
        break;
    }
    case Step::Reopen:
        addDate(tr("Reopened &on:"), today);
        addText(tr("&Reason: *"), tr("Why the complaint is handled again"), 4);
        break;
    case Step::RootCause:
        addChoice(tr("Root &cause:"));
        for (const ComplaintChoice& c : m_store.choices(QStringLiteral("cause")))
            m_choice->addItem(c.label, c.key);
        if (!complaint.rootCause.isEmpty())
            m_choice->setCurrentIndex(m_choice->findData(complaint.rootCause));
        addText(tr("&Note:"), tr("What exactly went wrong"), 0);
        break;
    case Step::AddAction:
        addText(tr("&Action: *"), tr("What will be changed to prevent it"), 4);
        m_owner = new QLineEdit(session.userName);
        m_owner->setObjectName(QStringLiteral("stepOwner"));
        form->addRow(tr("O&wner (user name): *"), m_owner);
        m_date = dateEdit(QStringLiteral("stepDate"), today.addDays(30));
        m_date->setMinimumDate(today);
        form->addRow(tr("D&ue on:"), m_date);
        break;
    default:
        break;
    }
    layout->addLayout(form);
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addStretch(1);
    layout->addWidget(buttons);
    if (m_text)
        connect(m_text, &QLineEdit::textChanged, this, &ComplaintStepDialog::validate);
    if (m_owner)
        connect(m_owner, &QLineEdit::textChanged, this, &ComplaintStepDialog::validate);
    if (m_choice)
        connect(m_choice, &QComboBox::currentIndexChanged, this, &ComplaintStepDialog::validate);
    if (m_noticeGiven)
        connect(m_noticeGiven, &QCheckBox::toggled, this, &ComplaintStepDialog::validate);
    validate();
    FormDraft::Hooks hooks;
    hooks.customer = [this] { return m_complaint.customerId; };
    hooks.problem = [this](const QString& why) { showProblem(m_problem, why); };
    new FormDraft(vault, this,
                  {QStringLiteral("complaint-step:") + ComplaintFlow::stepName(step), complaint.id},
                  std::move(hooks));
    resize(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 44, sizeHint().height());
}

bool ComplaintStepDialog::needsNotice() const
{
    if (!m_noticeDate)
        return false;
    if (!m_noticeGiven)
        return true;
    return m_choice && m_choice->currentData().toInt() == m_complaint.rules.approvedExtendedDays;
}

void ComplaintStepDialog::validate()
{
    // The longest extension always records the notice; a shorter one may.
    if (m_noticeGiven) {
        const bool forced = needsNotice();
        if (forced)
            m_noticeGiven->setChecked(true);
        m_noticeGiven->setEnabled(!forced);
        m_noticeDate->setEnabled(m_noticeGiven->isChecked());
        m_noticeChannel->setEnabled(m_noticeGiven->isChecked());
    }
    QString reason;
    if (m_choice && m_choice->count() == 0)
        reason = m_step == Step::Merge ? tr("There is no earlier complaint from this complainant.")
                                       : tr("There is nothing to choose.");
    else if (m_text && m_text->text().trimmed().size() < m_minimumText)
        reason =
            tr("Fill in the fields marked * (at least %n character(s)).", nullptr, m_minimumText);
    else if (m_owner && m_owner->text().trimmed().isEmpty())
        reason = tr("Name the user who owns the action.");
    m_ok->setEnabled(reason.isEmpty());
    m_ok->setToolTip(reason);
}

void ComplaintStepDialog::accept()
{
    const Session& s = m_vault.session();
    const qint64 id = m_complaint.id;
    const QString text = m_text ? m_text->text() : QString();
    const QDate date = m_date ? m_date->date() : QDate();
    const QVariant choice = m_choice ? m_choice->currentData() : QVariant();
    ComplaintNotice notice;
    if (m_noticeDate && (!m_noticeGiven || m_noticeGiven->isChecked()))
        notice = {m_noticeDate->date(), m_noticeChannel->currentData().toString()};
    StoreError e;
    bool ok = false;
    switch (m_step) {
    case Step::Extend:
        ok = m_store.extend(s, id, choice.toInt(), text, notice, &e, date);
        break;
    case Step::Pause:
        ok = m_store.pause(s, id, date, text, notice, &e);
        break;
    case Step::Resume:
        ok = m_store.resume(s, id, date, &e);
        break;
    case Step::NewFacts:
        ok = m_store.newFacts(s, id, date, text, &e);
        break;
    case Step::Decide:
        ok = m_store.decide(s, id, text, date, notice, &e);
        break;
    case Step::Notify:
        ok = m_store.notify(s, id, choice.toString(), notice, &e);
        break;
    case Step::Respond:
        ok = m_store.respond(s, id, choice.toBool(), date, &e);
        break;
    case Step::Dispute:
        ok = m_complaint.disputeReferral.isEmpty()
                 ? m_store.referDispute(s, id, choice.toString(), text, date, &e)
                 : m_store.recordDisputeOutcome(s, id, text, date, &e);
        break;
    case Step::Withdraw:
        ok = m_store.withdraw(s, id, date, text, &e);
        break;
    case Step::Merge:
        ok = m_store.merge(s, id, choice.toLongLong(), text, &e);
        break;
    case Step::Reopen:
        ok = m_store.reopen(s, id, date, text, &e);
        break;
    case Step::RootCause:
        ok = m_store.setRootCause(s, id, choice.toString(), text, &e);
        break;
    case Step::AddAction:
        ok = m_store.addAction(s, id, text, m_owner->text(), date, nullptr, &e);
        break;
    default:
        break;
    }
    if (!ok) {
        showProblem(m_problem, e.message);
        return;
    }
    emit done(id);
    QDialog::accept();
}

} // namespace rmdesk
