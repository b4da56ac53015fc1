#include "adduserdialog.h"

#include "passwordpair.h"
#include "security/vault.h"
#include "usertablemodel.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rmdesk {

AddUserDialog::AddUserDialog(Vault& vault, QWidget* parent)
    : QDialog(parent)
    , m_vault(vault)
    , m_name(new QLineEdit)
    , m_fullName(new QLineEdit)
    , m_role(new QComboBox)
    , m_branch(new QLineEdit)
    , m_fieldProblem(makeProblemLabel(QStringLiteral("userProblem")))
    , m_pair(new PasswordPair(QStringLiteral("user"), this))
    , m_kdf(makeKdfCombo(QStringLiteral("kdfProfile")))
    , m_error(makeProblemLabel(QStringLiteral("addUserError")))
{
    setObjectName(QStringLiteral("addUserDialog"));
    setWindowTitle(tr("Add user"));
    m_name->setObjectName(QStringLiteral("newUserName"));
    m_name->setMaxLength(64);
    m_fullName->setObjectName(QStringLiteral("newFullName"));
    m_fullName->setMaxLength(200);
    m_role->setObjectName(QStringLiteral("newRole"));
    for (Role role : {Role::Rm, Role::Supervisor, Role::Compliance, Role::Admin})
        m_role->addItem(UserTableModel::roleLabel(role), roleName(role));
    m_branch->setObjectName(QStringLiteral("newBranch"));
    m_branch->setMaxLength(64);
    m_branch->setText(vault.session().branch);

    auto* layout = new QVBoxLayout(this);
    // Grows when a validation message appears under a field.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    auto* intro = new QLabel(tr("Give the first password to the user in person. They can choose "
                                "their own with File > Change password after signing in."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    form->addRow(tr("User &name:"), m_name);
    form->addRow(tr("&Full name:"), m_fullName);
    form->addRow(tr("&Role:"), m_role);
    auto* branchLabel = new QLabel(tr("&Branch code:"));
    branchLabel->setBuddy(m_branch);
    form->addRow(branchLabel, withProblem(m_branch, m_fieldProblem));
    m_pair->addRows(form, tr("First &password:"), tr("R&epeat:"));
    form->addRow(tr("Password pro&tection:"), m_kdf);
    layout->addLayout(form);
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setText(tr("Add user"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AddUserDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AddUserDialog::reject);
    layout->addWidget(buttons);

    for (QLineEdit* edit : {m_name, m_fullName, m_branch})
        connect(edit, &QLineEdit::textChanged, this, &AddUserDialog::validate);
    connect(m_role, &QComboBox::currentIndexChanged, this, &AddUserDialog::validate);
    connect(m_pair, &PasswordPair::validityChanged, this, &AddUserDialog::validate);
    validate();
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 36);
}

QString AddUserDialog::userName() const
{
    return m_name->text().trimmed();
}

NewUser AddUserDialog::newUser() const
{
    NewUser user;
    user.name = userName();
    user.fullName = m_fullName->text().trimmed();
    user.role = roleFromName(m_role->currentData().toString()).value_or(Role::Rm);
    user.branch = m_branch->text().trimmed();
    return user;
}

void AddUserDialog::validate()
{
    const NewUser user = newUser();
    QString shown;
    QString reason;
    if (user.name.isEmpty()) {
        reason = tr("Enter a user name.");
    } else if (!UserStore::validName(user.name)) {
        reason = shown = tr("Use 1 to 64 letters, digits, '.', '_' or '-' for the user name, "
                            "starting with a letter or digit.");
    } else if ((user.role == Role::Rm || user.role == Role::Supervisor) && user.branch.isEmpty()) {
        reason = shown = tr("Relationship managers and supervisors work in a branch: enter its "
                            "code.");
    } else if (!user.branch.isEmpty() && !UserStore::validName(user.branch)) {
        reason = shown = tr("Use letters, digits, '.', '_' or '-' for the branch code.");
    }
    showProblem(m_fieldProblem, shown);
    if (reason.isEmpty())
        reason = m_pair->problem();
    m_ok->setEnabled(reason.isEmpty());
    m_ok->setToolTip(reason);
}

void AddUserDialog::accept()
{
    if (!m_ok->isEnabled())
        return;
    const SecretBytes password = m_pair->takePassword();
    StoreError error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = m_vault.addUser(newUser(), password, kdfProfileOf(m_kdf), &error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        showProblem(m_error, error.message);
        return;
    }
    QDialog::accept();
}

} // namespace rmdesk
