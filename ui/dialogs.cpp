#include "dialogs.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace rmdesk {

bool Dialogs::s_testMode = false;
QList<bool> Dialogs::s_answers;
QList<QString> Dialogs::s_fileNames;
QList<QString> Dialogs::s_texts;
QString Dialogs::s_lastMessage;

bool Dialogs::confirm(QWidget* parent, const QString& title, const QString& text,
                      const QString& accept)
{
    s_lastMessage = text;
    if (!s_answers.isEmpty())
        return s_answers.takeFirst();
    if (s_testMode)
        return false;
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    QPushButton* yes = box.addButton(
        accept.isEmpty() ? QCoreApplication::translate("Dialogs", "Go ahead") : accept,
        QMessageBox::AcceptRole);
    QPushButton* no = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(no);
    box.setEscapeButton(no);
    box.exec();
    return box.clickedButton() == yes;
}

QString Dialogs::saveFileName(QWidget* parent, const QString& title, const QString& directory,
                              const QString& filter, const QString& suffix)
{
    QString name;
    if (!s_fileNames.isEmpty())
        name = s_fileNames.takeFirst();
    else if (!s_testMode)
        name = QFileDialog::getSaveFileName(parent, title, directory, filter, nullptr,
                                            QFileDialog::DontConfirmOverwrite);
    if (!name.isEmpty() && !suffix.isEmpty() && QFileInfo(name).suffix().isEmpty())
        name += QLatin1Char('.') + suffix;
    return name;
}

QString Dialogs::openFileName(QWidget* parent, const QString& title, const QString& directory,
                              const QString& filter)
{
    if (!s_fileNames.isEmpty())
        return s_fileNames.takeFirst();
    if (s_testMode)
        return QString();
    return QFileDialog::getOpenFileName(parent, title, directory, filter);
}

void Dialogs::warn(QWidget* parent, const QString& title, const QString& text)
{
    s_lastMessage = text;
    if (s_testMode)
        return;
    QMessageBox::warning(parent, title, text);
}

QString Dialogs::askText(QWidget* parent, const QString& title, const QString& label,
                         int minimumLength, const QString& placeholder)
{
    s_lastMessage = label;
    if (!s_texts.isEmpty()) {
        const QString text = s_texts.takeFirst().trimmed();
        return text.size() >= minimumLength ? text : QString();
    }
    if (s_testMode)
        return QString();
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("askTextDialog"));
    dialog.setWindowTitle(title);
    auto* layout = new QVBoxLayout(&dialog);
    auto* text = new QLabel(label);
    text->setWordWrap(true);
    auto* edit = new QLineEdit;
    edit->setPlaceholderText(placeholder);
    text->setBuddy(edit);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    const QString hint =
        QCoreApplication::translate("Dialogs", "At least %n character(s).", nullptr, minimumLength);
    auto update = [=] {
        const bool enough = edit->text().trimmed().size() >= minimumLength;
        ok->setEnabled(enough);
        ok->setToolTip(enough ? QString() : hint);
    };
    QObject::connect(edit, &QLineEdit::textChanged, &dialog, update);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    update();
    layout->addWidget(text);
    layout->addWidget(edit);
    layout->addWidget(buttons);
    dialog.resize(dialog.fontMetrics().horizontalAdvance(QLatin1Char('M')) * 32,
                  dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted)
        return QString();
    return edit->text().trimmed();
}

void Dialogs::setNextText(const QString& text)
{
    s_texts.append(text);
}

void Dialogs::setTestMode(bool on)
{
    s_testMode = on;
    if (!on) {
        s_answers.clear();
        s_fileNames.clear();
        s_texts.clear();
    }
}

void Dialogs::setNextAnswer(bool answer)
{
    s_answers.append(answer);
}

void Dialogs::setNextFileName(const QString& fileName)
{
    s_fileNames.append(fileName);
}

} // namespace rmdesk
