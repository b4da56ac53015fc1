#pragma once

#include "storage/secretbytes.h"

#include <QCoreApplication>
#include <QString>

#include <cstdio>

namespace rmdesk {

// Reads passwords and recovery keys without ever holding them in a QString: from standard input
// (one per line, with --password-stdin) or from the terminal with echo off.
class SecretInput
{
    Q_DECLARE_TR_FUNCTIONS(SecretInput)

public:
    static constexpr std::size_t MaxLength = 4096;

    SecretInput(bool fromStdin, std::FILE* in = stdin);
    // False, with *error, when there is no line to read (end of input, no terminal).
    bool read(const QString& prompt, SecretBytes* secret, QString* error);

private:
    bool readLine(std::FILE* in, SecretBytes* secret, QString* error);
    bool m_fromStdin;
    std::FILE* m_in;
};

} // namespace rmdesk
