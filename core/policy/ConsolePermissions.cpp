#include "core/policy/ConsolePermissions.h"

#include <QtGlobal>

namespace authdesk::ConsolePermission {

const QList<Definition> &all()
{
    static const QList<Definition> list = {
        {UsersRead, QT_TRANSLATE_NOOP("ConsolePermission", "See users, their roles and permissions")},
        {UsersCreate, QT_TRANSLATE_NOOP("ConsolePermission", "Create and import users")},
        {UsersWrite, QT_TRANSLATE_NOOP("ConsolePermission", "Edit users' email and display name")},
        {UsersDisable, QT_TRANSLATE_NOOP("ConsolePermission", "Disable and enable users")},
        {UsersDelete, QT_TRANSLATE_NOOP("ConsolePermission", "Delete users")},
        {UsersResetPassword, QT_TRANSLATE_NOOP("ConsolePermission", "Set users' passwords")},
        {RolesRead, QT_TRANSLATE_NOOP("ConsolePermission", "See roles and permissions")},
        {RolesManage, QT_TRANSLATE_NOOP("ConsolePermission", "Create roles and change their permissions")},
        {RolesAssign, QT_TRANSLATE_NOOP("ConsolePermission", "Give roles to users and take them away")},
        {MfaEnroll, QT_TRANSLATE_NOOP("ConsolePermission", "Enroll users' authenticators")},
        {MfaReset, QT_TRANSLATE_NOOP("ConsolePermission", "Reset users' authenticators")},
        {SessionsRead, QT_TRANSLATE_NOOP("ConsolePermission", "See sessions")},
        {SessionsRevoke, QT_TRANSLATE_NOOP("ConsolePermission", "End sessions")},
        {AuditRead, QT_TRANSLATE_NOOP("ConsolePermission", "Read and verify the audit log")},
        {SettingsManage, QT_TRANSLATE_NOOP("ConsolePermission", "Change store settings")},
    };
    return list;
}

QStringList allNames()
{
    QStringList names;
    for (const auto &d : all())
        names << d.name;
    return names;
}

bool isConsolePermission(const QString &name)
{
    for (const auto &d : all())
        if (d.name == name)
            return true;
    return false;
}

const QList<BuiltinRole> &builtinRoles()
{
    static const QList<BuiltinRole> roles = {
        {OwnerRole, QT_TRANSLATE_NOOP("ConsolePermission", "Full control of the store, including its settings"),
         allNames()},
        {QStringLiteral("admin"), QT_TRANSLATE_NOOP("ConsolePermission", "Manages users, roles, sessions and MFA"),
         {UsersRead, UsersCreate, UsersWrite, UsersDisable, UsersDelete, UsersResetPassword, RolesRead, RolesManage,
          RolesAssign, MfaEnroll, MfaReset, SessionsRead, SessionsRevoke, AuditRead}},
        {QStringLiteral("helpdesk"),
         QT_TRANSLATE_NOOP("ConsolePermission", "Resets passwords and authenticators of ordinary users"),
         {UsersRead, UsersResetPassword, MfaReset, SessionsRead, SessionsRevoke}},
        {QStringLiteral("auditor"), QT_TRANSLATE_NOOP("ConsolePermission", "Reads everything, changes nothing"),
         {UsersRead, RolesRead, SessionsRead, AuditRead}},
    };
    return roles;
}

const QList<AppPermission> &seedAppPermissions()
{
    static const QList<AppPermission> list = {
        {QStringLiteral("read"), QT_TRANSLATE_NOOP("ConsolePermission", "Application: read")},
        {QStringLiteral("write"), QT_TRANSLATE_NOOP("ConsolePermission", "Application: write")},
        {QStringLiteral("delete"), QT_TRANSLATE_NOOP("ConsolePermission", "Application: delete")},
        {QStringLiteral("manage_users"), QT_TRANSLATE_NOOP("ConsolePermission", "Application: manage users")},
    };
    return list;
}

} // namespace authdesk::ConsolePermission
