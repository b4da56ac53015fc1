#pragma once

#include "stores/rulestore.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace rmdesk {

struct Session;

// A new version of a rule set (specification ch. 8), for an administrator: the rules in force
// beside the new values, the day they take effect and why. Checked as one types (RuleChecks);
// the complaint lists only take new entries. Publishing goes through RuleStore::publish, which
// checks again and writes the audit row.
class RuleSetDialog : public QDialog
{
    Q_OBJECT
public:
    RuleSetDialog(QSqlDatabase db, const Session& session, const QString& set,
                  QWidget* parent = nullptr);

    int publishedVersion() const { return m_published; }
    QString ruleSet() const;
    QDate effectiveFrom() const;

private:
    void load();
    QList<RuleEntry> entries() const;
    void addEntry();
    void revalidate();
    void publish();
    void showHint();

    QSqlDatabase m_db;
    const Session& m_session;
    QComboBox* m_set;
    QTableWidget* m_table;
    QLabel* m_hint;
    QPushButton* m_add;
    QDateEdit* m_from;
    QLineEdit* m_reason;
    QLabel* m_problems;
    QLabel* m_history;
    QPushButton* m_publishButton;
    QList<RuleEntry> m_current; // the newest version's rules
    int m_newestVersion = 0;
    int m_published = 0;
    bool m_loading = false;
};

} // namespace rmdesk
