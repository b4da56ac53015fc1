#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace rmdesk {

// Investor suitability (证券期货投资者适当性管理办法, the spec's figures table): an investor of
// risk level Cn may be offered products of R1 to Rn. Above that, only at the investor's insistence,
// with a special risk warning they confirm; never to a C1 investor. An assessment that has
// expired, or none at all, means no product may be offered until the investor is assessed.
// Deposits and loans are not investment products: these rules do not govern them.
enum class SuitabilityVerdict {
    Suitable,    // R level within the investor's C level
    NotAssessed, // no C level on file
    Expired,     // the assessment's validity ended before the day
    AboveLevel,  // above the C level: only at the investor's insistence, with a warning
    NeverForC1,  // above R1 for a C1 investor: not to be offered at all
};

// How product advice that does not suit was handled, as the regulation asks it to be recorded.
enum class SuitabilityHandling {
    None,     // not said
    Insisted, // the investor insisted after a special risk warning, which they confirmed
    Declined, // the investor was told the products do not suit them; none was offered
};

// The verdict on a set of products: the worst of theirs, and the products it is about.
struct SuitabilityFinding
{
    SuitabilityVerdict verdict = SuitabilityVerdict::Suitable;
    QStringList codes;    // the products that do not suit
    QStringList products; // the same, for people: "P4 (R4)"
};

class Suitability
{
    Q_DECLARE_TR_FUNCTIONS(Suitability)

public:
    // `investorLevel` "C1"…"C5" (empty: not assessed); `expiresOn` invalid: no end recorded;
    // `productLevel` "R1"…"R5" (anything else is treated as the highest risk, R5).
    static SuitabilityVerdict check(const QString& investorLevel, const QDate& expiresOn,
                                    const QDate& day, const QString& productLevel);
    // Every product (code → R level) checked; the finding names those that do not suit.
    static SuitabilityFinding assess(const QString& investorLevel, const QDate& expiresOn,
                                     const QDate& day,
                                     const QList<std::pair<QString, QString>>& products);
    // Whether a product of this type (products.type) is an investment product, which suitability
    // rules govern: not deposits, not loans.
    static bool applies(const QString& productType)
    {
        return productType != QLatin1String("deposit") && productType != QLatin1String("loan");
    }
    // 1…5 from "C3" or "R3"; 0 when it is neither.
    static int level(const QString& code);
    // The verdict for people, naming the products (codes with their R level) it is about.
    static QString explain(SuitabilityVerdict verdict, const QString& investorLevel,
                           const QDate& expiresOn, const QStringList& products);
    static QString explain(const SuitabilityFinding& finding, const QString& investorLevel,
                           const QDate& expiresOn)
    {
        return explain(finding.verdict, investorLevel, expiresOn, finding.products);
    }
    // "above_level" and the like, for audit rows and JSON.
    static QString name(SuitabilityVerdict verdict);

    // "insisted", "declined" ("" for None) and back; nullopt for any other text.
    static QString handlingName(SuitabilityHandling handling);
    static std::optional<SuitabilityHandling> handlingFromName(const QString& name);
    // Only products above a C2–C5 investor's level may be offered at their insistence: never
    // above R1 to a C1 investor, and nothing without a valid assessment.
    static bool insistenceAllowed(SuitabilityVerdict verdict)
    {
        return verdict == SuitabilityVerdict::AboveLevel;
    }
    // What is wrong with recording advice of this verdict handled so; empty when it may be.
    // Advice that does not suit must say how it was handled; advice that suits has nothing to say.
    static QString handlingProblem(SuitabilityVerdict verdict, SuitabilityHandling handling);
};

} // namespace rmdesk
