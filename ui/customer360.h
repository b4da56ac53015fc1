#pragma once

#include "stores/customerstore.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTabWidget;
class QTableWidget;
class QToolButton;

namespace rmdesk {

class CustomerLifecycleBar;
class SurveyHistory;
class Vault;

// One customer's 360 view: a header band (masked identity, tier, risk level, RM, lifecycle stage,
// next review), the relationship's status with a likely-duplicate banner, and tabs for the profile,
// holdings, changes and reviews, consents, who viewed the record, interactions and survey answers
// (with "Record survey…"). Opening it is recorded as a view; "Show" unmasks with a reason.
class Customer360 : public QWidget
{
    Q_OBJECT
public:
    Customer360(Vault& vault, qint64 customerId, QWidget* parent = nullptr);
    ~Customer360() override;

    // Reads the customer (recorded as a view) and its records; false with *error when refused.
    bool load(StoreError* error);
    qint64 customerId() const { return m_id; }
    const CustomerView& customer() const { return m_view; }
    bool isRevealed() const { return m_revealed; }
    // A short title for a tab: the name as shown (masked unless revealed).
    QString title() const;

    // Asks for a reason (Dialogs::askText) and shows the values unmasked.
    bool reveal();
    void edit();
    void recordReview();
    void recordConsent();
    void withdrawConsent();

signals:
    void titleChanged(const QString& title);
    // The profile was changed here (the list may need a refresh).
    void customerChanged(qint64 customerId);

private:
    QWidget* buildHeader();
    QWidget* buildProfile();
    QWidget* buildHoldings();
    QWidget* buildHistory();
    QWidget* buildConsents();
    QWidget* buildAccess();
    void showCustomer();
    void loadRecords();
    void afterChange();
    void updateWithdraw();

    Vault& m_vault;
    std::unique_ptr<CustomerStore> m_store;
    qint64 m_id;
    CustomerView m_view;
    bool m_revealed = false;
    QLabel* m_name = nullptr;
    QLabel* m_idNumber = nullptr;
    QLabel* m_maskState = nullptr;
    QLabel* m_tier = nullptr;
    QLabel* m_risk = nullptr;
    QLabel* m_rm = nullptr;
    QLabel* m_stage = nullptr;
    QLabel* m_nextReview = nullptr;
    QToolButton* m_show = nullptr;
    QPushButton* m_edit = nullptr;
    QTabWidget* m_tabs = nullptr;
    QScrollArea* m_profile = nullptr;
    QStackedWidget* m_holdingsStack = nullptr;
    QTableWidget* m_holdings = nullptr;
    QLabel* m_aum = nullptr;
    QStackedWidget* m_changesStack = nullptr;
    QTableWidget* m_changes = nullptr;
    QStackedWidget* m_reviewsStack = nullptr;
    QTableWidget* m_reviews = nullptr;
    QStackedWidget* m_consentsStack = nullptr;
    QTableWidget* m_consents = nullptr;
    QList<Consent> m_consentRows;
    QPushButton* m_withdraw = nullptr;
    QTableWidget* m_access = nullptr;
    QPushButton* m_recordReview = nullptr;
    QPushButton* m_recordConsent = nullptr;
    CustomerLifecycleBar* m_lifecycle = nullptr;
    SurveyHistory* m_surveys = nullptr;
};

} // namespace rmdesk
