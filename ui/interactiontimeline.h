#pragma once

#include "stores/interactionstore.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace rmdesk {

class Vault;

// The "Interactions" tab of the customer 360 view: the customer's contacts, newest first, with
// channel, purpose, outcome, products and follow-up; the selected one's summary in full below.
// "Log interaction…" (Ctrl+I anywhere in `shortcutScope`) opens the quick-entry dialog.
// Object names: interactionTimeline, interactionsView, interactionsEmpty, interactionDetail,
// logInteractionButton.
class InteractionTimeline : public QWidget
{
    Q_OBJECT
public:
    InteractionTimeline(Vault& vault, qint64 customerId, QWidget* shortcutScope,
                        QWidget* parent = nullptr);

    void reload();
    // Opens the quick-entry dialog for this customer (when the session may record).
    void logInteraction();
    QTableWidget* view() const { return m_table; }

signals:
    void recorded();

private:
    void showDetail();

    Vault& m_vault;
    qint64 m_customerId;
    QList<Interaction> m_rows;
    QPushButton* m_log;
    QStackedWidget* m_stack;
    QTableWidget* m_table;
    QLabel* m_detail;
};

} // namespace rmdesk
