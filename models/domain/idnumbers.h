#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace rmdesk {

// The identity documents RM Desk records (CLI.md's --id-type spellings).
enum class IdType { ResidentId, Passport, HkMacauPermit, TaiwanPermit, ForeignPermanent, Uscc };

QString idTypeName(IdType type); // "resident_id", "passport", "hk_macau_permit", "taiwan_permit",
                                 // "foreign_permanent", "uscc"
std::optional<IdType> idTypeFromName(const QString& name);

// The result of checking one identity number.
struct IdCheck
{
    bool ok = false;
    QString normalized; // upper case, no spaces: what is stored and compared for duplicates
    QString error;      // translated, says what is wrong (without naming the field)
    // Resident IDs only: what the number itself says.
    QDate birthDate;
    QString gender; // "male" or "female"
};

class IdNumbers
{
    Q_DECLARE_TR_FUNCTIONS(IdNumbers)

public:
    // GB 11643-1999: 18 characters, a known province prefix, a real birth date not after `today`,
    // and the ISO 7064 MOD 11-2 check character (X for 10; lower-case x accepted and normalised).
    static IdCheck residentId(const QString& number, const QDate& today);
    // GB 32100-2015: 18 characters from its 31-character set, and its MOD 31 check character.
    static IdCheck uscc(const QString& number);
    static IdCheck passport(const QString& number);
    static IdCheck hkMacauPermit(const QString& number);
    static IdCheck taiwanPermit(const QString& number);
    static IdCheck foreignPermanent(const QString& number);
    static IdCheck check(IdType type, const QString& number, const QDate& today);

    // The check characters themselves, for tests and generators.
    static QChar residentIdCheckChar(const QString& first17);
    static QChar usccCheckChar(const QString& first17);

    // Mainland mobile numbers: 11 digits starting 13–19 (spaces, dashes and a +86 prefix removed).
    static std::optional<QString> mobile(const QString& number);
    static bool email(const QString& address);
};

} // namespace rmdesk
