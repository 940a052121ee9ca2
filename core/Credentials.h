#pragma once
// What a directory tells about a user's second factor and its settings: never a secret.

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

} // namespace authdesk
