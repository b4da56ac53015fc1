#pragma once

// Staff in two branches (see ServiceFixture: rm1, rm3, sup1, sup2 in BJ01; rm2, sup3 in SH01;
// comp1, comp2), their customers, and helpers to record survey responses at a fixed time
// (2026-11-27 10:00).
#include "stores/servicefixture.h"
#include "stores/surveystore.h"

#include <QBuffer>

namespace rmdesk::test {

struct SurveyFixture : ServiceFixture
{
    SurveyFixture()
    {
        wang = addCustomer("rm1", {{QStringLiteral("name"), QStringLiteral("王芳")}});
        zhao = addCustomer("rm3", {{QStringLiteral("name"), QStringLiteral("赵敏")}});
        execOrFail(
            db(), QStringLiteral("UPDATE customers SET tier = 'affluent' WHERE id = %1").arg(wang));
    }

    SurveyStore surveys(const char* who, const QDateTime& at = now())
    {
        return SurveyStore(as(who).database().connection(), at);
    }

    static SurveyAnswers answers(const QString& list)
    {
        SurveyAnswers a;
        QString problem;
        BOOST_REQUIRE_MESSAGE(SurveyTemplates::parseAnswers(list, &a, &problem), problem);
        return a;
    }

    static NewSurveyResponse response(qint64 customer, const QString& answerList,
                                      const char* answeredOn = "2026-11-25",
                                      const char* survey = "annual-review",
                                      const char* channel = "phone")
    {
        NewSurveyResponse in;
        in.customerId = customer;
        in.templateName = QString::fromLatin1(survey);
        in.answers = answers(answerList);
        in.answeredOn = QDate::fromString(QString::fromLatin1(answeredOn), Qt::ISODate);
        in.channel = QString::fromLatin1(channel);
        return in;
    }

    // Records a response and returns what was saved; fails the test when refused.
    SurveySaved recordSurvey(const char* who, const NewSurveyResponse& in)
    {
        SurveySaved saved;
        StoreError e;
        QList<SurveyAnswerError> errors;
        BOOST_REQUIRE_MESSAGE(surveys(who).record(session(who), in, &saved, &e, &errors),
                              e.message);
        return saved;
    }

    // Imports `csv` (UTF-8 bytes) as `who`.
    bool import(const char* who, const QByteArray& csv, const SurveyImportOptions& options,
                SurveyImportResult* result, StoreError* error)
    {
        QByteArray bytes = csv;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        return surveys(who).importCsv(session(who), &buffer, options, result, error);
    }

    qint64 wang = 0; // rm1's affluent customer in BJ01 (zhang: rm1's, mass; li: rm2's in SH01)
    qint64 zhao = 0; // rm3's customer in BJ01
};

// Helpers of the survey suite.
inline QStringList errorKeys(const QList<SurveyAnswerError>& errors)
{
    QStringList keys;
    for (const SurveyAnswerError& e : errors)
        keys << e.key;
    return keys;
}

inline const SurveyGroupStats* group(const SurveyStats& stats, const char* code)
{
    for (const SurveyGroupStats& g : stats.groups)
        if (g.group == QLatin1String(code))
            return &g;
    return nullptr;
}

inline QStringList groupCodes(const SurveyStats& stats)
{
    QStringList codes;
    for (const SurveyGroupStats& g : stats.groups)
        codes << QStringLiteral("%1:%2").arg(g.group).arg(g.responses);
    return codes;
}

// A hostile file: a byte-order mark, CRLF line ends, quoted commas, an embedded line break and
// doubled quotes, bad numbers and dates, a short row, unknown and out-of-scope customers.
inline QByteArray hostileCsv(qint64 zhang, qint64 zhao, qint64 li)
{
    const QString z = QString::number(zhang);
    const QString zh = QString::number(zhao);
    const QStringList lines = {
        QStringLiteral("customer_id,Template,answered_on,channel,interaction_id,complaint_id,nps,"
                       "csat,ces,reason,comment,solved,helped"),                               // 1
        z + QStringLiteral(",annual-review,2026-11-20,phone,,,9,5,2,advice,\"多谢, 很好\",,"), // 2
        z + QStringLiteral(",annual-review,2026-11-21,visit,,,4,2,5,,\"第一行\n第二行, 还有 "
                           "\"\"引号\"\"\",,"),                                              // 3-4
        z + QStringLiteral(",annual-review,2026-11-22,phone,,,ten,4,2,,,,"),                 // 5
        QStringLiteral("99999,annual-review,2026-11-22,phone,,,9,4,2,,,,"),                  // 6
        z + QStringLiteral(",weekly-pulse,2026-11-22,phone,,,9,4,2,,,,"),                    // 7
        zh + QStringLiteral(",post-onboarding,2026-11-23,app,,,,3,2,,,,app;speed"),          // 8
        z + QStringLiteral(",annual-review,2026/11/22,phone,,,9,4,2,,,,"),                   // 9
        z + QStringLiteral(",annual-review"),                                                // 10
        QString::number(li) + QStringLiteral(",annual-review,2026-11-22,phone,,,9,4,2,,,,"), // 11
        z + QStringLiteral(",annual-review,2026-12-01,phone,,,9,4,2,,,,"),                   // 12
        zh + QStringLiteral(",post-onboarding,2026-11-23,app,,,,9,2,,,yes,"),                // 13
        z + QStringLiteral(",annual-review,2026-11-24,paper,,,\"7\",3,4,service,,,"),        // 14
    };
    return "\xEF\xBB\xBF" + lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
}

inline QStringList errorPlaces(const SurveyImportResult& r)
{
    QStringList places;
    for (const SurveyImportRowError& e : r.errors)
        places << QStringLiteral("%1:%2").arg(e.line).arg(e.column);
    return places;
}

} // namespace rmdesk::test
