#include "idnumbers.h"

#include <QRegularExpression>

#include <array>

namespace rmdesk {

namespace {

// Removes every white-space character (leading, trailing and inside): people copy numbers with
// spaces between groups of digits, and full-width spaces from Chinese input methods.
QString withoutSpaces(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        if (!c.isSpace())
            out.append(c);
    return out;
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isAsciiUpperOrDigit(QChar c)
{
    return isAsciiDigit(c) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

bool allAsciiDigits(QStringView text)
{
    for (const QChar c : text)
        if (!isAsciiDigit(c))
            return false;
    return !text.isEmpty();
}

IdCheck failure(const QString& normalized, const QString& error)
{
    IdCheck r;
    r.normalized = normalized;
    r.error = error;
    return r;
}

IdCheck success(const QString& normalized)
{
    IdCheck r;
    r.ok = true;
    r.normalized = normalized;
    return r;
}

// GB/T 2260 province-level codes, the first two digits of a resident ID. 81 and 82 are Hong Kong
// and Macao, 83 Taiwan: the residence permits for Hong Kong, Macao and Taiwan residents (since
// 2018) are 18-digit GB 11643 numbers starting 810000, 820000 and 830000, with the same check
// character, so they are accepted as resident IDs. 71 (Taiwan in GB/T 2260) is listed too.
bool isProvinceCode(int code)
{
    return (code >= 11 && code <= 15) || (code >= 21 && code <= 23) || (code >= 31 && code <= 37) ||
           (code >= 41 && code <= 46) || (code >= 50 && code <= 54) || (code >= 61 && code <= 65) ||
           code == 71 || code == 81 || code == 82 || code == 83;
}

constexpr std::array<int, 17> kResidentWeights = {7, 9, 10, 5,  8, 4, 2, 1, 6,
                                                  3, 7, 9,  10, 5, 8, 4, 2};
constexpr char kResidentCheckChars[] = "10X98765432";

// GB 32100-2015's character set; a character's code value is its index here.
constexpr char kUsccCharset[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";
constexpr std::array<int, 17> kUsccWeights = {1,  3,  9,  27, 19, 26, 16, 17, 20,
                                              29, 25, 13, 8,  24, 10, 30, 28};

int usccValue(QChar c)
{
    if (c.unicode() > 0x7f)
        return -1;
    const char ch = static_cast<char>(c.unicode());
    if (ch == '\0')
        return -1;
    for (int i = 0; kUsccCharset[i] != '\0'; ++i)
        if (kUsccCharset[i] == ch)
            return i;
    return -1;
}

// The MOD 11-2 check over 17 digits shared by resident IDs and the 2023 foreign permanent
// residence ID card. Returns a null QChar unless `first17` is 17 ASCII digits.
QChar mod112CheckChar(QStringView first17)
{
    if (first17.size() != 17 || !allAsciiDigits(first17))
        return QChar();
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17[i].unicode() - '0') * kResidentWeights[static_cast<std::size_t>(i)];
    return QLatin1Char(kResidentCheckChars[sum % 11]);
}

// Resident IDs and new foreign permanent residence cards share one shape: digits up to the 17th
// character (from `from`), then a digit or X. Empty when the shape is right.
QString mod112ShapeProblem(const QString& n, int from)
{
    for (int i = from; i < 17; ++i)
        if (!isAsciiDigit(n[i]))
            return IdNumbers::tr("Character %1 should be a digit, not \"%2\".")
                .arg(i + 1)
                .arg(n[i]);
    if (!isAsciiDigit(n[17]) && n[17] != QLatin1Char('X'))
        return IdNumbers::tr("The last character should be a digit or X, not \"%1\".").arg(n[17]);
    return QString();
}

// The check character that does not agree with the rest. The message names neither the character
// the rest would need (typing it would make a mistyped number pass for another person's) nor any
// part of the number (it reaches import reports, which are files outside the database).
QString checkCharacterProblem()
{
    return IdNumbers::tr("The check character (the last) does not agree with the others: a "
                         "character is mistyped. Compare the whole number with the document.");
}

// The ISO 7064 MOD 11-2 check character of an 18-character number; empty when it is right.
QString mod112CheckProblem(const QString& n)
{
    return mod112CheckChar(QStringView(n).left(17)) == n[17] ? QString() : checkCharacterProblem();
}

} // namespace

QString idTypeName(IdType type)
{
    switch (type) {
    case IdType::ResidentId:
        return QStringLiteral("resident_id");
    case IdType::Passport:
        return QStringLiteral("passport");
    case IdType::HkMacauPermit:
        return QStringLiteral("hk_macau_permit");
    case IdType::TaiwanPermit:
        return QStringLiteral("taiwan_permit");
    case IdType::ForeignPermanent:
        return QStringLiteral("foreign_permanent");
    case IdType::Uscc:
        return QStringLiteral("uscc");
    }
    return QString();
}

// Exact spellings only (as written by idTypeName), so what is stored round-trips unchanged.
std::optional<IdType> idTypeFromName(const QString& name)
{
    for (const IdType t : {IdType::ResidentId, IdType::Passport, IdType::HkMacauPermit,
                           IdType::TaiwanPermit, IdType::ForeignPermanent, IdType::Uscc})
        if (idTypeName(t) == name)
            return t;
    return std::nullopt;
}

QChar IdNumbers::residentIdCheckChar(const QString& first17)
{
    return mod112CheckChar(first17);
}

QChar IdNumbers::usccCheckChar(const QString& first17)
{
    if (first17.size() != 17)
        return QChar();
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const int v = usccValue(first17[i]);
        if (v < 0)
            return QChar();
        sum += v * kUsccWeights[static_cast<std::size_t>(i)];
    }
    int c = 31 - sum % 31;
    if (c == 31)
        c = 0;
    return QLatin1Char(kUsccCharset[c]);
}

IdCheck IdNumbers::residentId(const QString& number, const QDate& today)
{
    const QString n = withoutSpaces(number).toUpper();
    if (n.isEmpty())
        return failure(n, tr("No number was given."));
    if (n.size() == 15 && allAsciiDigits(n))
        return failure(n, tr("This is an old 15-digit number; the 18-digit number is required."));
    if (n.size() != 18)
        return failure(n, tr("18 characters are needed; this has %1.").arg(n.size()));
    if (const QString problem = mod112ShapeProblem(n, 0); !problem.isEmpty())
        return failure(n, problem);

    const QString province = n.left(2);
    if (!isProvinceCode(province.toInt()))
        return failure(n, tr("The first two digits are not the code of a Chinese province."));

    const int year = n.mid(6, 4).toInt();
    const int month = n.mid(10, 2).toInt();
    const int day = n.mid(12, 2).toInt();
    // The birth date is personal data: the messages say where it is, not what it is.
    const QDate birth(year, month, day);
    if (!birth.isValid())
        return failure(n, tr("Characters 7 to 14 (the birth date) are not a date that exists."));
    if (birth < QDate(1900, 1, 1))
        return failure(n, tr("The birth date in it (characters 7 to 14) is before 1900."));
    const QDate limit = today.isValid() ? today : QDate::currentDate();
    if (birth > limit)
        return failure(n, tr("The birth date in it (characters 7 to 14) is in the future."));

    if (const QString problem = mod112CheckProblem(n); !problem.isEmpty())
        return failure(n, problem);

    IdCheck r = success(n);
    r.birthDate = birth;
    r.gender = (n[16].unicode() - '0') % 2 == 1 ? QStringLiteral("male") : QStringLiteral("female");
    return r;
}

IdCheck IdNumbers::uscc(const QString& number)
{
    const QString n = withoutSpaces(number).toUpper();
    if (n.isEmpty())
        return failure(n, tr("No code was given."));
    if (n.size() != 18)
        return failure(n, tr("18 characters are needed; this has %1.").arg(n.size()));
    for (int i = 0; i < 18; ++i) {
        const QChar c = n[i];
        if (usccValue(c) >= 0)
            continue;
        if (c == QLatin1Char('I') || c == QLatin1Char('O') || c == QLatin1Char('S') ||
            c == QLatin1Char('V') || c == QLatin1Char('Z'))
            return failure(n, tr("Character %1 is the letter %2, which these codes never use.")
                                  .arg(i + 1)
                                  .arg(c));
        return failure(n, tr("Character %1 should be a digit or a capital letter, not \"%2\".")
                              .arg(i + 1)
                              .arg(c));
    }
    // Registration authorities: 1-9 and A-G (organisation, civil affairs, industry and commerce,
    // and the others GB 32100 and its amendments assign), N (agriculture) and Y (other).
    static const QString authorities = QStringLiteral("123456789ABCDEFGNY");
    if (!authorities.contains(n[0]))
        return failure(n, tr("The first character %1 is not a registration authority.").arg(n[0]));
    if (!allAsciiDigits(QStringView(n).mid(2, 6)))
        return failure(
            n, tr("Characters 3 to 8 should be a six-digit region code, not %1.").arg(n.mid(2, 6)));
    if (usccCheckChar(n.left(17)) != n[17])
        return failure(n, checkCharacterProblem());
    return success(n);
}

IdCheck IdNumbers::passport(const QString& number)
{
    // Chinese ordinary passports are E or EA-EZ followed by digits, but foreign passports vary
    // widely, so only the ICAO machine-readable shape is required: letters and digits.
    const QString n = withoutSpaces(number).toUpper();
    if (n.isEmpty())
        return failure(n, tr("No number was given."));
    for (const QChar c : n)
        if (!isAsciiUpperOrDigit(c))
            return failure(n, tr("Only letters and digits are allowed, not \"%1\".").arg(c));
    if (n.size() < 5 || n.size() > 17)
        return failure(n, tr("5 to 17 letters and digits are needed; this has %1.").arg(n.size()));
    bool hasDigit = false;
    for (const QChar c : n)
        hasDigit = hasDigit || isAsciiDigit(c);
    if (!hasDigit)
        return failure(n, tr("A passport number has at least one digit; this has none."));
    return success(n);
}

IdCheck IdNumbers::hkMacauPermit(const QString& number)
{
    // Mainland Travel Permit for Hong Kong and Macao Residents: H (Hong Kong) or M (Macao) and
    // 8 digits (current cards) or 10 digits (older booklets, with the two-digit issue count).
    const QString n = withoutSpaces(number).toUpper();
    if (n.isEmpty())
        return failure(n, tr("No number was given."));
    if (n[0] != QLatin1Char('H') && n[0] != QLatin1Char('M'))
        return failure(
            n, tr("It should start with H (Hong Kong) or M (Macao), not \"%1\".").arg(n[0]));
    const QStringView digits = QStringView(n).mid(1);
    if (!allAsciiDigits(digits) || (digits.size() != 8 && digits.size() != 10))
        return failure(n, tr("%1 should be followed by 8 or 10 digits.").arg(n[0]));
    return success(n);
}

IdCheck IdNumbers::taiwanPermit(const QString& number)
{
    // Mainland Travel Permit for Taiwan Residents. Accepted: 8 digits (the card issued since
    // 2015), 10 digits, or 8 digits, a capital letter and a digit (the older booklets, whose
    // number carried the issue count after the 8 digits).
    static const QRegularExpression shape(
        QStringLiteral("^(?:[0-9]{8}|[0-9]{10}|[0-9]{8}[A-Z][0-9])$"));
    const QString n = withoutSpaces(number).toUpper();
    if (n.isEmpty())
        return failure(n, tr("No number was given."));
    if (!shape.match(n).hasMatch())
        return failure(n, tr("8 digits are needed (older permits: 10 digits, or 8 digits, a "
                             "letter and a digit)."));
    return success(n);
}

IdCheck IdNumbers::foreignPermanent(const QString& number)
{
    // Foreign Permanent Resident ID Card. Since December 2023: 18 characters starting with 9
    // and ending in the same MOD 11-2 check character as resident IDs. Cards issued before keep
    // the older 15-character number: 3 letters (nationality) and 12 digits.
    const QString n = withoutSpaces(number).toUpper();
    if (n.isEmpty())
        return failure(n, tr("No number was given."));
    if (n.size() == 15) {
        for (int i = 0; i < 3; ++i)
            if (n[i] < QLatin1Char('A') || n[i] > QLatin1Char('Z'))
                return failure(n, tr("An old-style number starts with 3 letters, then 12 digits."));
        if (!allAsciiDigits(QStringView(n).mid(3)))
            return failure(n, tr("An old-style number starts with 3 letters, then 12 digits."));
        return success(n);
    }
    if (n.size() != 18)
        return failure(
            n, tr("18 characters are needed (15 for cards issued before 2023); this has %1.")
                   .arg(n.size()));
    if (n[0] != QLatin1Char('9'))
        return failure(n, tr("An 18-character number starts with 9, not \"%1\".").arg(n[0]));
    if (const QString problem = mod112ShapeProblem(n, 1); !problem.isEmpty())
        return failure(n, problem);
    if (const QString problem = mod112CheckProblem(n); !problem.isEmpty())
        return failure(n, problem);
    return success(n);
}

IdCheck IdNumbers::check(IdType type, const QString& number, const QDate& today)
{
    switch (type) {
    case IdType::ResidentId:
        return residentId(number, today);
    case IdType::Passport:
        return passport(number);
    case IdType::HkMacauPermit:
        return hkMacauPermit(number);
    case IdType::TaiwanPermit:
        return taiwanPermit(number);
    case IdType::ForeignPermanent:
        return foreignPermanent(number);
    case IdType::Uscc:
        return uscc(number);
    }
    return failure(withoutSpaces(number).toUpper(), tr("Unknown kind of identity document."));
}

std::optional<QString> IdNumbers::mobile(const QString& number)
{
    QString n;
    n.reserve(number.size());
    for (const QChar c : number)
        if (!c.isSpace() && c != QLatin1Char('-'))
            n.append(c);
    if (n.startsWith(QLatin1String("+86")))
        n.remove(0, 3);
    else if (n.startsWith(QLatin1String("0086")))
        n.remove(0, 4);
    static const QRegularExpression shape(QStringLiteral("^1[3-9][0-9]{9}$"));
    if (!shape.match(n).hasMatch())
        return std::nullopt;
    return n;
}

bool IdNumbers::email(const QString& address)
{
    if (address.isEmpty() || address.size() > 254)
        return false;
    for (const QChar c : address)
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return false;
    const qsizetype at = address.indexOf(QLatin1Char('@'));
    if (at <= 0 || address.indexOf(QLatin1Char('@'), at + 1) >= 0)
        return false;
    const QString domain = address.mid(at + 1);
    if (!domain.contains(QLatin1Char('.')))
        return false;
    // Every label of the domain is non-empty: no leading, trailing or doubled dot.
    for (const QString& label : domain.split(QLatin1Char('.')))
        if (label.isEmpty())
            return false;
    return true;
}

} // namespace rmdesk
