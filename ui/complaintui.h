#pragma once

#include "stores/complaintstore.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QString>

class QTableWidgetItem;

namespace rmdesk {

// Shared pieces of the complaint screens: the deadline state in the one palette (always with an
// icon and text), and how timeline rows read.
class ComplaintUi
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintUi)

public:
    // Red when overdue, amber when due soon, muted green when done in time, none otherwise
    // (CustomerUi's palette).
    static QColor deadlineColour(const Complaint& c);
    static QIcon deadlineIcon(const Complaint& c);
    // "3 days left", "overdue by 2 days", "paused since 2026-03-02", "deadline met" …
    static QString deadlineText(const Complaint& c);
    // A table cell with the deadline's icon, text and colour.
    static void styleDeadline(QTableWidgetItem* item, const Complaint& c);
    static QColor doneColour() { return QColor(0x3b, 0x7a, 0x57); }

    // "No. 7 · 张*" for titles and tabs.
    static QString title(const Complaint& c);
    // What a timeline row says, and its details.
    static QString eventTitle(const ComplaintEvent& e, const ComplaintStore& store);
    static QString eventDetails(const ComplaintEvent& e, const ComplaintStore& store);
    static QString noticeAboutLabel(const QString& about);
};

} // namespace rmdesk
