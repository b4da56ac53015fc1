#include "customerexport.h"

#include "domain/customerfields.h"
#include "security/masking.h"
#include "security/permissions.h"
#include "stores/audittrail.h"
#include "stores/csvtable.h"
#include "stores/xlsxcheck.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <xlsxwriter.h>

#include <cstdio>
#include <memory>

namespace rmdesk {

namespace {

// Columns written as text in XLSX even when they look like numbers, so Excel keeps leading zeros
// and all 18 digits of an ID number; they also get the "@" (text) number format.
const QStringList textColumns = {QStringLiteral("id_number"), QStringLiteral("mobile"),
                                 QStringLiteral("phones")};
// Excel's limit on the characters of one cell.
constexpr int XlsxMaxCellChars = 32767;
// Bytes of CSV kept before they are handed to the file.
constexpr int CsvFlushBytes = 1 << 20;

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

// Where the rows go: the file is written beside the target and renamed onto it by commit().
class SheetWriter
{
public:
    virtual ~SheetWriter() = default;
    virtual bool open(QString* error) = 0;
    virtual bool writeRow(const QStringList& cells) = 0; // the first row is the header
    virtual bool finish(QString* error) = 0;             // everything is on disk, not yet named
    virtual bool commit(QString* error) = 0;             // renamed onto the target
    virtual void discard() = 0;                          // nothing is left
};

QString cannotWrite(const QString& fileName, const QString& why)
{
    return CustomerExport::tr("%1 could not be written (%2). Check that its folder exists, that "
                              "you may write there and that the disk has room.")
        .arg(QDir::toNativeSeparators(fileName), why);
}

class CsvWriter : public SheetWriter
{
public:
    explicit CsvWriter(const QString& fileName)
        : m_file(fileName)
    {}
    bool open(QString* error) override
    {
        if (!m_file.open(QIODevice::WriteOnly)) {
            *error = cannotWrite(m_file.fileName(), m_file.errorString());
            return false;
        }
        // Customer data: for the person who exported it only.
        m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        m_buffer.reserve(CsvFlushBytes + 4096);
        m_buffer.append("\xEF\xBB\xBF");
        return true;
    }
    bool writeRow(const QStringList& cells) override
    {
        QString line;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                line += QLatin1Char(',');
            line += CsvTable::field(cells.at(i));
        }
        line += QLatin1String("\r\n");
        m_buffer.append(line.toUtf8());
        return m_buffer.size() < CsvFlushBytes || flush();
    }
    bool finish(QString* error) override
    {
        if (!flush() || !m_file.flush()) {
            *error = cannotWrite(m_file.fileName(), CustomerExport::tr("the disk may be full"));
            return false;
        }
        return true;
    }
    bool commit(QString* error) override
    {
        if (!m_file.commit()) {
            *error = cannotWrite(m_file.fileName(), m_file.errorString());
            return false;
        }
        return true;
    }
    void discard() override
    {
        if (!m_file.isOpen())
            return;
        m_file.cancelWriting();
        m_file.commit(); // after cancelWriting: removes the temporary file, writes nothing
    }

private:
    bool flush()
    {
        const bool ok = m_file.write(m_buffer) == m_buffer.size();
        m_buffer.clear();
        return ok;
    }

    QSaveFile m_file;
    QByteArray m_buffer;
};

class XlsxWriter : public SheetWriter
{
public:
    XlsxWriter(const QString& fileName, const QStringList& columns)
        : m_target(QFileInfo(fileName).absoluteFilePath())
        , m_columns(columns)
    {
        m_part =
            m_target + QStringLiteral(".part-%1")
                           .arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
        m_folder = QFile::encodeName(QFileInfo(m_target).absolutePath());
    }
    ~XlsxWriter() override { discard(); }

    bool open(QString* error) override
    {
        // The zip is written only at the end: find out now whether the folder takes a file.
        QFile probe(m_part);
        if (!probe.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            *error = cannotWrite(m_target, probe.errorString());
            return false;
        }
        probe.close();
        // Rows go to an unlinked temporary file in the target's folder (never /tmp), then into
        // the zip; the parts libxlsxwriter assembles use the same folder.
        lxw_workbook_options options = {};
        options.constant_memory = LXW_TRUE;
        options.tmpdir = m_folder.data();
        const QByteArray part = QFile::encodeName(m_part);
        m_book = workbook_new_opt(part.constData(), &options);
        m_sheet = m_book ? workbook_add_worksheet(m_book, nullptr) : nullptr;
        if (!m_sheet) {
            *error = cannotWrite(m_target, CustomerExport::tr("the spreadsheet could not start"));
            discard();
            return false;
        }
        m_bold = workbook_add_format(m_book);
        format_set_bold(m_bold);
        m_text = workbook_add_format(m_book);
        format_set_num_format(m_text, "@");
        m_money = workbook_add_format(m_book);
        format_set_num_format(m_money, "#,##0.00");
        worksheet_freeze_panes(m_sheet, 1, 0);
        for (qsizetype c = 0; c < m_columns.size(); ++c) {
            const QString& name = m_columns.at(c);
            lxw_format* format = textColumns.contains(name) ? m_text : nullptr;
            worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c), widthOf(name), format);
        }
        return true;
    }
    bool writeRow(const QStringList& cells) override
    {
        const bool header = m_row == 0;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            const QString& cell = cells.at(c);
            if (cell.isEmpty())
                continue;
            const QString& column = m_columns.at(c);
            const auto col = lxw_col_t(c);
            lxw_error e = LXW_NO_ERROR;
            if (!header && column == QLatin1String("id")) {
                e = worksheet_write_number(m_sheet, m_row, col, cell.toDouble(), nullptr);
            } else if (!header && column == QLatin1String("aum_yuan")) {
                e = worksheet_write_number(m_sheet, m_row, col, cell.toDouble(), m_money);
            } else {
                const QByteArray utf8 = cell.left(XlsxMaxCellChars).toUtf8();
                lxw_format* format = header                         ? m_bold
                                     : textColumns.contains(column) ? m_text
                                                                    : nullptr;
                e = worksheet_write_string(m_sheet, m_row, col, utf8.constData(), format);
            }
            if (e != LXW_NO_ERROR) {
                m_problem = QString::fromUtf8(lxw_strerror(e));
                return false;
            }
        }
        ++m_row;
        return true;
    }
    bool finish(QString* error) override
    {
        if (!m_problem.isEmpty()) {
            *error = cannotWrite(m_target, m_problem);
            return false;
        }
        // libxlsxwriter holds the last row until it closes and never checks the writes of its
        // row file: write the row now, then ask the file whether everything reached the disk.
        lxw_worksheet_write_single_row(m_sheet);
        FILE* rows = m_sheet->optimize_tmpfile;
        if (!rows || std::fflush(rows) != 0 || std::ferror(rows)) {
            *error = cannotWrite(m_target, CustomerExport::tr("the disk may be full"));
            return false;
        }
        const lxw_error e = workbook_close(m_book); // writes the zip and frees the workbook
        m_book = nullptr;
        m_sheet = nullptr;
        if (e != LXW_NO_ERROR) {
            *error = cannotWrite(m_target, QString::fromUtf8(lxw_strerror(e)));
            return false;
        }
        // Closing copies the rows into another unchecked file before zipping them: read the
        // sheet back.
        QString why;
        if (!xlsxSheetComplete(m_part, QStringLiteral("xl/worksheets/sheet1.xml"), m_row, &why)) {
            *error = cannotWrite(m_target, CustomerExport::tr("the disk may be full"));
            return false;
        }
        QFile::setPermissions(m_part, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return true;
    }
    bool commit(QString* error) override
    {
        if (std::rename(QFile::encodeName(m_part).constData(),
                        QFile::encodeName(m_target).constData()) != 0) {
            *error = cannotWrite(m_target, CustomerExport::tr("it could not be renamed"));
            return false;
        }
        m_committed = true;
        return true;
    }
    void discard() override
    {
        if (m_book)
            lxw_workbook_free(m_book); // closes (and so removes) the unlinked row file
        m_book = nullptr;
        m_sheet = nullptr;
        if (!m_committed)
            QFile::remove(m_part);
    }

private:
    static double widthOf(const QString& column)
    {
        static const QHash<QString, double> widths = {
            {QStringLiteral("id"), 10},         {QStringLiteral("type"), 11},
            {QStringLiteral("name"), 18},       {QStringLiteral("id_number"), 21},
            {QStringLiteral("mobile"), 14},     {QStringLiteral("phones"), 20},
            {QStringLiteral("email"), 24},      {QStringLiteral("address"), 32},
            {QStringLiteral("notes"), 32},      {QStringLiteral("tags"), 16},
            {QStringLiteral("contacts"), 20},   {QStringLiteral("registered_address"), 32},
            {QStringLiteral("aum_yuan"), 16},   {QStringLiteral("employer"), 20},
            {QStringLiteral("risk_level"), 10}, {QStringLiteral("gender"), 8}};
        return widths.value(column, 13);
    }

    QString m_target;
    QString m_part;
    QByteArray m_folder;
    QStringList m_columns;
    lxw_workbook* m_book = nullptr;
    lxw_worksheet* m_sheet = nullptr;
    lxw_format* m_bold = nullptr;
    lxw_format* m_text = nullptr;
    lxw_format* m_money = nullptr;
    lxw_row_t m_row = 0;
    QString m_problem;
    bool m_committed = false;
};

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
        writer = std::make_unique<XlsxWriter>(options.fileName, header);
    else
        writer = std::make_unique<CsvWriter>(options.fileName);
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
