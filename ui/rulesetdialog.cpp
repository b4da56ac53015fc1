#include "rulesetdialog.h"

#include "customerui.h"
#include "domain/complaintflow.h"
#include "ruletablemodel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rmdesk {

namespace {

enum Column { RuleColumn, CurrentColumn, NewColumn };

const int KeyRole = Qt::UserRole + 1;

QString listOf(const QString& set)
{
    if (set == QLatin1String("complaint_categories"))
        return QStringLiteral("category");
    if (set == QLatin1String("complaint_root_causes"))
        return QStringLiteral("cause");
    return QStringLiteral("channel");
}

} // namespace

RuleSetDialog::RuleSetDialog(QSqlDatabase db, const Session& session, const QString& set,
                             QWidget* parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_session(session)
    , m_set(new QComboBox)
    , m_table(new QTableWidget(0, 3))
    , m_hint(new QLabel)
    , m_add(new QPushButton(tr("Add entry")))
    , m_from(new QDateEdit)
    , m_reason(new QLineEdit)
    , m_problems(new QLabel)
    , m_history(new QLabel)
    , m_publishButton(nullptr)
{
    setObjectName(QStringLiteral("ruleSetDialog"));
    setWindowTitle(tr("New version of a rule set"));
    auto* layout = new QVBoxLayout(this);

    auto* intro = new QLabel(
        tr("A change is a new version that takes effect on a day; the rules of past days stay as "
           "they were. Limits a regulation sets can be made stricter, not looser."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_set->setObjectName(QStringLiteral("ruleSetChoice"));
    for (const QString& name : RuleStore(m_db).names())
        if (RuleChecks::known(name))
            m_set->addItem(RuleTableModel::ruleSetLabel(name), name);
    m_set->setCurrentIndex(std::max(0, m_set->findData(set)));
    auto* top = new QFormLayout;
    top->addRow(tr("Rule set:"), m_set);
    layout->addLayout(top);

    m_table->setObjectName(QStringLiteral("ruleValues"));
    m_table->setHorizontalHeaderLabels({tr("Rule"), tr("In force"), tr("New value")});
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    layout->addWidget(m_table, 1);

    m_hint->setObjectName(QStringLiteral("ruleHint"));
    m_hint->setWordWrap(true);
    m_add->setObjectName(QStringLiteral("addRuleEntry"));
    auto* hintRow = new QHBoxLayout;
    hintRow->addWidget(m_hint, 1);
    hintRow->addWidget(m_add);
    layout->addLayout(hintRow);

    auto* form = new QFormLayout;
    m_from->setObjectName(QStringLiteral("ruleEffectiveFrom"));
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_from->setCalendarPopup(true);
    m_from->setMinimumDate(QDate::currentDate());
    m_from->setDate(QDate::currentDate().addDays(1));
    m_reason->setObjectName(QStringLiteral("ruleReason"));
    m_reason->setPlaceholderText(tr("e.g. head office notice 2027/3"));
    form->addRow(tr("In force from:"), m_from);
    form->addRow(tr("Reason:"), m_reason);
    layout->addLayout(form);

    m_problems->setObjectName(QStringLiteral("ruleProblems"));
    m_problems->setWordWrap(true);
    CustomerUi::setTextColour(m_problems, CustomerUi::breachedColour());
    layout->addWidget(m_problems);

    auto* historyBox = new QGroupBox(tr("Versions"));
    auto* historyLayout = new QVBoxLayout(historyBox);
    m_history->setObjectName(QStringLiteral("ruleHistory"));
    m_history->setWordWrap(true);
    m_history->setTextInteractionFlags(Qt::TextSelectableByMouse);
    historyLayout->addWidget(m_history);
    layout->addWidget(historyBox);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_publishButton = buttons->addButton(tr("Publish version"), QDialogButtonBox::AcceptRole);
    m_publishButton->setObjectName(QStringLiteral("publishRuleSet"));
    m_publishButton->setDefault(true);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &RuleSetDialog::publish);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_set, &QComboBox::currentIndexChanged, this, &RuleSetDialog::load);
    connect(m_table, &QTableWidget::itemChanged, this, &RuleSetDialog::revalidate);
    connect(m_table, &QTableWidget::currentCellChanged, this, &RuleSetDialog::showHint);
    connect(m_add, &QPushButton::clicked, this, &RuleSetDialog::addEntry);
    connect(m_reason, &QLineEdit::textChanged, this, &RuleSetDialog::revalidate);
    connect(m_from, &QDateEdit::dateChanged, this, &RuleSetDialog::revalidate);

    const QFontMetrics fm = fontMetrics();
    resize(fm.averageCharWidth() * 110, fm.height() * 34);
    load();
}

QString RuleSetDialog::ruleSet() const
{
    return m_set->currentData().toString();
}

QDate RuleSetDialog::effectiveFrom() const
{
    return m_from->date();
}

void RuleSetDialog::load()
{
    m_loading = true;
    const QString set = ruleSet();
    const QList<RuleSetVersion> versions = RuleStore(m_db).history(set);
    m_current = versions.isEmpty() ? QList<RuleEntry>() : versions.first().entries;
    m_newestVersion = versions.isEmpty() ? 0 : versions.first().version;
    // Not before today, nor before the newest version (the store refuses both).
    const QDate earliest = versions.isEmpty()
                               ? QDate::currentDate()
                               : std::max(QDate::currentDate(), versions.first().effectiveFrom);
    m_from->setMinimumDate(earliest);
    if (m_from->date() < earliest)
        m_from->setDate(earliest);
    const bool list = RuleChecks::isList(set);
    m_table->setRowCount(0);
    for (const RuleEntry& e : std::as_const(m_current)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* rule = new QTableWidgetItem(list ? e.key : RuleTableModel::ruleLabel(e.key));
        rule->setData(KeyRole, e.key);
        rule->setToolTip(e.key);
        rule->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        const QString shown = list ? ComplaintFlow::choiceLabel(listOf(set), e.key, e.value)
                                   : RuleTableModel::valueLabel(e.value);
        auto* current = new QTableWidgetItem(shown);
        current->setToolTip(e.value);
        current->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        // List entries and rules a regulation fixes are shown, not edited.
        const bool editable = !list && !RuleChecks::isFixed(set, e.key);
        auto* next = new QTableWidgetItem(editable ? e.value : shown);
        next->setToolTip(RuleChecks::hint(set, e.key));
        next->setFlags(editable ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable
                                : Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_table->setItem(row, RuleColumn, rule);
        m_table->setItem(row, CurrentColumn, current);
        m_table->setItem(row, NewColumn, next);
    }
    m_table->resizeColumnToContents(RuleColumn);
    m_table->resizeColumnToContents(CurrentColumn);
    m_add->setVisible(list);
    m_hint->setText(list ? tr("Entries are added, never changed or removed: complaints already "
                              "filed keep their meaning.")
                         : tr("Double-click a new value to change it."));

    QStringList lines;
    for (const RuleSetVersion& v : versions)
        lines << tr("Version %1, in force from %2 — %3, %4%5")
                     .arg(v.version)
                     .arg(v.effectiveFrom.toString(Qt::ISODate), v.changedBy,
                          CustomerUi::localTime(v.changedAt),
                          v.reason.isEmpty() ? tr(" (shipped)") : tr(": %1").arg(v.reason));
    m_history->setText(lines.join(QLatin1Char('\n')));
    m_loading = false;
    revalidate();
}

QList<RuleEntry> RuleSetDialog::entries() const
{
    QList<RuleEntry> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem* rule = m_table->item(row, RuleColumn);
        const QTableWidgetItem* next = m_table->item(row, NewColumn);
        const bool added = row >= m_current.size();
        const QString key = added ? rule->text().trimmed() : rule->data(KeyRole).toString();
        // A rule shown but not edited keeps its stored value (the table shows it translated).
        const bool editable = added || (next->flags() & Qt::ItemIsEditable);
        const QString value = editable ? next->text().trimmed() : m_current.at(row).value;
        if (added && key.isEmpty() && value.isEmpty())
            continue; // an added row left empty
        out.append({key, value});
    }
    return out;
}

void RuleSetDialog::addEntry()
{
    const int row = m_table->rowCount();
    m_loading = true;
    m_table->insertRow(row);
    auto* rule = new QTableWidgetItem;
    rule->setToolTip(tr("The code: lower-case letters, digits or '_', starting with a letter"));
    auto* current = new QTableWidgetItem(tr("(new)"));
    current->setFlags(Qt::ItemIsEnabled);
    auto* next = new QTableWidgetItem;
    next->setToolTip(tr("The name shown in lists, one line"));
    m_table->setItem(row, RuleColumn, rule);
    m_table->setItem(row, CurrentColumn, current);
    m_table->setItem(row, NewColumn, next);
    m_loading = false;
    m_table->setFocus();
    m_table->setCurrentCell(row, RuleColumn); // opens its editor (CurrentChanged)
    revalidate();
}

void RuleSetDialog::showHint()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_current.size() || RuleChecks::isList(ruleSet()))
        return;
    const QString hint = RuleChecks::hint(ruleSet(), m_current.at(row).key);
    m_hint->setText(hint.isEmpty() ? QString() : tr("Accepted: %1").arg(hint));
}

void RuleSetDialog::revalidate()
{
    if (m_loading)
        return;
    const QList<RuleEntry> next = entries();
    const QList<RuleProblem> problems = RuleChecks::check(ruleSet(), m_current, next);
    QStringList messages;
    QStringList badKeys;
    for (const RuleProblem& p : problems) {
        messages << p.message;
        badKeys << p.key;
    }
    m_loading = true;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QTableWidgetItem* item = m_table->item(row, NewColumn);
        const QString key = row < m_current.size()
                                ? m_current.at(row).key
                                : m_table->item(row, RuleColumn)->text().trimmed();
        item->setForeground(badKeys.contains(key) ? QBrush(CustomerUi::breachedColour())
                                                  : QBrush());
    }
    m_loading = false;
    m_problems->setText(messages.join(QLatin1Char('\n')));
    QString blocked;
    if (!problems.isEmpty())
        blocked = tr("Correct the values marked in red first.");
    else if (next == m_current)
        blocked = tr("Change at least one value.");
    else if (m_reason->text().trimmed().size() < RuleStore::MinimumReasonLength)
        blocked = tr("Say why the rules change (at least %1 characters).")
                      .arg(RuleStore::MinimumReasonLength);
    m_publishButton->setEnabled(blocked.isEmpty());
    m_publishButton->setToolTip(
        blocked.isEmpty() ? tr("Version %1 of this rule set").arg(m_newestVersion + 1) : blocked);
}

void RuleSetDialog::publish()
{
    revalidate();
    if (!m_publishButton->isEnabled())
        return;
    StoreError e;
    QList<RuleProblem> problems;
    // New tier thresholds in force today set every customer's tier again in the same transaction
    // (TierUpkeep): seconds on a million customers, so the wait is shown.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const auto version = RuleStore(m_db).publish(m_session, ruleSet(), entries(), m_from->date(),
                                                 m_reason->text(), &problems, &e);
    QGuiApplication::restoreOverrideCursor();
    if (!version) {
        m_problems->setText(e.message);
        return;
    }
    m_published = *version;
    accept();
}

} // namespace rmdesk
