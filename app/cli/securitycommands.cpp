// rmdesk-cli's storage and security commands: init, user, rekey, backup, check, audit, recover.
#include "cli.h"

#include "exitcode.h"
#include "stores/audittrail.h"

#include <QDate>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rmdesk {

namespace {

QString secretText(const SecretBytes& s)
{
    return QString::fromLatin1(reinterpret_cast<const char*>(s.data()), qsizetype(s.size()));
}

QJsonObject userJson(const UserRecord& u)
{
    return {{QStringLiteral("id"), u.id},
            {QStringLiteral("name"), u.name},
            {QStringLiteral("full_name"), u.fullName},
            {QStringLiteral("role"), roleName(u.role)},
            {QStringLiteral("branch"), u.branch},
            {QStringLiteral("active"), u.active},
            {QStringLiteral("must_change_password"), u.mustChangePassword},
            {QStringLiteral("created_at"), u.createdAt}};
}

} // namespace

int Cli::cmdInit(const QStringList& args)
{
    CommandArgs a;
    QString error;
    if (!parseArgs(args, {QStringLiteral("--admin"), QStringLiteral("--kdf")}, {}, &a, &error))
        return usageError(error);
    if (!a.positional.isEmpty())
        return usageError(tr("init takes no arguments besides its options."));
    int code = ExitOk;
    if (!needDb(&code))
        return code;
    const QString admin = a.value(QStringLiteral("--admin"));
    if (admin.isEmpty())
        return usageError(tr("Name the first administrator with --admin NAME."));
    const auto profile = kdfOption(a, &code);
    if (!profile)
        return code;
    if (QFileInfo::exists(m_opts.db))
        return fail(
            ExitNo,
            tr("%1 already exists. Choose another name, or open it instead.").arg(m_opts.db));
    SecretBytes password;
    if (!readSecret(tr("New password for %1: ").arg(admin), &password, &code))
        return code;
    SecretBytes recovery;
    StoreError e;
    m_vault = Vault::create(m_opts.db, admin, password, *profile, &recovery, &e);
    if (!m_vault)
        return failWith(e);
    if (m_opts.json) {
        printJson(QJsonObject{{QStringLiteral("database"), m_opts.db},
                              {QStringLiteral("keyring"), Keyring::pathFor(m_opts.db)},
                              {QStringLiteral("admin"), admin},
                              {QStringLiteral("kdf"), kdfProfileName(*profile)},
                              {QStringLiteral("recovery_key"), secretText(recovery)}});
    } else {
        printText(tr("Created %1 and its keyring %2.\n\n"
                     "Recovery key (shown only now; store it offline, apart from the "
                     "database):\n\n    %3\n\n"
                     "With it an administrator's password can be reset when every administrator "
                     "has forgotten theirs.")
                      .arg(m_opts.db, Keyring::pathFor(m_opts.db), secretText(recovery)));
    }
    return ExitOk;
}

int Cli::cmdUser(const QStringList& args)
{
    if (args.isEmpty())
        return usageError(tr("user needs a subcommand: add, list, passwd, disable or enable."));
    const QString sub = args.first();
    CommandArgs a;
    QString error;
    if (!parseArgs(args.mid(1),
                   {QStringLiteral("--role"), QStringLiteral("--branch"),
                    QStringLiteral("--full-name"), QStringLiteral("--kdf")},
                   {}, &a, &error))
        return usageError(error);
    int code = ExitOk;
    const auto profile = kdfOption(a, &code);
    if (!profile)
        return code;

    if (sub == QLatin1String("list")) {
        if (!a.positional.isEmpty())
            return usageError(tr("user list takes no arguments."));
        if (!(m_vault = signIn(&code)))
            return code;
        StoreError e;
        const QList<UserRecord> users =
            UserStore(m_vault->database().connection()).list(m_vault->session(), &e);
        if (!e.ok())
            return failWith(e);
        if (m_opts.json) {
            QJsonArray results;
            for (const UserRecord& u : users)
                results.append(userJson(u));
            printJson(QJsonObject{{QStringLiteral("total"), int(users.size())},
                                  {QStringLiteral("results"), results}});
        } else {
            for (const UserRecord& u : users)
                m_out << u.name << '\t' << roleName(u.role) << '\t'
                      << (u.branch.isEmpty() ? QStringLiteral("-") : u.branch) << '\t'
                      << (u.active ? tr("active") : tr("disabled"))
                      << (u.mustChangePassword ? QLatin1String("\t") + tr("must change password")
                                               : QString())
                      << '\n';
            m_out.flush();
        }
        return ExitOk;
    }

    if (a.positional.size() != 1)
        return usageError(tr("user %1 needs exactly one user name.").arg(sub));
    const QString name = a.positional.first();
    const bool self = name == m_opts.user;
    if (sub == QLatin1String("add")) {
        const auto role = roleFromName(a.value(QStringLiteral("--role")));
        if (!role)
            return usageError(tr("Give the role with --role rm|supervisor|compliance|admin."));
        if (!(m_vault = signIn(&code)))
            return code;
        SecretBytes password;
        if (!readSecret(tr("Password for the new user %1: ").arg(name), &password, &code))
            return code;
        StoreError e;
        const NewUser user{name, a.value(QStringLiteral("--full-name")), *role,
                           a.value(QStringLiteral("--branch"))};
        if (!m_vault->addUser(user, password, *profile, &e))
            return failWith(e);
        if (m_opts.json)
            printJson(QJsonObject{{QStringLiteral("name"), name},
                                  {QStringLiteral("role"), roleName(*role)},
                                  {QStringLiteral("branch"), user.branch}});
        else
            printText(tr("Added %1 (%2).").arg(name, roleName(*role)));
        return ExitOk;
    }
    if (sub == QLatin1String("passwd")) {
        if (!(m_vault = signIn(&code, self)))
            return code;
        SecretBytes password;
        if (!readSecret(tr("New password for %1: ").arg(name), &password, &code))
            return code;
        StoreError e;
        if (!m_vault->resetPassword(name, password, *profile, &e))
            return failWith(e);
        if (m_opts.json)
            printJson(QJsonObject{{QStringLiteral("name"), name},
                                  {QStringLiteral("must_change_password"), !self}});
        else
            printText(self ? tr("Your password was changed.")
                           : tr("%1 has a new password and must choose their own at the next "
                                "sign-in.")
                                 .arg(name));
        return ExitOk;
    }
    if (sub == QLatin1String("disable") || sub == QLatin1String("enable")) {
        const bool enable = sub == QLatin1String("enable");
        if (!(m_vault = signIn(&code)))
            return code;
        StoreError e;
        bool ok = false;
        if (enable) {
            SecretBytes password;
            if (!readSecret(tr("New password for %1: ").arg(name), &password, &code))
                return code;
            ok = m_vault->enableUser(name, password, *profile, &e);
        } else {
            ok = m_vault->disableUser(name, &e);
        }
        if (!ok)
            return failWith(e);
        if (m_opts.json)
            printJson(
                QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("active"), enable}});
        else
            printText(enable ? tr("%1 is enabled and must choose a new password at the next "
                                  "sign-in.")
                                   .arg(name)
                             : tr("%1 is disabled; their key slot was removed. Run 'rekey' so "
                                  "that old copies of the keyring stop opening the database.")
                                   .arg(name));
        return ExitOk;
    }
    return usageError(tr("Unknown user subcommand '%1'.").arg(sub));
}

int Cli::cmdRekey(const QStringList& args)
{
    CommandArgs a;
    QString error;
    if (!parseArgs(args, {}, {}, &a, &error) || !a.positional.isEmpty())
        return usageError(error.isEmpty() ? tr("rekey takes no arguments.") : error);
    int code = ExitOk;
    if (!(m_vault = signIn(&code)))
        return code;
    StoreError e;
    if (!m_vault->rekey(&e))
        return failWith(e);
    if (m_opts.json)
        printJson(QJsonObject{{QStringLiteral("rekeyed"), true}});
    else
        printText(tr("The database has a new key; every active user's slot was resealed."));
    return ExitOk;
}

int Cli::cmdBackup(const QStringList& args)
{
    CommandArgs a;
    QString error;
    if (!parseArgs(args, {QStringLiteral("--out")}, {}, &a, &error) || !a.positional.isEmpty())
        return usageError(error.isEmpty() ? tr("backup takes only --out FILE.") : error);
    const QString out = a.value(QStringLiteral("--out"));
    if (out.isEmpty())
        return usageError(tr("Say where the backup goes with --out FILE."));
    int code = ExitOk;
    if (!(m_vault = signIn(&code)))
        return code;
    StoreError e;
    if (!m_vault->backup(out, &e))
        return failWith(e);
    if (m_opts.json)
        printJson(QJsonObject{{QStringLiteral("database"), out},
                              {QStringLiteral("keyring"), Keyring::pathFor(out)}});
    else
        printText(tr("Backed up to %1 and %2.").arg(out, Keyring::pathFor(out)));
    return ExitOk;
}

int Cli::cmdCheck(const QStringList& args)
{
    CommandArgs a;
    QString error;
    if (!parseArgs(args, {}, {}, &a, &error) || !a.positional.isEmpty())
        return usageError(error.isEmpty() ? tr("check takes no arguments.") : error);
    int code = ExitOk;
    if (!needDb(&code))
        return code;
    if (m_opts.user.isEmpty())
        return usageError(tr("No user given: add --user NAME."));
    if (!QFileInfo(m_opts.db).isFile())
        return fail(ExitUnreadable, tr("The database file %1 does not exist.").arg(m_opts.db));
    SecretBytes password;
    if (!readSecret(tr("Password for %1: ").arg(m_opts.user), &password, &code))
        return code;
    StoreError e;
    CheckReport report;
    m_vault = Vault::login(m_opts.db, m_opts.user, password, &e);
    if (m_vault) {
        report = m_vault->check(&e);
        if (!e.ok())
            return failWith(e);
    } else if (e.kind == StoreError::Damaged) {
        // Too damaged to sign in to: still say which pages are bad.
        StoreError pagesError;
        report = Vault::checkDamaged(m_opts.db, m_opts.user, password, &pagesError);
        if (report.problems.isEmpty())
            return failWith(e);
        report.problems.prepend(e.message);
    } else {
        return failWith(e);
    }
    if (m_opts.json) {
        printJson(
            QJsonObject{{QStringLiteral("healthy"), report.healthy()},
                        {QStringLiteral("problems"), QJsonArray::fromStringList(report.problems)},
                        {QStringLiteral("audit_rows"), report.auditRows}});
    } else if (report.healthy()) {
        printText(tr("%1 is healthy: pages, structure, key slots and %2 audit rows check out.")
                      .arg(m_opts.db)
                      .arg(report.auditRows));
    }
    if (report.healthy())
        return ExitOk;
    for (const QString& p : report.problems)
        m_err << "rmdesk-cli: " << p << Qt::endl;
    return ExitNo;
}

int Cli::cmdAudit(const QStringList& args)
{
    if (args.isEmpty())
        return usageError(tr("audit needs a subcommand: verify, anchor or list."));
    const QString sub = args.first();
    // After "audit list", --user filters by user (CLI.md); the acting user comes before the
    // command.
    QStringList rest = args.mid(1);
    if (sub == QLatin1String("list")) {
        for (QString& arg : rest) {
            if (arg == QLatin1String("--user"))
                arg = QStringLiteral("--user-filter");
            else if (arg.startsWith(QLatin1String("--user=")))
                arg.replace(0, 6, QStringLiteral("--user-filter"));
        }
    }
    CommandArgs a;
    QString error;
    if (!parseArgs(rest,
                   {QStringLiteral("--since"), QStringLiteral("--user-filter"),
                    QStringLiteral("--action"), QStringLiteral("--limit"),
                    QStringLiteral("--anchor")},
                   {}, &a, &error))
        return usageError(error);
    if (!a.positional.isEmpty())
        return usageError(tr("audit %1 takes no arguments.").arg(sub));
    if (sub != QLatin1String("verify") && sub != QLatin1String("list") &&
        sub != QLatin1String("anchor"))
        return usageError(tr("Unknown audit subcommand '%1'.").arg(sub));
    // Kept anchors, comma-separated: each row must still be there with that hash.
    QList<AuditAnchor> kept;
    if (a.values.contains(QStringLiteral("--anchor"))) {
        if (sub != QLatin1String("verify"))
            return usageError(tr("--anchor goes with audit verify."));
        for (const QString& text : a.value(QStringLiteral("--anchor")).split(QLatin1Char(','))) {
            const auto anchor = AuditAnchor::parse(text);
            if (!anchor)
                return usageError(tr("--anchor needs a row number and its hash, like "
                                     "1234:9f86d0…, as audit anchor printed them."));
            kept << *anchor;
        }
    }

    AuditFilter filter;
    if (sub == QLatin1String("list")) {
        const QString since = a.value(QStringLiteral("--since"));
        if (!since.isEmpty()) {
            const QDate d = QDate::fromString(since, Qt::ISODate);
            filter.since =
                d.isValid() ? d.startOfDay(Qt::UTC) : QDateTime::fromString(since, Qt::ISODate);
            if (!filter.since.isValid())
                return usageError(tr("--since needs a date like 2026-01-31."));
        }
        filter.userName = a.value(QStringLiteral("--user-filter"));
        filter.action = a.value(QStringLiteral("--action"));
        if (a.values.contains(QStringLiteral("--limit"))) {
            bool ok = false;
            filter.limit = a.value(QStringLiteral("--limit")).toInt(&ok);
            if (!ok || filter.limit <= 0)
                return usageError(tr("--limit needs a positive number."));
        }
    }
    int code = ExitOk;
    if (!(m_vault = signIn(&code)))
        return code;
    const Action needed = sub == QLatin1String("list") ? Action::AuditRead : Action::AuditVerify;
    if (!Permissions::allows(m_vault->session(), needed))
        return fail(ExitForbidden, Permissions::refusal(m_vault->session(), needed));
    QSqlDatabase db = m_vault->database().connection();

    if (sub == QLatin1String("anchor")) {
        QString why;
        const auto head = AuditTrail::head(db, &why);
        if (!head)
            return fail(ExitNo, why);
        if (m_opts.json)
            printJson(QJsonObject{{QStringLiteral("id"), head->id},
                                  {QStringLiteral("hash"), head->hash},
                                  {QStringLiteral("at"), head->at},
                                  {QStringLiteral("anchor"), head->text()}});
        else
            printText(head->id > 0 ? head->text() + QLatin1Char('\t') + head->at
                                   : tr("The audit trail has no rows yet."));
        return ExitOk;
    }
    if (sub == QLatin1String("verify")) {
        const AuditVerification v = AuditTrail::verify(db, kept);
        if (m_opts.json)
            printJson(QJsonObject{{QStringLiteral("ok"), v.ok},
                                  {QStringLiteral("rows"), v.rowsChecked},
                                  {QStringLiteral("first_broken_id"), v.firstBrokenId},
                                  {QStringLiteral("problem"), v.problem}});
        else if (v.ok)
            printText(
                tr("The audit trail is intact: %n row(s) checked.", nullptr, int(v.rowsChecked)) +
                (kept.isEmpty() ? QString()
                                : QLatin1Char(' ') + tr("The kept anchors match: %n row(s).",
                                                        nullptr, int(kept.size()))));
        if (!v.ok)
            return fail(ExitNo, v.problem);
        return ExitOk;
    }

    QString why;
    const QList<AuditRow> rows = AuditTrail::list(db, filter, &why);
    if (!why.isEmpty())
        return fail(ExitNo, why);
    if (m_opts.json) {
        QJsonArray results;
        for (const AuditRow& r : rows)
            results.append(QJsonObject{
                {QStringLiteral("id"), r.id},
                {QStringLiteral("at"), r.at},
                {QStringLiteral("user"), r.userName},
                {QStringLiteral("role"), r.role},
                {QStringLiteral("action"), r.action},
                {QStringLiteral("entity"), r.entity},
                {QStringLiteral("entity_id"), r.entityId},
                {QStringLiteral("details"), QJsonDocument::fromJson(r.details.toUtf8()).object()},
                {QStringLiteral("reason"), r.reason},
                {QStringLiteral("hash"), r.hash}});
        printJson(QJsonObject{{QStringLiteral("total"), int(rows.size())},
                              {QStringLiteral("results"), results}});
    } else {
        for (const AuditRow& r : rows)
            m_out << r.id << '\t' << r.at << '\t' << r.userName << '\t' << r.action << '\t'
                  << r.entity << '\t' << r.entityId << '\t' << r.details
                  << (r.reason.isEmpty() ? QString() : QLatin1String("\t") + r.reason) << '\n';
        m_out.flush();
    }
    return ExitOk;
}

int Cli::cmdRecover(const QStringList& args)
{
    CommandArgs a;
    QString error;
    if (!parseArgs(args, {QStringLiteral("--kdf")}, {}, &a, &error))
        return usageError(error);
    if (a.positional.size() != 1)
        return usageError(tr("recover needs the name of the administrator to give a new "
                             "password."));
    int code = ExitOk;
    const auto profile = kdfOption(a, &code);
    if (!profile || !needDb(&code))
        return code;
    SecretBytes recoveryKey;
    if (!readSecret(tr("Recovery key: "), &recoveryKey, &code))
        return code;
    StoreError e;
    m_vault = Vault::recover(m_opts.db, recoveryKey, &e);
    if (!m_vault)
        return failWith(e);
    const QString name = a.positional.first();
    const auto user = UserStore(m_vault->database().connection()).find(name, &e);
    if (!user)
        return failWith(e);
    if (user->role != Role::Admin)
        return fail(ExitNo, tr("The recovery key resets administrators only; %1 is not one. Ask "
                               "an administrator to reset their password.")
                                .arg(name));
    SecretBytes password;
    if (!readSecret(tr("New password for %1: ").arg(name), &password, &code))
        return code;
    if (!user->active && !m_vault->enableUser(name, password, *profile, &e))
        return failWith(e);
    if (user->active && !m_vault->resetPassword(name, password, *profile, &e, false))
        return failWith(e);
    if (m_opts.json)
        printJson(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("recovered"), true}});
    else
        printText(tr("%1 has a new password.").arg(name));
    return ExitOk;
}

} // namespace rmdesk
