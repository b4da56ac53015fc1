#include "localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace rmdesk {

QStringList supportedLanguages()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}

QString chooseLanguage(const QString& requested)
{
    if (!requested.isEmpty())
        return supportedLanguages().contains(requested) ? requested : QString();
    const QLocale system = QLocale::system();
    if (system.language() == QLocale::Chinese)
        return QStringLiteral("zh_CN");
    return QStringLiteral("en");
}

bool installTranslations(QCoreApplication& app, const QString& language)
{
    QLocale::setDefault(QLocale(language));
    auto* own = new QTranslator(&app);
    if (!own->load(QStringLiteral(":/i18n/rmdesk_%1.qm").arg(language))) {
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);
    // Qt's own strings (standard buttons, dialogs) when Debian's qt6-translations-l10n has them.
    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return true;
}

} // namespace rmdesk
