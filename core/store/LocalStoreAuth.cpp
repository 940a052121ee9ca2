// LocalStore: applications' sign-in (the store side of AuthService) — login with brute-force
// protection, server sessions, validation, logout, the "must change password" restriction — and
// what administrators do with sessions: list them, end one, a user's or everyone's, unlock a
// locked account. Also the service key slots through which an application holds the data key.
//
// Tokens are opaque (core/auth/OpaqueToken.h) and only their SHA-256 is kept. Every login attempt
// is one audit event (auth.login) naming the outcome; validation is not audited (it is the hot path).

#include "core/audit/AuditLog.h"
#include "core/auth/OpaqueToken.h"
#include "core/crypto/PasswordHasher.h"
#include "core/crypto/Random.h"
#include "core/crypto/SecretBox.h"
#include "core/crypto/SecureCompare.h"
#include "core/policy/ConsolePermissions.h"
#include "core/policy/InputRules.h"
#include "core/policy/StoreSettings.h"
#include "core/store/Database.h"
#include "core/store/LocalStore.h"
#include "core/store/LocalStoreInternal.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace authdesk {

namespace P = ConsolePermission;
using store::fromMs;
using store::jsonOf;
using store::toMs;
using store::clientText;

namespace {
const QString LoginAction = QStringLiteral("auth.login");
constexpr int MaxClientText = 512;        // ip and user agent are cut to this, control characters dropped
constexpr qint64 TouchEveryMs = 60 * 1000; // last_seen_at is written at most once a minute per session
constexpr int KeyFileVersion = 1;
constexpr int KeepEndedDays = 30;          // ended sessions stay visible (and investigable) this long

SessionInfo::Kind kindOf(const QString &text)
{
    return text == QLatin1String("refresh") ? SessionInfo::Kind::RefreshFamily : SessionInfo::Kind::Session;
}
} // namespace

QString store::clientText(const QString &text)
{
    QString out(QLatin1String(""));
    out.reserve(std::min<qsizetype>(text.size(), MaxClientText));
    for (QChar c : text) {
        if (out.size() >= MaxClientText)
            break;
        if (c.unicode() >= 0x20 && !(c.unicode() >= 0x7f && c.unicode() <= 0x9f))
            out += c;
    }
    return out;
}

struct LocalStore::SessionRow {
    qint64 id = 0;
    qint64 userId = 0;
    QString username;
    QDateTime createdAt;
    QDateTime lastSeenAt;
    QDateTime idleExpiresAt;
    QDateTime expiresAt;
    bool mfaUsed = false;
    bool passwordChangeOnly = false;
    qint64 generation = 0;
    QDateTime revokedAt;
    QString revokedReason;
    bool userActive = true;
    QDateTime tokensNotBefore;
};

// ---- brute-force counters ------------------------------------------------------------------

Result<LockoutState> LocalStore::readLockout(qint64 userId)
{
    auto q = m_db->prepare(QStringLiteral(
        "SELECT login_failures, last_login_failure_at, login_locked_until FROM users WHERE id = ?"));
    if (!q.ok())
        return q.error();
    q.value().addBindValue(userId);
    if (auto s = m_db->exec(q.value()); !s.ok())
        return s.error();
    if (!q.value().next())
        return makeError(ErrorCode::NotFound, tr("There is no user #%1.").arg(userId));
    LockoutState state;
    state.failures = q.value().value(0).toInt();
    state.lastFailureAt = fromMs(q.value().value(1));
    state.lockedUntil = fromMs(q.value().value(2));
    return state;
}

Result<LockoutState> LocalStore::recordLoginFailure(qint64 userId, const LockoutRule &rule)
{
    auto before = readLockout(userId);
    if (!before.ok())
        return before.error();
    const LockoutState after = lockout::afterFailure(rule, before.value(), now());
    auto q = m_db->prepare(QStringLiteral(
        "UPDATE users SET login_failures = ?, last_login_failure_at = ?, login_locked_until = ? WHERE id = ?"));
    if (!q.ok())
        return q.error();
    q.value().addBindValue(after.failures);
    q.value().addBindValue(toMs(after.lastFailureAt));
    q.value().addBindValue(toMs(after.lockedUntil));
    q.value().addBindValue(userId);
    if (auto s = m_db->exec(q.value()); !s.ok())
        return s.error();
    return after;
}

Status LocalStore::clearLoginFailures(qint64 userId)
{
    auto q = m_db->prepare(QStringLiteral("UPDATE users SET login_failures = 0, last_login_failure_at = NULL, "
                                          "login_locked_until = NULL WHERE id = ? AND (login_failures <> 0 OR "
                                          "login_locked_until IS NOT NULL)"));
    if (!q.ok())
        return q.error();
    q.value().addBindValue(userId);
    return m_db->exec(q.value());
}

// ---- login ---------------------------------------------------------------------------------

Result<LoginResult> LocalStore::appLogin(const LoginRequest &request)
{
    const Error wrong = makeError(ErrorCode::AuthenticationFailed, tr("Wrong username, password or code."));
    const QString attempted = request.identifier.left(InputRules::MaxEmailLength);
    AuditEvent e;
    e.action = LoginAction;
    e.targetType = QStringLiteral("user");
    e.actorName = attempted;
    e.targetName = attempted;
    e.result = AuditResult::Failed;
    // Who asked from where is part of the record (never the password or a code).
    QJsonObject client;
    if (!request.client.ip.isEmpty())
        client.insert(QStringLiteral("ip"), clientText(request.client.ip));
    if (!request.client.userAgent.isEmpty())
        client.insert(QStringLiteral("user_agent"), clientText(request.client.userAgent));
    e.after = client.isEmpty() ? QString() : jsonOf(client);
    auto refuse = [&](const QString &reason, const Error &answer) -> Result<LoginResult> {
        e.reason = reason;
        if (auto s = auditOutsideTransaction(e); !s.ok())
            return s.error();
        return answer;
    };

    if (!m_audit->hasKey())
        return refuse(tr("the store is locked: no service key is open"),
                      makeError(ErrorCode::KeyUnavailable,
                                tr("The store's data key is not open, so logins cannot be checked: give the "
                                   "application a service key file (authdesk-cli keys service-slot --out FILE, "
                                   "then AUTHDESK_KEY_FILE=FILE).")));
    auto settings = hotSettings(); // read once per login at most, shared with validation
    if (!settings.ok())
        return settings.error();
    const TokenMode mode = request.mode.value_or(StoreSettings::tokenMode(settings.value()) == QLatin1String("jwt")
                                                     ? TokenMode::Jwt
                                                     : TokenMode::Session);
    if (request.password.size() > InputRules::MaxPasswordLength * 2)
        return refuse(tr("password too long"), wrong);

    auto row = request.identifier.isEmpty() ? Result<UserRow>(makeError(ErrorCode::NotFound, QString()))
                                            : userByRef(request.identifier);
    if (!row.ok() && row.code() != ErrorCode::NotFound)
        return row.error();
    if (!row.ok() || row->passwordHash.isEmpty()) {
        (void)crypto::PasswordHasher::verify(request.password, store::dummyPasswordHash());
        if (row.ok()) {
            e.actorId = row->user.id;
            e.targetId = QString::number(row->user.id);
            e.actorName = e.targetName = row->user.username;
        }
        return refuse(row.ok() ? tr("the account has no password set") : tr("unknown user"), wrong);
    }
    const User &u = row->user;
    e.actorId = u.id;
    e.actorName = e.targetName = u.username;
    e.targetId = QString::number(u.id);
    const LockoutRule rule = StoreSettings::lockoutRule(settings.value());

    // Locked: the same answer as a wrong password, whatever was typed, and the attempt does not count.
    auto lock = readLockout(u.id);
    if (!lock.ok())
        return lock.error();
    if (lock->isLocked(now())) {
        (void)crypto::PasswordHasher::verify(request.password, store::dummyPasswordHash());
        e.result = AuditResult::Denied;
        return refuse(tr("locked after %n failed login(s) until %1 (credentials not checked)", nullptr,
                         lock->failures)
                          .arg(lock->lockedUntil.toString(Qt::ISODate)),
                      wrong);
    }

    // The password is checked before the write transaction, so the store is not held for its hashing.
    auto verified = crypto::PasswordHasher::verify(request.password, row->passwordHash);
    const bool passwordOk = verified.ok() && verified.value();
    if (passwordOk && !u.isEffectivelyActive(now())) {
        e.result = AuditResult::Denied;
        return refuse(tr("the account is disabled"),
                      makeError(ErrorCode::PermissionDenied, tr("This account is disabled.")));
    }

    WriteTransaction tx(*m_db);
    if (auto s = begin(tx); !s.ok())
        return s.error();
    // A failure counts, is recorded with the count it reached, and answers as a wrong password does
    // (SecondFactorRequired when only the code was missing, so the application knows to ask for it).
    auto fail = [&](const QString &reason, const Error &answer) -> Result<LoginResult> {
        auto after = recordLoginFailure(u.id, rule);
        if (!after.ok())
            return after.error();
        e.result = AuditResult::Failed;
        e.reason = reason;
        QJsonObject details = client;
        details.insert(QStringLiteral("failures"), after->failures);
        if (after->lockedUntil.isValid() && after->isLocked(now()))
            details.insert(QStringLiteral("locked_until"), after->lockedUntil.toString(Qt::ISODate));
        e.after = jsonOf(details);
        if (auto s = m_audit->append(e); !s.ok())
            return s.error();
        if (auto s = commit(tx); !s.ok())
            return s.error();
        return answer;
    };
    if (!passwordOk)
        return fail(verified.ok() ? tr("wrong password") : verified.message(), wrong);

    auto mfa = needsSecondFactor(u.id);
    if (!mfa.ok())
        return mfa.error();
    auto passRequired = temporaryPassRequired(u);
    if (!passRequired.ok())
        return passRequired.error();
    bool mfaUsed = false;
    if (mfa.value()) {
        const bool recovery = request.otp.isEmpty() && !request.recoveryCode.isEmpty();
        const QString typed = recovery ? request.recoveryCode : request.otp;
        if (typed.isEmpty())
            return fail(tr("second factor missing"),
                        makeError(ErrorCode::SecondFactorRequired,
                                  tr("This account has an authenticator: give the code it shows now (or a recovery "
                                     "code).")));
        const Actor self{u.id, u.username, {}, u.mustChangePassword};
        auto match = matchSecondFactor(self, row.value(), typed, recovery, e);
        if (!match.ok()) {
            if (match.code() == ErrorCode::InvalidInput)
                return fail(recovery ? tr("malformed recovery code") : tr("malformed authenticator code"), wrong);
            // Throttled or disabled factor: refused and recorded by matchSecondFactor (its transaction
            // rolled back); the application hears only the generic answer.
            if (match.code() == ErrorCode::RateLimited || match.code() == ErrorCode::PermissionDenied)
                return wrong;
            return match.error();
        }
        if (!match.value())
            return fail(e.reason.isEmpty() ? tr("wrong second factor") : e.reason, wrong);
        mfaUsed = true;
    } else if (passRequired.value()) {
        if (request.temporaryPass.isEmpty())
            return fail(tr("temporary access pass missing"),
                        makeError(ErrorCode::SecondFactorRequired,
                                  tr("The authenticator of this account was reset by the helpdesk: give the "
                                     "temporary access pass the helpdesk issued.")));
        auto used = useTemporaryPass(u.id, request.temporaryPass);
        if (!used.ok())
            return used.error();
        if (!used.value())
            return fail(tr("wrong, used or expired temporary access pass"), wrong);
        mfaUsed = true;
    }

    if (auto s = clearLoginFailures(u.id); !s.ok())
        return s.error();
    if (auto s = pruneEndedSessions(); !s.ok())
        return s.error();
    auto started = mode == TokenMode::Jwt ? startRefreshFamily(row.value(), request, mfaUsed)
                                          : startSession(row.value(), request, mfaUsed);
    if (!started.ok())
        return started.error();
    // A hash made with weaker parameters (or imported) is replaced while the password is at hand.
    const bool upgrade = crypto::PasswordHasher::needsRehash(row->passwordHash);
    auto upd = m_db->prepare(upgrade ? QStringLiteral("UPDATE users SET last_sign_in_at = ?, password_hash = ? WHERE id = ?")
                                     : QStringLiteral("UPDATE users SET last_sign_in_at = ? WHERE id = ?"));
    if (!upd.ok())
        return upd.error();
    upd.value().addBindValue(now().toMSecsSinceEpoch());
    if (upgrade)
        upd.value().addBindValue(crypto::PasswordHasher::hash(request.password));
    upd.value().addBindValue(u.id);
    if (auto s = m_db->exec(upd.value()); !s.ok())
        return s.error();
    e.result = AuditResult::Success;
    e.reason = mfaUsed ? tr("password and second factor") : tr("password");
    QJsonObject details = client;
    details.insert(QStringLiteral("session_id"), started->sessionId);
    details.insert(QStringLiteral("mode"), mode == TokenMode::Jwt ? QStringLiteral("jwt") : QStringLiteral("session"));
    details.insert(QStringLiteral("mfa"), mfaUsed);
    if (started->passwordChangeOnly)
        details.insert(QStringLiteral("password_change_only"), true);
    e.after = jsonOf(details);
    if (auto s = m_audit->append(e); !s.ok())
        return s.error();
    if (auto s = commit(tx); !s.ok()) {
        crypto::secureWipe(started.value().sessionToken);
        crypto::secureWipe(started.value().refreshToken);
        return s.error();
    }
    return started;
}

Result<LoginResult> LocalStore::startSession(const UserRow &row, const LoginRequest &request, bool mfaUsed)
{
    auto settings = hotSettings(); // read once per login at most, shared with validation
    if (!settings.ok())
        return settings.error();
    const StoreSettings::AuthTiming timing = StoreSettings::authTiming(settings.value());
    const QDateTime at = now();
    LoginResult result;
    result.userId = row.user.id;
    result.username = row.user.username;
    result.mode = TokenMode::Session;
    result.mfaUsed = mfaUsed;
    result.passwordChangeOnly = row.user.mustChangePassword;
    result.sessionExpiresAt = at.addSecs(qint64(timing.sessionAbsoluteHours) * 3600);
    result.sessionIdleExpiresAt = std::min(at.addSecs(qint64(timing.sessionIdleMinutes) * 60), result.sessionExpiresAt);
    result.sessionToken = token::generate(token::SessionPrefix);
    auto q = m_db->prepare(QStringLiteral(
        "INSERT INTO sessions (user_id, kind, token_hash, created_at, last_seen_at, idle_expires_at, expires_at, ip, "
        "user_agent, mfa_used, password_change_only) VALUES (?, 'session', ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!q.ok())
        return q.error();
    q.value().addBindValue(row.user.id);
    q.value().addBindValue(token::hash(result.sessionToken));
    q.value().addBindValue(at.toMSecsSinceEpoch());
    q.value().addBindValue(at.toMSecsSinceEpoch());
    q.value().addBindValue(result.sessionIdleExpiresAt.toMSecsSinceEpoch());
    q.value().addBindValue(result.sessionExpiresAt.toMSecsSinceEpoch());
    q.value().addBindValue(clientText(request.client.ip));
    q.value().addBindValue(clientText(request.client.userAgent));
    q.value().addBindValue(mfaUsed ? 1 : 0);
    q.value().addBindValue(result.passwordChangeOnly ? 1 : 0);
    if (auto s = m_db->exec(q.value()); !s.ok())
        return s.error();
    result.sessionId = q.value().lastInsertId().toLongLong();
    return result;
}

Status LocalStore::pruneEndedSessions()
{
    const QDateTime at = now();
    if (m_lastPrune.isValid() && m_lastPrune.secsTo(at) < 3600 && m_lastPrune <= at)
        return Done{};
    const qint64 cutoff = at.addDays(-KeepEndedDays).toMSecsSinceEpoch();
    const char *const statements[] = {
        "DELETE FROM sessions WHERE expires_at < ? OR revoked_at < ? OR idle_expires_at < ?",
        "DELETE FROM user_tokens WHERE expires_at < ? OR used_at < ?",
        "DELETE FROM revoked_tokens WHERE expires_at < ?",
    };
    for (const char *sql : statements) {
        auto q = m_db->prepare(QString::fromLatin1(sql));
        if (!q.ok())
            return q.error();
        for (int i = 0, n = int(QByteArray(sql).count('?')); i < n; ++i)
            q.value().addBindValue(cutoff);
        if (auto s = m_db->exec(q.value()); !s.ok())
            return s;
    }
    m_lastPrune = at;
    return Done{};
}

// ---- validation and logout -----------------------------------------------------------------

Result<std::optional<LocalStore::SessionRow>> LocalStore::sessionByToken(const QString &token, const char *kind)
{
    auto q = m_db->cached(QStringLiteral(
        "SELECT s.id, s.user_id, u.username, s.created_at, s.last_seen_at, s.idle_expires_at, s.expires_at, "
        "s.mfa_used, s.password_change_only, s.generation, s.revoked_at, s.revoked_reason, u.status, "
        "u.disabled_until, u.tokens_not_before FROM sessions s JOIN users u ON u.id = s.user_id "
        "WHERE s.token_hash = ? AND s.kind = ?"));
    if (!q.ok())
        return q.error();
    QSqlQuery &r = *q.value();
    r.bindValue(0, token::hash(token));
    r.bindValue(1, QString::fromLatin1(kind));
    if (auto s = m_db->exec(r); !s.ok())
        return s.error();
    if (!r.next()) {
        r.finish();
        return std::optional<SessionRow>();
    }
    SessionRow row;
    row.id = r.value(0).toLongLong();
    row.userId = r.value(1).toLongLong();
    row.username = r.value(2).toString();
    row.createdAt = fromMs(r.value(3));
    row.lastSeenAt = fromMs(r.value(4));
    row.idleExpiresAt = fromMs(r.value(5));
    row.expiresAt = fromMs(r.value(6));
    row.mfaUsed = r.value(7).toInt() != 0;
    row.passwordChangeOnly = r.value(8).toInt() != 0;
    row.generation = r.value(9).toLongLong();
    row.revokedAt = fromMs(r.value(10));
    row.revokedReason = r.value(11).toString();
    User status;
    status.status = r.value(12).toString() == QLatin1String("disabled") ? UserStatus::Disabled : UserStatus::Active;
    status.disabledUntil = fromMs(r.value(13));
    row.userActive = status.isEffectivelyActive(now());
    row.tokensNotBefore = fromMs(r.value(14));
    r.finish();
    return std::optional<SessionRow>(row);
}

Result<TokenInfo> LocalStore::appValidate(const QString &token)
{
    if (token.count(QLatin1Char('.')) >= 2)
        return validateAccessToken(token);
    if (!token::isWellFormed(token, token::SessionPrefix))
        return makeError(ErrorCode::AuthenticationFailed,
                         token::isWellFormed(token, token::RefreshPrefix)
                             ? tr("That is a refresh token: it is exchanged for new tokens, it opens no session.")
                             : tr("That is not a session token AuthDesk issued (ads_ and 43 characters)."));
    auto found = sessionByToken(token, "session");
    if (!found.ok())
        return found.error();
    if (!found->has_value())
        return makeError(ErrorCode::AuthenticationFailed, tr("No such session: the token is unknown to this store."));
    const SessionRow s = **found;
    const QDateTime at = now();
    if (s.revokedAt.isValid())
        return makeError(ErrorCode::AuthenticationFailed,
                         tr("The session was ended at %1 (%2).")
                             .arg(s.revokedAt.toString(Qt::ISODate),
                                  s.revokedReason.isEmpty() ? tr("revoked") : InputRules::escapeForDisplay(s.revokedReason)));
    if (s.tokensNotBefore.isValid() && s.createdAt < s.tokensNotBefore)
        return makeError(ErrorCode::AuthenticationFailed,
                         tr("The session was ended at %1 by a sign-out everywhere.").arg(s.tokensNotBefore.toString(Qt::ISODate)));
    if (!s.userActive)
        return makeError(ErrorCode::AuthenticationFailed, tr("The session's account is disabled."));
    if (at >= s.expiresAt)
        return makeError(ErrorCode::AuthenticationFailed,
                         tr("The session expired at %1 (its absolute lifetime).").arg(s.expiresAt.toString(Qt::ISODate)));
    if (s.idleExpiresAt.isValid() && at >= s.idleExpiresAt)
        return makeError(ErrorCode::AuthenticationFailed,
                         tr("The session expired at %1 after going unused.").arg(s.idleExpiresAt.toString(Qt::ISODate)));
    if (s.lastSeenAt.msecsTo(at) >= TouchEveryMs) {
        auto settings = hotSettings();
        if (!settings.ok())
            return settings.error();
        const auto timing = StoreSettings::authTiming(settings.value());
        const QDateTime idle = std::min(at.addSecs(qint64(timing.sessionIdleMinutes) * 60), s.expiresAt);
        auto q = m_db->prepare(QStringLiteral(
            "UPDATE sessions SET last_seen_at = ?, idle_expires_at = ? WHERE id = ? AND revoked_at IS NULL"));
        if (!q.ok())
            return q.error();
        q.value().addBindValue(at.toMSecsSinceEpoch());
        q.value().addBindValue(idle.toMSecsSinceEpoch());
        q.value().addBindValue(s.id);
        if (auto st = m_db->exec(q.value()); !st.ok())
            return st.error();
    }
    TokenInfo info;
    info.kind = TokenInfo::Kind::Session;
    info.userId = s.userId;
    info.username = s.username;
    info.sessionId = s.id;
    info.issuedAt = s.createdAt;
    info.expiresAt = s.expiresAt;
    info.mfaUsed = s.mfaUsed;
    info.passwordChangeOnly = s.passwordChangeOnly;
    return info;
}

Status LocalStore::appLogout(const QString &token, const ClientInfo &client)
{
    if (token.count(QLatin1Char('.')) >= 2)
        return logoutAccessToken(token, client);
    const char *kind = token::isWellFormed(token, token::SessionPrefix) ? "session"
        : token::isWellFormed(token, token::RefreshPrefix)            ? "refresh"
                                                                        : nullptr;
    if (!kind)
        return makeError(ErrorCode::InvalidInput, tr("That is not a session or refresh token AuthDesk issued."));
    if (!m_audit->hasKey())
        return makeError(ErrorCode::KeyUnavailable,
                         tr("The store's data key is not open here (AUTHDESK_KEY_FILE), so the logout cannot be recorded."));
    WriteTransaction tx(*m_db);
    if (auto s = begin(tx); !s.ok())
        return s;
    std::optional<SessionRow> found;
    if (qstrcmp(kind, "session") == 0) {
        auto r = sessionByToken(token, kind);
        if (!r.ok())
            return r.error();
        found = *r;
    } else {
        // A refresh token names its family through refresh_tokens.
        auto q = m_db->prepare(QStringLiteral(
            "SELECT s.id, s.user_id, u.username, s.revoked_at FROM refresh_tokens t JOIN sessions s ON s.id = t.session_id "
            "JOIN users u ON u.id = s.user_id WHERE t.token_hash = ?"));
        if (!q.ok())
            return q.error();
        q.value().addBindValue(token::hash(token));
        if (auto s = m_db->exec(q.value()); !s.ok())
            return s;
        if (q.value().next()) {
            SessionRow row;
            row.id = q.value().value(0).toLongLong();
            row.userId = q.value().value(1).toLongLong();
            row.username = q.value().value(2).toString();
            row.revokedAt = fromMs(q.value().value(3));
            found = row;
        }
    }
    if (!found)
        return makeError(ErrorCode::NotFound, tr("No such session: the token is unknown to this store."));
    if (found->revokedAt.isValid())
        return commit(tx); // already ended: logging out twice is no error, and nothing to record
    auto q = m_db->prepare(QStringLiteral(
        "UPDATE sessions SET revoked_at = ?, revoked_reason = 'logout' WHERE id = ? AND revoked_at IS NULL"));
    if (!q.ok())
        return q.error();
    q.value().addBindValue(now().toMSecsSinceEpoch());
    q.value().addBindValue(found->id);
    if (auto s = m_db->exec(q.value()); !s.ok())
        return s;
    AuditEvent e;
    e.actorId = found->userId;
    e.actorName = found->username;
    e.action = QStringLiteral("auth.logout");
    e.targetType = QStringLiteral("session");
    e.targetId = QString::number(found->id);
    e.targetName = found->username;
    QJsonObject details;
    if (!client.ip.isEmpty())
        details.insert(QStringLiteral("ip"), clientText(client.ip));
    e.after = details.isEmpty() ? QString() : jsonOf(details);
    if (auto s = m_audit->append(e); !s.ok())
        return s;
    return commit(tx);
}

Status LocalStore::appChangePassword(const QString &sessionToken, const QString &current, const QString &password)
{
    auto session = appValidate(sessionToken);
    if (!session.ok())
        return session.error();
    if (!m_audit->hasKey())
        return makeError(ErrorCode::KeyUnavailable,
                         tr("The store's data key is not open here (AUTHDESK_KEY_FILE), so the change cannot be recorded."));
    if (auto s = InputRules::password(password); !s.ok())
        return s;
    auto row = userById(session->userId);
    if (!row.ok())
        return row.error();
    auto mfa = hasActiveMfa(row->user.id);
    if (!mfa.ok())
        return mfa.error();
    if (auto s = checkPasswordPolicy(password, row->user, mfa.value()); !s.ok())
        return s;
    const Actor self{row->user.id, row->user.username, {}, false};
    const QString action = QStringLiteral("auth.change_password");
    auto verified = crypto::PasswordHasher::verify(current, row->passwordHash);
    if (!verified.ok() || !verified.value())
        return deny(self, action, QStringLiteral("user"), QString::number(self.id), self.name,
                    makeError(ErrorCode::AuthenticationFailed, tr("The current password is wrong.")));
    if (password.normalized(QString::NormalizationForm_C) == current.normalized(QString::NormalizationForm_C))
        return makeError(ErrorCode::InvalidInput, tr("The new password must differ from the current one."));
    const QString hash = crypto::PasswordHasher::hash(password);
    WriteTransaction tx(*m_db);
    if (auto s = begin(tx); !s.ok())
        return s;
    auto revoked = storeNewPassword(self.id, password, hash, QStringLiteral("password changed"));
    if (!revoked.ok())
        return revoked.error();
    if (auto s = audit(self, action, QStringLiteral("user"), QString::number(self.id), self.name, {},
                       jsonOf({{QStringLiteral("must_change_password"), row->user.mustChangePassword}}),
                       jsonOf({{QStringLiteral("password"), QStringLiteral("changed")},
                               {QStringLiteral("sessions_ended"), revoked.value()}}));
        !s.ok())
        return s;
    return commit(tx);
}

Result<int> LocalStore::storeNewPassword(qint64 userId, const QString &password, const QString &hash, const QString &why)
{
    auto q = m_db->prepare(QStringLiteral("UPDATE users SET password_hash = ?, must_change_password = 0, updated_at = ?, "
                                          "version = version + 1, login_failures = 0, last_login_failure_at = NULL, "
                                          "login_locked_until = NULL WHERE id = ?"));
    if (!q.ok())
        return q.error();
    q.value().addBindValue(hash);
    q.value().addBindValue(now().toMSecsSinceEpoch());
    q.value().addBindValue(userId);
    if (auto s = m_db->exec(q.value()); !s.ok())
        return s.error();
    // A new password forgets every computer that skipped the code and ends every session and token.
    if (auto forgotten = forgetTrustedDevices(userId); !forgotten.ok())
        return forgotten.error();
    auto revoked = revokeSessions(userId, why);
    if (!revoked.ok())
        return revoked.error();
    // An administrator's key slot follows their password.
    auto admin = hasConsolePermission(userId);
    if (!admin.ok())
        return admin.error();
    if (admin.value())
        if (auto s = writeAdminSlot(userId, password); !s.ok())
            return s.error();
    return revoked.value();
}

// ---- administrators: sessions and lockout --------------------------------------------------

Result<SessionPage> LocalStore::listSessions(const Principal &principal, const SessionQuery &query)
{
    auto actor = loadActor(principal);
    if (!actor.ok())
        return actor.error();
    if (auto s = require(actor.value(), P::SessionsRead, QStringLiteral("session.list"), QStringLiteral("session"), {}, {});
        !s.ok())
        return s.error();
    QStringList where;
    QVariantList values;
    if (!query.user.isEmpty()) {
        auto row = userByRef(query.user);
        if (!row.ok())
            return row.error();
        where << QStringLiteral("s.user_id = ?");
        values << row->user.id;
    }
    const qint64 at = now().toMSecsSinceEpoch();
    if (!query.includeEnded) {
        where << QStringLiteral("s.revoked_at IS NULL AND s.expires_at > ? AND (s.idle_expires_at IS NULL OR "
                                "s.idle_expires_at > ?)");
        values << at << at;
    }
    const QString clause = where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    // The total counts every row the filter matches; the page starts after the keyset's row.
    QStringList pageWhere = where;
    QVariantList pageValues = values;
    if (query.beforeId > 0) {
        pageWhere << QStringLiteral("s.id < ?");
        pageValues << query.beforeId;
    }
    const QString pageClause =
        pageWhere.isEmpty() ? QString() : QStringLiteral(" WHERE ") + pageWhere.join(QStringLiteral(" AND "));
    // The page and its total come from one snapshot.
    if (auto s = m_db->beginRead(); !s.ok())
        return s.error();
    struct EndRead {
        Database &db;
        ~EndRead() { db.rollback(); }
    } endRead{*m_db};
    SessionPage page;
    page.offset = std::max<qint64>(0, query.offset);
    {
        auto q = m_db->prepare(QStringLiteral("SELECT count(*) FROM sessions s") + clause);
        if (!q.ok())
            return q.error();
        for (const QVariant &v : std::as_const(values))
            q.value().addBindValue(v);
        if (auto s = m_db->exec(q.value()); !s.ok())
            return s.error();
        page.total = q.value().next() ? q.value().value(0).toLongLong() : 0;
    }
    auto q = m_db->prepare(
        QStringLiteral("SELECT s.id, s.kind, s.user_id, u.username, s.created_at, s.last_seen_at, s.idle_expires_at, "
                       "s.expires_at, s.ip, s.user_agent, s.mfa_used, s.password_change_only, s.generation, "
                       "s.revoked_at, s.revoked_reason FROM sessions s JOIN users u ON u.id = s.user_id")
        + pageClause + QStringLiteral(" ORDER BY s.id DESC LIMIT ? OFFSET ?"));
    if (!q.ok())
        return q.error();
    for (const QVariant &v : std::as_const(pageValues))
        q.value().addBindValue(v);
    q.value().addBindValue(std::clamp<qint64>(query.limit, 1, 10000));
    q.value().addBindValue(page.offset);
    if (auto s = m_db->exec(q.value()); !s.ok())
        return s.error();
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        SessionInfo info;
        info.id = r.value(0).toLongLong();
        info.kind = kindOf(r.value(1).toString());
        info.userId = r.value(2).toLongLong();
        info.username = r.value(3).toString();
        info.createdAt = fromMs(r.value(4));
        info.lastSeenAt = fromMs(r.value(5));
        info.idleExpiresAt = fromMs(r.value(6));
        info.expiresAt = fromMs(r.value(7));
        info.ip = r.value(8).toString();
        info.userAgent = r.value(9).toString();
        info.mfaUsed = r.value(10).toInt() != 0;
        info.passwordChangeOnly = r.value(11).toInt() != 0;
        info.generation = r.value(12).toLongLong();
        info.revokedAt = fromMs(r.value(13));
        info.revokedReason = r.value(14).toString();
        page.sessions << info;
    }
    return page;
}

Result<int> LocalStore::revokeSession(const Principal &principal, qint64 sessionId)
{
    const QString action = QStringLiteral("session.revoke");
    auto actor = loadActor(principal);
    if (!actor.ok())
        return actor.error();
    if (auto s = require(actor.value(), P::SessionsRevoke, action, QStringLiteral("session"), QString::number(sessionId), {});
        !s.ok())
        return s.error();
    WriteTransaction tx(*m_db);
    if (auto s = begin(tx); !s.ok())
        return s.error();
    auto q = m_db->prepare(QStringLiteral("SELECT user_id, revoked_at FROM sessions WHERE id = ?"));
    if (!q.ok())
        return q.error();
    q.value().addBindValue(sessionId);
    if (auto s = m_db->exec(q.value()); !s.ok())
        return s.error();
    if (!q.value().next())
        return makeError(ErrorCode::NotFound, tr("There is no session #%1.").arg(sessionId));
    const qint64 userId = q.value().value(0).toLongLong();
    const bool ended = !q.value().value(1).isNull();
    q.value().finish();
    auto target = userById(userId);
    if (!target.ok())
        return target.error();
    // Ending one's own session is allowed; someone else's follows the guard rules (a helpdesk
    // operator cannot end an administrator's session).
    if (auto s = guardTarget(actor.value(), target.value(), SelfRule::Allow, action); !s.ok())
        return s.error();
    if (ended)
        return 0;
    auto upd = m_db->prepare(QStringLiteral("UPDATE sessions SET revoked_at = ?, revoked_reason = ? WHERE id = ? AND "
                                            "revoked_at IS NULL"));
    if (!upd.ok())
        return upd.error();
    upd.value().addBindValue(now().toMSecsSinceEpoch());
    upd.value().addBindValue(QStringLiteral("revoked by %1").arg(actor->name));
    upd.value().addBindValue(sessionId);
    if (auto s = m_db->exec(upd.value()); !s.ok())
        return s.error();
    if (auto s = audit(actor.value(), action, QStringLiteral("session"), QString::number(sessionId),
                       target->user.username, {}, {}, jsonOf({{QStringLiteral("user_id"), userId}}));
        !s.ok())
        return s.error();
    if (auto s = commit(tx); !s.ok())
        return s.error();
    return 1;
}

Result<int> LocalStore::revokeUserSessions(const Principal &principal, const QString &ref)
{
    const QString action = QStringLiteral("session.revoke_user");
    auto actor = loadActor(principal);
    if (!actor.ok())
        return actor.error();
    if (auto s = require(actor.value(), P::SessionsRevoke, action, QStringLiteral("user"), {}, ref.left(128)); !s.ok())
        return s.error();
    WriteTransaction tx(*m_db);
    if (auto s = begin(tx); !s.ok())
        return s.error();
    auto row = userByRef(ref);
    if (!row.ok())
        return row.error();
    if (auto s = guardTarget(actor.value(), row.value(), SelfRule::Allow, action); !s.ok())
        return s.error();
    auto revoked = revokeSessions(row->user.id, QStringLiteral("signed out everywhere by %1").arg(actor->name));
    if (!revoked.ok())
        return revoked.error();
    if (auto s = audit(actor.value(), action, QStringLiteral("user"), QString::number(row->user.id), row->user.username,
                       {}, {}, jsonOf({{QStringLiteral("sessions_ended"), revoked.value()},
                                       {QStringLiteral("tokens_not_before"), now().toString(Qt::ISODateWithMs)}}));
        !s.ok())
        return s.error();
    if (auto s = commit(tx); !s.ok())
        return s.error();
    return revoked.value();
}

Result<int> LocalStore::revokeAllSessions(const Principal &principal)
{
    const QString action = QStringLiteral("session.revoke_all");
    auto actor = loadActor(principal);
    if (!actor.ok())
        return actor.error();
    if (auto s = require(actor.value(), P::SessionsRevoke, action, QStringLiteral("store"), m_storeId, {}); !s.ok())
        return s.error();
    if (auto s = require(actor.value(), P::SettingsManage, action, QStringLiteral("store"), m_storeId, {}); !s.ok())
        return s.error();
    WriteTransaction tx(*m_db);
    if (auto s = begin(tx); !s.ok())
        return s.error();
    const qint64 at = now().toMSecsSinceEpoch();
    auto q = m_db->prepare(QStringLiteral("UPDATE sessions SET revoked_at = ?, revoked_reason = ? "
                                          "WHERE revoked_at IS NULL AND expires_at > ?"));
    if (!q.ok())
        return q.error();
    q.value().addBindValue(at);
    q.value().addBindValue(QStringLiteral("everyone signed out by %1").arg(actor->name));
    q.value().addBindValue(at);
    if (auto s = m_db->exec(q.value()); !s.ok())
        return s.error();
    const int revoked = q.value().numRowsAffected();
    // Outstanding access tokens of everyone stop validating too.
    auto nb = m_db->prepare(QStringLiteral("UPDATE users SET tokens_not_before = ?"));
    if (!nb.ok())
        return nb.error();
    nb.value().addBindValue(at);
    if (auto s = m_db->exec(nb.value()); !s.ok())
        return s.error();
    if (auto s = audit(actor.value(), action, QStringLiteral("store"), m_storeId, {}, {}, {},
                       jsonOf({{QStringLiteral("sessions_ended"), revoked}}));
        !s.ok())
        return s.error();
    if (auto s = commit(tx); !s.ok())
        return s.error();
    return revoked;
}

Result<User> LocalStore::unlockUser(const Principal &principal, const QString &ref)
{
    UserChangeSpec spec{QStringLiteral("user.unlock"), P::UsersDisable, SelfRule::Refuse, false, {}, {}};
    return changeUser(principal, ref, spec, [&](const Actor &, const UserRow &row) -> Status {
        if (auto s = clearLoginFailures(row.user.id); !s.ok())
            return s;
        // The authenticator's wrong-code wait ends too; a factor disabled after too many wrong codes
        // stays disabled (that needs a new enrollment or an MFA reset).
        auto q = m_db->prepare(QStringLiteral("UPDATE mfa_factors SET failed_count = 0, last_failure_at = NULL "
                                              "WHERE user_id = ? AND state = 'active'"));
        if (!q.ok())
            return q.error();
        q.value().addBindValue(row.user.id);
        return m_db->exec(q.value());
    });
}

Result<LockoutState> LocalStore::lockoutState(const Principal &principal, const QString &ref)
{
    auto actor = loadActor(principal);
    if (!actor.ok())
        return actor.error();
    if (auto s = require(actor.value(), P::UsersRead, QStringLiteral("user.show"), QStringLiteral("user"), {}, ref.left(128));
        !s.ok())
        return s.error();
    auto row = userByRef(ref);
    if (!row.ok())
        return row.error();
    return readLockout(row->user.id);
}

// ---- service key slots -----------------------------------------------------------------------

QByteArray LocalStore::serviceSlotAad(qint64 slotId) const
{
    return "authdesk-slot-v1\n" + m_storeId.toUtf8() + "\nservice\n" + QByteArray::number(slotId);
}

Result<ServiceSlotGrant> LocalStore::createServiceSlot(const Principal &principal, const QString &labelText)
{
    const QString action = QStringLiteral("keys.service_slot.create");
    auto label = InputRules::displayName(labelText);
    if (!label.ok())
        return label.error();
    if (label.value().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Name the service key slot (for example the application it is for)."));
    auto actor = loadActor(principal);
    if (!actor.ok())
        return actor.error();
    if (auto s = require(actor.value(), P::SettingsManage, action, QStringLiteral("store"), m_storeId, label.value());
        !s.ok())
        return s.error();
    if (auto s = requireUnlocked(); !s.ok())
        return s.error();
    WriteTransaction tx(*m_db);
    if (auto s = begin(tx); !s.ok())
        return s.error();
    const qint64 at = now().toMSecsSinceEpoch();
    auto ins = m_db->prepare(QStringLiteral(
        "INSERT INTO key_slots (kind, user_id, label, wrapped_key, created_at) VALUES ('service', NULL, ?, ?, ?)"));
    if (!ins.ok())
        return ins.error();
    ins.value().addBindValue(label.value());
    ins.value().addBindValue(QByteArray(""));
    ins.value().addBindValue(at);
    if (auto s = m_db->exec(ins.value()); !s.ok())
        return s.error();
    const qint64 id = ins.value().lastInsertId().toLongLong();
    // The slot's key lives only in the file; the row holds the data key sealed under it, bound to this slot.
    QByteArray slotKey = crypto::randomBytes(crypto::SecretBox::KeySize);
    auto upd = m_db->prepare(QStringLiteral("UPDATE key_slots SET wrapped_key = ? WHERE id = ?"));
    if (!upd.ok())
        return upd.error();
    upd.value().addBindValue(crypto::SecretBox::seal(slotKey, m_dataKey, serviceSlotAad(id)));
    upd.value().addBindValue(id);
    if (auto s = m_db->exec(upd.value()); !s.ok()) {
        crypto::secureWipe(slotKey);
        return s.error();
    }
    ServiceSlotGrant grant;
    grant.slot.id = id;
    grant.slot.label = label.value();
    grant.slot.createdAt = fromMs(at);
    QJsonObject file{{QStringLiteral("authdesk_service_key"), KeyFileVersion},
                     {QStringLiteral("store_id"), m_storeId},
                     {QStringLiteral("slot_id"), id},
                     {QStringLiteral("label"), label.value()},
                     {QStringLiteral("key"),
                      QString::fromLatin1(slotKey.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))}};
    crypto::secureWipe(slotKey);
    grant.keyFile = QJsonDocument(file).toJson(QJsonDocument::Indented);
    if (auto s = audit(actor.value(), action, QStringLiteral("key_slot"), QString::number(id), label.value(), {}, {},
                       jsonOf({{QStringLiteral("kind"), QStringLiteral("service")}}));
        !s.ok()) {
        crypto::secureWipe(grant.keyFile);
        return s.error();
    }
    if (auto s = commit(tx); !s.ok()) {
        crypto::secureWipe(grant.keyFile);
        return s.error();
    }
    return grant;
}

Result<QList<ServiceSlotInfo>> LocalStore::listServiceSlots(const Principal &principal)
{
    auto actor = loadActor(principal);
    if (!actor.ok())
        return actor.error();
    if (auto s = require(actor.value(), P::SettingsManage, QStringLiteral("keys.service_slot.list"), QStringLiteral("store"),
                         m_storeId, {});
        !s.ok())
        return s.error();
    auto q = m_db->prepare(QStringLiteral("SELECT id, label, created_at FROM key_slots WHERE kind = 'service' ORDER BY id"));
    if (!q.ok())
        return q.error();
    if (auto s = m_db->exec(q.value()); !s.ok())
        return s.error();
    QList<ServiceSlotInfo> slots;
    while (q.value().next())
        slots << ServiceSlotInfo{q.value().value(0).toLongLong(), q.value().value(1).toString(), fromMs(q.value().value(2))};
    return slots;
}

Status LocalStore::revokeServiceSlot(const Principal &principal, qint64 slotId)
{
    const QString action = QStringLiteral("keys.service_slot.revoke");
    auto actor = loadActor(principal);
    if (!actor.ok())
        return actor.error();
    if (auto s = require(actor.value(), P::SettingsManage, action, QStringLiteral("key_slot"), QString::number(slotId), {});
        !s.ok())
        return s;
    WriteTransaction tx(*m_db);
    if (auto s = begin(tx); !s.ok())
        return s;
    auto q = m_db->prepare(QStringLiteral("SELECT label FROM key_slots WHERE id = ? AND kind = 'service'"));
    if (!q.ok())
        return q.error();
    q.value().addBindValue(slotId);
    if (auto s = m_db->exec(q.value()); !s.ok())
        return s;
    if (!q.value().next())
        return makeError(ErrorCode::NotFound, tr("There is no service key slot #%1.").arg(slotId));
    const QString label = q.value().value(0).toString();
    q.value().finish();
    auto del = m_db->prepare(QStringLiteral("DELETE FROM key_slots WHERE id = ? AND kind = 'service'"));
    if (!del.ok())
        return del.error();
    del.value().addBindValue(slotId);
    if (auto s = m_db->exec(del.value()); !s.ok())
        return s;
    if (auto s = audit(actor.value(), action, QStringLiteral("key_slot"), QString::number(slotId), label, {},
                       jsonOf({{QStringLiteral("kind"), QStringLiteral("service")}}), {});
        !s.ok())
        return s;
    return commit(tx);
}

Status LocalStore::unlockWithServiceKey(const QByteArray &keyFile)
{
    const Error damaged = makeError(ErrorCode::InvalidInput, tr("That is not an AuthDesk service key file."));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(keyFile, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return damaged;
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("authdesk_service_key")).toInt() != KeyFileVersion)
        return damaged;
    if (o.value(QStringLiteral("store_id")).toString() != m_storeId)
        return makeError(ErrorCode::KeyUnavailable, tr("That service key file belongs to another store."));
    const qint64 id = o.value(QStringLiteral("slot_id")).toInteger();
    auto decoded = QByteArray::fromBase64Encoding(o.value(QStringLiteral("key")).toString().toLatin1(),
                                                  QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals
                                                      | QByteArray::AbortOnBase64DecodingErrors);
    if (id <= 0 || !decoded || decoded.decoded.size() != crypto::SecretBox::KeySize)
        return damaged;
    QByteArray slotKey = decoded.decoded;
    auto q = m_db->prepare(QStringLiteral("SELECT wrapped_key FROM key_slots WHERE id = ? AND kind = 'service'"));
    if (!q.ok())
        return q.error();
    q.value().addBindValue(id);
    if (auto s = m_db->exec(q.value()); !s.ok())
        return s;
    if (!q.value().next()) {
        crypto::secureWipe(slotKey);
        return makeError(ErrorCode::KeyUnavailable,
                         tr("The service key slot #%1 of that file was revoked: it opens nothing any more.").arg(id));
    }
    auto dataKey = crypto::SecretBox::open(slotKey, q.value().value(0).toByteArray(), serviceSlotAad(id));
    q.value().finish();
    crypto::secureWipe(slotKey);
    if (!dataKey.ok())
        return makeError(ErrorCode::KeyUnavailable, tr("That service key file does not open its slot #%1.").arg(id));
    if (!m_dataKey.isEmpty()) {
        crypto::secureWipe(dataKey.value());
        return Done{}; // already open
    }
    auto s = unlockWith(dataKey.value());
    crypto::secureWipe(dataKey.value());
    if (s.ok())
        if (auto h = m_audit->loadHead(); !h.ok())
            return h;
    return s;
}

} // namespace authdesk
