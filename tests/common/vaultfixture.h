#pragma once

#include "common/testsupport.h"
#include "security/vault.h"

#include <QDir>
#include <QFile>
#include <QMap>

namespace rmdesk::test {

// A fresh database with an administrator "root" (password "root-password") and, optionally, users
// of every role, all with the interactive profile (at the least cost in tests: testmain.cpp).
struct VaultFixture
{
    VaultFixture()
        : path(folder.file(QStringLiteral("bank.rmdb")))
    {
        admin = createRoot(path, &recoveryKey);
    }

    struct Staff
    {
        const char* name;
        Role role;
        const char* branch;
    };
    // A database whose administrator is "root" (password "root-password").
    static std::unique_ptr<Vault> createRoot(const QString& path, SecretBytes* recoveryKey)
    {
        StoreError error;
        auto root = Vault::create(path, QStringLiteral("root"), secret("root-password"),
                                  KdfProfile::Interactive, recoveryKey, &error);
        BOOST_REQUIRE_MESSAGE(root, error.message);
        return root;
    }
    // Each with the password NAME-password.
    static void addUsers(Vault& admin, std::initializer_list<Staff> staff)
    {
        for (const Staff& s : staff) {
            StoreError error;
            const QString name = QString::fromLatin1(s.name);
            BOOST_REQUIRE_MESSAGE(
                admin.addUser({name, QString(), s.role, QString::fromLatin1(s.branch)},
                              passwordOf(name), KdfProfile::Interactive, &error),
                error.message);
        }
    }

    void addStaff()
    {
        addUsers(*admin, {{"rm1", Role::Rm, "BJ01"},
                          {"rm2", Role::Rm, "SH01"},
                          {"sup1", Role::Supervisor, "BJ01"},
                          {"comp1", Role::Compliance, ""}});
    }

    static SecretBytes passwordOf(const QString& name)
    {
        const QByteArray p = (name + QStringLiteral("-password")).toUtf8();
        return SecretBytes::fromBytes(p.constData(), std::size_t(p.size()));
    }

    std::unique_ptr<Vault> login(const QString& name, StoreError* error = nullptr)
    {
        StoreError e;
        auto v = Vault::login(path, name, passwordOf(name), &e);
        if (error)
            *error = e;
        return v;
    }

    // Hashes of every file in the folder, to prove that something changed nothing. The -shm file
    // is SQLite's shared-memory index, whose read marks move on every read; it holds no data.
    QMap<QString, QByteArray> snapshot() const
    {
        QMap<QString, QByteArray> files;
        for (const QString& f : QDir(folder.dir.path()).entryList(QDir::Files | QDir::Hidden)) {
            if (!f.endsWith(QLatin1String("-shm")))
                files.insert(f, sha256OfFile(folder.file(f)));
        }
        return files;
    }

    TempFolder folder;
    QString path;
    SecretBytes recoveryKey;
    std::unique_ptr<Vault> admin;
};

} // namespace rmdesk::test
