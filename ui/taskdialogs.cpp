#include "taskdialogs.h"

#include "passwordpair.h"
#include "security/vault.h"
#include "usertablemodel.h"

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

QPushButton* addButtons(QDialog* dialog, QVBoxLayout* layout, const QString& okText)
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("okButton"));
    ok->setText(okText);
    ok->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addStretch(1);
    layout->addWidget(buttons);
    dialog->resize(dialog->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 36,
                   dialog->sizeHint().height());
    return ok;
}

QLabel* intro(const QString& text)
{
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    return label;
}

QString describe(const Task& task)
{
    const QString what = TaskStore::titleOf(task);
    return task.customerName.isEmpty() ? what
                                       : QStringLiteral("%1 — %2").arg(task.customerName, what);
}

} // namespace

SnoozeDialog::SnoozeDialog(Vault& vault, const Task& task, QWidget* parent)
    : QDialog(parent)
    , m_vault(vault)
    , m_task(task)
    , m_until(new QDateEdit)
    , m_reason(new QLineEdit)
    , m_problem(makeProblemLabel(QStringLiteral("snoozeProblem")))
{
    setObjectName(QStringLiteral("snoozeDialog"));
    setWindowTitle(tr("Snooze task"));
    TaskStore store(vault.database().connection());
    const QDate today = store.today();
    const int maxDays = store.standards().maxSnoozeDays;
    const QDate earliest = qMax(today, task.showOn()).addDays(1);
    m_until->setObjectName(QStringLiteral("snoozeUntil"));
    m_until->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_until->setCalendarPopup(true);
    m_until->setDateRange(earliest, qMax(earliest, today.addDays(maxDays)));
    m_until->setDate(earliest);
    m_reason->setObjectName(QStringLiteral("snoozeReason"));
    m_reason->setPlaceholderText(tr("e.g. the customer is travelling until Monday"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro(tr("%1\nDue on %2. It comes back on the day you choose, at most %n "
                               "day(s) ahead; it still counts as due on %2.",
                               nullptr, maxDays)
                                .arg(describe(task), task.dueOn.toString(Qt::ISODate))));
    auto* form = new QFormLayout;
    form->addRow(tr("Show again &on:"), m_until);
    form->addRow(tr("&Reason: *"), m_reason);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    m_ok = addButtons(this, layout, tr("Snooze"));
    connect(m_reason, &QLineEdit::textChanged, this, &SnoozeDialog::validate);
    validate();
}

void SnoozeDialog::validate()
{
    const bool ok = m_reason->text().trimmed().size() >= TaskStore::MinimumReasonLength;
    m_ok->setEnabled(ok);
    m_ok->setToolTip(ok ? QString()
                        : tr("Say why the task waits (at least %1 characters).")
                              .arg(TaskStore::MinimumReasonLength));
}

void SnoozeDialog::accept()
{
    StoreError error;
    if (!TaskStore(m_vault.database().connection())
             .snooze(m_vault.session(), m_task.id, m_until->date(), m_reason->text(), &error)) {
        showProblem(m_problem, error.message);
        return;
    }
    QDialog::accept();
}

ReassignDialog::ReassignDialog(Vault& vault, const Task& task, QWidget* parent)
    : QDialog(parent)
    , m_vault(vault)
    , m_task(task)
    , m_to(new QComboBox)
    , m_problem(makeProblemLabel(QStringLiteral("reassignProblem")))
{
    setObjectName(QStringLiteral("reassignDialog"));
    setWindowTitle(tr("Reassign task"));
    m_to->setObjectName(QStringLiteral("reassignTo"));
    StoreError error;
    for (const TaskAssignee& a :
         TaskStore(vault.database().connection()).candidates(vault.session(), task.id, &error))
        m_to->addItem(tr("%1 (%2, %3)")
                          .arg(a.fullName.isEmpty() ? a.name : a.fullName, a.name,
                               UserTableModel::roleLabel(a.role)),
                      a.name);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(
        intro(tr("%1\nA task about a customer goes to the customer's relationship manager or a "
                 "supervisor of the branch; other tasks to anyone of the branch.")
                  .arg(describe(task))));
    auto* form = new QFormLayout;
    form->addRow(tr("&Give to:"), m_to);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    m_ok = addButtons(this, layout, tr("Reassign"));
    m_ok->setEnabled(m_to->count() > 0);
    if (!error.ok())
        showProblem(m_problem, error.message);
    else if (m_to->count() == 0)
        showProblem(m_problem, tr("Nobody else in branch %1 can work this task.").arg(task.branch));
}

void ReassignDialog::accept()
{
    StoreError error;
    if (!TaskStore(m_vault.database().connection())
             .reassign(m_vault.session(), m_task.id, m_to->currentData().toString(), &error)) {
        showProblem(m_problem, error.message);
        return;
    }
    QDialog::accept();
}

} // namespace rmdesk
