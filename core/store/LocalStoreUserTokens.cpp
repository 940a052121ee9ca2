// LocalStore: email verification and password-reset tokens. Each is 256 random bits (core/auth/
// OpaqueToken.h), kept as its SHA-256 in user_tokens with its purpose, the address it was sent to,
// an expiry and the time it was used; a new one of the same purpose voids the older ones. The token
// is only ever in the message to the user: not in the audit log, not in an answer, not in a log.
// A message goes out after the token's row committed, so a mail never names a token that does not
// exist; whether it went is a second audit event, as for the MFA reset's notice.

#include "core/audit/AuditLog.h"
#include "core/auth/OpaqueToken.h"
#include "core/crypto/PasswordHasher.h"
#include "core/crypto/SecureCompare.h"
#include "core/policy/ConsolePermissions.h"
#include "core/policy/InputRules.h"
#include "core/policy/StoreSettings.h"
#include "core/store/Database.h"
#include "core/store/LocalStore.h"
#include "core/store/LocalStoreInternal.h"

namespace authdesk {

namespace P = ConsolePermission;
using store::fromMs;
using store::jsonOf;

namespace {
const QString VerifyEmail = QStringLiteral("verify_email");
const QString ResetPassword = QStringLiteral("reset_password");
constexpr qint64 ResetRequestQuietSeconds = 60; // one reset message per account per minute at most

QString utc(const QDateTime &dt)
{
    return dt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// The link for the message: the setting's template with the token in it, or empty.
QString linkFor(const QString &templ, const QString &token)
{
    if (templ.isEmpty())
        return {};
    return QString(templ).replace(QLatin1String("{token}"), token);
}
} // namespace

struct LocalStore::UserTokenRow {
    qint64 id = 0;
    qint64 userId = 0;
    QString email;
    QDateTime expiresAt;
    QDateTime usedAt;
};

Result<QString> LocalStore::issueUserToken(const User &user, const QString &purpose, const QDateTime &expires,
                                           qint64 createdBy)
{
    if (auto s = useUpUserTokens(user.id, purpose); !s.ok())
        return s.error();
    QString value = token::generate(purpose == VerifyEmail ? token::VerifyEmailPrefix : token::ResetPasswordPrefix);
    auto q = m_db->prepare(QStringLiteral("INSERT INTO user_tokens (user_id, purpose, token_hash, email, created_at, "
                                          "expires_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    if (!q.ok())
        return q.error();
    q.value().addBindValue(user.id);
    q.value().addBindValue(purpose);
    q.value().addBindValue(token::hash(value));
    q.value().addBindValue(user.email);
    q.value().addBindValue(now().toMSecsSinceEpoch());
    q.value().addBindValue(expires.toMSecsSinceEpoch());
    q.value().addBindValue(createdBy);
    if (auto s = m_db->exec(q.value()); !s.ok()) {
        crypto::secureWipe(value);
        return s.error();
    }
    return value;
}

Status LocalStore::useUpUserTokens(qint64 userId, const QString &purpose)
{
    auto q = m_db->prepare(QStringLiteral(
        "UPDATE user_tokens SET used_at = ? WHERE user_id = ? AND purpose = ? AND used_at IS NULL"));
    if (!q.ok())
        return q.error();
    q.value().addBindValue(now().toMSecsSinceEpoch());
    q.value().addBindValue(userId);
    q.value().addBindValue(purpose);
    return m_db->exec(q.value());
}

Result<std::optional<LocalStore::UserTokenRow>> LocalStore::userTokenByValue(const QString &value, const QString &purpose)
{
    auto q = m_db->prepare(QStringLiteral(
        "SELECT id, user_id, email, expires_at, used_at FROM user_tokens WHERE token_hash = ? AND purpose = ?"));
    if (!q.ok())
        return q.error();
    q.value().addBindValue(token::hash(value));
    q.value().addBindValue(purpose);
    if (auto s = m_db->exec(q.value()); !s.ok())
        return s.error();
    if (!q.value().next())
        return std::optional<UserTokenRow>();
    UserTokenRow row{q.value().value(0).toLongLong(), q.value().value(1).toLongLong(), q.value().value(2).toString(),
                     fromMs(q.value().value(3)), fromMs(q.value().value(4))};
    q.value().finish();
    return std::optional<UserTokenRow>(row);
}

Result<QString> LocalStore::sendTokenMessage(Notifier &notifier, const User &user, const QString &purpose,
                                            const QString &subject, QString body, QString &token)
{
    Notification n;
    n.to = user.email;
    n.toName = user.displayName;
    n.subject = subject;
    n.body = std::move(body);
    auto sent = notifier.send(n);
    crypto::secureWipe(token);
    crypto::secureWipe(n.body);
    if (!sent.ok()) {
        // Nobody has that token: it is voided, so a later request is the only one that counts.
        WriteTransaction voidTx(*m_db);
        if (voidTx.begin().ok() && useUpUserTokens(user.id, purpose).ok())
            (void)voidTx.commit();
    }
    return sent;
}

// ---- email verification ----------------------------------------------------------------------

Result<EmailTokenIssue> LocalStore::sendEmailVerification(const Principal &principal, const QString &ref)
{
    const QString action = QStringLiteral("user.send_verification");
    auto actor = loadActor(principal);
    if (!actor.ok())
        return actor.error();
    if (auto s = require(actor.value(), P::UsersWrite, action, QStringLiteral("user"), {}, ref.left(128)); !s.ok())
        return s.error();
    if (auto s = requireUnlocked(); !s.ok())
        return s.error();
    auto settings = readSettings();
    if (!settings.ok())
        return settings.error();
    auto made = makeNotifier();
    if (!made.ok())
        return makeError(made.code(), tr("The notifier cannot be used, so no verification was sent: %1").arg(made.message()));
    std::unique_ptr<Notifier> notifier = std::move(made.value());
    if (!notifier)
        return makeError(ErrorCode::InvalidInput,
                         tr("No notifier is configured (notify.method), so a verification message cannot be sent."));
    const auto timing = StoreSettings::authTiming(settings.value());

    WriteTransaction tx(*m_db);
    if (auto s = begin(tx); !s.ok())
        return s.error();
    auto row = userByRef(ref);
    if (!row.ok())
        return row.error();
    const User &user = row->user;
    if (auto s = guardTarget(actor.value(), row.value(), SelfRule::Allow, action); !s.ok())
        return s.error();
    if (user.email.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         tr("%1 has no email address to verify.").arg(InputRules::escapeForDisplay(user.username)));
    EmailTokenIssue issue;
    issue.userId = user.id;
    issue.username = user.username;
    issue.email = user.email;
    issue.expiresAt = now().addSecs(qint64(timing.verifyEmailHours) * 3600);
    auto value = issueUserToken(user, VerifyEmail, issue.expiresAt, actor->id);
    if (!value.ok())
        return value.error();
    if (auto s = audit(actor.value(), action, QStringLiteral("user"), QString::number(user.id), user.username, {}, {},
                       jsonOf({{QStringLiteral("email"), user.email},
                               {QStringLiteral("expires_at"), issue.expiresAt.toString(Qt::ISODate)}}));
        !s.ok())
        return s.error();
    if (auto s = commit(tx); !s.ok()) {
        crypto::secureWipe(value.value());
        return s.error();
    }

    const QString link = linkFor(settings->value(StoreSettings::AuthVerifyEmailUrl), value.value());
    const QString how = link.isEmpty() ? tr("Give this code where you were asked to confirm it:\n\n    %1").arg(value.value())
                                       : tr("Open this link to confirm it:\n\n    %1").arg(link);
    auto sent = sendTokenMessage(*notifier, user, VerifyEmail, tr("Confirm your email address"),
                                 tr("Hello %1,\n\nPlease confirm that %2 is your email address. %3\n\nIt works once, "
                                    "until %4 (UTC). If you did not expect this message, you can ignore it.\n")
                                     .arg(user.displayName.isEmpty() ? user.username : user.displayName, user.email, how,
                                          utc(issue.expiresAt)),
                                 value.value());
    issue.notification.channel = notifier->channel();
    issue.notification.recipient = user.email;
    issue.notification.state = sent.ok() ? NotificationOutcome::State::Sent : NotificationOutcome::State::Failed;
    issue.notification.detail = sent.ok() ? sent.value() : sent.message();
    AuditEvent e;
    e.actorId = actor->id;
    e.actorName = actor->name;
    e.action = action + QStringLiteral(".notification");
    e.targetType = QStringLiteral("user");
    e.targetId = QString::number(user.id);
    e.targetName = user.username;
    e.result = sent.ok() ? AuditResult::Success : AuditResult::Failed;
    e.reason = issue.notification.detail;
    e.after = jsonOf({{QStringLiteral("channel"), issue.notification.channel},
                      {QStringLiteral("recipient"), user.email},
                      {QStringLiteral("state"), notificationStateName(issue.notification.state)}});
    if (auto s = auditOutsideTransaction(e); !s.ok())
        issue.notification.detail += QLatin1Char(' ') + tr("(Not recorded in the audit log: %1)").arg(s.message());
    return issue;
}

Result<User> LocalStore::verifyEmail(const QString &value)
{
    if (!token::isWellFormed(value, token::VerifyEmailPrefix))
        return makeError(ErrorCode::InvalidInput, tr("That is not an email verification code (adv_ and 43 characters)."));
    if (auto s = requireUnlocked(); !s.ok())
        return s.error();
    WriteTransaction tx(*m_db);
    if (auto s = begin(tx); !s.ok())
        return s.error();
    auto found = userTokenByValue(value, VerifyEmail);
    if (!found.ok())
        return found.error();
    if (!found->has_value())
        return makeError(ErrorCode::AuthenticationFailed, tr("That verification code is unknown to this store."));
    const UserTokenRow t = **found;
    if (t.usedAt.isValid())
        return makeError(ErrorCode::AuthenticationFailed,
                         tr("That verification code was already used or replaced by a newer one."));
    if (now() >= t.expiresAt)
        return makeError(ErrorCode::AuthenticationFailed,
                         tr("That verification code expired at %1 (UTC); ask for a new one.").arg(utc(t.expiresAt)));
    auto row = userById(t.userId);
    if (!row.ok())
        return row.error();
    if (InputRules::foldKey(row->user.email) != InputRules::foldKey(t.email))
        return makeError(ErrorCode::AuthenticationFailed,
                         tr("The email address changed after this code was sent; ask for a new one."));
    const qint64 at = now().toMSecsSinceEpoch();
    auto q = m_db->prepare(QStringLiteral("UPDATE users SET email_verified = 1, email_verified_at = ? WHERE id = ?"));
    if (!q.ok())
        return q.error();
    q.value().addBindValue(at);
    q.value().addBindValue(t.userId);
    if (auto s = m_db->exec(q.value()); !s.ok())
        return s.error();
    if (auto s = useUpUserTokens(t.userId, VerifyEmail); !s.ok())
        return s.error();
    const Actor self{row->user.id, row->user.username, {}, false};
    if (auto s = audit(self, QStringLiteral("user.verify_email"), QStringLiteral("user"), QString::number(t.userId),
                       row->user.username, {}, jsonOf({{QStringLiteral("email_verified"), row->user.emailVerifiedAt.isValid()}}),
                       jsonOf({{QStringLiteral("email"), row->user.email}, {QStringLiteral("email_verified"), true}}));
        !s.ok())
        return s.error();
    auto after = userById(t.userId);
    if (!after.ok())
        return after.error();
    if (auto s = commit(tx); !s.ok())
        return s.error();
    return after->user;
}

// ---- password reset ------------------------------------------------------------------------

Status LocalStore::requestPasswordReset(const QString &identifier, const ClientInfo &client)
{
    const QString action = QStringLiteral("auth.password_reset_request");
    if (auto s = requireUnlocked(); !s.ok())
        return s;
    auto settings = readSettings();
    if (!settings.ok())
        return settings.error();
    auto made = makeNotifier();
    if (!made.ok())
        return made.error();
    std::unique_ptr<Notifier> notifier = std::move(made.value());
    if (!notifier)
        return makeError(ErrorCode::InvalidInput,
                         tr("No notifier is configured (notify.method), so password-reset messages cannot be sent."));
    const auto timing = StoreSettings::authTiming(settings.value());
    AuditEvent e;
    e.action = action;
    e.targetType = QStringLiteral("user");
    e.actorName = e.targetName = identifier.left(InputRules::MaxEmailLength);
    e.result = AuditResult::Failed;
    if (!client.ip.isEmpty())
        e.after = jsonOf({{QStringLiteral("ip"), client.ip.left(64)}});
    auto row = identifier.isEmpty() ? Result<UserRow>(makeError(ErrorCode::NotFound, QString())) : userByRef(identifier);
    if (!row.ok() && row.code() != ErrorCode::NotFound)
        return row.error();
    // From here the answer is Ok whatever the account: only the audit log says what happened.
    auto quietly = [&](const QString &reason) -> Status {
        e.reason = reason;
        if (auto s = auditOutsideTransaction(e); !s.ok())
            return s;
        return Done{};
    };
    if (!row.ok())
        return quietly(tr("unknown user"));
    const User &user = row->user;
    e.actorId = user.id;
    e.actorName = e.targetName = user.username;
    e.targetId = QString::number(user.id);
    if (user.email.isEmpty())
        return quietly(tr("no email address on file"));
    if (!user.isEffectivelyActive(now()))
        return quietly(tr("the account is disabled"));

    WriteTransaction tx(*m_db);
    if (auto s = begin(tx); !s.ok())
        return s;
    auto recent = m_db->prepare(QStringLiteral("SELECT count(*) FROM user_tokens WHERE user_id = ? AND purpose = ? AND "
                                               "used_at IS NULL AND created_at > ?"));
    if (!recent.ok())
        return recent.error();
    recent.value().addBindValue(user.id);
    recent.value().addBindValue(ResetPassword);
    recent.value().addBindValue(now().addSecs(-ResetRequestQuietSeconds).toMSecsSinceEpoch());
    if (auto s = m_db->exec(recent.value()); !s.ok())
        return s;
    if (recent.value().next() && recent.value().value(0).toLongLong() > 0) {
        recent.value().finish();
        (void)tx.commit();
        e.result = AuditResult::Denied;
        return quietly(tr("a reset message was sent less than a minute ago"));
    }
    recent.value().finish();
    const QDateTime expires = now().addSecs(qint64(timing.resetPasswordMinutes) * 60);
    auto value = issueUserToken(user, ResetPassword, expires, user.id);
    if (!value.ok())
        return value.error();
    e.result = AuditResult::Success;
    e.reason = tr("reset message requested");
    if (auto s = m_audit->append(e); !s.ok())
        return s;
    if (auto s = commit(tx); !s.ok()) {
        crypto::secureWipe(value.value());
        return s;
    }
    const QString link = linkFor(settings->value(StoreSettings::AuthResetPasswordUrl), value.value());
    const QString how = link.isEmpty() ? tr("Give this code where you asked for the reset:\n\n    %1").arg(value.value())
                                       : tr("Open this link to choose a new password:\n\n    %1").arg(link);
    auto sent = sendTokenMessage(*notifier, user, ResetPassword, tr("Reset your password"),
                                 tr("Hello %1,\n\nSomeone asked to reset the password of your account %2. %3\n\nIt works "
                                    "once, until %4 (UTC). If it was not you, ignore this message: your password stays "
                                    "as it is.\n")
                                     .arg(user.displayName.isEmpty() ? user.username : user.displayName, user.username,
                                          how, utc(expires)),
                                 value.value());
    AuditEvent ne = e;
    ne.action = action + QStringLiteral(".notification");
    ne.result = sent.ok() ? AuditResult::Success : AuditResult::Failed;
    ne.reason = sent.ok() ? sent.value() : sent.message();
    ne.after = jsonOf({{QStringLiteral("channel"), notifier->channel()}, {QStringLiteral("recipient"), user.email}});
    return auditOutsideTransaction(ne);
}

Status LocalStore::resetPasswordWithToken(const QString &value, const QString &password)
{
    if (!token::isWellFormed(value, token::ResetPasswordPrefix))
        return makeError(ErrorCode::InvalidInput, tr("That is not a password-reset code (adp_ and 43 characters)."));
    if (auto s = requireUnlocked(); !s.ok())
        return s;
    if (auto s = InputRules::password(password); !s.ok())
        return s;
    auto found = userTokenByValue(value, ResetPassword);
    if (!found.ok())
        return found.error();
    if (!found->has_value())
        return makeError(ErrorCode::AuthenticationFailed, tr("That password-reset code is unknown to this store."));
    const UserTokenRow t = **found;
    if (t.usedAt.isValid())
        return makeError(ErrorCode::AuthenticationFailed, tr("That password-reset code was already used or replaced."));
    if (now() >= t.expiresAt)
        return makeError(ErrorCode::AuthenticationFailed,
                         tr("That password-reset code expired at %1 (UTC); ask for a new one.").arg(utc(t.expiresAt)));
    auto row = userById(t.userId);
    if (!row.ok())
        return row.error();
    auto mfa = hasActiveMfa(row->user.id);
    if (!mfa.ok())
        return mfa.error();
    // The policy is checked before the code is used up: a refused password loses nothing.
    if (auto s = checkPasswordPolicy(password, row->user, mfa.value()); !s.ok())
        return s;
    const QString hash = crypto::PasswordHasher::hash(password);
    WriteTransaction tx(*m_db);
    if (auto s = begin(tx); !s.ok())
        return s;
    // Used up under the write lock: of two racing uses, one wins.
    auto use = m_db->prepare(QStringLiteral("UPDATE user_tokens SET used_at = ? WHERE id = ? AND used_at IS NULL"));
    if (!use.ok())
        return use.error();
    use.value().addBindValue(now().toMSecsSinceEpoch());
    use.value().addBindValue(t.id);
    if (auto s = m_db->exec(use.value()); !s.ok())
        return s;
    if (use.value().numRowsAffected() != 1)
        return makeError(ErrorCode::AuthenticationFailed, tr("That password-reset code was already used or replaced."));
    auto revoked = storeNewPassword(t.userId, password, hash, QStringLiteral("password reset"));
    if (!revoked.ok())
        return revoked.error();
    const Actor self{row->user.id, row->user.username, {}, false};
    if (auto s = audit(self, QStringLiteral("auth.password_reset"), QStringLiteral("user"), QString::number(t.userId),
                       row->user.username, tr("with a reset code sent to %1").arg(t.email), {},
                       jsonOf({{QStringLiteral("password"), QStringLiteral("changed")},
                               {QStringLiteral("sessions_ended"), revoked.value()}}));
        !s.ok())
        return s;
    return commit(tx);
}

} // namespace authdesk
