#include "cli/cli.h"
#include "localization.h"
#include "storage/secretbytes.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char** argv)
{
    rmdesk::hardenProcess();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("rmdesk-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("RM Desk"));
    rmdesk::installTranslations(app, rmdesk::chooseLanguage(QString()));

    // Passwords are read byte by byte into locked memory: no stdio buffer may keep a copy.
    std::setvbuf(stdin, nullptr, _IONBF, 0);
    QTextStream out(stdout);
    QTextStream err(stderr);
    rmdesk::Cli cli(out, err, stdin);
    const int code = cli.run(app.arguments().mid(1));
    out.flush();
    err.flush();
    return code;
}
