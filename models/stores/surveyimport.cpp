// SurveyStore::importCsv: survey responses from a CSV file, each row checked like a desk entry,
// written in one transaction with one audit row for the whole import.
#include "surveystore.h"

#include "security/permissions.h"
#include "stores/audittrail.h"
#include "stores/csvtable.h"

#include <QIODevice>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>

namespace rmdesk {

namespace {

constexpr qint64 MaximumFileBytes = 64 * 1024 * 1024;

const QStringList fixedColumns = {QStringLiteral("customer_id"),    QStringLiteral("template"),
                                  QStringLiteral("answered_on"),    QStringLiteral("channel"),
                                  QStringLiteral("interaction_id"), QStringLiteral("complaint_id")};

} // namespace

bool SurveyStore::importCsv(const Session& session, QIODevice* csv,
                            const SurveyImportOptions& options, SurveyImportResult* result,
                            StoreError* error)
{
    SurveyImportResult out;
    auto finish = [&](bool ok) {
        if (result)
            *result = out;
        return ok;
    };
    if (!Permissions::allows(session, Action::SurveyWrite))
        return finish(
            fail(error, StoreError::Forbidden, Permissions::refusal(session, Action::SurveyWrite)));
    if (!csv || !csv->isReadable())
        return finish(fail(error, StoreError::Invalid, tr("The survey file cannot be read.")));
    const QByteArray bytes = csv->read(MaximumFileBytes + 1);
    if (bytes.size() > MaximumFileBytes)
        return finish(fail(error, StoreError::Invalid,
                           tr("The survey file is larger than %1 MB: split it.")
                               .arg(MaximumFileBytes / (1024 * 1024))));
    QString why;
    int badLine = 0;
    auto table = CsvTable::fromBytes(bytes, QStringLiteral("UTF-8"), &why, &badLine);
    if (!table) {
        if (badLine > 0) {
            out.errors.append(
                {badLine, QString(), tr("A quoted field that starts here is never closed.")});
            return finish(fail(
                error, StoreError::Invalid,
                tr("Line %1: a quoted field is never closed; nothing was imported.").arg(badLine)));
        }
        return finish(fail(error, StoreError::Invalid, why));
    }
    for (const CsvRecord& r : std::as_const(table->records))
        if (!r.problem.isEmpty())
            return finish(fail(error, StoreError::Invalid,
                               tr("The survey file is not UTF-8 text: save it as CSV UTF-8.")));
    QList<CsvRecord> records = std::move(table->records);
    if (records.isEmpty())
        return finish(fail(error, StoreError::Invalid, tr("The survey file is empty.")));

    // The header: fixed columns by name, every other column a question key.
    const CsvRecord header = records.takeFirst();
    QHash<QString, int> column;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed().toLower();
        if (name.isEmpty())
            continue;
        if (column.contains(name)) {
            out.errors.append({header.line, name, tr("The column appears twice.")});
            continue;
        }
        column.insert(name, i);
    }
    for (const QString& required : {QStringLiteral("customer_id"), QStringLiteral("template"),
                                    QStringLiteral("answered_on"), QStringLiteral("channel")})
        if (!column.contains(required))
            out.errors.append(
                {header.line, required, tr("The header has no column %1.").arg(required)});
    if (!out.errors.isEmpty())
        return finish(fail(error, StoreError::Invalid,
                           tr("The header of the survey file is not usable: %1 Nothing was "
                              "imported.")
                               .arg(out.errors.first().reason)));
    QStringList keys;
    for (auto it = column.cbegin(); it != column.cend(); ++it)
        if (!fixedColumns.contains(it.key()))
            keys << it.key();
    keys.sort();

    QHash<QString, SurveyTemplate> templateCache;
    QList<Draft> drafts;
    const int width = int(header.fields.size());
    for (const CsvRecord& record : std::as_const(records)) {
        ++out.rows;
        auto reject = [&](const QString& name, const QString& reason) {
            out.errors.append({record.line, name, reason});
            ++out.rejected;
        };
        if (record.fields.size() != width) {
            reject(QString(), tr("The row has %1 fields; the header has %2.")
                                  .arg(record.fields.size())
                                  .arg(width));
            continue;
        }
        auto cell = [&](const QString& name) {
            const auto it = column.constFind(name);
            return it == column.cend() ? QString() : record.fields.at(*it).trimmed();
        };
        auto number = [&](const QString& name, qint64* value) {
            const QString t = cell(name);
            bool ok = true;
            *value = t.isEmpty() ? 0 : t.toLongLong(&ok);
            return ok && *value >= 0;
        };
        NewSurveyResponse in;
        if (!number(QStringLiteral("customer_id"), &in.customerId) || in.customerId == 0) {
            reject(QStringLiteral("customer_id"), tr("Give the customer's number."));
            continue;
        }
        in.templateName = cell(QStringLiteral("template"));
        if (in.templateName.isEmpty()) {
            reject(QStringLiteral("template"), tr("Give the survey template's name."));
            continue;
        }
        in.answeredOn =
            QDate::fromString(cell(QStringLiteral("answered_on")), QStringLiteral("yyyy-MM-dd"));
        if (!in.answeredOn.isValid()) {
            reject(QStringLiteral("answered_on"), tr("Give the day of the answer as YYYY-MM-DD."));
            continue;
        }
        in.channel = cell(QStringLiteral("channel"));
        if (!number(QStringLiteral("interaction_id"), &in.interactionId)) {
            reject(QStringLiteral("interaction_id"), tr("Give an interaction number or nothing."));
            continue;
        }
        if (!number(QStringLiteral("complaint_id"), &in.complaintId)) {
            reject(QStringLiteral("complaint_id"), tr("Give a complaint number or nothing."));
            continue;
        }
        for (const QString& key : std::as_const(keys)) {
            const QString value = cell(key);
            if (!value.isEmpty())
                in.answers.insert(key, value);
        }
        Draft draft;
        StoreError e;
        QList<SurveyAnswerError> answerErrors;
        QString field;
        if (!check(session, in, &draft, &e, &answerErrors, &field, &templateCache)) {
            if (field == QLatin1String("answers") && !answerErrors.isEmpty()) {
                for (const SurveyAnswerError& a : std::as_const(answerErrors))
                    out.errors.append({record.line, a.key, a.message});
                ++out.rejected;
            } else {
                reject(field, e.message);
            }
            continue;
        }
        drafts.append(draft);
    }

    if (out.rejected > 0 && !options.skipBadRows) {
        finish(false);
        return fail(error, StoreError::Invalid,
                    tr("%n row(s) of the survey file were rejected, so nothing was imported (see "
                       "the errors; or skip the bad rows).",
                       nullptr, out.rejected));
    }
    if (options.dryRun || drafts.isEmpty())
        return finish(true);

    const Rules r = rules(m_db, m_today);
    if (!m_db.transaction())
        return finish(fail(error, StoreError::Failed, m_db.lastError().text()));
    why.clear();
    bool ok = true;
    qint64 first = 0;
    qint64 last = 0;
    for (const Draft& d : std::as_const(drafts)) {
        SurveySaved saved;
        if (!(ok = write(session, d, r, QStringLiteral("import"), &saved, &why)))
            break;
        first = first ? first : saved.id;
        last = saved.id;
        ++out.imported;
        if (saved.followUpTaskId)
            ++out.followUps;
    }
    ok = ok &&
         AuditTrail::record(m_db, session,
                            {QStringLiteral("survey.import"), QStringLiteral("survey_response"),
                             QString::number(first),
                             QJsonObject{{QStringLiteral("rows"), out.rows},
                                         {QStringLiteral("imported"), out.imported},
                                         {QStringLiteral("rejected"), out.rejected},
                                         {QStringLiteral("follow_ups"), out.followUps},
                                         {QStringLiteral("first_response"), first},
                                         {QStringLiteral("last_response"), last}},
                             QString()},
                            &why) &&
         m_db.commit();
    if (!ok) {
        m_db.rollback();
        out.imported = 0;
        out.followUps = 0;
        return finish(fail(
            error, StoreError::Failed,
            tr("Nothing was imported: %1").arg(why.isEmpty() ? m_db.lastError().text() : why)));
    }
    return finish(true);
}

} // namespace rmdesk
