#include "core/policy/StoreSettings.h"

#include "core/policy/InputRules.h"
#include "core/policy/PasswordPolicy.h"

#include <QCoreApplication>

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
    if (key == MfaTemporaryPassMinutes)
        return {MinTemporaryPassMinutes, MaxTemporaryPassMinutes};
    return {1, 168}; // ConsoleReauthHours
}
bool isRangeSetting(const QString &key)
{
    return key == SignInRememberDays || key == ConsoleIdleLockMinutes || key == ConsoleReauthHours
        || key == MfaTemporaryPassMinutes;
}
int rangeValue(const QHash<QString, QString> &settings, const QString &key);
} // namespace

QStringList keys()
{
    QStringList all = PasswordPolicy::settingKeys();
    all << MfaIssuer << MfaDriftSteps << SignInRememberDays << ConsoleIdleLockMinutes << ConsoleReauthHours
        << MfaTemporaryPassMinutes;
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
    if (key == MfaTemporaryPassMinutes)
        return Tr::tr("Minutes a temporary access pass issued by a helpdesk MFA reset stays usable (%1 to %2).")
            .arg(rangeOf(key).min)
            .arg(rangeOf(key).max);
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
    if (key == MfaTemporaryPassMinutes)
        return QStringLiteral("60");
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

int temporaryPassMinutes(const QHash<QString, QString> &settings)
{
    return rangeValue(settings, MfaTemporaryPassMinutes);
}

} // namespace authdesk::StoreSettings
