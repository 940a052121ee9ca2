#pragma once
// The console (administrative) permissions core enforces, and the built-in roles seeded into
// every new store. Roles are data afterwards: admins with roles.manage edit them, except that
// the owner role always keeps every console permission.

#include <QString>
#include <QStringList>

namespace authdesk::ConsolePermission {

inline const QString UsersRead = QStringLiteral("users.read");
inline const QString UsersCreate = QStringLiteral("users.create");
inline const QString UsersWrite = QStringLiteral("users.write");
inline const QString UsersDisable = QStringLiteral("users.disable");
inline const QString UsersDelete = QStringLiteral("users.delete");
inline const QString UsersResetPassword = QStringLiteral("users.reset_password");
inline const QString RolesRead = QStringLiteral("roles.read");
inline const QString RolesManage = QStringLiteral("roles.manage");
inline const QString RolesAssign = QStringLiteral("roles.assign");
inline const QString MfaEnroll = QStringLiteral("mfa.enroll");
inline const QString MfaReset = QStringLiteral("mfa.reset");
inline const QString SessionsRead = QStringLiteral("sessions.read");
inline const QString SessionsRevoke = QStringLiteral("sessions.revoke");
inline const QString AuditRead = QStringLiteral("audit.read");
inline const QString SettingsManage = QStringLiteral("settings.manage");

struct Definition {
    QString name;
    const char *description; // translated where shown (QT_TRANSLATE_NOOP context "ConsolePermission")
};

const QList<Definition> &all();
QStringList allNames();
bool isConsolePermission(const QString &name);

struct BuiltinRole {
    QString name;
    const char *description;
    QStringList permissions;
};
const QList<BuiltinRole> &builtinRoles();

inline const QString OwnerRole = QStringLiteral("owner");

// Application permissions a new store grants its users through app roles (the seed's set).
struct AppPermission {
    QString name;
    const char *description;
};
const QList<AppPermission> &seedAppPermissions();

} // namespace authdesk::ConsolePermission
