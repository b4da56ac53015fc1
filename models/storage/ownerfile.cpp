#include "ownerfile.h"

namespace rmdesk {

OwnerOnlyFile::OwnerOnlyFile(const QString& fileName)
    : m_file(fileName)
{}

bool OwnerOnlyFile::open(QString* error)
{
    if (m_file.open(QIODevice::WriteOnly) &&
        m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return true;
    *error = m_file.errorString();
    if (m_file.isOpen())
        m_file.cancelWriting(); // the destructor removes the temporary file
    return false;
}

bool OwnerOnlyFile::commit(const QByteArray& bytes, QString* error)
{
    if (m_file.write(bytes) == bytes.size() && m_file.flush() && m_file.commit())
        return true;
    *error = m_file.errorString();
    if (m_file.isOpen())
        m_file.cancelWriting();
    return false;
}

bool OwnerOnlyFile::write(const QString& fileName, const QByteArray& bytes, QString* error)
{
    OwnerOnlyFile file(fileName);
    return file.open(error) && file.commit(bytes, error);
}

} // namespace rmdesk
