#include "draftstore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace rmdesk {

DraftStore::DraftStore(QSqlDatabase db)
    : m_db(std::move(db))
{}

bool DraftStore::save(const Session& session, const DraftKey& key, qint64 customerId,
                      const QString& body, StoreError* error)
{
    if (session.userId == 0)
        return fail(error, StoreError::Invalid, tr("Drafts belong to a signed-in user."));
    if (key.form.isEmpty())
        return fail(error, StoreError::Invalid, tr("A draft needs the name of its form."));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO drafts (user_id, form, form_key, customer_id, body, "
                             "saved_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (user_id, form, "
                             "form_key) DO UPDATE SET customer_id = excluded.customer_id, "
                             "body = excluded.body, saved_at = excluded.saved_at"));
    q.addBindValue(session.userId);
    q.addBindValue(key.form);
    q.addBindValue(key.key);
    q.addBindValue(customerId > 0 ? QVariant(customerId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(body);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return fail(error, StoreError::Failed, q.lastError().text());
    return true;
}

std::optional<Draft> DraftStore::load(const Session& session, const DraftKey& key)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT body, saved_at FROM drafts WHERE user_id = ? AND form = ? "
                             "AND form_key = ?"));
    q.addBindValue(session.userId);
    q.addBindValue(key.form);
    q.addBindValue(key.key);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return Draft{q.value(0).toString(),
                 QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs)};
}

bool DraftStore::discard(const Session& session, const DraftKey& key, StoreError* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM drafts WHERE user_id = ? AND form = ? AND "
                             "form_key = ?"));
    q.addBindValue(session.userId);
    q.addBindValue(key.form);
    q.addBindValue(key.key);
    if (!q.exec())
        return fail(error, StoreError::Failed, q.lastError().text());
    return true;
}

} // namespace rmdesk
