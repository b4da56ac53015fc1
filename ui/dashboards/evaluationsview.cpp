#include "evaluationsview.h"

#include "assessmentwidgets.h"
#include "customerui.h"
#include "dashboardwidgets.h"
#include "dialogs.h"
#include "evaluationdialogs.h"
#include "security/permissions.h"
#include "security/vault.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rmdesk {

namespace {

std::optional<double> optionalNumber(const QJsonValue& v)
{
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

} // namespace

EvaluationsView::EvaluationsView(Vault& vault, const QDateTime& now, QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_now(now)
    , m_mayWrite(Permissions::allows(vault.session(), Action::EvaluationWrite))
{
    setObjectName(QStringLiteral("evaluationsView"));
    const Session& session = vault.session();
    auto* layout = new QVBoxLayout(this);
    auto* titleRow = new QHBoxLayout;
    const Scope scope = Permissions::scope(session.role, Action::DashboardRead);
    auto* title = SupervisionUi::titleLabel(
        QStringLiteral("evaluationsTitle"),
        scope == Scope::Branch ? tr("Evaluations — branch %1").arg(session.branch)
        : scope == Scope::Own  ? tr("My evaluations")
                               : tr("Evaluations — all branches"));
    titleRow->addWidget(title);
    titleRow->addStretch(1);
    m_new = new QPushButton(tr("&New evaluation…"));
    m_new->setObjectName(QStringLiteral("newEvaluationButton"));
    m_new->setToolTip(tr("Evaluate an RM of your branch for a period that has ended"));
    m_rate = new QPushButton(tr("&Rate…"));
    m_rate->setObjectName(QStringLiteral("rateEvaluationButton"));
    m_rate->setToolTip(tr("Give the selected draft a rating of 1 to 5 with a comment"));
    m_signOff = new QPushButton(tr("&Sign off…"));
    m_signOff->setObjectName(QStringLiteral("signOffEvaluationButton"));
    m_signOff->setToolTip(tr("Sign the selected evaluation off; it is locked afterwards"));
    for (QPushButton* b : {m_new, m_rate, m_signOff}) {
        b->setVisible(m_mayWrite);
        titleRow->addWidget(b);
    }
    layout->addLayout(titleRow);
    layout->addWidget(buildFilters());

    m_table = CustomerUi::makeTable(QStringLiteral("evaluationsTable"),
                                    {tr("RM"), tr("Branch"), tr("Period"), tr("Score"), tr("Rank"),
                                     tr("Rating"), tr("Status"), tr("Signed off")});
    for (int c : {ScoreColumn, RankColumn})
        m_table->horizontalHeaderItem(c)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_empty = CustomerUi::makeEmptyLabel(QStringLiteral("evaluationsEmpty"), QString());
    m_stack = new QStackedWidget;
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(QStringLiteral("evaluationsSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_stack);
    splitter->addWidget(buildDetail());
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &EvaluationsView::showSelected);
    // Enter or a double click on a draft rates it (a supervisor).
    connect(m_table, &QTableWidget::itemActivated, this, [this] {
        if (!m_rate->isHidden() && m_rate->isEnabled())
            rate();
    });
    connect(m_new, &QPushButton::clicked, this, &EvaluationsView::newEvaluation);
    connect(m_rate, &QPushButton::clicked, this, &EvaluationsView::rate);
    connect(m_signOff, &QPushButton::clicked, this, &EvaluationsView::signOff);
    refresh();
}

QDateTime EvaluationsView::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTime();
}

QWidget* EvaluationsView::buildFilters()
{
    auto* bar = new QWidget;
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    auto addLabelled = [row, this](const QString& text, QComboBox* field) {
        auto* label = new QLabel(text);
        label->setBuddy(field);
        field->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        row->addWidget(label);
        row->addWidget(field);
        row->addSpacing(fontMetrics().horizontalAdvance(QLatin1Char('M')));
        connect(field, &QComboBox::currentIndexChanged, this, &EvaluationsView::refresh);
        return label;
    };
    m_period = new QComboBox;
    m_period->setObjectName(QStringLiteral("evaluationPeriodFilter"));
    m_period->addItem(tr("All periods"), QString());
    addLabelled(tr("&Period:"), m_period);
    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("evaluationStatusFilter"));
    m_status->addItem(tr("Any status"), QString());
    m_status->addItem(tr("Draft"), QStringLiteral("draft"));
    m_status->addItem(tr("Signed off"), QStringLiteral("signed_off"));
    addLabelled(tr("S&tatus:"), m_status);
    m_rm = new QComboBox;
    m_rm->setObjectName(QStringLiteral("evaluationRmFilter"));
    m_rm->addItem(tr("All RMs"), QString());
    QLabel* rmLabel = addLabelled(tr("R&M:"), m_rm);
    const bool own =
        Permissions::scope(m_vault.session().role, Action::DashboardRead) == Scope::Own;
    rmLabel->setVisible(!own);
    m_rm->setVisible(!own);
    row->addStretch(1);
    return bar;
}

QWidget* EvaluationsView::buildDetail()
{
    m_detail = new QWidget;
    m_detail->setObjectName(QStringLiteral("evaluationDetail"));
    auto* layout = new QVBoxLayout(m_detail);
    layout->setContentsMargins(0, 0, 0, 0);
    m_header = SupervisionUi::fieldLabel(QStringLiteral("evaluationHeader"));
    QFont bold = m_header->font();
    bold.setBold(true);
    m_header->setFont(bold);
    layout->addWidget(m_header);
    auto* lockRow = new QHBoxLayout;
    m_lockIcon = new QLabel;
    m_lockIcon->setObjectName(QStringLiteral("evaluationLockIcon"));
    const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_lockIcon->setPixmap(SupervisionUi::lockIcon().pixmap(icon, icon));
    m_lock = SupervisionUi::fieldLabel(QStringLiteral("evaluationLock"));
    lockRow->addWidget(m_lockIcon, 0, Qt::AlignTop);
    lockRow->addWidget(m_lock, 1);
    layout->addLayout(lockRow);
    m_kpis = CustomerUi::makeTable(
        QStringLiteral("evaluationKpis"),
        {tr("KPI"), tr("Actual"), tr("Target"), tr("Weight"), tr("Attainment"), tr("Score")});
    m_kpis->setSelectionMode(QAbstractItemView::NoSelection);
    m_kpis->setFocusPolicy(Qt::NoFocus);
    for (int c = 1; c < 6; ++c)
        m_kpis->horizontalHeaderItem(c)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_kpis->horizontalHeader()->setStretchLastSection(false);
    m_kpis->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_kpis, 1);
    auto* form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    m_rating = SupervisionUi::fieldLabel(QStringLiteral("evaluationRatingText"));
    m_comment = SupervisionUi::fieldLabel(QStringLiteral("evaluationCommentText"));
    form->addRow(tr("Rating:"), m_rating);
    form->addRow(tr("Comment:"), m_comment);
    layout->addLayout(form);
    return m_detail;
}

void EvaluationsView::fillFilterChoices()
{
    StoreError error;
    const QList<Evaluation> all =
        EvaluationStore(m_vault.database().connection(), now()).list(m_vault.session(), {}, &error);
    QStringList periods;
    QStringList rms;
    for (const Evaluation& e : all) {
        if (!periods.contains(e.period))
            periods << e.period;
        if (!rms.contains(e.rm))
            rms << e.rm;
    }
    std::sort(periods.begin(), periods.end(), std::greater<>());
    std::sort(rms.begin(), rms.end());
    auto refill = [](QComboBox* combo, const QStringList& values) {
        const QSignalBlocker block(combo);
        const QString current = combo->currentData().toString();
        while (combo->count() > 1)
            combo->removeItem(1);
        for (const QString& v : values)
            combo->addItem(v, v);
        const int index = combo->findData(current);
        combo->setCurrentIndex(index >= 0 ? index : 0);
    };
    refill(m_period, periods);
    refill(m_rm, rms);
}

void EvaluationsView::refresh()
{
    const qint64 selected = selectedId();
    fillFilterChoices();
    EvaluationFilter filter;
    filter.period = m_period->currentData().toString();
    filter.status = m_status->currentData().toString();
    filter.rm = m_rm->currentData().toString();
    StoreError error;
    m_list = EvaluationStore(m_vault.database().connection(), now())
                 .list(m_vault.session(), filter, &error);
    {
        const QSignalBlocker block(m_table);
        m_table->setRowCount(0);
        for (const Evaluation& e : std::as_const(m_list)) {
            CustomerUi::appendRow(
                m_table,
                {e.rm, e.branch, e.period, KpiText::points(e.score),
                 e.rank > 0 ? tr("%1 / %2").arg(e.rank).arg(e.ranked) : QStringLiteral("—"),
                 SupervisionUi::rating(e.rating), SupervisionUi::evaluationStatus(e.status),
                 e.signedOff() ? tr("%1, %2").arg(e.signedBy, CustomerUi::localTime(e.signedAt))
                               : QString()},
                {ScoreColumn, RankColumn});
            if (e.signedOff())
                m_table->item(m_table->rowCount() - 1, StatusColumn)
                    ->setIcon(SupervisionUi::lockIcon());
        }
        SupervisionUi::fitColumns(m_table);
    }
    const bool filtered =
        !filter.period.isEmpty() || !filter.status.isEmpty() || !filter.rm.isEmpty();
    if (!error.ok())
        m_empty->setText(error.message);
    else if (filtered)
        m_empty->setText(tr("No evaluations match these filters. Choose \"All periods\", \"Any "
                            "status\" and \"All RMs\" to see every one."));
    else if (m_mayWrite)
        m_empty->setText(tr("No evaluations yet. Choose New evaluation… to evaluate an RM of "
                            "your branch for a period that has ended: it keeps the RM's "
                            "scorecard, then you rate it, comment and sign it off."));
    else if (Permissions::scope(m_vault.session().role, Action::DashboardRead) == Scope::Own)
        m_empty->setText(tr("No evaluation of you yet. Your supervisor evaluates each period "
                            "once it has ended; it appears here to read."));
    else
        m_empty->setText(tr("No evaluations yet. Supervisors create them for their branch's "
                            "RMs once a period has ended."));
    m_stack->setCurrentIndex(m_list.isEmpty() ? 1 : 0);
    select(selected);
}

qint64 EvaluationsView::selectedId() const
{
    const int row = m_table->currentRow();
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    if (row < 0 || row >= m_list.size() || items.isEmpty())
        return 0;
    return m_list.at(row).id;
}

void EvaluationsView::select(qint64 id)
{
    int row = -1;
    for (int i = 0; i < m_list.size(); ++i)
        if (m_list.at(i).id == id)
            row = i;
    if (row < 0 && !m_list.isEmpty() && id == 0)
        row = 0; // the first by default, so that the detail is never blank beside a list
    if (row >= 0)
        m_table->selectRow(row);
    else
        m_table->clearSelection();
    showSelected();
}

void EvaluationsView::showSelected()
{
    const qint64 id = selectedId();
    const Evaluation* e = nullptr;
    for (const Evaluation& candidate : std::as_const(m_list))
        if (candidate.id == id)
            e = &candidate;
    m_detail->setVisible(e != nullptr);
    const bool draft = e && !e->signedOff();
    m_rate->setVisible(m_mayWrite && (!e || draft));
    m_signOff->setVisible(m_mayWrite && (!e || draft));
    m_rate->setEnabled(draft);
    m_signOff->setEnabled(draft && e->rating.has_value());
    m_signOff->setToolTip(draft && !e->rating
                              ? tr("Rate the evaluation with a comment before signing it off.")
                              : tr("Sign the selected evaluation off; it is locked afterwards"));
    if (!e)
        return;
    m_header->setText(
        tr("%1, branch %2, %3: score %4 of 100, rank %5 (standards version %6)")
            .arg(e->rm, e->branch, e->period, KpiText::points(e->score))
            .arg(e->rank > 0 ? tr("%1 / %2").arg(e->rank).arg(e->ranked) : QStringLiteral("—"))
            .arg(e->standardsVersion));
    m_lockIcon->setVisible(e->signedOff());
    m_lock->setText(e->signedOff()
                        ? tr("Signed off by %1 on %2 and locked: it can no longer be changed.")
                              .arg(e->signedBy, CustomerUi::localTime(e->signedAt))
                        : tr("Draft created by %1 on %2. %3")
                              .arg(e->createdBy, CustomerUi::localTime(e->createdAt),
                                   m_mayWrite ? tr("Rate it with a comment, then sign it off.")
                                              : tr("The supervisor may still change it.")));
    m_kpis->setRowCount(0);
    for (const QJsonValue& v : e->kpis) {
        const QJsonObject k = v.toObject();
        const QString kpi = k.value(QStringLiteral("kpi")).toString();
        CustomerUi::appendRow(
            m_kpis,
            {KpiText::label(kpi),
             KpiText::value(kpi, optionalNumber(k.value(QStringLiteral("actual")))),
             KpiText::value(kpi, optionalNumber(k.value(QStringLiteral("target")))),
             KpiText::weight(k.value(QStringLiteral("weight")).toDouble()),
             DashboardStyle::percent(optionalNumber(k.value(QStringLiteral("attainment")))),
             KpiText::points(optionalNumber(k.value(QStringLiteral("score"))))},
            {1, 2, 3, 4, 5});
    }
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    for (int c = 1; c < m_kpis->columnCount(); ++c) {
        m_kpis->resizeColumnToContents(c);
        m_kpis->setColumnWidth(c, m_kpis->columnWidth(c) + em);
    }
    m_rating->setText(e->rating ? SupervisionUi::rating(e->rating) : tr("Not rated yet."));
    m_comment->setText(e->comment.isEmpty() ? QStringLiteral("—") : e->comment);
}

void EvaluationsView::newEvaluation()
{
    auto* dialog = new NewEvaluationDialog(m_vault, now(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewEvaluationDialog::created, this, [this](qint64 id) {
        refresh();
        select(id);
        emit changed();
    });
    dialog->open();
}

void EvaluationsView::rate()
{
    const qint64 id = selectedId();
    for (const Evaluation& e : std::as_const(m_list)) {
        if (e.id != id || e.signedOff())
            continue;
        auto* dialog = new RateEvaluationDialog(m_vault, e, now(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &RateEvaluationDialog::rated, this, [this] {
            refresh();
            emit changed();
        });
        dialog->open();
        return;
    }
}

void EvaluationsView::signOff()
{
    const qint64 id = selectedId();
    const auto it = std::find_if(m_list.cbegin(), m_list.cend(),
                                 [id](const Evaluation& e) { return e.id == id; });
    if (it == m_list.cend() || it->signedOff())
        return;
    if (!Dialogs::confirm(this, tr("Sign off evaluation"),
                          tr("Sign off the evaluation of %1 for %2 with the rating %3?\n\nIt is "
                             "then locked: nobody can change the score, the rating or the "
                             "comment afterwards.")
                              .arg(it->rm, it->period, SupervisionUi::rating(it->rating)),
                          tr("Sign off and lock")))
        return;
    StoreError error;
    if (!EvaluationStore(m_vault.database().connection(), now())
             .signOff(m_vault.session(), id, &error)) {
        Dialogs::warn(this, tr("Sign off evaluation"), error.message);
        return;
    }
    refresh();
    emit changed();
}

} // namespace rmdesk
