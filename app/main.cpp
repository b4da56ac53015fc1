#include "appstyle.h"
#include "localization.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "security/vault.h"
#include "storage/secretbytes.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

#include <cstdio>

namespace {

// Without a display QApplication would abort with a cryptic message; say what to do instead.
bool haveDisplay()
{
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY") ||
           qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
}

QString requestedLanguage(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == QLatin1String("--lang") && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (arg.startsWith(QLatin1String("--lang=")))
            return arg.mid(7);
    }
    return QString();
}

} // namespace

int main(int argc, char** argv)
{
    rmdesk::hardenProcess();
    if (!haveDisplay()) {
        std::fprintf(stderr, "rmdesk: no display found (DISPLAY and WAYLAND_DISPLAY are not set).\n"
                             "Start it from a desktop session, or on a virtual screen:\n"
                             "  xvfb-run -a rmdesk\n");
        return 1;
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("RM Desk"));
    QApplication::setOrganizationName(QStringLiteral("RM Desk"));
    QApplication::setApplicationVersion(QStringLiteral(RMDESK_VERSION));

    const QString language = rmdesk::chooseLanguage(requestedLanguage(argc, argv));
    if (language.isEmpty()) {
        std::fprintf(stderr, "rmdesk: unknown language; use --lang zh_CN or --lang en\n");
        return 2;
    }
    rmdesk::installTranslations(app, language);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "RM Desk, the relationship manager's workstation."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(QCommandLineOption(QStringLiteral("lang"),
                                        QCoreApplication::translate("main", "Interface language."),
                                        QStringLiteral("zh_CN|en")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("db"), QCoreApplication::translate("main", "Database file to sign in to."),
        QStringLiteral("FILE")));
    parser.process(app);

    rmdesk::applyAppStyle(app);
    if (!rmdesk::initCrypto()) {
        QMessageBox::critical(
            nullptr, QCoreApplication::translate("main", "RM Desk"),
            QCoreApplication::translate("main", "The cryptography library cannot be started."));
        return 1;
    }

    rmdesk::LoginDialog login(parser.value(QStringLiteral("db")));
    if (login.exec() != QDialog::Accepted)
        return 0;
    std::unique_ptr<rmdesk::Vault> vault = login.takeVault();
    if (!vault)
        return 0;

    int code = 0;
    {
        rmdesk::MainWindow window(*vault);
        window.show();
        code = app.exec();
    }
    vault->logout();
    return code;
}
