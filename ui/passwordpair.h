#pragma once

#include "storage/keycrypto.h"
#include "storage/secretbytes.h"

#include <QObject>

class QComboBox;
class QFormLayout;
class QLabel;
class QLayout;
class QWidget;
class QLineEdit;

namespace rmdesk {

// A new password and its repetition, validated as they are typed, with the problem in red under
// the fields. Object names: PREFIXPassword, PREFIXRepeat, PREFIXProblem.
class PasswordPair : public QObject
{
    Q_OBJECT
public:
    PasswordPair(const QString& prefix, QObject* parent);
    void addRows(QFormLayout* form, const QString& passwordLabel, const QString& repeatLabel);

    bool isValid() const { return m_valid; }
    // The reason the pair is not valid yet (also while still empty), for tooltips.
    QString problem() const { return m_problem; }
    // The password in locked memory; both fields are cleared.
    SecretBytes takePassword();
    void clear();
    QLineEdit* passwordEdit() const { return m_password; }

signals:
    void validityChanged(bool valid);

private:
    void validate();

    QLineEdit* m_password;
    QLineEdit* m_repeat;
    QLabel* m_message;
    QString m_problem;
    bool m_valid = false;
};

// The text of a line edit in locked memory; the temporary UTF-8 copy is wiped and, when `clear`,
// the field emptied.
SecretBytes secretFrom(QLineEdit* edit, bool clear = true);

// A red, word-wrapped label for a validation message under a form field.
QLabel* makeProblemLabel(const QString& objectName);
// A form field with its problem label under it, as one widget for a QFormLayout row (the layout
// then gives the row the height the message needs).
QWidget* withProblem(QWidget* field, QLabel* problem);
QWidget* withProblem(QLayout* field, QLabel* problem);
// Shows a problem (or nothing) in a problem label, with the text always present for screen
// readers and people who do not see red.
void showProblem(QLabel* label, const QString& problem);

// The Argon2id cost profiles, Moderate preselected; each item explains itself in a tooltip.
QComboBox* makeKdfCombo(const QString& objectName);
KdfProfile kdfProfileOf(const QComboBox* combo);
QString kdfExplanation(KdfProfile profile);

} // namespace rmdesk
