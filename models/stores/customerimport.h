#pragma once

#include "domain/customerfields.h"
#include "security/session.h"
#include "stores/csvtable.h"
#include "stores/storeerror.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace rmdesk {

struct ImportRow;
class IdNumberSet;
class OwnerOnlyFile;

// How a customer CSV is read and what happens to its rows (specification: import of customer
// profiles; CLI.md `import customers`).
struct CustomerImportOptions
{
    enum class Duplicates { Skip, Update }; // a row whose ID number is already on file
    QString encoding;                       // "", "UTF-8" or "GB18030"; "": detected
    // Column index (0-based) per target field: catalogue fields of CustomerFields plus "type",
    // "branch" and "rm". Empty: recognised from the header row (the header `export customers`
    // writes, and common Chinese or English column names such as 姓名, 证件号码, 手机号码).
    QHash<QString, int> mapping;
    Duplicates duplicates = Duplicates::Skip;
    bool allOrNothing = false; // nothing is written unless every row is valid
    bool dryRun = false;       // everything is checked, nothing is written
    // The report of rejected rows, written before anything is committed: when it cannot be
    // written (a full disk, a folder that is gone), nothing is imported. "": none.
    QString reportFile;
};

// One rejected row (or cell): the line in the file (1 = the header), the column's heading or
// target field, and the reason (translated). A row may have several.
struct ImportProblem
{
    int line = 0;
    QString column;
    QString reason;
};

// A cell of the preview: its text as read (masked when the field is graded C2 and the session
// could not see it unmasked) and what is wrong with it (empty: fine).
struct ImportPreviewCell
{
    QString text;
    QString error;
};

struct ImportPreview
{
    QString encoding;                     // as detected or given
    QStringList headings;                 // the file's header row
    QHash<QString, int> mapping;          // target field → column, as recognised (or given)
    QStringList unmappedHeadings;         // headings no field takes (ignored on import)
    QStringList missingRequired;          // required fields no column provides
    QList<int> lines;                     // the line of each preview row
    QList<QList<ImportPreviewCell>> rows; // per row, one cell per target field of `fields`
    QStringList fields;                   // the target fields shown, in column order
    int dataRows = 0;                     // rows in the whole file (without the header)
};

struct ImportResult
{
    int rows = 0;              // data rows read
    int imported = 0;          // new customers
    int updated = 0;           // existing customers updated (Duplicates::Update)
    int skipped = 0;           // duplicates skipped (Duplicates::Skip)
    int rejected = 0;          // invalid rows
    bool written = false;      // false for a dry run, a cancel or an all-or-nothing refusal
    bool cancelled = false;    // the progress callback asked to stop: nothing was written
    bool directWrites = false; // a bulk load written straight into the file (DirectWrites)
    QList<ImportProblem> problems;
    QStringList ignoredColumns; // headings of the file no field takes
    qint64 elapsedMs = 0;
    // Where the time of a written import went, in milliseconds: opening the write and reading,
    // checking and inserting the rows; building again the indexes a bulk load set aside (and
    // applying updates); the audit row and the commit.
    qint64 loadMs = 0;
    qint64 indexMs = 0;
    qint64 commitMs = 0;
};

// Imports customers from CSV (UTF-8 with or without BOM, or GB18030; RFC 4180 quoting with
// commas, quotes and newlines in fields). Each row is checked like CustomerStore::add
// (CustomerFields::normalise, ID numbers, branch and RM in the session's scope); the valid rows
// go in in one transaction with one audit row of counts (never row contents), so a failure or a
// cancel leaves nothing behind. Needs Action::CustomerImport (RM: into their own book; supervisor:
// their branch). The file is read twice, in a window of a megabyte (a check of the whole file and
// its encoding, then the rows): rows are checked on worker threads while the calling thread
// writes them, so memory does not grow with the file (beyond its ID numbers and its problems).
class CustomerImport
{
    Q_DECLARE_TR_FUNCTIONS(CustomerImport)

public:
    // (rows done, rows in all); return false to cancel.
    using Progress = std::function<bool(int done, int total)>;

    CustomerImport(QSqlDatabase db, QDate today = QDate::currentDate());

    // Reads the file, detects the encoding and the columns, and checks the first `rows` rows cell
    // by cell without writing anything.
    std::optional<ImportPreview> preview(const Session& session, const QString& fileName,
                                         const CustomerImportOptions& options, int rows,
                                         StoreError* error);

    std::optional<ImportResult> run(const Session& session, const QString& fileName,
                                    const CustomerImportOptions& options, StoreError* error,
                                    const Progress& progress = {});

    // The report CSV: line,column,reason per problem (UTF-8 with BOM), through OwnerOnlyFile.
    // Refused when fileName is one of `keep` (see protectedFiles).
    static bool writeReport(const ImportResult& result, const QString& fileName,
                            const QStringList& keep, QString* error);
    // What a report must never replace: the database file, its keyring, SQLite's files beside it
    // and the file being imported.
    static QStringList protectedFiles(const QSqlDatabase& db, const QString& source);

    // For tests: every data row checked both by the quick path and by the full check; the lines
    // where the two differ (none, when all is right). *quick: the rows the quick path took.
    std::optional<QList<int>> crossCheck(const Session& session, const QString& fileName,
                                         const CustomerImportOptions& options, int* quick,
                                         StoreError* error) const;

    // The target fields a column can be mapped to, for a mapping screen.
    static QStringList targetFields();

    // The target field a heading stands for ("" when none): a field key, its English label or a
    // common Chinese heading.
    static QString fieldForHeading(const QString& heading);

    // The report in two steps, so that a run finds out that it cannot write it before it writes
    // anything, and writes it before it commits (the holdings import uses them too).
    static std::unique_ptr<OwnerOnlyFile> openReport(const QString& fileName,
                                                     const QStringList& keep, QString* error);
    static bool finishReport(OwnerOnlyFile* file, const ImportResult& result, QString* error);

private:
    // The file, with its columns: the header read, the reader after it (and after `records`,
    // the first rows read for a preview).
    struct Source
    {
        CsvReader::Facts facts;
        std::shared_ptr<CsvReader> reader;
        QList<CsvRecord> records;
        QHash<QString, int> mapping; // target field → column
        QStringList headings;
        QStringList unmapped;
        QStringList doubled; // "first / second" per heading that names a field already taken
        QStringList missingRequired;
        // For the quick check: per mapped column, what it holds (see quickCheck), the column in
        // the file and the value's place among CustomerImportWriter::columns().
        struct Quick
        {
            int kind = 0;
            int column = 0;
            int value = -1;
        };
        QList<Quick> quick;
    };
    // Users and branches, read once; the next review per AML rating.
    struct Directory
    {
        struct User
        {
            qint64 id = 0;
            QString role;
            QString branch;
            bool active = false;
        };
        QHash<QString, User> users;
        QSet<QString> branches;
        QHash<QString, int> reviewMonths;
        QHash<QString, QString> dues;
    };
    // One data row once checked.
    struct Row
    {
        int line = 0;
        CustomerType type = CustomerType::Individual;
        QHash<QString, QString> values; // normalised catalogue fields
        QStringList provided;           // the fields the file gave a value for
        QString branch;
        qint64 rmId = 0;
        QString rmName;
        QString pinyin, initials; // for the search index
        QList<ImportProblem> problems;
        QHash<QString, QString> cellErrors; // target field → reason
    };

    // An existing customer the file changes (Duplicates::Update).
    struct Update
    {
        struct Change
        {
            QString field; // a catalogue field, or "rm"
            QString oldValue;
            QString newValue;
        };
        qint64 id = 0;
        CustomerType type = CustomerType::Individual;
        qint64 rmId = 0; // when "rm" changes
        QList<Change> changes;
        QString due; // the next review, when the AML rating changes
        bool reindex = false;
        QString name, mobile, idNumber;
    };

    std::optional<Source> open(const QString& fileName, const CustomerImportOptions& options,
                               int previewRows, StoreError* error) const;
    bool loadDirectory(Directory* directory, StoreError* error) const;
    Row check(const Session& session, const Source& source, const Directory& directory,
              const CsvRecord& record) const;
    // The row as the writer takes it: by the quick path when the row is plainly valid (an
    // individual with the usual columns), else through check(). Both give the same.
    void checkRow(const Session& session, const Source& source, const Directory& directory,
                  const CsvRecord& record, bool keepRecord, ImportRow* out) const;
    bool quickCheck(const Session& session, const Source& source, const Directory& directory,
                    const CsvRecord& record, ImportRow* out) const;
    static void toImportRow(const Row& row, const Directory& directory, ImportRow* out);
    bool planUpdate(const Session& session, const Row& row, qint64 id, const QString& branch,
                    qint64 rmId, const Directory& directory,
                    const QHash<QString, int>& reviewMonths, Update* plan,
                    QList<ImportProblem>* problems) const;
    bool loadIdNumbers(IdNumberSet* set, StoreError* error) const;
    bool applyUpdates(const Session& session, const QList<Update>& updates, const QString& at,
                      QString* why);

    QSqlDatabase m_db;
    QDate m_today;
};

} // namespace rmdesk
