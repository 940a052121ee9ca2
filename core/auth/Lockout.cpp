#include "core/auth/Lockout.h"

#include <algorithm>

namespace authdesk::lockout {

LockoutState afterFailure(const LockoutRule &rule, const LockoutState &before, const QDateTime &now)
{
    LockoutState next = before;
    qint64 sinceLastMs = -1;
    if (before.lastFailureAt.isValid())
        sinceLastMs = std::max<qint64>(0, before.lastFailureAt.msecsTo(now));
    if (sinceLastMs > qint64(rule.failureResetSeconds) * 1000)
        next.failures = 0;
    next.failures += 1;
    next.lastFailureAt = now;
    const int factor = std::max(1, rule.failureFactor);
    qint64 wait = qint64(rule.waitIncrementSeconds) * (next.failures / factor);
    if (wait == 0 && sinceLastMs >= 0 && sinceLastMs < rule.quickLoginMs)
        wait = rule.quickLoginWaitSeconds;
    if (wait > 0) {
        wait = std::min<qint64>(wait, rule.maxWaitSeconds);
        next.lockedUntil = now.addSecs(wait);
    }
    return next;
}

} // namespace authdesk::lockout
