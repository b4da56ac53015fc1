#pragma once
// What the customer import's tests share: the day they run on, valid ID numbers, fixture files,
// and a fixture with an RM and a supervisor signed in.
#include "common/vaultfixture.h"
#include "domain/idnumbers.h"
#include "stores/customerimport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>

namespace rmdesk::test {

inline const QDate today(2026, 11, 27);

// A valid resident ID number: Beijing Xicheng, born `birth`, sequence `seq` (0–999).
inline QString residentId(const QDate& birth, int seq)
{
    const QString first17 = QStringLiteral("110102") + birth.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(seq, 3, 10, QLatin1Char('0'));
    return first17 + IdNumbers::residentIdCheckChar(first17);
}

// The header `export customers` writes (with read-only columns the import ignores).
inline const QByteArray exportHeader =
    "id,type,name,gender,birth_date,id_type,id_number,id_issuer,id_expiry,mobile,phones,email,"
    "address,occupation,employer,risk_level,risk_assessed_on,risk_expires_on,aml_risk,"
    "lifecycle_stage,tags,notes,legal_rep,contacts,industry,registered_address,branch,rm,tier,"
    "status,aum_yuan";

// A file of the test's folder with exactly these bytes.
inline QString writeFile(const TempFolder& folder, const QString& name, const QByteArray& bytes)
{
    const QString path = folder.file(name);
    QFile f(path);
    BOOST_REQUIRE(f.open(QIODevice::WriteOnly));
    BOOST_REQUIRE(f.write(bytes) == bytes.size());
    return path;
}

struct ImportFixture : VaultFixture
{
    ImportFixture()
    {
        addStaff();
        rm1 = login(QStringLiteral("rm1"));
        sup1 = login(QStringLiteral("sup1"));
        BOOST_REQUIRE(rm1 && sup1);
    }
    QSqlDatabase db() { return admin->database().connection(); }
    QString write(const QString& name, const QByteArray& bytes)
    {
        return writeFile(folder, name, bytes);
    }
    std::optional<ImportResult> run(Vault& v, const QString& file,
                                    const CustomerImportOptions& options = {},
                                    StoreError* error = nullptr,
                                    const CustomerImport::Progress& progress = {})
    {
        StoreError e;
        CustomerImport import(v.database().connection(), today);
        auto r = import.run(v.session(), file, options, error ? error : &e, progress);
        if (!error)
            BOOST_REQUIRE_MESSAGE(r, e.message);
        return r;
    }
    QString scalar(const QString& sql)
    {
        QSqlQuery q(db());
        BOOST_REQUIRE_MESSAGE(q.exec(sql) && q.next(), sql);
        return q.value(0).toString();
    }
    // A hash per table of its whole content.
    QMap<QString, QByteArray> tables()
    {
        QMap<QString, QByteArray> out;
        QSqlQuery names(db());
        BOOST_REQUIRE(names.exec(QStringLiteral(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")));
        while (names.next()) {
            const QString t = names.value(0).toString();
            QSqlQuery q(db());
            BOOST_REQUIRE_MESSAGE(q.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(t)), t);
            QCryptographicHash h(QCryptographicHash::Sha256);
            while (q.next())
                for (int i = 0; i < q.record().count(); ++i)
                    h.addData(q.value(i).toString().toUtf8() + '\x1f');
            out.insert(t, h.result());
        }
        return out;
    }
    std::unique_ptr<Vault> rm1, sup1;
};

inline QStringList problemsOn(const ImportResult& r, int line)
{
    QStringList reasons;
    for (const ImportProblem& p : r.problems)
        if (p.line == line)
            reasons << p.column + QStringLiteral(": ") + p.reason;
    return reasons;
}

} // namespace rmdesk::test
