#include "suitability.h"

#include <algorithm>

namespace rmdesk {

int Suitability::level(const QString& code)
{
    if (code.size() != 2 || (code[0] != QLatin1Char('C') && code[0] != QLatin1Char('R')))
        return 0;
    const int n = code[1].digitValue();
    return n >= 1 && n <= 5 ? n : 0;
}

SuitabilityVerdict Suitability::check(const QString& investorLevel, const QDate& expiresOn,
                                      const QDate& day, const QString& productLevel)
{
    const int investor = investorLevel.startsWith(QLatin1Char('C')) ? level(investorLevel) : 0;
    if (investor == 0)
        return SuitabilityVerdict::NotAssessed;
    if (expiresOn.isValid() && expiresOn < day)
        return SuitabilityVerdict::Expired;
    const int product = productLevel.startsWith(QLatin1Char('R')) ? level(productLevel) : 0;
    const int risk = product == 0 ? 5 : product;
    if (risk <= investor)
        return SuitabilityVerdict::Suitable;
    return investor == 1 ? SuitabilityVerdict::NeverForC1 : SuitabilityVerdict::AboveLevel;
}

SuitabilityFinding Suitability::assess(const QString& investorLevel, const QDate& expiresOn,
                                       const QDate& day,
                                       const QList<std::pair<QString, QString>>& products)
{
    SuitabilityFinding finding;
    for (const auto& [code, risk] : products) {
        const SuitabilityVerdict v = check(investorLevel, expiresOn, day, risk);
        if (v == SuitabilityVerdict::Suitable)
            continue;
        // The verdicts are in order of weight; those about the investor apply to every product.
        finding.verdict = std::max(finding.verdict, v);
        finding.codes << code;
        finding.products << QStringLiteral("%1 (%2)").arg(code, risk);
    }
    return finding;
}

QString Suitability::explain(SuitabilityVerdict verdict, const QString& investorLevel,
                             const QDate& expiresOn, const QStringList& products)
{
    const QString list = products.join(QStringLiteral(", "));
    switch (verdict) {
    case SuitabilityVerdict::Suitable:
        return QString();
    case SuitabilityVerdict::NotAssessed:
        return tr("The customer's risk tolerance has not been assessed: no product may be offered "
                  "before it is (%1).")
            .arg(list);
    case SuitabilityVerdict::Expired:
        return tr("The customer's risk assessment expired on %1: assess again before offering "
                  "products (%2).")
            .arg(expiresOn.toString(Qt::ISODate), list);
    case SuitabilityVerdict::AboveLevel:
        return tr("Above the customer's risk level %1: %2. Offer such a product only at the "
                  "customer's insistence, with a special risk warning they confirm, and record "
                  "both.")
            .arg(investorLevel, list);
    case SuitabilityVerdict::NeverForC1:
        return tr("The customer is a C1 investor: %1 must not be offered to them at all.")
            .arg(list);
    }
    return QString();
}

QString Suitability::name(SuitabilityVerdict verdict)
{
    switch (verdict) {
    case SuitabilityVerdict::Suitable:
        return QStringLiteral("suitable");
    case SuitabilityVerdict::NotAssessed:
        return QStringLiteral("not_assessed");
    case SuitabilityVerdict::Expired:
        return QStringLiteral("expired");
    case SuitabilityVerdict::AboveLevel:
        return QStringLiteral("above_level");
    case SuitabilityVerdict::NeverForC1:
        return QStringLiteral("never_for_c1");
    }
    return QString();
}

QString Suitability::handlingName(SuitabilityHandling handling)
{
    switch (handling) {
    case SuitabilityHandling::None:
        return QString();
    case SuitabilityHandling::Insisted:
        return QStringLiteral("insisted");
    case SuitabilityHandling::Declined:
        return QStringLiteral("declined");
    }
    return QString();
}

std::optional<SuitabilityHandling> Suitability::handlingFromName(const QString& name)
{
    for (const SuitabilityHandling h :
         {SuitabilityHandling::None, SuitabilityHandling::Insisted, SuitabilityHandling::Declined})
        if (name == handlingName(h))
            return h;
    return std::nullopt;
}

QString Suitability::handlingProblem(SuitabilityVerdict verdict, SuitabilityHandling handling)
{
    if (verdict == SuitabilityVerdict::Suitable)
        return handling == SuitabilityHandling::None
                   ? QString()
                   : tr("Every product advised on suits the customer: there is no exception to "
                        "record.");
    switch (handling) {
    case SuitabilityHandling::None:
        return tr("Say how it was handled: the customer insisted after a special risk warning "
                  "they confirmed, or the products were declined as unsuitable.");
    case SuitabilityHandling::Insisted:
        if (verdict == SuitabilityVerdict::NeverForC1)
            return tr("A C1 investor may not be offered products above R1, even at their "
                      "insistence: record the products as declined.");
        if (!insistenceAllowed(verdict))
            return tr("Without a valid risk assessment no product may be offered, even at the "
                      "customer's insistence: assess the customer first, or record the products "
                      "as declined.");
        return QString();
    case SuitabilityHandling::Declined:
        return QString();
    }
    return QString();
}

} // namespace rmdesk
