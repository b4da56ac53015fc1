#include "surveydialog.h"

#include "customerui.h"
#include "formdraft.h"
#include "globalsearch.h"
#include "passwordpair.h"
#include "security/permissions.h"
#include "security/vault.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace rmdesk {

namespace {

constexpr int ComplaintLink = 1;
constexpr int InteractionLink = 2;

QVariant linkData(int kind, qint64 id)
{
    return QVariantList{kind, id};
}

} // namespace

// ---- SurveyDialog --------------------------------------------------------------------------

SurveyDialog::SurveyDialog(Vault& vault, qint64 customerId, QWidget* parent,
                           const QString& templateName, qint64 complaintId, qint64 interactionId)
    : QDialog(parent)
    , m_vault(vault)
    , m_presetComplaint(complaintId)
    , m_presetInteraction(interactionId)
    , m_customerStack(new QStackedWidget)
    , m_search(new GlobalSearch(vault))
    , m_customerLabel(new QLabel)
    , m_template(new QComboBox)
    , m_answeredOn(new QDateEdit(QDate::currentDate()))
    , m_channel(new QComboBox)
    , m_link(new QComboBox)
    , m_questions(new QWidget)
    , m_questionLayout(new QVBoxLayout(m_questions))
    , m_scroll(new QScrollArea)
    , m_problem(makeProblemLabel(QStringLiteral("surveyProblem")))
    , m_followUp(new QLabel)
{
    setObjectName(QStringLiteral("surveyDialog"));
    setWindowTitle(tr("Record survey response"));
    m_search->setObjectName(QStringLiteral("surveyCustomerSearch"));
    m_customerLabel->setObjectName(QStringLiteral("surveyCustomer"));
    QFont bold = m_customerLabel->font();
    bold.setBold(true);
    m_customerLabel->setFont(bold);
    m_customerStack->addWidget(m_search);
    m_customerStack->addWidget(m_customerLabel);

    m_template->setObjectName(QStringLiteral("surveyTemplate"));
    StoreError error;
    m_templates = SurveyStore(vault.database().connection()).templates(&error);
    for (const SurveyTemplate& t : std::as_const(m_templates))
        m_template->addItem(t.title(language()), t.name);
    const QString wanted = templateName.isEmpty() ? QStringLiteral("annual-review") : templateName;
    m_template->setCurrentIndex(qMax(0, m_template->findData(wanted)));

    m_answeredOn->setObjectName(QStringLiteral("surveyAnsweredOn"));
    m_answeredOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_answeredOn->setCalendarPopup(true);
    m_answeredOn->setMaximumDate(QDate::currentDate());
    m_answeredOn->setToolTip(tr("The day the customer answered; never in the future."));
    m_answeredOn->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("2026-12-31")) +
                                  fontMetrics().height() * 3);
    m_channel->setObjectName(QStringLiteral("surveyChannel"));
    for (const QString& code : SurveyStore::channels())
        m_channel->addItem(SurveyStore::channelLabel(code), code);
    m_channel->setCurrentIndex(qMax(0, m_channel->findData(QStringLiteral("phone"))));
    m_link->setObjectName(QStringLiteral("surveyLink"));
    m_link->setToolTip(tr("The contact or complaint the customer is rating, if any."));
    m_link->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_link->setMinimumContentsLength(24);

    m_questions->setObjectName(QStringLiteral("surveyQuestions"));
    m_questionLayout->setContentsMargins(0, 0, 0, 0);
    m_scroll->setObjectName(QStringLiteral("surveyQuestionsArea"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(m_questions);

    m_followUp->setObjectName(QStringLiteral("surveyFollowUp"));
    m_followUp->setWordWrap(true);
    m_followUp->setVisible(false);

    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->addRow(tr("C&ustomer: *"), m_customerStack);
    form->addRow(tr("&Survey:"), m_template);
    auto* whenRow = new QHBoxLayout;
    whenRow->addWidget(m_answeredOn);
    auto* channelLabel = new QLabel(tr("C&hannel:"));
    channelLabel->setBuddy(m_channel);
    whenRow->addSpacing(fontMetrics().horizontalAdvance(QLatin1Char('M')));
    whenRow->addWidget(channelLabel);
    whenRow->addWidget(m_channel, 1);
    auto* answeredLabel = new QLabel(tr("&Answered on:"));
    answeredLabel->setBuddy(m_answeredOn);
    form->addRow(answeredLabel, whenRow);
    form->addRow(tr("&Linked to:"), m_link);
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(m_customerStack)))
        label->setBuddy(m_search->field());
    layout->addLayout(form);
    auto* line = new QFrame;
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_followUp);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Save);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setDefault(true);
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SurveyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_search, &GlobalSearch::customerChosen, this, &SurveyDialog::chooseCustomer);
    connect(m_template, &QComboBox::currentIndexChanged, this, &SurveyDialog::buildQuestions);
    connect(m_answeredOn, &QDateEdit::dateChanged, this, &SurveyDialog::validate);

    buildQuestions();
    if (customerId != 0)
        chooseCustomer(customerId);
    else
        m_customerStack->setCurrentIndex(0);
    validate();
    auto hooks = FormDraft::chosenCustomer(
        [this] { return m_customer.id; }, [this](qint64 id) { chooseCustomer(id); },
        [this](const QString& why) { showProblem(m_problem, why); });
    m_draft = new FormDraft(vault, this, {QStringLiteral("survey:") + wanted, customerId},
                            std::move(hooks));
    m_draft->skip(m_search);
    resize(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 56, sizeHint().height());
    QWidget* first = m_rows.isEmpty() ? nullptr : m_rows.first().input;
    if (customerId == 0)
        first = m_search->field();
    else if (templateName.isEmpty() || !first)
        first = m_template;
    first->setFocus();
}

SurveyDialog::~SurveyDialog() = default;

QString SurveyDialog::language()
{
    return QLocale().language() == QLocale::Chinese ? QStringLiteral("zh_CN")
                                                    : QStringLiteral("en");
}

QString SurveyDialog::followUpText(const SurveySaved& saved)
{
    if (!saved.followUpTaskId)
        return QString();
    return tr("A callback task was created for the relationship manager %1, due %2.")
        .arg(saved.followUpAssignee, saved.followUpOn.toString(Qt::ISODate));
}

QString SurveyDialog::templateName() const
{
    return m_template->currentData().toString();
}

qint64 SurveyDialog::linkedComplaint() const
{
    const QVariantList data = m_link->currentData().toList();
    return data.size() == 2 && data.at(0).toInt() == ComplaintLink ? data.at(1).toLongLong() : 0;
}

qint64 SurveyDialog::linkedInteraction() const
{
    const QVariantList data = m_link->currentData().toList();
    return data.size() == 2 && data.at(0).toInt() == InteractionLink ? data.at(1).toLongLong() : 0;
}

void SurveyDialog::chooseCustomer(qint64 customerId)
{
    StoreError error;
    const auto customer = InteractionStore(m_vault.database().connection())
                              .customer(m_vault.session(), customerId, &error);
    const bool may = customer && customer->mayRecord &&
                     Permissions::allows(m_vault.session(), Action::SurveyWrite);
    if (!may) {
        showProblem(m_problem, customer ? tr("You may look at this customer's record but not add "
                                             "to it: only their relationship manager or a "
                                             "supervisor of the branch records surveys.")
                                        : error.message);
        validate();
        return;
    }
    m_customer = *customer;
    m_customerLabel->setText(tr("%1 (No. %2)").arg(m_customer.name).arg(m_customer.id));
    m_customerStack->setCurrentIndex(1);
    m_link->clear();
    m_link->addItem(tr("Not linked"), linkData(0, 0));
    const QList<SurveyLink> links =
        SurveyStore(m_vault.database().connection()).links(m_vault.session(), customerId, &error);
    for (const SurveyLink& l : links)
        m_link->addItem(
            l.kind == SurveyLink::Complaint ? tr("Complaint %1: %2").arg(l.id).arg(l.label)
                                            : tr("Contact: %1").arg(l.label),
            linkData(l.kind == SurveyLink::Complaint ? ComplaintLink : InteractionLink, l.id));
    auto preset = [this](int kind, qint64 id, const QString& text) {
        if (!id)
            return;
        int index = m_link->findData(linkData(kind, id));
        if (index < 0) { // older than the recent ones listed
            m_link->addItem(text, linkData(kind, id));
            index = m_link->count() - 1;
        }
        m_link->setCurrentIndex(index);
    };
    preset(InteractionLink, m_presetInteraction, tr("Contact No. %1").arg(m_presetInteraction));
    preset(ComplaintLink, m_presetComplaint, tr("Complaint %1").arg(m_presetComplaint));
    showProblem(m_problem, QString());
    if (m_search->field()->hasFocus())
        m_template->setFocus();
    validate();
}

void SurveyDialog::buildQuestions()
{
    while (QLayoutItem* item = m_questionLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_rows.clear();
    const int index = m_template->currentIndex();
    if (index < 0 || index >= m_templates.size()) {
        validate();
        return;
    }
    const QString lang = language();
    const SurveyTemplate& survey = m_templates.at(index);
    int number = 0;
    for (const SurveyQuestion& q : survey.questions) {
        auto* block = new QWidget;
        block->setObjectName(QStringLiteral("block_") + q.key);
        auto* blockLayout = new QVBoxLayout(block);
        blockLayout->setContentsMargins(0, 0, 0, fontMetrics().height() / 2);
        blockLayout->setSpacing(fontMetrics().height() / 4);
        auto* text = new QLabel(
            (q.required ? tr("%1. %2 *") : tr("%1. %2")).arg(++number).arg(q.text(lang)));
        text->setObjectName(QStringLiteral("text_") + q.key);
        text->setWordWrap(true);
        text->setTextFormat(Qt::PlainText);
        if (q.required)
            text->setToolTip(tr("Required"));
        blockLayout->addWidget(text);
        Row row;
        row.question = q;
        switch (q.type) {
        case QuestionType::Nps:
        case QuestionType::Csat:
        case QuestionType::Ces: {
            const auto [low, high] = SurveyTemplates::scale(q.type);
            auto* scale =
                new SurveyScale(q.type, q.min < q.max ? q.min : low, q.min < q.max ? q.max : high);
            connect(scale, &SurveyScale::valueChanged, this, &SurveyDialog::validate);
            row.input = scale;
            break;
        }
        case QuestionType::Single: {
            auto* combo = new QComboBox;
            combo->addItem(tr("— not answered —"), QString());
            for (const SurveyOption& o : q.options)
                combo->addItem(lang == QLatin1String("zh_CN") ? o.textZh : o.textEn, o.code);
            connect(combo, &QComboBox::currentIndexChanged, this, &SurveyDialog::validate);
            row.input = combo;
            break;
        }
        case QuestionType::Multi: {
            auto* box = new QWidget;
            auto* grid = new QGridLayout(box);
            grid->setContentsMargins(0, 0, 0, 0);
            constexpr int Columns = 3;
            for (int i = 0; i < q.options.size(); ++i) {
                const SurveyOption& o = q.options.at(i);
                auto* check = new QCheckBox(lang == QLatin1String("zh_CN") ? o.textZh : o.textEn);
                check->setObjectName(QStringLiteral("option_") + o.code);
                check->setProperty("code", o.code);
                connect(check, &QCheckBox::toggled, this, &SurveyDialog::validate);
                grid->addWidget(check, i / Columns, i % Columns);
            }
            row.input = box;
            break;
        }
        case QuestionType::Text: {
            auto* edit = new QPlainTextEdit;
            edit->setTabChangesFocus(true);
            edit->setPlaceholderText(tr("In the customer's words. Ctrl+Enter saves."));
            edit->setFixedHeight(fontMetrics().lineSpacing() * 3 + fontMetrics().height());
            edit->installEventFilter(this);
            connect(edit, &QPlainTextEdit::textChanged, this, &SurveyDialog::validate);
            row.input = edit;
            break;
        }
        }
        row.input->setObjectName(QStringLiteral("question_") + q.key);
        row.problem = makeProblemLabel(QStringLiteral("problem_") + q.key);
        text->setBuddy(row.input);
        blockLayout->addWidget(row.input);
        blockLayout->addWidget(row.problem);
        m_questionLayout->addWidget(block);
        m_rows << row;
    }
    m_questionLayout->addStretch(1);
    fitQuestions();
    fixTabOrder();
    validate();
}

void SurveyDialog::fixTabOrder()
{
    QList<QWidget*> chain{m_search->field(), m_template, m_answeredOn, m_channel, m_link};
    for (const Row& row : std::as_const(m_rows)) {
        if (row.question.type == QuestionType::Multi) {
            for (QCheckBox* check : row.input->findChildren<QCheckBox*>())
                chain << check;
        } else {
            chain << row.input;
        }
    }
    chain << m_ok << m_cancel;
    for (int i = 1; i < chain.size(); ++i)
        if (chain.at(i - 1) && chain.at(i))
            setTabOrder(chain.at(i - 1), chain.at(i));
}

SurveyAnswers SurveyDialog::answers() const
{
    SurveyAnswers result;
    for (const Row& row : m_rows) {
        QString value;
        if (auto* scale = qobject_cast<SurveyScale*>(row.input)) {
            if (const auto v = scale->value())
                value = QString::number(*v);
        } else if (auto* combo = qobject_cast<QComboBox*>(row.input)) {
            value = combo->currentData().toString();
        } else if (auto* edit = qobject_cast<QPlainTextEdit*>(row.input)) {
            value = edit->toPlainText().trimmed();
        } else {
            QStringList codes;
            for (QCheckBox* check : row.input->findChildren<QCheckBox*>())
                if (check->isChecked())
                    codes << check->property("code").toString();
            value = codes.join(QLatin1Char(';'));
        }
        if (!value.isEmpty())
            result.insert(row.question.key, value);
    }
    return result;
}

void SurveyDialog::showAnswerErrors(const QList<SurveyAnswerError>& errors)
{
    QStringList general;
    for (Row& row : m_rows) {
        QStringList messages;
        for (const SurveyAnswerError& e : errors) {
            if (e.key != row.question.key)
                continue;
            // Under its question the message needs no "key: " (or Chinese "key：") in front.
            QString message = e.message;
            for (const QString& prefix : {e.key + QStringLiteral(": "), e.key + QChar(0xFF1A)})
                if (message.startsWith(prefix))
                    message = message.mid(prefix.size());
            if (!message.isEmpty())
                message[0] = message.at(0).toUpper();
            messages << message;
        }
        showProblem(row.problem, messages.join(QLatin1Char('\n')));
    }
    for (const SurveyAnswerError& e : errors) {
        const bool placed = std::any_of(m_rows.cbegin(), m_rows.cend(),
                                        [&e](const Row& r) { return r.question.key == e.key; });
        if (!placed)
            general << e.message;
    }
    if (!general.isEmpty())
        showProblem(m_problem, general.join(QLatin1Char('\n')));
    fitQuestions();
}

void SurveyDialog::fitQuestions()
{
    // Every question in sight when the screen allows; a scroll bar beyond that.
    m_questionLayout->activate();
    m_scroll->setMinimumHeight(
        qMin(m_questions->sizeHint().height(), fontMetrics().lineSpacing() * 30));
    m_scroll->setMinimumWidth(m_questions->sizeHint().width());
    if (isVisible())
        resize(width(), qMax(height(), sizeHint().height()));
}

void SurveyDialog::validate()
{
    if (!m_ok)
        return;
    QString reason;
    QList<SurveyAnswerError> errors;
    const int index = m_template->currentIndex();
    if (m_customer.id == 0)
        reason = tr("Choose the customer first: type a name, pinyin or mobile digits and press "
                    "Enter.");
    else if (index < 0 || index >= m_templates.size())
        reason = tr("No survey to record: the survey templates could not be read.");
    else if (m_answeredOn->date() > QDate::currentDate())
        reason = tr("The answer cannot be from the future.");
    else if (!(errors = SurveyTemplates::validate(m_templates.at(index), answers())).isEmpty())
        reason = errors.size() == 1 ? errors.first().message
                                    : tr("%n answer(s) are missing or not valid; see the "
                                         "questions marked in red.",
                                         nullptr, int(errors.size()));
    m_ok->setEnabled(reason.isEmpty());
    m_ok->setToolTip(reason.isEmpty() ? tr("Save (Ctrl+Enter)") : reason);
    if (m_triedToSave) {
        showAnswerErrors(errors);
        if (reason.isEmpty())
            showProblem(m_problem, QString());
    }
}

void SurveyDialog::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        if (m_followUp->isVisible())
            QDialog::accept();
        else
            accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

bool SurveyDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress && qobject_cast<QPlainTextEdit*>(watched)) {
        auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            (key->modifiers() & Qt::ControlModifier)) {
            accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void SurveyDialog::accept()
{
    if (m_followUp->isVisible()) { // saved already; the message was read
        QDialog::accept();
        return;
    }
    m_triedToSave = true;
    validate();
    if (!m_ok->isEnabled()) {
        const bool inline_ = std::any_of(m_rows.cbegin(), m_rows.cend(),
                                         [](const Row& r) { return !r.problem->text().isEmpty(); });
        showProblem(m_problem, inline_ ? tr("Answer the questions marked in red, then save.")
                                       : m_ok->toolTip());
        return;
    }
    NewSurveyResponse in;
    in.customerId = m_customer.id;
    in.templateName = templateName();
    in.answers = answers();
    in.answeredOn = m_answeredOn->date();
    in.channel = m_channel->currentData().toString();
    in.complaintId = linkedComplaint();
    in.interactionId = linkedInteraction();
    StoreError error;
    QList<SurveyAnswerError> answerErrors;
    SurveySaved saved;
    if (!SurveyStore(m_vault.database().connection())
             .record(m_vault.session(), in, &saved, &error, &answerErrors)) {
        showAnswerErrors(answerErrors);
        if (!error.message.isEmpty() || answerErrors.isEmpty())
            showProblem(m_problem, error.message);
        return;
    }
    m_saved = saved;
    emit recorded(m_customer.id, saved);
    if (!saved.followUpTaskId) {
        QDialog::accept();
        return;
    }
    finish();
}

void SurveyDialog::reject()
{
    if (m_followUp->isVisible())
        QDialog::accept(); // "Close" after the saved message
    else
        QDialog::reject();
}

void SurveyDialog::finish()
{
    // The person should know a callback is now on the RM's list: say so before closing.
    m_draft->saved();
    showProblem(m_problem, QString());
    m_followUp->setText(tr("Saved. %1").arg(followUpText(m_saved)));
    m_followUp->setVisible(true);
    CustomerUi::setTextColour(m_followUp, CustomerUi::warningColour());
    for (QWidget* w : {static_cast<QWidget*>(m_customerStack), static_cast<QWidget*>(m_template),
                       static_cast<QWidget*>(m_answeredOn), static_cast<QWidget*>(m_channel),
                       static_cast<QWidget*>(m_link), m_questions})
        w->setEnabled(false);
    m_ok->setVisible(false);
    m_cancel->setText(tr("Close"));
    m_cancel->setDefault(true);
    m_cancel->setFocus();
}

} // namespace rmdesk
