#include "spotchecksview.h"

#include "customerui.h"
#include "evaluationdialogs.h"
#include "security/permissions.h"
#include "security/vault.h"
#include "stores/interactionstore.h"
#include "supervisiondialogs.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rmdesk {

SpotChecksView::SpotChecksView(Vault& vault, const QDateTime& now, QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_now(now)
    , m_mayWrite(Permissions::allows(vault.session(), Action::EvaluationWrite))
{
    setObjectName(QStringLiteral("spotChecksView"));
    const Session& session = vault.session();
    auto* layout = new QVBoxLayout(this);
    auto* titleRow = new QHBoxLayout;
    const Scope scope = Permissions::scope(session.role, Action::DashboardRead);
    auto* title =
        SupervisionUi::titleLabel(QStringLiteral("spotChecksTitle"),
                                  m_mayWrite ? tr("Spot checks — branch %1").arg(session.branch)
                                  : scope == Scope::All ? tr("Spot checks — all branches")
                                                        : tr("Spot checks"));
    titleRow->addWidget(title);
    titleRow->addStretch(1);
    m_draw = new QPushButton(tr("&Draw sample…"));
    m_draw->setObjectName(QStringLiteral("drawSampleButton"));
    m_draw->setToolTip(tr("Pick interactions and complaints of a period at random for checking"));
    m_finding = new QPushButton(tr("Record &finding…"));
    m_finding->setObjectName(QStringLiteral("recordFindingButton"));
    m_finding->setToolTip(tr("Record ok or an issue for the selected item"));
    m_measure = new QPushButton(tr("Add &measure…"));
    m_measure->setObjectName(QStringLiteral("addMeasureFromItemButton"));
    m_measure->setToolTip(tr("Add an improvement measure for the issue found in the selected "
                             "item"));
    for (QPushButton* b : {m_draw, m_finding, m_measure}) {
        b->setVisible(m_mayWrite);
        titleRow->addWidget(b);
    }
    layout->addLayout(titleRow);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("spotCheckStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setVisible(false);
    layout->addWidget(m_status);

    m_table = CustomerUi::makeTable(QStringLiteral("samplesTable"),
                                    {tr("Period"), tr("Branch"), tr("Drawn by"), tr("Drawn at"),
                                     tr("Seed"), tr("Checked"), tr("Issues")});
    for (int c : {SeedColumn, CheckedColumn, IssuesColumn})
        m_table->horizontalHeaderItem(c)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_empty = CustomerUi::makeEmptyLabel(QStringLiteral("samplesEmpty"), QString());
    m_stack = new QStackedWidget;
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    auto* itemsPane = new QWidget;
    auto* itemsLayout = new QVBoxLayout(itemsPane);
    itemsLayout->setContentsMargins(0, 0, 0, 0);
    m_itemsTitle = new QLabel;
    m_itemsTitle->setObjectName(QStringLiteral("sampleItemsTitle"));
    QFont bold = m_itemsTitle->font();
    bold.setBold(true);
    m_itemsTitle->setFont(bold);
    itemsLayout->addWidget(m_itemsTitle);
    m_items =
        CustomerUi::makeTable(QStringLiteral("sampleItemsTable"),
                              {tr("No."), tr("Kind"), tr("Record"), tr("Customer"), tr("Finding"),
                               tr("Note"), tr("Checked by"), tr("Checked at")});
    for (int c : {ItemNoColumn, RecordColumn})
        m_items->horizontalHeaderItem(c)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    itemsLayout->addWidget(m_items, 1);

    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(QStringLiteral("spotChecksSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_stack);
    splitter->addWidget(itemsPane);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SpotChecksView::showItems);
    connect(m_items, &QTableWidget::itemSelectionChanged, this, &SpotChecksView::updateActions);
    connect(m_items, &QTableWidget::itemActivated, this, [this] {
        if (!m_finding->isHidden() && m_finding->isEnabled())
            recordFinding();
    });
    connect(m_draw, &QPushButton::clicked, this, &SpotChecksView::drawSample);
    connect(m_finding, &QPushButton::clicked, this, &SpotChecksView::recordFinding);
    connect(m_measure, &QPushButton::clicked, this, &SpotChecksView::addMeasure);
    refresh();
}

QDateTime SpotChecksView::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTime();
}

void SpotChecksView::refresh()
{
    const qint64 sample = selectedSampleId();
    const int item = selectedItem();
    StoreError error;
    m_samples =
        SupervisionStore(m_vault.database().connection(), now()).samples(m_vault.session(), &error);
    m_customers.clear();
    {
        const QSignalBlocker block(m_table);
        m_table->setRowCount(0);
        for (const SpotCheckSample& s : std::as_const(m_samples)) {
            CustomerUi::appendRow(m_table,
                                  {s.period, s.branch, s.drawnBy, CustomerUi::localTime(s.drawnAt),
                                   QString::number(s.seed),
                                   tr("%1 / %2").arg(s.checked()).arg(s.items.size()),
                                   QString::number(s.issues())},
                                  {SeedColumn, CheckedColumn, IssuesColumn});
            if (s.issues() > 0) {
                QTableWidgetItem* cell = m_table->item(m_table->rowCount() - 1, IssuesColumn);
                cell->setForeground(CustomerUi::warningColour());
                cell->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
            }
        }
        SupervisionUi::fitColumns(m_table);
    }
    if (!error.ok())
        m_empty->setText(error.message);
    else if (m_mayWrite)
        m_empty->setText(tr("No spot checks yet. Choose Draw sample… to pick interactions and "
                            "complaints of a period at random, then record a finding for each "
                            "item: ok, or an issue with a note."));
    else
        m_empty->setText(tr("No spot checks yet. Branch supervisors draw samples of "
                            "interactions and complaints and record their findings; they appear "
                            "here to read."));
    m_stack->setCurrentIndex(m_samples.isEmpty() ? 1 : 0);
    selectSample(sample);
    selectItem(item);
}

qint64 SpotChecksView::selectedSampleId() const
{
    const SpotCheckSample* s = selectedSample();
    return s ? s->id : 0;
}

const SpotCheckSample* SpotChecksView::selectedSample() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_samples.size() || m_table->selectedItems().isEmpty())
        return nullptr;
    return &m_samples.at(row);
}

const SpotCheckItem* SpotChecksView::currentItem() const
{
    const SpotCheckSample* s = selectedSample();
    const int row = m_items->currentRow();
    if (!s || row < 0 || row >= s->items.size() || m_items->selectedItems().isEmpty())
        return nullptr;
    return &s->items.at(row);
}

int SpotChecksView::selectedItem() const
{
    const SpotCheckItem* i = currentItem();
    return i ? i->item : 0;
}

void SpotChecksView::selectSample(qint64 id)
{
    int row = -1;
    for (int i = 0; i < m_samples.size(); ++i)
        if (m_samples.at(i).id == id)
            row = i;
    if (row < 0 && !m_samples.isEmpty())
        row = 0; // the newest by default
    if (row >= 0)
        m_table->selectRow(row);
    else
        m_table->clearSelection();
    showItems();
}

void SpotChecksView::selectItem(int item)
{
    const SpotCheckSample* s = selectedSample();
    if (!s)
        return;
    for (int i = 0; i < s->items.size(); ++i)
        if (s->items.at(i).item == item)
            m_items->selectRow(i);
    updateActions();
}

QString SpotChecksView::customerText(qint64 customerId)
{
    if (customerId == 0)
        return tr("— (none)");
    auto it = m_customers.constFind(customerId);
    if (it == m_customers.cend()) {
        StoreError error;
        const auto c = InteractionStore(m_vault.database().connection(), now())
                           .customer(m_vault.session(), customerId, &error);
        it = m_customers.insert(customerId, c ? tr("%1 (No. %2)").arg(c->name).arg(customerId)
                                              : tr("No. %1 (not readable)").arg(customerId));
    }
    return *it;
}

QString SpotChecksView::recordText(const SpotCheckItem& item)
{
    return item.recordKind == QLatin1String("complaint") ? tr("Complaint") : tr("Interaction");
}

void SpotChecksView::showItems()
{
    const SpotCheckSample* s = selectedSample();
    const QSignalBlocker block(m_items);
    m_items->setRowCount(0);
    if (!s) {
        m_itemsTitle->setText(m_samples.isEmpty() ? QString()
                                                  : tr("Select a sample to see its items."));
        updateActions();
        return;
    }
    m_itemsTitle->setText(tr("Sample %1 of branch %2 for %3: %4 of %5 items checked, %6 with an "
                             "issue (seed %7, up to %8 of each kind)")
                              .arg(s->id)
                              .arg(s->branch, s->period)
                              .arg(s->checked())
                              .arg(s->items.size())
                              .arg(s->issues())
                              .arg(s->seed)
                              .arg(s->size));
    for (const SpotCheckItem& i : s->items) {
        const QString finding = i.finding == QLatin1String("issue") ? tr("Issue")
                                : i.finding == QLatin1String("ok")  ? tr("OK")
                                                                    : tr("Not checked");
        CustomerUi::appendRow(m_items,
                              {QString::number(i.item), recordText(i), QString::number(i.recordId),
                               customerText(i.customerId), finding, i.note, i.checkedBy,
                               CustomerUi::localTime(i.checkedAt)},
                              {ItemNoColumn, RecordColumn});
        QTableWidgetItem* cell = m_items->item(m_items->rowCount() - 1, FindingColumn);
        if (i.finding == QLatin1String("issue")) {
            cell->setForeground(CustomerUi::warningColour());
            cell->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
        } else if (i.finding.isEmpty()) {
            cell->setForeground(palette().color(QPalette::PlaceholderText));
        }
    }
    SupervisionUi::fitColumns(m_items);
    updateActions();
}

void SpotChecksView::updateActions()
{
    const SpotCheckItem* i = currentItem();
    m_finding->setEnabled(i && i->finding.isEmpty());
    m_finding->setToolTip(i && !i->finding.isEmpty()
                              ? tr("Item %1 was checked by %2: a finding stands once recorded.")
                                    .arg(i->item)
                                    .arg(i->checkedBy)
                              : tr("Record ok or an issue for the selected item"));
    m_measure->setEnabled(i && i->finding == QLatin1String("issue"));
}

void SpotChecksView::drawSample()
{
    auto* dialog = new DrawSampleDialog(m_vault, now(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DrawSampleDialog::drawn, this, [this](qint64 id) {
        refresh();
        selectSample(id);
        if (const SpotCheckSample* s = selectedSample()) {
            m_status->setText(tr("Sample %1 of %2 drawn: %3 items with seed %4. Drawing with "
                                 "the same seed over the same records picks the same items.")
                                  .arg(s->id)
                                  .arg(s->period)
                                  .arg(s->items.size())
                                  .arg(s->seed));
            m_status->setVisible(true);
        }
        emit changed();
    });
    dialog->open();
}

void SpotChecksView::recordFinding()
{
    const SpotCheckSample* s = selectedSample();
    const SpotCheckItem* i = currentItem();
    if (!s || !i || !i->finding.isEmpty())
        return;
    const QString record = tr("%1 No. %2, customer %3")
                               .arg(recordText(*i))
                               .arg(i->recordId)
                               .arg(customerText(i->customerId));
    auto* dialog = new FindingDialog(m_vault, s->id, i->item, record, now(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FindingDialog::recorded, this, [this] {
        refresh();
        emit changed();
    });
    dialog->open();
}

void SpotChecksView::addMeasure()
{
    const SpotCheckSample* s = selectedSample();
    const SpotCheckItem* i = currentItem();
    if (!s || !i || i->finding != QLatin1String("issue"))
        return;
    NewMeasure preset;
    preset.source = QStringLiteral("spot_check");
    preset.sourceId = i->id;
    preset.description = i->note;
    const QString source = tr("Issue in item %1 of spot check %2 (%3): %4")
                               .arg(i->item)
                               .arg(s->id)
                               .arg(s->period, i->note);
    auto* dialog = new MeasureDialog(m_vault, preset, source, now(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MeasureDialog::added, this, [this] {
        m_status->setText(tr("The measure was added; follow it under Improvement measures."));
        m_status->setVisible(true);
        emit measureAdded();
    });
    dialog->open();
}

} // namespace rmdesk
