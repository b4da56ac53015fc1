// The customer import wizard on a real encrypted database, driven by object name: the columns
// recognised, invalid cells marked with their reason, the import and its counts, duplicates, the
// report, a check that writes nothing, all-or-nothing, Cancel in the middle of a large import,
// and an RM who may import only into their own book. With RMDESK_SCREENSHOT_DIR set, each page
// is also rendered in Chinese.
#include "appstyle.h"
#include "importwizard.h"
#include "storage/sqlcipherdriver.h"
#include "uitestsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTableWidget>
#include <QThread>

#include <atomic>

using namespace rmdesk;
using namespace rmdesk::test;

namespace {

// Hand-checked resident IDs (ISO 7064 MOD 11-2 check digits) and one with a wrong check digit.
const QString idZhang = QStringLiteral("11010519491231002X");
const QString idZhao = QStringLiteral("310104198001011239");
const QString idWang = QStringLiteral("440301199002154560");
const QString idBadCheck = QStringLiteral("310104198001011230");

struct ImportFixture : UiFixture
{
    ImportFixture()
    {
        addUser(QStringLiteral("rm1"), Role::Rm, QStringLiteral("B001"));
        addUser(QStringLiteral("rm2"), Role::Rm, QStringLiteral("B001"));
        addUser(QStringLiteral("sup1"), Role::Supervisor, QStringLiteral("B001"));
    }

    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        const QString file = folder.file(name);
        QFile out(file);
        BOOST_REQUIRE(out.open(QIODevice::WriteOnly));
        BOOST_REQUIRE(out.write(bytes) == bytes.size());
        return file;
    }

    // Four customers: lines 3 (ID check digit) and 4 (mobile of 10 digits) are invalid; the
    // heading 来源渠道 is no field's.
    QString smallFile(const QString& zhangMobile = QStringLiteral("13812345678"))
    {
        const QString csv = QStringLiteral("姓名,证件号码,手机号码,来源渠道\n"
                                           "张三,%1,%5,网点\n"
                                           "李四,%2,13900001111,网点\n"
                                           "王五,%3,1381234567,电话\n"
                                           "赵六,%4,13700002222,网点\n")
                                .arg(idZhang, idBadCheck, idWang, idZhao, zhangMobile);
        return writeFile(QStringLiteral("customers.csv"), csv.toUtf8());
    }

    qint64 count(const QString& sql)
    {
        QSqlQuery q(vault->database().connection());
        BOOST_REQUIRE(q.exec(sql) && q.next());
        return q.value(0).toLongLong();
    }

    // name|id_number|mobile|branch|rm per customer, in the order they were added.
    QStringList customers()
    {
        QSqlQuery q(vault->database().connection());
        BOOST_REQUIRE(q.exec(QStringLiteral(
            "SELECT c.name, coalesce(c.id_number, ''), coalesce(c.mobile, ''), c.branch_code, "
            "coalesce(u.name, '') FROM customers c LEFT JOIN users u ON u.id = c.rm_user_id "
            "ORDER BY c.id")));
        QStringList rows;
        while (q.next())
            rows << QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toString(), q.value(4).toString()}
                        .join(QLatin1Char('|'));
        return rows;
    }
};

void goToPreview(ImportWizard& wizard, const QString& file)
{
    setText(&wizard, "importFile", file);
    click(&wizard, "nextButton");
    BOOST_REQUIRE_MESSAGE(
        waitFor([&] { return wizard.currentId() == ImportWizard::MappingPageId; }, 30000),
        "the mapping page did not open: " << labelText(&wizard, "fileProblem"));
    click(&wizard, "nextButton");
    BOOST_REQUIRE_MESSAGE(
        waitFor([&] { return wizard.currentId() == ImportWizard::PreviewPageId; }, 30000),
        "the preview did not open: " << labelText(&wizard, "mappingProblem"));
}

void runToResult(ImportWizard& wizard)
{
    click(&wizard, "importButton");
    BOOST_REQUIRE(
        waitFor([&] { return wizard.currentId() == ImportWizard::ResultPageId; }, 120000));
}

QString comboText(const ImportWizard& wizard, const char* name)
{
    return child<QComboBox>(&wizard, name)->currentText();
}

// The preview cell of `field` in the row of `line`.
QTableWidgetItem* previewCell(const ImportWizard& wizard, int line, const QString& field)
{
    auto* table = child<QTableWidget>(&wizard, "previewTable");
    const int column = 1 + int(wizard.preview()->fields.indexOf(field));
    BOOST_REQUIRE(column > 0);
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0)->text() == QString::number(line))
            return table->item(row, column);
    BOOST_FAIL("no preview row for line " << line);
    return nullptr;
}

} // namespace

BOOST_FIXTURE_TEST_SUITE(import_wizard, ImportFixture)

BOOST_AUTO_TEST_CASE(small_file_is_mapped_checked_and_imported)
{
    auto sup = loginAs(QStringLiteral("sup1"), userPassword);
    const QString file = smallFile();
    ImportWizard wizard(*sup);
    int importedSignal = -1;
    QObject::connect(&wizard, &ImportWizard::imported, [&](int n) { importedSignal = n; });
    wizard.show();
    BOOST_TEST(!child<QPushButton>(&wizard, "nextButton")->isEnabled()); // no file yet
    goToPreview(wizard, file);

    // The columns as recognised from the Chinese headings; 来源渠道 is left out.
    BOOST_TEST(comboText(wizard, "map_name") == QStringLiteral("姓名"));
    BOOST_TEST(comboText(wizard, "map_id_number") == QStringLiteral("证件号码"));
    BOOST_TEST(comboText(wizard, "map_mobile") == QStringLiteral("手机号码"));
    BOOST_TEST(child<QComboBox>(&wizard, "map_email")->currentData().toInt() == -1);
    BOOST_TEST(labelText(&wizard, "unmappedHeadings") ==
               QStringLiteral("Not imported (no field takes them): 来源渠道"));
    BOOST_TEST(labelText(&wizard, "detectedEncoding") ==
               QStringLiteral("Read as UTF-8: 4 customer row(s) below the header row."));

    // Four rows shown; the mobile of line 4 and the ID of line 3 are marked with their reason.
    BOOST_TEST(wizard.preview()->dataRows == 4);
    BOOST_TEST(child<QTableWidget>(&wizard, "previewTable")->rowCount() == 4);
    QTableWidgetItem* mobile = previewCell(wizard, 4, QStringLiteral("mobile"));
    BOOST_TEST(mobile->toolTip().startsWith(QStringLiteral("Mobile: ")));
    BOOST_TEST(mobile->toolTip().endsWith(
        QStringLiteral("not a mainland mobile number (11 digits starting with 13 to 19).")));
    BOOST_TEST(mobile->background().color().name() == QStringLiteral("#fff1c9"));
    BOOST_TEST(!mobile->icon().isNull());
    BOOST_TEST(previewCell(wizard, 3, QStringLiteral("id_number"))
                   ->toolTip()
                   .startsWith(QStringLiteral("ID number: ")));
    BOOST_TEST(previewCell(wizard, 2, QStringLiteral("mobile"))->icon().isNull());
    BOOST_TEST(previewCell(wizard, 5, QStringLiteral("id_number"))->icon().isNull());
    BOOST_TEST(labelText(&wizard, "previewCounts") ==
               QStringLiteral("4 customer row(s) in the file. Of the first 4 shown, rows with "
                              "problems (marked ⚠): 2. Every row is checked again when you "
                              "import or check."));
    BOOST_TEST(child<QPushButton>(&wizard, "importButton")->text() == QStringLiteral("&Import"));

    runToResult(wizard);
    BOOST_TEST(labelText(&wizard, "resultSummary") ==
               QStringLiteral("The import is done, but 2 row(s) were rejected: save the report "
                              "to correct them."));
    BOOST_TEST(labelText(&wizard, "rowsCount") == QStringLiteral("4"));
    BOOST_TEST(labelText(&wizard, "importedCount") == QStringLiteral("2"));
    BOOST_TEST(labelText(&wizard, "updatedCount") == QStringLiteral("0"));
    BOOST_TEST(labelText(&wizard, "skippedCount") == QStringLiteral("0"));
    BOOST_TEST(labelText(&wizard, "rejectedCount") == QStringLiteral("2"));
    BOOST_TEST(importedSignal == 2);
    BOOST_TEST(!child<QPushButton>(&wizard, "backToOptionsButton")->isVisibleTo(&wizard));
    BOOST_TEST(customers() ==
               (QStringList{QStringLiteral("张三|%1|13812345678|B001|").arg(idZhang),
                            QStringLiteral("赵六|%1|13700002222|B001|").arg(idZhao)}));
    auto* problems = child<QTableWidget>(&wizard, "problemsTable");
    BOOST_REQUIRE(problems->rowCount() == 2);
    BOOST_TEST(problems->item(0, 0)->text() == QStringLiteral("3"));
    BOOST_TEST(problems->item(0, 1)->text() == QStringLiteral("证件号码"));
    BOOST_TEST(problems->item(1, 0)->text() == QStringLiteral("4"));
    BOOST_TEST(problems->item(1, 1)->text() == QStringLiteral("手机号码"));
    BOOST_TEST(problems->item(1, 2)->text() == mobile->toolTip());

    // The report of rejected rows: line, column and reason of each.
    const QString report = folder.file(QStringLiteral("rejected"));
    Dialogs::setNextFileName(report);
    click(&wizard, "saveReportButton");
    QFile saved(report + QStringLiteral(".csv"));
    BOOST_REQUIRE(saved.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(saved.readAll());
    BOOST_TEST(text.contains(QStringLiteral("3,证件号码,")));
    BOOST_TEST(text.contains(QStringLiteral("4,手机号码,")));
    BOOST_TEST(text.contains(mobile->toolTip()));
    BOOST_TEST(
        labelText(&wizard, "reportStatus").startsWith(QStringLiteral("The report was saved")));

    // The same file again: the two already on file are skipped by default …
    {
        ImportWizard again(*sup);
        again.show();
        goToPreview(again, file);
        runToResult(again);
        BOOST_TEST(labelText(&again, "importedCount") == QStringLiteral("0"));
        BOOST_TEST(labelText(&again, "skippedCount") == QStringLiteral("2"));
        BOOST_TEST(labelText(&again, "rejectedCount") == QStringLiteral("2"));
        BOOST_TEST(labelText(&again, "resultSummary") ==
                   QStringLiteral("Nothing was imported: no row holds a new customer or a "
                                  "change."));
    }
    // … or updated with the file's values when asked.
    const QString changed = smallFile(QStringLiteral("13811112222"));
    ImportWizard update(*sup);
    update.show();
    goToPreview(update, changed);
    child<QRadioButton>(&update, "updateDuplicates")->setChecked(true);
    runToResult(update);
    // 张三's mobile changed; 赵六's row is as on file, so it counts as skipped.
    BOOST_TEST(labelText(&update, "updatedCount") == QStringLiteral("1"));
    BOOST_TEST(labelText(&update, "skippedCount") == QStringLiteral("1"));
    BOOST_TEST(labelText(&update, "importedCount") == QStringLiteral("0"));
    BOOST_TEST(customers() ==
               (QStringList{QStringLiteral("张三|%1|13811112222|B001|").arg(idZhang),
                            QStringLiteral("赵六|%1|13700002222|B001|").arg(idZhao)}));
}

BOOST_AUTO_TEST_CASE(check_only_and_all_or_nothing_write_nothing)
{
    auto sup = loginAs(QStringLiteral("sup1"), userPassword);
    const QString file = smallFile();
    const qint64 auditBefore = count(QStringLiteral("SELECT count(*) FROM audit_log"));
    ImportWizard wizard(*sup);
    int importedSignal = -1;
    QObject::connect(&wizard, &ImportWizard::imported, [&](int n) { importedSignal = n; });
    wizard.show();
    goToPreview(wizard, file);
    child<QCheckBox>(&wizard, "dryRunCheck")->setChecked(true);
    BOOST_TEST(child<QPushButton>(&wizard, "importButton")->text() == QStringLiteral("&Check"));
    runToResult(wizard);
    BOOST_TEST(labelText(&wizard, "resultSummary") ==
               QStringLiteral("Checked: nothing was written. With these options: new customers "
                              "2, updated 0, rejected rows 2."));
    BOOST_TEST(labelText(&wizard, "importedCount") == QStringLiteral("2"));
    BOOST_TEST(labelText(&wizard, "rejectedCount") == QStringLiteral("2"));
    BOOST_TEST(child<QTableWidget>(&wizard, "problemsTable")->rowCount() == 2);
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM customers")) == 0);
    BOOST_TEST(importedSignal == -1);

    // Back to the options: all or nothing refuses the file, since two rows are invalid.
    click(&wizard, "backToOptionsButton");
    BOOST_REQUIRE(wizard.currentId() == ImportWizard::PreviewPageId);
    child<QCheckBox>(&wizard, "dryRunCheck")->setChecked(false);
    child<QRadioButton>(&wizard, "allOrNothing")->setChecked(true);
    runToResult(wizard);
    BOOST_TEST(labelText(&wizard, "resultSummary") ==
               QStringLiteral("Nothing was imported: 2 row(s) are invalid, and you chose to "
                              "import all rows or none. Save the report, correct them and import "
                              "again."));
    BOOST_TEST(labelText(&wizard, "rejectedCount") == QStringLiteral("2"));
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM customers")) == 0);
    BOOST_TEST(importedSignal == -1);

    // Then valid rows only: in they go.
    click(&wizard, "backToOptionsButton");
    child<QRadioButton>(&wizard, "skipBadRows")->setChecked(true);
    runToResult(wizard);
    BOOST_TEST(labelText(&wizard, "importedCount") == QStringLiteral("2"));
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM customers")) == 2);
    BOOST_TEST(importedSignal == 2);
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM audit_log")) > auditBefore);
}

BOOST_AUTO_TEST_CASE(cancel_during_a_large_import_leaves_nothing_behind)
{
    auto sup = loginAs(QStringLiteral("sup1"), userPassword);
    {
        ImportWizard first(*sup); // two customers already on file
        first.show();
        goToPreview(first, smallFile());
        runToResult(first);
    }
    const QStringList before = customers();
    BOOST_REQUIRE(before.size() == 2);
    const qint64 auditBefore = count(QStringLiteral("SELECT count(*) FROM audit_log"));

    QByteArray csv = "姓名,手机号码\n";
    constexpr int rows = 50000;
    for (int i = 1; i <= rows; ++i)
        csv += QStringLiteral("客户%1,13%2\n")
                   .arg(i, 5, 10, QLatin1Char('0'))
                   .arg(i, 9, 10, QLatin1Char('0'))
                   .toUtf8();
    const QString file = writeFile(QStringLiteral("large.csv"), csv);

    ImportWizard wizard(*sup);
    // The worker stops at its first report of rows done until the test has pressed Cancel.
    std::atomic<bool> reached{false};
    std::atomic<bool> released{false};
    std::atomic<int> reports{0};
    wizard.setProgressHook([&](int done, int) {
        ++reports;
        if (done > 0 && !reached.exchange(true))
            for (int i = 0; i < 3000 && !released; ++i)
                QThread::msleep(10);
    });
    int lastDone = 0;
    int lastTotal = 0;
    QObject::connect(&wizard, &ImportWizard::progressed, [&](int done, int total) {
        lastDone = done;
        lastTotal = total;
    });
    bool importedSignal = false;
    QObject::connect(&wizard, &ImportWizard::imported, [&](int) { importedSignal = true; });
    wizard.show();
    goToPreview(wizard, file);
    BOOST_TEST(wizard.preview()->dataRows == rows);
    click(&wizard, "importButton");
    BOOST_REQUIRE(waitFor([&] { return reached.load(); }, 120000));
    BOOST_TEST(wizard.isRunning());
    BOOST_TEST(wizard.currentId() == ImportWizard::ImportPageId);
    click(&wizard, "cancelButton");
    BOOST_TEST(labelText(&wizard, "importStatus") ==
               QStringLiteral("Cancelling… nothing of this import will be kept."));
    BOOST_TEST(!child<QPushButton>(&wizard, "cancelButton")->isEnabled());
    released = true;
    BOOST_REQUIRE(
        waitFor([&] { return wizard.currentId() == ImportWizard::ResultPageId; }, 120000));
    BOOST_TEST(wizard.isVisible()); // Cancel stopped the import, not the wizard
    BOOST_TEST(labelText(&wizard, "resultSummary") ==
               QStringLiteral("The import was cancelled. Nothing was imported."));
    BOOST_REQUIRE(wizard.result().has_value());
    BOOST_TEST(wizard.result()->cancelled);
    BOOST_TEST(!wizard.result()->written);
    BOOST_TEST(reports.load() >= 1);
    BOOST_TEST(lastTotal == rows);
    BOOST_TEST(lastDone > 0);
    BOOST_TEST(lastDone <= rows);
    BOOST_TEST(!importedSignal);
    BOOST_TEST(customers() == before);
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM audit_log")) == auditBefore);
    BOOST_TEST(child<QPushButton>(&wizard, "backToOptionsButton")->isVisibleTo(&wizard));
}

BOOST_AUTO_TEST_CASE(an_rm_imports_only_into_their_own_book)
{
    auto rm = loginAs(QStringLiteral("rm1"), userPassword);
    const QString file =
        writeFile(QStringLiteral("book.csv"), QStringLiteral("姓名,手机号码,客户经理\n"
                                                             "钱七,13600003333,rm1\n"
                                                             "孙八,13600004444,rm2\n"
                                                             "周九,13600005555,\n")
                                                  .toUtf8());
    ImportWizard wizard(*rm);
    wizard.show();
    goToPreview(wizard, file);
    BOOST_TEST(comboText(wizard, "map_rm") == QStringLiteral("客户经理"));
    const QString refusal =
        QStringLiteral("You may import customers only into your own book of customers.");
    BOOST_TEST(previewCell(wizard, 3, QStringLiteral("rm"))->toolTip() == refusal);
    BOOST_TEST(previewCell(wizard, 2, QStringLiteral("rm"))->icon().isNull());
    runToResult(wizard);
    BOOST_TEST(labelText(&wizard, "importedCount") == QStringLiteral("2"));
    BOOST_TEST(labelText(&wizard, "rejectedCount") == QStringLiteral("1"));
    auto* problems = child<QTableWidget>(&wizard, "problemsTable");
    BOOST_REQUIRE(problems->rowCount() == 1);
    BOOST_TEST(problems->item(0, 0)->text() == QStringLiteral("3"));
    BOOST_TEST(problems->item(0, 2)->text() == refusal);
    BOOST_TEST(customers() == (QStringList{QStringLiteral("钱七||13600003333|B001|rm1"),
                                           QStringLiteral("周九||13600005555|B001|rm1")}));
}

BOOST_AUTO_TEST_CASE(file_problems_stay_on_the_first_page)
{
    auto sup = loginAs(QStringLiteral("sup1"), userPassword);
    ImportWizard wizard(*sup);
    wizard.show();
    setText(&wizard, "importFile", folder.file(QStringLiteral("missing.csv")));
    click(&wizard, "nextButton");
    BOOST_TEST(wizard.currentId() == ImportWizard::FilePageId);
    BOOST_TEST(labelText(&wizard, "fileProblem") ==
               QStringLiteral("There is no file %1. Choose the CSV file to import.")
                   .arg(QDir::toNativeSeparators(folder.file(QStringLiteral("missing.csv")))));

    // Browse… goes through the dialog seam.
    const QString file = writeFile(QStringLiteral("no-name.csv"), "手机号码,备注\n13600003333,x\n");
    Dialogs::setNextFileName(file);
    click(&wizard, "browseButton");
    BOOST_TEST(child<QLineEdit>(&wizard, "importFile")->text() == QDir::toNativeSeparators(file));
    BOOST_TEST(labelText(&wizard, "fileProblem").isEmpty());
    click(&wizard, "nextButton");
    BOOST_REQUIRE(waitFor([&] { return wizard.currentId() == ImportWizard::MappingPageId; }));
    // No column holds the name: Next waits until one is chosen.
    BOOST_TEST(labelText(&wizard, "mappingProblem") ==
               QStringLiteral("Choose the column that holds Name: it is required."));
    BOOST_TEST(!child<QPushButton>(&wizard, "nextButton")->isEnabled());
    auto* name = child<QComboBox>(&wizard, "map_name");
    name->setCurrentIndex(name->findText(QStringLiteral("备注")));
    BOOST_TEST(labelText(&wizard, "mappingProblem").isEmpty());
    BOOST_TEST(labelText(&wizard, "unmappedHeadings") ==
               QStringLiteral("Every column of the file is used."));
    click(&wizard, "nextButton");
    BOOST_REQUIRE(waitFor([&] { return wizard.currentId() == ImportWizard::PreviewPageId; }));
    BOOST_TEST(wizard.options().mapping.value(QStringLiteral("name")) == 1);
    BOOST_TEST(previewCell(wizard, 2, QStringLiteral("name"))->icon().isNull());
}

BOOST_AUTO_TEST_CASE(gb18030_is_detected_or_chosen)
{
    auto sup = loginAs(QStringLiteral("sup1"), userPassword);
    QStringEncoder gbk("GB18030");
    const QByteArray bytes =
        gbk.encode(QStringLiteral("客户名称,手机号码\n欧阳娜娜,13600006666\n"));
    BOOST_REQUIRE(!gbk.hasError());
    const QString file = writeFile(QStringLiteral("gbk.csv"), bytes);
    ImportWizard wizard(*sup);
    wizard.show();
    goToPreview(wizard, file);
    BOOST_TEST(labelText(&wizard, "detectedEncoding") ==
               QStringLiteral("Read as GB18030: 1 customer row(s) below the header row."));
    BOOST_TEST(comboText(wizard, "map_name") == QStringLiteral("客户名称"));
    BOOST_TEST(wizard.options().encoding.isEmpty()); // detected, not chosen
    runToResult(wizard);
    BOOST_TEST(labelText(&wizard, "importedCount") == QStringLiteral("1"));
    BOOST_TEST(customers() == QStringList{QStringLiteral("欧阳娜娜||13600006666|B001|")});

    // Chosen by hand, the same bytes read the same.
    ImportWizard chosen(*sup);
    chosen.show();
    child<QComboBox>(&chosen, "encodingCombo")->setCurrentIndex(2);
    BOOST_TEST(chosen.options().encoding == QStringLiteral("GB18030"));
    goToPreview(chosen, file);
    BOOST_TEST(comboText(chosen, "map_name") == QStringLiteral("客户名称"));
}

BOOST_AUTO_TEST_CASE(a_role_that_may_not_import_is_told_so)
{
    addUser(QStringLiteral("comp1"), Role::Compliance, QString());
    auto compliance = loginAs(QStringLiteral("comp1"), userPassword);
    ImportWizard wizard(*compliance);
    wizard.show();
    setText(&wizard, "importFile", smallFile());
    click(&wizard, "nextButton");
    BOOST_REQUIRE(waitFor([&] { return !wizard.isLoading(); }));
    BOOST_TEST(wizard.currentId() == ImportWizard::FilePageId);
    BOOST_TEST(labelText(&wizard, "fileProblem") ==
               QStringLiteral("Your role (compliance) does not permit you to import customers."));
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM customers")) == 0);
}

// The disk fills up while the rows go in (a file-size limit on this process for the run, as
// `ulimit -f`): the result page says what happened and what to do, nothing is imported or
// audited, and the same file goes in whole once there is room again.
BOOST_AUTO_TEST_CASE(a_full_disk_stops_the_import_and_keeps_nothing)
{
    applyAppStyle(*qApp);
    if (!shotDir().isEmpty())
        useLanguage(QStringLiteral("zh_CN"));
    auto sup = loginAs(QStringLiteral("sup1"), userPassword);
    QByteArray csv = "姓名,手机号码\n";
    constexpr int rows = 20000;
    for (int i = 1; i <= rows; ++i)
        csv += QStringLiteral("客户%1,13%2\n").arg(i).arg(i, 9, 10, QLatin1Char('0')).toUtf8();
    const QString file = writeFile(QStringLiteral("full.csv"), csv);
    const qint64 auditBefore = count(QStringLiteral("SELECT count(*) FROM audit_log"));
    const QStringList before = customers();

    ImportWizard wizard(*sup);
    wizard.show();
    goToPreview(wizard, file);
    bool finished = false;
    {
        const FileSizeLimit full(largestFileIn(QFileInfo(vault->database().path()).absolutePath()) +
                                 256 * 1024);
        click(&wizard, "importButton");
        finished =
            waitFor([&] { return wizard.currentId() == ImportWizard::ResultPageId; }, 120000);
    }
    BOOST_REQUIRE(finished);

    const QString summary = labelText(&wizard, "resultSummary");
    BOOST_TEST(summary.startsWith(CustomerImport::tr("Nothing was imported: %1").arg(QString())),
               summary);
    const QString full = SqlCipherDriver::tr(
        "The disk holding the database is full, so the change was not saved. Free some space "
        "on it, then try again.");
    const QString failing =
        SqlCipherDriver::tr("The database file could not be read or written (the disk may be "
                            "full, removed or failing). Check the disk, then try again.");
    BOOST_TEST((summary.endsWith(full) || summary.endsWith(failing)), summary); // said once
    BOOST_TEST(!wizard.result().has_value());
    BOOST_TEST(customers() == before);
    BOOST_TEST(count(QStringLiteral("SELECT count(*) FROM audit_log")) == auditBefore);
    saveShot(&wizard, QStringLiteral("import-7-disk-full-zh_CN.png"));

    // Room again: back to the options, and the same file goes in.
    click(&wizard, "backToOptionsButton");
    BOOST_REQUIRE(waitFor([&] { return wizard.currentId() == ImportWizard::PreviewPageId; }));
    runToResult(wizard);
    BOOST_REQUIRE(wizard.result().has_value());
    BOOST_TEST(wizard.result()->written);
    BOOST_TEST(wizard.result()->imported == rows);
    BOOST_TEST(customers().size() == before.size() + rows);
    useLanguage(QStringLiteral("en"));
}

BOOST_AUTO_TEST_CASE(pages_in_chinese)
{
    if (shotDir().isEmpty()) {
        BOOST_TEST_MESSAGE("RMDESK_SCREENSHOT_DIR is not set: no screenshots");
        return;
    }
    applyAppStyle(*qApp);
    useLanguage(QStringLiteral("zh_CN"));
    auto sup = loginAs(QStringLiteral("sup1"), userPassword);
    const QString file = smallFile();
    {
        ImportWizard wizard(*sup);
        wizard.show();
        setText(&wizard, "importFile", file);
        saveShot(&wizard, QStringLiteral("import-1-file-zh_CN.png"));
        click(&wizard, "nextButton");
        BOOST_REQUIRE(waitFor([&] { return wizard.currentId() == ImportWizard::MappingPageId; }));
        saveShot(&wizard, QStringLiteral("import-2-mapping-zh_CN.png"));
        click(&wizard, "nextButton");
        BOOST_REQUIRE(waitFor([&] { return wizard.currentId() == ImportWizard::PreviewPageId; }));
        saveShot(&wizard, QStringLiteral("import-3-preview-zh_CN.png"));
        runToResult(wizard);
        saveShot(&wizard, QStringLiteral("import-5-result-zh_CN.png"));
    }
    {
        QByteArray csv = "姓名,手机号码\n";
        for (int i = 1; i <= 20000; ++i)
            csv += QStringLiteral("客户%1,13%2\n").arg(i).arg(i, 9, 10, QLatin1Char('0')).toUtf8();
        ImportWizard wizard(*sup);
        std::atomic<int> reports{0};
        std::atomic<bool> released{false};
        wizard.setProgressHook([&](int done, int) {
            if (done > 0 && ++reports == 2) // the first report has reached the window
                for (int i = 0; i < 3000 && !released; ++i)
                    QThread::msleep(10);
        });
        wizard.show();
        goToPreview(wizard, writeFile(QStringLiteral("shots.csv"), csv));
        click(&wizard, "importButton");
        waitFor([&] { return child<QProgressBar>(&wizard, "importProgress")->value() > 0; }, 30000);
        saveShot(&wizard, QStringLiteral("import-4-progress-zh_CN.png"));
        if (wizard.isRunning())
            click(&wizard, "cancelButton");
        released = true;
        BOOST_REQUIRE(
            waitFor([&] { return wizard.currentId() == ImportWizard::ResultPageId; }, 60000));
        saveShot(&wizard, QStringLiteral("import-6-cancelled-zh_CN.png"));
    }
    useLanguage(QStringLiteral("en"));
}

BOOST_AUTO_TEST_SUITE_END()
