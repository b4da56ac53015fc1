#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rmdesk {

// Information grades of JR/T 0171-2020. C3 (passwords, card CVN, one-time codes) is never stored,
// so it has no value here.
enum class Grade { C1, C2 };

enum class CustomerType { Individual, Institution };
QString customerTypeName(CustomerType type); // "individual", "institution"
std::optional<CustomerType> customerTypeFromName(const QString& name);

// One field of the customer catalogue for one customer type: whether it is required, its grade,
// why it is collected (minimum necessary: nothing outside the catalogue is stored), and whether
// changing it needs a proof document.
struct FieldDef
{
    const char* name;
    Grade grade;
    bool required;
    bool identity;        // a change needs a proof document (type and reference)
    const char* maskRule; // key in the display_masking rules; "" for C1 or "hide entirely"
    const char* purpose;  // why it is collected (translated by CustomerFields::purpose)
};

struct FieldError
{
    QString field;
    QString message; // translated, names the field and says what is wrong
};

class CustomerFields
{
    Q_DECLARE_TR_FUNCTIONS(CustomerFields)

public:
    static const QList<FieldDef>& forType(CustomerType type);
    static const FieldDef* find(CustomerType type, const QString& name);
    static QStringList namesFor(CustomerType type);
    static QString label(const QString& name); // translated, for messages and forms
    static QString purpose(const FieldDef& field);
    // Numbers in free text that look like a resident ID or a bank card: notes should not hold them.
    static QStringList sensitiveLooking(const QString& text);

    static QStringList riskLevels() { return {"C1", "C2", "C3", "C4", "C5"}; }
    static QStringList amlRisks() { return {"low", "medium", "high"}; }
    static QStringList lifecycleStages();

    // The tier for assets under management (in fen) against the thresholds (in yuan) of the
    // customer_tiers rule set: "mass", "affluent" or "private".
    static QString tierFor(qint64 aumFen, qint64 affluentMinYuan, qint64 privateMinYuan);

    // Checks and normalises the values of a customer of `type` (field name → text; an empty text
    // clears the field). `complete`: the values are the whole record (add), not only changes.
    // Derives birth date and gender from a resident ID when they are not given, and refuses
    // values that disagree with it. Fields that do not belong to the type are errors.
    static QList<FieldError> normalise(CustomerType type, QHash<QString, QString>* values,
                                       bool complete, const QDate& today);
};

} // namespace rmdesk
