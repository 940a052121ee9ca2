#pragma once
// One entry of the append-only, hash-chained audit log.

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>

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

// Newest first, keyset-paged on id: the next page starts before the last id seen. Every filter
// is optional and they combine with AND; the directory runs them, with bound values only.
struct AuditQuery {
    qint64 limit = 100;
    qint64 beforeId = 0;           // 0: newest first from the end
    QString actor;                 // substring of the actor's name, case-insensitive
    std::optional<qint64> actorId; // exactly this actor (0: nobody signed in)
    QString target;                // substring of the target's name, case-insensitive
    QString action;                // exact; ending in '.' ("mfa.") every action with that prefix
    std::optional<AuditResult> result;
    QDateTime from;                // UTC, inclusive; invalid: no lower bound
    QDateTime to;                  // UTC, inclusive; invalid: no upper bound

    bool isFiltered() const
    {
        return !actor.isEmpty() || actorId || !target.isEmpty() || !action.isEmpty() || result || from.isValid()
            || to.isValid();
    }
};

// How many events match a query. Unfiltered it is the newest id (the chain numbers events 1, 2, 3 …
// without gaps, which verify() checks), so it costs one index lookup at any size; filtered it is a
// count over the matching rows, which on a large log may read much of it.
struct AuditCount {
    qint64 count = 0;
    bool fromNewestId = false;     // true: read off the newest id, not counted
};

struct AuditVerification {
    bool intact = false;
    qint64 eventsChecked = 0;
    qint64 firstBadId = 0;         // 0 when intact
    QString problem;               // translated, names what is wrong with the first bad event
};

QString auditResultName(AuditResult r);
// The result named as auditResultName() names it ("success", "denied", "failed"); nullopt otherwise.
std::optional<AuditResult> auditResultFromName(const QString &name);

} // namespace authdesk

Q_DECLARE_METATYPE(authdesk::AuditEvent)
