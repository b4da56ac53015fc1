#include "dashboardreport.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QChartView>
#include <QDir>
#include <QFontMetricsF>
#include <QHeaderView>
#include <QImage>
#include <QLegend>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QScrollBar>
#include <QTableView>
#include <QWidget>

#include <algorithm>

namespace rmdesk {

namespace {

constexpr int Resolution = 300; // dots per inch of the PDF's coordinates
constexpr int RenderWidth = DashboardReport::RenderWidth;
constexpr double MarginMm = 10;
constexpr double TitlePt = 13;
constexpr double TextPt = 8.5;

// The report's font: the widgets' own, with the CJK families fontconfig may not pick by itself.
QFont reportFont(const DashboardReportContent& content, double pointSize, bool bold = false)
{
    QFont font = content.sections.isEmpty() ? QApplication::font() : content.sections[0]->font();
    QStringList families = font.families();
    if (families.isEmpty())
        families << font.family();
    for (const char* cjk : {"Noto Sans CJK SC", "Noto Sans SC", "Noto Serif CJK SC"})
        if (!families.contains(QLatin1String(cjk)))
            families << QLatin1String(cjk);
    font.setFamilies(families);
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

// The height of a table in the section when every row shows (no scrolling on paper).
int fullTableHeight(const QTableView* table)
{
    const int frame = 2 * table->frameWidth();
    const int header =
        table->horizontalHeader()->isVisible() ? table->horizontalHeader()->height() : 0;
    return frame + header + table->verticalHeader()->length();
}

// The table a section shows (itself or one inside it), if any.
QTableView* tableOf(QWidget* section)
{
    auto* table = qobject_cast<QTableView*>(section);
    if (!table)
        table = section->findChild<QTableView*>();
    return table && table->isVisibleTo(section) ? table : nullptr;
}

// The size a section is laid out at before it is scaled: the report's width; charts
// `chartHeight` high (whatever their minimum on screen); a section with a table tall enough to
// show all its rows; anything else at least as tall as it needs.
QSize layoutSize(QWidget* section, int chartHeight)
{
    if (qobject_cast<QChartView*>(section))
        return {RenderWidth, chartHeight};
    int height = section->height();
    if (QTableView* table = tableOf(section)) {
        // The rest of the section as it is, the table as tall as its rows.
        height += fullTableHeight(table) - table->height();
    } else {
        height = std::max(height, section->minimumSizeHint().height());
        if (section->hasHeightForWidth())
            height = std::max(height, section->heightForWidth(RenderWidth));
    }
    return {RenderWidth, std::max(height, 1)};
}

// The heights of a table's rows in the order shown (hidden rows left out).
QList<int> rowHeights(const QTableView* table)
{
    const QHeaderView* rows = table->verticalHeader();
    QList<int> heights;
    for (int visual = 0; visual < rows->count(); ++visual) {
        const int logical = rows->logicalIndex(visual);
        if (!rows->isSectionHidden(logical))
            heights << rows->sectionSize(logical);
    }
    return heights;
}

struct Placed
{
    QWidget* section = nullptr;
    QSize size;       // logical pixels, as laid out for the report
    double scale = 1; // to the page's device pixels
    int page = 0;
    double top = 0;    // in the page's body, device pixels
    int firstRow = -1; // a table longer than a page: the part from this row (shown order) on
};

// The report's pages on a device of `dpi` whose paintable area (inside the margins) is
// width × height device pixels: the header's geometry, where each section goes, how many pages.
class ReportLayout
{
    Q_DECLARE_TR_FUNCTIONS(DashboardReport)
public:
    ReportLayout(const DashboardReportContent& content, const QString& printedBy,
                 const QDateTime& printedAt, const QPaintDevice* device, double width,
                 double height, double dpi)
        : m_content(content)
        , m_width(width)
        , m_titleFont(reportFont(content, TitlePt, true))
        , m_textFont(reportFont(content, TextPt))
    {
        const double mm = dpi / 25.4;
        const QFontMetricsF titleMetrics(m_titleFont, device);
        const QFontMetricsF textMetrics(m_textFont, device);
        m_lines = content.header.join(QStringLiteral("   ·   "));
        m_printed = tr("Printed by %1 on %2")
                        .arg(printedBy, QLocale().toString(printedAt.toLocalTime(),
                                                           QStringLiteral("yyyy-MM-dd HH:mm")));
        m_titleHeight = titleMetrics.height();
        m_textHeight = textMetrics.height();
        m_linesHeight =
            m_lines.isEmpty()
                ? 0
                : textMetrics.boundingRect(QRectF(0, 0, width, height), Qt::TextWordWrap, m_lines)
                      .height();
        m_linesTop = m_titleHeight + 1 * mm;
        m_printedTop = m_linesTop + m_linesHeight;
        m_ruleY = m_printedTop + m_textHeight + 1.5 * mm;
        m_ruleWidth = 0.3 * mm;
        m_bodyTop = m_ruleY + 3 * mm;
        const double bodyHeight = height - m_bodyTop;
        const double gap = 4 * mm;
        // Two charts to a page: half the body's height in the sections' logical pixels.
        const double toPage = width / RenderWidth;
        const int chartHeight = int((bodyHeight - gap) / 2 / toPage);

        // Each section scaled to the page width (or down to the body's height when taller), on
        // the current page when it fits there, else on the next. A table longer than a page goes
        // on over as many pages as its rows need, its header on each.
        double y = 0;
        auto place = [&](Placed p) {
            const double h = p.size.height() * p.scale;
            if (y > 0 && y + h > bodyHeight + 0.5) {
                ++m_pages;
                y = 0;
            }
            p.page = m_pages - 1;
            p.top = y;
            y += h + gap;
            m_placed << p;
        };
        const int bodyLogical = int(bodyHeight / toPage);
        for (QWidget* section : content.sections) {
            Placed p;
            p.section = section;
            p.size = layoutSize(section, chartHeight);
            QTableView* table = tableOf(section);
            if (!table || p.size.height() <= bodyLogical) {
                p.scale = std::min(width / p.size.width(), bodyHeight / p.size.height());
                place(p);
                continue;
            }
            // Everything but the rows (title, column headers, frame) on every page.
            const int chrome = p.size.height() - table->verticalHeader()->length();
            const QList<int> heights = rowHeights(table);
            p.scale = toPage;
            for (int row = 0; row < heights.size();) {
                int rowsHeight = heights[row];
                int next = row + 1;
                while (next < heights.size() && chrome + rowsHeight + heights[next] <= bodyLogical)
                    rowsHeight += heights[next++];
                p.firstRow = row;
                p.size.setHeight(chrome + rowsHeight);
                p.scale = std::min(toPage, bodyHeight / p.size.height());
                place(p);
                row = next;
            }
        }
    }

    int pages() const { return m_pages; }

    void paint(QPainter& painter, int page) const
    {
        painter.setPen(QApplication::palette().color(QPalette::WindowText));
        painter.setFont(m_titleFont);
        const QRectF titleRow(0, 0, m_width, m_titleHeight);
        painter.drawText(titleRow, Qt::AlignLeft | Qt::AlignVCenter, m_content.title);
        painter.setFont(m_textFont);
        painter.drawText(titleRow, Qt::AlignRight | Qt::AlignVCenter,
                         tr("Page %1 of %2").arg(page + 1).arg(m_pages));
        if (!m_lines.isEmpty())
            painter.drawText(QRectF(0, m_linesTop, m_width, m_linesHeight),
                             Qt::TextWordWrap | Qt::AlignLeft, m_lines);
        painter.drawText(QRectF(0, m_printedTop, m_width, m_textHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, m_printed);
        painter.setPen(QPen(QColor(0x99, 0x99, 0x99), m_ruleWidth));
        painter.drawLine(QPointF(0, m_ruleY), QPointF(m_width, m_ruleY));

        for (const Placed& p : m_placed) {
            if (p.page != page)
                continue;
            // Laid out at the report's size for the moment it is drawn, then given back.
            // Limits made for the screen (a minimum height, a table's fixed height) do not hold
            // on paper.
            const QRect geometry = p.section->geometry();
            const QSize minimum = p.section->minimumSize();
            const QSize maximum = p.section->maximumSize();
            p.section->setMinimumSize(0, 0);
            p.section->setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
            p.section->resize(p.size);
            // The legend clips its entries to its shape, which the PDF engine gets wrong under
            // the report's scaling (entries vanish); on paper nothing scrolls, so no clip.
            auto* chart = qobject_cast<QChartView*>(p.section);
            QLegend* legend = chart ? chart->chart()->legend() : nullptr;
            const bool clips =
                legend && legend->flags().testFlag(QGraphicsItem::ItemClipsChildrenToShape);
            if (clips)
                legend->setFlag(QGraphicsItem::ItemClipsChildrenToShape, false);
            // A part of a long table: scrolled to its first row, without a scroll bar.
            QTableView* table = p.firstRow >= 0 ? tableOf(p.section) : nullptr;
            const Qt::ScrollBarPolicy policy =
                table ? table->verticalScrollBarPolicy() : Qt::ScrollBarAsNeeded;
            const int scrolled = table ? table->verticalScrollBar()->value() : 0;
            if (table) {
                table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
                const QHeaderView* rows = table->verticalHeader();
                table->verticalScrollBar()->setValue(
                    table->verticalScrollMode() == QAbstractItemView::ScrollPerItem
                        ? p.firstRow
                        : rows->sectionPosition(rows->logicalIndex(p.firstRow)));
            }
            painter.save();
            painter.translate(0, m_bodyTop + p.top);
            painter.scale(p.scale, p.scale);
            p.section->render(&painter, QPoint(), QRegion(),
                              QWidget::DrawWindowBackground | QWidget::DrawChildren);
            painter.restore();
            if (table) {
                table->setVerticalScrollBarPolicy(policy);
                table->verticalScrollBar()->setValue(scrolled);
            }
            if (clips)
                legend->setFlag(QGraphicsItem::ItemClipsChildrenToShape, true);
            p.section->setMinimumSize(minimum);
            p.section->setMaximumSize(maximum);
            p.section->setGeometry(geometry);
        }
    }

private:
    const DashboardReportContent& m_content;
    double m_width;
    QFont m_titleFont;
    QFont m_textFont;
    QString m_lines;
    QString m_printed;
    double m_titleHeight = 0;
    double m_textHeight = 0;
    double m_linesHeight = 0;
    double m_linesTop = 0;
    double m_printedTop = 0;
    double m_ruleY = 0;
    double m_ruleWidth = 0;
    double m_bodyTop = 0;
    QList<Placed> m_placed;
    int m_pages = 1;
};

QPageLayout pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                       QMarginsF(MarginMm, MarginMm, MarginMm, MarginMm), QPageLayout::Millimeter);
}

} // namespace

bool DashboardReport::writePdf(const DashboardReportContent& content, const QString& fileName,
                               const QString& printedBy, const QDateTime& printedAt, QString* error)
{
    auto failed = [&](const QString& why) {
        if (error)
            *error = tr("The report could not be written to %1: %2. Choose another folder or "
                        "file name.")
                         .arg(QDir::toNativeSeparators(fileName), why);
        return false;
    };
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    // Scores and names of staff: the owner's only, from the first byte.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return failed(file.errorString());

    QPdfWriter writer(&file);
    writer.setResolution(Resolution);
    writer.setTitle(content.title);
    writer.setCreator(QStringLiteral("RM Desk"));
    writer.setPageLayout(pageLayout());
    const ReportLayout layout(content, printedBy, printedAt, &writer, writer.width(),
                              writer.height(), Resolution);
    QPainter painter;
    if (!painter.begin(&writer))
        return failed(tr("the PDF could not be started"));
    for (int n = 0; n < layout.pages(); ++n) {
        if (n > 0 && !writer.newPage())
            return failed(tr("a new page could not be started"));
        layout.paint(painter, n);
    }
    if (!painter.end())
        return failed(tr("the PDF could not be finished"));
    if (!file.flush() || !file.commit())
        return failed(file.errorString());
    return true;
}

QList<QImage> DashboardReport::renderPages(const DashboardReportContent& content,
                                           const QString& printedBy, const QDateTime& printedAt,
                                           int dpi)
{
    const QPageLayout page = pageLayout();
    const QRect full = page.fullRectPixels(dpi);
    const QRect paintable = page.paintRectPixels(dpi);
    QImage probe(1, 1, QImage::Format_RGB32);
    const int dotsPerMeter = qRound(dpi / 0.0254);
    probe.setDotsPerMeterX(dotsPerMeter);
    probe.setDotsPerMeterY(dotsPerMeter);
    const ReportLayout layout(content, printedBy, printedAt, &probe, paintable.width(),
                              paintable.height(), dpi);
    QList<QImage> images;
    for (int n = 0; n < layout.pages(); ++n) {
        QImage image(full.size(), QImage::Format_RGB32);
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        painter.translate(paintable.topLeft());
        layout.paint(painter, n);
        painter.end();
        images << image;
    }
    return images;
}

} // namespace rmdesk
