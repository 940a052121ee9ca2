#pragma once
// Roles, permissions and why a user holds a permission.

#include <QList>
#include <QString>
#include <QStringList>

namespace authdesk {

enum class PermissionKind { Console, Application };

struct Permission {
    QString name;
    PermissionKind kind = PermissionKind::Application;
    QString description;
};

struct Role {
    qint64 id = 0;
    QString name;
    QString description;
    bool builtin = false;
    QStringList permissions;       // sorted names
    qint64 memberCount = 0;
    qint64 version = 0;
};

// One effective permission and the roles it comes through ("via role admin").
struct EffectivePermission {
    QString name;
    PermissionKind kind = PermissionKind::Application;
    QStringList viaRoles;
};

} // namespace authdesk
