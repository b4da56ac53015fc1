#include "surveywidgets.h"

#include "customerui.h"
#include "security/vault.h"
#include "surveydialog.h"

#include <QButtonGroup>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace rmdesk {

namespace {

constexpr int TwoDigitMs = 1000; // "1" then "0" within this: 10

QPair<QString, QString> scaleEnds(QuestionType type)
{
    switch (type) {
    case QuestionType::Nps:
        return {SurveyDialog::tr("Not at all likely"), SurveyDialog::tr("Extremely likely")};
    case QuestionType::Csat:
        return {SurveyDialog::tr("Very dissatisfied"), SurveyDialog::tr("Very satisfied")};
    case QuestionType::Ces:
        return {SurveyDialog::tr("Very little effort"), SurveyDialog::tr("A great deal of effort")};
    default:
        return {};
    }
}

} // namespace

// ---- SurveyScale ---------------------------------------------------------------------------

SurveyScale::SurveyScale(QuestionType type, int min, int max, QWidget* parent)
    : QWidget(parent)
    , m_min(min)
    , m_max(max)
    , m_buttons(new QButtonGroup(this))
{
    setFocusPolicy(Qt::StrongFocus);
    // The numbers in a row, what the two ends mean under the first and the last.
    auto* grid = new QGridLayout(this);
    const int margin = fontMetrics().height() / 5;
    grid->setContentsMargins(margin, margin, margin, margin);
    grid->setHorizontalSpacing(margin);
    grid->setVerticalSpacing(0);
    const int width =
        fontMetrics().horizontalAdvance(QStringLiteral("10")) + fontMetrics().height();
    const int count = max - min + 1;
    for (int v = min; v <= max; ++v) {
        auto* button = new QToolButton;
        button->setObjectName(QStringLiteral("value_%1").arg(v));
        button->setText(QString::number(v));
        button->setCheckable(true);
        button->setFocusPolicy(Qt::NoFocus);
        button->setMinimumWidth(width);
        m_buttons->addButton(button, v);
        grid->addWidget(button, 0, v - min);
    }
    const auto [low, high] = scaleEnds(type);
    auto* lowLabel = new QLabel(low);
    lowLabel->setObjectName(QStringLiteral("scaleLow"));
    lowLabel->setForegroundRole(QPalette::PlaceholderText);
    auto* highLabel = new QLabel(high);
    highLabel->setObjectName(QStringLiteral("scaleHigh"));
    highLabel->setForegroundRole(QPalette::PlaceholderText);
    auto* ends = new QHBoxLayout;
    ends->setContentsMargins(0, 0, 0, 0);
    ends->addWidget(lowLabel);
    ends->addStretch(1);
    ends->addSpacing(fontMetrics().horizontalAdvance(QLatin1Char('M')));
    ends->addWidget(highLabel);
    grid->addLayout(ends, 1, 0, 1, count);
    grid->setColumnStretch(count, 1);
    setToolTip(tr("Type the number (for 10: 1 then 0), or use Left and Right; Backspace clears."));
    connect(m_buttons, &QButtonGroup::idClicked, this, [this] {
        setFocus(Qt::MouseFocusReason);
        emit valueChanged();
    });
}

std::optional<int> SurveyScale::value() const
{
    const int id = m_buttons->checkedId();
    if (id < m_min || id > m_max || !m_buttons->checkedButton())
        return std::nullopt;
    return id;
}

void SurveyScale::setValue(std::optional<int> value)
{
    if (value && *value >= m_min && *value <= m_max) {
        m_buttons->button(*value)->setChecked(true);
    } else if (QAbstractButton* checked = m_buttons->checkedButton()) {
        m_buttons->setExclusive(false);
        checked->setChecked(false);
        m_buttons->setExclusive(true);
    }
    emit valueChanged();
}

void SurveyScale::keyPressEvent(QKeyEvent* event)
{
    const int key = event->key();
    if (key >= Qt::Key_0 && key <= Qt::Key_9 && !(event->modifiers() & Qt::ControlModifier)) {
        const int digit = key - Qt::Key_0;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const int twoDigits = m_lastDigit * 10 + digit;
        if (m_lastDigit > 0 && now - m_lastDigitAt < TwoDigitMs && twoDigits <= m_max)
            setValue(twoDigits);
        else if (digit >= m_min && digit <= m_max)
            setValue(digit);
        m_lastDigit = digit;
        m_lastDigitAt = now;
        return;
    }
    const std::optional<int> current = value();
    switch (key) {
    case Qt::Key_Left:
    case Qt::Key_Down:
        setValue(current ? qMax(m_min, *current - 1) : m_min);
        return;
    case Qt::Key_Right:
    case Qt::Key_Up:
        setValue(current ? qMin(m_max, *current + 1) : m_max);
        return;
    case Qt::Key_Backspace:
    case Qt::Key_Delete:
        setValue(std::nullopt);
        return;
    default:
        event->ignore(); // Enter, Esc, Ctrl+Enter: the dialog's
    }
}

void SurveyScale::focusInEvent(QFocusEvent* event)
{
    m_lastDigit = -1;
    update();
    QWidget::focusInEvent(event);
}

void SurveyScale::focusOutEvent(QFocusEvent* event)
{
    update();
    QWidget::focusOutEvent(event);
}

void SurveyScale::paintEvent(QPaintEvent*)
{
    if (!hasFocus())
        return;
    // The whole row is one field: it shows the focus like one.
    QPainter painter(this);
    QPen pen(palette().color(QPalette::Highlight));
    pen.setWidth(2);
    painter.setPen(pen);
    painter.setRenderHint(QPainter::Antialiasing);
    const int inset = 1;
    painter.drawRoundedRect(rect().adjusted(inset, inset, -inset, -inset), 3, 3);
}

// ---- SurveyHistory -------------------------------------------------------------------------

SurveyHistory::SurveyHistory(Vault& vault, qint64 customerId, QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_customerId(customerId)
    , m_stack(new QStackedWidget)
    , m_table(CustomerUi::makeTable(QStringLiteral("surveyHistoryView"),
                                    {tr("Answered on"), tr("Survey"), tr("NPS"), tr("CSAT"),
                                     tr("CES"), tr("Channel"), tr("Linked to"), tr("Callback"),
                                     tr("Recorded by")}))
    , m_record(new QPushButton(tr("Record &survey…")))
{
    setObjectName(QStringLiteral("surveyHistory"));
    auto* layout = new QVBoxLayout(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(CustomerUi::makeEmptyLabel(
        QStringLiteral("surveyHistoryEmpty"),
        tr("No survey answers from this customer yet. Record one with Record survey… after a "
           "review, an onboarding or a closed complaint.")));
    for (int column : {2, 3, 4})
        m_table->horizontalHeaderItem(column)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_record->setObjectName(QStringLiteral("recordSurveyButton"));
    m_record->setToolTip(tr("Record the customer's answers to a satisfaction survey"));
    auto* bar = new QHBoxLayout;
    bar->addStretch(1);
    bar->addWidget(m_record);
    layout->addWidget(m_stack, 1);
    layout->addLayout(bar);
    connect(m_record, &QPushButton::clicked, this, &SurveyHistory::recordSurvey);
    setMayRecord(false);
}

void SurveyHistory::setMayRecord(bool may)
{
    m_record->setVisible(may);
}

void SurveyHistory::reload()
{
    StoreError error;
    const QList<SurveyResponse> responses =
        SurveyStore(m_vault.database().connection()).list(m_vault.session(), m_customerId, &error);
    m_table->setRowCount(0);
    const QString lang = SurveyDialog::language();
    auto score = [](const std::optional<int>& v) {
        return v ? QString::number(*v) : QStringLiteral("—");
    };
    for (const SurveyResponse& r : responses) {
        QString link;
        if (r.complaintId)
            link = tr("Complaint %1").arg(r.complaintId);
        else if (r.interactionId)
            link = tr("Contact No. %1").arg(r.interactionId);
        QString title = r.templateName;
        StoreError e;
        if (const auto t = SurveyStore(m_vault.database().connection())
                               .findTemplate(r.templateName, r.templateVersion, &e))
            title = t->title(lang);
        CustomerUi::appendRow(
            m_table,
            {r.answeredOn.toString(Qt::ISODate), title, score(r.nps), score(r.csat), score(r.ces),
             SurveyStore::channelLabel(r.channel), link,
             r.followUpTaskId ? tr("Task %1").arg(r.followUpTaskId) : QString(), r.recordedBy},
            {2, 3, 4});
    }
    CustomerUi::fitColumns(m_table);
    m_stack->setCurrentIndex(responses.isEmpty() ? 1 : 0);
}

void SurveyHistory::recordSurvey()
{
    auto* dialog = new SurveyDialog(m_vault, m_customerId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SurveyDialog::recorded, this, [this] {
        reload();
        emit recorded();
    });
    dialog->open();
}

} // namespace rmdesk
