#include "measuresview.h"

#include "customerui.h"
#include "dialogs.h"
#include "evaluationdialogs.h"
#include "security/permissions.h"
#include "security/vault.h"
#include "supervisiondialogs.h"

#include <QComboBox>
#include <QFormLayout>
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

MeasuresView::MeasuresView(Vault& vault, const QDateTime& now, QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_now(now)
    , m_mayAdd(Permissions::allows(vault.session(), Action::EvaluationWrite))
    , m_mayChangeAny(vault.session().role == Role::Rm ||
                     Permissions::allows(vault.session(), Action::EvaluationWrite))
{
    setObjectName(QStringLiteral("measuresView"));
    const Session& session = vault.session();
    auto* layout = new QVBoxLayout(this);
    auto* titleRow = new QHBoxLayout;
    const Scope scope = Permissions::scope(session.role, Action::DashboardRead);
    auto* title = SupervisionUi::titleLabel(
        QStringLiteral("measuresTitle"),
        scope == Scope::Branch ? tr("Improvement measures — branch %1").arg(session.branch)
        : scope == Scope::Own  ? tr("My improvement measures")
                               : tr("Improvement measures — all branches"));
    titleRow->addWidget(title);
    titleRow->addSpacing(fontMetrics().horizontalAdvance(QLatin1Char('M')));
    auto* filterLabel = new QLabel(tr("S&how:"));
    m_filter = new QComboBox;
    m_filter->setObjectName(QStringLiteral("measureFilter"));
    m_filter->addItem(tr("All measures"), int(All));
    m_filter->addItem(tr("Open and in progress"), int(Open));
    m_filter->addItem(tr("Overdue"), int(Overdue));
    m_filter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    filterLabel->setBuddy(m_filter);
    titleRow->addWidget(filterLabel);
    titleRow->addWidget(m_filter);
    titleRow->addStretch(1);
    m_add = new QPushButton(tr("&Add measure…"));
    m_add->setObjectName(QStringLiteral("addMeasureButton"));
    m_add->setToolTip(tr("Add a measure for your branch with an owner and a due date"));
    m_add->setVisible(m_mayAdd);
    m_start = new QPushButton(tr("S&tart"));
    m_start->setObjectName(QStringLiteral("startMeasureButton"));
    m_start->setToolTip(tr("Mark the selected measure as in progress"));
    m_complete = new QPushButton(tr("&Complete…"));
    m_complete->setObjectName(QStringLiteral("completeMeasureButton"));
    m_complete->setToolTip(tr("Close the selected measure with a note saying what was done"));
    for (QPushButton* b : {m_start, m_complete})
        b->setVisible(m_mayChangeAny);
    for (QPushButton* b : {m_add, m_start, m_complete})
        titleRow->addWidget(b);
    layout->addLayout(titleRow);

    m_table =
        CustomerUi::makeTable(QStringLiteral("measuresTable"),
                              {tr("Title"), tr("Owner"), tr("Due"), tr("Status"), tr("Source")});
    m_empty = CustomerUi::makeEmptyLabel(QStringLiteral("measuresEmpty"), QString());
    m_stack = new QStackedWidget;
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    m_detail = new QWidget;
    m_detail->setObjectName(QStringLiteral("measureDetail"));
    auto* detail = new QFormLayout(m_detail);
    detail->setContentsMargins(0, 0, 0, 0);
    m_title = SupervisionUi::fieldLabel(QStringLiteral("measureDetailTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_description = SupervisionUi::fieldLabel(QStringLiteral("measureDetailDescription"));
    m_done = SupervisionUi::fieldLabel(QStringLiteral("measureDetailDone"));
    detail->addRow(m_title);
    detail->addRow(tr("Description:"), m_description);
    detail->addRow(tr("Done:"), m_done);

    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(QStringLiteral("measuresSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_stack);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    connect(m_filter, &QComboBox::currentIndexChanged, this, &MeasuresView::refresh);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &MeasuresView::showSelected);
    connect(m_add, &QPushButton::clicked, this, &MeasuresView::addMeasure);
    connect(m_start, &QPushButton::clicked, this, &MeasuresView::startMeasure);
    connect(m_complete, &QPushButton::clicked, this, &MeasuresView::completeMeasure);
    refresh();
}

QDateTime MeasuresView::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTime();
}

QString MeasuresView::statusLabel(const QString& status)
{
    if (status == QLatin1String("open"))
        return tr("Open");
    if (status == QLatin1String("in_progress"))
        return tr("In progress");
    if (status == QLatin1String("done"))
        return tr("Done");
    return status;
}

QString MeasuresView::sourceLabel(const QString& source, qint64 sourceId)
{
    QString kind = source;
    if (source == QLatin1String("spot_check"))
        kind = tr("Spot check item");
    else if (source == QLatin1String("complaint"))
        kind = tr("Complaint");
    else if (source == QLatin1String("evaluation"))
        kind = tr("Evaluation");
    else if (source == QLatin1String("other"))
        return tr("Other");
    return sourceId ? tr("%1 No. %2").arg(kind).arg(sourceId) : kind;
}

void MeasuresView::setFilter(Filter filter)
{
    m_filter->setCurrentIndex(m_filter->findData(int(filter)));
}

bool MeasuresView::mayChange(const ImprovementMeasure& m) const
{
    const Session& session = m_vault.session();
    if (m.status == QLatin1String("done"))
        return false;
    return m.owner == session.userName ||
           (Permissions::allows(session, Action::EvaluationWrite) && m.branch == session.branch);
}

void MeasuresView::refresh()
{
    const qint64 selectedBefore = selectedId();
    const auto filter = Filter(m_filter->currentData().toInt());
    MeasureFilter f;
    f.openOnly = filter == Open;
    f.overdueOnly = filter == Overdue;
    StoreError error;
    m_list = SupervisionStore(m_vault.database().connection(), now())
                 .measures(m_vault.session(), f, &error);
    {
        const QSignalBlocker block(m_table);
        m_table->setRowCount(0);
        const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
        for (const ImprovementMeasure& m : std::as_const(m_list)) {
            const QString due = m.due.toString(QStringLiteral("yyyy-MM-dd"));
            CustomerUi::appendRow(m_table,
                                  {m.title, m.owner, m.overdue ? tr("%1 — overdue").arg(due) : due,
                                   statusLabel(m.status), sourceLabel(m.source, m.sourceId)});
            const int row = m_table->rowCount() - 1;
            if (m.overdue) {
                for (int c : {DueColumn, StatusColumn})
                    m_table->item(row, c)->setForeground(CustomerUi::warningColour());
                m_table->item(row, DueColumn)->setIcon(warning);
            } else if (m.status == QLatin1String("done")) {
                m_table->item(row, StatusColumn)->setForeground(QColor(0x3b, 0x7d, 0x4f));
            }
        }
        SupervisionUi::fitColumns(m_table);
    }
    if (!error.ok())
        m_empty->setText(error.message);
    else if (filter == Overdue)
        m_empty->setText(tr("No measure is overdue. Choose \"All measures\" to see every one."));
    else if (filter == Open)
        m_empty->setText(tr("No open measures: every measure is done. Choose \"All measures\" "
                            "to see them."));
    else if (m_mayAdd)
        m_empty->setText(tr("No improvement measures yet. Choose Add measure… to give one to an "
                            "RM or supervisor of your branch with a due date, or add one from an "
                            "issue found in a spot check."));
    else if (m_vault.session().role == Role::Rm)
        m_empty->setText(tr("No improvement measures for you. When your supervisor gives you "
                            "one, it appears here: start it and complete it with a note."));
    else
        m_empty->setText(tr("No improvement measures yet. Branch supervisors add them and "
                            "their owners track them here to done."));
    m_stack->setCurrentIndex(m_list.isEmpty() ? 1 : 0);
    select(selectedBefore);
}

const ImprovementMeasure* MeasuresView::selected() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_list.size() || m_table->selectedItems().isEmpty())
        return nullptr;
    return &m_list.at(row);
}

qint64 MeasuresView::selectedId() const
{
    const ImprovementMeasure* m = selected();
    return m ? m->id : 0;
}

void MeasuresView::select(qint64 id)
{
    int row = -1;
    for (int i = 0; i < m_list.size(); ++i)
        if (m_list.at(i).id == id)
            row = i;
    if (row < 0 && !m_list.isEmpty())
        row = 0;
    if (row >= 0)
        m_table->selectRow(row);
    else
        m_table->clearSelection();
    showSelected();
}

void MeasuresView::showSelected()
{
    const ImprovementMeasure* m = selected();
    m_detail->setVisible(m != nullptr);
    const bool changeable = m && mayChange(*m);
    m_start->setEnabled(changeable && m->status == QLatin1String("open"));
    m_complete->setEnabled(changeable);
    if (!m)
        return;
    m_title->setText(tr("%1 — %2, owner %3, due %4, branch %5; added by %6 on %7")
                         .arg(m->title,
                              m->overdue ? tr("%1, overdue").arg(statusLabel(m->status))
                                         : statusLabel(m->status),
                              m->owner, m->due.toString(QStringLiteral("yyyy-MM-dd")), m->branch,
                              m->createdBy, CustomerUi::localTime(m->createdAt).left(10)));
    CustomerUi::setTextColour(m_title, m->overdue ? CustomerUi::warningColour() : QColor());
    m_description->setText(m->description.isEmpty() ? QStringLiteral("—") : m->description);
    m_done->setText(m->status == QLatin1String("done")
                        ? tr("%1: %2").arg(CustomerUi::localTime(m->doneAt), m->doneNote)
                        : tr("Not yet."));
}

void MeasuresView::addMeasure()
{
    NewMeasure preset;
    preset.source = QStringLiteral("other");
    auto* dialog =
        new MeasureDialog(m_vault, preset, tr("Other (not from a spot check)"), now(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MeasureDialog::added, this, [this](qint64 id) {
        refresh();
        select(id);
        emit changed();
    });
    dialog->open();
}

void MeasuresView::startMeasure()
{
    const ImprovementMeasure* m = selected();
    if (!m || !mayChange(*m))
        return;
    StoreError error;
    if (!SupervisionStore(m_vault.database().connection(), now())
             .startMeasure(m_vault.session(), m->id, &error)) {
        Dialogs::warn(this, tr("Start measure"), error.message);
        return;
    }
    refresh();
    emit changed();
}

void MeasuresView::completeMeasure()
{
    const ImprovementMeasure* m = selected();
    if (!m || !mayChange(*m))
        return;
    auto* dialog = new CompleteMeasureDialog(m_vault, *m, now(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CompleteMeasureDialog::completed, this, [this] {
        refresh();
        emit changed();
    });
    dialog->open();
}

} // namespace rmdesk
