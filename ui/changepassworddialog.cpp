#include "changepassworddialog.h"

#include "passwordpair.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rmdesk {

ChangePasswordDialog::ChangePasswordDialog(const QString& title, const QString& prompt, Apply apply,
                                           QWidget* parent, CheckCurrent checkCurrent)
    : QDialog(parent)
    , m_apply(std::move(apply))
    , m_checkCurrent(std::move(checkCurrent))
    , m_pair(new PasswordPair(QStringLiteral("new"), this))
    , m_kdf(makeKdfCombo(QStringLiteral("kdfProfile")))
    , m_error(makeProblemLabel(QStringLiteral("passwordError")))
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    // Grows when a validation message appears under a field.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    auto* intro = new QLabel(prompt);
    intro->setObjectName(QStringLiteral("passwordPrompt"));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    if (m_checkCurrent) {
        m_current = new QLineEdit;
        m_current->setObjectName(QStringLiteral("currentPassword"));
        m_current->setEchoMode(QLineEdit::Password);
        form->addRow(tr("Current password:"), m_current);
    }
    m_pair->addRows(form, tr("New password:"), tr("Repeat:"));
    form->addRow(tr("Protection:"), m_kdf);
    layout->addLayout(form);
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->setObjectName(QStringLiteral("buttons"));
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setText(tr("Set password"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChangePasswordDialog::reject);
    layout->addWidget(buttons);

    connect(m_pair, &PasswordPair::validityChanged, this, &ChangePasswordDialog::updateOk);
    updateOk();
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 36);
}

void ChangePasswordDialog::updateOk()
{
    m_ok->setEnabled(m_pair->isValid());
    m_ok->setToolTip(m_pair->isValid() ? QString() : m_pair->problem());
}

void ChangePasswordDialog::accept()
{
    if (!m_pair->isValid())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    if (m_current && !m_checkCurrent(secretFrom(m_current))) {
        QApplication::restoreOverrideCursor();
        showProblem(m_error, tr("The current password is not right."));
        m_current->setFocus();
        return;
    }
    const SecretBytes password = m_pair->takePassword();
    QString error;
    const bool ok = m_apply(password, kdfProfileOf(m_kdf), &error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        showProblem(m_error, error);
        m_pair->passwordEdit()->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace rmdesk
