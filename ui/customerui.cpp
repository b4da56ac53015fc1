#include "customerui.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>

namespace rmdesk {

CustomerUi::Group CustomerUi::groupOf(const QString& field)
{
    static const QStringList identity = {QStringLiteral("name"),       QStringLiteral("gender"),
                                         QStringLiteral("birth_date"), QStringLiteral("id_type"),
                                         QStringLiteral("id_number"),  QStringLiteral("id_issuer"),
                                         QStringLiteral("id_expiry"),  QStringLiteral("legal_rep")};
    static const QStringList contact = {
        QStringLiteral("mobile"),   QStringLiteral("phones"),
        QStringLiteral("email"),    QStringLiteral("address"),
        QStringLiteral("contacts"), QStringLiteral("registered_address")};
    static const QStringList service = {QStringLiteral("lifecycle_stage"), QStringLiteral("tags"),
                                        QStringLiteral("notes")};
    if (identity.contains(field))
        return Identity;
    if (contact.contains(field))
        return Contact;
    if (service.contains(field))
        return Service;
    return Kyc;
}

QString CustomerUi::groupTitle(Group group)
{
    switch (group) {
    case Identity:
        return tr("Identity");
    case Contact:
        return tr("Contact");
    case Kyc:
        return tr("Know your customer and risk");
    case Service:
        return tr("Service");
    case GroupCount:
        break;
    }
    return QString();
}

QTableWidget* CustomerUi::makeTable(const QString& objectName, const QStringList& headers)
{
    auto* table = new QTableWidget(0, int(headers.size()));
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return table;
}

void CustomerUi::appendRow(QTableWidget* table, const QStringList& texts,
                           const QList<int>& rightAligned)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int c = 0; c < texts.size() && c < table->columnCount(); ++c) {
        auto* item = new QTableWidgetItem(texts.at(c));
        item->setToolTip(texts.at(c));
        if (rightAligned.contains(c))
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, c, item);
    }
}

void CustomerUi::fitColumns(QTableWidget* table)
{
    table->resizeColumnsToContents();
    const int widest = table->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 24;
    for (int c = 0; c < table->columnCount(); ++c)
        if (table->columnWidth(c) > widest)
            table->setColumnWidth(c, widest);
}

QLabel* CustomerUi::makeEmptyLabel(const QString& objectName, const QString& text)
{
    auto* label = new QLabel(text);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    return label;
}

QString CustomerUi::money(qint64 fen)
{
    return CustomerListModel::yuan(fen);
}

QString CustomerUi::localTime(const QString& isoUtc)
{
    const QDateTime at = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    if (!at.isValid())
        return isoUtc;
    return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

void CustomerUi::setTextColour(QWidget* widget, const QColor& colour)
{
    QPalette p = widget->palette();
    if (colour.isValid())
        p.setColor(QPalette::WindowText, colour);
    else
        p = QPalette();
    widget->setPalette(p);
}

void CustomerUi::showReviewState(QLabel* label, const QString& due,
                                 CustomerListModel::ReviewState state)
{
    switch (state) {
    case CustomerListModel::ReviewOverdue:
        label->setText(tr("⚠ %1 — overdue").arg(due));
        setTextColour(label, breachedColour());
        break;
    case CustomerListModel::ReviewDueSoon:
        label->setText(tr("%1 — due soon").arg(due));
        setTextColour(label, warningColour());
        break;
    case CustomerListModel::ReviewNormal:
        label->setText(due.isEmpty() ? tr("—") : due);
        setTextColour(label, QColor());
        break;
    }
}

} // namespace rmdesk
