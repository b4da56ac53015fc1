#include "testsupport.h"

#include "customerlistmodel.h"
#include "storage/sqlcipherdriver.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <sys/resource.h>

#include <csignal>

namespace rmdesk::test {

QSqlDatabase openCipher(const QString& path, const SecretBytes& key, const QString& name,
                        const QString& options)
{
    auto* driver = new SqlCipherDriver;
    driver->setKey(key);
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
    db.setDatabaseName(path);
    db.setConnectOptions(options);
    db.open();
    return db;
}

void dropConnection(const QString& name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QByteArray sha256OfFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return hash.result().toHex();
}

FileSizeLimit::FileSizeLimit(qint64 bytes)
{
    std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit r = {};
    BOOST_REQUIRE(getrlimit(RLIMIT_FSIZE, &r) == 0);
    m_saved = r.rlim_cur;
    r.rlim_cur = rlim_t(bytes);
    BOOST_REQUIRE(setrlimit(RLIMIT_FSIZE, &r) == 0);
}

FileSizeLimit::~FileSizeLimit()
{
    struct rlimit r = {};
    getrlimit(RLIMIT_FSIZE, &r);
    r.rlim_cur = rlim_t(m_saved);
    setrlimit(RLIMIT_FSIZE, &r);
}

qint64 largestFileIn(const QString& folder)
{
    qint64 largest = 0;
    for (const QFileInfo& f : QDir(folder).entryInfoList(QDir::Files | QDir::Hidden))
        largest = std::max(largest, f.size());
    return largest;
}

QStringList filesContaining(const QString& folder, const QByteArray& needle)
{
    QStringList hits;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        if (f.readAll().contains(needle))
            hits << path;
    }
    return hits;
}

void execOrFail(QSqlDatabase db, const QString& sql)
{
    QSqlQuery q(db);
    BOOST_REQUIRE_MESSAGE(q.exec(sql), "SQL failed: " << sql << ": " << q.lastError().text());
}

bool waitUntil(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents();
        QThread::usleep(200);
    }
    return true;
}

bool waitForRow(CustomerListModel& model, int row)
{
    return waitUntil([&] {
        if (!model.lastError().ok())
            return true;
        if (model.isCounting())
            return false;
        if (row >= model.total())
            return true;
        model.index(row, 0).data(); // asks for the row's page
        return model.isRowLoaded(row);
    });
}

} // namespace rmdesk::test
