#pragma once

#include "security/session.h"
#include "stores/storeerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace rmdesk {

// Which form a draft belongs to: the form's name and what it was opened for ("interaction" for
// customer 12, "customer" 0 for a new customer, "complaint-step:extend" on complaint 7).
struct DraftKey
{
    QString form;
    qint64 key = 0;
};

struct Draft
{
    QString body; // the form as its dialog wrote it (JSON)
    QDateTime savedAt;
};

// Unfinished forms, kept in the encrypted file for the user who typed them (UI: an idle lock or
// a crash keeps a draft that is offered back). Nobody else reads them; a customer's purge or
// merge removes the drafts about that customer (schema 17).
class DraftStore
{
    Q_DECLARE_TR_FUNCTIONS(DraftStore)

public:
    explicit DraftStore(QSqlDatabase db);

    // Keeps (or replaces) the session's draft of `key`; customerId: the customer it is about,
    // 0 when none.
    bool save(const Session& session, const DraftKey& key, qint64 customerId, const QString& body,
              StoreError* error);
    std::optional<Draft> load(const Session& session, const DraftKey& key);
    // False only when the draft could not be removed (it stays, and is offered again).
    bool discard(const Session& session, const DraftKey& key, StoreError* error = nullptr);

private:
    QSqlDatabase m_db;
};

} // namespace rmdesk
