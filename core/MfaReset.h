#pragma once
// The helpdesk's one-step MFA reset: what the operator sees before it (no secrets), what they must
// give (ticket, reason, how the caller's identity was checked), and what the one transaction did.

#include "core/AuditEvent.h"
#include "core/Credentials.h"
#include "core/User.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace authdesk {

// How the operator made sure the person asking is the account's owner. Recorded in the audit event.
enum class IdentityCheck {
    CallBack,        // called back the phone number on file
    InPerson,        // saw the person with an identity document
    ManagerApproval, // the person's manager approved the request
    Other,           // anything else: the operator describes it in MfaResetRequest::verificationNote
};
// Stable names for the audit event, the CLI (--verified-by) and JSON: "call-back", "in-person",
// "manager-approval", "other".
QString identityCheckName(IdentityCheck check);
bool parseIdentityCheck(const QString &name, IdentityCheck *check);
QStringList identityCheckNames();

// What the operator looks at before resetting. Holds no secret (no TOTP secret, no code, no hash).
struct MfaResetInspection {
    User user;
    MfaStatus mfa;
    int trustedDevices = 0;         // remembered computers that would be forgotten
    int liveSessions = 0;           // sessions and refresh-token families that would be revoked (as the store has them)
    bool temporaryPassOutstanding = false; // an unused, unexpired temporary access pass exists
    QList<AuditEvent> recentFailures; // the newest failed second-factor attempts and lockouts (at most 20)
    int lockouts = 0;               // how many of those were throttle lockouts
    // Whether this operator may reset this user, and if not the rule that applies (self, target holds a
    // console permission the operator lacks, operator lacks mfa.reset). The reset itself checks again.
    bool allowed = false;
    QString refusal;
    // Opaque fingerprint of the user's MFA state when inspected. Passing it back in the request makes
    // the reset refuse with ErrorCode::Conflict if anyone enrolled, activated or reset meanwhile.
    QString stateToken;
};

struct MfaResetRequest {
    QString ticket;            // required, e.g. "INC-20417"
    QString reason;            // required, free text
    IdentityCheck verifiedBy = IdentityCheck::CallBack;
    QString verificationNote;  // required when verifiedBy == Other; optional otherwise
    QString expectedStateToken; // from MfaResetInspection::stateToken; empty: no conflict check (CLI without --expect)
    bool issueTemporaryPass = false;
    int temporaryPassMinutes = 0; // 0: the store's mfa.temporary_pass_minutes (default 60)
};

// Whether the user was told, as the notifier reported it. Never undoes the reset.
struct NotificationOutcome {
    enum class State { NotConfigured, Sent, Failed };
    State state = State::NotConfigured;
    QString channel;   // "smtp", "command" or empty
    QString recipient; // the email on file it went (or would have gone) to
    QString detail;    // why not, for Failed/NotConfigured; the server's answer for Sent
};
QString notificationStateName(NotificationOutcome::State state); // "not-configured", "sent", "failed"

struct MfaResetResult {
    User user;                 // after the reset (mfaEnrolled false, enrollment required)
    int factorsRemoved = 0;
    int recoveryCodesRemoved = 0;
    int trustedDevicesForgotten = 0;
    int sessionsRevoked = 0;
    qint64 auditEventId = 0;   // the one event holding the whole reset
    // The temporary access pass, when asked for: shown to the operator once, stored only as a hash.
    QString temporaryPass;
    QDateTime temporaryPassExpires;
    NotificationOutcome notification;
};

} // namespace authdesk
