// The test runner's main() and its global fixture: one application object per test executable,
// and a message handler that turns any Qt warning or error into a test failure.
#define BOOST_TEST_MODULE rmdesk
#include <boost/test/unit_test.hpp>

#include "storage/keycrypto.h"
#include "storage/secretbytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#ifdef RMDESK_TEST_GUI
#include <QApplication>
using TestApplication = QApplication;
#else
using TestApplication = QCoreApplication;
#endif

namespace {

QtMessageHandler previousHandler = nullptr;

void failOnWarning(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (previousHandler)
        previousHandler(type, context, message);
    if (type == QtDebugMsg || type == QtInfoMsg)
        return;
    // The offscreen platform's own notice, not a problem of the code under test.
    if (message == QLatin1String("This plugin does not support propagateSizeHints()"))
        return;
    if (boost::unit_test::framework::test_in_progress())
        BOOST_ERROR("Qt logged: " << message.toStdString());
}

struct ApplicationFixture
{
    ApplicationFixture()
    {
        static int argc = 1;
        static char name[] = "rmdesk-test";
        static char* argv[] = {name, nullptr};
        app = new TestApplication(argc, argv);
        rmdesk::initCrypto();
        // Nine tenths of the suites' time was Argon2id for the slots they make. The presets
        // themselves are tested in security_core (keycrypto) and through rmdesk-cli.
        rmdesk::setLeastKdfCostForTests(true);
        previousHandler = qInstallMessageHandler(failOnWarning);
    }
    ~ApplicationFixture()
    {
        qInstallMessageHandler(previousHandler);
        delete app;
    }
    TestApplication* app = nullptr;
};

} // namespace

BOOST_TEST_GLOBAL_FIXTURE(ApplicationFixture);
