#pragma once
// Brute-force protection for applications' logins, by Keycloak's rules (DefaultBruteForceProtector)
// and with its defaults: every failure (wrong password, wrong or missing second factor) counts; a
// failure more than failureResetSeconds after the previous one starts the count again; after it
//   wait = waitIncrementSeconds × ⌊failures / failureFactor⌋, at most maxWaitSeconds,
// and when that is 0 but this failure came less than quickLoginMs after the previous one (a script,
// not a person), wait = quickLoginWaitSeconds. A wait > 0 locks sign-in until now + wait. A
// successful login clears the count. Attempts while locked are refused before the password is
// checked, with the same answer as a wrong password, and do not count.

#include <QDateTime>

namespace authdesk {

struct LockoutRule {
    int failureFactor = 30;
    int waitIncrementSeconds = 60;
    int maxWaitSeconds = 900;
    int failureResetSeconds = 12 * 3600;
    int quickLoginMs = 1000;
    int quickLoginWaitSeconds = 60;
};

struct LockoutState {
    int failures = 0;
    QDateTime lastFailureAt;       // invalid: none
    QDateTime lockedUntil;         // invalid: not locked

    bool isLocked(const QDateTime &now) const { return lockedUntil.isValid() && now < lockedUntil; }
};

namespace lockout {
// The state after one more failure at `now`.
LockoutState afterFailure(const LockoutRule &rule, const LockoutState &before, const QDateTime &now);
} // namespace lockout

} // namespace authdesk
