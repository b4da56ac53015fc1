#include "benchworkload.h"

#include "benchsupport.h"
#include "demo/demogenerator.h"
#include "security/vault.h"
#include "stores/lifecyclestore.h"

#include <sqlcipher/sqlite3.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>

namespace rmdesk::bench {

QJsonObject ensureDatabase(const QString& path, const GenerateRequest& request,
                           const SecretBytes& password)
{
    if (QFileInfo::exists(path))
        return QJsonObject{{QStringLiteral("reused"), true}};
    QElapsedTimer t;
    t.start();
    SecretBytes recovery;
    StoreError e;
    auto admin = Vault::create(path, QStringLiteral("admin"), password, KdfProfile::Interactive,
                               &recovery, &e);
    if (!admin)
        return QJsonObject{{QStringLiteral("error"), e.message}};
    const double createMs = ms(t);
    DemoOptions options;
    options.customers = request.customers;
    options.months = request.months;
    options.seed = request.seed;
    DemoGenerator generator(options);
    t.restart();
    const auto counts = generator.run(*admin, password, &e);
    if (!counts)
        return QJsonObject{{QStringLiteral("error"), e.message}};
    const double demoMs = ms(t);
    t.restart();
    StageRunResult run;
    LifecycleStore stages(admin->database().connection());
    if (!stages.run(admin->session(), std::nullopt, &run, &e))
        return QJsonObject{{QStringLiteral("error"), e.message}};
    const double stageMs = ms(t);
    admin->logout();
    return QJsonObject{{QStringLiteral("reused"), false},
                       {QStringLiteral("customers"), counts->customers},
                       {QStringLiteral("months"), request.months},
                       {QStringLiteral("seed"), QString::number(request.seed)},
                       {QStringLiteral("users"), counts->users},
                       {QStringLiteral("create_ms"), createMs},
                       {QStringLiteral("demo_seconds"), demoMs / 1000.0},
                       {QStringLiteral("stage_run_seconds"), stageMs / 1000.0},
                       {QStringLiteral("stage_run_month"), run.month},
                       {QStringLiteral("file_mb"), double(QFileInfo(path).size()) / 1048576.0}};
}

StatementRecorder::StatementRecorder(sqlite3* db)
    : m_db(db)
{
    sqlite3_trace_v2(
        m_db, SQLITE_TRACE_STMT,
        [](unsigned type, void* context, void* statement, void* sql) {
            return StatementRecorder::onTrace(type, context, statement, sql);
        },
        this);
}

StatementRecorder::~StatementRecorder()
{
    stop();
}

void StatementRecorder::stop()
{
    if (m_on)
        sqlite3_trace_v2(m_db, 0, nullptr, nullptr);
    m_on = false;
}

int StatementRecorder::onTrace(unsigned type, void* context, void* statement, void* sql)
{
    auto* self = static_cast<StatementRecorder*>(context);
    auto* stmt = static_cast<sqlite3_stmt*>(statement);
    // "--" marks a trigger's statement: its outer statement is what runs again.
    if (type != SQLITE_TRACE_STMT || !sqlite3_stmt_readonly(stmt) ||
        QByteArray(static_cast<const char*>(sql)).startsWith("--"))
        return 0;
    char* expanded = sqlite3_expanded_sql(stmt);
    if (!expanded)
        return 0;
    const QByteArray text(expanded);
    sqlite3_free(expanded);
    const QByteArray head = text.trimmed().left(8).toUpper();
    if (head.startsWith("SELECT") || head.startsWith("WITH"))
        self->m_statements.append(text);
    return 0;
}

namespace {

// Every row stepped, every column read, as the application would; milliseconds.
double replay(sqlite3* db, const QByteArrayList& statements, int* failed)
{
    QElapsedTimer t;
    t.start();
    for (const QByteArray& sql : statements) {
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &stmt, nullptr) != SQLITE_OK ||
            !stmt) {
            ++*failed;
            continue;
        }
        int rc;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
            for (int c = 0; c < sqlite3_column_count(stmt); ++c)
                sqlite3_column_text(stmt, c);
        if (rc != SQLITE_DONE)
            ++*failed;
        sqlite3_finalize(stmt);
    }
    return ms(t);
}

bool exec(sqlite3* db, const char* sql, QString* error)
{
    char* message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    *error = QString::fromUtf8(message ? message : sqlite3_errmsg(db));
    sqlite3_free(message);
    return false;
}

bool isGenerated(sqlite3* db)
{
    sqlite3_stmt* stmt = nullptr;
    bool yes = false;
    if (sqlite3_prepare_v2(db, "SELECT 1 FROM audit_log WHERE action = 'demo.generate' LIMIT 1", -1,
                           &stmt, nullptr) == SQLITE_OK)
        yes = sqlite3_step(stmt) == SQLITE_ROW;
    sqlite3_finalize(stmt);
    return yes;
}

} // namespace

QJsonObject encryptionOverhead(sqlite3* encrypted, const QString& databasePath,
                               const QByteArrayList& statements)
{
    auto failure = [](const QString& why) { return QJsonObject{{QStringLiteral("error"), why}}; };
    if (!isGenerated(encrypted))
        return failure(
            QStringLiteral("not a generated (demo) database: no plaintext copy is made"));
    QTemporaryDir dir(
        QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral(".rmdesk-bench-XXXXXX")));
    if (!dir.isValid())
        return failure(dir.errorString());
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString plainPath = dir.filePath(QStringLiteral("plain.db"));
    QElapsedTimer t;
    t.start();
    QString why;
    {
        // The application's connections are opened without SQLITE_OPEN_CREATE, so ATTACH needs
        // the file to exist (an empty file is a new database to SQLite).
        QFile empty(plainPath);
        if (!empty.open(QIODevice::NewOnly | QIODevice::WriteOnly))
            return failure(empty.errorString());
        empty.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
    const QByteArray attach = "ATTACH DATABASE '" + plainPath.toUtf8() + "' AS plaintext KEY ''";
    if (!exec(encrypted, attach.constData(), &why))
        return failure(why);
    const bool exported = exec(encrypted, "SELECT sqlcipher_export('plaintext')", &why);
    QString detachWhy;
    exec(encrypted, "DETACH DATABASE plaintext", &detachWhy);
    if (!exported)
        return failure(why);
    const double exportMs = ms(t);

    sqlite3* plain = nullptr;
    if (sqlite3_open_v2(plainPath.toUtf8().constData(), &plain, SQLITE_OPEN_READONLY, nullptr) !=
        SQLITE_OK) {
        why = QString::fromUtf8(sqlite3_errmsg(plain));
        sqlite3_close(plain);
        return failure(why);
    }
    // The same settings as the application's connections (SqlCipherDriver::open).
    exec(plain, "PRAGMA temp_store = MEMORY", &why);
    exec(plain, "PRAGMA cache_size = -65536", &why);
    QList<double> encryptedMs, plainMs;
    int encryptedFailed = 0, plainFailed = 0;
    for (int round = 0; round < 3; ++round) {
        encryptedMs << replay(encrypted, statements, &encryptedFailed);
        plainMs << replay(plain, statements, &plainFailed);
    }
    sqlite3_close(plain);
    const double e = *std::min_element(encryptedMs.begin(), encryptedMs.end());
    const double p = *std::min_element(plainMs.begin(), plainMs.end());
    return QJsonObject{{QStringLiteral("statements"), int(statements.size())},
                       {QStringLiteral("encrypted_ms"), e},
                       {QStringLiteral("plaintext_ms"), p},
                       {QStringLiteral("ratio"), p > 0 ? e / p : 0.0},
                       {QStringLiteral("failed_statements"), (encryptedFailed + plainFailed) / 3},
                       {QStringLiteral("plaintext_copy_ms"), exportMs}};
}

} // namespace rmdesk::bench
