#include "cli.h"

#include "exitcode.h"
#include "localization.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace rmdesk {

namespace {

// Options that take a value, and those that do not.
const QStringList valueOptions = {QStringLiteral("--db"), QStringLiteral("--user"),
                                  QStringLiteral("--lang")};

} // namespace

Cli::Cli(QTextStream& out, QTextStream& err, QTextStream& in)
    : m_out(out)
    , m_err(err)
    , m_in(in)
{}

bool Cli::parseGlobal(const QStringList& args, CliOptions* o, QString* error)
{
    for (int i = 0; i < args.size(); ++i) {
        QString arg = args.at(i);
        QString value;
        bool hasInlineValue = false;
        if (arg.startsWith(QLatin1String("--")) && arg.contains(QLatin1Char('='))) {
            value = arg.section(QLatin1Char('='), 1);
            arg = arg.section(QLatin1Char('='), 0, 0);
            hasInlineValue = true;
        }
        if (valueOptions.contains(arg)) {
            if (!hasInlineValue) {
                if (i + 1 >= args.size()) {
                    *error = tr("%1 needs a value.").arg(arg);
                    return false;
                }
                value = args.at(++i);
            }
            if (arg == QLatin1String("--db"))
                o->db = value;
            else if (arg == QLatin1String("--user"))
                o->user = value;
            else
                o->lang = value;
        } else if (hasInlineValue) {
            *error = tr("%1 takes no value.").arg(arg);
            return false;
        } else if (arg == QLatin1String("--password-stdin")) {
            o->passwordStdin = true;
        } else if (arg == QLatin1String("--json")) {
            o->json = true;
        } else if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            o->help = true;
        } else if (arg == QLatin1String("--version")) {
            o->version = true;
        } else if (arg.startsWith(QLatin1Char('-'))) {
            *error = tr("Unknown option %1.").arg(arg);
            return false;
        } else {
            o->command = arg;
            o->arguments = args.mid(i + 1);
            return true;
        }
    }
    return true;
}

QString Cli::usage()
{
    return tr("Usage: rmdesk-cli [--db FILE] [--user NAME] [--password-stdin] [--json] "
              "[--lang zh_CN|en] COMMAND ...\n"
              "\n"
              "Drives RM Desk's stores, permission checks and audit trail from scripts.\n"
              "\n"
              "Global options:\n"
              "  --db FILE          the database (NAME.rmdb); its keyring is FILE.keyring\n"
              "  --user NAME        the user to act as\n"
              "  --password-stdin   read passwords from standard input, one per line\n"
              "  --json             print one JSON document on standard output\n"
              "  --lang zh_CN|en    language of messages (default: the system's)\n"
              "  --help             show this help\n"
              "  --version          show the version\n"
              "\n"
              "Exit codes: 0 done, 1 the answer is no, 2 usage error, 3 authentication failed,\n"
              "4 missing, unreadable or damaged database, 5 not permitted for this role.\n");
}

int Cli::fail(int code, const QString& message)
{
    m_err << "rmdesk-cli: " << message << Qt::endl;
    return code;
}

void Cli::printVersion(bool json)
{
    if (json) {
        const QJsonObject o{{QStringLiteral("name"), QStringLiteral("rmdesk-cli")},
                            {QStringLiteral("version"), QStringLiteral(RMDESK_VERSION)}};
        m_out << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        m_out << "rmdesk-cli " << RMDESK_VERSION << Qt::endl;
    }
}

int Cli::run(const QStringList& args)
{
    CliOptions o;
    QString error;
    const bool parsed = parseGlobal(args, &o, &error);
    // Messages follow --lang when it was given, even when parsing failed later on the line.
    if (!o.lang.isEmpty()) {
        const QString lang = chooseLanguage(o.lang);
        if (lang.isEmpty())
            return fail(ExitUsage, tr("Unknown language %1; use zh_CN or en.").arg(o.lang));
        installTranslations(*QCoreApplication::instance(), lang);
    }
    if (!parsed)
        return fail(ExitUsage, error + QLatin1Char(' ') + tr("Run 'rmdesk-cli --help' for usage."));
    if (o.help) {
        m_out << usage();
        m_out.flush();
        return ExitOk;
    }
    if (o.version) {
        printVersion(o.json);
        return ExitOk;
    }
    if (o.command.isEmpty())
        return fail(ExitUsage, tr("No command given. Run 'rmdesk-cli --help' for usage."));
    return fail(
        ExitUsage,
        tr("Unknown command '%1'. Run 'rmdesk-cli --help' for the commands.").arg(o.command));
}

} // namespace rmdesk
