#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace rmdesk {

enum class Role { Rm, Supervisor, Compliance, Admin };

QString roleName(Role role); // "rm", "supervisor", "compliance", "admin"
std::optional<Role> roleFromName(const QString& name);
QStringList roleNames();

// Who is acting: every store call runs in one. The recovery session (opened with the recovery key)
// acts as an administrator under the name "recovery".
struct Session
{
    qint64 userId = 0;
    QString userName;
    Role role = Role::Rm;
    QString branch;
};

} // namespace rmdesk
