#include "csvencoding.h"

#include "csvtable.h"

namespace rmdesk {

QString implausibleGbMessage()
{
    return CsvTable::tr("The file is neither UTF-8 nor ordinary GB18030 text (it may be Big5 or a "
                        "Western encoding, which would come out garbled): save it as CSV UTF-8. "
                        "If it really is GB18030, choose that encoding.");
}

bool looksUtf16(const QByteArray& start)
{
    int even = 0, odd = 0;
    for (qsizetype i = 0; i < start.size(); ++i)
        if (start.at(i) == '\0')
            ++(i % 2 ? odd : even);
    return (even == 0) != (odd == 0) && even + odd >= 4;
}

QString utf16Message()
{
    return CsvTable::tr("The file is in UTF-16, which is not read here: save it as CSV UTF-8.");
}

} // namespace rmdesk
