#pragma once

#include "storage/secretbytes.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <boost/test/unit_test.hpp>

#include <cstring>
#include <functional>
#include <ostream>

// Lets Boost.Test print Qt strings in failed assertions.
QT_BEGIN_NAMESPACE
inline std::ostream& operator<<(std::ostream& os, const QString& s)
{
    return os << s.toStdString();
}
inline std::ostream& operator<<(std::ostream& os, const QByteArray& b)
{
    return os << b.toStdString();
}
inline std::ostream& operator<<(std::ostream& os, const QStringList& l)
{
    return os << l.join(QLatin1String(" | ")).toStdString();
}
QT_END_NAMESPACE

namespace rmdesk {
class CustomerListModel;
}

namespace rmdesk::test {

// A password or key in locked memory, from a literal.
inline SecretBytes secret(const char* text)
{
    return SecretBytes::fromBytes(text, std::strlen(text));
}

// A QString from a UTF-8 literal, for Chinese test data.
inline QString utf8(const char* text)
{
    return QString::fromUtf8(text);
}

// Command-line words from UTF-8 literals.
inline QStringList words(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* w : list)
        out << QString::fromUtf8(w);
    return out;
}

// A fresh temporary folder per test, removed afterwards.
struct TempFolder
{
    QTemporaryDir dir;
    QString file(const QString& name) const { return dir.filePath(name); }
};

// Opens (by default creating) an SQLCipher file through the QSQLCIPHER driver with `key`.
// `name` is the connection name; remove it with QSqlDatabase::removeDatabase when done.
QSqlDatabase openCipher(const QString& path, const SecretBytes& key, const QString& name,
                        const QString& options = QStringLiteral("QSQLCIPHER_CREATE"));

// Closes and removes a connection by name (the QSqlDatabase handle must be out of scope).
void dropConnection(const QString& name);

QByteArray sha256OfFile(const QString& path);

// While it lives, no write of this process may reach past `bytes` into any file, as if the disk
// were full there (`ulimit -f`; SIGXFSZ ignored, so writes fail with EFBIG). Pipes, and so the
// test log, are not affected.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(qint64 bytes);
    ~FileSizeLimit();
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;

private:
    quint64 m_saved = 0;
};

// The size of the largest file directly in `folder`.
qint64 largestFileIn(const QString& folder);

// Every file under `folder` whose bytes contain `needle`.
QStringList filesContaining(const QString& folder, const QByteArray& needle);

// Runs `sql` and fails the test (with the driver's message) if it does not succeed.
void execOrFail(QSqlDatabase db, const QString& sql);

// Runs the event loop until `done()` holds; false after `timeoutMs`.
bool waitUntil(const std::function<bool()>& done, int timeoutMs = 20000);
// Asks for `row` and waits until the list is counted and that row is read (or the list is empty
// or failed); false on timeout.
bool waitForRow(CustomerListModel& model, int row = 0);

} // namespace rmdesk::test
