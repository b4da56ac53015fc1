#pragma once

#include "domain/customerfields.h"
#include "domain/maskpattern.h"
#include "permissions.h"
#include "stores/audittrail.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace rmdesk {

// Masks values with the patterns in force (the display_masking rule set).
class Masker
{
public:
    Masker(); // the shipped defaults
    explicit Masker(const QHash<QString, MaskPattern>& patterns);
    static Masker fromRules(const QSqlDatabase& db); // falls back to defaults per missing rule

    // C1 values come back as they are; C2 values masked by their field's rule (hidden entirely
    // when the field has none). Fields outside the catalogue are treated as C2.
    QString mask(CustomerType type, const QString& field, const QString& value) const;
    // With a pattern key directly ("mobile", "id_number", …).
    QString maskWith(const QString& rule, const QString& value) const;
    // How many characters at the end a rule leaves visible (0: none, or a rule by marker).
    int shownAtEnd(const QString& rule) const;

private:
    QHash<QString, MaskPattern> m_patterns;
};

// Showing a C2 field unmasked: allowed only with the permission and a reason, and always leaves an
// access record in the audit trail.
class UnmaskRecorder
{
    Q_DECLARE_TR_FUNCTIONS(UnmaskRecorder)

public:
    static constexpr int MinimumReasonLength = 4;

    // Checks the permission (with the record's branch and owner) and the reason, then writes an
    // "unmask" audit row naming the fields. On refusal nothing is written and *error says why.
    static bool record(QSqlDatabase& db, const Session& session, const QString& entity,
                       const QString& entityId, const Target& target, const QStringList& fields,
                       const QString& reason, QString* error);
};

} // namespace rmdesk
