#pragma once

#include "stores/customerlisting.h"

#include <QWidget>

class QCheckBox;
class QComboBox;

namespace rmdesk {

class Vault;

// The customer list's filters: branch and RM (where the role sees more than one), tier,
// lifecycle stage, risk level, relationship status and "review overdue". Each change is applied
// at once; the filters are combined with the session's scope by the store.
class CustomerFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit CustomerFilterBar(Vault& vault, QWidget* parent = nullptr);

    // Puts the filters into `query`, leaving its order alone.
    void apply(CustomerListQuery* query) const;
    bool anyFilter() const;
    void clear();
    // Shows the filters of `query` (a value the bar does not offer becomes "All") and emits
    // changed() once.
    void setQuery(const CustomerListQuery& query);

signals:
    void changed();

private:
    QComboBox* addCombo(const char* objectName, const QString& label, const QString& allText);
    void fillRms();

    Vault& m_vault;
    QComboBox* m_branch = nullptr;
    QComboBox* m_rm = nullptr;
    QComboBox* m_tier = nullptr;
    QComboBox* m_stage = nullptr;
    QComboBox* m_risk = nullptr;
    QComboBox* m_status = nullptr;
    QCheckBox* m_overdue = nullptr;
};

} // namespace rmdesk
