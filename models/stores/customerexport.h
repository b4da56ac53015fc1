#pragma once

#include "security/session.h"
#include "stores/customerlisting.h"
#include "stores/storeerror.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace rmdesk {

enum class ExportFormat { Csv, Xlsx };

// What to export and where.
struct CustomerExportOptions
{
    QString fileName;        // ends in .csv or .xlsx (the format follows the extension)
    CustomerListQuery query; // default: every customer the session may export, by number
    bool unmasked = false;   // needs Action::CustomerUnmask and a reason
    QString reason;          // kept in the audit row (required when unmasked)
};

struct CustomerExportResult
{
    QString fileName;
    ExportFormat format = ExportFormat::Csv;
    int rows = 0;
    bool masked = true;
    bool cancelled = false; // the progress callback asked to stop: no file was left
    qint64 elapsedMs = 0;
};

// Writes the customers a session may export (Action::CustomerExport: an RM their own book, a
// supervisor their branch; other roles are refused), optionally only those of a filtered list, to
// CSV (UTF-8 with BOM, RFC 4180 quoting, CRLF) or XLSX (libxlsxwriter: bold frozen header, text
// cells for ID numbers and phone numbers). C2 values are masked as CustomerStore::show masks them
// unless the export is unmasked, which needs the unmask permission and a reason. Rows are read
// page by page by keyset (CustomerListing), so the list's length does not matter. The file is
// written beside the target and renamed onto it only when complete; a failure or a cancel leaves
// nothing behind. Every export that writes a file leaves one audit row ("customer.export": count,
// format, masked, filters, reason; never customer data), committed together with the file.
class CustomerExport
{
    Q_DECLARE_TR_FUNCTIONS(CustomerExport)

public:
    // (rows written, rows in all); return false to cancel.
    using Progress = std::function<bool(int done, int total)>;

    // Rows read per page.
    static constexpr int PageRows = 2000;
    // XLSX holds 1,048,576 rows: the header and this many customers.
    static constexpr int XlsxMaxRows = 1048575;

    explicit CustomerExport(QSqlDatabase db, QDate today = QDate::currentDate());

    // The header row, in order: "id", "type", the CustomerFields catalogue of both types,
    // "branch", "rm", then the columns import ignores (readOnlyColumns()).
    static QStringList columns();
    static QStringList readOnlyColumns(); // tier, lifecycle_stage, status, aum_yuan
    // From the file name's extension; nothing when it is neither .csv nor .xlsx.
    static std::optional<ExportFormat> formatFor(const QString& fileName);
    static QString formatName(ExportFormat format); // "csv", "xlsx"

    static bool mayExport(const Session& session);
    static bool mayUnmask(const Session& session);

    // Nothing (with *error) when refused or failed; a result with cancelled set when the
    // progress callback stopped it.
    std::optional<CustomerExportResult> run(const Session& session,
                                            const CustomerExportOptions& options, StoreError* error,
                                            const Progress& progress = {});

private:
    QSqlDatabase m_db;
    QDate m_today;
};

} // namespace rmdesk
