#include "evaluationdialogs.h"

#include "customerui.h"
#include "dashboards/assessmentwidgets.h"
#include "passwordpair.h"
#include "security/vault.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rmdesk {

QString SupervisionUi::rating(std::optional<int> rating)
{
    if (!rating)
        return QStringLiteral("—");
    return tr("%1 — %2").arg(*rating).arg(EvaluationStore::ratingLabel(*rating));
}

QString SupervisionUi::evaluationStatus(const QString& status)
{
    if (status == QLatin1String("signed_off"))
        return tr("Signed off");
    if (status == QLatin1String("draft"))
        return tr("Draft");
    return status;
}

QStringList SupervisionUi::periodChoices(const QDate& today, bool current)
{
    QStringList months;
    QStringList quarters;
    const KpiPeriod thisMonth = KpiPeriod::monthOf(today);
    KpiPeriod m = current ? thisMonth : thisMonth.previous();
    for (int i = 0; i < 13; ++i, m = m.previous())
        months << m.code();
    KpiPeriod q{KpiPeriod::Quarter, today.year(), (today.month() - 1) / 3 + 1};
    if (!current)
        q = q.previous();
    for (int i = 0; i < 4; ++i, q = q.previous())
        quarters << q.code();
    const KpiPeriod lastYear{KpiPeriod::Year, today.year() - 1, 0};
    return months + quarters + QStringList{lastYear.code()};
}

QLabel* SupervisionUi::titleLabel(const QString& objectName, const QString& text)
{
    auto* title = new QLabel(text);
    title->setObjectName(objectName);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    font.setBold(true);
    title->setFont(font);
    return title;
}

QLabel* SupervisionUi::fieldLabel(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QIcon SupervisionUi::lockIcon()
{
    const int size = 64;
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor colour = qApp->palette().color(QPalette::WindowText);
    QPen pen(colour, size / 10.0);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    // The shackle, then the body.
    p.drawArc(QRectF(size * 0.28, size * 0.08, size * 0.44, size * 0.5), 0, 180 * 16);
    p.drawLine(QPointF(size * 0.28, size * 0.33), QPointF(size * 0.28, size * 0.45));
    p.drawLine(QPointF(size * 0.72, size * 0.33), QPointF(size * 0.72, size * 0.45));
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    p.drawRoundedRect(QRectF(size * 0.16, size * 0.44, size * 0.68, size * 0.48), size * 0.08,
                      size * 0.08);
    return QIcon(pixmap);
}

void SupervisionUi::fitColumns(QTableWidget* table)
{
    CustomerUi::fitColumns(table);
    const int em = table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    for (int c = 0; c < table->columnCount(); ++c)
        table->setColumnWidth(c, table->columnWidth(c) + em);
}

// ---- NewEvaluationDialog -------------------------------------------------------------------

NewEvaluationDialog::NewEvaluationDialog(Vault& vault, const QDateTime& now, QWidget* parent)
    : QDialog(parent)
    , m_vault(vault)
    , m_now(now.isValid() ? now : QDateTime::currentDateTime())
    , m_period(new QComboBox)
    , m_rm(new QComboBox)
    , m_preview(new QLabel)
    , m_problem(makeProblemLabel(QStringLiteral("evaluationProblem")))
{
    setObjectName(QStringLiteral("newEvaluationDialog"));
    setWindowTitle(tr("New evaluation"));
    m_period->setObjectName(QStringLiteral("evaluationPeriod"));
    for (const QString& code : SupervisionUi::periodChoices(m_now.date(), false))
        m_period->addItem(code, code);
    m_period->setToolTip(tr("Only a period that has ended can be evaluated."));
    m_rm->setObjectName(QStringLiteral("evaluationRm"));
    m_rm->setMinimumContentsLength(16);
    m_preview->setObjectName(QStringLiteral("evaluationPreview"));
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The score line and one line per KPI.
    m_preview->setMinimumHeight(fontMetrics().lineSpacing() * 9);
    m_preview->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The evaluation keeps the RM's scorecard of the period as it is "
                                "now; later changes to the data do not alter it."));
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    form->addRow(tr("&Period: *"), m_period);
    form->addRow(tr("&Relationship manager: *"), m_rm);
    layout->addLayout(form);
    auto* keep = new QLabel(tr("Score to keep:"));
    QFont bold = keep->font();
    bold.setBold(true);
    keep->setFont(bold);
    layout->addWidget(keep);
    layout->addWidget(m_preview);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setText(tr("Create evaluation"));
    m_ok->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewEvaluationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_period, &QComboBox::currentIndexChanged, this, &NewEvaluationDialog::loadCards);
    connect(m_rm, &QComboBox::currentIndexChanged, this, &NewEvaluationDialog::showPreview);
    loadCards();
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    resize(em * 46, sizeHint().height());
    m_period->setFocus();
}

void NewEvaluationDialog::loadCards()
{
    const QString previous = m_rm->currentData().toString();
    m_cards.clear();
    m_ranked = 0;
    showProblem(m_problem, QString());
    const auto period = KpiPeriod::parse(m_period->currentData().toString());
    StoreError error;
    std::optional<ScorecardSet> set;
    if (period)
        set = AssessmentStore(m_vault.database().connection(), m_now)
                  .scorecards(m_vault.session(), *period, QString(), &error);
    // The RMs already evaluated for the period, to say so before the store refuses.
    m_evaluated.clear();
    StoreError listError;
    EvaluationFilter filter;
    filter.period = m_period->currentData().toString();
    for (const Evaluation& e : EvaluationStore(m_vault.database().connection(), m_now)
                                   .list(m_vault.session(), filter, &listError))
        m_evaluated.insert(e.rm, e.id);
    const QSignalBlocker block(m_rm);
    m_rm->clear();
    if (set) {
        for (const Scorecard& c : std::as_const(set->cards)) {
            if (c.branch != m_vault.session().branch)
                continue;
            m_cards << c;
            if (c.rank > 0)
                ++m_ranked;
            const QString name = c.fullName.isEmpty() || c.fullName == c.rm
                                     ? c.rm
                                     : tr("%1 (%2)").arg(c.fullName, c.rm);
            m_rm->addItem(
                m_evaluated.contains(c.rm) ? tr("%1 — already evaluated").arg(name) : name, c.rm);
        }
    } else {
        showProblem(m_problem, error.message);
    }
    if (set && m_cards.isEmpty())
        showProblem(m_problem, tr("Branch %1 has no relationship managers to evaluate.")
                                   .arg(m_vault.session().branch));
    const int index = m_rm->findData(previous);
    m_rm->setCurrentIndex(index >= 0 ? index : 0);
    showPreview();
}

std::optional<Scorecard> NewEvaluationDialog::preview() const
{
    const QString rm = m_rm->currentData().toString();
    for (const Scorecard& c : m_cards)
        if (c.rm == rm)
            return c;
    return std::nullopt;
}

void NewEvaluationDialog::showPreview()
{
    const auto card = preview();
    if (!card) {
        m_preview->setText(QStringLiteral("—"));
        m_ok->setEnabled(false);
        m_ok->setToolTip(tr("Choose a period and a relationship manager."));
        return;
    }
    QStringList lines;
    lines << (card->total ? tr("Score %1 of 100, rank %2 / %3 in branch %4")
                                .arg(KpiText::points(card->total))
                                .arg(card->rank)
                                .arg(m_ranked)
                                .arg(card->branch)
                          : tr("No score: none of the KPIs has a value in this period."));
    for (const KpiScore& s : card->kpis)
        lines << tr("%1: %2 of %3, score %4")
                     .arg(KpiText::label(s.kpi), KpiText::value(s.kpi, s.actual),
                          KpiText::value(s.kpi, s.target), KpiText::points(s.score));
    const qint64 existing = m_evaluated.value(card->rm);
    const QString already = existing ? tr("%1 already has evaluation %2 for %3.")
                                           .arg(card->rm)
                                           .arg(existing)
                                           .arg(m_period->currentData().toString())
                                     : QString();
    m_preview->setText(lines.join(QLatin1Char('\n')));
    showProblem(m_problem, already);
    m_ok->setEnabled(existing == 0);
    m_ok->setToolTip(already);
}

void NewEvaluationDialog::accept()
{
    const auto card = preview();
    if (!card)
        return;
    qint64 id = 0;
    StoreError error;
    if (!EvaluationStore(m_vault.database().connection(), m_now)
             .create(m_vault.session(), card->rm, m_period->currentData().toString(), &id,
                     &error)) {
        showProblem(m_problem, error.message);
        return;
    }
    showProblem(m_problem, QString());
    emit created(id);
    QDialog::accept();
}

// ---- RateEvaluationDialog ------------------------------------------------------------------

RateEvaluationDialog::RateEvaluationDialog(Vault& vault, const Evaluation& evaluation,
                                           const QDateTime& now, QWidget* parent)
    : QDialog(parent)
    , m_vault(vault)
    , m_now(now.isValid() ? now : QDateTime::currentDateTime())
    , m_id(evaluation.id)
    , m_rating(new QComboBox)
    , m_comment(new QPlainTextEdit)
    , m_commentProblem(makeProblemLabel(QStringLiteral("evaluationCommentProblem")))
    , m_problem(makeProblemLabel(QStringLiteral("evaluationRateProblem")))
{
    setObjectName(QStringLiteral("rateEvaluationDialog"));
    setWindowTitle(tr("Rate %1 for %2").arg(evaluation.rm, evaluation.period));
    m_rating->setObjectName(QStringLiteral("evaluationRating"));
    for (int r = 1; r <= 5; ++r)
        m_rating->addItem(SupervisionUi::rating(r), r);
    m_rating->setCurrentIndex(evaluation.rating ? *evaluation.rating - 1 : 2);
    m_comment->setObjectName(QStringLiteral("evaluationComment"));
    m_comment->setTabChangesFocus(true);
    m_comment->setPlainText(evaluation.comment);
    m_comment->setPlaceholderText(tr("What went well, what must improve, and what was agreed."));
    m_comment->setMinimumHeight(fontMetrics().lineSpacing() * 5);

    auto* layout = new QVBoxLayout(this);
    auto* score = new QLabel(tr("Computed score %1 of 100, rank %2 / %3. The rating is your "
                                "judgement beside it; both stay once signed off.")
                                 .arg(KpiText::points(evaluation.score))
                                 .arg(evaluation.rank)
                                 .arg(evaluation.ranked));
    score->setObjectName(QStringLiteral("evaluationRateScore"));
    score->setWordWrap(true);
    layout->addWidget(score);
    auto* form = new QFormLayout;
    form->addRow(tr("&Rating: *"), m_rating);
    form->addRow(tr("&Comment: *"), withProblem(m_comment, m_commentProblem));
    layout->addLayout(form);
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Save);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RateEvaluationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_comment, &QPlainTextEdit::textChanged, this, &RateEvaluationDialog::validate);
    validate();
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    resize(em * 46, sizeHint().height());
    m_rating->setFocus();
}

void RateEvaluationDialog::validate()
{
    const QString text = m_comment->toPlainText().trimmed();
    QString reason;
    if (text.isEmpty())
        reason = tr("Give a comment with the rating.");
    else if (text.size() > EvaluationStore::MaximumCommentLength)
        reason = tr("The comment is longer than %1 characters.")
                     .arg(EvaluationStore::MaximumCommentLength);
    // The message under the field once something was typed; the tooltip always.
    showProblem(m_commentProblem,
                text.isEmpty() && m_comment->document()->isEmpty() ? QString() : reason);
    m_ok->setEnabled(reason.isEmpty());
    m_ok->setToolTip(reason);
}

void RateEvaluationDialog::accept()
{
    validate();
    if (!m_ok->isEnabled()) {
        showProblem(m_commentProblem, m_ok->toolTip());
        return;
    }
    StoreError error;
    if (!EvaluationStore(m_vault.database().connection(), m_now)
             .rate(m_vault.session(), m_id, m_rating->currentData().toInt(),
                   m_comment->toPlainText(), &error)) {
        showProblem(m_problem, error.message);
        return;
    }
    emit rated(m_id);
    QDialog::accept();
}

} // namespace rmdesk
