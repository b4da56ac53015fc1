#include "changecheckssection.h"

#include "customerui.h"
#include "dialogs.h"
#include "security/masking.h"
#include "security/vault.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rmdesk {

namespace {

constexpr int PageSize = 500;

QString proofText(const ChangeCheck& c)
{
    return QStringList({c.proofType, c.proofRef}).join(QLatin1Char(' ')).trimmed();
}

QString waited(const QString& changedAt)
{
    const QDateTime at = QDateTime::fromString(changedAt, Qt::ISODateWithMs);
    const qint64 days = at.isValid() ? at.daysTo(QDateTime::currentDateTimeUtc()) : 0;
    return days < 1 ? ChangeChecksSection::tr("today")
                    : ChangeChecksSection::tr("%n day(s)", nullptr, int(days));
}

} // namespace

ChangeChecksSection::ChangeChecksSection(Vault& vault, QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_table(CustomerUi::makeTable(QStringLiteral("changeChecksView"),
                                    {tr("Check"), tr("Customer"), tr("What changed"), tr("Proof"),
                                     tr("Changed by"), tr("When"), tr("Waiting"), tr("Reason")}))
    , m_count(new QLabel)
    , m_show(new QPushButton(tr("&Show values…")))
    , m_confirm(new QPushButton(tr("C&onfirm")))
    , m_reject(new QPushButton(tr("Re&ject…")))
{
    setObjectName(QStringLiteral("changeChecksSection"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("Identity changes (name, ID document, birth date, gender) take effect at once and are "
           "checked here by someone other than the person who made them: compare each with its "
           "proof document. Rejecting restores the old values."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_stack = new QStackedWidget;
    m_stack->addWidget(m_table);
    m_stack->addWidget(CustomerUi::makeEmptyLabel(
        QStringLiteral("changeChecksEmpty"),
        tr("No identity changes wait for a check. They appear here when a name, an ID document, "
           "a birth date or a gender is changed with Edit… on a customer's profile.")));
    layout->addWidget(m_stack, 1);
    m_count->setObjectName(QStringLiteral("changeChecksCount"));
    m_show->setObjectName(QStringLiteral("showChangeValuesButton"));
    m_show->setToolTip(tr("Show the old and new values in the clear to compare them with the "
                          "proof; asks why, and the audit trail keeps it."));
    m_confirm->setObjectName(QStringLiteral("confirmChangeButton"));
    m_reject->setObjectName(QStringLiteral("rejectChangeButton"));
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_count);
    bar->addStretch(1);
    bar->addWidget(m_show);
    bar->addWidget(m_confirm);
    bar->addWidget(m_reject);
    layout->addLayout(bar);
    connect(m_show, &QPushButton::clicked, this, &ChangeChecksSection::showValues);
    connect(m_confirm, &QPushButton::clicked, this, &ChangeChecksSection::confirmSelected);
    connect(m_reject, &QPushButton::clicked, this, &ChangeChecksSection::rejectSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            &ChangeChecksSection::updateButtons);
    updateButtons();
}

void ChangeChecksSection::refresh()
{
    m_revealed.clear();
    const int row = selected();
    load(row >= 0 ? m_rows.at(row).id : 0);
}

void ChangeChecksSection::load(qint64 select)
{
    StoreError error;
    m_rows = ChangeCheckStore(m_vault.database().connection())
                 .checks(m_vault.session(), true, PageSize, &m_total, &error, &m_late);
    m_table->setRowCount(0);
    int selectRow = -1;
    for (const ChangeCheck& c : std::as_const(m_rows)) {
        if (c.id == select)
            selectRow = m_table->rowCount();
        CustomerUi::appendRow(
            m_table,
            {QString::number(c.id), tr("No. %1 %2").arg(c.customerId).arg(c.customerName),
             ChangeCheckRules::describe(m_revealed.value(c.id, c).fields), proofText(c),
             c.changedBy, CustomerUi::localTime(c.changedAt),
             c.late ? tr("⚠ %1, late").arg(waited(c.changedAt)) : waited(c.changedAt), c.reason},
            {0, 6});
        QTableWidgetItem* waiting = m_table->item(m_table->rowCount() - 1, 6);
        waiting->setToolTip(tr("To be checked by %1").arg(c.dueOn.toString(Qt::ISODate)));
        if (c.late)
            waiting->setForeground(CustomerUi::breachedColour());
    }
    CustomerUi::fitColumns(m_table);
    if (selectRow >= 0)
        m_table->selectRow(selectRow);
    m_stack->setCurrentIndex(m_rows.isEmpty() ? 1 : 0);
    m_count->setText(!error.ok() ? error.message
                     : m_total > m_rows.size()
                         ? tr("(the oldest %1 of %2)").arg(m_rows.size()).arg(m_total)
                         : QString());
    updateButtons();
}

int ChangeChecksSection::selected() const
{
    const int row = m_table->currentRow();
    return m_table->selectionModel()->hasSelection() && row >= 0 && row < m_rows.size() ? row : -1;
}

void ChangeChecksSection::updateButtons()
{
    const int row = selected();
    m_show->setEnabled(row >= 0 && !m_revealed.contains(m_rows.at(row).id));
    // Nobody decides their own change; the buttons say why.
    const QString own = row >= 0 ? ChangeCheckRules::checkerProblem(m_vault.session().userId,
                                                                    m_rows.at(row).changedById)
                                 : QString();
    m_confirm->setEnabled(row >= 0 && own.isEmpty());
    m_reject->setEnabled(row >= 0 && own.isEmpty());
    m_confirm->setToolTip(own.isEmpty() ? tr("The change agrees with its proof document.") : own);
    m_reject->setToolTip(
        own.isEmpty()
            ? tr("The change does not agree with its proof: restore the old values and say why.")
            : own);
}

void ChangeChecksSection::showValues()
{
    const int row = selected();
    if (row < 0)
        return;
    const ChangeCheck c = m_rows.at(row);
    const QString reason = Dialogs::askText(
        this, tr("Show values"),
        tr("Why do you need customer %1's values in the clear? The reason is kept in the audit "
           "trail and in the customer's access log.")
            .arg(c.customerId),
        UnmaskRecorder::MinimumReasonLength, tr("e.g. comparing the change with its proof"));
    if (reason.isEmpty())
        return;
    StoreError error;
    const auto shown = ChangeCheckStore(m_vault.database().connection())
                           .reveal(m_vault.session(), c.id, reason, &error);
    if (!shown) {
        Dialogs::warn(this, tr("Show values"), error.message);
        return;
    }
    m_revealed.insert(c.id, *shown);
    load(c.id); // shown in the clear until the next refresh (the page's, or after the lock)
}

void ChangeChecksSection::confirmSelected()
{
    const int row = selected();
    if (row < 0)
        return;
    const ChangeCheck c = m_rows.at(row);
    if (!Dialogs::confirm(
            this, tr("Confirm change"),
            tr("Confirm that customer %1's change agrees with its proof (%2)?\n\n%3")
                .arg(c.customerId)
                .arg(proofText(c), ChangeCheckRules::describe(m_revealed.value(c.id, c).fields)),
            tr("Confirm")))
        return;
    StoreError error;
    const bool done = ChangeCheckStore(m_vault.database().connection())
                          .confirm(m_vault.session(), c.id, QString(), &error);
    if (!done)
        Dialogs::warn(this, tr("Confirm change"), error.message);
    refresh();
    if (done)
        emit decided();
}

void ChangeChecksSection::rejectSelected()
{
    const int row = selected();
    if (row < 0)
        return;
    const ChangeCheck c = m_rows.at(row);
    const QString note = Dialogs::askText(
        this, tr("Reject change"),
        tr("Why does customer %1's change not agree with its proof? The old values of the "
           "identity fields are restored, and %2 reads your reason in the profile's history.")
            .arg(c.customerId)
            .arg(c.changedBy),
        ChangeCheckRules::MinimumNoteLength, tr("e.g. the scan shows the old ID card"));
    if (note.isEmpty())
        return;
    StoreError error;
    QString notRestored;
    const bool done = ChangeCheckStore(m_vault.database().connection())
                          .reject(m_vault.session(), c.id, note, &error, &notRestored);
    if (!done || !notRestored.isEmpty())
        Dialogs::warn(this, tr("Reject change"), done ? notRestored : error.message);
    refresh();
    if (done)
        emit decided();
}

} // namespace rmdesk
