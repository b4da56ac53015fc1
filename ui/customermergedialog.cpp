#include "customermergedialog.h"

#include "customerlistmodel.h"
#include "customerui.h"
#include "dialogs.h"
#include "passwordpair.h"
#include "security/permissions.h"
#include "security/vault.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace rmdesk {

namespace {

constexpr int MinimumTextLength = 4;

QColor differsColour()
{
    return QColor(0xff, 0xf1, 0xc9); // a pale amber, with the ≠ mark beside it
}

// A grid cell; rows whose values differ get a tinted background.
QWidget* cell(QWidget* content, bool highlight)
{
    auto* box = new QWidget;
    auto* layout = new QHBoxLayout(box);
    const int m = content->fontMetrics().height() / 5;
    layout->setContentsMargins(m * 2, m, m * 2, m);
    layout->addWidget(content, 1);
    if (highlight) {
        box->setAutoFillBackground(true);
        QPalette p = box->palette();
        p.setColor(QPalette::Window, differsColour());
        box->setPalette(p);
    }
    return box;
}

QString shownValue(const QString& field, const QString& value)
{
    return value.isEmpty() ? QStringLiteral("—") : CustomerListModel::valueLabel(field, value);
}

} // namespace

CustomerMergeDialog::CustomerMergeDialog(Vault& vault, qint64 keepId, qint64 absorbId,
                                         QWidget* parent)
    : QDialog(parent)
    , m_vault(vault)
    , m_store(vault.database().connection())
    , m_merge(vault.database().connection())
    , m_keepId(keepId)
    , m_absorbId(absorbId)
{
    build();
}

CustomerMergeDialog::CustomerMergeDialog(Vault& vault, const MergeRequest& request, QWidget* parent)
    : QDialog(parent)
    , m_vault(vault)
    , m_store(vault.database().connection())
    , m_merge(vault.database().connection())
    , m_keepId(request.keepId)
    , m_absorbId(request.absorbId)
    , m_request(request)
{
    build();
}

CustomerMergeDialog::~CustomerMergeDialog() = default;

void CustomerMergeDialog::build()
{
    setObjectName(QStringLiteral("customerMergeDialog"));
    setWindowTitle(tr("Compare and merge customers"));
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("mergeTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_intro = new QLabel;
    m_intro->setObjectName(QStringLiteral("mergeIntro"));
    m_intro->setWordWrap(true);
    m_scroll = new QScrollArea;
    m_scroll->setObjectName(QStringLiteral("mergeFields"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::StyledPanel);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addWidget(m_scroll, 1);

    auto* form = new QFormLayout;
    m_reason = new QLineEdit;
    m_reason->setObjectName(QStringLiteral("mergeReason"));
    m_reason->setPlaceholderText(tr("e.g. same ID card; the customer was added twice"));
    m_note = new QLineEdit;
    m_note->setObjectName(QStringLiteral("decisionNote"));
    m_note->setPlaceholderText(tr("Required to reject; optional to approve"));
    m_reasonLabel = new QLabel(tr("&Why are they the same customer? *"));
    m_reasonLabel->setBuddy(m_reason);
    m_noteLabel = new QLabel(tr("&Note for the requester:"));
    m_noteLabel->setBuddy(m_note);
    form->addRow(m_reasonLabel, m_reason);
    form->addRow(m_noteLabel, m_note);
    layout->addLayout(form);
    m_state = new QLabel;
    m_state->setObjectName(QStringLiteral("mergeState"));
    m_state->setWordWrap(true);
    layout->addWidget(m_state);
    m_problem = makeProblemLabel(QStringLiteral("mergeProblem"));
    layout->addWidget(m_problem);

    auto* buttons = new QHBoxLayout;
    m_swap = new QPushButton(tr("⇄ &Keep the other record"));
    m_swap->setObjectName(QStringLiteral("swapSidesButton"));
    m_swap->setToolTip(tr("Make the record on the right the one that is kept."));
    m_requestButton = new QPushButton(tr("&Request merge"));
    m_requestButton->setObjectName(QStringLiteral("requestMergeButton"));
    m_approveButton = new QPushButton(tr("&Approve merge…"));
    m_approveButton->setObjectName(QStringLiteral("approveMergeButton"));
    m_rejectButton = new QPushButton(tr("Re&ject"));
    m_rejectButton->setObjectName(QStringLiteral("rejectMergeButton"));
    auto* close = new QPushButton(tr("Close"));
    close->setObjectName(QStringLiteral("closeButton"));
    buttons->addWidget(m_swap);
    buttons->addStretch(1);
    buttons->addWidget(m_requestButton);
    buttons->addWidget(m_approveButton);
    buttons->addWidget(m_rejectButton);
    buttons->addWidget(close);
    layout->addLayout(buttons);

    connect(m_swap, &QPushButton::clicked, this, &CustomerMergeDialog::swapSides);
    connect(m_requestButton, &QPushButton::clicked, this, &CustomerMergeDialog::requestMerge);
    connect(m_approveButton, &QPushButton::clicked, this, &CustomerMergeDialog::approveMerge);
    connect(m_rejectButton, &QPushButton::clicked, this, &CustomerMergeDialog::rejectMerge);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this, &CustomerMergeDialog::updateButtons);
    connect(m_note, &QLineEdit::textChanged, this, &CustomerMergeDialog::updateButtons);
    const QFontMetrics fm = fontMetrics();
    resize(fm.horizontalAdvance(QLatin1Char('M')) * 72, fm.height() * 44);
}

bool CustomerMergeDialog::load(StoreError* error)
{
    StoreError e;
    const Session& session = m_vault.session();
    const auto keep = m_store.show(session, m_keepId, &e);
    const auto absorb = keep ? m_store.show(session, m_absorbId, &e) : std::nullopt;
    if (!keep || !absorb) {
        if (error)
            *error = e;
        return false;
    }
    m_keep = *keep;
    m_absorb = *absorb;
    fill();
    return true;
}

QString CustomerMergeDialog::sideTitle(const CustomerView& view, bool keep) const
{
    const QString who =
        tr("%1, branch %2, RM %3")
            .arg(view.value("name"), view.branch,
                 view.value("rm").isEmpty() ? QStringLiteral("—") : view.value("rm"));
    return (keep ? tr("Keep: customer %1") : tr("Merge in: customer %1")).arg(view.id) +
           QLatin1Char('\n') + who;
}

void CustomerMergeDialog::fill()
{
    const Session& session = m_vault.session();
    StoreError e;
    const QStringList differing = m_merge.differences(session, m_keepId, m_absorbId, &e);
    const QHash<QString, QString> chosen =
        m_request ? m_request->choices : CustomerMerge::defaultChoices(m_keep, m_absorb);
    const bool editable = !m_request;

    m_title->setText(tr("Customer %1 and customer %2").arg(m_keepId).arg(m_absorbId));
    if (m_request)
        m_intro->setText(tr("Requested by %1 on %2: “%3”. The values the merged record keeps are "
                            "selected; the record on the right is merged into the one on the "
                            "left.")
                             .arg(m_request->requestedBy,
                                  CustomerUi::localTime(m_request->requestedAt),
                                  m_request->reason));
    else
        m_intro->setText(tr("Choose, field by field, which value the merged record keeps; rows "
                            "marked ≠ differ. The record on the right is merged into the one on "
                            "the left: its changes, reviews, consents and holdings move over and "
                            "its number is no longer used. A supervisor approves the merge."));

    auto* host = new QWidget;
    auto* grid = new QGridLayout(host);
    grid->setHorizontalSpacing(0);
    grid->setVerticalSpacing(0);
    auto* fieldHeader = new QLabel(tr("Field"));
    QFont bold = fieldHeader->font();
    bold.setBold(true);
    fieldHeader->setFont(bold);
    grid->addWidget(cell(fieldHeader, false), 0, 0);
    // Each side's title, with the history it brings.
    for (int side = 0; side < 2; ++side) {
        auto* header = new QWidget;
        auto* stack = new QVBoxLayout(header);
        stack->setContentsMargins(0, 0, 0, 0);
        auto* title = new QLabel(sideTitle(side == 0 ? m_keep : m_absorb, side == 0));
        title->setObjectName(side == 0 ? QStringLiteral("keepTitle")
                                       : QStringLiteral("absorbTitle"));
        title->setFont(bold);
        const HistoryCounts h = m_merge.history(session, side == 0 ? m_keepId : m_absorbId, &e);
        auto* history = new QLabel(tr("History: %1")
                                       .arg(QStringList{tr("%n change(s)", nullptr, h.changes),
                                                        tr("%n review(s)", nullptr, h.reviews),
                                                        tr("%n consent(s)", nullptr, h.consents),
                                                        tr("%n holding(s)", nullptr, h.holdings)}
                                                .join(QStringLiteral(" · "))));
        history->setObjectName(side == 0 ? QStringLiteral("keepHistory")
                                         : QStringLiteral("absorbHistory"));
        history->setWordWrap(true);
        (side == 0 ? m_keepHistory : m_absorbHistory) = history;
        stack->addWidget(title);
        stack->addWidget(history);
        grid->addWidget(cell(header, false), 0, side + 1);
    }
    qDeleteAll(m_groups);
    m_groups.clear();
    const int widest = fontMetrics().horizontalAdvance(QLatin1Char('M')) * 24;
    int row = 1;
    for (const FieldDef& def : CustomerFields::forType(m_keep.type)) {
        const QString field = QString::fromLatin1(def.name);
        const bool differs = differing.contains(field);
        auto* label =
            new QLabel((differs ? QStringLiteral("≠ ") : QString()) + CustomerFields::label(field));
        if (differs) {
            label->setFont(bold);
            label->setToolTip(tr("The two records differ here."));
        }
        grid->addWidget(cell(label, differs), row, 0);
        auto* group = new QButtonGroup(this);
        m_groups.insert(field, group);
        for (int side = 0; side < 2; ++side) {
            const CustomerView& view = side == 0 ? m_keep : m_absorb;
            const QString text = shownValue(field, view.values.value(field));
            auto* radio = new QRadioButton(fontMetrics().elidedText(text, Qt::ElideRight, widest));
            radio->setObjectName((side == 0 ? QStringLiteral("keep_") : QStringLiteral("absorb_")) +
                                 field);
            radio->setToolTip(view.maskedFields.contains(field) ? tr("%1 (masked)").arg(text)
                                                                : text);
            // Fixed choices (a request, or the ID type that follows the ID number) stay readable:
            // not greyed out, only not clickable.
            if (!editable || field == QLatin1String("id_type")) {
                radio->setAttribute(Qt::WA_TransparentForMouseEvents);
                radio->setFocusPolicy(Qt::NoFocus);
            }
            // The value that survives is in bold.
            connect(radio, &QRadioButton::toggled, radio, [radio](bool on) {
                QFont f = radio->font();
                f.setBold(on);
                radio->setFont(f);
            });
            group->addButton(radio, side);
            grid->addWidget(cell(radio, differs), row, side + 1);
        }
        group->button(chosen.value(field) == QLatin1String("absorb") ? 1 : 0)->setChecked(true);
        if (field == QLatin1String("id_type"))
            group->button(0)->parentWidget()->setToolTip(tr("The ID type follows the ID number."));
        ++row;
    }
    // The ID type always goes with the ID number.
    if (QButtonGroup* number = m_groups.value(QStringLiteral("id_number"))) {
        connect(number, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
            if (QButtonGroup* type = m_groups.value(QStringLiteral("id_type")); type && checked)
                type->button(id)->setChecked(true);
        });
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    grid->setRowStretch(row, 1);
    m_scroll->setWidget(host);
    showProblem(m_problem, QString());
    updateButtons();
}

QHash<QString, QString> CustomerMergeDialog::choices() const
{
    QHash<QString, QString> out;
    for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it)
        out.insert(it.key(), it.value()->checkedId() == 1 ? QStringLiteral("absorb")
                                                          : QStringLiteral("keep"));
    return out;
}

void CustomerMergeDialog::choose(const QString& field, bool absorb)
{
    if (QButtonGroup* group = m_groups.value(field))
        group->button(absorb ? 1 : 0)->setChecked(true);
}

void CustomerMergeDialog::swapSides()
{
    if (m_request)
        return;
    std::swap(m_keepId, m_absorbId);
    std::swap(m_keep, m_absorb);
    fill();
}

void CustomerMergeDialog::updateButtons()
{
    const Session& session = m_vault.session();
    const Target keep{m_keep.branch, m_keep.rmUserId};
    const Target absorb{m_absorb.branch, m_absorb.rmUserId};
    const bool asking = !m_request;
    const bool canAsk = asking && Permissions::allows(session, Action::CustomerUpdate, keep) &&
                        Permissions::allows(session, Action::CustomerUpdate, absorb);
    const bool pending = m_request && m_request->status == QLatin1String("pending");
    const bool mine = m_request && m_request->requestedById == session.userId;
    const bool canDecide = pending && !mine &&
                           Permissions::allows(session, Action::CustomerMerge, keep) &&
                           Permissions::allows(session, Action::CustomerMerge, absorb);
    m_swap->setVisible(asking);
    m_reason->setVisible(canAsk);
    m_reasonLabel->setVisible(canAsk);
    m_note->setVisible(canDecide);
    m_noteLabel->setVisible(canDecide);
    m_requestButton->setVisible(canAsk);
    m_approveButton->setVisible(canDecide);
    m_rejectButton->setVisible(canDecide);

    const bool reasonOk = m_reason->text().trimmed().size() >= MinimumTextLength;
    m_requestButton->setEnabled(reasonOk);
    m_requestButton->setToolTip(
        reasonOk ? tr("Ask a supervisor to approve this merge.")
                 : tr("Say why these records are the same customer (at least %1 characters).")
                       .arg(MinimumTextLength));
    const bool noteOk = m_note->text().trimmed().size() >= MinimumTextLength;
    m_rejectButton->setEnabled(noteOk);
    m_rejectButton->setToolTip(noteOk ? QString()
                                      : tr("Say in the note why the merge is rejected (at least "
                                           "%1 characters).")
                                            .arg(MinimumTextLength));
    m_requestButton->setDefault(canAsk);
    m_approveButton->setDefault(canDecide);

    QString state;
    if (asking && !canAsk)
        state = tr("You may compare these records but not ask for their merge: both customers "
                   "must be in your book (relationship managers) or your branch (supervisors).");
    else if (pending && mine)
        state = tr("You asked for this merge; another supervisor of the branch decides it.");
    else if (pending && !canDecide)
        state = tr("Waiting for a supervisor of both customers' branch to decide.");
    else if (m_request && !pending)
        state = tr("%1 by %2 on %3. %4")
                    .arg(m_request->status == QLatin1String("approved") ? tr("Approved")
                                                                        : tr("Rejected"),
                         m_request->decidedBy, CustomerUi::localTime(m_request->decidedAt),
                         m_request->decisionNote);
    m_state->setText(state);
    m_state->setVisible(!state.isEmpty());
}

bool CustomerMergeDialog::requestMerge()
{
    StoreError e;
    qint64 id = 0;
    if (!m_merge.request(m_vault.session(), m_keepId, m_absorbId, choices(), m_reason->text(), &id,
                         &e)) {
        showProblem(m_problem, e.message);
        return false;
    }
    StoreError reread;
    m_request = m_merge.find(m_vault.session(), id, &reread);
    emit decided();
    accept();
    return true;
}

bool CustomerMergeDialog::approveMerge()
{
    if (!m_request)
        return false;
    if (!Dialogs::confirm(this, tr("Approve merge"),
                          tr("Merge customer %1 into customer %2? Customer %1 disappears from "
                             "lists and search; its changes, reviews, consents and holdings move "
                             "to customer %2, its record is archived, and the chosen values "
                             "replace those of customer %2. This cannot be undone.")
                              .arg(m_absorbId)
                              .arg(m_keepId),
                          tr("Merge")))
        return false;
    StoreError e;
    if (!m_merge.approve(m_vault.session(), m_request->id, m_note->text(), &e)) {
        showProblem(m_problem, e.message);
        return false;
    }
    emit decided();
    accept();
    return true;
}

bool CustomerMergeDialog::rejectMerge()
{
    if (!m_request)
        return false;
    StoreError e;
    if (!m_merge.reject(m_vault.session(), m_request->id, m_note->text(), &e)) {
        showProblem(m_problem, e.message);
        return false;
    }
    emit decided();
    accept();
    return true;
}

} // namespace rmdesk
