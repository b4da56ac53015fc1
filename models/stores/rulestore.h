#pragma once

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace rmdesk {

struct Rule
{
    QString ruleSet;
    int version = 0;
    QDate effectiveFrom;
    QString source;
    QString key;
    QString value;
};

// The versioned regulatory rule sets (complaint clocks, review cadence, retention, masking, …).
class RuleStore
{
public:
    explicit RuleStore(QSqlDatabase db)
        : m_db(std::move(db))
    {}
    // For every rule set, the values of its newest version in force on `day`.
    QList<Rule> rulesInForce(const QDate& day, QString* error = nullptr) const;

private:
    QSqlDatabase m_db;
};

} // namespace rmdesk
