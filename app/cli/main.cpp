#include "appstyle.h"
#include "cli/cli.h"
#include "localization.h"
#include "storage/secretbytes.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {

// `report` draws the dashboards' widgets: it alone needs a QApplication, on the offscreen
// platform so that no display is needed. Every other command stays a Qt Core program.
bool needsWidgets(int argc, char** argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    rmdesk::CliOptions options;
    QString ignored; // Cli::run reports it
    rmdesk::Cli::parseGlobal(args, &options, &ignored);
    return options.command == QLatin1String("report") && !options.help && !options.version;
}

QtMessageHandler defaultHandler = nullptr;

// The offscreen platform's notice about a feature it lacks, and QStandardPaths' about a runtime
// folder the command does not use, are no news to the person running it; everything else is
// passed on.
void quietOffscreen(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message == QLatin1String("This plugin does not support propagateSizeHints()") ||
        message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    if (defaultHandler)
        defaultHandler(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

} // namespace

int main(int argc, char** argv)
{
    rmdesk::hardenProcess();
    const bool widgets = needsWidgets(argc, argv);
    std::unique_ptr<QCoreApplication> app;
    if (widgets) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        defaultHandler = qInstallMessageHandler(quietOffscreen);
        auto gui = std::make_unique<QApplication>(argc, argv);
        rmdesk::applyAppStyle(*gui); // Noto Sans CJK for Chinese text
        app = std::move(gui);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("rmdesk-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("RM Desk"));
    rmdesk::installTranslations(*app, rmdesk::chooseLanguage(QString()));

    // Passwords are read byte by byte into locked memory: no stdio buffer may keep a copy.
    std::setvbuf(stdin, nullptr, _IONBF, 0);
    QTextStream out(stdout);
    QTextStream err(stderr);
    rmdesk::Cli cli(out, err, stdin);
    const int code = cli.run(app->arguments().mid(1));
    out.flush();
    err.flush();
    return code;
}
