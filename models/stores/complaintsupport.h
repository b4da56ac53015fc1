#pragma once

// Small helpers shared by the complaint store's source files (complaintstore.cpp,
// complainttransitions.cpp, complaintrecords.cpp). Not for use outside them.
#include "stores/complaintstore.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace rmdesk {
class Masker;
}

namespace rmdesk::complaints {

// The columns of a complaint row (with its customer's scope), and of a timeline row; the kinds of
// timeline rows that move the clock. Defined in complaintstore.cpp.
extern const QString selectColumns;
extern const QString eventColumns;
extern const QStringList clockKinds;
Complaint rowFrom(const QSqlQuery& q, const Masker& masker);
ComplaintEvent eventFrom(const QSqlQuery& q);

inline QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

inline QString iso(const QDate& day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : QString();
}

inline QDate date(const QVariant& v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

inline QVariant nullable(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

inline QVariant nullable(const QDate& day)
{
    return day.isValid() ? QVariant(day.toString(Qt::ISODate)) : QVariant();
}

// The statuses in which the clock may run, for SQL.
inline QString openStatusList()
{
    return QStringLiteral("('received', 'accepted', 'investigating', 'reopened')");
}

inline bool exec(QSqlQuery& q, const QVariantList& binds, QString* error)
{
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

inline bool reasonGiven(const QString& text)
{
    return text.trimmed().size() >= ComplaintStore::MinimumReasonLength;
}

inline ComplaintEvent event(const QString& kind, const QDate& on, const QString& text = QString(),
                            const QJsonObject& details = QJsonObject(), int days = 0)
{
    ComplaintEvent e;
    e.kind = kind;
    e.on = on;
    e.text = text.trimmed();
    e.details = details;
    e.days = days;
    return e;
}

} // namespace rmdesk::complaints
