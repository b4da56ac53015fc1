#include "formdraft.h"

#include "dialogs.h"
#include "security/vault.h"
#include "surveywidgets.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTimer>

namespace rmdesk {

namespace {

constexpr int FormVersion = 1;

QJsonValue valueOf(QWidget* w)
{
    if (auto* scale = qobject_cast<SurveyScale*>(w))
        return scale->value() ? QJsonValue(*scale->value()) : QJsonValue();
    if (auto* edit = qobject_cast<QLineEdit*>(w))
        return edit->text();
    if (auto* text = qobject_cast<QPlainTextEdit*>(w))
        return text->toPlainText();
    if (auto* combo = qobject_cast<QComboBox*>(w)) {
        const QVariant data = combo->currentData();
        if (data.isValid() && !combo->isEditable())
            return QJsonObject{{QStringLiteral("data"), QJsonValue::fromVariant(data)}};
        return QJsonObject{{QStringLiteral("text"), combo->currentText()}};
    }
    if (auto* button = qobject_cast<QAbstractButton*>(w))
        return button->isChecked();
    if (auto* date = qobject_cast<QDateTimeEdit*>(w))
        return date->dateTime().toString(Qt::ISODate);
    if (auto* spin = qobject_cast<QSpinBox*>(w))
        return spin->value();
    if (auto* spin = qobject_cast<QDoubleSpinBox*>(w))
        return spin->value();
    return QJsonValue(QJsonValue::Undefined);
}

void setValue(QWidget* w, const QJsonValue& v)
{
    if (auto* scale = qobject_cast<SurveyScale*>(w))
        scale->setValue(v.isDouble() ? std::optional<int>(v.toInt()) : std::nullopt);
    else if (auto* edit = qobject_cast<QLineEdit*>(w))
        edit->setText(v.toString());
    else if (auto* text = qobject_cast<QPlainTextEdit*>(w)) {
        if (text->toPlainText() != v.toString())
            text->setPlainText(v.toString());
    } else if (auto* combo = qobject_cast<QComboBox*>(w)) {
        const QJsonObject o = v.toObject();
        const int at = o.contains(QStringLiteral("data"))
                           ? combo->findData(o.value(QStringLiteral("data")).toVariant())
                           : combo->findText(o.value(QStringLiteral("text")).toString());
        if (at >= 0)
            combo->setCurrentIndex(at);
        else if (combo->isEditable())
            combo->setEditText(o.value(QStringLiteral("text")).toString());
    } else if (auto* button = qobject_cast<QAbstractButton*>(w))
        button->setChecked(v.toBool());
    else if (auto* date = qobject_cast<QDateTimeEdit*>(w)) {
        const QDateTime at = QDateTime::fromString(v.toString(), Qt::ISODate);
        if (at.isValid())
            date->setDateTime(at);
    } else if (auto* spin = qobject_cast<QSpinBox*>(w))
        spin->setValue(v.toInt());
    else if (auto* spin = qobject_cast<QDoubleSpinBox*>(w))
        spin->setValue(v.toDouble());
}

bool isInput(QWidget* w)
{
    if (auto* edit = qobject_cast<QLineEdit*>(w))
        return edit->echoMode() == QLineEdit::Normal && !edit->isReadOnly();
    if (auto* button = qobject_cast<QAbstractButton*>(w))
        return button->isCheckable();
    return qobject_cast<SurveyScale*>(w) || qobject_cast<QPlainTextEdit*>(w) ||
           qobject_cast<QComboBox*>(w) || qobject_cast<QAbstractSpinBox*>(w);
}

} // namespace

FormDraft::FormDraft(Vault& vault, QDialog* dialog, DraftKey key, Hooks hooks)
    : QObject(dialog)
    , m_vault(vault)
    , m_dialog(dialog)
    , m_key(std::move(key))
    , m_hooks(std::move(hooks))
    , m_store(vault.database().connection())
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(IntervalMs);
    connect(m_timer, &QTimer::timeout, this, &FormDraft::keep);
    connect(dialog, &QDialog::finished, this, &FormDraft::finished);
    dialog->installEventFilter(this);
}

FormDraft::Hooks FormDraft::chosenCustomer(std::function<qint64()> current,
                                           std::function<void(qint64)> choose,
                                           std::function<void(const QString&)> problem)
{
    Hooks hooks;
    hooks.capture = [current] { return QJsonObject{{QStringLiteral("customer"), current()}}; };
    hooks.restore = [current, choose](const QJsonObject& o) {
        const qint64 id = o.value(QStringLiteral("customer")).toInteger();
        if (id > 0 && id != current())
            choose(id);
    };
    hooks.customer = current;
    hooks.problem = std::move(problem);
    return hooks;
}

void FormDraft::skip(QWidget* widget)
{
    m_skipped << widget;
}

QList<QWidget*> FormDraft::inputs() const
{
    QList<QWidget*> found;
    for (QWidget* w : m_dialog->findChildren<QWidget*>()) {
        if (w->objectName().isEmpty() || w->objectName().startsWith(QLatin1String("qt_")) ||
            !isInput(w))
            continue;
        bool inside = false; // a part of another input (a scale's buttons), or skipped
        for (QWidget* p = w->parentWidget(); p && p != m_dialog && !inside; p = p->parentWidget())
            inside = qobject_cast<SurveyScale*>(p) || qobject_cast<QComboBox*>(p) ||
                     qobject_cast<QAbstractSpinBox*>(p);
        for (const QPointer<QWidget>& s : m_skipped)
            inside = inside || (s && (s == w || s->isAncestorOf(w)));
        if (!inside)
            found << w;
    }
    return found;
}

QString FormDraft::nameOf(QWidget* input) const
{
    QStringList path;
    for (QWidget* w = input; w && w != m_dialog; w = w->parentWidget())
        if (!w->objectName().isEmpty())
            path.prepend(w->objectName());
    return path.join(QLatin1Char('/'));
}

QJsonObject FormDraft::capture() const
{
    QJsonArray inputs;
    for (QWidget* w : this->inputs())
        inputs.append(QJsonObject{{QStringLiteral("name"), nameOf(w)},
                                  {QStringLiteral("value"), valueOf(w)}});
    QJsonObject form{{QStringLiteral("version"), FormVersion}, {QStringLiteral("inputs"), inputs}};
    if (m_hooks.capture)
        form.insert(QStringLiteral("dialog"), m_hooks.capture());
    return form;
}

void FormDraft::restore(const QJsonObject& form)
{
    if (form.value(QStringLiteral("version")).toInt() != FormVersion)
        return;
    if (m_hooks.restore)
        m_hooks.restore(form.value(QStringLiteral("dialog")).toObject());
    // Twice: an input may reset the ones after it (an outcome proposes a follow-up date, a
    // survey makes its questions), and the second pass sets them back to what was typed.
    const QJsonArray inputs = form.value(QStringLiteral("inputs")).toArray();
    for (int pass = 0; pass < 2; ++pass)
        for (const QJsonValue& entry : inputs) {
            const QString name = entry[QStringLiteral("name")].toString();
            for (QWidget* w : this->inputs())
                if (nameOf(w) == name) {
                    setValue(w, entry[QStringLiteral("value")]);
                    break;
                }
        }
}

void FormDraft::keep()
{
    if (!m_started) // not shown yet: nothing was typed
        return;
    StoreError error;
    if (!dirty()) {
        if (!m_kept.isEmpty() && m_store.discard(m_vault.session(), m_key, &error))
            m_kept = {};
        return;
    }
    const QJsonObject form = capture();
    if (form == m_kept)
        return;
    const qint64 customer = m_hooks.customer ? m_hooks.customer() : 0;
    if (m_store.save(m_vault.session(), m_key, customer,
                     QString::fromUtf8(QJsonDocument(form).toJson(QJsonDocument::Compact)), &error))
        m_kept = form;
    else if (m_hooks.problem && !m_done)
        m_hooks.problem(tr("The draft could not be kept: %1").arg(error.message));
}

QString FormDraft::keptAt(const QDateTime& savedAt)
{
    const QDateTime at = savedAt.toLocalTime();
    return at.date() == QDate::currentDate() ? at.toString(QStringLiteral("HH:mm"))
                                             : at.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

bool FormDraft::offer()
{
    const auto kept = m_store.load(m_vault.session(), m_key);
    if (!kept) {
        m_timer->start();
        return false;
    }
    QJsonObject form = QJsonDocument::fromJson(kept->body.toUtf8()).object();
    // Before schema 17 only the customer edit dialog kept drafts, and its body was the dialog's
    // own state: offered back through the hooks as it was.
    if (!form.contains(QStringLiteral("version")) && m_hooks.restore && !form.isEmpty())
        form = QJsonObject{{QStringLiteral("version"), FormVersion},
                           {QStringLiteral("inputs"), QJsonArray()},
                           {QStringLiteral("dialog"), form}};
    const QString when = keptAt(kept->savedAt);
    const bool wanted = Dialogs::confirm(
        m_dialog, tr("Unfinished entry"),
        tr("An unfinished entry in this form from %1 was kept. Restore it?").arg(when) +
            QLatin1Char('\n') + tr("If you do not restore it, it is discarded."),
        tr("Restore"));
    if (m_done) // the dialog closed while asking (the idle lock): the draft stays as it was
        return false;
    if (wanted && form.value(QStringLiteral("version")).toInt() == FormVersion) {
        restore(form);
        m_kept = capture();
        m_timer->start();
        return true;
    }
    m_store.discard(m_vault.session(), m_key);
    m_timer->start();
    return false;
}

bool FormDraft::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_dialog && event->type() == QEvent::Show && !m_started) {
        m_pristine = capture(); // as its opener set it up
        m_started = true;
        QTimer::singleShot(0, this, [this] {
            if (!m_done)
                offer();
        });
    }
    return QObject::eventFilter(watched, event);
}

void FormDraft::saved()
{
    m_timer->stop();
    m_done = true;
    m_store.discard(m_vault.session(), m_key);
}

void FormDraft::discard()
{
    saved();
}

void FormDraft::finished(int result)
{
    m_timer->stop();
    if (m_done)
        return;
    if (result == QDialog::Accepted) {
        m_done = true;
        m_store.discard(m_vault.session(), m_key);
        return;
    }
    keep();
    m_done = true;
}

} // namespace rmdesk
