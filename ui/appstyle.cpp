#include "appstyle.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace rmdesk {

void applyAppStyle(QApplication& app)
{
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette palette = app.style()->standardPalette();
    const QColor accent(0x1f, 0x5f, 0x99);
    palette.setColor(QPalette::Highlight, accent);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, accent);
    app.setPalette(palette);

    const QStringList families = QFontDatabase::families();
    for (const char* family : {"Noto Sans CJK SC", "Noto Sans SC"}) {
        if (families.contains(QLatin1String(family))) {
            QFont font(QString::fromLatin1(family));
            font.setPointSizeF(app.font().pointSizeF());
            app.setFont(font);
            break;
        }
    }
}

} // namespace rmdesk
