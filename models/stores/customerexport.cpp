#include "customerexport.h"

#include "domain/customerfields.h"
#include "security/masking.h"
#include "security/permissions.h"
#include "stores/audittrail.h"
#include "stores/sheetwriters.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <memory>

namespace rmdesk {

namespace {

// How far a scope reaches: None < Own < Branch < All, as declared.
int rank(Scope scope)
{
    return int(scope);
}

// "123.45" from fen, without floating point.
QString yuan(qint64 fen)
{
    return QStringLiteral("%1.%2").arg(fen / 100).arg(fen % 100, 2, 10, QLatin1Char('0'));
}

// What a column holds for a customer of one type; fields outside its catalogue stay empty.
enum class Cell { Id, Type, Aum, Value, Empty };

const QList<Cell>& cellPlan(CustomerType type)
{
    static const auto make = [](CustomerType t) {
        const QStringList catalogue = CustomerFields::namesFor(t);
        const QStringList record = {QStringLiteral("branch"), QStringLiteral("rm"),
                                    QStringLiteral("tier"), QStringLiteral("status")};
        QList<Cell> plan;
        for (const QString& c : CustomerExport::columns())
            plan << (c == QLatin1String("id")                      ? Cell::Id
                     : c == QLatin1String("type")                  ? Cell::Type
                     : c == QLatin1String("aum_yuan")              ? Cell::Aum
                     : catalogue.contains(c) || record.contains(c) ? Cell::Value
                                                                   : Cell::Empty);
        return plan;
    };
    static const QList<Cell> individual = make(CustomerType::Individual);
    static const QList<Cell> institution = make(CustomerType::Institution);
    return type == CustomerType::Institution ? institution : individual;
}

// One customer's cells in column order, from its values (catalogue fields, branch, rm, tier,
// status, aum_fen).
QStringList cellsOf(qint64 id, CustomerType type, const QHash<QString, QString>& values,
                    const QStringList& columns)
{
    const QList<Cell>& plan = cellPlan(type);
    QStringList cells;
    cells.reserve(columns.size());
    for (qsizetype i = 0; i < columns.size(); ++i) {
        switch (plan.at(i)) {
        case Cell::Id:
            cells << QString::number(id);
            break;
        case Cell::Type:
            cells << customerTypeName(type);
            break;
        case Cell::Aum:
            cells << yuan(values.value(QStringLiteral("aum_fen")).toLongLong());
            break;
        case Cell::Value:
            cells << values.value(columns.at(i));
            break;
        case Cell::Empty:
            cells << QString();
            break;
        }
    }
    return cells;
}

// The stored (unmasked) values of a page of customers, by id.
bool readUnmasked(const QSqlDatabase& db, const QList<CustomerView>& page,
                  QHash<qint64, QHash<QString, QString>>* out, QString* error)
{
    QStringList ids;
    ids.reserve(page.size());
    for (const CustomerView& v : page)
        ids << QString::number(v.id);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT c.*, coalesce(u.name, '') AS rm FROM customers c "
                               "LEFT JOIN users u ON u.id = c.rm_user_id WHERE c.id IN (%1)")
                    .arg(ids.join(QLatin1Char(','))))) {
        *error = q.lastError().text();
        return false;
    }
    const QSqlRecord rec = q.record();
    while (q.next()) {
        QHash<QString, QString> values;
        for (int i = 0; i < rec.count(); ++i)
            values.insert(rec.fieldName(i), q.value(i).toString());
        values.insert(QStringLiteral("branch"), values.value(QStringLiteral("branch_code")));
        out->insert(q.value(0).toLongLong(), std::move(values));
    }
    return true;
}

QJsonObject filtersOf(const CustomerListQuery& q)
{
    QJsonObject o;
    auto put = [&o](const char* key, const QString& value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    put("branch", q.branch);
    put("rm", q.rmName);
    put("tier", q.tier);
    put("stage", q.stage);
    put("risk_level", q.riskLevel);
    put("status", q.status);
    if (q.reviewOverdue)
        o.insert(QStringLiteral("review_overdue"), true);
    if (q.expiringWithinDays >= 0)
        o.insert(QStringLiteral("expiring_within_days"), q.expiringWithinDays);
    return o;
}

} // namespace

CustomerExport::CustomerExport(QSqlDatabase db, QDate today)
    : m_db(std::move(db))
    , m_today(today)
{}

QStringList CustomerExport::columns()
{
    QStringList names = {QStringLiteral("id"), QStringLiteral("type")};
    for (const CustomerType type : {CustomerType::Individual, CustomerType::Institution})
        for (const QString& field : CustomerFields::namesFor(type))
            if (!names.contains(field))
                names << field;
    names << QStringLiteral("branch") << QStringLiteral("rm");
    for (const QString& c : readOnlyColumns())
        if (!names.contains(c))
            names << c;
    return names;
}

QStringList CustomerExport::readOnlyColumns()
{
    return {QStringLiteral("tier"), QStringLiteral("lifecycle_stage"), QStringLiteral("status"),
            QStringLiteral("aum_yuan")};
}

std::optional<ExportFormat> CustomerExport::formatFor(const QString& fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return ExportFormat::Csv;
    if (suffix == QLatin1String("xlsx"))
        return ExportFormat::Xlsx;
    return std::nullopt;
}

QString CustomerExport::formatName(ExportFormat format)
{
    return format == ExportFormat::Xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv");
}

bool CustomerExport::mayExport(const Session& session)
{
    return Permissions::allows(session, Action::CustomerExport);
}

bool CustomerExport::mayUnmask(const Session& session)
{
    const Scope exported = std::min(Permissions::scope(session.role, Action::CustomerExport),
                                    Permissions::scope(session.role, Action::CustomerRead),
                                    [](Scope a, Scope b) { return rank(a) < rank(b); });
    return mayExport(session) &&
           rank(Permissions::scope(session.role, Action::CustomerUnmask)) >= rank(exported);
}

std::optional<CustomerExportResult> CustomerExport::run(const Session& session,
                                                        const CustomerExportOptions& options,
                                                        StoreError* error, const Progress& progress)
{
    QElapsedTimer timer;
    timer.start();
    const auto format = formatFor(options.fileName);
    if (!format) {
        fail(error, StoreError::Invalid,
             tr("Export to a file ending in .csv or .xlsx; %1 is neither.")
                 .arg(QDir::toNativeSeparators(options.fileName)));
        return std::nullopt;
    }
    if (!mayExport(session)) {
        fail(error, StoreError::Forbidden, Permissions::refusal(session, Action::CustomerExport));
        return std::nullopt;
    }
    const QString reason = options.reason.trimmed();
    if (options.unmasked) {
        if (!mayUnmask(session)) {
            fail(error, StoreError::Forbidden,
                 Permissions::refusal(session, Action::CustomerUnmask));
            return std::nullopt;
        }
        if (reason.size() < UnmaskRecorder::MinimumReasonLength) {
            fail(error, StoreError::Invalid,
                 tr("Say why you need an unmasked export (at least %1 characters); the reason is "
                    "kept in the audit trail.")
                     .arg(UnmaskRecorder::MinimumReasonLength));
            return std::nullopt;
        }
    }
    // The listing reads within the read scope; narrow it to the export scope if that is smaller.
    CustomerListQuery query = options.query;
    const Scope scope = Permissions::scope(session.role, Action::CustomerExport);
    if (rank(scope) < rank(Permissions::scope(session.role, Action::CustomerRead))) {
        QString* narrowed = scope == Scope::Own ? &query.rmName : &query.branch;
        const QString own = scope == Scope::Own ? session.userName : session.branch;
        if (!narrowed->isEmpty() && *narrowed != own) {
            fail(error, StoreError::Forbidden,
                 Permissions::refusal(session, Action::CustomerExport));
            return std::nullopt;
        }
        *narrowed = own;
    }
    CustomerListing listing(m_db, session, m_today);
    if (!listing.prepare(query, error))
        return std::nullopt;
    const int total = listing.total();
    if (*format == ExportFormat::Xlsx && total > XlsxMaxRows) {
        fail(error, StoreError::Invalid,
             tr("An XLSX sheet holds at most %1 customers and this export has %2. Export to CSV, "
                "or filter the list first.")
                 .arg(QLocale().toString(XlsxMaxRows), QLocale().toString(total)));
        return std::nullopt;
    }

    const QStringList header = columns();
    std::unique_ptr<SheetWriter> writer;
    if (*format == ExportFormat::Xlsx)
        writer = makeXlsxWriter(options.fileName, header);
    else
        writer = makeCsvWriter(options.fileName);
    QString why;
    auto failed = [&](StoreError::Kind kind, const QString& message) {
        writer->discard();
        fail(error, kind, message);
        return std::nullopt;
    };
    if (!writer->open(&why))
        return failed(StoreError::Failed, why);
    CustomerExportResult result;
    result.fileName = options.fileName;
    result.format = *format;
    result.masked = !options.unmasked;
    if (!writer->writeRow(header))
        return failed(StoreError::Failed,
                      cannotWrite(options.fileName, tr("the disk may be full")));
    if (progress && !progress(0, total)) {
        writer->discard();
        result.cancelled = true;
        return result;
    }
    std::optional<CustomerKey> key;
    QHash<qint64, QHash<QString, QString>> stored;
    for (;;) {
        StoreError e;
        const QList<CustomerView> page = listing.after(key ? &*key : nullptr, PageRows, &e);
        if (!e.ok())
            return failed(e.kind, e.message);
        if (page.isEmpty())
            break;
        key = CustomerListing::keyOf(page.last());
        if (options.unmasked) {
            stored.clear();
            if (!readUnmasked(m_db, page, &stored, &why))
                return failed(StoreError::Failed, why);
        }
        for (const CustomerView& v : page) {
            const auto raw = options.unmasked ? stored.constFind(v.id) : stored.cend();
            if (options.unmasked && raw == stored.cend())
                continue; // removed since the page was read
            const QHash<QString, QString>& values = options.unmasked ? *raw : v.values;
            if (!writer->writeRow(cellsOf(v.id, v.type, values, header)))
                return failed(StoreError::Failed,
                              cannotWrite(options.fileName, tr("the disk may be full")));
            ++result.rows;
        }
        if (progress && !progress(result.rows, std::max(total, result.rows))) {
            writer->discard();
            result.cancelled = true;
            return result;
        }
    }
    if (!writer->finish(&why))
        return failed(StoreError::Failed, why);

    // The audit row and the file: both or neither.
    QJsonObject details{{QStringLiteral("count"), result.rows},
                        {QStringLiteral("format"), formatName(*format)},
                        {QStringLiteral("unmasked"), options.unmasked},
                        {QStringLiteral("file"), QFileInfo(options.fileName).fileName()}};
    const QJsonObject filters = filtersOf(query);
    if (!filters.isEmpty())
        details.insert(QStringLiteral("filters"), filters);
    if (!m_db.transaction())
        return failed(StoreError::Failed,
                      tr("The audit trail cannot be written: %1").arg(m_db.lastError().text()));
    if (!AuditTrail::record(m_db, session,
                            {QStringLiteral("customer.export"), QStringLiteral("customer"),
                             QString(), details, reason},
                            &why)) {
        m_db.rollback();
        return failed(StoreError::Failed, why);
    }
    if (!writer->commit(&why)) {
        m_db.rollback();
        return failed(StoreError::Failed, why);
    }
    if (!m_db.commit()) {
        const QString message = m_db.lastError().text();
        m_db.rollback();
        QFile::remove(options.fileName);
        fail(error, StoreError::Failed, tr("The audit trail cannot be written: %1").arg(message));
        return std::nullopt;
    }
    result.elapsedMs = timer.elapsed();
    return result;
}

} // namespace rmdesk
