// CustomerImport: preview, the run (checks, duplicates, the bulk write) and the report.
#include "customerimport.h"

#include "customerimportwriter.h"
#include "security/masking.h"
#include "security/permissions.h"
#include "storage/ownerfile.h"
#include "storage/sqlcipherdriver.h"
#include "stores/audittrail.h"
#include "stores/customerexport.h"
#include "stores/customersearch.h"
#include "stores/customerstore.h"
#include "stores/lifecyclestore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringDecoder>

#include <algorithm>
#include <condition_variable>
#include <map>
#include <mutex>
#include <thread>

namespace rmdesk {

namespace {

constexpr int kBatch = 1024;       // rows a worker reads and checks at a time
constexpr int kWindow = 8;         // batches read but not yet written, at most
constexpr int kReportEvery = 2048; // rows between progress reports

// The rows of a file on their way from the reader through the checking threads to the writer:
// batches numbered in file order, at most kWindow of them in flight.
struct Pipeline
{
    std::mutex mutex;
    std::condition_variable changed;
    std::mutex reading; // one worker reads at a time
    int nextBatch = 0;  // the next batch a worker reads
    int taken = 0;      // batches the writer has taken
    int batches = -1;   // all batches, once the end of the file is reached
    bool stop = false;
    QString error;
    std::map<int, std::vector<ImportRow>> checked;
};

// Joins the workers on every way out.
struct Workers
{
    Pipeline& pipeline;
    std::vector<std::thread> threads;
    ~Workers()
    {
        {
            const std::lock_guard lock(pipeline.mutex);
            pipeline.stop = true;
        }
        pipeline.changed.notify_all();
        for (std::thread& t : threads)
            t.join();
    }
};

} // namespace

CustomerImport::CustomerImport(QSqlDatabase db, QDate today)
    : m_db(std::move(db))
    , m_today(today)
{}

std::optional<ImportPreview> CustomerImport::preview(const Session& session,
                                                     const QString& fileName,
                                                     const CustomerImportOptions& options, int rows,
                                                     StoreError* error)
{
    if (!Permissions::allows(session, Action::CustomerImport)) {
        fail(error, StoreError::Forbidden, Permissions::refusal(session, Action::CustomerImport));
        return std::nullopt;
    }
    const auto source = open(fileName, options, rows, error);
    if (!source)
        return std::nullopt;
    Directory directory;
    if (!loadDirectory(&directory, error))
        return std::nullopt;
    ImportPreview p;
    p.encoding = source->facts.encoding;
    p.headings = source->headings;
    p.mapping = source->mapping;
    p.unmappedHeadings = source->unmapped;
    p.missingRequired = source->missingRequired;
    p.dataRows = source->facts.records - 1;
    QList<QPair<int, QString>> shown;
    for (auto it = source->mapping.cbegin(); it != source->mapping.cend(); ++it)
        shown.append({it.value(), it.key()});
    std::sort(shown.begin(), shown.end());
    for (const auto& s : std::as_const(shown))
        p.fields << s.second;
    const Masker masker = Masker::fromRules(m_db);
    for (const CsvRecord& record : source->records) {
        const Row row = check(session, *source, directory, record);
        QList<ImportPreviewCell> cells;
        for (const QString& field : std::as_const(p.fields)) {
            const int column = source->mapping.value(field);
            const QString text =
                column < record.fields.size() ? record.fields.at(column).trimmed() : QString();
            ImportPreviewCell cell;
            cell.text = masker.mask(row.type, field, text);
            if (field == QLatin1String("type") || field == QLatin1String("branch") ||
                field == QLatin1String("rm"))
                cell.text = text;
            cell.error = row.cellErrors.value(field);
            cells << cell;
        }
        // A problem of the whole row (field count, encoding) shows on its first cell.
        if (!row.problems.isEmpty() && row.cellErrors.isEmpty() && !cells.isEmpty())
            cells.first().error = row.problems.first().reason;
        p.lines << record.line;
        p.rows << cells;
    }
    return p;
}

std::optional<ImportResult> CustomerImport::run(const Session& session, const QString& fileName,
                                                const CustomerImportOptions& options,
                                                StoreError* error, const Progress& progress)
{
    QElapsedTimer timer;
    timer.start();
    if (!Permissions::allows(session, Action::CustomerImport)) {
        fail(error, StoreError::Forbidden, Permissions::refusal(session, Action::CustomerImport));
        return std::nullopt;
    }
    auto source = open(fileName, options, 0, error);
    if (!source)
        return std::nullopt;
    if (!source->missingRequired.isEmpty()) {
        QStringList labels;
        for (const QString& f : std::as_const(source->missingRequired))
            labels << CustomerFields::label(f);
        fail(error, StoreError::Invalid,
             tr("No column of the file gives %1; nothing was imported.")
                 .arg(labels.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    if (options.mapping.isEmpty() && !source->doubled.isEmpty()) {
        // Which of two columns to take is the user's choice, not the reader's.
        fail(error, StoreError::Invalid,
             tr("Two columns give the same field (%1); keep one of them, or map the columns. "
                "Nothing was imported.")
                 .arg(source->doubled.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    const int total = source->facts.records - 1;
    if (total == 0) {
        fail(error, StoreError::Invalid, tr("The file has a header row but no customers."));
        return std::nullopt;
    }
    Directory directory;
    if (!loadDirectory(&directory, error))
        return std::nullopt;
    auto* driver = qobject_cast<SqlCipherDriver*>(m_db.driver());
    if (!driver || !driver->connection()) {
        fail(error, StoreError::Failed, tr("The database connection is not an RM Desk one."));
        return std::nullopt;
    }
    IdNumberSet onFile; // the ID numbers of the customers already on file
    if (!loadIdNumbers(&onFile, error))
        return std::nullopt;
    std::unique_ptr<OwnerOnlyFile> report;
    if (!options.reportFile.isEmpty()) {
        QString why;
        report = openReport(options.reportFile, protectedFiles(m_db, fileName), &why);
        if (!report) {
            fail(error, StoreError::Invalid, why + QLatin1Char(' ') + tr("Nothing was imported."));
            return std::nullopt;
        }
    }

    ImportResult result;
    result.rows = total;
    // Named so that a misspelt heading does not lose its column unnoticed; the columns an export
    // writes for reading only (id, tier, status, …) are expected and not named.
    for (const QString& heading : std::as_const(source->unmapped))
        if (!CustomerExport::columns().contains(heading.trimmed().toLower()))
            result.ignoredColumns << heading;
    CustomerImportWriter writer(m_db, m_today, session.userId);
    auto stopped = [&] {
        writer.rollback();
        result.cancelled = true;
        result.written = false;
        result.elapsedMs = timer.elapsed();
        return result;
    };
    auto abort = [&](const QString& why) -> std::optional<ImportResult> {
        writer.rollback();
        fail(error, StoreError::Failed, tr("Nothing was imported: %1").arg(why));
        return std::nullopt;
    };
    QString why;
    const qint64 started = timer.elapsed();
    if (!options.dryRun && !writer.begin(total, &why))
        return abort(why);

    // Workers read batches of records in turn and check them; this thread takes the batches in
    // the order of the file and writes them.
    const bool update = options.duplicates == CustomerImportOptions::Duplicates::Update;
    const bool gb = source->facts.encoding == QLatin1String("GB18030");
    Pipeline pipeline;
    auto work = [&] {
        QStringDecoder gbDecoder("GB18030", QStringDecoder::Flag::Stateless);
        std::vector<CsvRawRecord> raws;
        for (;;) {
            int batch = 0;
            bool end = false;
            raws.clear();
            {
                const std::lock_guard reading(pipeline.reading);
                {
                    std::unique_lock lock(pipeline.mutex);
                    pipeline.changed.wait(lock, [&] {
                        return pipeline.stop || pipeline.batches >= 0 ||
                               pipeline.nextBatch - pipeline.taken < kWindow;
                    });
                    if (pipeline.stop || pipeline.batches >= 0)
                        return;
                    batch = pipeline.nextBatch++;
                }
                CsvRawRecord raw;
                while (!end && int(raws.size()) < kBatch) {
                    if (source->reader->next(&raw))
                        raws.push_back(std::move(raw));
                    else
                        end = true;
                }
                if (end) {
                    const std::lock_guard lock(pipeline.mutex);
                    pipeline.batches = batch + 1;
                    pipeline.error = source->reader->error();
                }
            }
            std::vector<ImportRow> rows(raws.size());
            for (std::size_t i = 0; i < raws.size(); ++i)
                checkRow(session, *source, directory, CsvTable::decode(raws[i], gb, &gbDecoder),
                         update, &rows[i]);
            {
                const std::lock_guard lock(pipeline.mutex);
                pipeline.checked.emplace(batch, std::move(rows));
            }
            pipeline.changed.notify_all();
        }
    };
    Workers workers{pipeline, {}};
    const int threads = std::clamp(int(std::thread::hardware_concurrency()), 1, 2);
    for (int t = 0; t < threads; ++t)
        workers.threads.emplace_back(work);

    // Duplicates, in the order of the file.
    IdNumberSet firstLine;
    QList<Update> updates;
    const QString idLabel = CustomerFields::label(QStringLiteral("id_number"));
    const int idColumn = source->mapping.value(QStringLiteral("id_number"), -1);
    const QString idHeading =
        idColumn >= 0 ? source->headings.at(idColumn).trimmed() : QStringLiteral("id_number");
    int done = 0;
    for (;;) {
        std::vector<ImportRow> rows;
        {
            std::unique_lock lock(pipeline.mutex);
            pipeline.changed.wait(lock, [&] {
                return !pipeline.error.isEmpty() || pipeline.checked.count(pipeline.taken) ||
                       (pipeline.batches >= 0 && pipeline.taken >= pipeline.batches);
            });
            if (!pipeline.error.isEmpty()) {
                why = pipeline.error;
                break;
            }
            const auto next = pipeline.checked.find(pipeline.taken);
            if (next == pipeline.checked.end())
                break; // the end of the file
            rows = std::move(next->second);
            pipeline.checked.erase(next);
            ++pipeline.taken;
        }
        pipeline.changed.notify_all();
        for (ImportRow& row : rows) {
            ++done;
            if (progress && done % kReportEvery == 0 && !progress(done, total))
                return stopped();
            const QString& idNumber = row.idNumber;
            if (row.valid() && !idNumber.isEmpty()) {
                if (const int first = firstLine.line(idNumber))
                    row.problems.append({row.line, idHeading,
                                         tr("%1: the same number is on line %2 of the file.")
                                             .arg(idLabel)
                                             .arg(first)});
            }
            if (!idNumber.isEmpty())
                firstLine.insert(idNumber, row.line);
            auto reject = [&](const QList<ImportProblem>& problems) {
                result.problems += problems;
                ++result.rejected;
                if (options.allOrNothing)
                    writer.rollback(); // nothing will be written: stop writing now
            };
            if (!row.valid()) {
                reject(row.problems);
                continue;
            }
            if (idNumber.isEmpty() || !onFile.line(idNumber)) {
                ++result.imported;
                if (writer.active() && !writer.insert(row, &why))
                    return abort(why);
                continue;
            }
            if (!update) {
                ++result.skipped;
                continue;
            }
            QSqlQuery existing(m_db);
            existing.prepare(QStringLiteral("SELECT id, branch_code, coalesce(rm_user_id, 0) "
                                            "FROM customers WHERE id_number = ?"));
            existing.addBindValue(idNumber);
            if (!existing.exec())
                return abort(existing.lastError().text());
            if (!existing.next()) { // gone since the numbers were read: a new customer
                ++result.imported;
                if (writer.active() && !writer.insert(row, &why))
                    return abort(why);
                continue;
            }
            QList<ImportProblem> problems;
            Update plan;
            if (!planUpdate(session, check(session, *source, directory, *row.record),
                            existing.value(0).toLongLong(), existing.value(1).toString(),
                            existing.value(2).toLongLong(), directory, directory.reviewMonths,
                            &plan, &problems)) {
                reject(problems);
                continue;
            }
            if (plan.changes.isEmpty()) {
                ++result.skipped;
                continue;
            }
            ++result.updated;
            updates.append(plan);
        }
    }
    if (!why.isEmpty()) {
        writer.rollback();
        fail(error, StoreError::Invalid, why);
        return std::nullopt;
    }
    if (done != total) {
        writer.rollback();
        fail(error, StoreError::Invalid,
             tr("The file %1 changed while it was imported; nothing was imported.").arg(fileName));
        return std::nullopt;
    }
    std::sort(result.problems.begin(), result.problems.end(),
              [](const ImportProblem& a, const ImportProblem& b) { return a.line < b.line; });
    if (options.dryRun || (options.allOrNothing && result.rejected > 0) ||
        result.imported + result.updated == 0) {
        writer.rollback();
        if (report && !finishReport(report.get(), result, &why)) {
            fail(error, StoreError::Failed, why);
            return std::nullopt;
        }
        result.elapsedMs = timer.elapsed();
        if (progress && !options.dryRun)
            progress(total, total);
        return result;
    }
    const qint64 loaded = timer.elapsed();
    result.loadMs = loaded - started;
    if (!writer.finishInserts(&why) || !applyUpdates(session, updates, writer.at(), &why))
        return abort(why);
    const qint64 indexed = timer.elapsed();
    result.indexMs = indexed - loaded;
    // One audit row of counts: never the rows' contents.
    const QJsonObject details{{QStringLiteral("rows"), result.rows},
                              {QStringLiteral("imported"), result.imported},
                              {QStringLiteral("updated"), result.updated},
                              {QStringLiteral("skipped"), result.skipped},
                              {QStringLiteral("rejected"), result.rejected}};
    if (!AuditTrail::record(m_db, session,
                            {QStringLiteral("customer.import"), QStringLiteral("customer"),
                             QString(), details, QString()},
                            &why))
        return abort(why);
    if (progress && !progress(total, total))
        return stopped();
    result.directWrites = writer.direct();
    if (report && !finishReport(report.get(), result, &why))
        return abort(why);
    if (!writer.commit(&why))
        return abort(why);
    result.written = true;
    result.elapsedMs = timer.elapsed();
    result.commitMs = result.elapsedMs - indexed;
    return result;
}

// Existing customers, field by field with their change history, as CustomerStore::update.
bool CustomerImport::applyUpdates(const Session& session, const QList<Update>& updates,
                                  const QString& at, QString* why)
{
    QSqlQuery q(m_db);
    const QString reason = tr("Customer import");
    const Masker masker = Masker::fromRules(m_db);
    for (const Update& u : updates) {
        QJsonObject audited; // as CustomerStore::update: masked values only
        for (const Update::Change& c : u.changes) {
            const bool c1 = c.field == QLatin1String("rm");
            audited.insert(
                c.field, QJsonObject{{QStringLiteral("old"),
                                      c1 ? c.oldValue : masker.mask(u.type, c.field, c.oldValue)},
                                     {QStringLiteral("new"),
                                      c1 ? c.newValue : masker.mask(u.type, c.field, c.newValue)}});
        }
        if (!AuditTrail::record(m_db, session,
                                {QStringLiteral("customer.update"), QStringLiteral("customer"),
                                 QString::number(u.id),
                                 QJsonObject{{QStringLiteral("changes"), audited}}, reason},
                                why))
            return false;
        for (const Update::Change& c : u.changes) {
            const bool rm = c.field == QLatin1String("rm");
            q.prepare(QStringLiteral("UPDATE customers SET %1 = ?, updated_at = ? WHERE id = ?")
                          .arg(rm ? QStringLiteral("rm_user_id") : c.field));
            q.addBindValue(rm ? QVariant(u.rmId)
                              : (c.newValue.isEmpty() ? QVariant() : QVariant(c.newValue)));
            q.addBindValue(at);
            q.addBindValue(u.id);
            if (!q.exec()) {
                *why = q.lastError().databaseText();
                return false;
            }
            q.prepare(QStringLiteral("INSERT INTO customer_changes (customer_id, at, user_name, "
                                     "field, old_value, new_value, reason) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?)"));
            for (const QVariant& v :
                 {QVariant(u.id), QVariant(at), QVariant(session.userName), QVariant(c.field),
                  c.oldValue.isEmpty() ? QVariant() : QVariant(c.oldValue),
                  c.newValue.isEmpty() ? QVariant() : QVariant(c.newValue), QVariant(reason)})
                q.addBindValue(v);
            if (!q.exec()) {
                *why = q.lastError().databaseText();
                return false;
            }
        }
        if (!u.due.isEmpty()) {
            q.prepare(QStringLiteral("UPDATE customers SET next_review_due = ? WHERE id = ?"));
            q.addBindValue(u.due);
            q.addBindValue(u.id);
            if (!q.exec()) {
                *why = q.lastError().databaseText();
                return false;
            }
        }
        if (u.reindex && !CustomerSearch::index(m_db, u.id, u.name, u.mobile, u.idNumber, why))
            return false;
    }
    return true;
}

bool CustomerImport::loadIdNumbers(IdNumberSet* set, StoreError* error) const
{
    RawStatement q(m_db, "SELECT id_number FROM customers WHERE id_number IS NOT NULL");
    if (!q.ok())
        return fail(error, StoreError::Failed, q.error());
    while (q.step())
        set->insert(QString::fromUtf8(q.text(0), q.textSize(0)), 1);
    if (q.failed())
        return fail(error, StoreError::Failed, q.error());
    return true;
}

std::optional<QList<int>> CustomerImport::crossCheck(const Session& session,
                                                     const QString& fileName,
                                                     const CustomerImportOptions& options,
                                                     int* quick, StoreError* error) const
{
    *quick = 0;
    const auto source = open(fileName, options, 0, error);
    Directory directory;
    if (!source || !loadDirectory(&directory, error))
        return std::nullopt;
    const bool gb = source->facts.encoding == QLatin1String("GB18030");
    QStringDecoder gbDecoder("GB18030", QStringDecoder::Flag::Stateless);
    QList<int> differ;
    CsvRawRecord raw;
    while (source->reader->next(&raw)) {
        const CsvRecord record = CsvTable::decode(raw, gb, &gbDecoder);
        ImportRow full, fast;
        toImportRow(check(session, *source, directory, record), directory, &full);
        if (quickCheck(session, *source, directory, record, &fast)) {
            ++*quick;
            if (!(fast == full))
                differ << record.line;
        }
    }
    return differ;
}

bool CustomerImport::planUpdate(const Session& session, const Row& row, qint64 id,
                                const QString& branch, qint64 rmId, const Directory& directory,
                                const QHash<QString, int>& reviewMonths, Update* plan,
                                QList<ImportProblem>* problems) const
{
    auto refuse = [&](const QString& column, const QString& reason) {
        problems->append({row.line, column, reason});
        return false;
    };
    if (!Permissions::allows(session, Action::CustomerUpdate, Target{branch, rmId}))
        return refuse(QString(),
                      // Not which customer: the row says no more than `customer add` would.
                      tr("A customer outside your %1 has this ID number; the row was not "
                         "imported.")
                          .arg(session.role == Role::Rm ? tr("book of customers") : tr("branch")));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT * FROM customers WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return refuse(QString(), q.lastError().text());
    const QSqlRecord rec = q.record();
    auto stored = [&](const QString& field) {
        const int i = rec.indexOf(field);
        return i < 0 ? QString() : q.value(i).toString();
    };
    const auto storedType = customerTypeFromName(stored(QStringLiteral("type")));
    if (storedType != row.type)
        return refuse(CustomerFields::label(QStringLiteral("type")),
                      tr("Customer %1 with this ID number is of the other type.").arg(id));
    plan->id = id;
    plan->type = row.type;
    for (const QString& field : row.provided) {
        if (field == QLatin1String("rm") || field == QLatin1String("branch"))
            continue;
        const QString now = row.values.value(field);
        const QString old = stored(field);
        if (now == old)
            continue;
        const FieldDef* def = CustomerFields::find(row.type, field);
        if (def && def->identity)
            return refuse(CustomerFields::label(field),
                          tr("%1 differs from customer %2's: identity fields change only with a "
                             "proof document, in the customer's profile.")
                              .arg(CustomerFields::label(field))
                              .arg(id));
        plan->changes.append({field, old, now});
    }
    if (row.provided.contains(QStringLiteral("branch")) && row.branch != branch)
        return refuse(CustomerFields::label(QStringLiteral("branch")),
                      tr("%1: moving a customer to another branch is a transfer, not an edit.")
                          .arg(CustomerFields::label(QStringLiteral("branch"))));
    if (row.provided.contains(QStringLiteral("rm")) && row.rmId != rmId) {
        if (!Permissions::allows(session, Action::CustomerAssign, Target{branch, 0}))
            return refuse(CustomerFields::label(QStringLiteral("rm")),
                          Permissions::refusal(session, Action::CustomerAssign));
        QString oldName;
        for (auto it = directory.users.cbegin(); it != directory.users.cend(); ++it)
            if (it->id == rmId)
                oldName = it.key();
        plan->rmId = row.rmId;
        plan->changes.append({QStringLiteral("rm"), oldName, row.rmName});
    }
    for (const Update::Change& c : std::as_const(plan->changes)) {
        if (c.field == QLatin1String("aml_risk"))
            plan->due = m_today.addMonths(reviewMonths.value(c.newValue, 6)).toString(Qt::ISODate);
        if (c.field == QLatin1String("mobile"))
            plan->reindex = true;
    }
    plan->name = stored(QStringLiteral("name"));
    plan->idNumber = stored(QStringLiteral("id_number"));
    plan->mobile = row.provided.contains(QStringLiteral("mobile"))
                       ? row.values.value(QStringLiteral("mobile"))
                       : stored(QStringLiteral("mobile"));
    return true;
}

} // namespace rmdesk
