#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace rmdesk {

// The interface languages RM Desk ships: "zh_CN" and "en".
QStringList supportedLanguages();

// The language to use: `requested` when given (must be supported), else the system locale's
// when supported, else English. Returns an empty string for an unsupported request.
QString chooseLanguage(const QString& requested);

// Installs RM Desk's and Qt's own translations for `language` into the application.
bool installTranslations(QCoreApplication& app, const QString& language);

} // namespace rmdesk
