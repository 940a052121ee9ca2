// LocalStore: the helpdesk's one-step MFA reset (issue 5). The inspection shows what a reset would
// remove, without secrets; the reset checks the operator's rules, removes the factors, recovery codes,
// remembered devices and sessions, requires a new enrollment and may issue a temporary access pass, all
// in one transaction with one audit event; the user is told only after it committed.
#include "core/audit/AuditLog.h"
#include "core/crypto/Base32.h"
#include "core/crypto/Hmac.h"
#include "core/crypto/Random.h"
#include "core/crypto/SecureCompare.h"
#include "core/notify/Notifier.h"
#include "core/policy/ConsolePermissions.h"
#include "core/policy/InputRules.h"
#include "core/policy/StoreSettings.h"
#include "core/store/Database.h"
#include "core/store/LocalStore.h"
#include "core/store/LocalStoreInternal.h"

#include <QJsonObject>
#include <QSqlRecord>

#include <algorithm>

namespace authdesk {

namespace P = ConsolePermission;
using store::fromMs;
using store::jsonOf;

namespace {
constexpr int TemporaryPassBytes = 20; // 160 bits: 32 base32 characters, read aloud in 8 groups of 4
constexpr int TemporaryPassLength = 32;
constexpr int RecentFailureLimit = 20;
constexpr int MaxVerificationNoteLength = 500;

const QString ResetAction = QStringLiteral("mfa.reset");
const QString InspectAction = QStringLiteral("mfa.reset.inspect");
const QString NotificationAction = QStringLiteral("mfa.reset.notification");

QByteArray temporaryPassHash(const QByteArray &salt, const QString &normalizedPass)
{
    return crypto::sha256(salt + "authdesk-temporary-pass-v1:" + normalizedPass.toLatin1());
}

QString grouped(const QString &text)
{
    QStringList groups;
    for (qsizetype i = 0; i < text.size(); i += 4)
        groups << text.mid(i, 4);
    return groups.join(QLatin1Char('-'));
}

QString isoUtc(const QDateTime &dt)
{
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODate) : QString();
}

AuditEvent auditEventFrom(const QSqlQuery &r)
{
    AuditEvent e;
    e.id = r.value(0).toLongLong();
    e.at = fromMs(r.value(1));
    e.actorId = r.value(2).toLongLong();
    e.actorName = r.value(3).toString();
    e.action = r.value(4).toString();
    e.targetType = r.value(5).toString();
    e.targetId = r.value(6).toString();
    e.targetName = r.value(7).toString();
    e.result = auditResultFromName(r.value(8).toString()).value_or(AuditResult::Failed);
    e.reason = r.value(9).toString();
    e.before = r.value(10).toString();
    e.after = r.value(11).toString();
    e.machine = r.value(12).toString();
    return e;
}
} // namespace

// ---- rules and state ---------------------------------------------------------------------------

Result<std::optional<Error>> LocalStore::mfaResetRefusal(const Actor &actor, const UserRow &target)
{
    const QString name = InputRules::escapeForDisplay(target.user.username);
    if (!actor.permissions.contains(P::MfaReset))
        return std::optional<Error>(
            makeError(ErrorCode::PermissionDenied,
                      tr("Refused: resetting an authenticator needs the console permission %1, which you do not have.")
                          .arg(P::MfaReset)));
    if (target.user.id == actor.id)
        return std::optional<Error>(
            makeError(ErrorCode::PermissionDenied,
                      tr("Refused: you cannot reset your own authenticator; another operator with %1 must do it.")
                          .arg(P::MfaReset)));
    auto beyond = consolePermissionsBeyond(actor, target.user.id);
    if (!beyond.ok())
        return beyond.error();
    const QStringList &missing = beyond.value();
    if (!missing.isEmpty()) {
        return std::optional<Error>(makeError(
            ErrorCode::PermissionDenied,
            tr("Refused: %1 holds the console permission %2, which you do not have (%n such permission(s) in all); "
               "only an operator who holds every permission of %1 may reset their authenticator.",
               nullptr, static_cast<int>(missing.size()))
                .arg(name, missing.first())));
    }
    return std::optional<Error>();
}

Result<QString> LocalStore::mfaStateToken(qint64 userId)
{
    // Ids, states and timestamps only: the token changes when anyone enrolls, activates, uses a
    // recovery code, resets or issues a pass, and says nothing about any secret.
    QByteArray material = "authdesk-mfa-state-v1\n";
    auto collect = [&](const QString &sql) -> Status {
        auto q = m_db->prepare(sql);
        if (!q.ok())
            return q.error();
        q.value().addBindValue(userId);
        if (auto s = m_db->exec(q.value()); !s.ok())
            return s;
        const int columns = q.value().record().count();
        while (q.value().next()) {
            for (int i = 0; i < columns; ++i)
                material += q.value().value(i).toString().toUtf8() + '|';
            material += '\n';
        }
        q.value().finish();
        return Done{};
    };
    for (const QString &sql :
         {QStringLiteral("SELECT 'f', id, state, created_at, activated_at, disabled_at FROM mfa_factors "
                         "WHERE user_id = ? ORDER BY id"),
          QStringLiteral("SELECT 'r', id, used_at FROM recovery_codes WHERE user_id = ? ORDER BY id"),
          QStringLiteral("SELECT 'p', id, used_at FROM temporary_passes WHERE user_id = ? ORDER BY id"),
          QStringLiteral("SELECT 'e', mfa_enrollment_required FROM users WHERE id = ?")})
        if (auto s = collect(sql); !s.ok())
            return s.error();
    return QString::fromLatin1(crypto::sha256(material).left(16).toHex());
}

Result<bool> LocalStore::temporaryPassRequired(const User &user)
{
    if (!user.mfaEnrollmentRequired)
        return false;
    auto q = m_db->prepare(QStringLiteral("SELECT 1 FROM temporary_passes WHERE user_id = ? LIMIT 1"));
    if (!q.ok())
        return q.error();
    q.value().addBindValue(user.id);
    if (auto s = m_db->exec(q.value()); !s.ok())
        return s.error();
    const bool found = q.value().next();
    q.value().finish();
    return found;
}

Result<bool> LocalStore::useTemporaryPass(qint64 userId, const QString &typed)
{
    QString pass = store::normalizeGroupedCode(typed.left(TemporaryPassLength * 2));
    if (pass.size() != TemporaryPassLength || !crypto::base32Decode(pass).ok()) {
        crypto::secureWipe(pass);
        return false;
    }
    const qint64 at = now().toMSecsSinceEpoch();
    auto q = m_db->prepare(QStringLiteral(
        "SELECT id, salt, pass_hash FROM temporary_passes WHERE user_id = ? AND used_at IS NULL AND expires_at > ?"));
    if (!q.ok())
        return q.error();
    q.value().addBindValue(userId);
    q.value().addBindValue(at);
    if (auto s = m_db->exec(q.value()); !s.ok())
        return s.error();
    qint64 matchedId = 0;
    while (q.value().next()) {
        const bool same = crypto::secureEquals(temporaryPassHash(q.value().value(1).toByteArray(), pass),
                                               q.value().value(2).toByteArray());
        if (same && matchedId == 0)
            matchedId = q.value().value(0).toLongLong();
    }
    q.value().finish();
    crypto::secureWipe(pass);
    if (matchedId == 0)
        return false;
    auto used =
        m_db->prepare(QStringLiteral("UPDATE temporary_passes SET used_at = ? WHERE id = ? AND used_at IS NULL"));
    if (!used.ok())
        return used.error();
    used.value().addBindValue(at);
    used.value().addBindValue(matchedId);
    if (auto s = m_db->exec(used.value()); !s.ok())
        return s.error();
    return used.value().numRowsAffected() == 1;
}

Status LocalStore::clearMfaEnrollmentRequired(qint64 userId)
{
    auto del = m_db->prepare(QStringLiteral("DELETE FROM temporary_passes WHERE user_id = ?"));
    if (!del.ok())
        return del.error();
    del.value().addBindValue(userId);
    if (auto s = m_db->exec(del.value()); !s.ok())
        return s;
    auto upd = m_db->prepare(
        QStringLiteral("UPDATE users SET mfa_enrollment_required = 0 WHERE id = ? AND mfa_enrollment_required <> 0"));
    if (!upd.ok())
        return upd.error();
    upd.value().addBindValue(userId);
    return m_db->exec(upd.value());
}

// ---- inspection --------------------------------------------------------------------------------

Result<MfaResetInspection> LocalStore::inspectMfaReset(const Principal &principal, const QString &ref)
{
    auto actor = loadActor(principal);
    if (!actor.ok())
        return actor.error();
    if (auto s = require(actor.value(), P::MfaReset, InspectAction, QStringLiteral("user"), {}, ref.left(128)); !s.ok())
        return s.error();
    auto row = userByRef(ref);
    if (!row.ok())
        return row.error();
    const qint64 userId = row->user.id;
    MfaResetInspection out;
    QList<User> one{row->user};
    if (auto s = fillMfaFlags(one); !s.ok())
        return s.error();
    out.user = one.first();
    auto status = mfaStatusOf(userId);
    if (!status.ok())
        return status.error();
    out.mfa = status.value();

    const qint64 at = now().toMSecsSinceEpoch();
    auto count = [&](const QString &sql, bool withTime) -> Result<int> {
        auto q = m_db->prepare(sql);
        if (!q.ok())
            return q.error();
        q.value().addBindValue(userId);
        if (withTime)
            q.value().addBindValue(at);
        if (auto s = m_db->exec(q.value()); !s.ok())
            return s.error();
        q.value().next();
        const int n = q.value().value(0).toInt();
        q.value().finish();
        return n;
    };
    auto devices =
        count(QStringLiteral("SELECT count(*) FROM trusted_devices WHERE user_id = ? AND expires_at > ?"), true);
    if (!devices.ok())
        return devices.error();
    out.trustedDevices = devices.value();
    out.liveSessions = 0; // the sessions issue counts its sessions and refresh-token families here
    auto passes = count(QStringLiteral("SELECT count(*) FROM temporary_passes WHERE user_id = ? AND used_at IS NULL "
                                       "AND expires_at > ?"),
                        true);
    if (!passes.ok())
        return passes.error();
    out.temporaryPassOutstanding = passes.value() > 0;

    // Failed codes and passes, throttle refusals and failed sign-ins of this user, newest first.
    auto q = m_db->prepare(
        QStringLiteral("SELECT id, at, actor_id, actor_name, action, target_type, target_id, target_name, result, "
                       "reason, before_json, after_json, machine FROM audit_events "
                       "WHERE target_type = 'user' AND target_id = ? AND result IN ('failed', 'denied') "
                       "AND action IN ('mfa.verify', 'mfa.recover', 'mfa.activate', 'auth.sign_in') "
                       "ORDER BY id DESC LIMIT ?"));
    if (!q.ok())
        return q.error();
    q.value().addBindValue(QString::number(userId));
    q.value().addBindValue(RecentFailureLimit);
    if (auto s = m_db->exec(q.value()); !s.ok())
        return s.error();
    // A refused sign-in for these reasons is no throttle lockout.
    const QStringList notLockouts{tr("the account is disabled"), tr("the account holds no console permission"),
                                  tr("the store is locked here, so the second factor cannot be checked")};
    while (q.value().next()) {
        AuditEvent e = auditEventFrom(q.value());
        if (e.result == AuditResult::Denied && !notLockouts.contains(e.reason))
            ++out.lockouts;
        out.recentFailures << e;
    }
    q.value().finish();

    auto refusal = mfaResetRefusal(actor.value(), row.value());
    if (!refusal.ok())
        return refusal.error();
    out.allowed = !refusal->has_value();
    if (refusal->has_value())
        out.refusal = (*refusal)->message;
    auto token = mfaStateToken(userId);
    if (!token.ok())
        return token.error();
    out.stateToken = token.value();
    return out;
}

// ---- the reset ---------------------------------------------------------------------------------

Result<MfaResetResult> LocalStore::resetMfa(const Principal &principal, const QString &ref,
                                            const MfaResetRequest &request)
{
    auto who = loadActor(principal);
    if (!who.ok())
        return who.error();
    const Actor actor = who.value();
    if (auto s = require(actor, P::MfaReset, ResetAction, QStringLiteral("user"), {}, ref.left(128)); !s.ok())
        return s.error();
    auto found = userByRef(ref);
    if (!found.ok()) {
        if (found.code() != ErrorCode::NotFound)
            return found.error();
        return deny(actor, ResetAction, QStringLiteral("user"), {}, ref.left(128), found.error()).error();
    }
    const qint64 userId = found->user.id;
    auto refuse = [&](const UserRow &row, const Error &error) -> Error {
        return deny(actor, ResetAction, QStringLiteral("user"), QString::number(row.user.id), row.user.username, error)
            .error();
    };

    // The intake: each rule with its own message.
    const QString ticketText = request.ticket.trimmed();
    if (ticketText.isEmpty())
        return refuse(found.value(),
                      makeError(ErrorCode::InvalidInput,
                                tr("A ticket number is required for an MFA reset (for example "
                                   "INC-20417), so the reset can be traced to the request.")));
    auto ticket = InputRules::freeText(ticketText, tr("ticket number"), InputRules::MaxTicketLength, true);
    if (!ticket.ok())
        return refuse(found.value(), ticket.error());
    const QString reasonText = request.reason.trimmed();
    if (reasonText.isEmpty())
        return refuse(found.value(),
                      makeError(ErrorCode::InvalidInput,
                                tr("A reason is required for an MFA reset (for example “phone lost”).")));
    auto reason = InputRules::reason(reasonText, true);
    if (!reason.ok())
        return refuse(found.value(), reason.error());
    const QString noteText = request.verificationNote.trimmed();
    if (request.verifiedBy == IdentityCheck::Other && noteText.isEmpty())
        return refuse(found.value(),
                      makeError(ErrorCode::InvalidInput,
                                tr("The identity check “other” needs a note saying how the caller's identity was "
                                   "verified.")));
    auto note = InputRules::freeText(noteText, tr("verification note"), MaxVerificationNoteLength, false);
    if (!note.ok())
        return refuse(found.value(), note.error());
    auto settings = readSettings();
    if (!settings.ok())
        return settings.error();
    int passMinutes = StoreSettings::temporaryPassMinutes(settings.value());
    if (request.issueTemporaryPass && request.temporaryPassMinutes != 0) {
        if (request.temporaryPassMinutes < StoreSettings::MinTemporaryPassMinutes
            || request.temporaryPassMinutes > StoreSettings::MaxTemporaryPassMinutes)
            return refuse(found.value(),
                          makeError(ErrorCode::InvalidInput,
                                    tr("A temporary access pass lasts %1 to %2 minutes, not %3.")
                                        .arg(StoreSettings::MinTemporaryPassMinutes)
                                        .arg(StoreSettings::MaxTemporaryPassMinutes)
                                        .arg(request.temporaryPassMinutes)));
        passMinutes = request.temporaryPassMinutes;
    }

    // Chosen before the change, so the audit event can say how the user will be told.
    // A notifier the settings name but cannot make (no sender, a bad URL, a sealed password the
    // locked store cannot open) is a failed notification, not a reason to refuse the reset.
    auto configured = makeNotifier();
    std::unique_ptr<Notifier> notifier = configured.ok() ? std::move(configured.value()) : nullptr;
    const QString notifierProblem = configured.ok() ? QString() : configured.message();
    QString channel = notifier ? notifier->channel() : QString();
    if (!configured.ok()) {
        auto stored = readSettings();
        if (stored.ok())
            channel = stored->value(StoreSettings::NotifyMethod);
    }

    WriteTransaction tx(*m_db);
    if (auto s = begin(tx); !s.ok())
        return s.error();
    // Read again under the write lock: the rules apply to the account as it is now.
    auto current = userById(userId);
    if (!current.ok())
        return current.error();
    const UserRow &row = current.value();
    const User &user = row.user;
    auto refusal = mfaResetRefusal(actor, row);
    if (!refusal.ok())
        return refusal.error();
    if (refusal->has_value())
        return refuse(row, **refusal);
    if (!request.expectedStateToken.isEmpty()) {
        auto token = mfaStateToken(userId);
        if (!token.ok())
            return token.error();
        if (!crypto::secureEquals(token->toLatin1(), request.expectedStateToken.trimmed().toLatin1())) {
            QString latest;
            auto q = m_db->prepare(QStringLiteral(
                "SELECT actor_name, action, at FROM audit_events WHERE target_type = 'user' AND target_id = ? "
                "AND result = 'success' AND action IN ('mfa.enroll', 'mfa.activate', 'mfa.reset', "
                "'mfa.recovery_codes', 'mfa.recover', 'auth.sign_in') ORDER BY id DESC LIMIT 1"));
            if (q.ok()) {
                q.value().addBindValue(QString::number(userId));
                if (m_db->exec(q.value()).ok() && q.value().next())
                    latest = tr(" The latest change: %1 by %2 at %3.")
                                 .arg(q.value().value(1).toString(),
                                      InputRules::escapeForDisplay(q.value().value(0).toString()),
                                      isoUtc(fromMs(q.value().value(2))));
                q.value().finish();
            }
            return refuse(row,
                          makeError(ErrorCode::Conflict,
                                    tr("Refused: the MFA of %1 was enrolled or changed meanwhile, after you "
                                       "inspected it; nothing was reset.%2 Inspect it again and confirm.")
                                        .arg(InputRules::escapeForDisplay(user.username), latest)));
        }
    }

    auto before = mfaStatusOf(userId);
    if (!before.ok())
        return before.error();
    auto remove = [&](const QString &sql) -> Result<int> {
        auto q = m_db->prepare(sql);
        if (!q.ok())
            return q.error();
        q.value().addBindValue(userId);
        if (auto s = m_db->exec(q.value()); !s.ok())
            return s.error();
        return q.value().numRowsAffected();
    };
    MfaResetResult result;
    // Pending, active and disabled factors alike; the failure count, lockout and last-used step go with them.
    auto factors = remove(QStringLiteral("DELETE FROM mfa_factors WHERE user_id = ?"));
    if (!factors.ok())
        return factors.error();
    result.factorsRemoved = factors.value();
    auto codes = remove(QStringLiteral("DELETE FROM recovery_codes WHERE user_id = ?"));
    if (!codes.ok())
        return codes.error();
    result.recoveryCodesRemoved = codes.value();
    auto devices = forgetTrustedDevices(userId);
    if (!devices.ok())
        return devices.error();
    result.trustedDevicesForgotten = devices.value();
    auto sessions = revokeSessions(userId, QStringLiteral("mfa reset"));
    if (!sessions.ok())
        return sessions.error();
    result.sessionsRevoked = sessions.value();
    // A pass from an earlier reset is replaced by this one (or by none).
    auto oldPasses = remove(QStringLiteral("DELETE FROM temporary_passes WHERE user_id = ?"));
    if (!oldPasses.ok())
        return oldPasses.error();
    auto upd = m_db->prepare(QStringLiteral(
        "UPDATE users SET mfa_enrollment_required = 1, updated_at = ?, version = version + 1 WHERE id = ?"));
    if (!upd.ok())
        return upd.error();
    upd.value().addBindValue(QDateTime::currentMSecsSinceEpoch());
    upd.value().addBindValue(userId);
    if (auto s = m_db->exec(upd.value()); !s.ok())
        return s.error();

    const QDateTime at = now();
    if (request.issueTemporaryPass) {
        QByteArray raw = crypto::randomBytes(TemporaryPassBytes);
        QString pass = crypto::base32Encode(raw);
        crypto::secureWipe(raw);
        const QByteArray salt = crypto::randomBytes(16);
        const QDateTime expires = at.addSecs(qint64(passMinutes) * 60);
        auto ins = m_db->prepare(QStringLiteral("INSERT INTO temporary_passes (user_id, salt, pass_hash, created_at, "
                                                "expires_at, created_by) VALUES (?, ?, ?, ?, ?, ?)"));
        if (!ins.ok()) {
            crypto::secureWipe(pass);
            return ins.error();
        }
        ins.value().addBindValue(userId);
        ins.value().addBindValue(salt);
        ins.value().addBindValue(temporaryPassHash(salt, pass));
        ins.value().addBindValue(at.toMSecsSinceEpoch());
        ins.value().addBindValue(expires.toMSecsSinceEpoch());
        ins.value().addBindValue(actor.id);
        if (auto s = m_db->exec(ins.value()); !s.ok()) {
            crypto::secureWipe(pass);
            return s.error();
        }
        result.temporaryPass = grouped(pass);
        result.temporaryPassExpires = expires;
        crypto::secureWipe(pass);
    }

    const QJsonObject beforeJson{{QStringLiteral("mfa_state"), mfaStateName(before->state)},
                                 {QStringLiteral("pending_enrollment"), before->pending},
                                 {QStringLiteral("failed_attempts"), before->failedAttempts},
                                 {QStringLiteral("recovery_codes_left"), before->recoveryCodesLeft},
                                 {QStringLiteral("enrollment_required"), user.mfaEnrollmentRequired}};
    const QJsonObject afterJson{
        {QStringLiteral("ticket"), ticket.value()},
        {QStringLiteral("reason"), reason.value()},
        {QStringLiteral("verified_by"), identityCheckName(request.verifiedBy)},
        {QStringLiteral("verification_note"), note.value()},
        {QStringLiteral("factors_removed"), result.factorsRemoved},
        {QStringLiteral("recovery_codes_removed"), result.recoveryCodesRemoved},
        {QStringLiteral("trusted_devices_forgotten"), result.trustedDevicesForgotten},
        {QStringLiteral("sessions_revoked"), result.sessionsRevoked},
        {QStringLiteral("enrollment_required"), true},
        {QStringLiteral("lockout_cleared"), before->failedAttempts > 0 || before->state == MfaStatus::State::Disabled},
        {QStringLiteral("temporary_pass_issued"), request.issueTemporaryPass},
        {QStringLiteral("temporary_pass_expires"),
         request.issueTemporaryPass ? QJsonValue(isoUtc(result.temporaryPassExpires)) : QJsonValue()},
        {QStringLiteral("notification_channel"), channel.isEmpty() ? QJsonValue() : QJsonValue(channel)},
        {QStringLiteral("notification_recipient"), user.email}};
    AuditEvent e;
    e.actorId = actor.id;
    e.actorName = actor.name;
    e.action = ResetAction;
    e.targetType = QStringLiteral("user");
    e.targetId = QString::number(userId);
    e.targetName = user.username;
    e.result = AuditResult::Success;
    e.reason = reason.value();
    e.before = jsonOf(beforeJson);
    e.after = jsonOf(afterJson);
    auto fail = [&](const Error &error) -> Error {
        crypto::secureWipe(result.temporaryPass);
        return error;
    };
    if (auto s = m_audit->append(e); !s.ok())
        return fail(s.error());
    if (auto s = commit(tx); !s.ok())
        return fail(s.error());
    result.auditEventId = e.id;
    auto after = loadUserForOutput(userId);
    if (after.ok()) {
        QList<User> one{after.value()};
        if (fillMfaFlags(one).ok())
            result.user = one.first();
    }

    // Only now, with the reset committed, is the user told; the outcome is a second, linked event.
    NotificationOutcome &outcome = result.notification;
    outcome.recipient = user.email;
    outcome.channel = channel;
    if (!notifier && !notifierProblem.isEmpty()) {
        outcome.state = NotificationOutcome::State::Failed;
        outcome.detail = tr("The notifier could not be used, so %1 was not told: %2")
                             .arg(InputRules::escapeForDisplay(user.username), notifierProblem);
    } else if (!notifier) {
        outcome.state = NotificationOutcome::State::NotConfigured;
        outcome.detail = tr("No notifier is configured in this store's settings, so %1 was not told; tell them "
                            "another way than the authenticator that was reset.")
                             .arg(InputRules::escapeForDisplay(user.username));
    } else {
        Notification n;
        n.to = user.email;
        n.toName = user.displayName;
        n.subject = tr("Your authenticator was reset by the helpdesk");
        const QString next = request.issueTemporaryPass
            ? tr("The helpdesk gave you a temporary access pass, valid until %1 (UTC). Sign in with your password "
                 "and that pass, then enroll a new authenticator.")
                  .arg(isoUtc(result.temporaryPassExpires))
            : tr("Sign in with your password and enroll a new authenticator at once (an administrator can help).");
        n.body =
            tr("Hello %1,\n\nYour authenticator was reset by the helpdesk (ticket %2) at %3 (UTC). Your old "
               "authenticator codes, recovery codes and remembered computers no longer work.\n\n%4\n\nIf you "
               "did not ask for this, contact your helpdesk at once.\n")
                .arg(user.displayName.isEmpty() ? user.username : user.displayName, ticket.value(), isoUtc(at), next);
        auto sent = notifier->send(n);
        if (sent.ok()) {
            outcome.state = NotificationOutcome::State::Sent;
            outcome.detail = sent.value();
        } else {
            outcome.state = NotificationOutcome::State::Failed;
            outcome.detail = sent.message();
        }
    }
    AuditEvent ne;
    ne.actorId = actor.id;
    ne.actorName = actor.name;
    ne.action = NotificationAction;
    ne.targetType = QStringLiteral("user");
    ne.targetId = QString::number(userId);
    ne.targetName = user.username;
    ne.result = outcome.state == NotificationOutcome::State::Sent ? AuditResult::Success : AuditResult::Failed;
    ne.reason = outcome.detail;
    ne.after = jsonOf({{QStringLiteral("reset_event_id"), result.auditEventId},
                       {QStringLiteral("state"), notificationStateName(outcome.state)},
                       {QStringLiteral("channel"), outcome.channel},
                       {QStringLiteral("recipient"), outcome.recipient},
                       {QStringLiteral("detail"), outcome.detail}});
    // The reset stands either way; a lost record of the notice is said, not hidden.
    if (auto s = auditOutsideTransaction(ne); !s.ok())
        outcome.detail +=
            QLatin1Char(' ') + tr("(This outcome could not be recorded in the audit log: %1)").arg(s.message());
    return result;
}

} // namespace authdesk
