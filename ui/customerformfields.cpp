#include "customerformfields.h"

#include "customerlistmodel.h"
#include "domain/idnumbers.h"
#include "passwordpair.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QRegularExpressionValidator>
#include <QToolButton>
#include <QWidgetAction>

namespace rmdesk {

DateField::DateField(QWidget* parent)
    : QWidget(parent)
    , m_edit(new QLineEdit)
    , m_calendar(new QToolButton)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_calendar);
    m_edit->setPlaceholderText(tr("yyyy-MM-dd, or empty"));
    m_edit->setMaxLength(10);
    m_edit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9-]{0,10}")), m_edit));
    m_calendar->setText(tr("…"));
    m_calendar->setToolTip(tr("Pick a date from a calendar"));
    m_calendar->setFocusPolicy(Qt::NoFocus);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textChanged, this, &DateField::changed);
    connect(m_calendar, &QToolButton::clicked, this, &DateField::pick);
}

QString DateField::text() const
{
    return m_edit->text();
}

void DateField::setText(const QString& text)
{
    m_edit->setText(text);
}

void DateField::pick()
{
    QMenu menu(this);
    auto* calendar = new QCalendarWidget;
    const QDate current = QDate::fromString(m_edit->text(), Qt::ISODate);
    if (current.isValid())
        calendar->setSelectedDate(current);
    auto* action = new QWidgetAction(&menu);
    action->setDefaultWidget(calendar);
    menu.addAction(action);
    connect(calendar, &QCalendarWidget::activated, &menu, [this, &menu](QDate date) {
        m_edit->setText(date.toString(Qt::ISODate));
        menu.close();
    });
    connect(calendar, &QCalendarWidget::clicked, calendar, &QCalendarWidget::activated);
    menu.exec(m_calendar->mapToGlobal(QPoint(0, m_calendar->height())));
}

QString camelName(const QString& field)
{
    QString out;
    bool upper = false;
    for (const QChar c : field) {
        if (c == QLatin1Char('_')) {
            upper = true;
            continue;
        }
        out += upper ? c.toUpper() : c;
        upper = false;
    }
    return out;
}

namespace {

QStringList choicesFor(CustomerType type, const QString& field, bool* optional)
{
    *optional = true;
    if (field == QLatin1String("gender"))
        return {QStringLiteral("male"), QStringLiteral("female")};
    if (field == QLatin1String("risk_level"))
        return CustomerFields::riskLevels();
    if (field == QLatin1String("aml_risk")) {
        *optional = false; // the database keeps a rating for everyone (low by default)
        return CustomerFields::amlRisks();
    }
    if (field == QLatin1String("lifecycle_stage")) {
        *optional = false;
        return CustomerFields::lifecycleStages();
    }
    if (field == QLatin1String("id_type")) {
        if (type == CustomerType::Institution)
            return {idTypeName(IdType::Uscc)};
        return {idTypeName(IdType::ResidentId), idTypeName(IdType::Passport),
                idTypeName(IdType::HkMacauPermit), idTypeName(IdType::TaiwanPermit),
                idTypeName(IdType::ForeignPermanent)};
    }
    return {};
}

} // namespace

FieldEditor makeFieldEditor(CustomerType type, const FieldDef& def,
                            const std::function<void()>& changed)
{
    FieldEditor f;
    f.name = QString::fromLatin1(def.name);
    const QString camel = camelName(f.name);
    f.problem = makeProblemLabel(camel + QStringLiteral("Problem"));
    bool optional = true;
    const QStringList choices = choicesFor(type, f.name, &optional);
    if (!choices.isEmpty()) {
        auto* combo = new QComboBox;
        if (optional)
            combo->addItem(QCoreApplication::translate("rmdesk::CustomerForm", "(not given)"),
                           QString());
        for (const QString& c : choices)
            combo->addItem(f.name == QLatin1String("risk_level")
                               ? c
                               : CustomerListModel::valueLabel(f.name, c),
                           c);
        QObject::connect(combo, &QComboBox::currentIndexChanged, combo, [changed] { changed(); });
        f.editor = combo;
        f.text = [combo] { return combo->currentData().toString(); };
        f.setText = [combo](const QString& text) {
            int i = combo->findData(text);
            if (i < 0 && !text.isEmpty()) { // a masked or unexpected stored value, kept as it is
                combo->addItem(text, text);
                i = combo->count() - 1;
            }
            combo->setCurrentIndex(qMax(i, 0));
        };
    } else if (f.name.endsWith(QLatin1String("_date")) || f.name.endsWith(QLatin1String("_on")) ||
               f.name == QLatin1String("id_expiry")) {
        auto* date = new DateField;
        QObject::connect(date, &DateField::changed, date, [changed] { changed(); });
        f.editor = date;
        date->setObjectName(camel + QStringLiteral("Picker"));
        date->edit()->setObjectName(camel + QStringLiteral("Field"));
        f.text = [date] { return date->text(); };
        f.setText = [date](const QString& text) { date->setText(text); };
    } else if (f.name == QLatin1String("notes")) {
        auto* notes = new QPlainTextEdit;
        notes->setTabChangesFocus(true);
        notes->setFixedHeight(notes->fontMetrics().lineSpacing() * 4);
        QObject::connect(notes, &QPlainTextEdit::textChanged, notes, [changed] { changed(); });
        f.editor = notes;
        f.text = [notes] { return notes->toPlainText(); };
        f.setText = [notes](const QString& text) { notes->setPlainText(text); };
    } else {
        auto* edit = new QLineEdit;
        QObject::connect(edit, &QLineEdit::textChanged, edit, [changed] { changed(); });
        f.editor = edit;
        f.text = [edit] { return edit->text(); };
        f.setText = [edit](const QString& text) { edit->setText(text); };
    }
    if (f.editor->objectName().isEmpty())
        f.editor->setObjectName(camel + QStringLiteral("Field"));
    f.editor->setToolTip(CustomerFields::purpose(def));
    f.row = withProblem(f.editor, f.problem);
    return f;
}

} // namespace rmdesk
