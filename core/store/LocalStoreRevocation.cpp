// Ending a user's access, inside the caller's open write transaction: every live server session
// and refresh-token family is marked revoked (kept for the Sessions view until pruned), and the
// user's tokens_not_before moves to now, so an access token issued before it no longer validates
// even though it has not expired. The helpdesk MFA reset uses it today; "sign out everywhere",
// disabling a user and setting their password are to use it too (issue 6's AuthService).

#include "core/store/Database.h"
#include "core/store/LocalStore.h"
#include "core/store/LocalStoreInternal.h"

namespace authdesk {

Result<int> LocalStore::revokeSessions(qint64 userId, const QString &reason)
{
    const qint64 at = now().toMSecsSinceEpoch();
    auto q = m_db->prepare(QStringLiteral("UPDATE sessions SET revoked_at = ?, revoked_reason = ? "
                                          "WHERE user_id = ? AND revoked_at IS NULL AND expires_at > ? "
                                          "AND (idle_expires_at IS NULL OR idle_expires_at > ?)"));
    if (!q.ok())
        return q.error();
    q.value().addBindValue(at);
    q.value().addBindValue(reason);
    q.value().addBindValue(userId);
    q.value().addBindValue(at);
    q.value().addBindValue(at);
    if (auto s = m_db->exec(q.value()); !s.ok())
        return s.error();
    const int revoked = q.value().numRowsAffected();
    auto nb = m_db->prepare(QStringLiteral("UPDATE users SET tokens_not_before = ? WHERE id = ?"));
    if (!nb.ok())
        return nb.error();
    nb.value().addBindValue(at);
    nb.value().addBindValue(userId);
    if (auto s = m_db->exec(nb.value()); !s.ok())
        return s.error();
    return revoked;
}

} // namespace authdesk
