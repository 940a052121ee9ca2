#pragma once
// What a directory tells about a user's second factor and its settings: never a secret.

#include "core/Principal.h"

#include <QDateTime>
#include <QString>

namespace authdesk {

// A TOTP factor as an administrator may see it: never its secret.
struct MfaStatus {
    enum class State { None, Pending, Active, Disabled };
    State state = State::None; // of the newest factor that is not pending (Active/Disabled), else Pending/None
    bool pending = false;      // an enrollment waits for its first code
    QString type;              // "totp"
    QString algorithm;         // "SHA1" …
    int digits = 0;
    int period = 0;
    QDateTime createdAt;
    QDateTime activatedAt;
    QDateTime lastUsedAt;
    QDateTime pendingSince;
    int failedAttempts = 0; // consecutive, TOTP and recovery codes together
    QDateTime lastFailureAt;
    QDateTime disabledAt;
    int recoveryCodesLeft = 0;
};
QString mfaStateName(MfaStatus::State state);

struct TotpEnrollment {
    QString uri; // otpauth://… — shown to the admin enrolling, never stored in plaintext
    QString issuer;
    QString account;
    QString algorithm;
    int digits = 6;
    int period = 30;
};

// One store setting as `policy show` lists it.
struct StoreSetting {
    QString key;
    QString value;
    QString description;
    bool isDefault = true;
};

// How the second step of a sign-in proves the account's second factor.
enum class SecondFactorKind {
    Totp,             // the authenticator app's code
    RecoveryCode,     // one of the account's single-use recovery codes
    RememberedDevice, // the token this computer got when "remember on this computer" was ticked
    TemporaryPass,    // the single-use temporary access pass a helpdesk MFA reset issued
};

// A completed sign-in. deviceToken is set only when "remember on this computer" was asked for (with a
// TOTP code) and the store allows it: the caller keeps it in the OS keychain, never on disk, and
// passes it back as the code of a RememberedDevice sign-in until it expires.
struct SignInResult {
    Principal principal;
    QString deviceToken;
    QDateTime deviceTokenExpires;
};

// The store's sign-in and console-session settings. Not secret: readable before anyone signs in,
// so the sign-in dialog and the session guard can follow them.
struct SignInPolicy {
    QString directoryId;       // the store's id, as Principal::directoryId() will name it (for keychain entries)
    int rememberDays = 30;     // signin.remember_days; 0: "remember on this computer" is off
    int idleLockMinutes = 15;  // console.idle_lock_minutes
    int reauthHours = 12;      // console.reauth_hours
};

} // namespace authdesk
