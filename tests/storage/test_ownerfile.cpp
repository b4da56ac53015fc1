// OwnerOnlyFile: whole or nothing, owner-only from the first byte.
#include "common/testsupport.h"
#include "storage/ownerfile.h"

#include <QDir>
#include <QFile>

using namespace rmdesk;
using namespace rmdesk::test;

BOOST_AUTO_TEST_SUITE(owner_file)

BOOST_AUTO_TEST_CASE(written_whole_and_owner_only_even_over_a_readable_file)
{
    TempFolder folder;
    const QString path = folder.file(QStringLiteral("report.csv"));
    QFile old(path);
    BOOST_REQUIRE(old.open(QIODevice::WriteOnly));
    old.write("old");
    old.close();
    BOOST_REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                  QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QString why;
    BOOST_REQUIRE_MESSAGE(OwnerOnlyFile::write(path, "line,reason\n", &why), why.toStdString());
    QFile f(path);
    BOOST_REQUIRE(f.open(QIODevice::ReadOnly));
    BOOST_TEST(f.readAll() == QByteArray("line,reason\n"));
    BOOST_TEST((f.permissions() & (QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                   QFileDevice::ReadOther | QFileDevice::WriteOther)) ==
               QFileDevice::Permissions());
}

BOOST_AUTO_TEST_CASE(a_file_that_cannot_be_written_leaves_nothing_and_says_why)
{
    TempFolder folder;
    QString why;
    BOOST_TEST(!OwnerOnlyFile::write(folder.file(QStringLiteral("gone/report.csv")), "x", &why));
    BOOST_TEST(!why.isEmpty());
    // Opened, then given up: no temporary file stays behind.
    {
        OwnerOnlyFile file(folder.file(QStringLiteral("later.csv")));
        BOOST_REQUIRE(file.open(&why));
    }
    BOOST_TEST(QDir(folder.dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

BOOST_AUTO_TEST_SUITE_END()
