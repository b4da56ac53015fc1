#pragma once

// Runs the built rmdesk-cli in a temporary folder with a database of four users.
#include "common/vaultfixture.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <sys/resource.h>

namespace rmdesk::test {

struct Result
{
    int code = -1;
    QJsonObject json;
    QString out;
    QString err;
};

struct CliFixture
{
    TempFolder folder;
    QString db = folder.file(QStringLiteral("bank.rmdb"));

    Result cli(const QStringList& args, const QByteArray& input = QByteArray())
    {
        QProcess p;
        p.setWorkingDirectory(folder.dir.path());
        if (fileSizeLimit > 0) {
            // As `ulimit -f`: no write of the command may reach past this offset of any file,
            // as if the disk were full there.
            const rlim_t limit = rlim_t(fileSizeLimit);
            p.setChildProcessModifier([limit] {
                const struct rlimit r = {limit, limit};
                setrlimit(RLIMIT_FSIZE, &r);
            });
        }
        p.start(QStringLiteral(RMDESK_CLI_PATH), args);
        BOOST_REQUIRE(p.waitForStarted());
        p.write(input);
        p.closeWriteChannel();
        BOOST_REQUIRE(p.waitForFinished(60000));
        Result r;
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        r.json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        return r;
    }
    // As `user` with password `password`, JSON output, passwords on stdin.
    Result as(const QString& user, const QByteArray& passwords, const QStringList& args)
    {
        return cli(QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"), user,
                               QStringLiteral("--password-stdin"), QStringLiteral("--json")} +
                       args,
                   passwords);
    }
    // The database of four users (root, rm1 and sup1 of BJ01, comp1), made in this process:
    // its slots get the test executables' least Argon2id cost (testmain.cpp), so every
    // rmdesk-cli sign-in after it costs milliseconds instead of a 64 MiB derivation. What
    // `init` and `user add` do themselves is tested through the binary: initWithCli.
    void init()
    {
        SecretBytes recovery;
        const auto admin = VaultFixture::createRoot(db, &recovery);
        recoveryKey = QString::fromLatin1(reinterpret_cast<const char*>(recovery.data()),
                                          qsizetype(recovery.size()));
        VaultFixture::addUsers(*admin, {{"rm1", Role::Rm, "BJ01"},
                                        {"sup1", Role::Supervisor, "BJ01"},
                                        {"comp1", Role::Compliance, ""}});
    }
    // The same database made by the binary, with the interactive preset's cost.
    void initWithCli()
    {
        const Result r =
            cli({QStringLiteral("--json"), QStringLiteral("--password-stdin"),
                 QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--admin"),
                 QStringLiteral("root"), QStringLiteral("--kdf"), QStringLiteral("interactive")},
                "root-password\n");
        BOOST_REQUIRE_MESSAGE(r.code == 0, r.err);
        recoveryKey = r.json.value(QStringLiteral("recovery_key")).toString();
        for (const char* who : {"rm1:rm:BJ01", "sup1:supervisor:BJ01", "comp1:compliance:"}) {
            const QStringList parts = QString::fromLatin1(who).split(QLatin1Char(':'));
            QStringList args{QStringLiteral("user"),
                             QStringLiteral("add"),
                             parts[0],
                             QStringLiteral("--role"),
                             parts[1],
                             QStringLiteral("--kdf"),
                             QStringLiteral("interactive")};
            if (!parts[2].isEmpty())
                args << QStringLiteral("--branch") << parts[2];
            const Result add = as(QStringLiteral("root"),
                                  "root-password\n" + parts[0].toUtf8() + "-password\n", args);
            BOOST_REQUIRE_MESSAGE(add.code == 0, add.err);
        }
    }
    QMap<QString, QByteArray> snapshot() const
    {
        QMap<QString, QByteArray> files;
        for (const QString& f : QDir(folder.dir.path()).entryList(QDir::Files | QDir::Hidden))
            if (!f.endsWith(QLatin1String("-shm")))
                files.insert(f, sha256OfFile(folder.file(f)));
        return files;
    }
    QString recoveryKey;
    qint64 fileSizeLimit = 0; // bytes; 0: none
};

} // namespace rmdesk::test
