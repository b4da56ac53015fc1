// Survey templates as pure domain: the shipped templates, question type names and scales, the
// KEY=VALUE answer lists of the command line, and checking answers against a template.
#include "domain/surveytemplates.h"

#include "common/testsupport.h"

#include <boost/test/unit_test.hpp>

using namespace rmdesk;

namespace {

SurveyTemplate shippedNamed(const char* name)
{
    for (const SurveyTemplate& t : SurveyTemplates::shipped())
        if (t.name == QLatin1String(name))
            return t;
    BOOST_FAIL("no shipped template " << name);
    return {};
}

QStringList keysOf(const SurveyTemplate& t)
{
    QStringList keys;
    for (const SurveyQuestion& q : t.questions)
        keys << q.key + QLatin1Char(':') + SurveyTemplates::typeName(q.type);
    return keys;
}

QStringList errorKeys(const QList<SurveyAnswerError>& errors)
{
    QStringList keys;
    for (const SurveyAnswerError& e : errors)
        keys << e.key;
    return keys;
}

SurveyAnswers answers(std::initializer_list<std::pair<const char*, const char*>> list)
{
    SurveyAnswers a;
    for (const auto& [k, v] : list)
        a.insert(QString::fromLatin1(k), QString::fromUtf8(v));
    return a;
}

} // namespace

BOOST_AUTO_TEST_SUITE(survey_templates)

BOOST_AUTO_TEST_CASE(three_templates_ship_in_both_languages)
{
    const QList<SurveyTemplate> all = SurveyTemplates::shipped();
    BOOST_REQUIRE(all.size() == 3);
    BOOST_TEST(all[0].name == QStringLiteral("post-complaint"));
    BOOST_TEST(all[1].name == QStringLiteral("post-onboarding"));
    BOOST_TEST(all[2].name == QStringLiteral("annual-review"));
    for (const SurveyTemplate& t : all) {
        BOOST_TEST(t.version == 1);
        BOOST_TEST(!t.titleEn.isEmpty());
        BOOST_TEST(!t.titleZh.isEmpty());
        BOOST_TEST(t.title(QStringLiteral("zh_CN")) == t.titleZh);
        BOOST_TEST(t.title(QStringLiteral("en")) == t.titleEn);
        for (const SurveyQuestion& q : t.questions) {
            BOOST_TEST(!q.textEn.isEmpty(), q.key);
            BOOST_TEST(!q.textZh.isEmpty(), q.key);
            BOOST_TEST(q.text(QStringLiteral("zh_CN")) == q.textZh);
            const bool choice = q.type == QuestionType::Single || q.type == QuestionType::Multi;
            BOOST_TEST(choice == !q.options.isEmpty(), q.key);
            for (const SurveyOption& o : q.options)
                BOOST_TEST((!o.code.isEmpty() && !o.textEn.isEmpty() && !o.textZh.isEmpty()));
        }
    }
    // The keys CLI.md promises, with their scales.
    const SurveyTemplate annual = shippedNamed("annual-review");
    BOOST_TEST(keysOf(annual) ==
               (QStringList{"nps:nps", "csat:csat", "ces:ces", "reason:single", "comment:text"}));
    BOOST_TEST((annual.question(QStringLiteral("nps"))->min == 0 &&
                annual.question(QStringLiteral("nps"))->max == 10));
    BOOST_TEST((annual.question(QStringLiteral("csat"))->min == 1 &&
                annual.question(QStringLiteral("csat"))->max == 5));
    BOOST_TEST((annual.question(QStringLiteral("ces"))->min == 1 &&
                annual.question(QStringLiteral("ces"))->max == 7));
    BOOST_TEST(annual.question(QStringLiteral("nosuch")) == nullptr);
    BOOST_TEST(keysOf(shippedNamed("post-complaint")) ==
               (QStringList{"csat:csat", "ces:ces", "nps:nps", "solved:single", "comment:text"}));
    BOOST_TEST(keysOf(shippedNamed("post-onboarding")) ==
               (QStringList{"csat:csat", "ces:ces", "helped:multi", "comment:text"}));
}

BOOST_AUTO_TEST_CASE(type_names_and_scales)
{
    for (const QuestionType t : {QuestionType::Nps, QuestionType::Csat, QuestionType::Ces,
                                 QuestionType::Single, QuestionType::Multi, QuestionType::Text})
        BOOST_TEST((SurveyTemplates::typeFromName(SurveyTemplates::typeName(t)) == t));
    BOOST_TEST(SurveyTemplates::typeName(QuestionType::Multi) == QStringLiteral("multi"));
    BOOST_TEST(!SurveyTemplates::typeFromName(QStringLiteral("NPS")).has_value());
    BOOST_TEST(!SurveyTemplates::typeFromName(QString()).has_value());
    BOOST_TEST((SurveyTemplates::scale(QuestionType::Nps) == QPair<int, int>(0, 10)));
    BOOST_TEST((SurveyTemplates::scale(QuestionType::Csat) == QPair<int, int>(1, 5)));
    BOOST_TEST((SurveyTemplates::scale(QuestionType::Ces) == QPair<int, int>(1, 7)));
    BOOST_TEST((SurveyTemplates::scale(QuestionType::Text) == QPair<int, int>(0, 0)));
}

BOOST_AUTO_TEST_CASE(answer_lists_parse_key_value_pairs)
{
    SurveyAnswers a;
    QString problem;
    BOOST_TEST(SurveyTemplates::parseAnswers(
        QStringLiteral(" nps=9, csat = 4,reason=advice,helped=app;speed,comment="), &a, &problem));
    BOOST_TEST(a.size() == 5);
    BOOST_TEST(a.value(QStringLiteral("nps")) == QStringLiteral("9"));
    BOOST_TEST(a.value(QStringLiteral("csat")) == QStringLiteral("4"));
    BOOST_TEST(a.value(QStringLiteral("helped")) == QStringLiteral("app;speed"));
    BOOST_TEST(a.contains(QStringLiteral("comment")));
    BOOST_TEST(a.value(QStringLiteral("comment")).isEmpty());
    // Nothing at all is an empty list.
    BOOST_TEST(SurveyTemplates::parseAnswers(QStringLiteral("  "), &a, &problem));
    BOOST_TEST(a.isEmpty());
    // Malformed lists are refused and leave the answers alone.
    a.insert(QStringLiteral("kept"), QStringLiteral("1"));
    for (const char* bad : {"nps", "nps=9,", "=9", "nps=9=1", "nps=9,nps=8", "nps=9,,csat=4"}) {
        problem.clear();
        BOOST_TEST(!SurveyTemplates::parseAnswers(QString::fromLatin1(bad), &a, &problem), bad);
        BOOST_TEST(!problem.isEmpty(), bad);
    }
    BOOST_TEST(a.size() == 1);
    BOOST_TEST(SurveyTemplates::parseAnswers(QStringLiteral("nps=9,nps=8"), &a, &problem) == false);
    BOOST_TEST(problem.contains(QStringLiteral("nps")));
}

BOOST_AUTO_TEST_CASE(validate_checks_every_answer_against_the_template)
{
    const SurveyTemplate annual = shippedNamed("annual-review");
    BOOST_TEST(
        SurveyTemplates::validate(annual, answers({{"nps", "0"}, {"csat", "5"}, {"ces", "7"}}))
            .isEmpty());
    BOOST_TEST(SurveyTemplates::validate(annual, answers({{"nps", "10"},
                                                          {"csat", "1"},
                                                          {"ces", "1"},
                                                          {"reason", "fees"},
                                                          {"comment", "经理很耐心，解释清楚"}}))
                   .isEmpty());
    // Missing required answers (an empty answer is no answer), in the template's order.
    BOOST_TEST(errorKeys(SurveyTemplates::validate(annual, answers({{"csat", " "}}))) ==
               (QStringList{"nps", "csat", "ces"}));
    // Out of scale, not whole numbers, unknown choice, unknown key (after the template's own).
    const QList<SurveyAnswerError> errors =
        SurveyTemplates::validate(annual, answers({{"nps", "11"},
                                                   {"csat", "0"},
                                                   {"ces", "3.5"},
                                                   {"reason", "weather"},
                                                   {"zzz", "1"},
                                                   {"aaa", "2"}}));
    BOOST_TEST(errorKeys(errors) == (QStringList{"nps", "csat", "ces", "reason", "aaa", "zzz"}));
    BOOST_TEST(errors[0].message.contains(QStringLiteral("0 to 10")));
    BOOST_TEST(errors[1].message.contains(QStringLiteral("1 to 5")));
    BOOST_TEST(errors[2].message.contains(QStringLiteral("1 to 7")));
    BOOST_TEST(errors[3].message.contains(QStringLiteral("advice")));
    BOOST_TEST(errorKeys(SurveyTemplates::validate(
                   annual, answers({{"nps", "-1"}, {"csat", "6"}, {"ces", "8"}}))) ==
               (QStringList{"nps", "csat", "ces"}));

    // Multiple choice: known codes joined by ';', each once.
    const SurveyTemplate onboarding = shippedNamed("post-onboarding");
    BOOST_TEST(
        SurveyTemplates::validate(
            onboarding, answers({{"csat", "4"}, {"ces", "2"}, {"helped", "app; speed;other"}}))
            .isEmpty());
    for (const char* bad : {"app;app", "app;;speed", "app,speed", "rocket"})
        BOOST_TEST(errorKeys(SurveyTemplates::validate(
                       onboarding, answers({{"csat", "4"}, {"ces", "2"}, {"helped", bad}}))) ==
                       QStringList{QStringLiteral("helped")},
                   bad);

    // Free text: at most MaximumTextLength characters, and no ID or card numbers.
    const SurveyTemplate complaint = shippedNamed("post-complaint");
    SurveyAnswers a = answers({{"csat", "2"}, {"ces", "6"}, {"nps", "3"}, {"solved", "partly"}});
    a.insert(QStringLiteral("comment"), QString(SurveyTemplates::MaximumTextLength, QChar(0x597D)));
    BOOST_TEST(SurveyTemplates::validate(complaint, a).isEmpty());
    a.insert(QStringLiteral("comment"),
             QString(SurveyTemplates::MaximumTextLength + 1, QChar(0x597D)));
    BOOST_TEST(errorKeys(SurveyTemplates::validate(complaint, a)) ==
               QStringList{QStringLiteral("comment")});
    a.insert(QStringLiteral("comment"), QStringLiteral("我的卡号 6222021234567890123 被扣费"));
    BOOST_TEST(errorKeys(SurveyTemplates::validate(complaint, a)) ==
               QStringList{QStringLiteral("comment")});
    // "solved" is required in the post-complaint survey.
    a.remove(QStringLiteral("comment"));
    a.remove(QStringLiteral("solved"));
    BOOST_TEST(errorKeys(SurveyTemplates::validate(complaint, a)) ==
               QStringList{QStringLiteral("solved")});
}

BOOST_AUTO_TEST_SUITE_END()
