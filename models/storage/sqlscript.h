#pragma once

#include <QStringList>

namespace rmdesk {

// Splits an SQL script into complete statements, using SQLite's own notion of completeness so
// that semicolons inside strings, comments and CREATE TRIGGER bodies are handled. Pieces that hold
// only whitespace or comments are dropped.
QStringList splitSqlScript(const QString& script);

} // namespace rmdesk
