#pragma once
// The settings a store keeps in its settings table: the password policy's (PasswordPolicy) and
// the MFA ones. Values are text; every change is validated here, changed only with
// settings.manage and audited by the store.

#include "core/Result.h"
#include "core/auth/Lockout.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace authdesk::StoreSettings {

inline const QString MfaIssuer = QStringLiteral("mfa.issuer");
inline const QString MfaDriftSteps = QStringLiteral("mfa.drift_steps");
inline const QString SignInRememberDays = QStringLiteral("signin.remember_days");
inline const QString ConsoleIdleLockMinutes = QStringLiteral("console.idle_lock_minutes");
inline const QString ConsoleReauthHours = QStringLiteral("console.reauth_hours");
// The notifier (core/notify): how users are told about changes to their account. The SMTP password
// is no setting: it is sealed in store_secrets (LocalStore::setNotifierPassword).
inline const QString NotifyMethod = QStringLiteral("notify.method");
inline const QString NotifySmtpUrl = QStringLiteral("notify.smtp.url");
inline const QString NotifySmtpFrom = QStringLiteral("notify.smtp.from");
inline const QString NotifySmtpUsername = QStringLiteral("notify.smtp.username");
inline const QString NotifySmtpCaFile = QStringLiteral("notify.smtp.ca_file");
inline const QString NotifySmtpTimeout = QStringLiteral("notify.smtp.timeout_seconds");
inline const QString NotifyCommand = QStringLiteral("notify.command");
inline const QString NotifyCommandTimeout = QStringLiteral("notify.command.timeout_seconds");
inline const QString ConsoleEnrollTimeoutMinutes = QStringLiteral("console.enroll_timeout_minutes");
inline const QString MfaTemporaryPassMinutes = QStringLiteral("mfa.temporary_pass_minutes");

QStringList keys();
QString description(const QString &key);
QString defaultValue(const QString &key);
// The normalized value to store, or InvalidInput naming what is wrong (unknown key, out of range …).
Result<QString> validate(const QString &key, const QString &value, const QHash<QString, QString> &current);

QString issuer(const QHash<QString, QString> &settings);
int driftSteps(const QHash<QString, QString> &settings);
// Days a desktop stays remembered after a TOTP sign-in; 0: the feature is off.
int rememberDays(const QHash<QString, QString> &settings);
// Minutes without keyboard or mouse before the console locks.
int idleLockMinutes(const QHash<QString, QString> &settings);
// Hours after sign-in before the console asks for a full sign-in again.
int reauthHours(const QHash<QString, QString> &settings);
// notify.smtp.timeout_seconds / notify.command.timeout_seconds, within their range.
int notifyTimeoutSeconds(const QHash<QString, QString> &settings, const QString &key);
// Minutes the enrollment dialog stays open before it closes itself, so a secret is not left on screen.
int enrollTimeoutMinutes(const QHash<QString, QString> &settings);
// Minutes a temporary access pass from a helpdesk MFA reset stays usable, unless the reset names its own.
int temporaryPassMinutes(const QHash<QString, QString> &settings);
inline constexpr int MinTemporaryPassMinutes = 5;

// Applications' sign-in through AuthService (core/auth): what a login answers with and for how long,
// the JWTs' issuer and audience, and the brute-force protection (Keycloak's rules and defaults).
inline const QString AuthTokenMode = QStringLiteral("auth.token_mode");                 // session | jwt
inline const QString AuthSessionIdleMinutes = QStringLiteral("auth.session_idle_minutes");
inline const QString AuthSessionAbsoluteHours = QStringLiteral("auth.session_absolute_hours");
inline const QString AuthAccessTokenMinutes = QStringLiteral("auth.access_token_minutes");
inline const QString AuthRefreshTokenDays = QStringLiteral("auth.refresh_token_days");
inline const QString AuthJwtIssuer = QStringLiteral("auth.jwt_issuer");                 // empty: urn:authdesk:STORE-ID
inline const QString AuthJwtAudience = QStringLiteral("auth.jwt_audience");
inline const QString AuthVerifyEmailHours = QStringLiteral("auth.verify_email_hours");
inline const QString AuthResetPasswordMinutes = QStringLiteral("auth.reset_password_minutes");
// Where the message's link points: a URL with {token} in it; empty: the message gives the token to type.
inline const QString AuthVerifyEmailUrl = QStringLiteral("auth.verify_email_url");
inline const QString AuthResetPasswordUrl = QStringLiteral("auth.reset_password_url");
inline const QString LockoutFailureFactor = QStringLiteral("auth.lockout.failure_factor");
inline const QString LockoutWaitIncrement = QStringLiteral("auth.lockout.wait_increment_seconds");
inline const QString LockoutMaxWait = QStringLiteral("auth.lockout.max_wait_seconds");
inline const QString LockoutResetHours = QStringLiteral("auth.lockout.failure_reset_hours");
inline const QString LockoutQuickLoginMs = QStringLiteral("auth.lockout.quick_login_ms");
inline const QString LockoutQuickLoginWait = QStringLiteral("auth.lockout.quick_login_wait_seconds");

struct AuthTiming {
    int sessionIdleMinutes = 30;
    int sessionAbsoluteHours = 24;
    int accessTokenMinutes = 15;
    int refreshTokenDays = 7;
    int verifyEmailHours = 48;
    int resetPasswordMinutes = 30;
};
AuthTiming authTiming(const QHash<QString, QString> &settings);
// "session" or "jwt".
QString tokenMode(const QHash<QString, QString> &settings);
QString jwtIssuer(const QHash<QString, QString> &settings, const QString &storeId);
QString jwtAudience(const QHash<QString, QString> &settings);
LockoutRule lockoutRule(const QHash<QString, QString> &settings);
inline constexpr int MaxTemporaryPassMinutes = 1440;

} // namespace authdesk::StoreSettings
