#include "surveytemplates.h"

#include "customerfields.h"

#include <QSet>

namespace rmdesk {

namespace {

SurveyQuestion scaleQuestion(const char* key, QuestionType type, bool required, const char* en,
                             const char* zh)
{
    SurveyQuestion q;
    q.key = QString::fromLatin1(key);
    q.type = type;
    const auto range = SurveyTemplates::scale(type);
    q.min = range.first;
    q.max = range.second;
    q.required = required;
    q.textEn = QString::fromUtf8(en);
    q.textZh = QString::fromUtf8(zh);
    return q;
}

SurveyQuestion choiceQuestion(const char* key, QuestionType type, bool required, const char* en,
                              const char* zh, const QList<SurveyOption>& options)
{
    SurveyQuestion q;
    q.key = QString::fromLatin1(key);
    q.type = type;
    q.required = required;
    q.textEn = QString::fromUtf8(en);
    q.textZh = QString::fromUtf8(zh);
    q.options = options;
    return q;
}

SurveyOption option(const char* code, const char* en, const char* zh)
{
    return {QString::fromLatin1(code), QString::fromUtf8(en), QString::fromUtf8(zh)};
}

SurveyQuestion comment()
{
    return choiceQuestion("comment", QuestionType::Text, false,
                          "Anything else you would like to tell us?", "您还有什么想告诉我们的吗？",
                          {});
}

SurveyQuestion recommend()
{
    return scaleQuestion("nps", QuestionType::Nps, true,
                         "How likely are you to recommend us to a friend or colleague?",
                         "您向亲友或同事推荐我们的可能性有多大？");
}

SurveyTemplate survey(qint64 id, const char* name, const char* en, const char* zh,
                      const QList<SurveyQuestion>& questions)
{
    SurveyTemplate t;
    t.id = id;
    t.name = QString::fromLatin1(name);
    t.version = 1;
    t.titleEn = QString::fromUtf8(en);
    t.titleZh = QString::fromUtf8(zh);
    t.questions = questions;
    return t;
}

bool isScale(QuestionType type)
{
    return type == QuestionType::Nps || type == QuestionType::Csat || type == QuestionType::Ces;
}

} // namespace

QString SurveyQuestion::text(const QString& language) const
{
    return language.startsWith(QLatin1String("zh")) ? textZh : textEn;
}

QString SurveyTemplate::title(const QString& language) const
{
    return language.startsWith(QLatin1String("zh")) ? titleZh : titleEn;
}

const SurveyQuestion* SurveyTemplate::question(const QString& key) const
{
    for (const SurveyQuestion& q : questions)
        if (q.key == key)
            return &q;
    return nullptr;
}

QList<SurveyTemplate> SurveyTemplates::shipped()
{
    // Keep identical to resources/schema/0010_surveys.sql (ids 1-3).
    return {
        survey(
            1, "post-complaint", "After a complaint", "投诉处理回访",
            {scaleQuestion("csat", QuestionType::Csat, true,
                           "How satisfied are you with how your complaint was handled?",
                           "您对这次投诉的处理满意吗？"),
             scaleQuestion("ces", QuestionType::Ces, true,
                           "How much effort did it take you to get the complaint resolved? "
                           "(1 very little, 7 a great deal)",
                           "解决这次投诉您花了多少精力？（1 很少，7 很多）"),
             recommend(),
             choiceQuestion("solved", QuestionType::Single, true, "Was your problem solved?",
                            "您的问题解决了吗？",
                            {option("yes", "Yes", "已解决"), option("partly", "Partly", "部分解决"),
                             option("no", "No", "未解决")}),
             comment()}),
        survey(2, "post-onboarding", "After onboarding", "开户回访",
               {scaleQuestion("csat", QuestionType::Csat, true,
                              "How satisfied are you with opening your account with us?",
                              "您对开户过程满意吗？"),
                scaleQuestion(
                    "ces", QuestionType::Ces, true,
                    "How much effort did opening the account take? (1 very little, 7 a great deal)",
                    "开户过程您花了多少精力？（1 很少，7 很多）"),
                choiceQuestion("helped", QuestionType::Multi, false, "What helped you most?",
                               "哪些方面对您帮助最大？",
                               {option("explanations", "Your relationship manager's explanations",
                                       "客户经理的讲解"),
                                option("documents", "Clear documents", "清晰的材料"),
                                option("app", "Mobile banking", "手机银行"),
                                option("speed", "Speed", "办理速度"),
                                option("other", "Other", "其他")}),
                comment()}),
        survey(
            3, "annual-review", "Annual relationship review", "年度客户关系回顾",
            {recommend(),
             scaleQuestion("csat", QuestionType::Csat, true,
                           "How satisfied are you with your relationship manager's service "
                           "this year?",
                           "您对客户经理今年的服务满意吗？"),
             scaleQuestion("ces", QuestionType::Ces, true,
                           "How much effort did it take you to get things done with us? "
                           "(1 very little, 7 a great deal)",
                           "在我们这里办理业务您花了多少精力？（1 很少，7 很多）"),
             choiceQuestion("reason", QuestionType::Single, false,
                            "What matters most in your rating?", "影响您评分的最主要原因是什么？",
                            {option("advice", "Quality of advice", "专业建议"),
                             option("service", "Service attitude", "服务态度"),
                             option("products", "Products", "产品"), option("fees", "Fees", "费用"),
                             option("digital", "Online channels", "线上渠道"),
                             option("other", "Other", "其他")}),
             comment()}),
    };
}

QString SurveyTemplates::typeName(QuestionType type)
{
    switch (type) {
    case QuestionType::Nps:
        return QStringLiteral("nps");
    case QuestionType::Csat:
        return QStringLiteral("csat");
    case QuestionType::Ces:
        return QStringLiteral("ces");
    case QuestionType::Single:
        return QStringLiteral("single");
    case QuestionType::Multi:
        return QStringLiteral("multi");
    case QuestionType::Text:
        return QStringLiteral("text");
    }
    return QString();
}

std::optional<QuestionType> SurveyTemplates::typeFromName(const QString& name)
{
    for (const QuestionType t : {QuestionType::Nps, QuestionType::Csat, QuestionType::Ces,
                                 QuestionType::Single, QuestionType::Multi, QuestionType::Text})
        if (typeName(t) == name)
            return t;
    return std::nullopt;
}

QPair<int, int> SurveyTemplates::scale(QuestionType type)
{
    switch (type) {
    case QuestionType::Nps:
        return {0, 10};
    case QuestionType::Csat:
        return {1, 5};
    case QuestionType::Ces:
        return {1, 7};
    default:
        break;
    }
    return {0, 0};
}

bool SurveyTemplates::parseAnswers(const QString& text, SurveyAnswers* answers, QString* problem)
{
    SurveyAnswers parsed;
    auto refuse = [problem](const QString& message) {
        if (problem)
            *problem = message;
        return false;
    };
    if (!text.trimmed().isEmpty()) {
        const QStringList pairs = text.split(QLatin1Char(','));
        for (const QString& pair : pairs) {
            const qsizetype eq = pair.indexOf(QLatin1Char('='));
            if (eq < 0 || pair.indexOf(QLatin1Char('='), eq + 1) >= 0)
                return refuse(tr("Answers: write each as KEY=VALUE, separated by commas "
                                 "(\"%1\" is not).")
                                  .arg(pair.trimmed().left(40)));
            const QString key = pair.left(eq).trimmed();
            const QString value = pair.mid(eq + 1).trimmed();
            if (key.isEmpty())
                return refuse(tr("Answers: a value without a question key (\"%1\").")
                                  .arg(pair.trimmed().left(40)));
            if (parsed.contains(key))
                return refuse(tr("Answers: %1 is answered twice.").arg(key));
            parsed.insert(key, value);
        }
    }
    if (answers)
        *answers = parsed;
    return true;
}

QList<SurveyAnswerError> SurveyTemplates::validate(const SurveyTemplate& survey,
                                                   const SurveyAnswers& answers)
{
    QList<SurveyAnswerError> errors;
    for (const SurveyQuestion& q : survey.questions) {
        const QString value = answers.value(q.key).trimmed();
        if (value.isEmpty()) {
            if (q.required)
                errors.append({q.key, tr("%1: an answer is required.").arg(q.key)});
            continue;
        }
        if (isScale(q.type)) {
            bool ok = false;
            const int n = value.toInt(&ok);
            if (!ok || n < q.min || n > q.max)
                errors.append({q.key, tr("%1: give a whole number from %2 to %3.")
                                          .arg(q.key)
                                          .arg(q.min)
                                          .arg(q.max)});
            continue;
        }
        QStringList codes;
        for (const SurveyOption& o : q.options)
            codes << o.code;
        if (q.type == QuestionType::Single) {
            if (!codes.contains(value))
                errors.append(
                    {q.key,
                     tr("%1: choose one of %2.").arg(q.key, codes.join(QStringLiteral(", ")))});
        } else if (q.type == QuestionType::Multi) {
            QSet<QString> seen;
            for (const QString& part : value.split(QLatin1Char(';'))) {
                const QString code = part.trimmed();
                if (!codes.contains(code) || seen.contains(code)) {
                    errors.append({q.key, tr("%1: choose from %2, each once, joined by ';'.")
                                              .arg(q.key, codes.join(QStringLiteral(", ")))});
                    break;
                }
                seen.insert(code);
            }
        } else if (value.size() > MaximumTextLength) {
            errors.append(
                {q.key, tr("%1: at most %2 characters.").arg(q.key).arg(MaximumTextLength)});
        } else if (!CustomerFields::sensitiveLooking(value).isEmpty()) {
            errors.append({q.key, tr("%1: it seems to hold an ID or bank card number. Leave such "
                                     "numbers out.")
                                      .arg(q.key)});
        }
    }
    QStringList unknown;
    for (auto it = answers.cbegin(); it != answers.cend(); ++it)
        if (!survey.question(it.key()))
            unknown << it.key();
    unknown.sort();
    for (const QString& key : std::as_const(unknown))
        errors.append({key, tr("%1: there is no such question in %2 (version %3).")
                                .arg(key, survey.name)
                                .arg(survey.version)});
    return errors;
}

} // namespace rmdesk
