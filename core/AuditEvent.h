#pragma once
// One entry of the append-only, hash-chained audit log.

#include <QDateTime>
#include <QList>
#include <QString>

namespace authdesk {

enum class AuditResult { Success, Denied, Failed };

struct AuditEvent {
    qint64 id = 0;
    QDateTime at;                  // UTC, millisecond precision
    qint64 actorId = 0;            // 0: nobody signed in (a failed sign-in)
    QString actorName;
    QString action;                // "user.create", "role.grant", "auth.sign_in" …
    QString targetType;            // "user", "role", "store" …
    QString targetId;
    QString targetName;
    AuditResult result = AuditResult::Success;
    QString reason;                // the admin's reason, or why it was refused
    QString before;                // compact JSON, no secrets
    QString after;                 // compact JSON, no secrets
    QString machine;
    QString prevHash;
    QString hash;
};

struct AuditQuery {
    qint64 limit = 100;
    qint64 beforeId = 0;           // 0: newest first from the end
};

struct AuditVerification {
    bool intact = false;
    qint64 eventsChecked = 0;
    qint64 firstBadId = 0;         // 0 when intact
    QString problem;               // translated, names what is wrong with the first bad event
};

QString auditResultName(AuditResult r);

} // namespace authdesk
