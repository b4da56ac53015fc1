#include "complaintui.h"

#include "customerui.h"

#include <QApplication>
#include <QStyle>
#include <QTableWidgetItem>

namespace rmdesk {

QColor ComplaintUi::deadlineColour(const Complaint& c)
{
    switch (c.clock.urgency) {
    case ClockState::Overdue:
        return CustomerUi::breachedColour();
    case ClockState::DueSoon:
        return CustomerUi::warningColour();
    case ClockState::Done:
        return c.clock.breached ? CustomerUi::breachedColour() : doneColour();
    case ClockState::Normal:
    case ClockState::Paused:
        break;
    }
    return QColor();
}

QIcon ComplaintUi::deadlineIcon(const Complaint& c)
{
    QStyle* style = QApplication::style();
    switch (c.clock.urgency) {
    case ClockState::Overdue:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case ClockState::DueSoon:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case ClockState::Paused:
        return style->standardIcon(QStyle::SP_MediaPause);
    case ClockState::Done:
        return style->standardIcon(c.clock.breached ? QStyle::SP_MessageBoxCritical
                                                    : QStyle::SP_DialogApplyButton);
    case ClockState::Normal:
        break;
    }
    return QIcon();
}

QString ComplaintUi::deadlineText(const Complaint& c)
{
    return ComplaintClock::describe(c.clock);
}

void ComplaintUi::styleDeadline(QTableWidgetItem* item, const Complaint& c)
{
    item->setText(deadlineText(c));
    item->setIcon(deadlineIcon(c));
    const QColor colour = deadlineColour(c);
    if (colour.isValid())
        item->setForeground(colour);
    item->setToolTip(
        tr("Due %1: %n day(s) from %2", nullptr, c.clock.periodDays)
            .arg(c.clock.due.toString(Qt::ISODate), c.clock.start.toString(Qt::ISODate)));
}

QString ComplaintUi::title(const Complaint& c)
{
    const QString who = c.who();
    return who.isEmpty() ? tr("No. %1").arg(c.id) : tr("No. %1 · %2").arg(c.id).arg(who);
}

QString ComplaintUi::noticeAboutLabel(const QString& about)
{
    if (about == QLatin1String("decision"))
        return tr("the decision");
    if (about == QLatin1String("extension"))
        return tr("the extension");
    if (about == QLatin1String("pause"))
        return tr("the pause");
    return tr("the complaint");
}

QString ComplaintUi::eventTitle(const ComplaintEvent& e, const ComplaintStore& store)
{
    const QString& k = e.kind;
    if (k == QLatin1String("opened"))
        return tr("Received");
    if (k == QLatin1String("accepted"))
        return tr("Accepted");
    if (k == QLatin1String("investigating"))
        return tr("Investigation started");
    if (k == QLatin1String("extended"))
        return tr("Deadline extended to %n day(s)", nullptr, e.days);
    if (k == QLatin1String("paused"))
        return tr("Clock paused for appraisal or testing");
    if (k == QLatin1String("resumed"))
        return tr("Clock resumed");
    if (k == QLatin1String("new_facts"))
        return tr("New facts: the clock restarts");
    if (k == QLatin1String("notified"))
        return tr("Complainant told of %1 (%2)")
            .arg(noticeAboutLabel(e.details.value(QStringLiteral("about")).toString()),
                 store.choiceLabel(QStringLiteral("channel"),
                                   e.details.value(QStringLiteral("channel")).toString()));
    if (k == QLatin1String("decided"))
        return tr("Decision");
    if (k == QLatin1String("responded"))
        return ComplaintFlow::responseLabel(e.details.value(QStringLiteral("response")).toString());
    if (k == QLatin1String("dispute_referred"))
        return tr("Dispute referred to %1")
            .arg(
                ComplaintFlow::referralLabel(e.details.value(QStringLiteral("referral")).toString())
                    .toLower());
    if (k == QLatin1String("dispute_outcome"))
        return tr("Outcome of the dispute");
    if (k == QLatin1String("closed"))
        return tr("Closed");
    if (k == QLatin1String("withdrawn"))
        return tr("Withdrawn by the complainant");
    if (k == QLatin1String("merged"))
        return tr("Merged into complaint %1")
            .arg(e.details.value(QStringLiteral("into")).toInteger());
    if (k == QLatin1String("repeat_merged"))
        return tr("Repeat complaint %1 merged into this one")
            .arg(e.details.value(QStringLiteral("from")).toInteger());
    if (k == QLatin1String("reopened"))
        return tr("Reopened");
    if (k == QLatin1String("cause_set"))
        return tr("Root cause: %1")
            .arg(store.choiceLabel(QStringLiteral("cause"),
                                   e.details.value(QStringLiteral("cause")).toString()));
    if (k == QLatin1String("action_added"))
        return tr("Improvement action added");
    if (k == QLatin1String("action_done"))
        return tr("Improvement action %1 done")
            .arg(e.details.value(QStringLiteral("action")).toInteger());
    return k;
}

QString ComplaintUi::eventDetails(const ComplaintEvent& e, const ComplaintStore& store)
{
    const QString& k = e.kind;
    if (k == QLatin1String("opened"))
        return tr("%1 · %2 · %3")
            .arg(store.choiceLabel(QStringLiteral("channel"),
                                   e.details.value(QStringLiteral("channel")).toString()),
                 store.choiceLabel(QStringLiteral("category"),
                                   e.details.value(QStringLiteral("category")).toString()),
                 e.text);
    if (k == QLatin1String("extended") && e.details.value(QStringLiteral("approved_by")).isString())
        return tr("%1 (approved by %2)")
            .arg(e.text, e.details.value(QStringLiteral("approved_by")).toString());
    if (k == QLatin1String("action_added"))
        return tr("%1 (owner %2, due %3)")
            .arg(e.text, e.details.value(QStringLiteral("owner")).toString(),
                 e.details.value(QStringLiteral("due_on")).toString());
    return e.text;
}

} // namespace rmdesk
