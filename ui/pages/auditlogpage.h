#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;
class QTableView;

namespace rmdesk {

class AuditLogModel;
class Vault;
struct AuditVerification;

// The hash-chained audit trail: filtered list and chain verification (administrators and
// compliance). "Copy anchor" hands out the newest row's number and hash to keep outside RM Desk;
// "Check anchor…" verifies the chain against such a kept value, which catches a chain written
// again by someone holding the key.
class AuditLogPage : public QWidget
{
    Q_OBJECT
public:
    explicit AuditLogPage(Vault& vault, QWidget* parent = nullptr);
    void refresh();
    void verify();
    void copyAnchor();
    void checkAnchor();

protected:
    void showEvent(QShowEvent* event) override;

private:
    Vault& m_vault;
    AuditLogModel* m_model;
    QCheckBox* m_sinceCheck;
    QDateEdit* m_since;
    QLineEdit* m_user;
    QComboBox* m_action;
    QSpinBox* m_limit;
    QTableView* m_view;
    QStackedWidget* m_stack;
    QLabel* m_count;
    QLabel* m_verifyResult;

    enum class Result { Neutral, Good, Bad };
    void showVerification(const AuditVerification& v, int anchors);
    void showResult(Result result, const QString& text); // under the list, coloured
};

} // namespace rmdesk
