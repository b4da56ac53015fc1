#include "session.h"

namespace rmdesk {

QString roleName(Role role)
{
    switch (role) {
    case Role::Rm:
        return QStringLiteral("rm");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Compliance:
        return QStringLiteral("compliance");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return QString();
}

std::optional<Role> roleFromName(const QString& name)
{
    for (Role r : {Role::Rm, Role::Supervisor, Role::Compliance, Role::Admin})
        if (roleName(r) == name)
            return r;
    return std::nullopt;
}

QStringList roleNames()
{
    return {QStringLiteral("rm"), QStringLiteral("supervisor"), QStringLiteral("compliance"),
            QStringLiteral("admin")};
}

} // namespace rmdesk
