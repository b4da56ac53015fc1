#pragma once

#include <QWidget>

class QLineEdit;
class QListWidget;
class QTimer;

namespace rmdesk {

class Vault;

// The search field at the top of the main window (Ctrl+K from any page): results appear under it
// as the user types — names, pinyin, initials, mobile digits, ID tails — masked and scoped by role.
// Up/Down choose, Enter opens, Esc closes the list.
class GlobalSearch : public QWidget
{
    Q_OBJECT
public:
    explicit GlobalSearch(Vault& vault, QWidget* parent = nullptr);

    QLineEdit* field() const { return m_field; }
    QListWidget* results() const { return m_results; }
    void focusSearch();
    // Runs the search now instead of after the typing pause (tests, Enter).
    void searchNow();

signals:
    void customerChosen(qint64 customerId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void placeResults();
    void choose();

    Vault& m_vault;
    QLineEdit* m_field;
    QListWidget* m_results;
    QTimer* m_pause;
};

} // namespace rmdesk
