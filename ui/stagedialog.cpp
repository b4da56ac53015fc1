#include "stagedialog.h"

#include "customerlistmodel.h"
#include "passwordpair.h"
#include "security/vault.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rmdesk {

namespace {

// As LifecycleRules::validOverride asks.
constexpr int MinimumReasonLength = 4;

QString stageLabel(const QString& code)
{
    return CustomerListModel::valueLabel(QStringLiteral("lifecycle_stage"), code);
}

} // namespace

StageDialog::StageDialog(Vault& vault, qint64 customerId, QWidget* parent)
    : QDialog(parent)
    , m_vault(vault)
    , m_customerId(customerId)
    , m_current(new QLabel)
    , m_stage(new QComboBox)
    , m_reason(new QLineEdit)
    , m_problem(makeProblemLabel(QStringLiteral("stageProblem")))
    , m_history(new QTreeWidget)
{
    setObjectName(QStringLiteral("stageDialog"));
    setWindowTitle(tr("Lifecycle stage of customer %1").arg(customerId));
    m_current->setObjectName(QStringLiteral("stageCurrent"));
    m_current->setWordWrap(true);
    m_current->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stage->setObjectName(QStringLiteral("stageCombo"));
    for (const QString& code : LifecycleRules::stages())
        m_stage->addItem(stageLabel(code), code);
    m_reason->setObjectName(QStringLiteral("stageReason"));
    m_reason->setPlaceholderText(tr("e.g. signed a long-term mandate; assets will stay"));
    m_reason->setMaxLength(500);
    const int months = LifecycleStore(vault.database().connection()).thresholds().overrideMonths;
    m_stage->setToolTip(tr("The monthly run keeps a stage set by hand for %n month(s), then its "
                           "rules assign the stage again.",
                           nullptr, months));

    m_history->setObjectName(QStringLiteral("stageHistory"));
    m_history->setRootIsDecorated(false);
    m_history->setUniformRowHeights(true);
    m_history->setAlternatingRowColors(true);
    m_history->setSelectionMode(QAbstractItemView::NoSelection);
    m_history->setFocusPolicy(Qt::NoFocus);
    m_history->setHeaderLabels(
        {tr("Date"), tr("From"), tr("To"), tr("How"), tr("By"), tr("Reason")});
    m_history->header()->setStretchLastSection(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_current);
    auto* form = new QFormLayout;
    form->addRow(tr("&Stage:"), m_stage);
    form->addRow(tr("&Why: *"), withProblem(m_reason, m_problem));
    layout->addLayout(form);
    auto* historyLabel = new QLabel(tr("Transitions, newest first:"));
    layout->addWidget(historyLabel);
    layout->addWidget(m_history, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setText(tr("Set stage"));
    m_ok->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_reason, &QLineEdit::textChanged, this, &StageDialog::validate);
    connect(m_stage, &QComboBox::currentIndexChanged, this, &StageDialog::validate);
    setTabOrder(m_stage, m_reason);
    m_stage->setFocus();
    validate();
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    resize(em * 52, em * 30);
}

bool StageDialog::load(StoreError* error)
{
    const Session& session = m_vault.session();
    LifecycleStore store(m_vault.database().connection());
    const QList<StageTransition> history = store.history(session, m_customerId, error);
    if (error && !error->ok())
        return false;
    const auto pinned = store.overrideOf(session, m_customerId, error);
    if (error && !error->ok())
        return false;
    m_editable = store.maySet(session, m_customerId);

    const QString current = store.currentStage(session, m_customerId, error);
    QString text = tr("Now: %1").arg(stageLabel(current));
    if (pinned)
        text += QLatin1Char(' ') + tr("(set by hand by %1; the monthly run keeps it through %2)")
                                       .arg(pinned->setBy, pinned->untilMonth);
    else if (m_editable)
        text += QLatin1Char(' ') + tr("(assigned by the monthly rules)");
    m_current->setText(text);
    const int index = m_stage->findData(current);
    if (index >= 0)
        m_stage->setCurrentIndex(index);

    m_history->clear();
    for (const StageTransition& t : history) {
        auto* item = new QTreeWidgetItem(
            QStringList{t.effectiveOn, stageLabel(t.fromStage), stageLabel(t.toStage),
                        t.source == QLatin1String("rules") ? tr("Monthly rules") : tr("By hand"),
                        t.userName, t.reason});
        item->setToolTip(5, t.reason);
        m_history->addTopLevelItem(item);
    }
    if (history.isEmpty()) {
        auto* item = new QTreeWidgetItem(QStringList{
            tr("No transitions yet: the monthly run records each change of stage here.")});
        item->setFirstColumnSpanned(true);
        m_history->addTopLevelItem(item);
    }
    for (int c = 0; c < m_history->columnCount() - 1; ++c)
        m_history->resizeColumnToContents(c);

    m_stage->setEnabled(m_editable);
    m_reason->setEnabled(m_editable);
    m_ok->setVisible(m_editable);
    if (!m_editable)
        m_reason->setPlaceholderText(tr("Only the customer's RM or branch supervisor may set "
                                        "the stage."));
    validate();
    return true;
}

void StageDialog::validate()
{
    if (!m_ok)
        return;
    const bool ok = m_editable && m_reason->text().trimmed().size() >= MinimumReasonLength;
    m_ok->setEnabled(ok);
    m_ok->setToolTip(ok ? QString()
                        : tr("Say why the stage is set by hand (at least %1 characters).")
                              .arg(MinimumReasonLength));
}

void StageDialog::accept()
{
    if (!m_editable)
        return;
    StageTransition saved;
    StoreError error;
    if (!LifecycleStore(m_vault.database().connection())
             .setStage(m_vault.session(), m_customerId, m_stage->currentData().toString(),
                       m_reason->text(), &saved, &error)) {
        showProblem(m_problem, error.message);
        return;
    }
    showProblem(m_problem, QString());
    emit stageSet(m_customerId, saved);
    QDialog::accept();
}

} // namespace rmdesk
