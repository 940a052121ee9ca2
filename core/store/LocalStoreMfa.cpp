// LocalStore: TOTP factors (two-step enrollment, verification with replay, drift and throttle
// rules) and recovery codes. Secrets are sealed under the store's data key; recovery codes are
// kept only as salted hashes. Nothing here ever writes a secret or a code to the audit log.
#include "core/audit/AuditLog.h"
#include "core/crypto/Base32.h"
#include "core/crypto/Hmac.h"
#include "core/crypto/Otp.h"
#include "core/crypto/OtpAuthUri.h"
#include "core/crypto/Random.h"
#include "core/crypto/SecretBox.h"
#include "core/crypto/SecureCompare.h"
#include "core/policy/ConsolePermissions.h"
#include "core/policy/InputRules.h"
#include "core/policy/StoreSettings.h"
#include "core/store/Database.h"
#include "core/store/LocalStore.h"
#include "core/store/LocalStoreInternal.h"

#include <QJsonObject>
#include <QSysInfo>

namespace authdesk {

namespace P = ConsolePermission;
using store::fromMs;
using store::jsonOf;

namespace {
// Consecutive failures before every further attempt has to wait, and the longest wait.
constexpr int FreeAttempts = 5;
constexpr qint64 MaxWaitSeconds = 300;
// After this many consecutive failures the factor is disabled until someone enrolls a new one.
constexpr int DisableAfterFailures = 100;
constexpr int RecoveryCodeCount = 10;
constexpr int RecoveryCodeBytes = 10; // 80 bits, 16 base32 characters

QByteArray recoveryHash(const QByteArray &salt, const QString &normalizedCode)
{
    return crypto::sha256(salt + "authdesk-recovery-v1:" + normalizedCode.toLatin1());
}

qint64 waitSeconds(int failures)
{
    if (failures < FreeAttempts)
        return 0;
    const int exponent = std::min(failures - FreeAttempts, 20);
    return std::min<qint64>(qint64(1) << exponent, MaxWaitSeconds);
}
} // namespace

qint64 store::mfaWaitSeconds(int failures)
{
    return waitSeconds(failures);
}

QString store::normalizeGroupedCode(const QString &typed)
{
    QString out;
    for (QChar c : typed) {
        if (c == QLatin1Char('-') || c == QLatin1Char(' '))
            continue;
        out += c.toUpper();
    }
    return out;
}

QString mfaStateName(MfaStatus::State state)
{
    switch (state) {
    case MfaStatus::State::None:
        return QStringLiteral("none");
    case MfaStatus::State::Pending:
        return QStringLiteral("pending");
    case MfaStatus::State::Active:
        return QStringLiteral("active");
    case MfaStatus::State::Disabled:
        return QStringLiteral("disabled");
    }
    return QStringLiteral("none");
}

struct LocalStore::Factor {
    qint64 id = 0;
    qint64 userId = 0;
    QString state;
    crypto::OtpParams params;
    QByteArray sealedSecret;
    QDateTime createdAt;
    QDateTime activatedAt;
    QDateTime lastUsedAt;
    qint64 lastStep = -1;
    int failedCount = 0;
    QDateTime lastFailureAt;
    QDateTime disabledAt;
};

Result<std::optional<LocalStore::Factor>> LocalStore::factorOf(qint64 userId, const QString &state)
{
    auto q = m_db->prepare(
        QStringLiteral("SELECT id, state, algorithm, digits, period, secret_sealed, created_at, activated_at, "
                       "last_used_at, last_step, "
                       "failed_count, last_failure_at, disabled_at FROM mfa_factors WHERE user_id = ? AND state = ?"));
    if (!q.ok())
        return q.error();
    q.value().addBindValue(userId);
    q.value().addBindValue(state);
    if (auto s = m_db->exec(q.value()); !s.ok())
        return s.error();
    if (!q.value().next())
        return std::optional<Factor>();
    const QSqlQuery &r = q.value();
    Factor f;
    f.id = r.value(0).toLongLong();
    f.userId = userId;
    f.state = r.value(1).toString();
    f.params.algorithm = crypto::otpAlgorithmFromName(r.value(2).toString()).value_or(crypto::OtpAlgorithm::Sha1);
    f.params.digits = r.value(3).toInt();
    f.params.period = r.value(4).toInt();
    f.sealedSecret = r.value(5).toByteArray();
    f.createdAt = fromMs(r.value(6));
    f.activatedAt = fromMs(r.value(7));
    f.lastUsedAt = fromMs(r.value(8));
    f.lastStep = r.value(9).toLongLong();
    f.failedCount = r.value(10).toInt();
    f.lastFailureAt = fromMs(r.value(11));
    f.disabledAt = fromMs(r.value(12));
    q.value().finish();
    return std::optional<Factor>(f);
}

Result<QStringList> LocalStore::replaceRecoveryCodes(qint64 userId)
{
    auto del = m_db->prepare(QStringLiteral("DELETE FROM recovery_codes WHERE user_id = ?"));
    if (!del.ok())
        return del.error();
    del.value().addBindValue(userId);
    if (auto s = m_db->exec(del.value()); !s.ok())
        return s.error();
    auto ins = m_db->prepare(
        QStringLiteral("INSERT INTO recovery_codes (user_id, salt, code_hash, created_at) VALUES (?, ?, ?, ?)"));
    if (!ins.ok())
        return ins.error();
    QStringList codes;
    const qint64 at = now().toMSecsSinceEpoch();
    for (int i = 0; i < RecoveryCodeCount; ++i) {
        const QString raw = crypto::base32Encode(crypto::randomBytes(RecoveryCodeBytes));
        const QByteArray salt = crypto::randomBytes(16);
        ins.value().addBindValue(userId);
        ins.value().addBindValue(salt);
        ins.value().addBindValue(recoveryHash(salt, raw));
        ins.value().addBindValue(at);
        if (auto s = m_db->exec(ins.value()); !s.ok())
            return s.error();
        codes << raw.mid(0, 4) + QLatin1Char('-') + raw.mid(4, 4) + QLatin1Char('-') + raw.mid(8, 4) + QLatin1Char('-')
                + raw.mid(12, 4);
    }
    return codes;
}

Status LocalStore::recordMfaFailure(const Factor &factor, qint64 failures)
{
    const qint64 at = now().toMSecsSinceEpoch();
    if (failures >= DisableAfterFailures && factor.state == QLatin1String("pending")) {
        // A pending enrollment that keeps failing is thrown away; an admin enrolls again.
        auto q = m_db->prepare(QStringLiteral("DELETE FROM mfa_factors WHERE id = ?"));
        if (!q.ok())
            return q.error();
        q.value().addBindValue(factor.id);
        return m_db->exec(q.value());
    }
    const bool disable = failures >= DisableAfterFailures;
    // A disabled authenticator must not live on through a computer it once let skip the code.
    if (disable)
        if (auto s = forgetTrustedDevices(factor.userId); !s.ok())
            return s.error();
    auto q = m_db->prepare(
        disable ? QStringLiteral("UPDATE mfa_factors SET failed_count = ?, last_failure_at = ?, "
                                 "state = 'disabled', disabled_at = ? WHERE id = ?")
                : QStringLiteral("UPDATE mfa_factors SET failed_count = ?, last_failure_at = ? WHERE id = ?"));
    if (!q.ok())
        return q.error();
    q.value().addBindValue(failures);
    q.value().addBindValue(at);
    if (disable)
        q.value().addBindValue(at);
    q.value().addBindValue(factor.id);
    return m_db->exec(q.value());
}

Result<LocalStore::Targeted> LocalStore::beginTargeted(const Principal &principal, const QString &ref,
                                                       const QString &permission, const QString &action,
                                                       WriteTransaction &tx, bool needsKey)
{
    auto actor = loadActor(principal);
    if (!actor.ok())
        return actor.error();
    if (auto s = require(actor.value(), permission, action, QStringLiteral("user"), {}, ref.left(128)); !s.ok())
        return s.error();
    if (needsKey)
        if (auto s = requireUnlocked(); !s.ok())
            return s.error();
    if (auto s = begin(tx); !s.ok())
        return s.error();
    auto row = userByRef(ref);
    if (!row.ok())
        return row.error();
    if (auto s = guardTarget(actor.value(), row.value(), SelfRule::Allow, action); !s.ok())
        return s.error();
    return Targeted{std::move(actor.value()), std::move(row.value())};
}

Result<TotpEnrollment> LocalStore::totpEnrollment(const User &user, const QByteArray &secret,
                                                  const crypto::OtpParams &params)
{
    auto settings = readSettings();
    if (!settings.ok())
        return settings.error();
    crypto::OtpAuthUri key;
    key.issuer = StoreSettings::issuer(settings.value());
    key.account = user.email;
    key.secret = secret;
    key.params = params;
    auto uri = crypto::buildOtpAuthUri(key);
    crypto::secureWipe(key.secret);
    if (!uri.ok())
        return uri.error();
    return TotpEnrollment{uri.value(),   key.issuer,   key.account, crypto::otpAlgorithmName(params.algorithm),
                          params.digits, params.period};
}

// ---- enrollment -------------------------------------------------------------------------------

Result<TotpEnrollment> LocalStore::enrollTotp(const Principal &principal, const QString &ref)
{
    const QString action = QStringLiteral("mfa.enroll");
    WriteTransaction tx(*m_db);
    auto t = beginTargeted(principal, ref, P::MfaEnroll, action, tx, true);
    if (!t.ok())
        return t.error();
    const User &user = t->target.user;
    auto active = factorOf(user.id, QStringLiteral("active"));
    if (!active.ok())
        return active.error();
    const crypto::OtpParams params;
    QByteArray secret = crypto::generateOtpSecret(crypto::DefaultOtpSecretBytes);
    auto enrollment = totpEnrollment(user, secret, params);
    const QByteArray sealed =
        crypto::SecretBox::seal(m_dataKey, secret, secretAad(QStringLiteral("totp"), QString::number(user.id)));
    crypto::secureWipe(secret);
    if (!enrollment.ok())
        return enrollment.error();

    auto del = m_db->prepare(QStringLiteral("DELETE FROM mfa_factors WHERE user_id = ? AND state = 'pending'"));
    if (!del.ok())
        return del.error();
    del.value().addBindValue(user.id);
    if (auto s = m_db->exec(del.value()); !s.ok())
        return s.error();
    auto ins = m_db->prepare(QStringLiteral(
        "INSERT INTO mfa_factors (user_id, type, state, algorithm, digits, period, secret_sealed, created_at) "
        "VALUES (?, 'totp', 'pending', ?, ?, ?, ?, ?)"));
    if (!ins.ok())
        return ins.error();
    ins.value().addBindValue(user.id);
    ins.value().addBindValue(crypto::otpAlgorithmName(params.algorithm));
    ins.value().addBindValue(params.digits);
    ins.value().addBindValue(params.period);
    ins.value().addBindValue(sealed);
    ins.value().addBindValue(now().toMSecsSinceEpoch());
    if (auto s = m_db->exec(ins.value()); !s.ok())
        return s.error();
    if (auto s = bumpVersion(user.id); !s.ok())
        return s.error();
    const QJsonObject after{{QStringLiteral("type"), QStringLiteral("totp")},
                            {QStringLiteral("state"), QStringLiteral("pending")},
                            {QStringLiteral("algorithm"), enrollment->algorithm},
                            {QStringLiteral("digits"), params.digits},
                            {QStringLiteral("period"), params.period},
                            {QStringLiteral("issuer"), enrollment->issuer},
                            {QStringLiteral("keeps_active_factor"), active->has_value()}};
    if (auto s = audit(t->actor, action, QStringLiteral("user"), QString::number(user.id), user.username, {}, {},
                       jsonOf(after));
        !s.ok())
        return s.error();
    if (auto s = commit(tx); !s.ok())
        return s.error();
    return enrollment;
}

Result<TotpEnrollment> LocalStore::pendingTotp(const Principal &principal, const QString &ref)
{
    const QString action = QStringLiteral("mfa.show_pending");
    WriteTransaction tx(*m_db);
    auto t = beginTargeted(principal, ref, P::MfaEnroll, action, tx, true);
    if (!t.ok())
        return t.error();
    const User &user = t->target.user;
    auto pending = factorOf(user.id, QStringLiteral("pending"));
    if (!pending.ok())
        return pending.error();
    if (!pending->has_value())
        return makeError(
            ErrorCode::NotFound,
            tr("%1 has no pending enrollment: the QR code exists only between “mfa enroll” and “mfa activate”.")
                .arg(InputRules::escapeForDisplay(user.username)));
    auto secret = crypto::SecretBox::open(m_dataKey, (*pending)->sealedSecret,
                                          secretAad(QStringLiteral("totp"), QString::number(user.id)));
    if (!secret.ok())
        return secret.error();
    auto enrollment = totpEnrollment(user, secret.value(), (*pending)->params);
    crypto::secureWipe(secret.value());
    if (!enrollment.ok())
        return enrollment.error();
    if (auto s = audit(t->actor, action, QStringLiteral("user"), QString::number(user.id), user.username, {}, {},
                       jsonOf({{QStringLiteral("type"), QStringLiteral("totp")},
                               {QStringLiteral("state"), QStringLiteral("pending")}}));
        !s.ok())
        return s.error();
    if (auto s = commit(tx); !s.ok())
        return s.error();
    return enrollment;
}

Result<QStringList> LocalStore::activateTotp(const Principal &principal, const QString &ref, const QString &typed)
{
    const QString action = QStringLiteral("mfa.activate");
    WriteTransaction tx(*m_db);
    auto t = beginTargeted(principal, ref, P::MfaEnroll, action, tx, true);
    if (!t.ok())
        return t.error();
    const Actor &actor = t->actor;
    const UserRow *row = &t->target;
    auto pendingFactor = factorOf(row->user.id, QStringLiteral("pending"));
    if (!pendingFactor.ok())
        return pendingFactor.error();
    if (!pendingFactor->has_value())
        return makeError(ErrorCode::NotFound,
                         tr("%1 has no pending enrollment to activate; enroll first (mfa enroll).")
                             .arg(InputRules::escapeForDisplay(row->user.username)));
    const Factor pending = **pendingFactor;
    auto code = crypto::parseOtpCode(typed, pending.params.digits);
    if (!code.ok())
        return code.error();
    const QDateTime at = now();
    if (const qint64 wait = waitSeconds(pending.failedCount);
        wait > 0 && pending.lastFailureAt.isValid() && at < pending.lastFailureAt.addSecs(wait)) {
        const qint64 left = at.secsTo(pending.lastFailureAt.addSecs(wait)) + 1;
        return deny(actor, action, QStringLiteral("user"), QString::number(row->user.id), row->user.username,
                    makeError(ErrorCode::RateLimited,
                              tr("Too many wrong codes: try again in %n second(s).", nullptr, static_cast<int>(left))))
            .error();
    }
    auto settings = readSettings();
    if (!settings.ok())
        return settings.error();
    auto secret = crypto::SecretBox::open(m_dataKey, pending.sealedSecret,
                                          secretAad(QStringLiteral("totp"), QString::number(row->user.id)));
    if (!secret.ok())
        return secret.error();
    const auto step = crypto::matchTotp(secret.value(), pending.params, code.value(), at.toSecsSinceEpoch(),
                                        StoreSettings::driftSteps(settings.value()), -1);
    crypto::secureWipe(secret.value());
    if (!step) {
        if (auto s = recordMfaFailure(pending, pending.failedCount + 1); !s.ok())
            return s.error();
        AuditEvent e;
        e.actorId = actor.id;
        e.actorName = actor.name;
        e.action = action;
        e.targetType = QStringLiteral("user");
        e.targetId = QString::number(row->user.id);
        e.targetName = row->user.username;
        e.result = AuditResult::Failed;
        e.reason = tr("wrong code");
        if (auto s = m_audit->append(e); !s.ok())
            return s.error();
        if (auto s = commit(tx); !s.ok())
            return s.error();
        return makeError(
            ErrorCode::AuthenticationFailed,
            tr("The code does not match the new authenticator; nothing was activated. Check the phone's clock "
               "and type the code it shows now."));
    }
    auto active = factorOf(row->user.id, QStringLiteral("active"));
    if (!active.ok())
        return active.error();
    // Only now is an older factor replaced: until this code proved the new one works, the old one stays.
    auto del = m_db->prepare(QStringLiteral("DELETE FROM mfa_factors WHERE user_id = ? AND state <> 'pending'"));
    if (!del.ok())
        return del.error();
    del.value().addBindValue(row->user.id);
    if (auto s = m_db->exec(del.value()); !s.ok())
        return s.error();
    auto upd = m_db->prepare(QStringLiteral(
        "UPDATE mfa_factors SET state = 'active', activated_at = ?, last_used_at = ?, last_step = ?, failed_count = 0, "
        "last_failure_at = NULL WHERE id = ?"));
    if (!upd.ok())
        return upd.error();
    upd.value().addBindValue(at.toMSecsSinceEpoch());
    upd.value().addBindValue(at.toMSecsSinceEpoch());
    upd.value().addBindValue(*step);
    upd.value().addBindValue(pending.id);
    if (auto s = m_db->exec(upd.value()); !s.ok())
        return s.error();
    auto codes = replaceRecoveryCodes(row->user.id);
    if (!codes.ok())
        return codes.error();
    // A new authenticator: computers remembered under the old one have to show a code again.
    auto forgotten = forgetTrustedDevices(row->user.id);
    if (!forgotten.ok())
        return forgotten.error();
    if (auto s = clearMfaEnrollmentRequired(row->user.id); !s.ok())
        return s.error();
    if (auto s = bumpVersion(row->user.id); !s.ok())
        return s.error();
    const QJsonObject after{{QStringLiteral("type"), QStringLiteral("totp")},
                            {QStringLiteral("state"), QStringLiteral("active")},
                            {QStringLiteral("enrollment_required"), false},
                            {QStringLiteral("algorithm"), crypto::otpAlgorithmName(pending.params.algorithm)},
                            {QStringLiteral("replaced_factor"), active->has_value()},
                            {QStringLiteral("devices_forgotten"), forgotten.value()},
                            {QStringLiteral("recovery_codes"), RecoveryCodeCount}};
    if (auto s = audit(actor, action, QStringLiteral("user"), QString::number(row->user.id), row->user.username, {},
                       jsonOf({{QStringLiteral("active_factor"), active->has_value()}}), jsonOf(after));
        !s.ok())
        return s.error();
    if (auto s = commit(tx); !s.ok())
        return s.error();
    return codes;
}

// ---- verification -----------------------------------------------------------------------------

Result<bool> LocalStore::verifyTotp(const Principal &principal, const QString &ref, const QString &typed)
{
    return checkSecondFactor(principal, ref, typed, false);
}

Result<bool> LocalStore::useRecoveryCode(const Principal &principal, const QString &ref, const QString &typed)
{
    return checkSecondFactor(principal, ref, typed, true);
}

Result<bool> LocalStore::checkSecondFactor(const Principal &principal, const QString &ref, const QString &typed,
                                           bool recovery)
{
    const QString action = recovery ? QStringLiteral("mfa.recover") : QStringLiteral("mfa.verify");
    // Checking a code is part of enrolling and of the helpdesk's identity check.
    auto who = loadActor(principal);
    if (!who.ok())
        return who.error();
    const QString permission = who->permissions.contains(P::MfaReset) ? P::MfaReset : P::MfaEnroll;
    WriteTransaction tx(*m_db);
    auto t = beginTargeted(principal, ref, permission, action, tx, !recovery);
    if (!t.ok())
        return t.error();
    AuditEvent e;
    e.actorId = t->actor.id;
    e.actorName = t->actor.name;
    e.action = action;
    e.targetType = QStringLiteral("user");
    e.targetId = QString::number(t->target.user.id);
    e.targetName = t->target.user.username;
    auto match = matchSecondFactor(t->actor, t->target, typed, recovery, e);
    if (!match.ok())
        return match.error();
    if (auto s = m_audit->append(e); !s.ok())
        return s.error();
    if (auto s = commit(tx); !s.ok())
        return s.error();
    return match;
}

Result<bool> LocalStore::matchSecondFactor(const Actor &actor, const UserRow &target, const QString &typed,
                                           bool recovery, AuditEvent &e)
{
    const UserRow *row = &target;
    const QString action = e.action;
    const QString targetId = QString::number(row->user.id);
    auto activeFactor = factorOf(row->user.id, QStringLiteral("active"));
    if (!activeFactor.ok())
        return activeFactor.error();
    if (!activeFactor->has_value()) {
        auto disabled = factorOf(row->user.id, QStringLiteral("disabled"));
        if (!disabled.ok())
            return disabled.error();
        if (disabled->has_value())
            return deny(actor, action, QStringLiteral("user"), targetId, row->user.username,
                        makeError(
                            ErrorCode::PermissionDenied,
                            tr("The authenticator of %1 was disabled after %2 wrong codes in a row; it works again "
                               "only after a new enrollment.")
                                .arg(InputRules::escapeForDisplay(row->user.username))
                                .arg(DisableAfterFailures)))
                .error();
        return makeError(ErrorCode::NotFound,
                         tr("%1 has no active authenticator.").arg(InputRules::escapeForDisplay(row->user.username)));
    }
    const Factor factor = **activeFactor;

    QString code;
    if (recovery) {
        code = store::normalizeGroupedCode(typed);
        if (code.size() != 16 || !crypto::base32Decode(code).ok())
            return makeError(
                ErrorCode::InvalidInput,
                tr("A recovery code is 16 letters and digits, shown as four groups of four (XXXX-XXXX-XXXX-XXXX)."));
    } else {
        auto parsed = crypto::parseOtpCode(typed, factor.params.digits);
        if (!parsed.ok())
            return parsed.error();
        code = parsed.value();
    }
    const QDateTime at = now();
    if (const qint64 wait = waitSeconds(factor.failedCount);
        wait > 0 && factor.lastFailureAt.isValid() && at < factor.lastFailureAt.addSecs(wait)) {
        const qint64 left = at.secsTo(factor.lastFailureAt.addSecs(wait)) + 1;
        crypto::secureWipe(code);
        return deny(actor, action, QStringLiteral("user"), targetId, row->user.username,
                    makeError(
                        ErrorCode::RateLimited,
                        tr("Too many wrong codes for %1: try again in %n second(s).", nullptr, static_cast<int>(left))
                            .arg(InputRules::escapeForDisplay(row->user.username))))
            .error();
    }

    bool match = false;
    qint64 matchedStep = factor.lastStep;
    qint64 usedCodeId = 0;
    int codesLeft = 0;
    if (recovery) {
        auto q = m_db->prepare(
            QStringLiteral("SELECT id, salt, code_hash FROM recovery_codes WHERE user_id = ? AND used_at IS NULL"));
        if (!q.ok())
            return q.error();
        q.value().addBindValue(row->user.id);
        if (auto s = m_db->exec(q.value()); !s.ok())
            return s.error();
        // Every unused code is compared, matched or not, so the time taken says nothing about which.
        while (q.value().next()) {
            ++codesLeft;
            const bool same = crypto::secureEquals(recoveryHash(q.value().value(1).toByteArray(), code),
                                                   q.value().value(2).toByteArray());
            if (same && !match) {
                match = true;
                usedCodeId = q.value().value(0).toLongLong();
            }
        }
        q.value().finish();
    } else {
        auto settings = readSettings();
        if (!settings.ok())
            return settings.error();
        auto secret =
            crypto::SecretBox::open(m_dataKey, factor.sealedSecret, secretAad(QStringLiteral("totp"), targetId));
        if (!secret.ok())
            return secret.error();
        // A step at or before the last accepted one is a replay, refused like a wrong code.
        const auto step = crypto::matchTotp(secret.value(), factor.params, code, at.toSecsSinceEpoch(),
                                            StoreSettings::driftSteps(settings.value()), factor.lastStep);
        crypto::secureWipe(secret.value());
        match = step.has_value();
        if (step)
            matchedStep = *step;
    }
    crypto::secureWipe(code);

    if (match) {
        auto upd = m_db->prepare(QStringLiteral("UPDATE mfa_factors SET failed_count = 0, last_failure_at = NULL, "
                                                "last_used_at = ?, last_step = ? WHERE id = ?"));
        if (!upd.ok())
            return upd.error();
        upd.value().addBindValue(at.toMSecsSinceEpoch());
        upd.value().addBindValue(matchedStep);
        upd.value().addBindValue(factor.id);
        if (auto s = m_db->exec(upd.value()); !s.ok())
            return s.error();
        if (recovery) {
            auto used =
                m_db->prepare(QStringLiteral("UPDATE recovery_codes SET used_at = ? WHERE id = ? AND used_at IS NULL"));
            if (!used.ok())
                return used.error();
            used.value().addBindValue(at.toMSecsSinceEpoch());
            used.value().addBindValue(usedCodeId);
            if (auto s = m_db->exec(used.value()); !s.ok())
                return s.error();
            e.after = jsonOf({{QStringLiteral("recovery_codes_left"), codesLeft - 1}});
        }
        e.result = AuditResult::Success;
    } else {
        const int failures = factor.failedCount + 1;
        if (auto s = recordMfaFailure(factor, failures); !s.ok())
            return s.error();
        e.result = AuditResult::Failed;
        e.reason = recovery ? tr("wrong or used recovery code") : tr("wrong or reused code");
        e.after = jsonOf({{QStringLiteral("consecutive_failures"), failures},
                          {QStringLiteral("factor_disabled"), failures >= DisableAfterFailures}});
    }
    return match;
}

// ---- remembered devices ----------------------------------------------------------------------

namespace {
constexpr int DeviceTokenBytes = 32; // 256 bits

QByteArray deviceTokenHash(const QByteArray &token)
{
    return crypto::sha256(token);
}

// The token as the keychain keeps it and a sign-in passes it: base64url without padding.
QString deviceTokenText(const QByteArray &token)
{
    return QString::fromLatin1(token.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// Empty when the text cannot be one of our tokens.
QByteArray deviceTokenBytes(const QString &text)
{
    if (text.size() != 43)
        return {};
    for (QChar c : text)
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('-') && c != QLatin1Char('_'))
            return {};
    auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::Base64UrlEncoding
                                                      | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != DeviceTokenBytes)
        return {};
    return decoded.decoded;
}
} // namespace

Result<bool> LocalStore::needsSecondFactor(qint64 userId)
{
    auto q = m_db->prepare(
        QStringLiteral("SELECT 1 FROM mfa_factors WHERE user_id = ? AND state IN ('active', 'disabled')"));
    if (!q.ok())
        return q.error();
    q.value().addBindValue(userId);
    if (auto s = m_db->exec(q.value()); !s.ok())
        return s.error();
    const bool found = q.value().next();
    q.value().finish();
    return found;
}

Result<bool> LocalStore::matchRememberedDevice(qint64 userId, const QString &tokenText)
{
    auto settings = readSettings();
    if (!settings.ok())
        return settings.error();
    // With the feature switched off, no remembered computer skips the code, however long it was granted for.
    if (StoreSettings::rememberDays(settings.value()) <= 0)
        return false;
    QByteArray token = deviceTokenBytes(tokenText);
    if (token.isEmpty())
        return false;
    const QByteArray hash = deviceTokenHash(token);
    crypto::secureWipe(token);
    const qint64 at = now().toMSecsSinceEpoch();
    auto q = m_db->prepare(
        QStringLiteral("SELECT id, token_hash FROM trusted_devices WHERE user_id = ? AND expires_at > ?"));
    if (!q.ok())
        return q.error();
    q.value().addBindValue(userId);
    q.value().addBindValue(at);
    if (auto s = m_db->exec(q.value()); !s.ok())
        return s.error();
    qint64 matchedId = 0;
    // Every unexpired token of the user is compared, so the time taken says nothing about which matched.
    while (q.value().next()) {
        const bool same = crypto::secureEquals(hash, q.value().value(1).toByteArray());
        if (same && matchedId == 0)
            matchedId = q.value().value(0).toLongLong();
    }
    q.value().finish();
    if (matchedId == 0)
        return false;
    auto upd = m_db->prepare(QStringLiteral("UPDATE trusted_devices SET last_used_at = ? WHERE id = ?"));
    if (!upd.ok())
        return upd.error();
    upd.value().addBindValue(at);
    upd.value().addBindValue(matchedId);
    if (auto s = m_db->exec(upd.value()); !s.ok())
        return s.error();
    return true;
}

Result<SignInResult> LocalStore::rememberDevice(qint64 userId, SignInResult result)
{
    auto settings = readSettings();
    if (!settings.ok())
        return settings.error();
    const int days = StoreSettings::rememberDays(settings.value());
    if (days <= 0)
        return result;
    const QDateTime at = now();
    // Expired entries of this user go whenever a new one comes, so the table does not grow.
    auto prune = m_db->prepare(QStringLiteral("DELETE FROM trusted_devices WHERE user_id = ? AND expires_at <= ?"));
    if (!prune.ok())
        return prune.error();
    prune.value().addBindValue(userId);
    prune.value().addBindValue(at.toMSecsSinceEpoch());
    if (auto s = m_db->exec(prune.value()); !s.ok())
        return s.error();
    QByteArray token = crypto::randomBytes(DeviceTokenBytes);
    const QDateTime expires = at.addDays(days);
    auto ins = m_db->prepare(QStringLiteral("INSERT INTO trusted_devices (user_id, token_hash, label, created_at, "
                                            "expires_at) VALUES (?, ?, ?, ?, ?)"));
    if (!ins.ok())
        return ins.error();
    ins.value().addBindValue(userId);
    ins.value().addBindValue(deviceTokenHash(token));
    ins.value().addBindValue(m_options.machine.isEmpty() ? QSysInfo::machineHostName() : m_options.machine);
    ins.value().addBindValue(at.toMSecsSinceEpoch());
    ins.value().addBindValue(expires.toMSecsSinceEpoch());
    if (auto s = m_db->exec(ins.value()); !s.ok()) {
        crypto::secureWipe(token);
        return s.error();
    }
    result.deviceToken = deviceTokenText(token);
    result.deviceTokenExpires = expires;
    crypto::secureWipe(token);
    return result;
}

Result<int> LocalStore::forgetTrustedDevices(qint64 userId)
{
    auto q = m_db->prepare(QStringLiteral("DELETE FROM trusted_devices WHERE user_id = ?"));
    if (!q.ok())
        return q.error();
    q.value().addBindValue(userId);
    if (auto s = m_db->exec(q.value()); !s.ok())
        return s.error();
    return q.value().numRowsAffected();
}

Result<int> LocalStore::forgetDevices(const Principal &principal, const QString &ref)
{
    const QString action = QStringLiteral("mfa.forget_devices");
    auto who = loadActor(principal);
    if (!who.ok())
        return who.error();
    // One's own remembered computers may always be forgotten; anyone else's needs mfa.reset.
    auto self = userByRef(ref);
    const bool own = self.ok() && self->user.id == who->id;
    WriteTransaction tx(*m_db);
    Actor actor = who.value();
    UserRow row;
    if (own) {
        if (actor.mustChangePassword || actor.permissions.isEmpty())
            if (auto s = require(actor, P::MfaReset, action, QStringLiteral("user"), {}, ref.left(128)); !s.ok())
                return s.error();
        if (auto s = begin(tx); !s.ok())
            return s.error();
        row = self.value();
    } else {
        auto t = beginTargeted(principal, ref, P::MfaReset, action, tx, false);
        if (!t.ok())
            return t.error();
        actor = t->actor;
        row = t->target;
    }
    auto forgotten = forgetTrustedDevices(row.user.id);
    if (!forgotten.ok())
        return forgotten.error();
    if (auto s = audit(actor, action, QStringLiteral("user"), QString::number(row.user.id), row.user.username, {}, {},
                       jsonOf({{QStringLiteral("devices_forgotten"), forgotten.value()}}));
        !s.ok())
        return s.error();
    if (auto s = commit(tx); !s.ok())
        return s.error();
    return forgotten;
}

// ---- status and recovery codes --------------------------------------------------------------------

Result<MfaStatus> LocalStore::mfaStatus(const Principal &principal, const QString &ref)
{
    auto actor = loadActor(principal);
    if (!actor.ok())
        return actor.error();
    if (auto s = require(actor.value(), P::UsersRead, QStringLiteral("mfa.status"), QStringLiteral("user"), {},
                         ref.left(128));
        !s.ok())
        return s.error();
    auto row = userByRef(ref);
    if (!row.ok())
        return row.error();
    return mfaStatusOf(row->user.id);
}

Result<MfaStatus> LocalStore::mfaStatusOf(qint64 userId)
{
    MfaStatus status;
    auto pending = factorOf(userId, QStringLiteral("pending"));
    if (!pending.ok())
        return pending.error();
    auto active = factorOf(userId, QStringLiteral("active"));
    if (!active.ok())
        return active.error();
    auto disabled = factorOf(userId, QStringLiteral("disabled"));
    if (!disabled.ok())
        return disabled.error();
    const std::optional<Factor> &shown = active->has_value() ? active.value()
        : disabled->has_value()                              ? disabled.value()
                                                             : pending.value();
    status.pending = pending->has_value();
    if (pending->has_value())
        status.pendingSince = (*pending)->createdAt;
    if (shown) {
        status.state = shown->state == QLatin1String("active") ? MfaStatus::State::Active
            : shown->state == QLatin1String("disabled")        ? MfaStatus::State::Disabled
                                                               : MfaStatus::State::Pending;
        status.type = QStringLiteral("totp");
        status.algorithm = crypto::otpAlgorithmName(shown->params.algorithm);
        status.digits = shown->params.digits;
        status.period = shown->params.period;
        status.createdAt = shown->createdAt;
        status.activatedAt = shown->activatedAt;
        status.lastUsedAt = shown->lastUsedAt;
        status.failedAttempts = shown->failedCount;
        status.lastFailureAt = shown->lastFailureAt;
        status.disabledAt = shown->disabledAt;
    }
    auto q = m_db->prepare(QStringLiteral("SELECT count(*) FROM recovery_codes WHERE user_id = ? AND used_at IS NULL"));
    if (!q.ok())
        return q.error();
    q.value().addBindValue(userId);
    if (auto s = m_db->exec(q.value()); !s.ok())
        return s.error();
    q.value().next();
    status.recoveryCodesLeft = q.value().value(0).toInt();
    return status;
}

Result<QStringList> LocalStore::regenerateRecoveryCodes(const Principal &principal, const QString &ref)
{
    const QString action = QStringLiteral("mfa.recovery_codes");
    WriteTransaction tx(*m_db);
    auto t = beginTargeted(principal, ref, P::MfaEnroll, action, tx, false);
    if (!t.ok())
        return t.error();
    const Actor &actor = t->actor;
    const UserRow *row = &t->target;
    auto active = factorOf(row->user.id, QStringLiteral("active"));
    if (!active.ok())
        return active.error();
    if (!active->has_value())
        return makeError(ErrorCode::NotFound,
                         tr("%1 has no active authenticator, so no recovery codes.")
                             .arg(InputRules::escapeForDisplay(row->user.username)));
    auto codes = replaceRecoveryCodes(row->user.id);
    if (!codes.ok())
        return codes.error();
    if (auto s = audit(actor, action, QStringLiteral("user"), QString::number(row->user.id), row->user.username, {}, {},
                       jsonOf({{QStringLiteral("recovery_codes"), RecoveryCodeCount},
                               {QStringLiteral("old_codes"), QStringLiteral("invalidated")}}));
        !s.ok())
        return s.error();
    if (auto s = commit(tx); !s.ok())
        return s.error();
    return codes;
}

} // namespace authdesk
