#pragma once

#include "stores/complaintstore.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace rmdesk {

// How rmdesk-cli prints a complaint: JSON (keys in snake_case, dates ISO 8601; due_at is the due
// date, see models/domain/complaintclock.h) and text for people.
class ComplaintJson
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintJson)

public:
    // complaint show: id, customer, status, received_at, due_at, paused_days, extensions,
    // decided_at, overdue and the rest, with the timeline and the improvement actions.
    static QJsonObject full(const Complaint& c, const ComplaintStore& store);
    // One row of complaint list.
    static QJsonObject summary(const Complaint& c, const ComplaintStore& store);
    static QJsonObject action(const ImprovementAction& a);
    // "deadline_state": normal, due_soon, overdue, paused, done.
    static QString urgencyName(ClockState::Urgency urgency);
    // "7  investigating  张*  fees  due 2026-03-16 (3 days left)"
    static QString line(const Complaint& c, const ComplaintStore& store);
    static QString text(const Complaint& c, const ComplaintStore& store);
};

} // namespace rmdesk
