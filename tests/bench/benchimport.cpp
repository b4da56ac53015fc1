// rmdesk-bench --import: a realistic customer file imported as a supervisor would import it.
#include "benchimport.h"

#include "benchsupport.h"
#include "demo/demodata.h"
#include "demo/demorows.h"
#include "domain/customerfields.h"
#include "security/permissions.h"
#include "security/vault.h"
#include "storage/secretbytes.h"
#include "stores/csvtable.h"
#include "stores/customerimport.h"
#include "stores/customerimportwriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstring>
#include <map>

namespace rmdesk::bench {

namespace {

// The demo's city of a branch code: "BJ01-02" → the city whose branch is BJ01.
int cityOf(const QString& branch)
{
    const QString city = branch.section(QLatin1Char('-'), 0, 0);
    for (std::size_t c = 0; c < demo::cities().size; ++c)
        if (city == QLatin1String(demo::cities()[c].branchCode))
            return int(c);
    return 0;
}

} // namespace

QList<ImportRm> importRms(QSqlDatabase db, const Session& session)
{
    QList<ImportRm> rms;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT name, id, branch_code FROM users WHERE role = 'rm' AND active "
                          "ORDER BY id"));
    while (q.next()) {
        const ImportRm rm{q.value(0).toString(), q.value(2).toString()};
        if (Permissions::allows(session, Action::CustomerImport,
                                Target{rm.branch, q.value(1).toLongLong()}))
            rms << rm;
    }
    return rms;
}

bool writeImportFile(const QString& file, int rows, const QList<ImportRm>& rms, QString* error)
{
    if (rms.isEmpty()) {
        *error = QStringLiteral("no relationship manager to give the customers to");
        return false;
    }
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = out.errorString();
        return false;
    }
    // The demo's customers (names by the census's surname frequencies, real district codes,
    // addresses, employers, 5 % institutions) of the RMs' branches, spread over the RMs.
    std::map<QString, std::vector<int>> byBranch; // branch → indexes into rms
    for (int i = 0; i < rms.size(); ++i)
        byBranch[rms.at(i).branch].push_back(i);
    std::vector<demo::BranchPlan> plan;
    std::vector<std::vector<int>> planRms;
    for (const auto& [branch, members] : byBranch) {
        demo::BranchPlan p;
        p.code = branch;
        p.city = cityOf(branch);
        p.rms = int(members.size());
        p.share = double(members.size()) / double(rms.size());
        plan.push_back(p);
        planRms.push_back(members);
    }
    demo::RowSettings settings;
    settings.seed = 20261128;
    settings.today = QDate::currentDate();
    demo::RowMaker maker(settings, plan);
    const QStringList& fields = CustomerImportWriter::columns();
    QByteArray csv = "type,branch,rm";
    for (const QString& f : fields)
        csv += ',' + f.toUtf8();
    csv += "\r\n";
    demo::CustomerRow row;
    for (int i = 0; i < rows; ++i) {
        maker.make(i + 1, &row);
        const QHash<QString, QString> values = demo::RowMaker::catalogueValues(row);
        const std::vector<int>& members = planRms[std::size_t(row.branch)];
        const ImportRm& rm = rms.at(members[std::size_t(row.rmSlot) % members.size()]);
        QString line = customerTypeName(row.institution ? CustomerType::Institution
                                                        : CustomerType::Individual) +
                       QLatin1Char(',') + rm.branch + QLatin1Char(',') + rm.name;
        for (const QString& f : fields)
            line += QLatin1Char(',') + CsvTable::field(values.value(f));
        csv += line.toUtf8() + "\r\n";
        if (csv.size() >= (1 << 20) || i + 1 == rows) {
            if (out.write(csv) != csv.size()) {
                *error = out.errorString();
                return false;
            }
            csv.clear();
        }
    }
    return true;
}

QJsonObject importFigure(int rows)
{
    QTemporaryDir dir;
    const QStringList args = QCoreApplication::arguments();
    auto option = [&](const char* name) {
        const int i = int(args.indexOf(QLatin1String(name)));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : QString();
    };
    const QString into = option("--import-into");
    const QByteArray pw = "bench-password";
    const SecretBytes password = SecretBytes::fromBytes(pw.constData(), std::size_t(pw.size()));
    StoreError e;
    std::unique_ptr<Vault> user;
    if (into.isEmpty()) {
        // A fresh book: the supervisor of BJ01 and one RM per 20,000 customers (at least 5).
        const QString path = dir.filePath(QStringLiteral("import.rmdb"));
        SecretBytes recovery;
        auto admin = Vault::create(path, QStringLiteral("root"), password, KdfProfile::Interactive,
                                   &recovery, &e);
        if (!admin || !admin->addUser({QStringLiteral("sup.bench"), QString(), Role::Supervisor,
                                       QStringLiteral("BJ01")},
                                      password, KdfProfile::Interactive, &e))
            return QJsonObject{{QStringLiteral("error"), e.message}};
        const int rmCount = std::max(5, rows / 20000);
        for (int i = 1; i <= rmCount; ++i)
            if (!admin->addUser({QStringLiteral("rm.bench.%1").arg(i, 2, 10, QLatin1Char('0')),
                                 QString(), Role::Rm, QStringLiteral("BJ01")},
                                password, KdfProfile::Interactive, &e))
                return QJsonObject{{QStringLiteral("error"), e.message}};
        admin.reset(); // the import runs alone, as rmdesk-cli import does
        user = Vault::login(path, QStringLiteral("sup.bench"), password, &e);
    } else {
        QString why;
        user = loginToCopy(into, dir.filePath(QStringLiteral("into.rmdb")), option("--import-user"),
                           &why);
        if (!user)
            return QJsonObject{{QStringLiteral("error"), why}};
    }
    if (!user)
        return QJsonObject{{QStringLiteral("error"), e.message}};
    const QString file = dir.filePath(QStringLiteral("customers.csv"));
    const QList<ImportRm> rms = importRms(user->database().connection(), user->session());
    QString why;
    if (!writeImportFile(file, rows, rms, &why))
        return QJsonObject{{QStringLiteral("error"), why}};
    qint64 before = 0;
    {
        QSqlQuery q(user->database().connection());
        if (q.exec(QStringLiteral("SELECT count(*) FROM customers")) && q.next())
            before = q.value(0).toLongLong();
    }
    CustomerImport import(user->database().connection());
    const qint64 rssBefore = rssKb("VmRSS:");
    resetPeakRss();
    QElapsedTimer t;
    t.start();
    const auto result = import.run(user->session(), file, {}, &e);
    const double seconds = ms(t) / 1000.0;
    const qint64 peak = rssKb("VmHWM:");
    if (!result)
        return QJsonObject{{QStringLiteral("error"), e.message}};
    return QJsonObject{
        {QStringLiteral("rows"), rows},
        {QStringLiteral("customers_before"), before},
        {QStringLiteral("rms"), int(rms.size())},
        {QStringLiteral("file_mb"), double(QFileInfo(file).size()) / 1048576.0},
        {QStringLiteral("imported"), result->imported},
        {QStringLiteral("skipped"), result->skipped},
        {QStringLiteral("rejected"), result->rejected},
        {QStringLiteral("written"), result->written},
        {QStringLiteral("direct_writes"), result->directWrites},
        {QStringLiteral("seconds"), seconds},
        {QStringLiteral("load_seconds"), double(result->loadMs) / 1000.0},
        {QStringLiteral("index_seconds"), double(result->indexMs) / 1000.0},
        {QStringLiteral("commit_seconds"), double(result->commitMs) / 1000.0},
        {QStringLiteral("rows_per_second"), seconds > 0 ? double(result->imported) / seconds : 0.0},
        {QStringLiteral("rss_before_mb"), double(rssBefore) / 1024.0},
        {QStringLiteral("peak_rss_mb"), double(peak) / 1024.0}};
}

} // namespace rmdesk::bench
