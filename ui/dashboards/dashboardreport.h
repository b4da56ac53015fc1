#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

class QWidget;

namespace rmdesk {

// What a dashboard puts in its report: a title, lines that say what the figures cover (period,
// branch, RM, segment — already translated, e.g. "Period: 2025-11 to 2026-10"), and the parts to
// print in order (the tiles, each chart, each table), as the widgets the dashboard shows.
struct DashboardReportContent
{
    QString title;
    QStringList header;
    QList<QWidget*> sections;
};

// A dashboard as a PDF report (specification 4.4, 7.2): A4 landscape; on every page a header with
// the title, the header lines, who printed it and when, and "page n of m"; each section drawn as
// vectors (QWidget::render on the PDF painter, so charts and Chinese text stay sharp; the fonts are
// embedded, Noto Sans CJK from fonts-noto-cjk), scaled to the page width; a section that does not
// fit on the rest of the page starts a new one; a table longer than a page goes on over the
// next pages with its column headers on each. Written through QSaveFile: a failure (full disk,
// no permission) leaves no partial file and says why in `error` (translated).
class DashboardReport
{
    Q_DECLARE_TR_FUNCTIONS(DashboardReport)
public:
    // Sections are laid out this many logical pixels wide before they are scaled to the page
    // width (so text prints at about 0.9 of its size on screen); charts half the page's height,
    // so that two share a page.
    static constexpr int RenderWidth = 1120;

    static bool writePdf(const DashboardReportContent& content, const QString& fileName,
                         const QString& printedBy, const QDateTime& printedAt, QString* error);
    // The same pages drawn on images of `dpi` (white paper, margins included), one per page: to
    // look at a report without a PDF viewer, and for tests.
    static QList<QImage> renderPages(const DashboardReportContent& content,
                                     const QString& printedBy, const QDateTime& printedAt,
                                     int dpi = 100);
};

} // namespace rmdesk
