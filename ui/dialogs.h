#pragma once

#include <QList>
#include <QString>

class QWidget;

namespace rmdesk {

// Every modal question the interface asks goes through here, so tests can answer it without a
// modal loop: queue answers with setNextAnswer()/setNextFileName(). With test mode on, a question
// without a queued answer is declined and a message is only remembered (lastMessage()).
class Dialogs
{
public:
    // Asks a yes/no question; `accept` is the text of the button that goes ahead.
    static bool confirm(QWidget* parent, const QString& title, const QString& text,
                        const QString& accept = QString());
    // A file to write (empty when cancelled). `suffix` is appended when the name has none.
    static QString saveFileName(QWidget* parent, const QString& title, const QString& directory,
                                const QString& filter, const QString& suffix);
    // An existing file to open (empty when cancelled).
    static QString openFileName(QWidget* parent, const QString& title, const QString& directory,
                                const QString& filter);
    // A modal message for something that went wrong outside any form.
    static void warn(QWidget* parent, const QString& title, const QString& text);
    // A short text the person must give (a reason, at least `minimumLength` characters); empty
    // when cancelled. Tests queue the answer with setNextText().
    static QString askText(QWidget* parent, const QString& title, const QString& label,
                           int minimumLength, const QString& placeholder = QString());

    static void setTestMode(bool on);
    static void setNextAnswer(bool answer);
    static void setNextFileName(const QString& fileName);
    static void setNextText(const QString& text);
    static QString lastMessage() { return s_lastMessage; }

private:
    static bool s_testMode;
    static QList<bool> s_answers;
    static QList<QString> s_fileNames;
    static QList<QString> s_texts;
    static QString s_lastMessage;
};

} // namespace rmdesk
