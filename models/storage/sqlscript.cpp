#include "sqlscript.h"

#include <sqlcipher/sqlite3.h>

namespace rmdesk {

namespace {

bool onlyCommentsOrSpace(const QString& text)
{
    int i = 0;
    const int n = int(text.size());
    while (i < n) {
        const QChar c = text.at(i);
        if (c.isSpace() || c == QLatin1Char(';')) {
            ++i;
        } else if (text.mid(i, 2) == QLatin1String("--")) {
            const int end = int(text.indexOf(QLatin1Char('\n'), i));
            i = end < 0 ? n : end + 1;
        } else if (text.mid(i, 2) == QLatin1String("/*")) {
            const int end = int(text.indexOf(QLatin1String("*/"), i + 2));
            i = end < 0 ? n : end + 2;
        } else {
            return false;
        }
    }
    return true;
}

} // namespace

QStringList splitSqlScript(const QString& script)
{
    QStringList statements;
    int start = 0;
    for (int i = 0; i < script.size(); ++i) {
        if (script.at(i) != QLatin1Char(';'))
            continue;
        const QString candidate = script.mid(start, i - start + 1);
        if (sqlite3_complete(candidate.toUtf8().constData())) {
            if (!onlyCommentsOrSpace(candidate))
                statements << candidate.trimmed();
            start = i + 1;
        }
    }
    const QString rest = script.mid(start);
    if (!onlyCommentsOrSpace(rest))
        statements << rest.trimmed();
    return statements;
}

} // namespace rmdesk
