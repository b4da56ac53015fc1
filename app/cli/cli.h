#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace rmdesk {

// Global options of rmdesk-cli, parsed before the command word.
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

// rmdesk-cli as a callable object: tests run it in-process with their own streams; main() wires
// it to the real ones.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    Cli(QTextStream& out, QTextStream& err, QTextStream& in);
    // args excludes the program name. Returns the process exit code.
    int run(const QStringList& args);

    // Parses the global options; returns false (with *error) on a usage error.
    static bool parseGlobal(const QStringList& args, CliOptions* options, QString* error);
    static QString usage();

private:
    int fail(int code, const QString& message);
    void printVersion(bool json);

    QTextStream& m_out;
    QTextStream& m_err;
    QTextStream& m_in;
};

} // namespace rmdesk
