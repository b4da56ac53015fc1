#include "complaintdeadlines.h"

#include "complaintui.h"
#include "customerui.h"
#include "security/vault.h"

#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rmdesk {

namespace {

constexpr int Limit = 100;

} // namespace

ComplaintDeadlines::ComplaintDeadlines(Vault& vault, QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_title(new QLabel)
    , m_table(CustomerUi::makeTable(QStringLiteral("complaintDeadlinesView"),
                                    {tr("Deadline"), tr("Complaint"), tr("Category"), tr("Due")}))
    , m_stack(new QStackedWidget)
    , m_empty(CustomerUi::makeEmptyLabel(QStringLiteral("complaintDeadlinesEmpty"), QString()))
{
    setObjectName(QStringLiteral("complaintDeadlines"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title->setObjectName(QStringLiteral("complaintDeadlinesTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_table->setToolTip(tr("Double-click or press Enter to open the complaint."));
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_title);
    layout->addWidget(m_stack, 1);
    connect(m_table, &QTableWidget::activated, this, [this](const QModelIndex& index) {
        if (index.row() >= 0 && index.row() < m_ids.size())
            emit complaintChosen(m_ids.at(index.row()));
    });
    refresh();
}

void ComplaintDeadlines::refresh()
{
    ComplaintStore store(m_vault.database().connection());
    const int warning = store.clockRules(store.today()).warningDays;
    ComplaintFilter filter;
    filter.overdue = true;
    filter.dueWithinDays = warning;
    filter.limit = Limit;
    StoreError error;
    int total = 0;
    const QList<Complaint> rows = Permissions::allows(m_vault.session(), Action::ComplaintRead)
                                      ? store.list(m_vault.session(), filter, &total, &error)
                                      : QList<Complaint>();
    m_ids.clear();
    m_table->setRowCount(0);
    for (const Complaint& c : rows) {
        m_ids << c.id;
        CustomerUi::appendRow(m_table, {QString(), ComplaintUi::title(c),
                                        store.choiceLabel(QStringLiteral("category"), c.category),
                                        c.clock.due.toString(Qt::ISODate)});
        ComplaintUi::styleDeadline(m_table->item(m_table->rowCount() - 1, 0), c);
    }
    CustomerUi::fitColumns(m_table);
    m_title->setText(
        total > rows.size()
            ? tr("Complaint deadlines (the %1 most urgent of %2)").arg(rows.size()).arg(total)
            : tr("Complaint deadlines (%1)").arg(total));
    m_empty->setText(error.ok()
                         ? tr("No complaint is overdue or due within %n day(s).", nullptr, warning)
                         : error.message);
    m_stack->setCurrentIndex(rows.isEmpty() ? 1 : 0);
}

} // namespace rmdesk
