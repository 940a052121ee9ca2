#pragma once
// How the command-line tool prints users, roles and audit events: aligned text for people,
// JSON for scripts. Control characters in names are escaped so a hostile name cannot draw on
// the terminal.

#include "core/AuditEvent.h"
#include "core/Rbac.h"
#include "core/User.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace authdesk::cli {

QJsonObject userToJson(const User &user);
QJsonObject roleToJson(const Role &role);
QJsonObject auditEventToJson(const AuditEvent &event);
QString isoUtc(const QDateTime &dt);

// Prints rows as columns separated by two spaces, the header first.
QString formatTable(const QStringList &header, const QList<QStringList> &rows);
void printOut(const QString &text);
void printErr(const QString &text);
void printJson(const QJsonObject &object);

} // namespace authdesk::cli
