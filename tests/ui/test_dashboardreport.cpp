// Dashboards as PDF reports (DashboardReport, RetentionView::savePdf): the file, its pages, the
// layout of the sections, Chinese fonts, failures that leave no file, and the button. With
// RMDESK_SCREENSHOT_DIR set, the pages are also drawn as PNGs there (the same code path) to be
// looked at.
#include "dashboardfixture.h"
#include "dashboards/dashboardreport.h"
#include "dashboards/retentionview.h"

#include <QColor>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QImage>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTableWidget>

using namespace rmdesk;
using namespace rmdesk::test;

namespace {

// The file's bytes; a copy goes to the screenshot folder when there is one.
QByteArray readAll(const QString& path)
{
    QFile file(path);
    BOOST_REQUIRE_MESSAGE(file.open(QIODevice::ReadOnly), path.toStdString());
    if (!shotDir().isEmpty()) {
        QDir().mkpath(shotDir());
        const QString copy = QDir(shotDir()).filePath(QFileInfo(path).fileName());
        QFile::remove(copy);
        QFile::copy(path, copy);
    }
    return file.readAll();
}

// The page count of a PDF that QPdfWriter wrote: its one page tree's /Count.
int pageCount(const QByteArray& pdf)
{
    const QRegularExpression count(QStringLiteral("/Type /Pages\\s*/Kids\\s*\\[[^\\]]*\\]\\s*"
                                                  "/Count (\\d+)"));
    const auto match = count.match(QString::fromLatin1(pdf));
    BOOST_REQUIRE_MESSAGE(match.hasMatch(), "no page tree");
    return match.captured(1).toInt();
}

// The width or height of the largest picture in a PDF; 0 when there is none.
int largestImage(const QByteArray& pdf)
{
    const QRegularExpression image(
        QStringLiteral("/Subtype /Image\\s*/Width (\\d+)\\s*/Height (\\d+)"));
    int largest = 0;
    for (auto it = image.globalMatch(QString::fromLatin1(pdf)); it.hasNext();) {
        const auto m = it.next();
        largest = std::max({largest, m.captured(1).toInt(), m.captured(2).toInt()});
    }
    return largest;
}

void savePages(const QList<QImage>& pages, const QString& prefix)
{
    if (shotDir().isEmpty())
        return;
    QDir().mkpath(shotDir());
    for (int i = 0; i < pages.size(); ++i)
        BOOST_TEST(pages[i].save(
            QDir(shotDir()).filePath(QStringLiteral("%1-page%2.png").arg(prefix).arg(i + 1))));
}

// A plain section of a fixed logical size, filled red so that it can be found on a page.
QWidget* redSection(QWidget* parent, int height)
{
    auto* w = new QWidget(parent);
    w->setFixedSize(DashboardReport::RenderWidth, height);
    QPalette p = w->palette();
    p.setColor(QPalette::Window, Qt::red);
    w->setPalette(p);
    w->setAutoFillBackground(true);
    return w;
}

int redInColumn(const QImage& image, int x)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        const QColor c = image.pixelColor(x, y);
        n += c.red() > 200 && c.green() < 60 && c.blue() < 60;
    }
    return n;
}

// Switches the interface to `language` for a test and back to English after it.
struct Language
{
    explicit Language(const QString& language) { useLanguage(language); }
    ~Language() { useLanguage(QStringLiteral("en")); }
};

struct ReportFixture : DashboardUiFixture
{
    // The compliance officer's dashboard over F … L, shown at a fixed size.
    std::unique_ptr<RetentionView> shownView()
    {
        auto view = std::make_unique<RetentionView>(*comp);
        view->resize(1600, 1200);
        view->show();
        view->setFilter({first, last, {}, {}, {}});
        waitComputed(*view);
        BOOST_REQUIRE_MESSAGE(view->lastError().ok(), view->lastError().message);
        return view;
    }
};

} // namespace

BOOST_FIXTURE_TEST_SUITE(ui_dashboard_report, ReportFixture)

// Sections of 180 logical pixels are laid out 1120 wide and scaled to the page's 277 mm (297 less
// two 10 mm margins): each is 180 × 277 / 1120 = 44.5 mm high, three with two 4 mm gaps 141.5 mm,
// four 190.1 mm: three fit in the body (190 mm less the header, about 20 mm) and a fourth goes to
// the next page. A section taller than the body is scaled down to fit it, on a page of its own.
BOOST_AUTO_TEST_CASE(sections_fill_the_page_width_and_break_between_pages)
{
    QWidget holder;
    DashboardReportContent content;
    content.title = QStringLiteral("Layout");
    content.header << QStringLiteral("Period: 2026-01 to 2026-10");
    for (int h : {180, 180, 180, 180, 2000, 180})
        content.sections << redSection(&holder, h);
    const QString pdf = folder.file(QStringLiteral("layout.pdf"));
    QString error;
    BOOST_REQUIRE_MESSAGE(DashboardReport::writePdf(content, pdf, QStringLiteral("comp1"),
                                                    QDateTime::currentDateTime(), &error),
                          error.toStdString());
    const QByteArray bytes = readAll(pdf);
    BOOST_TEST(bytes.startsWith("%PDF-"));
    BOOST_TEST(bytes.trimmed().endsWith("%%EOF"));
    // 180 180 180 | 180 | 2000 | 180
    BOOST_TEST(pageCount(bytes) == 4);

    const QList<QImage> pages = DashboardReport::renderPages(content, QStringLiteral("comp1"),
                                                             QDateTime::currentDateTime(), 100);
    savePages(pages, QStringLiteral("report-layout"));
    BOOST_REQUIRE(pages.size() == 4);
    // A4 landscape at 100 dpi: 297 × 210 mm = 1169.3 × 826.8 pixels, rounded down.
    BOOST_TEST(pages[0].width() == 1169);
    BOOST_TEST(pages[0].height() == 826);
    // Three sections of 44.5 mm = 175.3 pixels each down the middle of page 1, one on page 2.
    const int middle = pages[0].width() / 2;
    BOOST_TEST(std::abs(redInColumn(pages[0], middle) - 3 * 175.3) <= 4);
    BOOST_TEST(std::abs(redInColumn(pages[1], middle) - 175.3) <= 2);
    // The tall one is narrower than the page (scaled to the body's height), at the left margin:
    // red at 20 mm, none at the middle.
    BOOST_TEST(redInColumn(pages[2], qRound(20 / 25.4 * 100)) > 500);
    BOOST_TEST(redInColumn(pages[2], middle) == 0);
    // The sections are given back their own size.
    BOOST_TEST((content.sections[0]->size() == QSize(DashboardReport::RenderWidth, 180)));
}

// A table longer than a page goes on over the next pages, its column headers on each, every row
// printed once: 100 rows of 30 logical pixels (7.4 mm on paper) in red and blue by turns; the body
// (about 169 mm = 683 logical pixels) less the header row takes 21 or 22 of them, so 5 pages.
BOOST_AUTO_TEST_CASE(a_long_table_goes_on_over_pages)
{
    QTableWidget table(100, 3);
    table.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table.verticalHeader()->setDefaultSectionSize(30);
    table.setShowGrid(false);
    for (int r = 0; r < 100; ++r)
        for (int c = 0; c < 3; ++c) {
            auto* item = new QTableWidgetItem;
            item->setBackground(r % 2 ? QColor(Qt::blue) : QColor(Qt::red));
            table.setItem(r, c, item);
        }
    table.horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table.resize(800, 300);
    table.setAttribute(Qt::WA_DontShowOnScreen);
    table.show();
    table.verticalScrollBar()->setValue(7);
    DashboardReportContent content;
    content.title = QStringLiteral("Long table");
    content.sections << &table;
    const QList<QImage> pages = DashboardReport::renderPages(content, QStringLiteral("comp1"),
                                                             QDateTime::currentDateTime(), 100);
    savePages(pages, QStringLiteral("report-table"));
    BOOST_REQUIRE(pages.size() == 5);
    // Rows down the middle of each page: runs of red or blue.
    int rows = 0;
    bool redFirst = true;
    for (const QImage& page : pages) {
        const int x = page.width() / 2;
        int previous = 0; // 1 red, 2 blue, 0 anything else
        bool first = true;
        for (int y = 0; y < page.height(); ++y) {
            const QColor c = page.pixelColor(x, y);
            const int now = c.red() > 200 && c.green() < 60 && c.blue() < 60   ? 1
                            : c.blue() > 200 && c.red() < 60 && c.green() < 60 ? 2
                                                                               : 0;
            if (now != 0 && now != previous) {
                if (first) { // each page goes on where the one before stopped
                    BOOST_TEST((now == 1) == redFirst);
                    first = false;
                }
                ++rows;
                redFirst = now != 1;
            }
            previous = now;
        }
    }
    BOOST_TEST(rows == 100);
    // The table is given back as it was.
    BOOST_TEST(table.verticalScrollBar()->value() == 7);
    BOOST_TEST((table.size() == QSize(800, 300)));
    BOOST_TEST(table.verticalScrollBarPolicy() == Qt::ScrollBarAsNeeded);
}

BOOST_AUTO_TEST_CASE(the_retention_dashboard_as_a_pdf)
{
    runStages(*vault);
    auto view = shownView();
    const QSize before = child<QWidget>(view.get(), "monthsChart")->size();
    const DashboardReportContent content = view->reportContent();
    BOOST_TEST(content.title == QStringLiteral("Retention dashboard"));
    BOOST_TEST(
        content.header ==
        (QStringList{QStringLiteral("Period: %1 to %2").arg(monthName(first), monthName(last)),
                     QStringLiteral("Branch: All branches"), QStringLiteral("RM: All RMs"),
                     QStringLiteral("Segment: All segments"), content.header.value(4)}));
    BOOST_TEST(content.header.value(4).startsWith(QStringLiteral("Figures of the monthly stage")));
    BOOST_TEST(content.sections.size() == 6);

    const QString pdf = folder.file(QStringLiteral("retention.pdf"));
    Dialogs::setNextFileName(pdf);
    click(view.get(), "retentionSavePdf");
    const QByteArray bytes = readAll(pdf);
    BOOST_TEST(bytes.startsWith("%PDF-"));
    // Tiles and the months chart; the segments chart and the cohort table; the funnel and the
    // reasons.
    BOOST_TEST(pageCount(bytes) == 3);
    // Drawn as vectors: no picture of a chart in the file, only the style's small pieces (the
    // table headers' shading).
    BOOST_TEST(largestImage(bytes) < 200);
    BOOST_TEST((child<QWidget>(view.get(), "monthsChart")->size() == before));

    const QList<QImage> pages = DashboardReport::renderPages(content, QStringLiteral("comp1"),
                                                             QDateTime::currentDateTime(), 150);
    BOOST_TEST(pages.size() == 3);
    savePages(pages, QStringLiteral("report-retention-en"));

    // A segment filter shows in the header with its name.
    view->setFilter({first, last, {}, {}, QStringLiteral("mass")});
    waitComputed(*view);
    BOOST_TEST(view->reportContent().header.value(3) == QStringLiteral("Segment: Mass"));
}

BOOST_AUTO_TEST_CASE(chinese_text_embeds_a_cjk_font)
{
    runStages(*vault);
    const Language zh(QStringLiteral("zh_CN"));
    auto view = shownView();
    saveShot(view.get(), QStringLiteral("retention-view-zh.png"));
    const QString pdf = folder.file(QStringLiteral("留存.pdf"));
    QString error;
    BOOST_REQUIRE_MESSAGE(view->savePdf(pdf, &error), error.toStdString());
    const QByteArray bytes = readAll(pdf);
    BOOST_TEST(bytes.startsWith("%PDF-"));
    BOOST_TEST(pageCount(bytes) == 3);
    // The glyphs come embedded (a TrueType subset) from Noto Sans CJK.
    BOOST_TEST(bytes.contains("/FontFile2"));
    BOOST_TEST(bytes.contains("NotoSansCJK"));
    savePages(DashboardReport::renderPages(view->reportContent(), QStringLiteral("comp1"),
                                           QDateTime::currentDateTime(), 150),
              QStringLiteral("report-retention-zh"));
}

BOOST_AUTO_TEST_CASE(a_failure_says_why_and_leaves_no_file)
{
    runStages(*vault);
    auto view = shownView();
    // The parent "folder" is the database file: not even root can write there.
    const QString pdf = folder.file(QStringLiteral("bank.rmdb/report.pdf"));
    QString error;
    BOOST_TEST(!view->savePdf(pdf, &error));
    BOOST_TEST(error.contains(QDir::toNativeSeparators(pdf)));
    BOOST_TEST(error.contains(QStringLiteral("Choose another folder")));
    BOOST_TEST(!QFile::exists(pdf));
    // The button reports it the same way.
    Dialogs::setNextFileName(pdf);
    click(view.get(), "retentionSavePdf");
    BOOST_TEST(Dialogs::lastMessage().contains(QStringLiteral("could not be written")));

    // No figures on screen (no stage run for this RM's empty book): nothing is written.
    auto other = loginAs(QStringLiteral("zhao.lei"), userPassword);
    RetentionView empty(*other);
    empty.setFilter({first, last, {}, {}, {}});
    waitComputed(empty);
    const QString none = folder.file(QStringLiteral("none.pdf"));
    BOOST_TEST(!empty.savePdf(none, &error));
    BOOST_TEST(error.startsWith(QStringLiteral("Nobody in this scope")));
    BOOST_TEST(!QFile::exists(none));
}

BOOST_AUTO_TEST_CASE(the_pdf_button_is_enabled_only_with_figures)
{
    RetentionView view(*comp);
    auto* pdf = child<QPushButton>(&view, "retentionSavePdf");
    // Before the stage run: the empty state, no report.
    view.setFilter({first, last, {}, {}, {}});
    BOOST_TEST(!pdf->isEnabled()); // busy
    waitComputed(view);
    BOOST_TEST(!view.data().cubeBuilt());
    BOOST_TEST(!pdf->isEnabled());
    // With figures: enabled like PNG and CSV; off again while the next figures are worked out.
    runStages(*vault);
    view.refresh();
    BOOST_TEST(!pdf->isEnabled());
    waitComputed(view);
    BOOST_TEST(pdf->isEnabled());
    BOOST_TEST(child<QPushButton>(&view, "retentionSavePng")->isEnabled());
    BOOST_TEST(child<QPushButton>(&view, "retentionSaveCsv")->isEnabled());
}

BOOST_AUTO_TEST_SUITE_END()
