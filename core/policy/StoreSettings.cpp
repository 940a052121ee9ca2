#include "core/policy/StoreSettings.h"

#include "core/notify/CommandNotifier.h"
#include "core/notify/MailMessage.h"
#include "core/notify/SmtpNotifier.h"
#include "core/policy/InputRules.h"
#include "core/policy/PasswordPolicy.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace authdesk::StoreSettings {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(StoreSettings)
};
constexpr int MaxDriftSteps = 10;
constexpr int MaxIssuerLength = 64;

// The whole-number settings with their ranges.
struct Range {
    int min;
    int max;
};
Range rangeOf(const QString &key)
{
    if (key == SignInRememberDays)
        return {0, 365};
    if (key == ConsoleIdleLockMinutes)
        return {1, 1440};
    if (key == NotifySmtpTimeout || key == NotifyCommandTimeout)
        return {1, 300};
    if (key == ConsoleEnrollTimeoutMinutes)
        return {1, 60};
    if (key == MfaTemporaryPassMinutes)
        return {MinTemporaryPassMinutes, MaxTemporaryPassMinutes};
    if (key == AuthSessionIdleMinutes)
        return {1, 10080};          // up to a week
    if (key == AuthSessionAbsoluteHours)
        return {1, 8760};           // up to a year
    if (key == AuthAccessTokenMinutes)
        return {1, 60};             // an access token cannot be recalled (only denied by jti): keep it short
    if (key == AuthRefreshTokenDays)
        return {1, 90};
    if (key == AuthVerifyEmailHours)
        return {1, 720};
    if (key == AuthResetPasswordMinutes)
        return {5, 1440};
    if (key == LockoutFailureFactor)
        return {1, 1000};
    if (key == LockoutWaitIncrement || key == LockoutQuickLoginWait)
        return {1, 86400};
    if (key == LockoutMaxWait)
        return {1, 86400 * 7};
    if (key == LockoutResetHours)
        return {1, 24 * 30};
    if (key == LockoutQuickLoginMs)
        return {0, 60000};
    return {1, 168}; // ConsoleReauthHours
}
const QStringList &authRangeKeys()
{
    static const QStringList keys{AuthSessionIdleMinutes, AuthSessionAbsoluteHours, AuthAccessTokenMinutes,
                                  AuthRefreshTokenDays,   AuthVerifyEmailHours,     AuthResetPasswordMinutes,
                                  LockoutFailureFactor,     LockoutWaitIncrement,
                                  LockoutMaxWait,         LockoutResetHours,        LockoutQuickLoginMs,
                                  LockoutQuickLoginWait};
    return keys;
}
bool isRangeSetting(const QString &key)
{
    return key == SignInRememberDays || key == ConsoleIdleLockMinutes || key == ConsoleReauthHours ||
           key == ConsoleEnrollTimeoutMinutes || key == MfaTemporaryPassMinutes || key == NotifySmtpTimeout ||
           key == NotifyCommandTimeout || authRangeKeys().contains(key);
}
// auth.jwt_issuer and auth.jwt_audience: printable, no spaces, at most 256 characters; empty issuer: the default.
constexpr int MaxClaimTextLength = 256;
Result<QString> validateClaimText(const QString &key, const QString &value)
{
    const QString v = value.trimmed();
    for (QChar c : v)
        if (c.unicode() <= 0x20 || (c.unicode() >= 0x7f && c.unicode() <= 0x9f))
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("%1 takes no spaces or control characters.").arg(key));
    if (v.size() > MaxClaimTextLength)
        return makeError(ErrorCode::InvalidInput, Tr::tr("%1 takes up to %2 characters.").arg(key).arg(MaxClaimTextLength));
    if (key == AuthJwtAudience && v.isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("auth.jwt_audience cannot be empty: every access token names its audience."));
    return v;
}
constexpr int MaxSmtpUsernameLength = 256;
constexpr int MaxPathLength = 4096;
bool hasControl(const QString &text)
{
    for (QChar c : text)
        if (c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() <= 0x9f))
            return true;
    return false;
}
// The notifier's text settings; an empty value unsets them.
Result<QString> validateNotify(const QString &key, const QString &value)
{
    const QString v = value.trimmed();
    if (key == NotifyMethod) {
        if (v == QLatin1String("none") || v == QLatin1String("smtp") || v == QLatin1String("command"))
            return v;
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("notify.method is one of none, smtp or command, not “%1”.")
                             .arg(InputRules::escapeForDisplay(v.left(64))));
    }
    if (v.isEmpty())
        return QString();
    if (key == NotifySmtpUrl) {
        auto endpoint = notify::parseSmtpUrl(v);
        if (!endpoint.ok())
            return endpoint.error();
        return v;
    }
    if (key == NotifySmtpFrom)
        return notify::checkMailAddress(v, Tr::tr("sender (notify.smtp.from)"));
    if (key == NotifySmtpUsername) {
        if (hasControl(v) || v.size() > MaxSmtpUsernameLength)
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("notify.smtp.username takes up to %1 characters and no control characters.")
                                 .arg(MaxSmtpUsernameLength));
        return v;
    }
    if (key == NotifySmtpCaFile) {
        if (hasControl(v) || v.size() > MaxPathLength || !QDir::isAbsolutePath(v))
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("notify.smtp.ca_file takes the absolute path of a PEM file of CA certificates."));
        return QDir::cleanPath(v);
    }
    // NotifyCommand: stored as compact JSON, so what is shown is exactly what runs.
    auto argv = notify::parseCommandArgv(v);
    if (!argv.ok())
        return argv.error();
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(argv.value())).toJson(QJsonDocument::Compact));
}
// A link template: empty, or an https URL (http only to localhost) with exactly one {token}.
Result<QString> validateLinkTemplate(const QString &key, const QString &value)
{
    const QString v = value.trimmed();
    if (v.isEmpty())
        return v;
    const QUrl url(QString(v).replace(QLatin1String("{token}"), QLatin1String("TOKEN")), QUrl::StrictMode);
    const bool local = url.host() == QLatin1String("localhost") || url.host() == QLatin1String("127.0.0.1");
    if (!url.isValid() || hasControl(v) || v.size() > MaxPathLength
        || !(url.scheme() == QLatin1String("https") || (url.scheme() == QLatin1String("http") && local)))
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("%1 takes an https URL (http only for localhost) with {token} where the token goes.").arg(key));
    if (v.count(QLatin1String("{token}")) != 1)
        return makeError(ErrorCode::InvalidInput, Tr::tr("%1 needs {token} exactly once, where the token goes.").arg(key));
    return v;
}
bool isNotifyText(const QString &key)
{
    return key == NotifyMethod || key == NotifySmtpUrl || key == NotifySmtpFrom || key == NotifySmtpUsername ||
           key == NotifySmtpCaFile || key == NotifyCommand;
}
int rangeValue(const QHash<QString, QString> &settings, const QString &key);
} // namespace

QStringList keys()
{
    QStringList all = PasswordPolicy::settingKeys();
    all << MfaIssuer << MfaDriftSteps << SignInRememberDays << ConsoleIdleLockMinutes << ConsoleReauthHours
        << ConsoleEnrollTimeoutMinutes << MfaTemporaryPassMinutes;
    all << AuthTokenMode << AuthJwtIssuer << AuthJwtAudience << AuthVerifyEmailUrl << AuthResetPasswordUrl
        << authRangeKeys();
    all << NotifyMethod << NotifySmtpUrl << NotifySmtpFrom << NotifySmtpUsername << NotifySmtpCaFile
        << NotifySmtpTimeout << NotifyCommand << NotifyCommandTimeout;
    return all;
}

QString description(const QString &key)
{
    if (key == MfaIssuer)
        return Tr::tr("The issuer authenticator apps show beside a user's codes (no “:”).");
    if (key == MfaDriftSteps)
        return Tr::tr("How many 30-second steps a TOTP code may be early or late (0 to %1).").arg(MaxDriftSteps);
    if (key == SignInRememberDays)
        return Tr::tr("Days a computer is remembered after a sign-in with an authenticator code, so the code is not "
                      "asked there again (0 to %1; 0 turns “remember on this computer” off).")
            .arg(rangeOf(key).max);
    if (key == ConsoleIdleLockMinutes)
        return Tr::tr("Minutes without keyboard or mouse use before the console locks (%1 to %2).")
            .arg(rangeOf(key).min)
            .arg(rangeOf(key).max);
    if (key == ConsoleReauthHours)
        return Tr::tr("Hours after signing in before the console asks for a full sign-in again (%1 to %2).")
            .arg(rangeOf(key).min)
            .arg(rangeOf(key).max);
    if (key == NotifyMethod)
        return Tr::tr("How users are told about changes to their account, such as an MFA reset: none, smtp "
                      "(email through notify.smtp.url) or command (the program in notify.command).");
    if (key == NotifySmtpUrl)
        return Tr::tr("The SMTP server: smtps://HOST[:PORT] (implicit TLS, port 465 by default) or smtp://HOST[:PORT] "
                      "(STARTTLS required, port 587 by default). Mail is never sent unencrypted and the server's "
                      "certificate is always verified.");
    if (key == NotifySmtpFrom)
        return Tr::tr("The sender address of notifications (also the From of a command's message).");
    if (key == NotifySmtpUsername)
        return Tr::tr("The SMTP user name; empty: no authentication. The password is set with “notify set-password” "
                      "and kept sealed in the store, never as a setting.");
    if (key == NotifySmtpCaFile)
        return Tr::tr("The absolute path of a PEM file of CA certificates to trust for a self-hosted SMTP server "
                      "(besides the system's).");
    if (key == NotifySmtpTimeout)
        return Tr::tr("Seconds to wait for the SMTP server, for connecting and for the whole send (%1 to %2).")
            .arg(rangeOf(key).min)
            .arg(rangeOf(key).max);
    if (key == NotifyCommand)
        return Tr::tr("The program to run for a notification, as a JSON array: the absolute path, then its "
                      "arguments (no shell). It reads the message on stdin and gets AUTHDESK_NOTIFY_TO and "
                      "AUTHDESK_NOTIFY_SUBJECT in its environment; a non-zero exit is a failed notification.");
    if (key == NotifyCommandTimeout)
        return Tr::tr("Seconds the notification command may run before it is stopped (%1 to %2).")
            .arg(rangeOf(key).min)
            .arg(rangeOf(key).max);
    if (key == ConsoleEnrollTimeoutMinutes)
        return Tr::tr("Minutes the authenticator enrollment dialog stays open before it closes itself and forgets "
                      "the secret it shows (%1 to %2).")
            .arg(rangeOf(key).min)
            .arg(rangeOf(key).max);
    if (key == MfaTemporaryPassMinutes)
        return Tr::tr("Minutes a temporary access pass issued by a helpdesk MFA reset stays usable (%1 to %2).")
            .arg(rangeOf(key).min)
            .arg(rangeOf(key).max);
    if (key == AuthTokenMode)
        return Tr::tr("What an application's login returns: session (an opaque server-side session token) or jwt "
                      "(a short-lived JWT access token and a rotating refresh token).");
    if (key == AuthSessionIdleMinutes)
        return Tr::tr("Minutes without use after which an application's server session ends (%1 to %2).")
            .arg(rangeOf(key).min)
            .arg(rangeOf(key).max);
    if (key == AuthSessionAbsoluteHours)
        return Tr::tr("Hours after login after which an application's server session ends however much it is used "
                      "(%1 to %2).")
            .arg(rangeOf(key).min)
            .arg(rangeOf(key).max);
    if (key == AuthAccessTokenMinutes)
        return Tr::tr("Minutes a JWT access token is valid (%1 to %2).").arg(rangeOf(key).min).arg(rangeOf(key).max);
    if (key == AuthRefreshTokenDays)
        return Tr::tr("Days a refresh-token family lives after login (%1 to %2).").arg(rangeOf(key).min).arg(rangeOf(key).max);
    if (key == AuthVerifyEmailHours)
        return Tr::tr("Hours an email verification link stays usable (%1 to %2).").arg(rangeOf(key).min).arg(rangeOf(key).max);
    if (key == AuthResetPasswordMinutes)
        return Tr::tr("Minutes a password-reset link stays usable (%1 to %2).").arg(rangeOf(key).min).arg(rangeOf(key).max);
    if (key == AuthVerifyEmailUrl)
        return Tr::tr("The link an email verification message points to, with {token} where the token goes (https, or "
                      "http on localhost); empty: the message gives the token to type.");
    if (key == AuthResetPasswordUrl)
        return Tr::tr("The link a password-reset message points to, with {token} where the token goes (https, or http "
                      "on localhost); empty: the message gives the token to type.");
    if (key == AuthJwtIssuer)
        return Tr::tr("The iss claim of access tokens; empty: urn:authdesk:<store id>.");
    if (key == AuthJwtAudience)
        return Tr::tr("The aud claim of access tokens, which the applications check.");
    if (key == LockoutFailureFactor)
        return Tr::tr("Failed logins in a row after which each further failure adds a wait (Keycloak's “max login "
                      "failures”; %1 to %2).")
            .arg(rangeOf(key).min)
            .arg(rangeOf(key).max);
    if (key == LockoutWaitIncrement)
        return Tr::tr("Seconds of wait added per “failure factor” failures (%1 to %2).").arg(rangeOf(key).min).arg(rangeOf(key).max);
    if (key == LockoutMaxWait)
        return Tr::tr("The longest wait a lockout imposes, in seconds (%1 to %2).").arg(rangeOf(key).min).arg(rangeOf(key).max);
    if (key == LockoutResetHours)
        return Tr::tr("Hours without a failure after which the failure count starts again from zero (%1 to %2).")
            .arg(rangeOf(key).min)
            .arg(rangeOf(key).max);
    if (key == LockoutQuickLoginMs)
        return Tr::tr("Two failures closer together than this many milliseconds count as a script, and lock at once "
                      "(%1 to %2; 0 turns it off).")
            .arg(rangeOf(key).min)
            .arg(rangeOf(key).max);
    if (key == LockoutQuickLoginWait)
        return Tr::tr("Seconds a too-quick failure locks the account for (%1 to %2).").arg(rangeOf(key).min).arg(rangeOf(key).max);
    return PasswordPolicy::settingDescription(key);
}

QString defaultValue(const QString &key)
{
    if (key == MfaIssuer)
        return QStringLiteral("AuthDesk");
    if (key == MfaDriftSteps)
        return QStringLiteral("1");
    if (key == SignInRememberDays)
        return QStringLiteral("30");
    if (key == ConsoleIdleLockMinutes)
        return QStringLiteral("15");
    if (key == ConsoleReauthHours)
        return QStringLiteral("12");
    if (key == NotifyMethod)
        return QStringLiteral("none");
    if (key == NotifySmtpTimeout || key == NotifyCommandTimeout)
        return QStringLiteral("20");
    if (isNotifyText(key))
        return QString();
    if (key == ConsoleEnrollTimeoutMinutes)
        return QStringLiteral("5");
    if (key == MfaTemporaryPassMinutes)
        return QStringLiteral("60");
    const LockoutRule keycloak;
    const AuthTiming timing;
    const QHash<QString, int> authDefaults{
        {AuthSessionIdleMinutes, timing.sessionIdleMinutes},
        {AuthSessionAbsoluteHours, timing.sessionAbsoluteHours},
        {AuthAccessTokenMinutes, timing.accessTokenMinutes},
        {AuthRefreshTokenDays, timing.refreshTokenDays},
        {AuthVerifyEmailHours, timing.verifyEmailHours},
        {AuthResetPasswordMinutes, timing.resetPasswordMinutes},
        {LockoutFailureFactor, keycloak.failureFactor},
        {LockoutWaitIncrement, keycloak.waitIncrementSeconds},
        {LockoutMaxWait, keycloak.maxWaitSeconds},
        {LockoutResetHours, keycloak.failureResetSeconds / 3600},
        {LockoutQuickLoginMs, keycloak.quickLoginMs},
        {LockoutQuickLoginWait, keycloak.quickLoginWaitSeconds},
    };
    if (authDefaults.contains(key))
        return QString::number(authDefaults.value(key));
    if (key == AuthTokenMode)
        return QStringLiteral("session");
    if (key == AuthJwtIssuer || key == AuthVerifyEmailUrl || key == AuthResetPasswordUrl)
        return QString();
    if (key == AuthJwtAudience)
        return QStringLiteral("authdesk");
    return PasswordPolicy{}.toSettings().value(key);
}

Result<QString> validate(const QString &key, const QString &value, const QHash<QString, QString> &current)
{
    if (key == MfaIssuer) {
        auto text = InputRules::displayName(value);
        if (!text.ok())
            return text;
        if (text.value().isEmpty() || InputRules::codePointCount(text.value()) > MaxIssuerLength)
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("The issuer needs 1 to %1 characters.").arg(MaxIssuerLength));
        // The Key URI's label is ISSUER:ACCOUNT, so a colon would make another issuer.
        if (text.value().contains(QLatin1Char(':')))
            return makeError(ErrorCode::InvalidInput, Tr::tr("The issuer cannot contain “:”."));
        return text;
    }
    if (key == MfaDriftSteps) {
        bool ok = false;
        const int n = value.trimmed().toInt(&ok);
        if (!ok || n < 0 || n > MaxDriftSteps)
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("%1 takes a whole number from 0 to %2.").arg(key).arg(MaxDriftSteps));
        return QString::number(n);
    }
    if (isNotifyText(key))
        return validateNotify(key, value);
    if (key == AuthTokenMode) {
        const QString v = value.trimmed();
        if (v == QLatin1String("session") || v == QLatin1String("jwt"))
            return v;
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("auth.token_mode is session or jwt, not “%1”.").arg(InputRules::escapeForDisplay(v.left(64))));
    }
    if (key == AuthJwtIssuer || key == AuthJwtAudience)
        return validateClaimText(key, value);
    if (key == AuthVerifyEmailUrl || key == AuthResetPasswordUrl)
        return validateLinkTemplate(key, value);
    if (isRangeSetting(key)) {
        bool ok = false;
        const int n = value.trimmed().toInt(&ok);
        const Range r = rangeOf(key);
        if (!ok || n < r.min || n > r.max)
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("%1 takes a whole number from %2 to %3.").arg(key).arg(r.min).arg(r.max));
        return QString::number(n);
    }
    if (!PasswordPolicy::settingKeys().contains(key))
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("There is no setting “%1”. The settings are: %2.")
                             .arg(InputRules::escapeForDisplay(key.left(64)), keys().join(QStringLiteral(", "))));
    return PasswordPolicy::validateSetting(key, value, PasswordPolicy::fromSettings(current));
}

QString issuer(const QHash<QString, QString> &settings)
{
    return settings.value(MfaIssuer, defaultValue(MfaIssuer));
}

int driftSteps(const QHash<QString, QString> &settings)
{
    return std::clamp(settings.value(MfaDriftSteps, defaultValue(MfaDriftSteps)).toInt(), 0, MaxDriftSteps);
}

namespace {
int rangeValue(const QHash<QString, QString> &settings, const QString &key)
{
    bool ok = false;
    const int n = settings.value(key, defaultValue(key)).toInt(&ok);
    const Range r = rangeOf(key);
    return ok ? std::clamp(n, r.min, r.max) : defaultValue(key).toInt();
}
} // namespace

int rememberDays(const QHash<QString, QString> &settings)
{
    return rangeValue(settings, SignInRememberDays);
}

int idleLockMinutes(const QHash<QString, QString> &settings)
{
    return rangeValue(settings, ConsoleIdleLockMinutes);
}

int reauthHours(const QHash<QString, QString> &settings)
{
    return rangeValue(settings, ConsoleReauthHours);
}

int notifyTimeoutSeconds(const QHash<QString, QString> &settings, const QString &key)
{
    return rangeValue(settings, key);
}

int enrollTimeoutMinutes(const QHash<QString, QString> &settings)
{
    return rangeValue(settings, ConsoleEnrollTimeoutMinutes);
}

int temporaryPassMinutes(const QHash<QString, QString> &settings)
{
    return rangeValue(settings, MfaTemporaryPassMinutes);
}

AuthTiming authTiming(const QHash<QString, QString> &settings)
{
    AuthTiming t;
    t.sessionIdleMinutes = rangeValue(settings, AuthSessionIdleMinutes);
    t.sessionAbsoluteHours = rangeValue(settings, AuthSessionAbsoluteHours);
    t.accessTokenMinutes = rangeValue(settings, AuthAccessTokenMinutes);
    t.refreshTokenDays = rangeValue(settings, AuthRefreshTokenDays);
    t.verifyEmailHours = rangeValue(settings, AuthVerifyEmailHours);
    t.resetPasswordMinutes = rangeValue(settings, AuthResetPasswordMinutes);
    return t;
}

QString tokenMode(const QHash<QString, QString> &settings)
{
    return settings.value(AuthTokenMode) == QLatin1String("jwt") ? QStringLiteral("jwt") : QStringLiteral("session");
}

QString jwtIssuer(const QHash<QString, QString> &settings, const QString &storeId)
{
    const QString set = settings.value(AuthJwtIssuer);
    return set.isEmpty() ? QStringLiteral("urn:authdesk:") + storeId : set;
}

QString jwtAudience(const QHash<QString, QString> &settings)
{
    const QString set = settings.value(AuthJwtAudience);
    return set.isEmpty() ? defaultValue(AuthJwtAudience) : set;
}

LockoutRule lockoutRule(const QHash<QString, QString> &settings)
{
    LockoutRule r;
    r.failureFactor = rangeValue(settings, LockoutFailureFactor);
    r.waitIncrementSeconds = rangeValue(settings, LockoutWaitIncrement);
    r.maxWaitSeconds = rangeValue(settings, LockoutMaxWait);
    r.failureResetSeconds = rangeValue(settings, LockoutResetHours) * 3600;
    r.quickLoginMs = rangeValue(settings, LockoutQuickLoginMs);
    r.quickLoginWaitSeconds = rangeValue(settings, LockoutQuickLoginWait);
    return r;
}

} // namespace authdesk::StoreSettings
