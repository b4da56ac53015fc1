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

    static void setTestMode(bool on);
    static void setNextAnswer(bool answer);
    static void setNextFileName(const QString& fileName);
    static QString lastMessage() { return s_lastMessage; }

private:
    static bool s_testMode;
    static QList<bool> s_answers;
    static QList<QString> s_fileNames;
    static QString s_lastMessage;
};

} // namespace rmdesk
