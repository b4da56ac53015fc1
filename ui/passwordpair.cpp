#include "passwordpair.h"

#include "security/vault.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QVBoxLayout>

namespace rmdesk {

PasswordPair::PasswordPair(const QString& prefix, QObject* parent)
    : QObject(parent)
    , m_password(new QLineEdit)
    , m_repeat(new QLineEdit)
    , m_message(makeProblemLabel(prefix + QStringLiteral("Problem")))
{
    m_password->setObjectName(prefix + QStringLiteral("Password"));
    m_repeat->setObjectName(prefix + QStringLiteral("Repeat"));
    for (QLineEdit* edit : {m_password, m_repeat}) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setMaxLength(Vault::MaximumPasswordLength);
        connect(edit, &QLineEdit::textChanged, this, &PasswordPair::validate);
    }
    m_password->setPlaceholderText(tr("At least %1 characters").arg(Vault::MinimumPasswordLength));
    validate();
}

void PasswordPair::addRows(QFormLayout* form, const QString& passwordLabel,
                           const QString& repeatLabel)
{
    form->addRow(passwordLabel, m_password);
    form->addRow(repeatLabel, withProblem(m_repeat, m_message));
}

void PasswordPair::validate()
{
    QString shown;
    const SecretBytes password = secretFrom(m_password, false);
    if (password.isEmpty()) {
        m_problem = tr("Enter a password.");
    } else {
        m_problem = Vault::passwordProblem(password);
        if (m_problem.isEmpty() && !secretFrom(m_repeat, false).equals(password)) {
            m_problem = tr("The two passwords do not match.");
            if (m_repeat->text().isEmpty())
                m_problem = tr("Repeat the password.");
            else
                shown = m_problem;
        } else {
            shown = m_problem;
        }
    }
    showProblem(m_message, shown);
    const bool valid = m_problem.isEmpty();
    if (valid != m_valid) {
        m_valid = valid;
        emit validityChanged(valid);
    }
}

SecretBytes PasswordPair::takePassword()
{
    SecretBytes password = secretFrom(m_password);
    clear();
    return password;
}

void PasswordPair::clear()
{
    m_password->clear();
    m_repeat->clear();
}

SecretBytes secretFrom(QLineEdit* edit, bool clear)
{
    QByteArray utf8 = edit->text().toUtf8();
    SecretBytes secret = SecretBytes::fromBytes(utf8.constData(), std::size_t(utf8.size()));
    utf8.fill('\0');
    if (clear)
        edit->clear();
    return secret;
}

namespace {

QVBoxLayout* problemBox(QWidget** box)
{
    *box = new QWidget;
    auto* layout = new QVBoxLayout(*box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing((*box)->fontMetrics().height() / 5);
    return layout;
}

} // namespace

QWidget* withProblem(QLayout* field, QLabel* problem)
{
    QWidget* box = nullptr;
    QVBoxLayout* layout = problemBox(&box);
    layout->addLayout(field);
    layout->addWidget(problem);
    return box;
}

QWidget* withProblem(QWidget* field, QLabel* problem)
{
    QWidget* box = nullptr;
    QVBoxLayout* layout = problemBox(&box);
    layout->addWidget(field);
    layout->addWidget(problem);
    return box;
}

QLabel* makeProblemLabel(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    // Form layouts mis-allocate height-for-width rows; showProblem() reserves the height instead.
    QSizePolicy policy = label->sizePolicy();
    policy.setHeightForWidth(false);
    label->setSizePolicy(policy);
    label->setTextFormat(Qt::PlainText);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    label->setPalette(p);
    label->setVisible(false);
    return label;
}

void showProblem(QLabel* label, const QString& problem)
{
    label->setText(problem);
    label->setVisible(!problem.isEmpty());
    label->setMinimumHeight(0);
    if (problem.isEmpty() || !label->isVisible())
        return;
    // A wrapped message needs more than one line; top-level layouts do not ask labels for their
    // height at a given width, so reserve it here and let the window grow.
    QWidget* parent = label->parentWidget();
    if (parent && parent->layout())
        parent->layout()->activate();
    if (label->width() > 0)
        label->setMinimumHeight(label->heightForWidth(label->width()));
    // The window's minimum size ignores wrapped text elsewhere in it: grow it to what the
    // layout needs at its current width.
    QWidget* window = label->window();
    if (QLayout* top = window->layout(); top && top->hasHeightForWidth()) {
        top->activate();
        const int needed = top->totalHeightForWidth(window->width());
        if (needed > window->height())
            window->resize(window->width(), needed);
    }
}

QString kdfExplanation(KdfProfile profile)
{
    switch (profile) {
    case KdfProfile::Interactive:
        return PasswordPair::tr("Fast sign-in (64 MiB of memory); for older computers.");
    case KdfProfile::Moderate:
        return PasswordPair::tr("Recommended: about a second to sign in (256 MiB of memory).");
    case KdfProfile::Sensitive:
        return PasswordPair::tr("Strongest: several seconds to sign in (1 GiB of memory).");
    }
    return QString();
}

QComboBox* makeKdfCombo(const QString& objectName)
{
    auto* combo = new QComboBox;
    combo->setObjectName(objectName);
    const struct
    {
        KdfProfile profile;
        QString label;
    } items[] = {
        {KdfProfile::Interactive, PasswordPair::tr("Interactive")},
        {KdfProfile::Moderate, PasswordPair::tr("Moderate (recommended)")},
        {KdfProfile::Sensitive, PasswordPair::tr("Sensitive")},
    };
    for (const auto& item : items) {
        combo->addItem(item.label, kdfProfileName(item.profile));
        combo->setItemData(combo->count() - 1, kdfExplanation(item.profile), Qt::ToolTipRole);
    }
    combo->setCurrentIndex(1);
    return combo;
}

KdfProfile kdfProfileOf(const QComboBox* combo)
{
    return kdfProfileFromName(combo->currentData().toString()).value_or(KdfProfile::Moderate);
}

} // namespace rmdesk
