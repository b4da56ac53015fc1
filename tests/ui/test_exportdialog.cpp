// The customer export dialog on a real encrypted database, driven by object name: the filtered
// list or every customer to CSV, the format following the file name, the reason an unmasked export
// needs (under its field, Export disabled until given) and its audit row, a refused role, an
// existing file replaced only when confirmed, a cancel or a full disk that leaves nothing, and
// screenshots in zh_CN.
#include "exportdialog.h"
#include "stores/audittrail.h"
#include "stores/customerstore.h"
#include "uitestsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlQuery>

using namespace rmdesk;
using namespace rmdesk::test;

namespace {

struct ExportUiFixture : UiFixture
{
    ExportUiFixture()
    {
        addUser(QStringLiteral("wang.fang"), Role::Rm);
        addUser(QStringLiteral("qian.li"), Role::Compliance, QString());
        rm = loginAs(QStringLiteral("wang.fang"), userPassword);
        comp = loginAs(QStringLiteral("qian.li"), userPassword);
        for (const auto& [name, risk] :
             {std::pair{"张伟", "C3"}, std::pair{"王芳", "C2"}, std::pair{"李娜", "C3"}}) {
            qint64 id = 0;
            StoreError error;
            BOOST_REQUIRE_MESSAGE(
                CustomerStore(rm->database().connection())
                    .add(rm->session(), CustomerType::Individual,
                         {{QStringLiteral("name"), QString::fromUtf8(name)},
                          {QStringLiteral("mobile"), QStringLiteral("13812345678")},
                          {QStringLiteral("risk_level"), QLatin1String(risk)}},
                         &id, &error),
                error.message);
            ids << id;
        }
        c3.riskLevel = QStringLiteral("C3");
    }
    QStringList lines(const QString& path)
    {
        QFile f(path);
        BOOST_REQUIRE_MESSAGE(f.open(QIODevice::ReadOnly), path);
        return QString::fromUtf8(f.readAll().mid(3))
            .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    }
    QStringList leftovers() const
    {
        QStringList files;
        for (const QString& f : QDir(folder.dir.path()).entryList(QDir::Files | QDir::Hidden))
            if (!f.startsWith(QLatin1String("bank.rmdb")) && f != QLatin1String("settings"))
                files << f;
        return files;
    }
    // `count` more customers of wang.fang, straight into the table.
    void addMany(int count)
    {
        QSqlDatabase db = vault->database().connection();
        QSqlQuery q(db);
        BOOST_REQUIRE(q.exec(QStringLiteral("SELECT id FROM users WHERE name = 'wang.fang'")) &&
                      q.next());
        const qint64 owner = q.value(0).toLongLong();
        BOOST_REQUIRE(db.transaction());
        q.prepare(QStringLiteral("INSERT INTO customers (type, name, branch_code, rm_user_id, "
                                 "next_review_due, created_at, updated_at) VALUES ('individual', "
                                 "?, 'B001', ?, '2027-01-01', '2026-01-01T00:00:00Z', "
                                 "'2026-01-01T00:00:00Z')"));
        for (int i = 0; i < count; ++i) {
            q.addBindValue(QStringLiteral("客户%1").arg(i));
            q.addBindValue(owner);
            BOOST_REQUIRE(q.exec());
        }
        BOOST_REQUIRE(db.commit());
    }
    bool done(ExportDialog& dialog)
    {
        return waitFor([&] { return !dialog.isRunning(); }, 30000) &&
               child<QLabel>(&dialog, "exportResult")->isVisible();
    }
    std::unique_ptr<Vault> rm, comp;
    QList<qint64> ids;
    CustomerListQuery c3;
};

} // namespace

BOOST_FIXTURE_TEST_SUITE(export_dialog, ExportUiFixture)

BOOST_AUTO_TEST_CASE(the_filtered_list_or_everyone_to_csv)
{
    ExportDialog dialog(*rm, c3);
    dialog.show();
    auto* format = child<QComboBox>(&dialog, "exportFormat");
    BOOST_TEST(format->currentData().toInt() == int(ExportFormat::Xlsx));
    // The file name chooses the format, and the format the file name.
    const QString file = folder.file(QStringLiteral("c3.csv"));
    setText(&dialog, "exportFile", file);
    BOOST_TEST(format->currentData().toInt() == int(ExportFormat::Csv));
    format->setCurrentIndex(format->findData(int(ExportFormat::Xlsx)));
    BOOST_TEST(child<QLineEdit>(&dialog, "exportFile")->text() ==
               QDir::toNativeSeparators(folder.file(QStringLiteral("c3.xlsx"))));
    format->setCurrentIndex(format->findData(int(ExportFormat::Csv)));
    BOOST_TEST(child<QLineEdit>(&dialog, "exportFile")->text() == QDir::toNativeSeparators(file));
    setText(&dialog, "exportFile", folder.file(QStringLiteral("c3.txt")));
    BOOST_TEST(!child<QPushButton>(&dialog, "exportButton")->isEnabled());
    BOOST_TEST(child<QLabel>(&dialog, "exportFileProblem")->isVisible());
    setText(&dialog, "exportFile", file);

    BOOST_TEST(child<QRadioButton>(&dialog, "exportFiltered")->isChecked());
    click(&dialog, "exportButton");
    BOOST_REQUIRE(done(dialog));
    BOOST_TEST(labelText(&dialog, "exportResult") ==
               QStringLiteral("Exported 2 customers to %1.").arg(QDir::toNativeSeparators(file)));
    QStringList rows = lines(file);
    BOOST_REQUIRE(rows.size() == 3);
    BOOST_TEST(rows[1].startsWith(QStringLiteral("%1,individual,张*,").arg(ids[0])));
    BOOST_TEST(rows[2].startsWith(QStringLiteral("%1,individual,李*,").arg(ids[2])));
    BOOST_TEST(rows[1].contains(QStringLiteral(",138****5678,")));

    // Everyone the RM may see; the file exists now, so it is replaced only when confirmed.
    child<QRadioButton>(&dialog, "exportAll")->setChecked(true);
    click(&dialog, "exportButton"); // declined: nothing runs
    BOOST_TEST(!dialog.isRunning());
    BOOST_TEST(lines(file).size() == 3);
    Dialogs::setNextAnswer(true);
    click(&dialog, "exportButton");
    BOOST_REQUIRE(done(dialog));
    BOOST_TEST(labelText(&dialog, "exportResult").startsWith(QStringLiteral("Exported 3 ")));
    BOOST_TEST(lines(file).size() == 4);
    BOOST_TEST(leftovers() == QStringList{QStringLiteral("c3.csv")});
}

BOOST_AUTO_TEST_CASE(an_unmasked_export_needs_a_reason_under_its_field)
{
    ExportDialog dialog(*rm, c3);
    dialog.show();
    Dialogs::setNextFileName(folder.file(QStringLiteral("open")));
    click(&dialog, "exportBrowse");
    const QString file = folder.file(QStringLiteral("open.xlsx")); // the format's suffix added
    BOOST_TEST(child<QLineEdit>(&dialog, "exportFile")->text() == QDir::toNativeSeparators(file));
    auto* unmasked = child<QCheckBox>(&dialog, "exportUnmasked");
    BOOST_REQUIRE(unmasked->isVisible());
    unmasked->setChecked(true);
    auto* exportButton = child<QPushButton>(&dialog, "exportButton");
    BOOST_TEST(!exportButton->isEnabled());
    BOOST_TEST(child<QLabel>(&dialog, "exportReasonProblem")->isVisible());
    BOOST_TEST(exportButton->toolTip().contains(QStringLiteral("at least 4")));
    setText(&dialog, "exportReason", QStringLiteral("KYC refresh"));
    BOOST_TEST(!child<QLabel>(&dialog, "exportReasonProblem")->isVisible());
    click(&dialog, "exportButton");
    BOOST_REQUIRE(done(dialog));
    BOOST_TEST(labelText(&dialog, "exportResult").startsWith(QStringLiteral("Exported 2 ")));
    BOOST_TEST(QFile(file).size() > 0);

    AuditFilter filter;
    filter.action = QStringLiteral("customer.export");
    const QList<AuditRow> audits = AuditTrail::list(vault->database().connection(), filter);
    BOOST_REQUIRE(audits.size() == 1);
    BOOST_TEST(audits[0].reason == QStringLiteral("KYC refresh"));
    const QJsonObject d = QJsonDocument::fromJson(audits[0].details.toUtf8()).object();
    BOOST_TEST(d.value(QStringLiteral("unmasked")).toBool());
    BOOST_TEST(d.value(QStringLiteral("count")).toInt() == 2);
}

BOOST_AUTO_TEST_CASE(a_role_that_may_not_export_is_told_why)
{
    ExportDialog dialog(*comp, CustomerListQuery());
    dialog.show();
    BOOST_TEST(!child<QPushButton>(&dialog, "exportButton")->isEnabled());
    BOOST_TEST(!child<QCheckBox>(&dialog, "exportUnmasked")->isVisible());
    BOOST_TEST(child<QLabel>(&dialog, "exportResult")->isVisible());
    BOOST_TEST(!labelText(&dialog, "exportResult").isEmpty());
}

BOOST_AUTO_TEST_CASE(a_cancel_leaves_no_file)
{
    addMany(3 * CustomerExport::PageRows); // several pages
    ExportDialog dialog(*rm, CustomerListQuery());
    dialog.show();
    const QString file = folder.file(QStringLiteral("all.xlsx"));
    setText(&dialog, "exportFile", file);
    click(&dialog, "exportButton");
    BOOST_TEST(dialog.isRunning());
    BOOST_TEST(child<QProgressBar>(&dialog, "exportProgress")->isVisible());
    click(&dialog, "cancelButton");
    BOOST_TEST(dialog.isVisible()); // stays open to say what happened
    BOOST_REQUIRE(done(dialog));
    BOOST_TEST(labelText(&dialog, "exportResult") ==
               QStringLiteral("The export was cancelled; no file was written."));
    BOOST_TEST(!QFile::exists(file));
    BOOST_TEST(leftovers().isEmpty(), leftovers().join(QLatin1Char(' ')));
    // Cancel again closes the dialog.
    click(&dialog, "cancelButton");
    BOOST_TEST(!dialog.isVisible());
}

// The disk fills up while the file is written (a file-size limit on this process): the dialog
// says so, and neither a file, nor a piece of one, nor an audit row is left.
BOOST_AUTO_TEST_CASE(an_export_that_does_not_fit_the_disk_leaves_nothing)
{
    addMany(3 * CustomerExport::PageRows);
    auto exports = [&] {
        QSqlQuery q(vault->database().connection());
        q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'customer.export'"));
        return q.next() ? q.value(0).toLongLong() : -1;
    };
    const qint64 before = exports();
    for (const char* name : {"all.csv", "all.xlsx"}) {
        BOOST_TEST_CONTEXT(name)
        {
            ExportDialog dialog(*rm, CustomerListQuery());
            dialog.show();
            const QString file = folder.file(QString::fromLatin1(name));
            setText(&dialog, "exportFile", file);
            {
                const FileSizeLimit full(64 * 1024); // the file needs several hundred KB
                click(&dialog, "exportButton");
                BOOST_REQUIRE(done(dialog));
            }
            const QString said = labelText(&dialog, "exportResult");
            BOOST_TEST(said.contains(QFileInfo(file).fileName()), said);
            BOOST_TEST(said.contains(CustomerExport::tr("the disk may be full")), said);
            BOOST_TEST(!QFile::exists(file));
            BOOST_TEST(leftovers().isEmpty(), leftovers().join(QLatin1Char(' ')));
        }
    }
    BOOST_TEST(exports() == before);
}

BOOST_AUTO_TEST_CASE(screenshots_in_chinese)
{
    useLanguage(QStringLiteral("zh_CN"));
    {
        ExportDialog dialog(*rm, c3);
        dialog.show();
        setText(&dialog, "exportFile", QStringLiteral("/home/rm/客户导出-2026-11-27.xlsx"));
        saveShot(&dialog, QStringLiteral("export-dialog.png"));
        child<QCheckBox>(&dialog, "exportUnmasked")->setChecked(true);
        saveShot(&dialog, QStringLiteral("export-dialog-reason.png"));
        setText(&dialog, "exportReason", QStringLiteral("年度客户信息核实"));
        setText(&dialog, "exportFile", folder.file(QStringLiteral("客户.xlsx")));
        click(&dialog, "exportButton");
        BOOST_REQUIRE(done(dialog));
        BOOST_TEST(labelText(&dialog, "exportResult").contains(QStringLiteral("2")));
        saveShot(&dialog, QStringLiteral("export-dialog-done.png"));
    }
    useLanguage(QStringLiteral("en"));
}

BOOST_AUTO_TEST_SUITE_END()
