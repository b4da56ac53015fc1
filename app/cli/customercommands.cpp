// rmdesk-cli's customer commands: customer add, show, update, list and review.
#include "cli.h"

#include "exitcode.h"
#include "stores/customerlisting.h"
#include "stores/customerstore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace rmdesk {

namespace {

// Command-line option → catalogue field.
const QList<QPair<QString, QString>> fieldOptions = {
    {QStringLiteral("--name"), QStringLiteral("name")},
    {QStringLiteral("--gender"), QStringLiteral("gender")},
    {QStringLiteral("--birth-date"), QStringLiteral("birth_date")},
    {QStringLiteral("--id-type"), QStringLiteral("id_type")},
    {QStringLiteral("--id-number"), QStringLiteral("id_number")},
    {QStringLiteral("--id-issuer"), QStringLiteral("id_issuer")},
    {QStringLiteral("--id-expiry"), QStringLiteral("id_expiry")},
    {QStringLiteral("--mobile"), QStringLiteral("mobile")},
    {QStringLiteral("--phones"), QStringLiteral("phones")},
    {QStringLiteral("--email"), QStringLiteral("email")},
    {QStringLiteral("--address"), QStringLiteral("address")},
    {QStringLiteral("--occupation"), QStringLiteral("occupation")},
    {QStringLiteral("--employer"), QStringLiteral("employer")},
    {QStringLiteral("--legal-rep"), QStringLiteral("legal_rep")},
    {QStringLiteral("--contacts"), QStringLiteral("contacts")},
    {QStringLiteral("--industry"), QStringLiteral("industry")},
    {QStringLiteral("--registered-address"), QStringLiteral("registered_address")},
    {QStringLiteral("--risk-level"), QStringLiteral("risk_level")},
    {QStringLiteral("--risk-assessed-on"), QStringLiteral("risk_assessed_on")},
    {QStringLiteral("--risk-expires-on"), QStringLiteral("risk_expires_on")},
    {QStringLiteral("--aml-risk"), QStringLiteral("aml_risk")},
    {QStringLiteral("--lifecycle-stage"), QStringLiteral("lifecycle_stage")},
    {QStringLiteral("--tags"), QStringLiteral("tags")},
    {QStringLiteral("--notes"), QStringLiteral("notes")},
    {QStringLiteral("--branch"), QStringLiteral("branch")},
    {QStringLiteral("--rm"), QStringLiteral("rm")},
};

QStringList fieldOptionNames()
{
    QStringList names;
    for (const auto& o : fieldOptions)
        names << o.first;
    return names;
}

QHash<QString, QString> fieldValues(const CommandArgs& a)
{
    QHash<QString, QString> values;
    for (const auto& o : fieldOptions)
        if (a.values.contains(o.first))
            values.insert(o.second, a.value(o.first));
    return values;
}

QJsonObject customerJson(const CustomerView& v)
{
    QJsonObject o{{QStringLiteral("id"), v.id}, {QStringLiteral("masked"), v.masked()}};
    for (auto it = v.values.cbegin(); it != v.values.cend(); ++it)
        o.insert(it.key(),
                 it.value().isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(it.value()));
    o.insert(QStringLiteral("masked_fields"), QJsonArray::fromStringList(v.maskedFields));
    return o;
}

} // namespace

int Cli::failWithFields(const StoreError& error, const QList<FieldError>& fieldErrors)
{
    // One line per field in error, in the order of the form.
    if (fieldErrors.isEmpty())
        return failWith(error);
    for (const FieldError& f : fieldErrors)
        m_err << "rmdesk-cli: " << f.message << Qt::endl;
    return ExitNo;
}

bool Cli::readId(const QStringList& positional, qint64* id, int* code)
{
    bool ok = false;
    *id = positional.size() == 1 ? positional.first().toLongLong(&ok) : 0;
    if (!ok || *id <= 0) {
        *code = usageError(tr("Give one customer number."));
        return false;
    }
    return true;
}

int Cli::cmdCustomer(const QStringList& args)
{
    if (args.isEmpty())
        return usageError(
            tr("customer needs a subcommand: add, show, update, list, review or tiers."));
    const QString sub = args.first();
    if (sub == QLatin1String("checks") || sub == QLatin1String("check"))
        return cmdChangeChecks(args);
    CommandArgs a;
    QString error;
    const QStringList valueOptions =
        fieldOptionNames() +
        QStringList{QStringLiteral("--type"),       QStringLiteral("--reason"),
                    QStringLiteral("--proof-type"), QStringLiteral("--proof-ref"),
                    QStringLiteral("--limit"),      QStringLiteral("--after"),
                    QStringLiteral("--checked"),    QStringLiteral("--result"),
                    QStringLiteral("--at"),         QStringLiteral("--expiring-within"),
                    QStringLiteral("--sort"),       QStringLiteral("--offset"),
                    QStringLiteral("--tier"),       QStringLiteral("--stage"),
                    QStringLiteral("--risk"),       QStringLiteral("--status"),
                    QStringLiteral("--month")};
    if (!parseArgs(args.mid(1), valueOptions,
                   {QStringLiteral("--unmask"), QStringLiteral("--review-overdue"),
                    QStringLiteral("--desc")},
                   &a, &error))
        return usageError(error);
    int code = ExitOk;
    qint64 id = 0;
    if (sub == QLatin1String("add")) {
        const auto type = customerTypeFromName(a.value(QStringLiteral("--type")));
        if (!type)
            return usageError(tr("Give the customer type with --type individual|institution."));
        if (!a.positional.isEmpty())
            return usageError(tr("customer add takes options only."));
        if (!(m_vault = signIn(&code)))
            return code;
        CustomerStore store(m_vault->database().connection());
        StoreError e;
        QList<FieldError> fieldErrors;
        if (!store.add(m_vault->session(), *type, fieldValues(a), &id, &e, &fieldErrors)) {
            return failWithFields(e, fieldErrors);
        }
        if (m_opts.json)
            printJson(QJsonObject{{QStringLiteral("id"), id}});
        else
            printText(QString::number(id));
        return ExitOk;
    }
    if (sub == QLatin1String("show")) {
        if (!readId(a.positional, &id, &code))
            return code;
        const bool unmask = a.has(QStringLiteral("--unmask"));
        if (unmask && a.value(QStringLiteral("--reason")).trimmed().isEmpty())
            return usageError(
                tr("--unmask needs --reason TEXT; the reason is kept in the audit trail."));
        if (!(m_vault = signIn(&code)))
            return code;
        CustomerStore store(m_vault->database().connection());
        StoreError e;
        const auto v =
            unmask ? store.reveal(m_vault->session(), id, a.value(QStringLiteral("--reason")), &e)
                   : store.show(m_vault->session(), id, &e);
        if (!v)
            return failWith(e);
        if (m_opts.json) {
            printJson(customerJson(*v));
        } else {
            for (const QString& f :
                 CustomerFields::namesFor(v->type) +
                     QStringList{QStringLiteral("branch"), QStringLiteral("rm"),
                                 QStringLiteral("tier"), QStringLiteral("next_review_due")})
                if (!v->values.value(f).isEmpty())
                    m_out << CustomerFields::label(f) << ": " << v->values.value(f) << '\n';
            m_out.flush();
        }
        return ExitOk;
    }
    if (sub == QLatin1String("update")) {
        if (!readId(a.positional, &id, &code))
            return code;
        if (!(m_vault = signIn(&code)))
            return code;
        CustomerStore store(m_vault->database().connection());
        StoreError e;
        QList<FieldError> fieldErrors;
        qint64 check = 0;
        if (!store.update(m_vault->session(), id, fieldValues(a),
                          a.value(QStringLiteral("--reason")),
                          a.value(QStringLiteral("--proof-type")),
                          a.value(QStringLiteral("--proof-ref")), &e, &fieldErrors, &check)) {
            return failWithFields(e, fieldErrors);
        }
        if (m_opts.json) {
            QJsonObject result{{QStringLiteral("id"), id}, {QStringLiteral("updated"), true}};
            if (check > 0)
                result.insert(QStringLiteral("check"), check);
            printJson(result);
        } else {
            printText(tr("Customer %1 was updated.").arg(id));
            if (check > 0)
                printText(tr("The identity change is checked by a second person against its "
                             "proof (change check %1).")
                              .arg(check));
        }
        return ExitOk;
    }
    if (sub == QLatin1String("list")) {
        CustomerListQuery query;
        query.branch = a.value(QStringLiteral("--branch"));
        query.rmName = a.value(QStringLiteral("--rm"));
        query.tier = a.value(QStringLiteral("--tier"));
        query.stage = a.value(QStringLiteral("--stage"));
        query.riskLevel = a.value(QStringLiteral("--risk"));
        query.status = a.value(QStringLiteral("--status"));
        query.reviewOverdue = a.has(QStringLiteral("--review-overdue"));
        query.descending = a.has(QStringLiteral("--desc"));
        static const QHash<QString, CustomerSort> sorts = {
            {QStringLiteral("number"), CustomerSort::Number},
            {QStringLiteral("name"), CustomerSort::Name},
            {QStringLiteral("created"), CustomerSort::Created},
            {QStringLiteral("tier"), CustomerSort::Tier},
            {QStringLiteral("aum"), CustomerSort::Aum},
            {QStringLiteral("next-review"), CustomerSort::NextReview}};
        const QString sortName = a.values.contains(QStringLiteral("--sort"))
                                     ? a.value(QStringLiteral("--sort"))
                                     : QStringLiteral("number");
        bool ok = sorts.contains(sortName);
        query.sort = sorts.value(sortName);
        int limit = 100;
        int offset = 0;
        qint64 after = 0;
        if (ok && a.values.contains(QStringLiteral("--limit")))
            limit = a.value(QStringLiteral("--limit")).toInt(&ok);
        if (ok && a.values.contains(QStringLiteral("--offset")))
            offset = a.value(QStringLiteral("--offset")).toInt(&ok);
        if (ok && a.values.contains(QStringLiteral("--after")))
            after = a.value(QStringLiteral("--after")).toLongLong(&ok);
        if (ok && a.values.contains(QStringLiteral("--expiring-within")))
            query.expiringWithinDays = a.value(QStringLiteral("--expiring-within")).toInt(&ok);
        if (!ok || limit <= 0 || offset < 0 || !a.positional.isEmpty() ||
            (after > 0 && query.sort != CustomerSort::Number))
            return usageError(
                tr("customer list takes --branch CODE, --rm NAME, --tier, --stage, --risk, "
                   "--status, --review-overdue, --expiring-within DAYS, --sort number|name|"
                   "created|tier|aum|next-review, --desc, --limit N, and --offset N or (sorted "
                   "by number) --after ID."));
        if (!(m_vault = signIn(&code)))
            return code;
        StoreError e;
        CustomerListing listing(m_vault->database().connection(), m_vault->session());
        if (!listing.prepare(query, &e))
            return failWith(e);
        const CustomerKey key{after, after};
        const auto rows =
            after > 0 ? listing.after(&key, limit, &e) : listing.at(offset, limit, &e);
        if (!e.ok())
            return failWith(e);
        if (m_opts.json) {
            QJsonArray results;
            for (const CustomerView& v : rows)
                results.append(customerJson(v));
            printJson(QJsonObject{{QStringLiteral("total"), listing.total()},
                                  {QStringLiteral("results"), results}});
        } else {
            for (const CustomerView& v : rows)
                m_out << v.id << '\t' << v.value("name") << '\t' << v.value("mobile") << '\t'
                      << v.branch << '\t' << v.value("rm") << '\t' << v.value("next_review_due")
                      << '\n';
            m_out.flush();
        }
        return ExitOk;
    }
    if (sub == QLatin1String("review")) {
        if (!readId(a.positional, &id, &code))
            return code;
        if (!(m_vault = signIn(&code)))
            return code;
        StoreError e;
        const CustomerReview review{a.value(QStringLiteral("--at")),
                                    QString(),
                                    a.value(QStringLiteral("--checked")),
                                    a.value(QStringLiteral("--result")),
                                    a.value(QStringLiteral("--proof-type")),
                                    a.value(QStringLiteral("--proof-ref")),
                                    QString()};
        CustomerStore store(m_vault->database().connection());
        if (!store.recordReview(m_vault->session(), id, review, &e))
            return failWith(e);
        const auto reviews = store.reviews(m_vault->session(), id, &e);
        const QString next = reviews.isEmpty() ? QString() : reviews.first().nextDue;
        if (m_opts.json)
            printJson(
                QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("next_review_due"), next}});
        else
            printText(tr("Review recorded; the next one is due on %1.").arg(next));
        return ExitOk;
    }
    if (sub == QLatin1String("tiers")) {
        // Tiers again from a month's balances, with the thresholds in force today: after a new
        // version of the customer_tiers rules takes effect.
        const QString month = a.value(QStringLiteral("--month"));
        if (month.isEmpty() || !a.positional.isEmpty())
            return usageError(tr("customer tiers needs --month YYYY-MM: the month whose "
                                 "balances decide."));
        if (!(m_vault = signIn(&code)))
            return code;
        StoreError e;
        const int changed = CustomerStore(m_vault->database().connection())
                                .refreshTiers(m_vault->session(), month, &e);
        if (changed < 0)
            return failWith(e);
        if (m_opts.json)
            printJson(QJsonObject{{QStringLiteral("month"), month},
                                  {QStringLiteral("changed"), changed}});
        else
            printText(tr("%n customer(s) changed tier with the balances of %1.", nullptr, changed)
                          .arg(month));
        return ExitOk;
    }
    return usageError(tr("Unknown customer subcommand '%1'.").arg(sub));
}

} // namespace rmdesk
