#include "lockscreen.h"

#include "passwordpair.h"
#include "security/vault.h"

#include <QApplication>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace rmdesk {

LockScreen::LockScreen(Vault& vault, QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_user(new QLabel)
    , m_password(new QLineEdit)
    , m_unlock(new QPushButton(tr("Unlock")))
    , m_error(makeProblemLabel(QStringLiteral("unlockError")))
{
    setObjectName(QStringLiteral("lockScreen"));
    auto* panel = new QWidget;
    auto* layout = new QVBoxLayout(panel);

    auto* icon = new QLabel;
    const int size = fontMetrics().height() * 3;
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(size, size));
    icon->setAlignment(Qt::AlignCenter);
    layout->addWidget(icon);

    auto* title = new QLabel(tr("Locked — enter your password"));
    title->setObjectName(QStringLiteral("lockTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);

    m_user->setObjectName(QStringLiteral("lockUser"));
    m_user->setAlignment(Qt::AlignCenter);
    m_user->setText(tr("Signed in as %1. The data stays hidden until you unlock.")
                        .arg(vault.session().userName));
    m_user->setWordWrap(true);
    layout->addWidget(m_user);

    m_password->setObjectName(QStringLiteral("unlockPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(Vault::MaximumPasswordLength);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    auto* row = new QHBoxLayout;
    row->addWidget(m_password, 1);
    row->addWidget(m_unlock);
    layout->addLayout(row);
    m_error->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_error);
    panel->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 30);
    panel->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 40);

    auto* outer = new QGridLayout(this);
    outer->addWidget(panel, 1, 1);
    outer->setRowStretch(0, 1);
    outer->setRowStretch(2, 2);
    outer->setColumnStretch(0, 1);
    outer->setColumnStretch(2, 1);

    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::unlock);
    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::unlock);
}

void LockScreen::reset()
{
    m_password->clear();
    showProblem(m_error, QString());
    m_password->setFocus();
}

void LockScreen::unlock()
{
    const SecretBytes password = secretFrom(m_password);
    if (password.isEmpty()) {
        showProblem(m_error, tr("Enter your password to unlock."));
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = m_vault.verifyPassword(password);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        showProblem(m_error, tr("That is not your password. Try again."));
        m_password->setFocus();
        return;
    }
    showProblem(m_error, QString());
    emit unlocked();
}

} // namespace rmdesk
