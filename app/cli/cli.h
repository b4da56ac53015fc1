#pragma once

#include "domain/customerfields.h"
#include "secretinput.h"
#include "security/vault.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace rmdesk {

struct ChangeCheck;

// Global options of rmdesk-cli. They may come before the command word or among its options.
struct CliOptions
{
    QString db;
    QString user;
    QString lang;
    bool passwordStdin = false;
    bool json = false;
    bool help = false;
    bool version = false;
    QString command;
    QStringList arguments; // everything after the command word
};

// A command's own options after parsing.
struct CommandArgs
{
    QStringList positional;
    QHash<QString, QString> values;
    QStringList flags;
    bool has(const QString& flag) const { return flags.contains(flag); }
    QString value(const QString& option) const { return values.value(option); }
};

// rmdesk-cli as an object: main() wires it to the process's streams.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    Cli(QTextStream& out, QTextStream& err, std::FILE* secretsIn = stdin);
    ~Cli();
    // args excludes the program name. Returns the process exit code.
    int run(const QStringList& args);

    static bool parseGlobal(const QStringList& args, CliOptions* options, QString* error);
    static QString usage();

private:
    // Parses a command's arguments; global options are accepted among them too.
    bool parseArgs(const QStringList& args, const QStringList& valueOptions,
                   const QStringList& flagOptions, CommandArgs* out, QString* error);
    int fail(int code, const QString& message);
    int failWith(const StoreError& error);
    int usageError(const QString& message);
    void printJson(const QJsonValue& value);
    void printText(const QString& text);
    // The JSON with --json, else the text; returns ExitOk.
    int printResult(const QJsonValue& json, const QString& text);
    bool readSecret(const QString& prompt, SecretBytes* secret, int* code);
    bool needDb(int* code);
    std::unique_ptr<Vault> signIn(int* code, bool allowPendingChange = false);
    std::optional<KdfProfile> kdfOption(const CommandArgs& args, int* code);

    int dispatch();
    int cmdInit(const QStringList& args);
    int cmdUser(const QStringList& args);
    int cmdRekey(const QStringList& args);
    int cmdBackup(const QStringList& args);
    int cmdCheck(const QStringList& args);
    int cmdAudit(const QStringList& args);
    int cmdRecover(const QStringList& args);
    int cmdCustomer(const QStringList& args);
    int cmdLifecycle(const QStringList& args); // duplicates, merges, end, holds, purges
    int cmdDemo(const QStringList& args);
    int cmdSearch(const QStringList& args);
    // complaint open, show, list and every step; complaint cause, action, causes, choices
    int cmdComplaint(const QStringList& args);
    int cmdComplaintRecords(const QStringList& args);
    int cmdService(const QStringList& args);     // interaction, task, service
    int cmdSurvey(const QStringList& args);      // surveycommands.cpp
    int cmdStage(const QStringList& args);       // stagecommands.cpp: stage, retention
    int cmdAssessment(const QStringList& args);  // kpi, scorecard, evaluation, spotcheck, measure
    int cmdImport(const QStringList& args);      // importcommands.cpp: import customers
    int cmdImportHoldings(const CommandArgs& a); // holdingcommands.cpp: holdings, products
    // --encoding and --report of every import; false (with *code) on a usage error.
    bool importFileOptions(const CommandArgs& a, QString* encoding, QString* reportFile, int* code);
    int cmdExport(const QStringList& args);       // exportcommands.cpp: export customers
    int cmdReport(const QStringList& args);       // reportcommands.cpp: report retention|assessment
    int cmdRules(const QStringList& args);        // rulecommands.cpp: rules list, history, set
    int cmdChangeChecks(const QStringList& args); // changecheckcommands.cpp: customer checks|check
    void printCheck(const ChangeCheck& check);
    bool readId(const QStringList& positional, qint64* id, int* code);
    int failWithFields(const StoreError& error, const QList<FieldError>& fieldErrors);

    QTextStream& m_out;
    QTextStream& m_err;
    std::FILE* m_secretsIn;
    CliOptions m_opts;
    std::unique_ptr<Vault> m_vault; // signed in for the current command; logged out at the end
};

} // namespace rmdesk
