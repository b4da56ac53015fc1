#pragma once

#include "customerlistmodel.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QLabel;
class QTableWidget;
class QWidget;

namespace rmdesk {

// Shared pieces of the customer screens: how catalogue fields are grouped, record tables, money
// and time formats, and the one palette for deadline states.
class CustomerUi
{
    Q_DECLARE_TR_FUNCTIONS(CustomerUi)

public:
    enum Group { Identity, Contact, Kyc, Service, GroupCount };
    static Group groupOf(const QString& field);
    static QString groupTitle(Group group);

    // A read-only, row-selecting table with a fixed row height and the given column titles.
    static QTableWidget* makeTable(const QString& objectName, const QStringList& headers);
    // Appends one row of texts; columns listed in `rightAligned` are aligned right.
    static void appendRow(QTableWidget* table, const QStringList& texts,
                          const QList<int>& rightAligned = {});
    static void fitColumns(QTableWidget* table);
    // A centred, word-wrapped empty-state text.
    static QLabel* makeEmptyLabel(const QString& objectName, const QString& text);

    // "1,234,567.89": yuan from fen, thousands separators and two decimals.
    static QString money(qint64 fen);
    // A stored UTC timestamp as local "yyyy-MM-dd HH:mm"; other texts unchanged.
    static QString localTime(const QString& isoUtc);

    // Warning amber and breached red (normal has no colour); always paired with text or icons.
    static QColor warningColour() { return QColor(0xb2, 0x6a, 0x00); }
    static QColor breachedColour() { return QColor(0xb0, 0x1c, 0x1c); }
    static void setTextColour(QWidget* widget, const QColor& colour);
    // "2026-01-31", "2026-01-31 — overdue" …, coloured by state, on a label.
    static void showReviewState(QLabel* label, const QString& due,
                                CustomerListModel::ReviewState state);
};

} // namespace rmdesk
