#pragma once

#include "stores/complaintstore.h"

#include <QHash>
#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QToolButton;

namespace rmdesk {

class Vault;

// One complaint: a header with its status and deadline (colour, icon and text), buttons for the
// steps the person may take now (and only those), the details of the complaint and its
// resolution, the timeline of every event, and its improvement actions. Closing a customer's
// complaint offers the post-complaint survey.
// Object names: complaintView, complaintTitle, complaintStatus, complaintDeadline,
// complaintFacts, openCustomerButton, revealButton, step<Name> buttons (stepAccept,
// stepInvestigate, stepExtend, stepPause, stepResume, stepNewFacts, stepDecide, stepNotify,
// stepRespond, stepDispute, stepClose, stepWithdraw, stepMerge, stepReopen, stepRootCause,
// stepAddAction), complaintDetails, complaintTimeline, complaintActions, actionDoneButton.
class ComplaintView : public QWidget
{
    Q_OBJECT
public:
    ComplaintView(Vault& vault, qint64 complaintId, QWidget* parent = nullptr);

    // Reads the complaint; false with *error when it is refused or missing.
    bool load(StoreError* error);
    qint64 complaintId() const { return m_id; }
    const Complaint& complaint() const { return m_complaint; }
    QString title() const;
    // What a step button does: accept and investigate at once, close after a confirmation, the
    // others through their dialog (opened, not executed).
    void takeStep(ComplaintStep step);
    void reveal();
    void markActionDone();
    // After a close: offers to record the post-complaint survey (customer complaints only, for
    // those who may record surveys for the customer), with the complaint linked.
    void offerSurvey();
    QPushButton* stepButton(ComplaintStep step) const { return m_steps.value(int(step)); }

signals:
    void customerChosen(qint64 customerId);
    void changed(qint64 complaintId);
    void titleChanged(const QString& title);

private:
    QWidget* buildHeader();
    QWidget* buildBody();
    void display(const Complaint& c);
    void showDetails(const Complaint& c, const ComplaintStore& store);
    // A store of today (a tab may stay open past midnight).
    ComplaintStore store() const;
    void afterChange();
    static QString objectNameFor(ComplaintStep step);
    static QString buttonText(ComplaintStep step);

    Vault& m_vault;
    qint64 m_id;
    Complaint m_complaint;
    QLabel* m_title = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_deadlineIcon = nullptr;
    QLabel* m_deadline = nullptr;
    QLabel* m_facts = nullptr;
    QPushButton* m_openCustomer = nullptr;
    QToolButton* m_reveal = nullptr;
    QHash<int, QPushButton*> m_steps;
    QFormLayout* m_details = nullptr;
    QTableWidget* m_timeline = nullptr;
    QTableWidget* m_actions = nullptr;
    QStackedWidget* m_actionsStack = nullptr;
    QPushButton* m_actionDone = nullptr;
};

} // namespace rmdesk
