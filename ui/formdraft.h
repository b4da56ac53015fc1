#pragma once

#include "stores/draftstore.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>

class QDialog;
class QTimer;
class QWidget;

namespace rmdesk {

class Vault;

// Keeps a dialog's unfinished form (UI: "an idle lock or a crash keeps a draft that is offered
// back"). The form is every named input of the dialog (line and text edits, combo boxes, check and
// radio buttons, date and number fields, survey scales; never a password field), in the order
// they were made, plus what the dialog adds through its hooks (the customer it chose).
//
// Once a second while the dialog is open, a form that differs from how it was opened is kept in
// the drafts table (so a crash loses at most a second); when the dialog closes without being
// saved (Cancel, Esc, the idle lock), it is kept at once. Saving the dialog discards the draft.
// The form as the dialog is first shown is the untouched one; then a draft kept for the same form
// and key is offered back (Dialogs::confirm); declining discards it.
class FormDraft : public QObject
{
    Q_OBJECT
public:
    static constexpr int IntervalMs = 1000;

    struct Hooks
    {
        std::function<QJsonObject()> capture;            // the dialog's own state
        std::function<void(const QJsonObject&)> restore; // called before the inputs are set
        std::function<qint64()> customer;                // the customer the form is about
        std::function<void(const QString&)> problem;     // shows why a draft was not kept
    };

    FormDraft(Vault& vault, QDialog* dialog, DraftKey key, Hooks hooks = {});

    // The hooks of a dialog in which the customer is chosen (by search): the customer's number
    // is kept, and chosen again, before anything else, when the draft is restored.
    static Hooks chosenCustomer(std::function<qint64()> current, std::function<void(qint64)> choose,
                                std::function<void(const QString&)> problem);

    // Leaves `widget` and what is inside it out of the form (a search field).
    void skip(QWidget* widget);
    QJsonObject capture() const;
    void restore(const QJsonObject& form);
    bool dirty() const { return m_started && capture() != m_pristine; }
    // Keeps the form now if it was changed (discards a kept draft if it was changed back).
    void keep();
    // Offers a kept draft back; true when it was restored. Done by itself on first show.
    bool offer();
    // When a draft was kept, as the question offering it says it: "07:06" today, else with
    // the day.
    static QString keptAt(const QDateTime& savedAt);
    // The form was saved though the dialog stays open (to show what saving did): no draft.
    void saved();
    // The person threw the form away: no draft, now or when the dialog closes.
    void discard();

private:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void finished(int result);
    QList<QWidget*> inputs() const;
    QString nameOf(QWidget* input) const;

    Vault& m_vault;
    QDialog* m_dialog;
    DraftKey m_key;
    Hooks m_hooks;
    DraftStore m_store;
    QList<QPointer<QWidget>> m_skipped;
    QTimer* m_timer;
    QJsonObject m_pristine;
    QJsonObject m_kept; // what the drafts table holds for this form (empty: nothing)
    bool m_started = false;
    bool m_done = false;
};

} // namespace rmdesk
