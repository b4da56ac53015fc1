#pragma once

#include <QString>

namespace rmdesk {

// Why a store call did not do what was asked. The kinds map onto rmdesk-cli's exit codes.
struct StoreError
{
    enum Kind {
        None,
        Invalid,    // the input was rejected (exit 1)
        NotFound,   // no such record (exit 1)
        Forbidden,  // the role does not permit it (exit 5)
        Auth,       // unknown user, wrong password, refused log-in (exit 3)
        Unreadable, // database or keyring missing, not RM Desk's, wrong key (exit 4)
        Damaged,    // the file opens with its key but some pages are damaged (exit 4; check: 1)
        Failed      // anything else: disk, SQL (exit 1)
    };
    Kind kind = None;
    QString message;

    bool ok() const { return kind == None; }
    static StoreError make(Kind kind, const QString& message) { return {kind, message}; }
};

// Sets *out (when given) and returns false, for one-line error returns.
inline bool fail(StoreError* out, StoreError::Kind kind, const QString& message)
{
    if (out)
        *out = StoreError{kind, message};
    return false;
}

} // namespace rmdesk
