#pragma once

#include <QByteArray>
#include <QSaveFile>
#include <QString>

namespace rmdesk {

// A file written whole or not at all (QSaveFile: a temporary file beside the target, renamed
// onto it), readable by its owner only from its first byte: reports, exports and pictures that
// hold customer or staff data. A short write or a failed flush, as on a full disk, leaves no
// file: QSaveFile::commit() alone does not notice a flush that failed.
class OwnerOnlyFile
{
public:
    explicit OwnerOnlyFile(const QString& fileName);

    // Creates the temporary file, owner-only; false with the reason in *error.
    bool open(QString* error);
    // Writes `bytes`, flushes and renames onto the target; on failure nothing is left.
    bool commit(const QByteArray& bytes, QString* error);
    QString fileName() const { return m_file.fileName(); }

    // open() and commit() at once.
    static bool write(const QString& fileName, const QByteArray& bytes, QString* error);

private:
    QSaveFile m_file;
};

} // namespace rmdesk
