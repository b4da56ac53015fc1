#pragma once

#include "stores/customerimport.h"
#include "stores/storeerror.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <vector>

namespace rmdesk {

struct Session;

struct HoldingImportOptions
{
    bool allOrNothing = false; // true: one bad row imports nothing
    bool dryRun = false;       // check every row, write nothing
    QString encoding;          // "" (detect), "UTF-8" or "GB18030"
    // Called now and then with the work done so far of the total (rows checked, then series
    // written); false cancels: nothing is written. On the importing thread.
    std::function<bool(int done, int total)> progress;
};

struct HoldingImportResult
{
    int rows = 0;                  // data rows read
    int imported = 0;              // balances written (0 on a dry run or when nothing was written)
    int replaced = 0;              // of them, months that were on file already and were corrected
    int rejected = 0;              // rows refused
    int customers = 0;             // customers whose balances were written
    int tierChanges = 0;           // customers whose tier changed with their new AUM
    QString firstMonth, lastMonth; // of the imported balances ("YYYY-MM")
    QList<ImportProblem> problems; // every rejected row: line, column, reason (no cell values)
};

struct ProductImportResult
{
    int rows = 0;
    int added = 0;
    int changed = 0; // name, type or risk level
    int unchanged = 0;
    int rejected = 0;
    QList<ImportProblem> problems;
};

// Month-end balances and the product catalogue from the bank's own systems, so that AUM, tiers,
// lifecycle stages, retention and the AUM KPIs rest on real positions, not only demo data.
//
// Holdings: one row per customer, product and month: customer_id (or id_number), product_code,
// month (YYYY-MM, not after the current month) and balance (yuan, up to two decimals; 0 for a
// product sold out that month). Chinese headers (客户编号, 证件号码, 产品代码, 月份, 余额) are
// understood too. A balance already on file for the same month is replaced (a corrected
// statement); other months stay. Needs CustomerImport on each customer: a customer outside the
// importer's scope is refused with the same words as one that does not exist. Afterwards each
// customer's AUM and tier are those of their latest month on file, as the 360 view shows them.
//
// Products: code, name, type (deposit, wealth, fund, insurance, bond, loan, other) and
// risk_level (R1–R5); new codes are added, known ones updated. Needs SettingsEdit (the catalogue
// is configuration). A product's risk level decides investor suitability, so each change of it
// is named in the audit row.
//
// Either import writes everything in one transaction with one audit row, or nothing; a row with
// a problem is reported with its line and reason and, unless all-or-nothing, left out.
class HoldingImport
{
    Q_DECLARE_TR_FUNCTIONS(HoldingImport)

public:
    explicit HoldingImport(QSqlDatabase db, QDate today = QDate::currentDate())
        : m_db(std::move(db))
        , m_today(today)
    {}

    bool importHoldings(const Session& session, const QString& fileName,
                        const HoldingImportOptions& options, HoldingImportResult* result,
                        StoreError* error);
    bool importProducts(const Session& session, const QString& fileName,
                        const HoldingImportOptions& options, ProductImportResult* result,
                        StoreError* error);

    // What an import did, in a sentence for people: the CLI and the dialog say the same.
    static QString summary(const HoldingImportResult& r, bool dryRun);
    static QString summary(const ProductImportResult& r, bool dryRun);
    // How many products the catalogue holds (-1 when it cannot be read).
    int catalogueSize() const;

private:
    // One valid row, in 32 bytes: a file of millions of rows is checked in little memory.
    struct Balance
    {
        qint64 customerId = 0;
        int product = 0; // index into the catalogue's codes, in code order
        int month = 0;
        int line = 0;
        qint64 fen = 0;
    };
    // balances: sorted by customer, product and month, each at most once.
    bool writeHoldings(const Session& session, const std::vector<Balance>& balances,
                       const QStringList& codes, const HoldingImportOptions& options,
                       HoldingImportResult* out, QString* why);
    static bool cancelled(StoreError* error); // says so; always false
    bool refreshAum(const QList<qint64>& customers, HoldingImportResult* out, QString* why);

    QSqlDatabase m_db;
    QDate m_today;
    bool m_cancelled = false; // writeHoldings stopped at the caller's request
};

} // namespace rmdesk
