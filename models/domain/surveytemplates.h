#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rmdesk {

// The kinds of survey question (specification 4.3). Scales: NPS 0–10, CSAT 1–5, CES 1–7.
enum class QuestionType { Nps, Csat, Ces, Single, Multi, Text };

// One choice of a single- or multiple-choice question.
struct SurveyOption
{
    QString code; // stored in answers
    QString textEn;
    QString textZh;
};

struct SurveyQuestion
{
    QString key; // unique within its template: nps, csat, ces, reason, …
    QuestionType type = QuestionType::Text;
    int min = 0; // scale questions only
    int max = 0;
    bool required = false;
    QString textEn;
    QString textZh;
    QList<SurveyOption> options; // Single and Multi only

    QString text(const QString& language) const; // "zh_CN" → textZh, else textEn
};

// A template version. A changed template is a new version; answers keep the version they answered.
struct SurveyTemplate
{
    qint64 id = 0; // 0 until stored
    QString name;  // post-complaint, post-onboarding, annual-review
    int version = 1;
    QString titleEn;
    QString titleZh;
    QList<SurveyQuestion> questions;

    QString title(const QString& language) const;
    const SurveyQuestion* question(const QString& key) const;
};

// Answers by question key, as text: a number for scales, an option code for Single, option codes
// joined by ';' for Multi, free text for Text.
using SurveyAnswers = QHash<QString, QString>;

// A problem with one answer, for the form or a CSV row.
struct SurveyAnswerError
{
    QString key; // empty: about the answers as a whole
    QString message;
};

class SurveyTemplates
{
    Q_DECLARE_TR_FUNCTIONS(SurveyTemplates)

public:
    static constexpr int MaximumTextLength = 2000;

    // The templates RM Desk ships (version 1 each), in zh_CN and en. `annual-review` has the keys
    // nps (0–10), csat (1–5) and ces (1–7).
    static QList<SurveyTemplate> shipped();

    static QString typeName(QuestionType type); // nps, csat, ces, single, multi, text
    static std::optional<QuestionType> typeFromName(const QString& name);
    // The scale of a scale type: {0, 10}, {1, 5}, {1, 7}; {0, 0} otherwise.
    static QPair<int, int> scale(QuestionType type);

    // "nps=9,csat=4,reason=speed" → answers. Values may not contain ',' or '='; a Multi answer
    // joins codes with ';'. Returns false with a translated message on a malformed list.
    static bool parseAnswers(const QString& text, SurveyAnswers* answers, QString* problem);

    // Checks answers against a template: unknown keys, missing required answers, numbers outside
    // the scale, unknown option codes, text too long. Empty means valid.
    static QList<SurveyAnswerError> validate(const SurveyTemplate& survey,
                                             const SurveyAnswers& answers);
};

} // namespace rmdesk
