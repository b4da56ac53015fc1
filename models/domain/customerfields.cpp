#include "customerfields.h"

#include "idnumbers.h"
#include "lifecyclerules.h"

#include <QRegularExpression>

namespace rmdesk {

namespace {

using G = Grade;

// Individuals (JR/T 0171-2020 grades; C3 is never collected).
const QList<FieldDef> individualFields = {
    {"name", G::C2, true, true, "name",
     QT_TRANSLATE_NOOP("CustomerFields", "identify the customer")},
    {"gender", G::C2, false, true, "", QT_TRANSLATE_NOOP("CustomerFields", "know your customer")},
    {"birth_date", G::C2, false, true, "",
     QT_TRANSLATE_NOOP("CustomerFields", "know your customer; suitability by age")},
    {"id_type", G::C1, false, true, "",
     QT_TRANSLATE_NOOP("CustomerFields", "identify the customer (anti-money-laundering)")},
    {"id_number", G::C2, false, true, "id_number",
     QT_TRANSLATE_NOOP("CustomerFields", "identify the customer (anti-money-laundering)")},
    {"id_issuer", G::C2, false, true, "",
     QT_TRANSLATE_NOOP("CustomerFields", "verify the identity document")},
    {"id_expiry", G::C2, false, true, "",
     QT_TRANSLATE_NOOP("CustomerFields", "remind before the document expires")},
    {"mobile", G::C2, false, false, "mobile",
     QT_TRANSLATE_NOOP("CustomerFields", "contact the customer")},
    {"phones", G::C2, false, false, "mobile",
     QT_TRANSLATE_NOOP("CustomerFields", "contact the customer")},
    {"email", G::C2, false, false, "email",
     QT_TRANSLATE_NOOP("CustomerFields", "contact the customer")},
    {"address", G::C2, false, false, "address",
     QT_TRANSLATE_NOOP("CustomerFields", "contact the customer; visits")},
    {"occupation", G::C2, false, false, "",
     QT_TRANSLATE_NOOP("CustomerFields", "know your customer; suitability")},
    {"employer", G::C2, false, false, "",
     QT_TRANSLATE_NOOP("CustomerFields", "know your customer")},
    {"risk_level", G::C1, false, false, "",
     QT_TRANSLATE_NOOP("CustomerFields", "suitability of products (C1–C5)")},
    {"risk_assessed_on", G::C1, false, false, "",
     QT_TRANSLATE_NOOP("CustomerFields", "suitability: when the risk level was assessed")},
    {"risk_expires_on", G::C1, false, false, "",
     QT_TRANSLATE_NOOP("CustomerFields", "suitability: when it must be assessed again")},
    {"aml_risk", G::C1, false, false, "",
     QT_TRANSLATE_NOOP("CustomerFields", "anti-money-laundering rating; sets the review cadence")},
    {"lifecycle_stage", G::C1, false, false, "",
     QT_TRANSLATE_NOOP("CustomerFields", "differentiated service by stage")},
    {"tags", G::C1, false, false, "",
     QT_TRANSLATE_NOOP("CustomerFields", "service notes for the relationship manager")},
    {"notes", G::C1, false, false, "",
     QT_TRANSLATE_NOOP("CustomerFields", "service notes for the relationship manager")},
};

// Institutions: registry data is public (C1); the people behind it are not.
const QList<FieldDef> institutionFields = {
    {"name", G::C1, true, true, "", QT_TRANSLATE_NOOP("CustomerFields", "identify the customer")},
    {"id_type", G::C1, false, true, "",
     QT_TRANSLATE_NOOP("CustomerFields", "identify the customer (anti-money-laundering)")},
    {"id_number", G::C1, false, true, "",
     QT_TRANSLATE_NOOP("CustomerFields", "identify the customer (anti-money-laundering)")},
    {"legal_rep", G::C2, false, true, "name",
     QT_TRANSLATE_NOOP("CustomerFields", "identify the legal representative")},
    {"contacts", G::C2, false, false, "name",
     QT_TRANSLATE_NOOP("CustomerFields", "contact the customer")},
    {"mobile", G::C2, false, false, "mobile",
     QT_TRANSLATE_NOOP("CustomerFields", "contact the customer")},
    {"email", G::C2, false, false, "email",
     QT_TRANSLATE_NOOP("CustomerFields", "contact the customer")},
    {"industry", G::C1, false, false, "",
     QT_TRANSLATE_NOOP("CustomerFields", "know your customer; segmentation")},
    {"registered_address", G::C1, false, false, "",
     QT_TRANSLATE_NOOP("CustomerFields", "identify the customer")},
    {"risk_level", G::C1, false, false, "",
     QT_TRANSLATE_NOOP("CustomerFields", "suitability of products (C1–C5)")},
    {"risk_assessed_on", G::C1, false, false, "",
     QT_TRANSLATE_NOOP("CustomerFields", "suitability: when the risk level was assessed")},
    {"risk_expires_on", G::C1, false, false, "",
     QT_TRANSLATE_NOOP("CustomerFields", "suitability: when it must be assessed again")},
    {"aml_risk", G::C1, false, false, "",
     QT_TRANSLATE_NOOP("CustomerFields", "anti-money-laundering rating; sets the review cadence")},
    {"lifecycle_stage", G::C1, false, false, "",
     QT_TRANSLATE_NOOP("CustomerFields", "differentiated service by stage")},
    {"tags", G::C1, false, false, "",
     QT_TRANSLATE_NOOP("CustomerFields", "service notes for the relationship manager")},
    {"notes", G::C1, false, false, "",
     QT_TRANSLATE_NOOP("CustomerFields", "service notes for the relationship manager")},
};

QDate parseDate(const QString& text)
{
    return QDate::fromString(text, Qt::ISODate);
}

} // namespace

QString customerTypeName(CustomerType type)
{
    return type == CustomerType::Institution ? QStringLiteral("institution")
                                             : QStringLiteral("individual");
}

std::optional<CustomerType> customerTypeFromName(const QString& name)
{
    if (name == QLatin1String("individual"))
        return CustomerType::Individual;
    if (name == QLatin1String("institution"))
        return CustomerType::Institution;
    return std::nullopt;
}

const QList<FieldDef>& CustomerFields::forType(CustomerType type)
{
    return type == CustomerType::Institution ? institutionFields : individualFields;
}

const FieldDef* CustomerFields::find(CustomerType type, const QString& name)
{
    for (const FieldDef& f : forType(type))
        if (name == QLatin1String(f.name))
            return &f;
    return nullptr;
}

QStringList CustomerFields::namesFor(CustomerType type)
{
    QStringList names;
    for (const FieldDef& f : forType(type))
        names << QString::fromLatin1(f.name);
    return names;
}

QStringList CustomerFields::lifecycleStages()
{
    return LifecycleRules::stages();
}

QString CustomerFields::tierFor(qint64 aumFen, qint64 affluentMinYuan, qint64 privateMinYuan)
{
    if (aumFen >= privateMinYuan * 100)
        return QStringLiteral("private");
    if (aumFen >= affluentMinYuan * 100)
        return QStringLiteral("affluent");
    return QStringLiteral("mass");
}

QString CustomerFields::purpose(const FieldDef& field)
{
    return tr(field.purpose);
}

QString CustomerFields::label(const QString& name)
{
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("type"), QT_TR_NOOP("Customer type")},
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("gender"), QT_TR_NOOP("Gender")},
        {QStringLiteral("birth_date"), QT_TR_NOOP("Birth date")},
        {QStringLiteral("id_type"), QT_TR_NOOP("ID type")},
        {QStringLiteral("id_number"), QT_TR_NOOP("ID number")},
        {QStringLiteral("id_issuer"), QT_TR_NOOP("Issued by")},
        {QStringLiteral("id_expiry"), QT_TR_NOOP("ID valid until")},
        {QStringLiteral("mobile"), QT_TR_NOOP("Mobile")},
        {QStringLiteral("phones"), QT_TR_NOOP("Other phones")},
        {QStringLiteral("email"), QT_TR_NOOP("Email")},
        {QStringLiteral("address"), QT_TR_NOOP("Address")},
        {QStringLiteral("occupation"), QT_TR_NOOP("Occupation")},
        {QStringLiteral("employer"), QT_TR_NOOP("Employer")},
        {QStringLiteral("legal_rep"), QT_TR_NOOP("Legal representative")},
        {QStringLiteral("contacts"), QT_TR_NOOP("Contacts")},
        {QStringLiteral("industry"), QT_TR_NOOP("Industry")},
        {QStringLiteral("registered_address"), QT_TR_NOOP("Registered address")},
        {QStringLiteral("risk_level"), QT_TR_NOOP("Risk tolerance")},
        {QStringLiteral("risk_assessed_on"), QT_TR_NOOP("Risk assessed on")},
        {QStringLiteral("risk_expires_on"), QT_TR_NOOP("Risk assessment valid until")},
        {QStringLiteral("aml_risk"), QT_TR_NOOP("AML risk")},
        {QStringLiteral("lifecycle_stage"), QT_TR_NOOP("Lifecycle stage")},
        {QStringLiteral("tags"), QT_TR_NOOP("Tags")},
        {QStringLiteral("notes"), QT_TR_NOOP("Notes")},
        {QStringLiteral("branch"), QT_TR_NOOP("Branch")},
        {QStringLiteral("rm"), QT_TR_NOOP("Relationship manager")},
        {QStringLiteral("tier"), QT_TR_NOOP("Tier")},
        {QStringLiteral("next_review_due"), QT_TR_NOOP("Next review")},
        {QStringLiteral("status"), QT_TR_NOOP("Relationship")},
        {QStringLiteral("relationship_ended_on"), QT_TR_NOOP("Relationship ended on")},
        {QStringLiteral("end_reason"), QT_TR_NOOP("Reason for ending")},
        {QStringLiteral("merged_from"), QT_TR_NOOP("Merged with")},
    };
    const auto it = labels.constFind(name);
    return it == labels.cend() ? name : tr(*it);
}

QStringList CustomerFields::sensitiveLooking(const QString& text)
{
    static const QRegularExpression digits(
        QStringLiteral("(?<![0-9])[0-9]{15,19}[0-9Xx]?(?![0-9])"));
    QStringList found;
    auto it = digits.globalMatch(text);
    while (it.hasNext()) {
        const QString candidate = it.next().captured(0);
        const bool residentId =
            candidate.size() == 18 && IdNumbers::residentId(candidate, QDate::currentDate()).ok;
        const bool card =
            candidate.size() >= 16 && candidate.size() <= 19 && candidate.back().isDigit();
        if (residentId || card)
            found << candidate;
    }
    return found;
}

QList<FieldError> CustomerFields::normalise(CustomerType type, QHash<QString, QString>* values,
                                            bool complete, const QDate& today)
{
    QList<FieldError> errors;
    auto error = [&](const QString& field, const QString& what) {
        errors.append({field, tr("%1: %2").arg(label(field), what)});
    };
    for (auto it = values->begin(); it != values->end(); ++it)
        it.value() = it.value().trimmed();
    const QStringList known = namesFor(type);
    for (auto it = values->cbegin(); it != values->cend(); ++it) {
        if (!known.contains(it.key()))
            error(it.key(), type == CustomerType::Individual
                                ? tr("is not collected for individual customers.")
                                : tr("is not collected for institutions."));
    }
    auto has = [&](const char* f) { return !values->value(QLatin1String(f)).isEmpty(); };
    auto value = [&](const char* f) { return values->value(QLatin1String(f)); };

    if (values->contains(QStringLiteral("name"))) {
        const QString name = value("name");
        if (name.isEmpty())
            error(QStringLiteral("name"), tr("is required."));
        else if (name.size() > 200)
            error(QStringLiteral("name"), tr("is too long (200 characters at most)."));
        else if (!sensitiveLooking(name).isEmpty())
            error(QStringLiteral("name"), tr("looks like an ID or card number."));
    }

    // Identity document: the type defaults to the usual one for the customer type.
    if (has("id_number") && !has("id_type"))
        values->insert(QStringLiteral("id_type"), type == CustomerType::Individual
                                                      ? QStringLiteral("resident_id")
                                                      : QStringLiteral("uscc"));
    if (has("id_type")) {
        const auto idType = idTypeFromName(value("id_type"));
        if (!idType || (type == CustomerType::Institution) != (*idType == IdType::Uscc)) {
            error(QStringLiteral("id_type"),
                  type == CustomerType::Individual
                      ? tr("use resident_id, passport, hk_macau_permit, taiwan_permit or "
                           "foreign_permanent.")
                      : tr("institutions are identified by their unified social credit code "
                           "(uscc)."));
        } else if (!has("id_number") && complete) {
            error(QStringLiteral("id_number"), tr("is required when an ID type is given."));
        } else if (has("id_number")) {
            const IdCheck check = IdNumbers::check(*idType, value("id_number"), today);
            if (!check.ok) {
                error(QStringLiteral("id_number"), check.error);
            } else {
                values->insert(QStringLiteral("id_number"), check.normalized);
                if (*idType == IdType::ResidentId) {
                    // The number says when and as whom the person was born.
                    const QString birth = check.birthDate.toString(Qt::ISODate);
                    if (!has("birth_date"))
                        values->insert(QStringLiteral("birth_date"), birth);
                    else if (value("birth_date") != birth)
                        error(QStringLiteral("birth_date"),
                              tr("does not match the birth date in the ID number."));
                    if (!has("gender"))
                        values->insert(QStringLiteral("gender"), check.gender);
                    else if (value("gender") != check.gender)
                        error(QStringLiteral("gender"),
                              tr("does not match the ID number, which says %1.")
                                  .arg(check.gender == QLatin1String("male") ? tr("male")
                                                                             : tr("female")));
                }
            }
        }
    }
    // The messages below never quote the value: they reach the import report and the CLI's
    // standard error, which batch jobs keep in their logs, and a wrong mobile is often one digit
    // off the customer's real one.
    if (has("gender") && value("gender") != QLatin1String("male") &&
        value("gender") != QLatin1String("female"))
        error(QStringLiteral("gender"), tr("use male or female."));
    for (const char* f : {"birth_date", "id_expiry", "risk_assessed_on", "risk_expires_on"}) {
        if (!has(f))
            continue;
        const QDate d = parseDate(value(f));
        if (!d.isValid())
            error(QLatin1String(f), tr("not a date like 2026-01-31."));
        else if (QLatin1String(f) == QLatin1String("birth_date") && (d > today || d.year() < 1900))
            error(QLatin1String(f), tr("cannot be a birth date (in the future, or before 1900)."));
    }
    if (has("risk_assessed_on") && has("risk_expires_on") &&
        parseDate(value("risk_expires_on")) < parseDate(value("risk_assessed_on")))
        error(QStringLiteral("risk_expires_on"), tr("is before the assessment date."));
    if (has("mobile")) {
        const auto mobile = IdNumbers::mobile(value("mobile"));
        if (!mobile)
            error(QStringLiteral("mobile"),
                  tr("not a mainland mobile number (11 digits starting with 13 to 19)."));
        else
            values->insert(QStringLiteral("mobile"), *mobile);
    }
    if (has("phones")) {
        static const QRegularExpression phone(QStringLiteral("^\\+?[0-9][0-9 -]{4,19}$"));
        const QStringList phones = value("phones").split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (qsizetype i = 0; i < phones.size(); ++i)
            if (!phone.match(phones.at(i).trimmed()).hasMatch())
                error(QStringLiteral("phones"),
                      tr("number %1 of the list is not a phone number (5 to 20 digits, spaces "
                         "or dashes, an optional + in front).")
                          .arg(i + 1));
    }
    if (has("email") && !IdNumbers::email(value("email")))
        error(QStringLiteral("email"), tr("not an email address."));
    if (has("risk_level") && !riskLevels().contains(value("risk_level")))
        error(QStringLiteral("risk_level"), tr("use C1, C2, C3, C4 or C5."));
    if (has("aml_risk") && !amlRisks().contains(value("aml_risk")))
        error(QStringLiteral("aml_risk"), tr("use low, medium or high."));
    if (has("lifecycle_stage") && !lifecycleStages().contains(value("lifecycle_stage")))
        error(QStringLiteral("lifecycle_stage"),
              tr("use one of: %1.").arg(lifecycleStages().join(QStringLiteral(", "))));
    for (const char* f : {"notes", "address", "registered_address", "contacts", "tags",
                          "occupation", "employer", "industry", "id_issuer", "legal_rep"})
        if (value(f).size() > 2000)
            error(QLatin1String(f), tr("is too long (2000 characters at most)."));
    if (complete) {
        // A new record holds nothing yet: a prospect until the monthly run sees holdings.
        if (!has("lifecycle_stage"))
            values->insert(QStringLiteral("lifecycle_stage"), QStringLiteral("prospect"));
        for (const FieldDef& f : forType(type))
            if (f.required && !has(f.name) && !values->contains(QLatin1String(f.name)))
                error(QLatin1String(f.name), tr("is required."));
    }
    return errors;
}

} // namespace rmdesk
