// The report of a customer import: every rejected row's line, column and reason.
#include "customerimport.h"

#include <QFileInfo>
#include <QSaveFile>

namespace rmdesk {

namespace {

// The same file, whether or not it exists yet (a link resolved when it does).
QString samePath(const QString& fileName)
{
    const QFileInfo info(fileName);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

} // namespace

QStringList CustomerImport::protectedFiles(const QSqlDatabase& db, const QString& source)
{
    QStringList files;
    const QString database = db.databaseName();
    if (!database.isEmpty() && database != QLatin1String(":memory:"))
        for (const char* suffix : {"", ".keyring", ".failures", "-wal", "-shm", "-journal"})
            files << database + QLatin1String(suffix);
    if (!source.isEmpty())
        files << source;
    return files;
}

std::unique_ptr<QSaveFile> CustomerImport::openReport(const QString& fileName,
                                                      const QStringList& keep, QString* error)
{
    const QString target = samePath(fileName);
    for (const QString& kept : keep) {
        if (samePath(kept) == target) {
            *error = tr("The report cannot be written to %1: that file is the database, its "
                        "keyring or the file being imported.")
                         .arg(fileName);
            return nullptr;
        }
    }
    auto file = std::make_unique<QSaveFile>(fileName);
    if (!file->open(QIODevice::WriteOnly)) {
        *error = tr("The report %1 cannot be written: %2").arg(fileName, file->errorString());
        return nullptr;
    }
    // The reasons may quote what the file held: for the person who imported it only.
    if (!file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = tr("The report %1 cannot be made readable by its owner only: %2")
                     .arg(fileName, file->errorString());
        return nullptr; // QSaveFile's destructor removes the temporary file
    }
    return file;
}

bool CustomerImport::finishReport(QSaveFile* file, const ImportResult& result, QString* error)
{
    QByteArray out("\xEF\xBB\xBF");
    out += "line,column,reason\r\n";
    for (const ImportProblem& p : result.problems)
        out += (QString::number(p.line) + QLatin1Char(',') + CsvTable::field(p.column) +
                QLatin1Char(',') + CsvTable::field(p.reason) + QLatin1String("\r\n"))
                   .toUtf8();
    // A full disk shows in write() or in the flush; commit() alone does not report a failed
    // flush, so both are checked before the file takes the report's name.
    if (file->write(out) != out.size() || !file->flush() || !file->commit()) {
        *error =
            tr("The report %1 cannot be written: %2").arg(file->fileName(), file->errorString());
        file->cancelWriting();
        return false;
    }
    return true;
}

bool CustomerImport::writeReport(const ImportResult& result, const QString& fileName,
                                 const QStringList& keep, QString* error)
{
    const auto file = openReport(fileName, keep, error);
    return file && finishReport(file.get(), result, error);
}

} // namespace rmdesk
