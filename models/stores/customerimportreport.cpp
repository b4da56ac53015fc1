// The report of a customer import: every rejected row's line, column and reason.
#include "customerimport.h"

#include "storage/ownerfile.h"

#include <QFileInfo>

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

std::unique_ptr<OwnerOnlyFile> CustomerImport::openReport(const QString& fileName,
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
    // The reasons may quote what the file held: for the person who imported it only.
    auto file = std::make_unique<OwnerOnlyFile>(fileName);
    QString why;
    if (!file->open(&why)) {
        *error = tr("The report %1 cannot be written: %2").arg(fileName, why);
        return nullptr;
    }
    return file;
}

bool CustomerImport::finishReport(OwnerOnlyFile* file, const ImportResult& result, QString* error)
{
    QByteArray out("\xEF\xBB\xBF");
    out += "line,column,reason\r\n";
    for (const ImportProblem& p : result.problems)
        out += (QString::number(p.line) + QLatin1Char(',') + CsvTable::field(p.column) +
                QLatin1Char(',') + CsvTable::field(p.reason) + QLatin1String("\r\n"))
                   .toUtf8();
    QString why;
    if (!file->commit(out, &why)) {
        *error = tr("The report %1 cannot be written: %2").arg(file->fileName(), why);
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
