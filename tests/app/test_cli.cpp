// rmdesk-cli and rmdesk as built binaries: help, version, usage errors and their exit codes.
#include "common/testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run run(const QString& program, const QStringList& args,
        const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    BOOST_REQUIRE_MESSAGE(p.waitForFinished(30000), "did not finish: " << program);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

Run cli(const QStringList& args)
{
    return run(QStringLiteral(RMDESK_CLI_PATH), args);
}

} // namespace

BOOST_AUTO_TEST_SUITE(cli_binaries)

BOOST_AUTO_TEST_CASE(help_and_version)
{
    const Run help = cli({QStringLiteral("--help")});
    BOOST_TEST(help.code == 0);
    BOOST_TEST(help.out.contains(QStringLiteral("Usage: rmdesk-cli")));
    BOOST_TEST(help.out.contains(QStringLiteral("--password-stdin")));
    BOOST_TEST(help.err.isEmpty());

    const Run version = cli({QStringLiteral("--version")});
    BOOST_TEST(version.code == 0);
    BOOST_TEST(version.out.trimmed() == QStringLiteral("rmdesk-cli " RMDESK_VERSION_STRING));

    const Run json = cli({QStringLiteral("--json"), QStringLiteral("--version")});
    BOOST_TEST(json.code == 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.out.toUtf8(), &error);
    BOOST_TEST(error.error == QJsonParseError::NoError);
    BOOST_TEST(doc.object().value(QStringLiteral("version")).toString() ==
               QStringLiteral(RMDESK_VERSION_STRING));
}

BOOST_AUTO_TEST_CASE(usage_errors_exit_2_with_one_line)
{
    for (const QStringList& args :
         {QStringList{}, QStringList{QStringLiteral("frobnicate")},
          QStringList{QStringLiteral("--bogus")}, QStringList{QStringLiteral("--db")},
          QStringList{QStringLiteral("--json=yes"), QStringLiteral("x")},
          QStringList{QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("x")}}) {
        BOOST_TEST_CONTEXT("args: " << args)
        {
            const Run r = cli(args);
            BOOST_TEST(r.code == 2);
            BOOST_TEST(r.out.isEmpty());
            BOOST_TEST(r.err.startsWith(QStringLiteral("rmdesk-cli: ")));
            BOOST_TEST(r.err.trimmed().count(QLatin1Char('\n')) == 0);
        }
    }
}

BOOST_AUTO_TEST_CASE(messages_follow_lang)
{
    const Run zh =
        cli({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("frobnicate")});
    BOOST_TEST(zh.code == 2);
    BOOST_TEST(zh.err.contains(QStringLiteral("未知命令")));
    const Run en = cli({QStringLiteral("--lang=en"), QStringLiteral("frobnicate")});
    BOOST_TEST(en.err.contains(QStringLiteral("Unknown command 'frobnicate'")));
}

BOOST_AUTO_TEST_CASE(gui_binary_answers_version_and_explains_missing_display)
{
    QProcessEnvironment offscreen = QProcessEnvironment::systemEnvironment();
    offscreen.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const Run version =
        run(QStringLiteral(RMDESK_GUI_PATH), {QStringLiteral("--version")}, offscreen);
    BOOST_TEST(version.code == 0);
    BOOST_TEST(version.out.contains(QStringLiteral(RMDESK_VERSION_STRING)));

    QProcessEnvironment headless = QProcessEnvironment::systemEnvironment();
    for (const char* var : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        headless.remove(QLatin1String(var));
    const Run none = run(QStringLiteral(RMDESK_GUI_PATH), {}, headless);
    BOOST_TEST(none.code == 1);
    BOOST_TEST(none.err.contains(QStringLiteral("xvfb-run")));
}

BOOST_AUTO_TEST_SUITE_END()
