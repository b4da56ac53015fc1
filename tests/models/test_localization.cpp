// Language choice and the embedded translations.
#include "common/testsupport.h"
#include "localization.h"

#include <QCoreApplication>
#include <QFile>

using namespace rmdesk;

BOOST_AUTO_TEST_SUITE(localization)

BOOST_AUTO_TEST_CASE(requested_language_wins_and_unknown_is_refused)
{
    BOOST_TEST(chooseLanguage(QStringLiteral("zh_CN")) == QStringLiteral("zh_CN"));
    BOOST_TEST(chooseLanguage(QStringLiteral("en")) == QStringLiteral("en"));
    BOOST_TEST(chooseLanguage(QStringLiteral("fr")).isEmpty());
    // The tests run with LC_ALL=C.UTF-8: the system language is not Chinese, so English.
    BOOST_TEST(chooseLanguage(QString()) == QStringLiteral("en"));
}

BOOST_AUTO_TEST_CASE(translations_are_embedded_not_on_disk)
{
    for (const QString& lang : supportedLanguages())
        BOOST_TEST(QFile::exists(QStringLiteral(":/i18n/rmdesk_%1.qm").arg(lang)));
    BOOST_TEST(
        !QFile::exists(QStringLiteral(RMDESK_TEST_DATA "/../../translations/rmdesk_zh_CN.qm")));
}

BOOST_AUTO_TEST_SUITE_END()
