// The words and figures customer lists show for stored codes and amounts.
#include "customerlistmodel.h"

namespace rmdesk {

CustomerListModel::ReviewState CustomerListModel::reviewStateOn(const QString& nextReviewDue,
                                                                const QDate& today)
{
    const QDate due = QDate::fromString(nextReviewDue, Qt::ISODate);
    if (!due.isValid())
        return ReviewNormal;
    if (due < today)
        return ReviewOverdue;
    return due <= today.addDays(DueSoonDays) ? ReviewDueSoon : ReviewNormal;
}

QString CustomerListModel::valueLabel(const QString& field, const QString& value)
{
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("lifecycle_stage/prospect"), QT_TR_NOOP("Prospect")},
        {QStringLiteral("lifecycle_stage/onboarding"), QT_TR_NOOP("Onboarding")},
        {QStringLiteral("lifecycle_stage/growing"), QT_TR_NOOP("Growing")},
        {QStringLiteral("lifecycle_stage/mature"), QT_TR_NOOP("Mature")},
        {QStringLiteral("lifecycle_stage/declining"), QT_TR_NOOP("Declining")},
        {QStringLiteral("lifecycle_stage/dormant"), QT_TR_NOOP("Dormant")},
        {QStringLiteral("lifecycle_stage/churned"), QT_TR_NOOP("Churned")},
        {QStringLiteral("lifecycle_stage/won_back"), QT_TR_NOOP("Won back")},
        // Codes before schema 11 (still in old change records): shown as their successors.
        {QStringLiteral("lifecycle_stage/new"), QT_TR_NOOP("Onboarding")},
        {QStringLiteral("lifecycle_stage/lost"), QT_TR_NOOP("Churned")},
        {QStringLiteral("tier/mass"), QT_TR_NOOP("Mass")},
        {QStringLiteral("tier/affluent"), QT_TR_NOOP("Affluent")},
        {QStringLiteral("tier/private"), QT_TR_NOOP("Private banking")},
        {QStringLiteral("status/active"), QT_TR_NOOP("Active")},
        {QStringLiteral("status/ended"), QT_TR_NOOP("Relationship ended")},
        {QStringLiteral("aml_risk/low"), QT_TR_NOOP("Low")},
        {QStringLiteral("aml_risk/medium"), QT_TR_NOOP("Medium")},
        {QStringLiteral("aml_risk/high"), QT_TR_NOOP("High")},
        {QStringLiteral("gender/male"), QT_TR_NOOP("Male")},
        {QStringLiteral("gender/female"), QT_TR_NOOP("Female")},
        {QStringLiteral("id_type/resident_id"), QT_TR_NOOP("Resident ID card")},
        {QStringLiteral("id_type/passport"), QT_TR_NOOP("Passport")},
        {QStringLiteral("id_type/hk_macau_permit"), QT_TR_NOOP("Hong Kong/Macau permit")},
        {QStringLiteral("id_type/taiwan_permit"), QT_TR_NOOP("Taiwan permit")},
        {QStringLiteral("id_type/foreign_permanent"), QT_TR_NOOP("Foreign permanent residence")},
        {QStringLiteral("id_type/uscc"), QT_TR_NOOP("Unified social credit code")},
        {QStringLiteral("purpose/marketing_contact"), QT_TR_NOOP("Marketing contact")},
        {QStringLiteral("purpose/data_sharing"), QT_TR_NOOP("Data sharing")},
        {QStringLiteral("purpose/cross_border_transfer"), QT_TR_NOOP("Cross-border transfer")},
        {QStringLiteral("purpose/profiling"), QT_TR_NOOP("Profiling")},
        {QStringLiteral("result/confirmed"), QT_TR_NOOP("Confirmed")},
        {QStringLiteral("result/updated"), QT_TR_NOOP("Updated")},
        {QStringLiteral("result/unreachable"), QT_TR_NOOP("Unreachable")},
        {QStringLiteral("access/customer.view"), QT_TR_NOOP("Viewed (masked)")},
        {QStringLiteral("access/unmask"), QT_TR_NOOP("Unmasked")},
        {QStringLiteral("access/customer.export"), QT_TR_NOOP("Exported")},
        {QStringLiteral("product/deposit"), QT_TR_NOOP("Deposit")},
        {QStringLiteral("product/wealth"), QT_TR_NOOP("Wealth management")},
        {QStringLiteral("product/fund"), QT_TR_NOOP("Fund")},
        {QStringLiteral("product/insurance"), QT_TR_NOOP("Insurance")},
        {QStringLiteral("product/bond"), QT_TR_NOOP("Bond")},
        {QStringLiteral("product/loan"), QT_TR_NOOP("Loan")},
        {QStringLiteral("product/other"), QT_TR_NOOP("Other")},
    };
    const auto it = labels.constFind(field + QLatin1Char('/') + value);
    return it == labels.cend() ? value : tr(*it);
}

QString CustomerListModel::yuan(qint64 fen)
{
    const bool negative = fen < 0;
    const quint64 abs = negative ? quint64(-fen) : quint64(fen);
    QString yuan = QString::number(abs / 100);
    for (qsizetype i = yuan.size() - 3; i > 0; i -= 3)
        yuan.insert(i, QLatin1Char(','));
    return (negative ? QStringLiteral("-") : QString()) + yuan + QLatin1Char('.') +
           QStringLiteral("%1").arg(abs % 100, 2, 10, QLatin1Char('0'));
}

} // namespace rmdesk
