#include "dialogs.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace rmdesk {

bool Dialogs::s_testMode = false;
QList<bool> Dialogs::s_answers;
QList<QString> Dialogs::s_fileNames;
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

void Dialogs::setTestMode(bool on)
{
    s_testMode = on;
    if (!on) {
        s_answers.clear();
        s_fileNames.clear();
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
