#include "cli.h"

#include "exitcode.h"
#include "localization.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rmdesk {

namespace {

const QStringList globalValueOptions = {QStringLiteral("--db"), QStringLiteral("--user"),
                                        QStringLiteral("--lang")};
const QStringList globalFlags = {QStringLiteral("--password-stdin"), QStringLiteral("--json"),
                                 QStringLiteral("--help"), QStringLiteral("--version")};

void applyGlobal(CliOptions* o, const QString& option, const QString& value)
{
    if (option == QLatin1String("--db"))
        o->db = value;
    else if (option == QLatin1String("--user"))
        o->user = value;
    else if (option == QLatin1String("--lang"))
        o->lang = value;
    else if (option == QLatin1String("--password-stdin"))
        o->passwordStdin = true;
    else if (option == QLatin1String("--json"))
        o->json = true;
    else if (option == QLatin1String("--help"))
        o->help = true;
    else if (option == QLatin1String("--version"))
        o->version = true;
}

int exitFor(StoreError::Kind kind)
{
    switch (kind) {
    case StoreError::None:
        return ExitOk;
    case StoreError::Forbidden:
        return ExitForbidden;
    case StoreError::Auth:
        return ExitAuth;
    case StoreError::Unreadable:
    case StoreError::Damaged:
        return ExitUnreadable;
    case StoreError::Invalid:
    case StoreError::NotFound:
    case StoreError::Failed:
        break;
    }
    return ExitNo;
}

} // namespace

Cli::Cli(QTextStream& out, QTextStream& err, std::FILE* secretsIn)
    : m_out(out)
    , m_err(err)
    , m_secretsIn(secretsIn)
{}

Cli::~Cli() = default;

bool Cli::parseGlobal(const QStringList& args, CliOptions* o, QString* error)
{
    for (int i = 0; i < args.size(); ++i) {
        QString arg = args.at(i);
        QString value;
        bool inlineValue = false;
        if (arg.startsWith(QLatin1String("--")) && arg.contains(QLatin1Char('='))) {
            value = arg.section(QLatin1Char('='), 1);
            arg = arg.section(QLatin1Char('='), 0, 0);
            inlineValue = true;
        }
        if (globalValueOptions.contains(arg)) {
            if (!inlineValue) {
                if (i + 1 >= args.size()) {
                    *error = tr("%1 needs a value.").arg(arg);
                    return false;
                }
                value = args.at(++i);
            }
            applyGlobal(o, arg, value);
        } else if (inlineValue) {
            *error = tr("%1 takes no value.").arg(arg);
            return false;
        } else if (globalFlags.contains(arg) || arg == QLatin1String("-h")) {
            applyGlobal(o, arg == QLatin1String("-h") ? QStringLiteral("--help") : arg, QString());
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

bool Cli::parseArgs(const QStringList& args, const QStringList& valueOptions,
                    const QStringList& flagOptions, CommandArgs* out, QString* error)
{
    for (int i = 0; i < args.size(); ++i) {
        QString arg = args.at(i);
        QString value;
        bool inlineValue = false;
        if (arg.startsWith(QLatin1String("--")) && arg.contains(QLatin1Char('='))) {
            value = arg.section(QLatin1Char('='), 1);
            arg = arg.section(QLatin1Char('='), 0, 0);
            inlineValue = true;
        }
        const bool takesValue = valueOptions.contains(arg) || globalValueOptions.contains(arg);
        const bool isFlag = flagOptions.contains(arg) || globalFlags.contains(arg);
        if (takesValue) {
            if (!inlineValue) {
                if (i + 1 >= args.size()) {
                    *error = tr("%1 needs a value.").arg(arg);
                    return false;
                }
                value = args.at(++i);
            }
            if (globalValueOptions.contains(arg))
                applyGlobal(&m_opts, arg, value);
            else
                out->values.insert(arg, value);
        } else if (isFlag) {
            if (inlineValue) {
                *error = tr("%1 takes no value.").arg(arg);
                return false;
            }
            if (globalFlags.contains(arg))
                applyGlobal(&m_opts, arg, QString());
            else
                out->flags << arg;
        } else if (arg.startsWith(QLatin1String("--"))) {
            *error = tr("Unknown option %1.").arg(arg);
            return false;
        } else {
            out->positional << args.at(i);
        }
    }
    return true;
}

QString Cli::usage()
{
    return tr(
        "Usage: rmdesk-cli [--db FILE] [--user NAME] [--password-stdin] [--json] "
        "[--lang zh_CN|en] COMMAND ...\n"
        "\n"
        "Drives RM Desk's stores, permission checks and audit trail from scripts.\n"
        "\n"
        "Commands:\n"
        "  init --db FILE --admin NAME [--kdf interactive|moderate|sensitive]\n"
        "                     create a database and its keyring; prints the recovery key "
        "once\n"
        "  user add NAME --role rm|supervisor|compliance|admin [--branch CODE] "
        "[--full-name TEXT] [--kdf P]\n"
        "  user list\n"
        "  user passwd NAME   your own password, or (administrators) reset another's\n"
        "  user disable NAME | user enable NAME\n"
        "  rekey              a new database key, resealed to every active user\n"
        "  backup --out FILE  an encrypted copy of the database and its keyring\n"
        "  check              file integrity, key slots and the audit chain\n"
        "  audit verify [--anchor N:HASH[,…]]\n"
        "                     the audit trail's hash chain (and rows kept outside still there)\n"
        "  audit anchor       the newest row's number and hash, to keep outside RM Desk\n"
        "  audit list [--since DATE] [--user NAME] [--action NAME] [--limit N]\n"
        "  recover NAME       with the recovery key: give administrator NAME a new "
        "password\n"
        "  customer add --type individual|institution --name TEXT [--id-type T] "
        "[--id-number X]\n"
        "               [--mobile X] [--email X] [--birth-date D] [--branch CODE] [--rm NAME] "
        "[--risk-level C1..C5] ...\n"
        "  customer show ID [--unmask --reason TEXT]\n"
        "  customer update ID [--FIELD VALUE ...] --reason TEXT [--proof-type T --proof-ref R]\n"
        "  customer list [--branch CODE] [--rm NAME] [--tier T] [--stage S] [--risk C1-C5]\n"
        "                [--status active|ended] [--review-overdue] [--expiring-within DAYS]\n"
        "                [--sort number|name|created|tier|aum|next-review] [--desc]\n"
        "                [--limit N] [--offset N | --after ID]\n"
        "  customer review ID --checked TEXT --result confirmed|updated|unreachable\n"
        "  customer checks [--all] [--limit N]   identity changes waiting for a second "
        "person's check\n"
        "  customer check ID --confirm [--note TEXT] | customer check ID --reject --note TEXT\n"
        "                     (supervisors of the branch, compliance; not the one who made it)\n"
        "  customer check ID --show [--unmask --reason TEXT]   one check (values in the clear: "
        "audited)\n"
        "  customer tiers --month YYYY-MM   tiers again from that month's balances, with the\n"
        "                     thresholds in force today (after a new customer_tiers version)\n"
        "  customer duplicates [ID] [--limit N]\n"
        "                     likely duplicates: the same name with the same mobile or birth date\n"
        "  customer not-duplicate A B --reason TEXT   (supervisors) stop flagging a pair\n"
        "  customer merge KEEP ABSORB --reason TEXT [--take FIELD,FIELD...]\n"
        "                     ask to merge ABSORB into KEEP (--take: fields whose value comes "
        "from ABSORB)\n"
        "  customer merge-approve REQ [--note TEXT] | customer merge-reject REQ --note TEXT\n"
        "                     (supervisors of both customers, not the one who asked)\n"
        "  customer merge-list [--pending]\n"
        "  customer end ID --on YYYY-MM-DD --reason TEXT   record the end of the relationship\n"
        "  customer reopen ID --reason TEXT   (supervisors)\n"
        "  customer hold ID --reason TEXT | customer release ID --reason TEXT   (compliance) AML "
        "hold\n"
        "  customer purge ID --reason TEXT   ask to purge a customer past retention\n"
        "  customer purge-approve REQ | customer purge-reject REQ --note TEXT\n"
        "                     a supervisor and a compliance officer: two people, one of each\n"
        "  customer purge-list [--pending]\n"
        "  complaint open (--customer ID | --complainant NAME --contact TEXT) --channel NAME\n"
        "               --category NAME --received YYYY-MM-DD[THH:MM] --summary TEXT\n"
        "               [--amount YUAN] [--severity low|medium|high]\n"
        "               [--group-size N --representatives NAME,NAME...]\n"
        "  complaint show ID [--unmask --reason TEXT]\n"
        "  complaint list [--overdue] [--due-within DAYS] [--all] [--status S] [--customer ID]\n"
        "                 [--limit N] [--offset N]   open complaints, most urgent first\n"
        "  complaint accept ID | complaint investigate ID\n"
        "  complaint extend ID --to 30|60 --reason TEXT [--at DATE]   (to 60: supervisors)\n"
        "  complaint pause ID --reason TEXT --from DATE | complaint resume ID --at DATE\n"
        "  complaint new-facts ID --at DATE --summary TEXT   the clock restarts from DATE\n"
        "  complaint decide ID --decision TEXT --at DATE | complaint close ID [--at DATE]\n"
        "                     extend to 60, pause and decide record the notice to the\n"
        "                     complainant: by default on the day, through the complaint's own\n"
        "                     channel; say otherwise with --notice-date D --notice-channel C\n"
        "  complaint notify ID --at DATE --channel NAME [--about decision|extension|pause|other]\n"
        "  complaint respond ID --accepts|--disputes [--at DATE]\n"
        "  complaint dispute ID --referral mediation|arbitration|litigation --body TEXT [--at D]\n"
        "  complaint dispute ID --outcome TEXT [--at DATE]\n"
        "  complaint withdraw ID --at DATE --reason TEXT | complaint reopen ID --reason TEXT\n"
        "  complaint merge ID --into FIRST --reason TEXT   a repeat without new facts\n"
        "  complaint cause ID --cause NAME [--note TEXT]\n"
        "  complaint action add ID --description TEXT --owner NAME --due DATE\n"
        "  complaint action done ACTION [--note TEXT] | complaint action list [--all]\n"
        "  complaint causes [--from YYYY-MM] [--to YYYY-MM] [--by month|quarter]\n"
        "  complaint choices [category|cause|channel]\n"
        "  interaction add --customer ID --channel C --purpose P --summary TEXT\n"
        "               [--outcome resolved|pending|referred|not_reached] [--products CODE,CODE]\n"
        "               [--follow-up DATE] [--at DATE[THH:MM]] [--continues ID]\n"
        "               [--suitability insisted|declined]\n"
        "                     product advice above the customer's risk level says how it\n"
        "                     was handled: insisted (a special risk warning the customer\n"
        "                     confirmed; never for C1 or unassessed) or declined\n"
        "                     C: visit, phone, branch, online_banking, wechat, letter\n"
        "                     P: service_request, product_advice, periodic_review,\n"
        "                        relationship_care, complaint_follow_up, other\n"
        "  interaction list --customer ID [--limit N]\n"
        "  task list [--due-within DAYS] [--overdue] [--assignee NAME | --all]\n"
        "                     your follow-ups and tasks, reviews due and ID documents expiring\n"
        "  task add --title TEXT --due DATE [--customer ID] [--assignee NAME]\n"
        "  task done ID | task snooze ID --until DATE --reason TEXT | task reassign ID --to NAME\n"
        "  service stats [--from DATE] [--to DATE] [--rm NAME]\n"
        "                     on-time follow-up rate and first-contact resolution per RM\n"
        "  survey template list [--all]   templates with their questions (--all: every version)\n"
        "  survey record --customer ID --template NAME --answers KEY=VALUE[,KEY=VALUE...]\n"
        "                [--at DATE] [--channel C] [--interaction ID] [--complaint ID]\n"
        "                [--template-version N]\n"
        "                     a Multi answer joins option codes with ';'; a detractor (NPS 0-6)\n"
        "                     or CSAT <= 2 creates a follow-up task for the customer's RM\n"
        "  survey list --customer ID [--limit N] | survey show ID\n"
        "  survey stats [--from DATE] [--to DATE] [--branch CODE] [--rm NAME] [--template NAME]\n"
        "               [--segment TIER] [--channel C] [--by rm|branch|segment|channel|month]\n"
        "  survey import FILE.csv [--skip-bad-rows] [--dry-run] [--report FILE.csv]\n"
        "                     columns: customer_id, template, answered_on, channel,\n"
        "                     [interaction_id, complaint_id,] one column per question key\n"
        "  stage run [--month YYYY-MM]   assign every customer's lifecycle stage for the month\n"
        "  stage set ID --stage S --reason TEXT   an RM's override of the monthly rules\n"
        "  stage history ID               every stage transition of a customer, with its date\n"
        "  retention stats [--from YYYY-MM] [--to YYYY-MM] [--branch CODE] [--rm NAME]\n"
        "                  [--by branch|rm|segment] [--cohorts] [--refresh]\n"
        "                     active, new, won back, churned, churn rate, 12-month and AUM\n"
        "                     retention per month, as of the last stage run (--refresh: now)\n"
        "  kpi list [--role rm] [--period-kind month|quarter|year] [--history]\n"
        "                     the KPI standards in force: weight, target, direction\n"
        "  kpi set --period-kind K --from YYYY-MM-DD --kpis KPI=WEIGHT:TARGET[:lower],...\n"
        "                     a new version of the standards (weights add up to 100; admin)\n"
        "  scorecard [--period YYYY-MM|YYYY-Qn|YYYY] [--branch CODE] [--rm NAME]\n"
        "                     per RM: each KPI's actual, target, score; total, rank, trend;\n"
        "                     branch averages\n"
        "  evaluation create --rm NAME --period P   the RM's scorecard as an evaluation draft\n"
        "  evaluation rate ID --rating 1-5 --comment TEXT | evaluation signoff ID (then locked)\n"
        "  evaluation show ID | evaluation list [--period P] [--rm NAME] [--status S]\n"
        "  spotcheck sample --period P --size N [--seed S]   N interactions and N complaints\n"
        "  spotcheck show ID | spotcheck list\n"
        "  spotcheck finding ID --item N --result ok|issue [--note TEXT]\n"
        "  measure add --title T --owner NAME --due DATE [--description TEXT]\n"
        "              [--source spot_check|complaint|evaluation|other] [--source-id N]\n"
        "  measure start ID | measure done ID --note TEXT | measure show ID\n"
        "  measure list [--open] [--overdue]\n"
        "  report retention|assessment [--from YYYY-MM] [--to YYYY-MM] [--branch CODE] "
        "[--rm NAME]\n"
        "         [--segment mass|affluent|private] --out FILE.pdf|FILE.png|FILE.csv\n"
        "                     a dashboard as a PDF report, a picture or its numbers (default:\n"
        "                     the 12 months up to the last complete one). Assessment: the\n"
        "                     scorecards of the month --to, or of the quarter or year that\n"
        "                     --from ... --to make up; the trends from --from. --segment:\n"
        "                     retention only\n"
        "  import customers FILE.csv [--dry-run] [--all-or-nothing] [--report FILE.csv]\n"
        "                   [--encoding utf-8|gb18030] [--duplicates skip|update]\n"
        "                     imports the valid rows and lists every rejected row (line,\n"
        "                     reason) in the report; --all-or-nothing: nothing unless all\n"
        "                     are valid; rows whose ID number is on file are skipped or\n"
        "                     update that customer\n"
        "  import holdings FILE.csv [--dry-run] [--all-or-nothing] [--report FILE.csv]\n"
        "                     month-end balances: customer_id (or id_number), product_code,\n"
        "                     month (YYYY-MM), balance (yuan; 0 when sold out); a month on\n"
        "                     file is corrected; AUM and tier follow the latest month\n"
        "  import products FILE.csv [--dry-run] [--all-or-nothing] [--report FILE.csv]\n"
        "                     the catalogue: code, name, type, risk_level (R1-R5); admin\n"
        "  rules list [--on YYYY-MM-DD]   the rules in force on a day (default: today)\n"
        "  rules history NAME             every version of a rule set, with who and why\n"
        "  rules set NAME KEY=VALUE... --from YYYY-MM-DD --reason TEXT\n"
        "                     a new version of a rule set from that day (admin); limits a\n"
        "                     regulation sets can be tightened, not loosened; the complaint\n"
        "                     lists only grow (KEY=VALUE adds an entry)\n"
        "  export customers --out FILE.csv|FILE.xlsx [--unmask --reason TEXT]\n"
        "                     the customers you may see, masked unless --unmask (needs the\n"
        "                     permission; the reason is audited)\n"
        "\n"
        "Global options:\n"
        "  --db FILE          the database (NAME.rmdb); its keyring is FILE.keyring\n"
        "  --user NAME        the user to act as\n"
        "  --password-stdin   read passwords from standard input, one per line (yours "
        "first)\n"
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
    m_err << "rmdesk-cli: " << QString(message).replace(QLatin1Char('\n'), QLatin1Char(' '))
          << Qt::endl;
    return code;
}

int Cli::failWith(const StoreError& error)
{
    return fail(exitFor(error.kind), error.message);
}

int Cli::usageError(const QString& message)
{
    return fail(ExitUsage, message + QLatin1Char(' ') + tr("Run 'rmdesk-cli --help' for usage."));
}

void Cli::printJson(const QJsonValue& value)
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Compact)) << Qt::endl;
}

int Cli::printResult(const QJsonValue& json, const QString& text)
{
    if (m_opts.json)
        printJson(json);
    else
        printText(text);
    return ExitOk;
}

void Cli::printText(const QString& text)
{
    m_out << text;
    if (!text.endsWith(QLatin1Char('\n')))
        m_out << '\n';
    m_out.flush();
}

bool Cli::readSecret(const QString& prompt, SecretBytes* secret, int* code)
{
    SecretInput input(m_opts.passwordStdin, m_secretsIn);
    QString why;
    if (!input.read(prompt, secret, &why)) {
        *code = fail(ExitUsage, why);
        return false;
    }
    return true;
}

bool Cli::needDb(int* code)
{
    if (m_opts.db.isEmpty()) {
        *code = usageError(tr("No database given: add --db FILE."));
        return false;
    }
    return true;
}

std::unique_ptr<Vault> Cli::signIn(int* code, bool allowPendingChange)
{
    if (!needDb(code))
        return nullptr;
    if (m_opts.user.isEmpty()) {
        *code = usageError(tr("No user given: add --user NAME."));
        return nullptr;
    }
    // A missing or foreign file is reported before a password is asked for.
    if (!QFileInfo(m_opts.db).isFile()) {
        *code = fail(ExitUnreadable,
                     tr("The database file %1 does not exist. Check the path, or create one with "
                        "'rmdesk-cli init'.")
                         .arg(m_opts.db));
        return nullptr;
    }
    SecretBytes password;
    if (!readSecret(tr("Password for %1: ").arg(m_opts.user), &password, code))
        return nullptr;
    StoreError error;
    std::unique_ptr<Vault> vault = Vault::login(m_opts.db, m_opts.user, password, &error);
    if (!vault) {
        *code = failWith(error);
        return nullptr;
    }
    if (vault->mustChangePassword() && !allowPendingChange) {
        vault->logout();
        *code = fail(ExitAuth, tr("An administrator reset your password: choose your own first "
                                  "with 'rmdesk-cli --db %1 --user %2 user passwd %2'.")
                                   .arg(m_opts.db, m_opts.user));
        return nullptr;
    }
    return vault;
}

std::optional<KdfProfile> Cli::kdfOption(const CommandArgs& args, int* code)
{
    if (!args.values.contains(QStringLiteral("--kdf")))
        return KdfProfile::Moderate;
    const auto profile = kdfProfileFromName(args.value(QStringLiteral("--kdf")));
    if (!profile)
        *code = usageError(tr("Unknown --kdf profile %1; use interactive, moderate or sensitive.")
                               .arg(args.value(QStringLiteral("--kdf"))));
    return profile;
}

int Cli::run(const QStringList& args)
{
    QString error;
    const bool parsed = parseGlobal(args, &m_opts, &error);
    // Messages follow --lang when it was given, even when parsing failed later on the line.
    if (!m_opts.lang.isEmpty()) {
        const QString lang = chooseLanguage(m_opts.lang);
        if (lang.isEmpty())
            return fail(ExitUsage, tr("Unknown language %1; use zh_CN or en.").arg(m_opts.lang));
        installTranslations(*QCoreApplication::instance(), lang);
    }
    if (!parsed)
        return usageError(error);
    if (m_opts.help) {
        m_out << usage();
        m_out.flush();
        return ExitOk;
    }
    if (m_opts.version) {
        if (m_opts.json)
            printJson(QJsonObject{{QStringLiteral("name"), QStringLiteral("rmdesk-cli")},
                                  {QStringLiteral("version"), QStringLiteral(RMDESK_VERSION)}});
        else
            m_out << "rmdesk-cli " << RMDESK_VERSION << Qt::endl;
        return ExitOk;
    }
    if (m_opts.command.isEmpty())
        return fail(ExitUsage, tr("No command given. Run 'rmdesk-cli --help' for usage."));
    const int code = dispatch();
    if (m_vault)
        m_vault->logout();
    m_vault.reset();
    m_out.flush();
    return code;
}

int Cli::dispatch()
{
    using Command = int (Cli::*)(const QStringList&);
    static const QList<QPair<QLatin1String, Command>> commands = {
        {QLatin1String("init"), &Cli::cmdInit},
        {QLatin1String("user"), &Cli::cmdUser},
        {QLatin1String("rekey"), &Cli::cmdRekey},
        {QLatin1String("backup"), &Cli::cmdBackup},
        {QLatin1String("check"), &Cli::cmdCheck},
        {QLatin1String("audit"), &Cli::cmdAudit},
        {QLatin1String("recover"), &Cli::cmdRecover},
        {QLatin1String("customer"), &Cli::cmdLifecycle}, // passes other subcommands on
        {QLatin1String("customer"), &Cli::cmdCustomer},
        {QLatin1String("demo"), &Cli::cmdDemo},
        {QLatin1String("search"), &Cli::cmdSearch},
        {QLatin1String("complaint"), &Cli::cmdComplaint},
        {QLatin1String("interaction"), &Cli::cmdService},
        {QLatin1String("task"), &Cli::cmdService},
        {QLatin1String("service"), &Cli::cmdService},
        {QLatin1String("survey"), &Cli::cmdSurvey},
        {QLatin1String("stage"), &Cli::cmdStage},
        {QLatin1String("retention"), &Cli::cmdStage},
        {QLatin1String("kpi"), &Cli::cmdAssessment},
        {QLatin1String("scorecard"), &Cli::cmdAssessment},
        {QLatin1String("evaluation"), &Cli::cmdAssessment},
        {QLatin1String("spotcheck"), &Cli::cmdAssessment},
        {QLatin1String("measure"), &Cli::cmdAssessment},
        {QLatin1String("import"), &Cli::cmdImport},
        {QLatin1String("export"), &Cli::cmdExport},
        {QLatin1String("report"), &Cli::cmdReport},
        {QLatin1String("rules"), &Cli::cmdRules},
    };
    for (const auto& [name, command] : commands)
        if (m_opts.command == name)
            return (this->*command)(m_opts.arguments);
    return fail(
        ExitUsage,
        tr("Unknown command '%1'. Run 'rmdesk-cli --help' for the commands.").arg(m_opts.command));
}

} // namespace rmdesk
